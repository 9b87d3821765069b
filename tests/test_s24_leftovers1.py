"""What session 23's users still met (session 24, leftovers1): Renata Solberg's rule against sharing internal
roadmaps meets an analyst asking about "your platform roadmap"; her yes to giving a keynote says she'd speak and her
yes to hosting a meetup welcomes its guests instead of "see you"; an expert network's paid call is thanked as the
consultation it asks for, and her rule about such calls is not read as a rule against "the payments industry";
Kendra Lowry's plumber offering his trade over coffee is business, not networking hours; a client's e-mailed site
visit on a Sunday is offered weekdays; a campaign asked to be shared is offered no "send me an overview"; a sender
whose reason to write is that the user's work helped them is told she is glad it did."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kindly.decide.policy import Context, decide
from kindly.decide.rules import never_rule_hit
from kindly.decide.trade_offered import trade_offered
from kindly.model import Decision, Intent, Understanding, Verdict
from kindly.profile import GoalKind, parse_profile
from kindly.reply.ask_wording import ask_phrase
from kindly.reply.compose import compose
from personas import (
    contractor_profile,
    eng_manager_profile,
    invite_to_renata,
    literary_agent_profile,
    text_to_kendra,
    to_kendra,
    to_miriam,
    to_renata,
)
from support import Kindly, incoming, profile_file, triaged_one, with_never, written_profile
from test_s23_engmanager import HOST_ASKS

RENATA = parse_profile(eng_manager_profile())
KENDRA = parse_profile(contractor_profile())


def _read_as(intent: Intent) -> Understanding:
    return Understanding(is_invitation=True, intent=intent, purpose_clear=True, confidence=0.9)


def _to_renata(kindly: Kindly, tmp_path: Path, body: str, *, sender: str, subject: str) -> dict[str, Any]:
    mail = to_renata(tmp_path / "mail.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(eng_manager_profile(), tmp_path))


# -- 1. "sharing internal roadmaps" meets "hear about your platform roadmap for 2027" --------------------------

ANALYST = (
    "Hi Renata,\n\nI'm an analyst at Redwood Research covering payments infrastructure. Could I buy you a coffee "
    "next week? I'd love to hear about your platform roadmap for 2027 and where Tidewater Pay is heading.\n\n"
    "Best,\nOwen\n"
)


def test_an_analysts_coffee_about_her_platform_roadmap_is_declined_by_her_roadmap_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_renata(
        kindly, tmp_path, ANALYST, sender="Owen Hart <owen@redwoodresearch.example>", subject="Coffee?"
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "internal roadmaps" in record["draft"]


@pytest.mark.parametrize(
    "words",
    [
        "Could you walk us through your company's roadmap for next year?",
        "We'd love a peek at your product roadmap before the launch.",
    ],
)
def test_her_own_roadmap_asked_in_other_plain_words_meets_the_rule(words: str) -> None:
    hit = never_rule_hit(RENATA, words, Intent.COFFEE_CHAT)
    assert hit is not None and "internal roadmaps" in hit[0]


@pytest.mark.parametrize(
    "words",
    [
        # a talk on how roadmaps are made asks for nothing of hers
        "Would you give a talk at our meetup about how we plan roadmaps? Many of us struggle with roadmaps.",
        # her talk about her roadmap process is a talk, not her roadmap
        "I loved your talk about your roadmap process. Could we have coffee to hear about hiring?",
        # plans of her own that are no company's
        "I'd love to hear about your plans for the holidays.",
    ],
)
def test_roadmaps_in_general_or_her_holiday_plans_meet_no_rule(words: str) -> None:
    assert never_rule_hit(RENATA, words, Intent.COFFEE_CHAT) is None


# -- 2. an .ics asking her to give the keynote: "glad to speak", not "glad to join" ----------------------------


def _invited(kindly: Kindly, tmp_path: Path, summary: str, description: str) -> dict[str, Any]:
    invite = invite_to_renata(
        tmp_path / "invite.ics",
        summary=summary,
        description=description,
        start="20270121T180000",
        organizer="Tomas Varga <tomas@seattledistsys.example>",
    )
    return triaged_one(kindly, invite, profile_file(eng_manager_profile(), tmp_path))


def test_a_calendar_invitation_to_give_the_keynote_is_answered_that_she_will_speak(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _invited(
        kindly,
        tmp_path,
        "Keynote: Seattle Distributed Systems January meetup",
        "Renata\\, we'd love you to give the main talk (keynote) at our January meetup.",
    )
    assert (record["decision"], record["intent"]) == ("accept", "speaking_invitation"), record["reason"]
    assert "to speak - see you on Thursday, January 21" in record["draft"], record["draft"]
    assert "join" not in record["draft"] and "Count me in" not in record["draft"]


def test_a_calendar_invitation_to_host_the_meetup_welcomes_its_guests(kindly: Kindly, tmp_path: Path) -> None:
    record = _invited(
        kindly,
        tmp_path,
        "Seattle Distributed Systems - January meetup",
        "Hi Renata\\, we're looking for a host for our January meetup (about 70 senior backend engineers). Would "
        "your team be up for hosting it at your South Lake Union office? It's usually a great hiring evening for "
        "the host.",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "host it on Thursday, January 21" in record["draft"], record["draft"]
    assert "see you" not in record["draft"]


# -- 3. the host's yes fits who hosts: no "see you" -----------------------------------------------------------


@pytest.mark.parametrize("intent", [Intent.EVENT_INVITATION, Intent.COMMUNITY_INVITATION])
def test_the_yes_to_hosting_a_meetup_says_she_hosts_it_on_its_day_and_no_see_you(
    tmp_path: Path, intent: Intent
) -> None:
    profile = written_profile(eng_manager_profile(), tmp_path)
    subject, body = HOST_ASKS[0]
    ask = incoming(body, subject=subject, from_name="Tomas Varga", from_addr="tomas@sds.example")
    for variant in range(3):
        draft = compose(
            ask, _read_as(intent), Verdict(Decision.ACCEPT, "fits", "goal_fit"), profile, variant=variant
        )
        assert draft is not None
        assert "host it on Thursday, January 21" in draft.text, draft.text
        assert "see you" not in draft.text


def test_a_guests_yes_to_a_meetup_still_says_see_you(tmp_path: Path) -> None:
    profile = written_profile(eng_manager_profile(), tmp_path)
    ask = incoming(
        "Hi Renata,\n\nSeattle Distributed Systems meets on Thursday, January 21 at 6 pm at the Fernline office. "
        "Would you and your senior engineers join us?\n\nTomas\n",
        subject="January meetup",
        from_name="Tomas Varga",
        from_addr="tomas@sds.example",
    )
    draft = compose(
        ask, _read_as(Intent.EVENT_INVITATION), Verdict(Decision.ACCEPT, "fits", "goal_fit"), profile
    )
    assert draft is not None and "see you on Thursday, January 21" in draft.text, draft and draft.text


# -- 4. an expert network's paid call: thanked for the consultation, declined by the rule as it is worded -------

EXPERT_CALL = (
    "Hi Renata,\n\nI work with GLG, an expert network. A client of ours, an investment firm, would value a "
    "60-minute paid phone consultation with you about the payments industry - in particular card issuing "
    "platforms. The rate is $500 per hour. Are you available this week?\n\nThanks,\nMaya\n"
)


def test_an_expert_networks_call_is_thanked_for_the_consultation_and_declined_by_her_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_renata(
        kindly,
        tmp_path,
        EXPERT_CALL,
        sender="Maya Ross <maya@glg.example>",
        subject="Paid consultation request",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "your services" not in record["draft"]
    assert "for the consultation" in record["draft"]
    assert "firm rule against the payments industry" not in record["draft"], record["draft"]
    assert "paid expert network calls about the payments industry" in record["draft"]


def test_a_paid_call_for_a_client_that_names_no_experts_is_no_talk_to_give(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_renata(
        kindly,
        tmp_path,
        "Hi Renata,\n\nAlphaSights here. One of our clients is researching payment processing infrastructure and "
        "would like to speak with you for a paid 45-minute call, compensated at $350/hour. Would Thursday or Friday "
        "work?\n\nBest,\nJon\n",
        sender="Jon Ames <jon@alphasights.example>",
        subject="Paid consultation request",
    )
    assert record["decision"] != "accept", record["reason"]
    assert "glad to speak" not in (record["draft"] or "")


def test_a_sellers_pitch_is_still_thanked_for_its_services() -> None:
    pitch = incoming("We build websites for fintech teams. Worth a 15-minute call?", subject="Websites")
    assert ask_phrase(pitch, Intent.SALES_PITCH) == "your note about your services"


def test_a_talk_on_the_payments_industry_is_no_expert_network_call() -> None:
    words = "Would you speak at our conference on the future of the payments industry in March?"
    assert never_rule_hit(RENATA, words, Intent.SPEAKING_INVITATION) is None


def test_an_alternative_of_its_own_time_is_not_read_as_what_the_one_before_is_about() -> None:
    sundays = with_never("talks about politics or religion, or anything on Sundays")
    hit = never_rule_hit(
        sundays, "Would you join us for brunch on Sunday, December 13?", Intent.EVENT_INVITATION
    )
    assert hit is not None, "anything on Sundays is an alternative of its own"


# -- 5. a plumber offering his trade over coffee: business for her subcontractor goal, not networking hours ------

LUIS = (
    "Hey Kendra its Luis from Ortega Plumbing. Got your # from Marcus at Volt Bros. Master license + insured, we "
    "have openings starting Jan if you need a plumber on your basement jobs. Can I buy you a coffee one morning "
    "this week?"
)


@pytest.mark.parametrize(
    "words",
    [
        LUIS,
        "Hey Kendra, Luis Ortega here - master plumber, Marcus at Volt Bros gave me your number. We have openings "
        "starting Jan if you ever need plumbing on your basement jobs. Can I buy you a coffee?",
    ],
)
def test_a_plumbers_coffee_offering_his_trade_takes_none_of_her_networking_hours(words: str) -> None:
    mail = incoming(words, from_name="Luis Ortega")
    unclear = Understanding(
        is_invitation=True, intent=Intent.COFFEE_CHAT, purpose_clear=False, confidence=0.9
    )
    verdict = decide(mail, unclear, KENDRA, Context(hours_committed=2.5))
    assert verdict.decision is Decision.ACCEPT, verdict.reason
    assert verdict.hours == 0.0 and "networking hours" not in verdict.reason


def test_a_plumbers_texted_coffee_is_a_yes(kindly: Kindly, tmp_path: Path) -> None:
    text = text_to_kendra(tmp_path / "text.txt", LUIS, sender="Luis Ortega")
    record = triaged_one(kindly, text, profile_file(contractor_profile(), tmp_path))
    assert (record["decision"], record["goal"]) == ("accept", "custom"), record["reason"]


def test_a_trade_she_does_not_seek_or_a_client_needing_a_plumber_is_no_trade_offered() -> None:
    hvac = (
        "hi Kendra, Dana Kowalski w/ Kowalski Heating & Air - HVAC installs, licensed and insured. we've got room on "
        "our schedule from mid January if you ever need ductwork for your basement jobs. coffee some morning?"
    )
    verdict = decide(incoming(hvac, from_name="Dana"), _read_as(Intent.COFFEE_CHAT), KENDRA, Context())
    assert verdict.hours > 0 or verdict.decision is not Decision.ACCEPT, verdict.reason
    subs = next(goal for goal in KENDRA.goals if goal.kind is GoalKind.CUSTOM)
    assert trade_offered(subs, LUIS)
    assert not trade_offered(
        subs, "We need a plumber for our kitchen - can you help, and are you free Tuesday?"
    )


# -- 6. a client's e-mailed site visit on a Sunday: offered weekdays, as a texted one is --------------------------


@pytest.mark.parametrize(
    "ask",
    [
        "Could we set up a site visit on Sunday, December 20? We're away until then.",
        "Could you come for a site visit on Sunday, December 20? We're away until then.",
    ],
)
def test_a_clients_emailed_site_visit_on_a_sunday_is_offered_the_weekdays_after_it(
    kindly: Kindly, tmp_path: Path, ask: str
) -> None:
    mail = to_kendra(
        tmp_path / "m.eml",
        f"Hi Kendra,\n\nWe're redoing our kitchen and would love a bid. {ask}\n\nThanks,\nJenna Park\n",
        sender="Jenna Park <jenna.park@example.com>",
        subject="Kitchen remodel",
    )
    record = triaged_one(kindly, mail, profile_file(contractor_profile(), tmp_path))
    assert (record["decision"], record["goal"]) == ("accept", "find_clients"), record["reason"]
    said, _, offered = record["draft"].partition("doesn't work for me, though")
    assert "Sunday, December 20" in said and "December 21" in offered, record["draft"]
    assert "firm rule" not in record["draft"]


def test_an_hoa_tour_on_a_sunday_is_still_declined_by_her_rule(kindly: Kindly, tmp_path: Path) -> None:
    mail = to_kendra(
        tmp_path / "m.eml",
        "Hi Kendra,\n\nThe Washington Park East HOA is holding a renovated-homes tour on Sunday, December 13 from "
        "1-4 pm. Would you join us and walk the homes with neighbors?\n\nBeth\n",
        sender="Beth Arnold <beth@wpehoa.example>",
        subject="Homes tour",
    )
    record = triaged_one(kindly, mail, profile_file(contractor_profile(), tmp_path))
    assert record["decision"] == "decline", record["reason"]


# -- 7. a campaign asked to be shared among her authors: no "send me an overview" --------------------------------


def test_a_launch_campaign_asked_to_be_shared_with_her_authors_gets_no_overview_offer(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = to_miriam(
        tmp_path / "m.eml",
        "Hi Miriam,\n\nWe're launching Shelfwise, a new book discovery app, next month, and we're running a launch "
        "campaign aimed at debut authors. Would you share it with your authors? It's free for authors to list "
        "their books.\n\nBest,\nTara\n",
        sender="Tara Nguyen <tara@shelfwise.example>",
        subject="Shelfwise launch",
    )
    record = triaged_one(kindly, mail, profile_file(literary_agent_profile(), tmp_path))
    assert record["decision"] == "decline", record["reason"]
    assert "overview" not in record["draft"] and "point them your way" not in record["draft"], record["draft"]


def test_a_service_pitched_to_her_is_still_offered_to_be_passed_on(kindly: Kindly, tmp_path: Path) -> None:
    mail = to_miriam(
        tmp_path / "m.eml",
        "Hi Miriam,\n\nWe design book covers and author websites for debut novelists. Worth a 15-minute call?"
        "\n\nNora\n",
        sender="Nora Quinn <nora@quinndesign.example>",
        subject="Covers and websites",
    )
    record = triaged_one(kindly, mail, profile_file(literary_agent_profile(), tmp_path))
    assert record["decision"] == "decline", record["reason"]
    assert "overview" in record["draft"], record["draft"]


# -- 8. "your work on Ledgerline helped me": the reply says she is glad it helped ---------------------------------


def test_a_yes_to_someone_her_work_helped_says_she_is_glad_it_did(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_renata(
        kindly,
        tmp_path,
        "Hi Renata,\n\nYour work on Ledgerline helped me a lot when we built our own ledger at Quillpay. Would you be "
        "open to a 30-minute call next week about contributing our multi-currency extension?\n\nSofia\n",
        sender="Sofia Marin <sofia@quillpay.example>",
        subject="Ledgerline",
    )
    assert record["decision"] == "accept", record["reason"]
    thanks, glad, _ = record["draft"].split("\n\n")[1].split(". ", 2)
    assert "note" in thanks and glad == "I'm so glad the work on Ledgerline helped", record["draft"]


def test_following_her_work_is_no_thanks_for_its_help(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_renata(
        kindly,
        tmp_path,
        "Hi Renata,\n\nI've followed your work on Ledgerline for a while. Would you be open to a 30-minute call "
        "next week about contributing our multi-currency extension?\n\nSofia\n",
        sender="Sofia Marin <sofia@quillpay.example>",
        subject="Ledgerline",
    )
    assert "glad the" not in record["draft"], record["draft"]
