"""Answers to what a message asks, from the profile's own answers: a draft that says yes also says "I work in
both QuickBooks Online and Xero" where the sender asked "Do you work with Xero?".

Pure: reads the message's words and the profile. Only the user's own answers are used; a question the profile
does not answer is left to the user (`unanswered`), never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kindly.amounts import AN_AMOUNT
from kindly.decide.help_asked import questions_with_their_subject
from kindly.decide.words import content_stems
from kindly.profile import Answer
from kindly.reply.press_answer import press_answer_off_topic
from kindly.understand.questions import questions

MAX_ANSWERS = 3


# Which of the profile's answers a speaking invitation may use: those about speaking itself ("keynote fee")
# or getting there ("availability", "travel"); the user's rates for their own work are not a speaker's fee.
_FOR_SPEAKERS = re.compile(
    r"\b(?:speak\w*|keynote\w*|talks?|panel\w*|podcast\w*|honorari\w*|availab\w*|dates?|calendar|travel\w*|"
    r"in[ -]person|virtual)\b",
    re.IGNORECASE,
)


_MONEY = re.compile(
    r"\b(?:price|prices|pricing|cost|costs|charge|charges|fee|fees|rate|rates|budget|quote)\b", re.I
)


def about_money(answer: Answer) -> bool:
    """Whether an answer is about what the user charges."""
    return any(_MONEY.search(term) for term in answer.about)


_OWN_WORK = re.compile(
    r"\b(?:consult\w*|clients?|projects?|engagements?|retainers?|day rate)\b", re.IGNORECASE
)


def answers_to_use(answers: Sequence[Answer], intent: str) -> list[Answer]:
    """The profile's answers a reply to this kind of ask may give: all of them to a client, a partner or an
    investor, to a speaking invitation those about speaking and getting there and any that names neither a price
    nor the user's paid work, and to anyone else whose
    invitation is accepted (the producer the user wants to meet asking "What platforms is it on?") those that
    name no price: the user's rates are for clients."""
    if intent in (
        "client_inquiry",
        "partnership_proposal",
    ):  # a client, a partner or an investor asks of the work
        return list(answers)
    if intent == "speaking_invitation":
        # an answer about the user's consulting availability ("two consulting days a week") is not a speaker's
        return [
            a
            for a in answers
            if (
                any(_FOR_SPEAKERS.search(term) for term in a.about)
                and not (_OWN_WORK.search(a.answer) and not _FOR_SPEAKERS.search(a.answer))
            )
            # what the talk or the host needs to know ("CPD certificates", "how many the cafe seats"), as long
            # as it is neither a price nor the user's paid work
            or not (about_money(a) or _OWN_WORK.search(a.answer) or any(_OWN_WORK.search(t) for t in a.about))
        ]
    return [a for a in answers if not about_money(a)]


def answers_for(text: str, answers: Sequence[Answer]) -> list[str]:
    """The profile's answers to what the text asks, in the profile's order, each once (at most three). A question
    that asks to meet over a medium ("Would you be open to a 30-minute Zoom?") asks nothing of the medium: the
    user's answer about working on Zoom is not its answer."""
    chosen: list[Answer] = []
    for question in map(_without_own_lead, questions_with_their_subject(text)):
        by_thing: list[Answer] = []
        by_price: list[Answer] = []
        for answer in answers:
            terms = [
                term
                for term in answer.about
                if (_mentions(question, term) or _price_asked(question, term))
                and not _medium_of_the_meeting(question, term)
                and not _place_of_the_meeting(question, term)
            ]
            if terms and press_answer_off_topic(answer, terms, text):
                continue  # "an interview for my study": no press, so no press office (reply.press_answer)
            if terms:
                (by_price if all(_MONEY.fullmatch(term.strip()) for term in terms) else by_thing).append(
                    answer
                )
        if any(AN_AMOUNT.search(answer.answer) for answer in by_thing):
            # "What does your workshop cost?": the workshop's answer gives its price; the price of everything
            # else, met only by "cost", is not what was asked
            by_price = []
        chosen += by_thing + by_price
    kept = [answer.answer for answer in answers if answer in chosen]  # in the profile's order
    return list(dict.fromkeys(kept))[:MAX_ANSWERS]


