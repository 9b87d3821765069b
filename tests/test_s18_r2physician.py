"""A family physician who owns a small practice (the eighteenth session's persona review, round two): a drug
company's paid advisory board read as a group of peers, a never-rule about pharma-sponsored dinners that missed
a drug company's lunch, a regulator look-alike's fee demand left unflagged. Each near miss here must stay as it
was."""

from __future__ import annotations

from pathlib import Path

from personas import PHYSICIAN_CME, PHYSICIAN_OKAFOR, PHYSICIAN_OWNERS, physician_profile
from support import Kindly, eml, profile_file, triaged, triaged_one

PHARMA_DINNERS = ("pharma-sponsored dinners",)
PRIYA = physician_profile(goals=(PHYSICIAN_OWNERS, PHYSICIAN_CME), never=PHARMA_DINNERS)


def _mail(kindly: Kindly, tmp_path: Path, body: str, sender: str, subject: str) -> dict[str, object]:
    mail = eml(
        tmp_path / "mail.eml",
        body,
        sender=sender,
        subject=subject,
        date="Mon, 30 Nov 2026 14:10:00 +0000",
        to="priya@ramanfamilymedicine.ca",
    )
    return triaged_one(kindly, mail, profile_file(PRIYA, tmp_path))


ADVISORY_BOARD = """Hi Dr. Raman,

I'm a Medical Science Liaison with Helixa Therapeutics. We're convening a small advisory board of Ontario
family physicians on our new RSV vaccine for older adults: 2 hours on Zoom in January, with a $1,500
honorarium. Would you be interested in taking part? Happy to send details.

Lauren Hayes
"""


