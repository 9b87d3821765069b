"""The people a message names: runs of capitalised words that open with a known given name.

"Sam and Priya from Halftone", "Professor Helen Achebe will introduce you", "you'd join Ana Ruiz (Ruiz
Studio) and Tom Lee on stage": what the sentence says about them varies without end, so a person is
recognised by the name itself. The given names are gender-guesser's dictionary (about 48,000 first names of
many countries, from Jörg Michael's "gender" program, GNU Free Documentation License), read as a plain list:
only whether a word is a first name is used, never a gender, and none of the package's code runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path

from kindly.errors import ModelError

_NAME_WORDS = Path(__file__).parent / "data" / "name_words.txt"

_UPPER = "A-ZÀ-ÖØ-ÞĀ-ž"  # Latin Extended-A mixes cases: "Şahin", "Łukasz"
_LOWER = "a-zß-öø-ÿĀ-ž"
# A capitalised word, with a prefix or one inner capital ("McKenzie", "O'Hara", "D'Arcy", "DiMaggio"), a
# hyphen or an apostrophe ("Osei-Bonsu"), but not a possessive ("Gene's").
_WORD = (
    rf"(?:Mc|Mac(?=[A-Z])|[OD]['’](?=[A-Z]))?[{_UPPER}][{_LOWER}]+(?:[A-Z][{_LOWER}]+)?"
    rf"(?:(?:-|['’](?!s\b))[{_UPPER}{_LOWER}]+)*"
)
_SURNAME = _WORD
_PARTICLE = r"(?:de|da|dos|das|van|von|der|den|del|della|la|le|di|du|al|bin|ibn|St\.)"
_NICKNAME = r"(?:[ \t][\"“'‘][A-Z][a-z]+[\"”'’])?"  # Benedikt "Ben" Vogel
# A first word and up to three more (an initial or particles may come between): "Ana Lucia Ferrer",
# "Sean McCarthy", "John Q. Public", "Ana Lucía de la Torre", "Lars van der Berg", "Rachel St. Clair",
# "Fatima Zahra El Amrani".
_CANDIDATE = re.compile(
    rf"(?<![\w@./])({_WORD}){_NICKNAME}"
    rf"((?:[ \t](?:[A-Z]\.[ \t])?(?:{_PARTICLE}[ \t]){{0,2}}{_SURNAME}){{0,3}})(?![\w@])"
)
# A name in capitals, as a memo of 2001 writes it: "MARGARET O'SHEA", "DEVRAJ PATEL".
_CAPITALS = re.compile(
    r"(?<![\w@./])([A-Z]{2,}(?:-[A-Z]+)*)((?:[ \t](?:[OD]['’])?[A-Z]{2,}(?:-[A-Z]+)*){1,2})(?![\w@])"
)
# Two initials and a surname: "J. R. Castellanos", "P.J. Halloran" (one initial is as often "Q&A. We").
_INITIALS = re.compile(rf"(?<![^\s(])([A-Z]\.[ \t]?[A-Z]\.)[ \t]?({_SURNAME})(?![\w@])")
# Words that end a name's run: the run names a place, an organisation or a time ("Bay Area", "Lauren Kim
# Events", "Maya Chen Studio", "Hilton Portland Downtown", "Rose Monday").
_TIME_WORDS = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|jan|feb|mar|apr|"
    r"jun|jul|aug|sep|sept|oct|nov|dec"
)
_PLACE_OR_ORGANISATION = re.compile(
    r"(?:inc|llc|ltd|llp|corp|co|group|partners|capital|ventures|bank|"
    r"university|college|institute|foundation|association|society|network|labs?|media|consulting|solutions|"
    r"services|studios?|agency|company|hotel|cafe|café|coffee|bar|grill|kitchen|bakery|brewing|brewery|tavern|"
    r"lounge|restaurant|market|plaza|square|tower|building|suite|floor|room|center|centre|street|st|ave|avenue|"
    r"road|boulevard|blvd|week|summit|conference|forum|festival|night|day|live|show|podcast|team|office|house|"
    r"gallery|museum|theater|theatre|club|area|district|arts|legion|provisions|downtown|uptown|midtown|events?|"
    r"north|south|east|west|northeast|northwest|southeast|southwest|books|press|journal|times|news|magazine|"
    r"radio|fund|trust|advisors|advisers|associates|holdings|systems|technologies|works|creative|design|"
    r"finance|financial|bookkeeping|accounting|law|legal|health|school|academy|collective|circle|council|"
    r"committee|board|project|lab|series|awards|gala|industries|venue|credit|city|union|box|desk|audit|county|"
    r"state|river|valley|lake|mountain|bay|island|airport|station|library|church|cathedral|stadium|arena|"
    r"advisory|payments|wealth|insurance|realty|properties|logistics|analytics|software|digital|medical|dental|"
    r"tax|marketing|communications|publishing|productions|records|entertainment|foods|farms|supply|plumbing|"
    r"electric|energy|power|motors|airlines|award|prize|hour|sisters|brothers|guild|strings|band|orchestra|"
    r"choir|trio|quartet|ensemble|lecture|scholarship|memorial|salle|palais|maison|seminar|lodge|terrace|"
    r"trattoria|brasserie|bistro|pub|diner|inn|suites|resort|spa|cafeteria|auditorium|pavilion)",
    re.IGNORECASE,
)
_NOT_SURNAME = re.compile(rf"(?:{_TIME_WORDS}|{_PLACE_OR_ORGANISATION.pattern})", re.IGNORECASE)
# "Dr. Ngozi Okafor-Bright", "Ms. Chiamaka Eze": a title says a person follows.
_TITLE_BEFORE = re.compile(
    r"\b(?:Dr|Mr|Ms|Mrs|Mx|Prof|Hon|Rev)\.?[ \t]+$|\b(?:Professor|Councilor|Councillor|Senator|Judge|Sir|Dame)[ \t]+$"
)
# Someone who passed the reader's name on is not at the meeting: "Jess Albright at Ember & Oak gave me your
# name", "referred by Tom Lee".
_REFERRER_AFTER = re.compile(
    r"[^.?!\n]{0,60}?\b(?:gave me your (?:name|details|email|e-mail|number)|passed (?:on|along) your|"
    r"(?:suggested|recommended|told me|mentioned|pointed me|sent me your)\b)",
    re.IGNORECASE,
)
_REFERRER_BEFORE = re.compile(
    r"\b(?:referred (?:to you |me )?by|recommended by|thanks to|courtesy of|via|through)[ \t]+(?:my[ \t]+\w+[ \t]+)?$",
    re.IGNORECASE,
)
# Named but not there: "LOUISE KRAMER is out on leave", "Edward Blakemore had to withdraw", "our former
# partner Dan Whitcombe", a memo's "TO:" and "FROM:".
_ABSENT_AFTER = re.compile(
    r"[^.?!\n]{0,40}?\b(?:(?:is|was|will be|'s|are)[ \t]+(?:out|away|travel\w*|on[ \t]+(?:\w+[ \t]+)?(?:leave|vacation|"
    r"holiday|sabbatical))|(?:won'?t|will not|can'?t|cannot|couldn'?t|isn'?t|is not|aren'?t)[ \t]+(?:be[ \t]+)?"
    r"(?:able|there|join|attend|make|come|around|available)|withdr[ae]w\w*|dropped out|(?:had|has) to (?:drop|pull|"
    r"withdraw|cancel)|pulled out|stepped down|steps down|retired|passed away|moved (?:to|away)|is stuck|was stuck|"
    r"used to)\b",
    re.IGNORECASE,
)
_ABSENT_BEFORE = re.compile(
    r"(?:\b(?:former|formerly|late|previous|outgoing|replacing|instead of|in place of|in memory of|named (?:after|for)|"
    r"my old \w+|last (?:year|term|month|time)'s)[ \t]+(?:[a-z-]+[ \t]+){0,2}|\b(?:to|from|attn|attention):[ \t]*)$",
    re.IGNORECASE,
)
_PLACE_BEFORE = re.compile(r"\b(?:at|in|near)[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s\b")
_NEXT_WORD = re.compile(r"[ \t]+([A-Z][\w&'-]*)")
# A first name alone is a person where it stands next to another ("Sam and Priya"), is placed ("Priya from
# Halftone", "Priya (our designer)", "Priya, our CFO,") or is described ("my cofounder Priya").
_PLACED_AFTER = re.compile(r"[ \t]*(?:\(|from[ \t]+[A-Z]|,[ \t]+(?:our|my|the|who)[ \t])")
_DESCRIBED_BEFORE = re.compile(
    r"\b(?:my|our)[ \t]+(?:[a-z]+[ \t]+)?(?:co-?founder|partner|colleague|business partner|cfo|ceo|coo|cto|director|"
    r"manager|friend|boss|wife|husband|assistant|designer|producer|editor|co-?host|host|chair|chairman|"
    r"chairwoman|moderator|colleagues?|teammates?)[ \t]*,?[ \t]*$",
    re.IGNORECASE,
)
# A list item that opens with the name: "- Kwame Osei-Bonsu, Controller, Tidewell".
_LIST_ITEM_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[-•*–·]|\d+[.)])[ \t]*$")
_LIST_ITEM_AFTER = re.compile(r"[ \t]*(?:,|\(|[-–—:][ \t])")
# Job titles that a name the list lacks cannot hold: "Chief Economist", "Creative Director".
_TITLE_WORD = re.compile(
    r"(?:chief|officer|director|manager|lead|head|president|economist|analyst|partner|founder|editor|producer|"
    r"engineer|designer|controller|assemblyman|assemblywoman|senator|mayor|councilor|councillor|registration|"
    r"ops|operations|finance|creative|marketing|sales|executive|coordinator|principal|associate|counsel|"
    r"address|keynote|remarks|welcome|luncheon|lunch|breakfast|dinner|reception|panel|session|break|opening|"
    r"closing|networking|workshop|discussion|program|agenda)",
    re.IGNORECASE,
)
_ORGANISATION_BEFORE = re.compile(r"\b(?:of|from|at|for|with)[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)
_BETWEEN_NAMES = re.compile(r"[ \t]*(?:,|,?[ \t]+and|&)[ \t]*")
_ACTING_AFTER = re.compile(
    r"(?:['’]s|[ \t]+(?:will|would|is|can|could|might|may|and I))?[ \t]+(?:also[ \t]+)?(?:be[ \t]+)?"
    r"(?:join|com(?:e|ing)|co-?host|host|moderat|lead|speak|present|there|attend|introduc|run|chair|facilitat)\w*",
    re.IGNORECASE,
)
_SALUTATION = re.compile(
    r"^\s*(?:(?i:dear|hi|hello|hey|good (?:morning|afternoon|evening)|morning)[ \t]+)?"
    r"(?:(?:Mr|Ms|Mrs|Mx|Dr|Prof)\.?[ \t]+)?"
    r"([A-Z][\w'-]+)(?:[ \t][A-Z][\w'-]+)?(?:(?:,[ \t]*|[ \t]+and[ \t]+|[ \t]*&[ \t]*)[A-Z][\w'-]+)*[ \t]*[,:!—-]"
)


@cache
def given_names() -> frozenset[str]:
    """Every first name of gender-guesser's dictionary ("Priya", "Tomás", "Anne-Marie")."""
    try:
        data = resources.files("gender_guesser").joinpath("data", "nam_dict.txt").read_text("utf-8")
    except (ModuleNotFoundError, OSError) as exc:
        raise ModelError(f"the given-names list of gender-guesser cannot be read ({exc})") from None
    names: set[str] = set()
    for line in data.splitlines():
        if not line or line[0] in "#=":
            continue
        parts = line.split()
        if len(parts) < 2:
            continue
        name = parts[1]
        # "Anne+Marie" stands for "AnneMarie", "Anne Marie" and "Anne-Marie"; the run keeps its first word.
        names.update((name.replace("+", ""), name.replace("+", "-"), name.split("+")[0]))
    return frozenset(names - name_words()[0])


