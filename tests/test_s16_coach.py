"""Sixteenth session, an executive coach's review: Priyanka Nair coaches heads of engineering and newly promoted
VPs from Sydney. Strangers ask to "pick her brain", podcasts write from the US and the UK in their own time zones,
and a never-rule caps free sessions at half an hour."""

from __future__ import annotations

from pathlib import Path

import pytest

from personas import coach_profile
from support import Kindly, eml, profile_file, triaged_one

PICK_YOUR_BRAIN = "free 'pick your brain' sessions longer than 30 minutes"


def coach(tmp_path: Path, never: tuple[str, ...] = (PICK_YOUR_BRAIN,)) -> Path:
    """Her profile, with these never-rules, where kindly reads it."""
    return profile_file(coach_profile(never=never), tmp_path)


def brain(tmp_path: Path, ask: str) -> Path:
    return eml(
        tmp_path / "coffee.eml",
        f"Hi Priyanka,\n\nWe haven't met, but I've followed your posts for a while. I'm thinking about leaving HR to"
        f" become a coach, and {ask}\n\nJess",
        sender="Jess Moreau <jess.moreau88@example.com>",
        subject="Coffee?",
        date="Tue, 24 Nov 2026 21:40:00 +1100",
        to="priyanka@nairleadership.com.au",
    )


# -- a limit on a length ("longer than 30 minutes") beside a rule's ideas holds only past it ---------------------


@pytest.mark.parametrize(
    "ask",
    [
        "I'd love to pick your brain over coffee - maybe an hour or so? - about how you got started.",
        "would you have time for a 45-minute call so I can pick your brain about building a practice?",
        "could I pick your brain for a couple of hours one afternoon?",
    ],
)
def test_a_free_session_past_the_length_the_rule_allows_is_declined_with_the_rule(
    kindly: Kindly, tmp_path: Path, ask: str
) -> None:
    record = triaged_one(kindly, brain(tmp_path, ask), coach(tmp_path))
    assert record["decision"] == "decline"
    assert record["reason"] == "You never do free 'pick your brain' sessions longer than 30 minutes."
    assert "How I became a coach" in record["draft"]


@pytest.mark.parametrize(
    "ask",
    [
        "could I pick your brain for 20 minutes about which certification to do?",
        "could I pick your brain for half an hour about which certification to do?",
        "I'd love to grab a coffee and pick your brain sometime.",
    ],
)
def test_a_free_session_within_the_length_or_of_no_length_is_not_ruled_out(
    kindly: Kindly, tmp_path: Path, ask: str
) -> None:
    # the rule limits the length: 20 minutes, half an hour or a coffee of no stated length is not past it
    record = triaged_one(kindly, brain(tmp_path, ask), coach(tmp_path))
    assert "pick your brain' sessions" not in record["reason"]
    assert "firm rule" not in (record["draft"] or "")


