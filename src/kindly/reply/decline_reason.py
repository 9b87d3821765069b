"""Why a draft declines, said honestly and in the sender's terms: the user's focus, a provider they already have,
a never-rule said as the user's own ("I don't take part in paid features"), the condition or the region it keeps,
a show's guest for want of fit (kindly.reply.compose sets the reason into the draft)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kindly.decide.agency_recruiting import recruits_for_others, role_offered_to_you
from kindly.decide.audience_gap import AUDIENCE_GAP, swap_named
from kindly.decide.candidates import CANDIDATE as _CANDIDATE
from kindly.decide.client_need import raise_off_the_goal
from kindly.decide.fit import (
    audience_phrase,
    board_seat_offered,
    roles_aimed_for,
    seeks_a_role,
    seeks_work,
    sponsorship_asked,
)
from kindly.decide.funders import seeks_funders
from kindly.decide.guests import guest_offered
from kindly.decide.industry import industry_engagement
from kindly.decide.pay_to_pitch import charges_to_meet_you
from kindly.decide.policy import NO_CAPACITY, OTHER_REGION, PRESS_PITCH
from kindly.decide.research import sellers_research
from kindly.decide.rule_parts import Prerequisite, recruiter_terms_met
from kindly.decide.rule_words import rule_as_told
from kindly.decide.rules import (
    part_that_held,
    provider_region,
    rule_condition,
    rule_exemption,
    rule_not_first,
    rule_prerequisite,
)
from kindly.decide.story_review import STORY_REVIEW
from kindly.decide.vendor_events import seller_hosted
from kindly.decide.white_label import OWN_RATE
from kindly.decide.words import content_stems
from kindly.model import Decision, DecisionMark, Intent, Message, Understanding, Verdict
from kindly.profile import Goal, GoalKind, Profile
from kindly.reply.advice_asked import asks_for_advice
from kindly.reply.provider_words import already_have
from kindly.reply.resources import job_referral, job_seekers_resource
from kindly.reply.wording import lower_first
from kindly.understand.extract import extract

_FOCUS = {
    GoalKind.FIND_CLIENTS: "finding new clients",
    GoalKind.BUILD_CREDIBILITY: "speaking and writing in my field",
    GoalKind.MEET_PERSON: "a few specific introductions",
    GoalKind.HELP_CLIENT: "my current clients",
    GoalKind.FIND_COMMUNITY: "a peer group in my field",
    GoalKind.FIND_MENTOR: "finding a mentor",
    GoalKind.AMPLIFY_CAMPAIGN: "a campaign I'm running",
    GoalKind.CUSTOM: "a few priorities I've set",
}


# How a credibility goal is built, by its own words: a goal of talks only ("Speak at homebuyer seminars and on
# local radio") is not said as "speaking and writing", nor one of articles only as speaking.
_SPEAKING = re.compile(
    r"\b(?:speak\w*|talks?|keynotes?|panels?|seminars?|workshops?|podcasts?|radio|stages?|conferences?|"
    r"present\w*|lectur\w*|webinars?|interviews?|tv|television)\b",
    re.IGNORECASE,
)


_WRITING = re.compile(
    r"\b(?:writ\w*|wrote|articles?|blogs?|columns?|op-eds?|books?|publish\w*|papers?|essays?|journals?|"
    r"newsletters?|bylines?)\b",
    re.IGNORECASE,
)


def _focus(goal: Goal) -> str:
    """What a goal keeps the user's networking time for, as a decline says it."""
    if goal.kind is GoalKind.BUILD_CREDIBILITY:
        words = " ".join([goal.description, *goal.targets])
        speaking, writing = _SPEAKING.search(words), _WRITING.search(words)
        if speaking and not writing:
            return "speaking in my field"
        if writing and not speaking:
            return "writing in my field"
    if (funders := _funders_sought(goal)) is not None:
        return funders
    if goal.kind is GoalKind.FIND_COMMUNITY and (grown := _own_community(goal)) is not None:
        return grown
    return _FOCUS[goal.kind]


# A community goal that grows the user's own community ("Grow our women's strength community: women lifting
# together", "Build my local running club") rather than joining peers: its verb and what follows, as -ing.
_GROWING = re.compile(
    r"^(grow|build|start|expand)\s+((?:our|my)\s+[^:;,()]{3,60}?)\s*(?::|;|,|\(|\s-\s|$)", re.I
)
_AS_ING = {"grow": "growing", "build": "building", "start": "starting", "expand": "expanding"}


def _own_community(goal: Goal) -> str | None:
    """ "growing our women's strength community" for a goal of the user's own community, said in its words: "a peer
    group in my field" would tell a partner for that community that the user keeps their time for something
    else; None for a goal of joining peers."""
    if not (grown := _GROWING.match(goal.description.strip())):
        return None
    return f"{_AS_ING[grown.group(1).lower()]} {grown.group(2)}"


