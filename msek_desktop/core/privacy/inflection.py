"""The Polish case forms of a person's name, for an erasure to find them in free text.

Polish declines names: a note says "Zadzwonić do Zdzisławy Wąchockiej" (to call Zdzisława
Wąchocka), "spotkanie z Janem Nowakiem". core.privacy.markers takes these forms out of the
person's own records along with the name as written. The rules are the regular ones (the
adjectival -ska/-cki surnames, feminine names in -a and -ia, masculine names ending in a
consonant, with the usual consonant changes before -e and a dropped -e- in -ek and -eł); a
name outside them gets no forms, never a wrong guess taken for another word: every form is
built from the whole name.

    case_forms("Wąchocka")  # {"gen": ["Wąchockiej"], "dat": ["Wąchockiej"], ...}
    inflected_forms("Zdzisława", "Wąchocka")  # "Zdzisławy", "Zdzisławy Wąchockiej", ...
"""

from __future__ import annotations

CASES = ("gen", "dat", "acc", "ins", "loc", "voc")
_VOWELS = set("aeiouyąęó")
# before the -e of the dative or locative, the consonant ends changed (longest first)
_SOFTENED = (
    ("st", "ście"), ("sł", "śle"), ("zd", "ździe"), ("ch", "sze"), ("k", "ce"), ("g", "dze"),
    ("t", "cie"), ("d", "dzie"), ("r", "rze"), ("ł", "le"), ("n", "nie"), ("w", "wie"),
    ("s", "sie"), ("z", "zie"), ("m", "mie"), ("b", "bie"), ("p", "pie"), ("f", "fie"),
)  # fmt: skip
_HARD_ENDS = ("sz", "cz", "rz", "ż", "dz", "c", "l", "j")  # no change: -y/-i, -u


def _softened(stem: str) -> str | None:
    low = stem.lower()
    if low.endswith(_HARD_ENDS):
        return None
    for end, changed in _SOFTENED:
        if low.endswith(end):
            return stem[: -len(end)] + changed
    return None


def _feminine(stem: str) -> dict[str, list[str]]:
    """A name in -a (Ewa, Agnieszka, Zdzisława), `stem` without its -a."""
    low = stem.lower()
    genitive = stem + ("i" if low.endswith(("k", "g", "l", "j")) else "y")
    dative = _softened(stem) or genitive
    return {"gen": [genitive], "dat": [dative], "acc": [stem + "ę"], "ins": [stem + "ą"],
            "loc": [dative], "voc": [stem + "o"]}  # fmt: skip


def _masculine(word: str) -> dict[str, list[str]]:
    """A name ending in a consonant (Jan, Nowak, Marek, Paweł): its stem is the word, or
    without the -e- of a last -ek or -eł (Marka, Pawła), both tried."""
    low = word.lower()
    stems = [word]
    if len(word) > 4 and low.endswith(("ek", "eł")):
        stems.append(word[:-2] + word[-1])
    out: dict[str, list[str]] = {case: [] for case in CASES}
    for stem in stems:
        velar = stem.lower().endswith(("k", "g", "ch"))
        out["gen"].append(stem + "a")
        out["acc"].append(stem + "a")
        out["dat"].append(stem + "owi")
        out["ins"].append(stem + ("iem" if stem.lower().endswith(("k", "g")) else "em"))
        locative = stem + "u" if velar else _softened(stem) or stem + "u"
        out["loc"].append(locative)
        out["voc"].append(locative)
    return out


def case_forms(word: str) -> dict[str, list[str]]:
    """The forms of one name word by case (genitive, dative, accusative, instrumental,
    locative, vocative); {} for a word the rules do not decline (or shorter than 3 letters,
    or with a hyphen: each part is a word of its own)."""
    low = word.lower()
    if len(word) < 3 or not word.isalpha():
        return {}
    if low.endswith(("ska", "cka", "dzka")):
        stem = word[:-1]
        return {"gen": [stem + "iej"], "dat": [stem + "iej"], "acc": [stem + "ą"],
                "ins": [stem + "ą"], "loc": [stem + "iej"], "voc": [word]}  # fmt: skip
    if low.endswith(("ski", "cki", "dzki")):
        return {"gen": [word + "ego"], "dat": [word + "emu"], "acc": [word + "ego"],
                "ins": [word + "m"], "loc": [word + "m"], "voc": [word]}  # fmt: skip
    if low.endswith("ia") and low[-3:-2] not in _VOWELS:
        stem = word[:-1]
        return {"gen": [stem + "i"], "dat": [stem + "i"], "acc": [stem + "ę"],
                "ins": [stem + "ą"], "loc": [stem + "i"], "voc": [stem + "o"]}  # fmt: skip
    if low.endswith("a") and low[-2] not in _VOWELS:
        return _feminine(word[:-1])
    if low[-1] not in _VOWELS:
        return _masculine(word)
    return {}


def _name_forms(name: str) -> dict[str, list[str]]:
    """A first or last name's forms by case: each word (a part of a hyphenated name too)
    declined, the others as written."""
    words = name.split()
    out: dict[str, list[str]] = {}
    for case in CASES:
        combos = [""]
        for word in words:
            parts = word.split("-")
            variants = [""]
            for part in parts:
                options = [*case_forms(part).get(case, []), part]
                variants = [f"{v}-{o}" if v else o for v in variants for o in options]
            combos = [f"{c} {v}".strip() for c in combos for v in variants]
        out[case] = [c for c in dict.fromkeys(combos) if c != " ".join(words)]
    return out


def inflected_forms(first: str, last: str) -> list[str]:
    """Every declined form of the first and last names alone, and of the full name in both
    orders, both names in the same case (a woman's last name left as written too: "Anny
    Nowak"); the name as written is not among them."""
    first, last = " ".join(first.split()), " ".join(last.split())
    by_first, by_last = _name_forms(first), _name_forms(last)
    out: list[str] = []
    for case in CASES:
        firsts, lasts = by_first.get(case, []), by_last.get(case, [])
        out += firsts + lasts
        if first and last:
            for f in [*firsts, first]:
                for la in [*lasts, last]:
                    if (f, la) != (first, last):
                        out += [f"{f} {la}", f"{la} {f}"]
    return list(dict.fromkeys(out))
