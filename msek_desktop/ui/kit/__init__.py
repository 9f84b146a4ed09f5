"""Shared pieces of the window: widgets, table models, the task helper, message texts,
questions to the user, field errors."""
