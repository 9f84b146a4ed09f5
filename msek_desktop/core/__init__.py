"""The office itself: data, storage, services. Never imports PySide6 or ReportLab."""
