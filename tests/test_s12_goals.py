"""Goals, their targets and how a message is read against them, as users of the twelfth session found them
(a physiotherapist, a health journalist, a head teacher, an estate agent, a bookshop owner): each case is a
short paraphrase of their mail, failing before its fix."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from kindly.decide.fit import Evidence, goal_fits
from kindly.decide.policy import ACCEPT_AT, Context, decide
from kindly.decide.reading import as_read
from kindly.model import Decision, Intent, Message, Understanding
from kindly.profile import load_profile
from support import EXAMPLES, Kindly, eml, profile_file, triaged_one, written_profile

PROFILE = load_profile(EXAMPLES / "profile.toml")

CLINIC = """
[user]
name = "Nadia Lowe"
email = "nadia@lowephysio.example.com"
signature = "Nadia"
weekly_networking_hours = 2

[[goals]]
kind = "custom"
description = "Two-way referral relationships with local GPs and sports clubs in the Inner West"
targets = ["Elm Street Surgery", "Harbour View Family Practice", "GPs", "sports clubs"]
priority = 1

[[goals]]
kind = "find_clients"
description = "New patients through free community talks on back pain and running injuries"
targets = ["community talks", "running clubs", "local runners"]
priority = 2

[[goals]]
kind = "meet_person"
description = "Sources on sports medicine research"
targets = ["Prof. Declan Moran", "Northshore University Hospital"]
priority = 2
"""


def mail(path: Path, sender: str, subject: str, body: str, forwarded: tuple[str, str] | None = None) -> Path:
    """An .eml from `sender`, optionally forwarding a note (its From line and its text)."""
    if forwarded:
        author, text = forwarded
        body += (
            f"\n\n---------- Forwarded message ---------\nFrom: {author}\nDate: Fri, 20 Nov 2026 at 17:02\n"
            f"Subject: {subject.removeprefix('Fwd: ')}\nTo: a friend <friend@example.com>\n\n{text}"
        )
    return eml(
        path,
        body,
        sender=sender,
        to="nadia@lowephysio.example.com",
        subject=subject,
        date="Mon, 23 Nov 2026 09:00:00 +1100",
    )


def triage(kindly: Kindly, tmp_path: Path, mail: Path, profile: str = CLINIC) -> dict[str, Any]:
    """`mail` triaged by the user of `profile` (TOML)."""
    return triaged_one(kindly, mail, profile=profile_file(profile, tmp_path))


# -- 1. someone writing from an organisation a goal names weighs like a named target, whatever the goal's kind --


def test_a_practice_a_custom_goal_names_asking_for_a_talk_to_its_doctors_is_accepted(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triage(
        kindly,
        tmp_path,
        mail(
            tmp_path / "talk.eml",
            "Joan Price <joan.price@elmstreetsurgery.example.com>",
            "Lunch talk for our doctors?",
            "Hi Nadia,\n\nI manage Elm Street Surgery. Our GPs would like to hear about your clinic so they can "
            "refer patients. Could you give a short talk over lunch on Wednesday 2 December at 12:30?\n\n"
            "Joan Price\nPractice Manager\nElm Street Surgery",
        ),
    )
    assert (record["decision"], record["goal"]) == ("accept", "custom"), record


# -- 2. a friend passing on the note of someone a goal seeks, or time offered with a target person ------------


def test_a_forwarded_note_from_someone_at_a_target_practice_is_an_introduction_to_write_to_them(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triage(
        kindly,
        tmp_path,
        mail(
            tmp_path / "fwd.eml",
            "Dr Ana Ruiz <ana@ruizgp.example.com>",
            "Fwd: Physio for knee patients",
            "Hi Nadia,\n\nSee Sam's note below - he runs Harbour View Family Practice and wants a physio for his "
            "knee patients. Email him directly.\n\nAna",
            (
                "Dr Sam Ortiz <sam.ortiz@hvfp.example.com>",
                "Do you know a good physio nearby? Happy to meet.\n\nSam",
            ),
        ),
    )
    assert (record["decision"], record["intent"]) == ("accept", "introduction"), record
    # the time is set with Sam, not offered to the friend who passed the note on
    assert "I'd be glad to meet Sam - I'll email him directly." in record["draft"]


def test_a_forwarded_note_read_as_asking_nothing_still_introduces_a_target_person(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triage(
        kindly,
        tmp_path,
        mail(
            tmp_path / "fwd.eml",
            "Rosa Kemp <rosa@kempwriting.example.com>",
            "Fwd: happy to talk",
            "Nadia - see Declan's note below.\nEmail him directly at declan.moran@northshorehospital.example.com.\nR.",
            (
                "Prof. Declan Moran <declan.moran@northshorehospital.example.com>",
                "Hi Rosa,\n\nIf your friend still works on running injuries I'd be glad to talk about our "
                "research. Any weekday afternoon in December.\n\nDeclan Moran\nNorthshore University Hospital",
            ),
        ),
    )
    assert (record["decision"], record["goal"]) == ("accept", "meet_person"), record
    assert "I'll email him directly" in record["draft"]


def test_an_offer_of_an_interview_with_a_target_person_is_an_invitation(tmp_path: Path) -> None:
    # the model may read a press release under embargo as asking nothing: the time it offers says otherwise
    release = Message(
        source="pr.eml",
        from_name="Lee Grant",
        from_addr="lee@brightpr.example.com",
        subject="Under embargo: new running-injury clinic",
        own_text="Hi Nadia,\n\nUnder embargo until Tuesday. Northshore University Hospital opens a running-injury "
        "clinic. I can offer you a short briefing interview with Prof. Declan Moran on Friday at 10:00.\n\n"
        "Could you confirm you will respect the embargo?",
    )
    profile = written_profile(CLINIC, tmp_path)
    read = as_read(Understanding(False, Intent.NONE, None, 0.6), profile, release)
    assert (read.is_invitation, read.intent) == (True, Intent.COFFEE_CHAT), read.evidence
    # ...not a release that only names them
    quoted = replace(release, own_text="Prof. Declan Moran said the clinic would open on Tuesday.")
    assert as_read(Understanding(False, Intent.NONE, None, 0.6), profile, quoted).intent is Intent.NONE


# -- 3. a meeting asked by someone at the client a help_client goal names is that goal's meeting -------------

SCHOOL = """
[user]
name = "Joan Hart"
email = "j.hart@millbrook.example.org"

