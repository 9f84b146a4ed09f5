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

import difflib
import hashlib
import re
import tomllib
from collections.abc import Collection, Mapping
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
from msek_desktop.core.validation import Checker
from msek_desktop.core.vocab import Language
from msek_desktop.paths import resource_path

LABEL = "Letter template"
MAX_SUBJECT = 300
MAX_BODY = 20_000

# name -> what it stands for (shown by the template editor)
PLACEHOLDERS: dict[str, str] = {
    "recipient_name": "the person's first and last name (or the organisation's name)",
    "recipient_first_name": "the person's first name",
    "recipient_last_name": "the person's last name",
    "recipient_honorific": "Madame / Monsieur, Pani / Pan, Ms / Mr (empty when unknown)",
    "recipient_organisation": "the organisation the person writes for",
    "recipient_city": "the recipient's city",
    "address_nom": "Polish form of address, nominative: Pani / Pan / Państwo",
    "address_gen": "Polish form of address, genitive: Pani / Pana / Państwa",
    "address_dat": "Polish form of address, dative: Pani / Panu / Państwu",
    "address_acc": "Polish form of address, accusative: Panią / Pana / Państwa",
    "address_ins": "Polish form of address, instrumental: Panią / Panem / Państwem",
    "address_loc": "Polish form of address, locative: Pani / Panu / Państwu",
    "inquiry_ref": "the inquiry's reference, e.g. 2026-0012",
    "inquiry_date": "the day the inquiry was received, in words",
    "inquiry_subject": "the inquiry's subject",
    "inquiry_fields": "the fields of exchange, e.g. music and education",
    "desired_counterpart": "the counterpart the person hoped for, as they wrote it",
    "other_side": "the city where a counterpart is proposed: Saint-Étienne or Katowice",
    "in_other_city": "where a counterpart is sought, as a place: à Katowice, w Katowicach, in …",
    "partners": "the paragraph proposing the partner organisations and what they offer",
    "partner_names": "the partner organisations' names",
    "signer_name": "the name of the staff member who signs",
    "signer_title": "the signer's title in the letter's language",
    "signer_email": "the signer's email",
    "signer_phone": "the signer's phone",
    "signer_contact": "the signer's name with email and phone, e.g. Anna Kowalska (anna@…)",
    "contact_sentence": "the closing sentence naming whom to contact: the signer, else the office",
    "requester": "the paragraph presenting the person who asked: who, what they seek, contact",
    "requester_name": "the name of the person who asked",
    "requester_position": "the position of the person who asked",
    "requester_organisation": "the organisation of the person who asked",
    "requester_city": "the city of the person who asked",
    "requester_email": "the email of the person who asked",
    "requester_phone": "the phone of the person who asked",
    "office_name": "the office's name",
    "office_city": "the office's city",
    "office_phone": "the office's phone",
    "office_email": "the office's email",
    "office_website": "the office's website",
    "date": "the letter's date, in words",
}

_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")


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


# -- placeholders ---------------------------------------------------------------------------


@dataclass(frozen=True)
class PlaceholderProblem:
    """What is wrong with one placeholder, as data for the window to word in its language."""

    kind: str  # "unknown": a name not in PLACEHOLDERS; "lone": a brace not doubled
    token: str  # the name, or the lone brace
    suggestion: str | None = None  # a known name close to an unknown one

    def english(self) -> str:
        if self.kind == "lone":
            brace = self.token
            return f"A lone {brace} in the template: write {brace}{brace} for a brace"
        hint = f" (did you mean {{{self.suggestion}}}?)" if self.suggestion else ""
        return f"Unknown placeholder {{{self.token}}} in the template{hint}"


def suggestion(name: str) -> str | None:
    """The known placeholder `name` was most likely meant to be ("did you mean"), if any."""
    close = difflib.get_close_matches(name, PLACEHOLDERS, n=1)
    return close[0] if close else None


def unknown(name: str) -> PlaceholderProblem:
    return PlaceholderProblem("unknown", name, suggestion(name))


def find_problems(text: str) -> list[PlaceholderProblem]:
    """What is wrong with the placeholders of `text`, each once; empty when all is well."""
    found: list[PlaceholderProblem] = []
    for match in _TOKEN.finditer(text):
        token = match.group(0)
        if token in ("{{", "}}"):
            continue
        if token in ("{", "}"):
            found.append(PlaceholderProblem("lone", token))
        elif match.group(1) not in PLACEHOLDERS:
            found.append(unknown(match.group(1)))
    return list(dict.fromkeys(found))


def problems(text: str) -> list[str]:
    """find_problems in English sentences (saving a template, the CLI)."""
    return [problem.english() for problem in find_problems(text)]


def names_in(text: str) -> list[str]:
    """Every placeholder name `text` uses, known or not, in order of first use."""
    names = (m.group(1) for m in _TOKEN.finditer(text) if m.group(1) is not None)
    return list(dict.fromkeys(names))


def placeholders_in(text: str) -> list[str]:
    """The known placeholder names `text` uses, in order of first use."""
    return [name for name in names_in(text) if name in PLACEHOLDERS]


def typed_placeholders(text: str, drafted: str) -> list[str]:
    """Placeholder names in `text` that `drafted` did not contain (typed in afterwards)."""
    before = set(names_in(drafted))
    return [name for name in names_in(text) if name not in before]


def fill_only(text: str, names: Collection[str], values: Mapping[str, str]) -> str:
    """`text` with the placeholders in `names` that have a value replaced; all else as is."""

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        return values[name] if name in names and name in values else match.group(0)

    return _TOKEN.sub(replace, text)


def fill_typed(text: str, drafted: str, values: Mapping[str, str]) -> tuple[str, list[str]]:
    """`text` as edited from `drafted` (already filled in): the placeholders typed since are
    filled in from `values`, and the unknown names among them are returned, for the editor
    to name (a text with unknown placeholders is not to be printed)."""
    typed = typed_placeholders(text, drafted)
    unknown_names = [name for name in typed if name not in PLACEHOLDERS]
    return fill_only(text, typed, values), unknown_names


def fill(text: str, values: Mapping[str, str]) -> str:
    """`text` with every placeholder replaced; an unknown one is a UserError naming it."""

    def replace(match: re.Match[str]) -> str:
        token = match.group(0)
        if token in ("{{", "}}"):
            return token[0]
        name = match.group(1)
        if name is None:
            raise errors.UserError(PlaceholderProblem("lone", token).english() + ".")
        if name not in PLACEHOLDERS:
            raise errors.UserError(unknown(name).english() + ".")
        if name not in values:
            raise ValueError(f"no value given for the placeholder {{{name}}}")  # a bug
        return values[name]

    return _TOKEN.sub(replace, text)


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
