"""Gaps the fourteenth session's closing note left: a request to be someone's reference, a pass-on offer that asks
for what the signature gave, mail from the user's own organisation, and a peer working group for a
find_community goal. Each test is a short mail, a profile and what the user sees."""

from __future__ import annotations

import json
from pathlib import Path

from kindly.decide.assess import assess
from kindly.model import GoalFit, Intent
from support import (
    EXAMPLE_PROFILE,
    EXAMPLE_PROFILE_FILE,
    EXAMPLES,
    PHOTOGRAPHER,
    Kindly,
    eml,
    incoming,
    profile_file,
    triaged,
    triaged_one,
)

NOV_16 = "Mon, 16 Nov 2026 09:00:00 -0800"


# -- 1. a request to vouch for the sender -----------------------------------------------------------------------


def test_a_strangers_request_to_be_their_reference_is_declined_honestly_and_points_to_someone_who_knows_them(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = eml(
        tmp_path / "reference.eml",
        "Hi Dana,\n\nI'm applying for a finance manager role at Brightline Architects and they've asked for two "
        "professional references. I've followed your posts on LinkedIn for a while and admire your work with "
        "studios. Could you be a reference for my application? The deadline is December 18.\n\n"
        "Thanks so much,\nJordan Blake\n",
        sender="Jordan Blake <jordan.blake@gmail.com>",
        subject="Reference request",
        date=NOV_16,
    )

    record = triaged_one(kindly, mail)

    # not a recruiter's approach turned down with "I'm not looking for a new role"
    assert (record["decision"], record["reason_code"]) == ("decline", "reference")
    assert record["reason"].startswith(
        "A request to be their reference from someone you have not worked with"
    )
    draft = record["draft"]
    assert "new role" not in draft
    assert "I only give references for people whose work I know first-hand" in draft
    assert "as we haven't worked together" in draft
    assert "someone who knows your work first-hand" in draft
    assert "Wishing you all the best with your application." in draft


def test_a_former_clients_request_for_a_reference_is_said_yes_to_asking_only_for_what_it_needs(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = eml(
        tmp_path / "reference.eml",
        "Hi Dana,\n\nHope you're well! I worked with you on the Ember & Oak books back in 2024 when I was their "
        "studio manager. I'm now applying for an operations director role at Northgate Design and they've asked "
        "for a referee who knows my work with finances. Would you be willing to be a reference for me?\n\n"
        "Best,\nTom\n",
        sender="Tom Becker <tom.becker@gmail.com>",
        subject="Would you be a reference for me?",
        date=NOV_16,
    )

    record = triaged_one(kindly, mail)

    assert (record["decision"], record["reason_code"]) == ("accept", "reference")
    assert 'they say you worked together: "worked with you"' in record["reason"]
    draft = record["draft"]
    assert "I'd be glad to be a reference for you." in draft
    # the role is named, so it is not asked for; the day and the CV are
    assert "the role you're applying for" not in draft
    assert "when it's needed by" in draft
    assert "your CV" in draft
    assert "new role" not in draft


def test_a_linkedin_recommendation_from_a_client_is_a_yes_not_a_call_about_work(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = eml(
        tmp_path / "recommendation.eml",
        "Hi Dana,\n\nIt was great working with you on our studio's cash-flow forecast last year. Would you write "
        "me a recommendation on LinkedIn? I'm starting to look for new clients and it would mean a lot.\n\n"
        "Thanks,\nPriyanka\n",
        sender="Priyanka Shah <priyanka@shahstudio.example>",
        subject="LinkedIn recommendation",
        date=NOV_16,
    )

    record = triaged_one(kindly, mail)

    # a client enquiry answered with times for a call, before
    assert (record["decision"], record["reason_code"]) == ("accept", "reference")
    assert record["reason"].startswith("A request for a recommendation on LinkedIn")
    assert "I'd be glad to write you a recommendation on LinkedIn." in record["draft"]
    assert "what you'd most like me to mention" in record["draft"]
    assert "Would Wednesday" not in record["draft"]


def test_a_linkedin_connection_who_asks_for_a_reference_is_known_without_saying_so(
    kindly: Kindly, tmp_path: Path
) -> None:
    kindly("triage", str(EXAMPLES / "linkedin" / "Connections.csv"), "--profile", str(EXAMPLE_PROFILE_FILE))
    mail = eml(
        tmp_path / "referee.eml",
        "Hi Dana,\n\nI'm putting together my application for the CFO post at Juniper Housing, due Friday "
        "December 11. May I list you as one of my referees?\n\nThank you,\nGwen\n",
        sender="Gwen Tanaka <gwen@fracfinpdx.example.org>",
        subject="Referee?",
        date=NOV_16,
    )

    record = triaged_one(kindly, mail)

    assert (record["decision"], record["reason_code"]) == ("accept", "reference")
    assert "a contact" in record["reason"]
    assert "I've noted that it's needed by Friday December 11." in record["draft"]
    assert "when it's needed by" not in record["draft"]


def test_a_photographers_stranger_asking_for_a_letter_of_recommendation_gets_the_same_honest_no(
    kindly: Kindly, tmp_path: Path
) -> None:
    profile = profile_file(PHOTOGRAPHER, tmp_path)
    mail = eml(
        tmp_path / "letter.eml",
        "Dear Ms Lindqvist,\n\nI'm a photography student applying to the MFA programme at Cornish College. I "
        "would be very grateful if you could write me a letter of recommendation - your wedding work has "
        "inspired me for years.\n\nKind regards,\nAlex Moreno\n",
        sender="Alex Moreno <alex.moreno@outlook.com>",
        subject="Letter of recommendation",
        to="maya@lindqvistphoto.com",
        date=NOV_16,
    )

    record = triaged_one(kindly, mail, profile=profile)

    assert (record["decision"], record["reason_code"]) == ("decline", "reference")
    assert record["reason"].startswith("A request for a letter of recommendation")
    assert "I only write letters of recommendation for people whose work I know first-hand" in record["draft"]


def test_what_only_sounds_like_a_reference_is_read_as_before(kindly: Kindly, tmp_path: Path) -> None:
    # an employer checking a candidate's references, a seller's "reference customer", a provider recommended
    check = eml(
        tmp_path / "check.eml",
        "Dear Dana,\n\nJordan Blake has listed you as a referee for a finance manager role at Brightline "
        "Architects. Could you complete our short reference form by Friday?\n\nBest regards,\nSue Park, HR\n",
        sender="Sue Park <sue.park@brightline.example>",
        subject="Reference for Jordan Blake",
        date=NOV_16,
    )
    customer = eml(
        tmp_path / "customer.eml",
        "Hi Dana,\n\nThanks for choosing LedgerLoop this year! Would you be open to being a reference customer "
        "for our platform? It takes one 20-minute call a quarter.\n\nCheers,\nMo, Customer Success\n",
        sender="Mo Rahman <mo@ledgerloop.example>",
        subject="Reference customer programme",
        date=NOV_16,
    )
    provider = eml(
        tmp_path / "provider.eml",
        "Hi Dana,\n\nCould you give me a recommendation for a good web designer? Our studio site is ancient.\n\n"
        "Thanks,\nLiv\n",
        sender="Liv Ahlberg <liv@ahlbergstudio.example>",
        subject="Web designer?",
        date=NOV_16,
    )

    records = triaged(kindly, check, customer, provider)

    assert all(r["reason_code"] != "reference" for r in records)
    assert records[2]["decision"] == "refer"  # Dana's own web designer, as before


# -- 2. a pass-on offer asks only for what the mail did not give --------------------------------------------------

WEB_PITCH = (
    "Hi Dana,\n\nI run a small web design studio in Portland. We build fast, simple websites for accountants and "
    "finance firms - most launch within three weeks. Would you be open to a quick call to see if a refresh could "
    "bring you more enquiries?\n\nBest,\n{signature}\n"
)
SIGNED_WITH_DETAILS = (
    "Kira Holt\nFounder, Brightpixel Web\n(503) 555-0142\n1220 SE Hawthorne Blvd, Portland, OR 97214\n"
    "brightpixel.example"
)


def test_a_declined_pitch_whose_signature_gives_a_phone_and_a_website_is_asked_only_for_an_overview(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = eml(
        tmp_path / "pitch.eml",
        WEB_PITCH.format(signature=SIGNED_WITH_DETAILS),
        sender="Kira Holt <kira@brightpixel.example>",
        subject="A faster website for Reyes Finance?",
        date=NOV_16,
    )

    record = triaged_one(kindly, mail)

    assert (record["decision"], record["reason_code"]) == ("decline", "has_provider")
    draft = record["draft"]
    assert "send me your contact details" not in draft
    assert "I've noted your contact details" in draft
    assert "a short overview of what you offer and who it suits" in draft
    assert "when someone asks me about web design" in draft


def test_a_declined_pitch_signed_with_a_name_alone_is_still_asked_for_its_contact_details(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = eml(
        tmp_path / "pitch.eml",
        WEB_PITCH.format(signature="Kira"),
        sender="Kira Holt <kira@brightpixel.example>",
        subject="A faster website for Reyes Finance?",
        date=NOV_16,
    )

    draft = triaged_one(kindly, mail)["draft"]

    assert "If you send me your contact details and a short overview of what you offer" in draft
    assert "noted" not in draft


def test_the_overview_sent_after_that_offer_goes_into_the_directory_with_the_address_it_came_from(
    kindly: Kindly, tmp_path: Path
) -> None:
    first = eml(
        tmp_path / "pitch.eml",
        WEB_PITCH.format(signature=SIGNED_WITH_DETAILS),
        sender="Kira Holt <kira@brightpixel.example>",
        subject="A faster website for Reyes Finance?",
        date=NOV_16,
        message_id="pitch@brightpixel.example",
    )
    overview = eml(
        tmp_path / "overview.eml",
        "Thanks Dana! Brightpixel builds simple, fast websites for accountants, bookkeepers and other small "
        "professional firms, from a one-page site to a full rebuild with online booking.\n",
        sender="Kira Holt <kira@brightpixel.example>",
        subject="Re: A faster website for Reyes Finance?",
        date="Tue, 17 Nov 2026 09:00:00 -0800",
        message_id="overview@brightpixel.example",
        in_reply_to="pitch@brightpixel.example",
        references=("pitch@brightpixel.example",),
    )

    triaged_one(kindly, first)
    record = triaged_one(kindly, overview)

    assert record["reason_code"] == "directory_added"
    [entry] = json.loads(kindly("directory", "list", "--json").stdout)
    assert entry["category"] == "web design"
    assert "kira@brightpixel.example" in entry["contact"]


# -- 3. the user's own organisation ---------------------------------------------------------------------------

# A middle-school science teacher who reads her mail at a personal address; her district writes from two domains.
TEACHER = """
[user]
name = "Ana Rivera"
email = "ana.rivera.teach@gmail.com"
signature = "Ana"
tone = "warm"
date_style = "us"
weekly_networking_hours = 3
{own_domains}

[[goals]]
kind = "find_community"
description = "Other middle-school science teachers who share lab ideas"
targets = ["science teachers", "middle school science", "lab ideas"]
priority = 1

[[goals]]
kind = "build_credibility"
description = "Run workshops on hands-on science for teachers"
targets = ["science teachers", "teacher workshops", "hands-on science"]
priority = 2
"""
DISTRICT = 'own_domains = ["lincolnusd.org", "@lincolnschools.org"]'


def _teacher(tmp_path: Path, own_domains: str, name: str) -> Path:
    return profile_file(TEACHER.format(own_domains=own_domains), tmp_path, name)


def test_a_colleagues_coffee_at_a_district_domain_the_profile_lists_is_internal(
    kindly: Kindly, tmp_path: Path
) -> None:
    coffee = eml(
        tmp_path / "coffee.eml",
        "Hi Ana,\n\nI'm the new science lead at Roosevelt Middle. Could we grab a coffee next week so I can hear "
        "how you run your lab rotations? I'd love to share what we do with the eighth graders too.\n\n"
        "Thanks,\nTom Park\nScience Lead, Roosevelt Middle School\n",
        sender="Tom Park <tpark@lincolnusd.org>",
        subject="Coffee and lab ideas?",
        to="ana.rivera.teach@gmail.com",
        date=NOV_16,
    )

    outsider = triaged_one(kindly, coffee, profile=_teacher(tmp_path, "", "plain.toml"))
    colleague = triaged_one(kindly, coffee, profile=_teacher(tmp_path, DISTRICT, "district.toml"))

    # without the key, a stranger's invitation to weigh; with it, a colleague's note left to her
    assert outsider["reason_code"] not in ("internal", "internal_event")
    assert (colleague["decision"], colleague["reason_code"]) == ("ignore", "internal")
    assert (
        colleague["reason"] == "From a colleague at lincolnusd.org: yours to answer, not outside networking."
    )
    assert colleague["draft"] is None


def test_an_all_staff_announcement_from_a_schools_subdomain_is_an_internal_event(
    kindly: Kindly, tmp_path: Path
) -> None:
    announcement = eml(
        tmp_path / "pd.eml",
        "Dear colleagues,\n\nYou're invited to our district professional development day on Friday, December "
        "11 at Lincoln High, with sessions on hands-on science and literacy across subjects. Please RSVP by "
        "December 4.\n\nOffice of Teaching and Learning\n",
        sender="Teaching and Learning <learning@hs.lincolnschools.org>",
        subject="District PD day - December 11",
        to="ana.rivera.teach@gmail.com",
        date=NOV_16,
    )

    record = triaged_one(kindly, announcement, profile=_teacher(tmp_path, DISTRICT, "district.toml"))

    assert (record["decision"], record["reason_code"]) == ("ignore", "internal_event")


def test_a_domain_that_only_ends_like_the_districts_is_still_outside(kindly: Kindly, tmp_path: Path) -> None:
    pitch = eml(
        tmp_path / "pitch.eml",
        "Hi Ana,\n\nWe run hands-on science workshops for middle-school teachers and would love to have you at our "
        "next one on Saturday, January 9 in Portland. Would you join us?\n\nBest,\nJo Diaz\n",
        sender="Jo Diaz <jo@notlincolnusd.org>",
        subject="Hands-on science workshop",
        to="ana.rivera.teach@gmail.com",
        date=NOV_16,
    )

    record = triaged_one(kindly, pitch, profile=_teacher(tmp_path, DISTRICT, "district.toml"))

    assert record["reason_code"] not in ("internal", "internal_event")


def test_an_own_domain_that_is_webmail_or_an_address_is_refused_with_a_clear_error(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = eml(tmp_path / "m.eml", "Hi Ana, quick question.", sender="x@y.example", subject="Hi", date=NOV_16)

    webmail = kindly(
        "triage", str(mail), "--profile", str(_teacher(tmp_path, 'own_domains = ["gmail.com"]', "a.toml"))
    )
    address = kindly(
        "triage",
        str(mail),
        "--profile",
        str(_teacher(tmp_path, 'own_domains = ["tom@lincolnusd.org"]', "b.toml")),
    )

    assert webmail.exit_code == 2
    assert "own_domains" in webmail.output and "'gmail.com' is a webmail domain" in webmail.output
    assert address.exit_code == 2
    assert "'tom@lincolnusd.org' is an e-mail address: give its domain" in address.output


# -- 4. a peer working group for a find_community goal ----------------------------------------------------------


COLLABORATION = (
    "Hi Dana,\n\nI'm an independent bookkeeper for small video production companies. I'm putting together a "
    "research collaboration with two other bookkeepers who serve creative studios - we want to pool anonymised "
    "data on how studios handle late payments and write it up together. Would you be interested in joining us?"
    "\n\nThanks,\nSam\n"
)


def _community_fit(text: str) -> GoalFit:
    """The example profile's find_community goal's fit to `text` read as a partnership proposal."""
    fits = assess(incoming(text, from_name="Sam Hollis"), Intent.PARTNERSHIP_PROPOSAL, EXAMPLE_PROFILE).fits
    return next(fit for fit in fits if fit.kind == "find_community")


def test_a_peer_research_collaboration_serves_the_find_community_goal(kindly: Kindly, tmp_path: Path) -> None:
    mail = eml(
        tmp_path / "collaboration.eml",
        COLLABORATION,
        sender="Sam Hollis <sam@hollisbooks.example>",
        subject="Research collaboration on studio cash flow",
        date=NOV_16,
    )

    record = triaged_one(kindly, mail)

    # read as a partnership, it served only the credibility goal (fit 0.63); a group of peers is the community
    assert (record["intent"], record["decision"], record["goal"]) == (
        "partnership_proposal",
        "accept",
        "find_community",
    )
    assert record["reason"].startswith('Serves your find community goal "A peer group of independent CFOs')
    fit = _community_fit(COLLABORATION)
    assert fit.evidence[0].startswith(
        'a group of peers to join ("research collaboration"; "i\'m an independent bookkeeper'
    )
    assert "a partnership_proposal serves find_community directly (1.0)" in fit.evidence


def test_a_working_group_on_another_subject_or_one_sold_gains_nothing() -> None:
    elsewhere = _community_fit(
        "Hi Dana,\n\nA few of us neighbours have set up a working group on protected bike lanes along Division "
        "Street. Would you consider joining us?\n\nBest,\nCarla\n"
    )
    sold = _community_fit(
        "Hi Dana,\n\nOur mastermind group for independent CFOs and bookkeepers who serve creative businesses "
        "opens in January: six peers, a coach, and monthly hot seats. Membership is $299 per month. Would you "
        "like to join?\n\nBest,\nGrant Ellis\n"
    )
    partnership = _community_fit(
        "Hi Dana,\n\nI'm an independent bookkeeper too. Would you like to co-host a webinar on cash flow for "
        "creative studios with me next spring?\n\nSam\n"
    )

    assert elsewhere.score < 0.3  # nothing of the goal's people or subject: still no fit worth a reply
    assert not any("a group of peers" in note for note in sold.evidence)  # a group sold is a pitch
    assert not any("a group of peers" in note for note in partnership.evidence)
    assert "a partnership_proposal serves find_community not at all (0.0)" in partnership.evidence
