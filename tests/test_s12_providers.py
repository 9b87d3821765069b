"""Twelfth session: the providers a user already has, and never-rules written as people write them."""

from __future__ import annotations

from kindly.decide.categories import same_category
from kindly.decide.rules import provider_hit
from kindly.model import Intent
from kindly.profile import Profile, Provider, load_profile
from support import EXAMPLES

PROFILE = load_profile(EXAMPLES / "profile.toml")


def with_providers(*providers: tuple[str, str]) -> Profile:
    """The example profile with these (category, name) providers."""
    return PROFILE.model_copy(
        update={"providers": [Provider(category=category, name=name) for category, name in providers]}
    )


SCHOOL = with_providers(
    ("MIS (school management information system)", "Scholaris MIS"),
    ("cleaning", "Clearwater Facilities (contract cleaning)"),
    ("maths platform (edtech maths homework and practice)", "Numbrix Maths"),
    ("HR and payroll", "Pennine Schools HR"),
)


# -- a category is met by its whole phrase or its own words, and the provider the mail speaks of wins ----------


NOT_THE_TRADE = [
    ("cleaning", "bookkeeping and accounting"),  # not "cleaned" of "books cleaned up"
    ("PR agency", "search and marketing"),  # not "agency" of "marketing agency"
    ("medical secretary service", "IT support"),  # not "services" of "IT services"
]
THE_TRADE = [
    ("cleaning", "office services"),  # "office cleaning" is cleaning
    ("HR and payroll", "bookkeeping and accounting"),  # payroll, one of the two trades it names
    ("contract lawyer", "legal services"),
    ("PR and marketing", "search and marketing"),
]


def test_a_provider_is_met_by_a_whole_phrase_of_the_trade_not_a_word_inside_another() -> None:
    assert [pair for pair in NOT_THE_TRADE if same_category(*pair)] == []
    assert [pair for pair in THE_TRADE if not same_category(*pair)] == []


def test_an_hr_and_payroll_pitch_is_declined_with_the_hr_provider_not_the_cleaner() -> None:
    pitch = (
        "Keystone HR gives schools HR advice, payroll and absence management. Our fixed-price package "
        "starts from £4,200 a year - could we have 45 minutes?"
    )
    hit = provider_hit(SCHOOL, pitch, Intent.SALES_PITCH)
    assert hit is not None and hit.provider == "Pennine Schools HR"


# -- a pitch that names the user's provider, or the words of its trade, is a pitch for what they have -----------


def test_a_pitch_in_the_words_of_a_trade_kindly_has_no_list_for_meets_the_provider() -> None:
    pitch = (
        "CloudRoll MIS is a modern management information system for secondary schools. "
        "A 20-minute demo on Wednesday?"
    )
    hit = provider_hit(SCHOOL, pitch, Intent.SALES_PITCH)
    assert hit is not None and (hit.provider, hit.phrase) == ("Scholaris MIS", "MIS")


def test_a_pitch_that_offers_to_replace_the_users_provider_is_a_pitch_for_what_they_have() -> None:
    pitch = (
        "Schools are moving their timetabling to us for a smoother year. Plenty of schools use Numbrix, "
        "but teachers say our gap analysis is sharper. A 30-minute call next week?"
    )
    hit = provider_hit(SCHOOL, pitch, Intent.SALES_PITCH)
    assert hit is not None and (hit.provider, hit.phrase) == ("Numbrix Maths", "Numbrix")
    # a tool the pitch only works with is not one it offers to replace
    paperwork = "We handle your closing paperwork for $350 per file. We work in Dotloop and Follow Up Boss."
    assert provider_hit(with_providers(("CRM", "Follow Up Boss")), paperwork, Intent.SALES_PITCH) is None


# -- equipment, and a trade's doer or doing, meet the provider ---------------------------------------------------


def test_equipment_sold_as_units_meets_an_equipment_supplier() -> None:
    clinic = with_providers(("physiotherapy equipment", "Harbour Rehab Supplies"))
    pitch = "I rep a firm that supplies laser units to physio clinics - 12 months interest-free this month."
    hit = provider_hit(clinic, pitch, Intent.SALES_PITCH)
    assert hit is not None and hit.provider == "Harbour Rehab Supplies"


def test_a_firm_named_for_the_doing_meets_a_provider_named_for_the_doer() -> None:
    agent = with_providers(("transaction coordinator", "Rosa Medina, ClearClose TC"))
    pitch = "Tired of chasing signatures? We handle your paperwork for $350 a file.\nDana\nFounder, Swift Transaction Coordination"
    hit = provider_hit(agent, pitch, Intent.SALES_PITCH)
    assert hit is not None and hit.provider == "Rosa Medina, ClearClose TC"


# -- a coffee from someone who signs as the trade the user already has -------------------------------------------


WRITER = with_providers(("literary agent", "Imogen Thorne, Thorne Literary"))


def test_a_coffee_from_someone_who_signs_as_the_users_kind_of_provider_is_their_pitch() -> None:
    text = "I've enjoyed your reporting and would love to talk about representing you. A call next week?"
    signature = "Best,\nFelix\nAgent, Quillstone Literary Agency"
    hit = provider_hit(WRITER, f"{text}\n{signature}", Intent.COFFEE_CHAT, signature)
    assert hit is not None and hit.provider == "Imogen Thorne, Thorne Literary"
    # the user's own agent asking for coffee pitches nothing
    own = "Imogen Thorne\nThorne Literary Agency"
    assert provider_hit(WRITER, f"Coffee on Friday?\n{own}", Intent.COFFEE_CHAT, own) is None
