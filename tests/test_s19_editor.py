"""A senior technology editor in London who is finishing her first book (the nineteenth session's persona review):
a festival's talk on a Saturday, a press trip paid by a company she covers, a colleague's introduction, an order
confirmation - each was read wrongly, and each near miss here must stay as it was."""

from __future__ import annotations

from pathlib import Path

from personas import (
    EDITOR_BOOK,
    EDITOR_PUBLICIST,
    EDITOR_SOURCES,
    EDITOR_STAGE,
    HANNAH,
    editor_profile,
    resource,
    to_editor,
)
from support import Kindly, profile_file, triaged_one


def _triaged(kindly: Kindly, tmp_path: Path, body: str, sender: str, subject: str) -> dict[str, object]:
    mail = to_editor(
        tmp_path / "mail.eml", body, sender=sender, subject=subject, date="Wed, 25 Nov 2026 10:10:00 +0000"
    )
    return triaged_one(kindly, mail, profile_file(HANNAH, tmp_path))


FESTIVAL = """Dear Hannah,

We'd love you to come and talk about your book at the Bath Festival of Ideas. We have a slot on Saturday 27 March
2027 at 14:00 in the Guildhall: an hour-long conversation with one of our chairs, followed by a book signing.

Could you let me know if you'd be free?

With best wishes,
Eleanor Marsh
Programme Manager, Bath Festival of Ideas
"""


def test_a_festival_talk_keeps_the_festivals_day_whatever_the_users_meeting_hours(
    kindly: Kindly, tmp_path: Path
) -> None:
    # her meeting hours are weekday mornings; a festival's Saturday slot is the festival's, not a meeting to move
    record = _triaged(
        kindly, tmp_path, FESTIVAL, "Eleanor Marsh <eleanor@bathfestival.example.org>", "An invitation"
    )
    draft = str(record["draft"])
    assert record["decision"] == "accept"
    assert "Saturday 27 March" in draft
    assert "doesn't work for me" not in draft
    assert "pleased to meet" not in draft


