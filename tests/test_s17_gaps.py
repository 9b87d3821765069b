"""Gaps the sixteenth session left: a chat app's own copy names its app; a never-rule, a decline's resource and
a recording's times read the sender's words by what they mean, not only word for word."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kindly.ingest.pasted import parse_pasted
from personas import Table, goal, middle_school_principal_profile, resource
from support import EXAMPLE_PROFILE_FILE, Kindly, eml, profile_file, triaged, triaged_one

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


# -- 2. a never-rule's words met by the message's own words for them ---------------------------------------------

PRINCIPAL = middle_school_principal_profile()


def mail(
    tmp_path: Path, body: str, sender: str, subject: str, to: str = "malvarez@lincoln-ms.example"
) -> Path:
    return eml(tmp_path / "mail.eml", body, sender=sender, subject=subject, date=SENT, to=to)


SENT = "Mon, 30 Nov 2026 08:05:00 -0600"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Hi Ms. Alvarez,\n\nI'm Kyle with Brightpath Learning. Could I book a 30-minute walkthrough of our\n"
            "platform on Tuesday, December 8 at 10am? It takes attendance follow-up off your office's plate.\n\n"
            "Best,\nKyle Brandt\nAccount Executive, Brightpath Learning",
            id="a-walkthrough-of-our-platform",
        ),
        pytest.param(
            "Hi Ms. Alvarez,\n\nI'd love 20 minutes to show you the product - schools like yours cut chronic\n"
            "absence by a third with it. Would Thursday, December 10 at 1pm work?\n\n"
            "Kyle Brandt\nAccount Executive, Brightpath Learning",
            id="show-you-the-product",
        ),
    ],
)
def test_a_vendor_s_demo_in_other_words_falls_under_the_rule(
    kindly: Kindly, tmp_path: Path, body: str
) -> None:
    record = triaged_one(
        kindly,
        mail(tmp_path, body, "Kyle Brandt <kyle@brightpath.example>", "Attendance at Lincoln"),
        profile=profile_file(PRINCIPAL, tmp_path),
    )
    assert record["decision"] == "decline", record["reason"]
    assert "vendor demos during school hours" in record["reason"], record["reason"]


@pytest.mark.parametrize(
    ("body", "sender"),
    [
        pytest.param(  # the principal is asked to give the demo
            "Hi Marisol,\n\nI'm chairing the attendance panel at the Texas Middle School Principals Conference. Would\n"
            "you present your school's attendance work there - a short talk with a live demo of your dashboard - on\n"
            "Tuesday, December 8 at 10am?\n\nWarmly,\nJen Ortiz\nProgram chair, TMSPC",
            "Jen Ortiz <jen@tmspc.example>",
            id="a-demo-she-is-asked-to-give",
        ),
        pytest.param(  # a colleague shows the staff a tool the school already has
            "Hi Marisol,\n\nI'll demo the new gradebook features for the teachers at Tuesday's staff meeting\n"
            "(December 8, 10am) - could you join for the first ten minutes?\n\nThanks,\nRob\nAssistant Principal",
            "Rob Tate <rtate@lincoln-ms.example>",
            id="a-colleague-s-internal-demo",
        ),
        pytest.param(  # a venue shown round, not a product
            "Hi Marisol,\n\nFor your principals' roundtable, I'm happy to give you a walkthrough of the venue on\n"
            "Tuesday, December 8 at 10am so you can see the rooms.\n\nBest,\nDee Park\nEvents, Riverside Hall",
            "Dee Park <dee@riversidehall.example>",
            id="a-walkthrough-of-a-venue",
        ),
    ],
)
def test_a_demo_or_walkthrough_that_is_no_vendor_s_is_not_ruled_out(
    kindly: Kindly, tmp_path: Path, body: str, sender: str
) -> None:
    record = triaged_one(
        kindly, mail(tmp_path, body, sender, "Tuesday morning?"), profile=profile_file(PRINCIPAL, tmp_path)
    )
    assert "vendor demos during school hours" not in record["reason"], record["reason"]


def example_profile_with_never(rule: str, tmp_path: Path) -> Path:
    """Dana's profile of the examples with `rule` first among her never-rules."""
    toml = EXAMPLE_PROFILE_FILE.read_text().replace(
        "[[never]]", f'[[never]]\nwhat = "{rule}"\n\n[[never]]', 1
    )
    return profile_file(toml, tmp_path)


