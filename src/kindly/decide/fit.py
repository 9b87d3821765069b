"""Goal fit: for every goal a score in [0, 1] with the evidence behind it."""

from __future__ import annotations

import itertools
import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache

from kindly.amounts import AN_AMOUNT
from kindly.decide.agency_recruiting import candidate_the_goal_seeks
from kindly.decide.board_seats import director_searched, seeks_a_board_seat
from kindly.decide.client_need import (
    buyer_for_client,
    clients_needing_you,
    introduced_business,
    own_work,
    raise_outside,
    referral_partner,
)
from kindly.decide.client_occasion import goes_to_their_occasions
from kindly.decide.creator_coverage import coverage_offered
from kindly.decide.fit_reading import (
    Reading,
    another_of_the_name,
    clients_of,
    domain_label,
    grows_a_practice,
    is_name,
    name_stems,
    name_tokens,
    names_organisation,
    namesake_of,
    read,
    short_name_said,
    spelled_by,
    titled,
    writes_at,
    writes_from,
)
from kindly.decide.funders import funder_courting, seeks_donors_for_client, seeks_funders
from kindly.decide.gatherings import peer_group_asked
from kindly.decide.guests import GUEST_OFFERED, guest_offered, names_owners, owns_a_business, seeks_guests
from kindly.decide.hiring import hiring_goal
from kindly.decide.learning import learning_goal, what_it_teaches
from kindly.decide.mentoring import (
    A_PROGRAMMES_MENTOR,
    ANSWERS_YOUR_REQUEST,
    advice_asked,
    career_step_asked,
    mentors_others,
    peer_group,
)
from kindly.decide.own_product import coverage_said, own_products
from kindly.decide.roles import held_role
from kindly.decide.rules import pays_you
from kindly.decide.self_described import described_as
from kindly.decide.tip_offered import offered_for_interview, seeks_sources, tip_offered
from kindly.decide.trade_offered import trade_offered
from kindly.decide.vendor_events import demo_for_one
from kindly.decide.words import (
    STOPWORDS,
    claims_an_office,
    content_stems,
    fold,
    looks_like_person,
    names_a_role,
    noun_of_its_own,
    phrase_in,
    phrase_stems,
    stem,
    stem_coverage,
    words,
)
from kindly.gated import gated
from kindly.model import DecisionMark, GoalFit, Intent
from kindly.profile import Goal, GoalKind, Profile
from kindly.understand.classify import mutual_referrals, swaps_clients
from kindly.understand.people import LEADING_HONORIFICS, only_passed_on

# How well each kind of ask can serve each kind of goal, before looking at who and what.
AFFINITY: dict[GoalKind, dict[Intent, float]] = {
    GoalKind.FIND_CLIENTS: {
        Intent.CLIENT_INQUIRY: 1.0,
        Intent.INTRODUCTION: 0.6,
        Intent.PARTNERSHIP_PROPOSAL: 0.5,
        Intent.EVENT_INVITATION: 0.5,
        Intent.COMMUNITY_INVITATION: 0.5,
        Intent.COFFEE_CHAT: 0.4,
        Intent.SPEAKING_INVITATION: 0.4,
    },
    # Credibility is built by speaking and writing: attending an event about one's subject does not.
    GoalKind.BUILD_CREDIBILITY: {
        Intent.SPEAKING_INVITATION: 1.0,
        Intent.PARTNERSHIP_PROPOSAL: 0.4,
        Intent.COMMUNITY_INVITATION: 0.4,
        Intent.INTRODUCTION: 0.3,
        Intent.COFFEE_CHAT: 0.2,
    },
    GoalKind.MEET_PERSON: {
        Intent.INTRODUCTION: 0.5,
        Intent.EVENT_INVITATION: 0.4,
        Intent.COFFEE_CHAT: 0.4,
        Intent.COMMUNITY_INVITATION: 0.3,
        Intent.PARTNERSHIP_PROPOSAL: 0.3,
    },
    GoalKind.HELP_CLIENT: {
        Intent.INTRODUCTION: 0.6,
        Intent.WORK_MEETING: 0.5,  # sitting down with the client, or for them, about the matter
        Intent.PARTNERSHIP_PROPOSAL: 0.4,
        Intent.EVENT_INVITATION: 0.3,
        Intent.COFFEE_CHAT: 0.3,
        Intent.COMMUNITY_INVITATION: 0.3,
        Intent.SALES_PITCH: 0.2,
    },
    GoalKind.FIND_COMMUNITY: {
        Intent.COMMUNITY_INVITATION: 1.0,
        Intent.EVENT_INVITATION: 0.7,
        Intent.COFFEE_CHAT: 0.3,
        Intent.INTRODUCTION: 0.4,
        Intent.SPEAKING_INVITATION: 0.3,
    },
    GoalKind.FIND_MENTOR: {
        Intent.INTRODUCTION: 0.6,
        Intent.COMMUNITY_INVITATION: 0.5,
        Intent.EVENT_INVITATION: 0.4,
        Intent.COFFEE_CHAT: 0.4,
    },
    GoalKind.AMPLIFY_CAMPAIGN: {
        Intent.PARTNERSHIP_PROPOSAL: 0.8,
        Intent.SPEAKING_INVITATION: 0.7,
        Intent.COMMUNITY_INVITATION: 0.4,
        Intent.INTRODUCTION: 0.4,
        Intent.EVENT_INVITATION: 0.3,
    },
    # a goal in the user's own words may be served by any ask, a pitch too ("Find a publisher for my next game":
    # publishers write to offer a deal); what it is about decides, through the topic
    GoalKind.CUSTOM: {
        Intent.SALES_PITCH: 0.3,
        Intent.RECRUITING: 0.3,
        Intent.COFFEE_CHAT: 0.3,
        Intent.EVENT_INVITATION: 0.3,
        Intent.INTRODUCTION: 0.3,
        Intent.PARTNERSHIP_PROPOSAL: 0.3,
        Intent.COMMUNITY_INVITATION: 0.3,
        Intent.SPEAKING_INVITATION: 0.3,
        Intent.CLIENT_INQUIRY: 0.3,
        # "Help students break into games": a student asking for advice is whom such a goal is for
        Intent.MENTORSHIP_REQUEST: 0.3,
    },
}

# An event serves a goal of finding a community when it is the right event: an ask that names few of a
# goal's people or subjects keeps only BASE of its kind's weight, unless that kind serves the goal directly.
# Measured by bench/goal_fit_quality.py.
W_AFFINITY, W_TARGET, W_TOPIC, BASE, DIRECT_UNRELATED = 0.5, 0.3, 0.2, 0.4, 0.5
# How much naming the client of a goal to help a client counts as a target: with what they need, or alone.
CLIENT_WITH_MATTER, CLIENT_ALONE = 0.5, 0.2
# How much an audience of the user's own clients counts as a target, when the ask is to be seen by them.
AUDIENCE = 0.5
# How much being among the user's peers (a fellow bookkeeper, a meetup for them) counts as a target of a
# community goal.
PEER = 0.5
# Someone who grew a practice from one person to a team is who a mentor goal about growing one seeks.
GREW = 1.0
# Someone writing from an organisation a goal names weighs like a named target, whatever the goal's kind:
# at least this fit, where their ask serves the goal at all.
TARGET_ORGANISATION_WRITES = 0.7


@dataclass(frozen=True, slots=True)
class Evidence:
    """The text a fit is judged on: who sent it, and what they wrote (with any event details)."""

    sender: str
    text: str
    organisation: str = ""  # where the sender says they work ("Fieldwork Capital"), if anywhere
    # (name, address) of whoever wrote a note the sender passes on with "email him directly", if anyone
    introduced: tuple[str, str] = ("", "")
    role: str = ""  # the sender's role as their signature says it ("Former Chief People Officer"), if it does
    mentoring: str = ""  # how the sender offers the user a mentor's time (decide.mentoring), if they do
    # how the message pays the user for the work it asks (rules.pays_you), where already read with the message;
    # None: read from `text` here
    pays: str | None = None
    # for each goal of the profile, what the person an introduction brings in runs that the goal looks for
    # (client_need.introduced_business), where already read with the message; None: read from `text` here
    businesses: tuple[str, ...] | None = None

    @property
    def folded(self) -> str:
        return fold(f"{self.sender}\n{self.text}")


# Asks that serve a goal whoever makes them and whatever they say: anyone who wants to hire you is a client.
_SERVED_BY_ANYONE = frozenset({(GoalKind.FIND_CLIENTS, Intent.CLIENT_INQUIRY)})

# Words of a goal that say when, not what: "monthly bookkeeping" shares nothing with "every month".
_NOT_TOPIC = frozenset({"month", "week", "year", "day", "daily", "time", "today"})
# ...nor does a year or a date's month or weekday ("my book ... in March 2027": every talk of 2027 is not about
# it); "march" and "may" are words of their own too ("the climate march") and stay
_DAYS_AND_MONTHS = frozenset(
    content_stems(
        "january february april june july august september october november december monday tuesday wednesday"
        " thursday friday saturday sunday"
    )
)
_A_YEAR = re.compile(r"(?:19|20)\d\d")


def _of_time(word: str) -> bool:
    """Whether a stem is a word of time that says nothing of what a message is about: "2027", "january"."""
    return word in _NOT_TOPIC or word in _DAYS_AND_MONTHS or _A_YEAR.fullmatch(word) is not None


# Words any business message may use: "business owners" at a chamber mixer is not "owners of design studios".
# They count for GENERIC_WEIGHT of a word in a topic, and a target is not half-matched by them alone.
_GENERIC = frozenset(
    content_stems("business businesses owners small company professionals members local teams leaders")
)
GENERIC_WEIGHT = 0.3

# How much of a goal's score is left when the message is for another trade than the goal's: a cash-flow
# podcast for dentists, a CFO roundtable for SaaS companies, a lender only to restaurants.
ANOTHER_AUDIENCE = 0.3
# ...where the message offers something whose audience it defines (a group, an event, a show, a product); a
# fellow controller who serves breweries, met for coffee, is still a peer.
_OFFERS_TO_AN_AUDIENCE = frozenset(
    {
        Intent.EVENT_INVITATION,
        Intent.SPEAKING_INVITATION,
        Intent.COMMUNITY_INVITATION,
        Intent.SALES_PITCH,
        Intent.PARTNERSHIP_PROPOSAL,
    }
)
# Trades and audiences a message may be for. Only one the goal does not name counts, and only when the message
# names nothing of the goal's own audience.
_TRADES = re.compile(
    r"\b(dentists?|dental|orthodont\w*|restaurants?|caf[eé]s|breweries|food trucks?|saas|venture-backed|"
    r"biotech\w*|pharma\w*|medical|healthcare|clinics?|hospitals?|real estate|realtors?|mortgages?|"
    r"construction|plumb\w*|manufactur\w*|crypto\w*|bitcoin|web3|blockchain|nfts?|churches|"
    r"veterinar\w*|salons?|gyms?|fitness|trucking|farms?|farmers|agtech|agricultur\w*|"
    r"dealerships?|law firms?|attorneys|lawyers|cmos?|marketing leaders|e-?commerce brands|oil and gas|"
    r"landscap\w*|lawn care|irrigation|roofing|roofers|hvac|electricians|auto repair|auto body|car washe?s?|"
    r"daycares?|child ?care|drain cleaning|wedding planners?|event planners?|weddings?)\b"
)
# ...named as whom the offer is for: "a podcast for dentists", "serving venture-backed SaaS companies",
# "exclusively for restaurants" (not "our speakers include the CFO of a SaaS startup").
_TRADE_NAMES = _TRADES.pattern.removeprefix("\\b(").removesuffix(")\\b")
_FOR_A_TRADE = re.compile(
    r"\b(?:for|serving|who serve|that serves?|aimed at|built for|designed for|owners of)\s+"
    rf"(?:[a-z-]+\s+){{0,3}}?(?P<trade>{_TRADE_NAMES})\b"
    # "a crypto podcast", "a SaaS CFO roundtable": the trade names the show or the group
    rf"|\b(?P<kind>{_TRADE_NAMES})\s+(?:[a-z-]+\s+)?(?:podcast|show|conference|summit|expo|community|group|"
    r"newsletter|guild|roundtable|meetup|network|association|club|forum|mastermind)\b"
    # "lower your monthly mortgage payment": a loan for the reader's home, not the client's equipment
    r"|\byour\s+(?:monthly\s+)?(?P<home>mortgage)\b"
)
# A prospective client's own business: "our dental practice", "a seven-person biotech startup".
_OWN_TRADE = re.compile(
    rf"\b(?:our|my|a|an)\s+(?:[a-z0-9-]+\s+){{0,4}}?(?P<trade>{_TRADE_NAMES})\s+(?:[a-z]+\s+)?"
    r"(?:practice|office|clinic|startup|company|firm|group|business|shop|chain|contractor)\b"
    # the business by its name: "I own Kucera Plumbing & Drain", "Greenway Landscaping & Irrigation is ..."
    rf"|\bi (?:own|run)\s+(?:[a-z0-9'-]+\s+){{0,3}}?(?P<owned>{_TRADE_NAMES})\b"
    rf"|\b(?P<named>{_TRADE_NAMES})\s+(?:&|and)\s+[a-z]+\s+(?:is|has|inc|llc|co)\b"
    # ...or as the sender says what they are: "I'm a wedding planner in San Francisco"
    rf"|\bi(?:'m| am)\s+(?:a|an)\s+(?:[a-z-]+\s+){{0,2}}?(?P<self>{_TRADE_NAMES})\b"
)
# ...or as its address spells it: "kuceraplumbing", "greenwaylandscape" (roots found inside the label).
_TRADE_IN_ADDRESS = re.compile(r"plumb|landscap|roofing|dentist|hvac|lawncare|brewing|brewery|realty")
# The phrases of a goal that say whom it is for: "for creative studios", "who serve creative businesses",
# "owners of small design and architecture studios".
_AUDIENCE_PHRASE = re.compile(
    r"\b(?:for|who serves?|serving|owners of)\s+([^,.;]+?)(?=\s+(?:who|that|which|need)\b|[,.;]|$)"
)
_NOT_AUDIENCE = frozenset(
    {"small", "busi", "business", "owner", "new", "local", "independ", "independent", "their", "own"}
)


