"""What goal fit reads in a message besides its words: who writes (a target's organisation, a peer of the
user, someone who grew a practice from one person to a team, a namesake of the person to meet), whom it
reaches (the user's own clients as an audience), which of a goal's targets are names, and how much each word
of a goal's description says about that goal."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from kindly.amounts import BEFORE_THE_NUMBER
from kindly.decide.candidates import asks_for_work
from kindly.decide.related import implied_stems
from kindly.decide.words import (
    alphanumeric,
    compound_stems,
    content_stems,
    domain_labels,
    fold,
    looks_like_person,
    phrase_in,
    phrase_stems,
    stem_coverage,
)
from kindly.domains import PUBLIC_DOMAINS
from kindly.gated import gated
from kindly.model import Intent
from kindly.profile import Goal, GoalKind, Profile
from kindly.understand.people import GREETING, HONORIFICS, given_names


@dataclass(frozen=True, slots=True)
class Reading:
    """One message as every goal's fit reads it."""

    folded: str  # sender and text, folded
    stems: frozenset[str]
    sender: str  # folded
    domain: str  # the sender's domain ("emberandoak.example"), "" when the sender has no address
    domain_label: str  # its main label ("emberandoak"), "" for webmail or none
    audience: str  # a client target of the profile the message names ("design studios"), or ""
    peer: str  # how the sender says they are one of the user's peers ("i'm a fractional cfo"), or the peers
    # a group or event is for ("independent bookkeepers"), or ""
    grew: str  # how someone in it grew from working alone to a team ("just me in 2014 ... 22 people now")
    weights: Mapping[str, float]  # how much each word of a goal's description says about that goal
    implied: Mapping[
        str, str
    ]  # general words the message implies, each with its own word ("design": "branding")
    sender_organisation: str = ""  # folded: where the sender says they work
    original: str = ""  # the text as written, for what only its capitals tell ("Will" the name, not "will")
    asks_for_work: bool = (
        False  # the writer asks the user for work, as a candidate (read once, for every goal)
    )

    @property
    def topic_stems(self) -> frozenset[str]:
        """The message's stems and the general ones it implies: what a goal's topic and targets are met by."""
        return self.stems | self.implied.keys()

    def said_as(self, stem: str) -> str:
        """A stem as evidence: "design (as branding)" where the message only implies it."""
        return stem if stem in self.stems else f"{stem} (as {self.implied[stem]})"


# Who writes and what they ask are said early: a huge message is read for them in its opening.
MAX_CHARS = 20_000


def read(
    profile: Profile, sender: str, folded: str, intent: Intent, organisation: str = "", original: str = ""
) -> Reading:
    folded = folded[:MAX_CHARS]
    if intent is Intent.INTRODUCTION:  # an introducer tells the other side who the user is
        folded = _without_the_user_described(profile, folded)
    folded = _YOUR_WORK_READ.sub(" ", folded)
    folded = without_salutation(folded, original)
    folded = _business_owners_said(profile, folded)
    stems = frozenset(content_stems(folded)) | compound_stems(folded)
    implied = {general: word for general, word in implied_stems(folded).items() if general not in stems}
    if "local" not in stems and (place := _home_place_named(profile, folded)):
        implied["local"] = place  # "local runners": runners in the area the user's goals name
    sender = fold(sender)
    domain = sender.rpartition("@")[2].strip(" >").lower() if "@" in sender else ""
    return Reading(
        folded,
        stems,
        sender,
        domain,
        domain_label(domain),
        _audience_named(profile, stems),  # whom a talk reaches is said in so many words
        _peer_named(profile, folded, stems, intent in _GATHERINGS),
        _growth_told(folded),
        topic_weights(tuple(goal.description for goal in profile.goals)),
        MappingProxyType(implied),
        fold(organisation),
        original[:MAX_CHARS],
        asks_for_work(original[:MAX_CHARS] or folded),
    )


def titled(name: str, text: str) -> bool:
    """Whether a message writes a name after a title of a person ("Dr Adaeze Nwosu", "Prof. Tunde Bakare"): someone,
    whatever kindly's list of first names knows."""
    honorific = "|".join(sorted(HONORIFICS))
    pattern = rf"\b(?:{honorific})\.?\s+{re.escape(name)}\b"
    return re.search(pattern, " ".join(text.split()), re.IGNORECASE) is not None


def _home_place_named(profile: Profile, folded: str) -> str:
    """A place the user's goals name ("Eastern Suburbs" of "... sports clubs in the Eastern Suburbs") that the
    message names too: what "local" means for this user; "" otherwise."""
    places = _places_in(tuple(goal.description for goal in profile.goals))
    return next((place for place in places if phrase_in(place, folded)), "")


