"""Nineteenth session, an independent financial adviser in Sydney (Priya Raman): an accountant who proposes to send
clients both ways is the referral partner her goal asks for, though she has an accountant of her own. As examples
of use."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from personas import ADVISER, adviser_profile, to_adviser  # noqa: F401 - ADVISER as other tests import it from here
from support import Kindly, profile_file, triaged, triaged_one


def adviser(folder: Path, referrers: Sequence[str] = ("accountants", "estate lawyers")) -> Path:
    return profile_file(adviser_profile(referrers=referrers), folder)


ACCOUNTANT = (
    "Hi Priya,\n\nI'm a partner at Doyle Partners, a chartered accounting firm in Parramatta. We look after around "
    "300 small business owners, and a growing number of them are approaching retirement and asking us about super "
    "- which we don't advise on.\n\nWould you be open to a coffee to talk about how we might refer clients to each "
    "other? We don't take referral fees and wouldn't expect any either way.\n\nCould you do Tuesday 8 December at "
    "10am, or Wednesday 9 December at 2pm?\n\nKind regards,\nMegan Doyle CA\nPartner, Doyle Partners Chartered "
    "Accountants\n02 9891 2200"
)


def from_an_accountant(folder: Path, body: str = ACCOUNTANT) -> Path:
    return to_adviser(
        folder / "accountant.eml",
        body,
        sender="Megan Doyle <megan@doylepartners.com.au>",
        subject="Referral partnership - our clients approaching retirement",
        date="Wed, 25 Nov 2026 16:42:00 +1100",
    )


def test_an_accountant_proposing_referrals_both_ways_is_the_partner_her_goal_names(
    kindly: Kindly, tmp_path: Path
) -> None:
    """Her own accountant keeps the practice's books; accountants are also whom her clients goal looks to for
    referrals. Megan's proposal is that goal, said yes to at the first time offered."""
    record = triaged_one(kindly, from_an_accountant(tmp_path), profile=adviser(tmp_path))
    assert record["decision"] == "accept"
    assert record["goal"] == "find_clients"
    draft = str(record["draft"])
    assert "Tuesday 8 December at 10am works for me" in draft
    assert "already work with" not in draft


def test_an_accountant_who_sells_her_accounting_is_still_told_she_has_one(
    kindly: Kindly, tmp_path: Path
) -> None:
    """Near miss: a pitch of the service itself, to her practice, is declined for the accountant she has."""
    pitch = (
        "Hi Priya,\n\nI'm an accountant at Ledgerline. We offer fixed-fee accounting, BAS and tax returns for "
        "financial advice practices from $290 a month. Could we grab a coffee next week so I can walk you through "
        "it?\n\nSam Ortiz\nSenior Accountant, Ledgerline"
    )
    record = triaged_one(kindly, from_an_accountant(tmp_path, pitch), profile=adviser(tmp_path))
    assert record["decision"] == "decline"
    assert record["reason_code"] == "has_provider"


def test_referrals_from_a_trade_her_goal_does_not_name_are_still_a_rival_of_her_accountant(
    kindly: Kindly, tmp_path: Path
) -> None:
    """Near miss: where her clients goal names only estate lawyers, an accountant's proposal stays a provider's
    trade she already has."""
    record = triaged_one(
        kindly, from_an_accountant(tmp_path), profile=adviser(tmp_path, ["estate lawyers", "pre-retirees"])
    )
    assert record["decision"] == "decline"
    assert record["reason_code"] == "has_provider"


def test_referrals_sold_for_a_price_are_no_partnership(kindly: Kindly, tmp_path: Path) -> None:
    """Near miss: an accountant who charges $300 for each client sent sells referrals."""
    sold = ACCOUNTANT.replace(
        "We don't take referral fees and wouldn't expect any either way.",
        "We charge $300 for each client we send across.",
    )
    record = triaged_one(kindly, from_an_accountant(tmp_path, sold), profile=adviser(tmp_path))
    assert record["decision"] == "decline"


# -- a fee denied pays no one: "paid speaking slots" is no rule against an unpaid talk --------------------------------