@cache
def name_words() -> tuple[frozenset[str], frozenset[str]]:
    """(words that are never a first name in running text, first names that are also everyday words)."""
    sections: list[set[str]] = []
    for line in _NAME_WORDS.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        if line.startswith("["):
            sections.append(set())
        elif sections:
            sections[-1].update(line.split())
    never, before_surname = sections
    return frozenset(never), frozenset(before_surname)


def people_named(text: str, exclude: Iterable[str] = ()) -> tuple[str, ...]:
    """The people a text names, in order and each once, other than those excluded (the sender, the
    reader): "Sam", "Priya" and "Lucia Marquez" in "Sam and Priya from Halftone will be there, and Lucia
    Marquez is coming as well"."""
    names = given_names()
    never, before_surname = name_words()
    found: list[tuple[int, int, str]] = []
    unknown: list[tuple[int, int, str]] = []  # a first word not in the list: "Obiageli Nwosu", "Dev Malhotra"
    position = 0
    while (match := _CANDIDATE.search(text, position)) is not None:
        first, rest = match.group(1), match.group(2).split()
        position = match.end()
        written = " ".join(match.group(0).split())
        if first not in names and rest:
            position = match.start(1) + len(first)  # "Professor Helen Achebe": look again from "Helen"
            if not _NOT_SURNAME.fullmatch(first) and not _is_not_a_person(
                text, match.start(), match.end(), [first, *rest]
            ):
                unknown.append((match.start(), match.end(), written))
            continue
        if first not in names or (first in before_surname and not rest):
            continue
        if not _is_not_a_person(text, match.start(), match.end(), [first, *rest]):
            found.append((match.start(), match.end(), written))
    for match in _CAPITALS.finditer(text):
        words = match.group(0).split()
        first = words[0].title()
        if (
            first in names
            and first not in before_surname
            and not _is_not_a_person(text, match.start(), match.end(), [w.title() for w in words])
        ):
            found.append((match.start(), match.end(), " ".join(words)))
    for match in _INITIALS.finditer(text):
        if not _is_not_a_person(text, match.start(), match.end(), [match.group(2)]):
            found.append((match.start(), match.end(), " ".join(match.group(0).split())))
    found.sort()
    people = [
        (start, end, name)
        for start, end, name in found
        if " " in name or _in_company(text, found, start, end)
    ]
    # A full name whose first word the list lacks counts where the text treats it as a person.
    taken = list(found)
    for start, end, name in unknown:
        if any(start < other_end and other_start < end for other_start, other_end, _ in taken):
            continue
        first = name.split()[0]
        if first in never or any(_TITLE_WORD.fullmatch(word) for word in name.split()):
            continue
        if _ORGANISATION_BEFORE.search(text, max(0, start - 10), start):
            continue  # "CFO of Cascadia Outdoor"
        if _in_company(text, found, start, end):
            people.append((start, end, name))
            taken.append((start, end, name))
    return _without([name for _, _, name in sorted(people)], exclude)


