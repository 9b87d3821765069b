"""The providers the user already has: a message that pitches a service of one of their trades (a sales pitch, or
a coffee from someone who offers it or signs as that trade), which provider they have for it, and the region a
provider is limited to (kindly.decide.rules reads never-rules and personal plans; kindly.decide.assess weighs
the hit)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kindly.decide.categories import (
    CATEGORIES,
    detect_categories,
    provider_trades,
    same_category,
    trade_stems,
    without_own_tools,
)
from kindly.decide.own_field import only_own_field_said
from kindly.decide.places import inside, region_named
from kindly.decide.words import STOPWORDS, content_stems, stem, words
from kindly.gated import gated
from kindly.model import Intent
from kindly.profile import Profile
from kindly.understand.people import opens_with_a_name

_F = re.IGNORECASE


_SELF_OFFER = gated(
    re.compile(
        r"\b(i'?m an? |i am an? |we are an? |we'?re an? |our (firm|agency|company|team|practice)|my (firm|practice|agency|company)|"
        r"i help|we help|i work with|we work with|i specialize|we specialize|i offer|we offer|our services|"
        # "we supply tablecloths ... to about 80 restaurants", "how we compare to what you're using now"
        r"we (?:supply|provide|sell|rent) |how we compare to)",
        _F,
    )
)


@dataclass(frozen=True, slots=True)
class ProviderHit:
    provider: str
    category: str
    phrase: str
    # where the provider is limited to a region ("Coastal Vine Distributors (California)") and the sender serves
    # another ("covering Dallas, Houston and Austin"): the places they serve, for a pitch the provider leaves open
    elsewhere: str = ""


def provider_hit(profile: Profile, text: str, intent: Intent, signature: str = "") -> ProviderHit | None:
    """A pitch for a service the user already has, and which provider they have for it. A coffee or a
    partnership pitches it where the sender says they offer it ("we help...") or signs as that trade ("Agent,
    Marsh & Quill Literary Agency" to a user who has a literary agent)."""
    if not profile.providers:
        return None
    if buys_from_you(text):
        return None  # "we buy at FOB": a distributor or an importer buying, not a service the user has
    if intent is Intent.SALES_PITCH or (intent in _PITCH_LIKE and _SELF_OFFER.search(text)):
        return _in_its_region(profile, _provider_pitched(profile, text), text)
    if intent in _OFFERS_TO_MEET and signature.strip():
        hit = _provider_pitched(profile, signature)
        firm = _FIRM_OF_A_TRADE.search(signature) if hit is None else None
        if firm is not None:  # "Founder, Inkwell Author PR": a firm named for the trade it is in
            hit = _provider_pitched(profile, f"{firm.group(0)} {_FIRM_TRADES[firm.group(1)]}")
            hit = replace(hit, phrase=" ".join(firm.group(0).split())) if hit is not None else None
        # the user's own provider asking to meet is no rival's pitch
        hit = hit if hit is not None and not _names_of_in(hit.provider, signature) else None
        return _in_its_region(profile, hit, text)
    return None


def buys_from_you(text: str) -> bool:
    """Whether the sender buys from the user ("we buy at FOB", "we'd like to stock your wines"): a distributor or
    an importer taking the user's goods on, never a pitch of a service the user already has."""
    from kindly.decide.client_need import buys_goods  # client_need reads rules' patterns

    return bool(buys_goods(text))


# A provider's region, in brackets after its name or its trade: "Coastal Vine Distributors (California)",
# "Harbour Accounting (Auckland)", "wine distribution (UK)"; capitalised words, never a person ("(Jane Smith)")
# nor a note ("(my brother)", "(since 2019)").
_BRACKETED = re.compile(r"\(([^()]{2,40})\)")


_A_PLACE_NAME = re.compile(r"(?:[A-Z][a-z.'-]+|[A-Z]{2,3})(?:\s+(?:[A-Z][a-z.'-]+|of|the)){0,3}")


# Where a sender says they work: "a boutique distributor covering Dallas, Houston and Austin", "serving the
# Pacific Northwest", "based in Texas", "Texas-based" - the places, capitalised as names are.
_CAPITALISED = r"(?:[A-Z][\w.'-]+|[A-Z]{2,3})"


_SERVES = re.compile(
    r"\b(?i:covering|covers|cover|serving|serves|serve|across|throughout|based in|based out of|operating in|"
    r"distributors? (?:in|for)|importers? (?:in|for)|represent\w* (?:\w+ ){0,3}in|into)\s+(?:the\s+)?"
    # (a place's words on one line: the subject's "Representation in Texas" is no "Texas Elena")
    rf"(?P<places>{_CAPITALISED}(?:(?:,[ \t]*(?:and[ \t]+|&[ \t]+)?|[ \t]+and[ \t]+|[ \t]+&[ \t]+|[ \t]+){_CAPITALISED}){{0,8}})"
    rf"|(?P<based>{_CAPITALISED}(?:[ \t]+{_CAPITALISED})?)-based\b"
)


_NOT_PLACES = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|We|I|Our|My|Your|You|The|A|An)$"
)


