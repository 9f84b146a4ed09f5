"""The templates shipped with the program (read-only files): the letters' in
resources/letters/<language>.toml, the emails' in resources/emails/<language>.toml, with the
digests of the texts earlier releases shipped (`former`). core.templates copies them into the
letter_templates table and keeps unchanged copies up to date."""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass
from functools import cache
from typing import Any

from msek_desktop.core.vocab import Language
from msek_desktop.paths import resource_path

LETTER, EMAIL = "letter", "email"  # models.LetterTemplate.purpose
PURPOSES = (LETTER, EMAIL)
EMAIL_NAMES = ("reply", "proposal", "followup", "introduction")
_LANGUAGES = frozenset(lang.value for lang in Language)


@dataclass(frozen=True)
class DefaultTemplate:
    language: str
    name: str
    subject: str
    body: str


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


@cache
def _shipped_emails(language: str) -> dict[str, Any]:
    """resources/emails/<language>.toml, read once: a table per name of EMAIL_NAMES."""
    code = Language(language).value
    with resource_path("emails", f"{code}.toml").open("rb") as fh:
        return tomllib.load(fh)


def email_default(language: str, name: str) -> DefaultTemplate:
    """The shipped email template `name` (one of EMAIL_NAMES) in `language`."""
    data = _shipped_emails(language)[name]
    return DefaultTemplate(Language(language).value, name, data["subject"].strip(),
                           data["body"].strip())  # fmt: skip


def defaults(purpose: str) -> list[DefaultTemplate]:
    if purpose == LETTER:
        return [default_template(lang.value) for lang in Language]
    return [email_default(lang.value, name) for lang in Language for name in EMAIL_NAMES]


def former(purpose: str, language: str, name: str) -> frozenset[str]:
    if language not in _LANGUAGES:
        return frozenset()
    if purpose == LETTER:
        return former_digests(language)
    return frozenset(_shipped_emails(language).get(name, {}).get("former", ()))


def shipped_for(purpose: str, language: str, name: str) -> DefaultTemplate:
    return default_template(language) if purpose == LETTER else email_default(language, name)
