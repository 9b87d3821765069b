"""Threads move on: what an answer means given what kindly already said in its thread.

- The answer to our "ask for details" is decided on its own words (the caller simply decides it anew).
- The answer to our honest decline that offered to pass their details on, when it carries their contact
  details, becomes an entry in the referral directory.
- At most one reply per thread and decision; a sender declined within the cooling-off period is not
  answered again automatically.
- A thread is answered for its newest message: a later message that moves the thread on replaces kindly's
  drafts there that wait unsent (`moves_on`); a reminder that brings no news, or the same ask again answered
  as the draft already answers it, does not. A draft that waits unsent has asked nobody anything.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from kindly.amounts import MONEY
from kindly.answer_later import GET_BACK_TO_YOU, LET_YOU_KNOW
from kindly.channels import DM_APPS
from kindly.decide.referral import DirectoryEntry
from kindly.decide.rules import PLEASANTRIES
from kindly.model import Decision, DecisionMark, Intent, Message, Understanding, Verdict
from kindly.profile import Provider
from kindly.understand.cues import CONFIRMATION
from kindly.understand.days import MONTHS

PASS_ON_CODES = frozenset({"has_provider", "not_a_fit"})
PURPOSE_UNCLEAR = "purpose_unclear"  # the ask for details that asks what a message is for
# The evidence of a yes that takes a time the sender offers after the user's reply: a new answer, which the yes
# already given does not hold ("Neither works for me - could we do Thursday at 11am instead?").
TAKES_THEIR_TIME = "a time they offer after your reply: it is answered on its own"

# Details a seller's answer gives, read loosely. reply.compose keeps its own on purpose: _CONTACT_GIVEN wants a
# number written as a phone's (a referral's "2025-2027" is none), _BARE_SITE a bare "brightpixel.com" in a signature.
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
# A phone number, its area code in brackets too: "(503) 555-0142" whole, not "503) 555-0142".
_PHONE = re.compile(r"(?:\(\d{2,5}\)\s?\d[\d ().-]{4,}\d|\+?\d[\d ().-]{7,}\d)")
_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Said:
    """A decision kindly took earlier in the same thread, on a message from the same sender."""

    decision: str
    reason_code: str
    provider_category: str = ""
    drafted: bool = False  # a reply was drafted (pending, approved or sent)
    sent: bool = False  # ... and the user approved or sent it
    answered: bool = False  # the user wrote in the thread after that message (in kindly or not)
    intent: str = ""  # what that message asked
    pk: int = 0  # that message's ID
    text: str = ""  # that message's subject and own words ("We offer an honorarium of $750")
    provider: str = ""  # the user's provider a pitch there duplicated, where it was declined for it


def yes_drafted(history: History) -> Said | None:
    """kindly's first yes in the thread that still stands (waiting, approved or sent), if any."""
    return next((s for s in history.said if s.drafted and s.decision == Decision.ACCEPT.value), None)


@dataclass(frozen=True, slots=True)
class History:
    said: tuple[Said, ...] = ()
    last_declined: datetime | None = None  # the last time this sender was declined, any thread


def contact_details(text: str) -> str:
    """The contact details a message gives, joined: an e-mail address, a phone number, a web address."""
    found = [
        match.group(0).rstrip(".,;)")
        for pattern in (_EMAIL, _PHONE, _URL)
        if (match := pattern.search(text)) is not None
    ]
    return " | ".join(dict.fromkeys(found))


def directory_entry_from_answer(message: Message, history: History, thread_id: str) -> DirectoryEntry | None:
    """Their reply with details and an overview, after we offered to pass their details on."""
    offered = next(
        (s for s in reversed(history.said) if s.decision == "decline" and s.reason_code in PASS_ON_CODES),
        None,
    )
    if offered is None:
        return None
    text = f"{message.own_text}\n{message.signature}"
    # where our offer noted the details their first mail gave and asked only for an overview, the overview may come
    # alone: the address it comes from is how to reach them; not where the offer was never made (the user answered
    # in their own words instead - "Could you tell me a bit more?" - and the draft went), and the reply is what
    # they asked for
    offer_made = offered.sent or (offered.drafted and not offered.answered)
    alone = message.from_addr if offer_made and not _NUDGE.search(message.own_text) else ""
    details = contact_details(text) or alone
    if not details:  # a nudge is not the details we asked for
        return None
    overview = " ".join(message.own_text.split())
    if len(overview.split()) < 8:  # "thanks!" is not an overview
        return None
    from kindly.understand.extract import extract

    extracted = extract(message)
    return DirectoryEntry(
        name=extracted.sender_name or message.from_name or message.from_addr,
        category=offered.provider_category or extracted.service_category or "services",
        organisation=extracted.organisation,
        contact=details,
        overview=overview[:400],
        source_thread=thread_id,
    )


# A nudge: "just bubbling this up in case it got buried", "following up on my note below"; and the last of a
# sequence, which says it is the last or that nothing came back ("last note from me on this one", "one final
# try", "closing the loop", "I haven't heard back").
_NUDGE = re.compile(
    r"\b(bubbl\w+ (this|it) up|bump\w* (this|it)|following up|follow(ing)?-up|circling back|checking in|"
    r"got buried|in case (it|this|my \w+) (got|was) (buried|missed|lost)|any thoughts|did you (get|see) my|"
    r"(last|final) (note|e-?mail|message|try|nudge|follow-?up) from me|one (last|final) (note|try|nudge|time)|"
    r"clos(e|ing) the loop|(haven't|have not|didn't|did not) hear(d)? back)\b",
    re.IGNORECASE,
)


