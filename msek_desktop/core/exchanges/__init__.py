"""Exchanges: what happened after an inquiry was agreed: who went where, when, how many
people, with what funding, and how it went.

rows: what the services give back; rules: the checks; reading: the list, one exchange, what
a new one starts from; editing: changes; following: the status and the inquiry's stage
following the dates.

Rules
- Values (create_exchange, update_exchange; field names as the values' keys): a title (at
  most 300 characters); kind, status, cancel_reason, funding sources and currencies from
  core.vocab (ExchangeKind, ExchangeStatus, CancelReason, FundingSource, Currency); a
  cancelled exchange needs its reason (any other status clears reason and note); ends_on not
  before starts_on, and each programme item's day between them when both are set;
  participants whole numbers from 0; at least one organisation, each existing and not
  deleted; fields known codes; the inquiry, when given, existing and not deleted. Every
  error comes at once (a Checker), nothing written.
- Amounts are exact (Decimal), at least 0, at most 2 decimals, optional. Written as staff
  write them: 1200, 1200.50, or the French and Polish way 1 200,50 (spaces, no-break spaces
  between thousands; one comma or one point as the decimal mark). "1,200.50" and
  "1.200,50" are refused, not guessed.
- An update changes the values given and keeps the others (a list given replaces the old
  one whole); it names the version it was made on (expected_version): a stale edit is a
  ConflictError, as for every record.
- Timeline: an entry of kind "exchange" on the exchange's inquiry when the exchange is made
  (old status empty) and whenever its status changes (old and new status), the exchange's
  title as its note; and when it is moved to the bin or restored (field "deleted" or
  "restored", old and new empty, the title as its note). Deleting or restoring it again, as
  it already is, writes nothing.
- Following the dates (while moves_stage is True, which staff untick to keep the status
  and the inquiry's stage as they set them): a planned exchange is running from its first
  day; a planned or running one is completed once its last day is past (without a last
  day, it is never completed by the dates). A cancelled one never moves, nor is a status
  moved back by the dates. The inquiry follows its exchange forward only: to Running when
  the exchange runs (from any open stage before Running), to Completed when it completes
  (to Running only, while another exchange of the same inquiry is planned or running), through
  core.inquiries' own stage move (its timeline entry, closed_on); a lost, completed or
  deleted inquiry is left as it is. This happens on create and update (`today`
  injectable) and in catch_up(db, today), which the window calls at start-up and at
  midnight.
- The list's search finds every word as the start of a word of the title or of an
  organisation's name, ignoring case and accents as core.search folds them (ł as l).
"""

from msek_desktop.core.exchanges.editing import create_exchange, set_deleted, update_exchange
from msek_desktop.core.exchanges.following import catch_up
from msek_desktop.core.exchanges.reading import get_exchange, list_exchanges, proposed_values
from msek_desktop.core.exchanges.rows import (
    ExchangeDetail,
    ExchangeRow,
    FundingRow,
    ItemRow,
    OrganisationBrief,
)
from msek_desktop.core.exchanges.rules import field_errors, read_amount

__all__ = [
    "ExchangeDetail",
    "ExchangeRow",
    "FundingRow",
    "ItemRow",
    "OrganisationBrief",
    "catch_up",
    "create_exchange",
    "field_errors",
    "get_exchange",
    "list_exchanges",
    "proposed_values",
    "read_amount",
    "set_deleted",
    "update_exchange",
]
