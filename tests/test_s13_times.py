"""A time offered in one triage is not offered again in the next: DMs pasted one at a time each come in a run
of their own (the photographer's review)."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

from kindly.taken_times import TakenTimes
from support import Kindly, eml, profile_file, triaged, triaged_one


def _coffee(tmp_path: Path, name: str, address: str) -> Path:
    return eml(
        tmp_path / f"{address}.eml",
        f"Hi Dana,\n\nWe're a six-person design studio looking for someone to take over our monthly bookkeeping. "
        f"Could we have a short call next week to talk it through?\n\n{name}",
        sender=f"{name} <{address}>",
        subject="Bookkeeping for our studio",
        date="Mon, 30 Nov 2026 09:00:00 +0000",
    )


def _times(kindly: Kindly, mail: Path) -> set[str]:
    record = triaged_one(kindly, mail)
    assert record["decision"] == "accept", record["reason"]
    return set(re.findall(r"\w+day, \w+ \d+ at [\d:]+ ?[ap]m|\w+day \d+ \w+ at [\d:]+", record["draft"]))


def test_a_time_offered_in_an_earlier_run_is_not_offered_again(kindly: Kindly, tmp_path: Path) -> None:
    first = _times(kindly, _coffee(tmp_path, "Jenna Ortiz", "jenna@ortizstudio.example.com"))
    second = _times(kindly, _coffee(tmp_path, "Marcus Lee", "marcus@leedesign.example.com"))
    assert first and second, (first, second)
    assert not first & second, (first, second)


CHEF = """
[user]
name = "Amelie Tremblay"
email = "amelie@restaurantlasauge.ca"
signature = "Amelie"
weekly_networking_hours = 3
meeting_hours = "Tue-Sat 14:00-16:30"

[[goals]]
kind = "find_mentor"
description = "A restaurateur who has opened a second location"
targets = ["second location"]
priority = 1

[[goals]]
kind = "custom"
description = "Find a literary agent or publisher for a cookbook"
targets = ["literary agent", "cookbook"]
priority = 2
"""

# an agent's call and an introduction for coffee: in afternoons only, a call's 14:30 and a coffee's 14:00
TWO_ASKS = """From dana@feldmanliterary.com Mon Nov 30 12:02:55 2026
From: Dana Feldman <dana@feldmanliterary.com>
To: Amelie <amelie@restaurantlasauge.ca>
Subject: A possible cookbook?
Date: Mon, 30 Nov 2026 12:02:55 -0500
Message-ID: <o2@feldmanliterary.com>

Dear Amelie,

I'm a literary agent in Toronto. Have you thought about a cookbook? I'd love a 30-minute call
to hear how you see it. Would sometime in the next two or three weeks work? I'm flexible on times.

Dana Feldman

From julie@example.ca Fri Nov 27 12:30:18 2026
From: Julie Bouchard <julie@example.ca>
To: Amelie <amelie@restaurantlasauge.ca>
Cc: Marc Fortin <marc@maisonfortin.ca>
Subject: Intro: Amelie <> Marc Fortin
Date: Fri, 27 Nov 2026 12:30:18 -0500
Message-ID: <o1@example.ca>

Hi Amelie and Marc,

Amelie - Marc is the owner of Maison Fortin; he opened a second location two years ago.
Marc - Amelie is the chef-owner of La Sauge.

I'll leave you two to find a time for a coffee.
Julie

"""


def test_a_time_within_the_hour_of_one_already_offered_is_not_offered(kindly: Kindly, tmp_path: Path) -> None:
    mbox = tmp_path / "two.mbox"
    mbox.write_text(TWO_ASKS)
    slots: list[str] = []
    for record in triaged(kindly, mbox, profile=profile_file(CHEF, tmp_path)):
        slots += re.findall(r"\w+day \d+ \w+ at [\d:]+", record["draft"] or "")
    assert len(slots) == 4, slots
    for one, other in itertools.combinations(slots, 2):
        if one.split(" at ")[0] == other.split(" at ")[0]:
            gap = abs(_minutes(one.split(" at ")[1]) - _minutes(other.split(" at ")[1]))
            assert gap >= 60, slots


def _minutes(said: str) -> int:
    found = re.match(r"(\d{1,2})(?::(\d{2}))?\s*([ap]m)?", said)
    assert found is not None
    hour = int(found[1]) % 12 + (12 if found[3] == "pm" else 0) if found[3] else int(found[1])
    return hour * 60 + int(found[2] or 0)


def test_taken_times_hold_the_hour_around_each_time_offered_to_someone_else() -> None:
    offered = {
        "tues 8 dec": [(14 * 60, "t-coffee", "jenna@example.com")],
        "thurs 10 dec": [(14 * 60 + 30, "t-call", "sam@example.com")],
    }
    taken = TakenTimes(offered, thread_id="t-new", sender="marcus@example.com")
    assert "Tuesday 8 December at 14:30" in taken  # overlaps the coffee at 14:00
    assert "Tuesday 8 December at 15:00" not in taken
    assert "Wednesday 9 December at 14:00" not in taken
    assert "Thursday, December 10 at 3:00 pm" in taken  # another draft's 2:30 pm
    assert "Thursday, December 10 at 10:00 am" not in taken
    # the time offered to Sam is Sam's to confirm, in his thread or in a new mail
    assert "Thursday, December 10 at 2:30 pm" not in TakenTimes(
        offered, thread_id="t-call", sender="x@example.com"
    )
    assert "Thursday, December 10 at 2:30 pm" not in TakenTimes(
        offered, thread_id="t-2", sender="Sam@example.com"
    )


PRIYA_ASKS = """From: Priya Natarajan <priya@fieldworkcapital.example>
To: Dana Reyes <dana@example.com>
Subject: Coffee?
Date: Mon, 30 Nov 2026 09:00:00 -0800
Message-ID: <t1@fieldwork.example>

Hi Dana,

I'm Priya, founder of Fieldwork Capital - we lend to small design studios. Would you like to grab a coffee next week to compare notes on the studios we both work with?

Priya
"""

# a new mail, not a reply: LinkedIn, a phone's mail app, a pasted DM start fresh
PRIYA_TAKES_A_TIME = """From: Priya Natarajan <priya@fieldworkcapital.example>
To: Dana Reyes <dana@example.com>
Subject: Meeting Wednesday
Date: Tue, 01 Dec 2026 08:00:00 -0800
Message-ID: <t2@fieldwork.example>

Hi Dana,

Great to hear from you! Wednesday, December 9 at 2:30 pm works well for me. Shall we meet at Case Study Coffee on Alberta?

Priya
"""


def test_the_time_offered_to_a_sender_is_theirs_to_take_in_a_new_mail(kindly: Kindly, tmp_path: Path) -> None:
    for name, text in (("asks.eml", PRIYA_ASKS), ("takes.eml", PRIYA_TAKES_A_TIME)):
        (tmp_path / name).write_text(text)
        record = triaged_one(kindly, tmp_path / name)
    assert "Wednesday, December 9 at 2:30 pm works for me" in record["draft"], record["draft"]
