"""A chat app's own copy of a DM: the lines only one app writes, which say where a pasted text came from when no
From: line names the app.

- WhatsApp (an exported chat, or lines copied from WhatsApp Web or the desktop app): every message on a line that
  opens with its date and time and the sender's name - "[01/12/2026, 09:14:05] Ana Sousa: Hi Dana",
  "[9:14 AM, 12/1/2026] Ana Sousa: Hi Dana", "12/1/26, 9:14 AM - Ana Sousa: Hi Dana".
- Telegram (the desktop app's copy): the sender's name and the date and time in brackets on a line of their own,
  "Ana Sousa, [01.12.26 09:14]", the words below it.
- LinkedIn (a conversation copied from the messaging page): "Ana Sousa sent the following message at 9:14 AM",
  "View Ana's profile" - words the page writes for screen readers and a copy keeps.
- Slack: the sender's name and the time on one header line, "Ana Sousa  9:14 AM" or "Ana Sousa [9:14 AM]", the
  words below it (a name on a line and the time on the next is written by LinkedIn too: it names no one app).

The mark must open the text (a mail that quotes a WhatsApp line is still a mail). Instagram, Messenger, Signal and
a phone's messages write no line of their own into a copy: a paste from them names its app in its From: line.
"""

from __future__ import annotations

import re
from typing import NamedTuple


class ChatCopy(NamedTuple):
    app: str  # the app's key in kindly.channels.DM_APPS: "whatsapp"
    sender: str  # who wrote first: "Ana Sousa"
    text: str  # the DM's words: without the app's own lines where one person wrote them all; else as pasted


_INVISIBLE = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_DATE = r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}"
_CLOCK = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[\s\u202f]*[ap]\.?\s?m\.?)?"
_WRITER = r"(?P<name>[^:\[\]\n]{1,60}?)"  # a name or a phone number, never a colon
_WHATSAPP = re.compile(
    rf"^(?:\[(?:{_DATE},?\s+{_CLOCK}|{_CLOCK},?\s+{_DATE})\]\s*|{_DATE},?\s+{_CLOCK}\s+[-–]\s+){_WRITER}:\s(?P<words>.*)$",
    re.IGNORECASE,
)
_WHATSAPP_NOTICE = (
    re.compile(  # a line of the chat's own ("... - Messages and calls are end-to-end encrypted")
        rf"^(?:\[(?:{_DATE},?\s+{_CLOCK}|{_CLOCK},?\s+{_DATE})\]\s*|{_DATE},?\s+{_CLOCK}\s+[-–]\s+)",
        re.IGNORECASE,
    )
)
_TELEGRAM = re.compile(rf"^{_WRITER},\s*\[{_DATE}\s+{_CLOCK}\]$", re.IGNORECASE)
_LINKEDIN_SENT = re.compile(
    rf"^{_WRITER}\s+sent\s+the\s+following\s+messages?\s+at\s+{_CLOCK}$", re.IGNORECASE
)
_LINKEDIN_VIEW = re.compile(r"^view\s+(?P<name>[^:\n]{1,60}?)[’']s?\s+profile$", re.IGNORECASE)
_SLACK = re.compile(
    rf"^{_WRITER}(?:\s{{2,}}|\s*\[)(?P<time>\d{{1,2}}:\d{{2}}(?:\s*[ap]m)?)\]?$", re.IGNORECASE
)
_NAME = re.compile(r"^(?:\+?[\d ()-]{7,}|[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,4})$")


def read_chat_copy(text: str) -> ChatCopy | None:
    """The app whose copy `text` is, who wrote it and their words; None where it opens with no app's own line."""
    lines = [_INVISIBLE.sub("", line).rstrip() for line in text.strip().split("\n")]
    if not lines or not lines[0].strip():
        return None
    readers = (("whatsapp", _whatsapp), ("telegram", _telegram), ("linkedin", _linkedin), ("slack", _slack))
    for app, reader in readers:  # LinkedIn's before Slack's: a LinkedIn copy has name-and-time lines too
        found = reader(lines)
        if found:
            return ChatCopy(app, *found)
    return None


_PRONOUNS = re.compile(r"\s*\([^()]{1,20}\)$")  # "Ana Sousa (She/Her)"


def _named(match: re.Match[str] | None) -> str:
    """The writer's name a header line gives; "" where what stands there is no name."""
    name = _PRONOUNS.sub("", " ".join(match.group("name").split())) if match else ""
    return name if _NAME.match(name) else ""


def _result(writers: list[str], words: list[str], text: list[str]) -> tuple[str, str] | None:
    """(the first writer, their words where they wrote alone, else the text as pasted)."""
    if not writers:
        return None
    alone = len(set(writers)) == 1
    return writers[0], "\n".join(words if alone else text).strip()


def _whatsapp(lines: list[str]) -> tuple[str, str] | None:
    notices = 0  # the chat's own lines on top ("Messages and calls are end-to-end encrypted")
    while (
        notices < len(lines) - 1
        and _WHATSAPP_NOTICE.match(lines[notices])
        and not _WHATSAPP.match(lines[notices])
    ):
        notices += 1
    if not _named(_WHATSAPP.match(lines[notices].strip())):
        return None
    writers: list[str] = []
    words: list[str] = []
    for line in lines:
        match = _WHATSAPP.match(line.strip())
        if match and _named(match):
            writers.append(_named(match))
            words.append(match.group("words"))
        elif not _WHATSAPP_NOTICE.match(line.strip()):
            words.append(line)  # a message's next line
    return _result(writers, words, lines)


def _telegram(lines: list[str]) -> tuple[str, str] | None:
    if not _named(_TELEGRAM.match(lines[0].strip())):
        return None
    writers: list[str] = []
    words: list[str] = []
    for line in lines:
        name = _named(_TELEGRAM.match(line.strip()))
        if name:
            writers.append(name)
        else:
            words.append(line)
    return _result(writers, words, lines)


def _linkedin(lines: list[str]) -> tuple[str, str] | None:
    if not (_LINKEDIN_SENT.match(lines[0].strip()) or _LINKEDIN_VIEW.match(lines[0].strip())):
        return None
    writers: list[str] = []
    words: list[str] = []
    for line in lines:
        sent = _named(_LINKEDIN_SENT.match(line.strip()))
        if sent:
            writers.append(sent)
        elif _LINKEDIN_VIEW.match(line.strip()):
            pass
        elif writers and (line.strip() == writers[-1] or _named(_SLACK.match(line.strip())) == writers[-1]):
            pass  # the writer's name again above their words, alone or with the time
        else:
            words.append(line)
    if not writers:  # "View Ana's profile" on top, the name read from it
        view = _LINKEDIN_VIEW.match(lines[0].strip())
        name = " ".join(view.group("name").split()) if view else ""
        if not _NAME.match(name):
            return None
        full = next(
            (" ".join(line.split()) for line in lines[1:4] if line.strip().split()[:1] == name.split()[:1]),
            name,
        )  # its blanks made one: a run of them before "(she/her)" would be read again from every start
        writers = [_named(_SLACK.match(full)) or _PRONOUNS.sub("", full)]
        words = [line for line in lines[1:] if " ".join(line.split()) != full]
    return _result(writers, words, lines)


def _slack(lines: list[str]) -> tuple[str, str] | None:
    if not _named(_SLACK.match(lines[0].strip())):
        return None
    writers: list[str] = []
    words: list[str] = []
    for line in lines:
        name = _named(_SLACK.match(line.strip()))
        if name:
            writers.append(name)
        else:
            words.append(line)
    return _result(writers, words, lines)