# How much of a target a prospective client matches where the goal names nobody in particular.
OPEN_AUDIENCE = 0.6


def _open_to_anyone(goal: Goal) -> bool:
    """A goal that says it is open to anyone ("Any small business that needs bookkeeping"), with no targets
    and no audience ("for ...", "owners of ..."). "Small design studios that need bookkeeping" is not."""
    return not goal.targets and not _audience_of(goal) and _ANYONE.search(fold(goal.description)) is not None


_ANYONE = re.compile(r"\b(?:any|anyone|anybody|every|everyone|whoever|all kinds of)\b")
# Asks in which a trade that brings the user clients proposes to work together.
_PARTNER_ASKS = frozenset({Intent.PARTNERSHIP_PROPOSAL, Intent.COFFEE_CHAT})


# Goals served by being in front of the people the user works for: a talk to them builds credibility.
_AUDIENCE_GOALS = frozenset({GoalKind.BUILD_CREDIBILITY, GoalKind.AMPLIFY_CAMPAIGN})


def goal_fits(profile: Profile, intent: Intent, evidence: Evidence) -> list[GoalFit]:
    reading = read(profile, evidence.sender, evidence.folded, intent, evidence.organisation, evidence.text)
    # a goal of referral relationships is where a peer's offer to send clients belongs, where there is one
    referral_goal = any(_REFERRALS.search(fold(goal.description)) for goal in profile.goals)
    # a trade that hands the user clients, proposing to work together ("keen to work with architects who ...")
    # ...or one whose own clients need the user's trade ("trustees ... who'd benefit from an independent adviser")
    partner = (
        referral_partner(profile, evidence.text) or clients_needing_you(profile, evidence.text)
        if intent in _PARTNER_ASKS
        else ""
    )
    # the user's field, read only for a stage offered (where a talk in the field counts)
    field = _own_field(profile) if intent is Intent.SPEAKING_INVITATION else frozenset()
    return [
        _fit(
            index,
            _Fitting(
                goal,
                intent,
                reading,
                evidence.introduced,
                evidence.role,
                evidence.mentoring,
                evidence.pays,
                referral_goal,
                evidence.businesses[index]
                if evidence.businesses is not None
                else introduced_business(profile, goal, evidence.text)
                if intent is Intent.INTRODUCTION
                else "",
                partner,
                field,
            ),
        )
        for index, goal in enumerate(profile.goals)
    ]


# Goals whose targets name whom the user seeks (a mentor, a person), not the field the user works in.
_SOUGHT_PEOPLE = frozenset({GoalKind.FIND_MENTOR, GoalKind.MEET_PERSON})
# How much a talk on the user's own field counts as the topic of a goal to speak: less than its own subject,
# enough that a stage in the field is not "loosely related".
OWN_FIELD = 0.5


def _own_field(profile: Profile) -> frozenset[str]:
    """The words of the field the user works in, as the targets of their goals name it ("food manufacturing",
    "factory floor", "shift workers"): never a mentor or a person sought, nor words any business uses - unless a
    goal to meet people names the field they are sought in as what it covers ("sources on my beat - Milwaukee
    companies, commercial real estate and startups" with a target "commercial real estate": a reporter's beat is
    her field)."""
    return (
        frozenset(
            stem_
            for goal in profile.goals
            for target in goal.targets
            if not looks_like_person(target)
            and (goal.kind not in _SOUGHT_PEOPLE or _field_the_goal_covers(goal, target))
            for stem_ in content_stems(target)
        )
        - _GENERIC
        - _NOT_A_FIELD
    )


def _field_the_goal_covers(goal: Goal, target: str) -> bool:
    """Whether a meet-person goal's target is a field its description names as well, word for word ("commercial
    real estate" of "sources on my beat - ... commercial real estate and startups"), not a person or a group by
    name ("Startup Milwaukee")."""
    return (
        goal.kind is GoalKind.MEET_PERSON
        and not is_name(target)
        and len(words(fold(target))) >= 2
        and phrase_in(target, fold(goal.description))
    )


# Words of a target that say how or whom the user meets, not the field they work in: "peer roundtable", "HR
# conferences", "HR directors in manufacturing" (whose field is manufacturing).
_NOT_A_FIELD = frozenset(
    content_stems(
        "community communities meetup meetups group groups peer peers network club chapter guild society roundtable "
        "roundtables conference conferences event events forum forums panel summit director directors manager "
        "managers officer officers head heads lead leader leaders chief senior"
    )
)


# A goal of the user's own that is a job search: "Land a senior product manager role at a fintech", "find my next
# job", "recruiters with relevant roles are welcome".
_SEEKS_A_ROLE = re.compile(
    r"\b(?:(?:land|find|get|secure|looking for|seek\w*|search\w* for|move to|next)\b(?:\s+(?:/\s*)?[\w'-]+){0,8}?\s+"
    r"(?:role|job|position)s?\b(?!\s+(?:of|in the)\b)|job[- ]?(?:search|hunt\w*)|recruiters?\b[^.]{0,40}\bwelcome)",
    re.IGNORECASE,
)


# A goal to help a client by finding them something to buy: "Find an outplacement provider for ...", "Find
# equipment financing for ...", "Source a packaging supplier for ...".
_SEEKS_A_PROVIDER = re.compile(
    r"^\s*(?:find|source|get|secure|line up|look for|looking for|hire)\b", re.IGNORECASE
)


# ...not a role the user fills: "Find someone for our open bookkeeper position", "hire a designer" (a seeker's
# "meet hiring managers at ..." names whom she meets, not her hiring)
_FILLS_A_ROLE = re.compile(
    r"\b(?:our|their|someone|somebody|a candidate|hire|hiring(?!\s+(?:managers?|teams?)\b)|to fill)\b",
    re.IGNORECASE,
)


def seeks_a_role(goal: Goal) -> bool:
    return (
        goal.kind is GoalKind.CUSTOM
        and _SEEKS_A_ROLE.search(goal.description) is not None
        and _FILLS_A_ROLE.search(goal.description.split(";")[0]) is None
    )


def seeks_work(profile: Profile) -> bool:
    """Whether the user is looking for a job: a goal of theirs seeks a role."""
    return any(seeks_a_role(goal) for goal in profile.goals)


# A role a goal says the user aims for: "for a move to a COO role", "to step up to operations director", "become a
# CFO"; of a mentor goal, the move its mentor made for the user to follow: "a mentor who has moved from HR into a COO
# or operations director role" (not "a mentor who runs a bakery", nor "Find someone for our open bookkeeper role").
_AIMS_FOR_A_ROLE = re.compile(
    r"\b(?:(?:move|moving|step|stepping|transition\w*|progress\w*|promot\w*|career)\s+(?:up\s+)?(?:in)?to|"
    r"becom(?:e|ing)|(?:has|have|who'?s|who)\s+(?:moved|made\s+the\s+(?:move|jump|step)|stepped\s+up|"
    r"transitioned|gone|progressed)(?:\s+from\s+[\w&/-]+(?:\s+[\w&/-]+)?)?\s+(?:in)?to)\s+(?:an?\s+|the\s+)?"
    r"(?P<role>[\w&/-]+(?:\s+(?!role|roles|position|job\b)[\w&/-]+){0,5}?)\s*(?:role|position|job|seat)s?\b",
    re.IGNORECASE,
)
# Whoever is introduced hires: "he is hiring", "she's the hiring manager for", "they have an open role" (not "hiring"
# as a topic: "he knows a lot about hiring").
_HIRES = re.compile(
    r"\b(?:(?:is|are|'s|'re|’s|’re)\s+(?:currently\s+|actively\s+)?(?:hiring|recruiting)\b|hiring\s+manager\b|"
    r"(?:has|have)\s+an?\s+(?:open|new)\s+(?:role|position|opening)\b)",
    re.IGNORECASE,
)
HIRES_FOR_THE_ROLE = "the person introduced hires for the role your search seeks"
# How a fit says a recruiter offers the role a goal aims for: the yes says so too.
ROLE_AIMED_FOR = "a search for the role your goal aims for"
RAISE_OUTSIDE = "a founder's raise outside the field your goal backs"
_ALTERNATIVES = re.compile(r"\s*(?:,|\bor\b|\band\b|/)\s*", re.IGNORECASE)


def roles_aimed_for(goal: Goal) -> tuple[str, ...]:
    """The roles a goal says the user aims for, each as written ("COO", "operations director"); none where the goal
    fills a role of the user's own (`_FILLS_A_ROLE`)."""
    found = _AIMS_FOR_A_ROLE.search(goal.description)
    if found is None or _FILLS_A_ROLE.search(goal.description.split(";")[0]):
        return ()
    return tuple(r for r in _ALTERNATIVES.split(found.group("role")) if r.strip())


def role_aimed_for_named(goal: Goal, text: str) -> str:
    """The role the goal aims for that `text` names, in its words or by its initials ("Chief Operating Officer" of
    "COO"); "" where it names none."""
    for role in roles_aimed_for(goal):
        if phrase_in(fold(role), fold(text)):
            return role
        if role.isupper() and 2 <= len(role) <= 5:
            initials = r"\s+".join(rf"{letter}[a-z]+" for letter in role)
            if (said := re.search(rf"\b{initials}\b", text)) is not None:
                return said.group(0)
    return ""


# Words of any job search: what is left of its goal names the field and the place it is in.
_ANY_ROLE = frozenset(
    content_stems(
        "land find get secure looking seeking next new senior junior group lead head chief principal staff "
        "product project program manager management director officer engineer designer analyst role roles job "
        "jobs position positions post opening openings company companies team hiring hire recruiter recruiters "
        "manager managers welcome relevant very with and or"
    )
)


def _where_the_role_is(goal: Goal) -> frozenset[str]:
    return _field_and_place(goal.description, tuple(goal.targets))


@lru_cache(maxsize=64)
def _field_and_place(description: str, targets: tuple[str, ...]) -> frozenset[str]:
    return frozenset(content_stems(" ".join((description, *targets)))) - _ANY_ROLE


def best_fit(profile: Profile, fits: list[GoalFit]) -> GoalFit | None:
    """The goal served best; among near-equal scores the higher-priority goal wins."""
    if not fits:
        return None
    priorities = {i: goal.priority for i, goal in enumerate(profile.goals)}
    return max(fits, key=lambda f: (round(f.score, 2), -priorities[f.goal_index]))


@dataclass(frozen=True, slots=True)
class _Fitting:
    """What every step of a goal's fit reads: the goal, the ask, the message as read for the profile, and what was
    read with the message or once for all the goals."""

    goal: Goal
    intent: Intent
    reading: Reading
    introduced: tuple[str, str] = (
        "",
        "",
    )  # (name, address) of whoever a passed-on note says to email directly
    role: str = ""  # the sender's role as their signature says it
    mentoring: str = ""  # how the sender offers the user a mentor's time, if they do
    pays: str | None = None  # how the message pays the user, where already read; None: read here
    referral_goal: bool = False  # a goal of the profile seeks referral relationships
    business: str = ""  # what the person an introduction brings in runs that this goal looks for
    partner: str = ""  # a trade that hands the user clients, proposing to work together
    field: frozenset[str] = frozenset()  # the user's own field, read only for a stage offered


def _fit(index: int, fitting: _Fitting) -> GoalFit:
    """How well a message serves one goal, step by step: a target person first, then how much the kind of ask
    weighs for the goal, whom it is from or about, what it is about, and the score they make."""
    goal, intent, reading = fitting.goal, fitting.intent, fitting.reading
    notes: list[str] = []
    marks: set[DecisionMark] = set()  # beside the notes: what decide reads of this fit
    person, namesake = _target_person(goal, reading, notes)
    person = person or _introduced_target(goal, reading, *fitting.introduced)
    if person:
        # A matched target person outweighs everything else.
        score = 0.95 if person.endswith("is the sender") else 0.85
        return GoalFit(index, goal.kind.value, goal.description, score, (f"target person {person}",))

    affinity = AFFINITY.get(goal.kind, {}).get(intent, 0.0)
    affinity = _a_role_offered(fitting, affinity, notes)
    affinity = _sold_taught_or_hired(fitting, affinity, notes)
    affinity, peer_clients = _clients_sent_your_way(fitting, affinity, notes)
    target_notes: list[str] = []  # said after how the kind of ask serves the goal
    target_score = _targets_matched(fitting, namesake, target_notes)
    if goal.kind in _SEEKS_THE_PERSON and target_score and (hello := _addressed_as_a_target(goal, reading)):
        # "Practice owners, join our free webinar": a mailing that greets the reader as one of the people the
        # goal seeks a mentor among is to people like the user, not from one of them
        target_score, target_notes = 0.0, [f'the target only greets the reader ("{hello}"), as one of them']
    affinity, target_score = _a_guest_for_your_show(fitting, affinity, target_score, notes, target_notes)
    affinity, platform = _reach_or_work_asked(fitting, affinity, target_score, notes)
    affinity = _a_community_to_take_part_in(fitting, affinity, target_score, notes)
    if intent in _EVENTS and target_score >= 1.0 and (goes := goes_to_their_occasions(goal)):
        # a grantee's graduation to a goal to "visit our grantees ... their convenings": the goal's own occasion
        affinity = max(affinity, AFFINITY[GoalKind.FIND_COMMUNITY][Intent.EVENT_INVITATION])
        notes.append(f'an occasion of the people your goal goes to ("{goes}")')
    affinity = _a_mentor_or_mentoring(fitting, affinity, notes, marks)
    affinity, target_score = _a_seat_a_gift_or_a_sponsorship(
        fitting, affinity, target_score, notes, target_notes
    )
    notes.append(f"a {intent.value} serves {goal.kind.value} {_strength(affinity)} ({affinity:.1f})")
    notes.extend(target_notes)
    affinity, target_score, holds = _the_sender_as_target(fitting, affinity, target_score, platform, notes)
    target_score, topic = _what_it_is_about(fitting, affinity, target_score, peer_clients, notes)
    score = _scored(fitting, affinity, target_score, topic, holds, notes)
    if target_score == 1.0 and (met := _the_people_sought_met(fitting, affinity)):
        score = max(score, PEOPLE_SOUGHT_MET)
        notes.append(met)
    # (a tip is a source whatever it is about: a reader's "I have a copy of the memo" names no target of the beat)
    if tip := _a_source_offers(fitting):
        score = max(score, PEOPLE_SOUGHT_MET)
        notes.append(f'{TIP_OFFERED} ("{tip}")')
    if target_score == 1.0 and (offered := _a_source_offered(fitting)):
        score = max(score, PEOPLE_SOUGHT_MET)
        notes.append(f'{SOURCE_OFFERED} ("{offered}")')
    return GoalFit(
        index,
        goal.kind.value,
        goal.description,
        round(min(score, 1.0), 3),
        tuple(notes),
        marks=frozenset(marks),
    )


