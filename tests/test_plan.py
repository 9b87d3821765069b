"""An accepted event comes with a plan: whom to seek out (new people first), a question, an offer to speak."""

from __future__ import annotations

from kindly.decide.plan import plan_event
from kindly.ingest.sources import detect, read_source
from kindly.model import Message
from kindly.profile import NeverRule, load_profile
from support import EXAMPLES, Kindly

PROFILE = load_profile(EXAMPLES / "profile.toml")


def invitation() -> Message:
    [message] = [m for m in read_source(detect(str(EXAMPLES / "invitation.ics"))) if isinstance(m, Message)]
    return message


def test_the_plan_puts_goal_targets_first_and_people_already_known_last() -> None:
    plan = plan_event(invitation(), PROFILE, known_people={"Marcus Bell"})
    names = [p.name for p in plan.seek_out]
    assert names[0] == "Priya Natarajan"  # the target person of a meet_person goal
    assert "Dana Reyes" not in names  # never yourself
    assert names[-1] == "Marcus Bell" and plan.seek_out[-1].known
    assert any("Ember & Oak Studio" in p.why for p in plan.seek_out)


def test_the_plan_asks_an_open_question_and_offers_to_speak_where_credibility_is_a_goal() -> None:
    plan = plan_event(invitation(), PROFILE)
    assert plan.question.endswith("?")
    # whom to ask about speaking next time; never "volunteer" for a user whose never-rule is unpaid speaking
    assert plan.offer.startswith("Ask who programmes the talks at future editions")
    assert plan.offer.endswith("paid slots only, as your never-rule says.") and "volunteer" not in plan.offer
    without = PROFILE.model_copy(
        update={"goals": [g for g in PROFILE.goals if g.kind.value != "build_credibility"]}
    )
    assert plan_event(invitation(), without).offer == ""


def test_the_offer_to_speak_follows_what_the_never_rules_say_of_speaking() -> None:
    def never(*rules: str) -> str:
        profile = PROFILE.model_copy(update={"never": [NeverRule(what=rule) for rule in rules]})
        return plan_event(invitation(), profile).offer

    assert never("unpaid advisory roles").endswith("future editions (your goal: " + _credibility() + ").")
    assert never("pay-to-play awards, or summits that charge speakers a fee").endswith(
        "never a slot you pay for, as your never-rule says."
    )
    assert never("unpaid talks or podcasts").endswith("paid slots only, as your never-rule says.")


def _credibility() -> str:
    return next(g.description for g in PROFILE.goals if g.kind.value == "build_credibility")


def test_show_prints_the_plan_of_an_accepted_event(kindly: Kindly) -> None:
    profile = str(EXAMPLES / "profile.toml")
    assert kindly("triage", str(EXAMPLES / "invitation.ics"), "--profile", profile).exit_code == 0
    out = kindly("show", "1", "--profile", profile).stdout
    assert "Plan for the event" in out and "Seek out Priya Natarajan" in out
