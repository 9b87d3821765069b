"""Twenty-first session, what the last three reviewers (a UX designer in Lisbon, a bike shop in Portland, a PhD
candidate in Toronto) still found wrong: a place read without the region written after it, an hour asked without a
day, an introducer who will write themselves, and the designer's kickoff, Slack link and rate."""

from __future__ import annotations

from pathlib import Path

import pytest

from kindly.zones import signature_zone
from personas import phd_profile, to_phd
from support import Kindly, profile_file, triaged_one

AMARA = phd_profile()

# 1. A place with a region written after it is that region's: "Victoria, BC" is in British Columbia (Vancouver's
# clock), not Australia's Victoria; "London, Ontario" is Toronto's, "Sydney, NS" Halifax's.
JORDAN = "Jordan Lee <jlee@uvic.example.ca>"
FROM_VICTORIA = (
    "Hi Amara,\n\nI read your electrolyte paper and would love a 30-minute video call about it. Would Thursday"
    " December 10 at 3pm my time work?\n\nBest,\nJordan Lee\nBattery Lab, University of Victoria\nVictoria, BC\n"
)


@pytest.mark.parametrize("stamped", ["-0800", "+0000"], ids=["written-in-victoria", "stamped-utc"])
def test_3pm_my_time_from_victoria_bc_is_6pm_in_toronto_and_the_times_offered_are_in_her_day(
    kindly: Kindly, tmp_path: Path, stamped: str
) -> None:
    mail = to_phd(
        tmp_path / "a.eml",
        FROM_VICTORIA,
        sender=JORDAN,
        subject="Your electrolyte paper",
        date=f"Tue, 1 Dec 2026 09:00:00 {stamped}",
    )
    record = triaged_one(kindly, mail, profile_file(AMARA, tmp_path))
    assert record["decision"] == "accept"
    # 3pm in Victoria is 18:00 in Toronto, outside Amara's hours (not 23:00 the day before, as Melbourne's 3pm is)
    assert "Thursday December 10 at 3pm (18:00 my time) doesn't work for me" in record["draft"]
    # ...and the times she offers are morning in Victoria, not 15:00 "your time" in UTC or a Melbourne night
    assert "(08:00 your time)" in record["draft"]


@pytest.mark.parametrize(
    ("signature", "sender", "zone"),
    [
        pytest.param("Jordan Lee\nVictoria, BC", "Jordan Lee", "America/Vancouver", id="victoria-bc"),
        pytest.param("Victoria, B.C. V8W 2Y2", "", "America/Vancouver", id="with-a-postal-code"),
        pytest.param("Kelowna, BC", "", "America/Vancouver", id="a-town-the-zone-database-lacks"),
        pytest.param("Portland, OR 97214", "", "America/Los_Angeles", id="portland-oregon"),
        pytest.param("Portland, Maine", "", "America/New_York", id="portland-maine-by-name"),
        pytest.param("London, Ontario", "", "America/Toronto", id="london-ontario"),
        pytest.param("Sydney, NS", "", "America/Halifax", id="sydney-nova-scotia"),
        pytest.param("Kingston, ON", "", "America/Toronto", id="not-jamaicas-kingston"),
        pytest.param("Boise, ID", "", "America/Boise", id="a-place-keeps-its-own-clock-in-its-state"),
        pytest.param("Phoenix, AZ", "", "America/Phoenix", id="phoenix"),
        # near misses: what must not change
        pytest.param("London, UK", "", "Europe/London", id="a-country-after-it"),
        pytest.param("Sydney, NSW", "", "Australia/Sydney", id="an-australian-state-stays-australian"),
        pytest.param("Kim Studio, Seoul", "", "Asia/Seoul", id="a-city-alone"),
        pytest.param("Thanks, Georgia", "G. Hale", None, id="a-name-signed-under-a-sign-off"),
        pytest.param("Cheers,\nVirginia", "Virginia Wu", None, id="her-own-name"),
        pytest.param("Jordan Lee, Indiana University", "", None, id="a-university-named-for-a-state"),
    ],
)
def test_a_place_with_a_region_after_it_is_that_regions(
    signature: str, sender: str, zone: str | None
) -> None:
    found = signature_zone(signature, sender)
    assert (str(found) if found is not None else None) == zone


# 4. A forwarder who steps aside ("Please write to her directly") is answered with the user's promise to write to
# her, in the mail's own pronoun; one who says they will write themselves ("I'll email her directly") asks nothing
# of the user, so the draft promises nothing.
MICHAEL = "Prof. Michael Chen <michael.chen@utoronto.ca>"
LENAS_NOTE = (
    "Amara,\n\nSee below - Lena and I were at the Gordon conference together. She leads the electrolyte group at"
    " Northvolt and kindly agreed to chat with you about industry R&D. {said}\n\nMichael\n\n"
    "---------- Forwarded message ---------\nFrom: Lena Fischer <lena.fischer@northvolt.com>\n"
    "Date: Tue, 17 Nov 2026\nSubject: Re: Introduction\nTo: Michael Chen <michael.chen@utoronto.ca>\n\n"
    "Happy to chat with your student about industry R&D. 30 minutes any time next week.\n\nLena\n"
)


def _forwarded_by_michael(kindly: Kindly, tmp_path: Path, said: str) -> str:
    mail = to_phd(
        tmp_path / "fwd.eml",
        LENAS_NOTE.format(said=said),
        sender=MICHAEL,
        subject="Fwd: Introduction - Amara Osei / Lena Fischer",
        date="Tue, 1 Dec 2026 09:00:00 -0500",
    )
    record = triaged_one(kindly, mail, profile_file(AMARA, tmp_path))
    assert (record["decision"], record["reason_code"]) == ("accept", "target_person")
    return str(record["draft"])


@pytest.mark.parametrize(
    ("said", "promise"),
    [
        pytest.param("Please write to her directly.", "I'll email her directly.", id="write-to-her"),
        pytest.param("She's expecting to hear from you.", "I'll email her directly.", id="she-is-expecting"),
        pytest.param(
            "Email him directly if you like.", "I'll email him directly.", id="the-mails-own-pronoun"
        ),
        pytest.param(
            "I'll leave you two to take it from here.", "I'll email them directly.", id="no-pronoun"
        ),
    ],
)
def test_a_forwarder_who_steps_aside_is_told_she_will_write_to_the_person_as_the_mail_calls_them(
    kindly: Kindly, tmp_path: Path, said: str, promise: str
) -> None:
    assert f"I'd be glad to meet Lena - {promise}" in _forwarded_by_michael(kindly, tmp_path, said)


@pytest.mark.parametrize(
    "said",
    [
        "I'll email her directly to set up a time for you both.",
        "I will contact her directly and introduce you two this week.",
        "We can reach out to her directly on your behalf.",
    ],
)
def test_a_forwarder_who_will_write_to_her_himself_gets_no_promise_to_write(
    kindly: Kindly, tmp_path: Path, said: str
) -> None:
    draft = _forwarded_by_michael(kindly, tmp_path, said)
    assert "directly" not in draft
    assert "introduced" in draft