# A price asked without the word: "How much is a family session?", "how much do you charge?" (not "how much time").
_HOW_MUCH = re.compile(
    r"\bhow much\b(?!\s+(?:time|notice|space|room|of|longer|more|experience|detail)\b)", re.IGNORECASE
)
_PRICE_TERMS = frozenset({"price", "prices", "pricing", "cost", "costs", "rate", "rates", "fee", "fees"})


def _price_asked(question: str, term: str) -> bool:
    """Whether the question asks a price in other words ("How much is it?") and `term` names the price."""
    return term.strip().lower() in _PRICE_TERMS and _HOW_MUCH.search(question) is not None


def answers_about(thing: str, answers: Sequence[Answer]) -> list[str]:
    """The profile's answers about a thing the reply itself brings up ("a proper consultation": "My initial
    consultation is $150 for an hour."), in the profile's order, each once (at most three)."""
    chosen = [answer.answer for answer in answers if any(_mentions(thing, term) for term in answer.about)]
    return list(dict.fromkeys(chosen))[:MAX_ANSWERS]


# The medium a meeting is held over: "a Zoom", "a video call", "a phone call", "in person".
_MEDIUM = re.compile(
    r"(?:zoom|teams|google meet|video|phone|online|virtual|remote|in[ -]person|face[ -]to[ -]face)(?:\s+calls?)?",
    re.IGNORECASE,
)
# ...as the thing asked for: "open to a 30-minute Zoom", "a quick call on Zoom", "happy to meet in person"
_MEETING_OVER = re.compile(
    r"\b(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:zoom|teams|video|phone)\b|(?:call|chat|meet\w*|catch[- ]?up|coffee|"
    r"session|conversation|talk)\s+(?:on|over|via|by)\s+(?:zoom|teams|google meet|video|phone)\b|"
    r"(?:meet|chat|talk|catch up)\s+(?:online|virtually|in[ -]person|face[ -]to[ -]face)\b)",
    re.IGNORECASE,
)


def _medium_of_the_meeting(question: str, term: str) -> bool:
    """Whether `term` is only the medium of the meeting a question asks for ("Would you be open to a 30-minute
    Zoom to talk about referrals?"), not something asked about ("Do you coach on Zoom or in person?")."""
    return (
        _MEDIUM.fullmatch(term.strip()) is not None
        and _ASKS_TO_MEET.search(question) is not None
        and _MEETING_OVER.search(question) is not None
    )


def _place_of_the_meeting(question: str, term: str) -> bool:
    """Whether `term` only names where the meeting asked for is held ("Would your team be up for hosting at your
    South Lake Union office?"), not something asked about ("Is the role in the office?")."""
    if _ASKS_TO_MEET.search(question) is None:
        return False
    words = r"\s+".join(map(re.escape, term.split()))
    venue = rf"\b(?:at|in)\s+(?:your|our|the|their)\s+(?:[\w'-]+\s+){{0,3}}?{words}\b"
    return re.search(venue, question, re.IGNORECASE) is not None


# A question that asks to meet ("Would you be open to a call in early December?") is what the decision and its
# draft answer, with a yes and times or a no.
_ASKS_TO_MEET = re.compile(
    r"\b(call|meet|meeting|coffee|lunch|breakfast|drinks|chat|conversation|catch up|diary|calendar|"
    r"time to talk|a time|free|available|availability|space|join|come|take part|be part|talk|speak|zoom|"
    # "Are you around next week for a catch-up?", "Could you spare 20 minutes?", "Would you have half an hour?"
    r"around|catch-up|spare|\d+\s*(?:minutes|mins)|half an hour|an hour|get together|sit down|"
    r"video|phone|works|work for you|suit|suits|demo|walkthrough|walk-through|"
    # what the yes itself answers: "whether you are able to accept", "can we count you in?", "say yes?"
    r"able to accept|count you in|say yes|on board|take part|be involved|join us|be part of|"
    # a place at the event: the yes takes it, or asks how to book it where it costs money
    r"reserve|book|register|sign up|rsvp|save (?:a|your) (?:spot|seat|place)|"
    # the yes hosts it, or takes the first time offered: "open to hosting?", "which would you pick?"
    r"host|hosting|pick|choose|prefer)\b",
    re.IGNORECASE,
)


