"""Small lexical helpers for matching profile phrases against message text (no I/O, no models)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Set as AbstractSet
from functools import lru_cache
from itertools import pairwise

from kindly.decide.team_words import address_words
from kindly.domains import GENERIC_DOMAIN_LABELS, webmail
from kindly.understand.people import names_a_place_or_organisation, opens_with_a_name

STOPWORDS = frozenset(
    """a an and are as at be by for from has have i in is it its of on or our that the their them they this
    to was we were will with you your my me us who what which about into over than then so if not no do does
    can could would should may might just also more most some any all each other new who's it's i'm we're
    want like need get make people someone something things""".split()  # noqa: SIM905
)

# A name that claims to write for a public office: "Office of Hon. Marama Tane", "Office of the Minister",
# "Ministerial Office", "The Mayor's Office", "Rt Hon. Tama Whiu". An office of a named official, never a word a
# person or a business may be named by: "Hon Nguyen" is a person, "Premier Bridal Boutique" and "Ambassador
# Realty" are businesses, "Dr. Patel's Office" is a practice.
_OFFICIAL = (
    r"(?:(?:the\s+)?(?:rt\.?\s+|right\s+)?(?:hon\.?|honou?rable)|senator|congress(?:wo)?man|representative|"
    r"(?:deputy\s+|associate\s+|prime\s+|chief\s+)?minister|premier|governor|lieutenant governor|(?:lord\s+)?mayor|"
    r"ambassador|mp|mep|member of parliament|secretary of state)"
)
_AN_OFFICE = re.compile(
    # "Office of Hon. X", "Office of the Minister for Transport", "Office of Senator Reyes"
    rf"^(?:the\s+)?(?:private\s+)?office\s+of\s+(?:the\s+)?{_OFFICIAL}(?!\w)|"
    # "Office of Jane Reid MP"
    r"^(?:the\s+)?office\s+of\s+[\w.' -]{1,40}?\s(?-i:MP|MEP|MLA|MPP|MSP|MHA|TD)$|"
    # "The Mayor's Office", "Minister's Office", "Hon. Tama Whiu's Office", "Senator Reyes' Office"
    rf"^(?:the\s+)?{_OFFICIAL}(?:\s+[\w.-]+){{0,3}}?(?:'s|s'|')\s+office$|"
    # "Ministerial Office", "Mayoral Office", "Electorate Office of ..."
    r"^(?:the\s+)?(?:ministerial|mayoral|electorate|parliamentary|constituency|governor'?s|premier'?s)\s+office\b|"
    # "Hon. Tama Whiu", "Rt Hon Tama Whiu", "The Honourable Tama Whiu": the title itself, never a bare "Hon"
    # given name ("Hon Nguyen")
    r"^(?:the\s+)?(?:(?:rt\.?|right)\s+hon\b\.?|hon\.|honou?rable\b)\s*(?=\w)|^the\s+hon\b|"
    # "Embassy of Japan", "Consulate General of Chile", "Private Secretary to the Minister"
    r"^(?:the\s+)?(?:embassy|consulate(?:[-\s]general)?|high commission)\s+of\b|"
    rf"\b(?:private secretary|chief of staff|press secretary)\s+to\s+(?:the\s+)?{_OFFICIAL}(?!\w)",
    re.IGNORECASE,
)


def claims_an_office(sender: str) -> str | None:
    """What a sender ("Office of Hon. Marama Tane <ministerial.office.tane@gmail.com>") says of a public office
    they write for from a webmail address, or None: an official's office does not write from gmail, so the name
    is unverified. A reserved example domain stands in for any organisation's."""
    name, _, address = sender.rpartition("<")
    domain = address.strip(" >").rpartition("@")[2].lower()
    if not name.strip() or not domain or "example" in domain.split(".") or not webmail(domain):
        return None
    found = _AN_OFFICE.search(" ".join(name.strip(" \"'").split()))
    return found.group(0).strip() if found else None


