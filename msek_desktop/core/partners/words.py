"""What an inquiry's words say to the partner ranking, in French, Polish and English.

Words are folded as the search folds them (core.search.fold: case and accents gone, ł→l) and
compared by their beginning, so inflected forms meet: "muzyczna" and "muzycznej", "lycée"
and "lycéens". Stop words (the small words of each language and the words every inquiry
uses: partner, exchange, project, the cities' names) say nothing about whom to propose.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property

from msek_desktop.core.search import _EXTRA_FOLDS, fold
from msek_desktop.core.vocab import Audience as A
from msek_desktop.core.vocab import OrganisationKind as K

MIN_LENGTH = 3  # shorter words are not compared
MAX_WORDS = 30  # the first ones of the inquiry (subject and desired counterpart first)
_TOKEN = re.compile(r"\w+")

STOP_WORDS = frozenset(
    """
    les des une pour avec dans nous vous notre nos votre vos sur par qui que quoi est sont aux
    cette ces cet son ses leur leurs pas plus comme entre tres bien aussi mais ont avons etre
    faire fait peut pouvons serait seraient souhaite souhaitons souhaiterions aimerions
    voudrions voudrais cherche cherchons recherchons recherche trouver bonjour madame monsieur
    merci cordialement salutations partenaire partenaires partenariat echange echanges projet
    projets cooperation collaboration contact pologne polonais polonaise polonaises france
    francais francaise katowice saint etienne stephanois ville annee prochain prochaine
    possible possibilite tout tous toute toutes autre autres dont elle elles ils lui avoir
    oraz jest dla nas nasz nasza nasze naszej naszego naszych sie przez ktory ktora ktore
    ktorzy chcemy chcielibysmy chcialabym chcialbym szukamy poszukujemy prosimy bardzo bedzie
    jako takze rowniez wspolpraca wspolpracy wspolprace partnera partnerow partnerem partnerzy
    wymiana wymiany wymiane projekt projektu projekty dzien dobry pozdrawiam uprzejmie
    katowic katowicach francji francja francuski francuska polski polsce polska miasta miasto
    roku rok lub ale tak czy tym tego jego jej ich ten tej sa byc moze mozemy kontakt kontaktu
    the and for with our we you your are is was were looking seek seeking partner partners
    exchange exchanges project projects would like from into that this next year hello dear
    thank thanks regards cooperation poland france polish french could can also some any
    who which what have has will about other city between
    ete pro jour autour mois semaine semaines printemps automne hiver juin mai avril
    silesie silesia silesian slask slasku slaskie slaskiej slaski loire franco polono
    francophone francophones etranger etrangers etablissement etablissements
    ecole ecoles szkola szkoly szkole szkol universite university uniwersytet uczelnia
    school schools summer spring autumn winter latem wiosna jesien zima czerwcu maju
    kilka dni tygodni tydzien days week weeks month months
    szuka szukaja organizujemy organizuje prowadzi prowadzimy odbyc miejsca przygotowuje
    polsko francusko francuskiej francuskich francuskim polskiej polskich polskim
    francuscy francuskie wspolne wspolny wspolnie wspolnego wspolnych wspolna dziedzinie
    dziedziny przyjac przyjmie przyjmujemy commun commune communs ensemble domaine
    """.split()  # noqa: SIM905
)

# The kinds of organisation an inquiry's words ask for: folded word beginnings, several
# words in a row for a phrase. A phrase is looked for before the words it holds ("école de
# musique" is a music school, not a school).
KIND_WORDS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("ecole", "de", "musique"), K.MUSIC_SCHOOL),
    (("szkol", "muzycz"), K.MUSIC_SCHOOL),
    (("music", "school"), K.MUSIC_SCHOOL),
    (("akademi", "muzycz"), K.UNIVERSITY),
    (("ecole", "superieure"), K.UNIVERSITY),
    (("ecole", "nationale"), K.UNIVERSITY),
    (("ecole", "d", "ingenieurs"), K.UNIVERSITY),
    (("szkol", "wyzsz"), K.UNIVERSITY),
    (("wyzsz", "szkol"), K.UNIVERSITY),
    (("ecole", "d", "architecture"), K.UNIVERSITY),
    (("szkol", "architektur"), K.UNIVERSITY),
    (("ecole", "d", "art"), K.UNIVERSITY),
    (("laborato",), K.UNIVERSITY),
    (("dom", "kultury"), K.CULTURAL),
    (("centre", "culturel"), K.CULTURAL),
    (("maison", "de", "la", "culture"), K.CULTURAL),
    (("urzad", "miast"), K.MUNICIPALITY),
    (("city", "hall"), K.MUNICIPALITY),
    (("conservato",), K.MUSIC_SCHOOL),
    (("konserwator",), K.MUSIC_SCHOOL),
    (("ecole",), K.SCHOOL),
    (("college",), K.SCHOOL),
    (("lycee",), K.SCHOOL),
    (("szkol",), K.SCHOOL),
    (("liceum",), K.SCHOOL),
    (("school",), K.SCHOOL),
    (("universit",), K.UNIVERSITY),
    (("uniwersyt",), K.UNIVERSITY),
    (("uczelni",), K.UNIVERSITY),
    (("akademi",), K.UNIVERSITY),
    (("academ",), K.UNIVERSITY),
    (("politechni",), K.UNIVERSITY),
    (("entreprise",), K.COMPANY),
    (("societe",), K.COMPANY),
    (("firm",), K.COMPANY),
    (("company",), K.COMPANY),
    (("companies",), K.COMPANY),
    (("przedsiebiorstw",), K.COMPANY),
    (("startup",), K.COMPANY),
    (("agence",), K.COMPANY),
    (("agency",), K.COMPANY),
    (("studio",), K.COMPANY),
    (("pracowni",), K.COMPANY),
    (("restaura",), K.COMPANY),
    (("metropol",), K.MUNICIPALITY),
    (("ville",), K.MUNICIPALITY),
    (("miast",), K.MUNICIPALITY),
    (("city",), K.MUNICIPALITY),
    (("town",), K.MUNICIPALITY),
    (("mairie",), K.MUNICIPALITY),
    (("urzed",), K.MUNICIPALITY),
    (("urzad",), K.MUNICIPALITY),
    (("municipal",), K.MUNICIPALITY),
    (("gmin",), K.MUNICIPALITY),
    (("collectivite",), K.MUNICIPALITY),
    (("samorzad",), K.MUNICIPALITY),
    (("musee",), K.CULTURAL),
    (("muzeum",), K.CULTURAL),
    (("museum",), K.CULTURAL),
    (("theatre",), K.CULTURAL),
    (("teatr",), K.CULTURAL),
    (("bibliothe",), K.CULTURAL),
    (("bibliote",), K.CULTURAL),
    (("mediatheque",), K.CULTURAL),
    (("library",), K.CULTURAL),
    (("galeri",), K.CULTURAL),
    (("gallery",), K.CULTURAL),
    (("filharmoni",), K.CULTURAL),
    (("philharmoni",), K.CULTURAL),
    (("orchestr",), K.CULTURAL),
    (("orkiestr",), K.CULTURAL),
    (("opera",), K.CULTURAL),
    (("festiw",), K.CULTURAL),
    (("festival",), K.CULTURAL),
    (("salle",), K.CULTURAL),
    (("sala",), K.CULTURAL),
    (("chambre",), K.OTHER),
    (("chamber",), K.OTHER),
    (("izb",), K.OTHER),
    (("association",), K.ASSOCIATION),
    (("stowarzysz",), K.ASSOCIATION),
    (("fundacj",), K.ASSOCIATION),
    (("fondation",), K.ASSOCIATION),
    (("foundation",), K.ASSOCIATION),
    (("ngo",), K.ASSOCIATION),
    (("club",), K.ASSOCIATION),
    (("klub",), K.ASSOCIATION),
)

# Whom an inquiry is about, by the beginnings of its words.
AUDIENCE_WORDS: Mapping[str, str] = {
    "enfant": A.CHILDREN, "dzieci": A.CHILDREN, "dziec": A.CHILDREN, "child": A.CHILDREN,
    "kids": A.CHILDREN, "primaire": A.CHILDREN, "podstawow": A.CHILDREN,
    "maternelle": A.CHILDREN, "przedszkol": A.CHILDREN,
    "adolescen": A.TEENAGERS, "jeunes": A.TEENAGERS, "jeunesse": A.TEENAGERS,
    "mlodziez": A.TEENAGERS, "nastolat": A.TEENAGERS, "lyceen": A.TEENAGERS,
    "collegien": A.TEENAGERS, "licealist": A.TEENAGERS, "teenager": A.TEENAGERS,
    "youth": A.TEENAGERS, "pupil": A.TEENAGERS, "eleve": A.TEENAGERS, "uczni": A.TEENAGERS,
    "etudiant": A.STUDENTS, "student": A.STUDENTS, "erasmus": A.STUDENTS,
    "doktorant": A.STUDENTS, "doctorant": A.STUDENTS,
    "adulte": A.ADULTS, "adult": A.ADULTS, "dorosl": A.ADULTS, "senior": A.ADULTS,
    "professionn": A.PROFESSIONALS, "profesjonal": A.PROFESSIONALS,
    "professional": A.PROFESSIONALS, "enseignant": A.PROFESSIONALS,
    "professeur": A.PROFESSIONALS, "nauczyciel": A.PROFESSIONALS, "teacher": A.PROFESSIONALS,
    "chercheur": A.PROFESSIONALS, "naukowc": A.PROFESSIONALS, "researcher": A.PROFESSIONALS,
    "entrepreneur": A.PROFESSIONALS, "przedsiebiorc": A.PROFESSIONALS,
    "pracownik": A.PROFESSIONALS, "staff": A.PROFESSIONALS, "expert": A.PROFESSIONALS,
    "ekspert": A.PROFESSIONALS, "salarie": A.PROFESSIONALS,
}  # fmt: skip

# "30 élèves", "grupa 25 uczniów", "a group of 20 students": how many would visit.
_PEOPLE = (
    "eleve", "uczni", "uczestnik", "student", "etudiant", "person", "osob", "people",
    "participant", "musicien", "muzyk", "child", "enfant", "dzieci", "jeune", "visitor",
    "visiteur", "pupil", "adult", "adulte", "choriste", "chorzyst", "sportif", "zawodnik",
    "athlete", "lyceen", "collegien", "teenager", "young",
)  # fmt: skip
_GROUP = re.compile(r"\b(\d{1,4})\s+(?:\w+\s+)?(?:" + "|".join(_PEOPLE) + r")")
_MARK = re.compile(r"[\u0300-\u036f]")  # combining accents left by NFKD
_OTHER = re.compile(r"[^\x00-\u02ff]")  # anything else that might be a combining mark


_EXTRA = tuple((chr(k), str(v)) for k, v in _EXTRA_FOLDS.items())


def fold_fast(text: str) -> str:
    """search.fold's result, quicker on long texts: the accents are removed by a pattern
    rather than one character at a time (the ranking folds thousands of profiles)."""
    if text.isascii():
        return text.lower()
    folded = text.casefold()
    for letter, plain_letter in _EXTRA:  # str.translate with a dict is slow on long texts
        if letter in folded:
            folded = folded.replace(letter, plain_letter)
    decomposed = unicodedata.normalize("NFKD", folded)
    plain = _MARK.sub("", decomposed)
    if plain.isascii():
        return plain
    return _OTHER.sub(lambda m: "" if unicodedata.combining(m[0]) else m[0], plain)


def stem(word: str) -> str:
    """The beginning a folded word is compared by: inflected endings dropped."""
    return word[: max(4, len(word) - 3)]


@dataclass(frozen=True)
class TextWants:
    """What an inquiry's words ask for."""

    words: tuple[tuple[str, str], ...]  # (stem, the word as written, lower case), in order
    kinds: frozenset[str]  # kinds of organisation asked for
    audiences: frozenset[str]
    group: int | None  # how many would visit, when the text says

    @cached_property
    def finder(self) -> Finder:
        """What finds the words' beginnings (their stems) in a folded text."""
        return Finder([start for start, _ in self.words])