# Where a goal's own words end their first phrase: "Corporate partners and major donors: relationships with ...".
_FIRST_PHRASE = re.compile(r"\s*(?::|;|,|\s-\s|\s\u2013\s|\()")


def _funders_sought(goal: Goal) -> str | None:
    """A goal of partners or donors who give, said in its own words ("finding corporate partners and major donors"):
    a nonprofit keeps its time for funders, not "new clients"; None for a goal of clients who buy."""
    if not seeks_funders(goal):
        return None
    head = _FIRST_PHRASE.split(goal.description.strip(), maxsplit=1)[0].strip()
    if not head or len(head.split()) > 7:
        head = " and ".join(goal.targets[:2])
    if head[:1].isupper() and not head[1:2].isupper():  # "Corporate partners", not "CSR"
        head = head[0].lower() + head[1:]
    return f"finding {head}"


# Sponsorship offered for sale by its tiers: "sponsorship packages from $1,500", "our sponsor levels".
_SPONSORSHIP_SOLD = re.compile(
    r"\bsponsor(?:ship)?\s+(?:packages?|levels?|tiers?|opportunit(?:y|ies)|deck|prospectus)\b", re.IGNORECASE
)


# A trade named by one of its firms ("speaking bureau", "recruiting agency") takes an article: "For a
# speaking bureau, I already work with someone"; "For financial planning" needs none.
_ONE_OF_A_KIND = re.compile(
    r"\b(?:bureau|agency|firm|planner|advisor|adviser|coach|designer|broker|lawyer|accountant|bookkeeper|"
    r"consultant|developer|photographer|recruiter|preparer|secretary|assistant|architect|agent|solicitor|attorney|"
    r"trainer|writer|editor|printer|translator|publicist|therapist|strategist|stylist|studio|lab|laboratory|"
    r"supplier|vendor|wholesaler|distributor|carrier|courier|platform|tool|app|crm|erp|service|database|system|website|newsletter|subscription|provider|programme|program|scheme|manager)$",
    re.I,
)


def with_article(category: str) -> str:
    if not _ONE_OF_A_KIND.search(category.strip()):
        return category
    first = category.split()[0]
    if first.isupper():  # said letter by letter: "an SEO agency", "a UX firm"
        return f"an {category}" if first[0] in "AEFHILMNORSX" else f"a {category}"
    return f"an {category}" if first[:1].lower() in "aeio" else f"a {category}"


# What is asked of the reader in print, not on a stage: a piece to write, a feature in an issue.
_IN_PRINT = frozenset({"article", "feature"})


# A request to shadow the reader at work ("the chance to shadow you for a half-day", "to shadow at Cedar Hollow",
# "job shadowing", "an observership in your clinic"), not to be advised: not "in the shadow of", nor the sender's
# own offer to be shadowed ("you're welcome to shadow me", "welcome to shadow at our hospital").
_SHADOWING = re.compile(
    r"\b(?:shadow(?:ing)?\s+(?:you|your|dr\b|with you|at\s+(?!our\b|my\b))|job[- ]shadow\w*|observerships?\b|"
    r"(?:chance|opportunity|permission|love|like|hoping|hope|ask)\s+to\s+shadow\b(?!\s+(?:me|us)\b)|"
    r"(?:observe|sit in (?:on|with))\s+(?:you|your (?:clinic|practice|office|work|team|lessons?|classes?|surgery)))",
    re.IGNORECASE,
)


def asks_to_shadow(text: str) -> bool:
    """Whether a request asks to shadow the reader at work rather than for their advice."""
    return _SHADOWING.search(" ".join(text[:20_000].split())) is not None


# Why not, in the terms of what was asked, where no rule, provider or focus says more.
_NOT_FOR_ME = {
    Intent.MENTORSHIP_REQUEST: "I'm not able to take on advice calls at the moment, so I'll have to pass.",
    Intent.INTRODUCTION: "I don't think I'm the right person for this connection, so I'll pass.",
    Intent.RECRUITING: "I'm not looking for a new role, so I'll pass.",
    Intent.EVENT_INVITATION: "It isn't one I'll be able to make, so I'll pass.",
    Intent.COMMUNITY_INVITATION: "It isn't a group I can commit to right now, so I'll pass.",
    Intent.COFFEE_CHAT: "I'm keeping my calendar for a few set priorities right now, so I'll pass.",
}


# A candidate who asks to meet: "a quick call", "a coffee", "could we meet?", "a chat about roles".
_ASKS_A_MEETING = re.compile(r"\b(?:call|chat|coffee|meet|meeting|zoom|phone|talk)\b", re.IGNORECASE)


