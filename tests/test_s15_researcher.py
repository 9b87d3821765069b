"""Fifteenth session, a researcher's mailbox: Dr Aisling Byrne, a postdoc in computational ecology at Edinburgh on
the academic job market, wants to meet the professor whose lab she would like to join and the funder's programme
officer, to find a mentor and a group of early-career modellers, and to speak at seminars and workshops."""

from __future__ import annotations

from pathlib import Path

from kindly.model import Intent
from support import Kindly, eml, incoming, profile_file, triaged

RESEARCHER = """
[user]
name = "Aisling Byrne"
email = "aisling.byrne@ed.ac.uk"
signature = "Aisling"
weekly_networking_hours = 2
holidays = "GB-SCT"
meeting_hours = ["Mon-Thu 09:30-17:00", "Fri 09:30-12:00"]
time_zone = "Europe/London"

[[goals]]
kind = "meet_person"
description = "Get to know Prof. Miriam Okafor, whose lab at the University of Bristol I would like to join"
targets = ["Prof. Miriam Okafor", "Okafor Lab"]
priority = 1

[[goals]]
kind = "find_mentor"
description = "A senior faculty member outside my lab to mentor me through the academic job market"
targets = ["senior faculty", "professor", "academic job market"]
priority = 2

[[goals]]
kind = "build_credibility"
description = "Give seminars and workshop talks on ecological modelling"
targets = ["departmental seminars", "seminar series", "workshops", "ecological modelling"]
priority = 2

[[never]]
what = "predatory journals or conferences"

[[never]]
what = "meetings or talks on Friday afternoons - I teach then"
"""


def researcher(folder: Path) -> Path:
    return profile_file(RESEARCHER, folder)


# -- the person to meet, at the university the goal names, is no namesake ---------------------------------------

OKAFOR = """From: Prof. Miriam Okafor <m.okafor{domain}>
Subject: Your BES talk - a chat about the lab?

Dear Aisling,

I very much enjoyed your talk on stage-structured seabird models at the BES annual meeting. We are about to start
a NERC-funded project on marine predator demography and I suspect there might be a good fit with a position we'll
be advertising in the new year.

Would you like to have a video call next week to talk about the project and the lab? I'm fairly free on Tuesday
or Wednesday afternoon.

Best wishes,
Miriam

Professor Miriam Okafor
School of Biological Sciences, {university}
"""