[[goals]]
kind = "help_client"
description = "Help our partner school Oakfield Community College, which is struggling, find maths leadership and attendance support"
targets = ["Oakfield Community College", "maths leadership", "head of maths", "attendance support"]
priority = 1
"""


def head_of_the_client(body: str) -> Message:
    return Message(
        source="client.eml",
        from_name="Ravi Shah",
        from_addr="r.shah@oakfield.example.org",
        subject="Spring term",
        own_text=body,
        signature="Ravi Shah\nHeadteacher, Oakfield Community College",
    )


def test_the_head_of_the_client_school_asking_for_half_an_hour_is_the_goals_meeting(tmp_path: Path) -> None:
    profile = written_profile(SCHOOL, tmp_path)
    meeting = Understanding(True, Intent.WORK_MEETING, True, 0.7)
    asked = head_of_the_client(
        "Could we have half an hour before the governors meet? I'd value your view on whether to appoint an "
        "interim head of maths or take the maths support offered. Monday after 4pm would suit."
    )
    assert as_read(meeting, profile, asked).intent is Intent.COFFEE_CHAT
    # ...not the client's meeting about something the goal does not seek
    other = head_of_the_client(
        "Could we meet on Monday to sort out the minibus rota for the sports fixtures?"
    )
    assert as_read(meeting, profile, other).intent is Intent.WORK_MEETING


# -- 4. a mutual referral proposal serves a goal of referral relationships; "local" is the user's own area ----


def fits(tmp_path: Path, intent: Intent, sender: str, text: str) -> dict[str, float]:
    profile = written_profile(CLINIC, tmp_path)
    return {fit.kind: fit.score for fit in goal_fits(profile, intent, Evidence(sender, text))}


def test_the_gym_next_door_offering_to_send_each_other_clients_serves_the_referral_goal(
    tmp_path: Path,
) -> None:
    scores = fits(
        tmp_path,
        Intent.PARTNERSHIP_PROPOSAL,
        "Kim Lo <kim@liftworks.example.com>",
        "Working together?\nI run the strength gym two doors down. Keen to see if we can help each other's "
        "clients - no fees either way, just sending people where they fit best. Coffee next week?",
    )
    assert scores["custom"] >= ACCEPT_AT, scores
    # ...not a mover who pays for each client sent (kickbacks buy clients: no relationship)
    paid = fits(
        tmp_path,
        Intent.PARTNERSHIP_PROPOSAL,
        "Ty Boyd <ty@boydmovers.example.com>",
        "I'd like a referral partnership: you send your patients our way and we pay you $100 for each booking.",
    )
    assert paid["custom"] < ACCEPT_AT, paid


def test_runners_in_the_area_a_goal_names_are_the_local_runners_it_targets(tmp_path: Path) -> None:
    podcast = (
        "Guest on our show?\nI host a podcast for the city's recreational runners, most of them in the Inner "
        "West. Would you be a guest for an episode on avoiding running injuries? It's free, recorded remotely."
    )
    scores = fits(tmp_path, Intent.SPEAKING_INVITATION, "Max Bell <max@runpod.example.com>", podcast)
    assert scores["find_clients"] >= ACCEPT_AT, scores
    # runners somewhere else are not local
    far = podcast.replace("most of them in the Inner West", "most of them in Perth")
    assert (
        fits(tmp_path, Intent.SPEAKING_INVITATION, "Max Bell <max@runpod.example.com>", far)["find_clients"]
        < ACCEPT_AT
    )


# -- 5. a colleague's forward of an outside offer that serves a goal is decided on what it forwards ---------


def colleague_forwards(path: Path, author: str, note: str) -> Path:
    return mail(
        path,
        "Tim Ross <t.ross@millbrook.example.org>",
        "Fwd: support for schools",
        "Joan - this looks like just what Oakfield need. Worth a reply from you? Tim",
        (author, note),
    )


def test_a_colleagues_forward_of_a_free_outside_offer_for_the_client_is_weighed_not_left_as_internal(
    kindly: Kindly, tmp_path: Path
) -> None:
    offer = (
        "Dear Tim,\n\nOur maths hub has funded places this spring for schools with no head of maths: a specialist "
        "leader of maths works with the school one day a fortnight, at no cost. If you know a school that would "
        "benefit, I'd be glad to have a short call with whoever is supporting them.\n\nSam Hill\nMaths Hub"
    )
    record = triage(
        kindly,
        tmp_path,
        colleague_forwards(tmp_path / "fwd.eml", "Sam Hill <sam.hill@northmathshub.example.org>", offer),
        SCHOOL,
    )
    assert record["decision"] == "accept", record
    assert "meet Sam - I'll email them directly." in record["draft"]
    # ...while a colleague's forward of another colleague's own note stays theirs
    own = "Tim,\n\nCould we talk about taking on head of maths support for Oakfield? Coffee Thursday?\n\nAnn"
    record = triage(
        kindly,
        tmp_path,
        colleague_forwards(tmp_path / "own.eml", "Ann Cole <a.cole@millbrook.example.org>", own),
        SCHOOL,
    )
    assert record["decision"] == "ignore", record


# -- 6. a target of several words needs its distinctive ones; growing a team alone is a mentor's story -------

AGENT = """
[user]
name = "Rosa Diaz"
email = "rosa@diazhomes.example.com"

