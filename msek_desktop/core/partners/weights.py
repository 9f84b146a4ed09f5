"""Every number of the partner ranking, in one place.

A suggested partner's score is the sum of what it earns (each rule's weight times how well
it fits, a fraction from 0 to 1) and what it loses (the penalties, negative weights), scaled
so that a partner earning everything scores 100; the score shown is clamped to 0-100, the
order keeps the unclamped sum (an inactive organisation stays listable, at the bottom).
tests/core/test_partner_ranking.py holds each rule to its sign and its effect.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from msek_desktop.core.vocab import OrganisationKind as K
from msek_desktop.core.vocab import Stage


@dataclass(frozen=True)
class Weights:
    """What each rule of the ranking is worth, and why.

    Earned (positive; together 100):
    - fields: the inquiry's fields of exchange the partner works in: the first reason
      anyone is proposed. Each counts by FIELD_BREADTH (education, youth... say whom more
      than what: half), all of them shared earn it all; an inquiry without fields is
      compared by its requester organisation's fields, which earn `fields_of_org` of it.
    - kinds: the kind of organisation asked for in the inquiry's words ("konserwatorium",
      "une entreprise"), else a kind that works with the requester's (KIND_FIT): a school
      asks for a school, a conservatory for a music school or a music academy. The same
      kind working in none of the inquiry's fields earns `kind_in_other_field` of it (a
      city council for a city council's music project is a weaker lead than an orchestra).
    - words: the inquiry's own words (subject, desired counterpart, message) found in what
      the partner offers and its tags (one each), or only in its descriptions (`in_description`
      each: the descriptions are written in the three languages, so they are where a French
      inquiry meets a Polish partner); `words_full` of them earn it all. What fields cannot
      say: jazz, choir, internship, materials science.
    - audiences: the partner works with whom the inquiry is about (words such as "élèves",
      "studenci"), or with the requester organisation's audiences (`audiences_of_org`).
    - language: the partner works in the language of the person who asked (their letters'
      language, then their own); a language only their organisation lists earns half.
    - exchanges: exchanges that went ahead with it (recorded ones, completed, running or
      planned, never cancelled; else an accepted proposal whose inquiry is agreed, running
      or completed: history.py), a completed one counting most (EXCHANGE_OUTCOME);
      `exchanges_full` completed ones earn it all. A partner that delivered is a safe bet.
    - spreading: not asked for a while (full after `spreading_months`) or never asked: a
      small nudge so the office does not always write to the same few.
    - capacity: it can host the group the inquiry speaks of ("30 élèves"); one too small
      loses as much.

    Lost (negative):
    - declined: it declined a proposal in the last `declined_months`, the more recent the
      more it counts (half, a year ago): asking again so soon may waste a letter; mild, as
      one refusal is about one request (no room that term), not about the partner.
    - unanswered: `unanswered_at_least` proposals left without answer (still proposed or
      contacted after `answer_wait_days`) in the last `unanswered_months`.
    - declined_here: it already declined this very inquiry.
    - inactive: marked inactive: as much as everything can earn; listed after every active
      one (ranking orders them last), never hidden.
    """

    fields: float = 28.0
    kinds: float = 20.0
    words: float = 24.0
    audiences: float = 8.0
    language: float = 6.0
    exchanges: float = 6.0
    spreading: float = 5.0
    capacity: float = 3.0
    declined: float = -10.0
    unanswered: float = -12.0
    declined_here: float = -40.0
    inactive: float = -100.0
    # fractions and counts the rules above use
    fields_of_org: float = 0.6
    kind_in_other_field: float = 0.5  # the same kind of body, but none of the fields
    kind_not_asked: float = 0.3  # the words ask for another kind: the requester's fit, scaled
    words_full: float = 3.0
    in_description: float = 0.75
    audiences_of_org: float = 0.6
    language_of_org: float = 0.5
    exchanges_full: float = 2.0
    spreading_months: int = 12
    declined_months: int = 12
    unanswered_months: int = 6
    unanswered_at_least: int = 2
    answer_wait_days: int = 42
    not_asked_shown: int = 3  # months: "not asked for N months" said from N on

    @property
    def earned(self) -> float:
        """What a partner earning everything gets: the score's 100."""
        return sum(float(getattr(self, name)) for name in EARNED)


