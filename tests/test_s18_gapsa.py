"""Gaps the seventeenth session's closing note left: `kindly triage --json` shows each message as the run left it,
an hour rule for one activity limits that activity alone, and "mornings your time" is the user's morning."""

from __future__ import annotations

import json
import re
from datetime import time
from pathlib import Path
from typing import Any

import pytest

from personas import COACH_CLIENTS, WINE_TRADE, coach_profile, winemaker_profile
from support import EXAMPLES, Kindly, eml, profile_file, triaged_one

# -- `kindly triage --json`: each record as the run left it ------------------------------------------------------

INVESTOR = """
[user]
name = "Amara Okafor"
email = "amara@kestrelridge.example.com"
signature = "Amara"
tone = "warm"
weekly_networking_hours = 4

[[goals]]
kind = "build_credibility"
description = "Speak at a few European climate-tech events about investing in climate software"
targets = ["European climate-tech events", "panels", "podcasts", "climate software investing"]
priority = 1

[[never]]
what = "paying to speak"
"""

GIULIA = "Giulia Romano <giulia@greenstackevents.example.eu>"
KEYNOTE_SUBJECT = "Speaking at GreenStack Milan - investor keynote"
KEYNOTE = (
    "Dear Amara,\n\nI organise GreenStack, a two-day gathering of climate software founders in Milan (around 600 "
    "people). We would be honoured to have you give a 20-minute keynote on how seed investors assess climate "
    "software companies, on Wednesday 17 February 2027.\n\nWould you be interested? I can send more details on "
    "the programme and audience.\n\nGiulia Romano\nFounder, GreenStack"
)
THE_KEYNOTE_COSTS = (
    "Dear Amara,\n\nJust following up on my note below. I should also have mentioned that keynote speakers join "
    "our Partner Programme, which carries a contribution of €2,500 towards production and hospitality - this "
    "includes your logo on the stage screen and two delegate passes.\n\nLet me know if you'd like to go ahead "
    "and I'll send the agreement.\n\nGiulia"
)


def giulias_thread(folder: Path, follow_up: str = THE_KEYNOTE_COSTS) -> Path:
    """Giulia's invitation and her follow-up a fortnight later, both in the user's inbox folder."""
    folder.mkdir()
    common = {"sender": GIULIA, "to": "amara@kestrelridge.example.com"}
    eml(
        folder / "1-invitation.eml",
        KEYNOTE,
        subject=KEYNOTE_SUBJECT,
        message_id="gs-1@greenstackevents.example.eu",
        date="Thu, 12 Nov 2026 10:10:00 +0000",
        **common,
    )
    eml(
        folder / "2-follow-up.eml",
        follow_up,
        subject=f"Re: {KEYNOTE_SUBJECT}",
        message_id="gs-2@greenstackevents.example.eu",
        in_reply_to="gs-1@greenstackevents.example.eu",
        references=("gs-1@greenstackevents.example.eu",),
        date="Thu, 26 Nov 2026 15:55:00 +0000",
        **common,
    )
    return folder


def json_lines(kindly: Kindly, *args: str) -> list[dict[str, Any]]:
    result = kindly("triage", *args, "--json")
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def pending_drafts(kindly: Kindly) -> dict[int, str]:
    """`kindly drafts --json`: message ID -> the draft waiting for it."""
    return {d["message_pk"]: d["text"] for d in json.loads(kindly("drafts", "--json").stdout)}


def test_a_yes_withdrawn_by_a_follow_up_in_the_same_run_is_printed_without_its_draft(
    kindly: Kindly, tmp_path: Path
) -> None:
    profile = profile_file(INVESTOR, tmp_path)
    invitation, follow_up = json_lines(
        kindly, str(giulias_thread(tmp_path / "inbox")), "--profile", str(profile)
    )

    # the follow-up names a fee: the thread is answered for it, and the yes to the invitation is withdrawn
    assert (follow_up["decision"], follow_up["reason_code"]) == ("decline", "pays_to_appear")
    assert "I don't pay to appear" in follow_up["draft"]
    assert invitation["decision"] == "accept"
    assert invitation["draft"] is None  # as `kindly drafts` and `kindly show` have it
    assert pending_drafts(kindly) == {follow_up["id"]: follow_up["draft"]}
    shown = kindly("show", str(invitation["id"]), "--profile", str(profile)).stdout
    assert f"draft withdrawn: a later message of this thread (#{follow_up['id']})" in shown


