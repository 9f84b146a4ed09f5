"""Letter templates: per language, a subject and a body with named placeholders.

A placeholder is a name in braces, `{recipient_name}`; `{{` and `}}` stand for literal braces.
The names are declared once here (PLACEHOLDERS) and checked when a template is saved and
again when it is filled, so a typo is an error that names it, never a blank in print. What a
placeholder stands for in each language (a date in words, the partners' paragraph) is
msek_desktop.letters' business: this module only knows the names.

The default template of each language ships in resources/letters/<language>.toml. It is copied
into the letter_templates table the first time templates of that language are asked for (not
by a migration: a migration would freeze the wording of the release that created the database,
and could not re-create a default that staff deleted). From then on staff edit the copy.

When a release changes a shipped template, a stored copy staff never changed follows it: the
file lists the SHA-256 of every earlier shipped text (`former`), and a stored template whose
subject and body are exactly one of those is given the new text the next time templates are
read. A template staff changed, even by one character, is kept as they wrote it.

The letter templates in the table are those of proposal letters. The two other kinds of letter, the
acknowledgement (no partner yet) and the introduction (to the proposed partner), are written
in the shipped wording of their kind: the [acknowledgement] and [introduction] tables of the
same file (shipped_template).

Email templates (purpose "email", core.email_drafts) live in the same table with the same
placeholders and the same machinery: one per language and name (EMAIL_NAMES: reply, proposal,
followup, introduction), shipped in resources/emails/<language>.toml with their own `former`
digests, copied at first use, and a deleted one comes back with the shipped text. Every
function takes `purpose` (LETTER by default), so the letters never see an email template.
The shipped files are read by core.shipped_templates.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import exc as sa_exc
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from msek_desktop.core import changes, errors
from msek_desktop.core import shipped_templates as shipped
from msek_desktop.core.db import Database
from msek_desktop.core.models import LetterTemplate, utcnow
from msek_desktop.core.placeholders import (
    PLACEHOLDERS,
    PlaceholderProblem,
    fill,
    fill_only,
    fill_typed,
    find_problems,
    names_in,
    placeholders_in,
    problems,
    suggestion,
    typed_placeholders,
    unknown,
)
from msek_desktop.core.shipped_templates import (
    EMAIL,
    EMAIL_NAMES,
    LETTER,
    PURPOSES,
    SHIPPED_KINDS,
    DefaultTemplate,
    default_template,
    email_default,
    former_digests,
    shipped_template,
    text_digest,
)
from msek_desktop.core.validation import Checker
from msek_desktop.core.vocab import Language

__all__ = [  # with the placeholders' names, which are the templates' too
    "EMAIL",
    "EMAIL_NAMES",
    "LABEL",
    "LETTER",
    "MAX_BODY",
    "MAX_SUBJECT",
    "PLACEHOLDERS",
    "PURPOSES",
    "SHIPPED_KINDS",
    "DefaultTemplate",
    "PlaceholderProblem",
    "TemplateRow",
    "default_template",
    "delete_template",
    "email_default",
    "email_template",
    "fill",
    "fill_only",
    "fill_typed",
    "find_problems",
    "former_digests",
    "get_template",
    "list_templates",
    "names_in",
    "placeholders_in",
    "problems",
    "save_template",
    "shipped_template",
    "suggestion",
    "template_for",
    "text_digest",
    "to_row",
    "typed_placeholders",
    "unknown",
]

LABEL = "Letter template"
_LABELS = {LETTER: LABEL, EMAIL: "Email template"}
MAX_SUBJECT = 300
MAX_BODY = 20_000


@dataclass(frozen=True)
class TemplateRow:
    id: int
    language: str
    name: str
    subject: str
    body: str
    version: int
    updated_at: datetime
    deleted_at: datetime | None = None


# -- defaults -------------------------------------------------------------------------------


def _key(purpose: str, language: str, name: str) -> tuple[str, ...]:
    """What a shipped default stands for: a letter's, its language (staff may rename it or
    add others); an email's, its language and name (the name is how an email asks for it)."""
    return (language,) if purpose == LETTER else (language, name)


