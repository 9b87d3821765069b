"""A request to vouch for the sender: "Could you be a reference for my application to ...", "would you write me
a recommendation on LinkedIn", "may I list you as a referee". Not a meeting, a job offered nor a client's order:
a favour one can only do for someone whose work one knows. From someone the user has worked with (a contact, an
earlier thread, a colleague, or a mail that says so: "I worked with you on the Ember & Oak books") it is said
yes to, asking for what the reference needs; from a stranger it is declined kindly, honestly: one can only
vouch for people one has worked with. The model's twelve intents have no such ask; it is read here.

Pure: reads the message's words only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kindly.decide.rules import may_hold
from kindly.decide.words import SENTENCE

REFERENCE = "reference"  # reason code of a request to vouch for the sender, said yes or no to

_F = re.IGNORECASE

_REFEREE = r"(?:(?:professional|character|personal|work|job|employment)\s+)?(?:references?|referees?)"
# ...for the sender, not for someone else ("a reference for Jordan", "about our candidate") nor as a seller's
# "reference customer"
_FOR_THEM = (
    r"(?!\s+(?:customers?|clients?|sites?|accounts?|users?|calls?|checks?|case)\b)"
    r"(?!\s+(?:for|about|on\s+behalf\s+of)\s+(?!me\b|my\b|myself\b)(?:(?-i:[A-Z])|him\b|her\b|them\b|our\b|"
    r"the\b|this\b|a\b|an\b|one\b|some))"
)
# what is asked: to be their reference or referee, to be listed as one, to write them a letter or a recommendation
_ASKS = re.compile(
    # "be a reference for my application", "be one of my referees", "act as a referee for me"
    rf"\b(?:be|act\s+as|serve\s+as)\s+(?:a\s+|my\s+|one\s+of\s+my\s+|an?\s+\w+\s+)?{_REFEREE}\b{_FOR_THEM}"
    # "may I list you as a referee", "put you down as a reference", "use your name as a reference"
    r"|\b(?:list|put|name|include|give|use)\s+(?:you|your\s+name)\s+(?:down\s+)?as\s+"
    rf"(?:a\s+|my\s+|one\s+of\s+my\s+|an?\s+\w+\s+)?{_REFEREE}\b"
    # "write me a recommendation on LinkedIn", "write me a letter of recommendation", "provide a reference letter"
    r"|\b(?:write|provide|give|send|do)\s+(?:me\s+)?(?:a\s+|an\s+)?(?:short\s+|brief\s+|quick\s+)?"
    r"(?:letter\s+of\s+(?:recommendation|reference)|(?:recommendation|reference)\s+letter|"
    rf"(?:linkedin\s+)?recommendation|reference)\b{_FOR_THEM}"
    # "I'd be very grateful for a letter of recommendation": the letter names itself
    rf"|\b(?:letter\s+of\s+(?:recommendation|reference)|(?:recommendation|reference)\s+letter)\b{_FOR_THEM}",
    _F,
)
# ...put to the reader, not told of: "has listed you as a referee" (an employer's check) asks no favour of them
_PUT_TO_YOU = re.compile(
    r"\b(?:would|could|can|will|might)\s+you\b|\b(?:may|might|could|can)\s+i\b|\bwondering\s+(?:if|whether)\b|"
    r"\bif\s+you(?:'d|\s+would|\s+could|\s+might)\b|\bare\s+you\s+(?:willing|able|open|happy)\b|\bwould\s+it\s+be\b|"
    r"\b(?:grateful|appreciate|thankful)\b|\bi(?:'d|\s+would)\s+(?:love|like)\b",
    _F,
)
# Words one of which every request above holds ("reference", "referee", "recommendation"): every message is read
# for one, so a cheap look comes first (rules.may_hold).
_VOUCHING_WORDS = ("refere", "recommendation")


_WRAPPED = re.compile(r"(?<=[^\s.?!:;])[ \t]*\n[ \t]*(?=[a-z])")


def reference_asked(text: str) -> str:
    """The sentence that asks the reader to vouch for the sender ("Could you be a reference for my application
    to Brightline?", "Would you write me a recommendation on LinkedIn?"), or ""."""
    read = text[:6_000]
    if not may_hold(read, _VOUCHING_WORDS):
        return ""
    # a hard-wrapped paragraph is one text: "... if I could\nlist you as a reference." goes on where a line ends
    # mid-sentence and the next opens in lower case
    read = _WRAPPED.sub(" ", read)
    for found in SENTENCE.finditer(read):
        sentence = " ".join(found.group(0).split())
        asked = _ASKS.search(sentence)
        if asked and _PUT_TO_YOU.search(sentence):
            return sentence
    return ""


# Work done together, as the sender tells it: "I worked with you on the Ember & Oak books", "it was great working
# with you", "you supervised me", "as your intern", "when I was at your studio". Not a wish to ("I'd love to work
# with you"), nor admiration from afar ("I admire your work").
_TOGETHER = re.compile(
    r"\b(?:worked|working|work)\s+(?:with|for|alongside|under)\s+you\b"
    r"|\bwe\s+(?:worked|collaborated)\s+together\b|\bworking\s+together\b"
    # "we used to work together", "we were colleagues at Brightwave"
    r"|\bwe\s+used\s+to\s+work\s+together\b|\bwe\s+were\s+(?:\w+\s+)?colleagues\b"
    r"|\byou\s+(?:supervised|managed|mentored|taught|trained|hired|coached|advised|helped)\s+(?:me|us|our)\b"
    r"|\byou\s+were\s+(?:my|our)\s+(?:\w+\s+)?(?:manager|supervisor|boss|teacher|lecturer|professor|tutor|mentor|"
    r"advis[eo]r|coach|bookkeeper|accountant|cfo|consultant|client)\b"
    # "as my PhD advisor", "as my former manager": what the reader was to them (not a wish: "as my mentor")
    r"|\bas\s+my\s+(?:former\s+|old\s+)?(?:phd|doctoral|thesis|dissertation|masters?|graduate|postdoc(?:toral)?|"
    r"undergraduate|research)\s+(?:advis[eo]r|supervisor|mentor)\b"
    r"|\bas\s+my\s+former\s+(?:\w+\s+)?(?:manager|supervisor|boss|teacher|professor|advis[eo]r|mentor|coach)\b"
    r"|\b(?:as|was)\s+(?:your|you(?:r)?\s+former)\s+(?:\w+\s+)?(?:student|intern|associate|assistant|employee|client|"
    r"colleague|team\s+member|mentee|report|trainee|apprentice)\b"
    r"|\byour\s+former\s+(?:\w+\s+)?(?:student|intern|associate|assistant|employee|client|colleague|mentee|report)\b"
    r"|\bwhen\s+i\s+(?:was|worked)\s+(?:at|with|in|on|for)\s+your\b|\bin\s+your\s+(?:class|course|team|lab|seminar)\b",
    _F,
)
_ONLY_A_WISH = re.compile(
    r"\b(?:love|like|hope|hoping|keen|chance|opportunity|forward|wish|dream|want|aim)\b[^.?!\n]{0,25}$", _F
)


def worked_together(text: str) -> str:
    """The words in which the sender says they worked with the reader ("worked with you", "as your intern"),
    or ""."""
    said = " ".join(text[:6_000].split())
    for found in _TOGETHER.finditer(said):
        if not _ONLY_A_WISH.search(said[max(0, found.start() - 40) : found.start()]):
            return found.group(0)
    return ""


@dataclass(frozen=True, slots=True)
class ReferenceAsked:
    """What a reference request asks for, and what it already says."""

    kind: str  # reference | letter | linkedin
    role: str  # the role or programme applied for, where named ("an operations director role at Northgate")
    deadline: str  # when it is needed, where said ("December 18")


_ROLE = re.compile(
    r"\b(?:applying\s+(?:for|to)|application\s+(?:for|to)|apply\s+(?:for|to)|interviewing\s+(?:for|with)|"
    r"shortlisted\s+for)\s+(?P<role>(?:an?\s+|the\s+)?[^.,;?!\n]{3,80})",
    _F,
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DEADLINE = re.compile(
    r"\b(?:deadline|due|needed|need\s+(?:it|them|this)|closes?|closing|by|before)\b[^.?!\n]{0,30}?"
    rf"(?P<when>(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"(?:the\s+)?end\s+of\s+(?:the\s+)?(?:week|month)|next\s+week|tomorrow)",
    _F,
)


def what_is_asked(sentence: str, text: str) -> ReferenceAsked:
    """The kind of vouching asked in `sentence` and what `text` (the whole mail) says of the role and the day."""
    if re.search(r"linkedin", sentence, _F):
        kind = "linkedin"
    elif re.search(r"letter|written\s+reference", sentence, _F):
        kind = "letter"
    else:
        kind = "reference"
    said = " ".join(text.split())
    role = _ROLE.search(said)
    named = (
        re.split(r"\s+(?:and|but|which|who|where|so|because|that|as)\b", role.group("role"))[0]
        if role
        else ""
    )
    deadline = _DEADLINE.search(said)
    return ReferenceAsked(
        kind,
        named.strip(),
        deadline.group("when").strip() if deadline else "",
    )
