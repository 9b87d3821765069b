"""What the lead fixed while merging the fifteenth session's work: the day an invitation's event is on, where
the sender also tells news with a date of its own."""

from __future__ import annotations

from pathlib import Path

from support import Kindly, eml, profile_file, triaged, triaged_one

DENTIST = """
[user]
name = "Marcus Bell"
email = "marcus@bellfamilydental.com"
signature = "Marcus"
date_style = "us"
time_zone = "America/Chicago"

[[goals]]
kind = "help_client"
description = "Help Dr. Priya Raman open the second office of Raman Orthodontics in Round Rock"
targets = ["Dr. Priya Raman", "Raman Orthodontics"]
priority = 1
"""


def test_the_day_of_the_event_invited_to_is_not_the_day_of_the_news_told_before_it(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = eml(
        tmp_path / "open-house.eml",
        "Hi Marcus,\n\nWe open the second Raman Orthodontics office on February 1! I'm planning a family open house "
        "for Saturday, January 23, 10 am to 1 pm, at the new Round Rock office. Could you come for an hour and "
        "bring a few of your handouts?\n\nPriya\n",
        sender="Dr. Priya Raman <priya@ramanortho.com>",
        subject="Open house - would love you there",
        date="Tue, 24 Nov 2026 16:20:00 -0600",
        to="Marcus Bell <marcus@bellfamilydental.com>",
    )

    record = triaged_one(kindly, mail, profile=profile_file(DENTIST, tmp_path))

    assert record["decision"] == "accept"
    assert "see you on Saturday, January 23" in record["draft"]
    assert "February 1" not in record["draft"]


MENTOR_AND_CLIENT = """
[user]
name = "Marcus Bell"
email = "marcus@bellfamilydental.com"
time_zone = "America/Chicago"

[[goals]]
kind = "help_client"
description = "Help Dr. Priya Raman open the second office of Raman Orthodontics in Round Rock"
targets = ["Dr. Priya Raman", "Raman Orthodontics"]
priority = 1

[[goals]]
kind = "find_mentor"
description = "A dentist who has grown a practice to several locations, met at study clubs"
targets = ["study club", "multi-location practice owners"]
priority = 2
"""

STUDY_CLUB = (
    "Dear Dr. Bell,\n\n{who} mentioned you might enjoy our study club: about 14 general dentists and specialists "
    "who meet once a month for a breakfast case presentation.\n\nOur next meeting is Tuesday, December 8, from "
    "7:00 to 8:30 am at the Driskill Hotel, and we'd be glad to have you as a guest.\n\nWarmly,\nElena Vasquez, DDS\n"
)


def _study_club(kindly: Kindly, tmp_path: Path, body: str) -> dict[str, object]:
    mail = eml(
        tmp_path / "club.eml",
        body,
        sender="Dr. Elena Vasquez <elena@vasquezdentalgroup.com>",
        subject="Invitation: Hill Country Dental Study Club",
        date="Fri, 20 Nov 2026 07:30:00 -0600",
        to="Marcus Bell <marcus@bellfamilydental.com>",
    )
    return triaged_one(kindly, mail, profile=profile_file(MENTOR_AND_CLIENT, tmp_path))


def test_a_client_who_only_passed_your_name_on_is_not_the_goal_an_invitation_serves(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _study_club(kindly, tmp_path, STUDY_CLUB.format(who="Dr. Priya Raman"))

    assert record["decision"] == "accept"
    assert record["goal"] == "find_mentor", record["reason"]
    assert record["reason_code"] != "target_person"


def test_a_client_who_takes_part_is_still_the_target_person_named(kindly: Kindly, tmp_path: Path) -> None:
    body = STUDY_CLUB.format(who="Kim Ortiz") + "\nDr. Priya Raman will join us and present her new office.\n"

    record = _study_club(kindly, tmp_path, body)

    assert (record["goal"], record["reason_code"]) == ("help_client", "target_person")


AUTHOR = """
[user]
name = "Priya Raman"
email = "priya@priyaraman.co.uk"
signature = "Priya"
time_zone = "Europe/London"

[[goals]]
kind = "amplify_campaign"
description = "Launch of my book 'Running on Empty' on burnout in healthcare, out 15 January 2027"
targets = ["Running on Empty", "clinicians", "health service managers"]
priority = 1
"""


def test_a_declined_senders_next_mail_is_no_overview_for_the_directory_where_the_user_answered_herself(
    kindly: Kindly, tmp_path: Path
) -> None:
    first = eml(
        tmp_path / "1.eml",
        "Hi Priya,\n\nI programme public events at a museum. Would you have time for a short chat about an idea for "
        "an event in the new year?\n\nDaniel Osei\nPublic Programmes\n",
        sender="Daniel Osei <d.osei@museum.example.org>",
        subject="Possible event in the new year",
        date="Mon, 9 Nov 2026 10:00:00 +0000",
        to="Priya Raman <priya@priyaraman.co.uk>",
        message_id="wc1@museum.example",
    )
    her_own = eml(
        tmp_path / "2.eml",
        "Hi Daniel,\n\nThanks so much for getting in touch. Could you tell me a bit more about what you have in "
        "mind?\n\nBest,\nPriya\n",
        sender="Priya Raman <priya@priyaraman.co.uk>",
        subject="Re: Possible event in the new year",
        date="Tue, 10 Nov 2026 08:30:00 +0000",
        to="Daniel Osei <d.osei@museum.example.org>",
        message_id="wc2@priyaraman.example",
        in_reply_to="wc1@museum.example",
        references=("wc1@museum.example",),
    )
    answer = eml(
        tmp_path / "3.eml",
        "Hi Priya,\n\nOf course! We're planning an evening on care and exhaustion on Friday 12 February 2027, and "
        "would love you to give a 20-minute talk on Running on Empty followed by a conversation with an ICU nurse. "
        "Around 300 clinicians usually come. We offer a fee of 300 pounds.\n\nCould we have a 20-minute call to "
        "talk it through? I'm free Tuesday 8 December at 11:00 or Wednesday 9 December at 15:00.\n\nBest,\nDaniel\n",
        sender="Daniel Osei <d.osei@museum.example.org>",
        subject="Re: Possible event in the new year",
        date="Fri, 20 Nov 2026 16:05:00 +0000",
        to="Priya Raman <priya@priyaraman.co.uk>",
        message_id="wc3@museum.example",
        in_reply_to="wc2@priyaraman.example",
        references=("wc1@museum.example", "wc2@priyaraman.example"),
    )

    records = triaged(kindly, first, her_own, answer, profile=profile_file(AUTHOR, tmp_path))

    talk = records[-1]
    assert talk["reason_code"] != "directory_added", talk["reason"]
    assert talk["decision"] == "accept"
    assert "Tuesday 8 December at 11:00 works for me" in talk["draft"]


def test_a_client_forwarded_by_a_colleague_at_one_of_the_own_domains_is_answered_directly(
    tmp_path: Path,
) -> None:
    from kindly.outbox import export
    from kindly.profile import load_profile
    from kindly.services import Triage
    from kindly.store.db import open_database
    from kindly.understand.classify import Classifier
    from support import EXAMPLES

    profile = load_profile(EXAMPLES / "profile.toml")
    # Dana writes from her own address; the firm's shared one is on another domain the profile lists
    firm = profile.model_copy(
        update={
            "user": profile.user.model_copy(
                update={"email": "dana@danareyes.example", "own_domains": ["reyesbooks.example"]}
            )
        }
    )
    note = eml(
        tmp_path / "fwd.eml",
        "Dana - this came in through the website form over the weekend. I told him you'd get back to him. - Jenna\n\n"
        "---------- Forwarded message ---------\nFrom: Omar Haddad <omar@haddadstudio.example>\n"
        "Subject: New client inquiry\nTo: <info@reyesbooks.example>\n\n"
        "Hello, I run a 9-person design studio and need monthly bookkeeping and a part-time CFO. I'd like to set "
        "up an initial meeting. Do you charge a flat fee?\n",
        sender="Jenna Ruiz <jenna@reyesbooks.example>",
        subject="Fwd: New client inquiry - Omar Haddad",
        date="Mon, 16 Nov 2026 09:00:00 +0000",
        to="Dana Reyes <dana@danareyes.example>",
    )
    from kindly.ingest.sources import detect

    sessions = open_database(tmp_path / "k.db")
    [row] = list(Triage(sessions, firm, Classifier()).run([detect(str(note))]))

    assert row.draft is not None and row.draft.text.startswith("Hi Omar,"), row.draft
    export(sessions, firm, None, directory=tmp_path / "out")
    [written] = list((tmp_path / "out").glob("*.eml"))
    assert "To: Omar Haddad <omar@haddadstudio.example>" in written.read_text()
