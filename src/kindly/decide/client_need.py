"""A sender who needs what the user offers is a prospective client, in whatever words they ask.

"We need a researcher to run interviews with patients" or "we want to run usability testing in January -
could we have a call?" reads to the model like a work meeting or a partnership; to a user whose find-clients
goal says "teams that need user research: discovery interviews, usability testing", it is a client. The
service is read from the goal's own words after "need" ("Owners of small design studios who need monthly
bookkeeping or a part-time CFO"), and the sender must say that they need it: "we need", "we're looking for",
"we want to run". A seller offering the same thing says what they offer, not what they need.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from kindly.amounts import CODES, NAMES, SIGN
from kindly.decide.answer_asked import own_answer_asked
from kindly.decide.related import implied_stems
from kindly.decide.rules import may_hold
from kindly.decide.selling import names_a_sale, offers_for_sale
from kindly.decide.site_visit import site_visit_asked
from kindly.decide.words import content_stems, fold, sentence_around
from kindly.model import DecisionMark, Intent, Understanding
from kindly.profile import Goal, GoalKind, Profile
from kindly.understand.consultation_asked import asks_to_book_a_consultation

CLIENT_REQUEST = "client_request"  # the reason code of a request for the user's work that no goal is about
# Why a message is read as a client's when the sender refers a patient or a client to the user: the understanding's
# note says 'client_inquiry: they send you work ("...")', which a reply looks for
SENDS_WORK = "they send you work"
# What a sender who wants to buy says.
# ...and what they need, the next few words: "we need a researcher to run interviews", "I'm looking for a
# part-time CFO" (not "we're looking for bookkeepers to join our network", nor "I need advice on how you grew").
_NEED = re.compile(
    r"\b(?:we|i)(?:'re|'d|'m| are| am| would| will)?[ \t]+(?:really[ \t]+|urgently[ \t]+|also[ \t]+)?"
    r"(?:need|needs|(?:are[ \t]+)?looking[ \t]+(?:for|to[ \t]+(?:hire|bring[ \t]+in|engage|run|commission))|"
    r"want[ \t]+to[ \t]+(?:run|hire|bring[ \t]+in|commission|engage)|"
    r"like[ \t]+to[ \t]+(?:hire|bring[ \t]+in|engage|commission|run))[ \t]+((?:[\w'-]+[ \t]+){0,5}[\w'-]+)"
    r"[^.!?\n]{0,120}",
    re.IGNORECASE,
)
# A need that is not to buy: a partner, a peer, advice, an event to run together.
_NOT_BUYING = re.compile(
    r"\b(join|partner\w*|referral|network|advice|learn|workshop|webinar|co-?host|speak\w*|panel\w*|volunteer\w*)\b",
    re.IGNORECASE,
)
# The goal's service: what its clients need ("... who need monthly bookkeeping or a part-time CFO"), or pay for
# ("Companies that would pay for a support contract")
_SERVICE = re.compile(
    r"\b(?:that|who|which)?[ \t]*(?:need|needs|needing|in need of|"
    r"(?:(?:would|will|could|want[ \t]+to)[ \t]+)?pay[ \t]+for|paying[ \t]+for)\b[ \t]*:?[ \t]*(.+)$",
    re.I,
)
# ...or want, up to what it is for ("Heads of engineering ... who want an executive coach for their first year":
# an executive coach)
_WHO_WANT = r"\b(?:who|that|which)[ \t]+(?:want|wants|wanting)[ \t]+(?!to\b)(.+?)"
_BEFORE_WHAT_FOR = r"[ \t]+(?:for|in|during|through|with|at|to|so|when|while|after|before)\b"
_WANTED = re.compile(rf"{_WHO_WANT}(?={_BEFORE_WHAT_FOR}|[.,;:]|$)", re.I)
# ...read to its end where a comma only lists its qualities ("who want sustainable, passive-house residential
# design"): the words of the trade a never-rule may take for granted (decide.rules)
_WANTED_IN_FULL = re.compile(
    rf"{_WHO_WANT}(?={_BEFORE_WHAT_FOR}|,[ \t]*(?:and|or|but|who|which|that|so|from|across)\b|[.;:]|,[ \t]*$|$)",
    re.I,
)
# Words of a service that say nothing of what it is.
_VAGUE = frozenset(
    {"month", "week", "year", "day", "time", "help", "work", "team", "small", "busi", "new", "part"}
)
# Intents the model gives a buyer who does not say "hire" or "quote".
_MISREAD = frozenset({Intent.WORK_MEETING, Intent.PARTNERSHIP_PROPOSAL, Intent.COFFEE_CHAT})


@lru_cache(maxsize=64)
def _service_stems(description: str) -> frozenset[str]:
    found = _SERVICE.search(description) or _WANTED.search(description)
    return frozenset(content_stems(found.group(1))) - _VAGUE if found else frozenset()


# ...or what the clients are for: "Find clients for my freelance writing", "paying clients for illustration work".
_CLIENTS_FOR = re.compile(
    r"\bclients?\s+for\s+(?:my|our|the)?\s*(.+?)(?=\s*[:;,.(]|\s+(?:who|that|which|in|across|around)\b|$)",
    re.I,
)


@lru_cache(maxsize=64)
def _work_stems(description: str) -> frozenset[str]:
    found = _CLIENTS_FOR.search(description)
    stems = _service_stems(description) | (
        frozenset(content_stems(found.group(1))) - _VAGUE if found else frozenset()
    )
    # the work itself, not how much of it: "part-time" of "a part-time CFO" is no work of its own
    return frozenset(s for s in stems if not _VAGUE.intersection(s.split("-")))


def own_work(goal: Goal) -> frozenset[str]:
    """The stems of the work a find-clients goal sells: what its clients need ("... who need monthly bookkeeping")
    or what it finds clients for ("Find clients for my freelance writing"); none for another kind of goal."""
    return _work_stems(goal.description) if goal.kind is GoalKind.FIND_CLIENTS else frozenset()


def trade_named(profile: Profile) -> frozenset[str]:
    """The stems of what the user sells, each of its words ("design" of "... who want sustainable, passive-house
    residential design"), as a never-rule may name it ("unpaid design competitions")."""
    stems: set[str] = set(own_trade(profile))
    for goal in profile.goals:
        if goal.kind is GoalKind.FIND_CLIENTS and (found := _WANTED_IN_FULL.search(goal.description)):
            stems.update(content_stems(found.group(1)))
    return frozenset(stems) - _VAGUE


def own_trade(profile: Profile) -> frozenset[str]:
    """The words of what the user sells ("employment law advice"): a pitch that names them speaks of the user's
    trade, not of one the sender offers."""
    return frozenset().union(
        *(_service_stems(g.description) for g in profile.goals if g.kind is GoalKind.FIND_CLIENTS)
    )


# A buyer who gathers suppliers of the user's trade: "we're setting up a panel of translators for our Madrid
# office", "building a roster of court interpreters" (not a panel of speakers at an event: the trade must be the
# user's own).
_PANEL_OF = re.compile(
    r"\b(?:setting up|set up|building|build|putting together|creating|expanding|growing)[ \t]+(?:a|an|our|their)"
    r"[ \t]+(?:new[ \t]+|small[ \t]+)?(?:panel|roster|pool|bench|list)[ \t]+of[ \t]+((?:[\w'-]+[ \t]+){0,4}[\w'-]+)",
    re.IGNORECASE,
)


def _a_doer_of(words: list[str], service: frozenset[str]) -> bool:
    """Whether the words name who does the service ("translators" of "legal translation", "interpreters" of
    "court interpreting"): a stem of one opens the other."""
    return any(
        min(len(word), len(stem)) >= 5 and (word.startswith(stem) or stem.startswith(word))
        for word in words
        for stem in service
    )


def service_needed(profile: Profile, text: str) -> str:
    """The sender's words that say they need what a find-clients goal offers ("we need a researcher to run
    interviews", "we're setting up a panel of translators"), or ""."""
    services = [_service_stems(g.description) for g in profile.goals if g.kind is GoalKind.FIND_CLIENTS]
    if not any(services):
        return ""
    for panel in _PANEL_OF.finditer(fold(text)[:20_000]):
        if any(_a_doer_of(content_stems(panel.group(1)), service) for service in services):
            return " ".join(panel.group(0).split())
    for match in _NEED.finditer(fold(text)[:20_000]):
        if _NOT_BUYING.search(match.group(0)):
            continue
        if any(set(content_stems(match.group(1))) & service for service in services):
            return " ".join(match.group(0).split())
    return ""


def target_needed(profile: Profile, text: str) -> str:
    """The sender's words that say they need what a find-clients goal's target names ("we're looking for a hotel
    for our firm's annual offsite" to a goal whose targets include "offsites"), or "": a goal may list what it
    sells rather than say what its clients need."""
    sold = [(stems, head) for stems, head in _offered_work(profile) if head]
    for match in _NEED.finditer(fold(text)[:20_000]):
        if _NOT_BUYING.search(match.group(0)):
            continue
        # the need's own clause ("a hotel for our firm's annual offsite next September"), not what follows it
        need = _CLAUSE_ENDS.split(match.group(0))[0]
        if _A_JOB_SOUGHT.search(need):
            continue  # "I'm looking for a role in event sales": a job, not the work bought
        if any(_names_the_work(content_stems(need), stems, head) for stems, head in sold):
            return " ".join(need.split())
    return ""


_CLAUSE_ENDS = re.compile(r"[;,:()]|\s[-–—]\s")
_A_JOB_SOUGHT = re.compile(
    r"\b(?:jobs?|roles?|positions?|internships?|careers?|opportunit\w*|work experience)\b"
)


# A buyer asks for advice on their own case: "pick your brain on whether we should go LMIA or Global Talent
# Stream", "get your advice on our work permits" - in a sentence that names the work a find-clients goal sells.
_ASKS_ADVICE = re.compile(
    r"\b(?:pick your brains?|(?:ask|get|have|seek|want|need|like|love) (?:for )?(?:your|some) (?:advice|input|"
    r"thoughts|take|guidance|expertise)|advi[cs]e (?:us|me) on|your advice on)\b",
    re.IGNORECASE,
)


# One who wants to do the work themselves: "to become a coach", "training as a translator", "move into coaching".
_TO_DO_THE_WORK = re.compile(
    r"\b(?:becom\w*|train\w* (?:as|to be)|qualify\w* as|get(?:ting)? into|mov\w* into|transition\w* (?:into|to)|"
    r"switch\w* (?:into|to)|start\w* (?:my|a) (?:own )?(?:practice|business))\b",
    re.IGNORECASE,
)


def advice_on_own_work(profile: Profile, text: str) -> str:
    """The sentence that asks for advice on the work a find-clients goal sells (two of its words at least:
    "LMIA or Global Talent Stream"), or "": a buyer's own case, asked over coffee, is a client's."""
    works = [own_work(g) for g in profile.goals if g.kind is GoalKind.FIND_CLIENTS]
    joined = " ".join(text[:20_000].split())
    for found in _ASKS_ADVICE.finditer(joined):
        sentence = sentence_around(joined, found.start(), found.end())
        if _TO_DO_THE_WORK.search(sentence):
            continue  # "I'm thinking about leaving HR to become a coach": a peer to be, asking how, not a buyer
        stems = set(content_stems(sentence))
        if any(len(stems & work) >= 2 for work in works):
            return " ".join(sentence.split())
    return ""


# A buyer asks to talk about having the work done: "hop on a call next week to talk about a part-time CFO
# arrangement", "discuss getting some monthly bookkeeping" (an article, not "your": the work for them). A seller
# talks about a thing of theirs ("a bookkeeping app we built"), a recruiter about a role, a peer about an event.
_TALK_ABOUT_THE_WORK = re.compile(
    r"\b(?:talk|chat|speak|discuss|explore|hear)(?:ing)?[ \t]+(?:about[ \t]+|through[ \t]+)?"
    r"(?:(?:getting|hiring|bringing[ \t]+in|engaging|setting[ \t]+up)[ \t]+)?(?:a|an|some)[ \t]+"
    r"((?:[\w'-]+[ \t]+){0,3}[\w'-]+)",
    re.IGNORECASE,
)
_NOT_THE_WORK = re.compile(
    r"\b(?:app|apps|software|platform|tool|tools|solution|system|product|role|job|position|vacancy|opening|"
    r"roundtable|event|group|meetup|conference|podcast|episode|article|talk)\b",
    re.IGNORECASE,
)


def work_talked_about(profile: Profile, text: str) -> str:
    """The words that ask to talk about having the work a find-clients goal sells done ("talk about a part-time
    CFO arrangement"), or "": a buyer's call, however the model read it."""
    works = [own_work(g) for g in profile.goals if g.kind is GoalKind.FIND_CLIENTS]
    joined = " ".join(text[:20_000].split())
    for found in _TALK_ABOUT_THE_WORK.finditer(joined):
        said = found.group(1)
        if _NOT_THE_WORK.search(said) or _NOT_BUYING.search(said):
            continue
        if any(set(content_stems(said)) & work for work in works):
            return found.group(0)
    return ""


# A prospective client asks whether the user offers the work: "Do you give lessons?", "do you still teach adult
# beginners?", "are you taking new students?", "do you have room for a new client?", "do you do private events?".
# The question of what the user does, not an ask to do a thing ("could you do a two-hour set?", read elsewhere), nor
# one of what the user needs ("do you need lessons?": a seller's).
_ASKS_IF_YOU_OFFER = re.compile(
    # "would you or your team offer", "would your team offer": the user's own firm asked
    r"\b(?:(?:do|would|does)[ \t]+(?:you|your[ \t]+(?:team|firm|company|practice))(?:[ \t]+(?:and|or)[ \t]+your[ \t]+"
    r"(?:team|firm|company|practice))?(?:[ \t]+(?:still|currently|also|ever|now|usually|happen[ \t]+to))?[ \t]+"
    r"(?:give|offer|teach|do|play|provide|run|take(?:[ \t]+on)?|accept|work[ \t]+with|"
    r"have[ \t]+(?:any[ \t]+)?(?:room|space|openings?|spots?|slots?|availability)[ \t]+for)|"
    r"are[ \t]+you(?:[ \t]+(?:still|currently|also|now))?[ \t]+(?:taking(?:[ \t]+on)?|accepting|offering|"
    r"giving|teaching|doing|playing|booking))[ \t]+((?:[\w'-]+[ \t]+){0,4}?[\w'-]+)(?=[ \t]*[?,.;!]|[ \t]+(?:for|to|"
    r"in|at|on|with|or|and|these|this|right)\b|[ \t]*$)",
    re.IGNORECASE,
)
# Heads of a target that name no work of their own: "corporate events" is met by "corporate events" or "private
# events", never by "events" alone ("do you do events?" may ask what the user attends).
_BARE_HEADS = frozenset({"event", "meeting", "session", "project", "service", "work", "busi", "job", "call"})


def _offered_work(profile: Profile) -> list[tuple[frozenset[str], str]]:
    """The stems of each thing a find-clients goal sells, with its head: each target ("jazz piano lessons", head
    "lesson") and the goal's own words of what its clients need (no head: any two of them name the work)."""
    sold: list[tuple[frozenset[str], str]] = []
    for goal in profile.goals:
        if goal.kind is not GoalKind.FIND_CLIENTS:
            continue
        sold += [(frozenset(stems), stems[-1]) for target in goal.targets if (stems := content_stems(target))]
        if work := own_work(goal):
            sold.append((work, ""))
    return sold


def _names_the_work(said: list[str], sold: frozenset[str], head: str) -> bool:
    """Whether the words asked about name the work: its head ("lessons" of "jazz piano lessons"), unless the head
    names no work of its own (then two of its words: "private events")."""
    shared = sold.intersection(said)
    return (head in shared and head not in _BARE_HEADS) or len(shared) >= 2


def service_asked_of_you(profile: Profile, text: str) -> str:
    """The question that asks whether the user offers what a find-clients goal sells ("Do you give lessons?",
    "are you taking new students?"), up to the last word of the work ("Do you give lessons" of "Do you give lessons
    online?": how, or for whom, is not what the goal says he sells), or "": a prospective client's ask, however
    short, and wherever it came from."""
    sold = _offered_work(profile)
    if not sold:
        return ""
    joined = " ".join(text[:20_000].split())
    for found in _ASKS_IF_YOU_OFFER.finditer(joined):
        if not sentence_around(joined, found.start(), found.end(), with_stop=True).endswith("?"):
            continue  # "I know you do private events." tells, it does not ask
        said = content_stems(found.group(1))
        named = [stems for stems, head in sold if _names_the_work(said, stems, head)]
        if named:
            work = frozenset().union(*named)
            asked = found.group(1).split()
            last = max(i for i, word in enumerate(asked) if set(content_stems(word)) & work)
            return f"{joined[found.start() : found.start(1)]}{' '.join(asked[: last + 1])}"
    return ""


# A buyer asks the user to do their work for them: "Would you and your team be in a position to advise?", "could
# you act for us", "we would value someone closer to home who understands the North West".
_ASKS_FOR_THE_WORK = re.compile(
    r"\b(?:(?:could|would|can|might) you(?: and your (?:team|firm|colleagues|practice))?(?: be (?:able|in a position|"
    r"willing|available) to)? (?:advise|act for|represent|take (?:this|us|it) on|handle (?:this|it) for)|"
    r"(?:we|i)(?:'d| would) value (?:someone|an adviser|an advisor|your advice)|(?:we|i) (?:need|want) to instruct)\b",
    re.IGNORECASE,
)


# A buyer asks to see what the user sells: "a demo of Haulwise for me and our two DC managers", "we'd like to
# see a demo", "could we get a demo?". A seller offers to show theirs: "a quick demo of our platform", "would
# you like to see a demo?", "could we set up a quick demo?".
_DEMO = (
    r"\bdemo(?:nstration)?[ \t]+of[ \t]+(?:your|{product})\b|\bdemo[ \t]+for[ \t]+(?:me|us|our)\b|"
    # only a buyer asks to *see* one: a seller "would love to book/schedule a quick demo"
    r"\b(?:we|i)(?:'d|[ \t]+would)?[ \t]+(?:like|love|want)[ \t]+to[ \t]+see[ \t]+(?:a|an)[ \t]+(?:[\w-]+[ \t]+)?demo\b"
)


# A buyer asks for the user's own goods: "We are interested in your dry-farmed Zinfandel for restaurants in Tokyo",
# "we'd like to stock your wines", "I'm looking to order some of your cases". A seller offers to do something with
# them ("we place your wines with distributors", "I'd love to feature your release") or asks after the user's
# business ("interested in your thoughts"), and is not matched.
_BUY_VERB = r"(?:buy|order|stock|carry|import|list|purchase|bring[ \t]+in|pour)"
_GOODS_ASKED = re.compile(
    r"\b(?:we|i)(?:'re|'m|[ \t]+are|[ \t]+am|'d[ \t]+be|[ \t]+would[ \t]+be)?[ \t]+(?:very[ \t]+|really[ \t]+|keen(?:ly)?[ \t]+)?"
    rf"interested[ \t]+in[ \t]+(?:{_BUY_VERB}\w*[ \t]+(?:some[ \t]+of[ \t]+)?your\b[^.!?\n]{{0,40}}|your[ \t]+(?!(?:business|company|brand|firm|team|practice|story|thoughts|feedback|views|opinion|input|insights|"
    rf"experience|perspective|expertise|needs|growth)\b)[\w-]+(?:[ \t]+[\w-]+){{0,2}}"
    r"[ \t]+for[ \t]+(?:our[ \t]+|my[ \t]+)?(?:[\w-]+[ \t]+)?(?:restaurants?|shops?|stores?|bars?|list|menu|customers|clients|"
    r"market|cellar|guests))\b"
    rf"|\b(?:we|i)(?:'d|[ \t]+would)?[ \t]+(?:like|love|want)[ \t]+to[ \t]+{_BUY_VERB}[ \t]+(?:some[ \t]+of[ \t]+)?your\b"
    rf"|\b(?:we|i)(?:'re|'m|[ \t]+are|[ \t]+am)[ \t]+looking[ \t]+to[ \t]+{_BUY_VERB}[ \t]+(?:some[ \t]+of[ \t]+)?your\b"
    # ...or says how they buy from the producers they take on: "we buy at FOB and work the market ourselves", "we
    # purchase directly from the winery", "we import direct from producers"
    r"|\b(?:we|i)(?:'d|'ll|[ \t]+would|[ \t]+will)?[ \t]+(?:buy|purchase|import)[ \t]+(?:(?:the[ \t]+)?wines?[ \t]+|"
    r"(?:the[ \t]+)?(?:goods|stock|products?)[ \t]+)?(?:at[ \t]+(?:fob|ex[- ]?(?:cellar|works|winery|cellars)|wholesale|"
    r"trade[ \t]+price)|direct(?:ly)?[ \t]+from[ \t]+(?:you|producers?|wineries|growers|makers|the[ \t]+(?:winery|producer|"
    r"maker|grower|estate|brewery|farm)))\b",
    re.IGNORECASE,
)


def buys_goods(text: str) -> str:
    """The sender's words that ask to buy goods from the user or say how they buy them ("we buy at FOB"); ""."""
    found = _GOODS_ASKED.search(" ".join(text[:20_000].split()))
    return found.group(0) if found else ""


def goods_asked(profile: Profile, text: str) -> str:
    """The sender's words that ask to buy the user's own goods ("interested in your dry-farmed Zinfandel for
    restaurants"), where a find-clients goal says the user wants clients; ""."""
    if not profile.has_goal(GoalKind.FIND_CLIENTS):
        return ""
    return buys_goods(text)


def demo_asked(profile: Profile, text: str) -> str:
    """The sender's words that ask to see what the user sells ("a demo of Haulwise"), where a find-clients goal
    says the user wants clients; ""."""
    if not profile.has_goal(GoalKind.FIND_CLIENTS):
        return ""
    product = re.escape(profile.user.email.rpartition("@")[2].split(".")[0]) or "(?!)"  # haulwise.example
    found = re.search(_DEMO.format(product=product), fold(text)[:20_000])
    return found.group(0) if found else ""


# An introducer says what the person introduced wants: "Priya would like to talk about a paid performance
# review", "their team needs help with migrations".
_THEY_NEED = re.compile(
    r"\b(?:she|he|they|[a-z]+(?:'s)?(?: team)?)[ \t]+(?:needs?|is looking for|are looking for|would like|wants?|"
    # ...or asks how to buy it: "She's been asking how they can pay for support", "he asked about hiring someone"
    r"(?:(?:has|have|had)[ \t]+)?(?:been[ \t]+)?ask(?:s|ed|ing)[ \t]+(?:me[ \t]+)?"
    r"(?:how[ \t]+(?:to|(?:she|he|they|we|it)[ \t]+(?:can|could|might))|about|whether[ \t]+(?:she|he|they|we)"
    r"[ \t]+(?:can|could))(?=[ \t]+(?:pay(?:ing)?[ \t]+for|buy(?:ing)?|hir(?:e|ing)|fund(?:ing)?|sponsor(?:ing)?)\b))"
    r"\b((?:[ \t]+[\w'-]+){1,10})",
    re.IGNORECASE,
)


# ...or, to a goal that names its clients' work in its targets ("extensions and renovations", "new homes"), who
# the people introduced are and what they want to do: "my clients James and Ella, who have just bought a house in
# Kew and want to renovate it". A want to meet, learn or be hired is no work to buy.
_THEY_WANT_TO = re.compile(
    r"\b(?:she|he|they|who|and|[a-z]+)(?:'s|'re|'d| is| are| would| has| have)?[ \t]+(?:(?:just|really|also|now)[ \t]+)?"
    r"(?:wants?|would[ \t]+like|(?:are|is)[ \t]+(?:looking|hoping|planning)|plan|hope)[ \t]+to[ \t]+"
    r"((?:[\w'-]+[ \t]+){0,8}[\w'-]+)",
    re.IGNORECASE,
)
_NOT_WORK_WANTED = re.compile(
    r"\b(?:meet\w*|talk\w*|chat\w*|connect\w*|catch|speak\w*|hear|pick|swap\w*|compare|share|collaborat\w*|"
    r"partner\w*|learn\w*|join\w*|network\w*|job|jobs|role|position|intern\w*|placement|mentor\w*|advice|"
    r"volunteer\w*|become|train\w*|study|studying|work (?:for|at|in) (?:you|your))\b",
    re.IGNORECASE,
)


def _goal_work_words(goal: Goal) -> frozenset[str]:
    """A find-clients goal's words of the work its clients want: its service and its targets ("extensions and
    renovations"), less the words that name no work."""
    said = content_stems(" ".join(goal.targets))
    return (_service_stems(goal.description) | frozenset(said)) - _VAGUE


# The kinds of business a find-clients goal's clients may be ("Independent restaurants and wine shops", a target
# "wine bars"), and the kind of one an introducer names ("she runs a little wine bar in Oakland", "owns Herrera
# Vineyards").
_BUSINESS_KIND = re.compile(
    r"\b(?:shops?|stores?|restaurants?|bars?|caf[eé]s?|bistros?|bakery|bakeries|brewery|breweries|winery|wineries|"
    r"vineyards?|farms?|delis?|markets?|grocers?|grocery|boutiques?|salons?|galler(?:y|ies)|hotels?|venues?|"
    r"studios?|firms?|practices?|agenc(?:y|ies)|clinics?|retailers?|merchants?|bookshops?|bookstores?)\b",
    re.IGNORECASE,
)
# The person introduced runs a business, as the introducer tells it: "Daniel Reyes owns Vine & Vault in Petaluma and
# is building out a Sonoma section for spring", "she runs a little wine bar in Oakland" (not "I run ...": the
# introducer's own).
_RUNS_A_BUSINESS = re.compile(
    r"\b(?P<who>(?-i:[A-Z][\w'-]+)|she|he|they)[ \t]+(?:also[ \t]+|now[ \t]+)?(?:owns|co-owns|runs|manages|"
    r"(?:is|are)[ \t]+the[ \t]+(?:owner|co-owner|buyer|wine[ \t]+buyer|manager|general[ \t]+manager)[ \t]+"
    r"(?:of|at|for))[ \t]+(?P<what>[^.!?\n]+)",
    re.IGNORECASE,
)
# ...whose name opens what they run ("Vine & Vault"), and a place it is in ("in Petaluma"): neither says what it
# sells ("Herrera Family Wines in Sonoma" is a winery's name, not a shop's want).
_NAME_OPENS = re.compile(
    r"^(?:(?-i:[A-Z][\w'’-]*)|&|and|of|the)(?:[ \t]+(?:(?-i:[A-Z][\w'’-]*)|&|of))*", re.I
)
_PLACE_IN = re.compile(r"\b(?:in|at|near|around|from)[ \t]+(?-i:[A-Z][\w'’-]*)(?:[ \t]+(?-i:[A-Z][\w'’-]*))*")


def introduced_business(profile: Profile, goal: Goal, text: str) -> str:
    """The introducer's words that say the person introduced runs a business of the kind a find-clients goal's
    clients are (its description and targets name kinds of business: "restaurants and wine shops"), or "": the
    kind said ("runs a little wine bar"), or, where only its name is ("owns Vine & Vault in Petaluma"), what it is
    doing with what the goal's clients want ("is building out a Sonoma section" to "... that want small-lot Sonoma
    wines"). A business of another kind ("owns Herrera Vineyards"), or one whose want is to meet, share or learn,
    is no client."""
    if goal.kind is not GoalKind.FIND_CLIENTS:
        return ""
    said = " ".join((goal.description, *goal.targets))
    kinds = frozenset(content_stems(" ".join(_BUSINESS_KIND.findall(said))))
    if not kinds:
        return ""  # a goal for homeowners, or for people in a role: owning a business makes no client of them
    found_in_full = _WANTED_IN_FULL.search(goal.description)
    wanted = (
        (
            _service_stems(goal.description)
            | frozenset(content_stems(found_in_full.group(1)) if found_in_full else ())
        )
        - _VAGUE
        - frozenset(content_stems(" ".join(goal.targets)))  # the clients' own words ("wine" of "wine shops")
    )
    user = frozenset(fold(name) for name in profile.user.name.split())
    joined = " ".join(text[:20_000].split())
    for found in _RUNS_A_BUSINESS.finditer(joined):
        what, who = found.group("what"), fold(found.group("who"))
        if who in user or _NOT_WORK_WANTED.search(what) or _NOT_BUYING.search(what):
            continue
        before = fold(sentence_around(joined, found.start(), found.start()))
        if who in ("she", "he", "they") and any(re.search(rf"\b{re.escape(n)}\b(?!,)", before) for n in user):
            continue  # "meet Elena Marchetti - she runs ...": the user, as the introducer tells the other side
        named = frozenset(content_stems(" ".join(_BUSINESS_KIND.findall(what))))
        if named:
            if named & kinds:
                return found.group(0)
            continue  # a business of another kind than the goal's clients
        rest = _PLACE_IN.sub(" ", _NAME_OPENS.sub(" ", what, count=1))
        if frozenset(content_stems(rest)) & wanted:
            return found.group(0)
    return ""


def introduced_buyer(profile: Profile, text: str, business: str | None = None) -> str:
    """The introducer's words that say the person introduced wants what a find-clients goal offers (its service:
    "Priya would like to talk about a paid performance review"; or the work its targets name: "who ... want to
    renovate it" to a goal that targets "extensions and renovations"), or "". `business`: what they run that a
    find-clients goal looks for, where the fits already read it (decide.assess); None: read from `text` here."""
    goals = [g for g in profile.goals if g.kind is GoalKind.FIND_CLIENTS]
    services = [_service_stems(g.description) for g in goals]
    if not goals:
        return ""
    folded = fold(text)[:20_000]
    for match in _THEY_NEED.finditer(folded):
        if _NOT_BUYING.search(match.group(0)):
            continue
        if any(len(set(content_stems(match.group(1))) & service) >= 1 for service in services):
            return " ".join(match.group(0).split())
    for match in _THEY_WANT_TO.finditer(" ".join(folded.split())):  # a want wrapped over two lines
        if _NOT_WORK_WANTED.search(match.group(1)) or _NOT_BUYING.search(match.group(1)):
            continue
        wanted = content_stems(match.group(1))
        # the first word is what they want to do ("renovate", "build"): it must be the goal's own work
        if wanted and any(_a_doer_of(wanted[:1], _goal_work_words(goal)) for goal in goals):
            return " ".join(match.group(0).split())
    # ...or that they run a business of the kind the goal's clients are ("Daniel Reyes owns Vine & Vault in Petaluma
    # and is building out a Sonoma section for spring")
    if business is not None:
        return business
    return next((runs for goal in goals if (runs := introduced_business(profile, goal, text))), "")


# A trade that hands the user clients proposes to work with the user's own: "we're keen to work with architects who
# design to that standard" from a builder, "we'd love to partner with more wedding photographers" from a planner.
_WORK_WITH = re.compile(
    r"\b(?:work|working|collaborat\w*|partner\w*|team(?:ing)?[ \t]+up)[ \t]+with[ \t]+"
    r"(?P<other>(?:other|fellow|more|local|like-minded|good|great)[ \t]+)?(?P<trade>[a-z][\w-]*s)\b"
    r"(?P<rest>[ \t]+(?:who|that)[^.!?\n]{0,80})?",
    re.IGNORECASE,
)
# ...and says what they are: "I run Hartley Build, a small builder in the inner north", "I'm a wedding planner".
_THEY_ARE = re.compile(
    r"\b(?:i(?:'m|[ \t]+am)|we(?:'re|[ \t]+are))[ \t]+(?:a|an)[ \t]+((?:[\w-]+[ \t]+){0,3}[\w-]+)"
    r"|\b(?:i|we)[ \t]+(?:run|own)[ \t]+([^.!?\n]{0,80})",
    re.IGNORECASE,
)
# ...not a seller of what the user's work uses: "our glazing systems", "specify our range", "a supplier of".
_SUPPLIES = re.compile(
    r"\bour[ \t]+(?:[\w-]+[ \t]+){0,2}(?:products?|range|systems?|materials?|software|platform|solutions?|"
    r"catalogue|catalog)\b|\bspecify\b|\bsuppl(?:y|ies|ier|iers)\b",
    re.IGNORECASE,
)


def _trade_stems(words: str) -> frozenset[str]:
    """A trade's stems and the general ones its words imply ("architects": architect, architecture)."""
    folded = fold(words)
    return frozenset(content_stems(folded)) | frozenset(implied_stems(folded))


def referral_partner(profile: Profile, text: str) -> str:
    """The sender's words that propose to work with people of the user's own trade ("keen to work with architects
    who design to that standard": the trade the signature names, "Harrow Lane Architects", or the work the
    find-clients goal sells, "design"), from one who says they are of another ("I run Hartley Build, a small
    builder"), in a message about the goal's own work (its targets, or what its clients want: "passive house");
    "": a trade whose work hands the user clients, as a builder hands an architect theirs. A rival of the same
    trade ("a small architecture practice ... other architects") or a seller of what the work uses ("our glazing
    systems") is none."""
    goals = [g for g in profile.goals if g.kind is GoalKind.FIND_CLIENTS]
    if not goals:
        return ""
    joined = " ".join(text[:20_000].split())
    if offers_for_sale(joined) or _SUPPLIES.search(joined):
        return ""
    names = frozenset(content_stems(fold(profile.user.name)))
    own = (_trade_stems(profile.user.signature) - names) | trade_named(profile)
    work = (
        frozenset().union(
            *(
                _goal_work_words(g) | frozenset(content_stems(" ".join((g.description, *g.targets))))
                for g in goals
            )
        )
        - _VAGUE
    )
    if not work & frozenset(content_stems(fold(joined))):
        return ""  # nothing of the goal's own work: a partnership of another kind
    for found in _WORK_WITH.finditer(joined):
        sought = _trade_stems(found.group("trade"))
        doing = _trade_stems(found.group("rest") or "")
        if found.group("other") and fold(found.group("other")).strip() in ("other", "fellow"):
            continue  # "other architects": the sender is one too
        if not (sought & own or doing & trade_named(profile)):
            continue
        said = [next(g for g in m.groups() if g is not None) for m in _THEY_ARE.finditer(joined)]
        if not said or any(_trade_stems(s) & (sought | own) for s in said):
            continue  # who they are unsaid, or of the user's own trade: a rival, not a way to clients
        return found.group(0)
    return ""


# A sender's own people who need the user's work: "a handful of trustees heading into pension phase who'd benefit
# from an independent adviser", "clients who need help with their super".
_THEIR_PEOPLE_NEED = re.compile(
    r"\b(?:clients|customers|trustees|members|families|patients|retirees|owners)\b[^.?!\n]{0,80}?\b(?:who|that)"
    r"(?:'d|[ \t]+would|[ \t]+could|[ \t]+might)?[ \t]+(?:benefit[ \t]+from|need|could[ \t]+use|want)[ \t]+"
    r"(?P<what>[^.?!\n]{1,60})",
    re.IGNORECASE,
)


def says_their_people_need(text: str) -> bool:
    """Whether a sender says people of theirs need something ("clients who need help with their super"), whatever
    the line breaks in it."""
    return _THEIR_PEOPLE_NEED.search(" ".join(text[:20_000].split())) is not None


def clients_needing_you(profile: Profile, text: str) -> str:
    """The sender's words that say people of theirs need the user's own trade ("I'm an SMSF accountant ... with a
    handful of trustees heading into pension phase who'd benefit from an independent adviser"), from one who says
    they are of another trade; "": a referral source offering clients, as a find-clients goal of referral partners
    looks for. A seller ("we offer", a price, "our platform") or one of the user's own trade is none."""
    if not any(g.kind is GoalKind.FIND_CLIENTS for g in profile.goals):
        return ""
    joined = " ".join(text[:20_000].split())
    if names_a_sale(joined) or _SUPPLIES.search(joined):
        return ""  # a trade named is no sale ("I'm an SMSF accountant"); a price, "our services" or a demo is
    names = frozenset(content_stems(fold(profile.user.name)))
    own = (_trade_stems(profile.user.signature) - names) | trade_named(profile)
    said = [next(g for g in m.groups() if g is not None) for m in _THEY_ARE.finditer(joined)]
    if not said or any(_trade_stems(s) & own for s in said):
        return ""  # who they are unsaid, or of the user's own trade
    for found in _THEIR_PEOPLE_NEED.finditer(joined):
        if _trade_stems(found.group("what")) & own:
            return found.group(0)
    return ""


# Someone sending the user paid work: "Would you be willing to accept a private referral?", "I'd like to refer
# one of my patients to you" (a referral of work, not an introduction to meet someone).
_REFERS_WORK = re.compile(
    r"\b(?:refer(?:ring)?\s+(?:a|an|one of (?:my|our)|my|our|this|the)\s+(?:\w+\s+)?(?:patient|client|customer)s?"
    r"(?:\s+of (?:mine|ours))?\s+to you|accept\s+(?:a|this|the|my|our)\s+(?:private\s+|new\s+)?referral|"
    r"send(?:ing)?\s+(?:a|this|the|my|our)\s+(?:patient|client|customer)\s+your way)\b",
    re.IGNORECASE,
)
# ...or asks the user to take people on as their own: "Would you be willing to take them on as new patients?",
# "Could you see the family as new patients?", "Are you able to fit them in as clients?" (asked of the user, so a
# thank-you for "taking them on as new patients" asks nothing).
_TAKES_ON_ASKED = re.compile(
    r"\b(?:(?:would|could|can|will)\s+you|are\s+you)\s+(?:(?:be\s+)?(?:willing|able|happy|open)\s+to\s+|please\s+)?"
    r"(?:(?:take|see|accept|fit|welcome|add)\s+(?:on\s+)?(?:them|him|her|the\s+\w+|(?:all\s+)?(?:two|three|four|both)"
    r"(?:\s+of\s+them)?|this\s+\w+|[A-Z]\w+)(?:\s+family)?\s+(?:on\s+|in\s+)?as\s+(?:(?:a|your|new|regular)\s+){0,2}"
    r"(?:patients?|clients?|customers?)\b"
    # ...or "taking them on" in a mail that names them as clients ("Referral - clients moving to Toronto ... Would
    # you be open to taking them on?"): people taken on, not a project
    r"|(?:take|taking)\s+(?:them|him|her|both(?:\s+of\s+them)?|the\s+couple|the\s+family)\s+on\b(?!\s+(?:a|the)\b))",
    re.IGNORECASE,
)


# ...or tells of people who look for what the user does and were sent to them: "they're looking for a vet in Bend.
# I told them you're the best", "She is looking for a new dentist, so I gave her your name" (a breeder's, a
# colleague's referral, which the model may read as asking nothing).
_SENT_YOUR_WAY = re.compile(
    r"\b(?:they(?:'re|’re|\s+are)|(?:he|she)(?:'s|’s|\s+is))\s+looking\s+for\s+an?\s+(?:new\s+|good\s+|local\s+)?"
    r"[\w-]+\b[^.!?\n]{0,40}[.!?,;]?\s+(?:and\s+|so\s+)?i(?:'ve|\s+have)?\s+(?:told|recommended|suggested|gave|"
    r"sent|pointed)\s+(?:them|him|her)\b",
    re.IGNORECASE,
)


def _takes_on_asked(text: str) -> re.Match[str] | None:
    joined = " ".join(text[:20_000].split())
    if sent := _SENT_YOUR_WAY.search(joined):
        return sent
    # every match names patients, clients or customers: a cheap look first, as most mail names none
    if not may_hold(text, ("patient", "client", "customer")):
        return None
    return _TAKES_ON_ASKED.search(joined)


# ...or all of theirs, from now on: "sending my puppy buyers your way", "I'd like to recommend you to my buyers", a
# planner's "see whether we'd be a good fit to send couples your way" (whose they are goes unsaid), or a meeting set
# "to talk about referring Blue Ridge Events couples"
_THEIR_PEOPLE = r"(?:buyers|clients|customers|patients|families|couples|brides)"
_SENDS_THEIRS = re.compile(
    rf"\b(?:send(?:ing)?\s+(?:(?:my|our)\s+(?:[\w-]+\s+)?|(?:more\s+)?){_THEIR_PEOPLE}\s+your way|"
    # ...said as the subject of a meeting: "Coffee ... to talk about referring Blue Ridge Events couples"
    rf"talk\s+about\s+referring\s+(?:[\w&'-]+\s+){{0,3}}?{_THEIR_PEOPLE}(?!\s+to\s+(?:other|another|someone|them)\b)|"
    rf"recommend(?:ing)?\s+you\s+to\s+(?:my|our)\s+(?:[\w-]+\s+)?{_THEIR_PEOPLE})\b",
    re.IGNORECASE,
)
# ...unless they are one side of a trade ("we co-brand a webinar, split the cost of ads, and I'd send my
# pre-approved buyers your way"): a partnership to weigh, not work sent.
_A_TRADE = re.compile(
    r"\b(?:co-?market\w*|co-?brand\w*|split\s+the\s+costs?|in\s+(?:return|exchange)|referral\s+(?:fees?|"
    r"partners?\w*)|partner(?:ship)?s?|cross-?referr\w*)\b",
    re.IGNORECASE,
)


# A meeting asked beside it: "I'd love to grab coffee and see whether we'd be a good fit to send couples your way".
_MEETING_ASKED = re.compile(
    r"\b(?:coffee|calls?|meet(?:ing)?|chat|lunch|get together|sit down)\b", re.IGNORECASE
)


def sends_theirs_once_met(text: str) -> bool:
    """Whether the sender offers to send the user their people from now on - no one yet - and asks to meet first
    ("grab coffee and see whether we'd be a good fit to send couples your way"): a relationship to start with the
    meeting, not a referral to take on."""
    if _REFERS_WORK.search(text) or _takes_on_asked(text):
        return False
    return _SENDS_THEIRS.search(text) is not None and _MEETING_ASKED.search(text) is not None


def work_sent(text: str) -> str:
    """The sender's words that refer a patient or a client to the user ("Would you be willing to accept a private
    referral?", "Could you take them on as new patients?", "I'd like to recommend you to my buyers"), or ""."""
    found = _REFERS_WORK.search(text) or _takes_on_asked(text)
    if found is None and not _A_TRADE.search(text):
        found = _SENDS_THEIRS.search(text)
    return found.group(0) if found else ""


# An amount as founders write it: "$2m", "EUR 3m", "€1.5 million", "2.5m EUR" (in millions or thousands, and the
# currency may go unsaid: not amounts.MONEY, which reads a sum paid), its currency any of kindly.amounts'.
_CURRENCY_BEFORE = rf"(?:{SIGN}[ \t]?|(?:{CODES})[ \t]*)"
_AMOUNT = (
    rf"{_CURRENCY_BEFORE}?\d[\d.,]*[ \t]*(?:mn|m|k|million|bn)?"
    rf"(?:[ \t]+(?:{CODES}|{NAMES}))?"
)
# A founder raising money: "raising seed in Feb", "we're closing our pre-seed round", "our Series A", "raising a
# EUR 3m seed", "starting our seed raise", or millions alone: "we're raising EUR 1.8m to build our first line".
_RAISING = re.compile(
    r"\b(?:rais(?:e|es|ing)|clos(?:e|es|ing)|open(?:ed|ing)?)[ \t]+(?:a[ \t]+|an[ \t]+|our[ \t]+|the[ \t]+|my[ \t]+)?"
    rf"(?:{_AMOUNT}[ \t]+)?(?:pre-?seed|seed|series[ \t]+[a-c]|(?:funding[ \t]+)?round)\b|"
    r"\b(?:pre-?seed|seed|series[ \t]+[a-c])[ \t]+(?:round|raise)\b|"
    rf"\brais(?:e|es|ing)[ \t]+(?:a[ \t]+|an[ \t]+)?{_CURRENCY_BEFORE}?\d[\d.,]*[ \t]*"
    r"(?:mn|m|million)\b",
    re.IGNORECASE,
)
# ...not others' rounds a seller serves: "we help founders raising a seed round", "decks for startups closing a round"
_OTHERS_RAISE = re.compile(
    r"\b(?:help\w*|support\w*|for|serv\w*|with)\s+(?:[\w-]+\s+){0,3}(?:who(?:'re| are)\s+|that are\s+)?$",
    re.IGNORECASE,
)
# ...and a goal that looks for founders who raise: "Founders ... raising a pre-seed or seed round".
_SEEKS_RAISES = re.compile(r"\b(?:rais\w*|rounds?|pre-?seed|seed|series [a-c]|invest\w*)\b", re.IGNORECASE)


@lru_cache(maxsize=64)
def says_they_raise(text: str) -> str:
    """The sender's words that say they raise a round ("raising a EUR 3m seed", "our seed raise"), not others'
    rounds a seller serves; ""."""
    joined = " ".join(text[:20_000].split())
    raising = next(
        (
            r
            for r in _RAISING.finditer(joined)
            if not _OTHERS_RAISE.search(joined, max(0, r.start() - 40), r.start())
        ),
        None,
    )
    return raising.group(0) if raising is not None else ""


def raising_for_the_goal(profile: Profile, text: str) -> str:
    """The sender's words that say they raise a round, where a find-clients goal looks for founders who do (an
    investor's deal flow): a founder's pitch of their company is not a vendor's pitch to the investor; ""."""
    raising = says_they_raise(text)
    if not raising:
        return ""
    goals = [g for g in profile.goals if g.kind in (GoalKind.FIND_CLIENTS, GoalKind.CUSTOM)]
    seeking = [g for g in goals if _SEEKS_RAISES.search(" ".join((g.description, *g.targets)))]
    if not seeking:
        return ""
    said = _field_said(text)
    if said is None:
        return raising  # a raise that does not say what the company does may be in any field
    # a raise serves a goal whose field it is in: Paylinq's BNPL checkout is no deal for "climate-tech founders"
    return raising if any(not (field := _deal_field(g)) or field & said for g in seeking) else ""


@lru_cache(maxsize=64)
def _field_said(text: str) -> frozenset[str] | None:
    """The stems of what a company says it does ("Paylinq is a BNPL checkout"), read once per message however many
    goals weigh it; None where it says nothing of it."""
    joined = " ".join(text[:20_000].split())
    if not _SAYS_WHAT_IT_DOES.search(joined):
        return None
    folded = fold(joined)
    return frozenset(content_stems(folded.replace("-", " "))) | frozenset(implied_stems(folded))


_NEEDS = re.compile(r"\bneeds?\b", re.IGNORECASE)


def raise_outside(goal: Goal, text: str) -> str:
    """The sender's words that say they raise a round ("raising £1m pre-seed"), where `goal` seeks founders who
    raise in a field ("Meet climate-tech founders raising pre-seed") and the company says it is in another
    (Paylinq's BNPL checkout); "" otherwise - a raise that says no field may be in any."""
    if goal.kind not in (GoalKind.FIND_CLIENTS, GoalKind.CUSTOM) or _NEEDS.search(goal.description):
        # "Founders raising seed who need a fractional CFO": the words after "need" are the user's service, which a
        # founder's pitch of the company need not repeat
        return ""
    if not _SEEKS_RAISES.search(" ".join((goal.description, *goal.targets))) or not (
        field := _deal_field(goal)
    ):
        return ""
    raising = says_they_raise(text)
    said = _field_said(text) if raising else None
    if said is None:
        return ""
    return "" if field & said else raising


def raise_off_the_goal(profile: Profile, text: str) -> Goal | None:
    """The goal seeking founders who raise in a field whose field a founder's raise is outside, where no goal
    takes it; None otherwise. Such a founder is told it is not the user's field, not asked for an overview."""
    if raising_for_the_goal(profile, text):
        return None
    return next((g for g in profile.goals if raise_outside(g, text)), None)


# A founder saying what the company does: "Paylinq is a BNPL checkout", "We build software that lets grid operators
# ...", "I'm building something in EV charging", "we're a fintech startup" (not "We're raising", "Could we do a call",
# nor an opener or a day that names no company: "This is a quick note", "Thursday is a good day").
_NAMES_NO_COMPANY = (
    r"(?:This|That|It|Here|There|What|Which|Who|He|She|Mine|Ours|Today|Tomorrow|Next|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
_SAYS_WHAT_IT_DOES = re.compile(
    rf"\b(?!{_NAMES_NO_COMPANY})(?-i:[A-Z][\w-]*)[ \t]+is[ \t]+(?:a|an)[ \t]+\w+"
    r"|\b(?:we(?:'re|[ \t]+are)|i(?:'m|[ \t]+am))[ \t]+(?:building|developing|making|a|an)\b"
    r"|(?<!could )(?<!can )(?<!would )(?<!shall )(?<!should )(?<!do )(?<!if )(?<!as )\bwe[ \t]+"
    r"(?!(?:would|could|can|will|have|had|were|do|did|might|may|should|shall|just|also|need|want|hope|plan|look"
    r"|raise|close|open|met|spoke|love|think|feel|are|got|still|already|only|really|saw|hear|heard)\b)"
    r"(?:build|make|develop|sell|turn|help|provide|offer|use|run|mineralise|mineralize|capture|recycle|store"
    r"|convert|produce|design|manufacture|connect|power|let|enable|automate|track|measure)s?\b",
    re.IGNORECASE,
)


# The words of a deal-flow goal that name no field: who raises, how much, at which stage.
_NO_FIELD = frozenset(
    content_stems(
        "meet meeting find deal flow founder founders cofounder raise raising rounds round pre seed series stage "
        "early start up startups company companies business businesses venture ventures tech technology b2b b2c "
        "software first invest investing investment back backing build building lead leading cheque cheques"
    )
)


def _deal_field(goal: Goal) -> frozenset[str]:
    """The stems that name the field of a goal seeking founders who raise ("climate" of "Meet climate-tech founders
    raising pre-seed", "carbon" and "removal" of its target "carbon removal"); empty: any field."""
    said = fold(" ".join((goal.description, *goal.targets))).replace("-", " ")
    return frozenset(content_stems(said)) - _NO_FIELD


# A sender who says they have just taken on a role: "I was just promoted to VP Engineering at Linewise", "I'm about
# a month into the VP role", "I've just stepped up to Head of Engineering", "I'm the new CTO at Fernhill".
_TOOK_ON_A_ROLE = re.compile(
    r"\b(?:i(?:'ve|\s+have|\s+was|\s+got)?\s+(?:just\s+|recently\s+)?(?:been\s+|got\s+)?promoted\s+(?:to|into|as)|"
    r"i(?:'ve| have)?\s+(?:just\s+|recently\s+)?stepped\s+(?:up\s+)?(?:to|into|as)|"
    r"i(?:'m| am)\s+(?:about\s+|only\s+|just\s+|now\s+)?(?:a|an|one|two|three|four|six|a few|\d+)\s+(?:weeks?|months?)"
    r"\s+into\s+(?:the|my)|i(?:'m| am)\s+the\s+new|in\s+my\s+first\s+\w+\s+(?:days|weeks|months)\s+as)"
    r"\s+(?:new\s+)?(?P<role>[^.,;:!?\n]{2,60}?)(?=\s+(?:and|but|so|at|with|for|in|since|after)\b|[.,;:!?\n]|$)",
    re.IGNORECASE,
)
# ...one who hires, not one who is hired: a recruiter's or an employer's opening names its role otherwise
_HIRING = re.compile(
    r"\b(?:hiring|recruit\w*|vacanc\w*|positions?|openings?|candidates?|shortlist\w*|headhunt\w*|job)\b",
    re.IGNORECASE,
)
# Words of a role that name none: "the VP role", "newly promoted VPs".
_NO_ROLE = frozenset(
    {
        "role",
        "new",
        "newly",
        "promoted",
        "the",
        "my",
        "a",
        "an",
        "of",
        "and",
        "at",
        "in",
        "job",
        "position",
        "who",
        "first",
        "senior",
        "leaders",
        "leader",
    }
)


def _role_words(said: str) -> frozenset[str]:
    words = (w[:-1] if w.endswith("s") and len(w) > 2 else w for w in re.findall(r"[a-z]+", fold(said)))
    return frozenset(words) - _NO_ROLE


def takes_on_sought_role(profile: Profile, text: str) -> str:
    """The sender's words that say they have just taken on a role a find-clients goal's targets name ("I'm about
    a month into the VP role" to a coach of "newly promoted VPs"), or "": someone the user's work is for, not a
    recruiter nor a stranger after free advice."""
    joined = " ".join(text[:20_000].split())
    if _HIRING.search(joined):
        return ""
    sought = [
        _role_words(target)
        for goal in profile.goals
        if goal.kind is GoalKind.FIND_CLIENTS
        for target in goal.targets
    ]
    for found in _TOOK_ON_A_ROLE.finditer(joined):
        said = _role_words(found.group("role"))
        # one names the whole of the other: "the VP role" is a VP of engineering, "Head of Marketing" no head of
        # engineering
        if said and any(words and (said <= words or words <= said) for words in sought):
            return found.group(0)
    return ""


def as_client(
    understanding: Understanding,
    profile: Profile,
    text: str,
    site_visit: Callable[[], str] | None = None,
    body: str = "",
) -> Understanding:
    """The understanding as a client inquiry where the model read a buyer as a meeting or a partnership, one
    who asks to see what the user sells as a sales pitch, or one who refers a patient or a client to the user
    (with a find_clients goal) as an introduction; so is one who has just taken on the role a find-clients goal
    looks for and asks to talk ("I was just promoted to VP Engineering ... Could I pick your brain for 15
    minutes?"), whether the model read them as a recruiter ("role") or as asking for advice. `site_visit`: the
    visit asked as read once with the message (assess.site_visit_in), where there is one; else read from `text`.
    `body`: the whole mail, its footer too (a mailing's questions are its readers' to answer)."""
    if understanding.intent in (*_MISREAD, Intent.RECRUITING, Intent.MENTORSHIP_REQUEST) and (
        taken := takes_on_sought_role(profile, text)
    ):
        note = f'client_inquiry: they have just taken on the role your goal looks for ("{taken}"), not {understanding.intent.value}'
        return understanding.read_as(Intent.CLIENT_INQUIRY, note)
    if understanding.intent not in _MISREAD and understanding.intent not in (
        Intent.SALES_PITCH,
        Intent.INTRODUCTION,
        Intent.RECRUITING,
    ):
        # a referral the model read as asking nothing ("Would you be willing to take them on as new patients?")
        taken_on = (
            _takes_on_asked(text)
            if understanding.intent is Intent.NONE and profile.has_goal(GoalKind.FIND_CLIENTS)
            else None
        )
        if taken_on is None:
            # "What's the capacity of your ballroom?": a question the user's own answers are about, read as asking
            # nothing
            asked = (
                own_answer_asked(profile, text, body or text)
                if understanding.intent is Intent.NONE and profile.has_goal(GoalKind.FIND_CLIENTS)
                else ""
            )
            if not asked:
                return understanding
            note = f'client_inquiry: they ask what your own answers are about ("{asked[:80]}"), not none'
            return understanding.read_as(Intent.CLIENT_INQUIRY, note)
        note = f'client_inquiry: {SENDS_WORK} ("{taken_on.group(0)}"), not {understanding.intent.value}'
        return understanding.read_as(Intent.CLIENT_INQUIRY, note, DecisionMark.SENDS_WORK)
    # "I'm looking for a coach to support them" read as a recruiter's: a buyer, unless a job is named
    needed = (
        (service_needed(profile, text) or target_needed(profile, text))
        if understanding.intent in _MISREAD
        or (understanding.intent is Intent.RECRUITING and not _HIRING.search(" ".join(text[:20_000].split())))
        else ""
    )
    if (
        not needed
        and understanding.intent in (*_MISREAD, Intent.RECRUITING)
        and profile.has_goal(GoalKind.FIND_CLIENTS)
    ):
        work = _ASKS_FOR_THE_WORK.search(" ".join(text[:20_000].split()))  # a phrase wrapped over two lines
        needed = work.group(0) if work else ""
        if not needed and understanding.intent in _MISREAD:
            needed = (
                advice_on_own_work(profile, text)
                or work_talked_about(profile, text)
                or service_asked_of_you(profile, text)
                or (site_visit() if site_visit else site_visit_asked(profile, text))
                # "I'd like to book a consultation about my 2025 taxes": their own matter, the user's paid time
                or asks_to_book_a_consultation(text)
            )
    if (
        not needed
        and understanding.intent is Intent.SALES_PITCH
        and not names_a_sale(joined := " ".join(text[:20_000].split()))
    ):
        # "Would your team offer paid support for it?": one asking to buy what the user sells, not a seller
        needed = service_asked_of_you(profile, joined)
    if not needed and understanding.intent is Intent.SALES_PITCH and profile.has_goal(GoalKind.FIND_CLIENTS):
        needed = customer_question(profile, text, body)
    # "raising seed in Feb": the deal an investor looks for
    raising = (
        raising_for_the_goal(profile, text)
        if not needed and understanding.intent in (*_MISREAD, Intent.SALES_PITCH)
        else ""
    )
    demo = (
        "" if needed or raising or understanding.intent is Intent.INTRODUCTION else demo_asked(profile, text)
    )
    # "We are interested in your dry-farmed Zinfandel for restaurants in Tokyo": a buyer of the user's goods
    goods = (
        ""
        if needed or raising or demo or understanding.intent is Intent.INTRODUCTION
        else goods_asked(profile, text)
    )
    # (a "pitch" that sells nothing may be a referral: "I'd like to recommend you to my buyers")
    referred = (
        work_sent(text)
        if profile.has_goal(GoalKind.FIND_CLIENTS)
        and (
            understanding.intent is not Intent.SALES_PITCH
            or not names_a_sale(" ".join(text[:20_000].split()))
        )
        else ""
    )
    if not (needed or raising or demo or goods or referred):
        return understanding
    why = (
        f'they need what you offer ("{needed[:80]}")'
        if needed
        else f'they raise the round your goal looks for ("{raising}")'
        if raising
        else f'they ask to see what you sell ("{demo}")'
        if demo
        else f'they ask to buy what you sell ("{goods}")'
        if goods
        else f'{SENDS_WORK} ("{referred}")'
    )
    note = f"client_inquiry: {why}, not {understanding.intent.value}"
    sent = not (needed or raising or demo or goods)  # the work they send is why
    return understanding.read_as(Intent.CLIENT_INQUIRY, note, *([DecisionMark.SENDS_WORK] if sent else []))


def customer_question(profile: Profile, text: str, body: str = "") -> str:
    """A customer's question about the user's own offer that one of the user's saved answers is about, in a mail
    the model read as a pitch ("We'd love to meet in your cafe corner and buy our books from you. Do you offer a
    discount for book clubs?"): the price word that made it read as selling is the one they ask the user about.
    The question, where the rest of the mail sells nothing (a seller's own offer - "our app", "a free trial" -
    read outside the question); else ""."""
    joined = " ".join(text[:20_000].split())
    asked = own_answer_asked(profile, joined, body or text)
    if not asked or names_a_sale(joined.replace(" ".join(asked.split()), " ")):
        return ""
    return asked


# A buyer scouting for what it will buy or pilot: "We're scouting battery analytics startups for a paid pilot",
# "we're sourcing suppliers of recycled packaging to trial in Q2", "looking for carbon accounting tools to roll out"
# (the sender wants to buy, not to sell).
_SCOUTS_TO_BUY = re.compile(
    r"\b(?:scouting|sourcing|looking\s+for|searching\s+for|seeking|shortlisting|evaluating)\s+(?:for\s+)?"
    r"(?P<what>(?:[\w-]+\s+){0,4}?)(?:start-?ups?|companies|vendors|suppliers|providers|solutions|tools|partners)"
    r"\b[^.?!]{0,40}?\b(?:for|to)\s+(?:a\s+|an\s+|our\s+|the\s+)?(?:paid\s+|first\s+|commercial\s+)?"
    r"(?:pilot|trial|proof\s+of\s+concept|poc|procure|buy|purchase|roll\s*out|deploy)",
    re.IGNORECASE,
)
# A goal to help a client that looks for a customer for them: "a first enterprise customer for Tidewell".
_SEEKS_A_CUSTOMER = re.compile(r"\b(?:customers?|buyers?|clients?|pilots?|offtakers?)\b", re.IGNORECASE)
# Words a goal to help a client says of the help, not of what the client makes.
_OF_THE_HELP = frozenset(
    content_stems(
        "help find get first enterprise customer customers client clients buyer pilot company portfolio"
    )
)


def buyer_for_client(goal: Goal, text: str) -> str:
    """The sender's words that say they scout for what to buy or pilot ("We're scouting battery analytics startups
    for a paid pilot") where it is what the client of a goal seeking them a customer makes ("a first enterprise
    customer for Tidewell, a portfolio company (grid battery analytics)"); "". A seller (a price, "our platform")
    is none."""
    if goal.kind is not GoalKind.HELP_CLIENT or not _SEEKS_A_CUSTOMER.search(goal.description):
        return ""
    said = " ".join(text[:20_000].split())
    scouting = _SCOUTS_TO_BUY.search(said)
    if scouting is None or names_a_sale(said) or offers_for_sale(said):
        return ""
    scouted = frozenset(content_stems(fold(scouting.group("what")).replace("-", " ")))
    made = frozenset(content_stems(fold(goal.description).replace("-", " "))) - _OF_THE_HELP
    return scouting.group(0) if scouted & made else ""
