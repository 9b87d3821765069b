"""Coverage a creator offers the user's campaign: "I stream cosy and narrative games on Twitch
(twitch.tv/fennaplays) ... Would you be up for me streaming the demo?", "I review indie games on my YouTube channel
(youtube.com/@...)". The model often reads such a mail as a pitch (a creator describes what they do and asks for
something), yet to a goal of press and streamer coverage it is the very reach sought. Only a creator who shows
where the coverage appears - a link to their channel, or a key service to request through - counts: a "YouTuber"
who shows none is how a key reseller writes (decide.key_resale).

Pure: reads the message's words. Every pattern is linear (bounded gaps only).
"""

from __future__ import annotations

import re

from kindly.decide.key_resale import channel_shown
from kindly.gated import gated

_F = re.IGNORECASE

# The sender making content themselves: "I stream ... on Twitch", "I make videos about indie games", "I'm a
# YouTuber", "on my channel", "our podcast".
_CREATOR = r"(?:streamer|youtuber|content creator|video creator|tiktoker|let's player|podcaster|curator)"
_MAKES_CONTENT = gated(
    re.compile(
        rf"\bi(?:'m|’m| am)\s+(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?{_CREATOR}s?\b|"
        r"\bi\s+(?:stream|make\s+videos|make\s+content|record|review|cover|play)\b[^.!?\n]{0,80}?"
        r"\b(?:on|for)\s+(?:twitch|youtube|tiktok|kick|my\s+channel|my\s+stream|our\s+channel)\b|"
        r"\b(?:on|for)\s+(?:my|our)\s+(?:twitch\s+|youtube\s+)?(?:channel|stream|streams)\b",
        _F,
    )
)


def coverage_offered(text: str) -> str:
    """The words in which a creator says they make content and shows where (see the module), or ""."""
    found = _MAKES_CONTENT.search(text)
    if found is None or not channel_shown(text):
        return ""
    return " ".join(found.group(0).split())