# A short question that is the invitation itself: "Would you be interested?", "Would either of these work?",
# "Shall I hold a slot for you?", a neighbour's "you in??" (not "Would you be willing to share your fee for a
# keynote?", nor "Are you in the association?").
_THE_INVITATION = re.compile(
    r"(?:so,?\s+|and\s+)?(?:(?:are\s+)?you\s+in|(?:would|are|will|do|is|shall|can|could)\s+(?:you|either of (?:these|those|them)|i|that|"
    r"this|it)\s+(?:\w+\s+){0,3}?(?:be\s+)?(?:interested|willing(?:\s+to\s+take\s+(?:this|it)\s+on)?|keen|up for it|"
    r"open to it|work(?:\s+for\s+you)?|suit(?:\s+you)?|hold a (?:slot|spot|place) for you|be our guest)|interested)"
    r"\s*[?.!]*",
    re.IGNORECASE,
)


# A time offered and asked about: "Would Tuesday, December 15 at 9:30am work?", "Would either work?" -
# "Would one morning next week work?" - the yes takes it or says why not (not "Does that timing work?" of a
# deadline the yes does not speak to).
_TIME_WORKS = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)|noon|either|"
    # a part of a day or a week offered: "Would one morning next week work?"
    r"(?:one|a|any|an)\s+(?:morning|afternoon|evening|lunchtime|day)|(?:next|this)\s+week)\b"
    r"[^?]*\bwork\s*\?",
    re.IGNORECASE,
)


# A question asked out of courtesy, or to be agreed with, which no one answers as such: "How are you?", "How have
# you been?", "How's business?", "Hope you had a good weekend?", "Isn't it crazy how fast this year went?" (not "How
# is your practice structured?", "I hope you can send the slides by Friday?").
_COURTESY = re.compile(
    r"(?:(?:hi|hello|hey|dear|morning|afternoon)\s+(?:[\w'’.-]+\s+){0,2}[\w'’.-]+[,!]?\s+)?"
    r"(?:how\s+(?:are|have)\s+(?:you|things)(?:\s+been)?(?:\s+(?:doing|keeping|going|getting on))?"
    r"(?:\s+(?:these days|lately|recently|today|this week))?"
    r"|how(?:['’]s|\s+is|\s+has|\s+was)\s+(?:it|things|life|business|work|everything|the week|your\s+(?:week|weekend|"
    r"day|year|summer|holiday|holidays|break|trip|family|team|business))(?:\s+(?:going|been|treating you))?"
    r"(?:\s+(?:these days|lately|so far))?"
    r"|how\s+(?:was|were)\s+(?:your|the)\s+(?:weekend|holidays?|break|trip|summer|week|conference|event)"
    # (not a hope that asks: "Hope you can make it on Thursday?", "I hope it's okay to ask - would you speak?")
    r"|(?:i\s+)?hope\b(?!.*\b(?:send|share|let me know|confirm|could|can you|reply|get back|join|come|make it|"
    r"attend|be there|would you|will you|are you|do you|speak|meet)\b).*"
    # (not "Isn't it time we met?": an invitation)
    r"|(?:isn['’]?t|wasn['’]?t|aren['’]?t|wasn['’]?t)\s+(?:it|that|this)\s+(?!time\b)\w+.*"
    r"|(?:right|you know))\s*[?!.]*",
    re.IGNORECASE,
)


def _said_in_draft(question: str, draft: str) -> bool:
    """Whether a sentence of the draft (not a question of its own) says what the question asks, in two of its
    words at least ("send your slides by Friday": "I'll send my slides by Friday 5 March.")."""
    asked = set(content_stems(question))
    return len(asked) >= 2 and any(
        len(asked & set(content_stems(sentence))) >= min(2, len(asked))
        for sentence in re.split(r"(?<=[.!])\s+|\n+", draft)
        if sentence.strip() and not sentence.rstrip().endswith("?")
    )


def courtesy(question: str) -> bool:
    """Whether a question is asked out of courtesy ("How are you?", "Hope you had a good weekend?") or only to be
    agreed with ("Isn't it crazy how fast this year went?"): nothing for the user to answer."""
    return _COURTESY.fullmatch(question.strip()) is not None


def unanswered(text: str, answers: Sequence[Answer], draft: str = "") -> list[str]:
    """The questions neither the draft's yes or no nor an answer of the profile speaks to: what the user
    should answer themselves (not one asked out of courtesy: "How are you?", nor one the `draft` itself answers:
    "Could you also send your slides by Friday?" beside "I'll send my slides by Friday 5 March.")."""
    return [
        q
        for q in questions(text)
        if not courtesy(q)
        and not _said_in_draft(q, draft)
        and not _ASKS_TO_MEET.search(q)
        and not _TIME_WORKS.search(q)
        and not _THE_INVITATION.fullmatch(_last_clause(q))
        and not any(_mentions(q, t) for a in answers for t in a.about)
    ]


