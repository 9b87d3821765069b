"""The game-key request of a key reseller: a "YouTuber" or "Steam curator" who asks a developer for several keys
("Please send me 5 Steam keys so I can do a giveaway", "send 10 keys to this email so our curators can play"),
for their own use, writes to no one by name ("Hello dev", "Hi,") and links no channel where the coverage would
appear. The keys are sold on grey-market sites the day they arrive, and a reply only tells the sender the address
is read. A real creator names the developer, links their channel, or asks for one key through a key service; any
one of those makes the request an ordinary one, to weigh as coverage.

Pure: reads the message's words. Every pattern is linear (bounded gaps only).
"""

from __future__ import annotations

import re

from kindly.gated import gated

_F = re.IGNORECASE

# Several keys asked: "5 Steam keys", "10 keys", "a few review keys", "keys for my team", "keys for a giveaway".
_COUNT = r"(?:[2-9]|[1-9]\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twenty|several|multiple|a\s+few|some)"
_KEY_WORDS = r"(?:(?:steam|game|review|press|product|cd|activation|extra|free)\s+){0,2}keys\b"
_SEVERAL_KEYS = gated(
    re.compile(
        rf"\b{_COUNT}\s+{_KEY_WORDS}|\bkeys\s+(?:for|to)\s+(?:a\s+|my\s+|our\s+|the\s+)?(?:[\w-]+\s+)?"
        r"(?:giveaways?|team|friends|curators|moderators|members|subscribers|followers|viewers|community)\b",
        _F,
    )
)
# ...keys to a game, not to a door ("drop off the two keys for the flat"): the words of coverage around them
_COVERAGE_WORDS = re.compile(
    r"\b(?:steam|games?|review\w*|stream\w*|curators?|giveaways?|youtub\w+|twitch|channel|subscribers|followers)\b",
    _F,
)
# ...for the sender's own use: "send me", "for our curators", "so I can do a giveaway", "to this email" (a PR
# agency's "3 press keys for the journalists on the list" is for others)
_FOR_THEMSELVES = re.compile(
    r"\b(?:send|give|provide|share|e-?mail)\s+(?:me|us)\b|\bfor\s+(?:me|us|my|our)\b|\bso\s+(?:i|we|my|our)\b|"
    r"\bto\s+this\s+(?:e-?mail|address)\b|\b(?:could|can|may)\s+(?:i|we)\s+(?:get|have|receive)\b",
    _F,
)
# A greeting to no one by name, on a line of its own: "Hello dev", "Dear Developer", "Hi,", "Hi there" (not
# "Hi team", a colleague's)
_NAMELESS_GREETING = re.compile(
    r"^[ \t]*(?:hi|hello|hey|dear|greetings)(?:[ \t]+(?:dev|devs|developers?|there|sir|madam|"
    r"game[ \t]+(?:dev|developer)s?))?[ \t]*[,!.:]?[ \t]*$",
    _F | re.MULTILINE,
)
# Where a creator's coverage appears: a link to a channel or a curator page, or a key service to request through.
_CHANNEL_SHOWN = re.compile(
    r"\b(?:twitch\.tv|youtube\.com|youtu\.be|tiktok\.com|kick\.com|instagram\.com|x\.com|twitter\.com|"
    r"store\.steampowered\.com/curator|keymailer|woovit|lurkit|terminals\.io)\b",
    _F,
)


def key_resale_cue(text: str) -> str | None:
    """The words in which a key reseller asks for several game keys (see the module), or None: one who greets the
    reader by name, shows a channel or asks through a key service is not one."""
    found = _SEVERAL_KEYS.search(text)
    if (
        found is None
        or channel_shown(text)
        or not _COVERAGE_WORDS.search(text)
        or not _FOR_THEMSELVES.search(text)
    ):
        return None
    # the greeting is among the first lines (the evidence text opens with the subject, which may be empty)
    opening = "\n".join([line for line in text.splitlines() if line.strip()][:_GREETING_WITHIN])
    greeting = _NAMELESS_GREETING.search(opening)
    if greeting is None:
        return None
    return f'"{greeting.group(0).strip()}", "{" ".join(found.group(0).split())}"'


_GREETING_WITHIN = 3  # first lines of the text a greeting is looked for in


def channel_shown(text: str) -> bool:
    """Whether a message shows where a creator's coverage appears: a link to a channel or a curator page, or a key
    service to request through."""
    return _CHANNEL_SHOWN.search(text) is not None