def test_a_drug_companys_paid_advisory_board_is_its_marketing_not_a_group_of_peers(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _mail(
        kindly, tmp_path, ADVISORY_BOARD, "Lauren Hayes <lhayes@helixatx.com>", "Advisory board invitation"
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "not_a_fit")
    assert "advisory board" in str(record["reason"]) and "Helixa Therapeutics" in str(record["reason"])
    draft = str(record["draft"])
    assert "I don't take part in industry advisory boards" in draft
    # no paid industry engagement is passed on as if it were a group
    for offer in ("mention it to anyone", "anyone I know", "overview", "that week"):
        assert offer not in draft, offer


def test_a_hospitals_advisory_committee_is_still_a_committee(kindly: Kindly, tmp_path: Path) -> None:
    body = """Dear Dr. Raman,

On behalf of Dr. Helen Okafor, Chief of Family Medicine at St. Brendan's Hospital, I'm writing to invite you to
join our Community Physicians Advisory Board, which brings together independent family practice owners from
the west end. It meets quarterly, 5:30-7:00 pm, and members receive a $200 honorarium per meeting. Could you
let us know by December 11 whether you are able to join?

Linda Ferreira
Executive Assistant to the Chief of Family Medicine, St. Brendan's Hospital
"""
    record = _mail(
        kindly,
        tmp_path,
        body,
        "Linda Ferreira <fmchief@stbrendans.ca>",
        "Community Physicians Advisory Board",
    )
    assert "paid engagement" not in str(record["reason"])
    assert "industry advisory boards" not in str(record["draft"])
    assert record["intent"] != "sales_pitch"


LUNCH = """Dear Dr. Raman,

You are invited to a lunch-and-learn on new approaches to heart failure, featuring Dr. Samuel Ortiz
(cardiology, Sunnybrook), on Thursday, December 10, 2026 at 12:30 pm at the Royal York.

This lunch program is sponsored by AstraVita Canada. Please RSVP by December 3.

Warm regards,
Mark Chen
Medical Science Liaison, AstraVita Canada
"""


def test_a_pharma_sponsored_dinner_rule_holds_on_a_drug_companys_lunch_that_never_says_pharma(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _mail(
        kindly, tmp_path, LUNCH, "Mark Chen <mchen@astravita-ca.com>", "Invitation: heart failure lunch"
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do")
    assert "pharma-sponsored dinners" in str(record["reason"])


def test_a_dinner_hosted_by_a_therapeutics_company_falls_under_the_pharma_sponsored_dinner_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = """Dear Dr. Raman,

Please join us for an evening on RSV prevention in older adults, with dinner at Canoe on Thursday, December 10
at 6:30 pm. The evening is hosted by Helixa Therapeutics. Kindly RSVP by December 3.

Events Team
"""
    record = _mail(
        kindly, tmp_path, body, "Events Team <events@helixatx.com>", "Dinner invitation: RSV evening"
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do")
    assert "pharma-sponsored dinners" in str(record["reason"])


def test_a_hospital_foundations_lunch_and_a_colleagues_dinner_are_not_pharma_sponsored(
    kindly: Kindly, tmp_path: Path
) -> None:
    foundation = """Dear Dr. Raman,

You are invited to a grand rounds lunch on heart failure in primary care, on Thursday, December 10, 2026 at
12:30 pm in the Okafor Boardroom. Lunch is sponsored by the St. Brendan's Hospital Foundation.

Please RSVP by December 3.

Linda Ferreira, St. Brendan's Hospital
"""
    record = _mail(
        kindly, tmp_path, foundation, "Linda Ferreira <lferreira@stbrendans.ca>", "Grand rounds lunch"
    )
    assert record["reason_code"] != "never_do", record["reason"]

    home = """Hi Priya,

A few of us who own small independent practices are getting together for dinner at my home on Wednesday,
December 9 at 7 pm - no sponsors, just shop talk. Would you like to join us?

Rachel
"""
    record = _mail(kindly, tmp_path, home, "Dr. Rachel Green <rachel@greenfamilymed.ca>", "Dinner at mine")
    assert record["reason_code"] != "never_do", record["reason"]


REGULATOR_LOOK_ALIKE = """Dear Physician,

Our records show that your annual renewal payment was not completed. Your certificate of registration will
be suspended within 48 hours unless a reinstatement fee of CAD 350 is paid.

To avoid suspension, verify your identity and pay the fee here: http://cpso-renewals-ca.com/verify

CPSO Registration Services
"""


def test_a_fee_to_keep_a_licence_paid_at_a_look_alike_of_the_regulators_domain_is_a_scam(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _mail(
        kindly,
        tmp_path,
        REGULATOR_LOOK_ALIKE,
        "CPSO Registration Services <registration@cpso-renewals-ca.com>",
        "URGENT: Your certificate of registration will be suspended",
    )
    assert (record["decision"], record["reason_code"]) == ("ignore", "scam")
    assert "cpso-renewals-ca.com" in str(record["reason"])
    assert record["draft"] is None


def test_an_account_fee_demanded_from_webmail_is_a_scam_too(kindly: Kindly, tmp_path: Path) -> None:
    body = """Hello,

Your practice's listing account will be deactivated today unless the annual maintenance fee of USD 89 is
settled. Complete the payment here: https://listing-billing-center.net/pay

Provincial Physician Directory
"""
    record = _mail(
        kindly,
        tmp_path,
        body,
        "Provincial Physician Directory <physdirectory.billing@gmail.com>",
        "Final notice: listing deactivation",
    )
    assert (record["decision"], record["reason_code"]) == ("ignore", "scam")


def test_the_regulators_own_renewal_reminder_is_no_scam(kindly: Kindly, tmp_path: Path) -> None:
    body = """Dear Dr. Raman,

This is a reminder that your annual registration renewal is due by December 31, 2026. The annual fee of
$1,725 can be paid through the member portal at https://www.cpso.on.ca/member-portal.

College of Physicians and Surgeons of Ontario
"""
    for said in (
        body,
        body.replace("member-portal.", "member-portal. Registrations not renewed will be suspended."),
    ):
        record = _mail(
            kindly, tmp_path, said, "CPSO <renewals@cpso.on.ca>", "Annual registration renewal reminder"
        )
        assert record["reason_code"] != "scam", record["reason"]


def test_a_meeting_offered_with_someone_else_is_said_to_be_theirs(kindly: Kindly, tmp_path: Path) -> None:
    profile = physician_profile(
        goals=(PHYSICIAN_OWNERS, PHYSICIAN_CME, PHYSICIAN_OKAFOR), never=PHARMA_DINNERS
    )
    body = """Dear Dr. Raman,

On behalf of Dr. Helen Okafor, Chief of Family Medicine at St. Brendan's Hospital, I'm writing to invite you
to join the department's Primary Care Quality Committee as a community physician member. The committee meets
quarterly, 5:30-7:00 pm. The next meeting is Tuesday, January 19, 2027 in the Okafor Boardroom, 3rd floor.

Dr. Okafor would be glad to meet you beforehand if you have questions. Could you let us know by December 11
whether you are able to join?

Linda Ferreira
Executive Assistant to the Chief of Family Medicine, St. Brendan's Hospital
"""
    mail = eml(
        tmp_path / "committee.eml",
        body,
        sender="Office of the Chief, Family Medicine <fmchief@stbrendans.ca>",
        subject="Invitation: Primary Care Quality Committee",
        date="Thu, 26 Nov 2026 18:05:00 +0000",
        to="priya@ramanfamilymedicine.ca",
    )
    record = triaged_one(kindly, mail, profile_file(profile, tmp_path))
    assert record["decision"] == "accept"
    assert "a meeting with Dr. Okafor" in str(record["reason"])
    assert "ask you to meet them" not in str(record["reason"])


def test_a_talk_paid_in_the_threads_first_mail_is_paid_still_when_the_reply_sets_the_date(
    kindly: Kindly, tmp_path: Path
) -> None:
    omar = "Dr. Omar Haddad <ohaddad@torontowesterncme.ca>"
    priya = "Priya Raman <priya@ramanfamilymedicine.ca>"
    subject = "Speaking at our Family Medicine Update 2027?"
    invite = eml(
        tmp_path / "1.eml",
        "Dear Dr. Raman,\n\nI chair the planning committee for the Toronto Western Family Medicine Update, an"
        " accredited CME day for about 150 family physicians. We'd love you to give a 30-minute talk on practice"
        " management for new physician-owners at our 2027 meeting.\n\nWould you be interested? We offer an"
        " honorarium of $750.\n\nBest,\nOmar Haddad, MD CCFP\n",
        sender=omar,
        to=priya,
        subject=subject,
        date="Mon, 16 Nov 2026 21:20:00 +0000",
        message_id="t1@torontowesterncme.ca",
    )
    yes = eml(
        tmp_path / "2.eml",
        "Hi Omar,\n\nThank you - yes, I'd be glad to. Please send me the date and the details.\n\nPriya\n",
        sender=priya,
        to=omar,
        subject=f"Re: {subject}",
        date="Tue, 17 Nov 2026 17:00:00 +0000",
        message_id="t2@ramanfamilymedicine.ca",
        in_reply_to="t1@torontowesterncme.ca",
        references=["t1@torontowesterncme.ca"],
    )
    date_set = eml(
        tmp_path / "3.eml",
        "Dear Dr. Raman,\n\nWonderful! The Update is on Saturday, February 27, 2027 at the Chestnut Conference"
        " Centre. Your session would be at 10:30 am. Could you send us your talk title and two learning"
        " objectives by January 8?\n\nMany thanks,\nOmar\n",
        sender=omar,
        to=priya,
        subject=f"Re: {subject}",
        date="Fri, 27 Nov 2026 15:05:00 +0000",
        message_id="t3@torontowesterncme.ca",
        in_reply_to="t2@ramanfamilymedicine.ca",
        references=["t1@torontowesterncme.ca", "t2@ramanfamilymedicine.ca"],
    )
    records = triaged(kindly, invite, yes, date_set, profile=profile_file(PRIYA, tmp_path))
    reply = records[-1]
    assert reply["decision"] == "accept", reply["reason"]
    assert "networking hours" not in str(reply["reason"])


def test_a_drug_reps_lunch_brought_to_the_clinic_falls_under_the_pharma_sponsored_dinner_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = """Hi Dr. Raman,

I'm the territory representative for Novamed Pharmaceuticals in west Toronto. We'd love to bring lunch to
your clinic for a 30-minute lunch-and-learn with your team on our once-weekly GLP-1, Glucaria. I'll bring lunch
for up to 12 staff. Would Tuesday, December 8 or Thursday, December 10 at 12:15 work for your office?

Jason Tremblay
Territory Manager, Cardiometabolic | Novamed Pharmaceuticals Canada
"""
    record = _mail(
        kindly,
        tmp_path,
        body,
        "Jason Tremblay <jason.tremblay@novamedpharma.ca>",
        "Lunch-and-learn for your team",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do")
    assert "overview" not in str(record["draft"]) and "anyone I know" not in str(record["draft"])
