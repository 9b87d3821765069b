"""Gaps the sixteenth session left: a chat app's own copy names its app; a never-rule, a decline's resource and
a recording's times read the sender's words by what they mean, not only word for word."""

from __future__ import annotations

import json

import pytest

from kindly.ingest.pasted import parse_pasted
from support import Kindly, triaged

# -- 1. a chat app's own copy names the app it came from ---------------------------------------------------------

# a studio owner asks Dana (examples/profile.toml: a fractional CFO for design studios) for a call: a yes
ASK = (
    "Hi Dana, I run a small design studio in Austin and keep hearing your name for studio finances.",
    "Would you be open to a call next week about cash-flow forecasting for us? We are 12 people.",
)


def drafts(kindly: Kindly) -> list[dict[str, str]]:
    result = kindly("drafts", "--json")
    assert result.exit_code == 0, result.output
    listed: list[dict[str, str]] = json.loads(result.stdout)
    return listed


@pytest.mark.parametrize(
    ("copy", "channel", "to"),
    [
        pytest.param(  # an exported WhatsApp chat (iPhone): date, time and name before every message
            f"[01/12/2026, 09:14:05] Ana Sousa: {ASK[0]}\n[01/12/2026, 09:14:40] Ana Sousa: {ASK[1]}\n",
            "whatsapp",
            "WhatsApp: Ana Sousa",
            id="whatsapp-export-iphone",
        ),
        pytest.param(  # an Android export, with the chat's own notice on top and a message on two lines
            "12/1/26, 9:10\u202fAM - Messages and calls are end-to-end encrypted. No one outside of this chat can"
            f" read them.\n12/1/26, 9:14\u202fAM - Ana Sousa: {ASK[0]}\n{ASK[1]}\n",
            "whatsapp",
            "WhatsApp: Ana Sousa",
            id="whatsapp-export-android",
        ),
        pytest.param(  # copied from WhatsApp Web: the time before the date
            f"[9:14 AM, 12/1/2026] Ana Sousa: {ASK[0]} {ASK[1]}\n",
            "whatsapp",
            "WhatsApp: Ana Sousa",
            id="whatsapp-web",
        ),
        pytest.param(  # Telegram Desktop's copy: the name and the bracketed date on a line of their own
            f"Ana Sousa, [01.12.26 09:14]\n{ASK[0]}\n{ASK[1]}\n",
            "telegram",
            "Telegram: Ana Sousa",
            id="telegram",
        ),
        pytest.param(  # LinkedIn's messaging page: the screen reader's lines come with the copy
            "Ana Sousa sent the following message at 9:14 AM\nView Ana’s profile\nAna Sousa\n"
            f"Ana Sousa (She/Her)  9:14 AM\n{ASK[0]}\n{ASK[1]}\n",
            "linkedin",
            "LinkedIn: Ana Sousa",
            id="linkedin",
        ),
        pytest.param(  # Slack: the name and the time on one header line
            f"Ana Sousa  9:14 AM\n{ASK[0]}\n{ASK[1]}\n", "slack", "Slack: Ana Sousa", id="slack"
        ),
    ],
)
def test_a_chat_apps_own_copy_is_answered_in_that_app(
    kindly: Kindly, copy: str, channel: str, to: str
) -> None:
    [record] = triaged(kindly, "-", input=copy)
    assert record["decision"] == "accept", record["reason"]
    assert record["from"] == "Ana Sousa"  # the writer the copy names
    [draft] = drafts(kindly)
    assert (draft["channel"], draft["to"]) == (channel, to)  # not an e-mail to no one
    assert draft["text"].startswith("Hi Ana,")
    assert draft["text"].rstrip().endswith("Dana") and len(draft["text"]) <= 600
    assert "9:14" not in draft["text"] and "sent the following" not in draft["text"]


def test_the_app_s_own_lines_are_not_read_as_the_sender_s_words() -> None:
    copy = f"[01/12/2026, 09:14:05] Ana Sousa: {ASK[0]}\n[01/12/2026, 09:14:40] Ana Sousa: {ASK[1]}\n"
    message = parse_pasted(copy.encode(), "pasted")
    assert (message.channel, message.from_name) == ("whatsapp", "Ana Sousa")
    assert message.body == "\n".join(ASK)


def test_a_whatsapp_conversation_keeps_both_voices_and_its_app() -> None:
    copy = (
        "[01/12/2026, 09:14] Ana Sousa: Hi Dana, could we talk about our studio's cash flow?\n"
        "[01/12/2026, 09:20] Dana Reyes: Hi Ana, happy to - what is on your mind?\n"
    )
    message = parse_pasted(copy.encode(), "pasted")
    assert (message.channel, message.from_name) == ("whatsapp", "Ana Sousa")
    assert "Dana Reyes: Hi Ana, happy to" in message.body  # who said what stays readable


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"{ASK[0]}\n{ASK[1]}\n\nAna Sousa\n", id="no-mark-at-all"),
        pytest.param(  # the shared copy of Slack and LinkedIn: a name on a line, the time on the next
            f"Ana Sousa\n9:14 AM\n{ASK[0]}\n{ASK[1]}\n", id="name-then-time-names-no-one-app"
        ),
        pytest.param(  # a mail that quotes a WhatsApp line is still a mail
            f"{ASK[0]}\nMy partner forwarded me this:\n[01/12/2026, 09:14] Ana Sousa: call Dana\n{ASK[1]}\n",
            id="quoted-whatsapp-line",
        ),
        pytest.param(f"Meeting notes 9:14 AM\n{ASK[0]}\n", id="one-space-before-the-time"),
    ],
)
def test_a_paste_without_an_app_s_own_mark_stays_a_paste(text: str) -> None:
    assert parse_pasted(text.encode(), "pasted").channel == "text"


def test_a_from_line_with_an_address_above_a_whatsapp_copy_is_still_answered_by_e_mail() -> None:
    copy = f"From: Ana Sousa <ana@sousa-studio.example>\n\n[01/12/2026, 09:14:05] Ana Sousa: {ASK[0]}\n"
    message = parse_pasted(copy.encode(), "pasted")
    assert (message.channel, message.from_addr) == ("text", "ana@sousa-studio.example")
