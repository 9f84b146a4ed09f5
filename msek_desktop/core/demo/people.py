"""Demo organisations and the people who write for them: names, addresses, phones, e-mails."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from msek_desktop.core.demo.common import SPAN_DAYS, K, _at, _Ids, _pick, _ri, _Weighted
from msek_desktop.core.demo.data import (
    _ALSO_KNOWN_AS,
    _CITIES,
    _CITY,
    _FR_ASSOCIATIONS,
    _FR_COMPANIES,
    _FR_LAST,
    _FR_PATRONS,
    _FR_STREETS,
    _GENERATED_KINDS,
    _KIND_FIELDS,
    _KNOWN_ORGS,
    _NOTES,
    _PL_ASSOCIATIONS,
    _PL_COMPANIES,
    _PL_GALLERIES,
    _PL_LAST,
    _PL_MOBILE,
    _PL_PATRONS,
    _PL_STREETS,
    _PL_TOWN_HALLS,
    _PRIVATE_MAIL,
    _ROMAN,
    _City,
)
from msek_desktop.core.demo.french import french
from msek_desktop.core.demo.generated import generated_profile
from msek_desktop.core.demo.names import email_part, person_name, position, slug, sort_of
from msek_desktop.core.demo.profiles import PROFILES, _Profile
from msek_desktop.core.vocab import (
    Audience,
    Honorific,
    Language,
    Side,
)
from msek_desktop.core.writer import Writer

_SOME_CITY = _Weighted(
    [c for c in _CITIES if c.weight > 0], [c.weight for c in _CITIES if c.weight > 0]
)


def _postal(rng: random.Random, city: _City) -> str:
    lo, hi = _pick(rng, city.postal)
    code = _ri(rng, lo, hi)
    if city.country == "PL":
        return f"{code // 1000:02d}-{code % 1000:03d}"
    if city.country == "CZ":
        return f"{code // 100:03d} {code % 100:02d}"
    if city.country == "BE":
        return f"{code:04d}"
    return f"{code:05d}"


def _digits(rng: random.Random, n: int) -> str:
    return "".join(_pick(rng, "0123456789") for _ in range(n))


def _landline(rng: random.Random, city: _City) -> str:
    """A fixed-line number in the international format phonenumbers writes."""
    prefix = _pick(rng, city.landline)
    d = _digits(rng, 8)
    if city.country == "FR":
        return f"+33 {prefix} {d[0:2]} {d[2:4]} {d[4:6]}"
    if city.country == "PL":
        return f"+48 {prefix} {_ri(rng, 2, 8)}{d[0:2]} {d[2:4]} {d[4:6]}"
    if city.country == "CZ":
        return f"+420 {prefix} {d[0:3]} {d[3:6]}"
    return f"+32 {prefix} {_ri(rng, 2, 7)}{d[0:2]} {d[2:4]} {d[4:6]}"


def _mobile(rng: random.Random, country: str) -> str:
    d = _digits(rng, 8)
    if country == "FR":
        # 069x, 0639 belong to overseas France; 070 to 072 are not mobile numbers
        lead = f"6 {_pick(rng, '01245678')}" if rng.random() < 0.7 else f"7 {_pick(rng, '3456789')}"
        return f"+33 {lead}{d[1]} {d[2:4]} {d[4:6]} {d[6:8]}"
    if country == "PL":
        return f"+48 {_pick(rng, _PL_MOBILE)}{d[0]} {d[1:4]} {d[4:7]}"
    if country == "CZ":
        lead = _pick(rng, ("601", "602", "603", "604", "605", "606", "607", "608", "72", "73"))
        nine = f"{lead}{d}"[:9]
        return f"+420 {nine[0:3]} {nine[3:6]} {nine[6:9]}"
    return f"+32 {_pick(rng, ('470', '475', '485', '496'))} {d[0:2]} {d[2:4]} {d[4:6]}"


def _address(rng: random.Random, city: _City) -> str:
    if city.country == "PL":
        number = str(_ri(rng, 1, 120))
        if rng.random() < 0.15:
            number += f"/{_ri(rng, 1, 12)}"
        return f"{_pick(rng, _PL_STREETS)} {number}"
    if city.country == "FR":
        number = str(_ri(rng, 1, 80))
        if rng.random() < 0.07:
            number += " bis"
        return f"{number} {_pick(rng, _FR_STREETS)}"
    if city.country == "CZ":
        return f"Nádražní {_ri(rng, 1, 200)}"
    return f"Rue de la Loi {_ri(rng, 1, 200)}"


@dataclass
class _Org:
    name: str
    kind: str
    city: _City
    address: str
    postal_code: str
    website: str
    email: str
    phone: str
    fields: tuple[str, ...]
    profile: _Profile
    domain: str  # for the e-mail addresses of the people working there
    weight: float = 1.0
    sort: str = ""  # what it is, finer than its kind (names.sort_of)
    id: int = 0


def _pl_org(rng: random.Random, city: _City, kind: str, n: int) -> tuple[str, str, str, str]:
    """(name, people's mail domain, web site domain, e-mail) of a Polish organisation."""
    if kind == K.SCHOOL:
        name, label = _pick(rng, (
            (f"Szkoła Podstawowa nr {n} im. {_pick(rng, _PL_PATRONS)} {city.at}", f"sp{n}"),
            (f"{_ROMAN[n % 12]} Liceum Ogólnokształcące im. {_pick(rng, _PL_PATRONS)} "
             f"{city.at}", f"lo{n % 12 + 1}"),
            (f"Zespół Szkół Technicznych nr {n % 6 + 1} {city.at}", f"zst{n % 6 + 1}"),
        ))  # fmt: skip
        domain = f"{label}.{city.slug}.pl"
    elif kind == K.MUSIC_SCHOOL:
        name = f"Państwowa Szkoła Muzyczna I st. nr {n % 3 + 1} {city.at}"
        domain = f"psm{n % 3 + 1}.{city.slug}.pl"
    elif kind == K.UNIVERSITY:
        name = f"Wyższa Szkoła {_pick(rng, ('Techniczna', 'Humanitas', 'Biznesu'))} {city.at}"
        domain = f"ws{slug(name.split()[2])}.{city.slug}.pl"
    elif kind == K.CULTURAL:
        name, label = _pick(rng, (
            (f"Miejski Dom Kultury nr {n % 4 + 1} {city.at}", f"mdk{n % 4 + 1}"),
            (f"Miejska Biblioteka Publiczna – Filia nr {n % 12 + 1} {city.at}",
             f"mbp{n % 12 + 1}"),
            (f"Galeria „{_pick(rng, _PL_GALLERIES)}” {city.at}", "galeria"),
        ))  # fmt: skip
        domain = f"{label}.{city.slug}.pl"
    elif kind == K.COMPANY:
        last = _pick(rng, _PL_LAST)
        name = _pick(rng, _PL_COMPANIES).format(last=last)
        domain = f"{slug(last)}.com.pl"
    elif kind == K.ASSOCIATION:
        name = f"{_pick(rng, _PL_ASSOCIATIONS)} {city.at}"
        domain = f"{slug(name.split()[1])}-{city.slug}.org.pl"
    else:
        name = _PL_TOWN_HALLS.get(city.name, f"Urząd Miasta {city.of}")
        domain = f"um.{city.slug}.pl"
    email = f"{_pick(rng, ('sekretariat', 'biuro', 'kontakt'))}@{domain}"
    return name, domain, domain, email


def _fr_org(rng: random.Random, city: _City, kind: str) -> tuple[str, str, str, str]:
    """(name, people's mail domain, web site domain, e-mail) of a French organisation."""
    patron = _pick(rng, _FR_PATRONS)
    if kind == K.SCHOOL:
        prefix = _pick(rng, ("Collège", "Collège", "Lycée", "École élémentaire"))
        region = "iledefrance" if city.academy == "ac-paris.fr" else "auvergnerhonealpes"
        # Schools write from their official address, named after their UAI code.
        uai = f"0{city.dept[1:]}{_ri(rng, 1000, 9999)}{_pick(rng, 'ABCDEFGH')}"
        return (
            f"{prefix} {patron} {city.of}",
            city.academy,
            f"{slug(patron)}-{city.slug}.ent.{region}.fr",
            f"ce.{uai}@{city.academy}",
        )
    if kind == K.MUSIC_SCHOOL:
        name = _pick(
            rng, (f"École de musique {city.of}", f"Conservatoire à rayonnement communal {city.of}")
        )
        domain = f"ville-{city.slug}.fr"
    elif kind == K.UNIVERSITY:
        name = f"Institut de formation en soins infirmiers {city.of}"
        domain = f"ifsi-{city.slug}.fr"
    elif kind == K.CULTURAL:
        name = _pick(
            rng,
            (
                f"Médiathèque {patron} {city.of}",
                f"Théâtre municipal {city.of}",
                f"Centre culturel {patron} {city.of}",
            ),
        )
        domain = f"ville-{city.slug}.fr"
    elif kind == K.COMPANY:
        last = _pick(rng, _FR_LAST)
        name = _pick(rng, _FR_COMPANIES).format(last=last)
        domain = f"{slug(last)}-{city.slug}.fr"
    elif kind == K.ASSOCIATION:
        name = _pick(rng, _FR_ASSOCIATIONS).format(of=city.of)
        domain = f"{slug(name.split()[0])}-{city.slug}.fr"
    else:
        name = f"Mairie {city.of}"
        domain = f"ville-{city.slug}.fr"
    email = f"{_pick(rng, ('contact', 'accueil', 'info'))}@{domain}"
    return name, domain, domain, email


_GENERATED_KIND = _Weighted(_GENERATED_KINDS, (30, 12, 2, 16, 18, 16, 6))


def _generated_org(rng: random.Random, prng: random.Random, city: _City, used: set[str]) -> _Org:
    for _ in range(10):
        kind = _GENERATED_KIND(rng)
        if city.country == "PL":
            name, domain, site, email = _pl_org(rng, city, kind, _ri(rng, 1, 48))
        else:
            name, domain, site, email = _fr_org(rng, city, kind)
        if name not in used:
            break
    else:
        # Ten draws gave names already taken: tell this one apart as directories do.
        k = 2
        while f"{name} ({k})" in used:
            k += 1
        name = f"{name} ({k})"
    used.add(name)
    fields = _KIND_FIELDS[kind]
    chosen = tuple(rng.sample(fields, _ri(rng, 1, min(3, len(fields)))))
    return _Org(
        name=name,
        kind=kind,
        city=city,
        address=_address(rng, city),
        postal_code=_postal(rng, city),
        website=f"https://www.{site}" if rng.random() < 0.85 else "",
        email=email,
        phone=_landline(rng, city),
        fields=chosen,
        profile=generated_profile(prng, kind, chosen, city),
        domain=domain,
        sort=sort_of(name, kind),
    )


def _organisations(rng: random.Random, count: int, prng: random.Random) -> list[_Org]:
    """The known organisations, then generated ones up to `count` (profiles drawn from prng)."""
    orgs: list[_Org] = []
    used: set[str] = set(_ALSO_KNOWN_AS)
    for name, kind, city_name, address, postal, domain, fields, _description in _KNOWN_ORGS:
        city = _CITY[city_name]
        used.add(name)
        orgs.append(
            _Org(name, kind, city, french(address) if city.lang is Language.FR else address,
                 postal, f"https://www.{domain}",
                 f"{'kontakt' if city.country == 'PL' else 'contact'}@{domain}",
                 _landline(rng, city), tuple(fields.split()), PROFILES[name], domain, 4.0,
                 sort_of(name, kind))
        )  # fmt: skip
    for _ in range(count - len(orgs)):
        orgs.append(_generated_org(rng, prng, _SOME_CITY(rng), used))
    return orgs


@dataclass
class _Person:
    first: str
    last: str
    female: bool
    lang: Language
    side: Side
    city: _City
    org: _Org | None
    position: str
    id: int = 0
    first_seen: date | None = None


def _people(rng: random.Random, orgs: Sequence[_Org], count: int) -> list[_Person]:
    people: list[_Person] = []
    named: set[tuple[str, str]] = set()
    some_org = _Weighted(orgs, [o.weight for o in orgs])
    for i in range(count):
        org: _Org | None
        if i < len(orgs):
            org = orgs[i]  # everyone known has at least one person to talk to
        elif rng.random() < 0.1:
            org = None  # someone writing for themselves
        else:
            org = some_org(rng)
        city = org.city if org else _SOME_CITY(rng)
        for _ in range(6):  # two people of the same name only if the names run out
            first, last, female = person_name(rng, city.country)
            if (first, last) not in named:
                break
        named.add((first, last))
        people.append(
            _Person(first, last, female, city.lang, city.side, city, org,
                    position(rng, city.lang, org.sort if org else None, female))
        )  # fmt: skip
    return people


def _write_organisations(
    out: Writer, rng: random.Random, orgs: Sequence[_Org], ids: _Ids, today: date
) -> None:
    for org in orgs:
        created = _at(today - timedelta(days=SPAN_DAYS + _ri(rng, 1, 900)), _ri(rng, 0, 540))
        p = org.profile
        org.id = out.organisation(
            [ids.fields[code] for code in org.fields if code in ids.fields],
            name=org.name, kind=str(org.kind), side=str(org.city.side), address=org.address,
            postal_code=org.postal_code, city=org.city.name, country=org.city.country,
            website=org.website, email=org.email, phone=org.phone,
            created_at=created, updated_at=created, offers=p.offers, seeks=p.seeks,
            tags=p.tags, audiences=" ".join(a for a in Audience if a in p.audiences.split()),
            languages=p.languages, capacity=p.capacity,
            active=p.active, description_fr=p.fr, description_pl=p.pl, description_en=p.en,
        )  # fmt: skip
    out.flush()


def _write_people(out: Writer, rng: random.Random, people: Sequence[_Person], today: date) -> None:
    taken: set[str] = set()
    parts: dict[str, str] = {}  # each name's e-mail part, made once (names repeat)
    for p in people:
        country = p.city.country
        domain = p.org.domain if p.org else _pick(rng, _PRIVATE_MAIL[country])
        first = parts.get(p.first) or parts.setdefault(p.first, email_part(p.first))
        last = parts.get(p.last) or parts.setdefault(p.last, email_part(p.last))
        local = f"{first}.{last}"
        email = f"{local}@{domain}"
        k = 1
        while email in taken:
            k += 1
            email = f"{local}{k}@{domain}"
        taken.add(email)
        roll = rng.random()
        if roll < 0.45:
            phone = _mobile(rng, country)
        elif roll < 0.75:
            phone = _landline(rng, p.city)
        else:
            phone = ""
        first_day = p.first_seen or today - timedelta(days=_ri(rng, 0, 2 * SPAN_DAYS))
        created = _at(first_day, _ri(rng, 0, 540))
        notes = _pick(rng, _NOTES[p.lang])[p.female] if rng.random() < 0.12 else ""
        honorific = Honorific.MS if p.female else Honorific.MR
        p.id = out.contact(
            honorific=str(honorific), first_name=p.first, last_name=p.last,
            organisation_id=p.org.id if p.org else None, position=p.position, email=email,
            phone=phone, language=str(p.lang), side=str(p.side), city=p.city.name,
            notes=notes, created_at=created, updated_at=created,
        )  # fmt: skip
    out.flush()
