"""The phrases the ideas of never-rules share (kindly.decide.rules.concepts): exposure praised as a reward, a group
the sender speaks for, a price said before or after its number, a call to do the work on the sender's system."""

from __future__ import annotations

import re

from kindly.amounts import AN_AMOUNT, CODES, NUMBER, SIGN
from kindly.decide.rules.concept import _F

# An ask that leaves no room for anyone else: "just the two of us", "a private site visit", "one-on-one".
_ALONE = re.compile(
    r"\b(just (?:the )?(?:two|2) of us|one[- ]on[- ]one|one[- ]to[- ]one|1[:-]1|privately|in private|"
    r"private (?:\w+ )?(?:meeting|chat|coffee|drinks?|lunch|dinner|visit|tour|briefing|catch-?up|conversation|"
    r"word)|off the record)\b",
    _F,
)


# An office someone stands for: "for Atlanta City Council", "for Mayor", "for the state senate".
_OFFICE = (
    r"(council|mayor|senate|congress|governor|sheriff|commission(er)?|school board|state house|legislature|"
    r"assembly|parliament|district attorney|(public |elected )?office)"
)


# A take-home set to candidates: "Interview next step: take-home", "a take-home case study" (not "take-home pay").
TAKE_HOME = re.compile(
    r"\btake[- ]home(?: (?:project|challenge|test|task|assignment|exercise|case study|case))?s?\b(?![- ](?:pay|salary))",
    re.IGNORECASE,
)


# Exposure praised as a reward: "great exposure", "fantastic exposure".
_GOOD_EXPOSURE = (
    r"(great|fantastic|amazing|incredible|huge|massive|valuable|wonderful|awesome|excellent|good|free|"
    r"brilliant|terrific|real|serious|significant|considerable) exposure"
)
# ...as what the user would get: "it's great exposure", "you'd get amazing exposure", "no fee, but good exposure".
_OFFERED = (
    r"(it'?s|it is|it'?d be|it would be|it will be|it'?ll be|that'?s|this is|would be|will be|but|plus|get|gets|"
    r"getting|gain|receive|offers?|offering|gives? you|giving you|provides?|providing)"
)


# A group the sender belongs to, for which they act unpaid: "our committee", "the residents' association", "my
# neighbours". Working with one on its submission is no lobbyist's work for a client.
_OWN_GROUP = (
    r"\b(?:committee|associations?|residents|community|neighbou?rs|members|volunteers|trustees|society|club|"
    r"friends of|parents|whānau|whanau|congregation|church|school)\b"
)
# A sender who speaks for a community group of their own ("I'm the volunteer secretary of ...", "our residents'
# association"): a matter of theirs before the user's council is no client's, unless they say they are paid to
# sway it ("I'm a lobbyist", "on behalf of my client").
_SPEAKS_FOR_A_GROUP = re.compile(
    r"\b(?:(?:i'?m|i am|we'?re|we are|as)\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+)?volunteers?\b|volunteer[- ](?:run|led)\b|"
    r"(?:our|i'?m [\w\s]{0,40}?\b(?:of|for|at|with) the)\s+(?:[\w'’-]+\s+){0,4}?(?:residents|ratepayers|neighbou?rhood|"
    r"community|parents|tenants)['’]?\s+(?:association|group|committee|society|network|trust|council|board)\b)",
    _F,
)
_PAID_TO_SWAY = re.compile(
    r"\b(?:lobby(?:ists?|ing)|lobby (?:group|firm)|(?:government|govt) relations|public affairs|(?:my|our|a) clients?)\b",
    _F,
)


# A weekday written short is a day only before its date: "Sun 13 Dec", "Sat, Dec 12" (not "we sat 3 hours").
_MONTH_SHORT = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
_BEFORE_ITS_DATE = (
    rf"(?=\.?,?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_SHORT}|{_MONTH_SHORT}[a-z]*\.?\s+\d{{1,2}}(?!\d)))"
)

# A panel that judges or hires, not one the user speaks on: "our judging panel has selected you", "the selection
# panel", "an interview panel" (each a lookbehind of its own width).
_NOT_A_STAGE = "".join(
    rf"(?<!{word} )"
    for word in ("judging", "selection", "review", "advisory", "interview", "hiring", "assessment", "grant")
)

