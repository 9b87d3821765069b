"""What hurt Amara Osei, a final-year PhD candidate in battery electrolytes (the twentieth session's persona
review): the industry scientist she most wants as a mentor turned away, her rules read wrongly, a fake job taken
for a real one. Each near miss here must stay as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from personas import PHD_MENTOR, phd_profile, to_phd, varied
from support import Kindly, eml, profile_file, triaged, triaged_one
from test_s18_sales import LINKEDIN_HEADER

AMARA = phd_profile()

# 1. A target person the goal writes with a title ("Dr. Lena Fischer") is the same person without it.
LENA_ON_LINKEDIN = (
    "Hi Amara - Michael Chen mentioned you'd be reaching out. I'd be glad to tell you about how our electrolyte R&D"
    " team works and what the jump from a PhD to industry looked like for me. Would Wednesday December 9 at 11:00"
    " your time work for a 30-minute video call?"
)


def _linkedin(path: Path, sender: str, text: str) -> Path:
    slug = sender.lower().replace(" ", "-")
    path.write_text(
        f"{LINKEDIN_HEADER}\n2-{slug},,{sender},https://www.linkedin.com/in/{slug},Amara Osei,"
        f'https://www.linkedin.com/in/amara-osei-mse,2026-11-27 10:15:00 UTC,,"{text}",INBOX\n',
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("target", ["Dr. Lena Fischer", "Dr Lena Fischer", "Lena Fischer"])
def test_a_mentor_target_written_with_her_title_is_met_when_she_writes_without_it(
    kindly: Kindly, tmp_path: Path, target: str
) -> None:
    mentor = varied(PHD_MENTOR, targets=[target, "battery R&D"])
    profile = profile_file(phd_profile(goals=(mentor,)), tmp_path)
    record = triaged_one(
        kindly, _linkedin(tmp_path / "messages.csv", "Lena Fischer", LENA_ON_LINKEDIN), profile
    )
    assert (record["decision"], record["reason_code"]) == ("accept", "target_person")
    assert "Wednesday December 9 at 11:00 works for me" in record["draft"]


def test_someone_else_who_shares_only_the_title_is_not_the_target(kindly: Kindly, tmp_path: Path) -> None:
    # Dr. Lena Fischer is among the targets; a Dr. Lena Fisher-Smith, or a Dr. Hannah Weiss, is someone else
    profile = profile_file(AMARA, tmp_path)
    record = triaged_one(
        kindly, _linkedin(tmp_path / "messages.csv", "Hannah Weiss", LENA_ON_LINKEDIN), profile
    )
    assert record["reason_code"] != "target_person"


# 2. "recruiter calls before a written job description" is a rule about what comes first, like "pitch calls without a
# deck first": the reply asks for the job description, and a recruiter who sent one gets the call.
RECRUITER = """Hi Amara,

I'm a recruiter at Voltaic Talent Partners. I'm working on a confidential search for a Senior Scientist, Electrolyte
Development at a well-funded battery start-up in the Boston area. Your PhD work looks like a strong match.

Do you have 15 minutes for a quick call this week so I can tell you more about the role?

Best,
Ryan Whitfield
Voltaic Talent Partners
"""
WITH_THE_DESCRIPTION = """Hi Amara,