# A goal to meet people may name them as a kind ("startup founders", "local CEOs", "commercial real estate") as well
# as by name: an event that gathers them, or one of them asking to meet, is whom it seeks - less surely than a person
# named (0.85), as surely as a target organisation writing.
PEOPLE_SOUGHT_MET = TARGET_ORGANISATION_WRITES
# Asks where the user meets the sender, and where the user meets whoever comes.
_MEETS_THE_SENDER = frozenset({Intent.COFFEE_CHAT})


# The note of a fit where a goal that seeks sources is offered one's knowledge (decide reads it as the purpose said).
TIP_OFFERED = "a source offers what they know"
# Asks to sit down with a source.
_MEETS_A_SOURCE = frozenset({Intent.COFFEE_CHAT, Intent.WORK_MEETING})


def _a_source_offers(fitting: _Fitting) -> str:
    """The words in which someone offers a goal that seeks sources what they know, asking to meet ("something going
    on with a few of the big downtown loans that I think you should know about ... Could we grab coffee?"); ""
    otherwise - on the goal's field or not: a tip is a source whatever it is about."""
    goal, intent, reading = fitting.goal, fitting.intent, fitting.reading
    if goal.kind is not GoalKind.MEET_PERSON or intent not in _MEETS_A_SOURCE:
        return ""
    if not seeks_sources(goal.description, goal.targets):
        return ""
    return tip_offered(reading.original or reading.folded)


# The note of a fit where a goal that seeks sources is offered one of its targets to interview (decide reads such a
# pitch as a source, not a sales pitch).
SOURCE_OFFERED = "a source on the goal's beat offered for an interview"


def _a_source_offered(fitting: _Fitting) -> str:
    """The words that offer a goal that seeks sources someone to interview ("Its founder, Sam Ortiz, is available
    for an interview"), where the goal's target is matched by the caller; "" otherwise."""
    goal = fitting.goal
    if goal.kind is not GoalKind.MEET_PERSON or not seeks_sources(goal.description, goal.targets):
        return ""
    return offered_for_interview(fitting.reading.original or fitting.reading.folded)


def _the_people_sought_met(fitting: _Fitting, affinity: float) -> str:
    """How a meet-person goal's people, named as a kind by a target, are met here: an event that gathers them (or
    the event of a target organisation named, "Visit Rhode Island Partner Briefing"), or a sender who says they are
    one of them ("I'm the co-founder of LedgerLeaf, a Milwaukee fintech startup" of "startup founders"); ""
    otherwise. A coffee with someone who only works with them ("I'm a bookkeeper who works
    with startup founders") meets no one the goal seeks."""
    goal, intent, reading = fitting.goal, fitting.intent, fitting.reading
    # a goal to partner with them ("Partner with local physical therapists on referrals both ways") meets one of them
    # in their proposal to work together ("I'm a pelvic floor physical therapist ... co-host a workshop?") as in a coffee
    partnering = intent is Intent.PARTNERSHIP_PROPOSAL and bool(_SEEKS_PARTNERS.search(goal.description))
    meets = intent in (*_EVENTS, *_MEETS_THE_SENDER) or partnering
    if goal.kind is not GoalKind.MEET_PERSON or affinity <= 0 or not meets:
        return ""
    for target in goal.targets:
        if _target_match(goal.model_copy(update={"targets": [target]}), reading, "", []) < 1.0:
            continue
        if is_name(target):
            if intent in _EVENTS:
                # "Visit Rhode Island Partner Briefing": the target organisation's own event, where the goal meets
                # it, weighs as it writing would - however short the invitation's description
                return f'an event of a target of the goal ("{target}")'
            continue
        if intent in _EVENTS:
            return f'an event that gathers the people your goal seeks ("{target}")'
        said = described_as(phrase_stems(target) - _GENERIC, reading.original or reading.folded)
        if said:
            return f'the sender is one of the people your goal seeks ("{target}": "{said}")'
    return ""


# Goals that seek one person among a kind of people: a mentor, someone to meet.
_SEEKS_THE_PERSON = frozenset({GoalKind.FIND_MENTOR, GoalKind.MEET_PERSON})
# A greeting to a group on a line of its own: "Practice owners,", "Dear clinic owners,", "Hi fellow founders,".
_GROUP_GREETING = re.compile(
    r"^[ \t]*(?:dear |hi |hello |attention:? )?(?P<whom>(?:[A-Za-z][\w'&-]* ){0,3}[A-Za-z][\w'&-]*s)[ \t]*[,:!]?[ \t]*$",
    re.MULTILINE,
)


def _addressed_as_a_target(goal: Goal, reading: Reading) -> str:
    """The greeting of a mail to a group that names one of the goal's targets ("Practice owners,") where the rest of
    the mail does not: whom it is to, not whom it is from; ""."""
    head = reading.original[:400]
    hello = _GROUP_GREETING.search(head)
    if hello is None:
        return ""
    rest = fold(f"{reading.original[: hello.start()]}\n{reading.original[hello.end() :]}")
    whom = fold(hello.group("whom"))
    if any(phrase_in(fold(t), whom) and not phrase_in(fold(t), rest) for t in goal.targets):
        return hello.group(0).strip()
    return ""


def _a_role_offered(fitting: _Fitting, affinity: float, notes: list[str]) -> float:
    """The weight of the ask where it is the way to the role or the seat a goal aims for: a recruiter's search in
    the goal's field, someone introduced who hires for it, the very role named, a board search."""
    goal, intent, reading = fitting.goal, fitting.intent, fitting.reading
    # a recruiter, and so is a recruiter or a hiring event that asks for coffee or a visit ("two Senior PM searches
    # opening in January - coffee?") where it names a role
    # (not a candidate asking the user for a job or a referral: "would you refer me? Happy to send my resume" names
    # a role in the seeker's own field, but offers her none)
    recruiter = (
        intent is Intent.RECRUITING
        or (
            intent in (Intent.COFFEE_CHAT, Intent.EVENT_INVITATION)
            and names_a_role(reading.original or reading.folded)
        )
    ) and not reading.asks_for_work
    if recruiter and seeks_a_role(goal) and _where_the_role_is(goal) & reading.topic_stems:
        # a recruiter is whom a job search is for, when the role is in a field or place the goal names ("energy
        # software", "fintech", "Toronto"); a product role at a casino in Las Vegas is only a role
        affinity = 1.0
    if (
        intent is Intent.INTRODUCTION
        and seeks_a_role(goal)
        and (hires := _HIRES.search(reading.original or reading.folded)) is not None
        and not reading.asks_for_work
        and _where_the_role_is(goal) & reading.topic_stems
    ):
        # "Priya, meet Marcus Bell, director of data science at Northvale - he is hiring a senior data scientist":
        # an introduction to someone who hires for the role the search seeks serves the search first, whatever
        # else his title matches (a mentor goal's "director of data science")
        affinity = 1.0
        notes.append(f'{HIRES_FOR_THE_ROLE} ("{hires.group(0)}")')
    if candidate := candidate_the_goal_seeks(goal, intent, reading.original or reading.folded):
        # an engineer "starting to look for my next role" who asks a recruiter for a call: whom her goal of
        # candidates to place seeks, however little of its topic they name
        affinity = 1.0
        notes.append(f'a candidate, whom the goal seeks ("{candidate}")')
    if recruiter and (aimed := role_aimed_for_named(goal, reading.original or reading.folded)):
        # "I'm leading a Chief Operating Officer search" to a user whose goal is the move to COO: the very role the
        # goal aims for, whoever offers the way to it
        affinity = 1.0
        notes.append(f'{ROLE_AIMED_FOR} ("{aimed}")')
    if (
        recruiter
        and seeks_a_board_seat(goal)
        and (
            seat := director_searched(text := reading.original or reading.folded) or board_seat_offered(text)
        )
    ):
        # "We have been retained by Northfield Resources (TSX: NFR) to find an independent director" to a goal of
        # "one more independent-director seat": the headhunter's board search is the way to the seat the goal aims
        # for (a company or place the goal names still counts through its targets and topic)
        affinity = 1.0
        notes.append(f'{ROLE_AIMED_FOR} ("{seat}")')
    return affinity


def _sold_taught_or_hired(fitting: _Fitting, affinity: float, notes: list[str]) -> float:
    """The weight of the ask where what it sells, teaches or hires for is what a goal seeks: a provider for a
    client, a publisher's deal (not a matchmaker's), an event that teaches or gathers the people hired, a trade
    offered, a demo for one (which teaches nothing but the product)."""
    goal, intent, reading = fitting.goal, fitting.intent, fitting.reading
    if (
        goal.kind is GoalKind.HELP_CLIENT
        and intent is Intent.SALES_PITCH
        and _SEEKS_A_PROVIDER.search(goal.description)
    ):
        # "Find an outplacement provider for Pennine's restructuring": the provider pitching it is whom the goal
        # seeks (what they offer must still be what it names, by its targets and topic)
        affinity = 0.6
    if goal.kind is GoalKind.CUSTOM and intent is Intent.SALES_PITCH and AN_AMOUNT.search(reading.folded):
        affinity = (
            0.0  # a publisher offering a deal may serve "Find a publisher"; a matchmaker selling one does not
        )
    if (
        goal.kind is GoalKind.CUSTOM
        and intent in _EVENTS
        and learning_goal(goal.description)
        and (taught := what_it_teaches(reading.original or reading.folded))
    ):
        # "Stay current on tax software", "Earn my CE credits": an event that teaches or carries credit serves
        # a goal of learning as directly as a meetup serves one of finding peers (what it teaches is still the
        # topic)
        affinity = max(affinity, AFFINITY[GoalKind.FIND_COMMUNITY][Intent.EVENT_INVITATION])
        notes.append(f"it {taught}")
    if intent in TRADE_MET_OVER and (trade := trade_offered(goal, reading.original or reading.folded)):
        # "Licensed plumber looking for GC partners" to a goal of finding licensed plumbing subcontractors: the
        # very people the goal seeks, offering to work with the user, as a partnership or over a coffee ("I'm a
        # plumber looking to do more remodel work with good GCs" is no remodeler for a peer group)
        affinity = 1.0
        notes.append(f"a tradesperson offers the trade it seeks ({trade})")
    if (
        goal.kind is GoalKind.CUSTOM
        and intent in _EVENTS
        and hiring_goal(goal.description)
        and not seeks_a_role(goal)
    ):
        # "Hire senior backend engineers: meet candidates and the communities I recruit from": a meetup of the
        # people hired is where candidates are met, as directly as a meetup serves finding peers
        affinity = max(affinity, AFFINITY[GoalKind.FIND_COMMUNITY][Intent.EVENT_INVITATION])
        notes.append("an event of the people your goal hires")
    if (
        goal.kind is GoalKind.CUSTOM
        and intent is Intent.SALES_PITCH
        and learning_goal(goal.description)
        and (alone := demo_for_one(reading.original or reading.folded))
    ):
        # "a private demo of NimbusCloud Managed Kubernetes - just the two of us": it teaches the product, to
        # sell it
        affinity = 0.0
        notes.append(f'a demo for you alone ("{alone}") teaches nothing but the product')
    return affinity


def _clients_sent_your_way(fitting: _Fitting, affinity: float, notes: list[str]) -> tuple[float, list[str]]:
    """The weight of the ask where someone offers to send the user clients (mutual referrals, clients they turn
    away, a trade whose work hands the user the goal's clients), and the user's own work those clients need."""
    goal, reading, referral_goal, partner = (
        fitting.goal,
        fitting.reading,
        fitting.referral_goal,
        fitting.partner,
    )
    if (
        _REFERRALS.search(fold(goal.description))
        and mutual_referrals(reading.original or reading.folded)
        and not AN_AMOUNT.search(reading.folded)
    ):
        # "let's help each other's clients": the very relationship a goal of referral relationships seeks (one
        # that pays "$100 for every booked move" buys clients instead)
        affinity = 1.0
    peer_clients: list[str] = []  # the user's own work that a peer's clients need
    if (
        goal.kind is GoalKind.FIND_CLIENTS
        and not referral_goal
        and swaps_clients(reading.original or reading.folded)
        and not AN_AMOUNT.search(reading.folded)
    ):
        # a peer who offers to send you the clients they turn away ("Would you be open to sending each other
        # clients? No referral fees either way"): a way to the goal's clients, through someone who meets them first
        affinity = max(affinity, AFFINITY[goal.kind][Intent.CLIENT_INQUIRY])
        peer_clients = sorted(own_work(goal) & reading.topic_stems)
        notes.append("a peer offers to send you the clients they turn away")
    if goal.kind is GoalKind.FIND_CLIENTS and partner and not AN_AMOUNT.search(reading.folded):
        # "I run Hartley Build, a small builder ... keen to work with architects who design to that standard": a
        # trade whose work hands the user the goal's clients, proposing to work together on the goal's own work (a
        # referral partnership); a partnership sold is a pitch
        affinity = max(affinity, AFFINITY[goal.kind][Intent.CLIENT_INQUIRY])
        said = phrase_stems(" ".join((goal.description, *goal.targets))) & reading.topic_stems
        peer_clients = peer_clients or sorted(said - _GENERIC - _NOT_TOPIC)
        notes.append(f'a trade that brings you clients proposes to work with you ("{partner}")')
    return affinity, peer_clients