def _ensure_defaults(db: Database, purpose: str = LETTER) -> None:
    """Copy each shipped default of `purpose` that has no live template yet, and give the
    current shipped text to stored copies of an earlier one staff never changed."""
    with db.read() as session:
        live = session.execute(
            select(
                LetterTemplate.id, LetterTemplate.language, LetterTemplate.name,
                LetterTemplate.subject, LetterTemplate.body,
            ).where(LetterTemplate.deleted_at.is_(None), LetterTemplate.purpose == purpose)
        ).all()  # fmt: skip
    covered = {_key(purpose, row.language, row.name) for row in live}
    defaults = shipped.defaults(purpose)
    missing = [d for d in defaults if _key(purpose, d.language, d.name) not in covered]
    stale = [
        row.id
        for row in live
        if text_digest(row.subject, row.body) in shipped.former(purpose, row.language, row.name)
    ]
    if not (missing or stale) or db.read_only:  # read-only: the shipped text (template_for)
        return
    try:
        with db.write() as session:
            for default in missing:
                _add_default(session, default, purpose)
            for template_id in stale:
                _follow_shipped(session, template_id)
    except (sa_exc.IntegrityError, StaleDataError):
        pass  # another window added or refreshed the same default meanwhile


def _follow_shipped(session: Session, template_id: int) -> None:
    """The template still holds an earlier shipped text: it takes the current one."""
    t = session.get(LetterTemplate, template_id)
    if t is None or t.deleted_at is not None:
        return
    if text_digest(t.subject, t.body) not in shipped.former(t.purpose, t.language, t.name):
        return  # changed meanwhile: staff's text is kept
    text = shipped.shipped_for(t.purpose, t.language, t.name)
    t.subject, t.body = text.subject, text.body


def _add_default(session: Session, default: DefaultTemplate, purpose: str) -> None:
    same_purpose = (LetterTemplate.purpose == purpose, LetterTemplate.language == default.language)
    live = select(LetterTemplate.id).where(*same_purpose, LetterTemplate.deleted_at.is_(None))
    if purpose == EMAIL:
        live = live.where(LetterTemplate.name == default.name)
    if session.scalar(live) is not None:
        return
    same_name = session.scalar(
        select(LetterTemplate).where(*same_purpose, LetterTemplate.name == default.name)
    )
    if same_name is not None:  # deleted by staff: it comes back with the shipped text
        same_name.deleted_at = None
        same_name.subject, same_name.body = default.subject, default.body
        return
    session.add(
        LetterTemplate(
            purpose=purpose, language=default.language, name=default.name,
            subject=default.subject, body=default.body,
        )
    )  # fmt: skip


# -- service --------------------------------------------------------------------------------


def to_row(t: LetterTemplate) -> TemplateRow:
    return TemplateRow(
        t.id, t.language, t.name, t.subject, t.body, t.version, t.updated_at, t.deleted_at
    )


def list_templates(
    db: Database, language: str | None = None, *, purpose: str = LETTER
) -> list[TemplateRow]:
    """Live templates of `purpose`, by language then the order they were made (the default
    first)."""
    _ensure_defaults(db, purpose)
    stmt = select(LetterTemplate).where(
        LetterTemplate.deleted_at.is_(None), LetterTemplate.purpose == purpose
    )
    if language is not None:
        stmt = stmt.where(LetterTemplate.language == language)
    with db.read() as session:
        rows = session.scalars(stmt.order_by(LetterTemplate.language, LetterTemplate.id))
        return [to_row(t) for t in rows]


def _get_live(session: Session, template_id: int, purpose: str) -> LetterTemplate:
    """The live template of `purpose`: one of the other purpose is not found, as a deleted one."""
    label = _LABELS[purpose]
    template = changes.get_live(session, LetterTemplate, template_id, label)
    if template.purpose != purpose:
        raise errors.NotFoundError(f"{label} {template_id} does not exist or was deleted.")
    return template