def provider_region(name: str, category: str) -> str:
    """The region a provider is limited to, as the profile brackets it ("California" of "Coastal Vine
    Distributors (California)"); "" where none is said."""
    for said in (name, category):
        for found in _BRACKETED.finditer(said):
            inside = " ".join(found.group(1).split())
            if _A_PLACE_NAME.fullmatch(inside) and not opens_with_a_name(inside.split()):
                return inside
    return ""


def serves_elsewhere(text: str, region: str) -> str:
    """The places a sender says they serve where none is the provider's `region` and the message never names it
    ("Dallas, Houston and Austin" to a user whose distributor covers California); "" otherwise - one of the places
    lies in the region ("based in Los Angeles", by the gazetteer of places) - or where they name no place at all. A
    place the gazetteer does not know counts as elsewhere, as the region's own name is not said."""
    joined = re.sub(r"[ \t]+", " ", text[:20_000])
    if re.search(rf"(?<!\w){re.escape(region)}(?!\w)", joined, _F):
        return ""  # "covering Northern California": the provider's own region
    for found in _SERVES.finditer(joined):
        said = found.group("places") or found.group("based") or ""
        # "in Los Angeles. We ...": the sentence ends the places
        said = re.split(r"\.\s", said, maxsplit=1)[0]
        places = [
            w.rstrip(".")
            for w in re.split(r",\s*|\s+(?:and|&)\s+", said)
            if w and not _NOT_PLACES.match(w.split()[0])
        ]
        if places and not any(inside(place, region) for place in places):
            return ", ".join(places)
        if places:
            return ""  # "a distributor in Los Angeles" to a user whose distributor covers California
    return ""


def _in_its_region(profile: Profile, hit: ProviderHit | None, text: str) -> ProviderHit | None:
    """The hit, marked where its provider is limited to a region the sender does not serve."""
    if hit is None:
        return None
    provider = next(
        (p for p in profile.providers if p.name == hit.provider and p.category == hit.category), None
    )
    region = provider_region(provider.name, provider.category) if provider is not None else ""
    # "(CA)" to a user in the US is California: a code read in the user's own country
    region = region_named(region, profile.user.holiday_region.split("-")[0])
    elsewhere = serves_elsewhere(text, region) if region else ""
    return replace(hit, elsewhere=elsewhere) if elsewhere else hit


# A firm whose name closes on the initials of its trade ("Inkwell Author PR", "Brightside PR Ltd"), said in capitals
_FIRM_TRADES = {"PR": "pr agency"}


_FIRM_OF_A_TRADE = re.compile(
    r"\b[A-Z][\w&'-]*(?:[ \t]+[A-Z][\w&'-]*){0,4}[ \t]+(" + "|".join(_FIRM_TRADES) + r")\b"
    r"(?:[ \t]+(?:Ltd|Limited|LLP|LLC|Inc|Agency|Group|Studio|Consulting))?(?=[ \t]*(?:$|[|,.\n]))",
    re.MULTILINE,
)


_PITCH_LIKE = frozenset({Intent.COFFEE_CHAT, Intent.PARTNERSHIP_PROPOSAL, Intent.EVENT_INVITATION})


_OFFERS_TO_MEET = frozenset({Intent.COFFEE_CHAT, Intent.PARTNERSHIP_PROPOSAL})