@lru_cache(maxsize=64)
def _places_in(descriptions: tuple[str, ...]) -> tuple[str, ...]:
    """The places goal descriptions name: a capitalised phrase after "in", "around" or "across"."""
    found = (_PLACE.findall(description) for description in descriptions)
    return tuple(dict.fromkeys(place for places in found for place in places))


_PLACE = re.compile(r"\b(?:in|around|across|near)\s+(?:the\s+)?((?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)*)")


_GATHERINGS = frozenset({Intent.COMMUNITY_INVITATION, Intent.EVENT_INVITATION})


# The line that greets the reader by name or title ("Dear Councillor Okonkwo-Baird,", "Kia ora Ruth,", "Hi Dr
# Lee"), in the opening lines: it says who the user is, not who writes or whom the ask is for. A greeting to
# a group ("Dear councillors,", "Hi all", "Hello fellow bookkeepers") says whom the mail is for, and stays.
_GREETED = re.compile(rf"^[ \t]*(?:{GREETING}|attn:?)", re.IGNORECASE)
_TO_A_GROUP = re.compile(
    r"\b(?:all|everyone|everybody|fellow|friends|colleagues|team|folks|members|both|you two|y'all)\b",
    re.IGNORECASE,
)
# a word that may name a group ("councillors", "Parents"), or a name that ends in "s" ("Harris", "Jones")
_PLURAL = re.compile(r"\b[A-Za-z][a-z]{2,}s\b")
# what is written before a surname: "Councillor Harris", "Ms Jones", "Rev. James": an honorific or a title of
# office
_TITLES = HONORIFICS | frozenset(
    [
        "doctor",
        "lord",
        "lady",
        "madam",
        "hon",
        "reverend",
        "father",
        "pastor",
        "rabbi",
        "imam",
        "deacon",
        "councillor",
        "councilor",
        "cllr",
        "cr",
        "mayor",
        "senator",
        "judge",
        "minister",
        "premier",
        "governor",
        "commissioner",
        "representative",
        "rep",
        "president",
        "chair",
        "dean",
        "director",
        "principal",
        "captain",
        "capt",
        "coach",
        "officer",
        "sheriff",
    ]
)
_A_TITLE = rf"(?:{'|'.join(sorted(_TITLES))})\.?"
_SALUTATION = re.compile(
    rf"^[ \t]*(?:{GREETING}|attn:?)\b[^\n]{{0,60}}$|"
    # ...or the reader's title and name alone on the line, as a member writes to a pastor ("Pastor Whitaker,",
    # "Rev. Dr. Whitaker,", "Pastor,"): the title is the user's, not the audience's
    rf"^[ \t]*{_A_TITLE}(?:[ \t]+{_A_TITLE}){{0,2}}(?:[ \t]+[\w'’-]+){{0,3}}[ \t]*[,:][ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
_OPENING = 400  # characters of the message a greeting is looked for in


def _to_a_group(greeting: str) -> bool:
    """Whether a greeting, as written, is to a group ("Dear councillors,", "Hello Parents and Carers,"), not to
    one person whose name ends in "s" ("Dear Councillor Harris,", "Hi James,", "Dear Ms Jones,")."""
    if _TO_A_GROUP.search(greeting):
        return True
    rest = _GREETED.sub("", greeting, count=1)
    for found in _PLURAL.finditer(rest):
        word = found.group(0)
        before = re.findall(r"[\w'’]+", rest[: found.start()])
        previous = before[-1] if before else ""
        if (
            word.capitalize() in given_names()
            or previous.lower() in _TITLES
            or previous.capitalize() in given_names()
        ):
            continue  # a name: "James", "Councillor Harris", "Sarah Jones"
        if word[0].isupper() and not re.match(r"[ \t]*(?:[,:;!—-]|$)", rest[found.end() :]):
            continue  # a capitalised word the greeting goes on after is a name's ("Dear Harris Clark,")
        return True
    return False


def greets_a_group(text: str) -> str:
    """The greeting of a message written to a group ("Dear local business owners,", "Hello everyone,"), or ""."""
    found = _SALUTATION.search(text, 0, _OPENING)
    if found is None:
        return ""
    greeting = " ".join(found.group(0).split())
    return greeting if _to_a_group(greeting) else ""


def without_salutation(folded: str, original: str = "") -> str:
    """The folded text without its greeting of the reader (a greeting of a group is kept); `original`, the text
    as written, tells a group's word ("councillors") from a name ("Harris") by its capitals."""
    found = _SALUTATION.search(folded, 0, _OPENING)
    if found is None:
        return folded
    written = _SALUTATION.search(original, 0, _OPENING) if original else None
    greeting = written.group(0) if written is not None else found.group(0)
    if _to_a_group(greeting):
        return folded
    return folded[: found.start()] + folded[found.end() :]


# The user's own work told back to them: "I've been reading your series on AI in Irish hospitals" says how the
# sender knows the user, not what the sender brings (a literary agent's pitch is no hospital source).
_YOUR_WORK_READ = re.compile(
    r"\b(?:read|reading|enjoyed|enjoying|loved|following|followed|admired|came across|come across)\b[^.!?\n]{0,25}?"
    r"\byour\s+(?:[a-z-]+\s+)?(?:series|articles?|pieces?|stor(?:y|ies)|reporting|coverage|columns?|newsletter|"
    r"books?|posts?|essays?|research|papers?|reports?)\s+(?:on|about|into|of)\s+[^.!?\n,;]*"
)


def _without_the_user_described(profile: Profile, folded: str) -> str:
    """The message without what it says of the user: an introducer tells the other side "Dana is a fractional
    CFO for several design studios", which is no audience, peer or topic of the invitation."""
    first = re.escape(fold(profile.user.name).split()[0]) if profile.user.name.strip() else ""
    if not first:
        return folded
    return re.sub(rf"\b{first}(?:\s+[a-z'-]+)?\s+(?:is|has|works|runs|helps|does)\b[^.!?\n]*", " ", folded)


@lru_cache(maxsize=64)
def topic_weights(descriptions: tuple[str, ...]) -> Mapping[str, float]:
    """1 over the number of goals whose description uses a word: "bookkeeping", in a profile whose clients
    need it and whose peers do it, tells those two goals apart less than "architecture" or "peer" does."""
    counts: Counter[str] = Counter()
    for description in descriptions:
        counts.update(set(content_stems(description)))
    return MappingProxyType({stem: 1 / count for stem, count in counts.items()})  # shared: read-only


def _audience_named(profile: Profile, stems: frozenset[str]) -> str:
    """The first of the user's clients (a find-clients target, "design studios") the message names at least
    half of ("freelance designers"); "" when none."""
    for goal in profile.goals:
        if goal.kind is GoalKind.FIND_CLIENTS:
            for target in goal.targets:
                if not looks_like_person(target) and stem_coverage(target, stems) >= 0.5:
                    return target
    return ""


# How a sender says what they are: "I'm a fractional CFO too", "I'm a solo bookkeeper in Beaverton",
# "fellow fractional exec" (the few words after), "I own Thornbury & Co., a bookkeeping and advisory firm"
# (the rest of the sentence), "Founder, Brightwater Bookkeeping" (a signature line).
_SELF_DESCRIPTION = re.compile(
    r"\b(?:i'?m|i am|we'?re|we are|as)\s+(?:a|an|also a|also an|another)\s+((?:[\w-]+\s+){0,2}[\w-]+)"
    r"|\bfellow\s+((?:[\w-]+\s+){0,2}[\w-]+)"
    r"|\bi (?:own|run|started|founded|built)\s+([^.!?\n]{0,80})"
    r"|\b(?:we|i) (?:do|offer|provide)\s+([^.!?\n]{0,60})"
    r"|\b(?:founder|co-founder|owner|principal)\s*(?:,|of|at)\s*([^.!?\n]{0,50})"
    r"|\b(?:of us|people|folks)\s+(?:who|that)\s+((?:do|keep|run|handle|manage)\s+[^.!?\n]{0,60})"
    # "a handful of us solo bookkeepers", "we fractional CFOs"
    r"|\b(?:us|we)\s+((?:(?:solo|independent|freelance|fractional|other|local|part-time)\s+)?[a-z-]+s)\b"
)
# The trade in its everyday words: "we keep the books for agencies" is what bookkeepers do.
_TRADE_WORDS = (
    (
        # only done for others: "I keep the books myself" is a client's confession
        re.compile(r"\b(?:keep|keeps|keeping|do|does|doing|run|runs)\s+the\s+(?:books|numbers)\s+for\b"),
        "bookkeeping for",
    ),
)
# ...unless the same sentence says they want what the user offers ("I run a studio and need a bookkeeper").
_WANTS = re.compile(r"\b(need|needs|looking for|hire|hiring|searching for|recommend)\b")
# not words.SENTENCE: the rest of a sentence from where a description starts, and no more than 300 characters of it
_SENTENCE = re.compile(r"[^.!?\n]{0,300}")


def _peer_named(profile: Profile, folded: str, stems: frozenset[str], peers_invited: bool) -> str:
    """How the sender describes themselves when it is as one of the peers a community goal looks for (any
    word of "fractional CFOs" or "independent bookkeepers" but the adjectives anyone may use), or, where the
    ask is to join a group or an event, the peers it is for ("a meetup for independent bookkeepers");
    "" when neither."""
    community = tuple(
        t for goal in profile.goals if goal.kind is GoalKind.FIND_COMMUNITY for t in goal.targets
    )
    kinds, peers = _peers_of(community)
    if not peers:
        return ""
    for match in _SELF_DESCRIPTION.finditer(folded):
        description = next(group for group in match.groups() if group is not None)
        for everyday, trade in _TRADE_WORDS:
            description = everyday.sub(trade, description)
        if not (peers & set(content_stems(description)) or _adjective_of_a_kind(description, kinds)):
            continue
        sentence = _SENTENCE.match(folded, match.start())
        if sentence is None or not _WANTS.search(sentence.group(0)):
            return match.group(0).strip()
    if peers_invited:
        return next((kind for kind in kinds if stem_coverage(kind, stems) == 1.0), "")
    return ""


# A community of people who own a business: "local business owners", "women business owners", "shop owners",
# "small business founders", "entrepreneurs" (not "pet owners", nor "homeowners").
_OWNERS_KIND = re.compile(
    r"\b(?:(?:small\s+)?business|shop|store|retail|restaurant|cafe)\s+(?:owners?|founders?)\b|\bentrepreneurs?\b"
    r"|\bshopkeepers?\b"
)
_A_BUSINESS = (
    r"(?:shops?|stores?|business(?:es)?|boutiques?|cafes?|bakery|bakeries|bookstores?|bookshops?|restaurants?|"
    r"salons?|galler(?:y|ies)|bars?|florists?|studios?)"
)
# Someone who owns one: a signature's role ("owner, Tidewater Books", "founder of Loop Coffee"), or the text's
# "I own a shop", "she runs a bakery", "women who own shops" ("a product owner" or "owner of the house" is none).
_OWNS_A_BUSINESS = re.compile(
    r"(?<!product )(?<!process )(?<!project )(?<!account )(?<!home )"
    r"\b(?:owner|co-owner|founder|co-founder|proprietor)\s*(?:,|of\b|at\b|&)\s*(?!the (?:house|home|property|"
    r"condo|building|car|dog)\b)[a-z0-9][^.!?\n,]{1,50}"
    rf"|\b(?:i|she|he|we|they|who)\s+(?:own|owns|run|runs|opened|started)\s+(?:(?:a|an|the|my|her|his|our|their|"
    rf"own|small|little|local|independent)\s+){{0,3}}(?:[\w'-]+\s+)?{_A_BUSINESS}\b"
)


def _business_owners_said(profile: Profile, folded: str) -> str:
    """Where a community goal's targets seek business owners ("local business owners", "women business owners"), the text
    with each way it says someone owns a business ("owner, tidewater books", "women who own shops") said in the
    targets' words too ("women business owner who own shops"): never a homeowner, a product owner, or an owner who
    says they need what the user offers ("I run a cafe and need a realtor")."""
    if not any(
        _OWNERS_KIND.search(fold(target))
        for goal in profile.goals
        if goal.kind is GoalKind.FIND_COMMUNITY
        for target in goal.targets
    ):
        return folded
    said, end = [], 0
    for match in _OWNS_A_BUSINESS.finditer(folded):
        sentence = _SENTENCE.match(folded, match.start())
        if sentence is None or not _WANTS.search(sentence.group(0)):
            said += [folded[end : match.start()], "business owner "]
            end = match.start()
    return "".join([*said, folded[end:]])


@lru_cache(maxsize=64)
def _peers_of(community_targets: tuple[str, ...]) -> tuple[tuple[str, ...], frozenset[str]]:
    """(the kinds of people a community goal looks for, the words that say someone is one of them)."""
    kinds = tuple(t for t in community_targets if not is_name(t))
    return kinds, frozenset().union(*(phrase_stems(kind) for kind in kinds)) - _ANYONE_MAY_BE


def _adjective_of_a_kind(description: str, kinds: tuple[str, ...]) -> bool:
    """Whether a sender's own word for their group is the first word of a kind of peer sought, said as a noun ("a
    few of us independents", "fellow independents" to one who looks for "independent advisers"): the kind by its
    short name. An adjective with a noun of its own ("an independent studio") names another kind."""
    words = description.split()
    if len(words) != 1 or not words[0].endswith("s"):
        return False
    said = content_stems(words[0])
    return (
        bool(said)
        and said[0] in _ANYONE_MAY_BE
        and any(content_stems(kind)[:1] == said[:1] for kind in kinds)
    )


# What a studio owner or a client may call themselves as readily as a peer ("an independent studio").
_ANYONE_MAY_BE = frozenset({"independent", "solo", "small", "creative", "local", "freelance", "new"})


_NUMBER = (
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)"
)
# A team someone has now: "we're 22 people now", "grew it ... to a 20-person accounting firm", "into a firm of
# nine", "is now seven of us", "past ten staff" (not "an evening for 40 people").
_TEAM = re.compile(
    rf"\bthere are\s+(?:now\s+)?{_NUMBER}\s+of us\b"
    rf"|\b(?:now|today|we'?re|we are|is at|are at|to|into|past|grew to|grown to)\s+(?:(?:now|a|an|about|over|"
    rf"almost|nearly)\s+)*(?:{_NUMBER}[- ](?:people|person|staff|employees|of us)\b"
    rf"|(?:firm|team|company|practice|shop|office) of {_NUMBER}\b)"
    # "grew into an accounting firm of 22 people" (not "moved to a bigger firm of 30")
    rf"|\binto\s+an?\s+[a-z-]+\s+(?:firm|team|company|practice|shop|office) of {_NUMBER}\b"
    rf"|\b{_NUMBER}[- ](?:people|staff|employees|of us)\s+now\b"
    # "from just me to 14 agents", "from one person to a team of nine": whoever they are, counted
    rf"|\bfrom\s+(?:just\s+)?(?:me|myself|one person)\s+to\s+(?:a\s+team\s+of\s+)?{_NUMBER}\b"
)
# ...and that began as one person, said before it.
_ALONE = re.compile(
    r"\b(just me|just (him|her)self|solo|on my own|alone|one-(wo)?man|one-person|sole (practitioner|proprietor)|"
    r"kitchen table|spare (bed)?room|by myself|out on my own|from scratch)\b"
)