def get_template(db: Database, template_id: int, *, purpose: str = LETTER) -> TemplateRow:
    with db.read() as session:
        return to_row(_get_live(session, template_id, purpose))


def template_for(db: Database, language: str, template_id: int | None = None) -> TemplateRow:
    """The template a letter in `language` uses: the one asked for, else the language's first."""
    if template_id is not None:
        row = get_template(db, template_id)
        if row.language != language:
            raise errors.ValidationError.coded(
                "template_id",
                "template_language",
                name=row.name,
                template_language=row.language,
                language=language,
            )
        return row
    rows = list_templates(db, language)
    if not rows and db.read_only:
        shipped = default_template(language)
        return TemplateRow(0, language, shipped.name, shipped.subject, shipped.body, 0, utcnow())
    if not rows:  # only if the language has no shipped default
        raise errors.NotFoundError(f"There is no letter template in {language}.")
    return rows[0]


def email_template(db: Database, language: str, name: str) -> TemplateRow:
    """The email template `name` in `language`: staff's copy, or the shipped text when the
    database is read-only and has none yet."""
    for row in list_templates(db, language, purpose=EMAIL):
        if row.name == name:
            return row
    shipped = email_default(language, name)  # read-only: nothing could be copied
    return TemplateRow(0, shipped.language, name, shipped.subject, shipped.body, 0, utcnow())


def _clean(values: Mapping[str, Any], partial: bool, purpose: str) -> dict[str, Any]:
    check = Checker()
    out: dict[str, Any] = {}
    if not partial or "language" in values:
        out["language"] = check.choice("language", values.get("language"), Language)
    if not partial or "name" in values:
        if purpose == EMAIL:  # an email asks for its template by name
            out["name"] = check.choice("name", values.get("name"), EMAIL_NAMES)
        else:
            out["name"] = check.text("name", values.get("name"), required=True, max_len=100)
    limits = {"subject": MAX_SUBJECT, "body": MAX_BODY}
    for name, limit in limits.items():
        if not partial or name in values:
            text = check.text(name, values.get(name), required=True, max_len=limit)
            for problem in problems(text):
                check.add(name, problem)
            out[name] = text
    check.raise_if_any()
    return out


def save_template(
    db: Database,
    values: Mapping[str, Any],
    *,
    template_id: int | None = None,
    expected_version: int | None = None,
    purpose: str = LETTER,
) -> TemplateRow:
    """Create (template_id None) or change a template of `purpose`; its placeholders are
    checked first. An email template's name is one of EMAIL_NAMES."""
    clean = _clean(values, partial=template_id is not None, purpose=purpose)
    label = _LABELS[purpose]
    with db.write() as session:
        if template_id is None:
            template = LetterTemplate(purpose=purpose, **clean)
            session.add(template)
        else:
            template = _get_live(session, template_id, purpose)
            changes.check_version(template, expected_version, f"{label} {template.name!r}")
            changes.apply(template, clean)
        _refuse_duplicate_name(session, template)
        session.flush()
        return to_row(template)


def _refuse_duplicate_name(session: Session, template: LetterTemplate) -> None:
    stmt = select(LetterTemplate.id).where(
        LetterTemplate.purpose == template.purpose,
        LetterTemplate.language == template.language,
        LetterTemplate.name == template.name,
    )
    if template.id is not None:
        stmt = stmt.where(LetterTemplate.id != template.id)
    with session.no_autoflush:
        if session.scalar(stmt) is not None:
            raise errors.ValidationError.coded(
                "name", "template_exists", language=template.language, name=template.name
            )


def delete_template(db: Database, template_id: int, *, purpose: str = LETTER) -> TemplateRow:
    """Soft delete. A language left without letter templates gets its shipped default back;
    a deleted email template comes back with its shipped text."""
    with db.write() as session:
        template = _get_live(session, template_id, purpose)
        template.deleted_at = utcnow()
        session.flush()
        return to_row(template)
