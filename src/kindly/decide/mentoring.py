"""Which way mentoring goes. A request for advice asks the user for their time; a sender who answers the user's
own request for mentoring ("> On 16 Nov, Folasade ... wrote: Would you be open to mentoring me?"), or who offers
a mentor's time themselves ("I'd be happy to have a coffee and share what I learned", "mentoring HR directors
making the step up has been one of the best parts of my work"), is the mentor a find_mentor goal seeks.

Pure: reads the message (and the user's name and address) only.
"""

from __future__ import annotations

import re

from kindly.decide.thread import quotes_the_user
from kindly.gated import gated
from kindly.model import Message

# What the user asked for in the mail the sender quotes: mentoring, advice, guidance, their experience.
_ASKED_FOR_HELP = re.compile(
    r"\bmentor\w*|\badvice\b|\badvise\b|\bguidance\b|\bpick your brains?\b|\blearn from you\b",
    re.IGNORECASE,
)

# The sender offers a mentor's time (theirs, or one they relay: "he'd be glad to share his experience"), not asks
# for one: "happy to mentor", "glad to share what I've learned",
# "mentoring HR directors ... has been", "I've mentored a few". Not "would you be happy to mentor me?", nor "I'd
# love to be mentored".
_OFFERS_MENTORING = re.compile(
    r"\b(?:happy|glad|delighted|pleased|willing|keen|love|honou?red)\s+to\s+(?:(?!be\b)\w+\s+){0,5}?"
    # (not "love to meet monthly for mentoring": the mentoring they come for)
    r"(?:(?<!\bfor\s)mentor(?!ed)\w*|be\s+(?:a|your)\s+(?:mentor|sounding board)|offer\s+(?:some\s+)?(?:advice|guidance)|"
    r"share\s+(?:what\s+(?:i|he|she|they)\b(?:(?:'ve|’ve|'s|’s| have| has)?\s+learn(?:ed|t)\b)?|(?:my|his|her|their)\s+(?:own\s+)?(?:experience|lessons|learnings?)|"
    r"some\s+(?:of\s+)?(?:what|lessons)))"
    r"(?!\s+me\b)"
    # ... or relayed by someone else, in the third person: "he'd be happy to meet for coffee and share what he's
    # learned" (not "share what you've learned": that asks the user's)
    r"|\bshare\s+what\s+(?:i|he|she|they)(?:'ve|’ve|'s|’s| have| has)?\s+learn(?:ed|t)\b"
    # ...or what worked for them: "glad to get on a call now and then and share what worked for us"
    r"|\bshare\s+what\s+worked\s+for\s+(?:us|me|him|her|them)\b"
    # ...or to walk the user's own way up with them: "glad to read your dossier plan and talk through the path to
    # full professor" (not "happy to talk through our platform")
    r"|\b(?:happy|glad|delighted|pleased|willing|keen|love)\s+to\s+(?:[\w-]+\s+){0,8}?(?:talk|walk)\s+(?:you\s+)?"
    r"through\s+(?:the|your)\s+(?:\w+\s+)?(?:path|road|route|steps?|way)\s+(?:to|toward|towards|into|up)\b"
    r"|\bmentoring\s+(?!me\b)(?:[\w-]+\s+){1,6}?(?:has\s+been|is\s+one|was\s+one)\b"
    r"|\bi(?:'ve|’ve| have)?\s+(?:mentored|been\s+mentoring)\b"
    # mentoring as what the sender does: "I enjoy mentoring a couple of VPs a year", "I mentor one VP a year",
    # "I still mentor a few founders" - not "I'd love mentoring", "I enjoy being mentored", "I mentor me"
    r"|\bi\s+(?:(?:really|genuinely|truly|also|still)\s+)?(?:enjoy|love|like|do\s+(?:some|a\s+(?:bit|lot)\s+of))\s+"
    r"mentoring\b(?!\s+(?:me|from)\b)"
    r"|\bi\s+(?:(?:also|still|regularly|often|usually|typically|always)\s+)?mentor\s+(?:a\s+(?:few|couple|handful)|"
    r"one|two|three|four|five|several|some|\d+)\b",
    re.IGNORECASE,
)
# A question put to the user ("Would you be happy to mentor me?") asks for a mentor's time: no offer.
_ASKS_THE_USER = re.compile(r"\b(?:would|could|will|can)\s+you\b[^.?!\n]*$", re.IGNORECASE)


ANSWERS_YOUR_REQUEST = "they answer your own request for mentoring"