# A note of the user's that only puts the answer off: "I'll check my schedule and get back to you", "let me look at my
# calendar and confirm", "will circle back next week". It is hers, so no one need be named promising: a bare "get back
# to you" or "circle back" is enough, and so is a look at her calendar ...
_CHECKS_HER_CALENDAR = (
    r"(?:i'll|i will|let me|i need to|i have to|i'd need to)\s+(?:\w+\s+)?(?:check|look at|see|have a look at)\s+"
    r"(?:my|the|our)\s+(?:schedule|calendar|diary|availability|plans)"
)
# ...but "I'll let you know" or "I'll confirm" only with when ("soon", "by Friday", "once I've spoken to Sam")
_WILL_LET_YOU_KNOW_WHEN = rf"(?:i'll|i will)\s+{LET_YOU_KNOW}\s+(?:soon|shortly|later|by|next|once|when|in)\b"
_DEFERS = re.compile(
    rf"\b(?:{_CHECKS_HER_CALENDAR}|{GET_BACK_TO_YOU}|circle back|{_WILL_LET_YOU_KNOW_WHEN})",
    re.IGNORECASE,
)
# ...and what says an answer beside it: a yes, a no, a time taken.
_ANSWERS = re.compile(
    r"\b(?:yes|count me in|i'd love to|i would love to|i'd be (?:glad|happy|delighted)|happy to|works for me|"
    r"see you|i'll be there|can't|cannot|unfortunately|i'll pass|have to pass|no thanks|not able|"
    # a no said as such ("I'm afraid I'll have to decline", "count me out"), whatever it puts off besides
    r"declin\w*|count me out|not for me|not this time|won't be able|won't make it|(?:i'll|i will) (?:come|join))\b",
    re.IGNORECASE,
)


def only_defers(text: str) -> bool:
    """Whether a short note of the user's only puts the answer off ("Hi Priya, thanks - I'll check my schedule and
    get back to you!"): it says no yes, no no and no time, so the thread still waits for an answer. A note
    hard-wrapped ("I'll get back" ending a line, "to you" the next) is read as one line."""
    flat = " ".join(text.split())
    return len(text.split()) <= 60 and _DEFERS.search(flat) is not None and _ANSWERS.search(flat) is None


def is_nudge(text: str) -> bool:
    return _NUDGE.search(text) is not None


# What a reminder may add that changes the answer: a price, a day, a time. A price is taken whole ("$450", not
# amounts.AN_AMOUNT's "$4"), as the last reminder's are compared with it.
_NEWS = re.compile(
    MONEY + r"|"
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b|"
    r"\b\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|"
    r"\b\d{1,2}(?::\d{2})? ?(?:am|pm)\b|\b\d{1,2}:\d{2}\b",
    re.IGNORECASE,
)


_PAST_DAY = re.compile(
    r"\b(?:last|since|from|(?:my|the) (?:email|e-mail|note|message|mail) (?:of|on|from|sent)?)\s*"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b",
    re.IGNORECASE,
)


def brings_news(text: str, before: str) -> bool:
    """Whether a reminder names a price, a day or a time its thread had not ("Just following up. I should also
    have mentioned that keynote speakers join our Partner Programme, a contribution of €2,500"): news the reply
    that waits does not answer, so it is no mere nudge. `before`: the thread's earlier words."""

    def named(words: str) -> set[str]:
        # "Have a great Friday!", "my email from Tuesday": days that say nothing new about the ask
        plain = _PAST_DAY.sub(" ", PLEASANTRIES.sub(" ", " ".join(words.split())))
        return {" ".join(m.group(0).lower().split()) for m in _NEWS.finditer(plain)}

    return bool(named(text) - named(before))


# A yes to what the user proposed: "Perfect - Tuesday Dec 1 at 9 works. See you then!"
_CONFIRMATION = re.compile(CONFIRMATION, re.IGNORECASE)
CONFIRMATION_WORDS = 40  # a longer message that also says "sounds good" may ask something new


def is_confirmation(text: str) -> bool:
    """A short yes to a plan that asks nothing new ("Sounds good - could you also send your rates?" asks)."""
    return (
        len(text.split()) <= CONFIRMATION_WORDS and "?" not in text and _CONFIRMATION.search(text) is not None
    )


THREAD_SURE = 0.5  # a reply read as another ask with less confidence than this keeps its thread's ask


# A reply that asks the user to confirm what the thread is about: "Could you confirm, and send a title and bio?"
_ASKS_TO_CONFIRM = re.compile(
    r"\b(?:could|can|would|will)\s+you\s+(?:please\s+|kindly\s+|just\s+)?confirm\b|\bplease\s+(?:do\s+)?confirm\b|"
    r"\b(?:do|let)\s+(?:me|us)\s+know\s+(?:if|whether)\s+(?:that|this|the date|it)\s+(?:still\s+)?works\b",
    re.IGNORECASE,
)