PROBUS = (
    "Dear Ms Raman,\n\nI am the speaker secretary of the Mosman Probus Club. Our members are mostly retired, and many "
    "have asked for a talk on making their superannuation last.\n\nWould you be willing to speak at our meeting on "
    "Tuesday 2 February 2027 at 10:30am at the Mosman Bowling Club? Talks run about 40 minutes with questions. "
    "{money}\n\nYours sincerely,\nMargaret Sullivan\nSpeaker Secretary, Mosman Probus Club"
)


def talk(folder: Path, money: str) -> Path:
    return to_adviser(
        folder / "talk.eml",
        PROBUS.replace("{money}", money),
        sender="Margaret Sullivan <secretary@mosmanprobus.org.au>",
        subject="Talk for our members on retirement?",
        date="Fri, 27 Nov 2026 10:05:00 +1100",
    )


def with_paid_slots(folder: Path) -> Path:
    return profile_file(adviser_profile(referrers=["accountants"], never=["paid speaking slots"]), folder)


def test_a_club_that_cannot_offer_a_fee_is_said_yes_to_under_a_rule_against_paid_slots(
    kindly: Kindly, tmp_path: Path
) -> None:
    """ "We cannot offer a fee" names a fee only to deny it: nobody pays anybody, so "paid" is not shown."""
    record = triaged_one(
        kindly,
        talk(
            tmp_path,
            "We cannot offer a fee, but we would be delighted to have you as our guest for morning tea.",
        ),
        profile=with_paid_slots(tmp_path),
    )
    assert record["decision"] == "accept"
    assert "paid speaking slots" not in str(record["draft"])
    assert "Tuesday 2 February at 10:30am" in str(record["draft"])


def test_speakers_who_are_not_paid_show_no_paid_slot_either(kindly: Kindly, tmp_path: Path) -> None:
    record = triaged_one(
        kindly,
        talk(tmp_path, "Our speakers aren't paid, but members always enjoy the morning tea afterwards."),
        profile=with_paid_slots(tmp_path),
    )
    assert record["decision"] == "accept"


def test_a_price_after_a_fee_denied_still_shows_a_paid_slot(kindly: Kindly, tmp_path: Path) -> None:
    """Near miss: "no fee for members to attend" denies one fee; the speaker package's $1,950 is still a price."""
    record = triaged_one(
        kindly,
        talk(
            tmp_path,
            "There's no fee for members to attend. Speaker packages start at $1,950 and include a stand.",
        ),
        profile=with_paid_slots(tmp_path),
    )
    assert record["decision"] == "decline"
    assert record["reason_code"] in ("never_do", "pays_to_appear")


# -- hospitality a product provider pays for: "Lunch and drinks are on us" from a fund manager -------------------------


def with_provider_paid_rule(folder: Path) -> Path:
    rule = "lunches or events paid for by product providers"
    return profile_file(adviser_profile(referrers=["accountants"], never=[rule]), folder)


def invitation(folder: Path, body: str, sender: str, subject: str) -> Path:
    return to_adviser(
        folder / "invitation.eml",
        body,
        sender=sender,
        subject=subject,
        date="Tue, 17 Nov 2026 09:12:00 +1100",
    )


ROADSHOW = (
    "Dear Priya,\n\nI'm delighted to invite you to the Sydney leg of our Aurora Income Fund adviser roadshow, a lunch "
    "at Aria Restaurant on Thursday 10 December from 12:00 to 2:00pm. Our CIO will share our outlook for 2027. Lunch "
    "and drinks are on us.\n\nKind regards,\nOlivia Hart\nBusiness Development Manager\nAurora Asset Management"
)


def test_a_fund_managers_roadshow_lunch_on_us_is_declined_with_her_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    """An asset manager is a product provider, and its lunch is the one her rule keeps her from."""
    mail = invitation(tmp_path, ROADSHOW, "Olivia Hart <olivia@aurora-am.com.au>", "Roadshow lunch")
    record = triaged_one(kindly, mail, profile=with_provider_paid_rule(tmp_path))
    assert record["decision"] == "decline"
    assert record["reason_code"] == "never_do"
    assert "lunches or events paid for by product providers" in str(record["draft"])