def reader_name(own_text: str) -> str:
    """Whom the message greets ("Hi Dana,"): the reader, never an attendee. In "Dana and Kenji," the
    second is whom an introduction asks the reader to meet, so only the first greeted counts."""
    match = _SALUTATION.match(own_text)
    return match.group(1) if match else ""


def _is_not_a_person(text: str, start: int, end: int, words: list[str]) -> bool:
    if _PLACE_OR_ORGANISATION.fullmatch(words[0]) or any(_NOT_SURNAME.fullmatch(word) for word in words[1:]):
        return True  # "Salle Jacques-Cartier", "Maya Chen Studio", "Rose Monday"
    if len(set(words)) < len(words):
        return True  # "Nora Nora Feld": a sign-off run into the signature
    before = text[max(0, start - 40) : start]
    if _PLACE_BEFORE.search(before):
        return True  # "at Ava Gene's", "at the Hilton Portland"
    if _REFERRER_BEFORE.search(before) or _REFERRER_AFTER.match(text, end):
        return True
    if _ABSENT_BEFORE.search(before) or _ABSENT_AFTER.match(text, end):
        return True
    if _POSSESSIVE.match(text, end) and not _ACTING_AFTER.match(text, end):
        return True  # "Ava Gene's" is a restaurant, "Maya's studio" names no guest; "Kelsey's coming" does
    following = _NEXT_WORD.match(text, end)
    return bool(following and _NOT_SURNAME.fullmatch(following.group(1)))


