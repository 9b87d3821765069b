"""Eleventh session: what users (invented personas reading their own triage) and a re-read of the gaps found."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from kindly.decide.client_need import as_client
from kindly.decide.costs import cost_to_attend
from kindly.decide.policy import Context, decide
from kindly.decide.reading import as_read
from kindly.decide.rules import charges_to_appear, provider_hit, rule_ideas
from kindly.decide.scams import scam_cue
from kindly.decide.words import names_a_role, reads_as_organisation
from kindly.model import Decision, Intent, Message, Understanding, Verdict
from kindly.profile import Profile, load_profile
from kindly.reply.acceptance import acceptance, asks_to_host, proposed_times
from kindly.reply.answers import unanswered
from kindly.reply.compose import ask_phrase, choose_offer, honest_reason
from kindly.store.db import open_database
from kindly.store.repository import Repository, content_hash
from kindly.understand.days import window_start
from kindly.understand.extract import extract
from support import (
    EXAMPLES,
    Kindly,
    eml,
    gordons_mail,
    incoming,
    triaged_one,
    with_providers,
    written_profile,
)

PROFILE_FILE = str(EXAMPLES / "profile.toml")
PROFILE = load_profile(EXAMPLES / "profile.toml")


# -- a reply whose parent is not stored joins the thread of the same sender and subject ------------------------


def test_answers_to_mail_sent_from_elsewhere_stay_in_their_thread_to_a_directory_entry(
    kindly: Kindly, tmp_path: Path
) -> None:
    # Gordon's mail client keeps only In-Reply-To, and that names the user's answer, sent from their own mail
    # program and so never in the mailbox kindly reads
    first = triaged_one(
        kindly,
        gordons_mail(
            tmp_path / "1.eml",
            "coffee-1@evergreenpath.example",
            "Hi Dana,\n\nI came across your profile and would love to grab a coffee sometime and connect! "
            "Let me know what works.\n\nGordon",
            "Coffee?",
        ),
    )
    answer = triaged_one(
        kindly,
        gordons_mail(
            tmp_path / "2.eml",
            "coffee-2@evergreenpath.example",
            "Thanks for getting back to me! I'm a financial planner with Evergreen Path Financial and I help "
            "consultants plan for retirement. I'd love to walk you through how I could help you too.\n\nGordon",
            "Re: Coffee?",
            in_reply_to="sent-from-dana-s-phone@example.com",
        ),
    )
    assert answer["thread_id"] == first["thread_id"]
    assert (answer["decision"], answer["reason_code"]) == ("decline", "has_provider")

    details = triaged_one(
        kindly,
        gordons_mail(
            tmp_path / "3.eml",
            "coffee-3@evergreenpath.example",
            "Totally understand, thank you! Here are my details: Gordon Whitfield, Evergreen Path Financial, "
            "gordon@evergreenpath.example, 503-555-0142. I'm a fee-only planner for consultants and freelancers: "
            "retirement plans and cash-flow planning.\n\nGordon",
            "RE: Re: Coffee?",
            in_reply_to="another-from-dana-s-phone@example.com",
        ),
    )
    assert details["thread_id"] == first["thread_id"]
    assert (details["decision"], details["reason_code"]) == ("ignore", "directory_added")


def note(
    sender: str, subject: str, when: datetime, message_id: str = "", in_reply_to: str = "", body: str = ""
) -> Message:
    return Message(
        source="t",
        message_id=message_id,
        in_reply_to=in_reply_to,
        from_addr=sender,
        subject=subject,
        date=when,
        body=body or f"{subject} {message_id}",
        own_text=body or subject,
    )


NOV = datetime(2026, 11, 2, 9, tzinfo=UTC)


def same_subject_cases() -> list[Message]:
    """An invitation, then replies to it by subject alone: the sender's own (joins), another sender's, a
    forward, and a reply four months on (each of these three starts its own thread)."""
    return [
        note("ana@studio.example", "Lunch in December?", NOV, "lunch@studio.example"),
        note("ana@studio.example", "Re: Lunch in December?", NOV + timedelta(days=2), "r1@x", "unknown@me"),
        note("bo@else.example", "Re: Lunch in December?", NOV + timedelta(days=3), "r2@x", "unknown2@me"),
        note("ana@studio.example", "Fwd: Lunch in December?", NOV + timedelta(days=4), "f@x"),
        note("ana@studio.example", "Re: lunch in  december?", NOV + timedelta(days=130), "r3@x", "gone@me"),
        note("ana@studio.example", "Re[2]: Lunch in December?", NOV + timedelta(days=5), "r4@x"),
    ]


def test_a_reply_by_subject_joins_only_its_senders_recent_thread_one_by_one_and_in_a_batch(
    tmp_path: Path,
) -> None:
    for name, batched in (("a.db", False), ("b.db", True)):
        sessions = open_database(tmp_path / name)
        with sessions.begin() as session:
            repo = Repository(session)
            messages = same_subject_cases()
            if batched:
                threads = [s.thread_id for s in repo.store_messages(messages)]
            else:
                threads = [repo.add_message(m, content_hash(m)).thread_id for m in messages]
        invitation, reply, other_sender, forward, months_later, counted = threads
        assert reply == counted == invitation, name
        assert len({invitation, other_sender, forward, months_later}) == 4, name


def test_a_reply_whose_invitation_came_in_an_earlier_run_joins_it(tmp_path: Path) -> None:
    sessions = open_database(tmp_path / "k.db")
    first, reply = same_subject_cases()[:2]
    with sessions.begin() as session:
        [stored] = Repository(session).store_messages([first])
    with sessions.begin() as session:
        [answer] = Repository(session).store_messages([reply])
    assert answer.thread_id == stored.thread_id


# -- an event that sells its places: the cost named in the decision, the yes asks how to book ----------------


@pytest.mark.parametrize(
    ("text", "amount", "thing"),
    [
        (
            "We'd love to have you\nexhibit - exhibitor tables are $450 and include two passes.",
            "$450",
            "table",
        ),
        ("Tickets are £25 per person, dinner included.", "£25", "ticket"),
        ("It costs USD 300 to attend.", "USD 300", ""),
        ("Entry is 15 euros at the door.", "15 euros", ""),
        ("Our revenue passed $4,000,000 this year. Passes are $99.", "$99", "pass"),
    ],
)
def test_a_price_for_a_place_is_what_it_costs_you(text: str, amount: str, thing: str) -> None:
    cost = cost_to_attend(text)
    assert cost is not None and (cost.amount, cost.thing) == (amount, thing)


@pytest.mark.parametrize(
    "text",
    [
        "The $45 fee is waived for members.",
        "We raised $2.5M last year - join us for the launch!",
        "Speakers receive a $500 honorarium.",
        "There's a $1,000 prize for the best pitch.",
        "Free to attend; drinks from 6pm.",
    ],
)
def test_money_that_is_not_yours_to_pay_is_no_cost(text: str) -> None:
    assert cost_to_attend(text) is None


def test_membership_dues_are_joined_not_booked() -> None:
    cost = cost_to_attend("Membership is $200 a year and includes the monthly dinners.")
    assert cost is not None and cost.joining


EXPO = """Hi Dana,

