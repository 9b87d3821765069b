"""Nineteenth session, a founder's review: Lena Vogt runs Thermora, a 12-person Berlin startup making heat-pump
controllers, and is raising a seed round. Her never-rules name what fundraising founders get sold: pitch slots at
demo days and investor-matching services that charge fees; her calls never start before 09:00."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from personas import (
    FOUNDER,  # noqa: F401 - her profile as other tests import it from here
    FOUNDER_GOALS,
    FOUNDER_STAGE,
    Table,
    answer,
    founder_profile,
    to_founder,
    varied,
)
from support import Kindly, profile_file, triaged_one
from test_s18_sales import LINKEDIN_HEADER


def founder(tmp_path: Path, *, goals: Iterable[Table] = FOUNDER_GOALS, answers: Iterable[Table] = ()) -> Path:
    return profile_file(founder_profile(goals=goals, answers=answers), tmp_path)


def to_lena(
    kindly: Kindly, source: Path, *, goals: Iterable[Table] = FOUNDER_GOALS, answers: Iterable[Table] = ()
) -> dict[str, Any]:
    """The record of one message to Lena (a file this module's builders wrote), triaged against her profile with
    these goals and answers, written beside it."""
    return triaged_one(kindly, source, founder(source.parent, goals=goals, answers=answers))


def mail(
    tmp_path: Path, body: str, subject: str, sender: str = "Tim Gerber <tim@climatepitch.example>"
) -> Path:
    return to_founder(
        tmp_path / "mail.eml", body, sender=sender, subject=subject, date="Mon, 23 Nov 2026 10:00:00 +0100"
    )


# -- "paying to pitch at demo days": a pitch slot sold at a pitch night is a paid demo day ------------------------

SEED_NIGHT = (
    "Hi Lena,\n\nWe'd love Thermora to pitch at Climate Seed Night on Thursday 21 January 2027. Katrin Hoffmann"
    " from Nordwind Climate Ventures is on the jury. {price} Can you confirm by Friday?\n\nBest,\nTim"
)


def test_a_paid_pitch_slot_at_a_pitch_night_is_declined_by_the_demo_day_rule_even_with_a_target_investor_there(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = SEED_NIGHT.format(price="Pitch slots are EUR 990 per startup.")
    record = to_lena(kindly, mail(tmp_path, body, "Pitch at Climate Seed Night"))
    assert record["decision"] == "decline"
    assert (
        record["reason"] == "You never pay to pitch at demo days."
    )  # (session 23: was "You never do paying ...")


def test_a_free_pitch_slot_at_the_same_night_is_no_paid_demo_day(kindly: Kindly, tmp_path: Path) -> None:
    body = SEED_NIGHT.format(price="Pitch slots are free - there is no fee for startups.")
    record = to_lena(kindly, mail(tmp_path, body, "Pitch at Climate Seed Night"))
    assert record["decision"] == "accept"  # her target investor is on the jury, and nothing is sold
    assert "never" not in record["reason"]


def test_a_demo_day_that_charges_a_participation_fee_is_declined_by_the_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hi Lena,\n\nWe've shortlisted Thermora for Green Pitch Berlin on Thursday 21 January 2027. 60+ climate VCs"
        " and angels in the room, 5-minute pitch plus Q&A.\n\nTo confirm your pitch slot we ask for a participation"
        " fee of EUR 1,490. This covers stage production and a video of your pitch.\n\nCheers,\nThe Green Pitch Team"
    )
    record = to_lena(kindly, mail(tmp_path, body, "Pitch to 60+ climate investors"))
    assert record["decision"] == "decline"
    assert (
        record["reason"] == "You never pay to pitch at demo days."
    )  # (session 23: was "You never do paying ...")


# -- "investor-matching services that charge fees": a retainer is a fee charged; "no fees" is none -----------------


def test_an_investor_matching_programme_on_a_retainer_is_declined_with_the_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hi Lena,\n\nWe run a curated investor-matching programme for climate founders: we match you with up to 340"
        " seed investors and book the first meetings for you.\n\nThe programme is a monthly retainer of EUR 2,400"
        " plus a 3% success fee on capital raised.\n\nDo you have 20 minutes this week for a quick call?\n\nOliver"
    )
    record = to_lena(
        kindly,
        mail(tmp_path, body, "Your seed round - 340 investors", "Oliver Kane <oliver@capbridge.example>"),
    )
    assert record["decision"] == "decline"
    assert record["reason"] == "You never do investor-matching services that charge fees."
    assert "I have a firm rule against investor-matching services that charge fees" in record["draft"]


def test_a_free_investor_matching_programme_is_not_declined_by_the_fee_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hi Lena,\n\nWe run a free investor-matching programme for climate founders, funded by the city of Berlin -"
        " no fees for founders. Do you have 20 minutes on Thursday at 14:00 for a quick call?\n\nTom"
    )
    record = to_lena(kindly, mail(tmp_path, body, "Meet climate angels", "Tom Baxter <tom@angelnet.example>"))
    assert "never" not in record["reason"]


# -- a no promises nothing a yes would: the deck "ahead of our conversation" is for a call said yes to -------------

DECK_ANSWER = answer(
    ["deck", "pitch deck"], "Happy to share our deck - I'll send it ahead of our conversation."
)


def linkedin(tmp_path: Path, content: str) -> Path:
    path = tmp_path / "messages.csv"
    row = (
        "2-bbb222Assoc,,Lukas Meier,https://www.linkedin.com/in/lukas-meier-vc,Lena Vogt,"
        f'https://www.linkedin.com/in/lena-vogt,2026-11-24 16:40:00 UTC,,"{content}",INBOX'
    )
    path.write_text(f"{LINKEDIN_HEADER}\n{row}\n", encoding="utf-8")
    return path


def test_a_declined_investor_call_does_not_promise_the_deck_ahead_of_our_conversation(
    kindly: Kindly, tmp_path: Path
) -> None:
    content = (
        "Hi Lena, I'm an associate at Brightpath Ventures (B2B SaaS, pre-seed to Series A). Thermora came up in our"
        " sourcing - would love to hop on a quick intro call to learn more and keep in touch as you grow. Could you"
        " send your deck beforehand?"
    )
    record = to_lena(kindly, linkedin(tmp_path, content), answers=[DECK_ANSWER])
    assert record["decision"] == "decline"
    assert "so I'll pass" in record["draft"]
    assert "deck" not in record["draft"]
    assert "our conversation" not in record["draft"]


# -- a panel's hour said in the ask, its day and venue in the sentence before: nothing left to ask for --------------

SPEAKING = FOUNDER_STAGE


def summit(tmp_path: Path, said: str) -> Path:
    body = (
        "Dear Lena,\n\nI'm programme lead for the Heat Transition Summit, which takes place on Thursday 4 February"
        f" 2027 at bUm in Berlin-Kreuzberg (about 350 attendees from utilities and housing associations).\n\n{said}"
        "\n\nWarm regards,\nSophie Marchand\nProgramme Lead, Heat Transition Summit"
    )
    return mail(
        tmp_path,
        body,
        "Speaking slot: Heat Transition Summit Berlin",
        "Sophie Marchand <sophie@heatshift.eu>",
    )


def test_a_panel_whose_ask_gives_its_hour_and_whose_day_and_venue_come_before_is_confirmed_not_asked_again(
    kindly: Kindly, tmp_path: Path
) -> None:
    said = (
        'We\'d love to have you on our panel "Making existing heat pumps smarter" from 14:00 to 15:00, with'
        " speakers from Vattenfall. There is no speaker fee. Could you let me know by 4 December?"
    )
    record = to_lena(kindly, summit(tmp_path, said), goals=(*FOUNDER_GOALS, SPEAKING))
    assert record["decision"] == "accept"
    assert "join the panel on Thursday 4 February from 14:00 to 15:00" in record["draft"]
    assert "the time" not in record["draft"]
    assert "venue" not in record["draft"]


def test_a_deadline_hour_in_the_ask_is_not_the_panel_hour(kindly: Kindly, tmp_path: Path) -> None:
    said = "We'd love to have you on our panel on smarter heat pumps. Could you let me know by 17:00 on 4 December?"
    record = to_lena(kindly, summit(tmp_path, said), goals=(*FOUNDER_GOALS, SPEAKING))
    assert record["decision"] == "accept"
    assert "17:00" not in record["draft"]
    assert "join the panel on Thursday 4 February." in record["draft"]


def test_a_declined_call_still_says_where_the_round_stands_when_asked(kindly: Kindly, tmp_path: Path) -> None:
    raising = answer(["raising"], "We are raising a seed round that closes in March.")
    content = (
        "Hi Lena, I'm an associate at Brightpath Ventures (B2B SaaS, pre-seed to Series A). Thermora came up in our"
        " sourcing - would love to hop on a quick intro call to learn more and keep in touch as you grow. Are you"
        " raising at the moment? Could you send your deck beforehand?"
    )
    record = to_lena(kindly, linkedin(tmp_path, content), answers=[DECK_ANSWER, raising])
    assert record["decision"] == "decline"
    assert "We are raising a seed round that closes in March." in record["draft"]
    assert "deck" not in record["draft"]


# -- a podcast's second slot "the same day": the one inside her call hours is taken -------------------------------

PODCASTS = varied(
    FOUNDER_STAGE,
    description="Speak at climate and energy events and on climate-tech podcasts",
    targets=["energy events", "heat pumps", "climate podcasts"],
)


def podcast(tmp_path: Path, slots: str) -> Path:
    body = (
        "Hi Lena,\n\nI host The Climate Hardware Podcast (about 12k listeners, mostly founders and engineers in"
        " energy). I'd love to have you on to talk about retrofitting heat pumps in multi-family buildings.\n\nWe"
        f" record remotely over Riverside; it takes about 45 minutes. {slots}\n\nCheers,\nRavi"
    )
    return mail(
        tmp_path, body, "Guest invite: The Climate Hardware Podcast", "Ravi Menon <ravi@climatecast.example>"
    )


def test_the_same_day_slot_after_her_calls_start_is_taken_over_the_early_one(
    kindly: Kindly, tmp_path: Path
) -> None:
    slots = (
        "Could you do Monday 14 December at 7:00 GMT? If mornings are hard, 16:00 GMT the same day works too."
    )
    record = to_lena(kindly, podcast(tmp_path, slots), goals=(*FOUNDER_GOALS, PODCASTS))
    assert record["decision"] == "accept"
    assert "be your guest on Monday 14 December at 16:00 GMT (17:00 my time)" in record["draft"]
    assert "7:00 GMT" not in record["draft"]


def test_of_two_same_day_slots_inside_her_hours_the_first_is_taken(kindly: Kindly, tmp_path: Path) -> None:
    slots = "Could you do Monday 14 December at 10:00 GMT? Failing that, 16:00 GMT the same day works too."
    record = to_lena(kindly, podcast(tmp_path, slots), goals=(*FOUNDER_GOALS, PODCASTS))
    assert "be your guest on Monday 14 December at 10:00 GMT (11:00 my time)" in record["draft"]


def test_an_hour_the_same_day_that_is_no_offer_leaves_the_early_slot_refused(
    kindly: Kindly, tmp_path: Path
) -> None:
    slots = "Could you do Monday 14 December at 7:00 GMT? The episode goes out at 16:00 GMT the same day."
    record = to_lena(kindly, podcast(tmp_path, slots), goals=(*FOUNDER_GOALS, PODCASTS))
    assert "Monday 14 December at 7:00 GMT (08:00 my time) doesn't work for me" in record["draft"]
    assert "16:00 GMT" not in record["draft"]


# -- an introduction made is not answered as one offered ----------------------------------------------------------


def intro(tmp_path: Path, body: str) -> Path:
    return mail(
        tmp_path, body, "Intro: Lena (Thermora) <> Jonas Albrecht", "Max Brenner <max@solvolt.example>"
    )


def test_an_introduction_already_made_is_answered_with_the_talk_it_leads_to(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hi Jonas, hi Lena,\n\nAs promised, connecting you two. Jonas - Lena is the founder of Thermora, they build"
        " retrofit controllers for heat pumps in apartment blocks. Lena - Jonas was an early angel in Solvolt and"
        " has been writing tickets into climate hardware for years.\n\nI'll let you take it from here.\n\nMax"
    )
    record = to_lena(kindly, intro(tmp_path, body))
    assert record["decision"] == "accept"
    assert "be introduced" not in record["draft"]
    assert "I'd be glad to talk - I'll be in touch directly." in record["draft"]


def test_an_introduction_offered_is_still_said_yes_to(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Lena,\n\nJonas Albrecht, an angel who has backed a lot of climate hardware, told me he's looking at heat"
        " pump startups. Would you like me to introduce you two?\n\nMax"
    )
    record = to_lena(kindly, intro(tmp_path, body))
    assert record["decision"] == "accept"
    assert "in touch directly" not in record["draft"]
    assert "introduce" in record["draft"]


# -- a provider's category in capitals ("PR and press relations") is met by a pitch that says "PR" -----------------


def test_a_pr_agency_pitch_is_declined_for_the_pr_freelancer_she_has(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Lena,\n\nI run Northlight PR, a boutique agency for climate-tech startups. We've placed founders in"
        " TechCrunch, Handelsblatt and Sifted in the last quarter. With your seed round coming up, now is the"
        " perfect time to build a press story.\n\nWould you be up for a quick coffee in Berlin next week to see if"
        " we're a fit?\n\nBest,\nHannah"
    )
    record = to_lena(
        kindly,
        mail(tmp_path, body, "Getting Thermora into TechCrunch", "Hannah Lee <hannah@northlight.example>"),
    )
    assert record["decision"] == "decline"
    assert record["reason_code"] == "has_provider"
    assert "For PR and press relations, I already work with someone I'm very happy with" in record["draft"]


def test_a_pitch_that_names_another_trade_in_capitals_is_not_her_pr(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Lena,\n\nWe're an HR software company for hardware startups: onboarding, reviews and time off in one"
        " place. Would you be up for a 20-minute demo next week?\n\nBest,\nPaul"
    )
    record = to_lena(
        kindly, mail(tmp_path, body, "HR for hardware teams", "Paul Brandt <paul@hrsoft.example>")
    )
    assert record["decision"] == "decline"
    assert record["reason_code"] != "has_provider"


# -- a fellow founder asking what worked for her is asking advice, not selling -------------------------------------


def test_a_fellow_founder_asking_what_worked_is_declined_as_an_advice_request_not_a_pitch(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hi Lena,\n\nI'm also a first-time founder (demand-response software for utilities, pre-seed). I'm going"
        " through the EXIST grant process and saw that Thermora went through it too. Would you have 30 minutes to"
        " share what worked for you? Any evening is fine for me.\n\nThanks a lot,\nPavel"
    )
    record = to_lena(
        kindly, mail(tmp_path, body, "Quick Q from a fellow founder", "Pavel Novak <pavel@gridmind.example>")
    )
    assert record["intent"] == "mentorship_request"
    assert record["decision"] == "decline"
    assert "your business" not in record["draft"]
    assert "what you do" not in record["draft"]


def test_a_seller_who_wants_to_pick_her_brain_about_a_priced_plan_is_still_a_pitch(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hi Lena,\n\nWe build demand-response software for utilities. I'd love to pick your brain for 30 minutes"
        " about how hardware startups buy tools like ours - our plans start at EUR 99 a month and the first"
        " month is on us.\n\nThanks a lot,\nPavel"
    )
    record = to_lena(kindly, mail(tmp_path, body, "Quick Q", "Pavel Novak <pavel@gridmind.example>"))
    assert record["intent"] == "sales_pitch"
