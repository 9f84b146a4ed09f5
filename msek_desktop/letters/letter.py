"""From the facts to the final words of one letter: placeholders filled, blocks laid out.

The result, Letter, is still plain text; msek_desktop.letters.pdf prints it. The body is the
template's filled in, or the text staff typed for this one letter (printed as typed).
Body text: a blank line starts a paragraph; a line starting with "–", "-" or "•" is a list item.
"""

from __future__ import annotations

from dataclasses import dataclass

from msek_desktop.core import placeholders
from msek_desktop.core.proposals import (
    INTRODUCTION,
    LetterFacts,
    Letterhead,
    Recipient,
    Requester,
)
from msek_desktop.letters import wording
from msek_desktop.letters.wording import CITIES, WORDING


@dataclass(frozen=True)
class Letter:
    """One letter's final words; every string is printed literally (Polish one-letter words
    are kept with the next word when it is laid out: wording.keep_together)."""

    language: str
    office_name: str
    office_lines: tuple[str, ...]  # address, phone, email, website
    logo: str
    return_address: tuple[str, ...]  # the office's name, then its address lines
    recipient_lines: tuple[str, ...]
    info: tuple[tuple[str, str], ...]  # (label, value)
    date_line: str
    subject_label: str
    subject: str
    salutation: str
    body: str
    closing: str
    signer_name: str
    signer_title: str
    running_head: str  # on pages 2+
    page_label: str  # "Page {page}/{pages}"
    signature_right: bool
    closing_in_signature: bool

    @property
    def cities(self) -> str:
        return CITIES

    def text(self) -> str:
        """The whole letter as plain text, in reading order (kept with the proposal)."""
        parts = [
            "\n".join((self.office_name, CITIES, *self.office_lines)),
            "\n".join((self.return_address[0], " · ".join(self.return_address[1:]))),
            "\n".join(self.recipient_lines),
            "\n".join(f"{label} {value}".strip() for label, value in self.info),
            self.date_line,
            self.subject_label + self.subject,
            self.salutation,
            self.body,
            self.closing,
            "\n".join(x for x in (self.signer_name, self.signer_title) if x),
        ]
        return "\n\n".join(p for p in parts if p) + "\n"


def recipient_lines(language: str, r: Recipient, office_country: str) -> tuple[str, ...]:
    name = " ".join(x for x in (wording.honorific(language, r), r.full_name) if x)
    town = " ".join(x for x in (r.postal_code, r.city) if x)
    country = ""
    if r.country and r.country.upper() != office_country.upper():
        country = wording.country_name(language, r.country)
    lines = [name, r.position, r.organisation, *r.address.splitlines(), town, country]
    return tuple(line.strip() for line in lines if line and line.strip())


def _office_reach(facts: LetterFacts) -> str:
    head, w = facts.letterhead, WORDING[facts.language]
    return ", ".join(
        x for x in (head.email, f"{w.phone_abbr} {head.phone}" if head.phone else "") if x
    )


def _signer_contact(facts: LetterFacts) -> str:
    s, w = facts.signer, WORDING[facts.language]
    if s is None:
        office, office_reach = wording.OFFICE_WORDS[facts.language], _office_reach(facts)
        return f"{office} ({office_reach})" if office_reach else office
    reach = [x for x in (s.email, f"{w.phone_abbr} {s.phone}" if s.phone else "") if x]
    return f"{s.name} ({', '.join(reach)})" if reach else s.name


def requester(facts: LetterFacts) -> Requester:
    """The person who asked: gathered with the facts; in a letter to them, the recipient."""
    if facts.requester is not None:
        return facts.requester
    r = facts.recipient
    return Requester(r.full_name, r.position, r.organisation, r.city, r.country)


