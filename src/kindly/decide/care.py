"""Someone in trouble asking for the user's own care: a member whose marriage is failing, a family at a deathbed.
It is never a networking ask to weigh, decline or pass on to a provider; the user answers it personally."""

from __future__ import annotations

import re

_F = re.IGNORECASE

# Someone close, said as the subject: "Mom", "my husband", "our son", "she", "I'm" (not "the training", "patients who").
_CLOSE = (
    r"(?:i|we|she|he|they|mom|mum|mother|dad|father|husband|wife|son|daughter|brother|sister|grandma|grandpa|"
    r"grandmother|grandfather|nana|aunt|uncle|baby|partner|(?:my|our) [\w-]+)"
)
# A hard time of the writer's own, or of someone close, said as now: "things at home have gotten really bad", "I
# don't know who else to talk to", "her husband passed this morning", "Mom is in the ICU" (not "since my father
# passed last year", nor "our hospital's chaplaincy programme").
_BAD_NOW = r"(?:gotten|got|become|been) (?:really |so |very )?(?:bad|hard|dark)\b"
_HARD_TIME = re.compile(
    r"\b(?:don'?t|do not) know who else to (?:talk|turn|call)|"
    r"\b(?:i'?m|i am|i feel like i'?m) (?:going under|falling apart|not okay|not ok|drowning|at the end of my rope)|"
    r"\b(?:can'?t|cannot) (?:cope|go on|take (?:it|this) anymore)|"
    # ...a time gone bad for the writer or theirs ("things at home have gotten really bad", "it's been really hard
    # since Mom...", "things have been hard for me"), not any task ("it's been hard to find a vendor")
    rf"\b(?:{_CLOSE}|home|life|marriage|family)(?:['’]s [\w-]+)? (?:have|has|had) {_BAD_NOW}(?: at home)?|"
    rf"\b(?:i|we)['’]ve {_BAD_NOW}|"
    rf"\b{_BAD_NOW}(?: at home| (?:for|on) (?:me|us|my|our)\b| since (?:{_CLOSE}|i|we)\b)|"
    r"\b(?:passed(?: away)?|died|lost (?:her|his|their|my|our) (?:\w+ ){0,2}?battle) (?:this morning|this afternoon|"
    r"tonight|last night|today|yesterday|overnight)\b|"
    rf"\b{_CLOSE}(?: is| are| was| were| has been| have been|['’]s|['’]re|['’]m| am) (?:rushed |admitted )?"
    r"(?:in|to|at) (?:the )?(?:hospital|icu|intensive care|hospice|emergency room|er)\b|"
    r"\bkeep (?:this|it) between us\b",
    _F,
)
# ...and the user's own presence asked: "Could I come see you this week, just to talk?", "Can you come today?"
_PRESENCE_ASKED = re.compile(
    r"\b(?:can|could|would|will) (?:you|i) (?:please )?(?:come|stop|drop) (?:by|over|see you|to see|today|tonight|"
    r"now|in)\b|"
    r"\b(?:just|need) to talk\b|\bcome see you\b|\bpray with (?:me|us|them|her|him)\b|\b(?:is|are) asking for you\b|"
    # ...a visit or the funeral's words: "Would you be able to visit him this week?", "Would you do the eulogy?"
    r"\bvisit (?:me|us|them|her|him|mom|dad|my \w+|our \w+)\b|"
    r"\b(?:do|give|deliver|preach|say) (?:the|a|his|her) (?:eulogy|funeral)\b",
    _F,
)


def care_asked(text: str) -> str:
    """The words of a hard time beside an ask for the user's own presence ("I don't know who else to talk to ...
    Could I come see you"), or ""."""
    said = " ".join(text[:5_000].split())
    hard = _HARD_TIME.search(said)
    if hard is None or _PRESENCE_ASKED.search(said) is None:
        return ""
    return hard.group(0)


# The same news said as now, told to the user with nothing asked: "Mom passed this morning", "Dad's in the
# hospital" (not "when Mom was in the hospital", a thank-you's past, nor "the training is at the hospital").
_NEWS_NOW = re.compile(
    r"\b(?:passed(?: away)?|died) (?:this morning|this afternoon|tonight|last night|today|overnight)\b|"
    rf"\b{_CLOSE}(?: is| are|['’]s|['’]re|['’]m| am) (?:rushed |admitted )?(?:in|to|at) (?:the )?(?:hospital|icu|"
    r"intensive care|hospice|emergency room)\b",
    _F,
)
# ...in a note of the writer's own: a mailing to a list says it to everyone ("unsubscribe")
_TO_A_LIST = re.compile(r"\bunsubscribe\b|\byou(?:'re| are) receiving this\b", _F)
SHORT_NOTE = 1_500  # characters: a text or a short note, not a newsletter's pages


def hard_news(text: str) -> str:
    """The words of hard news told as now in a short note of the writer's own ("Mom passed this morning"), which
    is the user's to answer personally even where nothing is asked; ""."""
    if len(text) > SHORT_NOTE or _TO_A_LIST.search(text):
        return ""
    news = _NEWS_NOW.search(" ".join(text.split()))
    return news.group(0) if news else ""
