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

The templates in the table are those of proposal letters. The two other kinds of letter, the
acknowledgement (no partner yet) and the introduction (to the proposed partner), are written
in the shipped wording of their kind: the [acknowledgement] and [introduction] tables of the
same file (shipped_template).
"""

from __future__ import annotations

import hashlib
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import exc as sa_exc
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from msek_desktop.core import changes, errors
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
from msek_desktop.core.validation import Checker
from msek_desktop.core.vocab import Language
from msek_desktop.paths import resource_path

__all__ = [  # with the placeholders' names, which are the templates' too
    "LABEL",
    "MAX_BODY",
    "MAX_SUBJECT",
    "PLACEHOLDERS",
    "SHIPPED_KINDS",
    "DefaultTemplate",
    "PlaceholderProblem",
    "TemplateRow",
    "default_template",
    "delete_template",
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


@dataclass(frozen=True)
class DefaultTemplate:
    language: str
    name: str
    subject: str
    body: str


# -- defaults -------------------------------------------------------------------------------


SHIPPED_KINDS = ("acknowledgement", "introduction")  # letters in shipped wording only


@cache
def _shipped(language: str) -> dict[str, Any]:
    """resources/letters/<language>.toml, read once (it ships with the program)."""
    code = Language(language).value
    with resource_path("letters", f"{code}.toml").open("rb") as fh:
        return tomllib.load(fh)


def default_template(language: str) -> DefaultTemplate:
    """The shipped proposal template of `language`, read from resources/letters."""
    data = _shipped(language)
    code = Language(language).value
    return DefaultTemplate(code, data["name"], data["subject"].strip(), data["body"].strip())


def shipped_template(language: str, kind: str) -> DefaultTemplate:
    """The shipped wording of an acknowledgement or an introduction letter in `language`."""
    if kind not in SHIPPED_KINDS:
        raise ValueError(f"no shipped wording for letters of kind {kind!r}")
    data = _shipped(language)[kind]
    code = Language(language).value
    return DefaultTemplate(code, data["name"], data["subject"].strip(), data["body"].strip())


def text_digest(subject: str, body: str) -> str:
    """What `former` lists for a shipped text: SHA-256 of the subject, a line break, the body."""
    return hashlib.sha256(f"{subject}\n{body}".encode()).hexdigest()


def former_digests(language: str) -> frozenset[str]:
    """The digests of the texts earlier releases shipped as `language`'s proposal template."""
    return frozenset(_shipped(language).get("former", ()))


def _ensure_defaults(db: Database) -> None:
    """Copy the shipped template of each language that has no live template yet, and give
    the current shipped text to stored copies of an earlier one staff never changed."""
    with db.read() as session:
        live = session.execute(
            select(
                LetterTemplate.id, LetterTemplate.language, LetterTemplate.subject,
                LetterTemplate.body,
            ).where(LetterTemplate.deleted_at.is_(None))
        ).all()  # fmt: skip
    languages = {row.language for row in live}
    missing = [lang.value for lang in Language if lang.value not in languages]
    stale = [
        row.id
        for row in live
        if row.language in _LANGUAGES
        and text_digest(row.subject, row.body) in former_digests(row.language)
    ]
    if not (missing or stale) or db.read_only:  # read-only: the shipped text (template_for)
        return
    try:
        with db.write() as session:
            for language in missing:
                _add_default(session, default_template(language))
            for template_id in stale:
                _follow_shipped(session, template_id)
    except (sa_exc.IntegrityError, StaleDataError):
        pass  # another window added or refreshed the same default meanwhile


_LANGUAGES = frozenset(lang.value for lang in Language)


def _follow_shipped(session: Session, template_id: int) -> None:
    """The template still holds an earlier shipped text: it takes the current one."""
    template = session.get(LetterTemplate, template_id)
    if template is None or template.deleted_at is not None:
        return
    if text_digest(template.subject, template.body) not in former_digests(template.language):
        return  # changed meanwhile: staff's text is kept
    shipped = default_template(template.language)
    template.subject, template.body = shipped.subject, shipped.body


def _add_default(session: Session, default: DefaultTemplate) -> None:
    live = select(LetterTemplate.id).where(
        LetterTemplate.language == default.language, LetterTemplate.deleted_at.is_(None)
    )
    if session.scalar(live) is not None:
        return
    same_name = session.scalar(
        select(LetterTemplate).where(
            LetterTemplate.language == default.language, LetterTemplate.name == default.name
        )
    )
    if same_name is not None:  # deleted by staff: it comes back with the shipped text
        same_name.deleted_at = None
        same_name.subject, same_name.body = default.subject, default.body
        return
    session.add(
        LetterTemplate(
            language=default.language, name=default.name, subject=default.subject,
            body=default.body,
        )
    )  # fmt: skip


# -- service --------------------------------------------------------------------------------


def to_row(t: LetterTemplate) -> TemplateRow:
    return TemplateRow(
        t.id, t.language, t.name, t.subject, t.body, t.version, t.updated_at, t.deleted_at
    )


def list_templates(db: Database, language: str | None = None) -> list[TemplateRow]:
    """Live templates, by language then the order they were made (the default first)."""
    _ensure_defaults(db)
    stmt = select(LetterTemplate).where(LetterTemplate.deleted_at.is_(None))
    if language is not None:
        stmt = stmt.where(LetterTemplate.language == language)
    with db.read() as session:
        rows = session.scalars(stmt.order_by(LetterTemplate.language, LetterTemplate.id))
        return [to_row(t) for t in rows]


def get_template(db: Database, template_id: int) -> TemplateRow:
    with db.read() as session:
        return to_row(changes.get_live(session, LetterTemplate, template_id, LABEL))


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


def _clean(values: Mapping[str, Any], partial: bool) -> dict[str, Any]:
    check = Checker()
    out: dict[str, Any] = {}
    if not partial or "language" in values:
        out["language"] = check.choice("language", values.get("language"), Language)
    if not partial or "name" in values:
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
) -> TemplateRow:
    """Create (template_id None) or change a template; its placeholders are checked first."""
    clean = _clean(values, partial=template_id is not None)
    with db.write() as session:
        if template_id is None:
            template = LetterTemplate(**clean)
            session.add(template)
        else:
            template = changes.get_live(session, LetterTemplate, template_id, LABEL)
            changes.check_version(template, expected_version, f"{LABEL} {template.name!r}")
            changes.apply(template, clean)
        _refuse_duplicate_name(session, template)
        session.flush()
        return to_row(template)


def _refuse_duplicate_name(session: Session, template: LetterTemplate) -> None:
    stmt = select(LetterTemplate.id).where(
        LetterTemplate.language == template.language, LetterTemplate.name == template.name
    )
    if template.id is not None:
        stmt = stmt.where(LetterTemplate.id != template.id)
    with session.no_autoflush:
        if session.scalar(stmt) is not None:
            raise errors.ValidationError.coded(
                "name", "template_exists", language=template.language, name=template.name
            )


def delete_template(db: Database, template_id: int) -> TemplateRow:
    """Soft delete. A language left without templates gets its shipped default back."""
    with db.write() as session:
        template = changes.get_live(session, LetterTemplate, template_id, LABEL)
        template.deleted_at = utcnow()
        session.flush()
        return to_row(template)
