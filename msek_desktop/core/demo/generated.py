"""Matching profiles for the demo's generated organisations, from their kind, fields and city.

What they offer and seek and their tags are in their own language; their description always
in their own language, often in English, sometimes in the third language too: so on a fresh
demo some letters find a partner's description missing in theirs.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace

from msek_desktop.core.demo.common import _FR, _PL, K, _ri
from msek_desktop.core.demo.data import _City
from msek_desktop.core.demo.french import french
from msek_desktop.core.demo.profiles import _Profile
from msek_desktop.core.vocab import Language


@dataclass(frozen=True)
class _KindText:
    offers: tuple[str, str]  # French, Polish (the organisation's own language)
    seeks: tuple[str, str]
    tags: tuple[str, str]
    audiences: str
    capacity: tuple[int, int] | None
    description: tuple[str, str, str]  # French, Polish, English; {at} is where it is


# fmt: off
_KINDS: dict[str, _KindText] = {
    K.SCHOOL: _KindText(
        ("Correspondance entre classes, accueil d'un groupe d'élèves, projets eTwinning.",
         "Korespondencja między klasami, przyjęcie grupy uczniów, projekty eTwinning."),
        ("Une école partenaire pour un échange d'élèves.",
         "Szkoły partnerskiej do wymiany uczniów."),
        ("école, échange scolaire, eTwinning", "szkoła, wymiana uczniów, eTwinning"),
        "children teenagers", (20, 35),
        ("Établissement scolaire {at}, ouvert aux échanges de classes et aux projets "
         "européens.",
         "Szkoła {at}, otwarta na wymiany klas i projekty europejskie.",
         "A school {at}, open to class exchanges and European projects.")),
    K.MUSIC_SCHOOL: _KindText(
        ("Concerts d'élèves, accueil de professeurs invités, classes d'instruments.",
         "Koncerty uczniów, przyjmowanie nauczycieli z zewnątrz, klasy instrumentalne."),
        ("Une école de musique partenaire pour des échanges d'élèves.",
         "Szkoły muzycznej do wymiany uczniów i wspólnych koncertów."),
        ("école de musique, concerts, instruments", "szkoła muzyczna, koncerty, instrumenty"),
        "children teenagers", (15, 40),
        ("École de musique {at}, qui organise des concerts d'élèves et accueille volontiers "
         "des professeurs invités.",
         "Szkoła muzyczna {at}, organizująca koncerty uczniów i chętnie goszcząca "
         "nauczycieli z zewnątrz.",
         "A music school {at} that puts on pupils' concerts and welcomes visiting "
         "teachers.")),
    K.UNIVERSITY: _KindText(
        ("Échanges d'étudiants et d'enseignants, stages, projets de recherche.",
         "Wymiana studentów i wykładowców, praktyki, projekty badawcze."),
        ("Des universités partenaires pour des accords Erasmus+.",
         "Uczelni partnerskich do umów Erasmus+."),
        ("enseignement supérieur, Erasmus, stages", "uczelnia, Erasmus, praktyki"),
        "students professionals", (10, 40),
        ("Établissement d'enseignement supérieur {at}, qui accueille des étudiants et des "
         "enseignants en échange.",
         "Uczelnia {at}, przyjmująca studentów i wykładowców w ramach wymian.",
         "A higher education institution {at} hosting exchange students and staff.")),
    K.CULTURAL: _KindText(
        ("Accueil d'artistes, expositions, spectacles et rencontres.",
         "Goszczenie artystów, wystawy, wydarzenia i spotkania."),
        ("Des lieux culturels pour des échanges d'artistes et de programmes.",
         "Instytucji kultury do wymiany artystów i programów."),
        ("culture, spectacles, expositions", "kultura, wydarzenia, wystawy"),
        "adults children", (80, 400),
        ("Lieu culturel {at} qui programme des spectacles, des expositions et des "
         "rencontres.",
         "Instytucja kultury {at}, organizująca wydarzenia, wystawy i spotkania.",
         "A cultural venue {at} putting on events, exhibitions and talks.")),
    K.COMPANY: _KindText(
        ("Savoir-faire, stages, rencontres professionnelles.",
         "Doświadczenie branżowe, staże, spotkania biznesowe."),
        ("Des partenaires commerciaux et des sous-traitants.",
         "Partnerów handlowych i podwykonawców."),
        ("entreprise, export, stages", "firma, eksport, staże"),
        "professionals", (2, 10),
        ("Entreprise {at} intéressée par des partenaires et des clients à l'étranger.",
         "Firma {at} zainteresowana partnerami i klientami za granicą.",
         "A company {at} looking for partners and customers abroad.")),
    K.ASSOCIATION: _KindText(
        ("Rencontres, échanges de bénévoles, projets de jeunes.",
         "Spotkania, wymiana wolontariuszy, projekty młodzieżowe."),
        ("Des associations partenaires pour des projets communs.",
         "Organizacji partnerskich do wspólnych projektów."),
        ("association, bénévoles, échanges", "stowarzyszenie, wolontariusze, wymiany"),
        "adults teenagers", (10, 30),
        ("Association {at} animée par des bénévoles, qui mène des projets avec des "
         "partenaires européens.",
         "Stowarzyszenie {at} prowadzone przez wolontariuszy, realizujące projekty "
         "z partnerami z Europy.",
         "A volunteer-run association {at} working on projects with European partners.")),
    K.MUNICIPALITY: _KindText(
        ("Accueil de délégations, visites d'étude.",
         "Przyjmowanie delegacji, wizyty studyjne."),
        ("Des villes partenaires pour échanger sur les politiques locales.",
         "Miast partnerskich do wymiany doświadczeń samorządowych."),
        ("commune, jumelage, délégations", "samorząd, miasta partnerskie, delegacje"),
        "professionals", (10, 25),
        ("Ville qui reçoit des délégations et échange ses pratiques avec d'autres "
         "collectivités européennes.",
         "Samorząd przyjmujący delegacje i wymieniający doświadczenia z innymi miastami "
         "w Europie.",
         "A local authority that welcomes delegations and shares practice with other "
         "European towns.")),
}

# a field as a tag, and as the end of the description's second sentence
_FIELD_WORDS: dict[str, tuple[str, str, str, str, str]] = {
    # code: tag fr, tag pl, French (after "portent sur"), Polish genitive, English
    "crafts": ("artisanat", "rzemiosło", "l'artisanat", "rzemiosła", "crafts"),
    "design": ("design", "design", "le design", "designu", "design"),
    "film": ("cinéma", "film", "le cinéma", "filmu", "film"),
    "gastronomy": ("gastronomie", "gastronomia", "la gastronomie", "gastronomii",
                   "gastronomy"),
    "literature": ("littérature", "literatura", "la littérature", "literatury",
                   "literature"),
    "music": ("musique", "muzyka", "la musique", "muzyki", "music"),
    "media_arts": ("arts numériques", "sztuka mediów", "les arts numériques",
                   "sztuki mediów", "media arts"),
    "education": ("éducation", "edukacja", "l'éducation", "edukacji", "education"),
    "higher_education": ("enseignement supérieur", "szkolnictwo wyższe",
                         "l'enseignement supérieur", "szkolnictwa wyższego",
                         "higher education"),
    "economy": ("économie", "gospodarka", "l'économie", "gospodarki", "business"),
    "institutions": ("collectivités", "samorząd", "la coopération entre collectivités",
                     "spraw samorządowych", "municipal cooperation"),
    "youth": ("jeunesse", "młodzież", "la jeunesse", "młodzieży", "youth"),
    "sport": ("sport", "sport", "le sport", "sportu", "sport"),
    "tourism": ("tourisme", "turystyka", "le tourisme", "turystyki", "tourism"),
    "social_health": ("action sociale", "pomoc społeczna", "l'action sociale et la santé",
                      "spraw społecznych i zdrowia", "social care and health"),
}
# fmt: on


def _kind_in_french(text: _KindText) -> _KindText:
    return replace(
        text,
        offers=(french(text.offers[0]), text.offers[1]),
        seeks=(french(text.seeks[0]), text.seeks[1]),
        tags=(french(text.tags[0]), text.tags[1]),
        description=(french(text.description[0]), *text.description[1:3]),
    )


_KINDS = {kind: _kind_in_french(text) for kind, text in _KINDS.items()}
_FIELD_WORDS = {
    code: (french(tag), pl, french(about), genitive, en)
    for code, (tag, pl, about, genitive, en) in _FIELD_WORDS.items()
}


def _joined(words: list[str], last: str) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} {last} {words[-1]}"


def generated_profile(
    rng: random.Random, kind: str, fields: tuple[str, ...], city: _City
) -> _Profile:
    """A plausible profile for a generated organisation (drawn from `rng`)."""
    text = _KINDS.get(kind, _KINDS[K.ASSOCIATION])
    own = 0 if city.lang is _FR else 1
    tags = [
        *text.tags[own].split(", "),
        *(_FIELD_WORDS[f][own] for f in fields if f in _FIELD_WORDS),
    ]
    if city.lang is _FR:
        languages = ["fr"] + (["en"] if rng.random() < 0.6 else [])
    else:
        languages = ["pl"] + (["en"] if rng.random() < 0.65 else [])
        languages += (["de"] if rng.random() < 0.1 else []) + (["fr"] if rng.random() < 0.1 else [])
    capacity = _ri(rng, *text.capacity) if text.capacity and rng.random() < 0.8 else None
    words = [_FIELD_WORDS[f] for f in fields if f in _FIELD_WORDS]
    where = {
        Language.FR: city.at if city.lang is _FR else f"à {city.name}",
        Language.PL: city.at if city.lang is _PL else f"w {city.name}",
        Language.EN: f"in {city.name}",
    }
    about = (
        f" Ses projets internationaux portent surtout sur {_joined([w[2] for w in words], 'et')}.",
        f" Współpraca zagraniczna dotyczy głównie {_joined([w[3] for w in words], 'i')}.",
        f" Its international projects are mostly about {_joined([w[4] for w in words], 'and')}.",
    ) if words else ("", "", "")  # fmt: skip
    described = [
        text.description[i].format(at=where[lang]) + about[i]
        for i, lang in enumerate((Language.FR, Language.PL, Language.EN))
    ]
    has = {city.lang, *((Language.EN,) if rng.random() < 0.7 else ())}
    if rng.random() < 0.3:
        has.add(Language.PL if city.lang is _FR else Language.FR)
    fr, pl, en = (d if lang in has else "" for d, lang in zip(described, Language, strict=True))
    return _Profile(
        offers=text.offers[own], seeks=text.seeks[own], tags=", ".join(dict.fromkeys(tags)),
        audiences=text.audiences, languages=" ".join(languages), capacity=capacity,
        fr=fr, pl=pl, en=en, active=rng.random() > 0.04,
    )  # fmt: skip
