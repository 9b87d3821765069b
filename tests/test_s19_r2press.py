"""Round two for the senior technology editor (the nineteenth session's persona review): a PR person offering her
a CEO "happy to speak on background", a coffee that pitches a story, off-the-record drinks from an agency known only
by its address, and a firm greeted by the first word of its name. Each near miss here must stay as it was."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from kindly.reply.acceptance import proposed_times
from support import Kindly, eml, profile_file, triaged, triaged_one

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


# -- the web reviewer's findings on the way (the example user, Dana, a bookkeeper for design studios) ----------

DANA = """
[user]
name = "Dana Reyes"
email = "dana@example.com"
signature = "Dana"
date_style = "international"
weekly_networking_hours = 4

[[goals]]
kind = "find_clients"
description = "Owners of small design studios who need bookkeeping"
targets = ["design studios", "small business owners"]
priority = 1

[[goals]]
kind = "build_credibility"
description = "Speak about finance for creative businesses"
targets = ["podcasts", "creative meetups"]
priority = 2

[[never]]
what = "unpaid speaking engagements"
"""


def _dana_mail(tmp_path: Path, name: str, body: str, sender: str, subject: str, **headers: str) -> Path:
    return eml(
        tmp_path / name,
        body,
        sender=sender,
        subject=subject,
        date="Tue, 01 Dec 2026 10:00:00 +0000",
        **headers,
    )


def test_a_podcast_that_cant_pay_its_guests_is_an_unpaid_speaking_engagement(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        'hey! loved your talk at creative mornings. would you come on our podcast "studio money" to talk about'
        " pricing? we can't pay guests but it's a great audience"
    )
    mail = _dana_mail(tmp_path, "podcast.eml", body, "Marco Diaz <marco@example.org>", "podcast")
    record = triaged_one(kindly, mail, profile_file(DANA, tmp_path))
    assert record["decision"] == "decline"
    assert record["reason_code"] == "never_do"
    assert "unpaid speaking engagements" in str(record["reason"])


def test_a_podcast_that_pays_its_guests_is_still_a_yes(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: paying guests is no unpaid engagement
    body = (
        'hey! loved your talk at creative mornings. would you come on our podcast "studio money" to talk about'
        " pricing? we pay guests $200 per episode"
    )
    mail = _dana_mail(tmp_path, "podcast.eml", body, "Marco Diaz <marco@example.org>", "podcast")
    record = triaged_one(kindly, mail, profile_file(DANA, tmp_path))
    assert record["decision"] == "accept"


def test_a_clients_change_of_time_on_a_thread_is_not_said_to_ask_nothing(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = """Hi Dana, Jess -

Jess just reminded me she's at the Seattle client shoot on Tuesday, so could we move this to Thursday the 12th at
2pm instead? I'd also like to add one item to the agenda: the equipment financing question for the print shop (we
got a quote from the Riso dealer yesterday, $38k all in). I'll bring the quote.

Owen

On Wed, Nov 4, 2026 at 9:12 AM Jess Albright <jess@emberandoak.example.com> wrote:
> Hi Dana,
>
> Now that October is closed, could we sit down to go through the October P&L and the Q4 estimated tax
> payment before it's due? Would Tuesday the 10th at 10am work?
>
> Jess
"""
    mail = _dana_mail(
        tmp_path,
        "owen.eml",
        body,
        "Owen Park <owen@emberandoak.example.com>",
        "Re: October close review",
        in_reply_to="jess-1@emberandoak.example.com",
    )
    jess = eml(
        tmp_path / "jess.eml",
        "Hi Dana,\n\nNow that October is closed, could we sit down to go through the October P&L and the Q4"
        " estimated tax payment before it's due? Would Tuesday the 10th at 10am work?\n\nJess\n",
        sender="Jess Albright <jess@emberandoak.example.com>",
        subject="October close review",
        date="Wed, 04 Nov 2026 09:12:00 -0800",
        message_id="jess-1@emberandoak.example.com",
    )
    record = triaged(kindly, jess, mail)[1]  # the example profile: Ember & Oak is her client
    assert record["decision"] == "ignore"
    assert "nothing is asked" not in str(record["reason"])
    assert "could we move this to Thursday the 12th at 2pm instead?" in str(record["reason"])


def test_both_times_offered_for_next_week_fall_in_that_week_when_one_day_is_taken() -> None:
    # "a 30-minute call next week ... Tuesday or Thursday morning would suit me", written on Tuesday 1 December,
    # where another draft already offers both of next Thursday's morning times: two times in the week meant
    # (another hour of that Tuesday), never a Tuesday or a Thursday the week after
    written = datetime(2026, 12, 1, 10, tzinfo=UTC)
    taken = {"Thursday 10 December at 09:30", "Thursday 10 December at 10:30"}
    times = proposed_times(
        written, False, next_week=True, preferred="Tuesday or Thursday morning would suit me", taken=taken
    )
    assert times == ["Tuesday 8 December at 09:30", "Tuesday 8 December at 10:30"]
    # ...and where the Tuesday's other hour is taken too, another day of that week
    taken.add("Tuesday 8 December at 10:30")
    times = proposed_times(
        written, False, next_week=True, preferred="Tuesday or Thursday morning would suit me", taken=taken
    )
    assert all(
        " 7 December" in t or " 8 December" in t or " 9 December" in t or " 11 December" in t for t in times
    )


def test_times_for_next_week_with_nothing_taken_stay_on_the_days_they_named() -> None:
    # near miss: nothing taken, the two days they named
    written = datetime(2026, 12, 1, 10, tzinfo=UTC)
    times = proposed_times(
        written, False, next_week=True, preferred="Tuesday or Thursday morning would suit me"
    )
    assert times == ["Tuesday 8 December at 09:30", "Thursday 10 December at 10:30"]


def test_a_friend_whose_title_is_in_communications_is_no_pr_agency(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: "Head of Communications" is a person's job, not an agency's name - the rule about PR agencies does
    # not hold of an old colleague's drinks
    body = """Hi Hannah,

It's been far too long! A few of us from the old newsroom are meeting for drinks at the Coach & Horses on Thursday
3 December from 6pm - strictly off the record, no shop talk. Come along if you can.

Ollie
Head of Communications, Leeds City Council
"""
    record = _triaged(kindly, tmp_path, body, "Oliver Pratt <ollie.pratt@gmail.com>", "Drinks?")
    assert record["reason_code"] != "never_do"
