"""The tombstone of an erased letter: a one-page PDF in place of the letter, saying only when
the letter was made, the SHA-256 of the removed letter (still in Proposal.sha256) and when and
by whom it was erased. No name, no address, nothing of the person.

Core does not draw with ReportLab (letters and reports do, their renderer handed to core), and
an erasure runs from places that have none at hand (a restore replaying erasures, retention),
so this fixed page is written here directly: six lines of ASCII text (dates, a hex digest, a
staff login) in the PDF's own Helvetica, which needs no font file. Same facts, same bytes.
"""

from __future__ import annotations

from datetime import datetime

_A4 = (595, 842)  # points


def _text(value: str) -> str:
    """`value` as a PDF string's content: ASCII only, its backslashes and brackets escaped."""
    ascii_only = value.encode("ascii", "replace").decode("ascii")
    return ascii_only.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _page(lines: tuple[str, ...]) -> bytes:
    top = _A4[1] - 90
    ops = [f"BT /F2 13 Tf 70 {top} Td ({_text(lines[0])}) Tj ET"]
    for number, line in enumerate(lines[1:], start=1):
        ops.append(f"BT /F1 10 Tf 70 {top - 22 * number} Td ({_text(line)}) Tj ET")
    return "\n".join(ops).encode("ascii")


def _pdf(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\n" % (len(objects) + 1)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def tombstone_pdf(*, made_at: datetime, sha256: str, erased_at: datetime, erased_by: str) -> bytes:
    """The PDF kept in place of an erased letter (the same bytes for the same facts)."""
    lines = (
        "This letter was erased with the personal data of the person it was about.",
        f"Letter made on: {made_at:%Y-%m-%d}",
        "SHA-256 of the removed letter:",
        sha256,  # a line of its own: with its label it would run past the page's edge
        f"Erased on: {erased_at:%Y-%m-%d %H:%M} UTC",
        f"Erased by: {erased_by or 'the office'}",
    )
    content = _page(lines)
    width, height = _A4
    font = "<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>"
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R /F2 7 0 R >> >> >>" % (width, height),
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
            (font % "Helvetica").encode("ascii"),
            b"<< /Title (Erased letter) /Producer (MSEK Desktop) >>",
            (font % "Helvetica-Bold").encode("ascii"),
        ]
    )
