"""The persona helpers' leftovers of session 22, each as its user met it: a phishing mail that asks a login under a
threat is a scam, not mail to ignore in silence; a former colleague's coffee is networking; a day only mentioned is
no day to meet; "join us on the 10th" is asked the occasion; a bare connection request gets no reply; a yes names
the coffee asked; a job seeker's yes to a screen is in her search's register; a club is greeted as no person; a
never-rule is told back as English; "no pitch fee" is an unpaid pitch."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kindly.decide.rule_parts import you_never_do
from kindly.decide.rules import words_needed_beside_ideas
from kindly.decide.scams import login_threat_cue
from kindly.model import Decision, Intent, Understanding, Verdict
from kindly.reply.compose import compose
from kindly.reply.greeting import first_name
from kindly.reply.interviews import interview_offered
from kindly.understand.extract import extract
from personas import agency_profile, council_member_profile, job_seeker_profile, to_renee, to_seeker, to_tom
from support import Kindly, incoming, profile_file, triaged_one, written_profile


def _to_renee(kindly: Kindly, tmp_path: Path, body: str, *, sender: str, subject: str) -> dict[str, Any]:
    """The triage record of a mail to Renée Okafor, the council member, against her profile."""
    mail = to_renee(tmp_path / "mail.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(council_member_profile(), tmp_path))


def _to_tom(kindly: Kindly, tmp_path: Path, body: str, *, sender: str, subject: str) -> dict[str, Any]:
    """The triage record of a mail to Tom Ashworth, the agency founder, against his profile."""
    mail = to_tom(tmp_path / "mail.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(agency_profile(), tmp_path))


def _to_seeker(kindly: Kindly, tmp_path: Path, body: str, *, sender: str, subject: str) -> dict[str, Any]:
    """The triage record of a mail to Priya Raman, the job seeker, against her profile."""
    mail = to_seeker(tmp_path / "mail.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(job_seeker_profile(), tmp_path))


# -- 1. a login asked at a link, under a threat, from a look-alike domain or webmail: a scam -----------------------

PORTAL_PHISH = (
    "Dear Councilmember,\n\nYour campaign donation portal will be suspended within 24 hours unless you confirm "
    "your account. Log in here to verify your details: https://tucson-giving-portal.example.net/login\n\n"
    "Failure to confirm will result in donations being held.\n\nPortal Support Team\n"
)


def test_a_donation_portal_phish_is_flagged_as_a_scam(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_renee(
        kindly,
        tmp_path,
        PORTAL_PHISH,
        sender="Tucson Giving Portal <no-reply@tucson-giving-portal.example.net>",
        subject="Action required: confirm your donation portal",
    )
    assert (record["decision"], record["reason_code"]) == ("ignore", "scam"), record["reason"]
    assert "Log in here" in record["reason"]


@pytest.mark.parametrize(
    ("sender", "text"),
    [
        (  # webmail, the link elsewhere
            "ActBlue Support <actblue.support.team@gmail.com>",
            "Your donations will be paused today. Sign in below to confirm your payout account: "
            "http://secure-payouts.example.com/signin",
        ),
        (  # the link wears the name the sender gives
            "Donorbox <alerts@mailer.example.com>",
            "To avoid suspension of your fundraising page, verify your account details at the link "
            "https://donorbox-verify.example.com/account",
        ),
    ],
)
def test_a_login_asked_under_a_threat_from_an_impostor_is_a_scam(sender: str, text: str) -> None:
    assert login_threat_cue(sender, sender.split("<")[1].rstrip(">"), text)


@pytest.mark.parametrize(
    ("sender", "text"),
    [
        (  # the body's own notice, from its own domain
            "ActBlue <notifications@actblue.com>",
            "Your account will be restricted unless you verify your identity. Log in here: "
            "https://secure.actblue.com/login",
        ),
        (  # a volunteer on webmail asks a yes at a link; nothing threatened
            "Dana Ruiz <dana.ruiz.tucson@gmail.com>",
            "Could you confirm your details here so we can add you to the canvass? https://forms.example.com/x",
        ),
        (  # an event's registration closes: no account threatened
            "Linda Farrow <linda.farrow@gmail.com>",
            "Registration will be closed on Friday. Please confirm your place here: https://forms.example.com/x",
        ),
    ],
)
def test_a_link_to_confirm_without_a_threat_or_from_the_bodys_own_domain_is_no_scam(
    sender: str, text: str
) -> None:
    assert login_threat_cue(sender, sender.split("<")[1].rstrip(">"), text) is None


# -- 2. a former colleague's catch-up over coffee is networking, not a friend's plans -----------------------------


@pytest.mark.parametrize(
    "opening",
    [
        "Been ages! We worked together at Bright Digital - would love to catch up over coffee next week.",
        "Long time no see! We were colleagues at Bright Digital; would love to catch up over coffee next week.",
    ],
)
def test_a_former_colleagues_coffee_is_weighed_as_networking(
    kindly: Kindly, tmp_path: Path, opening: str
) -> None:
    record = _to_tom(
        kindly,
        tmp_path,
        f"Hi Tom,\n\n{opening}\n\nSam\n",
        sender="Sam Greer <sam.greer@gmail.com>",
        subject="Coffee?",
    )
    assert record["reason_code"] != "personal", record["reason"]
    assert record["decision"] in ("accept", "ask_details", "decline"), record["reason"]


@pytest.mark.parametrize(
    "body",
    [
        "Been ages! Would love to catch up over coffee next week.",  # a friend, no work together
        "We worked together at Bright Digital - come to my birthday drinks on Friday at our place!",  # their party
    ],
)
def test_a_friends_catch_up_or_a_colleagues_party_stays_personal(
    kindly: Kindly, tmp_path: Path, body: str
) -> None:
    record = _to_tom(
        kindly,
        tmp_path,
        f"Hi Tom,\n\n{body}\n\nSam\n",
        sender="Sam Greer <sam.greer@gmail.com>",
        subject="Hey",
    )
    assert record["reason_code"] == "personal", record["reason"]


# -- 3. a day only mentioned is not the day to meet: only a day the ask proposes ------------------------------------

BOARD_MEETING_COFFEE = (
    "Hi Renée,\n\nSince Tuesday's board meeting I have been thinking about the Grant Road corridor and what it "
    "means for the merchants association in District 4. Could we grab coffee to talk it through?\n\n"
    "Ana Ruiz\nPresident, Barrio Merchants Association\n"
)


def test_a_coffee_after_a_board_meeting_is_not_set_on_the_meetings_day(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_renee(
        kindly,
        tmp_path,
        BOARD_MEETING_COFFEE,
        sender="Ana Ruiz <ana@barrio-merchants.example.org>",
        subject="Coffee?",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "Tuesday" not in record["draft"]


@pytest.mark.parametrize(
    "said",
    [
        "Since Tuesday's board meeting I've been thinking about the corridor. Could we grab coffee?",
        "Thanks for coming to our Friday show. Could we grab coffee to talk it through?",
        "Our gala was on the 3rd and it was lovely to see you. Would love to grab coffee soon.",
    ],
)
def test_a_day_only_mentioned_is_no_day_to_meet(said: str) -> None:
    assert extract(incoming(said, subject="Coffee"), Intent.COFFEE_CHAT).when == ""


@pytest.mark.parametrize(
    ("said", "when"),
    [
        ("Would you come to our Friday show? Doors at 7.", "Friday"),  # the thing the ask proposes
        (
            "We record remotely. We're looking at the week of January 4. Episodes go out every Wednesday.",
            "the week of January 4",
        ),
    ],
)
def test_a_day_the_ask_proposes_is_still_the_day(said: str, when: str) -> None:
    assert extract(incoming(said, subject="Hello"), Intent.COFFEE_CHAT).when.startswith(when)


# -- 4. asked to come along with no occasion named: the question asks the occasion, not a topic --------------------


def test_a_bare_join_us_on_the_10th_is_asked_the_occasion(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_seeker(
        kindly,
        tmp_path,
        "Hi Priya,\n\nWould you join us on the 10th? It would be lovely to have you there.\n\nAna\n",
        sender="Ana Ruiz <ana.ruiz@gmail.com>",
        subject="The 10th",
    )
    assert record["decision"] == "ask_details", record["reason"]
    assert "occasion" in record["draft"]
    assert "discuss" not in record["draft"]


def test_a_coffee_with_no_purpose_is_still_asked_what_to_discuss(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: a meeting's form is named (coffee), so what is missing is what it is about
    record = _to_tom(
        kindly,
        tmp_path,
        "Hi Tom,\n\nWould love to grab coffee on the 10th if you are free.\n\nSam\n",
        sender="Sam Greer <sam.greer@gmail.com>",
        subject="Coffee?",
    )
    assert record["decision"] == "ask_details", record["reason"]
    assert "occasion" not in record["draft"]


# -- 5. a bare connection request gets no reply asking what it is for ---------------------------------------------


def test_a_bare_connection_request_is_left_to_accept_with_no_reply(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_tom(
        kindly,
        tmp_path,
        "Hi Tom, I would love to connect!\n\nJordan\n",
        sender="Jordan Lee <jordan.lee@gmail.com>",
        subject="Connecting",
    )
    assert (record["decision"], record["reason_code"]) == ("ignore", "connection_request"), record["reason"]
    assert record["draft"] is None
    assert "accept it" in record["reason"]


def test_a_connection_request_from_someone_a_goal_names_is_answered(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: the hiring manager she wants to meet
    record = _to_seeker(
        kindly,
        tmp_path,
        "Hi Priya, I would love to connect!\n\nDaniel\n",
        sender="Daniel Okafor <daniel.okafor@lumorahealth.example.com>",
        subject="Connecting",
    )
    assert record["decision"] == "accept", record["reason"]


def test_a_connection_request_that_says_who_they_are_is_asked_what_they_have_in_mind(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: a founder who says what they run may be a client
    record = _to_tom(
        kindly,
        tmp_path,
        "Hi Tom, I run a 12-person SaaS scale-up in Leeds and heard you speak at Brand Week last spring. "
        "Would be great to connect.\n\nNoor\n",
        sender="Noor Haddad <noor@tallyloop.example.com>",
        subject="Connecting",
    )
    assert record["reason_code"] != "connection_request", record["reason"]
    assert record["draft"]


# -- 6. an e-mail yes to a coffee (a lunch) says coffee (lunch), not only "talk" ------------------------------------

MERCHANTS = (
    "Hi Renée,\n\nI have been thinking about the Grant Road corridor and what it means for the merchants "
    "association in District 4. Could we {asked} to talk it through?\n\nAna Ruiz\nPresident, Barrio Merchants "
    "Association\n"
)


@pytest.mark.parametrize(
    ("asked", "named"), [("grab coffee", "for a coffee"), ("meet for lunch", "for lunch")]
)
def test_an_email_yes_names_the_coffee_or_lunch_asked(
    kindly: Kindly, tmp_path: Path, asked: str, named: str
) -> None:
    record = _to_renee(
        kindly,
        tmp_path,
        MERCHANTS.format(asked=asked),
        sender="Ana Ruiz <ana@barrio-merchants.example.org>",
        subject="Grant Road",
    )
    assert record["decision"] == "accept", record["reason"]
    assert f"glad to meet {named}." in record["draft"]
    assert "invitation to meet" not in record["draft"]  # the meeting said once


def test_a_yes_to_a_meeting_of_no_named_form_still_says_it_is_glad_to_talk(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: "could we meet" names no coffee, lunch or call
    record = _to_renee(
        kindly,
        tmp_path,
        MERCHANTS.format(asked="meet"),
        sender="Ana Ruiz <ana@barrio-merchants.example.org>",
        subject="Grant Road",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "coffee" not in record["draft"] and "lunch" not in record["draft"]


# -- 7. a job seeker's yes to a phone screen is in the register of her search, not thanks for a kindness -----------

SCREEN_ICS = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
    "METHOD:REQUEST",
    "BEGIN:VEVENT",
    "UID:screen-1@calendar.example",
    "DTSTAMP:20261125T180000Z",
    "DTSTART;TZID=America/Chicago:20261203T140000",
    "DURATION:PT30M",
    "SUMMARY:Phone screen: Data Scientist - QuantLeap",
    "DESCRIPTION:Recruiter phone screen for the Data Scientist role.",
    "ORGANIZER;CN=Jess Morgan:mailto:jess.morgan@quantleap.example.com",
    "ATTENDEE;CN=Priya Raman;RSVP=TRUE:mailto:priya.raman@fastmail.example",
    "END:VEVENT",
    "END:VCALENDAR",
    "",
]


def test_a_recruiters_phone_screen_on_the_calendar_is_accepted_as_an_interview(
    kindly: Kindly, tmp_path: Path
) -> None:
    invite = tmp_path / "screen.ics"
    invite.write_text("\r\n".join(SCREEN_ICS))
    record = triaged_one(kindly, invite, profile_file(job_seeker_profile(), tmp_path))
    assert record["decision"] == "accept", record["reason"]
    assert "the invitation to interview" in record["draft"]
    assert "I'd be glad to join" not in record["draft"]


@pytest.mark.parametrize("intent", [Intent.RECRUITING, Intent.EVENT_INVITATION])
def test_no_yes_to_a_screen_thanks_the_recruiter_for_thinking_of_her(intent: Intent, tmp_path: Path) -> None:
    profile = written_profile(job_seeker_profile(), tmp_path)
    screen = incoming(
        "Hi Priya,\n\nI'd like to set up a 30-minute phone screen for the Data Scientist role at QuantLeap. Would "
        "Thursday, December 3 at 2pm CT work?\n\nJess Morgan\nTalent Acquisition, QuantLeap",
        subject="Phone screen: Data Scientist - QuantLeap",
        from_name="Jess Morgan",
        from_addr="jess.morgan@quantleap.example.com",
    )
    read = Understanding(True, intent, True, 0.9)
    for variant in range(3):
        draft = compose(screen, read, Verdict(Decision.ACCEPT, "fits", "goal_fit"), profile, variant=variant)
        assert draft is not None
        assert "kind of you to think of me" not in draft.text and "Count me in" not in draft.text, draft.text


@pytest.mark.parametrize(
    ("text", "offered"),
    [
        ("Recruiter phone screen for the Data Scientist role.", True),
        ("Could we book a first-round interview next week?", True),
        ("Would you be up for a screening call on Friday?", True),
        ("We'd love to interview you for our podcast about causal inference.", False),  # press, no screen
        ("Our phone number has changed.", False),
    ],
)
def test_a_screen_or_an_interview_round_is_told_from_a_podcasts_interview(text: str, offered: bool) -> None:
    assert interview_offered(text) is offered


# -- 8. a club's name that its domain spells, with its place, is greeted as no person ------------------------------


def test_a_club_named_as_its_domain_is_not_greeted_by_its_first_word(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_renee(
        kindly,
        tmp_path,
        "Hi Councilmember Okafor,\n\nWe're holding a community ride on the Rillito River Park Loop to show "
        "support for Prop 412, the parks and transit bond. Could we have a quick call next week about you joining "
        "us?\n\nThe Loop Riders team\n",
        sender="Loop Riders Tucson <rides@loopriders.example.org>",
        subject="Prop 412 ride",
    )
    assert record["draft"], record["reason"]
    assert "Hi Loop" not in record["draft"]


@pytest.mark.parametrize(
    ("name", "address", "greeted"),
    [
        ("Loop Riders Tucson", "rides@loopriders.example.org", ""),
        ("Paul Kerrigan", "paul@paulkerrigan.example.com", "Paul"),  # a person's own domain
        ("Xiadani Lopez Garcia", "x@xiadanilopezgarcia.example.com", "Xiadani"),  # spelled whole: a person's
    ],
)
def test_a_name_its_domain_spells_in_part_is_an_organisations(name: str, address: str, greeted: str) -> None:
    mail = incoming("Hi Renée,\n\nJoin our ride.\n\nThe team", from_name=name, from_addr=address)
    assert first_name(mail) == greeted


# -- 9. a never-rule said by what is done is told back by its verb -------------------------------------------------

SCOOTER_LAUNCH = (
    "Hi Councilmember Okafor,\n\nZipScoot is launching e-scooter rentals in Tucson in January. Since you've "
    "championed transit, we'd love a short quote from you for our press release and 30 seconds of you riding a "
    "ZipScoot for our launch video. Filming would take about an hour, any day the week of January 4.\n\n"
    "Jordan Pike\nHead of Community, ZipScoot\n"
)


def test_a_launch_video_declined_tells_her_she_never_endorses_products(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_renee(
        kindly,
        tmp_path,
        SCOOTER_LAUNCH,
        sender="Jordan Pike <jordan@zipscoot.example.com>",
        subject="Feature you in our Tucson launch video?",
    )
    assert record["reason"] == "You never endorse products.", record["reason"]


@pytest.mark.parametrize(
    ("rule", "told"),
    [
        ("endorsing products", "You never endorse products"),
        ("taking unpaid calls", "You never take unpaid calls"),
        ("running workshops for free", "You never run workshops for free"),
        ("judging awards", "You never judge awards"),
        # every doing of the rule told by its verb, or none ("You never pay or accepting ..." read as no English)
        (
            "paying or accepting referral fees or commissions for client referrals",
            "You never pay or accept referral fees or commissions for client referrals",
        ),
        ("sponsoring or networking events", "You never do sponsoring or networking events"),
        # verbs whose -ing hides an "e" (the read-back found "You never promot products")
        ("promoting products", "You never promote products"),
        ("providing free advice", "You never provide free advice"),
        ("charging for intros", "You never charge for intros"),
        ("quoting without a site visit", "You never quote without a site visit"),
        ("visiting sites on weekends", "You never visit sites on weekends"),
        # ...and one kindly cannot be sure of is told as written
        ("lobbying officials", "You never do lobbying officials"),
        ("cleaning services", "You never do cleaning services"),
        # near misses: a thing, not a doing, keeps "do"
        ("networking events", "You never do networking events"),
        ("speaking gigs that pay in exposure", "You never do speaking gigs that pay in exposure"),
        ("calls on Fridays", "You never do calls on Fridays"),
        ("paid speaking", "You never do paid speaking"),
    ],
)
def test_a_never_rule_is_told_back_as_english(rule: str, told: str) -> None:
    assert you_never_do(rule) == told


# -- 10. "free spec work or unpaid pitches": the pitches half shown, and met by "no pitch fee" -----------------------

SELECTION = (
    "Hi Tom,\n\nCarbonmesh is a University of Leeds spin-out and we are choosing a branding agency. Three agencies "
    "will each present for our new identity on Wednesday 13 January. {pay}\n\nWould Ashworth & Vale like to take "
    "part?\n\nOwen Pryce\nCOO, Carbonmesh\n"
)


def test_no_pitch_fee_is_an_unpaid_pitch(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_tom(
        kindly,
        tmp_path,
        SELECTION.format(pay="There is no pitch fee."),
        sender="Owen Pryce <owen@carbonmesh.example>",
        subject="Agency selection",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]


def test_a_pitch_fee_paid_is_no_unpaid_pitch(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: the fee is paid
    record = _to_tom(
        kindly,
        tmp_path,
        SELECTION.format(pay="Each agency receives a pitch fee of £2,500."),
        sender="Owen Pryce <owen@carbonmesh.example>",
        subject="Agency selection",
    )
    assert record["reason_code"] != "never_do", record["reason"]


def test_the_half_of_a_rule_read_word_for_word_is_shown_to_the_user(kindly: Kindly, tmp_path: Path) -> None:
    mail = to_tom(
        tmp_path / "mail.eml",
        "Hi Tom,\n\nCoffee next week?\n\nSam\n",
        sender="Sam <s@x.example>",
        subject="Hi",
    )
    result = kindly("triage", str(mail), "--profile", str(profile_file(agency_profile(), tmp_path)))
    assert (
        '"free spec work or unpaid pitches": unpaid, pitches (the rest of it is read by its ideas)'
        in result.stderr
    )


@pytest.mark.parametrize(
    ("rule", "words"),
    [
        ("free spec work or unpaid pitches", (("unpaid", "pitches"),)),
        ("free spec work", ()),  # read whole by its ideas
        ("white-label work for offshore resellers", ()),  # its idea read, its words only a second reading
        ("multi-level marketing or 'business opportunity' schemes", ()),
    ],
)
def test_the_words_a_rule_needs_beside_its_ideas(rule: str, words: tuple[tuple[str, ...], ...]) -> None:
    assert words_needed_beside_ideas(rule) == words