# What a speaker is asked for or onto: "send a title and bio", "the lunch-and-learn", "your slides".
_SPEAKERS_PART = re.compile(
    r"\b(?:bio|headshot|abstract|slides|talk|panel|keynote|workshop|webinar|lunch[- ]and[- ]learn|presentation|"
    r"speak(?:er|ing)?|session)\b",
    re.IGNORECASE,
)


# The user's own yes in their words: "I'd be glad to do the lunch-and-learn", "I'm happy to speak".
_GLAD_TO = re.compile(
    r"\b(?:i'?d|i would|i'?m|i am|i'?ll|i will)\s+(?:be\s+)?(?:very\s+|so\s+|more than\s+)?"
    r"(?:glad|happy|delighted|pleased|thrilled|honou?red|love)\s+to\b|^\W*happy to\b",
    re.IGNORECASE,
)


def in_its_thread(
    understanding: Understanding, thread_ask: str, text: str = "", users_words: str = ""
) -> Understanding:
    """A reply in the thread of an invitation keeps that ask unless its own words clearly change it: a talk's
    organiser who adds an honorarium and asks for a handout, read as recruiting at 0.27, still invites to the
    talk. `thread_ask`: what the sender's earlier message there invited to ("" where none did). A reply the
    model read as asking nothing that asks the user to confirm (`text`, its own words: "The event is on
    Thursday 18 February ... Could you confirm?") asks the thread's ask again, with its details now settled; where
    the thread holds no ask of theirs but the user's own yes just before it (`users_words`: "I'd be glad to do the
    lunch-and-learn"), it asks to confirm what the user said yes to: a talk where either names a speaker's part
    ("send a title and bio"), else a meeting."""
    confirm = _ASKS_TO_CONFIRM.search(" ".join(text.split())) if text else None
    if not thread_ask and confirm and users_words and (says_yes(users_words) or _GLAD_TO.search(users_words)):
        thread_ask = (
            Intent.SPEAKING_INVITATION.value
            if _SPEAKERS_PART.search(f"{users_words}\n{text}")
            else Intent.COFFEE_CHAT.value
        )
    if thread_ask and confirm and understanding.intent in (Intent.NONE, Intent.WORK_MEETING):
        why = (
            f'a reply in its thread that asks you to confirm ("{confirm.group(0)}"): the thread\'s ask '
            f"({thread_ask.replace('_', ' ')}), its details settled"
        )
        return understanding.read_as(Intent(thread_ask), why)
    changed = understanding.intent.value != thread_ask
    if (
        not thread_ask
        or not changed
        or not understanding.is_invitation
        or understanding.intent in (Intent.NONE, Intent.WORK_MEETING)
        or understanding.confidence >= THREAD_SURE
    ):
        return understanding
    why = (
        f"a reply in its thread, read as the thread's ask ({thread_ask.replace('_', ' ')}): the model's "
        f"{understanding.intent.value.replace('_', ' ')} ({understanding.confidence:.2f}) is too unsure to change the ask"
    )
    return understanding.read_as(Intent(thread_ask), why)


# A no that comes from kindly's own weighing (a fit read lower from a short reply, a full week), not from news of
# the sender's (a price charged, a day gone, a never-rule): no reason to take back a yes to the same ask.
_WEIGHED_NO = frozenset({"not_a_fit", "not_current_focus", "no_capacity"})


def the_yes_stands(
    verdict: Verdict, history: History, intent: str, *, nudge: bool = False, called_off: str = ""
) -> Verdict:
    """A new message in a thread kindly said yes to, asking the same, keeps the yes unless it gives a real
    reason for a no, and asks nothing the thread already told ("is there something specific you wanted to
    discuss?" after the invitation said what); other verdicts are returned as they are. A `nudge` that brings
    nothing new ("Just following up on my note from last week - would you have 30 minutes for a call?") asks
    the same whatever its few words read as (a recruiter's call, its purpose unsaid). A message that calls the
    meeting off (`called_off`: its words) asks nothing the yes answers: it is the user's to answer."""
    yes = yes_drafted(history)
    if yes is not None and called_off:
        return replace(
            verdict,
            decision=Decision.IGNORE,
            reason=f'Calls off the meeting you said yes to in this thread ("{called_off}"): yours to answer.',
            reason_code=THREAD_QUESTION,
        )
    unclear = verdict.decision is Decision.ASK_DETAILS and verdict.reason_code == "purpose_unclear"
    if (
        yes is None
        # a meeting to go on with the yes ("Great! Shall we meet at Case Study Coffee on Thursday at 10am?") reads
        # as a coffee or a work meeting, whatever the first mail asked: the same ask
        or (yes.intent != intent and intent not in _SAME_ASK and not nudge)
        or not (unclear or (verdict.decision is Decision.DECLINE and verdict.reason_code in _WEIGHED_NO))
    ):
        return verdict
    if unclear:
        why = "Goes on in a thread you said yes to, with the same ask: the yes stands, and its purpose was given there."
        return replace(
            verdict,
            decision=Decision.ACCEPT,
            reason=why,
            reason_code=yes.reason_code,
            evidence=(*verdict.evidence, "not asked for details: the thread said what it is about"),
        )
    return replace(
        verdict,
        decision=Decision.ACCEPT,
        reason=f"Goes on in a thread you said yes to, with the same ask: the yes stands. {verdict.reason}",
        reason_code=yes.reason_code,
        evidence=(*verdict.evidence, f"not declined ({verdict.reason_code}): nothing new gives a reason to"),
    )