We're running the Portland Creative Business Expo on Thursday, January 21 at the Pearl Event Center,
9am-4pm. About 300 owners of design studios, architecture firms and agencies attend. We'd love to have you
exhibit - exhibitor tables are $450 and include two passes and a listing in the program.

Would you like to reserve a table?

Rosa Delgado
Events Lead, PDX Makers
"""


def rosa(path: Path, body: str) -> Path:
    return eml(
        path,
        body,
        sender="Rosa Delgado <rosa@pdxmakers.example>",
        subject="Portland Creative Business Expo - join us?",
        message_id="expo@pdxmakers.example",
        date="Mon, 16 Nov 2026 09:00:00 -0800",
    )


def test_an_expo_that_sells_tables_is_accepted_with_its_price_named_and_the_yes_asks_how_to_book(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triaged_one(kindly, rosa(tmp_path / "expo.eml", EXPO))
    assert record["decision"] == "accept"
    assert 'It costs $450 ("' in record["reason"] and "before you send the yes" in record["reason"]
    assert (
        "see you on Thursday, January 21. Could you send me the details for booking a table?"
        in record["draft"]
    )
    shown = kindly("show", str(record["id"]), "--profile", PROFILE_FILE)
    assert "Questions for you to answer" not in shown.stdout  # the yes speaks to "reserve a table?"


def test_a_free_expo_is_accepted_without_a_word_of_cost(kindly: Kindly, tmp_path: Path) -> None:
    free = EXPO.replace(
        "exhibit - exhibitor tables are $450 and include", "come along - it's free and includes"
    )
    record = triaged_one(kindly, rosa(tmp_path / "expo.eml", free))
    assert record["decision"] == "accept"
    assert "costs" not in record["reason"] and "booking" not in record["draft"]


# -- a never-rule is told as the rule, not as the user's opinion of it -----------------------------------------


@pytest.mark.parametrize(
    ("rule", "said", "unsaid"),
    [
        ("paid referral kickbacks", "firm rule against paid referral fees", "kickback"),
        ("pushy sales calls", "firm rule against sales calls", "pushy"),
        ("vanity awards", "I don't pay to appear or to be published", "vanity"),
        ("predatory journals", "I don't pay to appear or to be published", "predatory"),
        ("crypto scams", "It's not something I take part in", "scam"),
        ("unpaid speaking engagements", "firm rule against unpaid speaking engagements", "take part"),
    ],
)
def test_a_never_rule_is_given_as_a_reason_fit_to_send(rule: str, said: str, unsaid: str) -> None:
    from kindly.model import Decision, Verdict

    reason = honest_reason(
        Verdict(Decision.DECLINE, "never", "never_do", never_rule=rule),
        load_profile(EXAMPLES / "profile.toml"),
    )
    assert said in reason and unsaid not in reason.lower()


# -- a speaking slot sold under another name -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We're building a panel on the Employment Rights Act. Panel places are offered as part of our Speaker "
        "Partnership Package (£1,750 + VAT), which includes your panel slot and two delegate passes.",
        "Keynote speakers join our Partner Programme, which carries a contribution of €2,500 towards production.",
    ],
)
def test_a_place_on_the_stage_sold_as_a_package_or_a_contribution_charges_the_speaker(text: str) -> None:
    assert charges_to_appear(text)


@pytest.mark.parametrize(
    "text",
    [
        "We value your contribution to the field, and there is no fee to take part.",
        "Speakers receive a £500 honorarium; our sponsorship packages are for exhibitors.",
        "Our partner programme is free for speakers.",
    ],
)
def test_a_contribution_to_the_field_or_a_paid_speaker_charges_nothing(text: str) -> None:
    assert charges_to_appear(text) is None


# -- a pitch for what the user already has, in words other than theirs -----------------------------------------


def already_having(*categories: str) -> Profile:
    """The example profile with a provider of its own for each of these categories."""
    return with_providers(*((c, f"My {c} people") for c in categories))


@pytest.mark.parametrize(
    ("category", "pitch"),
    [
        (
            "legal research database",
            "CaseVault is the legal research platform built for employment practitioners: every tribunal "
            "decision since 2017, searchable - and faster than the big generalist databases. A 20-minute demo?",
        ),
        (
            "practice management software",
            "A number of Northern firms have moved their practice management and time recording to Matterly. "
            "Would you be open to a 15-minute introductory call?",
        ),
        (
            "point of sale system",
            "Is your POS ready for the holidays? Our card readers cost nothing to switch.",
        ),
        ("CRM", "Still tracking deal flow in spreadsheets? Our CRM for investors sets up in a day - demo?"),
        ("bookkeeping software", "Our bookkeeping app reconciles your bank feeds overnight. Free trial?"),
    ],
)
def test_a_provider_is_met_by_what_it_does_whatever_kind_of_thing_it_is_called(
    category: str, pitch: str
) -> None:
    hit = provider_hit(already_having(category), pitch, Intent.SALES_PITCH)
    assert hit is not None and hit.category == category


@pytest.mark.parametrize(
    ("category", "pitch"),
    [
        (
            "point of sale system",
            "Our new store is a point of interest for the whole neighbourhood - free demo?",
        ),
        (
            "marketing agency",
            "We ghostwrite posts that do your marketing for you. Packages from £850 a month.",
        ),
        (
            "legal research database",
            "Our research shows that legal teams lose hours a week to admin. A call?",
        ),
    ],
)
def test_a_provider_is_not_met_by_one_of_its_words_alone(category: str, pitch: str) -> None:
    assert provider_hit(already_having(category), pitch, Intent.SALES_PITCH) is None


def test_a_pitch_that_names_the_users_own_trade_is_not_offered_as_that_trade(tmp_path: Path) -> None:
    lawyer = written_profile(
        """
