"""Merging duplicates (core.privacy.merging): what moves, what is chosen, undo restoring both
records and every link exactly, and the refusals."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from msek_desktop.core import (
    audit,
    contacts,
    errors,
    exchanges,
    followups,
    inquiries,
    organisations,
)
from msek_desktop.core import partner_proposals as pp
from msek_desktop.core.db import Database
from msek_desktop.core.models import (
    Base,
    ConsentRecord,
    Contact,
    Document,
    FollowUp,
    Inquiry,
    Merge,
    Organisation,
    PartnerProposal,
    Proposal,
    TimelineEntry,
    exchange_organisations,
    organisation_fields,
    proposal_partners,
)
from msek_desktop.core.privacy import merging, merging_undo
from msek_desktop.core.privacy import merging_fields as mf

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server


def add_inquiry(db: Database, subject: str, **links: Any) -> int:
    return inquiries.create_inquiry(db, {"subject": subject, **links}, actor="anna").id


def add_letter(db: Database, inquiry_id: int, partners: list[int]) -> int:
    with db.write() as session:
        letter = Proposal(inquiry_id=inquiry_id, language="pl", rendered_text="Szanowna Pani",
                          pdf=b"%PDF-1.4 letter", sha256="0" * 64)  # fmt: skip
        letter.partners = [session.get_one(Organisation, o) for o in partners]
        session.add(letter)
        session.flush()
        return letter.id


@pytest.fixture
def twin(db: Database, katowice, saint_etienne) -> int:
    """Ewa Wiśniewska written again without accents nor organisation, with her own two
    inquiries (a follow-up on one, a letter and a partner proposed on the other) and a
    consent."""
    row = contacts.create_contact(db, {
        "first_name": "Ewa", "last_name": "Wisniewska", "email": "EWA.Wisniewska@example.pl",
        "side": "katowice", "city": "Katowice", "notes": "Prefers mornings",
        "position": "Dyrektorka",
    }, actor="anna")  # fmt: skip
    first = add_inquiry(db, "Chór", contact_id=row.id)
    second = add_inquiry(db, "Orkiestra", contact_id=row.id)
    followups.add_followup(db, first, {"due_on": "2026-12-20", "action": "call"}, actor="anna")
    pp.propose(db, second, [saint_etienne.organisation.id], actor="anna")
    add_letter(db, second, [saint_etienne.organisation.id])
    with db.write() as session:
        session.add(ConsentRecord(contact_id=row.id, purpose="newsletter",
                                  given_on=date(2026, 1, 5), given_how="form"))  # fmt: skip
    add_inquiry(db, "Ewa's own", contact_id=katowice.contact.id)
    return row.id


PERSON_LINKS = {  # table: how its rows name a person
    "inquiries": (Inquiry, Inquiry.contact_id),
    "timeline_entries": (TimelineEntry, TimelineEntry.contact_id),
    "consent_records": (ConsentRecord, ConsentRecord.contact_id),
}
THROUGH_INQUIRIES = {"follow_ups": FollowUp, "proposals": Proposal,
                     "partner_proposals": PartnerProposal}  # fmt: skip


def person_counts(db: Database, contact_id: int) -> dict[str, int]:
    """How many rows of each table name the person, directly or through their inquiries."""
    out = {}
    with db.read() as session:
        for name, (model, column) in PERSON_LINKS.items():
            stmt = select(func.count()).select_from(model).where(column == contact_id)
            out[name] = int(session.scalar(stmt) or 0)
        mine = select(Inquiry.id).where(Inquiry.contact_id == contact_id)
        for name, model in THROUGH_INQUIRIES.items():
            stmt = select(func.count()).select_from(model).where(model.inquiry_id.in_(mine))
            out[name] = int(session.scalar(stmt) or 0)
    return out


def record_of(db: Database, model: Any, record_id: int) -> dict[str, Any]:
    with db.read() as session:
        return mf.snapshot(session.get_one(model, record_id))


def links_of(db: Database) -> dict[str, set[tuple[Any, ...]]]:
    """Every row linking anything to a person or an organisation, as tuples."""
    tables = {
        "inquiries": select(Inquiry.id, Inquiry.contact_id, Inquiry.organisation_id),
        "contacts": select(Contact.id, Contact.organisation_id),
        "timeline": select(TimelineEntry.id, TimelineEntry.contact_id,
                           TimelineEntry.organisation_id),
        "consents": select(ConsentRecord.id, ConsentRecord.contact_id),
        "documents": select(Document.id, Document.organisation_id),
        "partner_proposals": select(PartnerProposal.id, PartnerProposal.inquiry_id,
                                    PartnerProposal.organisation_id, PartnerProposal.state),
        "proposal_partners": select(proposal_partners),
        "exchange_organisations": select(exchange_organisations),
        "organisation_fields": select(organisation_fields),
    }  # fmt: skip
    with db.read() as session:
        return {name: {tuple(r) for r in session.execute(stmt)} for name, stmt in tables.items()}


def without_new_entries(links: dict[str, set[tuple[Any, ...]]], before: set[int]) -> Any:
    return {**links, "timeline": {t for t in links["timeline"] if t[0] in before}}


def same_but_version(a: dict[str, Any], b: dict[str, Any]) -> None:
    assert {k: v for k, v in a.items() if k != "version"} == {
        k: v for k, v in b.items() if k != "version"
    }


# -- people -------------------------------------------------------------------------------


def test_a_merge_moves_everything_to_the_survivor(db: Database, katowice, twin) -> None:
    keep = katowice.contact.id
    mine, theirs = person_counts(db, keep), person_counts(db, twin)
    assert theirs == {"inquiries": 2, "timeline_entries": 1, "consent_records": 1,
                      "follow_ups": 1, "proposals": 1, "partner_proposals": 1}  # fmt: skip
    result = merging.merge_people(db, keep, twin, {"position": "other"}, actor="anna")
    after = person_counts(db, keep)
    for table in ("inquiries", "consent_records", "follow_ups", "proposals", "partner_proposals"):
        assert after[table] == mine[table] + theirs[table], table
        assert person_counts(db, twin)[table] == 0, table
    # the twin's own entry moved; a "merged" entry on each; the kept one's changes
    assert result.changed == ("position", "city", "notes")
    assert after["timeline_entries"] == mine["timeline_entries"] + 1 + 1 + 3
    assert person_counts(db, twin)["timeline_entries"] == 1
    assert result.moved["inquiries"] == 2 and result.moved["consent_records"] == 1
    kept = contacts.get_contact(db, keep)
    assert kept.position == "Dyrektorka"  # chosen
    assert kept.email == "ewa.wisniewska@example.pl"  # the survivor's, by default
    assert kept.city == "Katowice" and kept.notes == "Prefers mornings"  # the survivor's empty
    assert kept.organisation_id == katowice.organisation.id
    assert contacts.get_contact(db, twin).deleted_at is not None  # in the bin
    assert [d.first for d in merging.find_duplicates(db)] == []
    (row,) = merging.list_merges(db)
    assert (row.kind, row.survivor_id, row.merged_id, row.login) == ("person", keep, twin, "anna")
    assert row.undoable
    entry = audit.list_audit(db, action="merge_people")[0]
    assert entry.contact_id == keep and json.loads(entry.detail)["moved"]["inquiries"] == 2


def test_undo_restores_both_people_and_every_link_exactly(db: Database, katowice, twin) -> None:
    keep = katowice.contact.id
    records = record_of(db, Contact, keep), record_of(db, Contact, twin)
    links = links_of(db)
    entries = {t[0] for t in links["timeline"]}
    result = merging.merge_people(db, keep, twin, {"position": "other", "email": "other"},
                                  actor="anna")  # fmt: skip
    assert links_of(db) != links
    undone = merging.undo_merge(db, result.merge_id, actor="anna")
    assert undone.kept == ()
    assert undone.moved_back["inquiries"] == 2
    same_but_version(record_of(db, Contact, keep), records[0])
    same_but_version(record_of(db, Contact, twin), records[1])
    assert without_new_entries(links_of(db), entries) == links
    assert [d.second for d in merging.find_duplicates(db)] == [twin]
    (row,) = merging.list_merges(db)
    assert row.undone_at is not None and not row.undoable
    assert audit.list_audit(db, action="undo_merge")[0].contact_id == keep
    with pytest.raises(errors.UserError, match="already undone"):
        merging.undo_merge(db, result.merge_id, actor="anna")


def test_notes_are_joined_and_refusals_kept(db: Database, katowice, twin) -> None:
    keep = katowice.contact.id
    contacts.update_contact(db, keep, {"notes": "Met in Łódź"}, actor="anna")
    with db.write() as session:
        session.get_one(Contact, twin).no_letters = True
    merging.merge_people(db, keep, twin, actor="anna")
    with db.read() as session:
        kept = session.get_one(Contact, keep)
        assert (kept.notes, kept.no_letters) == ("Met in Łódź\n\nPrefers mornings", True)


def test_a_change_made_after_the_merge_survives_its_undo(db: Database, katowice, twin) -> None:
    keep = katowice.contact.id
    result = merging.merge_people(db, keep, twin, {"city": "other"}, actor="anna")
    contacts.update_contact(db, keep, {"phone": "+48 32 999 88 77"}, actor="anna")
    late = add_inquiry(db, "After the merge", contact_id=keep)
    undone = merging.undo_merge(db, result.merge_id, actor="anna")
    assert undone.kept == ("phone",)
    kept = contacts.get_contact(db, keep)
    assert kept.phone == "+48 32 999 88 77" and kept.city == ""
    with db.read() as session:  # not the merge's: it stays
        assert session.get_one(Inquiry, late).contact_id == keep


def test_merging_is_refused_when_it_cannot_be_right(db: Database, katowice, twin) -> None:
    keep = katowice.contact.id
    school = organisations.create_organisation(db, {"name": "Gone", "side": "katowice"}).id
    contacts.update_contact(db, twin, {"organisation_id": school}, actor="anna")
    organisations.set_deleted(db, school, True, actor="anna")
    before = links_of(db)
    with pytest.raises(errors.UserError, match=f"Organisation #{school} is in the bin"):
        merging.merge_people(db, keep, twin, {"organisation_id": "other"}, actor="anna")
    with pytest.raises(errors.UserError, match="with itself"):
        merging.merge_people(db, keep, keep, actor="anna")
    with pytest.raises(errors.UserError, match="not a field"):
        merging.merge_people(db, keep, twin, {"shoe_size": "other"}, actor="anna")
    with pytest.raises(errors.UserError, match="choose keep or other"):
        merging.merge_people(db, keep, twin, {"email": "both"}, actor="anna")
    with pytest.raises(errors.NotFoundError):
        merging.merge_people(db, keep, 9999, actor="anna")
    stale = contacts.get_contact(db, twin).version
    contacts.update_contact(db, twin, {"city": "Gliwice"}, actor="anna")
    with pytest.raises(errors.ConflictError):
        merging.merge_people(db, keep, twin, actor="anna", other_version=stale)
    contacts.set_deleted(db, twin, True, actor="anna")
    with pytest.raises(errors.UserError, match="in the bin"):
        merging.merge_people(db, keep, twin, actor="anna")
    assert {k: v for k, v in links_of(db).items() if k != "timeline"} == {
        k: v for k, v in before.items() if k != "timeline"
    }
    assert merging.list_merges(db) == []


def test_undo_is_refused_after_the_backups_rotated(db: Database, katowice, twin) -> None:
    result = merging.merge_people(db, katowice.contact.id, twin, actor="anna")
    with db.write() as session:
        merge = session.get_one(Merge, result.merge_id)
        merge.at -= timedelta(days=7, minutes=1)
    with pytest.raises(errors.UserError, match=r"undone for 7 days.*backups\.keep_daily"):
        merging.undo_merge(db, result.merge_id, actor="anna")
    (row,) = merging.list_merges(db, kind="person")
    assert (row.undoable, row.refusal_code) == (False, "expired")
    assert merging.list_merges(db, kind="organisation") == []
    assert contacts.get_contact(db, twin).deleted_at is not None


def test_undo_is_refused_once_the_survivor_was_merged_again(db: Database, katowice, twin) -> None:
    keep = katowice.contact.id
    first = merging.merge_people(db, keep, twin, actor="anna")
    third = contacts.create_contact(
        db, {"first_name": "Ewa", "last_name": "Wiśniewska", "side": "katowice"}, actor="anna"
    )
    second = merging.merge_people(db, third.id, keep, actor="anna")
    with pytest.raises(errors.UserError, match=f"merge #{second.merge_id}\\): undo that"):
        merging.undo_merge(db, first.merge_id, actor="anna")
    merging.undo_merge(db, second.merge_id, actor="anna")
    merging.undo_merge(db, first.merge_id, actor="anna")
    assert person_counts(db, twin)["inquiries"] == 2
    contacts.set_deleted(db, keep, True, actor="anna")
    again = merging.merge_people(db, third.id, twin, actor="anna")
    with db.write() as session:
        merging_undo.forget_person(session, twin)
    with pytest.raises(errors.UserError, match="erased"):
        merging.undo_merge(db, again.merge_id, actor="anna")
    with pytest.raises(errors.NotFoundError):
        merging.undo_merge(db, 999, actor="anna")


# -- organisations ------------------------------------------------------------------------


@pytest.fixture
def twin_school(db: Database, katowice, saint_etienne) -> int:
    """The Conservatoire Massenet recorded twice: the twin has a person, an inquiry, a
    document, fields, is proposed with the original for one inquiry (and alone for another),
    named with it in one letter and alone in another, in one exchange with it and alone in
    another."""
    massenet = saint_etienne.organisation.id
    twin = organisations.create_organisation(db, {
        "name": "Conservatoire Massenet", "side": "saint_etienne", "city": "Saint-Etienne",
        "website": "https://massenet.example.fr", "fields": ["music", "film"],
        "tags": "choir, piano",
    }, actor="anna").id  # fmt: skip
    organisations.update_organisation(db, massenet, {"fields": ["music"], "tags": "jazz"})
    contacts.create_contact(db, {"last_name": "Martin", "side": "saint_etienne",
                                 "organisation_id": twin}, actor="anna")  # fmt: skip
    add_inquiry(db, "Visite", organisation_id=twin)
    both = add_inquiry(db, "Chór", contact_id=katowice.contact.id)
    alone = add_inquiry(db, "Orkiestra", contact_id=katowice.contact.id)
    pp.propose(db, both, [massenet], actor="anna")
    pp.propose(db, both, [twin], actor="anna", state="interested")
    pp.propose(db, alone, [twin], actor="anna")
    add_letter(db, both, [massenet, twin])
    add_letter(db, alone, [twin])
    for orgs in ([katowice.organisation.id, massenet, twin], [katowice.organisation.id, twin]):
        exchanges.create_exchange(db, {"title": "Wymiana", "organisation_ids": orgs},
                                  actor="anna")  # fmt: skip
    with db.write() as session:
        session.add(Document(organisation_id=twin, name="statuts.pdf", size=3, sha256="1" * 64,
                             content=b"pdf"))  # fmt: skip
    return twin


ORG_LINKS = {
    "contacts": Contact.organisation_id, "inquiries": Inquiry.organisation_id,
    "documents": Document.organisation_id, "partner_proposals": PartnerProposal.organisation_id,
    "proposal_partners": proposal_partners.c.organisation_id,
    "exchange_organisations": exchange_organisations.c.organisation_id,
    "organisation_fields": organisation_fields.c.organisation_id,
}  # fmt: skip


def org_counts(db: Database, organisation_id: int) -> dict[str, int]:
    with db.read() as session:
        return {
            name: int(session.scalar(select(func.count()).where(column == organisation_id)) or 0)
            for name, column in ORG_LINKS.items()
        }


def test_merging_organisations_keeps_every_link(db: Database, saint_etienne, twin_school) -> None:
    keep = saint_etienne.organisation.id
    mine, theirs = org_counts(db, keep), org_counts(db, twin_school)
    assert theirs == {"contacts": 1, "inquiries": 1, "documents": 1, "partner_proposals": 2,
                      "proposal_partners": 2, "exchange_organisations": 2,
                      "organisation_fields": 2}  # fmt: skip
    links = links_of(db)
    entries = {t[0] for t in links["timeline"]}
    record = record_of(db, Organisation, keep), record_of(db, Organisation, twin_school)
    result = merging.merge_organisations(db, keep, twin_school, actor="anna")
    after = org_counts(db, keep)
    for name in ("contacts", "inquiries", "documents"):
        assert after[name] == mine[name] + theirs[name], name
    # the doubles (both proposed for one inquiry, both in one letter and one exchange): one
    assert after["partner_proposals"] == mine["partner_proposals"] + 1
    assert after["proposal_partners"] == after["exchange_organisations"] == 2
    assert after["organisation_fields"] == 2  # music, film
    assert result.dropped == {"partner_proposals": 1, "proposal_partners": 1,
                              "exchange_organisations": 1}  # fmt: skip
    states = {p.state for p in pp.for_organisation(db, keep)}
    assert states == {"interested", "proposed"}  # the one changed last kept
    kept = organisations.get_organisation(db, keep)
    assert kept.tags == ("jazz", "choir", "piano") and kept.website.startswith("https://")
    assert org_counts(db, twin_school) == {**dict.fromkeys(ORG_LINKS, 0), "organisation_fields": 2}
    merging.undo_merge(db, result.merge_id, actor="anna")
    same_but_version(record_of(db, Organisation, keep), record[0])
    same_but_version(record_of(db, Organisation, twin_school), record[1])
    restored = without_new_entries(links_of(db), entries)
    # a dropped partner proposal comes back under its own id, as it was
    assert restored == links
    assert org_counts(db, twin_school) == theirs and org_counts(db, keep) == mine


def test_every_link_to_a_person_or_an_organisation_is_known() -> None:
    """A new table naming people or organisations must be taught to the merge."""
    found = {
        (table.name, fk.parent.name)
        for table in Base.metadata.tables.values()
        for fk in table.foreign_keys
        if fk.column.table.name in ("contacts", "organisations")
    }
    assert found == {
        ("inquiries", "contact_id"), ("timeline_entries", "contact_id"),
        ("consent_records", "contact_id"), ("contacts", "organisation_id"),
        ("inquiries", "organisation_id"), ("timeline_entries", "organisation_id"),
        ("documents", "organisation_id"), ("partner_proposals", "organisation_id"),
        ("proposal_partners", "organisation_id"), ("exchange_organisations", "organisation_id"),
        ("organisation_fields", "organisation_id"),
    }  # fmt: skip