I'm a technical recruiter at Ionix Energy in Mississauga. We're hiring a Scientist, Electrolyte Formulation - here is
the full job description: ionixenergy.com/careers/scientist-electrolyte (PhD in materials science or chemistry,
0-3 years' experience, start mid-2027). Would you be open to a 20-minute call to talk about it?

Natalie Brooks
"""


def _from_ryan(tmp_path: Path, name: str, body: str, date: str, *thread: str) -> Path:
    """Ryan's mail `name` (its Message-ID), answering the thread of earlier mails named in `thread`, oldest first."""
    ids = [f"{earlier}@voltaic-talent.com" for earlier in thread]
    return eml(
        tmp_path / f"{name}.eml",
        body,
        sender="Ryan Whitfield <ryan.whitfield@voltaic-talent.com>",
        subject=("Re: " if thread else "") + "Senior Scientist, Electrolytes - confidential opportunity",
        date=date,
        to="Amara Osei <amara.osei@mail.utoronto.ca>",
        message_id=f"{name}@voltaic-talent.com",
        in_reply_to=ids[-1] if ids else "",
        references=ids,
    )


def test_a_recruiters_call_without_a_job_description_is_answered_by_asking_for_it(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = _from_ryan(tmp_path, "ryan", RECRUITER, "Mon, 09 Nov 2026 10:30:00 -0500")
    record = triaged_one(kindly, mail, profile_file(AMARA, tmp_path))
    assert (record["decision"], record["reason_code"]) == ("ask_details", "asks_first")
    assert (
        "Could you send me a written job description first? I only do recruiter calls once I've seen the job"
        " description" in record["draft"]
    )


def test_a_recruiter_who_sends_the_job_description_gets_the_call(kindly: Kindly, tmp_path: Path) -> None:
    mail = to_phd(
        tmp_path / "natalie.eml",
        WITH_THE_DESCRIPTION,
        sender="Natalie Brooks <natalie.brooks@ionixenergy.com>",
        subject="Scientist, Electrolyte Formulation at Ionix",
        date="Tue, 24 Nov 2026 09:05:00 -0500",
    )
    record = triaged_one(kindly, mail, profile_file(AMARA, tmp_path))
    assert record["decision"] == "accept"
    assert "job description" not in record["draft"]


def test_a_mentors_call_waits_for_no_job_description(kindly: Kindly, tmp_path: Path) -> None:
    # the rule is about recruiters: the scientist she wants as a mentor is asked for nothing first
    profile = profile_file(AMARA, tmp_path)
    record = triaged_one(
        kindly, _linkedin(tmp_path / "messages.csv", "Lena Fischer", LENA_ON_LINKEDIN), profile
    )
    assert record["reason_code"] != "asks_first"
    assert "job description" not in record["draft"]


@pytest.mark.parametrize(
    ("rule", "first"),
    [
        ("recruiter calls before a written job description", "a written job description"),
        ("pitch calls without a deck first", "a deck"),
        ("intro calls before a signed NDA", "a signed NDA"),
        ("calls before the working day starts", None),  # an hour, nothing to send
        ("meetings before the school day", None),
        ("meetings before 9:30", None),
    ],
)
def test_what_a_rule_wants_first_may_take_three_words_but_an_hour_is_no_thing_to_send(
    rule: str, first: str | None
) -> None:
    from kindly.decide.rules import rule_prerequisite

    found = rule_prerequisite(rule)
    assert (found.thing if found else None) == first


# 3. A recruiter's nudges ("Just bumping this", "last note from me on this one") ask the same call again: the
# question for the job description stands, with one reply for the thread.
BUMP = "Hi Amara,\n\nJust bumping this to the top of your inbox - the client is moving quickly. Any time for a quick call this week?\n\nRyan\n"
LAST = (
    "Hi Amara - last note from me on this one. If the timing isn't right, no problem at all. If you'd like to hear"
    " more, just reply and we'll set up a call.\n\nRyan\n"
)


def _sequence(tmp_path: Path, last: str) -> list[Path]:
    return [
        _from_ryan(tmp_path, "ryan-1", RECRUITER, "Mon, 09 Nov 2026 10:30:00 -0500"),
        _from_ryan(tmp_path, "ryan-2", BUMP, "Mon, 16 Nov 2026 10:31:00 -0500", "ryan-1"),
        _from_ryan(tmp_path, "ryan-3", last, "Mon, 23 Nov 2026 10:29:00 -0500", "ryan-1", "ryan-2"),
    ]


def test_a_recruiters_nudges_keep_the_question_for_the_job_description(
    kindly: Kindly, tmp_path: Path
) -> None:
    records = triaged(kindly, *_sequence(tmp_path, LAST), profile=profile_file(AMARA, tmp_path))
    assert [(r["decision"], r["reason_code"]) for r in records] == [("ask_details", "asks_first")] * 3
    assert "A reminder of #1" in records[2]["reason"]
    drafts = [r["draft"] for r in records if r["draft"]]
    assert len(drafts) == 1 and "written job description first" in drafts[0]


def test_a_nudge_that_sends_the_job_description_moves_on(kindly: Kindly, tmp_path: Path) -> None:
    sends_it = (
        "Hi Amara - following up with the job description as promised: voltaic-talent.com/jobs/senior-scientist"
        " (Senior Scientist, Electrolyte Development, Boston, PhD required). Any time for a quick call this week?"
        "\n\nRyan\n"
    )
    records = triaged(kindly, *_sequence(tmp_path, sends_it), profile=profile_file(AMARA, tmp_path))
    assert records[2]["reason_code"] != "asks_first"


# 4. A fake job - no interview, the talk moved to Telegram, a cheque for equipment from "our approved vendor" - is a
# scam, whatever company it names; a real recruiter who offers one of those things is not.
FAKE_JOB = """Hello Amara,

Your resume was shortlisted by our HR for a Remote Battery Research Analyst position at Northvolt. The position pays
USD 4,500 weekly and no interview is necessary.

To proceed, please add our hiring manager on Telegram @northvolt_hiring_mgr for onboarding. You will receive a check
to purchase your home office equipment from our approved vendor.

Regards,
HR Department
"""


def _job_mail(
    tmp_path: Path, body: str, sender: str = "Hiring Team <careers.northvolt.hr@gmail.com>"
) -> Path:
    return to_phd(
        tmp_path / "job.eml",
        body,
        sender=sender,
        subject="Remote Battery Research Analyst",
        date="Thu, 19 Nov 2026 17:05:00 -0500",
    )


@pytest.mark.parametrize(
    "body",
    [
        FAKE_JOB,
        # two of the three signs are enough: no interview and the move to a chat app...
        FAKE_JOB.replace(
            " You will receive a check\nto purchase your home office equipment from our approved vendor.", ""
        ),
        # ...or the chat app and the cheque for equipment
        FAKE_JOB.replace(" and no interview is necessary", ""),
    ],
)
def test_a_fake_job_is_a_scam_and_gets_no_reply(kindly: Kindly, tmp_path: Path, body: str) -> None:
    record = triaged_one(kindly, _job_mail(tmp_path, body), profile_file(AMARA, tmp_path))
    assert (record["decision"], record["reason_code"]) == ("ignore", "scam")
    assert not record["draft"]


def test_a_real_recruiter_who_offers_whatsapp_is_no_scam(kindly: Kindly, tmp_path: Path) -> None:
    # one sign alone: a recruiter who sends the job description and would as soon talk on WhatsApp
    body = WITH_THE_DESCRIPTION.replace(
        "Would you be open to a 20-minute call to talk about it?",
        "Would you be open to a 20-minute call? You can also contact our talent team on WhatsApp if that's easier.",
    )
    mail = _job_mail(tmp_path, body, sender="Natalie Brooks <natalie.brooks@ionixenergy.com>")
    record = triaged_one(kindly, mail, profile_file(AMARA, tmp_path))
    assert record["reason_code"] != "scam"
    assert record["decision"] == "accept"


def test_a_company_that_ships_equipment_to_a_new_hire_is_no_scam(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Amara,\n\nFollowing your interviews with the electrolyte team, I'm delighted to share the offer for the"
        " Scientist position. We'll ship your laptop and lab safety equipment before your start date; the onboarding"
        " call is on Zoom. Could we set up a call this week to go through the offer?\n\nNatalie Brooks\nIonix Energy\n"
    )
    mail = _job_mail(tmp_path, body, sender="Natalie Brooks <natalie.brooks@ionixenergy.com>")
    assert triaged_one(kindly, mail, profile_file(AMARA, tmp_path))["reason_code"] != "scam"


# 5. Whom a rule's ask is for is part of the rule: "unpaid consulting calls for expert networks" does not turn away a
# student who asks to pick your brain over coffee; "unpaid consulting" alone still does.
PICK_YOUR_BRAIN = """Hi Amara,

I'm a second-year PhD student starting work on electrolytes. Could I buy you a coffee sometime next week and pick your
brain about how you structured your thesis chapters and which electrolyte papers you'd start with?

Thanks so much,
Sarah
"""


def _sarah(tmp_path: Path) -> Path:
    return to_phd(
        tmp_path / "sarah.eml",
        PICK_YOUR_BRAIN,
        sender="Sarah Liu <sarah.liu.mse@gmail.com>",
        subject="Can I pick your brain about the thesis timeline?",
        date="Tue, 24 Nov 2026 14:20:00 -0500",
    )


def test_a_rule_about_expert_networks_does_not_turn_away_a_student(kindly: Kindly, tmp_path: Path) -> None:
    record = triaged_one(kindly, _sarah(tmp_path), profile_file(AMARA, tmp_path))
    assert record["reason_code"] != "never_do"
    assert "expert networks" not in (record["draft"] or "")


def test_a_rule_against_unpaid_consulting_alone_still_holds_for_her(kindly: Kindly, tmp_path: Path) -> None:
    profile = profile_file(phd_profile(never=("unpaid consulting",)), tmp_path)
    record = triaged_one(kindly, _sarah(tmp_path), profile)
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do")


@pytest.mark.parametrize(
    ("rule", "words"),
    [
        # whom the ask is for, in words no idea reads: every word needed
        ("unpaid consulting calls for hedge funds", (("unpaid", "consulting", "hedge", "funds"),)),
        # ...but an expert network is an idea kindly reads (an expert network's call for its client: s20-r2phd)
        ("unpaid consulting calls for expert networks", None),
        # "for free" is the unpaid idea's own words, "for client referrals" a referral fee's: read by their ideas
        ("speaking for free", None),
        ("paying referral fees for patients", None),
        ("unpaid consulting", None),
    ],
)
def test_whom_a_rules_ask_is_for_is_read_word_for_word(
    rule: str, words: tuple[tuple[str, ...], ...] | None
) -> None:
    from kindly.decide.rules import words_needed

    assert words_needed(rule) == words


# 6. A call for abstracts that says so in its subject is an invitation to present, however little its body reads as
# one; a newsletter that mentions a call for papers in passing is still news.
CALL_FOR_ABSTRACTS = """Dear colleague,

The 251st ECS Meeting will take place in Montreal, QC, May 23-27, 2027. Abstracts are now being accepted for all
symposia, including A03 - Battery Electrolytes and Interfaces, and for the student poster session.

Abstract submission is free. The submission deadline is Friday, December 18, 2026. Submit at ecs.confex.com/ecs/251.

Student authors are eligible for travel grants of up to USD 1,000.

The Electrochemical Society
"""


def test_a_call_for_abstracts_is_an_invitation_to_present(kindly: Kindly, tmp_path: Path) -> None:
    mail = to_phd(
        tmp_path / "ecs.eml",
        CALL_FOR_ABSTRACTS,
        sender="ECS Meetings <meetings@electrochem.org>",
        subject="Call for Abstracts: 251st ECS Meeting, Montreal - deadline December 18",
        date="Fri, 06 Nov 2026 09:00:00 -0500",
    )
    record = triaged_one(kindly, mail, profile_file(AMARA, tmp_path))
    assert (record["intent"], record["decision"]) == ("speaking_invitation", "accept")


def test_a_newsletter_that_mentions_a_call_for_papers_is_still_news(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "BATTERY INSIDER WEEKLY - Issue 212\n\nIn this issue:\n- Solid-state batteries: where are we really?\n"
        "- Canada's gigafactory pipeline: Ontario and Quebec updates\n- The Journal of Power Sources call for papers"
        " on sodium-ion closes in January\n\nYou are receiving this because you subscribed at batteryinsider.news."
        " Unsubscribe: batteryinsider.news/unsubscribe\n"
    )
    mail = to_phd(
        tmp_path / "news.eml",
        body,
        sender="Battery Insider <newsletter@batteryinsider.news>",
        subject="Battery Insider Weekly: solid-state hype check, Canadian gigafactory updates",
        date="Tue, 24 Nov 2026 06:00:00 -0500",
    )
    assert triaged_one(kindly, mail, profile_file(AMARA, tmp_path))["decision"] == "ignore"


# 7. The user's own note that only puts the answer off ("I'll check my schedule and get back to you!") is no answer:
# the invitation still gets its draft; a yes or a no of hers in the thread is one.
MIXER = """Hi Amara!

The Electrochemical Society Student Chapter is hosting an end-of-term mixer for grad students and postdocs working on
batteries and electrochemistry - Thursday, December 10, 5:30-7:30pm at the Graduate Student Union pub. We'll have a
short lightning round where people share their project in 2 minutes.

It would be great to have you there - and if you'd be up for doing a 2-minute lightning talk on your electrolyte work,
even better! Could you let me know by Dec 4?

Cheers,
Priya
"""


def _mixer_thread(tmp_path: Path, her_note: str) -> list[Path]:
    subject = "Battery Researchers Mixer - Thursday Dec 10"
    invitation = eml(
        tmp_path / "mixer.eml",
        MIXER,
        sender="Priya Raman <priya.raman@ecs-students.org>",
        subject=subject,
        date="Mon, 16 Nov 2026 11:45:00 -0500",
        to="Amara Osei <amara.osei@mail.utoronto.ca>",
        message_id="mixer@ecs-students.org",
    )
    hers = eml(
        tmp_path / "hers.eml",
        f"{her_note}\n\nAmara\n",
        sender="Amara Osei <amara.osei@mail.utoronto.ca>",
        subject=f"Re: {subject}",
        date="Mon, 16 Nov 2026 12:05:00 -0500",
        to="Priya Raman <priya.raman@ecs-students.org>",
        message_id="hers@mail.utoronto.ca",
        in_reply_to="mixer@ecs-students.org",
        references=["mixer@ecs-students.org"],
    )
    return [invitation, hers]


@pytest.mark.parametrize(
    "her_note",
    [
        "Hi Priya, thanks - I'll check my schedule and get back to you!",
        "Thanks Priya! Let me look at my calendar and I'll let you know by Friday.",
    ],
)
def test_a_note_that_only_puts_the_answer_off_leaves_the_invitation_its_draft(
    kindly: Kindly, tmp_path: Path, her_note: str
) -> None:
    invitation, _ = triaged(kindly, *_mixer_thread(tmp_path, her_note), profile=profile_file(AMARA, tmp_path))
    assert invitation["decision"] == "accept"
    assert invitation["draft"]


@pytest.mark.parametrize(
    "her_note", ["Count me in - see you on the 10th!", "Thanks Priya, unfortunately I'm away that week."]
)
def test_her_own_yes_or_no_in_the_thread_is_her_answer(kindly: Kindly, tmp_path: Path, her_note: str) -> None:
    invitation, _ = triaged(kindly, *_mixer_thread(tmp_path, her_note), profile=profile_file(AMARA, tmp_path))
    assert not invitation["draft"]