_NOT_ALPHANUMERIC = re.compile(r"[^a-z0-9]")
# A sentence of a mail, with its closing marks: up to a full stop, a question or an exclamation mark, or the line's
# end (an empty one where two marks meet). For a look at each sentence in turn: `SENTENCE.finditer(text)`.
SENTENCE = re.compile(r"[^.?!\n]*(?:[.?!]+|\n|$)")
# Where a sentence ends, to split a text into its sentences: after its mark and a space, never after a title's dot
# ("send the fee to Dr. Smith by Western Union", "Dr. Ellis will host" stay one), or at a blank line (a list of
# steps without full stops; a line of only spaces is blank too); a line break alone ends none (a sentence wrapped
# over lines). extract's sentences and rules.money_sentences split by it alike.
SENTENCE_END = re.compile(r"(?<=[.!?])(?<!\b(?:Dr|Mr|Ms|St|Jr|Sr)\.)(?<!\bMrs\.)(?<!\bProf\.)\s+|\n\s*\n")
# ...or where every line is a sentence too: a date on a line of its own, or a signature's ("Mornings work best\n
# Jo"), to split a text into sentences and lines alike.
SENTENCE_OR_LINE = re.compile(r"(?<=[.!?])\s+|\n+")

_WORD = re.compile(r"[a-z0-9][a-z0-9'&-]*")


def domain_labels(domain: str, shortest: int = 3) -> list[str]:
    """The labels of a domain that can name an organisation: 'ruth@halftone.example.com' -> ['halftone']."""
    return [
        label
        for label in domain.split(".")[:-1]
        if len(label) >= shortest and label not in GENERIC_DOMAIN_LABELS
    ]


def alphanumeric(text: str) -> str:
    """Lowercase letters and digits only, as a domain spells a name: 'Lumen Haus' -> 'lumenhaus'."""
    return _NOT_ALPHANUMERIC.sub("", text.lower())


def fold(text: str) -> str:
    """Lowercase, accents removed: 'José Müller' and 'jose muller' match."""
    if text.isascii():  # nothing to remove: skip the walk over every character
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    """A crude suffix stripper: enough to match 'studios'/'studio', 'speaking'/'speak', 'planner'/'planning'
    (agent nouns meet their verb), 'running'/'run', 'voting'/'vote', 'writing'/'writer'/'write',
    'dancing'/'dance'. A word with no ending is left as it is: an ending is undone to meet it."""
    word = word.strip("'-&")
    if word in _OWN_STEMS:
        return _OWN_STEMS[word]
    for suffix in ("ations", "ation", "ings", "ing", "ers", "er", "ies", "es", "s", "ed", "ly"):
        if suffix == "es" and not word.endswith(("ses", "xes", "zes", "ches", "shes")):
            continue  # "services" is "service" + s, as "taxes" is "tax" + es
        if not word.endswith(suffix):
            continue
        base = word[: -len(suffix)]
        shortest = 4
        if suffix == "es" or (suffix in _VERB_ENDINGS and not base.endswith("e") and _VOWEL.search(base)):
            shortest = 3  # "taxes"; "hiring", "voted", "buying" (not "string", nor "speed")
        if len(base) < shortest:
            continue
        if suffix == "ies":
            return base + "y"
        if suffix in _VERB_ENDINGS or suffix in ("ers", "er"):
            return word.removesuffix("s") if word.removesuffix("s") in _NO_DOER else _undo_ending(base)
        if suffix == "es" and _short_syllable(base):
            return base + "e"  # "prizes" is "prize", as "cases" is "case"
        return base
    # Short plurals of abbreviations and short nouns ("CFOs", "CPAs", "fees") meet their singular; a few
    # words lose an s that is not a plural ("news", "lens"), which costs nothing in matching.
    if len(word) >= 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


_VERB_ENDINGS = frozenset({"ings", "ing", "ed"})
_VOWEL = re.compile(r"[aeiou]|(?<=[^aeiou])y")
# Nouns of their own that an undone ending would fold into a common word of invitations: an "evening" is not
# "even", a star "rating" no day "rate", "savings" no "save the date", "parking" no "park"; "pricing" (a subject)
# is not each price a pitch names, nor is "equipment financing" (a loan) "finance" (the trade): those two keep the stems they had.
_OWN_STEMS = {
    "evening": "evening",
    "evenings": "evening",
    "rating": "rating",
    "ratings": "rating",
    "saving": "saving",
    "savings": "saving",
    "pricing": "pric",
    "financing": "financ",
    "parking": "parking",  # "smart parking meters" are nothing of a parks bond
}


def noun_of_its_own(stem_: str) -> bool:
    """Whether a stem is a noun kept whole ("parking", "evening"), never cut back to a shorter word's root."""
    return stem_ in _KEPT_WHOLE


_KEPT_WHOLE = frozenset(word for word in _OWN_STEMS.values() if word in _OWN_STEMS)


