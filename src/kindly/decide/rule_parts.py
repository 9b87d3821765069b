"""The parts of a never-rule besides its ideas: the condition it holds under ("... unless they pay"), the people
or things it spares ("except with parents": its exemption), and what must come first ("no meetings before a first
call": its prerequisite), with the meetings a rule is about; kindly.decide.rules reads the ideas themselves."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kindly.decide.rule_whom import sender_is_whom
from kindly.decide.rule_words import rule_as_told
from kindly.decide.words import fold, sentence_around
from kindly.model import Intent
from kindly.profile import Profile

_F = re.IGNORECASE


# Why the user keeps a rule, which is theirs to know and no part of what a message must show: "events on Sundays
# - it's the one day the shop is closed", "... because I'm with my family", "...; that's family time".
_A_CLAUSE = r"(?:i|we|it|they|that|this|there|he|she|my|our)\b"


_A_SUBJECT_AND_VERB = (
    r"(?:i|we|it|they|he|she|there|that|this)(?:'m|'re|'s|'ve|'d|'ll|\s+(?:am|are|is|was|were|have|has|had|do|does|"
    r"did|don't|doesn't|can|can't|cannot|will|won't|would|need|prefer|keep|spend|work|run|look|want|like|only|"
    r"already|never|always))\b"
)


# Each reason reaches to the end and opens where a run of spaces (and commas) opens, never inside one: a match
# inside it would also match from its start, and trying each of its places in turn takes time of its length squared.
REASON = re.compile(
    # after a dash set apart, or an em dash ("pay-to-play" is one word, "1\u20132 hour calls" a range)
    r"(?<!\s)\s+[-\u2013\u2014]+\s.*|(?<!\s)\s*\u2014\s*.*|"
    rf"(?<![\s,])[\s,]*\b(?:because|cause|given that)\s+{_A_CLAUSE}.*|"
    # "as", "since", "so" start a reason only with a verb after ("as I'm home", "since it's the one day"), not
    # a condition ("speaking as my employer's representative")
    rf"(?<![\s,])[\s,]*\b(?:since|as|so)\s+{_A_SUBJECT_AND_VERB}.*|"
    r"(?<![\s,])[\s,]*\bbecause\b.*|"  # "because of the kids"
    rf"(?<!\s)\s*[;:(]\s*{_A_CLAUSE}.*",  # a clause of its own, not another alternative ("selling; renting")
    _F | re.DOTALL,
)


@lru_cache(maxsize=1024)
def without_reason(rule: str) -> str:
    """A never-rule without the reason the user gives for it ("... - I'm home with the kids then"): the rules are the
    profile's, read again for every message, so each is cut once."""
    return REASON.sub("", rule)


@dataclass(frozen=True, slots=True)
class Condition:
    """A never-rule with a condition the user keeps to, which kindly cannot check but can say: "meetings with
    lobbyists without council staff present" rules out a meeting alone, not every meeting."""

    rule: str  # as the user wrote it
    base: str  # what it is about: "meetings with lobbyists"
    kept: str  # the condition as the user keeps it: "with council staff present", "if my manager is there"


# "X without Y", "X unless Y", "X except with Y": Y is the condition.
_CONDITION = re.compile(
    r"(?<!\s)\s+(?P<word>without|unless|except (?:with|when|if))\s+(?P<condition>\S.*)$", _F | re.DOTALL
)


# ...one of someone present, which a reply can promise: "council staff present", "my manager is there"
_PRESENCE = re.compile(
    r"\b(present|there|in attendance|in the room|attending|sitting in|on the call|joining|staff|officers?|"
    r"officials?|colleagues?|assistants?|advis[eo]rs?|chaperones?|witness(?:es)?|lawyers?|solicitors?|counsel|"
    r"managers?|clerks?|secretar(?:y|ies)|minders?|team members?|someone else|a third person|another person|"
    # a team by what it does: "never meet vendors without procurement", "... without legal on the call"
    r"procurement|purchasing|compliance|legal|(?:finance|hr|it|security) team)\b",
    _F,
)


