"""The sentences of a message that ask something: "Do you work with Xero?", or asked without a question mark
("Could you tell me roughly what you charge."). Read by decide (what a message asks) and by reply (what a draft
answers), so it lives with the other readers of a message's words.
"""

from __future__ import annotations

import re
from itertools import pairwise

from kindly.decide.words import SENTENCE

_LIST_ITEM = re.compile(r"\n[ \t]*(?:[-*•·]|\d+[.)])[ \t]+")
# A question asked without a question mark: "Could you tell me roughly what you charge for monthly bookkeeping."
_INDIRECT = re.compile(
    r"\b(?:could you (?:tell|let) me|can you (?:tell|let) me|i(?:'d| would) (?:like|love) to know|"
    r"i(?:'m| am) (?:wondering|curious)|i was wondering|let me know (?:if|whether|what|how|which)|"
    # "We'd also want to know whether you integrate with Manhattan WMS."
    r"(?:want|need|like|love) to (?:know|understand|hear) (?:if|whether|what|how|which)|"
    # what they must be sure of, said of the reader: "We'd also need to know you carry liability insurance."
    r"need to (?:know|see|confirm) (?:that )?you(?:r|'re| are| have| carry| hold)\b|"
    # British and formal: "we should be grateful to know whether you undertake ...", "please advise"
    r"(?:be|am|are|would be) (?:grateful|glad|pleased) to (?:know|hear|learn)|grateful if you could|"
    r"(?:would|should) (?:appreciate|welcome) (?:knowing|hearing|it if)|please (?:advise|confirm|tell me)|"
    # "It would also help to know your fee for an initial consultation."
    r"(?:would|will) (?:also )?(?:help|be (?:helpful|useful)) to (?:know|have|hear))\b",
    re.IGNORECASE,
)


_LINK = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_DOUBLE_STOP = re.compile(r"([.!?])\.(?=\s)")
SHORT_LINE = 60  # shorter than a hard-wrapped line
# Words no sentence ends on: a line that ends "... like ours on" goes on in the next ("Xero?")
_GOES_ON = frozenset(
    [
        "a",
        "an",
        "the",
        "on",
        "at",
        "in",
        "to",
        "for",
        "of",
        "with",
        "and",
        "or",
        "but",
        "like",
        "about",
        "from",
        "by",
        "as",
        "into",
        "onto",
        "our",
        "your",
        "their",
        "my",
        "its",
    ]
)


def _end_short_lines(text: str) -> str:
    """A short line with no stop, before a line that starts anew ("A few questions\nWhat do you charge?", "...
    your rates\nBest, Sam"), ends its sentence; a hard-wrapped line is long, or goes on in lower case."""
    lines = text.split("\n")
    for n, (line, following) in enumerate(pairwise(lines)):
        stripped, start = line.rstrip(), following.lstrip()[:1]
        last_word = stripped.rsplit(None, 1)[-1].lower() if stripped else ""
        if (
            stripped
            and len(stripped) < SHORT_LINE
            and stripped[-1] not in ".!?"
            and start.isupper()
            and last_word not in _GOES_ON
        ):
            lines[n] = f"{stripped.rstrip(',;:')}."  # "Hi Dana," and "A few questions:" end there
    return "\n".join(lines)


def questions(text: str) -> list[str]:
    """The sentences of a text that ask something: they end in "?" or ask indirectly ("could you tell me")."""
    found = []
    text = _LINK.sub(". ", text[:20_000])  # "https://example/cfp Questions?" is no question of "example/cfp"
    items = _LIST_ITEM.sub(". ", _end_short_lines(text))  # each item a sentence of its own
    items = _DOUBLE_STOP.sub(r"\1", items)  # "per month?" stays a question, not "per month?."
    for match in SENTENCE.finditer(" ".join(items.split())):
        sentence = match.group(0).strip().lstrip("-*•· ")  # "- Can you handle EDI?" in a list
        sentence = sentence.removesuffix(":.") + (":" if sentence.endswith(":.") else "")  # a list's lead-in
        if sentence and (sentence.endswith("?") or _INDIRECT.search(sentence)):
            found.append(sentence)
    return found
