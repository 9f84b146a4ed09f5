"""Dialogs: letters, templates, import, export, first run."""