@lru_cache(maxsize=256)
def rule_condition(rule: str) -> Condition | None:
    """The condition of a never-rule about who is present ("... without council staff present"), or None. A
    condition of another kind ("podcasts unless I'm paid", "panels without women speakers") is none of these:
    such a rule is read as before; nor is an exemption of whom the meeting is with (`rule_exemption`)."""
    if rule_exemption(rule) is not None:
        return None
    stated = without_reason(rule)  # the user's reason is no part of the condition
    found = _CONDITION.search(stated)
    if found is None or not _PRESENCE.search(found.group("condition")):
        return None
    base = stated[: found.start()].strip()
    if not base:
        return None
    word, condition = found.group("word").lower(), found.group("condition").strip().rstrip(".")
    said = {"without": "with", "except with": "with", "unless": "if"}.get(word, word.split()[-1])
    return Condition(rule, base, f"{said} {condition}")


@dataclass(frozen=True, slots=True)
class Exemption:
    """A never-rule that spares the people it is met with: "meetings during school hours except with parents or
    district staff" is no rule at all for a parent or the district's staff, and the whole rule for anyone else
    (not a condition of who else is there, as "... unless my manager joins" is)."""

    rule: str  # as the user wrote it
    base: str  # what it is about: "meetings during school hours"
    spared: str  # whom it spares, as the user said it: "parents or district staff"
    people: tuple[str, ...]  # each of them: "parents", "district staff"
    # "except for students": whom the thing is for ("weekend events except for students"), not only who writes
    joined: str = "with"


# "X except with Y", "X except for Y", "X unless (it's) with Y", "X other than with Y": Y are whom X may be with.
_EXEMPTION = re.compile(
    r"^(?P<base>\S.*?)(?<!\s)\s+(?:except|other than|apart from|unless(?:\s+(?:it's|it is|they're|they are))?)\s+"
    r"(?P<joined>with|for)\s+(?P<spared>\S.*)$",
    _F | re.DOTALL,
)


# ...where Y are not someone who joins ("except with my manager present", "unless with an adviser sitting in")
_JOINS = re.compile(
    r"\b(?:present|there|in attendance|in the room|attending|sitting in|on the call|joining|joins|along)\b",
    _F,
)


@lru_cache(maxsize=256)
def rule_exemption(rule: str) -> Exemption | None:
    """The people a never-rule spares ("meetings during school hours except with parents or district staff":
    parents, district staff), or None. A rule whose subject already names whom it is with ("meetings with
    lobbyists except with council staff") keeps a condition of who is there instead."""
    stated = without_reason(" ".join(rule.split())).strip().rstrip(".")
    found = _EXEMPTION.match(stated)
    if (
        found is None
        or re.search(r"\bwith\b", found.group("base"), _F)
        or _JOINS.search(found.group("spared"))
    ):
        return None
    spared = found.group("spared").strip()
    people = tuple(p for p in re.split(r"\s*(?:,|/|\bor\b|\band\b)\s*", spared, flags=_F) if p.strip())
    joined = found.group("joined").lower()
    return Exemption(rule, found.group("base").strip(), spared, people, joined) if people else None


@dataclass(frozen=True, slots=True)
class Prerequisite:
    """A never-rule about what must come first: "pitch calls without a deck first" rules out the call before the
    deck, not the founder, so the reply asks for the deck."""

    rule: str  # as the user wrote it
    base: str  # what it is about: "pitch calls"
    thing: str  # what must come first, as the user said it: "a deck"
    noun: str  # its last word, looked for in a message: "deck"

    @property
    def given(self) -> str:
        """The thing as a message that gives it has it: "the salary range" of "a salary range"."""
        return _AN_ARTICLE.sub("the ", self.thing)

    @property
    def for_recruiters(self) -> bool:
        """Whether the rule sets the user's terms for a recruiter's call ("recruiter calls without a salary range",
        "calls with headhunters before a job description"): a recruiter is asked for the thing, and one who gives
        it meets the user's terms."""
        return _NAMES_RECRUITERS.search(fold(self.base)) is not None