def _targets_matched(fitting: _Fitting, namesake: str, target_notes: list[str]) -> float:
    """How well whom the message is from or about matches the goal's targets: its targets named, a business of the
    kind the goal looks for run by the person introduced, a buyer for what the client makes."""
    goal, intent, reading, business = fitting.goal, fitting.intent, fitting.reading, fitting.business
    target_score = _target_match(goal, reading, namesake, target_notes)
    if business:
        # "Daniel Reyes owns Vine & Vault in Petaluma and is building out a Sonoma section": the person introduced
        # runs a business of the kind the goal's clients are, as a sender who writes from one would
        target_score = 1.0
        target_notes.append(f'the person introduced runs a business your goal looks for ("{business}")')
    if intent is Intent.INTRODUCTION and (
        buyer := buyer_for_client(goal, reading.original or reading.folded)
    ):
        # "We're scouting battery analytics startups for a paid pilot": the customer the goal seeks for its client
        target_score = 1.0
        target_notes.append(f'a buyer looks for what your client makes ("{buyer}")')
    return target_score


def _a_guest_for_your_show(
    fitting: _Fitting, affinity: float, target_score: float, notes: list[str], target_notes: list[str]
) -> tuple[float, float]:
    """The weight and the target of a guest offered for the user's own show, where a goal seeks guests."""
    goal, reading = fitting.goal, fitting.reading
    if seeks_guests(goal) and not AN_AMOUNT.search(reading.folded):
        # "I own Dulce Bake Shop ... I'd love to come on the show": a guest for the user's own show, whom a goal for
        # guests seeks where they are who it names (a target, or an owner of a business where it asks for owners);
        # a Series C fintech's CEO is a guest of another kind, and a guest who pays for the slot is no guest
        offered, _ = guest_offered(reading.original or reading.folded)
        owner = owns_a_business(reading.original or reading.folded) if offered and names_owners(goal) else ""
        if offered and (target_score > 0 or owner):
            affinity = 1.0
            notes.append(f'{GUEST_OFFERED} ("{offered}")')
            if owner:
                target_score = max(target_score, 1.0)
                target_notes.append(f'the guest owns a business ("{owner}")')
    return affinity, target_score


def _reach_or_work_asked(
    fitting: _Fitting, affinity: float, target_score: float, notes: list[str]
) -> tuple[float, bool]:
    """The weight of the ask where it puts the user's campaign or work before people (a platform about the
    campaign, the user's own work paid for, a talk asked over coffee), or spreads only the sender's; and whether it
    is a platform for the campaign."""
    goal, intent, reading, pays = fitting.goal, fitting.intent, fitting.reading, fitting.pays
    platform = False
    if (
        goal.kind is GoalKind.AMPLIFY_CAMPAIGN
        and intent in _PLATFORMS
        and (about := "the campaign's target" if target_score == 1.0 else _about_the_campaign(goal, reading))
        and not AN_AMOUNT.search(reading.folded)
        and not (intent is Intent.EVENT_INVITATION and _campaign_only_yours(goal, reading))
    ):
        # an interview, a podcast, a talk or a newsletter about the campaign itself, or people organising for
        # it: the very reach an amplify goal seeks, whoever offers it (a price makes it an advert for sale)
        affinity, platform = 1.0, True
        notes.append(f"it is about your campaign ({about}) and puts it in front of people")
    elif (
        goal.kind is GoalKind.AMPLIFY_CAMPAIGN
        and intent is Intent.SALES_PITCH
        and target_score == 1.0
        and (creator := coverage_offered(reading.original or reading.folded))
        and not AN_AMOUNT.search(reading.folded)
    ):
        # "I stream cosy and narrative games on Twitch (twitch.tv/...) ... Would you be up for me streaming the
        # demo?": a creator who shows their channel offering to cover the campaign, read as a pitch for saying
        # what they do - the reach the goal seeks, where a fee would make it an advert for sale
        affinity, platform = 1.0, True
        notes.append(f'a creator offers to cover your campaign ("{creator}")')
    if (
        goal.kind is GoalKind.FIND_CLIENTS
        and intent in PAID_WORK_ASKS
        and (work := sorted(own_work(goal) & reading.topic_stems))
        and (paid := pays_you(reading.original or reading.folded) if pays is None else pays)
    ):
        # "a 1,200-word feature ... our rate is $0.80/word" to a goal of clients for freelance writing: the
        # user's own work, paid for, is a client's ask (a paid talk to a bookkeeper is not their bookkeeping)
        affinity = max(affinity, AFFINITY[goal.kind][Intent.CLIENT_INQUIRY])
        notes.append(f'it pays you ("{paid}") for your own work ({", ".join(map(reading.said_as, work))})')
    if (
        goal.kind is GoalKind.BUILD_CREDIBILITY
        and intent in _MEETS_TO_ASK_A_TALK
        and (talk := _TALK_ASKED_OF_YOU.search(" ".join(reading.folded.split())))
        and not AN_AMOUNT.search(reading.folded)
    ):
        # "let's grab a coffee ... I'd love to hear whether you'd speak at our spring evening": the coffee is
        # where a talk is asked, and the talk is what the goal seeks
        affinity = max(affinity, AFFINITY[goal.kind][Intent.SPEAKING_INVITATION])
        notes.append(f'it asks you to speak ("{talk.group(0)}")')
    if goal.kind is GoalKind.AMPLIFY_CAMPAIGN and swaps_clients(reading.original or reading.folded):
        affinity, platform = min(affinity, 0.3), False  # sending each other couples spreads no campaign
    if (
        goal.kind in (GoalKind.AMPLIFY_CAMPAIGN, GoalKind.FIND_CLIENTS)
        and (shared := share_of_theirs(reading.original or reading.folded))
        and target_score < 1.0
    ):
        # "Would you mind reposting our launch post on LinkedIn?": the sender's own campaign spread by the user,
        # none of the user's, and no client's need
        affinity, platform = 0.0, False
        notes.append(f'it asks you to spread their own post, not yours ("{shared}")')
    return affinity, platform


def _a_community_to_take_part_in(
    fitting: _Fitting, affinity: float, target_score: float, notes: list[str]
) -> float:
    """The weight of the ask for a goal of finding a community, where it is a way to take part in one: a
    partnership with a partner the goal names, a peer's group, what the goal names doing or sharing together, a
    stage at the goal's own community."""
    goal, intent, reading = fitting.goal, fitting.intent, fitting.reading
    if (
        goal.kind is GoalKind.FIND_COMMUNITY
        and intent is Intent.PARTNERSHIP_PROPOSAL
        and target_score >= 1.0
        and _SEEKS_PARTNERS.search(goal.description)
        and not AN_AMOUNT.search(reading.folded)
    ):
        # "a second distribution site in the West End" from the pantry network a goal of "community partnerships"
        # names: the partnership the goal seeks, with a partner it names (one it does not name stays a proposal)
        affinity = max(affinity, AFFINITY[goal.kind][Intent.COMMUNITY_INVITATION])
        notes.append("a partnership with a partner your goal names")
    if (
        goal.kind is GoalKind.FIND_COMMUNITY
        and intent in _PEER_GROUP_ASKS
        and reading.peer
        and (group := peer_group_asked(reading.original or reading.folded))
        and not AN_AMOUNT.search(reading.folded)
    ):
        # "I'm an independent bookkeeper ... Would you join our research collaboration?": a peer's group to
        # belong to (a working group, a reading circle), however much it reads as a partnership or a coffee;
        # whether it is about the goal is still its targets and topic (a group sold is a pitch)
        affinity = max(affinity, AFFINITY[goal.kind][Intent.COMMUNITY_INVITATION])
        notes.append(f'a group of peers to join ("{group}"; "{reading.peer}")')
    if (
        goal.kind is GoalKind.FIND_COMMUNITY
        and intent in _PEER_GROUP_ASKS
        and (joint := _joint_target_named(goal, reading))
        and not AN_AMOUNT.search(reading.folded)
    ):
        # "Want to do a promo swap in January? ... No money either way" to a goal of peers to "swap promos" with: the
        # very thing the goal names doing together, proposed by one of them (a swap sold is a pitch)
        affinity = max(affinity, AFFINITY[goal.kind][Intent.INTRODUCTION])
        notes.append(f'it proposes what your goal names doing together ("{joint}")')
    if (
        goal.kind is GoalKind.FIND_COMMUNITY
        and intent in _PEER_GROUP_ASKS
        and (shared := _shared_thing_proposed(goal, reading))
        and not AN_AMOUNT.search(reading.folded)
    ):
        # "we pick at different times, so a shared crew could give the guys a full season" to a goal of growers "to
        # share ideas, crews and equipment": what the goal's group is for, proposed by one of them (whether they
        # are is still its targets and topic); a crew or a kitchen hired out is a pitch
        affinity = max(affinity, AFFINITY[goal.kind][Intent.COMMUNITY_INVITATION])
        notes.append(f'it proposes sharing what your goal names sharing ("{shared}")')
    if (
        goal.kind is GoalKind.FIND_COMMUNITY
        and intent in _PEER_GROUP_ASKS
        and reading.peer
        and _GOAL_SHARES_KNOW_HOW.search(fold(goal.description))
        and (notes_compared := _NOTES_COMPARED.search(" ".join(reading.folded.split())))
        and not AN_AMOUNT.search(reading.folded)
    ):
        # "I run Barrett Studio, a 5-person web agency ... Fancy comparing notes on pricing and hiring over a coffee?"
        # to a goal of agency owners "to share what works": what the goal's group is for, done with one of them
        affinity = max(affinity, AFFINITY[goal.kind][Intent.COMMUNITY_INVITATION])
        notes.append(
            f'a peer proposes what your goal names sharing ("{notes_compared.group(0)}"; "{reading.peer}")'
        )
    if (
        goal.kind is GoalKind.FIND_COMMUNITY
        and intent is Intent.SPEAKING_INVITATION
        and (community := _goal_community_named(goal, reading))
        and not AN_AMOUNT.search(reading.folded)
    ):
        # "a panel ... for the Rust SG meetup" to a goal of the Rust community: speaking at the goal's own
        # community is taking part in it, as much as being asked to join (a summit sold to speakers is not)
        affinity = max(affinity, AFFINITY[goal.kind][Intent.COMMUNITY_INVITATION])
        notes.append(f'it is for "{community}", a community of the goal: speaking there is taking part')
    if (
        goal.kind is GoalKind.BUILD_CREDIBILITY
        and intent in _EVENTS
        and target_score >= 1.0
        and (meeting := _MEMBERS_OWN_MEETING.search(reading.folded))
    ):
        # "Central Oregon Veterinary Medical Association member meeting" to a goal of speaking at its meetings: the
        # association's own gathering of its members, where its speakers are known and asked - being there builds
        # the standing the goal seeks, as a community's invitation would
        affinity = max(affinity, AFFINITY[goal.kind][Intent.COMMUNITY_INVITATION])
        notes.append(f'it is the own meeting of an association your goal names ("{meeting.group(0)}")')
    return affinity


# An association's own gathering of its members: "member meeting", "members' dinner", "chapter meeting", "our
# monthly meeting", "the annual general meeting" (not a summit or a conference sold to whoever buys a ticket).
_MEMBERS_OWN_MEETING = re.compile(
    r"\b(?:members?(?:hip)?['’]?s?|chapter|monthly|quarterly|annual(?: general)?|general) "
    r"(?:meeting|dinner|luncheon|breakfast|night|mixer)s?\b"
)


def _a_mentor_or_mentoring(
    fitting: _Fitting, affinity: float, notes: list[str], marks: set[DecisionMark]
) -> float:
    """The weight of the ask where it offers the user a mentor (a mentor's time, a programme that pairs them), asks
    for the mentoring a goal gives, or is a mentoring programme rather than a group of peers."""
    goal, intent, reading, mentoring = fitting.goal, fitting.intent, fitting.reading, fitting.mentoring
    if goal.kind is GoalKind.FIND_MENTOR and mentoring and intent in _MENTOR_MEETS:
        # a mentor's time offered (their own request for advice reads the other way): what the goal seeks
        affinity = 1.0
        notes.append(f"{MENTOR_OFFERED} ({mentoring})")
        marks.add(DecisionMark.MENTOR_OFFERED)
    if (
        # "Mentor younger pastors" written as a goal to help: the user's mentoring all the same
        goal.kind in (GoalKind.CUSTOM, GoalKind.BUILD_CREDIBILITY, GoalKind.HELP_CLIENT)
        and (
            intent is Intent.MENTORSHIP_REQUEST
            or (intent is Intent.COFFEE_CHAT and _advice_or_next_step(reading.original or reading.folded))
        )
        and not mentoring
        and mentors_others(goal.description)
    ):
        # "Could we find 45 minutes before my interview?" to a goal to "Mentor women moving into finance
        # leadership": the advice asked is the mentoring the goal gives (whom it is for still counts, by its targets
        # and topic)
        affinity = 1.0
        notes.append("a request for the mentoring your goal gives")
    programme_mentor = intent is Intent.COMMUNITY_INVITATION and mentoring.startswith(A_PROGRAMMES_MENTOR)
    if goal.kind is GoalKind.FIND_MENTOR and programme_mentor:
        # a mentoring programme to join that pairs the user with a mentor: the mentor the goal seeks
        affinity = 1.0
        notes.append(f"{MENTOR_OFFERED} ({mentoring})")
        marks.add(DecisionMark.MENTOR_OFFERED)
    if goal.kind is GoalKind.FIND_COMMUNITY and programme_mentor and not peer_group(reading.folded):
        # ...and a find-mentor goal beside this one: the programme is a mentor for the user, not a group of peers
        affinity = 0.0
        notes.append(
            f"a mentoring programme, not a group of peers ({mentoring}): it serves your find_mentor goal"
        )
    return affinity


