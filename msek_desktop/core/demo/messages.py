"""What the demo's people write: an inquiry's subject, message and the counterpart sought.

A topic is drawn among those its sender would write about (by what the organisation is, its
sort, or "person" for someone writing on their own; a topic about one city only for those
looking to it); the message is in its sender's words (someone on their own says "I", an
organisation "we"), introduces the writer by name, title and organisation without quoting
a name that has quotes of its own, names the other city with the preposition its sentence
needs (do Saint-Étienne, z Katowic, de Katowice), and closes as its greeting asks.
"""

from __future__ import annotations

import random
from datetime import date

from msek_desktop.core.demo.common import _EN, _FR, _KAT, _PL, _SE, DAYS, _pick, _ri
from msek_desktop.core.demo.data import (
    _ASKS,
    _GREETINGS,
    _INSTRUMENTS,
    _OTHER_CITY,
    _SEASONS,
    _SEASONS_FROM,
    _TOPICS,
    _Topic,
)
from msek_desktop.core.demo.french import french
from msek_desktop.core.demo.people import _Org, _Person
from msek_desktop.core.vocab import Language


def target(person: _Person, rng: random.Random) -> str:
    """The other city: the one the writer looks to ("Katowice" or "Saint-Étienne")."""
    if person.side is _SE or (person.side is not _KAT and person.city.country == "FR"):
        return "Katowice"
    if person.side is _KAT or person.city.country == "PL":
        return "Saint-Étienne"
    return _pick(rng, ("Katowice", "Saint-Étienne"))


def sender(org: _Org | None) -> str:
    """Who writes, as topics and their words know it: the organisation's sort, or "person"."""
    return org.sort if org is not None else "person"


_INDEX = {_FR: 0, _PL: 1, _EN: 2}  # a language's text in a (fr, pl, en) tuple


def fitting_topics(who: str, city: str) -> list[_Topic]:
    """The topics a `who` (a sort of organisation or "person") looking to `city` writes about."""
    return [t for t in _TOPICS if who in t.senders.split() and t.to in ("", city)]


class Composer:
    """Draws topics and writes the texts of the demo's inquiries (from the caller's rng)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.fitting: dict[tuple[str, str], list[_Topic]] = {}
        # (topic, sender) -> its body's words; (language, by an organisation, a partner
        # sought) -> the questions it may end with
        self.bodies: dict[tuple[int, str], tuple[str, str, str]] = {}
        self.asks: dict[tuple[Language, bool, bool], tuple[str, ...]] = {}
        # (instrument, language, city, season, year, a woman writing) -> the placeholders'
        # values (a few thousand, each made once)
        self.values: dict[tuple[object, ...], dict[str, str]] = {}
        self.in_french: dict[str, str] = {}  # organisations' names in French typography

    def topic(self, who: str, city: str) -> _Topic:
        """A topic a `who` (a sort or "person") looking to `city` writes about."""
        fits = self.fitting.get((who, city))
        if fits is None:
            fits = fitting_topics(who, city) or [t for t in _TOPICS if not t.to]
            self.fitting[(who, city)] = fits
        return _pick(self.rng, fits)

    def texts(
        self,
        topic: _Topic,
        person: _Person,
        org: _Org | None,
        city: str,
        received: date,
        lang: Language,
    ) -> tuple[str, str, str]:
        """(subject, message, counterpart sought) of one inquiry."""
        rng = self.rng
        li = _INDEX[lang]
        instrument = _pick(rng, _INSTRUMENTS)
        later = received + DAYS[_ri(rng, 90, 300)]
        season = (later.month % 12) // 3
        female = person.female
        known = (id(instrument), lang, city, season, later.year, female)
        values = self.values.get(known)
        if values is None:
            at, to, origin = _OTHER_CITY[city][lang]
            values = self.values[known] = {
                "i_fr": instrument[0], "i_pl": instrument[1], "i_en": instrument[2],
                "other_at": at, "other_to": to, "other_from": origin,
                "period": f"{_SEASONS[lang][season]} {later.year}",
                "since": f"{_SEASONS_FROM[lang][season]} {later.year}",
                "lang_en": "Polish" if city == "Katowice" else "French",
                "e": "e" if female else "", "ka": "ka" if female else "",
                "chcial": "Chciałabym" if female else "Chciałbym",
                "wdzieczny": "wdzięczna" if female else "wdzięczny",
            }  # fmt: skip
        subject = topic.subject[li].format_map(values)
        who = sender(org)
        bodies = self.bodies.get((id(topic), who))
        if bodies is None:
            bodies = self.bodies[(id(topic), who)] = topic.words(who)
        body = bodies[li].format_map(values)
        key = (lang, org is not None, bool(topic.counterpart[0]))
        asks = self.asks.get(key)
        if asks is None:
            for_partner, others = _ASKS[lang]["org" if org is not None else "person"]
            asks = self.asks[key] = (*for_partner, *others) if key[2] else others
        ask = _pick(rng, asks)
        greeting, closings = _pick(rng, _GREETINGS[lang])
        name = f"{person.first} {person.last}"
        message = (f"{greeting}\n\n{self._intro(person, org, lang)} {body}\n"
                   f"{ask.format_map(values)}\n\n{_pick(rng, closings)}\n{name}")  # fmt: skip
        return subject, message, topic.counterpart[li].format_map(values)

    def _intro(self, person: _Person, org: _Org | None, lang: Language) -> str:
        """Who writes: name (Polish and English say it first), title and organisation."""
        name = f"{person.first} {person.last}"
        if org is None:
            city = person.city
            if lang is _FR:
                return _pick(self.rng, (f"J’habite {city.at}.", f"Je vous écris {city.of}."))
            if lang is _PL:
                return f"Nazywam się {name} i mieszkam {city.at}."
            return f"My name is {name} and I live in {city.name}."
        there = org.city
        named = there.name in org.name or there.at in org.name or f" {there.of}" in org.name
        english = there.at.removeprefix("in ")  # "Bruxelles" is "in Brussels"
        where = "" if named else f", {english if lang is _EN else there.name}"
        name_fr = self.in_french.get(org.name)
        if name_fr is None and lang is _FR:
            name_fr = self.in_french[org.name] = french(org.name)
        called = f"{name_fr if lang is _FR else org.name}{where}"
        title = _lower(person.position)
        if org is not person.org or not title:  # writing for a neighbouring body
            return {
                _FR: f"Je vous écris pour le compte de nos partenaires ({called}).",
                _PL: f"Nazywam się {name} i piszę w imieniu naszych partnerów ({called}).",
                _EN: f"My name is {name}; I am writing on behalf of our partners ({called}).",
            }[lang]
        if lang is _FR:
            return f"Je suis {title} ({called})."
        if lang is _PL:
            if self.rng.random() < 0.5:
                return f"Nazywam się {name} ({called})."
            return f"Nazywam się {name} i pracuję jako {title} ({called})."
        return f"My name is {name}, {title} at {called}."


def _lower(title: str) -> str:
    """A title inside a sentence: "Dyrektorka szkoły" -> "dyrektorka szkoły" (not "CHU")."""
    if len(title) > 1 and title[1].isupper():
        return title
    return title[:1].lower() + title[1:]