# A never-rule's subject that names recruiters ("recruiter calls", "calls with headhunters").
_NAMES_RECRUITERS = re.compile(r"\b(?:recruit\w*|headhunt\w*|talent\s+partners?)\b", _F)
# "a salary range" as given: "the salary range"
_AN_ARTICLE = re.compile(r"^(?:a|an|some)\s+", _F)


# "X without Y first", "no X before I've seen Y", "X before seeing Y", "recruiter calls before a written job
# description": Y (up to three words: "a signed NDA", "a written job description") comes first.
_FIRST = re.compile(
    r"^(?:no\s+)?(?P<base>\S.*?)(?<!\s)\s+(?:(?P<without>without)|before)\s+"
    r"(?:(?:seeing|receiving|getting|reading|having\s+seen|i(?:'ve|\s+have)?\s+(?:seen|got|received|read))\s+)?"
    r"(?P<thing>(?:(?:a|an|the|their|some)\s+)?[a-z][\w-]*(?:\s+(?!first\b|beforehand\b)[a-z][\w-]*){0,2})"
    r"(?P<first>\s+(?:first|beforehand))?$",
    _F,
)


# A thing named with its article, which a sender can send before the meeting ("a salary range", "an agenda"), not
# one that is there during it ("a colleague present", "the manager in the room").
_GIVEN_THING = re.compile(
    r"^(?:a|an|the|some)\s+(?!.*\b(?:present|there|attending|along|in\s+the\s+room|on\s+the\s+call)$)\S", _F
)


# What is asked for where a meeting-like word stands in the rule: "pitch calls", "intro meetings", "coffees".
_MEETING_WORD = re.compile(r"\b(calls?|meetings?|chats?|coffees?|zooms?|catch-?ups?|demos?)\b", _F)


_MEETING_ASKED = re.compile(
    r"\b(call|calls|meet|meeting|chat|coffee|zoom|teams|catch up|catch-up|walk you through|hop on|jump on)\b",
    _F,
)


_PITCHING = frozenset({Intent.SALES_PITCH, Intent.CLIENT_INQUIRY, Intent.PARTNERSHIP_PROPOSAL})
# What only someone pitching has to send: a deck, a one-pager, a business plan - not an investor asking to meet
# about the user's own fund, nor someone offering help ("intro calls without a deck first" waits for a founder's deck).
_A_PITCHS_OWN = re.compile(r"\b(?:deck|one-?pager|business\s+plan|exec(?:utive)?\s+summary|teaser)\b", _F)


# What keeps its organiser's date and time: an event, a group's meeting, a talk (a meeting can move).
KEEPS_ITS_DATE = frozenset({Intent.EVENT_INVITATION, Intent.SPEAKING_INVITATION, Intent.COMMUNITY_INVITATION})


_TIMES_OF_DAY = frozenset(
    [
        # the day itself and its turns: "calls before the working day starts" is an hour, not a thing to send
        "day",
        "starts",
        "begins",
        "ends",
        "noon",
        "midday",
        "lunch",
        "lunchtime",
        "breakfast",
        "dawn",
        "morning",
        "mornings",
        "work",
        "school",
        "hours",
        "am",
        "pm",
        "o'clock",
    ]
)


# "before" as "in front of" a body that hears a case: "an application pending before council", "appearing before
# the board", "a case coming up before the commission".
_IN_FRONT_OF = re.compile(
    r"\b(?:pending|appear\w*|coming(?:\s+up)?|heard|brought|sitting|testify\w*|up)$", _F
)


_NOT_YET = r"(?:no|don't have|do not have|haven't got|have not got|without|not yet|before)"


def about_meetings(rule: str) -> bool:
    """Whether a never-rule names meetings ("meetings on Sunday", "weekend calls"), whose day can move: not work
    on a day ("weekend work") or events."""
    return _MEETING_WORD.search(without_reason(rule)) is not None