def _a_seat_a_gift_or_a_sponsorship(
    fitting: _Fitting, affinity: float, target_score: float, notes: list[str], target_notes: list[str]
) -> tuple[float, float]:
    """The weight and the target where money or a seat is what the ask is about: a board seat to fill (no group of
    peers), a funder or a donor seeking the user out, the user's sponsorship asked."""
    goal, intent, reading = fitting.goal, fitting.intent, fitting.reading
    if (
        goal.kind is GoalKind.FIND_COMMUNITY
        and (seat := board_seat_offered(reading.original or reading.folded))
        and not _A_BOARD.search(" ".join((goal.description, *goal.targets)))
    ):
        # "would you consider joining our board of directors for a three-year term?": a seat to fill, with its
        # duties (and often a gift to give or get), not a group of peers to belong to - unless the goal is one of
        # boards ("a seat on a nonprofit board")
        affinity = 0.0
        notes.append(f'a seat on their board, not a group of peers ("{seat}")')
    donors_for_client = seeks_donors_for_client(goal) and intent in (*_FUNDER_ASKS, Intent.CLIENT_INQUIRY)
    if (
        ((seeks_funders(goal) and intent in _FUNDER_ASKS) or donors_for_client)
        and (courting := funder_courting(reading.original or reading.folded))
        and not AN_AMOUNT.search(reading.folded)
    ):
        # "Harborview Bank has a table at the luncheon ... join us as our guest - no cost to you ... our new head of
        # philanthropy is keen to learn more about your work": a company's giving side seeking the user out is the
        # partner a goal of corporate partners and donors looks for, whatever the occasion (a seat sold is not)
        # ...and a donor writing of a gift to the client a goal seeks donors for ("our family foundation is
        # considering a significant gift" to the campaign), read as an enquiry or a coffee: the donor it seeks
        affinity = max(affinity, AFFINITY[GoalKind.FIND_CLIENTS][Intent.CLIENT_INQUIRY])
        target_score = 1.0
        giver = "a donor writes of a gift" if donors_for_client else "a company's giving side seeks you out"
        target_notes.append(f'{giver} ("{courting}")')
    if (asked := sponsorship_asked(reading.original or reading.folded)) and not _SPONSORING.search(
        " ".join((goal.description, *goal.targets))
    ):
        # "Would Lakeshore Food Network consider sponsoring this year's race? Our Bronze package is $1,000": the
        # reader's money asked for the sender's event, which spreads no campaign of the reader's and is no partner
        # or donor found (unless the goal is one of sponsoring)
        affinity = 0.0
        notes.append(f'it asks you to sponsor them ("{asked}")')
    return affinity, target_score


def _the_sender_as_target(
    fitting: _Fitting, affinity: float, target_score: float, platform: bool, notes: list[str]
) -> tuple[float, float, str]:
    """The weight and the target where the sender is whom the goal seeks (a target's role held, one of the community
    it seeks to meet, a client of any trade), and the role they hold that a target names ("" if none)."""
    goal, intent, reading, role = fitting.goal, fitting.intent, fitting.reading, fitting.role
    if platform:  # whoever listens to a show about the campaign is its audience
        target_score = max(target_score, AUDIENCE)
    holds = _role_held(goal, reading, role)
    if holds:
        target_score = 1.0
        notes.append(f'the sender is a target of the goal ("{holds}")')
    member = holds or _one_of_the_community(goal, reading, role)
    if (
        member
        and goal.kind is GoalKind.FIND_COMMUNITY
        and intent in _ASKS_TO_MEET
        and not AN_AMOUNT.search(reading.folded)
    ):
        # "Chair, Wilmot Merchants Association" or "Owner, Speedway Suds" asking to meet, to a user who seeks to
        # meet merchants' associations and business owners: the community itself coming to the user, however
        # the model read the ask (a partnership, a coffee) - a meeting with it sold is a pitch
        affinity = max(affinity, AFFINITY[goal.kind][Intent.EVENT_INVITATION])
        target_score = 1.0
        notes.append(f'the sender is one of the community your goal seeks to meet ("{member}")')
    if (goal.kind, intent) in _SERVED_BY_ANYONE and _open_to_anyone(goal):
        # "Any business that needs bookkeeping": every prospective client is the audience the goal names.
        target_score = max(target_score, OPEN_AUDIENCE)
        notes.append("the goal takes clients of any trade")
    return affinity, target_score, holds


def _what_it_is_about(
    fitting: _Fitting, affinity: float, target_score: float, peer_clients: list[str], notes: list[str]
) -> tuple[float, float]:
    """The target and the topic as what the message is about settles them: the goal's topic, its field, whom and for
    whom, a stage in the user's own field, the clients a peer would send."""
    goal, intent, reading, field = fitting.goal, fitting.intent, fitting.reading, fitting.field
    topic = _topic(goal, reading, notes)
    if (
        goal.kind is GoalKind.MEET_PERSON
        and intent is Intent.INTRODUCTION
        and (field_of := _field_shared(goal, reading))
    ):
        # "Ravi was head of payments policy at the Bank of England" to "sources for the fintech and regulation
        # beat": the one introduced works in the field whose people the goal seeks, though no target names them
        words = dict.fromkeys(s if s in reading.stems else reading.implied[s] for s in field_of)
        notes.append(f'{IN_THE_GOALS_FIELD}: "{", ".join(words)}"')
    target_score, topic = _who_and_whom(goal, intent, affinity, reading, target_score, topic, notes)
    if (
        goal.kind is GoalKind.BUILD_CREDIBILITY
        and intent is Intent.SPEAKING_INVITATION
        and not (target_score or topic)
        and len(shared_field := sorted(field & reading.stems)) >= 2
        and not AN_AMOUNT.search(reading.folded)
    ):
        # "a guest lecture on people management in a 24/7 food factory" to an HR director whose goals name "food
        # manufacturing" and the "factory floor": a stage in the user's own field, from which they are heard, if
        # not on the goal's own subject (a talk on retirement savings to a bookkeeper is in no field of theirs)
        topic = OWN_FIELD
        notes.append(f"the talk is in your own field: {', '.join(shared_field[:4])} ({OWN_FIELD:.2f})")
    if peer_clients:
        # the clients they would send need the user's own work ("Spanish to English legal work that I don't do")
        target_score = max(target_score, AUDIENCE)
        notes.append(
            f"the clients they would send need your own work ({', '.join(map(reading.said_as, peer_clients))})"
        )
    return target_score, topic


def _scored(
    fitting: _Fitting, affinity: float, target_score: float, topic: float, holds: str, notes: list[str]
) -> float:
    """The fit's score from the weight of the ask, the target and the topic, then raised for a sender who is whom
    the goal seeks and cut for a raise outside the goal's field or an offer for another audience."""
    goal, intent, reading, mentoring = fitting.goal, fitting.intent, fitting.reading, fitting.mentoring
    # The kind of ask counts in full where it serves the goal directly (a client enquiry, a talk) or the
    # message is about the goal; otherwise it keeps BASE of its weight. A direct ask that touches nothing
    # of the goal (a talk on retirement savings, a merchants' association) keeps DIRECT_UNRELATED.
    relevance = max(target_score, topic)
    if affinity >= 0.8:
        anyone = (goal.kind, intent) in _SERVED_BY_ANYONE
        gate = 1.0 if relevance > 0 or anyone else DIRECT_UNRELATED
    else:
        gate = BASE + (1 - BASE) * min(1.0, 2 * relevance)
    score = W_AFFINITY * affinity * gate + W_TARGET * target_score + W_TOPIC * topic
    if affinity == 0.0:
        score *= 0.5  # talk of the right topic does not make a pitch serve a goal
    if affinity > 0 and (organisation := _writes_for_target(goal, reading)):
        score = max(score, TARGET_ORGANISATION_WRITES)
        notes.append(f'the sender writes from "{organisation}", a target of the goal')
    if affinity > 0 and holds and goal.kind in _SEEKS_THE_SENDER:
        # a sitting CPO offering coffee to a user who seeks a CPO as mentor weighs like a named target
        score = max(score, TARGET_ORGANISATION_WRITES)
    if affinity > 0 and mentoring == ANSWERS_YOUR_REQUEST and goal.kind is GoalKind.FIND_MENTOR:
        # the one the user asked to mentor them, saying yes: whom the goal seeks, as the user chose them
        score = max(score, TARGET_ORGANISATION_WRITES)
    if off_field := raise_outside(goal, reading.original or reading.folded):
        # "we're building a marketplace for dog walkers ... raising a £500k pre-seed" to a goal of climate-tech
        # founders raising: a founder's raise, but in no field the goal backs, however its "pre-seed" matches
        score = 0.0
        notes.append(f'{RAISE_OUTSIDE} ("{off_field}")')
    offer = intent in _OFFERS_TO_AN_AUDIENCE
    client_of_another_trade = intent is Intent.CLIENT_INQUIRY and goal.kind is GoalKind.FIND_CLIENTS
    if (offer or client_of_another_trade) and (
        other := _another_audience(goal, reading, client_of_another_trade)
    ):
        score *= ANOTHER_AUDIENCE
        notes.append(
            f"it is for {other}, not for whom your goal is ({', '.join(sorted(_audience_of(goal)))})"
        )
    return score


# A community by its name: "the Rust SG meetup", "our Postgres user group", "the CTO Circle Slack".
_COMMUNITY_NAMED = re.compile(
    r"\b((?:[a-z0-9][\w.+#-]*\s+){1,3}?)(?:meetup|meet-up|user group|users group|community|slack|discord|"
    r"chapter|guild|club|society)s?\b"
)
# Words of a community goal that name no community in particular.
_ANY_COMMUNITY = frozenset(
    content_stems(
        "community communities meetup meetups group groups peer peers network club chapter guild society slack "
        "discord find join local open source growth stage"
    )
)


def _goal_community_named(goal: Goal, reading: Reading) -> str:
    """The community a message names ("rust sg meetup") where its name says the goal's own subject ("Rust" of
    "The Rust and infrastructure open-source community", targets "Rust Singapore meetup"); "" otherwise."""
    own = (
        frozenset(content_stems(" ".join((goal.description, *goal.targets))))
        - _ANY_COMMUNITY
        - _GENERIC
        - _NOT_TOPIC
    )
    for match in _COMMUNITY_NAMED.finditer(reading.folded):
        if set(content_stems(match.group(1))) & own:
            return match.group(0).strip()
    return ""


# A thing peers do together, as a community goal's target names it: "promo swap", "cross-promotion", "guest swaps".
_JOINT = re.compile(r"\b(?:swaps?|exchanges?|cross-promo\w*|collab\w*|co-host\w*|trades?)\b", re.IGNORECASE)


# What a community goal says its peers share ("to share ideas, crews and equipment", "pool tools and kit"): the
# things listed after a verb of sharing, up to the sentence's end or a word that opens another clause.
_SHARE_VERB = r"(?:shar|swap|pool|exchang|lend|borrow|split)\w*"
_GOAL_SHARES = re.compile(rf"\b{_SHARE_VERB}\s+(?P<things>[\w\s,&'-]{{3,80}})", re.IGNORECASE)
_ENDS_THE_LIST = re.compile(
    r"\b(?:with|for|to|in|among|across|between|who|that|so|while|and\s+(?:to|learn|grow))\b"
)
# What is shared in talk alone: sharing ideas over coffee is any peer's chat, not a crew or a kitchen shared.
_SAID_NOT_SHARED = frozenset(
    stem(word)
    for word in [
        "ideas",
        "thoughts",
        "knowledge",
        "experience",
        "experiences",
        "insights",
        "tips",
        "notes",
        "stories",
        "lessons",
        "advice",
        "practices",
        "best",
        "learnings",
        "war",
        "resources",
        "information",
        "info",
        "news",
        "contacts",
        "leads",
        "referrals",
    ]
)


# A community goal for sharing what its members know: "to share what works", "to swap notes", "to learn from".
_GOAL_SHARES_KNOW_HOW = re.compile(
    r"\b(?:shar\w*|swap\w*|compar\w*|exchang\w*|learn\w* from)\s+(?:\w+\s+){0,2}?(?:what works|notes|ideas|"
    r"experiences?|lessons|advice|know-how|tips|each other|one another)\b"
)
# ...and a peer proposing it: "comparing notes on pricing", "swap notes", "share what's worked for us"
_NOTES_COMPARED = re.compile(
    r"\b(?:compar\w*|swap\w*|exchang\w*|shar\w*)\s+(?:some\s+)?(?:notes|war stories|experiences|what(?:'s| has)? work\w*)\b"
)