# A place in the sender's directory, listing or guide ("a featured listing", "a top spot", "get listed in our
# guide"), not in the user's own ("your directory"); and a price said for it ("$49 a month")
_PLACE_LISTED = (
    r"(?<!your )\b(?:featured\s+(?:partner|listing|business|spot|placement|member|profile)s?|"
    r"top\s+(?:spot|placement|position|listing)s?|(?:premium|priority|sponsored|enhanced)\s+"
    r"(?:listing|placement|profile|spot|position)s?|(?:be|get|getting)\s+(?:listed|featured)\s+(?:in|on)\s+our|"
    r"listing\s+(?:in|on)\s+our)\b"
)
_A_PRICE = f"(?:{AN_AMOUNT.pattern})"  # a price in any currency, its sign or code before or after it
_CODE = rf"\b(?:{CODES})"
# A time is no sum: "9.50" of "$9.50", "SGD 9.50" or "9.50 euros" is a price, not ten to ten (every code is three
# letters, so the look behind for one is of a fixed width)
_NO_SUM_BEFORE = rf"(?<![\d.,:])(?<!{SIGN})(?<!{SIGN}\s)(?<!{_CODE})(?<!{_CODE}\s)"
_NO_CURRENCY_AFTER = r"(?!\s?(?:" + CODES + r"|dollars?|euros?|pounds?)\b)"
# A sum in any currency read from its first digit where a sign comes before it ("799 to publish" of "$799 to
# publish"): a pattern that opens on a word boundary holds there, never before the sign.
_A_SUM_FROM_ITS_DIGIT = (
    rf"(?:(?:(?<={SIGN})|(?<={SIGN}\s)|{_CODE}\s?)\d[\d,.]*|{NUMBER}\s?(?:{CODES}|dollars?|euros?|pounds?)\b)"
)

# A call asked for to do the work on the sender's own system: "jump on a quick call with our platform team to look at
# our setup", "hop on a Zoom with us tomorrow and debug it with us", "screen-share and go through our config".
_HANDS_ON = (
    r"(?:take\s+a\s+(?:quick\s+)?look\s+at|look\s+(?:at|into)|debug|troubleshoot|dig\s+into|go\s+through)\s+"
    r"(?:our|their|my|it\s+with\s+(?:us|me)|this\s+with\s+(?:us|me))\b(?:\s+(?!with\b)[\w-]+)?"
)
_CALL_FOR_HANDS_ON = re.compile(
    r"\b(?:call|zoom|teams|meet|meeting|session|screen-?share|hop\s+on|jump\s+on)\b[^.?!\n]{0,80}?\b(?:to|and)\s+"
    + _HANDS_ON,
    _F,
)
_HANDS_ON_SAID = re.compile(r"\b" + _HANDS_ON, _F)
# ...which is paid where the sender says so: "we'd pay your day rate", "hire you", "a paid engagement", "a quote".
_PAY_SAID = re.compile(
    r"\b(?:pay|paid|paying|hire|hiring|fee|fees|rate|rates|quote|invoice|budget|contract|retainer|engagement)\b",
    _F,
)


def favour_asked(text: str) -> str | None:
    """A call asked to do the work on the sender's own system with no word of paying for it ("Could you jump on a
    quick 30-minute call with our platform team to look at our setup?"): the work asked unpaid."""
    found = _CALL_FOR_HANDS_ON.search(text)
    return found.group(0) if found and not _PAY_SAID.search(text) else None


# A time written with a dot is a clock only where said as one ("at 10.30", "before 9.30", "10.30h", "10.30-12.00"),
# not a price or a version ("EUR 10.50", "version 5.10"); `hours` the hours of the part of the day
_A_DOTTED_CLOCK = (
    r"(?:(?:(?<=\bat )|(?<=\bfrom )|(?<=\bbefore )|(?<=\bafter )|(?<=\buntil )|(?<=\bum )|(?<=\bà ))"
    r"(?:{hours})\.[0-5]\d(?!\s?[ap]\.?m)(?!\d)|(?:{hours})\.[0-5]\d(?:\s?(?:h|uhr)\b|\s?[-–]\s?\d))"
)


# People whose representative speaks for them, not for what a company sells: "union reps", "student representatives".
_REPRESENTED = frozenset(
    {
        "union",
        "student",
        "parent",
        "staff",
        "employee",
        "worker",
        "community",
        "customer",
        "client",
        "patient",
    }
    | {"tenant", "resident", "class", "elected", "district", "government", "legal", "member"}
)
_REPRESENTED_PEOPLE = "(?:" + "|".join(sorted(_REPRESENTED)) + ")s?"
# ...as a lookbehind of its own width for each ("union reps" read from its "reps")
_NOT_AFTER_REPRESENTED = "".join(rf"(?<!\b{word} )(?<!\b{word}s )" for word in sorted(_REPRESENTED))