def the_no_stands(verdict: Verdict, history: History, nudge: bool) -> Verdict:
    """A reminder that brings nothing new ("just bubbling this up in case it got buried - would a quick 15-minute
    call later this week work?") in a thread whose ask kindly declined keeps the no: it asks the same again, and
    a short nudge read on its own words ("what would you like to discuss?", or even a yes) would contradict the
    answer the thread already has. A no the user has since talked past themselves (they wrote in the thread after
    it) is theirs; other verdicts are returned as they are."""
    if not nudge or verdict.decision not in (Decision.ACCEPT, Decision.ASK_DETAILS):
        return verdict
    declined = next(
        (s for s in reversed(history.said) if s.decision == Decision.DECLINE.value and not s.answered), None
    )
    if declined is None or any(
        s.pk > declined.pk and s.decision != Decision.DECLINE.value for s in history.said
    ):
        return verdict
    return replace(
        verdict,
        decision=Decision.DECLINE,
        reason=f"A reminder of #{declined.pk}, which you declined; it brings nothing new, so the no stands.",
        reason_code=declined.reason_code,
        evidence=(
            *verdict.evidence,
            f"not {verdict.decision.value} ({verdict.reason_code}): a nudge in a thread declined in #{declined.pk}",
        ),
    )


def the_reason_stands(verdict: Verdict, history: History, providers: Sequence[Provider]) -> Verdict:
    """A seller's follow-up in a thread whose pitch kindly declined for a provider the user has ("just bumping
    this - would Thursday or Friday work for a 20-minute demo?" after a pitch for fund administration) is declined
    for that provider again: read on its own words it names no trade, and "It isn't something I'm looking for"
    would hide the honest reason the thread already has. A no the user has since talked past is theirs."""
    if verdict.decision is not Decision.DECLINE or verdict.reason_code != "not_a_fit":
        return verdict
    declined = next(
        (s for s in reversed(history.said) if s.decision == Decision.DECLINE.value and not s.answered), None
    )
    if declined is None or declined.reason_code != "has_provider":
        return verdict
    provider = next((p for p in providers if p.name == declined.provider), None)
    if provider is None:
        return verdict
    return replace(
        verdict,
        reason=(
            f"A follow-up to #{declined.pk}, a pitch for {provider.category}; you already work with {provider.name}."
        ),
        reason_code=declined.reason_code,
        provider=provider.name,
        provider_category=provider.category,
        evidence=(*verdict.evidence, f"not_a_fit alone: a follow-up in a thread declined in #{declined.pk}"),
    )


def the_question_stands(verdict: Verdict, history: History, nudge: bool) -> Verdict:
    """A reminder that brings nothing new ("Just bumping this - any time for a quick call this week?", "last note
    from me on this one") in a thread where kindly asked first for what a never-rule wants before any meeting (a
    recruiter's call without a written job description) keeps that question: the reminder does not send it, and a
    yes read on its own short words would take the very call the rule holds back. Other verdicts, and a question
    the user has since talked past themselves, are returned as they are."""
    if not nudge or verdict.decision not in (Decision.ACCEPT, Decision.ASK_DETAILS):
        return verdict
    last = next((s for s in reversed(history.said) if s.decision == Decision.ASK_DETAILS.value), None)
    if (
        last is None
        or last.reason_code != "asks_first"
        or last.answered
        or verdict.reason_code == "asks_first"
    ):
        return verdict
    # the message whose reply asked it (the first of the run of reminders that kept the question)
    asked = next(
        s for s in history.said if s.decision == Decision.ASK_DETAILS.value and s.reason_code == "asks_first"
    )
    if any(s.pk > asked.pk and s.decision != Decision.ASK_DETAILS.value for s in history.said):
        return verdict
    return replace(
        verdict,
        decision=Decision.ASK_DETAILS,
        reason=f"A reminder of #{asked.pk}, whose reply asks for what you want first; it brings nothing new, so"
        " the question stands.",
        reason_code=asked.reason_code,
        evidence=(
            *verdict.evidence,
            f"not {verdict.decision.value} ({verdict.reason_code}): a nudge in a thread where #{asked.pk} asks first",
        ),
    )


@dataclass(frozen=True, slots=True)
class EarlierNo:
    """The person's latest earlier message in another thread (another channel, or a new mail), which kindly
    declined: what it asked, and whether the user's no to it went out."""

    pk: int
    subject: str
    intent: str
    reason: str  # why it was declined ("A sales pitch that serves none of your goals.")
    reason_code: str
    told: str  # the channel the no went out by ("email", "sms", "linkedin"...), or "" where it did not
    waiting: bool  # a reply to it is drafted and waits unsent


# A message that points back at an earlier one of the sender's: "following up on my email", "Josh from HUB24 again",
# "any chance of that coffee?", "as I mentioned in my note".
_POINTS_BACK = re.compile(
    r"\b(?:my|our)\s+(?:earlier\s+|last\s+|previous\s+|recent\s+)?(?:e-?mail|note|message|letter|dm|text|"
    r"voicemail|invitation|invite)\b|\bas\s+i\s+(?:said|mentioned|wrote)\b|"
    r"\bthat\s+(?:coffee|call|chat|catch-?up|meeting|demo|lunch|breakfast|drink|intro(?:ductory)?\s+call)\b|"
    r"\b(?:me|here|it's|it is)\s+again\b|\bfrom\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?\s+again\b",
    re.IGNORECASE,
)