def _shared_thing_proposed(goal: Goal, reading: Reading) -> str:
    """A thing a community goal names sharing with its peers ("share ideas, crews and equipment") that the
    message proposes to share ("a shared crew could give the guys a full season", "we could pool our equipment"),
    as the message says it, or "": the very thing the goal's group is for, offered by one of them. A thing only
    talked about ("share ideas") is none."""
    found = _GOAL_SHARES.search(fold(goal.description))
    if found is None:
        return ""
    things = _ENDS_THE_LIST.split(found.group("things"), maxsplit=1)[0]
    listed = {w for w in re.findall(r"[a-z][a-z'-]+", things) if w not in STOPWORDS}
    wanted = {stem(w) for w in listed} - _SAID_NOT_SHARED
    flat = " ".join(reading.folded.split())
    for proposed in re.finditer(
        rf"\b{_SHARE_VERB}\s+(?:(?:a|an|the|our|my|your|one|some)\s+)?(?:[a-z-]+\s+)?(?P<a>[a-z-]+)|"
        rf"\b(?P<b>[a-z-]+)\s+(?:could\s+be\s+|we\s+)?{_SHARE_VERB}\b",
        flat,
    ):
        thing = proposed.group("a") or proposed.group("b")
        if stem(thing) in wanted:
            return proposed.group(0)
    return ""


def _joint_target_named(goal: Goal, reading: Reading) -> str:
    """A target of a community goal naming something done together ("promo swap") that the message says, or "" -
    in its words or in others of theirs side by side ("playtest swaps" as "a playtest swap", "swapping playtests")."""
    return next(
        (
            target
            for target in goal.targets
            if _JOINT.search(target)
            and (phrase_in(fold(target), reading.folded) or _stems_together(target, reading.folded, window=3))
        ),
        "",
    )


# Asks to come to an event: what a goal of learning is served by, where it teaches.
_EVENTS = frozenset({Intent.EVENT_INVITATION, Intent.COMMUNITY_INVITATION})
# How a tradesperson offering the trade a goal seeks asks to meet: a partnership, or "Can I buy you a coffee?"
# after "we have openings starting Jan if you need a plumber on your basement jobs".
TRADE_MET_OVER = frozenset({Intent.PARTNERSHIP_PROPOSAL, Intent.COFFEE_CHAT, Intent.WORK_MEETING})
# The note of a find-mentor goal's fit where a mentor's time is offered to the user (for people; decide reads its
# mark, DecisionMark.MENTOR_OFFERED).
MENTOR_OFFERED = "a mentor's time offered"


def offers_a_mentor(fit: GoalFit) -> bool:
    """Whether a find-mentor goal's fit is a mentor's time offered to the user: by the sender, or by a
    programme to join."""
    return fit.kind == GoalKind.FIND_MENTOR.value and DecisionMark.MENTOR_OFFERED in fit.marks


# Asks in which a mentor gives their time: a meeting, a call, their answer to the user's request.
_MENTOR_MEETS = frozenset({Intent.COFFEE_CHAT, Intent.MENTORSHIP_REQUEST, Intent.INTRODUCTION})
# Asks that may be a group of peers to join, read otherwise: a partnership, a coffee, an introduction to it
# The reader asked to sponsor the sender's event or cause: "Would Lakeshore Food Network consider sponsoring this
# year's race?", "Could your company become a Gold sponsor?", "we'd love you to sponsor our gala"; not the sender
# sponsoring the reader's ("We'd like to sponsor your winter food drive", "Would you like us to sponsor it?").
_SPONSOR_ASKED = re.compile(
    r"\b(?:(?i:would|could|will|can|might)\s+(?!(?i:us|we)\b)(?:(?i:you|your\s+[\w-]+)|"
    r"[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,4})\s+(?:(?!(?i:us|we)\b)[\w']+\s+){0,4}?|"
    r"(?i:love|like|invite|ask|asking|hoping)\s+(?i:for\s+)?(?i:you|your\s+[\w-]+)\s+(?i:to)\s+)"
    r"(?i:sponsor(?:ing)?\s+(?:our|the|this|a|an|one|me|us|them|him|her)\b|becom\w*\s+(?:an?|our)\s+(?:[\w-]+\s+){0,2}?sponsor\b)",
)
# ...which a goal of sponsoring seeks: "local events to sponsor", "sponsorships"
_SPONSORING = re.compile(r"\bsponsor", re.IGNORECASE)


def sponsorship_asked(text: str) -> str:
    """The words that ask the reader to sponsor the sender's event or cause ("Would Lakeshore Food Network
    consider sponsoring this year's race"), or ""."""
    found = _SPONSOR_ASKED.search(text[:20_000])
    return " ".join(found.group(0).split()) if found else ""


# A seat on an organisation's governing board offered to the reader: "joining our board of directors", "would you
# serve on the board", "become a trustee", "a seat on our board"; not the sender's own ("I serve on the board of the
# Chamber"), a room or a game ("our Board Room breakfast", "board game night"), nor an advisory board, which asks
# no governance of its members.
_BOARD_SEAT = gated(
    re.compile(
        r"\b(?:(?:join(?:ing)?|(?:you|to)\s+(?:serve|sit)|(?:a |one )?(?:seat|place|position|role|term)s?|"
        r"nominat\w*(?: you)?|elect(?:ed)?|appoint(?:ed)?)\s+(?:on|to|for|with)?\s*(?:our|the|its|their|a)\s+"
        r"(?:(?!advisory)[\w-]+\s+){0,2}?(?:board|trustees)(?:\s+of\s+(?:directors|trustees|governors))?(?!\s*(?:of\s+advis\w*|room|game|"
        r"meeting|member'?s? (?:event|breakfast|lunch)))|become\s+(?:a|an|one of (?:our|the))\s+(?:trustees?|board members?|"
        r"directors? (?:of|on) (?:our|the) board|governors?))\b",
        re.IGNORECASE,
    )
)
# ...which a goal about boards seeks: "a seat on a nonprofit board", "trustees"
_A_BOARD = re.compile(r"\b(?:boards?|trustees?|trusteeships?|governance|governors?)\b", re.IGNORECASE)


def board_seat_offered(text: str) -> str:
    """The words that offer the reader a seat on a governing board ("joining our board of directors"), or ""."""
    found = _BOARD_SEAT.search(text[:20_000])
    return " ".join(found.group(0).split()) if found else ""


# Asks through which a prospective funder reaches out: a guest seat, a coffee, an introduction, a partnership.
_FUNDER_ASKS = frozenset(
    {
        Intent.EVENT_INVITATION,
        Intent.COFFEE_CHAT,
        Intent.INTRODUCTION,
        Intent.PARTNERSHIP_PROPOSAL,
        Intent.COMMUNITY_INVITATION,
    }
)
# A community goal that seeks partners: "Community partnerships for our outreach ministry", "partner schools".
_SEEKS_PARTNERS = re.compile(r"\bpartner(?:s|ships?|ing)?\b", re.IGNORECASE)
_PEER_GROUP_ASKS = frozenset({Intent.PARTNERSHIP_PROPOSAL, Intent.COFFEE_CHAT, Intent.INTRODUCTION})
# Goals that seek the person themselves: one who holds a role the goal names is whom it is for.
_SEEKS_THE_SENDER = frozenset({GoalKind.FIND_MENTOR, GoalKind.MEET_PERSON, GoalKind.CUSTOM})


# Asks to sit down with the user, however the model read them.
_ASKS_TO_MEET = frozenset({Intent.COFFEE_CHAT, Intent.PARTNERSHIP_PROPOSAL, Intent.INTRODUCTION})


# A signer who owns the business they sign for ("Owner", "Co-owner & Head Chef"), and a target of such people.
# Only a community goal reads them: to a find-clients goal of "small business owners", a CPA firm's owner offering
# to mentor is no client.
_OWNER = re.compile(r"(?:co-?)?owner\b|proprietor\b")
_OWNERS = re.compile(r"\b(?:business|shop|store|restaurant)[\s-]+owners?\b")


def _one_of_the_community(goal: Goal, reading: Reading, role: str) -> str:
    """The group a community goal's target names that the sender signs for ("Chair, Wilmot Merchants
    Association" of "merchants association"; "President, Harold Bell Wright Estates Neighborhood Association"
    of "neighborhood associations"), by their role or the organisation their signature names; "" otherwise."""
    if goal.kind is not GoalKind.FIND_COMMUNITY:
        return ""
    signed = fold(f"{role}\n{reading.sender_organisation}")
    owns = _OWNER.match(fold(role)) is not None
    for target in goal.targets:
        folded = " ".join(fold(target).split())
        if owns and _OWNERS.search(folded):
            return target  # "Owner, Speedway Suds" is one of the "small-business owners" the community goal seeks
        for form in dict.fromkeys((folded, folded.removesuffix("s"), re.sub(r"s\b", "", folded))):
            if len(form.split()) >= 2 and phrase_in(form, signed):
                return target
    return ""


def _role_held(goal: Goal, reading: Reading, role: str) -> str:
    """The sender's own role where it is one a goal's target names ("Chief People Officer" of "CHRO"): by
    their signature or as they introduce themselves; "" otherwise."""
    for target in goal.targets:
        if held := held_role(target, role, reading.original, goal.description):
            return held
    return ""


# Asks that give a campaign a platform when they are about it: a media interview or podcast (speaking), a
# share or joint push (partnership), a group or an event that has the user speak, an introduction to its
# volunteers.
_PLATFORMS = frozenset(
    {
        Intent.SPEAKING_INVITATION,
        Intent.PARTNERSHIP_PROPOSAL,
        Intent.COMMUNITY_INVITATION,
        Intent.EVENT_INVITATION,
        Intent.INTRODUCTION,
    }
)
# A request to spread the sender's own post: "reposting our launch post", "like and reshare my post about our new
# software", "share our announcement with your network" (not "share your series with our readers").
_SHARE_THEIRS = gated(
    re.compile(
        r"\b(?:re-?post\w*|re-?shar\w*|shar\w*|boost\w*|amplif\w*|retweet\w*|promot\w*|lik\w*(?:\s*,)?\s+and\s+"
        r"(?:re-?)?shar\w*)\s+(?:our|my)\s+(?:[\w-]+\s+){0,3}?(?:posts?|launch\w*|announcements?|articles?|videos?|"
        r"campaigns?|products?|pages?|content|updates?|news|reels?|tweets?)\b",
        re.IGNORECASE,
    )
)


def share_of_theirs(text: str) -> str:
    """The words that ask the user to spread the sender's own post or launch, or ""."""
    found = _SHARE_THEIRS.search(" ".join(text[:20_000].split()))
    return found.group(0) if found else ""


# Words any campaign's goal may use: a message that shares only these is about some campaign, not this one (nor
# does the platform it is on say which: "LinkedIn" of "My LinkedIn series ...").
_ANY_CAMPAIGN = frozenset(
    content_stems(
        "linkedin instagram twitter tiktok facebook youtube substack threads bluesky "
        "amplify campaign campaigns launch launches series post posts share social media awareness reach grow "
        "audience followers promote promotion spread word until january february march april may june july "
        "august september october november december"
    )
)


# The audience a campaign's goal names: "in front of founders", "among parents of young children" (up to the next
# word of time or place: "... in front of voters before the referendum" keeps the referendum).
_AUDIENCE = re.compile(
    r"\b(?:in front of|among|amongst)\s+(?:(?!(?:before|by|in|on|at|during|ahead|through|until)\b)[\w'-]+\s*){1,5}",
    re.IGNORECASE,
)


def _about_the_campaign(goal: Goal, reading: Reading) -> str:
    """The words of an amplify goal's own subject the message says itself ("referendum" of "the Safe Streets
    Yes cycleway referendum campaign"), words no other goal of the profile uses; "" where it says none."""
    # the people it is put before are not what it is about: "... in front of founders" is met by no founder's
    # signature
    described = _AUDIENCE.sub(" ", goal.description)
    own = {s for s in phrase_stems(described) if reading.weights.get(s, 1.0) == 1.0}
    subject = own - name_stems(tuple(goal.targets)) - _NOT_TOPIC - _GENERIC - _ANY_CAMPAIGN
    # "why we're inviting you" is about "the invite": the stems keep the e of "invite" ("inviting" is "invit"), so
    # the root is compared too
    said = {_root(s): s for s in reading.stems}
    shared = {s for s in subject if (s in reading.stems or _root(s) in said) and not _of_time(s)}
    return ", ".join(sorted(shared))


# The user's own doing, told as the reason to invite them: "Moritz mentioned you're building Grid Futures".
_YOUR_DOING = re.compile(
    r"\byou(?:'re|’re| are| have been| were)\s+(?:\w+\s+)?(?:building|running|leading|launching|working on|behind|"
    r"doing|starting|growing)\b|\b(?:heard|mentioned|told me|saw|read) (?:that |about )?(?:you|your)\b",
    re.IGNORECASE,
)


def _campaign_only_yours(goal: Goal, reading: Reading) -> bool:
    """Whether every sentence that names the campaign only tells of the user's own doing ("Moritz mentioned you're
    building Grid Futures - it would be lovely to have you there"): a dinner that names it in passing is not about
    it, and puts it before no one."""
    said = [
        sentence
        for sentence in _CAMPAIGN_SENTENCE.findall(reading.original or reading.folded)
        if any(phrase_in(target, fold(sentence)) for target in goal.targets)
    ]
    return bool(said) and all(_YOUR_DOING.search(sentence) for sentence in said)


# not words.SENTENCE: without the closing marks, so a target is met in a sentence's words alone
_CAMPAIGN_SENTENCE = re.compile(r"[^.?!\n]+")


def _root(stem: str) -> str:
    """A stem without the endings the stemmer keeps: "invite" and "invit" (of "inviting") are "invit"; a noun of
    its own keeps its ending ("parking" is no "park")."""
    if noun_of_its_own(stem):
        return stem
    for ending in ("ing", "ed", "e"):
        if stem.endswith(ending) and len(stem) - len(ending) >= 3:
            return stem[: -len(ending)]
    return stem