def _in_company(text: str, found: list[tuple[int, int, str]], start: int, end: int) -> bool:
    """A first name alone, or a name the list lacks, is a person beside another ("Sam and Priya"), placed
    ("Priya from Halftone", "Priya (our designer)"), described ("my co-host Ravi") or doing something
    ("Eleanor will co-host", "Kelsey's coming")."""
    beside = any(
        _BETWEEN_NAMES.fullmatch(text[end:other_start] if other_start >= end else text[other_end:start])
        for other_start, other_end, _ in found
        if (other_start, other_end) != (start, end) and (other_start >= end or other_end <= start)
    )
    listed = bool(
        _LIST_ITEM_BEFORE.search(text, max(0, start - 10), start) and _LIST_ITEM_AFTER.match(text, end)
    )
    return (
        beside
        or listed
        or bool(_PLACED_AFTER.match(text, end))
        or bool(_ACTING_AFTER.match(text, end))
        or bool(_DESCRIBED_BEFORE.search(text, max(0, start - 40), start))
        or bool(_TITLE_BEFORE.search(text, max(0, start - 12), start))
    )


def _without(people: list[str], exclude: Iterable[str]) -> tuple[str, ...]:
    excluded_words = {word.casefold() for name in exclude for word in name.split()}
    full_firsts = {name.split()[0] for name in people if " " in name}
    kept: dict[str, None] = {}
    for name in people:
        if name.split()[0].casefold() in excluded_words:
            continue  # the sender or the reader, by full name or first name
        if " " not in name and name in full_firsts:
            continue  # "Felix" after "Felix Ortega"
        kept.setdefault(name, None)
    return tuple(kept)