def mentoring_offered(message: Message, user_name: str, user_email: str, users_mail: str = "") -> str:
    """How the sender offers the user a mentor's time, as evidence ('they offer it: "happy to share what I
    learned"', "they answer your own request for mentoring"); "" where they do not. `users_mail`: the user's
    own words this message answers, where the mailbox holds them (a reply need not quote them)."""
    own = " ".join(message.own_text[:20_000].split())
    for found in _OFFERS_MENTORING.finditer(own):
        before = own[max(0, found.start() - 80) : found.start()]
        if not _ASKS_THE_USER.search(re.split(r"[.!?\n]", before)[-1]):
            return f'they offer it: "{found.group(0)}"'
    quoted = message.quoted_text
    if quotes_the_user(quoted, user_name, user_email) and _ASKED_FOR_HELP.search(quoted[:4000]):
        return ANSWERS_YOUR_REQUEST
    if users_mail and _ASKED_FOR_HELP.search(users_mail[:4000]):
        return ANSWERS_YOUR_REQUEST
    return ""


# A programme that gives the one who joins it a mentor: "each participant is paired with a senior leader as their
# mentor", "you'll be matched with an experienced HR director", "mentees receive one-to-one mentoring", "apply as
# a mentee".
_GIVES_A_MENTOR = gated(
    re.compile(
        r"\b(?:paired|matched|partnered|teamed)\s+(?:up\s+)?with\s+(?:(?:a|an|your|their|one)\s+)?(?:own\s+)?"
        r"(?:[\w-]+\s+){0,6}?(?:mentors?|coach(?:es)?|senior\s+leaders?|(?:senior|experienced|seasoned)\s+[\w-]+|"
        r"(?:full|emeritus)\s+professors?)\b"
        r"|\b(?:you|participants|mentees|each\s+(?:participant|mentee|fellow|member))(?:'ll|\s+will)?\s+"
        r"(?:get|have|receive|be\s+given|be\s+assigned)\s+(?:a|an|your\s+own|their\s+own)\s+(?:[\w-]+\s+){0,3}?mentor\b"
        r"|\b(?:mentees?|participants)\s+(?:will\s+)?(?:receive|get)\s+(?:\w+\s+){0,3}?mentoring\b"
        r"|\bapply\s+(?:to\s+be\s+|as\s+)(?:a\s+)?mentee\b"
        # the programme doing the pairing: "pairs senior functional leaders with experienced COOs", "matches each
        # mentee with a senior leader" - the mentor after "with", not "pairs experienced COOs with emerging leaders"
        r"|\b(?:pairs|matches|partners|teams|connects)\s+(?:(?!with\b)[\w-]+\s+){1,6}?with\s+(?:(?:a|an|their|one)\s+)?"
        r"(?:own\s+)?(?:[\w-]+\s+){0,3}?(?:mentors?|coach(?:es)?|senior\s+leaders?|(?:senior|experienced|seasoned)\s+[\w-]+|"
        # "pairs associate professors with a full professor from another college"
        r"(?:full|emeritus)\s+professors?)\b"
        # places for mentees: "We have mentee places open for the 2027 cohort", "mentee applications are open"
        r"|\bmentee\s+(?:places|spaces|spots|applications|intake|vacancies)\b",
        re.IGNORECASE,
    )
)
# ...not one that looks for mentors: "we're looking for volunteer mentors", "would you become a mentor".
_SEEKS_MENTORS = re.compile(
    r"\b(?:looking\s+for|seeking|recruiting|need|calling\s+all|call\s+for)\s+(?:[\w-]+\s+){0,3}?mentors\b"
    r"|\b(?:be|become|volunteer\s+as|join\s+(?:us\s+)?as|serve\s+as|sign\s+up\s+as|apply\s+(?:to\s+be\s+|as\s+))"
    r"(?:a|an|one\s+of\s+our)\s+(?:[\w-]+\s+){0,2}?mentors?\b"
    r"|\bmentor\s+(?:a|an|one\s+of|our|someone)\b",
    re.IGNORECASE,
)
# Words that say a programme's members are peers who learn from each other ("a peer learning cohort", "twelve HR
# managers meet monthly to swap notes"): a community, whatever mentoring it has beside. Not a group's name to join:
# that is gatherings' _NAMED_GROUP ("our working group").
_PEERS_LEARNING_TOGETHER = re.compile(
    r"\bpeers?\b|\bpeer[- ](?:learning|group|cohort|support|network)\b|\blearn\s+from\s+(?:each\s+other|one\s+another)\b"
    r"|\bsupport\s+(?:each\s+other|one\s+another)\b|\bswap\s+notes\b|\bfellow\s+[\w-]+s\b",
    re.IGNORECASE,
)