def sender_is_provider(provider_name: str, text: str, address: str = "") -> bool:
    """Whether the sender writes as the user's own provider: the text (their name, their words) names it, or
    their address's domain does ("priya@sonoranresearch.com" of "Sonoran Research Group")."""
    domain = address.rpartition("@")[2].lower()
    return _names_of_in(provider_name, text) or any(
        name.split()[0].lower() in domain for name in _names_of(provider_name) if len(name.split()[0]) >= 5
    )


def _names_of_in(provider_name: str, text: str) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) for name in _names_of(provider_name))


def _names_by_its_words(provider_category: str, category: str) -> bool:
    """Whether a provider's category says a trade's category by its own words or one of its phrases whole
    ("investment platform" of "investment platforms"), not by a stem one of its phrases ends in."""
    return any(
        set(trade_stems(trade)) == set(trade_stems(phrase))
        for trade in provider_trades(provider_category)
        for phrase in (category, *CATEGORIES.get(category, ()))
    )


def _provider_pitched(profile: Profile, text: str) -> ProviderHit | None:
    """The provider of the trade a pitch's words sell, or the one it offers to replace by name."""
    text = without_own_tools(text)  # "leads delivered straight to your CRM" sells leads, not a CRM
    named = [
        (ProviderHit(provider.name, provider.category, phrase), category)
        for category, phrase in detect_categories(text)
        for provider in profile.providers
        if same_category(provider.category, category)
        # an insurance broker's "insurance" sells them no "errors and omissions insurance"
        and not only_own_field_said(profile, phrase, provider.category, text)
    ]
    if named:
        # the provider whose own words the mail uses: "HR advice, payroll" is the HR provider's, not the cleaner's;
        # before those, one whose category is the trade's own name ("investment platform" for "our new managed
        # account features"), not one that shares a word's stem with a phrase of it ("accounting", "account")
        used = set(trade_stems(text))
        return max(
            named,
            key=lambda hit: (
                _names_by_its_words(hit[0].category, hit[1]),
                len(used & set(trade_stems(hit[0].category))),
            ),
        )[0]  # first of equals
    # a trade kindly has no words for, in the user's own words: "practice management software", "medical
    # secretary service" pitched as "DictaTeam Medical Secretary Services ... remote medical secretaries"
    said = content_stems(text)
    for provider in profile.providers:
        for trade in provider_trades(
            provider.category
        ):  # "MIS" of "MIS (school management information system)"
            if _named_in_own_words(trade, said, text) and not _only_across_a_possessive(trade, text):
                return ProviderHit(provider.name, provider.category, _acronym_said(trade, text) or trade)
            if supplied := goods_supplied(trade, text):  # "We supply day-boat fish" for a "fish supplier"
                return ProviderHit(provider.name, provider.category, supplied)
    for provider in profile.providers:
        if name := _replaced(provider.name, text):
            return ProviderHit(provider.name, provider.category, name)
    return None


def _replaced(provider_name: str, text: str) -> str | None:
    """The provider's name where a pitch offers to replace it or compares with it ("free data migration from
    Scholaris", "many schools use Numbrix, but..."), not a tool it merely works with ("we work in Follow Up Boss")."""
    for name in _names_of(provider_name):
        named = re.escape(name)
        if re.search(
            rf"\b{_MOVED_FROM}\s+(?:your\s+|the\s+)?{named}(?!\w)|(?<!\w){named}(?:'s)?\s+{_LEFT}", text
        ):
            return name
    return None


def _names_of(provider_name: str) -> list[str]:
    """How a message may name a provider: each part of its name ("Maria Chen, Northstar Wealth"), and a firm's
    first word where that is no one's first name ("Numbrix" of "Numbrix Maths")."""
    names = []
    for part in re.split(r"[,()]", provider_name):
        part = part.strip()
        if len(part) < 4 or not part[0].isupper():
            continue
        names.append(part)
        first = part.split()[0]
        if first != part and len(first) >= 5 and not opens_with_a_name([first]):
            names.append(first)
    return names


# Words of a pitch that moves a customer away from what they use, or sets itself against it.
_MOVED_FROM = (
    r"(?:from|than|instead of|replac\w*|switch\w*(?: from)?|mov\w* (?:away )?from|migrat\w* from|leav\w*|"
    r"ditch\w*|outgr[eo]w\w*|use|uses|using|compared? (?:to|with)|vs\.?|versus|over)"
)


_LEFT = r"(?:users|customers|schools|clients|renewal|contract|is slow\w*|slowing|isn'?t|can'?t|doesn'?t)\b"