@lru_cache(maxsize=256)
def rule_prerequisite(rule: str) -> Prerequisite | None:
    """The thing a never-rule wants first ("pitch calls without a deck first": a deck), or None. "without"
    needs its "first" ("panels without women speakers" is no order of things) - or a thing a sender gives, named
    with its article ("recruiter calls without a salary range", "meetings without an agenda"), not one that must be
    there ("without a colleague present"); "before" is one."""
    stated = without_reason(rule).strip().rstrip(".")
    found = _FIRST.match(stated)
    if found is None:
        return None
    if found.group("without") and not found.group("first") and not _GIVEN_THING.match(found.group("thing")):
        return None
    base, thing = found.group("base").strip(), found.group("thing").strip()
    noun = thing.split()[-1].lower()
    if _IN_FRONT_OF.search(base):
        return None  # "an application pending before council": the council hears it, nothing is sent first
    if not _MEETING_WORD.search(base) or noun in _TIMES_OF_DAY:
        return None  # only a meeting can wait for what comes first; "meetings before noon" is an hour
    return Prerequisite(rule, base, thing, noun)


@dataclass(frozen=True, slots=True)
class NotFirst:
    """A never-rule against something asked before a meeting: "NDAs before a first call" rules out the NDA ahead of
    the call, not the call, so a yes proposes the call first."""

    rule: str  # as the user wrote it
    thing: str  # what is not done first: "NDAs"
    meeting: str  # what it may not come before: "a first call"


# "NDAs before a first call", "signing anything ahead of an intro meeting", "paid pilots prior to a first chat": the
# thing names no meeting (else "calls before 7:00" or "calls before a deck" reads it), the meeting closes the rule.
_NOT_FIRST = re.compile(
    r"^(?:no\s+)?(?P<thing>\S.*?)(?<!\s)\s+(?:before|ahead\s+of|prior\s+to)\s+"
    r"(?P<meeting>(?:(?:a|an|the|any|our)\s+)?(?:(?:first|initial|intro|introductory|discovery)\s+)?"
    r"(?:calls?|meetings?|chats?|conversations?|coffees?|zooms?))$",
    _F,
)


def rule_not_first(rule: str) -> NotFirst | None:
    """The thing a never-rule keeps from coming before a meeting ("NDAs before a first call": NDAs), or None."""
    found = _NOT_FIRST.match(without_reason(rule).strip().rstrip("."))
    if found is None or _MEETING_WORD.search(found.group("thing")):
        return None
    return NotFirst(rule, found.group("thing").strip(), found.group("meeting").strip())


# A thing a rule names by its short name, as a message may write it in full: an NDA is "a non-disclosure agreement"
# or "a confidentiality agreement" too.
_SAID_ALSO = {"nda": r"(?:nda|non-?disclosure(?:\s+agreement)?|confidentiality\s+agreement)"}


def not_first_asked(profile: Profile, text: str, intent: Intent) -> tuple[NotFirst, list[str]] | None:
    """The never-rule against something coming before a meeting whose thing the message asks for ("Could you
    return the NDA signed by Friday, after which I will propose times for a first call?" under "NDAs before a first
    call"), with the evidence; None when none. Such a rule rules out the thing first, never the meeting."""
    if intent is Intent.NONE:
        return None
    joined = " ".join(text.split())
    for rule in profile.never:
        found = rule_not_first(rule.what)
        if found is None:
            continue
        noun = re.escape(found.thing.split()[-1].rstrip("sS") or found.thing)
        noun = _SAID_ALSO.get(noun.lower(), noun)
        said = re.search(rf"\b{noun}s?\b", joined, _F)
        if said is None or re.search(rf"\b(?:no|without)\s+(?:\w+\s+)?{noun}s?\b", joined, _F):
            continue  # "no NDA needed", "without an NDA": nothing asked first
        sentences = [
            sentence_around(joined, m.start(), m.end()) for m in re.finditer(rf"\b{noun}s?\b", joined, _F)
        ]
        if all(_AFTERWARDS.search(sentence) and not _ASKED_FIRST.search(sentence) for sentence in sentences):
            continue  # "If we move forward after that, we'll ask you to sign an NDA": it comes after the call
        return found, [f'asks for it: "{said.group(0)}"']
    return None


# A sentence that puts what it asks after the meeting ("after that", "if we move forward", "once we've talked"), and
# one that puts it before ("before", "first", "ahead of").
_AFTERWARDS = re.compile(
    r"\b(?:after(?:wards)?|later|once we|if we (?:move|go|decide to go) (?:forward|ahead)|down the (?:line|road)|"
    r"at a later stage)\b",
    _F,
)
_ASKED_FIRST = re.compile(r"\b(?:before|first|ahead of|prior to|beforehand)\b", _F)