[user]
name = "Henrietta Blackwood"
email = "henrietta@ashworthkerr.example"
tone = "formal"

[[goals]]
kind = "find_clients"
description = "HR directors of mid-sized companies who need employment law advice"
targets = ["HR directors"]
""",
        tmp_path,
    )
    pitch = (
        "Partners who post on LinkedIn twice a week win more instructions. At Brightquill we ghostwrite "
        "thought-leadership posts for law firm partners. Packages start at £850 a month. Worth a quick chat?"
    )
    verdict = Verdict(Decision.DECLINE, "no", "not_a_fit")
    offer = choose_offer(Message(source="t", own_text=pitch, body=pitch), verdict, Intent.SALES_PITCH, lawyer)
    assert offer.kind == "keep_overview"  # never "when someone needs legal services" to a lawyer


# -- a job search: recruiters for roles in its field are what it is for ----------------------------------------

JOB_SEEKER = """
[user]
name = "Jordan Patel"
email = "jordan.patel@example.com"
tone = "warm"

[[goals]]
kind = "custom"
description = "Land a senior product manager role at a climate-tech or fintech company (Toronto or remote in Canada); recruiters with relevant roles are welcome"
targets = ["climate tech", "fintech", "senior product manager", "product roles", "payments", "energy software"]
"""

IN_THE_FIELD = (
    "I lead talent at Fernway Energy - we build the software that dispatches grid-scale batteries for utilities. "
    "We're hiring a Senior Product Manager, and your background in payments infrastructure caught my eye. "
    "Would you be free for a 30-minute intro call next week?"
)
ELSEWHERE = (
    "I'm recruiting a Product Owner for a casino gaming platform based in Las Vegas. On-site 5 days, "
    "relocation package provided. Interested? Let's set up a call for Monday or Tuesday next week."
)


def recruiter(body: str) -> Message:
    return incoming(body, from_name="Lindsay Moreau", from_addr="lindsay@talent.example")


def test_a_recruiter_for_a_role_in_the_searched_field_serves_the_job_search(tmp_path: Path) -> None:
    profile = written_profile(JOB_SEEKER, tmp_path)
    understanding = Understanding(True, Intent.RECRUITING, True, 0.9)
    verdict = decide(recruiter(IN_THE_FIELD), understanding, profile, Context())
    assert verdict.decision is Decision.ACCEPT


def test_a_role_outside_the_searched_field_is_declined_without_saying_the_user_is_not_looking(
    tmp_path: Path,
) -> None:
    profile = written_profile(JOB_SEEKER, tmp_path)
    understanding = Understanding(True, Intent.RECRUITING, True, 0.9)
    verdict = decide(recruiter(ELSEWHERE), understanding, profile, Context())
    assert verdict.decision is Decision.DECLINE
    reason = honest_reason(verdict, profile, Intent.RECRUITING, recruiter(ELSEWHERE))
    assert "not looking" not in reason and "isn't quite the role I'm looking for" in reason


def test_someone_not_searching_still_says_they_are_not_looking() -> None:
    verdict = Verdict(Decision.DECLINE, "no", "not_a_fit")
    assert "not looking for a new role" in honest_reason(
        verdict, PROFILE, Intent.RECRUITING, recruiter(ELSEWHERE)
    )


def test_a_job_with_its_interview_on_telegram_and_a_cheque_for_equipment_is_a_scam() -> None:
    text = (
        "Your profile has been shortlisted for a Remote Product Manager position with our client, a US fintech. "
        "Pay is $95/hr. To proceed, please add our HR manager Mrs. Linda on Telegram (@linda_hr_global) for your "
        "interview. Once hired we will send you a cheque to purchase your home office equipment from our "
        "approved vendor."
    )
    assert scam_cue(text)
    assert (
        scam_cue("We'll send you a check for your travel after the talk; text me on WhatsApp if easier.")
        is None
    )


def test_a_speaking_invitation_may_be_answered_what_the_talk_needs_but_never_the_users_rates() -> None:
    from kindly.profile import Answer
    from kindly.reply.answers import answers_to_use

    cpd = Answer(about=["CPD"], answer="Our seminars can be certified for one CPD hour.")
    seats = Answer(about=["seats"], answer="The cafe seats about 40 for a reading.")
    rates = Answer(about=["rates"], answer="My day rate is £1,400.")
    consulting = Answer(about=["availability"], answer="I take two consulting days a week for clients.")
    usable = answers_to_use([cpd, seats, rates, consulting], "speaking_invitation")
    assert usable == [cpd, seats]


def test_a_prospective_client_asking_for_a_recommendation_of_a_provider_the_user_has_is_referred(
    tmp_path: Path,
) -> None:
    investor = written_profile(
        """
