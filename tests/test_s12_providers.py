"""Twelfth session: the providers a user already has, and never-rules written as people write them."""

from __future__ import annotations

from kindly.decide.categories import same_category
from kindly.decide.fit import Evidence, goal_fits
from kindly.decide.rules import never_rule_hit, provider_hit
from kindly.model import Intent
from kindly.profile import Goal, GoalKind, load_profile
from support import EXAMPLES, with_never, with_providers

PROFILE = load_profile(EXAMPLES / "profile.toml")


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


# -- never-rules as people write them --------------------------------------------------------------------------


def never(rule: str, text: str, intent: Intent) -> str | None:
    """The rule the message falls under, if it does."""
    hit = never_rule_hit(with_never(rule), text, intent)
    return hit[0] if hit else None


ENDORSING = "endorsing products, testimonials or case studies for suppliers"


def test_each_item_of_a_comma_list_is_a_rule_of_its_own() -> None:
    testimonial = "A free year of our platform - in return, a two-minute video testimonial. A call next week?"
    case_study = (
        "Your students have used our app all term. Could we film a short piece for our website and name your "
        "school as a case study? Wednesday at 2pm suits our crew."
    )
    assert never(ENDORSING, testimonial, Intent.SALES_PITCH) == ENDORSING
    assert never(ENDORSING, case_study, Intent.SPEAKING_INVITATION) == ENDORSING


VENDOR_HOURS = "meetings with vendors during school hours - my time in school belongs to the pupils"


def test_vendors_are_sellers_and_school_hours_a_time_of_day() -> None:
    demo = (
        "Our visitor sign-in system takes five minutes to set up. Could I show you a demo on Tuesday at {}?"
    )
    assert never(VENDOR_HOURS, demo.format("11am"), Intent.SALES_PITCH) == VENDOR_HOURS
    assert never(VENDOR_HOURS, demo.format("4.30pm"), Intent.SALES_PITCH) is None
    # a retired teacher offering help unpaid sells nothing
    help_offered = "I'd be glad to give some time, unpaid, to help them. Might we speak at 2pm on Monday?"
    assert never(VENDOR_HOURS, help_offered, Intent.COFFEE_CHAT) is None


COVERED = "taking payment, sponsorship or paid trips from companies I cover"


def test_what_a_list_is_from_is_what_each_of_its_items_is_from() -> None:
    sponsor = "You covered our pilot in October. We'd like to sponsor three issues of your newsletter at €600 per issue."
    assert never(COVERED, sponsor, Intent.CLIENT_INQUIRY) == COVERED
    # a paid talk from someone the user never wrote about is no payment from a company they cover
    talk = "We'd love you to speak at our informatics day. We pay a €900 fee and cover travel within Ireland."
    assert never(COVERED, talk, Intent.SPEAKING_INVITATION) is None


def test_paying_for_leads_needs_a_price_for_the_leads() -> None:
    breakfast = (
        "A breakfast for HR leaders at employers moving staff to Austin. Guests $35, breakfast included."
    )
    assert never("paying for leads", breakfast, Intent.EVENT_INVITATION) is None
    priced = "Every lead is pre-screened. Pricing: $45 per exclusive lead, billed monthly."
    shared = "I co-market with a few agents: we split the cost of buyer leads in your zip codes."
    assert never("paying for leads", priced, Intent.SALES_PITCH) == "paying for leads"
    assert never("paying for leads", shared, Intent.PARTNERSHIP_PROPOSAL) == "paying for leads"


# -- the user's own work told back to them is not what the sender brings ------------------------------------------


def test_the_users_own_series_read_back_to_them_is_not_the_senders_topic() -> None:
    sources = Goal(
        kind=GoalKind.MEET_PERSON,
        description="Sources for my reporting on AI in hospitals: clinicians who deploy AI tools",
        targets=["AI in hospitals", "clinical AI"],
        priority=1,
    )
    reporter = PROFILE.model_copy(update={"goals": [sources]})

    def fit(text: str) -> float:
        [only] = goal_fits(reporter, Intent.COFFEE_CHAT, Evidence(sender="felix@quill.example", text=text))
        return only.score

    admirer = "I've been reading your series on AI in hospitals with great interest. Coffee next week?"
    clinician = "I lead the rollout of AI in hospitals across our group. Coffee next week?"
    assert fit(admirer) < 0.55 <= fit(clinician)