# Asked to do paid work: "need paid help ... could you take it on?", "what are your rates?", "hire you".
ASKS_FOR_WORK = re.compile(
    r"\b(?:hire|hiring you|paid (?:help|consulting|work|project|engagement|contract)|consultancy|"
    r"take (?:it|this|the (?:work|project|job)) on|rates|(?:your|day|hourly) rate|your (?:services|fees?|pricing)|quote|how much|"
    r"engage you|retain you|commission you)\b",
    re.IGNORECASE,
)


# A never-rule is the user's note to self, and may say what they think of it ("paid referral kickbacks", "pushy
# sales calls", "vanity awards"): the reader is told the rule, not the opinion.
_SCORN = re.compile(
    r"\b(?:pushy|sleazy|shady|spammy|scammy|creepy|dodgy|annoying|useless|pointless|so-called|lame|"
    r"cheesy|obnoxious|desperate|time-wasting|low-quality|low-value|shameless|blatant|awful|stupid)\s+",
    re.IGNORECASE,
)


_KICKBACKS = re.compile(r"\b(?:referral\s+)?kick-?backs?\b", re.IGNORECASE)
# "kickbacks" beside the referral fees a rule already names, with the word that joins them
_KICKBACKS_BESIDE_FEES = re.compile(
    r"(?:,\s*|\s+(?:or|and)\s+)(?:referral\s+)?kick-?backs?\b|\b(?:referral\s+)?kick-?backs?(?:,\s*|\s+(?:or|and)\s+)"
    r"(?=referral\s+fee)",
    re.IGNORECASE,
)


def _without_kickbacks(rule: str) -> str:
    """The rule with its "kickbacks" called referral fees, the word sent to the one who offers them; where the rule
    names referral fees already ("referral fees or kickbacks") the word is dropped, not said twice."""
    if re.search(r"\breferral\s+fee", rule, re.IGNORECASE):
        rule = _KICKBACKS_BESIDE_FEES.sub("", rule)
    return _KICKBACKS.sub(
        lambda found: "referral fee" + ("s" if found.group(0).lower().endswith("s") else ""), rule
    )


_SOLD_PLACES = re.compile(
    r"\b(?:predatory|vanity)\s+(?:\w+\s+)?(?:journals?|awards?|publish\w*|press|conferences?|summits?|"
    r"directories|directory|listings?|galas?|features?|podcasts?)\b",
    re.IGNORECASE,
)


def sells_places(rule: str) -> bool:
    """Whether a never-rule is against places sold to those who appear ("predatory journals and conferences"): what
    it turns down is passed on to no one, no more than a show that charges its guests."""
    return _SOLD_PLACES.search(rule) is not None


_NO_NEUTRAL_WORD = re.compile(
    # words whose meaning goes with their scorn ("fake reviews", "predatory lenders"): no neutral way to say it
    r"\b(?:fake|bogus|predatory|vanity|scams?|spam|junk|rubbish|crap|garbage|nonsense|bs|bullshit|time-?wasters?|tyre-?kickers?|tire-?kickers?|"
    r"grifters?)\b",
    re.IGNORECASE,
)


def _sponsorship_not_the_rules(verdict: Verdict, message: Message) -> bool:
    """Whether a rule read as paying to appear ("buying gala tables") held on a sponsorship asked of the user
    whose words share none of the rule's own ('pay_to_play: "Sponsorship opportunity"')."""
    if not sponsorship_asked(message.own_text):
        return False
    rule = set(content_stems(verdict.never_rule))
    hits = [note.split(":", 1)[1] for note in verdict.evidence if note.startswith("pay_to_play:")]
    return bool(hits) and all(rule.isdisjoint(content_stems(hit)) for hit in hits)


def _firm_rule(never_rule: str, evidence: Sequence[str] = ()) -> str:
    """The never-rule as the reason to give, in words fit to send; a rule on the user's own rate says it as the
    profile states it ("below my day rate of EUR 650")."""
    if condition := rule_condition(never_rule):
        # "meetings with lobbyists without council staff present" rules out meeting alone, not meeting
        return f"I only do {rule_as_said(condition.base)} {rule_as_said(condition.kept)}, so I'll have to pass on meeting one-to-one."
    if exemption := rule_exemption(never_rule):
        # "meetings during school hours except with parents or district staff", to someone who is neither;
        # "weekend events except for students", to an event that is not theirs
        return f"I only do {rule_as_said(exemption.base)} {exemption.joined} {rule_as_said(exemption.spared)}, so I'll have to pass."
    # their words, not a quotation: "offered 'for exposure'" loses its quotation marks, "don't" keeps its own
    rule = rule_as_said(never_rule)
    if (own := OWN_RATE.search(rule)) and (rate := _rate_weighed(evidence)):
        rule = f"{rule[: own.end()]} of {rate}{rule[own.end() :]}"
    if _SOLD_PLACES.search(rule):  # "predatory journals", "vanity awards": places sold to those who appear
        return "I don't pay to appear or to be published, so I'll have to pass."
    if _NO_NEUTRAL_WORD.search(rule):
        return "It's not something I take part in, so I'll have to pass."
    rule = _without_kickbacks(rule)
    rule = _EXAMPLES_GIVEN.sub("", rule)
    return f"I have a firm rule against {_SCORN.sub('', rule)}, so I'll have to pass."