def pitchs_own(first: Prerequisite) -> bool:
    """Whether what a never-rule wants first is what only someone pitching sends: a deck, a one-pager."""
    return _A_PITCHS_OWN.search(first.thing) is not None


def prerequisite_missing(
    profile: Profile, text: str, intent: Intent, *, raises: bool = False
) -> tuple[Prerequisite, list[str]] | None:
    """The never-rule whose first thing a message asking for its meeting has not sent ("Could we hop on a call?"
    from a founder with no deck, under "pitch calls without a deck first"), with the evidence; None when none.
    `raises`: the sender says they raise a round (a founder's coffee is a pitch, whatever the model read)."""
    if intent is Intent.NONE or intent in KEEPS_ITS_DATE:
        return None  # an event, a group or a talk is no meeting waiting for a deck
    joined = " ".join(text.split())
    for rule in profile.never:
        first = rule_prerequisite(rule.what)
        if first is None:
            continue
        if "pitch" in fold(first.base) and intent not in _PITCHING:
            continue  # a pitch call is asked by someone pitching
        if pitchs_own(first) and intent not in _PITCHING and not raises:
            continue  # a deck is a pitch's: an investor's coffee about the user's fund sends none
        if first.for_recruiters and intent is not Intent.RECRUITING:
            continue  # a recruiter's call by a recruiter: a mentor's call waits for no job description
        if not sender_is_whom(first.base, joined):
            continue  # an author's manuscript: an editor's lunch waits for none
        asked = _MEETING_ASKED.search(joined)
        if asked is None:
            continue
        denied = _denied(first, joined)
        if denied is None and _said(first, joined):
            continue
        why = f'no {first.noun}: "{denied.group(0)}"' if denied else f"no {first.noun} in the message"
        return first, [f'asks for it: "{asked.group(0)}"', why]
    return None


def recruiter_terms_met(profile: Profile, text: str) -> Prerequisite | None:
    """The never-rule that sets the user's terms for a recruiter's call ("recruiter calls without a salary range")
    whose thing a recruiter's message gives ("salary range EUR 110,000-130,000"), or None: the user takes such calls
    on those terms, so no reply tells the recruiter the user never would."""
    joined = " ".join(text.split())
    given = (first for rule in profile.never if (first := rule_prerequisite(rule.what)) is not None)
    return next((first for first in given if first.for_recruiters and _gives(first, joined)), None)


def prerequisite_sent(profile: Profile, text: str) -> bool:
    """Whether a message sends what a never-rule wants first ("Following up with the job description: ...",
    under "recruiter calls before a written job description"): its noun said and not denied."""
    joined = " ".join(text.split())
    firsts = (first for rule in profile.never if (first := rule_prerequisite(rule.what)) is not None)
    return any(_gives(first, joined) for first in firsts)


def _gives(first: Prerequisite, joined: str) -> bool:
    """Whether the words give what must come first: its noun said and not denied ("salary range EUR 110,000", not
    "no salary range yet" nor "the deck isn't ready")."""
    return _said(first, joined) and _denied(first, joined) is None


def _said(first: Prerequisite, joined: str) -> bool:
    return re.search(rf"\b{re.escape(first.noun)}\w*\b", joined, _F) is not None


def _denied(first: Prerequisite, joined: str) -> re.Match[str] | None:
    """The words that say what must come first is not there yet: "no deck yet", "the deck isn't ready"."""
    noun = re.escape(first.noun)
    return re.search(rf"\b{_NOT_YET}\b(?:\W+\w+){{0,3}}?\W+{noun}\w*\b", joined, _F) or re.search(
        rf"\b{noun}\w*\s+(?:isn't|is not|not)\s+(?:ready|done|finished|yet)\b", joined, _F
    )


