"""A message pasted from Instagram, WhatsApp, Messenger, X, TikTok, Slack, Signal, Telegram or a phone's texts is
answered there, as LinkedIn messages are: the app named in the From line's note ("Marcus Reid (WhatsApp)", "Pedro
Almeida (Instagram @chef.pedroalmeida)") or in the subject ("Instagram DM") makes the draft a short direct message
for that app - no subject, signed with a name, shown as one to paste into the app - and never an e-mail to no one.
Nothing is sent: the user copies it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kindly.channels import DM_APPS
from kindly.ingest.headers import reply_channel
from kindly.ingest.pasted import parse_pasted
from kindly.model import Draft
from kindly.reply.check import check_draft
from support import EXAMPLE_PROFILE, EXAMPLE_PROFILE_FILE, Kindly, profile_file, triaged

# a studio owner asks Dana (examples/profile.toml: a fractional CFO for design studios) for a call: a yes
ASK = """\
Hi Dana - I run a small design studio in Austin and keep hearing your name for studio finances. Would you be
open to a call next week about cash-flow forecasting for us? We are 12 people.
"""


def pasted(sender: str, subject: str = "") -> str:
    top = f"From: {sender}\n" + (f"Subject: {subject}\n" if subject else "")
    return f"{top}Date: Wed, 25 Nov 2026 13:05:00 -0600\n\n{ASK}"


def drafts(kindly: Kindly) -> list[dict[str, str]]:
    result = kindly("drafts", "--json")
    assert result.exit_code == 0, result.output
    listed: list[dict[str, str]] = json.loads(result.stdout)
    return listed


def shown(kindly: Kindly, pk: str = "1") -> str:
    result = kindly("show", pk)
    assert result.exit_code == 0, result.output
    return " ".join(result.stdout.split())


def test_a_pasted_whatsapp_message_gets_a_whatsapp_draft_to_paste_there(kindly: Kindly) -> None:
    [record] = triaged(kindly, "-", input=pasted("Marcus Reid (WhatsApp)", "WhatsApp message"))
    assert record["decision"] == "accept", record["reason"]
    [draft] = drafts(kindly)
    assert draft["channel"] == "whatsapp"
    assert draft["to"] == "WhatsApp: Marcus Reid"  # not "" as an e-mail to no one
    assert draft["text"].startswith("Hi Marcus,")
    assert draft["text"].rstrip().endswith("Dana") and len(draft["text"]) <= 600
    page = shown(kindly)
    assert "Draft (pending, whatsapp - paste it into WhatsApp" in page
    assert "Subject: Re: WhatsApp message" not in page  # a DM has no subject


def test_an_instagram_handle_in_the_from_line_is_enough_to_answer_on_instagram(kindly: Kindly) -> None:
    # no Subject line: the note beside the name says where it came from
    [record] = triaged(kindly, "-", input=pasted("Pedro Almeida (Instagram @chef.pedroalmeida)"))
    assert record["decision"] == "accept", record["reason"]
    [draft] = drafts(kindly)
    assert (draft["channel"], draft["to"]) == ("instagram", "Instagram: Pedro Almeida")
    assert draft["text"].startswith("Hi Pedro,")


@pytest.mark.parametrize(
    ("sender", "subject", "channel"),
    [
        ("TorontoTopRealtors (Instagram)", "", "instagram"),
        ("Priya Sandhu", "Instagram DM", "instagram"),
        ("Ana Ruiz (via Messenger)", "", "messenger"),
        ("Ana Ruiz", "Facebook message", "messenger"),
        ("Sam Lee", "DM on X", "x"),
        ("Sam Lee (Twitter @samlee)", "", "x"),
        ("Sofia Marin (TikTok: @sofia.eats)", "", "tiktok"),
        ("Jo Park via Slack", "", "slack"),
        ("Jo Park", "Signal message", "signal"),
        ("Jo Park (Telegram)", "", "telegram"),
        ("Jo Park", "Text message", "sms"),
        ("Jo Park (SMS)", "", "sms"),
        ("Pilar Sanz (LinkedIn)", "", "linkedin"),  # as before
    ],
)
def test_each_app_named_where_a_mail_names_its_sender_or_subject_is_the_reply_channel(
    sender: str, subject: str, channel: str
) -> None:
    assert reply_channel("text", "", sender, subject) == channel


@pytest.mark.parametrize(
    ("sender", "subject"),
    [
        ("Jo Hart (Signal Hill Partners)", ""),  # a firm's name beginning with an app's word
        ("Malcolm X", ""),  # a name, not the app
        ("Jo Hart", "Join our WhatsApp group for studio owners"),  # an app mentioned, not the message's own
        ("Jo Hart", "Coffee next week?"),  # no app at all
        ("Alex Rivera (@alexandjordan.getmarried)", ""),  # a handle with no app: nothing tells which
    ],
)
def test_a_paste_that_names_no_app_it_came_from_stays_a_paste(sender: str, subject: str) -> None:
    message = parse_pasted(pasted(sender, subject).encode(), "pasted")
    assert message.channel == "text"


def test_a_sender_written_via_an_app_is_listed_by_name(kindly: Kindly) -> None:
    triaged(kindly, "-", input=pasted("Jo Park via Slack"))
    [draft] = drafts(kindly)
    assert (draft["channel"], draft["to"]) == ("slack", "Slack: Jo Park")
    assert draft["text"].startswith("Hi Jo,")


def test_a_paste_naming_no_app_and_no_address_is_still_drafted_as_an_e_mail(kindly: Kindly) -> None:
    # nothing says where it came from: the user gets an e-mail draft to address or copy, as before
    [record] = triaged(kindly, "-", input=pasted("Priya Shah", "Coffee about studio finance?"))
    assert record["decision"] == "accept", record["reason"]
    [draft] = drafts(kindly)
    assert (draft["channel"], draft["to"]) == ("email", "")
    assert "Draft (pending, email" in shown(kindly)


def test_a_dm_that_gives_an_address_is_answered_by_e_mail(kindly: Kindly) -> None:
    [record] = triaged(kindly, "-", input=pasted("Marcus Reid <marcus@beaches.example>", "WhatsApp message"))
    assert record["decision"] == "accept", record["reason"]
    [draft] = drafts(kindly)
    assert (draft["channel"], draft["to"]) == ("email", "Marcus Reid <marcus@beaches.example>")


def test_exporting_drafts_skips_an_instagram_dm_with_where_to_paste_it(
    kindly: Kindly, tmp_path: Path
) -> None:
    triaged(kindly, "-", input=pasted("Pedro Almeida (Instagram @chef.pedroalmeida)", "Instagram DM"))
    [draft] = drafts(kindly)
    result = kindly(
        "drafts", "export", "--mbox", str(tmp_path / "out.mbox"), "--profile", str(EXAMPLE_PROFILE_FILE)
    )
    assert f"draft #{draft['id']} is an Instagram message: paste it into Instagram yourself" in result.stderr
    assert not (tmp_path / "out.mbox").exists() or b"Pedro" not in (tmp_path / "out.mbox").read_bytes()


def test_a_dm_is_signed_with_a_name_not_the_e_mail_signature_block(kindly: Kindly, tmp_path: Path) -> None:
    block = 'signature = """Dana Reyes\nReyes Studio Finance - fractional CFO\n+1 503 555 0142"""'
    toml = EXAMPLE_PROFILE_FILE.read_text().replace('signature = "Dana"', block)
    profile = profile_file(toml, tmp_path)
    triaged(kindly, "-", input=pasted("Marcus Reid (WhatsApp)"), profile=profile)
    triaged(
        kindly, "-", input=pasted("Marcus Reid <marcus@beaches.example>", "Studio finance"), profile=profile
    )
    dm, mail = drafts(kindly)
    assert dm["text"].rstrip().endswith("Dana Reyes") and "555" not in dm["text"]
    assert mail["text"].rstrip().endswith("+1 503 555 0142")  # an e-mail keeps the whole block


def test_the_checker_holds_a_dm_to_its_apps_length_and_to_no_subject() -> None:
    message = parse_pasted(pasted("Jo Park", "Text message").encode(), "pasted")
    long = "Hi Jo,\n\n" + "Thanks so much for thinking of me - " * 14 + "\n\nBest,\nDana\n"
    text = check_draft(Draft(text=long, steps=("accept",), channel="sms"), message, EXAMPLE_PROFILE)
    assert f"{len(long)} characters, over 480 for a text message" in text.problems
    titled = Draft(
        text="Hi Jo,\n\nYes, gladly.\n\nBest,\nDana\n", steps=("accept",), channel="sms", subject="Re: x"
    )
    assert (
        "has a subject, which a text message does not"
        in check_draft(titled, message, EXAMPLE_PROFILE).problems
    )
    # within the limit an Instagram message of the same words is fine
    assert len(long) <= DM_APPS["instagram"].limit
    instagram = check_draft(
        Draft(text=long, steps=("accept",), channel="instagram"), message, EXAMPLE_PROFILE
    )
    assert not any("characters" in problem for problem in instagram.problems)