def test_drinks_courtesy_of_a_platform_whose_bdm_takes_the_rsvp_are_declined_with_her_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hi Priya,\n\nJoin the Zenith team on Thursday 10 December at 5:30pm at the Opera Bar to celebrate the year "
        "with our adviser partners. Drinks and canapes courtesy of Zenith. RSVP to your BDM.\n\nZenith Events"
    )
    mail = invitation(tmp_path, body, "Zenith Events <events@zenith.example.com.au>", "Christmas drinks")
    record = triaged_one(kindly, mail, profile=with_provider_paid_rule(tmp_path))
    assert record["reason_code"] == "never_do"


def test_refreshments_courtesy_of_a_law_firm_or_a_breakfast_each_pays_for_is_no_providers_treat(
    kindly: Kindly, tmp_path: Path
) -> None:
    """Near misses: a lawyer is no product provider; a peer group where everyone pays their own way treats no one."""
    seminar = (
        "Dear Priya,\n\nWould you co-host our free community seminar on wills and super at Chatswood Library on "
        "Thursday 4 February 2027 at 6pm? Light refreshments courtesy of Whitfield Estate Lawyers.\n\nJames "
        "Whitfield\nPrincipal, Whitfield Estate Lawyers"
    )
    mail = invitation(tmp_path, seminar, "James Whitfield <james@whitfield.example.com.au>", "Seminar")
    assert triaged_one(kindly, mail, profile=with_provider_paid_rule(tmp_path))["reason_code"] != "never_do"
    breakfast = (
        "Hi Priya,\n\nOur group of eight independent advisers meets monthly for breakfast at Wynyard - no sponsors, "
        "everyone pays for their own. The next one is Wednesday 16 December at 7:30am. Would you like to join us?"
        "\n\nGrace Liu\nLiu Wealth"
    )
    other = invitation(
        tmp_path, breakfast, "Grace Liu <grace@liuwealth.example.com.au>", "Peer group breakfast"
    )
    assert triaged_one(kindly, other, profile=with_provider_paid_rule(tmp_path))["reason_code"] != "never_do"


# -- a judging panel is no stage ----------------------------------------------------------------------------------------

AWARD = (
    "Dear Priya Raman,\n\nCongratulations! Our judging panel has selected you as a finalist for Independent Adviser of "
    "the Year in the 2027 Adviser Excellence Awards.\n\nTo confirm your place as a finalist, please complete your entry "
    "by Friday 11 December. The finalist entry fee is $650 + GST.\n\nThe Awards Team"
)


