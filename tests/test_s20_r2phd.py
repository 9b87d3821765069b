"""Round two for Amara Osei, the PhD candidate in battery electrolytes: an expert network's call for its client is
a consult, not a job - weighed as one, and under her rule against unpaid expert-network calls. Each near miss here
must stay as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from personas import phd_profile, to_phd
from support import Kindly, eml, profile_file, triaged, triaged_one

AMARA = phd_profile()

# 1. A paid consult brokered for an investment firm is no job: it does not serve her goal of landing a role.
PAID_CONSULT = """Hi Amara,

I'm a research associate at Gerson Advisory Group. One of our clients, an investment firm, is looking to speak with
experts on electrolyte additives for high-nickel cathodes. Your publications came up in our search.

Would you be open to a 60-minute phone consultation next week? Clients typically compensate experts at $250/hour for
their time. If you're interested, I'll send over a short compliance tutorial and a few screening questions.

Best,
Daniel Park
Research Associate, Gerson Advisory Group
"""


def _consult(tmp_path: Path, body: str = PAID_CONSULT) -> Path:
    return to_phd(
        tmp_path / "consult.eml",
        body,
        sender="Daniel Park <dpark@gersonadvisory.com>",
        subject="Paid consultation on lithium-ion electrolyte additives",
        date="Tue, 10 Nov 2026 15:02:00 +0000",
    )


def test_a_paid_expert_network_consult_is_no_job_and_gets_no_glad_to_talk(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triaged_one(kindly, _consult(tmp_path), profile_file(AMARA, tmp_path))
    assert record["decision"] != "accept"
    assert record["goal"] is None
    assert "glad to talk" not in (record["draft"] or "")
    assert "role" not in (record["draft"] or "")


def test_a_rule_against_expert_network_calls_holds_for_a_paid_consult(kindly: Kindly, tmp_path: Path) -> None:
    profile = profile_file(phd_profile(never=("consulting calls for expert networks",)), tmp_path)
    record = triaged_one(kindly, _consult(tmp_path), profile)
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do")


def test_a_rule_against_unpaid_expert_network_calls_does_not_hold_for_a_paid_one(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triaged_one(kindly, _consult(tmp_path), profile_file(AMARA, tmp_path))
    assert record["reason_code"] != "never_do"


# Near misses: a recruiter's client hiring, a consultancy hiring - real roles, still weighed as her job goal.
@pytest.mark.parametrize(
    "body",
    [
        "Hi Amara,\n\nOne of our clients, a battery start-up in Ontario, is hiring a senior electrolyte scientist. The"
        " role involves leading additive screening for high-nickel cathodes. Could we speak this week? I can send the"
        " job description.\n\nBest,\nDaniel Park\nTalent Partner, Gerson Search\n",
        "Hi Amara,\n\nWe're a battery consultancy hiring an electrolyte research scientist to work with our clients on"
        " cell chemistry. Your publications came up in our search - would you be open to a call about the role?"
        "\n\nBest,\nDaniel Park\nGerson Battery Consulting\n",
    ],
)
def test_a_role_offered_through_a_client_or_a_consultancy_is_still_a_job(
    kindly: Kindly, tmp_path: Path, body: str
) -> None:
    record = triaged_one(kindly, _consult(tmp_path, body), profile_file(AMARA, tmp_path))
    assert record["intent"] == "recruiting"
    assert record["reason_code"] != "client_request"


# 2. "We don't pay for initial scoping calls" is unpaid, and a scoping call an expert network's consulting call.
UNPAID_SCOPING = """Hi Amara,

I run a small expert network and a client of ours is trying to get smart on sodium-ion vs lithium-ion electrolytes.
Could you spare 20 minutes for an informal call this week? We don't pay for initial scoping calls, but it's a great
way to get onto our expert roster for paid work later.