# What a follow-up may read as and still ask what the declined message asked: a short "any chance of that
# coffee?" reads as a coffee or as nothing in particular, whatever the first mail sold.
_SAME_ASK = frozenset({Intent.NONE.value, Intent.COFFEE_CHAT.value, Intent.WORK_MEETING.value})


def points_back(text: str) -> bool:
    """Whether a message follows up an earlier one of its sender's ("just following up on my email")."""
    return is_nudge(text) or _POINTS_BACK.search(" ".join(text.split())) is not None


def _by(channel: str) -> str:
    app = DM_APPS.get(channel)
    return app.message if app is not None else "another e-mail" if channel == "email" else "another message"


def the_no_stands_elsewhere(
    verdict: Verdict, earlier: EarlierNo | None, intent: str, channel: str, text: str
) -> Verdict:
    """The same person writing again by another channel or in a new thread (`channel`, `text`: this message's),
    pointing back at an ask kindly declined (`earlier`: "Josh from HUB24 again - just following up on my email. Any
    chance of that coffee next week? my shout"), is decided as that ask was: the no stands. Where the no went out,
    the reply holds the line briefly (its mark says by which channel the no was told); where it waits unsent, or
    none was drafted, the reason says so and no second reply is drafted. A different ask of theirs (after a pitch,
    an invitation to an event of their own) is weighed anew, as is one that does not point back at the first."""
    if earlier is None or verdict.decision is Decision.IGNORE or not points_back(text):
        return verdict
    if intent != earlier.intent and intent not in _SAME_ASK:
        return verdict
    subject = " ".join(earlier.subject.split()) or "no subject"
    why = earlier.reason.rstrip(". ") or earlier.reason_code.replace("_", " ")
    reason = (
        f'Follows up #{earlier.pk} ("{subject}") by {_by(channel)}: you declined it ({why[:1].lower()}{why[1:]}), '
        "and this asks the same again, so the no stands."
    )
    marks = verdict.marks
    if earlier.waiting:
        reason += f" Your reply to #{earlier.pk} waits unsent: send it; no second reply is drafted."
    elif not earlier.told:
        reason += f" No reply went out to #{earlier.pk}, so none is drafted here either."
    else:
        told = DM_APPS.get(earlier.told)
        marks = marks | {DecisionMark.NO_SENT_BY_MESSAGE if told else DecisionMark.NO_SENT_BY_EMAIL}
    note = f"not {verdict.decision.value} ({verdict.reason_code}): a follow-up of #{earlier.pk}, declined"
    return replace(
        verdict,
        decision=Decision.DECLINE,
        reason=reason,
        reason_code=earlier.reason_code,
        evidence=(*verdict.evidence, note),
        marks=frozenset(marks),
        hours=0.0,
    )


def no_told_again(verdict: Verdict) -> bool:
    """Whether a verdict holds a no the user already told the sender (a follow-up of it by another channel)."""
    return bool(verdict.marks & {DecisionMark.NO_SENT_BY_EMAIL, DecisionMark.NO_SENT_BY_MESSAGE})


def the_introduction_stands(verdict: Verdict, introduction: int, reason_code: str) -> Verdict:
    """The person an introduction kindly said yes to (message `introduction`, decided for `reason_code`) writes in
    its thread to meet ("Marcus, great to meet you ... Would Tuesday, December 8 at 7:15 am work for breakfast?"):
    the yes to meeting them stands, however little their own short note says of the user's goals; a no with a
    reason of their own (a price, a never-rule, a pitch for a service the user has) stays."""
    unclear = verdict.decision is Decision.ASK_DETAILS and verdict.reason_code == "purpose_unclear"
    if not (unclear or (verdict.decision is Decision.DECLINE and verdict.reason_code in _WEIGHED_NO)):
        return verdict
    return replace(
        verdict,
        decision=Decision.ACCEPT,
        reason=f"The person introduced in #{introduction}, an introduction you said yes to, writes to meet: the yes stands.",
        reason_code=reason_code,
        evidence=(
            *verdict.evidence,
            f"not {verdict.decision.value} ({verdict.reason_code}): introduced in #{introduction}",
        ),
    )


# A yes to what the user proposed, said early in the reply: "Thanks for suggesting this - yes, let's do the swap".
_SAYS_YES = re.compile(
    rf"\byes\b|\blet'?s do (?:it|this|that|the)\b|\bcount (?:me|us) in\b|\bwe'?re in\b|{CONFIRMATION}",
    re.IGNORECASE,
)
YES_WITHIN = 300  # characters: a yes to the user's plan comes first, not after a pitch


def says_yes(text: str) -> bool:
    """Whether a reply opens by saying yes to what it answers."""
    return _SAYS_YES.search(" ".join(text.split())[:YES_WITHIN]) is not None


def yes_to_users_plan(asked: Sequence[str]) -> Verdict:
    """A yes to the user's own proposal: nothing to weigh, the user's plan goes ahead; what it asks back ("could
    you send your blurb by Friday?") is the user's to answer."""
    if not asked:
        return Verdict(
            Decision.IGNORE, "Says yes to what you proposed: nothing new to answer.", "confirmation"
        )
    first = asked[0] if len(asked[0]) <= QUESTION_SHOWN else f"{asked[0][: QUESTION_SHOWN - 3]}..."
    more = f" and {len(asked) - 1} more" if len(asked) > 1 else ""
    why = f'Says yes to what you proposed and asks something ("{first}"{more}): yours to answer.'
    return Verdict(Decision.IGNORE, why, THREAD_QUESTION)