# A lead the sender says of themselves: "We have availability on Tuesday 8 December or Wednesday 9 December at
# 12:30pm - would either work for your studio?" asks nothing of the user's availability; nor does "A few of us are
# bringing builds to show - would you like to bring yours?" ask about the user's build.
_OWN_LEAD = re.compile(
    r"^\s*(?:(?:we|i|our|my)(?:'re|'ve|'m|'ll|'d)?\b|(?:a\s+few|some|several|many|most|all|both|two|three)\s+of\s+us\b)",
    re.IGNORECASE,
)


def _without_own_lead(question: str) -> str:
    """The question less a lead of the sender's own that asks nothing ("We have availability on Tuesday - would
    either work?": "would either work?"); the question as it is otherwise ("Regarding fees, could you share
    yours?")."""
    *lead, last = re.split(r"\s[-\u2013\u2014]\s|[,;:]\s", question.strip())
    if not lead or not _OWN_LEAD.match(lead[0]) or _ASKS_SOMETHING.search(" ".join(lead)):
        return question
    return last.strip()


def _last_clause(question: str) -> str:
    """The question's own clause after what leads up to it: "interested?" of "we'd love to have you -
    interested?"."""
    *lead, last = re.split(r"\s[-\u2013\u2014]\s|[,;:]\s", question.strip())
    # ...where what leads up asks nothing itself ("Could you send a bio - would that work?" asks for the bio)
    return question.strip() if _ASKS_SOMETHING.search(" ".join(lead)) else last.strip()


_ASKS_SOMETHING = re.compile(r"\b(?:could|would|can|will|do|did)\s+you\b|\bplease\b|\?", re.IGNORECASE)


def _mentions(question: str, term: str) -> bool:
    # "rate" is asked as "rates" too, "supervise" as "supervising" or "supervision"
    word = term.strip()
    if len(word) > 4 and word.lower().endswith("s") and not word.lower().endswith("ss") and " " not in word:
        word = word[:-1]  # "seats" is asked as "seat" too: "how many can the cafe seat?"
    if len(word) > 5 and word.lower().endswith("e") and " " not in word:
        word = word[:-1]
        ending = r"(?:e|es|ed|ing|ion|ions|or|ors)?"
    else:
        ending = r"(?:s|es)?"
    return any(
        _QUALIFIES_THE_STAGE.match(question, found.end()) is None
        and not (_A_LENGTH.search(question, 0, found.start()) and _TIME_UNIT.fullmatch(found.group(0)))
        and not _A_COUNT_OF_THEIRS.search(question, 0, found.start())
        for found in re.finditer(rf"(?<!\w){re.escape(word)}{ending}(?!\w)", question, re.IGNORECASE)
    )


# A count written as a profile shows it ("a small money creator (1.2k followers)", "our 40K subscribers"): what the
# sender has, said of themselves, not a question about the user's own followers or subscribers.
_A_COUNT_OF_THEIRS = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?\s?[km]\+?\s*$", re.IGNORECASE)


# A length of time said ("could we meet for half an hour?", "it takes about 2 hours", "a 30-minute call"): how long
# the ask runs, not a question about the user's "hours" (when the shop is open) or their "days".
_TIME_UNIT = re.compile(r"(?:hour|minute|day|week)s?", re.IGNORECASE)
_A_LENGTH = re.compile(
    r"(?:\b(?:half\s+an?|an?|one|two|three|four|five|six|a\s+couple\s+of|a\s+few|few|several|couple\s+of)|\d+(?:[.,]\d+)?)"
    r"(?:\s+(?:more|extra|full|whole|good|quick|short|spare))?[\s-]*$",
    re.IGNORECASE,
)


# A word that only says what kind of talk or show is asked ("a 30-minute remote talk", "an online workshop", "a
# virtual panel"): the ask itself, which the yes answers, not a question about that word.
_QUALIFIES_THE_STAGE = re.compile(
    r"\s+(?:talks?|keynotes?|panels?|workshops?|sessions?|recordings?|podcasts?|webinars?|presentations?|"
    r"lectures?|conferences?|appearances?|fireside chats?|masterclass(?:es)?)\b",
    re.IGNORECASE,
)