[user]
name = "Amara Osei"
email = "amara@kestrelridge.example"
tone = "formal"

[[goals]]
kind = "find_clients"
description = "Founders building B2B climate software who are raising a seed round"
targets = ["climate software founders", "seed round"]

[[providers]]
category = "legal counsel"
name = "James Pryce, Harcourt Bell LLP"
""",
        tmp_path,
    )
    body = (
        "Thanks again for the chat last week. We're about to paper our seed round and our current lawyer doesn't "
        "really do venture. Could you recommend a law firm that's good on seed rounds?"
    )
    founder = Message(
        source="t",
        from_addr="aisha@coldchain.example",
        subject="Lawyer recommendation for our seed docs?",
        body=body,
        own_text=body,
    )
    verdict = decide(founder, Understanding(True, Intent.CLIENT_INQUIRY, True, 0.7), investor, Context())
    assert (verdict.decision, verdict.reason_code) == (Decision.REFER, "refer_provider")
    assert verdict.referral is not None and verdict.referral.name == "James Pryce, Harcourt Bell LLP"


def test_no_time_that_week_is_said_of_that_week_not_of_the_next_few() -> None:
    reason = honest_reason(Verdict(Decision.DECLINE, "full", "no_capacity"), PROFILE, Intent.EVENT_INVITATION)
    assert "that week" in reason and "next few weeks" not in reason


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "For our Friday culture show we're putting together a short piece. We'd record at our studio on "
            "Tuesday, December 8 at 10:00 am, and it would air Friday, December 11.",
            "Tuesday, December 8 at 10:00 am",
        ),
        ("Our Monday team call is full, so would Wednesday work?", "Wednesday"),
        ("Join us for our Friday mixer!", "Friday"),  # nothing else is said: the show's day is the day
        ("Are you free this Friday afternoon?", "this Friday afternoon"),
    ],
)
def test_a_weekday_that_names_a_show_or_a_call_is_no_day_proposed_when_another_is(
    text: str, when: str
) -> None:
    assert extract(Message(source="t", body=text, own_text=text)).when == when


def test_a_recording_day_said_in_the_same_sentence_as_the_air_date_is_the_day_confirmed(
    kindly: Kindly, tmp_path: Path
) -> None:
    path = eml(
        tmp_path / "radio.eml",
        "Hi Dana,\n\nI'm a producer at WNCR. For our Friday business show we're putting together a piece on how "
        "design studios price their work, and a listener pointed us to you.\n\nWould you be up for a 20-minute "
        "taped interview with our host? We'd record at our studio on Tuesday, December 8 at 10:00 am, and it "
        "would air Friday, December 11.\n\nOwen Castellanos\nProducer, WNCR",
        sender="Owen Castellanos <owen@wncr.example.org>",
        subject="Radio segment on pricing for creative studios",
        date="Tue, 24 Nov 2026 16:25:00 -0500",
    )
    record = triaged_one(kindly, path)
    assert record["decision"] == "accept"
    assert "December 8" in record["draft"] and "December 11" not in record["draft"]


def test_times_listed_the_british_way_keep_their_hours() -> None:
    text = (
        "Helen would be very glad to meet. Would either of the following suit you?\n"
        "- Monday 14 December, 11:00\n- Tuesday 15 December, 15:30\n\nKind regards,\nRachel"
    )
    assert extract(Message(source="t", body=text, own_text=text)).when == (
        "Monday 14 December, 11:00 or Tuesday 15 December, 15:30"
    )
    # a comma before a count is no time: "Thursday 3 December, 2 copies please"
    count = "The review is due Thursday 3 December, 2 copies please."
    assert extract(Message(source="t", body=count, own_text=count)).when == "Thursday 3 December"


def test_asked_to_host_a_reading_the_yes_hosts_it_rather_than_speaks(kindly: Kindly, tmp_path: Path) -> None:
    path = eml(
        tmp_path / "host.eml",
        "Dear Ms. Reyes,\n\nIn January we publish PRICED RIGHT, a book on pricing for design and architecture "
        "studios. We would propose Thursday, January 14, 2027 at 6:30 pm at your studio, for a 30-minute reading "
        "and a conversation about cash flow for studio owners.\n\nWould you be willing to host?\n\n"
        "Eleanor Voss\nPublicity Manager",
        sender="Eleanor Voss <evoss@press.example.edu>",
        subject="Author event proposal: pricing for creative studios",
        date="Mon, 23 Nov 2026 10:00:00 -0800",
    )
    record = triaged_one(kindly, path)
    assert record["decision"] == "accept", record["reason"]
    assert "host it on Thursday, January 14" in record["draft"]
    assert "to speak" not in record["draft"]


@pytest.mark.parametrize(
    ("text", "first_day"),
    [
        ("Early in the new year? Send me a couple of times.", date(2027, 1, 1)),
        ("Could we meet sometime in January?", date(2027, 1, 1)),
        ("Late January would suit me best.", date(2027, 1, 20)),
        ("Happy to talk after the holidays.", date(2027, 1, 4)),
        ("Free for coffee in a couple of weeks?", date(2026, 12, 12)),
        ("We met in March at the summit - great to reconnect.", None),  # a past month, not a time to meet
        ("That may not work for us, sorry.", None),
    ],
)
def test_a_stretch_of_time_the_sender_asks_for_is_read(text: str, first_day: date | None) -> None:
    assert window_start(text, date(2026, 11, 28)) == first_day


def test_times_offered_for_early_in_the_new_year_are_in_the_new_year() -> None:
    slots = proposed_times(datetime(2026, 11, 30, 9, tzinfo=UTC), False, not_before=date(2027, 1, 1))
    assert len(slots) == 2 and all("January" in slot for slot in slots)


# -- a creator who says it costs nothing is read again from a little more confidence up ------------------------


def test_a_creator_offering_to_feature_the_campaign_for_free_is_a_collaboration_not_a_pitch(
    tmp_path: Path,
) -> None:
    profile = written_profile(
        """