def values(facts: LetterFacts) -> dict[str, str]:
    """What each placeholder of core.templates.PLACEHOLDERS stands for in this letter."""
    lang, r, inq, head = facts.language, facts.recipient, facts.inquiry, facts.letterhead
    signer, who = facts.signer, requester(facts)
    out = {
        "recipient_name": r.full_name or r.organisation,
        "recipient_first_name": r.first_name,
        "recipient_last_name": r.last_name,
        "recipient_honorific": wording.honorific(lang, r),
        "recipient_organisation": r.organisation,
        "recipient_city": r.city,
        "inquiry_ref": inq.ref,
        "inquiry_date": wording.long_date(lang, inq.received_on),
        "inquiry_subject": inq.subject,
        "inquiry_fields": wording.fields_list(lang, inq.fields),
        "desired_counterpart": inq.desired_counterpart,
        "other_side": wording.other_side(lang, inq.side),
        "in_other_city": wording.in_other_city(lang, inq.side),
        "partners": wording.partners_paragraph(lang, facts.partners, inq.side),
        "partner_names": wording.join(lang, [p.name for p in facts.partners]),
        "signer_name": signer.name if signer else "",
        "signer_title": signer.title if signer else "",
        "signer_email": signer.email if signer else "",
        "signer_phone": signer.phone if signer else "",
        "signer_contact": _signer_contact(facts),
        "contact_sentence": wording.contact_sentence(
            lang, _signer_contact(facts) if signer else None, _office_reach(facts)
        ),
        "requester": wording.requester_paragraph(
            lang, who, inq.subject, inq.desired_counterpart, inq.fields
        ),
        "requester_name": who.name or who.organisation,
        "requester_position": who.position,
        "requester_organisation": who.organisation,
        "requester_city": who.city,
        "requester_email": who.email,
        "requester_phone": who.phone,
        "office_name": head.name,
        "office_city": head.city,
        "office_phone": head.phone,
        "office_email": head.email,
        "office_website": head.website,
        "date": wording.long_date(lang, facts.date),
    }
    out.update(wording.address_forms(lang, r))
    return out


def subject_and_body(facts: LetterFacts) -> tuple[str, str]:
    """The final subject and body: overrides as typed, else the template filled in."""
    if facts.subject_override is not None and facts.body_override is not None:
        return facts.subject_override, facts.body_override
    filled = values(facts)
    subject = facts.subject_override
    if subject is None:
        subject = wording.squeeze(placeholders.fill(facts.template.subject, filled))
    body = facts.body_override
    if body is None:
        body = placeholders.fill(facts.template.body, filled).strip()
    return subject, body


def office_lines(head: Letterhead, phone_abbr: str) -> tuple[str, ...]:
    """The letterhead's lines beside the office's name: address, phone, email, website."""
    lines = [line.strip() for line in head.address.splitlines() if line.strip()]
    if head.phone:
        lines.append(f"{phone_abbr.capitalize()} {head.phone}")
    lines += [x for x in (head.email, head.website) if x]
    return tuple(lines)


def _info(facts: LetterFacts) -> tuple[tuple[str, str], ...]:
    w, lang = WORDING[facts.language], facts.language
    rows = [(w.our_ref, facts.inquiry.ref)]
    if facts.kind != INTRODUCTION:  # the partner asked nothing: the requester did
        rows.append((w.your_request, wording.long_date(lang, facts.inquiry.received_on)))
    s = facts.signer
    if s is not None:
        rows.append((w.handled_by, s.name))
        rows += [("", x) for x in (s.email, f"{w.phone_abbr} {s.phone}" if s.phone else "") if x]
    return tuple(rows)


def compose(facts: LetterFacts) -> Letter:
    lang, head, r = facts.language, facts.letterhead, facts.recipient
    w = WORDING[lang]
    subject, body = subject_and_body(facts)
    address = [line.strip() for line in head.address.splitlines() if line.strip()]
    who = r.full_name or r.organisation
    date_line = wording.date_line(lang, head.city, facts.date)
    return Letter(
        language=lang,
        office_name=head.name,
        office_lines=office_lines(head, w.phone_abbr),
        logo=head.logo,
        return_address=(head.name, *address),
        recipient_lines=recipient_lines(lang, r, head.country),
        info=_info(facts),
        date_line=date_line,
        subject_label=w.subject_label,
        subject=subject,
        salutation=wording.salutation(lang, r),
        body=body,
        closing=wording.closing(lang, r),
        signer_name=facts.signer.name if facts.signer else head.name,
        signer_title=facts.signer.title if facts.signer else "",
        running_head=" – ".join(x for x in (who, wording.long_date(lang, facts.date)) if x),
        page_label=w.page,
        signature_right=w.signature_right,
        closing_in_signature=w.closing_in_signature,
    )