# The examples a rule lists in brackets, the user's note to self ("pay-to-play gigs (ticket buy-ons, showcase slots
# that charge the artist)"); a bracket that narrows the rule ("calls during clinic hours (weekdays 08:30-12:00)") is
# told.
_EXAMPLES_GIVEN = re.compile(
    r"\s*\((?:(?:e\.g\.|i\.e\.|(?:eg|like|such as|incl\w*)\b)[^()]*|[^(),]*,[^()]*)\)", re.IGNORECASE
)


def other_region_asked(verdict: Verdict) -> str:
    """What a pitch for a trade the user's provider covers only in its own region is asked ("In California I work
    with Coastal Vine Distributors, but I'd be glad to hear more about Dallas, Houston, Austin - what do you have in
    mind?"); "" for any other verdict."""
    if verdict.reason_code != OTHER_REGION:
        return ""
    places = next(
        (n.removeprefix(f"{OTHER_REGION}:").strip() for n in verdict.evidence if n.startswith(OTHER_REGION)),
        "",
    )
    region = provider_region(verdict.provider, verdict.provider_category)
    name = " ".join(re.sub(r"\([^()]*\)", " ", verdict.provider).split()) or verdict.provider_category
    if not (places and region):
        return ""
    listed = re.sub(r", ([^,]+)$", r" and \1", places)  # "Dallas, Houston and Austin"
    return (
        f"In {region} I work with {name} for {verdict.provider_category}, but I'd be glad to hear more about what you"
        f" have in mind for {listed}. Could you tell me a little more?"
    )


# The note of a limit at the user's own rate: '"below EUR 650 per day": "EUR 300/day"'.
_RATE_NOTE = re.compile(r'^"(?:below|under|less than|lower than) (?P<rate>.+?) per (?:day|hour)":')


def _rate_weighed(evidence: Sequence[str]) -> str:
    """The user's own rate a never-rule was weighed against, as its evidence notes it ("EUR 650"); "" where none."""
    return next((found.group("rate") for note in evidence if (found := _RATE_NOTE.match(note))), "")


def rule_as_said(rule: str) -> str:
    """A never-rule's words as a reply says them: no quotation marks, no final stop, no refusal it opens with
    ("no events on Sundays": "events on Sundays")."""
    told = _QUOTED.sub(r"\1", rule_as_told(rule).rstrip("."))
    # ...but a plural's own apostrophe stays: "sharing applicants' information" is no quotation
    return _STRAY_QUOTE.sub("", told)


# A quotation in single marks ("offered 'for exposure'"), its words kept; then any quote mark left that is not inside
# a word ("don't") nor a plural's possessive ("applicants' information").
_QUOTED = re.compile(r"(?<!\w)'([^']+?)'(?!\w)")
_STRAY_QUOTE = re.compile(r"(?<!\w)['\"]|\"(?!\w)|(?<!s)'(?!\w)|(?<=s)'(?!\s+\w)")


def first_asked(verdict: Verdict) -> str:
    """What an ask under a never-rule about what comes first asks for before any meeting ("Could you send me a
    deck first? I only do pitch calls once I've seen the deck."); "" for any other verdict."""
    first = rule_prerequisite(verdict.never_rule) if verdict.never_rule else None
    if first is None or verdict.decision is not Decision.ASK_DETAILS:
        return ""
    return (
        f"Could you send me {first.thing} first? I only do {rule_as_said(first.base)} once I've seen the {_named(first)}, "
        "and I'll get back to you once I've had a look."
    )


def _named(first: Prerequisite) -> str:
    """What comes first as "the ..." names it: its noun with the words that say which ("the job description" of
    "a written job description"; "the deck" of "a deck")."""
    words = first.thing.split()
    if words[0].lower() in {"a", "an", "the", "their", "some"}:
        words = words[1:]
    # the noun and the noun before it ("job description", "pitch deck"); a word that only describes ("written",
    # "signed", "detailed") is left out
    kept = [w for w in words[-2:] if not re.search(r"(?:ed|ful|ive|al)$", w.lower()) or w is words[-1]]
    return " ".join(kept)


