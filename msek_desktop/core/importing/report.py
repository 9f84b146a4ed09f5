"""What an import found: the rows, matches, possible matches and errors."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from msek_desktop.core import errors
from msek_desktop.core.identity import REASONS
from msek_desktop.core.matching import MatchFound, PossibleMatch


@dataclass(frozen=True)
class RowError:
    line: int
    field: str
    message: str


def _reason(code: str) -> str:
    return REASONS.get(code, code)


@dataclass
class ImportReport:
    rows: int = 0
    created: dict[str, int] = field(
        default_factory=lambda: {"inquiries": 0, "contacts": 0, "organisations": 0}
    )
    matches: list[MatchFound] = field(default_factory=list)
    possible: list[PossibleMatch] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    encoding: str | None = None
    delimiter: str | None = None
    dry_run: bool = True
    written: bool = False
    # organisations already recorded that get profile values they lacked (never overwritten)
    profiles_filled: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def matched(self) -> dict[str, int]:
        return {
            "contacts": len({m.id for m in self.matches if m.kind == "contact"}),
            "organisations": len({m.id for m in self.matches if m.kind == "organisation"}),
        }

    def possible_rows(self) -> list[tuple[int, str]]:
        """(line, kind) of the rows with possible matches, in order, each once."""
        return list(dict.fromkeys((p.line, p.kind) for p in self.possible))

    def to_json(self) -> dict[str, Any]:
        return {
            "created": dict(self.created),
            "matched": {
                **self.matched,
                "rows": [
                    {
                        "line": m.line, "kind": m.kind, "id": m.id, "name": m.name,
                        "email": m.email, "by": m.by, "reason": _reason(m.reason),
                        "score": round(m.score, 1),
                    }
                    for m in self.matches
                ],
            },
            "possible": [
                {
                    "line": p.line, "kind": p.kind, "given": p.given, "id": p.id,
                    "name": p.name, "email": p.email, "reason": _reason(p.reason),
                    "score": round(p.score, 1),
                }
                for p in self.possible
            ],
            "errors": [
                {"line": e.line, "field": e.field, "message": e.message} for e in self.errors
            ],
            "rows": self.rows,
            "ignored_columns": list(self.ignored_columns),
            "profiles_filled": self.profiles_filled,
            "dry_run": self.dry_run,
            "written": self.written,
        }  # fmt: skip

    def summary(self) -> str:
        c = self.created
        m = self.matched
        text = (
            f"{c['inquiries']} inquiries, {c['contacts']} new people, "
            f"{c['organisations']} new organisations; matched {m['contacts']} people and "
            f"{m['organisations']} organisations already recorded"
        )
        if self.profiles_filled:
            text += (
                f"; {self.profiles_filled} organisations already recorded given the profile"
                " values they lacked"
            )
        rows = len(self.possible_rows())
        if rows:
            text += (
                f"; {rows} possible matches not linked (new records instead; see them with"
                " --dry-run --json, or confirm them in the import window)"
            )
        return text


class ImportRejected(errors.UserError):
    """Some rows are invalid: nothing was written. `report` lists every problem."""

    def __init__(self, report: ImportReport) -> None:
        self.report = report
        first = report.errors[0]
        more = f" (and {len(report.errors) - 1} more)" if len(report.errors) > 1 else ""
        super().__init__(
            f"Nothing was imported: line {first.line}, {first.field}: {first.message}{more}."
        )
