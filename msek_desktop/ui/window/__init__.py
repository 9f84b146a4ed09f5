"""The main window, its menus' actions and notices, and the crash dialog."""