def condition_kept(verdict: Verdict) -> str:
    """What a yes to an ask under a conditional never-rule must say ("Please note that I only do meetings with
    lobbyists with council staff present."), or ""."""
    condition = rule_condition(verdict.never_rule) if verdict.never_rule else None
    if verdict.decision not in (Decision.ACCEPT, Decision.ASK_DETAILS):
        return ""
    if condition is None and DecisionMark.OWN_WAY in verdict.marks:
        # "My treat" to a rule against meals from companies the user covers: the meeting, paid for by each
        return (
            f"Please note that I have a firm rule against {_SCORN.sub('', rule_as_said(verdict.never_rule))}, so "
            "I'll pay my own way."
        )
    if condition is None and DecisionMark.PAID_INSTEAD in verdict.marks:
        # a prospective client who asked to pick your brain over coffee: the help is a consultation
        rule = _SCORN.sub("", rule_as_said(verdict.never_rule))
        return f"Please note that I don't do {rule}, so I'd suggest we make it a proper consultation."
    if condition is None and (
        not_first := rule_not_first(verdict.never_rule) if verdict.never_rule else None
    ):
        # "NDAs before a first call": the call is welcome, what was asked first waits for it
        return (
            f"Please note that I have a firm rule against {_SCORN.sub('', rule_as_said(not_first.rule))}, so I'd suggest we "
            "talk first and come back to it afterwards."
        )
    if condition is None:
        return ""
    return f"Please note that I only do {_SCORN.sub('', rule_as_said(condition.base))} {rule_as_said(condition.kept)}."


# An honour that is an award: a page sold to those an award names ("complete your finalist profile and the feature
# fee of $595") is a place at the award; one a publication's editors "selected" for a feature, with no award named,
# is paying to be featured.
_AN_AWARD = re.compile(
    r"\b(?:awards?|finalists?|nominees?|nominat\w*|shortlist\w*|winners?|gala|ceremony|prizes?|honou?rees?)\b",
    re.IGNORECASE,
)


# A seat on a board offered for a fee: "an Advisory Board seat", "a seat on the Global Advisory Board", "board
# membership", "join the Editorial Board" (not "a seat at the gala", a table's).
_A_BOARD_SEAT = re.compile(
    r"\b(?:board\s+(?:seats?|membership|positions?)|seats?\s+on\s+(?:the|our|its|a|an)\s+(?:[\w-]+\s+){0,3}?board|"
    r"join\s+(?:the|our|its)\s+(?:[\w-]+\s+){0,3}?(?:editorial|advisory|scientific|review)\s+board)\b",
    re.IGNORECASE,
)


def seat_sold(message: Message | None) -> bool:
    """Whether what an honour sold offers is a seat on a board ("you have been selected for an Advisory Board
    seat"), which no feature or award is."""
    return (
        message is not None
        and _A_BOARD_SEAT.search(f"{message.subject}\n{message.own_text}"[:20_000]) is not None
    )


def feature_sold(verdict: Verdict, message: Message | None) -> bool:
    """Whether the place an honour sells is a feature in a publication that names no award."""
    return (
        message is not None
        and DecisionMark.AWARD_FOR_SALE in verdict.marks
        and not _AN_AWARD.search(f"{message.subject}\n{message.own_text}")
    )


# An event the featured place is at: "Featured Creator at Creator Capital Summit 2027", "a spotlight at our expo".
_AN_EVENT = re.compile(
    r"\b(?:summits?|conferences?|conventions?|expos?|festivals?|forums?|symposi(?:um|a)|trade ?shows?|retreats?)\b",
    re.IGNORECASE,
)


def featured_at_an_event(message: Message) -> bool:
    """Whether the featured place sold is a spot at an event ("Featured Creator at Creator Capital Summit 2027"),
    not a page in an issue."""
    return _AN_EVENT.search(f"{message.subject}\n{message.own_text}") is not None


# The user's own show, as a sender names it: "a guest on your podcast", "an interview slot on the show".
_A_SHOW_SAID = re.compile(
    r"\b(?:your|the)\s+(?:[\w'-]+\s+){0,2}?(?:show|podcast|programme|program|channel|series)\b", re.IGNORECASE
)


def guest_for_the_show(understanding: Understanding, message: Message) -> str:
    """Whom a message offers as a guest for the user's own show ("you", "him", "her", "them"), where triage read
    it so (decide.reading.with_guest_offered); "" otherwise."""
    if DecisionMark.GUEST_OFFERED not in understanding.marks:
        return ""
    return guest_offered(f"{message.subject}\n{message.own_text}")[1]


