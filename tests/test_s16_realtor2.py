"""Sixteenth session, the realtor's review, second round: Marisol Vega's yeses answer the question asked, her
declines of events are declines of events, and a rival of her own provider is told she has one."""

from __future__ import annotations

import json
from pathlib import Path

from personas import REALTOR_COMMUNITY, REALTOR_GOALS, REALTOR_NEVER, realtor_profile, replacing, varied
from support import Kindly, profile_file, triaged_one
from test_s16_realtor import REALTOR, REFERRAL, coffee, dm, mail, mixer_ics, realtor

# -- a yes answers the question asked ------------------------------------------------------------------------------


def test_leave_to_give_her_number_is_answered_please_do(kindly: Kindly, tmp_path: Path) -> None:
    """ "Is it ok if I give her your number?": the yes gives that leave, not "I'd be glad to be introduced"."""
    record = triaged_one(
        kindly,
        dm(
            tmp_path,
            "Hey Marisol!! It's Priya from the Carlaw condo. My coworker Aisha is looking to buy her first condo, "
            "ideally in Riverdale or near the Danforth. Is it ok if I give her your number? She's super nervous "
            "about the whole thing lol",
        ),
        profile=realtor(tmp_path),
    )
    assert record["decision"] == "accept"
    assert "Of course - please do give her my number." in record["draft"]
    assert "be introduced" not in record["draft"]


def test_leave_to_pass_her_email_on_is_answered_in_its_own_words(kindly: Kindly, tmp_path: Path) -> None:
    record = triaged_one(
        kindly,
        dm(
            tmp_path,
            "Hi Marisol! My neighbour is thinking about downsizing in the spring and asked if I knew anyone "
            "patient. Mind if I pass your email on to him?",
        ),
        profile=realtor(tmp_path),
    )
    assert record["decision"] == "accept"
    assert "please do pass my email on" in record["draft"]


def test_an_introduction_by_mail_still_says_glad_to_be_introduced(kindly: Kindly, tmp_path: Path) -> None:
    """Near miss: an introducer who asks nothing about the user's number keeps the plain yes."""
    record = triaged_one(
        kindly,
        mail(
            tmp_path,
            "Hi Marisol,\n\nI'd love to introduce you to my sister Kate, who is buying her first home in Leslieville "
            "this spring. Would you be open to an introduction?\n\nTom",
            sender="Tom Brennan <tom.brennan@example.com>",
            subject="Introduction - my sister Kate",
            date="Wed, 25 Nov 2026 12:30:00 -0500",
        ),
        profile=realtor(tmp_path),
    )
    assert "my number" not in (record["draft"] or "")


def referral(kindly: Kindly, tmp_path: Path, ask: str) -> dict[str, object]:
    return triaged_one(
        kindly,
        mail(
            tmp_path,
            REFERRAL.format(ask=ask),
            sender="Curtis Mah <curtis.mah@prairiehomescalgary.ca>",
            subject="Referral - clients moving to Toronto in the spring",
            date="Wed, 25 Nov 2026 12:30:00 -0500",
        ),
        profile=realtor(tmp_path),
    )


def test_a_referral_offered_with_an_agreement_first_is_answered_about_the_agreement(
    kindly: Kindly, tmp_path: Path
) -> None:
    """He will pass their details on once an agreement is signed: asking for their details answers nothing."""
    record = referral(
        kindly,
        tmp_path,
        "Would you be open to taking them on? I'd propose our standard 25% referral fee on closing, with a "
        "referral agreement before I pass on their details.",
    )
    assert record["decision"] == "accept"
    draft = str(record["draft"])
    assert "I'd be glad to take them on." in draft
    assert "Please send the referral agreement over" in draft
    assert "their contact details" not in draft


def test_a_referral_fee_named_alone_asks_for_the_terms_in_writing(kindly: Kindly, tmp_path: Path) -> None:
    record = referral(
        kindly,
        tmp_path,
        "Would you be open to taking them on? I'd propose our standard 25% referral fee on closing.",
    )
    draft = str(record["draft"])
    assert "the referral terms in writing" in draft
    assert "their contact details" in draft