[user]
name = "Mei Lin Harcourt"
email = "meilin@driftwoodbooks.example"

[[goals]]
kind = "amplify_campaign"
description = "Spread the word about our holiday 'Shop Local Books' campaign, #ShopLocalBooksAVL"
targets = ["#ShopLocalBooksAVL", "Shop Local Books", "Instagram", "book influencers"]
""",
        tmp_path,
    )
    body = (
        "hiii Mei Lin!! I run @blueridgebookish on Instagram (about 18k followers) and I saw your #ShopLocalBooksAVL "
        "post. I'd love to feature Driftwood in my stories the week of Small Business Saturday. No charge, I just "
        "want people buying books locally. Could we hop on a quick 15-min call Wednesday to plan it?"
    )
    creator = Message(
        source="t", from_name="Jess", from_addr="jess@bookish.example", body=body, own_text=body
    )
    read = Understanding(True, Intent.SALES_PITCH, True, 0.42, {"sales_pitch": 0.42, "work_meeting": 0.13})
    assert as_read(read, profile, creator).intent is Intent.PARTNERSHIP_PROPOSAL
    # as sure of a pitch as 0.42 and not saying it is free, it stays a pitch
    priced = body.replace("No charge, I just want people buying books locally.", "Rates on request.")
    seller = Message(source="t", from_addr="jess@bookish.example", body=priced, own_text=priced)
    assert as_read(read, profile, seller).intent is Intent.SALES_PITCH


def test_a_vague_note_read_as_a_recruiters_names_no_role_and_is_asked_what_it_is_about() -> None:
    body = (
        "I recently joined Mountain Community Bank as Vice President of Community Engagement. Our bank has long "
        "admired the role your studio plays in the community, and I would welcome the opportunity to meet and "
        "explore ways we might work together. Please let me know a time that would be convenient."
    )
    banker = Message(
        source="t", from_name="Patricia Lowell", from_addr="plowell@mcb.example", body=body, own_text=body
    )
    verdict = decide(banker, Understanding(True, Intent.RECRUITING, False, 0.26), PROFILE, Context())
    assert (verdict.decision, verdict.reason_code) == (Decision.ASK_DETAILS, "purpose_unclear")
    assert ask_phrase(banker, Intent.RECRUITING) == "your note"
    # a recruiter who names the role is still declined when it serves no goal
    role = body.replace("explore ways we might work together", "talk about a senior analyst role at the bank")
    recruiter = Message(source="t", from_addr="plowell@mcb.example", body=role, own_text=role)
    assert decide(
        recruiter, Understanding(True, Intent.RECRUITING, False, 0.26), PROFILE, Context()
    ).decision is (Decision.DECLINE)


def test_a_provider_pitching_what_a_goal_to_help_a_client_seeks_serves_that_goal(tmp_path: Path) -> None:
    lawyer = written_profile(
        """
[user]
name = "Henrietta Blackwood"
email = "henrietta@ashworthkerr.example"

[[goals]]
kind = "help_client"
description = "Find an outplacement provider for Pennine Precision Engineering's restructuring (around 140 redundancies in spring 2027)"
targets = ["Pennine Precision Engineering", "outplacement", "career transition", "redundancy support"]
""",
        tmp_path,
    )
    body = (
        "We provide outplacement and career transition support for organisations going through restructuring and "
        "redundancies - one-to-one coaching, CV workshops and job-search support for every affected employee. "
        "Could we find 20 minutes to tell you how we work?"
    )
    pitch = Message(
        source="t", from_name="Martin Oduya", from_addr="martin@nextstep.example", body=body, own_text=body
    )
    verdict = decide(pitch, Understanding(True, Intent.SALES_PITCH, True, 0.8), lawyer, Context())
    assert (
        verdict.decision is Decision.ACCEPT
        and verdict.best is not None
        and verdict.best.kind == "help_client"
    )
    # a pitch of something else is still a pitch that serves none of the goals
    other = body.replace("outplacement and career transition support", "payroll software").replace(
        "restructuring and redundancies", "growth"
    )
    unrelated = Message(source="t", from_addr="martin@nextstep.example", body=other, own_text=other)
    assert decide(
        unrelated, Understanding(True, Intent.SALES_PITCH, True, 0.8), lawyer, Context()
    ).decision is (Decision.DECLINE)


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "The seminar is on Thursday 21 January 2027, from 6.00pm to 7.30pm.",
            "Thursday 21 January 2027, from 6.00pm to 7.30pm",  # the span to its end (test_s14_spans)
        ),
        ("Could we meet on Wednesday 9 December at 8.30am?", "Wednesday 9 December at 8.30am"),
        ("Dinner is on Friday 4 December at 3.50 per head.", "Friday 4 December"),  # a price, not an hour
    ],
)
def test_british_hours_written_with_a_point_are_hours(text: str, when: str) -> None:
    assert extract(Message(source="t", body=text, own_text=text)).when == when


def test_an_introduction_asked_for_to_a_provider_named_by_name_is_a_referral(tmp_path: Path) -> None:
    lawyer = written_profile(
        """
[user]
name = "Henrietta Blackwood"
email = "henrietta@ashworthkerr.example"

[[goals]]
kind = "find_community"
description = "A community of women partners in law firms"
targets = ["women partners"]

