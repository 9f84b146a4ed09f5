"""The PySide6 window. Talks to core through services and plain rows, never live sessions."""
