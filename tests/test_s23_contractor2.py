"""Kendra Lowry's mail, round two (session 23): what a Denver general contractor's leftovers teach - a seller's
session at her own shop, a plumber offering his trade, a question asked after a yes, the first free times, and an
evening event outside her hours."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kindly.decide.trade_offered import trade_offered
from kindly.profile import GoalKind
from kindly.reply.to_have_ready import what_to_have_ready
from personas import contractor_profile, invite_to_kendra, text_to_kendra, to_kendra
from support import Kindly, profile_file, triaged_one, written_profile


def _to_kendra(kindly: Kindly, tmp_path: Path, body: str, sender: str, subject: str) -> dict[str, Any]:
    mail = to_kendra(tmp_path / "m.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(contractor_profile(), tmp_path))


def _invited(kindly: Kindly, tmp_path: Path, **event: str) -> dict[str, Any]:
    invite = invite_to_kendra(tmp_path / "invite.ics", **event)
    return triaged_one(kindly, invite, profile_file(contractor_profile(), tmp_path))


# -- a seller's session brought to her own shop is not an event to pass on -------------------------------------


def test_a_suppliers_lunch_and_learn_at_her_own_shop_is_not_offered_to_others(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _invited(
        kindly,
        tmp_path,
        summary="Lunch & Learn: Schluter shower systems (lunch provided) - Corwin Tile Supply",
        organizer="Brian Corwin <brian@corwintile.example>",
        location="Lowry Build Co. shop",
        description="Hi Kendra - as discussed with your office\\, I'll bring lunch for the crew and walk through the "
        "Schluter Kerdi shower system. About 45 min. Brian Corwin\\, Corwin Tile Supply",
        start="20261215T113000",
    )
    draft = record.get("draft") or ""
    assert record["decision"] != "accept" or "see you" in draft.lower(), record["reason"]
    assert (
        "mention it" not in draft and "pass the details on" not in draft and "tell them about it" not in draft
    )


def test_a_trade_groups_open_evening_turned_down_is_still_offered_to_others(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _invited(
        kindly,
        tmp_path,
        summary="Front Range Builders Guild - winter open house",
        organizer="Dana Pike <dana@frontrangeguild.example>",
        location="Guild hall, 1200 Blake St",
        description="Our winter open house for members and friends of the guild: tours of the hall\\, coffee and "
        "pastries. Bring a colleague!",
        start="20261212T100000",
    )
    assert record["decision"] == "decline", record["reason"]
    draft = record["draft"]
    assert "mention it" in draft or "pass the details on" in draft or "tell them about it" in draft, draft


# -- an evening event outside her hours: still a yes at its own hour, but she is told -------------------------


def _mixer(hours: str) -> str:
    return (
        "Hi Kendra,\n\nI run the NARI Denver Remodelers Roundtable, a peer group of owners of small remodeling firms "
        "that meets monthly to compare notes on pricing, hiring and subs - no vendors, no selling.\n\nWe're holding "
        f"our holiday mixer on Tuesday, December 8 {hours} at Great Divide Brewing and would love to have you come "
        "meet the group.\n\nCheers,\nBrett Calloway\nCalloway Remodeling / NARI Denver\n"
    )


def test_an_evening_mixer_outside_her_hours_is_accepted_with_the_hours_noted_in_the_reason(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_kendra(
        kindly,
        tmp_path,
        _mixer("from 6:00 to 8:30pm"),
        "Brett Calloway <brett@callowayremodel.example>",
        "Remodelers Roundtable - mixer Dec 8",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "outside your meeting hours" in record["reason"]
    assert "6:00 to 8:30pm" in record["draft"]  # the event keeps its own hour


def test_a_calendar_invitation_to_an_evening_meeting_notes_it_is_outside_her_hours(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _invited(
        kindly,
        tmp_path,
        summary="NAWIC Denver - women in construction monthly meeting",
        organizer="Denise Ortiz <denise@nawicdenver.example>",
        location="Denver Athletic Club",
        description="Our monthly chapter meeting for women in construction: dinner and networking. Join us!",
        start="20261209T180000",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "outside your meeting hours (Wednesday, December 9 at 18:00" in record["reason"]


def test_a_breakfast_inside_her_hours_says_nothing_of_hours(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_kendra(
        kindly,
        tmp_path,
        _mixer("from 7:00 to 8:30am"),
        "Brett Calloway <brett@callowayremodel.example>",
        "Remodelers Roundtable - breakfast Dec 8",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "outside your meeting hours" not in record["reason"]


# -- a question after a yes: what to have ready is hers to answer, and the draft keeps a place for it -----------


def _confirmed(extra: str) -> str:
    return (
        "Hi Kendra,\n\nGreat, thanks for getting back so fast. Friday works - could you come at 8am on Friday "
        f"Dec 4? We're at 3318 Fairfax St. {extra}\n\nPriya\n\nOn Sun, Nov 29, 2026 at 4:10 PM Kendra Lowry "
        "<kendra@lowrybuild.example> wrote:\n> Hi Priya,\n>\n> I'd be glad to come see the space. Would Friday "
        "morning work?\n>\n> Kendra\n"
    )


def test_a_client_asking_what_to_have_ready_finds_a_place_left_for_her_answer(
    kindly: Kindly, tmp_path: Path
) -> None:
    asked = "Is there anything we should have ready (the old survey? photos of the mechanical room?)"
    record = _to_kendra(
        kindly,
        tmp_path,
        _confirmed(asked),
        "Priya Raman <priya.raman@hey.example>",
        "Re: Basement finish - quote",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "8am" in record["draft"]
    assert f'[Your answer to "{asked}"]' in record["draft"]


def test_a_client_who_says_they_will_have_the_plans_ready_asks_nothing_more(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_kendra(
        kindly,
        tmp_path,
        _confirmed("We'll have the old survey ready for you."),
        "Priya Raman <priya.raman@hey.example>",
        "Re: Basement finish - quote",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "[Your answer" not in record["draft"]


def test_her_own_answer_about_what_to_have_ready_is_used_instead_of_a_placeholder(
    kindly: Kindly, tmp_path: Path
) -> None:
    profile = contractor_profile() + (
        '\n[[answers]]\nabout = ["ready", "bring"]\n'
        'answer = "Nothing needed - any photos or old plans you have are a bonus."\n'
    )
    mail = to_kendra(
        tmp_path / "m.eml",
        _confirmed("Is there anything we should have ready?"),
        sender="Priya Raman <priya.raman@hey.example>",
        subject="Re: Basement finish - quote",
    )
    record = triaged_one(kindly, mail, profile_file(profile, tmp_path))
    assert "Nothing needed - any photos" in record["draft"]
    assert "[Your answer" not in record["draft"]


def test_what_to_have_ready_is_a_question_about_the_visit_not_a_sellers_offer() -> None:
    assert what_to_have_ready("See you then! What should we bring?") == "What should we bring?"
    assert what_to_have_ready("Could we talk about what we can bring to your firm?") == ""
    assert what_to_have_ready("We'll have the plans ready. See you Friday?") == ""


# -- a plumber offering his trade to a GC who seeks plumbers is a partner, not a client -------------------------

TONY = (
    "Hello,\n\nAlvarado Plumbing & Gas is a family-owned plumbing contractor in Denver (Master Plumber MP.0031876, "
    "insured). We're looking to partner with one or two residential GCs for rough-in and finish plumbing on "
    "kitchens and basements - we pull our own permits and are usually able to start within 2 weeks.\n\nCould we "
    "set up a time to meet with the owner?\n\nTony Alvarado\nAlvarado Plumbing & Gas\n"
)


def test_a_colleagues_forward_of_a_plumber_wanting_gc_partners_serves_her_subcontractor_goal(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Kendra - these guys might be worth a look for Elm St and the Fairfax basement, since Rick is booked "
        "through Feb.\n\nJake\n\n---------- Forwarded message ---------\nFrom: Tony Alvarado "
        "<tony@alvaradoplumbing.example>\nDate: Mon, Nov 30, 2026 at 11:58 AM\nSubject: Licensed plumber looking "
        f"for GC partners\nTo: info@lowrybuild.example\n\n{TONY}"
    )
    record = _to_kendra(
        kindly,
        tmp_path,
        body,
        "Jake Ferris <jake@lowrybuild.example>",
        "Fwd: Licensed plumber looking for GC partners",
    )
    assert (record["decision"], record["goal"]) == ("accept", "custom"), record["reason"]
    assert "inquiry" not in record["draft"]


def test_a_plumber_writing_himself_for_gc_partners_is_met_as_a_subcontractor(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_kendra(
        kindly,
        tmp_path,
        TONY,
        "Tony Alvarado <tony@alvaradoplumbing.example>",
        "Licensed plumber looking for GC partners",
    )
    assert (record["decision"], record["goal"]) == ("accept", "custom"), record["reason"]
    assert "inquiry" not in record["draft"]


def test_a_homeowner_who_needs_a_licensed_plumber_for_her_kitchen_is_still_a_client(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_kendra(
        kindly,
        tmp_path,
        "Hi Kendra,\n\nWe're planning a kitchen remodel in Congress Park and need a licensed plumber to move the "
        "sink to the island. Could you come take a look and give us a ballpark?\n\nThanks,\nDana Brooks\n",
        "Dana Brooks <dana.brooks@example.com>",
        "Kitchen remodel",
    )
    assert (record["decision"], record["goal"]) == ("accept", "find_clients"), record["reason"]


def test_a_trade_is_offered_by_who_is_it_not_by_who_needs_it(tmp_path: Path) -> None:
    goals = written_profile(contractor_profile(), tmp_path).goals
    subs = next(goal for goal in goals if goal.kind is GoalKind.CUSTOM)
    clients = next(goal for goal in goals if goal.kind is GoalKind.FIND_CLIENTS)
    assert trade_offered(subs, f"Licensed plumber looking for GC partners\n{TONY}")
    assert not trade_offered(clients, f"Licensed plumber looking for GC partners\n{TONY}")
    assert not trade_offered(
        subs, "We need a licensed plumber and are looking to work with a GC on our kitchen."
    )


# -- a client's visit moved off a Sunday: the soonest weekdays, not the week after ----------------------------


def test_a_homeowner_asking_for_this_sunday_is_offered_the_soonest_weekdays(
    kindly: Kindly, tmp_path: Path
) -> None:
    text = text_to_kendra(
        tmp_path / "text.txt",
        "hi Kendra, Mark Delgado - we met at the Congress Park block party. our kitchen is finally happening!! any "
        "chance you could swing by this Sunday to look? thats the only day my wife and I are both home. thx",
        sender="Mark Delgado",
    )
    record = triaged_one(kindly, text, profile_file(contractor_profile(), tmp_path))
    assert (record["decision"], record["goal"]) == ("accept", "find_clients"), record["reason"]
    offered = record["draft"].partition("doesn't work for me, though")[2]
    assert "December 2" in offered, record["draft"]


def test_a_homeowner_asking_for_an_evening_on_a_weekday_is_offered_that_day_in_her_hours(
    kindly: Kindly, tmp_path: Path
) -> None:
    text = text_to_kendra(
        tmp_path / "text.txt",
        "hi Kendra, Mark Delgado - our kitchen is finally happening!! any chance you could swing by Thursday at "
        "6pm to look? thx",
        sender="Mark Delgado",
    )
    record = triaged_one(kindly, text, profile_file(contractor_profile(), tmp_path))
    assert record["decision"] == "accept", record["reason"]
    offered = record["draft"].partition("work for you")[0]
    assert "Thursday, December 3" in offered, record["draft"]