A_PROGRAMMES_MENTOR = "a programme gives you a mentor"


def mentor_in_programme(text: str) -> str:
    """How a programme or group gives the user who joins it a mentor, as evidence ('a programme gives you a
    mentor: "paired with a senior leader"'); "" where it gives none, or looks for mentors itself."""
    flat = " ".join(text[:20_000].split())
    found = _GIVES_A_MENTOR.search(flat)
    if found is None or _SEEKS_MENTORS.search(flat):
        return ""
    return f'{A_PROGRAMMES_MENTOR}: "{found.group(0)}"'


def peer_group(text: str) -> str:
    """The words that make a programme a group of peers ("peer learning cohort", "swap notes"); "" where none."""
    found = _PEERS_LEARNING_TOGETHER.search(text[:20_000])
    return found.group(0) if found else ""


# A goal of the user's own mentoring of others: "Mentor women moving into finance leadership roles", "Give back by
# mentoring first-time founders", "Coaching junior designers"; not one that seeks a mentor ("Find a mentor who has
# grown a practice", "Mentoring for my move to COO", "a mentor who ...").
_MENTORS_OTHERS = re.compile(
    r"^\s*(?:(?:give\s+back|help\s+others|keep\s+giving\s+back)\s+(?:by\s+)?)?(?:mentor(?:ing)?|coach(?:ing)?)\s+"
    r"(?!(?:me|my|myself|who|for|from|to|with|that|which|circles?|groups?|programmes?|programs?|networks?|schemes?|"
    r"sessions?|cohorts?)\b)[\w-]",
    re.IGNORECASE,
)


def mentors_others(goal_description: str) -> bool:
    """Whether a goal is the user mentoring others, so a request for their advice is what it offers."""
    return _MENTORS_OTHERS.search(goal_description) is not None


# A sender's own next career step, which a coffee asks the user's advice on: "thinking about the next step up",
# "advice on my next move", "as I step up into a CFO role", "career advice" (not "the next step for the project").
_CAREER_STEP = re.compile(
    r"\b(?:my|the)\s+next\s+(?:career\s+)?(?:step\s+up|move|role|career\s+step)\b"
    r"|\bstep(?:ping)?\s+up\s+(?:to|into)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:role|job|position|seat)\b"
    r"|\bcareer\s+(?:advice|move|step|change)\b",
    re.IGNORECASE,
)


def career_step_asked(text: str) -> str:
    """The words in which a sender speaks of their own next career step ("the next step up"), or ""."""
    return _words_of(_CAREER_STEP, text)


# The user's own advice asked over a coffee: "ask you a few questions", "learn from you", "your advice on leading a
# board", "pick your brain" (not "a few questions about your AV system" - which is no ask of them at all).
_ADVICE_ASKED = re.compile(
    r"\b(?:ask\s+(?:you\s+)?(?:a\s+few\s+|some\s+|a\s+couple\s+(?:of\s+)?)questions|learn\s+from\s+you|"
    r"pick\s+your\s+brain|(?:your|some)\s+(?:advice|wisdom|counsel)\b)",
    re.IGNORECASE,
)


def advice_asked(text: str) -> str:
    """The words in which a sender asks for the user's own advice ("ask you a few questions"), or ""."""
    return _words_of(_ADVICE_ASKED, text)


# What the advice asked is about, said: "some advice on preaching every week", "questions about leading a deacon
# board" (not "advice on a few things", "questions about something").
_ADVICE_ON = re.compile(
    r"\b(?:advice|questions|guidance|wisdom|counsel)\s+(?:on|about|around)\s+"
    r"(?!(?:it|this|that|things|something|anything|everything|stuff|a\s+few|some|a\s+couple|several)\b)[a-z][\w-]+",
    re.IGNORECASE,
)


def advice_topic(text: str) -> str:
    """The words that say what the user's advice is asked on ("advice on preaching"), or ""."""
    return _words_of(_ADVICE_ON, text)


def _words_of(pattern: re.Pattern[str], text: str) -> str:
    """The words a pattern finds in the first 20,000 characters of a text, its blanks made one, or ""."""
    found = pattern.search(" ".join(text[:20_000].split()))
    return found.group(0) if found else ""
