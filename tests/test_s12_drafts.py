"""Twelfth session: what the draft says - the ask in its own terms, no fact the profile does not support."""

from __future__ import annotations

from datetime import UTC, datetime

from kindly.decide.policy import Context, decide
from kindly.model import Decision, Intent, Message, Understanding, Verdict
from kindly.profile import Answer, load_profile
from kindly.reply.acceptance import proposed_times
from kindly.reply.compose import compose
from support import EXAMPLES, incoming

PROFILE = load_profile(EXAMPLES / "profile.toml")
WHEN = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 17, 9, 0, tzinfo=UTC)


def note(body: str, subject: str = "Hello", sender: str = "Grace Allen") -> Message:
    return incoming(body, from_name=sender, from_addr="grace@waterworks.example", subject=subject, date=WHEN)


def understood(intent: Intent) -> Understanding:
    return Understanding(is_invitation=True, intent=intent, purpose_clear=True, confidence=0.9)


def draft_for(message: Message, intent: Intent, verdict: Verdict) -> str:
    draft = compose(message, understood(intent), verdict, PROFILE, now=NOW)
    assert draft is not None
    return draft.text


ACCEPT = Verdict(Decision.ACCEPT, "fits", "goal_fit")


# -- the thanks and the yes name the ask in its own terms --------------------------------------------------------


def test_a_call_read_as_a_speaking_invitation_is_answered_with_times_not_a_talk() -> None:
    text = draft_for(
        note(
            "We have eight summer placements for your students. Could we have a 30-minute call in the next "
            "couple of weeks to talk about how to make it work?"
        ),
        Intent.SPEAKING_INVITATION,
        ACCEPT,
    )
    assert "speak" not in text.replace("speak with you", "")
    assert "Would " in text and "work for you?" in text
    talk = draft_for(
        note("Would you give a research seminar in our series on Friday 22 January 2027, 12:30?"),
        Intent.SPEAKING_INVITATION,
        ACCEPT,
    )
    assert "the invitation to speak" in talk and "glad to speak on Friday 22 January" in talk


def test_a_role_declined_is_thanked_as_a_role_and_wished_well_with_the_search() -> None:
    text = draft_for(
        note("The committee would love you to be our club physio for next season. Could we catch up?"),
        Intent.SPEAKING_INVITATION,
        Verdict(Decision.DECLINE, "never", "never_do", never_rule="working Saturdays"),
    )
    assert "your note about the role" in text and "your search" in text
    assert "speak" not in text and "the event" not in text


def test_a_trip_declined_wishes_the_trip_well_not_an_event() -> None:
    text = draft_for(
        note("We'd like to invite you on a press trip to our headquarters in January."),
        Intent.SPEAKING_INVITATION,
        Verdict(Decision.DECLINE, "never", "never_do", never_rule="paid trips from companies I cover"),
    )
    assert "Thanks so much for the invitation." in text and "the trip" in text
    assert "speak" not in text and "the event" not in text


# -- a decline states no fact the profile does not support --------------------------------------------------------


def test_a_user_without_clients_tells_a_parent_or_a_sponsor_nothing_about_client_work() -> None:
    no_clients = PROFILE.model_copy(
        update={"goals": [g for g in PROFILE.goals if g.kind.value != "find_clients"]}
    )
    parent = note("We are moving to the area. Could we visit the school and ask about a place for our son?")
    draft = compose(
        parent,
        understood(Intent.CLIENT_INQUIRY),
        Verdict(Decision.DECLINE, "no goal", "not_a_fit"),
        no_clients,
        now=NOW,
    )
    assert draft is not None
    assert "client work" not in draft.text and "your search" not in draft.text
    assert "what you have planned" in draft.text


# -- a client's own time of day, and a price the profile answers ---------------------------------------------------


def test_a_client_who_asks_the_price_for_an_evening_gets_the_users_price_and_evening_times() -> None:
    profile = PROFILE.model_copy(
        update={
            "answers": [
                Answer(about=["how much", "fee"], answer="A first session is $110."),
                Answer(about=["evening", "hours"], answer="I see clients until 7pm on weekdays."),
            ]
        }
    )
    asked = note(
        "How much is a first session? I work in the city, so an evening appointment would be ideal if you "
        "have them."
    )
    draft = compose(asked, understood(Intent.CLIENT_INQUIRY), ACCEPT, profile, now=NOW)
    assert draft is not None
    assert "quote" not in draft.text  # the price is the user's own answer, not a quote to put together
    assert "A first session is $110." in draft.text and "until 7pm" in draft.text
    assert draft.times and all(t.endswith(("6:00 pm", "6:30 pm", "18:00", "18:30")) for t in draft.times)


def test_times_start_at_the_hour_the_sender_gives() -> None:
    times = proposed_times(NOW, False, style="us", preferred="Weekday evenings after 6:30 are easiest")
    assert [t.rsplit(" at ", 1)[1] for t in times] == ["6:30 pm", "7:00 pm"]


# -- a resource answers help asked for, never a pitch or a meeting a goal wants ---------------------------------


def test_a_coffee_that_asks_only_for_a_time_gets_no_resource_however_many_words_it_shares() -> None:
    pitch = note(
        "I now run a cleaning firm for studios. I'd love to buy you a coffee and hear how things are going. "
        "Happy to share ideas on pricing creative work and day rates for freelancers. Would Thursday at 11am work?",
        subject="Coffee? Pricing creative work",
    )
    verdict = decide(pitch, understood(Intent.COFFEE_CHAT), PROFILE, Context())
    assert verdict.reason_code != "refer_resource"


# -- a free guest visit is taken, membership only asked about ------------------------------------------------------


def test_a_group_that_offers_a_free_guest_visit_gets_a_yes_to_the_visit_not_to_paid_membership() -> None:
    text = draft_for(
        note(
            "Our owners' circle meets for breakfast on the first Thursday of each month. Membership is $240 a "
            "year, and you're very welcome to come as a guest first to our breakfast on Thursday 3 December."
        ),
        Intent.COMMUNITY_INVITATION,
        ACCEPT,
    )
    assert "come as your guest first on Thursday 3 December" in text
    assert "how membership works" in text and "details for joining" not in text