[[providers]]
category = "practice management software"
name = "Clerkwise"
""",
        tmp_path,
    )
    body = (
        "We're finally replacing our ancient case management system, and I gather Ashworth Kerr moved to "
        "Clerkwise last year. Would you tell me how you've found it? And if you're happy with them, could you "
        "put me in touch with whoever you deal with there?"
    )
    peer = Message(
        source="t", from_addr="rachel@hartleysingh.example", subject="Clerkwise?", body=body, own_text=body
    )
    verdict = decide(peer, Understanding(True, Intent.INTRODUCTION, True, 0.6), lawyer, Context())
    assert (verdict.decision, verdict.reason_code) == (Decision.REFER, "refer_provider")
    assert verdict.referral is not None and verdict.referral.name == "Clerkwise"


def test_an_introduction_already_made_greets_both_by_first_name_and_offers_the_person_introduced_times(
    kindly: Kindly, tmp_path: Path
) -> None:
    path = eml(
        tmp_path / "intro.eml",
        "Priya, Dana,\n\nAs promised over dinner last week, an introduction between two people I think should know "
        "each other.\n\nPriya - Dana is a fractional CFO for small design studios.\n\nDana - Priya founded "
        "Fieldwork Capital, which lends to studios like your clients.\n\nI'll let you two take it from here.\n\n"
        "David",
        sender="David Marsh <david@marshadvisory.example.com>",
        to="Dana Reyes <dana@example.com>",
        cc="Priya Natarajan <p.natarajan@fieldwork.example.com>",
        subject="Introduction: Dana Reyes <> Priya Natarajan",
        date="Mon, 23 Nov 2026 10:00:00 -0800",
    )
    record = triaged_one(kindly, path)
    assert record["decision"] == "accept"
    draft = record["draft"]
    assert draft.startswith("Hi David and Priya,") and "Priya, I" in draft
    assert "glad to be introduced" not in draft
    # "over dinner last week" is where they met, not the form proposed: no evening slots
    assert "18:" not in draft and "6:30 pm" not in draft and "7:00 pm" not in draft


def test_an_organisation_whose_domain_spells_its_possessive_keeps_it() -> None:
    body = "Can we get on Teams Monday at 3pm?\n\nGrazie,\nLuis - Ferrante's Trattoria"
    luis = Message(
        source="t",
        from_name="Luis Ferrante",
        from_addr="luis@ferrantes.example.com",
        body=body,
        own_text=body,
    )
    assert extract(luis).organisation.startswith("Ferrante's")


# -- second re-reads: what the fresh readers still found -------------------------------------------------------


def test_of_several_times_offered_the_first_the_user_can_do_is_taken_not_handed_back() -> None:
    body = (
        "Would either of the following suit you?\n- Thursday 3 December, 11:00\n- Friday 4 December, 15:30\n"
    )
    note = Message(
        source="t", from_addr="r@x.example", body=body, own_text=body, date=datetime(2026, 11, 30, tzinfo=UTC)
    )
    said = acceptance(note, Intent.COFFEE_CHAT, extract(note), 0, datetime(2026, 11, 30, 9, tzinfo=UTC))
    assert said == "Thursday 3 December, 11:00 works for me."


def test_a_conference_on_a_saturday_keeps_its_day() -> None:
    body = "We'd love you to speak at ProductCamp on Saturday 30 January 2027 - a 30-minute talk. Interested?"
    note = Message(
        source="t",
        from_addr="b@camp.example",
        body=body,
        own_text=body,
        date=datetime(2026, 11, 20, tzinfo=UTC),
    )
    said = acceptance(note, Intent.SPEAKING_INVITATION, extract(note, Intent.SPEAKING_INVITATION), 0, NOV_30)
    assert "Saturday 30 January" in said and "doesn't work" not in said


NOV_30 = datetime(2026, 11, 30, 9, tzinfo=UTC)


def test_an_unsure_work_meeting_from_outside_is_read_as_the_ask_that_serves_a_goal(tmp_path: Path) -> None:
    seeker = written_profile(
        """
[user]
name = "Jordan Patel"
email = "jordan@harbourline.example"

[[goals]]
kind = "find_mentor"
description = "A mentor who made the jump from product manager to head of product"
targets = ["head of product", "product leadership"]
""",
        tmp_path,
    )
    body = (
        "I'm Head of Product at Lumen and moved up from PM myself two years ago. A friend said you're making the same "
        "jump - I'd be happy to mentor you once a month. Would Monday 7 December at 12:00 work for a first chat?"
    )
    mentor = Message(
        source="t", from_name="Priya Shah", from_addr="priya@lumen.example", body=body, own_text=body
    )
    unsure = Understanding(
        True, Intent.WORK_MEETING, True, 0.28, {"work_meeting": 0.28, "mentorship_request": 0.2}
    )
    assert as_read(unsure, seeker, mentor).intent in (Intent.COFFEE_CHAT, Intent.MENTORSHIP_REQUEST)
    colleague = Message(
        source="t", from_addr="sam@harbourline.example", body=body, own_text=body
    )  # a colleague
    assert as_read(unsure, seeker, colleague).intent is Intent.WORK_MEETING
    sure = Understanding(True, Intent.WORK_MEETING, True, 0.75, {"work_meeting": 0.75})
    assert as_read(sure, seeker, mentor).intent is Intent.WORK_MEETING


def test_asked_to_advise_their_organisation_is_a_client_whatever_the_model_read(tmp_path: Path) -> None:
    lawyer = written_profile(
        """
[user]
name = "Henrietta Blackwood"
email = "henrietta@ashworthkerr.example"