# Words in -er that name no one who does the shorter word: a "letter" is no one who lets, "dinner" no "din",
# an "officer" no "office", a "career" no "caring", a "broker" not "broke" ("runner", "planner", "shopper", "writer"
# and "dancer" are doers).
_NO_DOER = frozenset(
    """letter better matter manner summer butter bitter dinner banner hammer copper supper pepper twitter
    potter litter glitter shutter gutter otter ladder bladder soccer officer career broker""".split()  # noqa: SIM905
)


def _undo_ending(base: str) -> str:
    """The word an -ing, -ed or -er came off: 'runn' is 'run', 'vot' is 'vote', 'danc' is 'dance'; 'speak',
    'plann' ('plan'), 'visit' and 'sell' are as they are."""
    if len(base) >= 4 and base[-1] == base[-2] and base[-1] not in "aeiouylsfzd":
        # "running", "shopped", "planner"; not "selling", "passing", "staffing", "buzzing", nor "wedding" ("Wed")
        return base[:-1]
    # a silent e: "voting", "hired", "writer", "sharing", "coding"; after a soft c, "dancing", "sourcing", "reducing"
    if _short_syllable(base) or _SOFT_C.search(base):
        return base + "e"
    return base


def _short_syllable(base: str) -> bool:
    """One syllable closed by one consonant after one vowel ('vot', 'shar', 'writ', 'hir'), which English
    writes with a silent e when nothing follows: not 'speak', 'danc', 'visit', 'box', 'play' or 'draw'."""
    return _SHORT_SYLLABLE.fullmatch(base) is not None


_SHORT_SYLLABLE = re.compile(r"[^aeiou]*[aeiouy][^aeiouywx]")
_SOFT_C = re.compile(r"(?:[aeiou]n|r|u)c$")  # "danc", "sourc", "reduc"; not "sync"


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def content_stems(text: str) -> list[str]:
    return [stem(w) for w in words(text) if w not in STOPWORDS and len(w) > 2]


def compound_stems(text: str) -> frozenset[str]:
    """The stems a text says as a compound adjective of a verb's form in the other spelling: "dry farming" is
    also "dry-farmed" (its two words joined by a hyphen, stemmed as one word), and "dry-farmed" also "dry" and
    "farming" (each part), so a profile's "dry-farmed Zinfandel" meets a "panel on dry farming" and its "dry
    farming" a "dry-farmed vineyard" ("family owned" and "family-owned", "plant based" and "plant-based" alike).
    Only such a compound, whose last part ends in -ed or -ing, is read both ways: "east end" may be a place that
    "east-end" describes, and "creative-industries" speaks of no industry of its own. A part as short as a
    stopword adds nothing, nor does a word whose first part turns the rest around or only qualifies it
    ("non-profit" is no profit, "self-employed" no employer, "well-known" nothing known)."""
    found: set[str] = set()
    for run in _RUN_OF_WORDS.split(text):  # side by side: no mark or line end between the two words
        said = words(run)
        for first, second in pairwise(said):
            if _VERB_FORM.search(second) and "-" not in first + second and not {first, second} & STOPWORDS:
                found.add(stem(f"{first}-{second}"))
    for word in words(text):
        first, _, second = word.partition("-")
        if "-" not in second and _VERB_FORM.search(second) and first not in _PREFIXES:
            found.update(stem(part) for part in (first, second) if len(part) > 2 and part not in STOPWORDS)
    return frozenset(found)


_VERB_FORM = re.compile(r"[a-z]{2}(?:ed|ing)$")
_RUN_OF_WORDS = re.compile(r"[^\w\s'&-]|\n")
_PREFIXES = frozenset(
    """non anti pre post pro sub self semi multi mid ex co re un over under well half all part full ill
    counter cross inter intra extra ultra mini micro""".split()  # noqa: SIM905
)


def phrase_in(phrase: str, text_folded: str) -> bool:
    """Whole-word presence of a phrase in already-folded text."""
    pattern = _phrase_pattern(phrase)
    return pattern is not None and pattern.search(text_folded) is not None


@lru_cache(maxsize=4096)
def _phrase_pattern(phrase: str) -> re.Pattern[str] | None:
    """A profile's phrases are matched against every message: each is compiled once."""
    folded = fold(phrase).strip()
    return re.compile(rf"(?<![a-z0-9]){re.escape(folded)}(?![a-z0-9])") if folded else None


@lru_cache(maxsize=4096)
def phrase_stems(phrase: str) -> frozenset[str]:
    """The content stems of a profile phrase (a goal's description or target), computed once."""
    return frozenset(content_stems(phrase))