# Asks of the user's own time and skill that a client may pay for: a talk or a piece, a collaboration, an hour's
# advice. (A job's salary is an employer's, and what a seller names is its own price.)
PAID_WORK_ASKS = frozenset({Intent.SPEAKING_INVITATION, Intent.PARTNERSHIP_PROPOSAL, Intent.COFFEE_CHAT})


# A goal of sending each other clients: "Two-way referral relationships with local GPs" (not one of clients who
# come "through referrals").
_REFERRALS = re.compile(
    r"\breferral (?:relationships?|partnerships?|partners|network)\b|\b(?:two-way|mutual) referrals\b|\bcross-referr|"
    # "Wedding planners and venues who refer couples to me"
    r"\brefer\w* (?:clients|couples|customers|patients|families|people|business|work) (?:to (?:me|us)|my way)\b"
)


def _target_person(goal: Goal, reading: Reading, notes: list[str]) -> tuple[str, str]:
    """(the target person matched and where, or ""; a target person the sender only shares a name with). Only a
    goal about people names a target person: "Harvest Hollow" among a campaign's targets is a game, and a
    message that names it is no message from someone the user wants to meet."""
    namesake = ""
    if goal.kind not in _ABOUT_PEOPLE:
        return "", namesake
    for target in goal.targets:
        person = looks_like_person(target)
        # the title a goal writes a person with is no part of their name: "Dr. Lena Fischer" among the targets
        # is "Lena Fischer" on LinkedIn, in a signature or in a colleague's note
        name = _untitled(target) if person else target
        # a meet_person target whose first name kindly does not know ("Tunde Bakare") is someone when they write
        # themselves; named in a message, such a phrase may as well be a firm ("Greenlight Grid")
        writer = person or (
            goal.kind is GoalKind.MEET_PERSON
            and looks_like_person(target, meant_as_person=True)
            # ...or when the message gives them a title: "Dr Adaeze Nwosu, Director of Payments" is someone
            and (phrase_in(target, reading.sender) or titled(target, reading.original))
        )
        if writer and phrase_in(name, reading.folded):
            if not phrase_in(name, reading.sender):
                if only_passed_on(name, reading.original):
                    # "Dr. Priya Raman mentioned you might enjoy our study club": she sent them, she is not in it
                    notes.append(f"{target} only passed your name on")
                    continue
                return f"{target} is named in the message", namesake
            if office := claims_an_office(reading.sender):
                # "Office of Hon. Marama Tane <...@gmail.com>": a name anyone can type, from an address anyone
                # can open; an official's office does not write from one
                notes.append(
                    f'the sender claims {target}\'s office ("{office}") from {reading.domain}: unverified'
                )
                continue
            elsewhere = namesake_of(goal, name, reading)
            if not elsewhere:
                return f"{target} is the sender", namesake
            notes.append(
                f"the sender shares {target}'s name but writes from {elsewhere}: perhaps someone else"
            )
            namesake = target
        elif person and (firm := _first_name_with_firm(goal, name, reading.folded)):
            return f'{target} is named in the message ("{firm}")', namesake
        elif person and (colleague := _colleague_naming(goal, name, reading)):
            return f"{target} is named by someone at {colleague}", namesake
    return "", namesake


# Goals whose person-like targets are people (someone to meet, a mentor, whoever helps a client, an editor or a
# host who makes a name, a group's organiser); not a campaign's (a game, a product) or a client goal's (firms).
_ABOUT_PEOPLE = frozenset(
    {
        GoalKind.MEET_PERSON,
        GoalKind.FIND_MENTOR,
        GoalKind.HELP_CLIENT,
        GoalKind.CUSTOM,
        GoalKind.BUILD_CREDIBILITY,
        GoalKind.FIND_COMMUNITY,
    }
)


def _untitled(person: str) -> str:
    """A person's name without the titles it is written with ("Dr. Lena Fischer": "Lena Fischer")."""
    return LEADING_HONORIFICS.sub("", person).strip() or person


def _introduced_target(goal: Goal, reading: Reading, name: str, address: str) -> str:
    """How the author of a note passed on with "email him directly" is a target of the goal: the person it
    names, or someone at an organisation it names, by their address or as the message says ("he's the
    principal GP at Bondi Junction Family Practice"); "" otherwise. A campaign's targets are games and
    products, not people's employers."""
    if not address or goal.kind is GoalKind.AMPLIFY_CAMPAIGN:
        return ""
    label = domain_label(address.rpartition("@")[2].lower())
    for target in goal.targets:
        if looks_like_person(target) and name and phrase_in(_untitled(target), fold(name)):
            return f"{target} is introduced"
        if spelled_by(target) and (writes_from(target, label) or phrase_in(target, reading.folded)):
            return f"{name or address} at {target} is introduced"
    return ""


def _writes_for_target(goal: Goal, reading: Reading) -> str:
    """The goal's target organisation the sender writes from (by address or signature), or "". A client to help
    counts where they write about what the goal seeks for them: their mail about anything else is not the
    matter."""
    clients = clients_of(goal)
    for organisation in goal.targets:
        if not spelled_by(organisation) or not writes_at(
            organisation, reading.domain_label, reading.sender_organisation
        ):
            continue
        if organisation not in clients or _about_the_matter(goal, reading):
            return organisation
    return ""


def _about_the_matter(goal: Goal, reading: Reading) -> bool:
    """Whether a message says any word of what a goal to help a client seeks for them: the client's own mail
    about "the lender" is the matter."""
    clients = clients_of(goal)
    needs = " ".join([goal.description, *(t for t in goal.targets if t not in clients)])
    return bool((phrase_stems(needs) - name_stems(tuple(goal.targets))) & reading.topic_stems)


def _colleague_naming(goal: Goal, person: str, reading: Reading) -> str:
    """The goal's organisation the sender works at, where they name the target person by first name ("I'm on
    the portfolio team at Fieldwork Capital ... Priya asked me to reach out"); "" otherwise."""
    first = fold(person).split()[0]
    if len(first) < 3 or phrase_in(first, reading.sender) or not phrase_in(first, reading.folded):
        return ""
    # written as a name ("Priya asked me"), not a word ("I will be in Portland" for Will Harper)
    written = person.split()[0]
    if reading.original and not re.search(rf"\b{re.escape(written)}\b", reading.original):
        return ""
    for organisation in goal.targets:
        if looks_like_person(organisation) or not spelled_by(organisation):
            continue
        works_there = phrase_in(organisation, reading.sender_organisation) or writes_from(
            organisation, reading.domain_label
        )
        if works_there:
            return organisation
    return ""


def _first_name_with_firm(goal: Goal, person: str, folded: str) -> str:
    """ "Priya from Fieldwork", "Fieldwork's Priya", "priya@fieldwork...": the target person's first name beside
    their organisation's own word (the goal's organisation target), not another firm of that name ("Fieldwork Ventures")."""
    first = re.escape(fold(person).split()[0])
    for organisation in goal.targets:
        words = spelled_by(organisation)
        if not words or looks_like_person(organisation) or another_of_the_name(organisation, folded):
            continue
        firm = re.escape(words[0])
        rest = "|".join(map(re.escape, name_tokens(organisation)[1:])) or "(?!)"
        surname = re.escape(fold(person).split()[-1])
        # the firm's own word and then its own name or the sentence goes on ("Priya from Fieldwork, who...",
        # "Priya from Fieldwork Capital"), not another firm ("Fieldwork Design", "fieldwork sites")
        found = re.search(
            rf"\b{first}\s+(?:from|at|of|with)\s+(?:the\s+)?{firm}(?:\s+(?:{rest}))?(?=\s*[,.;:!?)\n]|\s*$|\s+{_GOES_ON})"
            rf"|\b{firm}(?:'s|’s)?\s+{first}(?:\s+{surname})?(?=\s*[,.;:!?)\n]|\s*$|\s+{_GOES_ON})"
            # their own address at the firm: "email him directly at tomasz@ledgerline.example.com"
            rf"|\b{first}(?:[._-]{surname})?@{firm}",
            folded,
        )
        if found:
            return found.group(0)
    return ""


# Words that carry a sentence on after a name: "Priya from Fieldwork will talk about..."
_GOES_ON = (
    r"(?:who|will|would|is|was|has|had|and|to|talking|speaking|on|about|for|at|in|joined|joins|presents|"
    r"spoke|says|said|mentioned|can|could)\b"
)


def _advice_or_next_step(text: str) -> str:
    """What a coffee asks of the user's mentoring: their advice ("ask you a few questions") or on the sender's
    next career step ("the next step up")."""
    return advice_asked(text) or career_step_asked(text)


def _target_match(goal: Goal, reading: Reading, namesake: str, notes: list[str]) -> float:
    """1 for a target named whole (or an organisation the address spells), else the best share of a target's
    words from 0.6 up. A client to help is left to _who_and_whom: naming them is not enough."""
    clients = clients_of(goal)
    score = 0.0
    for tag in _HASHTAG.findall(f"{goal.description} {' '.join(goal.targets)}"):
        if re.search(rf"(?<![\w#]){re.escape(fold(tag))}\b", reading.folded):
            # the goal's own campaign by its hashtag ("#RefillNotLandfill"): the message is about it
            notes.append(f'the goal\'s campaign "{tag}" named')
            return 1.0
    # the user's own game named by a fellow developer's playtest swap is no coverage of it (decide.own_product)
    uncovered = own_products(goal)  # most goals have none: coverage is looked for only where one does
    if uncovered and coverage_said(reading.original or reading.folded):
        uncovered = frozenset()
    for target in goal.targets:
        if target == namesake or target in clients:
            continue
        if target in uncovered:
            if phrase_in(target, reading.folded):
                notes.append(f'"{target}" is your own, named with no coverage of it')
            continue
        # "health tech start-ups" is met by a "health-tech start-up": the whole target, its words as one hyphenated
        # word
        folded = _spaced_as(target, reading.folded)
        if phrase_in(target, folded) or writes_from(target, reading.domain_label):
            notes.append(f'target "{target}" mentioned')
            return 1.0
        if said := _agreement_said_as(target, folded):
            notes.append(f'target "{target}" said as "{said}"')
            return 1.0
        if said := short_name_said(target, reading.original):
            notes.append(f'target "{target}" named as "{said}"')
            return 1.0
        # a name is met by its own words only; "equipment financing" also by "a loan for machinery"
        stems = reading.stems if is_name(target) else reading.topic_stems
        if folded is not reading.folded:
            # only the words the hyphen joined (the whole text's words would meet a target far beyond its topic),
            # and only where they complete the target: two of its words joined are no partial match
            joined = stems | _hyphen_joined_stems(target, reading.folded)
            if stem_coverage(target, joined) == 1.0:
                stems = joined
        coverage = stem_coverage(target, stems)
        if not (phrase_stems(target) & stems) - _GENERIC and not (
            coverage == 1.0
            and (
                _stems_together(target, folded)
                # the words said together, and "local" where only implied by a place the goals name
                or (_together_as_said(target, reading) and len(phrase_stems(target) & reading.stems) > 1)
            )
        ):
            # "business owners" half-names "small business owners", and so does any mixer; "owners of a small
            # business" names it, "local business owners ... Small Business Lending" does not
            continue
        if coverage >= 0.6 and is_name(target) and not _part_of_name_in(target, reading.folded):
            continue  # "creative ... finance" here and there names no "Creative Finance Circle"
        if coverage >= 0.6 and is_name(target) and another_of_the_name(target, reading.folded):
            notes.append(f'"{target}" is not the same as the similarly named group in the message')
            continue
        if not _acronyms_said(target, reading):
            continue  # "HR teams" is not met by "a team" of agents
        if coverage == 1.0 and phrase_stems(target) & _GENERIC and not _together_as_said(target, reading):
            coverage = SCATTERED  # "local" here and "University Press" there name no local press
        if coverage >= 0.6 and coverage > score:
            score = coverage
            implied = sorted(phrase_stems(target) & reading.implied.keys())
            said = f", {', '.join(map(reading.said_as, implied))}" if implied else ""
            # every word said, but apart or in other forms: matched, though not as one phrase
            how = "matched word by word" if coverage == 1.0 else "partly matched"
            notes.append(f'target "{target}" {how} ({coverage:.0%}{said})')
    return score


# The words a buyer uses for what a target sold as an agreement names ("support contract", "maintenance plan"): a
# "support arrangement", a "support agreement", "an agreement for commercial support".
_AGREEMENT_WORDS = ("contract", "agreement", "arrangement", "plan", "deal", "subscription", "retainer")
# ...only these read before what they are for ("a plan for support" is any plan)
_AGREEMENT_FOR = ("contract", "agreement", "arrangement", "retainer")


def _agreement_said_as(target: str, folded: str) -> str:
    """How `folded` says a target that names an agreement ("support contract") by another word for one, with the
    target's own qualifier beside it: "support arrangement", "support-agreement", "an arrangement for support"; ""
    where it does not (a "support plan" of a target "support contract" does, "support our plan" does not)."""
    pattern = _agreement_pattern(target)
    found = pattern.search(folded) if pattern is not None else None
    return found.group(0) if found is not None else ""


@lru_cache(maxsize=1024)
def _agreement_pattern(target: str) -> re.Pattern[str] | None:
    said = words(fold(target))
    if len(said) < 2 or len(said) > 3 or said[-1].rstrip("s") not in _AGREEMENT_WORDS:
        return None
    what = r"[\s-]+".join(re.escape(word) for word in said[:-1])
    any_word = "|".join(_AGREEMENT_WORDS)
    for_word = "|".join(_AGREEMENT_FOR)
    return re.compile(
        rf"(?<![a-z0-9])(?:{what}[\s-]+(?:{any_word})s?|(?:{for_word})s?\s+for\s+(?:[a-z]+\s+)?{what})(?![a-z0-9])"
    )