def _growth_told(folded: str) -> str:
    """A team size that someone in the message reached from working alone ("i started solo eight years ago
    and we're seven people now"), or a company they scaled to a size in money ("i scaled fleetbooks to $18m
    arr"); "" when none."""
    for team in _TEAM.finditer(folded):
        before = folded[max(0, team.start() - 200) : team.end()]
        alone = _ALONE.search(before)
        if alone:
            return folded[max(0, team.start() - 200) + alone.start() : team.end()]
    scaled = _SCALED.search(folded) or _SITES.search(folded)
    return scaled.group(0) if scaled else ""


_SITE = r"(?:offices?|locations?|clinics?|practices?|sites?|branch(?:es)?|studios?|shops?|stores?)"
_MANY = _NUMBER.replace(r"\d+|two|", r"[2-9]|[1-9]\d+|two|")  # more than one
# A practice grown to several places: "grew it from one office to six", "from a single location to four", "I have
# four offices now", "she now runs three clinics" (one person's: not a firm's "we have 40 offices", "an office of
# four", nor "we serve 60 practices").
_SITES = re.compile(
    rf"\bfrom\s+(?:one|a\s+single|a|1|our\s+first|just\s+one)\s+{_SITE}\s+to\s+(?:{_MANY})\b"
    rf"|\b(?:i|he|she)\s+(?:now\s+)?(?:have|has|run|runs|own|owns|operate|operates)\s+(?:now\s+)?{_MANY}\s+"
    rf"{_SITE}\b(?!\s+(?:as|for|in\s+our))"
)


