"""A follow-up about a donation already promised is the same donation (the second code review): the monthly cap
counts one per thread."""

from __future__ import annotations

from pathlib import Path

from support import EXAMPLES, Kindly, profile_file, triaged

THREE_ASKS = """From x@y Mon Nov 30 09:00:00 2026
From: Ann Lee <ann@school1.example>
To: Dana Reyes <dana@example.com>
Subject: Silent auction
Date: Tue, 01 Dec 2026 10:00:00 -0800
Message-ID: <f1@fund.example>

Hi Dana,

Our school is holding its winter gala with a silent auction. Would you consider donating a gift card to the silent auction?

Thank you,
Ann

From x@y Mon Nov 30 09:00:00 2026
From: Ann Lee <ann@school1.example>
To: Dana Reyes <dana@example.com>
Subject: Re: Silent auction
Date: Fri, 04 Dec 2026 10:00:00 -0800
Message-ID: <f2@fund.example>
In-Reply-To: <f1@fund.example>
References: <f1@fund.example>

Hi Dana, just following up on my note - would you consider donating a gift card to the silent auction? The gala is on the 18th.

Ann

From x@y Mon Nov 30 09:00:00 2026
From: Bob Ray <bob@school2.example>
To: Dana Reyes <dana@example.com>
Subject: Raffle
Date: Mon, 07 Dec 2026 10:00:00 -0800
Message-ID: <f3@fund2.example>

Hi Dana, our food bank's raffle is on the 20th. Would you consider donating a gift card to the raffle?

Bob

"""

# The example user, with a cap on what she gives to fundraisers.
CAPPED = (EXAMPLES / "profile.toml").read_text() + (
    '\n[[never]]\nwhat = "donating gift cards to auctions more than once a month"\n'
)


def test_a_follow_up_about_a_donation_is_not_counted_as_another(kindly: Kindly, tmp_path: Path) -> None:
    mbox = tmp_path / "asks.mbox"
    mbox.write_text(THREE_ASKS)
    first, follow_up, another = triaged(kindly, mbox, profile=profile_file(CAPPED, tmp_path))
    assert (first["decision"], first["reason_code"]) == ("accept", "donation"), first["reason"]
    assert follow_up["reason_code"] != "never_do", follow_up["reason"]
    assert another["reason_code"] == "never_do" and "one this month already (#1)" in another["reason"]


def test_a_donation_yes_promises_the_day_the_mail_wants_it_by(kindly: Kindly, tmp_path: Path) -> None:
    ask = (
        "From: Caroline Weiss <cweiss@kidsfund.example.org>\nSubject: Silent auction donation request\n\n"
        "Would you consider donating a gift card to our silent auction on Saturday, December 12? Donations "
        "should reach us by December 10 so we can finalize the catalogue.\n\nCaroline\n"
    )
    [record] = triaged(kindly, "-", profile=profile_file(CAPPED, tmp_path), input=ask)
    assert record["reason_code"] == "donation", record["reason"]
    assert "by December 10" in record["draft"] and "by when" not in record["draft"], record["draft"]
