"""General words a message implies by naming a kind of them ("branding" is design, "machinery" equipment), so
that goal fit meets a goal written in general words, a never-rule's word is met by the message's own words for it
("demos": "a walkthrough of our platform") and a resource by what a sender is after. The table is data:
`data/related_words.txt`."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

from kindly.decide.words import content_stems, fold

_TABLE = Path(__file__).parent / "data" / "related_words.txt"


@lru_cache(maxsize=1)
def _table() -> tuple[re.Pattern[str], Mapping[str, frozenset[str]]]:
    """(one pattern for every specific phrase, each phrase's general stems)."""
    general_of: dict[str, set[str]] = {}
    for line in _TABLE.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        general, _, specifics = line.partition(":")
        for phrase in (fold(p).strip() for p in _expanded(specifics)):
            if phrase:
                general_of.setdefault(phrase, set()).update(content_stems(general))
    # the longest phrase first, so that "motion graphics" is read before "motion"
    alternatives = "|".join(re.escape(p) for p in sorted(general_of, key=len, reverse=True))
    # a word of its own: not inside another ("e-commerce"), but after a number ("a 1,200-word feature")
    pattern = re.compile(rf"(?<![a-z0-9])(?<![a-z]-)({alternatives})(?:s|es|d|ed)?(?![a-z0-9-])")
    return pattern, MappingProxyType({p: frozenset(s) for p, s in general_of.items()})


_CHOICE = re.compile(r"\{([^{}]*)\}")


def _expanded(specifics: str) -> list[str]:
    """The phrases of a table line: "walkthrough of {our|the} {platform|product}" is four."""
    phrases = []
    for phrase in _CHOICE.sub(lambda m: m.group(0).replace(",", "|"), specifics).split(","):
        choice = _CHOICE.search(phrase)
        if choice is None:
            phrases.append(phrase)
            continue
        head, tail = phrase[: choice.start()], phrase[choice.end() :]
        phrases.extend(p for option in choice.group(1).split("|") for p in _expanded(f"{head}{option}{tail}"))
    return phrases


def implied_stems(folded: str) -> Mapping[str, str]:
    """{general stem: the message's own word for it} for the specific words a folded text uses."""
    pattern, general_of = _table()
    implied: dict[str, str] = {}
    for match in pattern.finditer(folded):
        for general in general_of[match.group(1)]:
            implied.setdefault(general, match.group(1))
    return implied