def _tokens(texts: Iterable[str]) -> list[tuple[str, str]]:
    """(folded, as written in lower case) for each word of `texts`, in order."""
    return [(fold(t), t.lower()) for text in texts for t in _TOKEN.findall(text or "")]


def _starts(words: Iterable[str]) -> str:
    """A pattern of consecutive words beginning so ("ecole", "de" -> "ecole… de…")."""
    return r"\W+".join(re.escape(w) + r"\w*" for w in words)


# One pattern each, an alternative (a group) per entry, in order: a phrase is found before
# the words it holds, and the words it took are not read again.
_KINDS = re.compile(r"\b(?:" + "|".join(f"({_starts(p)})" for p, _ in KIND_WORDS) + ")")
_AUDIENCES = re.compile(r"\b(?:" + "|".join(f"({re.escape(w)})" for w in AUDIENCE_WORDS) + ")")
_AUDIENCE_OF = tuple(AUDIENCE_WORDS.values())


def kinds_asked(folded: str) -> frozenset[str]:
    """The kinds KIND_WORDS finds in this folded text (a phrase's words count once)."""
    return frozenset(KIND_WORDS[(m.lastindex or 1) - 1][1] for m in _KINDS.finditer(folded))


def audiences_said(folded: str) -> frozenset[str]:
    """The audiences whose words (AUDIENCE_WORDS) begin words of this folded text."""
    return frozenset(_AUDIENCE_OF[(m.lastindex or 1) - 1] for m in _AUDIENCES.finditer(folded))