def test_a_paid_partnership_is_sponsored_content(kindly: Kindly, tmp_path: Path) -> None:
    profile = example_profile_with_never("sponsored content", tmp_path)
    body = (
        "Hi Dana,\n\nWe're launching Glow Theory, a skincare line for busy founders, and would love a paid\n"
        "partnership with you: one reel and two Instagram stories in December, $800.\n\nXo,\nMia\nGlow Theory"
    )
    record = triaged_one(
        kindly,
        eml(tmp_path / "m.eml", body, sender="Mia <mia@glowtheory.example>", subject="Collab?", date=SENT),
        profile=profile,
    )
    assert record["decision"] == "decline", record["reason"]
    assert "sponsored content" in record["reason"], record["reason"]


def test_a_quick_call_to_see_if_a_solution_fits_is_a_cold_sales_call(kindly: Kindly, tmp_path: Path) -> None:
    profile = example_profile_with_never("cold sales calls", tmp_path)
    body = (
        "Hi Dana,\n\nI'm Kyle from LedgerFlow - we automate month-end close for finance teams. Would you be open\n"
        "to a quick call next week to see if our solution fits your practice?\n\nKyle Brandt\nLedgerFlow"
    )
    record = triaged_one(
        kindly,
        eml(
            tmp_path / "m.eml", body, sender="Kyle <kyle@ledgerflow.example>", subject="Month-end", date=SENT
        ),
        profile=profile,
    )
    assert record["decision"] == "decline", record["reason"]
    assert "cold sales calls" in record["reason"], record["reason"]


# -- 3. a decline's resource found by what the sender is after, said in other words ------------------------------

ATTENDANCE_PLAYBOOK = resource(
    "Attendance playbook",
    "The tiered plan we used at Lincoln: family outreach, mentors and small incentives",
    "https://lincoln-ms.example/attendance-playbook",
    "school leaders working on attendance",
)
GENERIC_RESOURCES = [
    resource(
        "Family night guide",
        "How we run family nights that parents actually come to",
        "https://lincoln-ms.example/family-nights",
        "teachers planning family nights",
    ),
    resource(
        "Fire drill plan",
        "Our drill calendar and checklist",
        "https://lincoln-ms.example/drills",
        "teachers running drills",
    ),
]
TEACHER_LED_PD = goal(
    "find_community",
    "Principals building teacher-led professional development",
    ["principals", "professional development"],
    1,
)
THESIS = (
    "Hi Dr. Alvarez,\n\nI'm a master's student at UT Austin writing my thesis on chronic absenteeism in middle\n"
    "grades. Could we have a 30-minute call next week? Is there a guide or a plan you'd recommend on chronic\n"
    "absenteeism?\n\nThank you,\nPriya Nair"
)


def busy_principal(tmp_path: Path, resources: list[Table]) -> Path:
    """The principal with one networking hour, a goal of teacher-led professional development and no rules."""
    toml = middle_school_principal_profile(
        weekly_networking_hours=1, own_domains=None, goals=[TEACHER_LED_PD], never=[], resources=resources
    )
    return profile_file(toml, tmp_path)


def thesis(tmp_path: Path) -> Path:
    return eml(
        tmp_path / "m.eml",
        THESIS,
        sender="Priya Nair <pnair@utexas.example>",
        subject="A question",
        date=SENT,
    )


def test_a_resource_on_what_the_sender_is_after_in_other_words_is_offered(
    kindly: Kindly, tmp_path: Path
) -> None:
    profile = busy_principal(tmp_path, [*GENERIC_RESOURCES, ATTENDANCE_PLAYBOOK])
    record = triaged_one(kindly, thesis(tmp_path), profile=profile)
    assert record["decision"] == "decline", record["reason"]
    assert "Here's something that might help: Attendance playbook" in record["draft"], record["draft"]
    assert "Family night guide" not in record["draft"] and "Fire drill plan" not in record["draft"]


def test_a_resource_sharing_only_a_generic_word_is_still_not_offered(kindly: Kindly, tmp_path: Path) -> None:
    # "guide" and "plan" are said, and nothing the resources are about
    profile = busy_principal(tmp_path, GENERIC_RESOURCES)
    record = triaged_one(kindly, thesis(tmp_path), profile=profile)
    assert record["decision"] == "decline", record["reason"]
    assert "Here's something that might help" not in record["draft"], record["draft"]
    assert "I'll keep it in mind" in record["draft"]