def test_each_message_is_printed_once_in_the_order_read(kindly: Kindly, tmp_path: Path) -> None:
    profile = profile_file(INVESTOR, tmp_path)
    records = json_lines(kindly, str(giulias_thread(tmp_path / "inbox")), "--profile", str(profile))
    assert [r["subject"] for r in records] == [KEYNOTE_SUBJECT, f"Re: {KEYNOTE_SUBJECT}"]


def test_a_follow_up_that_leaves_the_yes_standing_keeps_its_draft_in_the_json(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: a nudge that brings nothing new is answered by the yes that waits, which stays
    nudge = "Dear Amara,\n\nJust bumping this up in case it got buried - would love to have you.\n\nGiulia"
    profile = profile_file(INVESTOR, tmp_path)
    invitation, follow_up = json_lines(
        kindly, str(giulias_thread(tmp_path / "inbox", nudge)), "--profile", str(profile)
    )
    assert invitation["decision"] == "accept" and invitation["draft"]
    assert follow_up["draft"] is None
    assert pending_drafts(kindly) == {invitation["id"]: invitation["draft"]}


def test_a_second_run_prints_the_same_final_records(kindly: Kindly, tmp_path: Path) -> None:
    profile = profile_file(INVESTOR, tmp_path)
    inbox = giulias_thread(tmp_path / "inbox")
    first = json_lines(kindly, str(inbox), "--profile", str(profile))
    again = json_lines(kindly, str(inbox), "--profile", str(profile))
    assert [(r["id"], r["decision"], r["draft"]) for r in again] == [
        (r["id"], r["decision"], r["draft"]) for r in first
    ]


UID = "finance-night-12@cen.example.org"


def finance_night(folder: Path, method: str, sequence: int) -> Path:
    """The creative-economy network's studio finance night as a calendar sends it (METHOD:REQUEST, then CANCEL)."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Creative Economy Network//EN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{UID}",
        f"SEQUENCE:{sequence}",
        "DTSTAMP:20261120T090000Z",
        "DTSTART:20261209T173000Z",
        "DURATION:PT2H",
        "SUMMARY:Studio Finance Night: cash flow for design studios",
        "LOCATION:Holloway Hall, Portland",
        "DESCRIPTION:An evening for owners of small design studios: a short panel on cash flow and bookkeeping, "
        "then drinks. Please RSVP.",
        "ORGANIZER;CN=Marcus Bell:mailto:marcus@cen.example.org",
        "ATTENDEE;CN=Dana Reyes;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:dana@example.com",
        *(["STATUS:CANCELLED"] if method == "CANCEL" else []),
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
    path = folder / f"{sequence}-{method.lower()}.ics"
    path.write_text("\r\n".join(lines))
    return path


def test_an_event_cancelled_later_in_the_same_run_is_printed_without_its_yes(
    kindly: Kindly, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    invite, cancel = finance_night(tmp_path, "REQUEST", 0), finance_night(tmp_path, "CANCEL", 1)
    alone = json_lines(kindly, str(invite), "--profile", str(EXAMPLES / "profile.toml"))
    assert alone[0]["decision"] == "accept" and alone[0]["draft"], "Dana says yes to the evening on its own"

    monkeypatch.setenv("KINDLY_HOME", str(tmp_path / "another-home"))  # the two in one run, from the start
    other = Kindly(tmp_path / "another-home")
    invitation, cancelled = json_lines(
        other, str(invite), str(cancel), "--profile", str(EXAMPLES / "profile.toml")
    )
    assert cancelled["reason_code"] == "calendar_cancel"
    assert invitation["draft"] is None


def test_records_held_on_disk_for_a_big_run_are_the_same(
    kindly: Kindly, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kindly.cli import triage_cmd

    profile = profile_file(INVESTOR, tmp_path)
    monkeypatch.setattr(triage_cmd, "JSON_HELD_IN_MEMORY", 16)  # past the first record: on disk
    invitation, follow_up = json_lines(
        kindly, str(giulias_thread(tmp_path / "inbox")), "--profile", str(profile)
    )
    assert invitation["draft"] is None and "pay to appear" in follow_up["draft"]


# -- an hour rule for one activity limits that activity alone ------------------------------------------------------

EARLY_RISER = """\
[user]
name = "Tomás Ruiz"
email = "tomas@ruizcfo.example"
signature = "Tomás"
tone = "warm"
date_style = "us"
weekly_networking_hours = 4
time_zone = "America/Chicago"
meeting_hours = ["Mon-Fri 06:30-09:00", "Mon-Fri 16:00-18:00"]

[[goals]]
kind = "find_clients"
description = "Owners of small restaurants and cafes who need monthly bookkeeping or a part-time CFO"
targets = ["restaurant owners", "cafe owners", "small business owners"]
priority = 1

[[never]]
what = "{rule}"
"""


def from_maya(tmp_path: Path, ask: str) -> Path:
    """A cafe owner's first mail to Tomás, asking for a meeting at 6:30 before her cafes open."""
    return eml(
        tmp_path / "maya.eml",
        "Hi Tomás,\n\nI own two cafes in Logan Square and our bookkeeping has fallen behind since we opened the second"
        f" one. A friend said you work with small restaurants. {ask}\n\nThanks,\nMaya Chen\nOwner, Little Fox Coffee",
        sender="Maya Chen <maya@littlefoxcoffee.example>",
        subject="Bookkeeping help for two cafes",
        date="Mon, 30 Nov 2026 09:10:00 -0600",
        to="tomas@ruizcfo.example",
    )


def test_a_call_before_the_hour_a_calls_rule_names_is_answered_with_later_times(
    kindly: Kindly, tmp_path: Path
) -> None:
    call = from_maya(
        tmp_path, "Could we jump on a quick Zoom call on Thursday, December 3 at 6:30am, before we open?"
    )
    record = triaged_one(kindly, call, profile_file(EARLY_RISER.format(rule="calls before 07:00"), tmp_path))
    assert record["decision"] == "accept", record["reason"]
    assert "Thursday, December 3 at 6:30am doesn't work for me, though" in record["draft"]
    assert "between 7:00 am and 9:00 am" in record["draft"]


def test_a_breakfast_at_the_same_hour_is_not_limited_by_the_calls_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    breakfast = from_maya(
        tmp_path,
        "Could we meet for breakfast at our Logan Square cafe on Thursday, December 3 at 6:30am, before we open?",
    )
    record = triaged_one(
        kindly, breakfast, profile_file(EARLY_RISER.format(rule="calls before 07:00"), tmp_path)
    )
    assert record["decision"] == "accept", record["reason"]
    assert "Thursday, December 3 at 6:30am works for me." in record["draft"]


def test_a_rule_for_every_meeting_still_limits_a_breakfast(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: "meetings before 07:00" names no one activity
    breakfast = from_maya(
        tmp_path,
        "Could we meet for breakfast at our Logan Square cafe on Thursday, December 3 at 6:30am, before we open?",
    )
    record = triaged_one(
        kindly, breakfast, profile_file(EARLY_RISER.format(rule="meetings before 07:00"), tmp_path)
    )
    assert "Thursday, December 3 at 6:30am doesn't work for me, though" in record["draft"]


def mayas_invitation(tmp_path: Path, kind: str, summary: str, ask: str, location: str) -> Path:
    """Maya's calendar invitation for Thursday 3 December at 6:30 in Chicago, before her cafes open."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Little Fox Coffee//Calendar//EN",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        f"UID:{kind}-maya-20261203@littlefoxcoffee.example",
        "SEQUENCE:0",
        "DTSTAMP:20261130T150000Z",
        "DTSTART;TZID=America/Chicago:20261203T063000",
        "DTEND;TZID=America/Chicago:20261203T073000",
        f"SUMMARY:{summary}",
        "DESCRIPTION:Hi Tomás\\, I own two cafes in Logan Square and our bookkeeping has fallen behind since we"
        f" opened the second one. A friend said you work with small restaurants. {ask}\\n\\nMaya",
        f"LOCATION:{location}",
        "ORGANIZER;CN=Maya Chen:mailto:maya@littlefoxcoffee.example",
        "ATTENDEE;CN=Tomás Ruiz;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tomas@ruizcfo.example",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
    path = tmp_path / f"{kind}.ics"
    path.write_text("\r\n".join(lines))
    return path


def exported_partstat(kindly: Kindly, tmp_path: Path, profile: Path) -> str:
    """The PARTSTAT of the calendar reply attached to the one draft `kindly drafts export` writes."""
    from email.parser import BytesParser
    from email.policy import default

    out = tmp_path / "out"
    assert kindly("drafts", "export", "--dir", str(out), "--profile", str(profile)).exit_code == 0
    [mail] = out.glob("*.eml")
    reply = BytesParser(policy=default).parsebytes(mail.read_bytes())
    [calendar] = [part for part in reply.walk() if part.get_content_type() == "text/calendar"]
    found = re.search(r"PARTSTAT=(\w+)", str(calendar.get_content()))
    assert found is not None
    return found.group(1)


def test_a_calendar_invitation_to_breakfast_at_the_hour_a_calls_rule_names_is_accepted(
    kindly: Kindly, tmp_path: Path
) -> None:
    profile = profile_file(EARLY_RISER.format(rule="calls before 07:00"), tmp_path)
    breakfast = mayas_invitation(
        tmp_path,
        "breakfast",
        "Breakfast: bookkeeping help for Little Fox Coffee",
        "Could we meet for breakfast at the cafe before we open?",
        "Little Fox Coffee\\, 2400 N Milwaukee Ave\\, Chicago",
    )
    record = triaged_one(kindly, breakfast, profile)
    assert "see you on Thursday, December 3 at 6:30 am" in record["draft"]
    assert exported_partstat(kindly, tmp_path, profile) == "ACCEPTED"


def test_a_calendar_invitation_to_a_zoom_call_at_that_hour_is_answered_tentatively(
    kindly: Kindly, tmp_path: Path
) -> None:
    profile = profile_file(EARLY_RISER.format(rule="calls before 07:00"), tmp_path)
    call = mayas_invitation(
        tmp_path,
        "call",
        "Zoom call: bookkeeping help for Little Fox Coffee",
        "Could we have a quick Zoom call before we open?",
        "https://zoom.us/j/5551234567",
    )
    record = triaged_one(kindly, call, profile)
    assert "Thursday, December 3 at 6:30 am doesn't work for me, though" in record["draft"]
    assert exported_partstat(kindly, tmp_path, profile) == "TENTATIVE"


HOST = """\
[user]
name = "Nadia Brooks"
email = "nadia@mainstreetmic.fm"
signature = "Nadia"
tone = "warm"
date_style = "us"
weekly_networking_hours = 5
time_zone = "America/New_York"
meeting_hours = "08:00-12:00"

[[goals]]
kind = "find_clients"
description = "Sponsors for Main Street Mic without cold pitching: brands that serve small-business owners"
targets = ["sponsorship", "sponsor", "host-read ads", "small business banking", "payroll", "bookkeeping software"]
priority = 1

[[goals]]
kind = "custom"
description = "Guests for the show: small-business owners with a real story"
targets = ["small business owners", "shop owners", "restaurant owners"]
priority = 2

[[goals]]
kind = "build_credibility"
description = "Speak and host live tapings at audio and podcasting conferences"
targets = ["podcasting conferences", "audio conferences", "live taping"]
priority = 2

[[never]]
what = "recording before 10:00"
"""


def to_nadia(tmp_path: Path, body: str, sender: str, subject: str) -> Path:
    return eml(
        tmp_path / "m.eml",
        body,
        sender=sender,
        subject=subject,
        date="Fri, 20 Nov 2026 13:10:00 -0500",
        to="nadia@mainstreetmic.fm",
    )


def test_a_recording_is_offered_times_the_recording_rule_leaves(kindly: Kindly, tmp_path: Path) -> None:
    pitch = to_nadia(
        tmp_path,
        "Hi Nadia,\n\nI run Grant & Sons, a fourth-generation tailoring shop in Queens - we went from near bankruptcy"
        " in 2019 to a waiting list by moving half our business to made-to-measure by video call. A friend who"
        " listens to Main Street Mic said I should pitch myself.\n\nIf you'd have me, could we record on Thursday,"
        " December 3 at 8:30am your time? That's the only slot my week allows.\n\nBest,\nOliver Grant",
        "Oliver Grant <oliver@grantandsons.example>",
        "Guest pitch: 4th-generation tailor",
    )
    record = triaged_one(kindly, pitch, profile_file(HOST, tmp_path))
    assert record["decision"] == "accept", record["reason"]
    assert "Thursday, December 3 at 8:30am doesn't work for me, though" in record["draft"]
    assert "between 10:00 am and 12:00 pm" in record["draft"]


def test_a_sponsors_coffee_is_offered_the_users_usual_morning(kindly: Kindly, tmp_path: Path) -> None:
    coffee = to_nadia(
        tmp_path,
        "Hi Nadia,\n\nI run partnerships at Ledgerly, bookkeeping software for small shops, and we'd love to talk"
        " about sponsoring Main Street Mic next year. Could we grab a coffee in Brooklyn on Thursday, December 3 at"
        " 8:30am?\n\nDana Ruiz\nPartnerships, Ledgerly",
        "Dana Ruiz <dana@ledgerly.example>",
        "Sponsoring Main Street Mic",
    )
    record = triaged_one(kindly, coffee, profile_file(HOST, tmp_path))
    assert record["decision"] == "accept", record["reason"]
    assert "Thursday, December 3 at 8:30am works for me." in record["draft"]


@pytest.mark.parametrize(
    ("rule", "limits"),
    [
        pytest.param("recording before 10:00", {"recording"}, id="recording"),
        pytest.param("calls before 07:00 or after 20:00 Sydney time", {"call"}, id="calls"),
        pytest.param("podcast interviews or zoom calls after 6pm", {"recording", "call"}, id="both"),
        pytest.param("meetings before 9:30", set(), id="every-meeting"),
        pytest.param("coffees or calls before 9:30 am", set(), id="a-general-kind-among-them"),
    ],
)
def test_what_an_hour_rule_limits(rule: str, limits: set[str]) -> None:
    from kindly.hours import rule_activities

    assert rule_activities(rule) == limits


# -- "mornings your time": the user's morning, "my mornings" the sender's ------------------------------------------

WINEMAKER = winemaker_profile(holidays=None, goals=(WINE_TRADE,), providers=(), never=())

COACH = coach_profile(meeting_hours=["Mon-Fri 08:00-20:00"], goals=(COACH_CLIENTS,), answers=(), resources=())


def from_tokyo(tmp_path: Path, said: str) -> Path:
    """An importer in Tokyo (mail written at +09:00) to a winemaker in California."""
    return eml(
        tmp_path / "tokyo.eml",
        "Hello Elena, I am an importer in Tokyo specialising in small California family wineries. We are interested"
        " in your dry-farmed Zinfandel for restaurants in Tokyo and Osaka. Could we arrange a video call to discuss"
        f" export pricing and allocation? {said}\n\nKenji Sato\nSato Imports",
        sender="Kenji Sato <kenji@satoimports.co.jp>",
        subject="Your Zinfandel in Japan",
        date="Mon, 30 Nov 2026 10:00:00 +0900",
        to="elena@marchettivineyards.com",
    )


def from_london(tmp_path: Path, said: str) -> Path:
    """A new VP of engineering in London (mail written at +00:00) to a coach in Sydney."""
    return eml(
        tmp_path / "london.eml",
        "Dear Priyanka,\n\nI was promoted to VP of Engineering at Northwind Payments in London last month and I'm"
        " looking for an executive coach for my first year. Could we have a video call next week to talk about how"
        f" you work? {said}\n\nBest wishes,\nTom Hughes\nVP Engineering, Northwind Payments",
        sender="Tom Hughes <tom.hughes@northwindpay.example.co.uk>",
        subject="Coaching for my first year as VP",
        date="Mon, 30 Nov 2026 09:00:00 +0000",
        to="priyanka@nairleadership.com.au",
    )


_OFFERED = re.compile(r"at (\d{1,2}:\d\d(?: [ap]m)?) \((?:[^()]*? at )?(\d{1,2}:\d\d(?: [ap]m)?) your time\)")


def offered(draft: str) -> list[tuple[time, time]]:
    """The times a draft proposes: each in the user's clock and in the sender's."""
    from kindly.hours import clock_read

    times = [(clock_read(mine), clock_read(theirs)) for mine, theirs in _OFFERED.findall(draft)]
    assert len(times) == 2, draft
    return [(mine, theirs) for mine, theirs in times if mine is not None and theirs is not None]


def accepted(kindly: Kindly, mail: Path, profile: Path) -> str:
    record = triaged_one(kindly, mail, profile)
    assert record["decision"] == "accept", record["reason"]
    return str(record["draft"])


@pytest.mark.parametrize(
    "said",
    [
        pytest.param("Any morning your time works for me.", id="any-morning-your-time"),
        pytest.param("Early December mornings your time would suit me.", id="mornings-your-time"),
        pytest.param("Your mornings are fine for me.", id="your-mornings"),
    ],
)
def test_a_tokyo_buyer_offered_the_users_mornings_is_offered_californian_mornings(
    kindly: Kindly, tmp_path: Path, said: str
) -> None:
    draft = accepted(kindly, from_tokyo(tmp_path, said), profile_file(WINEMAKER, tmp_path))
    for mine, _theirs in offered(draft):
        assert time(10) <= mine < time(12), draft  # her morning, inside her hours (10:00-16:00)


def test_a_tokyo_buyer_offered_the_users_afternoons_is_offered_californian_afternoons(
    kindly: Kindly, tmp_path: Path
) -> None:
    draft = accepted(
        kindly, from_tokyo(tmp_path, "Your afternoons are fine for me."), profile_file(WINEMAKER, tmp_path)
    )
    for mine, _theirs in offered(draft):
        assert time(12) <= mine < time(16), draft


def test_a_tokyo_buyer_whose_own_mornings_suit_is_offered_tokyo_mornings(
    kindly: Kindly, tmp_path: Path
) -> None:
    draft = accepted(
        kindly, from_tokyo(tmp_path, "My mornings are easiest."), profile_file(WINEMAKER, tmp_path)
    )
    for mine, theirs in offered(draft):
        assert time(8) <= theirs < time(12), draft  # his morning in Tokyo...
        assert time(10) <= mine < time(16), draft  # ...in her hours (15:00 to 16:00 in California)


def test_a_london_vp_offered_the_users_mornings_is_offered_sydney_mornings(
    kindly: Kindly, tmp_path: Path
) -> None:
    draft = accepted(
        kindly, from_london(tmp_path, "Any morning your time is fine."), profile_file(COACH, tmp_path)
    )
    for mine, _theirs in offered(draft):
        assert time(8) <= mine < time(12), draft


def test_a_london_vp_whose_own_mornings_suit_is_offered_london_mornings(
    kindly: Kindly, tmp_path: Path
) -> None:
    draft = accepted(
        kindly,
        from_london(tmp_path, "My mornings are best - I'm in workshops all afternoon."),
        profile_file(COACH, tmp_path),
    )
    for mine, theirs in offered(draft):
        assert time(8) <= theirs < time(12), draft
        assert time(19) <= mine < time(20), draft  # London's 8:00 is 19:00 in Sydney, the end of her hours


@pytest.mark.parametrize(
    ("text", "part", "users"),
    [
        pytest.param("Any morning your time works for me.", "morning", True, id="your-time"),
        pytest.param("Afternoons on your end would be ideal.", "afternoon", True, id="your-end"),
        pytest.param("My mornings are easiest.", "morning", False, id="my-mornings"),
        pytest.param("Could we talk one evening my time?", "evening", False, id="my-time"),
        pytest.param("I hope your morning is going well.", None, None, id="a-greeting"),
        pytest.param("I spent my mornings in the vineyard as a child.", None, None, id="a-story"),
        pytest.param("Any morning would suit me.", None, None, id="whose-unsaid"),
    ],
)
def test_whose_part_of_the_day_a_sender_names(text: str, part: str | None, users: bool | None) -> None:
    from kindly.reply.whose_day import part_said

    said = part_said(text)
    assert (said.part if said else None, said.users if said else None) == (part, users)
