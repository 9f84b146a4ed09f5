"""The main window's screens: inquiries, people, organisations, follow-ups, my day, settings."""
