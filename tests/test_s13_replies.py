"""Replies that answer the user's own mail (the HR director's re-read): thanked for coming back, not for an
invitation the user asked for."""

from __future__ import annotations

import json
from pathlib import Path

from support import Kindly

HR_DIRECTOR = """
[user]
name = "Folasade Adeyemi"
email = "folasade@brindley.example"
signature = "Folasade"
weekly_networking_hours = 3

[[goals]]
kind = "find_mentor"
description = "A mentor who is a sitting or former Chief People Officer"
targets = ["Chief People Officer", "CHRO"]
priority = 1
"""

REPLY = """From: Helen Okafor <helen.okafor@gmail.com>
Subject: Re: Advice on the step up to Chief People Officer

Dear Folasade,

Thank you for your lovely note. I'd be very happy to talk - mentoring HR directors making the step up has been
one of the best parts of life after Hallmark Grocers.

Would Tuesday 8 December at 4pm or Wednesday 9 December at 8am work for a call?

Warmly,
Helen

Helen Okafor
Former Chief People Officer, Hallmark Grocers

> On 16 Nov 2026, at 21:05, Folasade Adeyemi <folasade@brindley.example> wrote:
> Would you be open to a conversation, and possibly to mentoring me?
"""


def test_a_mentor_answering_the_users_own_request_is_thanked_for_getting_back(
    kindly: Kindly, tmp_path: Path
) -> None:
    profile = tmp_path / "profile.toml"
    profile.write_text(HR_DIRECTOR)
    result = kindly("triage", "-", "--profile", str(profile), "--json", input=REPLY)
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert record["decision"] == "accept", record["reason"]
    assert "getting back to me" in record["draft"], record["draft"]
    assert "invitation" not in record["draft"] and "think of me" not in record["draft"]
