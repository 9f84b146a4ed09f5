"""Letters or emails: the two kinds of template the template editor shows (a switch above its
list), with the same placeholders and the same checks (core.templates, by purpose).

Letter templates are staff's to make, rename and delete (a language left without one gets
its shipped default back). Email templates are fixed: one per language and name (reply,
proposal, follow-up, introduction), asked for by that name when an email is written, so
staff change their subject and text, or take the shipped text back, but make or delete none.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from msek_desktop.core import templates
from msek_desktop.core.templates import DefaultTemplate
from msek_desktop.ui.dialogs.email_choices import TEMPLATES as EMAIL_NAMES
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import labels

Text = Callable[[], str]


@dataclass(frozen=True)
class TemplateKind:
    """One kind of template and how the editor says and treats it."""

    purpose: str  # core.templates.LETTER or EMAIL
    fixed: bool  # one template per language and name, none made or deleted
    title: Text  # "Letter templates"
    subject: Text  # the accessible name of the subject field
    body: Text  # the label of the text field
    saved: Text  # said after a save

    def default(self, language: str, name: str = "") -> DefaultTemplate:
        """The shipped text of a template of this kind."""
        if self.fixed:
            return templates.email_default(language, name)
        return templates.default_template(language)

    def name_text(self, name: str) -> str:
        """A template's name as shown: an email template's in the window's language."""
        return labels.label(EMAIL_NAMES, name) if self.fixed else name


LETTERS = TemplateKind(
    templates.LETTER,
    False,
    lambda: tr("Templates", "Letter templates"),
    lambda: tr("Templates", "Subject of the letter"),
    lambda: tr("Templates", "Text of the letter"),
    lambda: tr("Templates", "The letter template is saved."),
)
EMAILS = TemplateKind(
    templates.EMAIL,
    True,
    lambda: tr("Templates", "Email templates"),
    lambda: tr("Templates", "Subject of the email"),
    lambda: tr("Templates", "Text of the email"),
    lambda: tr("Templates", "The email template is saved."),
)
KINDS = (LETTERS, EMAILS)  # in the order of the switch's tabs


def kind_names() -> list[str]:
    """The switch's tabs, in KINDS' order."""
    return [tr("Templates", "Letters"), tr("Templates", "Emails")]
