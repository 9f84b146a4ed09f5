"""Letter templates: shipped defaults copied at first use, placeholders checked by name."""

from __future__ import annotations

import pytest

from msek_desktop.core import errors, templates
from msek_desktop.core.db import Database


def test_defaults_are_copied_at_first_use(db: Database) -> None:
    rows = templates.list_templates(db)
    assert [r.language for r in rows] == ["en", "fr", "pl"]
    by_language = {r.language: r for r in rows}
    assert by_language["fr"].name == "Proposition de partenariat"
    assert by_language["pl"].name == "Propozycja partnerstwa"
    assert by_language["en"].name == "Partnership proposal"
    for row in rows:
        shipped = templates.default_template(row.language)
        assert (row.subject, row.body) == (shipped.subject, shipped.body)
        assert templates.problems(row.subject) == [] and templates.problems(row.body) == []
    assert len(templates.list_templates(db)) == 3  # not copied twice


def test_shipped_templates_use_only_known_placeholders() -> None:
    for language in ("fr", "pl", "en"):
        shipped = templates.default_template(language)
        assert "{partners}" in shipped.body and "{inquiry_subject}" in shipped.subject
        assert templates.problems(shipped.body) == []


def test_fill_replaces_placeholders_and_keeps_doubled_braces() -> None:
    values = dict.fromkeys(templates.PLACEHOLDERS, "?") | {"recipient_name": "Ewa Wiśniewska"}
    assert templates.fill("Dear {recipient_name} {{x}}", values) == "Dear Ewa Wiśniewska {x}"


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Bonjour {recipent_name},", "Unknown placeholder {recipent_name} in the template"),
        ("Bonjour {recipient_name,", "A lone { in the template"),
        ("Bonjour }", "A lone } in the template"),
        ("{0}", "Unknown placeholder {0}"),
        ("{recipient_name:>10}", "Unknown placeholder {recipient_name:>10}"),
    ],
)
def test_unknown_placeholder_is_an_error_naming_it(text: str, named: str) -> None:
    values = dict.fromkeys(templates.PLACEHOLDERS, "x")
    with pytest.raises(errors.UserError) as caught:
        templates.fill(text, values)
    assert named in str(caught.value)
    assert any(named in p for p in templates.problems(text))


def test_a_close_name_is_suggested() -> None:
    assert templates.problems("{recipent_name}") == [
        "Unknown placeholder {recipent_name} in the template (did you mean {recipient_name}?)"
    ]


def test_problems_come_as_data_for_the_window_to_word() -> None:
    found = templates.find_problems("{recipent_name} { {zzz} {recipent_name} {{ok}} {date}")
    assert found == [
        templates.PlaceholderProblem("unknown", "recipent_name", "recipient_name"),
        templates.PlaceholderProblem("lone", "{"),
        templates.PlaceholderProblem("unknown", "zzz", None),
    ]
    assert templates.suggestion("signer_mail") == "signer_email"
    assert templates.suggestion("zzz") is None


def test_placeholders_typed_after_the_draft_are_found_and_filled_alone() -> None:
    drafted = "Bonjour {recipient_name}, {{x}}"
    typed = "Bonjour {recipient_name}, {{x}} {inquiry_ref} {oops} { {inquiry_ref}"
    names = templates.typed_placeholders(typed, drafted)
    assert names == ["inquiry_ref", "oops"]
    values = {"recipient_name": "Ewa", "inquiry_ref": "2026-0012"}
    filled = templates.fill_only(typed, names, values)
    assert filled == "Bonjour {recipient_name}, {{x}} 2026-0012 {oops} { 2026-0012"
    assert templates.fill_typed(typed, drafted, values) == (filled, ["oops"])


def test_save_checks_placeholders_and_writes_nothing_when_wrong(db: Database) -> None:
    with pytest.raises(errors.ValidationError) as caught:
        templates.save_template(
            db,
            {"language": "fr", "name": "Relance", "subject": "Objet {inquiry_ref}",
             "body": "Madame {recipent_name}"},
        )  # fmt: skip
    assert "{recipent_name}" in caught.value.by_field()["body"]
    assert [r.name for r in templates.list_templates(db, "fr")] == ["Proposition de partenariat"]


def test_save_new_edit_and_conflict(db: Database) -> None:
    new = templates.save_template(
        db, {"language": "pl", "name": "Krótka", "subject": "Temat", "body": "Treść {date}"}
    )
    assert [r.name for r in templates.list_templates(db, "pl")][-1] == "Krótka"
    changed = templates.save_template(
        db, {"body": "Inna treść"}, template_id=new.id, expected_version=new.version
    )
    assert changed.body == "Inna treść" and changed.version == new.version + 1
    with pytest.raises(errors.ConflictError):
        templates.save_template(db, {"body": "x"}, template_id=new.id, expected_version=1)
    with pytest.raises(errors.ValidationError, match="already exists"):
        templates.save_template(
            db, {"language": "pl", "name": "Krótka", "subject": "a", "body": "b"}
        )


def test_template_for_a_language(db: Database) -> None:
    fr = templates.template_for(db, "fr")
    assert fr.language == "fr"
    with pytest.raises(errors.ValidationError, match="is for fr, not pl"):
        templates.template_for(db, "pl", fr.id)


def test_a_language_left_without_templates_gets_its_default_back(db: Database) -> None:
    (en,) = templates.list_templates(db, "en")
    templates.save_template(db, {"body": "Changed."}, template_id=en.id)
    templates.delete_template(db, en.id)
    (back,) = templates.list_templates(db, "en")
    assert back.id == en.id
    assert back.body == templates.default_template("en").body
