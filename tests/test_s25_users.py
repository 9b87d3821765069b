"""What four users of session 24 still got wrong (session 25, users): Rosa the business reporter is offered sources
by PR firms, an embargoed release, a reader's tip and a correction demand; Dr. Hannah Brennan the vet is pitched a
lab she already has; Tessa the agency recruiter is asked for a free trial search and offered a split that says
nothing of who vets the candidates; Ingrid the hotel GM hears from her visitors bureau by its site and answers a
corporate RFP."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kindly.decide.newsroom_mail import correction_demanded, embargoed_release
from kindly.decide.unshown_condition import condition_unshown
from kindly.reply.rfp_returned import rfp_returned
from kindly.reply.starting_out import starts_something
from personas import (
    RECRUITER_NEVER,
    agency_recruiter_profile,
    hotel_profile,
    reporter_profile,
    to_hannah,
    to_hotel,
    to_reporter,
    to_tessa,
    users_hotel_profile_with_site,
    vet_profile,
)
from support import Kindly, profile_file, triaged, triaged_one


def _to_rosa(kindly: Kindly, tmp_path: Path, body: str, *, sender: str, subject: str) -> dict[str, Any]:
    mail = to_reporter(tmp_path / "mail.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(reporter_profile(), tmp_path))


def _to_hannah(kindly: Kindly, tmp_path: Path, body: str, *, sender: str, subject: str) -> dict[str, Any]:
    mail = to_hannah(tmp_path / "mail.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(vet_profile(), tmp_path))


def _to_tessa(kindly: Kindly, tmp_path: Path, body: str, *, sender: str, subject: str) -> dict[str, Any]:
    mail = to_tessa(tmp_path / "mail.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(agency_recruiter_profile(), tmp_path))


def _to_ingrid(
    kindly: Kindly, tmp_path: Path, body: str, *, sender: str, subject: str, profile: str = ""
) -> dict[str, Any]:
    mail = to_hotel(tmp_path / "mail.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(profile or hotel_profile(), tmp_path))


# -- 1. a PR firm offering a founder on her beat offers a source; a national brand's pitch is still a pitch -------

FOUNDER_OFFERED = (
    "Hi Rosa,\n\nI represent Kettle & Co., a Milwaukee startup that just closed a $4M seed round to build software "
    "for local breweries. Its founder, Sam Ortiz, is available for an interview this week about the raise and about "
    "hiring 20 people in the Third Ward next year. Would you like to speak with him?\n\nJenna Moss\nBrightpath PR\n"
)


def test_a_pitch_that_offers_a_startup_founder_on_her_beat_is_a_source(
    kindly: Kindly, tmp_path: Path
) -> None:
    # before: declined as a press pitch ("I don't take meetings to hear pitches")
    record = _to_rosa(
        kindly,
        tmp_path,
        FOUNDER_OFFERED,
        sender="Jenna Moss <jenna@brightpathpr.example>",
        subject="Interview idea: Milwaukee startup founder",
    )
    assert (record["decision"], record["goal"]) == ("accept", "meet_person"), record["reason"]
    draft = str(record["draft"])
    assert "I'd be glad to do the interview." in draft and "?" in draft, draft
    assert "pitches" not in draft


def test_a_national_brands_spokesperson_is_still_a_press_pitch(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_rosa(
        kindly,
        tmp_path,
        "Hi Rosa,\n\nCrunchy Crisps, America's #1 snack brand, is launching a new flavor nationwide in January. Our "
        "CMO is available for interviews about snack trends for 2027. Would you like to speak with her?\n\n"
        "Kyle Grant\nMegaBrand PR\n",
        sender="Kyle Grant <kyle@megabrandpr.example>",
        subject="Story idea: America's favorite snack brand",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "press_pitch"), record["reason"]


# -- 2. an embargoed release, a reader's tip and a correction demand, read by their words -------------------------

EMBARGOED = (
    "Hi Rosa,\n\nUnder embargo until Tuesday, December 8 at 6am CT: {who} The release is attached. {offered} "
    "available for interviews before the embargo lifts.\n\nNina Park\nLumen PR\n"
)


def test_an_embargoed_release_offering_founders_on_her_beat_is_an_interview_she_takes(
    kindly: Kindly, tmp_path: Path
) -> None:
    # before: "Not an invitation: nothing is asked of you"
    body = EMBARGOED.format(
        who="Startup Milwaukee's annual report shows local startups raised $210M in 2026, double last year.",
        offered="Executive director Leah Brooks and two of the startup founders in the report are",
    )
    record = _to_rosa(
        kindly,
        tmp_path,
        body,
        sender="Nina Park <nina@lumenpr.example>",
        subject="EMBARGOED: Startup Milwaukee report on 2026 founders",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "I'd be glad to do the interview." in str(record["draft"])


def test_an_embargoed_release_off_her_beat_is_a_press_pitch(kindly: Kindly, tmp_path: Path) -> None:
    body = EMBARGOED.format(
        who="Crunchy Crisps, America's #1 snack brand, launches three new flavors nationwide.",
        offered="Our CMO is",
    )
    record = _to_rosa(
        kindly,
        tmp_path,
        body,
        sender="Kyle Grant <kyle@megabrandpr.example>",
        subject="EMBARGOED: Crunchy Crisps launches nationwide",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "press_pitch"), record["reason"]


def test_an_embargoed_release_that_offers_no_interview_asks_nothing() -> None:
    assert embargoed_release("Please find attached our release, embargoed until Tuesday at 6am ET.") == ""
    assert embargoed_release("Under embargo until Tuesday: our CEO is available for interviews.") != ""


READERS_TIP = (
    "Dear Ms. Lindqvist,\n\nI'm a longtime reader. I work at the Harbor District warehouse that Vogel Freight bought "
    "last spring, and last week management told us they plan to lay off about 80 people in January without telling "
    "the city, "
    "which I believe has to be notified. I have a copy of the memo. I'd rather not put my name to it. Can we talk?"
    "\n\nGary\n"
)


def test_a_readers_tip_is_a_source_she_meets(kindly: Kindly, tmp_path: Path) -> None:
    # before: ignored as "a request for your work, and none of your goals is about clients"
    record = _to_rosa(
        kindly,
        tmp_path,
        READERS_TIP,
        sender="Gary Novak <garynovak55@gmail.example>",
        subject="Something you should look at",
    )
    assert (record["decision"], record["goal"]) == ("accept", "meet_person"), record["reason"]
    draft = str(record["draft"])
    # the yes proposes times, soon: "I work at the warehouse" is no "works for me", and the layoffs' January is
    # not when to meet
    assert "December" in draft and "January" not in draft, draft


CORRECTION = (
    "Ms. Lindqvist,\n\nYour December 1 story on the Menomonee Valley warehouse market states that Kowal Properties "
    "is facing foreclosure on its Canal Street building. That is false: the loan was refinanced in October. I demand "
    "a correction and a retraction of that paragraph by Friday, or I will refer the matter to our attorneys.\n\n"
    "Dennis Kowal\nPresident, Kowal Properties\n"
)


def test_a_correction_demand_is_hers_to_answer_personally(kindly: Kindly, tmp_path: Path) -> None:
    # before: "Not an invitation: nothing is asked of you"
    record = _to_rosa(
        kindly,
        tmp_path,
        CORRECTION,
        sender="Dennis Kowal <dkowal@kowalproperties.example>",
        subject="Correction demand - your December 1 story",
    )
    assert (record["decision"], record["reason_code"]) == ("ignore", "personal"), record["reason"]
    assert "answer personally" in record["reason"]
    assert "Joan Petrakis" in record["reason"]  # her provider for retraction demands


@pytest.mark.parametrize(
    "text",
    [
        "Could you correct the spelling of my name in the caption? Thanks for a great event.",  # no piece of hers
        "We demand a correction from the city council on the parking figures.",
        "Your story on our bakery was lovely - thank you!",
    ],
)
def test_what_is_no_correction_demand_of_her_story(text: str) -> None:
    assert correction_demanded(text) == ""


# -- 3. the vet's lab, pitched in a lab's words; no luck wished where nothing was started ---------------------------

LAB_PITCH = (
    "Hi Dr. Brennan,\n\nI'm the territory manager for Antech Diagnostics in Central Oregon. We offer next-day "
    "reference lab work, including full bloodwork panels and pathology, with free courier pickup from your clinic. "
    "Could I stop by for 20 minutes next week to walk you through our pricing?\n\nRachel Kim\nAntech Diagnostics\n"
)


def test_a_lab_services_pitch_is_declined_as_the_lab_she_already_has(kindly: Kindly, tmp_path: Path) -> None:
    # before: "It isn't something I'm looking for at the moment" (not_a_fit): "reference lab work" and
    # "bloodwork" named no category of her "diagnostic lab"
    record = _to_hannah(
        kindly,
        tmp_path,
        LAB_PITCH,
        sender="Rachel Kim <rkim@antechlabs.example>",
        subject="Faster bloodwork for Cedar Hollow",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "has_provider"), record["reason"]
    assert "IDEXX Reference Laboratories" in record["reason"]
    assert "For a diagnostic lab, I already work with" in str(record["draft"])


def test_a_clients_bloodwork_is_no_lab_pitch(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_hannah(
        kindly,
        tmp_path,
        "Hi,\n\nOur beagle Max needs bloodwork before his dental next month. Are you taking new patients?\n\nSam\n",
        sender="Sam Ortiz <sam.ortiz@gmail.example>",
        subject="New patient - bloodwork for Max",
    )
    assert record["reason_code"] != "has_provider", record["reason"]


ADVICE = (
    "Hi Dr. Brennan,\n\nI'm a realtor in Bend. Could I pick your brain over coffee about what pet owners look for "
    "in a neighborhood? It would help me with my clients.\n\n{name}\n"
)


def test_no_luck_is_wished_with_it_where_nothing_was_started(kindly: Kindly, tmp_path: Path) -> None:
    # three advice requests declined in one run: the third no takes the "good luck with it!" wording, which
    # before was written to a realtor who started nothing
    mails = [
        to_hannah(
            tmp_path / f"mail{n}.eml",
            ADVICE.format(name=name),
            sender=f"{name} <{name.split()[0].lower()}@bendrealty.example>",
            subject=f"Picking your brain ({n})",
        )
        for n, name in enumerate(("Mike Dunn", "Ana Ruiz", "Tom Hale"))
    ]
    records = triaged(kindly, *mails, profile=profile_file(vet_profile(), tmp_path))
    assert [r["decision"] for r in records] == ["decline"] * 3, [r["reason"] for r in records]
    for record in records:
        draft = str(record["draft"]).lower()
        assert "luck with it" not in draft and "best with it" not in draft, draft


def test_what_the_sender_is_starting_may_still_be_wished_luck() -> None:
    assert starts_something("Advice on starting a bookkeeping practice for creative agencies")
    assert starts_something("We're launching our app in March")
    assert not starts_something("Could I pick your brain over coffee about what pet owners look for?")


# -- 4. the recruiter: her terms with a no to a free trial; a split that says nothing of vetting is asked about ----

FREE_PROFILES = (
    "Hi Tessa,\n\nI'm VP of Engineering at Vellum Software and we're growing the team by six senior engineers next "
    "year. Before we sign anything, could you send us five candidate profiles for free so we can see the quality "
    "of your network? If they're good we'll talk terms.\n\nTom\n"
)


def test_a_free_trial_search_declined_offers_her_usual_terms(kindly: Kindly, tmp_path: Path) -> None:
    # before: "I'll have to pass. Wishing you all the best with what you have planned." - the client turned away
    record = _to_tessa(
        kindly, tmp_path, FREE_PROFILES, sender="Tom Becker <tom@vellum.example>", subject="Senior engineers"
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    draft = str(record["draft"])
    assert "firm rule against unpaid recruiting trials" in draft
    assert (
        "I'd still be glad to work with you on my usual terms: my fee is 20% of first-year base salary"
        in draft
    )
    assert "what you have planned" not in draft


SPLIT = (
    "Hey Tessa,\n\nI've got a couple of great senior engineers in my pipeline who'd be perfect for your Fernbrook "
    "backend roles. Want to do a 50/50 split on the placement fee?{vetting}\n\nBrett Callahan\nSummit Peak Talent\n"
)


def test_a_split_that_says_nothing_of_vetting_is_asked_about(kindly: Kindly, tmp_path: Path) -> None:
    # before: declined blind by "splitting fees ... on candidates I haven't verified myself"
    record = _to_tessa(
        kindly,
        tmp_path,
        SPLIT.format(vetting=""),
        sender="Brett Callahan <brett@summitpeak.example>",
        subject="Split on a backend role?",
    )
    assert (record["decision"], record["reason_code"]) == ("ask_details", "unshown_condition"), record[
        "reason"
    ]
    draft = str(record["draft"])
    assert "would I be able to verify the candidates myself first?" in draft, draft
    assert (
        "firm rule against splitting fees with other recruiters on candidates I haven't verified myself"
        in draft
    )


def test_a_split_of_candidates_she_need_not_screen_is_still_declined(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_tessa(
        kindly,
        tmp_path,
        SPLIT.format(
            vetting=" I can send you names today and you submit them - no need to screen, they're solid."
        ),
        sender="Brett Callahan <brett@summitpeak.example>",
        subject="Split on a backend role?",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Want to do a 50/50 split on the placement fee?", "verify"),
        ("Want to split the fee? They're already vetted.", ""),
        ("Want to split the fee? You're welcome to interview them first.", ""),
    ],
)
def test_whether_the_mail_shows_who_verifies_the_candidates(text: str, asked: str) -> None:
    assert condition_unshown(RECRUITER_NEVER[0], text) == asked


def test_a_rule_with_no_condition_of_its_own_asks_nothing() -> None:
    assert condition_unshown("paying for candidate databases or lead lists", "Want to split the fee?") == ""


# -- 5. the hotel: her visitors bureau by its site; the RFP answered in her voice ---------------------------------

BREAKFAST = (
    "Hi Ingrid,\n\nJoin us for our hotel partners' breakfast on Tuesday, December 15 at 10:30 am.\n\nLauren Fiske\n"
    "Director of Convention Sales\n"
)


def test_mail_from_the_site_her_goal_names_is_the_bureaus(kindly: Kindly, tmp_path: Path) -> None:
    # before: "An event that serves none of your goals" - the mail names no organisation, only its domain is the
    # bureau's
    record = _to_ingrid(
        kindly,
        tmp_path,
        BREAKFAST,
        sender="Lauren Fiske <lfiske@goprovidence.example>",
        subject="Partner breakfast",
        profile=users_hotel_profile_with_site(),
    )
    assert (record["decision"], record["goal"]) == ("accept", "meet_person"), record["reason"]


def test_mail_from_a_domain_the_bureaus_own_mail_came_from_is_the_bureaus(
    kindly: Kindly, tmp_path: Path
) -> None:
    # before: "An event that serves none of your goals" - the breakfast names no organisation; the bureau's own
    # earlier mail from that domain, signed "PCVB", says whose domain it is
    first = to_hotel(
        tmp_path / "missions.eml",
        "Hi Ingrid,\n\nWe're planning our 2027 sales missions and I'd love to include a few independent hotels. "
        "Could we meet for half an hour in the next two weeks?\n\nBest,\nLauren Fiske\n"
        "Director of Convention Sales, PCVB\n",
        sender="Lauren Fiske <lfiske@goprovidence.example>",
        subject="PCVB sales missions 2027",
    )
    breakfast = to_hotel(
        tmp_path / "breakfast.eml",
        BREAKFAST.replace("Lauren Fiske\nDirector of Convention Sales", "Events team"),
        sender="Events <events@goprovidence.example>",
        subject="Partner breakfast",
        date="Wed, 02 Dec 2026 10:00:00 -0500",
    )
    records = triaged(kindly, first, breakfast, profile=profile_file(hotel_profile(), tmp_path))
    assert (records[1]["decision"], records[1]["goal"]) == ("accept", "meet_person"), records[1]["reason"]


def test_a_domain_no_earlier_mail_tied_to_the_bureau_is_still_a_stranger(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_ingrid(
        kindly,
        tmp_path,
        BREAKFAST.replace("Lauren Fiske\nDirector of Convention Sales", "Events team"),
        sender="Events <events@goprovidence.example>",
        subject="Partner breakfast",
    )
    assert record["decision"] == "decline", record["reason"]


def test_a_vendor_who_only_mentions_the_bureau_does_not_make_its_domain_the_bureaus(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: the bureau named in an earlier mail's words, not as whom its sender signs for
    first = to_hotel(
        tmp_path / "vendor.eml",
        "Hi Ingrid,\n\nWe did the AV for the PCVB's partner gala last month. Could we show you our packages for "
        "your ballroom?\n\nDan Ruiz\nBrightstage AV\n",
        sender="Dan Ruiz <dan@brightstageav.example>",
        subject="AV for your ballroom",
    )
    breakfast = to_hotel(
        tmp_path / "breakfast.eml",
        BREAKFAST.replace("Lauren Fiske\nDirector of Convention Sales", "Events team"),
        sender="Events <events@brightstageav.example>",
        subject="Partner breakfast",
        date="Wed, 02 Dec 2026 10:00:00 -0500",
    )
    records = triaged(kindly, first, breakfast, profile=profile_file(hotel_profile(), tmp_path))
    assert records[1]["goal"] != "meet_person", records[1]["reason"]


@pytest.mark.parametrize(
    "sender",
    ["Lauren Fiske <lfiske@notgoprovidence.example>", "Lauren Fiske <lfiske@providencehotels.example>"],
)
def test_a_domain_that_only_contains_the_site_is_not_the_bureau(
    kindly: Kindly, tmp_path: Path, sender: str
) -> None:
    record = _to_ingrid(
        kindly,
        tmp_path,
        BREAKFAST,
        sender=sender,
        subject="Partner breakfast",
        profile=users_hotel_profile_with_site(),
    )
    assert record["decision"] == "decline", record["reason"]


@pytest.mark.parametrize(
    ("text", "returned"),
    [
        (
            "I've attached our RFP questionnaire; could you complete it by December 18?",
            "the completed questionnaire",
        ),
        ("Please send your best quote by the RFP deadline of January 8.", "my quote"),
        (
            "We are inviting a small number of firms to submit a proposal by November 27.",
            "",
        ),  # their own words
    ],
)
def test_what_a_yes_to_an_rfp_promises_to_send(text: str, returned: str) -> None:
    assert rfp_returned(text) == returned
