"""Partners proposed for an inquiry: the rules, both timelines, stale edits, letters moving
proposals forward, counts and an organisation's history."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select, update

from msek_desktop.core import changes, errors, inquiries, organisations
from msek_desktop.core import partner_proposals as pp
from msek_desktop.core.db import Database
from msek_desktop.core.models import Inquiry, PartnerProposal, Proposal, TimelineEntry
from msek_desktop.core.rows import InquiryRow, OrganisationRow, StaffRow
from tests.core.conftest import Party

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server


@pytest.fixture
def inquiry(db: Database, katowice: Party, anna: StaffRow) -> InquiryRow:
    """A Katowice inquiry (Ewa Wiśniewska, of the Łódź music school), at stage new."""
    return inquiries.create_inquiry(
        db, {"subject": "Wymiana uczniów", "contact_id": katowice.contact.id}, actor="anna"
    )


def org(db: Database, name: str, side: str, city: str = "") -> OrganisationRow:
    return organisations.create_organisation(
        db, {"name": name, "side": side, "city": city}, actor="anna"
    )


@pytest.fixture
def cite(db: Database, anna: StaffRow) -> OrganisationRow:
    return org(db, "Cité du design", "saint_etienne", "Saint-Étienne")


def partner_entries(db: Database, **target: int) -> list[tuple[str, str, str, str, str | None]]:
    with db.read() as session:
        return [
            (t.field, t.old_value, t.new_value, t.note, t.who)
            for t in changes.timeline(session, **target)
            if t.kind == "partner"
        ]


def field_of(exc: pytest.ExceptionInfo[errors.ValidationError]) -> list[tuple[str, str | None]]:
    return [(e.field, errors.code_of(e.message)) for e in exc.value.errors]


# --- proposing ----------------------------------------------------------------------------


def test_propose_records_each_partner_in_both_timelines(
    db: Database, inquiry: InquiryRow, saint_etienne: Party, cite: OrganisationRow
) -> None:
    massenet = saint_etienne.organisation
    made = pp.propose(db, inquiry.id, [massenet.id, cite.id, massenet.id], actor="anna")
    assert [(r.organisation_name, r.state, r.proposed_by) for r in made] == [
        ("Conservatoire Massenet", "proposed", "anna"),
        ("Cité du design", "proposed", "anna"),
    ]
    assert made[0].inquiry_ref == inquiry.ref and made[0].organisation_city == "Saint-Étienne"
    assert made[0].version == 1 and made[0].decline_reason is None
    assert [r.organisation_id for r in pp.for_inquiry(db, inquiry.id)] == [massenet.id, cite.id]
    assert partner_entries(db, inquiry_id=inquiry.id) == [
        ("state", "", "proposed", "", "anna"),
        ("state", "", "proposed", "", "anna"),
    ]
    assert partner_entries(db, organisation_id=cite.id) == [("state", "", "proposed", "", "anna")]
    with db.read() as session:
        entry = session.scalars(
            select(TimelineEntry).where(
                TimelineEntry.kind == "partner", TimelineEntry.organisation_id == cite.id
            )
        ).one()
        assert entry.inquiry_id == inquiry.id  # one entry, in both timelines


def test_proposing_moves_no_stage(db: Database, inquiry: InquiryRow, cite: OrganisationRow) -> None:
    pp.propose(db, inquiry.id, [cite.id], state="interested")
    assert inquiries.get_inquiry(db, inquiry.id).row.stage == "new"
    inquiries.move_stage(db, inquiry.id, "qualifying")
    pp.propose(db, inquiry.id, [cite.id], state="accepted")
    assert inquiries.get_inquiry(db, inquiry.id).row.stage == "qualifying"


def test_proposing_again_keeps_one_row_and_moves_only_when_asked(
    db: Database, inquiry: InquiryRow, cite: OrganisationRow
) -> None:
    (first,) = pp.propose(db, inquiry.id, [cite.id], state="contacted")
    (again,) = pp.propose(db, inquiry.id, [cite.id])  # no state given: it stays
    assert (again.id, again.state, again.version) == (first.id, "contacted", first.version)
    (same,) = pp.propose(db, inquiry.id, [cite.id], state="contacted")  # the same: no change
    assert (same.state, same.version) == ("contacted", first.version)
    (moved,) = pp.propose(db, inquiry.id, [cite.id], state="interested")
    assert (moved.id, moved.state, moved.version) == (first.id, "interested", first.version + 1)
    assert len(pp.for_inquiry(db, inquiry.id)) == 1
    assert [(o, n) for _f, o, n, _n, _w in partner_entries(db, inquiry_id=inquiry.id)] == [
        ("", "contacted"),
        ("contacted", "interested"),
    ]


def test_the_inquirys_own_organisation_is_refused(
    db: Database, inquiry: InquiryRow, katowice: Party, cite: OrganisationRow
) -> None:
    with pytest.raises(errors.ValidationError) as exc:
        pp.propose(db, inquiry.id, [cite.id, katowice.organisation.id])
    assert field_of(exc) == [("organisation_ids", "own_organisation")]
    assert "Zespół Szkół Muzycznych w Łodzi" in str(exc.value)
    assert pp.for_inquiry(db, inquiry.id) == []  # all or nothing: not even the Cité


def test_an_organisation_of_the_same_side_is_refused_by_name(
    db: Database, inquiry: InquiryRow, cite: OrganisationRow
) -> None:
    silesia = org(db, "Filharmonia Śląska", "katowice", "Katowice")
    elsewhere = org(db, "Conservatoire de Lyon", "other", "Lyon")
    for refused in (silesia, elsewhere):
        with pytest.raises(errors.ValidationError) as exc:
            pp.propose(db, inquiry.id, [cite.id, refused.id])
        assert field_of(exc) == [("organisation_ids", "same_side")]
        assert str(exc.value) == (
            f"organisation_ids: {refused.name} is not on the inquiry's other side: a partner is"
            " sought in Saint-Étienne"
        )
    assert pp.for_inquiry(db, inquiry.id) == []


def test_an_inquiry_from_elsewhere_takes_either_city(
    db: Database, cite: OrganisationRow, anna: StaffRow
) -> None:
    lyon = org(db, "Conservatoire de Lyon", "other", "Lyon")
    silesia = org(db, "Filharmonia Śląska", "katowice", "Katowice")
    other = org(db, "Musikschule Wien", "other", "Wien")
    row = inquiries.create_inquiry(db, {"subject": "Échange", "organisation_id": lyon.id})
    assert row.side == "other"
    made = pp.propose(db, row.id, [cite.id, silesia.id])
    assert [r.organisation_id for r in made] == [cite.id, silesia.id]
    with pytest.raises(errors.ValidationError) as exc:
        pp.propose(db, row.id, [other.id])
    assert "sought in Saint-Étienne or Katowice" in str(exc.value)


def test_missing_and_deleted_organisations_are_refused_by_id(
    db: Database, inquiry: InquiryRow, cite: OrganisationRow, count
) -> None:
    gone = org(db, "Le Fil", "saint_etienne")
    organisations.set_deleted(db, gone.id, True)
    with pytest.raises(errors.ValidationError) as exc:
        pp.propose(db, inquiry.id, [cite.id, 987654, gone.id])
    assert [e.message for e in exc.value.errors] == [
        "organisation 987654 does not exist",
        f"organisation {gone.id} does not exist",
    ]
    assert count(PartnerProposal) == 0
    with pytest.raises(errors.NotFoundError):
        pp.propose(db, 987654, [cite.id])


def test_states_and_decline_reasons_are_checked(
    db: Database, inquiry: InquiryRow, cite: OrganisationRow, count
) -> None:
    with pytest.raises(errors.ValidationError) as exc:
        pp.propose(db, inquiry.id, [cite.id], state="maybe")
    assert field_of(exc) == [("state", "unknown_code")]
    assert '"maybe" is not known' in str(exc.value)
    with pytest.raises(errors.ValidationError) as exc:
        pp.propose(db, inquiry.id, [cite.id], state="declined")
    assert field_of(exc) == [("decline_reason", "decline_reason")]
    with pytest.raises(errors.ValidationError) as exc:
        pp.propose(db, inquiry.id, [cite.id], state="declined", reason="bored")
    assert field_of(exc) == [("decline_reason", "unknown_code")]
    assert count(PartnerProposal) == 0
    (row,) = pp.propose(db, inquiry.id, [cite.id], state="declined", reason="timing")
    assert (row.state, row.decline_reason) == ("declined", "timing")


def test_set_state_declines_with_a_reason_and_other_states_clear_it(
    db: Database, inquiry: InquiryRow, cite: OrganisationRow
) -> None:
    (row,) = pp.propose(db, inquiry.id, [cite.id], actor="anna")
    with pytest.raises(errors.ValidationError) as exc:
        pp.set_state(db, row.id, "declined")
    assert field_of(exc) == [("decline_reason", "decline_reason")]
    declined = pp.set_state(
        db, row.id, "declined", reason="no_capacity", note="Pas cette année", actor="anna"
    )
    assert (declined.state, declined.decline_reason, declined.note) == (
        "declined", "no_capacity", "Pas cette année",
    )  # fmt: skip
    assert declined.version == row.version + 1 and declined.state_at >= row.state_at
    again = pp.set_state(db, row.id, "interested", reason="timing")
    assert (again.state, again.decline_reason) == ("interested", None)
    assert partner_entries(db, organisation_id=cite.id)[1:] == [
        ("state", "proposed", "declined", "no_capacity — Pas cette année", "anna"),
        ("state", "declined", "interested", "", None),
    ]
    assert partner_entries(db, inquiry_id=inquiry.id) == partner_entries(
        db, organisation_id=cite.id
    )


def test_a_stale_change_is_refused_and_nothing_is_written(
    db: Database, inquiry: InquiryRow, cite: OrganisationRow
) -> None:
    (row,) = pp.propose(db, inquiry.id, [cite.id])
    pp.set_state(db, row.id, "contacted", expected_version=row.version)
    for call in (
        lambda: pp.set_state(db, row.id, "accepted", expected_version=row.version),
        lambda: pp.withdraw(db, row.id, expected_version=row.version),
    ):
        with pytest.raises(errors.ConflictError, match="someone else"):
            call()
    (now,) = pp.for_inquiry(db, inquiry.id)
    assert (now.state, now.version) == ("contacted", row.version + 1)
    assert len(partner_entries(db, inquiry_id=inquiry.id)) == 2


def test_withdraw_removes_the_proposal_and_both_timelines_keep_it(
    db: Database, inquiry: InquiryRow, cite: OrganisationRow
) -> None:
    (row,) = pp.propose(db, inquiry.id, [cite.id], state="contacted", actor="anna")
    pp.withdraw(db, row.id, actor="anna")
    assert pp.for_inquiry(db, inquiry.id) == []
    expected = [
        ("state", "", "contacted", "", "anna"),
        ("state", "contacted", "", "withdrawn", "anna"),
    ]
    assert partner_entries(db, inquiry_id=inquiry.id) == expected
    assert partner_entries(db, organisation_id=cite.id) == expected
    with pytest.raises(errors.NotFoundError):
        pp.withdraw(db, row.id)
    (again,) = pp.propose(db, inquiry.id, [cite.id])  # it may be proposed afresh
    assert again.state == "proposed"


# --- letters ------------------------------------------------------------------------------


def test_a_letter_creates_missing_proposals_and_moves_them_forward_only(
    db: Database, inquiry: InquiryRow, saint_etienne: Party, cite: OrganisationRow, anna: StaffRow
) -> None:
    massenet = saint_etienne.organisation
    le_fil = org(db, "Le Fil", "saint_etienne")
    pp.propose(db, inquiry.id, [massenet.id], state="interested")
    pp.propose(db, inquiry.id, [le_fil.id], state="declined", reason="no_funding")
    with db.write() as session:
        pp.note_letter(session, inquiry.id, [massenet.id, cite.id, le_fil.id], "contacted", anna.id)
    states = {r.organisation_id: (r.state, r.proposed_by) for r in pp.for_inquiry(db, inquiry.id)}
    assert states == {
        massenet.id: ("interested", None),  # never moved back
        cite.id: ("contacted", "anna"),  # created
        le_fil.id: ("declined", None),  # declined stays declined
    }
    with db.write() as session:
        pp.note_letter(session, inquiry.id, [cite.id, massenet.id], "accepted", anna.id)
    states2 = {r.organisation_id: r.state for r in pp.for_inquiry(db, inquiry.id)}
    assert states2 == {massenet.id: "accepted", cite.id: "accepted", le_fil.id: "declined"}
    assert partner_entries(db, organisation_id=cite.id) == [
        ("state", "", "contacted", "letter", "anna"),
        ("state", "contacted", "accepted", "letter", "anna"),
    ]
    assert [e[1:3] for e in partner_entries(db, organisation_id=le_fil.id)] == [("", "declined")]


def test_a_letter_is_part_of_the_letters_transaction(
    db: Database, inquiry: InquiryRow, cite: OrganisationRow
) -> None:
    with pytest.raises(RuntimeError), db.write() as session:
        pp.note_letter(session, inquiry.id, [cite.id], "proposed", None)
        raise RuntimeError("the letter failed")
    assert pp.for_inquiry(db, inquiry.id) == []
    assert partner_entries(db, inquiry_id=inquiry.id) == []


# --- counts and history -------------------------------------------------------------------


def new_inquiry(db: Database, party: Party, subject: str, received: date) -> InquiryRow:
    return inquiries.create_inquiry(
        db, {"subject": subject, "contact_id": party.contact.id, "received_on": received}
    )


def test_counts(db: Database, katowice: Party, cite: OrganisationRow) -> None:
    rows = [new_inquiry(db, katowice, f"Projekt {n}", date(2026, 3, n + 1)) for n in range(4)]
    pp.propose(db, rows[0].id, [cite.id])
    pp.propose(db, rows[1].id, [cite.id], state="accepted")
    pp.propose(db, rows[2].id, [cite.id], state="declined", reason="timing")
    pp.propose(db, rows[3].id, [cite.id], state="contacted")
    assert pp.counts(db, cite.id) == pp.ProposalCounts(
        proposed=4, contacted=1, interested=0, accepted=1, declined=1
    )
    inquiries.set_deleted(db, rows[1].id, True)
    assert pp.counts(db, cite.id) == pp.ProposalCounts(proposed=3, contacted=1, declined=1)
    assert pp.counts(db, katowice.organisation.id) == pp.ProposalCounts()


def add_letter(db: Database, inquiry_id: int, kind: str, number: int, at: datetime, *partners: int):
    with db.write() as session:
        from msek_desktop.core.models import Organisation

        letter = Proposal(
            inquiry_id=inquiry_id, number=number, kind=kind, language="fr", rendered_text="…",
            pdf=b"%PDF-", sha256="0" * 64, created_at=at, updated_at=at,
        )  # fmt: skip
        letter.partners = [session.get_one(Organisation, p) for p in partners]
        session.add(letter)


def test_history_lists_inquiries_proposals_and_letters_newest_first(
    db: Database, katowice: Party, saint_etienne: Party, cite: OrganisationRow
) -> None:
    lodz = katowice.organisation
    # the Łódź school sent two inquiries: one through its person, one in its own name
    sent = new_inquiry(db, katowice, "Wymiana uczniów", date(2026, 1, 10))
    own = inquiries.create_inquiry(
        db, {"subject": "Koncert", "organisation_id": lodz.id, "received_on": date(2026, 2, 1)}
    )
    inquiries.move_stage(db, own.id, "lost", lost_reason="no_answer")
    deleted = new_inquiry(db, katowice, "Usunięte", date(2026, 2, 2))
    # and it was proposed for an inquiry from Saint-Étienne, which declined
    theirs = new_inquiry(db, saint_etienne, "Échange d'élèves", date(2026, 1, 20))
    (proposal,) = pp.propose(db, theirs.id, [lodz.id], state="declined", reason="timing")
    pp.propose(db, deleted.id, [cite.id])
    inquiries.set_deleted(db, deleted.id, True)
    with db.write() as session:
        session.execute(
            update(PartnerProposal)
            .where(PartnerProposal.id == proposal.id)
            .values(state_at=datetime(2026, 2, 15, 9, 0))
        )
    add_letter(db, sent.id, "acknowledgement", 1, datetime(2026, 1, 12, 10, 0))
    add_letter(db, sent.id, "proposal", 2, datetime(2026, 3, 1, 10, 0), cite.id)
    add_letter(db, theirs.id, "introduction", 1, datetime(2026, 2, 10, 16, 30), lodz.id)
    add_letter(db, theirs.id, "proposal", 2, datetime(2026, 2, 11, 8, 0), cite.id)  # not it
    add_letter(db, deleted.id, "proposal", 1, datetime(2026, 2, 3, 8, 0))  # deleted inquiry
    items = [(i.at, i.kind, i.ref, i.state, i.detail) for i in pp.history(db, lodz.id)]
    assert items == [
        (datetime(2026, 3, 1, 10, 0), "letter", sent.ref, "proposal", "2"),
        (datetime(2026, 2, 15, 9, 0), "proposal", theirs.ref, "declined", "timing"),
        (datetime(2026, 2, 10, 16, 30), "letter", theirs.ref, "introduction", "1"),
        (datetime(2026, 2, 1), "inquiry", own.ref, "lost", "no_answer"),
        (datetime(2026, 1, 12, 10, 0), "letter", sent.ref, "acknowledgement", "1"),
        (datetime(2026, 1, 10), "inquiry", sent.ref, "new", ""),
    ]
    cite_items = [(i.kind, i.ref, i.state) for i in pp.history(db, cite.id)]
    assert cite_items == [
        ("letter", sent.ref, "proposal"),
        ("letter", theirs.ref, "proposal"),
    ]
    assert [r.inquiry_id for r in pp.for_organisation(db, lodz.id)] == [theirs.id]
    assert pp.for_organisation(db, cite.id) == []  # its only proposal is of a deleted inquiry


def test_history_reads_with_a_few_queries(
    db: Database, katowice: Party, saint_etienne: Party
) -> None:
    from sqlalchemy import event

    lodz = katowice.organisation
    for n in range(12):
        row = new_inquiry(db, saint_etienne, f"Demande {n}", date(2026, 1, n + 1))
        pp.propose(db, row.id, [lodz.id])
        new_inquiry(db, katowice, f"Zapytanie {n}", date(2026, 2, n + 1))
        add_letter(db, row.id, "introduction", 1, datetime(2026, 3, n + 1), lodz.id)
    statements: list[str] = []

    def seen(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        items = pp.history(db, lodz.id)
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    assert len(items) == 36
    assert items == sorted(items, key=lambda i: i.at, reverse=True)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) <= 4, selects


def test_stages_shown_on_proposals_follow_the_inquiry(
    db: Database, inquiry: InquiryRow, cite: OrganisationRow
) -> None:
    pp.propose(db, inquiry.id, [cite.id])
    inquiries.move_stage(db, inquiry.id, "matching")
    (row,) = pp.for_organisation(db, cite.id)
    assert (row.inquiry_stage, row.inquiry_subject) == ("matching", "Wymiana uczniów")
    with db.read() as session:
        assert session.get_one(Inquiry, inquiry.id).stage == "matching"
    assert row.created_at <= row.state_at + timedelta(seconds=1)