def honest_reason(
    verdict: Verdict, profile: Profile, intent: Intent | None = None, message: Message | None = None
) -> str:
    code = verdict.reason_code
    if code == PRESS_PITCH:
        # a story or a spokesperson pitched: no meeting to hear it, but the pitch itself is welcome in writing
        return (
            "I don't take meetings to hear pitches, so I'll pass on meeting - but I'm always glad to read one: a"
            " short e-mail with the story and why it matters now is the best way."
        )
    if code == STORY_REVIEW:
        # the story's subject asks to see it before it runs: the practice said plainly, and the facts offered
        return (
            "Sharing a story before it's published isn't something I do, so I can't send a draft over - but I'm"
            " glad to double-check any facts and figures with you. Just send me what you'd like me to confirm."
        )
    if code == AUDIENCE_GAP:
        # a small account's swap: no word on the sizes, a kind no and good wishes for their growth
        swap = swap_named(f"{message.subject}\n{message.own_text}") if message is not None else ""
        return (
            f"I'm not able to do a {swap or 'swap'} at the moment, so I'll pass - but best of luck"
            " growing your audience."
        )
    if code == "has_provider":
        return already_have(
            verdict.provider_category,
            verdict.provider,
            with_article(verdict.provider_category),
            named=profile.user.name_providers,
        )
    if code == "pays_to_appear" or (
        code == "never_do"
        and DecisionMark.CHARGES_GUESTS in verdict.marks
        and intent is Intent.SPEAKING_INVITATION
    ):
        # the rule caught a show that charges its guests: that, not "unpaid", is the reason to give
        if DecisionMark.PAYS_TO_TAKE_PART in verdict.marks:
            if message is not None and _SPONSORSHIP_SOLD.search(message.own_text):
                # "sponsorship packages from $1,500 (logo on shirts, expo booth)": a sponsorship asked, the booth
                # one of its perks
                return "I'm not able to sponsor it this time, so I'll have to pass."
            return "I don't pay for a booth or a stand to take part in events, so I'll have to pass."
        if DecisionMark.FEATURE_FOR_SALE in verdict.marks:
            # "Featured placement is $650 and includes a guaranteed 90+ point review": a review bought is no review
            if DecisionMark.REVIEW_FOR_SALE in verdict.marks:
                return "I don't pay for reviews or to be featured, so I'll have to pass."
            return "I don't pay to be featured, so I'll have to pass."
        if seat_sold(message):
            # "selected for an Advisory Board seat ... To confirm your seat, a one-time membership fee": a seat bought
            return "I don't pay for a seat on a board, so I'll have to pass."
        if feature_sold(verdict, message):
            # "selected for our 'Studios to Watch' feature ... A featured profile is $1,850": a page, not a gala
            return "I don't pay to be featured, so I'll have to pass."
        if DecisionMark.AWARD_FOR_SALE in verdict.marks:
            return "I don't pay for places at awards, so I'll have to pass."
        if message is not None and intent is not None and extract(message, intent).format in _IN_PRINT:
            # a journal or a magazine that charges its authors ("The article processing charge is USD 1,299")
            return "I don't pay to have my work published, so I'll have to pass."
        return "I don't pay to appear on shows or stages, so I'll have to pass."
    if code == "never_do" and DecisionMark.PLACE_BOUGHT in verdict.marks:
        # "We're happy to pay $750 for a guaranteed interview slot": a place on the user's show bought
        if (
            message is None
            or _A_SHOW_SAID.search(f"{message.subject}\n{message.own_text}")
            or (guest_offered(f"{message.subject}\n{message.own_text}")[0])
        ):
            return "I don't take payment for a place on the show, so I'll have to pass."
        return "I don't take payment to feature anyone, so I'll have to pass."
    if code == "never_do" and message is not None and _sponsorship_not_the_rules(verdict, message):
        # "buying gala tables" held by a 5K's "Sponsorship opportunity ... Would you consider sponsoring this
        # year's race?": the money asked is a sponsorship, which the rule's own words never named
        return "I'm not able to sponsor it this time, so I'll have to pass."
    if code == "never_do":
        # of a rule of several asks, the one the message made ("commission-only roles", not "MLM or ...")
        held = (
            part_that_held(verdict.never_rule, f"{message.subject}\n{message.own_text}", intent)
            if message is not None
            and intent is not None
            and rule_condition(verdict.never_rule) is None
            and rule_exemption(verdict.never_rule) is None
            else verdict.never_rule
        )
        return _firm_rule(held, verdict.evidence)
    if code == "not_a_fit" and message is not None and (bought := buys_the_users(message)):
        # "we acquire a majority stake in the practice": an offer for the user's own business, not a service
        return f"I'm not looking to sell the {bought}, so I'll pass."
    if (
        code == "not_a_fit"
        and intent is Intent.SALES_PITCH
        and message is not None
        and seller_hosted(message, Intent.EVENT_INVITATION)
    ):
        return "As it's a vendor's own event, it isn't something I'm looking for, so I'll pass on this one."
    if (
        code == "not_a_fit"
        and intent is Intent.SALES_PITCH
        and message is not None
        and industry_engagement(message)
    ):
        # a drug company's paid advisory board or panel on its own product: said as such, and nothing passed on
        return "I don't take part in industry advisory boards or panels, so I'll pass."
    if (
        code == "not_a_fit"
        and intent is Intent.SALES_PITCH
        and message is not None
        and sellers_research(message)
    ):
        # a "research interview" for a company that sells: market research, said as such
        return "As it's customer research for a vendor, it isn't something I'm looking for, so I'll pass on this one."
    if code == "away":
        return "I'm not available that day, so I can't make it this time."
    if code == NO_CAPACITY:
        # the week it falls in is taken (or it alone is more than the week's hours): not "the next few weeks",
        # which an event two months out would read as false
        return "I can't give it the time it deserves that week, so I'll have to pass this time."
    if (
        code in ("not_a_fit", "not_current_focus")
        and message is not None
        and (deal_flow := raise_off_the_goal(profile, f"{message.subject}\n{message.own_text}")) is not None
    ):
        # a founder raising outside the field the user backs is told so, honestly, however the model read the pitch
        if sought := _deal_focus(deal_flow):
            return (
                f"I'm only looking at {sought} at the moment, so this one is outside my focus and I'll pass."
            )
        return "It's outside the areas I focus on, so I'll pass on this one."
    if intent is Intent.CLIENT_INQUIRY and code in ("not_a_fit", "not_current_focus"):
        # a prospective client is told whom the practice serves, not where the networking time goes
        served = next(
            (audience_phrase(g) for _, g in profile.goals_by_priority() if g.kind is GoalKind.FIND_CLIENTS),
            "",
        )
        if served:
            return f"My practice is focused on {lower_first(served)}, so I'm not the right fit for this."
        if not profile.has_goal(GoalKind.FIND_CLIENTS):
            if message is not None and ASKS_FOR_WORK.search(f"{message.subject}\n{message.own_text}"):
                return "I'm not taking on client work at the moment, so I'll have to pass."
            # a parent's visit or a sponsor's offer hires no one: no "client work" to say no to
            return "It isn't something I'm able to take on at the moment, so I'll pass."
        return "It's outside the kind of work I do, so I'm not the right fit for this."
    if (
        code in ("not_a_fit", "not_current_focus")
        and message is not None
        and board_seat_offered(message.own_text)
    ):
        # a seat on a board is a commitment, not a group "I can commit to" or an event to make
        return "I'm not able to take on a board seat at the moment, so I'll have to pass."
    if (
        code in ("not_a_fit", "not_current_focus")
        and message is not None
        and sponsorship_asked(message.own_text)
    ):
        # the user's money asked for their event: no "keeping my networking time" or "not something I'm looking for"
        return "I'm not able to sponsor it this time, so I'll have to pass."
    if (
        code in ("not_a_fit", "not_current_focus")
        and intent in (Intent.EVENT_INVITATION, Intent.SPEAKING_INVITATION)
        and message is not None
        and (paying := charges_to_meet_you(f"{message.subject}\n{message.own_text}"))
    ):
        # a pitch fair that sells writers their minutes with the user: that charge is the reason, not her time
        return f"The event charges {paying} to pitch, and I don't take part in pay-to-pitch events, so I'll pass."
    if code == "not_current_focus":
        # the goal it was weighed against (and only loosely met) is no reason to turn it down: "keeping my time
        # for a peer group" to someone inviting the user to one says the opposite of the truth
        served = verdict.best.kind if verdict.best is not None else ""
        # ...nor is the goal of the ask's own kind: "keeping my networking time for speaking in my field" to
        # someone inviting the user to speak
        own_kind = _GOAL_OF_THE_ASK.get(intent) if intent is not None else None
        focus = []
        for _, goal in profile.goals_by_priority():
            phrase = _focus(goal)
            if goal.kind.value != served and goal.kind is not own_kind and phrase not in focus:
                focus.append(phrase)
        if not focus:
            return "It isn't quite the right fit for me at the moment, so I'll pass this time."
        listed = " and ".join(focus[:2])
        return f"Right now I'm keeping my networking time for {listed}, so I'll have to pass."
    if intent is Intent.RECRUITING and message is not None and _CANDIDATE.search(message.own_text):
        # the user hires: where the roles are (a careers page, the firm's recruiter) is the answer, not "none"
        if job_seekers_resource(profile, message) or job_referral(verdict, intent, message):
            if _ASKS_A_MEETING.search(message.own_text):
                return "I'm not able to meet about roles myself right now, so I'll pass on a call."
            if job_seekers_resource(profile, message) is None:
                return "I don't handle applications one to one, so I'll pass you on to the people who do our hiring."
            # "Is Pennine Foods hiring? I'd be grateful for any advice": no call was asked, so none is turned down
            return "I don't handle applications one to one, so I'll pass you on to where all our openings are listed."
        if seeks_work(profile):
            # the user is job-hunting herself: "I'll keep your note on file" would pretend she hires
            return (
                "I'm looking for my next role myself, so I'll have to pass: I'm not in a position to offer work or a"
                " referral right now."
            )
        return (
            "I don't have a role to offer right now, so I'll have to pass, but I'll keep your note on file."
        )
    if intent is Intent.RECRUITING and any(
        seeks_a_role(goal) or roles_aimed_for(goal) for goal in profile.goals
    ):
        # the user IS looking, or aims for a role ("a mentor who has moved from HR into a COO role"): "not looking
        # for a new role" would be false, and would close the door
        return "This one isn't quite the role I'm looking for, so I'll pass, but I'd be glad to hear of anything closer."
    if (
        intent is Intent.RECRUITING
        and message is not None
        and (terms := recruiter_terms_met(profile, message.own_text)) is not None
    ):
        # "recruiter calls without a salary range" and the range given: the user takes such calls on those terms,
        # so "I'm not looking for a new role" would say the opposite of the rule; the timing is the reason
        return (
            f"I appreciate you including {terms.given} up front, but the timing isn't right for me to explore a move, "
            "so I'll pass for now."
        )
    if (
        intent is Intent.RECRUITING
        and message is not None
        and recruits_for_others(profile)
        and not role_offered_to_you(message.own_text)
    ):
        # another recruiter's split or candidates offered to an agency recruiter: no role of her own was offered,
        # so "I'm not looking for a new role" would answer what was never asked
        return "It isn't something I'm looking for at the moment, so I'll pass."
    if intent is Intent.MENTORSHIP_REQUEST and message is not None and asks_to_shadow(message.own_text):
        return "I'm not able to take on anyone to shadow me at the moment, so I'll have to pass."
    if (
        intent is Intent.MENTORSHIP_REQUEST
        and message is not None
        and not asks_for_advice(f"{message.subject}\n{message.own_text}")
    ):
        # "Would you consider carrying a few copies of my book?": no advice asked, so no "advice calls" turned down
        return "It isn't something I'm able to take on at the moment, so I'll pass."
    fallback = "It isn't something I'm looking for at the moment, so I'll pass."
    return _NOT_FOR_ME.get(intent, fallback) if intent is not None else fallback