def test_a_prospective_clients_short_pick_your_brain_is_not_turned_into_a_consultation(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = eml(
        tmp_path / "amara.eml",
        "Hi Priyanka,\n\nI lead People & Culture at Brightloop. We've just promoted four engineers into Head of"
        " Engineering roles and I'm looking for a coach to support them.\n\nCould I pick your brain for 20 minutes"
        " on how you'd structure coaching for a small cohort like this? Thursday 3 December at 8am Sydney time"
        " would suit me.\n\nAmara Osei\nHead of People & Culture, Brightloop",
        sender="Amara Osei <amara.osei@brightloop.example>",
        subject="Coaching for our new engineering managers",
        date="Wed, 25 Nov 2026 10:05:00 +1100",
        to="priyanka@nairleadership.com.au",
    )
    record = triaged_one(kindly, mail, coach(tmp_path))
    assert record["decision"] == "accept"
    assert "consultation" not in record["reason"]
    assert "proper consultation" not in record["draft"]
    assert "Thursday 3 December at 8am Sydney time works for me." in record["draft"]


def test_a_rule_of_ideas_alone_still_holds_whatever_the_length(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: with no limit in the rule, a short free session is still one
    record = triaged_one(
        kindly,
        brain(tmp_path, "could I pick your brain for 20 minutes about which certification to do?"),
        coach(tmp_path, never=("free 'pick your brain' sessions",)),
    )
    assert record["decision"] == "decline"
    assert record["reason"] == "You never do free 'pick your brain' sessions."


# -- an hour rule in the user's own clock ("calls before 07:00 or after 20:00 Sydney time") ----------------------

HOURS = "calls before 07:00 or after 20:00 Sydney time"


def show(tmp_path: Path, slot: str) -> Path:
    return eml(
        tmp_path / "show.eml",
        "Dear Priyanka,\n\nI produce The People Leader Show, a fortnightly podcast for HR directors in the UK. Our"
        " host would love to interview you about coaching newly promoted leaders. The recording is a 40-minute"
        f" Zoom call. Would {slot} work for you?\n\nKind regards,\nSophie Baptiste\nProducer",
        sender="Sophie Baptiste <sophie@peopleleadershow.example>",
        subject="The People Leader Show - would you join us?",
        date="Mon, 23 Nov 2026 11:00:00 +0000",
        to="priyanka@nairleadership.com.au",
    )


def test_a_recording_offered_before_seven_in_the_users_clock_is_answered_with_times_she_takes_calls(
    kindly: Kindly, tmp_path: Path
) -> None:
    # 6pm in London is 05:00 the next morning in Sydney
    record = triaged_one(
        kindly, show(tmp_path, "Thursday 10 December at 6pm GMT"), coach(tmp_path, never=(HOURS,))
    )
    assert record["decision"] == "accept"
    draft = record["draft"]
    assert "doesn't work for me, though" in draft
    assert "between 07:00 and 20:00" in draft


def test_the_hour_rule_is_read_as_hours_not_word_for_word(kindly: Kindly, tmp_path: Path) -> None:
    result = kindly(
        "triage",
        str(show(tmp_path, "Thursday 10 December at 9am GMT")),
        "--profile",
        str(coach(tmp_path, never=(HOURS, "calls before 7am or after 8pm my time"))),
    )
    assert result.exit_code == 0
    assert "word for word" not in result.stderr


def test_a_recording_offered_inside_the_users_hours_is_said_yes_to_as_offered(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: 8am in London is 19:00 in Sydney, inside the hours the rule leaves
    record = triaged_one(
        kindly, show(tmp_path, "Thursday 10 December at 8am GMT"), coach(tmp_path, never=(HOURS,))
    )
    assert record["decision"] == "accept"
    assert "Thursday 10 December at 8am GMT (19:00 my time)" in record["draft"]
    assert "doesn't work for me" not in record["draft"]


# -- scams dressed as a keynote or an investment -------------------------------------------------------------------


def test_a_keynote_that_asks_a_fee_by_western_union_first_is_a_scam_left_unanswered(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = eml(
        tmp_path / "keynote.eml",
        "Dear Coach Priyanka Nair,\n\nYou have been selected as Keynote Speaker at the Global Coaching Excellence"
        " Awards in Dubai, 14 February 2027. Your honorarium of USD 15,000 and business-class travel are"
        " guaranteed.\n\nTo confirm your place, kindly remit the mandatory visa processing and registration fee of"
        " USD 650 by Western Union within 72 hours to our travel agent. Reply with your passport copy.\n\n"
        "Speaker Relations Office",
        sender="Speaker Relations <speakers@coach-awards-global.example>",
        subject="You have been selected: keynote 2027",
        date="Sat, 21 Nov 2026 04:12:00 +0400",
        to="priyanka@nairleadership.com.au",
    )
    record = triaged_one(kindly, mail, coach(tmp_path))
    assert record["decision"] == "ignore"
    assert record["reason"].startswith("Looks like a scam")
    assert "Western Union" in record["reason"]


def test_a_conference_fee_paid_by_bank_transfer_is_no_scam(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: a fee to remit, with no money promised and nothing untraceable
    mail = eml(
        tmp_path / "summit.eml",
        "Hi Priyanka,\n\nThanks for registering for the HR Leaders Summit in Sydney on 4 March 2027. Please remit"
        " the registration fee of AUD 450 by bank transfer by Friday 11 December.\n\nEvents team",
        sender="HR Leaders Summit <events@hrleaders.example>",
        subject="Your registration",
        date="Mon, 23 Nov 2026 09:00:00 +1100",
        to="priyanka@nairleadership.com.au",
    )
    record = triaged_one(kindly, mail, coach(tmp_path))
    assert not record["reason"].startswith("Looks like a scam")


def test_guaranteed_monthly_returns_in_crypto_are_a_scam(kindly: Kindly, tmp_path: Path) -> None:
    mail = eml(
        tmp_path / "fund.eml",
        "Hello dear, I see you are a successful coach. I manage a private crypto trading fund with guaranteed 12%"
        " monthly returns. Can I send you the details on WhatsApp?",
        sender="Victor Crane <victor.crane@example.com>",
        subject="Opportunity",
        date="Fri, 27 Nov 2026 10:45:00 +0000",
        to="priyanka@nairleadership.com.au",
    )
    record = triaged_one(kindly, mail, coach(tmp_path))
    assert record["decision"] == "ignore"
    assert record["reason"].startswith("Looks like a scam")


def test_a_funds_monthly_result_said_once_is_no_scam(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: returns reported, not promised, and no crypto
    mail = eml(
        tmp_path / "fund.eml",
        "Hi Priyanka,\n\nOur leadership team grew fast after our fund returned 12% a month through the spring. Would"
        " you speak to our new managers at our offsite on Thursday 11 February 2027?\n\nLeah Grant\nCOO, Bright"
        " Harbour Capital",
        sender="Leah Grant <leah@brightharbour.example>",
        subject="Offsite talk",
        date="Fri, 27 Nov 2026 10:45:00 +1100",
        to="priyanka@nairleadership.com.au",
    )
    record = triaged_one(kindly, mail, coach(tmp_path))
    assert not record["reason"].startswith("Looks like a scam")


# -- someone who has just taken on the role a client goal looks for is a prospective client -----------------------


def newly(tmp_path: Path, body: str, sender: str = "Ritu Sharma <ritu@linewise.example>") -> Path:
    return eml(
        tmp_path / "newly.eml",
        body,
        sender=sender,
        subject="Hello",
        date="Tue, 24 Nov 2026 22:05:00 +1100",
        to="priyanka@nairleadership.com.au",
    )


def test_a_newly_promoted_vp_who_asks_to_pick_her_brain_is_a_prospective_client(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = newly(
        tmp_path,
        "Hi Priyanka - I was just promoted to VP Engineering at Linewise and your posts have been my survival"
        " guide. Could I pick your brain for 15 minutes about whether coaching makes sense for me right now?",
    )
    record = triaged_one(kindly, mail, coach(tmp_path))
    assert record["intent"] == "client_inquiry"
    assert record["decision"] == "accept"
    assert record["goal"] == "find_clients"


def test_a_new_vp_saying_he_is_a_month_into_the_role_is_no_recruiter(kindly: Kindly, tmp_path: Path) -> None:
    mail = newly(
        tmp_path,
        "Priyanka - great to e-meet you. I'm about a month into the VP role and honestly feeling it. Could we find"
        " 30 minutes for a call in the next couple of weeks? Early mornings work best for me.\n\nFelix",
        sender="Felix Huang <felix.huang@cobaltpay.example>",
    )
    record = triaged_one(kindly, mail, coach(tmp_path))
    assert record["decision"] == "accept"
    assert "not looking for a new role" not in record["draft"]


def test_a_recruiter_who_was_promoted_and_is_hiring_is_still_a_recruiter(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: the sender's own promotion beside a role they hire for
    mail = newly(
        tmp_path,
        "Hi Priyanka, I was recently promoted to VP Engineering at Linewise and I'm now hiring a full-time Head of"
        " Leadership Development. Would you be open to a confidential chat about the position?",
    )
    record = triaged_one(kindly, mail, coach(tmp_path))
    assert record["intent"] != "client_inquiry"


def test_a_role_the_goal_does_not_look_for_is_not_read_as_a_client(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: a head of marketing is no head of engineering
    mail = newly(
        tmp_path,
        "Hi Priyanka - I was just promoted to Head of Marketing at Linewise. Could I pick your brain for 15 minutes"
        " about how you built your LinkedIn audience?",
    )
    record = triaged_one(kindly, mail, coach(tmp_path))
    assert record["intent"] != "client_inquiry"


# -- the medium a meeting is held over is not a question about the user's work --------------------------------

ZOOM_ANSWER = "I coach on Zoom; in person in Sydney CBD when it suits."


def client(tmp_path: Path, ask: str) -> Path:
    return eml(
        tmp_path / "client.eml",
        "Hi Priyanka,\n\nI lead People & Culture at Brightloop. We've just promoted four engineers into Head of"
        f" Engineering roles and I'm looking for a coach to support them. {ask}\n\nAmara Osei",
        sender="Amara Osei <amara.osei@brightloop.example>",
        subject="Coaching for our new heads of engineering",
        date="Wed, 25 Nov 2026 10:05:00 +1100",
        to="priyanka@nairleadership.com.au",
    )


def test_a_meeting_asked_for_over_zoom_is_not_answered_with_how_she_coaches(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triaged_one(
        kindly,
        client(tmp_path, "Would you be open to a 30-minute Zoom next week to talk it through?"),
        coach(tmp_path),
    )
    assert record["decision"] == "accept"
    assert ZOOM_ANSWER not in record["draft"]


def test_a_show_that_records_on_zoom_and_prefers_a_day_is_not_answered_with_how_she_coaches(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = eml(
        tmp_path / "show.eml",
        "Dear Priyanka,\n\nI produce The People Leader Show, a podcast for HR directors in the UK. Our host would love"
        " to interview you about coaching newly promoted leaders.\n\nWe record live on Zoom at 9am GMT on"
        " Thursdays; Thursday 10 December would be ideal. The recording takes around 40 minutes. Please let me know"
        " if that works.\n\nSophie Baptiste\nProducer",
        sender="Sophie Baptiste <sophie@peopleleadershow.example>",
        subject="The People Leader Show - would you join us?",
        date="Mon, 23 Nov 2026 11:00:00 +0000",
        to="priyanka@nairleadership.com.au",
    )
    record = triaged_one(kindly, mail, coach(tmp_path))
    assert record["decision"] == "accept"
    assert ZOOM_ANSWER not in record["draft"]


def test_a_client_who_asks_whether_she_coaches_on_zoom_gets_her_answer(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: the medium asked about, not met over
    record = triaged_one(
        kindly,
        client(tmp_path, "Do you coach on Zoom or in person? Could we have a call next week?"),
        coach(tmp_path),
    )
    assert record["decision"] == "accept"
    assert ZOOM_ANSWER in record["draft"]


def test_a_head_of_people_looking_for_a_coach_for_her_new_heads_is_a_client_not_a_recruiter(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triaged_one(
        kindly,
        client(tmp_path, "Would you be open to a 30-minute Zoom next week to talk it through?"),
        coach(tmp_path),
    )
    assert record["intent"] == "client_inquiry"
    assert record["decision"] == "accept"
    assert "not looking for a new role" not in record["draft"]


def test_a_recruiter_looking_for_a_coach_to_hire_full_time_is_still_a_recruiter(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: the coach is wanted for a job, not bought
    mail = eml(
        tmp_path / "recruiter.eml",
        "Hi Priyanka,\n\nI'm looking for an executive coach to join a Tier 1 bank in a permanent, full-time"
        " position (package to AUD 280k). Are you open to a confidential chat this week?\n\nOlivia Grant\n"
        "Principal Consultant, Harbour Talent",
        sender="Olivia Grant <olivia.grant@harbourtalent.example>",
        subject="Head of Coaching - Tier 1 bank",
        date="Mon, 16 Nov 2026 13:00:00 +1100",
        to="priyanka@nairleadership.com.au",
    )
    record = triaged_one(kindly, mail, coach(tmp_path))
    assert record["intent"] == "recruiting"
    assert record["decision"] == "decline"


# -- a peer coach's referral swap; someone who wants to become a coach is no client ------------------------------


def test_a_peer_coach_proposing_to_send_each_other_clients_is_said_yes_to(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = eml(
        tmp_path / "naomi.eml",
        "Hi Priyanka,\n\nI'm an ICF PCC coach in Melbourne working mainly with women leaders in finance. I keep"
        " getting enquiries from engineering leaders that aren't my niche, and I suspect you get finance people who"
        " aren't yours.\n\nWould you be open to a 30-minute Zoom to talk about referring clients to each other? No"
        " referral fees either way - just sending people to the coach who fits them best.\n\nNaomi Fitzgerald, PCC",
        sender="Naomi Fitzgerald <naomi@fitzgeraldcoaching.example>",
        subject="Referral swap between two ICF coaches?",
        date="Fri, 27 Nov 2026 12:15:00 +1100",
        to="priyanka@nairleadership.com.au",
    )
    record = triaged_one(kindly, mail, coach(tmp_path))
    assert record["decision"] == "accept"
    assert record["goal"] == "find_clients"
    assert ZOOM_ANSWER not in record["draft"]


def test_someone_who_wants_to_become_an_executive_coach_is_no_client(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: the goal's own work named twice, by one who wants to do it, not buy it
    record = triaged_one(
        kindly,
        brain(
            tmp_path,
            "I'd love to pick your brain over coffee for an hour about how to become an executive coach.",
        ),
        coach(tmp_path),
    )
    assert record["intent"] != "client_inquiry"
    assert record["decision"] == "decline"
    assert record["reason"] == "You never do free 'pick your brain' sessions longer than 30 minutes."


# -- a request to spread the sender's own post is not the user's campaign -----------------------------------------


def share(tmp_path: Path, body: str) -> Path:
    return eml(
        tmp_path / "share.eml",
        body,
        sender="Zoe Wilkinson <zoe@thrivehr.example>",
        subject="Would you share our launch?",
        date="Mon, 30 Nov 2026 11:20:00 +1100",
        to="priyanka@nairleadership.com.au",
    )


def test_a_request_to_repost_a_vendors_launch_on_linkedin_is_declined(kindly: Kindly, tmp_path: Path) -> None:
    mail = share(
        tmp_path,
        "Hi Priyanka,\n\nWe've just launched ThriveHR, an engagement survey tool for HR teams. Would you mind"
        " reposting our launch post on LinkedIn to your network? Happy to return the favour!\n\nZoe",
    )
    record = triaged_one(kindly, mail, coach(tmp_path))
    assert record["decision"] == "decline"
    assert "glad to be introduced" not in record["draft"]


def test_a_post_about_her_own_series_to_share_still_serves_her_campaign(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: the post to share is about the user's own campaign
    mail = share(
        tmp_path,
        "Hi Priyanka,\n\nI write The Leadership Letter for 22,000 engineering managers. We'd love to feature your"
        " First 90 days as a VP series in our January issue - a short Q&A with links to your posts. Could you"
        " share our post about it with your followers when it goes out?\n\nZoe",
    )
    record = triaged_one(kindly, mail, coach(tmp_path))
    assert record["decision"] == "accept"
    assert record["goal"] == "amplify_campaign"


# -- a newsletter that features a titled series, answered by email by a day -----------------------------------


def test_a_newsletter_featuring_her_titled_series_is_promised_by_its_day_with_no_call(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = eml(
        tmp_path / "letter.eml",
        "Hi Priyanka,\n\nI write The Leadership Letter (22,000 subscribers, mostly engineering managers). I'd love"
        ' to feature your "First 90 days as a VP" series in our 8 January issue - a short Q&A plus links to the'
        " posts.\n\nCould you answer five short questions by email by Friday 18 December? No call needed.\n\nIsla",
        sender="Isla Murray <isla@leadershipletter.example>",
        subject="Feature your First 90 Days series?",
        date="Fri, 27 Nov 2026 07:00:00 +0000",
        to="priyanka@nairleadership.com.au",
    )
    record = triaged_one(kindly, mail, coach(tmp_path))
    assert record["decision"] == "accept"
    assert "by Friday 18 December" in record["draft"]
    assert "Would" not in record["draft"]  # no call offered


def test_a_feature_of_a_few_plain_words_is_still_read_as_before(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: the unquoted form the reader already knew
    mail = eml(
        tmp_path / "letter.eml",
        "Hi Priyanka,\n\nI'd love to feature your series in our January issue - a short Q&A plus links to the"
        " posts.\n\nCould you answer five short questions by email by Friday 18 December?\n\nIsla",
        sender="Isla Murray <isla@leadershipletter.example>",
        subject="Feature your First 90 Days series?",
        date="Fri, 27 Nov 2026 07:00:00 +0000",
        to="priyanka@nairleadership.com.au",
    )
    record = triaged_one(kindly, mail, coach(tmp_path))
    assert record["decision"] == "accept"
    assert "by Friday 18 December" in record["draft"]