EARNED = ("fields", "kinds", "words", "audiences", "language", "exchanges", "spreading",
           "capacity")  # fmt: skip
PENALTIES = ("declined", "unanswered", "declined_here", "inactive")

WEIGHTS = Weights()

# How much a shared field counts in `fields`: those that say whom (pupils, students, young
# people, public bodies) rather than what count half; any other field counts 1.
FIELD_BREADTH: Mapping[str, float] = MappingProxyType(
    {"education": 0.5, "higher_education": 0.5, "youth": 0.5, "institutions": 0.5}
)

# How much an exchange that went ahead counts, by the stage its inquiry reached (a recorded
# exchange: running or completed as its status, planned as agreed).
EXCHANGE_OUTCOME: Mapping[str, float] = MappingProxyType(
    {Stage.COMPLETED: 1.0, Stage.RUNNING: 0.8, Stage.AGREED: 0.6}
)

# How well two kinds of organisation work together (either way round), 0 to 1; a pair not
# listed does not fit. Some fit only when the partner shares a field (KIND_NEEDS_FIELD).
KIND_FIT: Mapping[frozenset[str], float] = MappingProxyType(
    {
        frozenset({K.SCHOOL}): 1.0,
        frozenset({K.MUSIC_SCHOOL}): 1.0,
        frozenset({K.UNIVERSITY}): 1.0,
        frozenset({K.CULTURAL}): 1.0,
        frozenset({K.COMPANY}): 1.0,
        frozenset({K.ASSOCIATION}): 1.0,
        frozenset({K.MUNICIPALITY}): 1.0,
        frozenset({K.OTHER}): 0.5,
        frozenset({K.MUSIC_SCHOOL, K.UNIVERSITY}): 0.8,
        frozenset({K.MUSIC_SCHOOL, K.CULTURAL}): 0.6,
        frozenset({K.MUSIC_SCHOOL, K.SCHOOL}): 0.3,
        frozenset({K.MUSIC_SCHOOL, K.ASSOCIATION}): 0.4,
        frozenset({K.SCHOOL, K.CULTURAL}): 0.4,
        frozenset({K.SCHOOL, K.ASSOCIATION}): 0.3,
        frozenset({K.SCHOOL, K.UNIVERSITY}): 0.3,
        frozenset({K.UNIVERSITY, K.CULTURAL}): 0.4,
        frozenset({K.UNIVERSITY, K.COMPANY}): 0.4,
        frozenset({K.CULTURAL, K.ASSOCIATION}): 0.6,
        frozenset({K.CULTURAL, K.MUNICIPALITY}): 0.3,
        frozenset({K.COMPANY, K.ASSOCIATION}): 0.6,
        frozenset({K.COMPANY, K.OTHER}): 0.5,
        frozenset({K.ASSOCIATION, K.MUNICIPALITY}): 0.4,
        frozenset({K.MUNICIPALITY, K.OTHER}): 0.4,
    }
)
# A music school and a university or a cultural institution fit as music's partners only.
KIND_NEEDS_FIELD: Mapping[frozenset[str], str] = MappingProxyType(
    {
        frozenset({K.MUSIC_SCHOOL, K.UNIVERSITY}): "music",
        frozenset({K.MUSIC_SCHOOL, K.CULTURAL}): "music",
    }
)
KIND_FIELDS = frozenset(KIND_NEEDS_FIELD.values())  # the only fields a kind's fit depends on
KIND_WITHOUT_FIELD = 0.25  # such a pair without the field: this much of its fit


def kind_fit(asker: str, partner: str, partner_fields: frozenset[str]) -> float:
    """How well a `partner` kind works with an `asker` kind (KIND_FIT, KIND_NEEDS_FIELD)."""
    pair = frozenset({asker, partner})
    fit = KIND_FIT.get(pair, 0.0)
    needed = KIND_NEEDS_FIELD.get(pair)
    if needed is not None and needed not in partner_fields:
        fit *= KIND_WITHOUT_FIELD
    return fit
