"""The tombstone of an erased letter: a one-page PDF in place of the letter, saying only when
the letter was made, the SHA-256 of the removed letter (still in Proposal.sha256) and when and
by whom it was erased. No name, no address, nothing of the person."""

from __future__ import annotations

import io
from datetime import datetime

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas


def tombstone_pdf(*, made_at: datetime, sha256: str, erased_at: datetime, erased_by: str) -> bytes:
    """The PDF kept in place of an erased letter (the same bytes for the same facts)."""
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4, invariant=True, pageCompression=0)
    page.setTitle("Erased letter")
    page.setAuthor("MSEK Desktop")
    lines = (
        "This letter was erased with the personal data of the person it was about.",
        f"Letter made on: {made_at:%Y-%m-%d}",
        f"SHA-256 of the removed letter: {sha256}",
        f"Erased on: {erased_at:%Y-%m-%d %H:%M} UTC",
        f"Erased by: {erased_by or 'the office'}",
    )
    page.setFont("Helvetica-Bold", 13)
    y = A4[1] - 90
    page.drawString(70, y, lines[0])
    page.setFont("Helvetica", 10)
    for line in lines[1:]:
        y -= 22
        page.drawString(70, y, line)
    page.showPage()
    page.save()
    return out.getvalue()