# A rule said by what is done: "endorsing products", "paying to pitch at demo days" - told back by its verb ("You
# never endorse products"), not "You never do endorsing products". A word in -ing that names a kind of thing
# ("networking events", "speaking gigs", "wedding photography") keeps "You never do ...".
_THINGS_IN_ING = frozenset(
    {
        "speaking",
        "networking",
        "consulting",
        "training",
        "coaching",
        "mentoring",
        "wedding",
        "catering",
        "marketing",
        "recruiting",
        "banking",
        "accounting",
        "clothing",
        "building",
        "housing",
        "funding",
        "fundraising",
        "parking",
        "meeting",
        "morning",
        "evening",
        "engineering",
        "cleaning",
        "plumbing",
        "roofing",
        "landscaping",
        "bookkeeping",
        "staffing",
        "hosting",
        "packaging",
        "manufacturing",
        "shipping",
        "billing",
        "branding",
        "counseling",
        "counselling",
        "advertising",
        "publishing",
        "ticketing",
        "tutoring",
        "pitching",
        "recording",
        "filming",
        "modelling",
        "modeling",
        "boarding",
        "bidding",
        "lending",
        "listing",
        "offering",
        "painting",
        "printing",
        "reading",
        "shopping",
        "spending",
        "teaching",
        "testing",
        "timing",
        "writing",
        "nothing",
        "something",
        "anything",
        "everything",
    }
)
_VOWELS = "aeiou"


# verbs whose -ing drops an "e" that its ending does not show ("promoting": promote, "providing": provide)
_TAKES_E = frozenset(
    [
        "promote",
        "provide",
        "introduce",
        "charge",
        "change",
        "arrange",
        "manage",
        "quote",
        "complete",
        "dance",
        "force",
        "donate",
        "serve",
        "give",
        "judge",
        "endorse",
        "license",
        "use",
        "take",
        "make",
        "hire",
        "vote",
        "share",
        "write",
        "create",
        "move",
        "exchange",
        "engage",
        "produce",
        "reduce",
        "invite",
        "decline",
        "close",
        "rate",
        "trade",
        "leave",
        "save",
        "issue",
        "argue",
        "continue",
        "schedule",
        "handle",
        "settle",
        "practise",
        "advise",
        "revise",
        "supervise",
        "organise",
        "organize",
        "recognise",
        "recognize",
        "compete",
        "compile",
        "combine",
        "define",
        "describe",
        "operate",
        "persuade",
        "prepare",
        "promise",
        "purchase",
        "refuse",
        "release",
        "replace",
        "require",
        "resolve",
        "secure",
        "solve",
        "state",
        "subscribe",
        "translate",
        "type",
        "update",
        "value",
        "waive",
        "welcome",
        "price",
        "place",
        "face",
        "source",
        "outsource",
        "volunteer",
        "accommodate",
        "participate",
        "negotiate",
    ]
)
# verbs of more than one syllable whose -ing keeps their form ("visiting": visit), so that no "e" is guessed
_KEEPS_ITS_FORM = frozenset(
    [
        "visit",
        "edit",
        "develop",
        "budget",
        "pivot",
        "target",
        "benefit",
        "market",
        "limit",
        "credit",
        "audit",
        "exhibit",
    ]
)
# endings after which -ing drops nothing: hosting, attending, offering, sponsoring, following, paying, fixing, texting
_ENDS_WHOLE = (
    "st",
    "sk",
    "nd",
    "nt",
    "pt",
    "ct",
    "xt",
    "lk",
    "rk",
    "rn",
    "rm",
    "ck",
    "ch",
    "sh",
    "ll",
    "ss",
    "ft",
    "lp",
    "mp",
    "wn",
    "gn",
    "lt",
    "rt",
    "sp",
    "er",
    "or",
    "en",
    "on",
    "ow",
    "ew",
    "aw",
    "ay",
    "ey",
    "oy",
    "uy",
    "x",
)


