"""The calls, notes, emails and meetings staff log along an inquiry's way, for the demo.

Drawn from their own random.Random (made from the seed), so adding them leaves every other
demo row as it was. Each is logged a little before a stage step, never before the inquiry was
recorded, in the inquiry's language; a text's first line is its summary (core.activities).
"""

from __future__ import annotations

import random
from datetime import datetime

from msek_desktop.core.demo.common import DAYS, Entry, _at, _pick, _Weighted
from msek_desktop.core.vocab import Language, TimelineKind

_KIND = _Weighted(
    (TimelineKind.CALL, TimelineKind.NOTE, TimelineKind.EMAIL, TimelineKind.MEETING),
    (45, 25, 20, 10),
)

_TEXTS: dict[Language, dict[TimelineKind, tuple[str, ...]]] = {
    Language.FR: {
        TimelineKind.CALL: (
            "Appel : très intéressés, attendent nos propositions",
            "Appel : rappeler après les vacances scolaires",
            "Appel : pas joignable, message laissé",
            "Appel : ils confirment les dates envisagées\nPlutôt en mai, groupe de 20 élèves.",
            "Appel : le budget reste à valider par la direction",
        ),
        TimelineKind.NOTE: (
            "Voir aussi le festival de l’automne pour une première rencontre",
            "Contact recommandé par la Ville de Saint-Étienne",
            "Préfèrent échanger en anglais",
        ),
        TimelineKind.EMAIL: (
            "Envoyé le programme de la saison",
            "Envoyé la liste des partenaires possibles",
            "Réponse envoyée avec les coordonnées de la Maison",
        ),
        TimelineKind.MEETING: (
            "Rencontre à la Maison : présentation du projet",
            "Visioconférence avec la direction\nAccord de principe, à confirmer par écrit.",
        ),
    },
    Language.PL: {
        TimelineKind.CALL: (
            "Rozmowa: bardzo zainteresowani, czekają na propozycje",
            "Rozmowa: oddzwonić po feriach",
            "Nie odbierają, zostawiona wiadomość",
            "Rozmowa: potwierdzają terminy\nRaczej w maju, grupa 20 uczniów.",
            "Rozmowa: budżet musi zatwierdzić dyrekcja",
        ),
        TimelineKind.NOTE: (
            "Warto zaprosić na jesienny festiwal na pierwsze spotkanie",
            "Kontakt polecony przez Urząd Miasta Katowice",
            "Wolą korespondencję po angielsku",
        ),
        TimelineKind.EMAIL: (
            "Wysłano program sezonu",
            "Wysłano listę możliwych partnerów",
            "Odpowiedź z danymi kontaktowymi Domu",
        ),
        TimelineKind.MEETING: (
            "Spotkanie w Domu: prezentacja projektu",
            "Wideokonferencja z dyrekcją\nZgoda wstępna, do potwierdzenia na piśmie.",
        ),
    },
    Language.EN: {
        TimelineKind.CALL: (
            "Call: very interested, waiting for our proposals",
            "Call: no answer, left a message",
            "Call: they confirm the dates\nRather in May, a group of 20 pupils.",
        ),
        TimelineKind.NOTE: ("Prefer to write in English",),
        TimelineKind.EMAIL: ("Sent the season's programme",),
        TimelineKind.MEETING: ("Video call with the management: agreement in principle",),
    },
}


class _Activities:
    """Adds a few logged activities to an inquiry's timeline rows."""

    def __init__(self, seed: object) -> None:
        self.rng = random.Random(f"activities {seed}")

    def add(
        self,
        inquiry_id: int,
        actor: int | None,
        created_at: datetime,
        moments: list[datetime],
        lang: Language,
        rows: list[Entry],
    ) -> None:
        rng, texts = self.rng, _TEXTS[lang]
        random = rng.random
        for moment in moments:
            if random() >= 0.4:
                continue
            kind = _KIND(rng)
            # during office hours, the same day or up to three days before the step
            # (_ri(rng, 0, 3), then _ri(rng, 0, 540))
            at = _at(moment.date() - DAYS[int(random() * 4)], int(random() * 541))
            if not created_at < at < moment:
                continue
            text = _pick(rng, texts[kind])
            rows.append((str(kind), actor, at, inquiry_id, None, "", "", text, ""))