def test_a_referral_with_no_fee_asks_for_their_details(kindly: Kindly, tmp_path: Path) -> None:
    """Near miss: "no referral fee, just good hands" offers no terms to answer."""
    record = referral(
        kindly,
        tmp_path,
        "Would you be open to taking them on? No referral fee or anything - I just want them in good hands.",
    )
    draft = str(record["draft"])
    assert "Could you send me their contact details, so I can get in touch?" in draft
    assert "referral terms" not in draft


# -- an event read as a pitch is declined as an event ----------------------------------------------------------------


def test_a_sunday_mixer_read_as_a_pitch_is_wished_well_as_a_mixer(kindly: Kindly, tmp_path: Path) -> None:
    """A business network's holiday mixer on a Sunday evening: declined by her rule, and wished well as the
    mixer it is, not "good luck with your business"."""
    invitation = tmp_path / "mixer.ics"
    invitation.write_text(mixer_ics("20261213T190000"), encoding="utf-8")
    record = triaged_one(kindly, invitation, profile=realtor(tmp_path))
    assert record["reason_code"] == "never_do"
    draft = str(record["draft"])
    assert "your business" not in draft
    assert "the mixer" in draft
    assert '"Leslieville Business Owners Holiday Mixer"' in draft  # an event's own name is still quoted


DEMO_ICS = """\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:agentboost-demo-20261208@google.com
DTSTAMP:20261125T150000Z
DTSTART;TZID=America/Toronto:20261208T140000
DTEND;TZID=America/Toronto:20261208T143000
SUMMARY:{summary}
DESCRIPTION:Hi Marisol\\, thanks for your interest! In this 30-minute demo I'll show you how AgentBoost's AI
  ad engine finds motivated sellers in your farm area. Plans start at $399/month.\\n\\nMarcus\\, Account
  Executive\\, AgentBoost
LOCATION:Zoom
ORGANIZER;CN=Marcus Webb:mailto:marcus.webb@agentboost.io
ATTENDEE;CN=Marisol Vega;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:marisol@harbourlinerealty.ca
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""


def test_a_demo_whose_title_is_a_sales_line_is_declined_without_quoting_it(
    kindly: Kindly, tmp_path: Path
) -> None:
    """ "Thank you for the invitation to "AgentBoost demo: 10x your listing leads"" repeats an advert; nor is the
    seller asked for an overview to pass on."""
    invitation = tmp_path / "demo.ics"
    invitation.write_text(
        DEMO_ICS.format(summary="AgentBoost demo: 10x your listing leads"), encoding="utf-8"
    )
    record = triaged_one(kindly, invitation, profile=realtor(tmp_path))
    assert record["decision"] == "decline"
    draft = str(record["draft"])
    assert "10x" not in draft
    assert "overview" not in draft
    assert "your business" not in draft


def test_a_demo_with_a_plain_title_keeps_its_name(kindly: Kindly, tmp_path: Path) -> None:
    """Near miss: "AgentBoost product demo" names the event; it is quoted as any event's name is."""
    invitation = tmp_path / "demo.ics"
    invitation.write_text(DEMO_ICS.format(summary="AgentBoost product demo"), encoding="utf-8")
    record = triaged_one(kindly, invitation, profile=realtor(tmp_path))
    assert '"AgentBoost product demo"' in str(record["draft"])


def test_a_pitch_by_mail_with_no_event_is_still_wished_well_with_the_business(
    kindly: Kindly, tmp_path: Path
) -> None:
    """Near miss: a stager's pitch names no date, place or RSVP; it is no event to wish well."""
    record = triaged_one(
        kindly,
        mail(
            tmp_path,
            "Hi Marisol,\n\nLuxe Staging helps agents sell faster with full-service staging for condos and houses "
            "in the east end. Our packages start at $1,800. Could I send you our portfolio?\n\nBest,\nGina Russo\n"
            "Luxe Staging",
            sender="Gina Russo <gina@luxestaging.ca>",
            subject="Staging for your listings",
            date="Wed, 25 Nov 2026 12:30:00 -0500",
        ),
        profile=realtor(tmp_path),
    )
    assert record["decision"] == "decline"
    assert "the event" not in str(record["draft"])