def _verb_of(doing: str) -> str:
    """The verb a word in -ing is made from ("endorsing": endorse, "paying": pay, "running": run, "taking": take),
    or "" where kindly cannot tell ("promoting" is promote but "pivoting" pivot): the rule is then told as written."""
    base = doing[:-3].lower()
    if base + "e" in _TAKES_E:
        return base + "e"
    if base in _TAKES_E or base in _KEEPS_ITS_FORM:
        return base
    if len(base) >= 3 and base[-1] == base[-2] and base[-1] not in "lsz" + _VOWELS:
        return base[:-1]  # running, shopping
    syllables = len(re.findall(f"[{_VOWELS}y]+", base))
    closed = (
        len(base) >= 3 and base[-1] not in _VOWELS + "wxy" and base[-2] in _VOWELS and base[-3] not in _VOWELS
    )
    if syllables == 1 and closed:
        return base + "e"  # taking, hiring, voting, sharing (one syllable, its e dropped before -ing)
    if base.endswith(_ENDS_WHOLE) or (len(base) >= 3 and base[-2] in _VOWELS and base[-3] in _VOWELS):
        return base  # paying, sponsoring, speaking, offering, attending, joining
    return ""


def you_never_do(rule: str, mid_sentence: bool = False) -> str:
    """A never-rule told back as English, without its stop: "You never do calls on Fridays", one said by what
    is done by its verb: "You never endorse products", "You never pay or accept referral fees", "You never speak,
    judge or host", and things whose verb goes without saying by that verb: "You never accept gifts or meals from
    clients"."""
    said = "you never" if mid_sentence else "You never"
    rule = rule_as_told(
        rule
    )  # "never endorse products": "You never endorse products", not "never do never ..."
    if being := _BEING.match(rule):
        # "being a judge": "You're never a judge", not "You never be a judge"
        return f"{'you' if mid_sentence else 'You'}'re never {rule[being.end() :]}"
    doings = _doings_first(rule)
    if not doings:
        return f"{said} {_implied_verb(rule) or 'do'} {rule}"
    doings += _doings_listed_after(rule, doings[-1][1])
    if not all(_verb_of(rule[start:end]) for start, end in doings):
        return f"{said} do {rule}"  # a verb kindly cannot be sure of: the rule as the user wrote it
    told, at = [], 0
    for start, end in doings:
        told += [rule[at:start], _verb_of(rule[start:end])]
        at = end
    return f"{said} {''.join(told)}{rule[at:]}"


# the doings a rule starts with, joined: "paying or accepting referral fees", "speaking, judging or hosting"
_DOING = re.compile(r"[a-z]{2,}ing\b", _F)
_JOIN = re.compile(r",?\s+(?:or|and)\s+|,\s*", _F)


_BEING = re.compile(r"being\s+", _F)
# a later item of the list that starts with its own doing: "giving talks, or paying for stands"
_LATER_DOING = re.compile(r"(?:,\s*(?:(?:or|and)\s+)?|\s(?:or|and)\s+)(?P<doing>[a-z]{2,}ing)\b", _F)


def _doings_listed_after(rule: str, at: int) -> list[tuple[int, int]]:
    """Where the doings that start the later items of a list are ("giving talks, or paying for stands": "paying"),
    past `at`; a thing in -ing there ("... or networking events") is what the first doing is done to."""
    found = []
    for later in _LATER_DOING.finditer(rule, at):
        word = later.group("doing")
        if not _a_thing(rule, later, "doing") and re.search(f"[{_VOWELS}y]", word[:-3], _F):
            found.append(later.span("doing"))
    return found


# Doings that name a kind of thing before a noun ("speaking gigs", "networking events") but are done where they stand
# alone: "speaking, judging or hosting", "speaking at conferences", "consulting for free".
_DONE_ALONE = frozenset(
    {
        "speaking",
        "networking",
        "consulting",
        "training",
        "coaching",
        "mentoring",
        "recruiting",
        "hosting",
        "pitching",
        "tutoring",
        "teaching",
        "writing",
        "reading",
        "painting",
        "publishing",
        "bidding",
        "lending",
    }
)
# ...what follows a doing that stands alone: the list going on, the rule's end, or where or for whom it is done
_ALONE_AFTER = re.compile(
    r"\s*(?:$|,|/|;|\bor\b|\band\b|\b(?:at|on|in|for|to|with|about|from|during|without|unless|outside)\b)", _F
)