def stem_coverage(phrase: str, text_stems: AbstractSet[str]) -> float:
    """Share of a phrase's content stems present in a text."""
    stems = phrase_stems(phrase)
    return len(stems & text_stems) / len(stems) if stems else 0.0


@lru_cache(maxsize=4096)
def looks_like_person(target: str, meant_as_person: bool = False) -> bool:
    """'Priya Natarajan' and 'Dr. Celeste Amadi' are people; 'design studios', 'Fieldwork Capital', 'Employment
    Rights Act', 'HR Practice Monthly' and 'Pisgah County Public Library' are not. A person is named by a known
    first name or a title before a name: a capitalised phrase alone may be a statute, a publication or a body;
    but a meet_person goal's target (`meant_as_person`) is taken at the user's word: "Tunde Bakare" is someone
    whose first name kindly's list lacks."""
    parts = target.split()
    if any(p.lower().strip(".,") in _INSTITUTION_WORDS for p in parts[1:]):
        return False
    if not (opens_with_a_name(parts) or (meant_as_person and len(parts) <= 3)):
        return False
    org_words = {
        "capital",
        "inc",
        "llc",
        "ltd",
        "studio",
        "studios",
        "group",
        "partners",
        "company",
        "co",
        "agency",
        "bank",
        "fund",
        "ventures",
        "circle",
        "network",
        "association",
        "university",
        "foundation",
        "institute",
        "labs",
        "media",
        "pdx",
        "club",
    }
    return (
        2 <= len(parts) <= 4
        and all(p[:1].isupper() for p in parts if p.isalpha())
        and not any(p.lower().strip(".,&") in org_words for p in parts)
        and not any(ch.isdigit() for ch in target)
        and parts[0].lower().strip(".,")
        not in _TITLE_WORDS  # "VP People", "Head Chef": a role, no one's name
        and not _PLACE.search(target)  # "West Yorkshire", "Bay Area": somewhere, not someone
    )


# Words that end the name of a law, a publication or an institution, never a person's: "Employment Rights Act",
# "HR Practice Monthly", "Pisgah County Public Library" (not "church" or "court": Charlotte Church, Margaret Court).
_INSTITUTION_WORDS = frozenset(
    """act acts bill statute regulations directive code library libraries council university college school
    academy museum hospital trust society department ministry commission authority board centre center
    monthly weekly quarterly daily review journal times gazette bulletin digest tribune magazine press news
    newsletter podcast radio awards summit conference forum festival""".split()  # noqa: SIM905
)


# A region's name: a compass point first ("West Yorkshire", "North Texas", "Greater Manchester") or a
# place word no surname ends in ("Tyne Valley", "Bay Area", "Orange County", "East Midlands"); not "Emma
# Wiltshire" or "Michael Bay".
_PLACE = re.compile(
    r"^(?:new|north|south|east|west|northern|southern|eastern|western|central|greater|upper|lower|inner|outer)"
    r"(?:[- ]\w+)?\s+\w+|\b(?:county|counties|valley|area|region|coast|islands|district|borough|province|"
    r"midlands|highlands|metro)$",
    re.IGNORECASE,
)


_TITLE_WORDS = frozenset(
    {
        "vp",
        "svp",
        "evp",
        "head",
        "director",
        "chief",
        "ceo",
        "cfo",
        "coo",
        "cto",
        "cmo",
        "chro",
        "cpo",
        "manager",
        "president",
        "partner",
        "founder",
        "principal",
        "editor",
        "senior",
        "lead",
    }
)


# The kind of body a sender's name ends in when no person writes ("Creative Economy Network"); not places or
# directions, nor short words, which are also surnames (West, Hill, Co, Board).
_ORGANISATION_WORD = re.compile(
    r"(?:network|society|association|institute|foundation|studios?|group|inc|llc|ltd|llp|club|alliance|"
    r"collective|circle|committee|university|college|school|academy|agency|partners|company|corp|corporation|"
    r"ventures|capital|media|labs?|events|newsletter|magazine|podcast|conference|summit|festival|chamber|guild|"
    r"coworking|commons|forum|meetup|hq|support|billing|notifications?|noreply|no-reply|founders|organi[sz]ers|"
    r"team|awards|council|relations)\.?",
    re.IGNORECASE,
)


def is_organisation_name(name: str) -> bool:
    """ "Creative Economy Network", "Ember & Oak Studio", "Oregon Society of Bookkeepers", "The Commons": no
    person's name (a display name without a comma'd title)."""
    words = name.split()
    return bool(words) and (
        "&" in words
        or words[0].lower() == "the"
        or any(_ORGANISATION_WORD.fullmatch(w.strip(".,")) for w in words[1:])
        or " of " in name.lower()
    )