def test_the_professor_to_meet_writing_from_the_university_the_goal_names_is_herself(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = OKAFOR.format(domain="@bristol.ac.uk", university="University of Bristol")
    [record] = triaged(kindly, "-", profile=researcher(tmp_path), input=mail)
    assert record["decision"] == "accept", record["reason"]
    assert record["reason_code"] == "target_person", record["reason"]
    assert "Tuesday" in record["draft"] or "Wednesday" in record["draft"], record["draft"]


def test_a_namesake_at_another_university_is_still_doubted(kindly: Kindly, tmp_path: Path) -> None:
    # The same name from another university, which the message names: "University" is shared by every one, so it
    # does not make Leeds the goal's Bristol.
    mail = OKAFOR.format(domain="@leeds.ac.uk", university="University of Leeds")
    [record] = triaged(kindly, "-", profile=researcher(tmp_path), input=mail)
    assert record["reason_code"] != "target_person", record["reason"]


# -- a fee to release money promised to you is a scam, whoever is named -----------------------------------------

GRANT_SCAM = """From: International Science Research Foundation <isrf.grants@gmail.com>
Subject: Congratulations: Research Excellence Grant USD 50,000

Dear Researcher,

We are pleased to inform you that you have been selected to receive the International Science Research
Foundation Research Excellence Grant of USD 50,000. To release the funds, a one-time processing fee of USD 350
must be paid via Western Union within 48 hours.

Please reply with your full name, bank details and a copy of your passport.

Dr. Michael Harris
Grants Director
"""


def test_a_fee_to_release_a_grant_promised_to_you_is_a_scam_and_gets_no_reply(
    kindly: Kindly, tmp_path: Path
) -> None:
    [record] = triaged(kindly, "-", profile=researcher(tmp_path), input=GRANT_SCAM)
    assert record["decision"] == "ignore", record["reason"]
    assert record["reason_code"] == "scam", record["reason"]
    assert not record["draft"], record["draft"]


def test_the_advance_fee_reads_the_construction_not_the_grant() -> None:
    from kindly.decide.scams import scam_in

    for scam in [
        "To release the funds, a one-time processing fee of USD 350 must be paid via Western Union within 48 hours.",
        "A clearance tax of GBP 420 must be paid before we can transfer your prize money.",
        "Kindly note that the handling fee of $95 should be sent by MoneyGram to our agent.",
        "You need to pay a small transfer charge of EUR 200 to unlock your inheritance.",
    ]:
        found = scam_in(scam)
        assert found is not None and found.kind == "advance fee", scam
    # Near misses: money the user is paid, a fee the user charges, fees of honest events and journals.
    for honest in [
        "We'll release the payment within 30 days once we receive your invoice.",
        "To claim the travel grant, please send your receipts to the finance office by 15 January.",
        "There is a registration fee of GBP 50; bursaries are available to cover the fee for students.",
        "Could you let me know your fee for a 45-minute seminar?",
        "Accepted authors pay an article processing charge of USD 1,299 to publish open access.",
        "We will pay your speaker fee by bank transfer after the workshop.",
        "The grant is released in two instalments; no fee is charged.",
    ]:
        assert scam_in(honest) is None, honest


# -- the person an introduction brought in writes on their own: the meeting it set up ----------------------------

INTRODUCTION = """Hi Aisling and Erik,

I wanted to introduce you two. Aisling is a postdoc at Edinburgh working on population models for seabirds and is
on the academic job market this year. Erik is a professor of theoretical ecology at St Andrews and has mentored
many early-career researchers through faculty applications - he kindly said he'd be happy to talk.

Aisling, Erik suggested you get in touch to find a time for a coffee or a call in December.

Best,
Sarah
"""

HALVORSENS_INVITE = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//University of St Andrews//Outlook//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:halvorsen-byrne-2026-12@st-andrews.ac.uk
DTSTAMP:20261127T093000Z
DTSTART;TZID=Europe/London:20261211T150000
DTEND;TZID=Europe/London:20261211T160000
SUMMARY:Coffee and careers chat - Erik / Aisling
DESCRIPTION:Hi Aisling\\, following Sarah's introduction - shall we have a call about faculty applications? Teams
  link to follow. Erik
ORGANIZER;CN=Prof. Erik Halvorsen:mailto:{organiser}
ATTENDEE;CN=Aisling Byrne;RSVP=TRUE:mailto:aisling.byrne@ed.ac.uk
END:VEVENT
END:VCALENDAR
"""


def _introduction(folder: Path, cc: str) -> Path:
    return eml(
        folder / "intro.eml",
        INTRODUCTION,
        sender="Dr Sarah Lindqvist <s.lindqvist@abdn.ac.uk>",
        subject="Introduction: Aisling Byrne <> Prof. Erik Halvorsen",
        date="Thu, 26 Nov 2026 08:30:00 +0000",
        to="Aisling Byrne <aisling.byrne@ed.ac.uk>",
        cc=cc,
    )


def _invite(folder: Path, organiser: str) -> Path:
    path = folder / "invite.ics"
    path.write_text(HALVORSENS_INVITE.format(organiser=organiser).replace("\n", "\r\n"))
    return path


def test_the_mentor_an_accepted_introduction_brought_in_is_not_asked_what_his_invitation_is_about(
    kindly: Kindly, tmp_path: Path
) -> None:
    intro = _introduction(tmp_path, cc="Prof. Erik Halvorsen <eh42@st-andrews.ac.uk>")
    invite = _invite(tmp_path, "eh42@st-andrews.ac.uk")
    said_yes, record = triaged(kindly, intro, invite, profile=researcher(tmp_path))
    assert said_yes["decision"] == "accept", said_yes["reason"]
    assert record["decision"] == "accept", record["reason"]
    assert record["reason_code"] == "introduced", record["reason"]
    assert "Dr Sarah Lindqvist's introduction" in record["reason"], record["reason"]
    draft = record["draft"]
    assert "something specific" not in draft, draft
    # Friday at 15:00 is outside her Friday hours (she teaches): other times are proposed
    assert "Friday 11 December at 15:00 doesn't work for me" in draft, draft


def test_an_invitation_from_someone_the_introduction_did_not_bring_in_is_weighed_as_before(
    kindly: Kindly, tmp_path: Path
) -> None:
    # The introduction copied someone else: the organiser is a stranger, and his vague note is asked about.
    intro = _introduction(tmp_path, cc="Prof. Erik Halvorsen <erik.halvorsen@st-andrews.ac.uk>")
    invite = _invite(tmp_path, "k.moss@st-andrews.ac.uk")
    _, record = triaged(kindly, intro, invite, profile=researcher(tmp_path))
    assert record["reason_code"] != "introduced", record["reason"]
    # ...and with no introduction at all, the same.
    alone = Kindly(tmp_path / "other-home")
    [record] = triaged(alone, _invite(tmp_path, "eh42@st-andrews.ac.uk"), profile=researcher(tmp_path))
    assert record["reason_code"] != "introduced", record["reason"]


# -- a journal that sells publication is not asking you to review, and is no stage ------------------------------

PREDATORY_JOURNAL = """From: Editorial Office <editor@jeesr-journals.org>
Subject: Invitation to publish in Journal of Ecology and Environmental Sciences Research

Dear Esteemed Dr. Aisling Byrne,

Greetings of the day! We have gone through your excellent article on seabird population dynamics and were highly
impressed by your outstanding contribution to the field.

On behalf of the Editorial Board, we cordially invite you to submit your next manuscript to the Journal of Ecology
and Environmental Sciences Research (JEESR). We offer rapid peer review within 7 days and publication within 2
weeks. The article processing charge is only USD 1,299, and we are offering a 40% discount for esteemed authors
like you.

Kindly submit your manuscript at the earliest.

With warm regards,
Dr. Sophia Martin
Editorial Assistant, JEESR
"""


def test_a_journal_that_sells_publication_is_not_thanked_for_an_invitation_to_review(
    kindly: Kindly, tmp_path: Path
) -> None:
    [record] = triaged(kindly, "-", profile=researcher(tmp_path), input=PREDATORY_JOURNAL)
    assert record["decision"] == "decline", record["reason"]
    draft = record["draft"]
    assert "invitation to review" not in draft, draft
    assert "I don't pay to have my work published" in draft, draft
    assert "shows or stages" not in draft, draft


DOCUMENTARY = """From: Science Spotlight TV <production@sciencespotlight-tv.com>
Subject: Feature your research in our documentary series

Dear Dr Byrne,

Science Spotlight is a documentary series broadcast to millions of viewers worldwide on public television
networks. Our editorial team has selected your research on seabird populations to be featured in our upcoming
segment on Climate and Biodiversity.

The segment includes a professionally produced 5-minute film and an interview with you. A production fee of
GBP 2,950 applies to cover filming and distribution.

Please let us know a convenient time to discuss.

Jonathan Blake
Senior Producer, Science Spotlight
"""


def test_a_show_that_charges_its_guest_is_still_told_as_paying_to_appear(
    kindly: Kindly, tmp_path: Path
) -> None:
    [record] = triaged(kindly, "-", profile=researcher(tmp_path), input=DOCUMENTARY)
    assert record["reason_code"] == "pays_to_appear", record["reason"]
    assert "I don't pay to appear on shows or stages" in record["draft"], record["draft"]


def test_peer_review_is_an_ask_only_when_the_reader_is_to_do_it() -> None:
    from kindly.understand.extract import extract

    def stage(text: str) -> str:
        message = incoming(text, from_name="Editor", from_addr="editor@journal.example", subject="Invitation")
        return extract(message, Intent.SPEAKING_INVITATION).format

    for asked in [
        "Would you be willing to peer review a manuscript for Ecology Letters?",
        "We'd be grateful if you could peer-review this paper by 15 January.",
        "Could you act as a peer reviewer for our special issue?",
        "You are invited to review the manuscript entitled 'Kittiwake survival'.",
    ]:
        assert stage(asked) == "review", asked
    for process in [
        "We offer rapid peer review within 7 days and publication within 2 weeks.",
        "All submissions are subject to peer review; accepted papers appear in peer-reviewed proceedings.",
    ]:
        assert stage(process) != "review", process


# -- asked to help organise a workshop, not to teach at it -----------------------------------------------------

CO_ORGANISE = """From: Dr Priya Natarajan <p.natarajan@leeds.ac.uk>
Subject: Co-organise the BES QE SIG workshop on ecological forecasting?

Hi Aisling,

I'm putting together a two-day workshop on ecological forecasting for the BES Quantitative Ecology Special
Interest Group, planned for 24-25 March 2027 in York, aimed at early-career researchers in ecological modelling.
I'm looking for two co-organisers and immediately thought of you - your population models would make a great
hands-on session.

It would mean a few online planning calls between now and March (an hour or so a month), helping choose speakers,
and running one session. Would you be interested? Happy to chat on a call to talk it through.

Best,
Priya
"""


def test_an_invitation_to_co_organise_a_workshop_is_said_yes_to_as_organising_it(
    kindly: Kindly, tmp_path: Path
) -> None:
    [record] = triaged(kindly, "-", profile=researcher(tmp_path), input=CO_ORGANISE)
    assert record["decision"] == "accept", record["reason"]
    draft = record["draft"]
    assert "I'd be glad to help organise it" in draft, draft
    assert "teach" not in draft, draft
    # the days and the place were given; a call was offered to plan it
    assert "send me the details" not in draft and "talk it through" in draft, draft


def test_only_an_ask_of_the_reader_to_organise_is_one() -> None:
    from kindly.understand.extract import extract

    def stage(subject: str, text: str) -> str:
        message = incoming(text, from_name="Priya", from_addr="p@uni.example", subject=subject)
        return extract(message, Intent.SPEAKING_INVITATION).format

    for asked in [
        ("Workshop", "Would you co-organise the workshop with me?"),
        ("An idea for March", "I'd love you to be one of the co-organisers of our workshop in York."),
        ("Session", "Would you be willing to co-chair the session on forecasting?"),
    ]:
        assert stage(*asked) == "organise", asked
    # the sender organises; the reader is asked to speak or teach
    for other in [
        ("Workshop", "I'm co-organising a workshop in York and would love you to give a talk."),
        ("Workshop", "The workshop is organised by the BES; would you lead a workshop on population models?"),
    ]:
        assert stage(*other) != "organise", other


# -- gift cards to buy, the codes asked in a sentence of their own ----------------------------------------------

HEAD_OF_SCHOOL = """From: Prof. Alan Reid <alan.reid.dean@gmail.com>
Subject: Quick favour

Aisling,

Are you on campus? I need a quick favour. I'm in a meeting and can't talk. Can you purchase four GBP 100 Amazon
gift cards for a staff recognition event? I'll reimburse you later today. Send me the codes by email.

Alan Reid
Head of School
"""


def test_gift_cards_to_buy_with_the_codes_asked_apart_are_a_scam(kindly: Kindly, tmp_path: Path) -> None:
    [record] = triaged(kindly, "-", profile=researcher(tmp_path), input=HEAD_OF_SCHOOL)
    assert record["decision"] == "ignore", record["reason"]
    assert record["reason_code"] == "scam", record["reason"]


def test_gift_cards_bought_without_codes_asked_are_no_scam() -> None:
    from kindly.decide.rules import money_asked

    assert money_asked("Can you buy two Amazon gift cards for me? Then send me the codes.")
    for honest in [
        # a raffle prize, a thank-you, the user's own shop: no codes to be sent on
        "Could you pick up two gift cards for the raffle? We'll announce the winners on Friday.",
        "We'd like to buy 20 of your gift cards for our staff. Send me the invoice and the codes when ready.",
        "As a thank you, we'll send you a GBP 50 gift card. Please send me your postal address.",
    ]:
        assert money_asked(honest) is None, honest


# -- the programme officer offers his office hours: no "request for advice" to thank him for ---------------------

OFFICE_HOURS = """From: Dr Tom Haldane <tom.haldane@nerc.ukri.org>
Subject: NERC early-career office hours - December

Dear Aisling,

Thank you for your question at the NERC town hall in Edinburgh about the new early-career fellowship scheme. As
promised, I'm holding 20-minute one-to-one office hours for early-career researchers thinking of applying in the
next round.

Would you like a slot? I have Thursday 10 December at 10:30 or Monday 14 December at 15:00 free.

Best regards,
Tom

Dr Tom Haldane
Senior Programme Officer, Ecology and Environmental Modelling
Natural Environment Research Council (NERC), UKRI
"""

HALDANE_GOAL = """
[[goals]]
kind = "meet_person"
description = "Meet Dr Tom Haldane, the NERC programme officer for ecology and environmental modelling"
targets = ["Dr Tom Haldane", "NERC"]
priority = 2
"""


def test_an_offer_of_office_hours_is_thanked_as_an_offer_not_a_request_for_advice(
    kindly: Kindly, tmp_path: Path
) -> None:
    profile = profile_file(RESEARCHER + HALDANE_GOAL, tmp_path)
    [record] = triaged(kindly, "-", profile=profile, input=OFFICE_HOURS)
    assert record["decision"] == "accept", record["reason"]
    draft = record["draft"]
    assert "request for advice" not in draft, draft
    assert "Thursday 10 December at 10:30" in draft, draft


def test_an_offer_is_told_from_a_request_for_the_readers_advice() -> None:
    from kindly.reply.compose import offers_their_time

    for offer in [
        "I'm holding 20-minute one-to-one office hours for early-career researchers. Would you like a slot?",
        "I went through it two years ago - I'd be happy to share what I learned over a coffee.",
        "I can offer you a 30-minute session on the application next week.",
    ]:
        assert offers_their_time(offer), offer
    for request in [
        "Would you like to grab a coffee? I'd love to pick your brain about the fellowship.",
        "I'm a first-year PhD student and would be so grateful for your advice on my first paper.",
        "Would you like a slot on our panel? We'd value your perspective.",
    ]:
        assert not offers_their_time(request), request


def test_the_yes_to_the_introducer_with_other_times_is_withdrawn_when_the_person_introduced_writes(
    kindly: Kindly, tmp_path: Path
) -> None:
    # Sarah's introduction got a yes proposing times to Erik; Erik's own invitation is answered instead, so he is
    # not offered two sets of times.
    intro = _introduction(tmp_path, cc="Prof. Erik Halvorsen <eh42@st-andrews.ac.uk>")
    invite = _invite(tmp_path, "eh42@st-andrews.ac.uk")
    triaged(kindly, intro, invite, profile=researcher(tmp_path))
    shown = kindly("show", "1", "--profile", str(researcher(tmp_path))).stdout
    assert "draft withdrawn: the person introduced answered on their own (#2)" in shown, shown
    answered = kindly("show", "2", "--profile", str(researcher(tmp_path))).stdout
    assert "thank the introducer yourself" in " ".join(answered.split()), answered


# -- a reference manager is software the user uses, said with its article ----------------------------------------

PAPERPILE = """From: Paperpile Team <hello@paperpile-labs.com>
Subject: Switch your lab's reference manager in 10 minutes

Hi Aisling,

Still juggling citations by hand? Our reference manager imports your whole library from Zotero or Mendeley in
one click and works right inside Google Docs.

I'd love to set up a short call to show you how labs like yours save hours every week. Does Thursday at 11:00
suit?

Thanks,
Lucy at Paperpile
"""


def test_a_pitch_for_a_reference_manager_is_declined_as_software_already_used(
    kindly: Kindly, tmp_path: Path
) -> None:
    zotero = '\n[[providers]]\ncategory = "reference manager"\nname = "Zotero"\n'
    profile = profile_file(RESEARCHER + zotero, tmp_path)
    [record] = triaged(kindly, "-", profile=profile, input=PAPERPILE)
    assert record["reason_code"] == "has_provider", record["reason"]
    draft = record["draft"]
    assert "I already use a reference manager I'm very happy with" in draft, draft
    assert "For reference manager" not in draft, draft


def test_a_manager_who_is_a_person_is_still_worked_with() -> None:
    from kindly.reply.decline_reason import with_article
    from kindly.reply.provider_words import already_have

    said = already_have("property manager", "Dana Lee", with_article("property manager"))
    assert said.startswith("For a property manager, I already work with someone"), said


# -- a seminar she wants, declined only for its day, asks for another -------------------------------------------

FRIDAY_SEMINAR = """From: Prof. David Kerr <d.kerr@stir.ac.uk>
Subject: Biological & Environmental Sciences seminar - Friday 15 January?

Hi Aisling,

We're putting together our seminar programme for next semester and your name came up - would you be willing to
give a seminar on your ecological modelling work? Our usual slot is Friday afternoons at 14:00, and Friday 15
January 2027 is free. It's a friendly audience of about 40, mostly PhD students and postdocs.

All the best,
David
"""


def test_a_seminar_that_serves_a_goal_declined_only_for_its_day_offers_another_day(
    kindly: Kindly, tmp_path: Path
) -> None:
    [record] = triaged(kindly, "-", profile=researcher(tmp_path), input=FRIDAY_SEMINAR)
    assert record["reason_code"] == "never_do", record["reason"]
    draft = record["draft"]
    assert "Friday afternoons" in draft and "another day" in draft, draft


def test_a_talk_declined_for_its_day_that_serves_no_goal_is_offered_no_other_day(
    kindly: Kindly, tmp_path: Path
) -> None:
    # Without a goal of speaking, the seminar is declined by the rule, and no other day is invited.
    without_talks = (
        RESEARCHER.replace('kind = "build_credibility"', 'kind = "custom"')
        .replace("Give seminars and workshop talks on ecological modelling", "Publish a methods paper")
        .replace(
            '["departmental seminars", "seminar series", "workshops", "ecological modelling"]',
            '["R packages"]',
        )
    )
    [record] = triaged(kindly, "-", profile=profile_file(without_talks, tmp_path), input=FRIDAY_SEMINAR)
    assert record["decision"] == "decline", record["reason"]
    assert "another day" not in record["draft"], record["draft"]