def _spaced_as(target: str, folded: str) -> str:
    """`folded` with two of the target's words side by side that it writes as one hyphenated word written apart, as
    the target writes them ("health-tech" of "health tech start-ups"); `folded` itself where it writes none so."""
    pattern = _hyphenated_pairs(target)
    if pattern is None or "-" not in folded:
        return folded
    spaced = pattern.sub(lambda found: found.group(0).replace("-", " "), folded)
    return folded if spaced == folded else spaced


def _hyphen_joined_stems(target: str, folded: str) -> frozenset[str]:
    """The stems of the target's words that `folded` writes as one hyphenated word ("health", "tech" of
    "health-tech"), and no other of its words."""
    pattern = _hyphenated_pairs(target)
    if pattern is None:
        return frozenset()
    return frozenset(
        content_stems(" ".join(found.group(0).replace("-", " ") for found in pattern.finditer(folded)))
    )


@lru_cache(maxsize=1024)
def _hyphenated_pairs(target: str) -> re.Pattern[str] | None:
    """Two words side by side of a target, each as one hyphenated word ("health-tech" of "health tech start-ups"),
    compiled once per target; None for a target of one word."""
    said = words(target)
    if len(said) < 3:
        # only a target longer than the pair it joins: "cash flow" met by "cash-flow" made every mention of a talk's
        # topic serve the talk (the hand-labelled goal-fit sets say it does not)
        return None
    pairs = [(a, b) for a, b in itertools.pairwise(said) if "-" not in a + b and len(a) > 1 and len(b) > 1]
    if not pairs:
        return None
    joined = "|".join(f"{re.escape(a)}-{re.escape(b)}" for a, b in pairs)
    return re.compile(rf"(?<![a-z0-9-])(?:{joined})(?![a-z0-9])")


_HASHTAG = re.compile(r"#\w{3,}")
# What a target's words count for when the message has them all, but its generic one ("local") far apart.
SCATTERED = 0.6


def _acronyms_said(target: str, reading: Reading) -> bool:
    """Whether the message says a target's short capitalised words ("HR" of "HR teams", "PR" of "PR agencies"),
    which no stem carries: without them only the generic rest is met."""
    acronyms = [w for w in target.split() if 2 <= len(w) <= 3 and w.isupper() and w.isalpha()]
    text = reading.original or reading.folded
    flags = 0 if reading.original else re.IGNORECASE
    return all(re.search(rf"\b{w}\b", text, flags) for w in acronyms)


def _together_as_said(target: str, reading: Reading) -> bool:
    """The target's words the message says itself, near each other (a word only implied, "local" of a place the
    goals name, is implied by the message as a whole)."""
    said = phrase_stems(target) & reading.stems
    return len(said) < 2 or _stems_together(target, reading.folded, wanted=said)


def _stems_together(
    phrase: str, folded: str, window: int = 5, wanted: AbstractSet[str] | None = None
) -> bool:
    """Every content word of a phrase (or the `wanted` ones of it) within `window` words of the text, in any
    order."""
    wanted = phrase_stems(phrase) if wanted is None else wanted
    stems = [stem(w) for w in words(folded)]
    return any(wanted <= set(stems[i : i + window]) for i, s in enumerate(stems) if s in wanted)


def _part_of_name_in(name: str, folded: str) -> bool:
    """Two of a name's words in order, at most two words apart ("creative economy finance" and "Creative
    Financial Circle" of "Creative Finance Circle"), not here and there in the message."""
    words = [w for w in name_tokens(name) if w != "and"]
    return any(
        re.search(
            rf"(?<![a-z0-9]){re.escape(a)}[a-z]*\W+(?:[a-z0-9]+\W+){{0,2}}{re.escape(b)}[a-z]*(?![a-z0-9])",
            folded,
        )
        for a, b in itertools.combinations(words, 2)
    )


def _audience_of(goal: Goal) -> frozenset[str]:
    """The words of whom a goal is for ({creative, studio} of "talks ... for creative studios"); none for a
    person to meet or a mentor to find."""
    if goal.kind in (GoalKind.MEET_PERSON, GoalKind.FIND_MENTOR):
        return frozenset()
    return _audience_words(goal.description)


def audience_phrase(goal: Goal) -> str:
    """Whom a goal is for, in its own words: "small design and architecture studios" of "Owners of small
    design and architecture studios who need monthly bookkeeping"; "" where it does not say."""
    found = re.compile(_AUDIENCE_PHRASE.pattern, re.IGNORECASE).search(goal.description)
    # "Fintech product teams that need user research": whom it is for comes before what they need
    before = re.match(r"\s*(.+?)\s+(?:that|who|which)\s+needs?\b", goal.description, re.IGNORECASE)
    for phrase in (found.group(1) if found else "", before.group(1) if before else ""):
        words = phrase.split()
        # a short noun phrase, not "get paid work from ...", "their clients" or "my bookkeeping practice"
        if 0 < len(words) <= 7 and not _NOT_A_WHOM.search(phrase):
            return " ".join(words)
    return ""


_NOT_A_WHOM = re.compile(
    r"^(get|find|win|land|help|build|grow|meet|make|earn|paid|work|more)\b|\b(my|our|their|your|his|her)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=256)
def _audience_words(description: str) -> frozenset[str]:
    # "credits for my license renewal": what the user's own is for, not whom
    phrases = [p for p in _AUDIENCE_PHRASE.findall(fold(description)) if not p.startswith("my ")]
    words = (stem for phrase in phrases for stem in content_stems(re.sub(r"['’]s\b", "", phrase)))
    return frozenset(words) - _NOT_AUDIENCE


# Whom a find-clients goal's clients are, named before what they want: "Independent restaurants and wine shops that
# want small-lot Sonoma wines", "Fintech product teams that need user research".
_CLIENTS_NAMED = re.compile(r"^\s*([^,.;:]+?)\s+(?:that|who|which)\s+(?:want|wants|need|needs)\b")


@lru_cache(maxsize=256)
def _clients_named(description: str) -> frozenset[str]:
    """The words of whom a find-clients goal's clients are, as its description opens (before "that want ...":
    {restaur, wine, shop}); none where the opening names no one ("Any small business that needs bookkeeping").
    Its targets may name the work as well as the clients ("cash flow"), and are not read."""
    found = _CLIENTS_NAMED.search(fold(description))
    if found is None or _NOT_A_WHOM.search(found.group(1)) or _ANYONE.search(found.group(1)):
        return frozenset()
    said = frozenset(word for word in content_stems(found.group(1)) if not any(c.isdigit() for c in word))
    return said - _NOT_AUDIENCE - _OF_ANY_TRADE


# Words a find-clients goal says its clients' size or kind in, not their trade: "Mid-size commercial clients (20-200
# employees)" are a plumbing company as much as a bakery.
_OF_ANY_TRADE = frozenset(
    content_stems(
        "mid-size midsize mid-sized medium-sized medium large larger mid-market commercial client clients company "
        "companies employee employees firms staff"
    )
)


def _another_audience(goal: Goal, reading: Reading, own_business: bool = False) -> str:
    """The trade a message is for when it is not the goal's ("dentists"), or "". With `own_business`, the trade
    a prospective client says is theirs ("our dental practice", "I'm a wedding planner"), where the goal names
    whom its clients are ("for ...", or "Independent restaurants and wine shops that want ...")."""
    audience = _audience_of(goal)
    if own_business and goal.kind is GoalKind.FIND_CLIENTS:
        audience |= _clients_named(goal.description)
    # the message's own words: one photographer on site does not make a dentists' summit a creative one
    if not audience or audience & reading.stems:
        return ""
    if any(is_name(t) and not looks_like_person(t) and phrase_in(t, reading.folded) for t in goal.targets):
        return ""  # "Fractional Finance PDX meets at Ardent Table restaurant": the goal's own group
    goal_words = phrase_stems(" ".join([goal.description, *goal.targets]))
    for match in (_OWN_TRADE if own_business else _FOR_A_TRADE).finditer(reading.folded):
        trade = next(group for group in match.groupdict().values() if group)
        if set(content_stems(trade)) & goal_words:
            continue
        return trade
    found = _TRADE_IN_ADDRESS.search(reading.domain_label) if own_business else None
    if found and not set(content_stems(found.group(0))) & goal_words:
        return f"{found.group(0)} (as {reading.domain})"
    return ""


# A goal to meet people says whom in words of the field ("sources for the fintech and regulation beat"); these say
# only that it seeks people, and an introduction ("you two should meet") uses them of anyone.
_SEEKING_WORDS = frozenset(
    content_stems(
        "meet meeting source sources person people contact contacts expert experts someone beat new"
    )
)
IN_THE_GOALS_FIELD = "the person introduced works in the field of the goal"


def _field_shared(goal: Goal, reading: Reading) -> list[str]:
    """The words of a goal's field (its description, less its names and the words of seeking people) that an
    introduction uses, itself or by a narrower word for it ("payments policy" for fintech)."""
    goal_stems = phrase_stems(goal.description) - name_stems(tuple(goal.targets))
    field = goal_stems - _SEEKING_WORDS - _GENERIC - _NOT_TOPIC
    return sorted(s for s in field & reading.topic_stems if not _of_time(s))


def _topic(goal: Goal, reading: Reading, notes: list[str]) -> float:
    """The share of the goal's description the message uses, each word weighted by how much it tells this
    goal from the others. Names are matched whole, as targets ("Priya" of Fieldstone Capital shares no topic
    with "Priya Natarajan of Fieldwork Capital"), and words of time say nothing of what a message is about:
    neither ever counts as shared, but both stay in the whole, so that a goal whose description is mostly
    names is not matched by its one other word."""
    goal_stems = phrase_stems(goal.description)
    if not goal_stems:
        return 0.0
    shared = sorted(
        s for s in (goal_stems - name_stems(tuple(goal.targets))) & reading.topic_stems if not _of_time(s)
    )

    def weight(stem: str) -> float:
        return reading.weights.get(stem, 1.0) * (GENERIC_WEIGHT if stem in _GENERIC else 1.0)

    whole = sum(reading.weights.get(s, 1.0) for s in goal_stems)
    topic = min(1.0, 2 * sum(map(weight, shared)) / whole)
    if shared:
        notes.append(
            f"topic overlap with the goal: {', '.join(map(reading.said_as, shared[:6]))} ({topic:.2f})"
        )
    return topic


# A meeting asked to talk the user into a talk of the sender's: "whether you'd speak at our spring evening", "would
# you be up for speaking at our AGM", "about you giving a talk to our members" (not "you spoke at", news of one given).
_MEETS_TO_ASK_A_TALK = frozenset({Intent.COFFEE_CHAT, Intent.WORK_MEETING, Intent.INTRODUCTION})
_TALK_ASKED_OF_YOU = re.compile(
    r"\b(?:(?:whether|if)\s+you(?:'d|’d|\s+would)|would\s+you|could\s+you|about\s+you)\s+"
    r"(?:(?:be\s+)?(?:willing|open|up for|interested in|happy|able)\s+(?:to\s+)?|consider\s+|like\s+to\s+)?"
    r"(?:speak(?:ing)?|giv(?:e|ing)\s+(?:a|the)\s+talk|present(?:ing)?|lead(?:ing)?\s+(?:a|the)\s+(?:session|workshop|seminar))"
    r"\s+(?:at|to|for)\s+(?:our|the|a)\b[^.?!]{0,60}"
)
# Asks to meet that a goal to help a client is served by when they are about the client and its matter.
_MEETS_FOR_THE_CLIENT = frozenset({Intent.COFFEE_CHAT, Intent.WORK_MEETING, Intent.INTRODUCTION})


def _who_and_whom(
    goal: Goal,
    intent: Intent,
    affinity: float,
    reading: Reading,
    target_score: float,
    topic: float,
    notes: list[str],
) -> tuple[float, float]:
    """(target, topic) after what the message says about who writes and whom it reaches."""
    clients = clients_of(goal)
    client = next((c for c in clients if names_organisation(c, reading)), "")
    if client:
        about_matter = _about_the_matter(goal, reading)
        target_score = max(target_score, CLIENT_WITH_MATTER if about_matter else CLIENT_ALONE)
        notes.append(f'client "{client}" named' + ("" if about_matter else ", but not what they need"))
        if about_matter and intent in _MEETS_FOR_THE_CLIENT:
            # a call or a coffee about the client and what the goal seeks for them ("the Okafors ... schools"):
            # the goal's own meeting, as whole as the client named in the target's own words
            target_score = 1.0
    if reading.peer and goal.kind is GoalKind.FIND_CLIENTS and intent is not Intent.CLIENT_INQUIRY:
        # A fellow professional's clients are theirs: the studios they name are not coming to the user.
        target_score, topic = 0.0, 0.0
        notes.append(f'among your peers ("{reading.peer}"): the clients named are theirs')
    if reading.peer and goal.kind is GoalKind.FIND_COMMUNITY and target_score < PEER:
        target_score = PEER
        notes.append(f'among your peers ("{reading.peer}")')
    if reading.grew and grows_a_practice(goal) and target_score < GREW:
        target_score = GREW
        notes.append(f'someone here grew a practice: "{reading.grew}"')
    if reading.audience and goal.kind in _AUDIENCE_GOALS and affinity >= 0.7 and target_score < AUDIENCE:
        target_score = AUDIENCE
        notes.append(f'the audience is who you work for ("{reading.audience}")')
    return target_score, topic


def _strength(affinity: float) -> str:
    if affinity >= 0.8:
        return "directly"
    if affinity >= 0.4:
        return "partly"
    if affinity > 0:
        return "weakly"
    return "not at all"
