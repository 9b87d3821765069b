"""How senders describe themselves in their opening: "I'm the co-founder of LedgerLeaf, a Milwaukee fintech startup",
"Dana here - a broker in commercial real estate". What they are, not what they do for others: "I'm a bookkeeper who
works with startup founders" describes a bookkeeper.

Pure: reads text only.
"""

from __future__ import annotations

import re

from kindly.decide.words import content_stems, fold

# "I'm ...", "I am ...", "Dana here - ..." up to the end of the sentence
_SELF_SAID = re.compile(r"(?:\bhere\s*[-–—,:]+\s*|\bi(?:'m|’m| am)\s+)(?P<who>[^.;!?\n]{3,160})")
# where a description turns to whom they serve or what they do ("... who works with founders", "... that helps")
_TURNS_TO_OTHERS = re.compile(r"\s(?:who|that|which|helping|serving|for|with|to|and\s+i)\s")
# ...and what a sender says they are not: "I'm not a startup founder myself", "I'm no longer a founder"
_DENIED = re.compile(r"(?:not|no longer|never|neither)\b")
# "co-founder" is a founder, "co-owner" an owner
_CO = re.compile(r"^co-?")


def self_descriptions(text: str) -> list[str]:
    """What the sender says they are in the opening lines, each cut before whom they serve (never what they say
    they are not)."""
    opening = fold(" ".join(text[:800].split()))
    return [
        _TURNS_TO_OTHERS.split(found.group("who"), 1)[0].strip()
        for found in _SELF_SAID.finditer(opening)
        if not _DENIED.match(found.group("who"))
    ]


def described_as(wanted: frozenset[str], text: str) -> str:
    """The sender's own description of themselves that has every one of the `wanted` stems ({startup, found} of
    "startup founders"), or ""."""
    if not wanted:
        return ""
    for said in self_descriptions(text):
        if wanted <= {_CO.sub("", stem) for stem in content_stems(said)}:
            return said
    return ""