def test_a_conversation_over_coffee_on_a_saturday_is_still_a_meeting_in_her_hours(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: "a conversation with you" is no festival's stage; a coffee asked on a Saturday is not said yes to
    body = """Dear Hannah,

I chair the programme committee of the Bath Festival of Ideas. I'd love a conversation with you about technology
speakers for next year - could we have coffee on Saturday 12 December at 14:00?

Eleanor Marsh
"""
    record = _triaged(kindly, tmp_path, body, "Eleanor Marsh <eleanor@bathfestival.example.org>", "Coffee?")
    assert "see you on Saturday 12 December" not in str(record["draft"])


PRESS_TRIP = """Hi Hannah,

Thanks again for your piece on our funding round in October - the team loved it.

We're unveiling our warehouse robot line in Lisbon on 14-15 January and would love to bring you out. We'll cover
return flights from London, two nights at the hotel and all meals, and you'd get a private tour of the factory.

Can I put your name down?

Sofia
Global Communications, Corvid Robotics
"""


def test_a_trip_paid_by_a_company_she_wrote_about_is_declined_by_her_press_trip_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    # "would love to bring you out ... return flights" is a press trip; "your piece on our funding round" says she
    # covers them; "Can I put your name down?" asks her
    record = _triaged(
        kindly, tmp_path, PRESS_TRIP, "Sofia Lindqvist <sofia@corvid.example.com>", "Lisbon launch"
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do")
    # (session 23: a decline quotes the part of the rule that applied - flights, two nights and all meals are the
    # hospitality - where it quoted the whole rule)
    assert "a firm rule against hospitality paid by companies I cover" in str(record["draft"])


def test_a_festivals_travel_for_its_speakers_is_no_press_trip(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: flights and a hotel from a festival she never wrote about
    body = FESTIVAL.replace(
        "Could you let me know",
        "We'll cover return flights and two nights at the hotel. Could you let me know",
    )
    record = _triaged(
        kindly, tmp_path, body, "Eleanor Marsh <eleanor@bathfestival.example.org>", "An invitation"
    )
    assert record["decision"] == "accept"


def test_news_from_a_company_she_covered_that_asks_nothing_is_left_alone(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: the same company, the same trip, but no ask of her - a note, not an invitation
    body = PRESS_TRIP.replace("would love to bring you out", "are flying the whole team out").replace(
        "Can I put your name down?", "We'll share the photos afterwards."
    )
    body = body.replace(", and you'd get a private tour of the factory", "")
    record = _triaged(kindly, tmp_path, body, "Sofia Lindqvist <sofia@corvid.example.com>", "Lisbon launch")
    assert record["decision"] == "ignore"


JUDGES = """Dear Hannah Okafor,

In recognition of your influential coverage of the technology sector, we are delighted to invite you to join the
judging panel of the UK Fintech Excellence Awards 2027, and to present an award at the gala dinner on 18 March.

To confirm your place, judges contribute a one-off panel fee of £495 + VAT, which covers administration and your
seat at the gala dinner. Please confirm by 11 December.

The Awards Team
"""


def test_a_judging_panel_whose_judges_pay_a_fee_is_paying_to_appear(kindly: Kindly, tmp_path: Path) -> None:
    record = _triaged(
        kindly,
        tmp_path,
        JUDGES,
        "UK Fintech Awards <judges@fintechawards.example.com>",
        "Join our judging panel",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do")
    draft = str(record["draft"])
    assert "I don't pay to appear" in draft
    assert "pass the details on" not in draft


def test_a_judging_panel_that_charges_its_judges_nothing_is_no_pay_to_play(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: "judges pay nothing"
    body = JUDGES.replace(
        "To confirm your place, judges contribute a one-off panel fee of £495 + VAT, which covers administration and"
        " your\nseat at the gala dinner.",
        "Judges pay nothing, and your seat at the gala dinner is on us.",
    )
    assert "judges pay nothing" in body.lower()
    record = _triaged(
        kindly,
        tmp_path,
        body,
        "UK Fintech Awards <judges@fintechawards.example.com>",
        "Join our judging panel",
    )
    assert record["reason_code"] != "never_do"


def test_speakers_who_pay_their_own_travel_are_not_paying_to_appear(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: what speakers pay for themselves is a cost to weigh, not a place bought
    body = FESTIVAL.replace(
        "Could you let me know", "Speakers pay their own travel to Bath. Could you let me know"
    )
    record = _triaged(
        kindly, tmp_path, body, "Eleanor Marsh <eleanor@bathfestival.example.org>", "An invitation"
    )
    assert record["decision"] == "accept"


INTRO = """Hannah, Ravi -

Making the introduction I promised. Ravi was head of payments policy at the Bank of England until the summer and is
now at the Centre for Financial Innovation. Hannah runs our tech desk.

I think you'd both get a lot out of a coffee. I'll leave you to it!

Marcus
Marcus Leigh | City Editor | The Chronicle
"""


def test_a_colleagues_introduction_is_never_turned_down_as_a_strangers(
    kindly: Kindly, tmp_path: Path
) -> None:
    # no goal names Ravi or his field in so many words; a decline to Marcus ("I don't think I'm the right person
    # for this connection") would be the worst answer - the choice is hers
    record = _triaged(
        kindly,
        tmp_path,
        INTRO,
        "Marcus Leigh <marcus.leigh@thechronicle.co.uk>",
        "Intro: Hannah <> Ravi Menon",
    )
    assert record["decision"] != "decline"
    assert "right person" not in str(record["draft"] or "")


def test_a_colleagues_invitation_to_host_a_reader_event_is_not_declined(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = """Hi Hannah,

We're putting together the January reader events and I'd love you to host "What's actually changing?" on
Tuesday 19 January, 18:30-19:30 at Kings Place. It'd be you plus two guests of your choosing.

Could you let me know by the end of next week?

Nadia
Nadia Brooks | Head of Events | The Chronicle
"""
    record = _triaged(
        kindly, tmp_path, body, "Nadia Brooks <nadia.brooks@thechronicle.co.uk>", "Would you host?"
    )
    assert record["decision"] != "decline"


def test_an_outsiders_introduction_that_serves_no_goal_is_still_declined(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: the same introduction from outside her paper is weighed as before
    record = _triaged(
        kindly,
        tmp_path,
        INTRO,
        "Marcus Leigh <marcus@leighconsulting.example.com>",
        "Intro: Hannah <> Ravi Menon",
    )
    assert record["decision"] == "decline"


ORDER = """Thanks for your order!

Order #4471920345 - 1 x General admission (free)
Women in Tech Media Christmas drinks
Thursday 10 December 2026, 18:30, The Hoxton, Holborn

View your ticket: https://tickets.example.com/mytickets
"""


def test_an_order_confirmation_for_her_own_ticket_is_no_invitation_to_decline(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _triaged(
        kindly,
        tmp_path,
        ORDER,
        "Tickets <orders@tickets.example.com>",
        "Your order confirmation: Women in Tech Media Christmas drinks",
    )
    assert (record["decision"], record["reason_code"]) == ("ignore", "not_invitation")
    assert record["draft"] is None


def test_an_invitation_to_book_a_ticket_is_still_weighed(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: "Book your ticket" is the invitation's own ask, not a booking she made
    body = """Hi Hannah,

You're invited to the Women in Tech Media Christmas drinks on Thursday 10 December, 18:30, at The Hoxton, Holborn.
Journalists and editors from across the industry. Book your ticket here: https://tickets.example.com/wtm

Would you like to come?
"""
    record = _triaged(kindly, tmp_path, body, "Women in Tech Media <hello@wtm.example.org>", "You're invited")
    assert record["reason_code"] != "not_invitation"


def test_a_registration_confirmed_that_asks_her_to_speak_is_still_weighed(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: the confirmation also asks something of her
    body = """Hi Hannah, you're registered for the Open Finance Summit on 4 February.

We've also just had a speaker drop out - would you be willing to join our panel on AI and regulation at 14:00?
"""
    record = _triaged(
        kindly, tmp_path, body, "Open Finance Summit <events@ofs.example.org>", "You're registered"
    )
    assert record["reason_code"] != "not_invitation"


PANEL = """Dear Hannah,

I'm programming the London Tech Fringe's evening series and would love you to join a panel on "AI and the newsroom:
who checks the machines?" on Thursday 21 January 2027, 18:30-19:30 at the Barbican Centre.

Would you be interested?

Clare Whitfield
Programme Director, London Tech Fringe
"""


def _with_book_goal(
    kindly: Kindly, tmp_path: Path, body: str, sender: str, subject: str
) -> dict[str, object]:
    mail = to_editor(
        tmp_path / "mail.eml", body, sender=sender, subject=subject, date="Mon, 23 Nov 2026 14:20:00 +0000"
    )
    profile = editor_profile(goals=(EDITOR_SOURCES, EDITOR_STAGE, EDITOR_BOOK))
    return triaged_one(kindly, mail, profile_file(profile, tmp_path))


def test_a_panel_in_2027_is_not_about_a_book_campaign_because_the_goal_names_2027(
    kindly: Kindly, tmp_path: Path
) -> None:
    # the year in "in March 2027" is a date, not what the campaign is about: the panel serves her speaking goal
    record = _with_book_goal(
        kindly, tmp_path, PANEL, "Clare Whitfield <clare@techfringe.example.org>", "Panel"
    )
    assert record["decision"] == "accept"
    assert "build credibility" in str(record["reason"])
    assert "amplify" not in str(record["reason"])


def test_a_launch_event_for_the_book_still_serves_the_campaign(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: the book named is the campaign's own subject
    body = """Dear Hannah,

We'd love to host the launch event for The Quiet Machine at our Piccadilly shop on Thursday 11 March 2027 at
19:00: a conversation with a guest of your choice, questions from the audience and a book signing.

Could you let me know if you'd like to go ahead?

Gemma Holt
Events Manager, Piccadilly Books
"""
    record = _with_book_goal(
        kindly, tmp_path, body, "Gemma Holt <events@piccadillybooks.example.com>", "Launch"
    )
    assert record["decision"] == "accept"
    assert "amplify campaign" in str(record["reason"])


ROUNDTABLE = """Dear Hannah,

Dr Adaeze Nwosu, Director of Payments and Digital Assets, will hold an on-the-record roundtable with a small group
of editors on digital payments regulation on Thursday 10 December, 09:00-10:00, at 12 Endeavour Square.

Please let us know whether you can attend.

FCA Press Office
"""


def test_a_target_named_with_her_title_is_the_person_to_meet(kindly: Kindly, tmp_path: Path) -> None:
    # "Adaeze" is no first name kindly's list knows; "Dr Adaeze Nwosu" says she is a person, the one to meet
    record = _triaged(
        kindly, tmp_path, ROUNDTABLE, "FCA Press Office <press@regulator.example.org.uk>", "Roundtable"
    )
    assert (record["decision"], record["reason_code"]) == ("accept", "target_person")


def test_a_target_named_without_a_title_from_someone_else_is_not_taken_for_a_person(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: the bare name in someone else's mail may as well be a firm's, as before
    body = ROUNDTABLE.replace("Dr Adaeze Nwosu, Director of Payments and Digital Assets,", "Adaeze Nwosu")
    record = _triaged(
        kindly, tmp_path, body, "FCA Press Office <press@regulator.example.org.uk>", "Roundtable"
    )
    assert record["reason_code"] != "target_person"


def test_the_event_plan_seeks_out_a_titled_target_by_name(tmp_path: Path) -> None:
    from kindly.decide.plan import plan_event
    from kindly.profile import load_profile
    from support import incoming

    profile = load_profile(profile_file(HANNAH, tmp_path))
    plan = plan_event(incoming(ROUNDTABLE, subject="Roundtable"), profile)
    assert "Adaeze Nwosu" in [p.name for p in plan.seek_out]
    assert not any(p.name == "people from Adaeze Nwosu" for p in plan.seek_out)


def test_the_question_that_asks_to_meet_names_the_month_not_the_news_before_it() -> None:
    from datetime import date

    from kindly.understand.days import window_start

    # "launching your first book in March" is the book's month; the coffee is asked for January
    text = (
        "Your editor mentioned you're launching your first book in March. I remember how bewildering that was, so"
        " I'd be glad to be a sounding board - perhaps a coffee in January to start?"
    )
    assert window_start(text, date(2026, 11, 29)) == date(2027, 1, 1)


def test_a_question_about_something_else_leaves_the_meetings_month_alone() -> None:
    from datetime import date

    from kindly.understand.days import window_start

    # near miss: the question names March, but asks of a conference, not a meeting
    text = "I'd love to have a coffee in January. Are you going to the fintech conference in March?"
    assert window_start(text, date(2026, 11, 29)) == date(2027, 1, 1)


BOOK_PR = """Dear Hannah,

Congratulations on The Quiet Machine! Debut non-fiction launches live or die on the first six weeks. Our launch
packages (from £2,500) include a review copy mailing, a blog tour, podcast bookings and a social campaign.

Could we arrange a 20-minute call this week to talk through what we'd do for your book?

Warmly,
Tessa
Aurora Literary PR
"""


def _with_publicist(
    kindly: Kindly, tmp_path: Path, body: str, sender: str, subject: str
) -> dict[str, object]:
    mail = to_editor(
        tmp_path / "mail.eml", body, sender=sender, subject=subject, date="Tue, 01 Dec 2026 08:15:00 +0000"
    )
    return triaged_one(kindly, mail, profile_file(editor_profile(providers=[EDITOR_PUBLICIST]), tmp_path))


def test_a_strangers_call_to_sell_book_publicity_is_declined_with_her_publicist(
    kindly: Kindly, tmp_path: Path
) -> None:
    # read as a work meeting ("a 20-minute call ... for your book"), but a stranger selling packages is a pitch
    record = _with_publicist(
        kindly, tmp_path, BOOK_PR, "Aurora Lit PR <hello@auroralitpr.example.co.uk>", "Launch"
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "has_provider")
    assert "For book publicity, I already work with someone" in str(record["draft"])


def test_a_call_about_her_proofs_is_still_an_ordinary_work_meeting(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: a call that sells nothing
    body = """Hi Hannah,

The bound proofs are back from the printer. Could we arrange a 20-minute call this week to go through the last
corrections before they go to reviewers?

Georgia
Editor, Fernhill Books
"""
    record = _with_publicist(
        kindly, tmp_path, body, "Georgia Pell <georgia@fernhill.example.co.uk>", "Proofs"
    )
    assert record["decision"] == "ignore"


def test_a_call_about_a_clients_figures_is_no_priced_offer(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: a package and a price, but a client's figures, not the sender's offer
    body = """Hannah,

Before I finalise the Q4 estimate I need to reconcile the fixed asset schedule: my carryforward shows the 2025
camera package at $41,200 but your books have $38,900. Can we do a 20-minute call Thursday or Friday?

Farah
"""
    record = _with_publicist(
        kindly, tmp_path, body, "Farah Iqbal <farah@iqbal.example.co.uk>", "Asset schedule"
    )
    assert record["reason_code"] != "has_provider"
    assert record["decision"] != "decline"


PODCAST = """Hi Hannah,

I host Signal & Noise, a weekly tech podcast. I've just read an early proof of your book and would love to have you
on for an episode around its publication in March.

We record remotely over Riverside, about 50 minutes, and could do any weekday morning in the week of 15 February.
Would that be of interest?

Leo
"""


def test_a_podcasts_recording_week_said_apart_from_its_question_gets_days_of_that_week(
    kindly: Kindly, tmp_path: Path
) -> None:
    # not "Please send me the details": the week and the mornings are given; nor a day in March, the book's month
    record = _triaged(
        kindly, tmp_path, PODCAST, "Leo Chambers <leo@signalandnoise.example.com>", "Podcast invite"
    )
    draft = str(record["draft"])
    assert record["decision"] == "accept"
    assert "send me the details" not in draft
    assert "15 February" in draft or "16 February" in draft or "17 February" in draft
    assert "March" not in draft


def test_a_week_the_book_is_out_is_not_a_week_to_record_in(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: the week named is the book's, in a sentence that records nothing
    body = PODCAST.replace(
        "We record remotely over Riverside, about 50 minutes, and could do any weekday morning in the week of 15"
        " February.",
        "Your book is out in the week of 8 March, I hear.",
    )
    record = _triaged(
        kindly, tmp_path, body, "Leo Chambers <leo@signalandnoise.example.com>", "Podcast invite"
    )
    assert "8 March" not in str(record["draft"]) and "9 March" not in str(record["draft"])


def test_a_press_trip_declined_is_offered_no_press_kit_of_hers(kindly: Kindly, tmp_path: Path) -> None:
    # "would love to bring you out" is hospitality, not "press": her book's press kit is nothing the trip asks for
    kit = resource(
        "Press kit for The Quiet Machine",
        "Book synopsis, author bio, photos and review copy request form",
        "https://hannah.example.com/press",
        "festival programmers, podcast hosts and book reviewers",
    )
    mail = to_editor(
        tmp_path / "mail.eml",
        PRESS_TRIP,
        sender="Sofia Lindqvist <sofia@corvid.example.com>",
        subject="Lisbon launch",
        date="Tue, 24 Nov 2026 15:45:00 +0000",
    )
    record = triaged_one(kindly, mail, profile_file(editor_profile(resources=[kit]), tmp_path))
    assert record["reason_code"] == "never_do"
    assert "Press kit" not in str(record["draft"])
