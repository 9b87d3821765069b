"""What a never-rule spares: the hours it keeps out of ("school hours"), the senders and audiences it excepts, and
what it allows as standard ("a standard NDA")."""

from __future__ import annotations

import re
from datetime import time

from kindly.decide.rule_parts import (
    Exemption,
    about_meetings,
    rule_exemption,
)
from kindly.decide.rules.concepts import _F
from kindly.decide.rules.readings import _alternatives
from kindly.decide.words import fold
from kindly.hours import MeetingHours, Window

SPARED = "spared by:"  # the evidence of a yes to someone a never-rule spares: 'spared by: "RULE" (who)'
_SCHOOL_DAY = Window(frozenset(range(5)), time(8), time(16))  # "school hours", "working hours": 8:00 to 16:00


def keeps_out_of_the_day(hours: MeetingHours) -> bool:
    """Whether the user's meeting hours are set and leave the working or school day (8:00 to 16:00 on weekdays)
    alone but for its edges (half an hour: "15:45-18:00" after a school day ending at 15:30), so a meeting
    proposed in it is answered with times in those hours."""
    day = _SCHOOL_DAY

    def minutes(at: time) -> int:
        return at.hour * 60 + at.minute

    return bool(hours) and all(
        min(minutes(w.end), minutes(day.end)) - max(minutes(w.start), minutes(day.start)) <= 30
        for w in hours.windows
        if w.days & day.days
    )


def spared_hours(rule: str) -> Window | None:
    """The hours a rule about working or school hours opens to the people it spares ("meetings during school
    hours except with parents": a parent may be met at 10am on a weekday, whatever the user's meeting hours);
    None for a rule of any other kind."""
    exemption = rule_exemption(rule)
    if exemption is None or not any("daytime" in ideas for ideas in _alternatives(exemption.base)):
        return None
    return _SCHOOL_DAY


# Who a sender says they are, for the kinds of people a rule may spare: a parent writes of their own child ("my
# daughter Camila is in 10th grade"); a school district's staff sign as its superintendent's office or its
# district office. Any other kind is met by its own words in the sender's signature, role or organisation.
_ONE_OF = {
    "parent": re.compile(
        r"\bmy\s+(?:\w+\s+)?(?:son|daughter|child|children|kids?|stepson|stepdaughter|twins)\b|"
        r"\b(?:i'm|i’m|i am|as)\s+(?:a|the)\s+(?:\w+\s+)?(?:parent|mom|mum|mother|father|dad|guardian)\b|"
        r"\b(?:parent|mother|father|guardian)\s+of\b",
        _F,
    ),
    "district": re.compile(
        r"\b(?:school\s+)?district\b|\b(?:deputy\s+|assistant\s+|area\s+)?superintendent'?s?\b|"
        r"\bboard of education\b|\bcentral office\b|\bchief of schools\b",
        _F,
    ),
}
_SAYS_WHO = {"parent": "own_text", "district": "identity"}
_ANYONE = frozenset(
    {"staff", "people", "members", "member", "team", "teams", "folks", "officials", "employees"}
)


def spared_sender(exemption: Exemption, own_text: str, identity: str) -> str | None:
    """Which of the people an exemption spares the sender is, with the words that show it ("parents: "my
    daughter""), or None. `own_text`: the sender's own words; `identity`: their signature, role, organisation
    and address."""
    for person in exemption.people:
        words = [w for w in re.findall(r"[a-z]+", fold(person)) if w not in _ANYONE]
        for kind, pattern in _ONE_OF.items():
            if any(w.startswith(kind) for w in words):
                found = pattern.search(own_text if _SAYS_WHO[kind] == "own_text" else identity)
                if found:
                    return f'{person}: "{found.group(0)}"'
                break
        else:
            said = {w[:5] for w in re.findall(r"[a-z]+", fold(identity))}
            if words and all(w[:5] in said for w in words):
                return f"{person}: named in their signature"
    return None