# A question that proposes meeting: "Want to hop on a quick call to pick the episodes?", "Could we grab a coffee?"
_MEETING_PROPOSED = re.compile(
    r"\b(?:calls?|chat|coffee|meet(?:ing)?|zoom|catch[- ]?up|hop on|jump on)\b|"
    # ...or a time to do it: "Could we do Sunday, December 6 at 10am at the shop?", "Can we do Tuesday at 3?"
    r"\b(?:could|can|shall|should)\s+we\s+(?:do|say|make\s+it)\s+(?:(?:this|next)\s+)?"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|"
    # ...or the meeting moved to another day: "Could we move to next Tuesday at 3?", "Can we push it to Wednesday?"
    # (not something else moved: "Could we move the deadline to next Tuesday?")
    r"\b(?:could|can|shall|should)\s+we\s+(?:move|push|shift|switch|bump|reschedule)\s+(?:(?:it|that|this|things)\s+)?"
    r"(?:back\s+|forward\s+)?to\s+(?:(?:this|next)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|"
    # ...or a bare time offered as the question, opening with its day and giving an hour: "Thursday, December 10
    # at 1pm at Vortex Doughnuts?", "How about Tuesday at 3?", "Would Tuesday 8 December at 3pm work?", "Does
    # Thursday at 10am suit you?" (not a deadline: "Could you send it by Friday at 5?")
    r"\A\s*(?:(?:how|what)\s+about\s+|maybe\s+|(?:would|does|will|is)\s+)?(?:(?:this|next)\s+)?"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
    r"[^?]{0,40}?\bat\s+\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?",
    re.IGNORECASE,
)


def meeting_proposed(asked: Sequence[str]) -> str:
    """The question of a reply that proposes a meeting, where it is the only thing the reply asks ("Want to hop
    on a quick call to pick the episodes?" beside the times they can do): a yes to one of its times answers it
    all. "" where it asks something else too ("Could you send your blurb by Friday?"), or nothing of the kind."""
    if len(asked) != 1 or _MEETING_PROPOSED.search(asked[0]) is None:
        return ""
    return asked[0]


def meeting_for_users_plan(question: str, verdict: Verdict, *, said_yes: bool = True) -> Verdict:
    """A yes to the user's own plan that proposes a meeting to go on with it and offers times ("Want to hop on a
    quick call to pick the episodes? Tuesday, December 8 at 3pm or Wednesday, December 9 at 11am works for me"):
    the user's own request answered with a time, so the first time that fits is taken, whatever the sender's
    words were read as on their own. `verdict`: what they were weighed as, kept in the evidence. Where the reply
    said no yes (`said_yes` false: "Would Wednesday, December 9 at 11:00 am work for a call?" after the user's own
    invitation to talk), the reason says what it did: it answers the invitation with a time."""
    shown = question if len(question) <= QUESTION_SHOWN else f"{question[: QUESTION_SHOWN - 3]}..."
    did = (
        "Says yes to what you proposed and offers a time to go on with it"
        if said_yes
        else "Answers your invitation to meet with a time"
    )
    why = f'{did} ("{shown}"): they answer your own request, so the time they offer is taken.'
    evidence = (
        *verdict.evidence,
        f"weighed on its own words: {verdict.decision.value} ({verdict.reason_code})",
        TAKES_THEIR_TIME,
    )
    return Verdict(Decision.ACCEPT, why, ANSWERS_YOUR_REQUEST, evidence=evidence)


def meeting_in_accepted_thread(
    question: str, verdict: Verdict, history: History, *, suits: bool = True
) -> Verdict:
    """A reply in a thread kindly said yes in that proposes a meeting to go on with it and offers times ("Great!
    Want to hop on a quick call to pick the episodes? Tuesday, December 8 at 3pm or Wednesday, December 9 at 11am
    works for me"): the yes goes on, at the first of their times that fits - or, where none is on a day the user
    meets (not `suits`: "Could we move to next Friday?" on her day off), with times she meets proposed instead.
    `question`: the one it asks (`meeting_proposed`); a thread with no yes keeps `verdict`."""
    yes = next((s for s in history.said if s.decision == Decision.ACCEPT.value), None)
    if yes is None:
        return verdict
    shown = question if len(question) <= QUESTION_SHOWN else f"{question[: QUESTION_SHOWN - 3]}..."
    why = (
        f'Goes on in a thread you said yes to and offers times to meet ("{shown}"): {_FIRST_FITS}'
        if suits
        else f'Goes on in a thread you said yes to and offers a time to meet on a day you do not meet ("{shown}"): '
        f"{_OTHERS_PROPOSED}"
    )
    evidence = (
        *verdict.evidence,
        f"weighed on its own words: {verdict.decision.value} ({verdict.reason_code})",
        TAKES_THEIR_TIME,
    )
    return Verdict(Decision.ACCEPT, why, yes.reason_code, evidence=evidence)


_FIRST_FITS = "the first that fits is taken."
_OTHERS_PROPOSED = "other times are proposed."