def test_an_award_whose_judging_panel_picked_her_is_declined_as_a_place_sold_not_as_a_paid_speaking_slot(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = invitation(
        tmp_path, AWARD, "Awards Team <awards@adviserawards.example.com.au>", "You're a finalist!"
    )
    record = triaged_one(kindly, mail, profile=with_paid_slots(tmp_path))
    assert record["decision"] == "decline"
    assert record["reason_code"] == "pays_to_appear"


def test_a_panel_she_would_sit_on_for_a_price_is_still_a_paid_speaking_slot(
    kindly: Kindly, tmp_path: Path
) -> None:
    """Near miss: a panel discussion is a stage."""
    body = (
        "Hi Priya,\n\nWe'd love you on our retirement income panel at the Adviser Summit on Thursday 18 March 2027. "
        "Panel places are $1,200 each and include two conference passes.\n\nSummit Team"
    )
    mail = invitation(
        tmp_path, body, "Mia Chen <mia@advisersummit.example.com.au>", "Panel at the Adviser Summit"
    )
    record = triaged_one(kindly, mail, profile=with_paid_slots(tmp_path))
    assert record["decision"] == "decline"
    assert record["reason_code"] == "never_do"


# -- a time another draft offers leaves the rest of that day free ------------------------------------------------------

SMSF_ACCOUNTANT = (
    "Hi Priya,\n\nLisa Chen suggested I get in touch - I'm an SMSF accountant in North Sydney, and I'd love to talk "
    "about how we might refer clients to each other. Would a coffee in the week of 7 December work? I'm in the CBD "
    "most Tuesdays and Thursdays.\n\nCheers,\nMark Ellis\nDirector, Ellis SMSF Accounting"
)


def from_mark(folder: Path, body: str = SMSF_ACCOUNTANT) -> Path:
    return to_adviser(
        folder / "mark.eml",
        body,
        sender="Mark Ellis <mark@ellissmsf.example.com.au>",
        subject="Coffee?",
        date="Mon, 23 Nov 2026 13:02:00 +1100",
    )


def test_a_morning_another_draft_takes_leaves_that_days_afternoon_for_the_next_coffee(
    kindly: Kindly, tmp_path: Path
) -> None:
    """Megan's yes takes Tuesday 8 December at 10:00; Mark asked for the week of 7 December, Tuesdays or
    Thursdays: that Tuesday afternoon is still his, not a Tuesday the week after."""
    records = triaged(kindly, from_an_accountant(tmp_path), from_mark(tmp_path), profile=adviser(tmp_path))
    megan, mark = records
    assert "Tuesday 8 December at 10am works for me" in str(megan["draft"])
    draft = str(mark["draft"])
    assert "Tuesday 8 December at 14:30" in draft
    assert "Tuesday 8 December at 10:00" not in draft
    assert "15 December" not in draft


def test_alone_the_first_time_offered_is_the_morning(kindly: Kindly, tmp_path: Path) -> None:
    """Near miss: with nothing else offered, the usual morning time comes first."""
    record = triaged_one(kindly, from_mark(tmp_path), profile=adviser(tmp_path))
    assert "Tuesday 8 December at 10:00" in str(record["draft"])


def test_an_accountant_whose_clients_would_benefit_from_her_is_not_told_she_has_an_accountant(
    kindly: Kindly, tmp_path: Path
) -> None:
    """One way only: his trustees need an adviser. Whatever the fit, "For accounting, I already work with someone"
    answers nothing he asked."""
    one_way = (
        "Hi Priya,\n\nI'm an SMSF accountant in North Sydney with a handful of trustees heading into pension phase "
        "who'd benefit from an independent adviser. Would a coffee in the week of 7 December work?\n\nMark Ellis\n"
        "Director, Ellis SMSF Accounting"
    )
    record = triaged_one(kindly, from_mark(tmp_path, one_way), profile=adviser(tmp_path))
    assert record["reason_code"] != "has_provider"
    assert "already work with" not in str(record["draft"])


# -- the cooling-off note counts from kindly's own now ----------------------------------------------------------------


def test_a_sender_declined_in_this_run_was_declined_today_not_minus_one_day_ago(
    kindly: Kindly, tmp_path: Path
) -> None:
    """The decline is dated by the clock the cooling-off is counted with (KINDLY_NOW where it is set)."""
    pitch = to_adviser(
        tmp_path / "pitch.eml",
        "Hi Priya,\n\nRohan here from ParaPlan Pro. We prepare Statements of Advice in 48 hours from $250 per SOA for "
        "Australian advice practices. Could we book a quick call to show you some samples?\n\nRohan Mehta\nHead of "
        "Growth, ParaPlan Pro",
        sender="Rohan Mehta <rohan@paraplanpro.example.com>",
        subject="SOAs in 48 hours - paraplanning",
        date="Mon, 16 Nov 2026 15:00:00 +1100",
    )
    nudge = to_adviser(
        tmp_path / "nudge.eml",
        "Hi Priya,\n\nJust checking in - any chance of a quick coffee next week?\n\nRohan",
        sender="Rohan Mehta <rohan@paraplanpro.example.com>",
        subject="Coffee next week?",
        date="Fri, 27 Nov 2026 15:30:00 +1100",
    )
    profile = adviser(tmp_path)
    records = triaged(kindly, pitch, nudge, profile=profile)
    assert records[0]["decision"] == "decline"
    shown = " ".join(kindly("show", "2", "--profile", str(profile)).stdout.split())
    assert "you declined this sender today" in shown
    assert "-1 days" not in shown
