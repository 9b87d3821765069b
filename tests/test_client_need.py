"""A sender who says they need what the user's find-clients goal offers is a prospective client."""

from __future__ import annotations

from kindly.decide.client_need import as_client, service_needed
from kindly.model import Intent, Understanding
from kindly.profile import load_profile, parse_profile
from support import EXAMPLES

DANA = load_profile(EXAMPLES / "profile.toml")
MARCUS = parse_profile(
    """
[user]
name = "Marcus Oyelaran"
email = "marcus@oyelaran-research.example"

[[goals]]
kind = "find_clients"
description = "Fintech product teams that need user research: discovery interviews, usability testing, research ops"
targets = ["fintech", "product teams"]
"""
)


def read_as(intent: Intent) -> Understanding:
    return Understanding(is_invitation=True, intent=intent, purpose_clear=False, confidence=0.4)


def test_a_buyer_read_as_a_meeting_or_a_partnership_is_a_client_inquiry() -> None:
    for text, intent in [
        (
            "We need a researcher to run interviews with patients and clinicians in January.",
            Intent.PARTNERSHIP_PROPOSAL,
        ),
        (
            "We want to run usability testing on our new flow in January. Could we have a call?",
            Intent.WORK_MEETING,
        ),
    ]:
        understood = as_client(read_as(intent), MARCUS, text)
        assert understood.intent is Intent.CLIENT_INQUIRY and understood.purpose_clear, text
        assert understood.evidence[0].startswith("client_inquiry: they need what you offer")
    assert service_needed(DANA, "We're looking for a part-time CFO for our studio.")


def test_a_seller_a_sales_pitch_and_vague_needs_stay_as_read() -> None:
    pitch = as_client(
        read_as(Intent.SALES_PITCH), DANA, "We need 15 minutes to show you our bookkeeping app."
    )
    assert pitch.intent is Intent.SALES_PITCH  # a pitch is never reread as a client
    # "monthly" or "time" say nothing of the service
    assert service_needed(DANA, "We need to find a time this month to catch up.") == ""
    # offering the service is not needing it
    assert service_needed(MARCUS, "Our agency runs usability testing for fintechs - partner with us?") == ""
    # a profile without a service after "need" rereads nothing
    assert service_needed(parse_profile(MARCUS_WITHOUT_NEED), "We need user research.") == ""


MARCUS_WITHOUT_NEED = """
[user]
name = "Marcus Oyelaran"
email = "marcus@oyelaran-research.example"

[[goals]]
kind = "find_clients"
description = "Fintech product teams"
"""


def test_a_peer_a_partner_or_a_request_for_advice_is_no_buyer() -> None:
    for text in (
        "We're looking for bookkeepers to join our referral network - partner with us?",
        "I need advice on how you grew your bookkeeping practice.",
        "We want to run a free bookkeeping workshop - would you co-host it with us?",
    ):
        assert service_needed(DANA, text) == "", text
    for text in (
        "I'm looking for a part-time CFO for my design studio.",
        "I am looking for monthly bookkeeping help.",
    ):
        assert service_needed(DANA, text), text


MAYA = parse_profile(
    """
[user]
name = "Maya Lindqvist"
email = "maya@haulwise.example"

[[goals]]
kind = "find_clients"
description = "Mid-size logistics companies and 3PLs that need dock scheduling software"
targets = ["logistics companies", "3PLs"]
"""
)


def test_a_buyer_who_asks_to_see_the_product_is_a_client_however_the_model_read_it() -> None:
    for text in (
        "Could we set up a demo of Haulwise for me and our two DC managers on Tuesday, December 8 at 10am?",
        "We run six distribution centres. We'd like to see a demo sometime next week.",
    ):
        understood = as_client(read_as(Intent.SALES_PITCH), MAYA, text)
        assert understood.intent is Intent.CLIENT_INQUIRY, text
        assert understood.evidence[0].startswith("client_inquiry: they ask to see what you sell")
    # a vendor offering to show their own product stays a pitch
    for pitch in (
        "Could we set up a quick demo of our platform? Would you like to see a demo?",
        "I'd love to give you a demo of our scheduling tool - 15 minutes on Tuesday?",
        "Book a demo for your team here: https://vendor.example/demo",
    ):
        assert as_client(read_as(Intent.SALES_PITCH), MAYA, pitch).intent is Intent.SALES_PITCH, pitch
    # nor does a user with no clients to find read demos as clients
    assert (
        as_client(
            read_as(Intent.SALES_PITCH), DANA.model_copy(update={"goals": []}), "We'd like to see a demo."
        ).intent
        is Intent.SALES_PITCH
    )
