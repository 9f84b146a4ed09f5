"""Everything held about a person, printed for reading on A4 (ReportLab): the letterhead on
page 1 as the letters draw it, then their details, consents, inquiries (each with its
message), follow-ups, history, partners proposed, letters, documents and exchanges, in the
person's own language (French, Polish or English: person_texts). "Page 2/5" from page 2.

Fonts: the letters' DejaVu Serif, so Polish and French print exactly; user text enters
Paragraph markup escaped (letters.pdf.markup). Long cells split across pages.

    render = renderer(db)          # reads the letterhead once
    pdf = render(gather(db, 12))   # core.privacy.access
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from babel.dates import format_date
from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from msek_desktop.core import proposals
from msek_desktop.core.db import Database
from msek_desktop.core.privacy.access import TABLES, PersonData, Row
from msek_desktop.letters.letter import office_lines
from msek_desktop.letters.pdf import BOLD, FONT, ITALIC, markup, register_fonts, styles
from msek_desktop.letters.pdf.fonts import LANGS
from msek_desktop.letters.pdf.layout import (
    ACCENT,
    BOTTOM,
    GREY,
    LEFT,
    PAGE_H,
    PAGE_W,
    RIGHT,
    TEXT_W,
)
from msek_desktop.letters.pdf.page import draw_text, letterhead
from msek_desktop.letters.wording import WORDING, long_date
from msek_desktop.reports.content import ReportHead
from msek_desktop.reports.person_texts import PersonTexts, person_texts
from msek_desktop.reports.texts import texts as report_texts

TOP_FIRST, TOP_LATER = 47 * mm, 22 * mm
RULE = HexColor("#cccccc")
SHADE = HexColor("#eef2f6")
CELL_SIZE, CELL_LEADING = 8.5, 10.5
PADDING = 6.0  # a cell's left and right padding together
TALL = 400.0  # points: a row taller would not fit a page beside a heading
PERSON_FIELDS = (
    "honorific", "first_name", "last_name", "organisation", "position", "email", "phone",
    "language", "side", "city", "notes", "legal_basis", "no_letters", "no_email", "no_phone",
    "created_at", "updated_at",
)  # fmt: skip
INQUIRY_FIELDS = (
    "received_on", "channel", "kind", "stage", "organisation", "assignee", "letter_language",
    "closed_on", "lost_reason", "lost_note", "desired_counterpart", "anonymised_at",
)  # fmt: skip


def _styles() -> dict[str, ParagraphStyle]:
    base = styles()["body"]
    return {
        "title": ParagraphStyle("ptitle", parent=base, fontName=BOLD, fontSize=17, leading=21,
                                textColor=ACCENT, spaceAfter=4),
        "small": ParagraphStyle("psmall", parent=base, fontSize=8.5, leading=11,
                                textColor=GREY),
        "h1": ParagraphStyle("ph1", parent=base, fontName=BOLD, fontSize=13, leading=16,
                             textColor=ACCENT, spaceBefore=10, spaceAfter=5, keepWithNext=1),
        "h2": ParagraphStyle("ph2", parent=base, fontName=BOLD, fontSize=10.5, leading=13,
                             spaceBefore=6, spaceAfter=3, keepWithNext=1),
        "cell": ParagraphStyle("pcell", parent=base, fontSize=CELL_SIZE, leading=CELL_LEADING,
                               spaceAfter=0),
        "head": ParagraphStyle("phead", parent=base, fontName=BOLD, fontSize=CELL_SIZE,
                               leading=CELL_LEADING, spaceAfter=0),
        "body": base,
    }  # fmt: skip


class _Numbered(Canvas):  # type: ignore[misc]
    """Holds the pages back until their count is known: "Page 2/5" from page 2."""

    def __init__(self, *args: Any, label: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held: list[dict[str, Any]] = []
        self._label = label

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        for number, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            if number > 1:
                self.setFillColor(GREY)
                text = self._label.format(page=number, pages=len(self._held))
                draw_text(self, PAGE_W - RIGHT, PAGE_H - 12 * mm, text, FONT, 8, TEXT_W, "right")
            super().showPage()
        super().save()


class _PersonDoc(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, out: io.BytesIO, head: ReportHead, title: str, language: str) -> None:
        self.head, self.title_text = head, title
        super().__init__(
            out, pagesize=(PAGE_W, PAGE_H), leftMargin=LEFT, rightMargin=RIGHT,
            topMargin=TOP_LATER, bottomMargin=BOTTOM, title=title, author=head.office_name,
            creator="MSEK Desktop", lang=LANGS.get(language), initialFontName=FONT,
        )  # fmt: skip
        pad = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}
        first = Frame(LEFT, BOTTOM, TEXT_W, PAGE_H - TOP_FIRST - BOTTOM, id="first", **pad)
        later = Frame(LEFT, BOTTOM, TEXT_W, PAGE_H - TOP_LATER - BOTTOM - 4 * mm, id="n", **pad)
        self.addPageTemplates([
            PageTemplate("first", [first], onPage=self._first, autoNextPageTemplate="later"),
            PageTemplate("later", [later], onPage=self._later),
        ])  # fmt: skip

    def _first(self, canv: Canvas, _doc: BaseDocTemplate) -> None:
        canv.saveState()
        letterhead(canv, self.head)
        canv.restoreState()

    def _later(self, canv: Canvas, _doc: BaseDocTemplate) -> None:
        canv.saveState()
        canv.setFillColor(GREY)
        half = TEXT_W / 2 - 3 * mm
        draw_text(canv, LEFT, 13 * mm, self.head.office_name, ITALIC, 8, half)
        draw_text(canv, LEFT + TEXT_W / 2, 13 * mm, self.title_text, FONT, 8, half - 18 * mm)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.3)
        canv.line(LEFT, PAGE_H - 15.5 * mm, PAGE_W - RIGHT, PAGE_H - 15.5 * mm)
        canv.restoreState()


# -- values in words ------------------------------------------------------------------------


class _Words:
    """A row's values in the file's language: dates as the letters write them, codes named."""

    def __init__(self, t: PersonTexts) -> None:
        self.t = t
        self.locale = report_texts(t.language).locale

    def when(self, value: object) -> str:
        """A day as "6 cze 2025", a time as "6 cze 2025 10:13" (Babel's medium dates)."""
        if isinstance(value, datetime):
            return f"{self.when(value.date())} {value:%H:%M}"
        if isinstance(value, date):
            return str(format_date(value, format="medium", locale=self.locale))
        return ""

    def field(self, key: str, value: Any) -> str:
        t = self.t
        groups = {"honorific": "honorifics", "language": "languages", "side": "sides",
                  "legal_basis": "legal_basis", "channel": "channels", "kind": "inquiry_kinds",
                  "stage": "stages", "lost_reason": "lost_reasons",
                  "letter_language": "languages"}  # fmt: skip
        if key in groups:
            return t.name(groups[key], value)
        if isinstance(value, bool):
            return t.yes_no(value)
        if isinstance(value, date):
            return self.when(value)
        return "" if value is None else str(value)

    def consent_step(self, day: object, how: str) -> str:
        if day is None:
            return ""
        named = self.t.name("consent_how", how)
        return f"{self.when(day)} ({named})" if named else self.when(day)

    def event(self, row: Row) -> str:
        """A timeline entry in words: its kind, the organisation it concerns, what changed
        (a stage or a partner's state named), its note."""
        t, name = self.t, row["field"]
        group = {"stage": "stages", "state": "partner_states",
                 "status": "exchange_statuses"}.get(name)  # fmt: skip
        values = [t.name(group, v) if group else v for v in (row["old_value"], row["new_value"])]
        change = " → ".join(v for v in values if v)
        label = "" if group else t.label(name)  # the kind says it: "Stage: New → Matching"
        detail = f"{label} {change}".strip() if change else label
        parts = [t.name("timeline", row["kind"]), row["organisation"], detail]
        text = t("colon").join(p for p in parts if p)
        note = t.name("decline_reasons", row["note"]) if name == "state" else row["note"]
        return f"{text}\n{note}" if note else text


# -- sections -------------------------------------------------------------------------------

Column = tuple[str, float, Callable[[Row], str]]  # head key, width share, the cell's text


def _table(st: dict[str, ParagraphStyle], t: PersonTexts, rows: Sequence[Row],
           cols: Sequence[Column]) -> Flowable:  # fmt: skip
    if not rows:
        return Paragraph(markup(t("none")), st["body"])
    total = sum(share for _k, share, _f in cols)
    widths = [TEXT_W * share / total for _k, share, _f in cols]
    data: list[list[Any]] = [[Paragraph(markup(t(f"heads.{k}")), st["head"]) for k, _s, _f in cols]]
    data += [[Paragraph(markup(text(row)), st["cell"]) for _k, _s, text in cols] for row in rows]
    tall = _tall(data[1:], widths)
    # a row split inside has ReportLab repeat the heads on the same page: not repeated then
    return _styled(Table(data, colWidths=widths, repeatRows=0 if tall else 1, hAlign="LEFT",
                         splitInRow=tall))  # fmt: skip


def _tall(rows: Sequence[Sequence[Paragraph]], widths: Sequence[float]) -> bool:
    """Whether a row is too tall for a page: then rows split inside, else only between them
    (a row is not cut in two for a few lines)."""
    for row in rows:
        for cell, width in zip(row, widths, strict=True):
            if cell.wrap(width - PADDING, TALL)[1] > TALL:
                return True
    return False


def _styled(table: Table, head: bool = True) -> Table:
    rules = [
        ("FONT", (0, 0), (-1, -1), FONT, CELL_SIZE, CELL_LEADING),  # never ReportLab's own
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]  # fmt: skip
    if head:
        rules.append(("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT))
    else:
        rules.append(("BACKGROUND", (0, 0), (0, -1), SHADE))
    table.setStyle(TableStyle(rules))
    return table


def _pairs(st: dict[str, ParagraphStyle], pairs: Sequence[tuple[str, str]]) -> Flowable:
    """Label and value, one pair a row (the empty ones left out)."""
    data = [[Paragraph(markup(label), st["head"]), Paragraph(markup(value), st["cell"])]
            for label, value in pairs if value]  # fmt: skip
    widths = [TEXT_W * 0.3, TEXT_W * 0.7]
    table = Table(data, colWidths=widths, hAlign="LEFT", splitInRow=_tall(data, widths))
    return _styled(table, head=False)


def _person(st: dict[str, ParagraphStyle], w: _Words, row: Row) -> list[Flowable]:
    t = w.t
    pairs = [(t(f"fields.{k}"), w.field(k, row.get(k))) for k in PERSON_FIELDS]
    return [_pairs(st, pairs)]


def _inquiries(st: dict[str, ParagraphStyle], w: _Words, rows: Sequence[Row]) -> list[Flowable]:
    t = w.t
    if not rows:
        return [Paragraph(markup(t("none")), st["body"])]
    out: list[Flowable] = []
    for row in rows:
        pairs = [(t(f"fields.{k}"), w.field(k, row.get(k))) for k in INQUIRY_FIELDS]
        pairs.append((t("fields.message"), row["message"]))
        title = f"{row['ref']} · {row['subject']}"
        out.append(KeepTogether([Paragraph(markup(title), st["h2"]), _pairs(st, pairs[:4])]))
        out += [_pairs(st, pairs[4:]), Spacer(1, 2 * mm)]
    return out


def _sections(data: PersonData, t: PersonTexts) -> list[Flowable]:
    st, w = _styles(), _Words(t)
    tb = data.tables
    n = t.name
    sections: dict[str, list[Flowable]] = {
        "person": _person(st, w, tb["person"][0]),
        "consents": [_table(st, t, tb["consents"], [
            ("purpose", 3, lambda r: n("consent_purposes", r["purpose"])),
            ("given", 3, lambda r: w.consent_step(r["given_on"], r["given_how"])),
            ("withdrawn", 3, lambda r: w.consent_step(r["withdrawn_on"], r["withdrawn_how"])),
            ("expires", 2, lambda r: w.when(r["expires_on"])),
            ("source", 3, lambda r: r["source"]),
        ])],
        "inquiries": _inquiries(st, w, tb["inquiries"]),
        "follow_ups": [_table(st, t, tb["follow_ups"], [
            ("inquiry", 1.8, lambda r: r["inquiry_ref"]),
            ("due", 1.8, lambda r: w.when(r["due_on"])),
            ("action", 2.2, lambda r: n("actions", r["action"])),
            ("description", 3.8, lambda r: r["description"]),
            ("done", 2.4, lambda r: w.when(r["done_at"])),
            ("outcome", 3.4, lambda r: r["outcome"]),
        ])],
        "timeline": [_table(st, t, tb["timeline"], [
            ("when", 2.4, lambda r: w.when(r["at"])),
            ("inquiry", 1.8, lambda r: r["inquiry_ref"] or t("on_person")),
            ("what", 7.4, w.event),
            ("by", 1.6, lambda r: r["staff"]),
        ])],
        "partner_proposals": [_table(st, t, tb["partner_proposals"], [
            ("inquiry", 2, lambda r: r["inquiry_ref"]),
            ("organisation", 5, lambda r: r["organisation"]),
            ("state", 2.5, lambda r: n("partner_states", r["state"])),
            ("note", 5, lambda r: r["note"]),
        ])],
        "letters": [_table(st, t, tb["letters"], [
            ("inquiry", 2, lambda r: r["inquiry_ref"]),
            ("number", 0.8, lambda r: str(r["number"])),
            ("kind", 2.6, lambda r: n("letter_kinds", r["kind"])),
            ("language", 1.6, lambda r: n("languages", r["language"])),
            ("made", 2.4, lambda r: w.when(r["created_at"])),
            ("sent", 2.4, lambda r: w.when(r["sent_at"])),
            ("file", 4, lambda r: r["file"] or t("erased", date=w.when(r["erased_at"]))),
        ])],
        "documents": [_table(st, t, tb["documents"], [
            ("inquiry", 2, lambda r: r["inquiry_ref"]),
            ("name", 4.4, lambda r: r["name"]),
            ("size", 2.1, lambda r: f"{r['size']:,}".replace(",", "\u202f")),
            ("added", 2.5, lambda r: w.when(r["added_at"])),
            ("file", 5, lambda r: r["file"]),
        ])],
        "exchanges": [_table(st, t, tb["exchanges"], [
            ("inquiry", 2, lambda r: r["inquiry_ref"]),
            ("title", 3.6, lambda r: r["title"]),
            ("status", 2.6, lambda r: n("exchange_statuses", r["status"])),
            ("dates", 3, lambda r: " – ".join(w.when(d) for d in (r["starts_on"],
                                                                  r["ends_on"]) if d)),
            ("organisations", 4, lambda r: r["organisations"]),
        ])],
        "merges": [_table(st, t, tb["merges"], [
            ("when", 2.4, lambda r: w.when(r["at"])),
            ("what", 7.4, lambda r: t("merged_in", other=r["merged_id"])
             if r["survivor_id"] == data.contact_id else t("merged_away", other=r["survivor_id"])),
            ("undone", 2.4, lambda r: w.when(r["undone_at"])),
            ("by", 1.6, lambda r: r["staff"]),
        ])],
        "audit": [_table(st, t, tb["audit"], [
            ("when", 2.4, lambda r: w.when(r["at"])),
            ("what", 4, lambda r: n("audit_actions", r["action"])),
            ("by", 2, lambda r: r["login"]),
            ("note", 5, lambda r: r["detail"]),
        ])],
    }  # fmt: skip
    out: list[Flowable] = []
    for name in TABLES:
        out.append(Paragraph(markup(t(f"sections.{name}")), st["h1"]))
        out += sections[name]
    return out


def _opening(data: PersonData, t: PersonTexts) -> list[Flowable]:
    st, w = _styles(), _Words(t)
    made = t("made_on", date=long_date(t.language, data.made_at.date()))
    out = [
        Paragraph(markup(t("title", name=data.name)), st["title"]),
        Paragraph(markup(f"{t('person_no', id=data.contact_id)} · {made}"), st["small"]),
        Spacer(1, 2 * mm),
        Paragraph(markup(t("intro")), st["small"]),
    ]
    deleted = data.tables["person"][0].get("deleted_at")
    if deleted is not None:
        out.append(Paragraph(markup(t("in_bin", date=w.when(deleted))), st["body"]))
    return out


def render_person_pdf(data: PersonData, head: ReportHead) -> bytes:
    """The readable PDF of `data` in the person's language under the letterhead `head`."""
    register_fonts()
    t = person_texts(data.language)
    out = io.BytesIO()
    label = t("page")

    def canvas(*args: Any, **kwargs: Any) -> _Numbered:
        return _Numbered(*args, label=label, **kwargs)

    doc = _PersonDoc(out, head, t("title", name=data.name), t.language)
    doc.build([*_opening(data, t), *_sections(data, t)], canvasmaker=canvas)
    return out.getvalue()


def renderer(db: Database) -> Callable[[PersonData], bytes]:
    """A renderer for core.privacy.access_zip.export_person, with the office's letterhead."""
    head = proposals.letterhead(db)

    def render(data: PersonData) -> bytes:
        language = person_texts(data.language).language
        lines = office_lines(head, WORDING[language].phone_abbr)
        return render_person_pdf(data, ReportHead(head.name, lines, head.logo))

    return render