# "I scaled FleetBooks to $18M ARR", "took our startup from zero past $25m in revenue", "grew it to CHF 2m ARR"
# (the sender's own work), the currency by sign or code (not "built a wall over 2m long")
_SCALED = gated(
    re.compile(
        r"\b(?:i|we)\b[^.!?\n]{0,20}\b(?:scaled|grew|took|built)\b[^.!?\n]{0,60}?\b(?:to|past|beyond|over)\s+"
        rf"{BEFORE_THE_NUMBER}\s?\d+(?:\.\d+)?\s?(?:m|mm|million|b|bn|billion)\b(?:\s+(?:arr|revenue|in revenue|a year))?"
    )
)


def grows_a_practice(goal: Goal) -> bool:
    """Whether a mentor goal is about growing a practice: someone who grew one is then the mentor sought."""
    words = phrase_stems(" ".join([goal.description, *goal.targets]))
    return goal.kind is GoalKind.FIND_MENTOR and bool(words & _GROWTH)


_GROWTH = frozenset(
    {
        "grow",
        "grew",
        "grown",
        "growth",
        "staff",
        "firm",
        "team",
        "hire",
        "hiring",
        "associate",
        "scale",
        "scal",
    }
)


def is_name(target: str) -> bool:
    """A target written as a name, every word capitalised but the small ones ("Ember & Oak Studio", "Priya
    Natarajan", "Fractional Finance PDX"), not a kind of people ("design studios", "fractional CFOs",
    "Independent bookkeepers", "SaaS founders")."""
    words = [w for w in target.split() if any(c.isalpha() for c in w) and w.lower() not in _SMALL_WORDS]
    capitalised = [w[:1].isupper() and w[1:2].islower() for w in words]  # "Oak", not "CFOs" or "SaaS"
    # every word capitalised or in capitals ("PDX"), and at least one capitalised
    return any(capitalised) and all(c or w.isupper() for c, w in zip(capitalised, words, strict=True))