[[goals]]
kind = "find_clients"
description = "HR directors of companies of 200 to 2,000 employees who need employment law advice"
targets = ["HR directors", "heads of people"]
""",
        tmp_path,
    )
    text = (
        "I've just joined as Head of People at a 350-person fintech, and we are restructuring two teams. "
        "Would you and your team be in a position to advise? A call on Tuesday 8 December in the afternoon?"
    )
    read = as_client(Understanding(True, Intent.RECRUITING, True, 0.4), lawyer, text)
    assert read.intent is Intent.CLIENT_INQUIRY
    wrapped = (
        "Our current advisers are in London and, frankly, we would\nvalue someone closer to home. Coffee?"
    )
    assert (
        as_client(Understanding(True, Intent.COFFEE_CHAT, True, 0.3), lawyer, wrapped).intent
        is Intent.CLIENT_INQUIRY
    )


def test_a_confidential_partner_opportunity_names_a_role() -> None:
    assert names_a_role(
        "I have a confidential partner opportunity I'd love to discuss - a discreet chat this week?"
    )


# -- found by the code review of this session's changes, each reproduced first ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "As part of our Speaker Partner Programme we pay a $1,500 speaker fee plus travel.",
        "We make a contribution of $300 towards your travel.",
        "Speakers join our Partner Programme, which pays a $500 fee.",
    ],
)
def test_money_a_partner_programme_pays_the_speaker_is_no_charge_to_appear(text: str) -> None:
    assert charges_to_appear(text) is None


def test_an_interview_over_whatsapp_alone_is_no_scam() -> None:
    assert (
        scam_cue("I'm writing a piece for The Oregonian - could we do a short interview via WhatsApp?")
        is None
    )


@pytest.mark.parametrize(
    "text",
    [
        "Could we grab a coffee to talk about your work in marketing?",
        "Would you be free for a coffee in Mayfair next week?",
        "Would a call work to discuss opportunities in junior roles?",
    ],
)
def test_words_that_begin_like_months_are_no_stretch_of_time(text: str) -> None:
    assert window_start(text, date(2026, 11, 10)) is None


def test_an_ask_that_names_a_trade_is_for_that_trade_not_for_a_provider_named_in_passing() -> None:
    body = (
        "Maria Chen suggested I reach out. Could you recommend a good web designer for our new studio site?"
    )
    verdict = decide(
        Message(source="t", from_addr="x@studio.example", body=body, own_text=body),
        Understanding(True, Intent.COFFEE_CHAT, True, 0.6),
        PROFILE,
        Context(),
    )
    assert verdict.referral is not None and verdict.referral.detail == "web design"


def test_a_condition_after_as_is_no_reason_to_cut_off() -> None:
    assert rule_ideas("speaking as my employer's representative") != (("speaking",),)


def test_a_meet_person_target_whose_first_name_kindly_does_not_know_is_someone_when_they_write(
    tmp_path: Path,
) -> None:
    profile = written_profile(
        """
[user]
name = "Dana Reyes"
email = "dana@reyescfo.example"