Thanks!
Maya Hollis
InsightBridge
"""


def test_an_unpaid_scoping_call_for_an_expert_network_falls_under_her_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = to_phd(
        tmp_path / "maya.eml",
        UNPAID_SCOPING,
        sender="Maya Hollis <maya.hollis@insightbridge.io>",
        subject="Quick favour - 20 min on battery supply chain?",
        date="Wed, 11 Nov 2026 18:20:00 +0000",
    )
    record = triaged_one(kindly, mail, profile_file(AMARA, tmp_path))
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do")
    assert "unpaid consulting calls for expert networks" in record["draft"]


def test_a_host_who_does_not_pay_for_travel_asks_no_unpaid_work() -> None:
    from kindly.decide.rules import CONCEPTS

    assert (
        CONCEPTS["unpaid"].shown_by("We pay a fee of $500; we don't pay for your travel, I'm afraid.") is None
    )
    assert CONCEPTS["unpaid"].shown_by("We don't pay for initial scoping calls.") is not None


# 3. A lunch asked for on a day, where her hours leave no room at noon: the day, and an hour of hers near it.
def _dev(tmp_path: Path, ask: str) -> Path:
    return to_phd(
        tmp_path / "dev.eml",
        f"Hey Amara! Dev here (Chen lab alum, now at Electrovaya). We're opening 2 electrolyte scientist roles in"
        f" January. {ask}\n\nDev\n",
        sender="Dev Patel <dev.patel@electrovaya.com>",
        subject="Roles on our electrolyte team",
        date="Mon, 30 Nov 2026 16:20:00 -0500",
    )


LUNCH = "Happy to grab lunch Friday near campus and tell you what the team is like."


def test_a_lunch_outside_her_hours_gets_the_day_and_an_hour_of_hers(kindly: Kindly, tmp_path: Path) -> None:
    record = triaged_one(kindly, _dev(tmp_path, LUNCH), profile_file(AMARA, tmp_path))
    assert record["decision"] == "accept"
    assert (
        "Friday works for me, though lunchtime is outside my meeting hours - could we meet at 11:30"
        in (record["draft"])
    )
    assert "I'm only free for meetings" not in record["draft"]


def test_a_lunch_inside_her_hours_is_a_plain_yes(kindly: Kindly, tmp_path: Path) -> None:
    all_day = AMARA.replace('"Mon-Fri 09:30-12:00", "Mon-Fri 14:00-17:00"', '"Mon-Fri 09:30-17:00"')
    record = triaged_one(kindly, _dev(tmp_path, LUNCH), profile_file(all_day, tmp_path))
    assert "Friday works for me." in record["draft"]
    assert "lunchtime" not in record["draft"]


def test_a_coffee_on_a_day_keeps_its_yes_and_her_hours(kindly: Kindly, tmp_path: Path) -> None:
    coffee = "Happy to grab a coffee Friday near campus and tell you what the team is like."
    record = triaged_one(kindly, _dev(tmp_path, coffee), profile_file(AMARA, tmp_path))
    assert "Friday works for me. I'm only free for meetings between 09:30 and 12:00" in record["draft"]


# 4. Wordings: a nomination is thanked as one, a lightning talk said yes to as that talk, and a guest's "Count me
# in!" after her own "I'll get back to you" is no confirmation of anything she proposed.
def test_an_award_nomination_is_thanked_as_a_nomination(kindly: Kindly, tmp_path: Path) -> None:
    mail = to_phd(
        tmp_path / "award.eml",
        "Dear Amara Osei,\n\nCongratulations! You have been nominated for the Young Researcher Award in Energy"
        " Storage 2027. Winners are featured in our awards brochure and present at our gala in Singapore.\n\nTo"
        " confirm your nomination, please complete the registration and pay the nomination processing fee of USD"
        " 350 by December 5.\n\nBattery Innovation Forum\n",
        sender="Battery Innovation Forum <events@batteryforum-global.org>",
        subject="Nominated: Young Researcher Award in Energy Storage 2027",
        date="Thu, 12 Nov 2026 09:00:00 +0000",
    )
    record = triaged_one(kindly, mail, profile_file(AMARA, tmp_path))
    assert record["decision"] == "decline"
    assert "the nomination" in record["draft"]
    assert "invitation to speak" not in record["draft"]


def test_a_lightning_talk_is_said_yes_to_as_that_talk(kindly: Kindly, tmp_path: Path) -> None:
    from test_s20_phd import _mixer_thread

    [invitation, _hers] = _mixer_thread(tmp_path, "")
    record = triaged_one(kindly, invitation, profile_file(AMARA, tmp_path))
    assert "I'd be glad to give the 2-minute lightning talk on Thursday" in record["draft"]


def _count_me_in(tmp_path: Path) -> Path:
    return eml(
        tmp_path / "tom.eml",
        "Count me in! I'll bring a few people from the Kumacheva group.\n\nTom\n",
        sender="Tom Okafor <tom.okafor@mail.utoronto.ca>",
        subject="Re: Battery Researchers Mixer - Thursday Dec 10",
        date="Tue, 17 Nov 2026 07:00:00 -0500",
        to="Amara Osei <amara.osei@mail.utoronto.ca>",
        message_id="tom@mail.utoronto.ca",
        in_reply_to="hers@mail.utoronto.ca",
        references=["mixer@ecs-students.org", "hers@mail.utoronto.ca"],
    )


@pytest.mark.parametrize(
    ("her_note", "reason"),
    [
        (
            "Hi Priya, thanks - I'll check my schedule and get back to you!",
            "A yes of their own in this thread",
        ),
        # near miss: she proposed something, and the yes confirms it
        ("Hi Priya, could I bring a poster instead of the talk?", "Confirms what you proposed"),
    ],
)
def test_a_yes_after_her_note_confirms_her_proposal_only_where_she_made_one(
    kindly: Kindly, tmp_path: Path, her_note: str, reason: str
) -> None:
    from test_s20_phd import _mixer_thread

    records = triaged(
        kindly,
        *_mixer_thread(tmp_path, her_note),
        _count_me_in(tmp_path),
        profile=profile_file(AMARA, tmp_path),
    )
    assert records[-1]["decision"] == "ignore"
    assert records[-1]["reason"].startswith(reason)
