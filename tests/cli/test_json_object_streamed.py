"""An object written a list item at a time (cli.output.write_json_object, `msek retention
--json`): the same bytes as the object encoded at once, each item encoded on its own."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from msek_desktop.cli import output
from msek_desktop.cli.output import to_json, write_json_object


@pytest.mark.parametrize(
    "value",
    [
        {},
        {"a": []},
        {"a": {}},
        {"a": 1, "b": [1, 2], "c": {"d": [3, {"e": "x\ny"}]}},
        {"years": 5, "before": date(2021, 12, 5), "inquiries": [{"id": 1, "p": None}, {}],
         "people": [], "counts": {"inquiries": 2, "people": 0}},
        {"é\u202e": ["\u202e\x85", [], [[1]], {"k": []}], "z": None},
    ],
    ids=str,
)  # fmt: skip
def test_the_object_as_encoded_at_once(
    value: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    write_json_object(value)
    out = capsys.readouterr().out
    assert out == to_json(value) + "\n"
    json.loads(out)


def test_each_item_is_encoded_on_its_own(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    encoded: list[Any] = []
    whole = output.to_json

    def encoding(value: Any) -> str:
        encoded.append(value)
        return whole(value)

    monkeypatch.setattr(output, "to_json", encoding)
    items = [{"id": n} for n in range(50)]
    write_json_object({"years": 5, "inquiries": items})
    assert capsys.readouterr().out == whole({"years": 5, "inquiries": items}) + "\n"
    assert not any(isinstance(v, dict) and "inquiries" in v for v in encoded)
    assert sum(1 for v in encoded if v in items) == 50