[[goals]]
kind = "meet_person"
description = "Meet Tunde Bakare, who runs the Portland Makers Fund"
targets = ["Tunde Bakare"]
""",
        tmp_path,
    )
    body = "Hi Dana, I run the Portland Makers Fund. Coffee next week?"
    tunde = Message(
        source="t", from_name="Tunde Bakare", from_addr="tunde@makersfund.example", body=body, own_text=body
    )
    verdict = decide(tunde, Understanding(True, Intent.COFFEE_CHAT, False, 0.6), profile, Context())
    assert verdict.reason_code == "target_person"


def test_letting_the_host_know_is_no_ask_to_host() -> None:
    assert not asks_to_host("Could you let the host know if you have any dietary needs?")
    assert asks_to_host("Would you be willing to host?") and asks_to_host("Could you host us in March?")


@pytest.mark.parametrize(
    "goal",
    ["Get a guest post published on a major design blog", "Find someone for our open bookkeeper position"],
)
def test_a_goal_about_a_post_or_a_role_to_fill_is_no_job_search(goal: str) -> None:
    from kindly.decide.fit import seeks_a_role
    from kindly.profile import Goal, GoalKind

    assert not seeks_a_role(Goal(kind=GoalKind.CUSTOM, description=goal, targets=[], priority=1))


@pytest.mark.parametrize(
    "nudge", ["Just bubbling this up. Have a great Friday!", "Just following up on my email from Tuesday."]
)
def test_a_nudge_that_names_a_day_only_in_passing_brings_no_news(nudge: str) -> None:
    from kindly.decide.thread import brings_news

    assert not brings_news(nudge, "Would you keynote our summit on March 4?")


@pytest.mark.parametrize("category", ["video production", "business insurance", "tax advice"])
def test_two_initials_are_no_provider(category: str) -> None:
    text = "Our VP of Sales and BI lead met your TA team - could we show you our platform?"
    assert provider_hit(already_having(category), text, Intent.SALES_PITCH) is None


@pytest.mark.parametrize(
    ("rule", "said"),
    [
        ("writing fake reviews", "It's not something I take part in"),
        ("working with predatory lenders", "It's not something I take part in"),
        ("aggressive tax avoidance schemes", "firm rule against aggressive tax avoidance schemes"),
    ],
)
def test_scorn_that_carries_the_rules_meaning_is_not_dropped(rule: str, said: str) -> None:
    assert said in honest_reason(Verdict(Decision.DECLINE, "never", "never_do", never_rule=rule), PROFILE)


def test_a_name_run_together_is_a_persons_and_parking_is_no_price_of_a_place() -> None:
    assert not reads_as_organisation("KeShawn Williams") and not reads_as_organisation("MaryAnn Lopez")
    assert reads_as_organisation("CareerBoost")
    assert cost_to_attend("Entry is free; parking is $5.") is None


def test_a_call_like_last_time_is_still_a_call() -> None:
    text = "Could we do a quick call like last time to go over the Q1 numbers?"
    assert extract(Message(source="t", body=text, own_text=text), Intent.WORK_MEETING).format == "call"


def test_a_from_header_with_a_long_run_of_spaces_parses_at_once() -> None:
    from kindly.ingest.headers import parse_address

    assert parse_address("x" + " " * 64_000 + "@y")[1] in ("", "x@y")


def test_a_comment_for_a_journalist_takes_half_an_hour_of_the_week_not_a_talks_four() -> None:
    from kindly.decide.policy import stated_hours

    assert stated_hours("comment", "") == 0.5 and stated_hours("feature", "") == 0.5
    assert stated_hours("panel", "") is None  # a talk keeps its kind's usual hours


def test_a_time_another_waiting_draft_offers_is_not_taken_again() -> None:
    body = "Would Thursday 3 December at 10:00 or Friday 4 December at 14:00 work for a 20-minute call?"
    note = Message(source="t", from_addr="k@talent.example", body=body, own_text=body, date=NOV_30)
    said = acceptance(
        note, Intent.RECRUITING, extract(note), 0, NOV_30, taken=frozenset({"Thursday 3 December at 10:00"})
    )
    assert said == "Friday 4 December at 14:00 works for me."


def test_a_recruiter_asking_for_coffee_about_a_role_in_the_field_serves_the_job_search(
    tmp_path: Path,
) -> None:
    profile = written_profile(JOB_SEEKER, tmp_path)
    body = (
        "I recruit product leaders for fintech and payments companies, and I have two Senior PM searches opening in "
        "January. Coffee on Tuesday 8 December?"
    )
    derek = Message(
        source="t", from_name="Derek Lam", from_addr="derek@riverstone.example", body=body, own_text=body
    )
    verdict = decide(derek, Understanding(True, Intent.COFFEE_CHAT, True, 0.5), profile, Context())
    assert verdict.decision is Decision.ACCEPT


def test_a_weekday_named_weeks_ago_has_gone_by_and_new_times_are_offered() -> None:
    body = "Could we hop on a quick 15-min call Wednesday around 2 to plan it?"
    old = Message(
        source="t", from_addr="j@x.example", body=body, own_text=body, date=datetime(2026, 11, 9, tzinfo=UTC)
    )
    assert acceptance(old, Intent.COFFEE_CHAT, extract(old), 0, NOV_30) == ""  # no "Wednesday works for me"
    fresh = Message(
        source="t", from_addr="j@x.example", body=body, own_text=body, date=datetime(2026, 11, 29, tzinfo=UTC)
    )
    assert "Wednesday" in acceptance(fresh, Intent.COFFEE_CHAT, extract(fresh), 0, NOV_30)


def test_an_answer_about_seats_answers_how_many_the_room_can_seat() -> None:
    from kindly.profile import Answer
    from kindly.reply.answers import answers_for

    seats = Answer(about=["seats"], answer="The cafe seats about 40 for a reading.")
    news = Answer(about=["news"], answer="Our news goes out monthly.")
    asked = "How many guests can the cafe comfortably seat? Is the date new to you?"
    assert answers_for(asked, [seats, news]) == ["The cafe seats about 40 for a reading."]


def test_a_note_from_the_target_person_passed_on_with_email_her_directly_is_theirs_to_answer(
    tmp_path: Path,
) -> None:
    path = eml(
        tmp_path / "fwd.eml",
        "Dana - good news, see Priya's note below. She's expecting to hear from you, so email her directly at "
        "priya@fieldworkcapital.example.com.\n\nG\n\n---------- Forwarded message ---------\n"
        "From: Priya Natarajan <priya@fieldworkcapital.example.com>\nDate: Thu, Nov 26, 2026 at 6:10 PM\n"
        "Subject: Re: a CFO for studios\nTo: Grace Liu <grace.liu@example.net>\n\n"
        "Grace, of course - I'd be glad to meet Dana. Have her email me and we'll find 30 minutes; a coffee near "
        "our Pearl office is easiest for me.\n\nPriya\n",
        sender="Grace Liu <grace.liu@example.net>",
        subject="Fwd: Re: a CFO for studios",
        date="Fri, 27 Nov 2026 09:00:00 -0800",
    )
    from kindly.ingest.sources import detect, read_source
    from kindly.reply.compose import compose

    [item] = list(read_source(detect(path)))
    message = getattr(item, "message", item)
    read = Understanding(True, Intent.COFFEE_CHAT, True, 0.5)
    verdict = decide(message, read, PROFILE, Context())
    assert (verdict.decision, verdict.reason_code) == (Decision.ACCEPT, "target_person")
    draft = compose(message, read, verdict, PROFILE)
    assert draft is not None and "I'd be glad to meet Priya - I'll email her directly." in draft.text


def test_a_declined_pitch_leaves_no_questions_for_the_user_to_answer(kindly: Kindly, tmp_path: Path) -> None:
    path = eml(
        tmp_path / "pitch.eml",
        "Hi Dana, tired of a website that doesn't bring in clients? We redesign websites for accountants, from "
        "$2,500. Could I show you a quick demo this week?\n\nAva",
        sender="Ava Brooks <ava@pixelpush.example>",
        subject="Your website",
        date="Mon, 23 Nov 2026 10:00:00 -0800",
    )
    record = triaged_one(kindly, path)
    assert record["decision"] == "decline" and record["draft"]
    shown = kindly("show", str(record["id"]), "--profile", PROFILE_FILE)
    assert "Questions for you to answer" not in shown.stdout


def test_what_the_yes_itself_answers_is_not_left_to_the_user() -> None:
    asked = "Would you be open to hosting a small teen book club? Which of these would you pick? How many can it seat?"
    assert unanswered(asked, []) == ["How many can it seat?"]
