"""Round two for the senior technology editor (the nineteenth session's persona review): a PR person offering her
a CEO "happy to speak on background", a coffee that pitches a story, off-the-record drinks from an agency known only
by its address, and a firm greeted by the first word of its name. Each near miss here must stay as it was."""

from __future__ import annotations

from pathlib import Path

from support import Kindly, eml, profile_file, triaged_one

HANNAH = """
[user]
name = "Hannah Okafor"
email = "hannah.okafor@thechronicle.co.uk"
signature = "Hannah"
weekly_networking_hours = 3
date_style = "international"
meeting_hours = ["Mon-Fri 08:30-10:00", "Tue,Thu 17:30-19:30"]
time_zone = "Europe/London"

[[goals]]
kind = "meet_person"
description = "Meet sources for the fintech and regulation beat"
targets = ["Tomasz Wierzbicki", "Lumen Pay", "Adaeze Nwosu"]
priority = 1

[[goals]]
kind = "build_credibility"
description = "Speak on panels and at festivals about technology, AI and the book"
targets = ["literary festivals", "technology panels", "journalism conferences"]
priority = 2

[[goals]]
kind = "amplify_campaign"
description = "Amplify the launch of my book The Quiet Machine in March 2027"
targets = ["The Quiet Machine", "book launch", "booksellers"]
priority = 3

[[never]]
what = "off-the-record drinks with PR agencies"

[[resources]]
title = "How to pitch the Chronicle tech desk"
description = "A one-page guide to what the tech desk covers and how to pitch it"
link = "https://thechronicle.co.uk/tech/how-to-pitch"
helps = "PR agencies and founders pitching story ideas"
"""


def _triaged(
    kindly: Kindly, tmp_path: Path, body: str, sender: str, subject: str, profile: str = HANNAH
) -> dict[str, object]:
    mail = eml(
        tmp_path / "mail.eml",
        body,
        sender=sender,
        subject=subject,
        date="Wed, 25 Nov 2026 10:10:00 +0000",
        to="hannah.okafor@thechronicle.co.uk",
    )
    return triaged_one(kindly, mail, profile_file(profile, tmp_path))


SPOKESPERSON = """Hi Hannah,

Would you have 20 minutes in the next couple of weeks to meet Daniel Roth, CEO of Finchley Capital? He has some
strong views on the FCA's new consumer duty rules and would be happy to speak on background.

Best,
Priya
Finchley Communications
"""


def test_a_ceo_offered_to_speak_on_background_is_a_pitch_not_a_stage_for_her(
    kindly: Kindly, tmp_path: Path
) -> None:
    # the one who would speak is the CEO, offered to the journalist: no talk of hers, no meeting times to a PR
    record = _triaged(
        kindly,
        tmp_path,
        SPOKESPERSON,
        "Priya Nair <priya@finchleycomms.example.com>",
        "20 minutes with our CEO?",
    )
    draft = str(record["draft"])
    assert record["decision"] == "decline"
    assert record["reason_code"] == "press_pitch"
    assert "Would Monday" not in draft and "glad to talk" not in draft
    assert "https://thechronicle.co.uk/tech/how-to-pitch" in draft  # her guide for pitches
    assert "the event" not in draft  # no event to wish well