# What kind of thing a trade is, which a pitch may call by another name: "legal research database" is pitched
# as a "legal research platform", "practice management software" as "practice management"
_KIND_OF_THING = frozenset(
    stem(word)
    for word in [
        "software",
        "system",
        "platform",
        "tool",
        "app",
        "application",
        "database",
        "solution",
        "service",
        "provider",
        "product",
        "suite",
        "package",
        "program",
        "programme",
        "subscription",
        # what equipment is sold as: "shockwave and laser units" are physiotherapy equipment
        "equipment",
        "unit",
        "device",
        "machine",
    ]
)


# A trade named by what it supplies: "fish supplier", "wine distributor", "coffee wholesaler", "linen vendor"
_SUPPLIER_HEAD = re.compile(
    r"^(?P<goods>.*?)\s+(?:suppliers?|supply company|distributors?|distribution|vendors?|wholesalers?|merchants?|"
    r"importers?|purveyors?|delivery)$",
    _F,
)


# What a supplier says of its goods: "we supply day-boat fish", "we distribute natural wines", "fish delivered
# daily", "a fish supplier"
_SUPPLYING = (
    r"(?:supply|supplies|supplied|supplying|suppliers?|distribut\w*|deliver\w*|wholesal\w*|import(?:s|ed|ers?|ing)?|"
    r"sourced|sourcing|sell|sells|selling|purvey\w*)"
)


def goods_supplied(trade: str, text: str) -> str | None:
    """A supplier's trade said as the goods it supplies ("fish supplier" by "We supply day-boat fish from Sesimbra
    ... to over 60 Lisbon restaurants", "wine distributor" by "we distribute natural wines"): the goods' word
    (singular or plural) a few words after a verb of supplying, or just before one ("fish delivered before 9:00").
    A supplier of something else ("we supply linen to restaurants"), or the goods only named by the way, is not."""
    found = _SUPPLIER_HEAD.match(trade.strip())
    if found is None or not (words := re.findall(r"[A-Za-z]+", found.group("goods"))):
        return None
    goods = rf"{re.escape(words[-1])}(?:e?s)?"  # the goods' own noun: "fish" of "fresh fish", "wine"
    # "supply day-boat fish", "distribute organic natural wines", "supply restaurants with fish"; not the goods
    # of something else supplied ("we supply glassware for your wine list")
    near = (
        r"(?:(?!(?:for|to|of|on|at|in|about|into|from|your|our|their|my|that|which|who)\b)[\w'-]+\s+){0,3}?"
    )
    said = re.search(
        rf"\b{_SUPPLYING}\s+{near}{goods}\b|\b{goods}\s+(?:[\w'-]+\s+)??{_SUPPLYING}\b", text, _F
    )
    return " ".join(said.group(0).split()) if said else None


def _same_stem(one: str, other: str) -> bool:
    """'databas' (of "databases") is 'database': a stem and one a letter or two longer; the doer and the
    doing ("coordinator", "coordination"; "agent", "agency"); a clipped word ("physio" of "physiotherapy"); a
    short word itself ("lab" of "dental lab", "tax")."""
    short, long = sorted((_trade_root(one), _trade_root(other)), key=len)
    if not long.startswith(short):
        return False
    return (
        (len(short) >= 3 and short == long)
        or (len(short) >= 4 and len(long) - len(short) <= 2)
        or (len(short) >= 5 and 2 * len(short) <= len(long))
    )


def _trade_root(word: str) -> str:
    """A trade's word as the person who does it: "coordination" ('coordin') is a coordinator, an "agency" an
    agent, a "consultancy" a consultant."""
    for ending, person in (("ator", ""), ("ency", "ent"), ("ancy", "ant")):
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            return word[: -len(ending)] + person
    return word


def _said_as_its_doer(category: str, text: str, start: int, span: int) -> bool:
    """Whether the words of a product's trade are said as the person who does it ("the owner wants an interior
    designer on the team" of "interior design software", an "editor" of "editing software"): a person of that
    trade - often the user's own - and no pitch for the product, unless the kind of thing is said beside them
    ("design software for interior designers"). `start` and `span` place the words among the message's content
    words, as content_stems reads them."""
    own = [word.lower() for word in re.findall(r"[A-Za-z]+", category)]
    said = [word for word in words(text) if word not in STOPWORDS and len(word) > 2]
    return any(
        _doer_of(word.removesuffix("s"), trade)
        for word in said[max(0, start - span) : start + span + 1]
        for trade in own
    )