def none_of_theirs_taken(verdict: Verdict) -> Verdict:
    """The verdict of a meeting in an accepted thread whose draft proposes other times (none of theirs suits: its
    hour is outside the user's, or another yes or her calendar has it), its reason saying so."""
    if not verdict.reason.endswith(_FIRST_FITS):
        return verdict
    return replace(
        verdict, reason=f"{verdict.reason.removesuffix(_FIRST_FITS)}none suits you, so {_OTHERS_PROPOSED}"
    )


def waiting(history: History) -> list[Said]:
    """What kindly drafted earlier in the thread that the user has neither approved nor sent."""
    return [s for s in history.said if s.drafted and not s.sent]


def moves_on(
    verdict: Verdict,
    history: History,
    *,
    invitation: bool,
    nudge: bool,
    intent: str,
    answers_user: bool = False,
    news: bool = False,
    explains: bool = False,
) -> bool:
    """Whether this message moves its thread past the drafts that wait unsent there, so that they are withdrawn
    and this one is answered: a thread is answered for its newest message. It must ask something (an
    invitation: "here is the agenda" leaves the yes waiting as it is). A reply to what the user sent from their
    own mail always does: the user has answered, so the drafts are stale. A `nudge` (a reminder that brings no
    news: see `brings_news`) never does, nor the same ask again that gets the answer the draft already gives,
    unless it brings `news`: new days or a price make the waiting draft's times or terms stale. A message that
    `explains` what the ask is for (its purpose read as clear), under a waiting draft that asks what it is for,
    answers that question before it is sent, even as a follow-up ("Following up - I should have said why: ..."):
    it is decided on what it says, and the question withdrawn."""
    drafts = waiting(history)
    if drafts and answers_user:
        return (
            True  # "Tuesday at 10 works perfectly" under the user's own mail asks nothing, yet answers them
        )
    if not drafts or not invitation:
        return False
    if (
        explains
        and verdict.decision not in (Decision.IGNORE, Decision.ASK_DETAILS)
        and any(s.decision == Decision.ASK_DETAILS.value and s.reason_code == PURPOSE_UNCLEAR for s in drafts)
    ):
        return True
    if nudge:  # however the model reads a short reminder, the reply that waits answers it
        return False
    if verdict.decision is Decision.IGNORE or news:
        return True  # kindly leaves the newest message to the user, or the draft waiting answers an older one
    same_answer = any(
        s.intent == intent and s.decision == verdict.decision.value and s.reason_code == verdict.reason_code
        for s in drafts
    )
    return not same_answer


def asked_by_user(history: History, answers_user: bool = False) -> bool:
    """Whether the user put a question to the sender in this thread: kindly's "ask for details" approved or sent,
    or the user wrote in the thread, or this message answers the user's own mail. A draft that waits unsent has
    asked nobody anything."""
    asked = [s for s in history.said if s.decision == "ask_details"]
    return bool(asked) and (answers_user or any(s.sent or s.answered for s in asked))


# The line a mail program puts above the message it quotes: "On Mon, 9 Nov 2026 at 14:02, Dana Reyes wrote:"
_ATTRIBUTION = re.compile(r"\A\s*(.{0,200}?)\bwrote:", re.IGNORECASE | re.DOTALL)


def quotes_the_user(quoted_text: str, user_name: str, user_email: str) -> bool:
    """Whether a reply quotes the user's own message, sent from their mail and never stored: the sender answers
    the user, whatever the message's In-Reply-To says."""
    match = _ATTRIBUTION.match(quoted_text)
    if match is None:
        return False
    said_by = " ".join(match.group(1).split()).lower()
    return any(who and who.lower() in said_by for who in (user_email, user_name))


_MONTH = "|".join(MONTHS)
_QUOTED_ON = re.compile(
    rf"\b(?:(?P<m1>{_MONTH})[a-z]*\.? (?P<d1>\d{{1,2}}),? (?P<y1>\d{{4}})|"
    rf"(?P<d2>\d{{1,2}}) (?P<m2>{_MONTH})[a-z]*\.? (?P<y2>\d{{4}}))\b",
    re.IGNORECASE,
)


def quoted_on(quoted_text: str) -> date | None:
    """The day the quoted message was written, as its attribution says ("On Sun, Nov 8, 2026 at 7:02 PM Mateo
    Alvarez <...> wrote:"), or None where it names none."""
    match = _ATTRIBUTION.match(quoted_text)
    found = _QUOTED_ON.search(match.group(1)) if match else None
    if found is None:
        return None
    month = (found.group("m1") or found.group("m2")).lower()
    day, year = int(found.group("d1") or found.group("d2")), int(found.group("y1") or found.group("y2"))
    try:
        return date(year, MONTHS.index(month) + 1, day)
    except ValueError:
        return None


# What kindly reads as nothing to weigh: a plain work meeting, or no invitation at all.
_NOTHING_TO_WEIGH = frozenset({"work_meeting", "not_invitation"})
QUESTION_SHOWN = 100  # characters of a question quoted in the reason
THREAD_QUESTION = "thread_question"  # reason code: a question in an accepted thread, left to the user
ANSWERS_YOUR_REQUEST = "answers_your_request"  # reason code: a time offered in answer to the user's own mail