# -- a rival of her own provider is told she has one, and not offered her clients ---------------------------------

CO_MARKETING = (
    "Hi Marisol,\n\nI'm a mortgage agent with NorthPeak Lending and I've noticed your listings around Riverdale and "
    "Leslieville. I work with a lot of first-time buyers in the east end and I think we'd be a great fit to "
    "co-market.\n\nWhat I had in mind: we co-brand a monthly first-time buyer webinar and split the cost of "
    "Facebook and Instagram ads 50/50, and I'd send my pre-approved buyers your way. Happy to buy you a coffee to "
    "talk it through - would next Tuesday or Wednesday morning work?\n\nBest,\nJason Liu\nMortgage Agent, Level 2 "
    "| NorthPeak Lending\nFSRA #M21004512 | 416-555-0192"
)


def co_marketing(kindly: Kindly, tmp_path: Path, profile: str) -> dict[str, object]:
    return triaged_one(
        kindly,
        mail(
            tmp_path,
            CO_MARKETING,
            sender="Jason Liu <jason.liu@northpeaklending.ca>",
            subject="Co-marketing idea for first-time buyers",
            date="Wed, 18 Nov 2026 10:41:00 -0500",
        ),
        profile=profile_file(profile, tmp_path),
    )


def test_a_lenders_co_marketing_to_a_user_with_a_mortgage_broker_is_not_offered_her_referrals(
    kindly: Kindly, tmp_path: Path
) -> None:
    """Whoever asks her about a mortgage broker goes to Priya: "I'll pass your details on when someone asks me
    about a mortgage broker" would be an empty promise, or a slight to her own broker."""
    record = co_marketing(kindly, tmp_path, REALTOR)
    assert record["reason_code"] == "has_provider"
    draft = str(record["draft"])
    assert "For a mortgage broker, I already work with someone I'm very happy with" in draft
    assert "overview" not in draft
    assert "pass your" not in draft


def test_a_user_who_seeks_referral_partners_is_still_offered_to_pass_them_on(
    kindly: Kindly, tmp_path: Path
) -> None:
    """Near miss: a goal that asks for referral partners wants the overview of one more."""
    partners = varied(
        REALTOR_COMMUNITY, targets=["women in real estate", "local business owners", "referral partners"]
    )
    seeking = realtor_profile(goals=replacing(REALTOR_GOALS, partners))
    record = co_marketing(kindly, tmp_path, seeking)
    assert record["reason_code"] == "has_provider"
    assert "overview" in str(record["draft"])


# -- a shop owner is a local business owner ---------------------------------------------------------------------------


def shown(kindly: Kindly, source: Path, profile: Path) -> str:
    result = kindly("triage", str(source), "--profile", str(profile))
    assert result.exit_code == 0, result.output
    return " ".join(kindly("show", "1", "--profile", str(profile)).stdout.split())


def test_a_bookshop_owner_who_introduces_women_who_own_shops_meets_her_business_owner_targets(
    kindly: Kindly, tmp_path: Path
) -> None:
    """ "Danielle Roy, owner, Tidewater Books" is a local business owner, and "women who own shops" are women
    business owners: her community goal's targets are met whole, not two words of three."""
    owners = varied(
        REALTOR_COMMUNITY, targets=["women in real estate", "women business owners", "local business owners"]
    )
    profile = profile_file(realtor_profile(goals=replacing(REALTOR_GOALS, owners)), tmp_path)
    invitation = coffee(tmp_path, "hear how things are going in the east end")
    said = shown(kindly, invitation, profile)
    assert 'target "women business owners" matched word by word (100%)' in said