def reads_as_organisation(name: str) -> bool:
    """A display name no person goes by: "Creative Economy Network" (is_organisation_name), and where no known
    first name opens it, one with a word of a place, a trade or an occasion ("Asheville Area Business Guide",
    "Retail Forward Expo") or a brand's run-together words ("CareerBoost Pro"). "Tunde Bakare" is a person:
    a first name missing from the list is no sign of an organisation."""
    words = name.split()
    if is_organisation_name(name):
        return True
    if not words or opens_with_a_name(words):
        return False
    return any(names_a_place_or_organisation(w) or _RUN_TOGETHER.match(w) for w in words)


# "CareerBoost", "JobNest", "DealflowHQ": a brand's words run together, the first of three letters or more;
# not "McKenzie", "MacLeod", "DiMaggio", "LaToya", "DeShawn", "KeShawn", "JoAnna", "MaryAnn", "VanDyke".
_RUN_TOGETHER = re.compile(r"(?!Mc|Mac|D[aeiu]|L[ae]|V[ao]n|St)[A-Z][a-z]{2,}(?:[A-Z]{2}|[A-Z][a-z]{3,})")


# The local part of an address no person reads as their own: hello@, events@, news@, ventas@ (decide.team_words:
# the same table reads "Vertrieb" and "Kundenservice" in a display name).
_SHARED_MAILBOX = re.compile(r"^(?:" + "|".join(map(fold, address_words())) + r")@", re.IGNORECASE)


def from_an_organisation(name: str, address: str) -> bool:
    return is_organisation_name(name) or from_a_shared_mailbox(address)


def from_a_shared_mailbox(address: str) -> bool:
    """events@, education@, hello@: a mailbox no one answers as a person."""
    return bool(_SHARED_MAILBOX.match(address))


# What a recruiter's approach speaks of, where it is one.
_NAMES_A_ROLE = re.compile(
    # "a Senior PM role at Fernway", "an open position"; not "the role the shop plays in the community"
    r"\b(?:(?:roles?|positions?)\s+(?:at|with|for|on|in)\b|(?:new|open|senior|junior|lead|permanent|interim|"
    r"exciting)\s+(?:roles?|positions?)|jobs?|openings?|vacanc\w+|hiring|hire|candidates?|recruit\w*|headhunt\w*|"
    r"careers?|opportunit\w+ (?:at|with|in|for)|salary|compensation|team (?:lead|leader)|full[- ]time|part[- ]time|"
    r"contract|interview\w*|(?:exciting|confidential|partner|senior|leadership|board) opportunit\w+|"
    r"fit for your (?:background|experience|profile|skills)|"
    r"your (?:cv|resume|résumé|background and experience))\b",
    re.IGNORECASE,
)


# Hiring as the subject talked about, not a role offered: "the right person to talk to about SDR hiring", "compare
# notes on AE hiring", "a talk on recruiting and ramping reps". Not "about hiring a new CRO" (a hire), "on a CRO
# hire" (one hire, with its article) nor "we're hiring".
_HIRING_WORD = re.compile(r"(?:hiring|hire|recruit\w*|interview\w*|candidates?)", re.IGNORECASE)
_TALKED_ABOUT = re.compile(
    r"\b(?:about|on|around|regarding)\s+(?:(?!(?:a|an|the|this|that|one|your|our|their|my)\s)[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_A_HIRE_NAMED = re.compile(r"\s+(?:a|an|the|for|someone|somebody|you|your|our|my)\b", re.IGNORECASE)


def names_a_role(text: str) -> bool:
    for found in _NAMES_A_ROLE.finditer(text):
        topic = (
            _HIRING_WORD.fullmatch(found.group(0))
            and _TALKED_ABOUT.search(text, max(0, found.start() - 40), found.start())
            and not _A_HIRE_NAMED.match(text, found.end())
        )
        if not topic:
            return True
    return False


def sentence_around(text: str, start: int, end: int, with_stop: bool = False) -> str:
    """The sentence that holds text[start:end]; `with_stop`: with the mark that ends it ("?" says it asks)."""
    begin = max(text.rfind(mark, 0, start) for mark in ".!?\n") + 1
    stops = [at for mark in ".!?\n" if (at := text.find(mark, end)) >= 0]
    stop = min(stops) + (1 if with_stop else 0) if stops else len(text)
    return text[begin:stop]