[[goals]]
kind = "custom"
description = "Relocation partnerships with HR teams at employers moving staff to Denver"
targets = ["HR teams", "relocation managers"]
priority = 1

[[goals]]
kind = "find_mentor"
description = "A mentor who has grown a solo real-estate practice into a team with buyer's agents"
targets = ["real estate team leaders", "growing a real estate team"]
priority = 3

[[goals]]
kind = "amplify_campaign"
description = "Spread the word about our shop-local campaign"
targets = ["local press", "public radio"]
priority = 2
"""


def agent_fits(tmp_path: Path, intent: Intent, text: str) -> dict[str, tuple[float, tuple[str, ...]]]:
    profile = written_profile(AGENT, tmp_path)
    evidence = Evidence("Gail Moss <gail@mossteam.example.com>", text)
    return {fit.kind: (fit.score, fit.evidence) for fit in goal_fits(profile, intent, evidence)}


def test_a_mentor_who_grew_a_team_from_just_herself_is_no_hr_team(tmp_path: Path) -> None:
    scores = agent_fits(
        tmp_path,
        Intent.COFFEE_CHAT,
        "Happy to help. I grew my team from just me to 12 agents over seven years. Coffee on Tuesday at 8:30?",
    )
    assert scores["find_mentor"][0] >= ACCEPT_AT, scores
    assert not any("HR teams" in note for note in scores["custom"][1]), scores["custom"]


def test_local_far_from_a_university_press_names_no_local_press(tmp_path: Path) -> None:
    far = (
        "The author has a strong local following, and his last book sold well across the region and beyond. "
        "We would like to propose a reading at your shop in January. Eleanor, Upland University Press"
    )
    near = "Our local press would like to cover your campaign: could we talk on Tuesday?"
    assert "100%" not in " ".join(
        agent_fits(tmp_path, Intent.SPEAKING_INVITATION, far)["amplify_campaign"][1]
    )
    assert (
        'target "local press" mentioned'
        in agent_fits(tmp_path, Intent.SPEAKING_INVITATION, near)["amplify_campaign"][1]
    )


# -- 7. an unclear ask from a stranger that sells nothing is asked about, even where the model guesses a pitch --


def stranger(body: str) -> Message:
    return Message(
        source="chat.eml",
        from_name="Noel Carr",
        from_addr="noel.carr@example.com",
        subject="Quick chat?",
        own_text=body,
    )


def test_a_vague_quick_chat_read_as_a_pitch_that_sells_nothing_is_asked_what_it_is_about() -> None:
    guess = Understanding(True, Intent.SALES_PITCH, False, 0.6)
    vague = stranger(
        "I came across your profile and would love to pick your brain. When would you be free for a call?"
    )
    assert decide(vague, guess, PROFILE, Context()).decision is Decision.ASK_DETAILS
    # ...a pitch that names its price is still declined
    priced = stranger(
        "Would love a quick call to walk you through our platform - plans start at $49 a month."
    )
    assert decide(priced, guess, PROFILE, Context()).decision is Decision.DECLINE