_SMALL_WORDS = frozenset({"of", "and", "the", "for", "de", "da", "van", "von", "der", "la", "le", "du", "at"})


def clients_of(goal: Goal) -> tuple[str, ...]:
    """The client a goal to help a client names ("Ember & Oak Studio"): its targets written as names, or a
    household by its surname ("Okafor family", "the Nguyens")."""
    if goal.kind is not GoalKind.HELP_CLIENT:
        return ()
    named = _names_of_organisations(tuple(goal.targets))
    places = _places_of_the_move(goal.description)
    return tuple(t for t in named if fold(t) not in places) + _families(tuple(goal.targets))


# Where a goal's client moves or is, in its own description: "relocate from Calgary to Toronto", "based in
# Leeds" - a place named as a target ("Calgary") is where the client comes from, not the client.
_PLACE_OF = re.compile(
    r"\b(?:from|in|near|around|across|outside|within)\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
)
_MOVED_TO = re.compile(
    r"\bfrom\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+to\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
)


@lru_cache(maxsize=256)
def _places_of_the_move(description: str) -> frozenset[str]:
    return frozenset(
        fold(found.group(1)) for pattern in (_PLACE_OF, _MOVED_TO) for found in pattern.finditer(description)
    )


@lru_cache(maxsize=256)
def _names_of_organisations(targets: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(t for t in targets if is_name(t) and not looks_like_person(t))


# A household named by its surname: "Okafor family", "the Okafor family", "the Nguyens", "Bergmann household".
_FAMILY = re.compile(
    r"^(?:the\s+)?([A-Z][\w'’]+(?:-[A-Z][\w'’]+)?)\s+(?:family|household|kids|children)$"
    r"|^the\s+([A-Z][\w'’]+(?:-[A-Z][\w'’]+)?)s$"
)


def family_surname(target: str) -> str:
    """The surname of a household a target names ("Okafor" of "Okafor family" or "the Okafors"), else ""."""
    found = _FAMILY.match(" ".join(target.split()))
    return next((group for group in found.groups() if group), "") if found else ""


@lru_cache(maxsize=256)
def _families(targets: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(t for t in targets if family_surname(t) and not is_name(t))


@lru_cache(maxsize=256)
def _household_pattern(surname: str) -> re.Pattern[str]:
    """How mail names a household by its surname: "the Okafors", "the Okafor family", "the Okafors' move",
    "Mrs. Okafor", "the Okafor kids" (not "Okafor" alone: "Chidi Okafor of Lagos Capital" is someone else)."""
    name = re.escape(fold(surname))
    return re.compile(
        rf"(?<![a-z0-9])(?:the\s+{name}(?:e?s)?['’]?(?![a-z0-9])"
        rf"|{name}(?:['’]s)?\s+(?:family|household|kids|children|family's)\b"
        rf"|(?:mr|mrs|ms|dr)\.?\s+(?:and\s+(?:mr|mrs|ms|dr)\.?\s+)?{name}(?![a-z0-9]))"
    )


def household_named(client: str, folded: str) -> bool:
    """Whether folded text names the household a client target names by its surname (see _household_pattern)."""
    surname = family_surname(client)
    return bool(surname) and _household_pattern(surname).search(folded) is not None


@lru_cache(maxsize=256)
def name_stems(targets: tuple[str, ...]) -> frozenset[str]:
    """The words of a goal's targets written as names ("Priya", "Fieldwork"): matched whole, never as topic."""
    return frozenset().union(*(phrase_stems(t) for t in targets if is_name(t)))


# What a group or a firm is called after its name: "Creative Finance DAO" is not "Creative Finance Circle",
# "Ember and Oak Candle Co." not "Ember & Oak Studio", "fieldworkventures" not Fieldwork Capital.
_KIND_OF_BODY = frozenset(
    [
        "dao",
        "club",
        "guild",
        "collective",
        "network",
        "society",
        "association",
        "group",
        "community",
        "forum",
        "council",
        "circle",
        "alliance",
        "chapter",
        "lab",
        "labs",
        "capital",
        "partners",
        "ventures",
        "fund",
        "studio",
        "studios",
        "agency",
        "institute",
        "foundation",
        "league",
        "roundtable",
        "co",
        "company",
        "inc",
        "llc",
        "ltd",
        "corp",
        "candles",
        "bakery",
        "brewing",
    ]
)


@lru_cache(maxsize=1024)
def name_tokens(name: str) -> tuple[str, ...]:
    """The words of a name as a folded message writes them ("ember", "&" dropped, "oak", "studio")."""
    return tuple(re.findall(r"[a-z0-9]+", fold(name)))


def another_of_the_name(target: str, folded: str) -> bool:
    """The message names a body that shares a target's leading words but is another kind of body ("Creative
    Finance DAO" for "Creative Finance Circle", "Ember and Oak Candle Co." for "Ember & Oak Studio")."""
    words = [w for w in name_tokens(target) if w != "and"]
    if len(words) < 2 or words[-1] not in _KIND_OF_BODY:
        return False
    lead = r"\W+(?:and\W+)?".join(map(re.escape, words[:-1]))
    for match in re.finditer(rf"(?<![a-z0-9]){lead}\W+([a-z]+)(?:\W+([a-z]+))?", folded):
        following = [w for w in match.groups() if w]
        if words[-1] not in following and any(w in _KIND_OF_BODY for w in following):
            return True
    return False


def names_organisation(organisation: str, reading: Reading) -> bool:
    if writes_from(organisation, reading.domain_label) or phrase_in(organisation, reading.folded):
        return True
    if family_surname(organisation) and not is_name(organisation):
        return household_named(organisation, reading.folded)  # a household by its surname, not its words
    return stem_coverage(organisation, reading.stems) >= 0.6 and not another_of_the_name(
        organisation, reading.folded
    )


def domain_label(domain: str) -> str:
    labels = domain_labels(domain)
    return "" if domain in PUBLIC_DOMAINS or not labels else alphanumeric(labels[-1])


def writes_at(organisation: str, domain_label: str, sender_organisation: str) -> bool:
    """The sender writes from an organisation: their address spells it, or their signature (where they say they
    work, folded) names it."""
    return writes_from(organisation, domain_label) or bool(
        sender_organisation and phrase_in(organisation, sender_organisation)
    )


def writes_from(organisation: str, domain_label: str) -> bool:
    """Whether the main label of the sender's domain spells an organisation's name ("emberandoak", of
    jonah@emberandoak.example, for "Ember & Oak Studio"): every distinctive word of the name, in order."""
    distinctive = spelled_by(organisation)
    if not domain_label or not distinctive:
        return False
    position = 0
    for word in distinctive:
        position = domain_label.find(word, position)
        if position < 0:
            return False
        if word == distinctive[0] and not _opens_the_label(domain_label[:position], organisation):
            return False  # "twocrowsgames" ends in "games", yet spells another studio than "UK Games Fund"
        position += len(word)
    # "fieldworkventures" spells Fieldwork but is another firm than Fieldwork Capital; "fieldworkcap",
    # "emberandoakpdx" are the firm's own
    rest = domain_label[position:]
    own = set(name_tokens(organisation))
    if any(rest.startswith(word) for word in own if len(word) >= 3):
        return True
    return not any(rest.startswith(kind) for kind in _KIND_OF_BODY - own)


# What may stand before an organisation's name in its own address: "theemberandoak", "getfieldwork".
_LABEL_OPENERS = frozenset(
    {"the", "get", "go", "join", "hello", "hi", "team", "my", "our", "we", "use", "try"}
)


def _opens_the_label(before: str, organisation: str) -> bool:
    """Whether what a domain label holds before an organisation's first distinctive word still leaves it that
    organisation's address: nothing, the name's own lesser words ("uk" of "ukgamesfund") or a word such as "the" -
    not another name ("twocrows" of "twocrowsgames")."""
    own = set(name_tokens(organisation)) | _LABEL_OPENERS
    while before:
        word = next((w for w in sorted(own, key=len, reverse=True) if w and before.startswith(w)), "")
        if not word:
            return False
        before = before[len(word) :]
    return True


@lru_cache(maxsize=4096)
def spelled_by(organisation: str) -> tuple[str, ...]:
    """The words an address must spell to be an organisation's; none for a kind of sender ("design
    studios") or a person."""
    if not is_name(organisation) or looks_like_person(organisation):
        return ()
    return tuple(w for w in _distinctive_words(organisation) if len(w) >= 3)


def namesake_of(goal: Goal, target: str, reading: Reading) -> str:
    """The organisation the sender writes for, when they bear a target person's name but neither write from
    nor name the organisation the goal gives for that person, and the message itself names the one of their
    address ("Priya Natarajan" of Lumen Haus, writing from lumenhaus.example.com about her studio's cash
    flow, is not Priya Natarajan of Fieldwork Capital); "" when nothing says so. Webmail, a personal domain
    or an address the message does not explain keeps the benefit of the doubt."""
    organisations = [t for t in goal.targets if not looks_like_person(t)]
    if goal.kind is not GoalKind.MEET_PERSON or not organisations:
        return ""
    label, folded = reading.domain_label, reading.folded  # no label for webmail
    person = [alphanumeric(w) for w in fold(target).split()]
    if len(label) < 5 or any(len(w) >= 3 and w in label for w in person):
        return ""  # a placeholder ("x.example") or the person's own domain ("priyanatarajan.com")
    for organisation in organisations:
        distinctive = _distinctive_words(organisation)
        if phrase_in(organisation, folded) or any(len(w) >= 4 and w in label for w in distinctive):
            return ""
    if any(w in label for w in _named_beside(goal.description, person)):
        return ""  # the goal says where they are ("whose lab at the University of Bristol"), and so does the address
    # The message names the sender's organisation as their address spells it ("Lumen Haus").
    body = folded.partition("\n")[2]
    return reading.domain if label in alphanumeric(body) else ""


def _named_beside(description: str, person: list[str]) -> list[str]:
    """The distinctive words of the names a goal's description gives beside its person ("Bristol" of "... whose lab
    at the University of Bristol"): capitalised words after the first, not the person's own nor a kind of body."""
    words = [alphanumeric(w) for w in description.split()[1:] if w[:1].isupper()]
    return [
        w
        for w in (fold(w) for w in words)
        if len(w) >= 4
        and w not in person
        and w not in _GENERIC_ORGANISATION_WORDS
        and w not in _KIND_OF_PLACE
    ]


# Words of an institution's name that many institutions share: "University" of Bristol is no Bristol address.
_KIND_OF_PLACE = frozenset(
    ["university", "college", "school", "institute", "department", "faculty", "centre", "center", "hospital"]
)


def _distinctive_words(organisation: str) -> list[str]:
    return [alphanumeric(w) for w in fold(organisation).split() if w not in _GENERIC_ORGANISATION_WORDS]


_GENERIC_ORGANISATION_WORDS = frozenset(
    [
        "capital",
        "partners",
        "group",
        "labs",
        "lab",
        "ventures",
        "studio",
        "studios",
        "company",
        "fund",
        "holdings",
        "consulting",
        "advisors",
        "associates",
        "llc",
        "inc",
        "ltd",
        "the",
        "of",
        "and",
        "co",
    ]
)


# The words of a firm's name that say only its sector, which people drop in speech: "Cedarline" for Cedarline
# Analytics, "Lumora" for Lumora Health.
_SECTOR_WORDS = frozenset(
    [
        "health",
        "healthcare",
        "energy",
        "analytics",
        "systems",
        "software",
        "technologies",
        "technology",
        "tech",
        "therapeutics",
        "bio",
        "biosciences",
        "robotics",
        "media",
        "bank",
        "financial",
        "insurance",
        "logistics",
        "networks",
        "solutions",
        "data",
        "ai",
        "labs",
        "capital",
        "partners",
        "group",
        "inc",
        "ltd",
        "llc",
        "corp",
        "co",
    ]
)


def short_name_said(organisation: str, original: str) -> str:
    """The firm a target names, said by its own first word alone, written as a name inside a sentence ("the ML
    platform team at Cedarline, they're hiring" for "Cedarline Analytics"); "" where it is not. Only a name of two
    words whose second says the sector: "Creative Finance Circle" is not met by "creative", nor "PyData Austin" by
    "PyData" (another city's)."""
    said = organisation.split()
    if (
        len(said) != 2
        or not is_name(organisation)
        or said[1].lower() not in _SECTOR_WORDS
        or len(said[0]) < 4
    ):
        return ""
    if looks_like_person(organisation):
        return ""
    text = original[:20_000]
    # the first word with another name word after it is another firm of that word ("Fieldwork Ventures",
    # "Fieldwork Creative" for "Fieldwork Capital"): the short name may be that firm's, so it meets nothing
    other = re.search(rf"\b{re.escape(said[0])}[ \t]+(?!{re.escape(said[1])}\b)[A-Z]", text)
    if other:
        return ""
    # capitalised after a word in lower case: a name mid-sentence, not a word that opens one
    found = re.search(rf"(?<=[a-z,;:] ){re.escape(said[0])}\b(?!-)", text)
    return found.group(0) if found else ""