def _doer_of(word: str, trade: str) -> bool:
    """ "designer" of "design", "editor" of "editing", "stylist" of "styling"."""
    base = trade.removesuffix("ing")
    return any(
        word in (trade + ending, base + ending, base + "e" + ending[1:]) for ending in ("er", "or", "ist")
    )


def _acronym_said(category: str, text: str) -> str:
    """A word of a provider's category in capitals ("PR" of "PR and press relations") as the message says it, in
    capitals too ("I run Northlight PR, a boutique agency"); "" where it says none."""
    for word in re.findall(r"[A-Za-z]+", category):
        if len(word) >= 2 and word.isupper() and (found := re.search(rf"\b{word}s?\b", text)):
            return found.group(0)
    return ""


def _only_across_a_possessive(category: str, text: str) -> bool:
    """Whether a two-word trade's words meet in the message only the other way round across a possessive: "your
    bookstore's online sales" (an SEO pitch) is no "online bookstore", "your practice's software" no "software
    practice"; the trade said in its own order anywhere ("an online bookstore") is the trade."""
    words = [w for w in re.findall(r"[A-Za-z]+", category) if stem(w.lower()) not in _KIND_OF_THING]
    if len(words) != 2:
        return False
    first, second = (re.escape(stem(w.lower())) for w in words)
    if re.search(rf"\b{first}\w*\s+{second}", text, _F):
        return False
    return re.search(rf"\b{second}\w*['’]s?\s+{first}", text, _F) is not None


def _named_in_own_words(category: str, said: list[str], text: str) -> bool:
    """The provider's category in the message: the words that say what it does, side by side ("legal research"
    of "legal research database"), with either a second such word or the kind of thing it is nearby ("a
    bookkeeping app" for "bookkeeping software"); a one-word trade said twice ("tutoring"); or its initials ("POS"
    for "point of sale system", "CRM")."""
    words = re.findall(r"[A-Za-z]+", category)
    if len(words) == 1 and words[0].isupper():  # "CRM", as the user writes it
        return re.search(rf"\b{words[0]}s?\b", text) is not None
    if _acronym_said(category, text):
        return True
    stems = content_stems(category)
    doing = [w for w in stems if w not in _KIND_OF_THING]
    if doing and (len(doing) >= 2 or len(doing) < len(stems)):
        span = len(doing) - 1  # the words of what it does side by side, in any order
        for start, first in enumerate(said):
            if not _same_stem(doing[0], first):
                continue
            beside = said[max(0, start - span) : start + span + 1]
            nearby = said[max(0, start - span - 2) : start + span + 3]
            if (
                all(any(_same_stem(w, s) for s in beside) for w in doing[1:])
                and (len(doing) >= 2 or not _KIND_OF_THING.isdisjoint(nearby))
                and (
                    not _said_as_its_doer(category, text, start, span)
                    or not _KIND_OF_THING.isdisjoint(nearby)
                )
            ):
                return True
    # a product that does a one-word trade's job, the trade's word said as what the product is: "an AI editing
    # tool" to a user with an editor, "editing software"; not "a tool for editors", nor "their editor" in passing
    if len(doing) == 1 and len(stems) == 1:
        for start, first in enumerate(said):
            if _same_stem(doing[0], first) and not _KIND_OF_THING.isdisjoint(said[start + 1 : start + 3]):
                return True
    # a one-word trade kindly has no words for ("tutoring"), in the user's own word twice: "Free pilot: AI tutoring
    # for your 9th graders ... one-on-one tutoring"; said once it may be anyone's passing word
    if (
        len(words) == 1
        and len(words[0]) >= 5
        and stem(words[0].lower()) not in _KIND_OF_THING
        and len(re.findall(rf"\b{re.escape(words[0])}s?\b", text, _F)) >= 2
    ):
        return True
    initials = "".join(w[0] for w in words if stem(w.lower()) not in _KIND_OF_THING).upper()
    # three letters at least: two ("VP", "BI", "TA") stand for too many other things
    return len(initials) >= 3 and re.search(rf"\b{initials}s?\b", text) is not None