def test_a_shop_owners_signature_alone_meets_local_business_owners(kindly: Kindly, tmp_path: Path) -> None:
    path = mail(
        tmp_path,
        "Hi Marisol,\n\nWould you like to grab a coffee at Remarkable Bean next week? I'd love to hear how the "
        "market is looking on Queen East.\n\nDanielle Roy\nOwner, Tidewater Books\nToronto",
        sender="Danielle Roy <danielle@tidewaterbooks.ca>",
        subject="Coffee?",
        date="Wed, 25 Nov 2026 12:30:00 -0500",
    )
    said = shown(kindly, path, realtor(tmp_path))
    assert 'target "local business owners"' in said
    assert "(60%" not in said


def test_homeowners_and_a_product_owner_are_no_business_owners(kindly: Kindly, tmp_path: Path) -> None:
    """Near misses: "we're homeowners in Leslieville" and "Product Owner, Acme" own no business."""
    path = mail(
        tmp_path,
        "Hi Marisol,\n\nWe're homeowners in Leslieville and would love to grab a coffee next week to hear how the "
        "market is looking.\n\nJordan Lee\nProduct Owner, Acme Software\nToronto",
        sender="Jordan Lee <jordan.lee@example.com>",
        subject="Coffee?",
        date="Wed, 25 Nov 2026 12:30:00 -0500",
    )
    assert 'target "local business owners"' not in shown(kindly, path, realtor(tmp_path))


# -- a rule against paying for a place on an award list is read as its idea ---------------------------------------------

TOP_AGENTS_SOLD = (
    "Dear Marisol Vega,\n\nCongratulations! Based on your outstanding market performance, our committee has "
    "selected you as a finalist for Toronto's Top 100 Real Estate Agents 2027.\n\nTo confirm your place, please "
    "complete your finalist profile and the one-time feature fee of $595 + HST by December 11.\n\nWarm regards,\n"
    "The Awards Committee\nToronto Top Agents"
)


def test_a_rule_against_paying_to_join_top_agent_award_lists_is_read_as_awards_for_sale(
    kindly: Kindly, tmp_path: Path
) -> None:
    """ "paying to join 'top agent' award lists" needs no message to say "join", "top", "agent" and "lists": it
    is a place on an award sold to the one it names, and the user is not told it is read word for word."""
    profile = profile_file(
        realtor_profile(never=[*REALTOR_NEVER, "paying to join 'top agent' award lists"]), tmp_path
    )
    path = mail(
        tmp_path,
        TOP_AGENTS_SOLD,
        sender="Awards Committee <nominations@torontotopagents.com>",
        subject="Congratulations! You've been selected - Toronto's Top 100 Agents 2027",
        date="Fri, 20 Nov 2026 08:03:00 -0500",
    )
    result = kindly("triage", str(path), "--profile", str(profile), "--json")
    assert result.exit_code == 0, result.output
    assert "word for word" not in result.stderr
    [record] = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert record["reason_code"] == "pays_to_appear"
    assert "I don't pay for places at awards" in record["draft"]


def test_such_a_rule_does_not_hold_on_a_free_honour_nor_on_every_award(
    kindly: Kindly, tmp_path: Path
) -> None:
    """Near misses: the same news with nothing to pay, and a rule about award ceremonies, which names no price."""
    profile = profile_file(realtor_profile(never=[*REALTOR_NEVER, "paid-for awards"]), tmp_path)
    path = mail(
        tmp_path,
        TOP_AGENTS_SOLD.replace(
            "To confirm your place, please complete your finalist profile and the one-time feature fee of $595 + "
            "HST by December 11.",
            "There is nothing to pay: we'll be in touch with your plaque in the new year.",
        ),
        sender="Awards Committee <nominations@torontotopagents.com>",
        subject="Congratulations! You've been selected - Toronto's Top 100 Agents 2027",
        date="Fri, 20 Nov 2026 08:03:00 -0500",
    )
    record = triaged_one(kindly, path, profile=profile)
    assert record["reason_code"] not in ("never_do", "pays_to_appear")
    ceremonies = profile_file(
        realtor_profile(never=[*REALTOR_NEVER, "award ceremonies on weekends"]), tmp_path
    )
    assert "word for word" in kindly("triage", str(path), "--profile", str(ceremonies)).stderr