def asks_in_accepted_thread(verdict: Verdict, history: History, asked: Sequence[str]) -> Verdict:
    """A reply in a thread where kindly said yes that asks something new ("Thursday at 10 is booked. Does that
    timing work?") is the user's to answer, not an ordinary work meeting to pass over: the reason says so and
    names the question. Other verdicts are returned as they are."""
    if (
        verdict.decision is not Decision.IGNORE
        or verdict.reason_code not in _NOTHING_TO_WEIGH
        or not asked
        or not any(s.decision == Decision.ACCEPT.value for s in history.said)
    ):
        return verdict
    first = asked[0] if len(asked[0]) <= QUESTION_SHOWN else f"{asked[0][: QUESTION_SHOWN - 3]}..."
    more = f" and {len(asked) - 1} more" if len(asked) > 1 else ""
    return replace(
        verdict,
        reason=f'Goes on in a thread you accepted and asks something new ("{first}"{more}): yours to answer.',
        reason_code=THREAD_QUESTION,
    )


def new_ask_after_yes(verdict: Verdict, asked: Sequence[str]) -> Verdict:
    """A reply in a thread whose yes went that asks something new with days of its own (a site visit proposed after
    the call was planned): a new ask, not the one the yes answered, so no "you already replied" hides it. Left to
    the user, its questions named; what kindly would have said is kept in the evidence."""
    first = asked[0] if len(asked[0]) <= QUESTION_SHOWN else f"{asked[0][: QUESTION_SHOWN - 3]}..."
    more = f" and {len(asked) - 1} more" if len(asked) > 1 else ""
    evidence = (*verdict.evidence, f"kindly would have said: {verdict.decision.value} ({verdict.reason})")
    return Verdict(
        Decision.IGNORE,
        f'Goes on in a thread you accepted and asks something new ("{first}"{more}): yours to answer.',
        THREAD_QUESTION,
        evidence=evidence,
    )


def in_users_own_hands(
    verdict: Verdict, history: History, answers_user: bool, asked: Sequence[str]
) -> Verdict:
    """A reply to the user's own mail in a thread kindly said yes to and the user then answered themselves
    ("It's 45 people, about $40 per person. Would that budget work for you?" after the user asked the headcount
    and the budget): the conversation is the user's, so no new yes restarts it with a call and a price list. It
    is left to the user, its questions listed; other verdicts are returned as they are."""
    if (
        verdict.decision not in (Decision.ACCEPT, Decision.ASK_DETAILS)
        or not answers_user
        # a client's enquiry whose yes was the user's own to write: kindly drafted none (the user answered first),
        # or the user answered while kindly's waited; the terms of a job are theirs to settle (a meeting's thread
        # keeps the yes it agreed: the_yes_stands)
        or not any(
            s.decision == Decision.ACCEPT.value
            and s.intent == "client_inquiry"
            and (s.answered or not s.drafted)
            for s in history.said
        )
    ):
        return verdict
    if not asked:
        why = "Answers your own mail in a thread you are handling yourself: yours to answer."
    else:
        first = asked[0] if len(asked[0]) <= QUESTION_SHOWN else f"{asked[0][: QUESTION_SHOWN - 3]}..."
        more = f" and {len(asked) - 1} more" if len(asked) > 1 else ""
        why = f'Answers your own mail in a thread you are handling yourself and asks "{first}"{more}: yours to answer.'
    evidence = (*verdict.evidence, f"kindly would have said: {verdict.decision.value} ({verdict.reason})")
    return Verdict(Decision.IGNORE, why, THREAD_QUESTION, evidence=evidence)


def silenced(
    verdict: Verdict,
    history: History,
    now: datetime,
    cooling_off_days: int,
    answers_user: bool = False,
    *,
    intent: str = "",
    nudge: bool = False,
) -> str:
    """Why no reply should be drafted for this verdict, or "" when one may be. `answers_user`: the message
    replies to something the user sent (so a reply drafted earlier was sent, in kindly or not); `intent` and
    `nudge`: what the message asks, and whether it only reminds of an earlier one."""
    if verdict.decision is Decision.IGNORE:
        return ""
    same = [s for s in history.said if s.drafted and s.decision == verdict.decision.value]
    if TAKES_THEIR_TIME in verdict.evidence and all(s.sent for s in same):
        same = []  # the yes that went proposed or took another time: this one is owed its own answer
    if same:
        name = verdict.decision.value.replace("_", " ")
        what = f"{'an' if name[0] in 'aeiou' else 'a'} {name}"  # "an accept", "a decline"
        if any(s.sent for s in same):
            return f"you already replied in this thread with {what}"
        return f"{what} is already drafted for an earlier message of this thread"
    waiting = [s for s in history.said if s.drafted and not s.sent and not s.answered]
    if not answers_user and any(nudge or s.intent == intent for s in waiting):
        # a nudge while our reply waits unsent: one reply answers both, not two that contradict
        return "a reply to an earlier message of this thread is already drafted: send or discard it first"
    if (
        verdict.decision is not Decision.ACCEPT
        and not no_told_again(verdict)  # the no they were told is held again, briefly
        and history.last_declined is not None
        and now - history.last_declined < timedelta(days=cooling_off_days)
    ):
        days = (now - history.last_declined).days
        when = "today" if days <= 0 else f"{days} day{'s' if days != 1 else ''} ago"
        return f"you declined this sender {when} (cooling-off {cooling_off_days} days)"
    return ""