def sorted_words(folded: str) -> list[str]:
    """The distinct words of a folded text, in order, for `begins`."""
    return sorted(set(_TOKEN.findall(folded)))


def begins(words: list[str], start: str) -> bool:
    """Whether a word of `words` (sorted_words) begins with `start`."""
    at = bisect.bisect_left(words, start)
    return at < len(words) and words[at].startswith(start)


class Finder:
    """Which of some word beginnings (an inquiry's stems) begin words of a folded text, in
    one pass of one pattern (for many texts and one inquiry; for one text and many
    inquiries, its sorted_words and `begins`): at each word's beginning the pattern takes
    the longest that begins it (the longest are tried first), and the shorter ones that
    begin it are the beginnings of that one."""

    __slots__ = ("_implied", "_pattern")

    def __init__(self, starts: Sequence[str]) -> None:
        longest_first = sorted(starts, key=len, reverse=True)
        self._pattern = (
            re.compile(r"\b(?:" + "|".join(map(re.escape, longest_first)) + ")") if starts else None
        )
        self._implied = {
            start: frozenset(n for n, other in enumerate(starts) if start.startswith(other))
            for start in starts
        }

    def __call__(self, folded: str) -> set[int]:
        """The numbers (in `starts`) of those that begin a word of `folded`."""
        found: set[int] = set()
        if self._pattern is not None:
            for start in set(self._pattern.findall(folded)):
                found |= self._implied[start]
        return found


def text_wants(wish: Iterable[str], message: str) -> TextWants:
    """What the inquiry's subject and desired counterpart (`wish`) and message ask for:
    kinds from the wish only (a message tells its own story: "our school..."), the rest
    from all of it."""
    wished = _tokens(wish)
    told = _tokens([message])
    everything = [f for f, _ in wished + told]
    words: dict[str, str] = {}
    for folded, written in wished + told:
        if len(folded) >= MIN_LENGTH and folded not in STOP_WORDS and not folded.isdigit():
            words.setdefault(stem(folded), written)
    whole = " ".join(everything)
    group = _GROUP.search(whole)
    return TextWants(
        words=tuple(list(words.items())[:MAX_WORDS]),
        kinds=kinds_asked(" ".join(f for f, _ in wished)),
        audiences=audiences_said(whole),
        group=int(group[1]) if group else None,
    )