# What a deal-flow goal opens with before whom it seeks: "Meet", "Find", "Back", "Invest in".
_SEEKING_VERB = re.compile(
    r"^\s*(?:meet|find|back|fund|source|see|invest\s+in|hear\s+from|get\s+to\s+know)\s+", re.IGNORECASE
)


def _deal_focus(goal: Goal) -> str:
    """Whom a deal-flow goal seeks, in its own words: "climate-tech founders raising pre-seed" of "Meet climate-tech
    founders raising pre-seed (deal flow)"; "" where that is no short phrase."""
    head = _FIRST_PHRASE.split(goal.description, maxsplit=1)[0]
    head = _SEEKING_VERB.sub("", head).strip()
    if not head or len(head.split()) > 8 or re.search(r"\b(?:my|our|I|we)\b", head):
        return ""
    return lower_first(head)


# The goal an ask is itself of: a stage builds credibility, a group is a community.
_GOAL_OF_THE_ASK = {
    Intent.SPEAKING_INVITATION: GoalKind.BUILD_CREDIBILITY,
    Intent.COMMUNITY_INVITATION: GoalKind.FIND_COMMUNITY,
}


# An offer to buy the user's own business: "we acquire a majority stake in the practice", "interested in acquiring
# your firm", "buy your agency" (not "acquire new patients", nor a seller's "buy our software").
_BUYS_YOURS = re.compile(
    r"\b(?:acquir\w*|buy(?:ing)?|purchas\w*)\s+(?:(?:a|an)\s+)?(?:(?:majority|minority|controlling)\s+"
    r"(?:stake|interest|share)\s+in\s+)?(?:your|the)\s+(?P<what>practice|business|firm|company|agency|studio|clinic)\b",
    re.IGNORECASE,
)


def buys_the_users(message: Message) -> str:
    """What of the user's an offer would buy ("practice"), or ""."""
    found = _BUYS_YOURS.search(" ".join(f"{message.subject}\n{message.own_text}".split()))
    return found.group("what").lower() if found else ""