def _a_thing(rule: str, doing: re.Match[str], group: str | int = 0) -> bool:
    """Whether a word in -ing names a kind of thing ("networking events", "wedding photography"), not what is done
    ("speaking, judging or hosting")."""
    word = doing.group(group).lower()
    if word not in _THINGS_IN_ING:
        return False
    return word not in _DONE_ALONE or _ALONE_AFTER.match(rule, doing.end(group)) is None


# Things whose verb goes without saying: a gift is accepted, a testimonial given, contact had. A rule all of whose
# things are of one verb is told by it ("You never accept gifts or meals from clients"); else it is told as written.
_IMPLIED_VERBS = {
    "accept": frozenset(
        {
            "gift",
            "meal",
            "dinner",
            "lunch",
            "drink",
            "hospitality",
            "perk",
            "freebie",
            "trip",
            "invitation",
            "ticket",
            "sample",
        }
    ),
    "give": frozenset({"testimonial", "endorsement"}),
    "have": frozenset({"contact"}),
}
_OCCASIONS = frozenset({"meal", "dinner", "lunch", "drink"})
# Whose interviews a rule means, where its words say: the media's, given by the user ("podcast or media interviews",
# "press interviews"); a job's ("job interviews") or a bare "interviews" says no verb kindly can be sure of.
_INTERVIEWED_BY = re.compile(
    r"\b(?:podcasts?|media|press|radio|tv|television|news|newspapers?|magazines?|journalists?|reporters?)\b",
    _F,
)
_JOBS = frozenset({"job", "jobs", "role", "roles"})
# where a rule's things end: whom they are from, for, about or paid by, when or where
_THINGS_END = re.compile(
    r"\s(?:from|for|by|with|of|about|involving|paid|sponsored|funded|over|above|under|worth|during|on|in|at|to|"
    r"outside|that|which|where|when|while|unless|without|except|if)\b.*$",
    _F | re.DOTALL,
)
_THINGS_LISTED = re.compile(r"\s*(?:,\s*(?:(?:or|and)\s+)?|\s(?:or|and)\s+|/)\s*", _F)


def _implied_verb(rule: str) -> str:
    """The verb every thing a rule lists implies ("gifts, meals or invitations from clients": accept), or "" where
    they imply none, or not the same one. A lone word before a longer thing is said of that thing ("podcast or
    media interviews")."""
    stated = without_reason(rule)
    things = [t for t in _THINGS_LISTED.split(_THINGS_END.sub("", stated).strip()) if t.strip()]
    # "vendor lunches with my board chair": a meal with someone is had, not accepted
    shared = not re.search(r"\swith\s", stated, _F)
    verbs = set()
    for at, thing in enumerate(things):
        words = thing.lower().split()
        if len(words) == 1 and not words[0].endswith("s") and at + 1 < len(things):
            continue  # "podcast" of "podcast or media interviews"
        head = re.sub(r"(?<=[cs]h)es$|(?<!s)s$", "", words[-1])  # "lunches": lunch, "gifts": gift
        if head == "interview":
            # "podcast or media interviews": given; "job interviews" (a job's words anywhere before): done
            media = _INTERVIEWED_BY.search(stated) and not _JOBS & set(stated.lower().split())
            verbs.add("give" if media else "")
            continue
        verbs.add(next((verb for verb, heads in _IMPLIED_VERBS.items() if head in heads), ""))
        if head in _OCCASIONS and not shared:
            return ""
    return verbs.pop() if len(verbs) == 1 else ""


def _doings_first(rule: str) -> list[tuple[int, int]]:
    """Where the doings a rule starts with are ("paying or accepting referral fees": "paying", "accepting"),
    or none where any of them is a thing in -ing ("sponsoring or networking events") or no doing starts it."""
    found: list[tuple[int, int]] = []
    at = 0
    while doing := _DOING.match(rule, at):
        word = doing.group(0)
        # (a word whose stem has no vowel is no doing: "bring", "thing", "string")
        if _a_thing(rule, doing) or not re.search(f"[{_VOWELS}y]", word[:-3], _F):
            return []
        found.append(doing.span())
        joined = _JOIN.match(rule, doing.end())
        if joined is None:
            break
        at = joined.end()
    return found
