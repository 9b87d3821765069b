"""Replies that answer the user's own mail (the HR director's re-read): thanked for coming back, not for an
invitation the user asked for."""

from __future__ import annotations

from pathlib import Path

from support import Kindly, profile_file, triaged

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
    [record] = triaged(kindly, "-", profile=profile_file(HR_DIRECTOR, tmp_path), input=REPLY)
    assert record["decision"] == "accept", record["reason"]
    assert "getting back to me" in record["draft"], record["draft"]
    assert "invitation" not in record["draft"] and "think of me" not in record["draft"]


RECRUITER_THREAD = """From sam@example.com Tue Nov 17 08:44:00 2026
From: Sam Whitaker <sam@talentpartners.example>
To: Folasade Adeyemi <folasade.adeyemi@brindleylogistics.co.uk>
Subject: CPO role, 3PL in the North West
Date: Tue, 17 Nov 2026 08:44:00 +0000
Message-ID: <s1@talentpartners.example>

Hi Folasade, I'm working on an exclusive Chief People Officer role with a fast-growing 3PL in the North West (package up to GBP 160k). Given your time at Brindley I think you'd be a great fit. Are you open to hearing more?

Sam Whitaker, Talent Partners

From folasade@x Wed Nov 18 12:00:00 2026
From: Folasade Adeyemi <folasade.adeyemi@brindleylogistics.co.uk>
To: Sam Whitaker <sam@talentpartners.example>
Subject: Re: CPO role, 3PL in the North West
Date: Wed, 18 Nov 2026 12:00:00 +0000
Message-ID: <f1@brindleylogistics.co.uk>
In-Reply-To: <s1@talentpartners.example>
References: <s1@talentpartners.example>

Thanks Sam - kind of you to think of me, but I'm not looking for a new role.

Folasade

From sam@example.com Thu Nov 26 09:10:00 2026
From: Sam Whitaker <sam@talentpartners.example>
To: Folasade Adeyemi <folasade.adeyemi@brindleylogistics.co.uk>
Subject: Re: CPO role, 3PL in the North West
Date: Thu, 26 Nov 2026 09:10:00 +0000
Message-ID: <s2@talentpartners.example>
In-Reply-To: <f1@brindleylogistics.co.uk>
References: <s1@talentpartners.example> <f1@brindleylogistics.co.uk>

Hi Folasade, just following up on my note below - the client is keen to move quickly before Christmas. Any chance of a quick chat this week?

Sam
"""

FOLASADE = """
[user]
name = "Folasade Adeyemi"
email = "folasade.adeyemi@brindleylogistics.co.uk"
signature = "Folasade"
weekly_networking_hours = 3

[[goals]]
kind = "find_mentor"
description = "A mentor who is a sitting or former Chief People Officer"
targets = ["Chief People Officer"]
priority = 1
"""


def test_a_recruiters_follow_up_after_the_users_own_no_gets_no_second_decline(
    kindly: Kindly, tmp_path: Path
) -> None:
    mbox = tmp_path / "thread.mbox"
    mbox.write_text(RECRUITER_THREAD)
    follow_up = triaged(kindly, mbox, profile=profile_file(FOLASADE, tmp_path))[-1]
    assert follow_up["subject"].startswith("Re:") and "just following up" not in follow_up["reason"]
    assert follow_up["draft"] is None, follow_up["draft"]