# -- 4. a recording's times nearest the hour the host asked for -------------------------------------------------

NEW_YORK = """\
[user]
name = "Dana Reyes"
email = "dana@reyes-advisory.example"
signature = "Dana"
tone = "warm"
date_style = "us"
weekly_networking_hours = 4
time_zone = "America/New_York"
meeting_hours = "09:00-17:00"

[[goals]]
kind = "build_credibility"
description = "Be known as the go-to finance voice for small design studios"
targets = ["podcasts", "design studios", "founders"]
priority = 1

[[goals]]
kind = "find_clients"
description = "Owners of small design studios who need a part-time CFO"
targets = ["design studios", "studio owners"]
priority = 2
"""


def podcast(tmp_path: Path, when: str) -> Path:
    body = (
        "Hi Dana,\n\nI host Studio Talk, a podcast for design studio founders in the UK. Would you come on as a\n"
        f"guest to talk about studio finances? We record on {when} - about 45 minutes over Zoom.\n\n"
        "Cheers,\nOliver Hughes\nHost, Studio Talk"
    )
    return eml(
        tmp_path / "podcast.eml",
        body,
        sender="Oliver Hughes <oliver@studiotalk.example>",
        subject="Guest on Studio Talk?",
        date="Tue, 01 Dec 2026 10:00:00 +0000",
        to="dana@reyes-advisory.example",
    )


@pytest.mark.parametrize(
    ("asked", "offered"),
    [
        pytest.param(  # 03:00 in New York: the morning's first hour, 14:00 in London, is nearest
            "Tuesday 8 December at 8:00am London time",
            "Would Tuesday, December 8 at 9:00 am (2:00 pm your time) or Wednesday, December 9 at 9:00 am "
            "(2:00 pm your time) work for you instead?",
            id="an-early-london-hour",
        ),
        pytest.param(  # 18:00 in New York: the day's last start, 21:30 in London
            "Tuesday 8 December at 11pm London time",
            "Would Tuesday, December 8 at 4:30 pm (9:30 pm your time) or Wednesday, December 9 at 4:30 pm "
            "(9:30 pm your time) work for you instead?",
            id="a-late-london-hour",
        ),
    ],
)
def test_a_recording_outside_the_users_hours_is_offered_the_nearest_times_inside_them(
    kindly: Kindly, tmp_path: Path, asked: str, offered: str
) -> None:
    record = triaged_one(kindly, podcast(tmp_path, asked), profile=profile_file(NEW_YORK, tmp_path))
    assert record["decision"] == "accept", record["reason"]
    assert "I'd be glad to be your guest." in record["draft"]
    assert f"{asked} (" in record["draft"] and "doesn't work for me" in record["draft"]
    assert offered in " ".join(record["draft"].split()), record["draft"]


def test_a_recording_inside_the_users_hours_is_still_a_plain_yes(kindly: Kindly, tmp_path: Path) -> None:
    record = triaged_one(
        kindly,
        podcast(tmp_path, "Tuesday 8 December at 4pm London time"),
        profile=profile_file(NEW_YORK, tmp_path),
    )
    assert (
        "Yes, I'd be glad to be your guest on Tuesday 8 December at 4pm London time (11:00 am my time)."
        in (" ".join(record["draft"].split()))
    )


def test_a_coffee_outside_the_users_hours_keeps_its_usual_times(kindly: Kindly, tmp_path: Path) -> None:
    # not a recording: a meeting's other times are the user's usual ones, from that day on
    body = (
        "Hi Dana,\n\nI run a six-person design studio in Brooklyn and we need a part-time CFO to get our cash flow\n"
        "in order. Could we meet on Tuesday 8 December at 7:30am to talk it through?\n\nThanks,\nJo Park\n"
        "Founder, Park Studio"
    )
    mail = eml(
        tmp_path / "coffee.eml",
        body,
        sender="Jo Park <jo@parkstudio.example>",
        subject="Coffee?",
        date="Tue, 01 Dec 2026 10:00:00 -0500",
        to="dana@reyes-advisory.example",
    )
    record = triaged_one(kindly, mail, profile=profile_file(NEW_YORK, tmp_path))
    assert record["decision"] == "accept", record["reason"]
    assert "7:30am doesn't work for me" in record["draft"], record["draft"]
    assert "Tuesday, December 8 at 10:00 am" in record["draft"], record["draft"]  # as before, not 9:00 am