# Words that stand before the people a thing is for: "for your students", "of our senior students"
_WHOSE = r"(?:your|our|their|the|its)\s+(?:(?![\w-]*ing\b)[\w-]+\s+){0,2}?"
# ...and what they do where they take part: "students have qualified", "students will perform"
_TAKING_PART = (
    r"(?:have|has|had|will|qualified|compet\w*|perform\w*|present\w*|play\w*|showcas\w*|exhibit\w*|"
    r"sing\w*|read\w*|lead|led|run|host\w*|organi[sz]\w*|graduat\w*|won|win\w*)"
)


def spared_audience(exemption: Exemption, own_text: str) -> str | None:
    """Which of the people a rule spares "for" ("weekend events except for students") the message's event or
    meeting is for, with the words that show it ("students: "four of your students""), or None. They must take
    part: the ones it is for or whose it is ("for our students", "of your students", "the students' showcase",
    "student-led"), or doing it ("students have qualified", "students will perform"); a topic that names them
    ("a retreat on student achievement", "strategies to help students") is not for them. An exemption "with"
    ("except with parents"), or one of meetings ("meetings except for parents"), spares only the sender who is one
    of them (`spared_sender`)."""
    if exemption.joined != "for" or about_meetings(exemption.base):
        return None  # "meetings during school hours except for parents": whom the user meets, the sender
    text = " ".join(own_text.split())
    for person in exemption.people:
        named = r"\s+".join(re.escape(w) for w in person.split())
        last = person.split()[-1].lower()
        one = re.escape(
            last[:-3] + "y" if last.endswith("ies") else last[:-1] if last.endswith("s") else last
        )
        found = re.search(
            rf"\b(?:for|of|by)\s+{_WHOSE}{named}\b|\b{named}(?:'s?)?\s+{_TAKING_PART}\b|"
            rf"\b{named}'\s+\w+|\b{one}-(?:led|run|organi[sz]ed|hosted)\b",
            text,
            _F,
        )
        if found:
            return f'{person}: "{found.group(0)}"'
    return None


# A rule that goes beyond the standard thing, and so spares it: "commissions to planners or travel agents on top of
# standard agency commission"; the message that asks only for that ("do you pay the standard 10% commission?")
_BEYOND_STANDARD = re.compile(
    r"\b(?:on top of|beyond|over and above|in addition to|above)\s+(?:the\s+|a\s+|an\s+|our\s+|my\s+)?"
    r"(?:standard|usual|normal|regular|customary)\b",
    _F,
)
_SAID_AS_STANDARD = re.compile(
    r"\b(?:the|a|an|your|our|their)\s+(?:standard|usual|normal|regular|customary)\s+(?:[\w%.-]+\s+){0,2}$", _F
)
# ...not where more is asked on top of it ("a personal bonus on top of the usual commission")
_MORE_THAN_STANDARD = re.compile(
    r"\b(?:on top of|beyond|over and above|in addition to|extra|bonus|personal)\b", _F
)


def standard_spared(rule: str) -> str:
    """The standard thing a rule goes beyond and so spares ("standard agency commission" of "commissions to planners
    on top of standard agency commission"), or ""."""
    found = _BEYOND_STANDARD.search(rule)
    if found is None:
        return ""
    spared = re.match(r"\s*((?:[\w%.-]+\s*){1,3})", rule[found.end() :])
    said = found.group(0).split()[-1] + (" " + spared.group(1).strip() if spared else "")
    return re.split(r"\s+(?:or|and|for|from|to|with)\b|[,;(]|\s+-", said)[0].strip()


def _only_the_standard(rule: str, notes: list[str], text: str) -> bool:
    """Whether a rule that spares the standard thing it goes beyond ("... on top of standard agency commission")
    holds only by the message's words for that standard thing ('"10% commission"' of "the standard 10%
    commission"), so it does not hold."""
    if not _BEYOND_STANDARD.search(rule):
        return False
    quoted = [said for note in notes for said in re.findall(r'"([^"]+)"', note)]
    flat = " ".join(text.split())
    for said in quoted or [""]:
        at = flat.lower().find(said.lower()) if said else -1
        before = flat[max(0, at - 40) : at] if at >= 0 else ""
        if not _SAID_AS_STANDARD.search(before) or _MORE_THAN_STANDARD.search(before):
            return False
    return True