def test_an_agencys_offer_of_its_clients_boss_is_a_pitch_however_it_is_worded(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = """Hi Hannah,

We can make our founder available for an interview next week, ahead of the Series B announcement. Would Tuesday
work for a call?

Thanks,
Sam
"""
    record = _triaged(kindly, tmp_path, body, "Sam Price <sam@northgatepr.example.com>", "Founder interview")
    assert record["decision"] == "decline"
    assert record["reason_code"] == "press_pitch"


def test_a_sources_own_press_office_offering_her_target_is_still_her_source(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: the person offered is the one her goal names - a meeting she wants, whoever arranges it
    body = """Hi Hannah,

Would you have 30 minutes next week to meet Tomasz Wierzbicki, CEO of Lumen Pay? He would be happy to speak on
background about open banking.

Best,
Ruth
Lumen Pay Press Office
"""
    record = _triaged(kindly, tmp_path, body, "Ruth Ellis <press@lumenpay.example.com>", "Tomasz")
    assert record["reason_code"] != "press_pitch"
    assert record["decision"] == "accept"


def test_a_founders_own_coffee_with_their_cto_is_not_a_pitch_for_coverage(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: a firm's founder asking her to meet their CTO is their meeting, not an agency's pitch
    body = """Hi Hannah,

Would you like to grab a coffee next week and meet Sam Lee, our CTO? We'd love your view on how newsrooms
are using AI.

Best,
Maya
"""
    record = _triaged(kindly, tmp_path, body, "Maya Chen <maya@quillstack.example.com>", "Coffee?")
    assert record["reason_code"] != "press_pitch"


COFFEE_PITCH = """Hi Hannah,

I'd love to grab a coffee next week - I'm working with a few AI startups, including Nimbly, and I think there's a
great story in what they're doing.

Jess
"""


def test_a_coffee_that_pitches_a_story_has_said_what_it_is_for(kindly: Kindly, tmp_path: Path) -> None:
    # not "is there something specific you wanted to discuss?": they said it, a story pitched
    record = _triaged(
        kindly, tmp_path, COFFEE_PITCH, "Jess Carrow <jess@brightwater.example.co.uk>", "Coffee?"
    )
    draft = str(record["draft"])
    assert record["decision"] == "decline"
    assert record["reason_code"] == "press_pitch"
    assert "something specific" not in draft
    assert "How to pitch the Chronicle tech desk" in draft


def test_a_story_pitched_to_a_user_with_no_guide_is_asked_for_in_writing(
    kindly: Kindly, tmp_path: Path
) -> None:
    profile = HANNAH.split("[[resources]]")[0]
    record = _triaged(
        kindly, tmp_path, COFFEE_PITCH, "Jess Carrow <jess@brightwater.example.co.uk>", "Coffee?", profile
    )
    draft = str(record["draft"])
    assert record["decision"] == "decline"
    assert "e-mail with the story" in draft
    assert "https://" not in draft


DRINKS = """Hi Hannah,

It's been far too long. A few of us from Halden are heading to the Coach & Horses on Thursday 3 December from 6pm
for drinks, strictly off the record. Our clients are keen to understand where the coverage is going.

Ollie
"""


def test_off_the_record_drinks_from_an_agency_known_by_its_address_fall_under_her_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    # "haldenpr": a PR agency by its own name, though no line says "PR agency"; "our clients" is no friend's plan
    record = _triaged(kindly, tmp_path, DRINKS, "Oliver Pratt <oliver@haldenpr.example.com>", "Drinks?")
    assert record["decision"] == "decline"
    assert record["reason_code"] == "never_do"
    assert "off-the-record drinks with PR agencies" in str(record["draft"])


def test_a_friends_drinks_after_too_long_stay_personal_plans(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: the same warmth from a friend's own address, speaking for no clients, is personal
    body = """Hi Hannah,

It's been far too long. A few of us from the old newsroom are heading to the Coach & Horses on Thursday
3 December from 6pm for drinks. Come along if you can!

Ollie
"""
    record = _triaged(kindly, tmp_path, body, "Oliver Pratt <ollie.pratt@gmail.com>", "Drinks?")
    assert record["decision"] == "ignore"
    assert record["reason_code"] == "personal"


def test_a_firm_named_for_its_trade_is_greeted_by_the_one_who_signs(kindly: Kindly, tmp_path: Path) -> None:
    body = """Hi Hannah,

Would you like to join us for the launch of Sarah Bell's new novel at Daunt Books on Thursday 10 December at
6.30pm? We'd love to see you there.

Warm wishes,
Tessa
Aurora Lit PR
"""
    record = _triaged(kindly, tmp_path, body, "Aurora Lit PR <hello@auroralit.example.com>", "A launch")
    draft = str(record["draft"])
    assert draft.startswith("Hi Tessa,")
    assert "Aurora," not in draft
