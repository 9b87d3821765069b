"""Twenty-first session, what the last three reviewers (a UX designer in Lisbon, a bike shop in Portland, a PhD
candidate in Toronto) still found wrong: a place read without the region written after it, an hour asked without a
day, an introducer who will write themselves, and the designer's kickoff, Slack link and rate."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from kindly.zones import signature_zone
from personas import phd_profile, to_phd, ux_designer_profile
from support import Kindly, eml, profile_file, triaged, triaged_one
from test_s20_r2shop import texted
from test_s20_r2ux import Mail, _triage
from test_s20_shop import rosa

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


# 2. An hour asked without a day ("7:30ish would be perfect", "How about 7:30?") is the hour the times proposed are
# at - in a first message, and in a reply to Rosa's yes, which goes on with it; her hours are 07:30-09:30.
DAVE = "Dave Kim <dave@lumendental.example>"
BIKE_CHECK = (
    "Hi Rosa,\n\nI'm the office manager at Lumen Dental on 28th and about a dozen of us bike to work. Would you come"
    " do a commuter bike check morning at our office sometime? Happy to pay of course.\n\nDave Kim\nLumen Dental"
)
ROSAS_YES = (
    "\n\nDave\n\nOn Fri, Nov 27, 2026, Rosa Delgado wrote:\n> Hi Dave, thanks - I'd be glad to. Would Friday,"
    " December 4 at {hour} or Tuesday, December 8 at {hour}\n> work for you?"
)


def test_daves_text_asking_for_7_30ish_is_offered_times_at_7_30(kindly: Kindly, tmp_path: Path) -> None:
    record = texted(
        kindly,
        tmp_path,
        "Dave Kim",
        "Hey Rosa it's Dave (the blue Surly). Quick q - I'm the office manager at Lumen Dental on 28th and about a"
        " dozen of us bike in. Would you come do a commuter bike check morning at our office sometime? We open at 8"
        " so 7:30ish would be perfect. Happy to pay of course",
    )
    assert record["decision"] == "accept"
    assert "at 7:30 am or" in record["draft"], record["draft"]
    assert "9:00 am" not in record["draft"]


def _dave_answers(kindly: Kindly, tmp_path: Path, words: str, hour: str = "9:00 am") -> dict[str, Any]:
    asked = eml(
        tmp_path / "a.eml",
        BIKE_CHECK,
        sender=DAVE,
        subject="Commuter bike check at our office?",
        date="Thu, 26 Nov 2026 11:20:05 -0800",
        to="rosa@spokeandchain.bike",
        message_id="a@lumen.example",
    )
    reply = eml(
        tmp_path / "b.eml",
        f"Hi Rosa,\n\nGreat, thanks! {words}{ROSAS_YES.format(hour=hour)}",
        sender=DAVE,
        subject="Re: Commuter bike check at our office?",
        date="Mon, 30 Nov 2026 09:05:00 -0800",
        to="rosa@spokeandchain.bike",
        message_id="b@lumen.example",
        in_reply_to="a@lumen.example",
        references=["a@lumen.example"],
    )
    first, second = triaged(kindly, asked, reply, profile=rosa(tmp_path))
    assert first["decision"] == "accept"
    return second


@pytest.mark.parametrize(
    "words", ["7:30ish works for us.", "How about 7:30?", "Around 7:30 would be ideal for the team."]
)
def test_an_hour_without_a_day_in_a_reply_to_her_yes_is_offered_on_her_days_at_that_hour(
    kindly: Kindly, tmp_path: Path, words: str
) -> None:
    record = _dave_answers(kindly, tmp_path, words)
    assert record["decision"] == "accept", record["reason"]
    assert re.search(
        r"Would \w+, December \d+ at 7:30 am or \w+, December \d+ at 7:30 am work", record["draft"]
    )


def test_the_hour_she_offered_said_back_is_a_yes_to_it_not_a_new_ask(kindly: Kindly, tmp_path: Path) -> None:
    record = _dave_answers(kindly, tmp_path, "7:30 works for us - see you then.", hour="7:30 am")
    assert record["decision"] == "ignore"
    assert not record["draft"]


@pytest.mark.parametrize(
    "words",
    [
        "8 works for all of us.",  # a count of people, not an hour
        "Any morning works for us.",  # no hour at all
    ],
)
def test_words_that_ask_no_hour_leave_her_times_as_they_were(
    kindly: Kindly, tmp_path: Path, words: str
) -> None:
    record = texted(kindly, tmp_path, "Dave Kim", f"{BIKE_CHECK.split(chr(10) * 2)[1]} {words}")
    assert "7:30" not in (record["draft"] or "")


# 3. Tiago the designer: a group chat's invite link given (or offered) is what his yes joins through, or asks for;
# white-label work that names no pay is asked its rate, beside his own where his profile states one.
INES = Mail(
    "Ines Costa <ines@solodesign.example>",
    "Solo Design Collective",
    "Hi Tiago,\n\nWe're a group of about 40 independent product designers in Lisbon and Porto who share work, rates"
    " and referrals. Would you like to join us? {how}\n\nBest,\nInes",
)


@pytest.mark.parametrize(
    ("how", "yes"),
    [
        pytest.param(
            "Join our Slack here: https://join.slack.com/t/solodesign/shared_invite/zt-abc123",
            "link you sent.",
            id="link-given",
        ),
        pytest.param(
            "If so I'll send the invite link to this address.",
            "please do send",
            id="offered",
        ),
    ],
)
def test_a_design_collectives_slack_invite_is_joined_through_its_link_or_asked_for(
    kindly: Kindly, tmp_path: Path, how: str, yes: str
) -> None:
    mail = INES._replace(body=INES.body.format(how=how))
    record = _triage(kindly, tmp_path, mail)
    assert record["decision"] == "accept"
    assert yes in record["draft"]


def test_a_collective_that_mentions_no_link_gets_the_plain_yes(kindly: Kindly, tmp_path: Path) -> None:
    mail = INES._replace(body=INES.body.format(how="We meet online once a month."))
    record = _triage(kindly, tmp_path, mail)
    assert "link" not in record["draft"]


WHITE_LABEL_NO_PAY = Mail(
    "Priya Shah <priya@brightagency.example.co.uk>",
    "Freelance UX for an e-commerce redesign",
    "Hi Tiago,\n\nWe're a digital agency in Manchester and we've got a big e-commerce redesign starting in January,"
    " 8 weeks, white-label - you'd work under our brand. Would you be interested?\n\nBest,\nPriya",
)


@pytest.mark.parametrize(
    ("rate", "his"), [(True, "My day rate is EUR 650"), (False, "")], ids=["his-rate", "none"]
)
def test_white_label_work_that_names_no_pay_is_asked_its_rate_beside_his_own(
    kindly: Kindly, tmp_path: Path, rate: bool, his: str
) -> None:
    record = _triage(kindly, tmp_path, WHITE_LABEL_NO_PAY, rate=rate)
    assert "Could you let me know the day rate you have in mind for it?" in record["draft"]
    assert (his in record["draft"]) if his else "EUR" not in record["draft"]


def test_white_label_work_that_names_its_pay_is_not_asked_it(kindly: Kindly, tmp_path: Path) -> None:
    paid = WHITE_LABEL_NO_PAY._replace(
        body=WHITE_LABEL_NO_PAY.body.replace("Would you be", "We can pay EUR 700/day. Would you be")
    )
    record = _triage(kindly, tmp_path, paid)
    assert "rate you have in mind" not in (record["draft"] or "")


# ...and a client's kickoff in his calendar, at 3pm New York time (20:00 in Lisbon, after his hours), is told in the
# organiser's own hour too, not only in his, which she never wrote.
KICKOFF = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20261209T150000
DTEND;TZID=America/New_York:20261209T163000
DTSTAMP:20261127T190000Z
ORGANIZER;CN=Megan Walsh:mailto:megan@brightpath-health.com
UID:brightpath-journey-workshop-20261209@brightpath-health.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Tiago Marques:mailto:tiago@marques.design
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Megan Walsh:mailto:megan@brightpath-health.com
SUMMARY:BrightPath x Tiago - patient journey workshop (paid engagement kickoff)
DESCRIPTION:Hi Tiago\\, as agreed on our call\\, here's the kickoff workshop for the patient-journey project. 90 m
 inutes on Zoom with our product and clinical teams. Zoom: https://zoom.us/j/88812345
LOCATION:Zoom
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""


def test_a_kickoff_after_his_hours_is_refused_at_the_organisers_hour_and_his(
    kindly: Kindly, tmp_path: Path
) -> None:
    invite = tmp_path / "workshop.ics"
    invite.write_text(KICKOFF.replace("\n", "\r\n"))
    record = triaged_one(kindly, invite, profile_file(ux_designer_profile(), tmp_path))
    assert "Wednesday 9 December at 15:00 your time (20:00 my time) doesn't work for me" in record["draft"]
