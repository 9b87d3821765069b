"""What Priya Natarajan's review (session 21) still found wrong after its first fixes: a bank's "enterprise support
arrangement" turned away although her goal sells support contracts, a reply drafted to GitHub's notification
address, and a recruiter who gives the salary range told she is "not looking" though her rule takes such calls.
Each near miss here must stay as it was."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from personas import oss_profile, to_priya
from support import Kindly, profile_file, triaged, triaged_one

PRIYA = oss_profile()

# 1. A buyer names what the goal sells in their own words: an "arrangement", an "agreement", a "plan" for support.
NORDBANK = """Hi Priya,

I lead the data engineering division at Nordbank. We are evaluating long-term options for Valora, including a
possible enterprise support arrangement. Could we have a first call?

Best,
Anders Holm
"""
NORDBANK_FROM = ("Anders Holm <anders.holm@nordbank.example>", "Valora at Nordbank")


def _mail(tmp_path: Path, sent_by: tuple[str, str], body: str) -> Path:
    """A mail to Priya from `sent_by` (its sender and subject), saved in `tmp_path`."""
    sender, subject = sent_by
    return to_priya(tmp_path / "mail.eml", body, sender=sender, subject=subject)


@pytest.mark.parametrize(
    "said",
    [
        "a possible enterprise support arrangement",
        "a support agreement with an SLA",
        "a support-plan for our production teams",
        "an agreement for commercial support",
    ],
)
def test_a_buyer_asking_about_a_support_arrangement_is_a_client_for_support_contracts(
    kindly: Kindly, tmp_path: Path, said: str
) -> None:
    body = NORDBANK.replace("a\npossible enterprise support arrangement", said)
    record = triaged_one(kindly, _mail(tmp_path, NORDBANK_FROM, body), profile_file(PRIYA, tmp_path))
    assert record["decision"] == "accept"
    assert record["goal"] == "find_clients"
    assert "I'll have to pass" not in record["draft"]


@pytest.mark.parametrize(
    "said",
    [
        # support the verb, a plan of their own: no contract for support
        "whether you would support our plan to fork it",
        # the arrangements are a trip's, the support is elsewhere
        "travel arrangements for a visit, and how the community support works",
    ],
)
def test_support_and_a_plan_said_apart_are_no_support_contract(
    kindly: Kindly, tmp_path: Path, said: str
) -> None:
    body = NORDBANK.replace("a\npossible enterprise support arrangement", said)
    profile = profile_file(PRIYA, tmp_path)
    record = triaged_one(kindly, _mail(tmp_path, NORDBANK_FROM, body), profile)
    assert 'target "support contract" said as' not in _shown(kindly, record, profile)


def _shown(kindly: Kindly, record: dict[str, object], profile: Path) -> str:
    """`kindly show` of a record, its table borders and line breaks taken out."""
    output = kindly("show", str(record["id"]), "--profile", str(profile)).output
    return " ".join(re.sub(r"[\u2500-\u257f]", " ", output).split())


# 2. GitHub's notification address posts a reply on a public issue: no draft to it; the user answers there.
GITHUB = """kbrandt-dataguard opened an issue (valora-dev/valora#2231)

Hey maintainers! We're building DataGuard, an observability layer for data validation that plugs into
Valora. We think there's a big opportunity to partner and we'd love to hop on a call with you to explore it.
Let us know what time works!

--
Reply to this email directly, view it on GitHub: https://github.com/valora-dev/valora/issues/2231
You are receiving this because you are subscribed to this thread.
"""


@pytest.mark.parametrize(
    "address", ["notifications@github.com", "noreply@forum.example", "no-reply@discourse.example"]
)
def test_no_reply_is_drafted_to_a_notification_address_and_the_user_is_told_where_to_answer(
    kindly: Kindly, tmp_path: Path, address: str
) -> None:
    mail = to_priya(
        tmp_path / "issue.eml",
        GITHUB,
        sender=f"Kyle Brandt <{address}>",
        subject="[valora-dev/valora] Partnership idea (Issue #2231)",
    )
    profile = profile_file(PRIYA, tmp_path)
    record = triaged_one(kindly, mail, profile)
    assert record["decision"] == "decline"  # the decision is still made; only the reply is left to the user
    assert record["draft"] is None
    shown = _shown(kindly, record, profile)
    assert "no reply drafted: sent from a notification address" in shown
    assert "answer Kyle Brandt where they wrote (https://github.com/valora-dev/valora/issues/2231)" in shown


def test_the_same_partnership_mail_from_a_persons_own_address_is_answered(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = to_priya(
        tmp_path / "direct.eml",
        GITHUB.split("--", 1)[0],
        sender="Kyle Brandt <kyle@dataguard.example>",
        subject="Partnership idea",
    )
    record = triaged_one(kindly, mail, profile_file(PRIYA, tmp_path))
    assert record["draft"].startswith("Hi Kyle,")


# 3. "recruiter calls without a salary range": a recruiter who gives the range meets her terms.
RECRUITER = """Hi Priya,

I'm a recruiter at Talentbridge. A fintech in Munich is hiring a Staff Python Engineer, fully remote, salary
range EUR 110,000-130,000. Would you be open to a 20-minute call this week?

Best,
Sarah Klein
"""
RECRUITER_FROM = ("Sarah Klein <sarah@talentbridge.example>", "Staff Python Engineer")


def test_a_recruiter_who_gives_the_salary_range_is_not_told_the_user_is_not_looking(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triaged_one(kindly, _mail(tmp_path, RECRUITER_FROM, RECRUITER), profile_file(PRIYA, tmp_path))
    assert record["decision"] == "decline"  # no goal of hers is about a job
    assert "It gives the salary range your rule asks for" in record["reason"]
    assert "I'm not looking for a new role" not in record["draft"]
    assert "I appreciate you including the salary range up front" in record["draft"]


def test_a_recruiter_who_gives_no_range_is_still_asked_for_it(kindly: Kindly, tmp_path: Path) -> None:
    body = RECRUITER.replace(", salary\nrange EUR 110,000-130,000", "")
    record = triaged_one(kindly, _mail(tmp_path, RECRUITER_FROM, body), profile_file(PRIYA, tmp_path))
    assert record["decision"] == "ask_details"
    assert "salary range" in record["draft"]


def test_without_a_rule_on_recruiters_the_user_is_simply_not_looking(kindly: Kindly, tmp_path: Path) -> None:
    profile = oss_profile(never=("unpaid consulting for companies",))
    record = triaged_one(kindly, _mail(tmp_path, RECRUITER_FROM, RECRUITER), profile_file(profile, tmp_path))
    assert record["decision"] == "decline"
    assert "I'm not looking for a new role" in record["draft"]


# 5. A pitch names the trade of a provider the user has by what the trade does: a licence audit is a licensing
# lawyer's work, a tax service an accountant's.
@pytest.mark.parametrize(
    ("pitch", "provider"),
    [
        (
            "We're a boutique firm specialising in open-source licensing. We offer a licence audit for maintainers of "
            "popular libraries.",
            "For a licensing lawyer, I already work with someone",
        ),
        (
            "We're a tax service just for open-source developers.",
            "For an accountant, I already work with someone",
        ),
        (
            "We do tax returns for freelancers and maintainers who earn from sponsorships.",
            "For an accountant",
        ),
    ],
)
def test_a_pitch_for_what_a_provider_of_hers_does_is_told_she_has_one(
    kindly: Kindly, tmp_path: Path, pitch: str, provider: str
) -> None:
    mail = to_priya(
        tmp_path / "pitch.eml",
        f"Hi Priya,\n\n{pitch} Would you be up for a 15-minute intro call?\n\nBest,\nClara\n",
        sender="Clara Hoff <clara@services.example>",
        subject="Quick intro",
    )
    record = triaged_one(kindly, mail, profile_file(PRIYA, tmp_path))
    assert record["decision"] == "decline"
    assert "you already work with" in record["reason"]
    assert provider in record["draft"]


@pytest.mark.parametrize(
    "pitch",
    [
        # music licensing is no lawyer's audit, nor a tax question a service
        "We handle music licensing for podcasts and would love to feature your talks.",
        "I have a quick tax question about sponsoring Valora through our company.",
    ],
)
def test_licensing_or_tax_said_otherwise_names_no_provider(
    kindly: Kindly, tmp_path: Path, pitch: str
) -> None:
    mail = to_priya(
        tmp_path / "other.eml",
        f"Hi Priya,\n\n{pitch} Would you be up for a 15-minute call?\n\nBest,\nClara\n",
        sender="Clara Hoff <clara@services.example>",
        subject="Quick intro",
    )
    record = triaged_one(kindly, mail, profile_file(PRIYA, tmp_path))
    assert "you already work with" not in record["reason"]


# 4. A week asked for that the user's networking hours have already filled: the later times say why.
CALL = """Hi Priya,

I maintain a validation library too and I'm starting a small collective of open-source maintainers in Berlin.
Could we have a call in the week of 7 December to talk about it?

Best,
{name}
"""
PODCAST = """Hi Priya,

I host Data Rounds, a Python podcast. We'd love to have you on to talk about Valora and maintainer funding.
Would a recording in the week of 7 December work?

Cheers,
Nadia
"""


def test_a_podcast_asking_for_a_full_week_is_told_that_week_is_full(kindly: Kindly, tmp_path: Path) -> None:
    # two maintainers' calls already offered the times of Priya's Tuesday and Thursday afternoons that week
    calls = [
        to_priya(
            tmp_path / f"call{n}.eml",
            CALL.format(name=name.split()[0]),
            sender=f"{name} <{name.split()[0].lower()}@maintainers.example>",
            subject="Maintainers collective",
            date=f"Mon, 30 Nov 2026 0{7 + n}:00:00 +0100",
        )
        for n, name in enumerate(("Ines Duarte", "Tom Berg"))
    ]
    podcast = to_priya(
        tmp_path / "podcast.eml",
        PODCAST,
        sender="Nadia Hassan <nadia@datarounds.example>",
        subject="Guest on Data Rounds?",
        date="Mon, 30 Nov 2026 10:00:00 +0100",
    )
    *_, record = triaged(kindly, *calls, podcast, profile=profile_file(PRIYA, tmp_path))
    assert record["decision"] == "accept"
    assert (
        "I'd be glad to be your guest. The week of 7 December is already full for me, though. Would "
        in (record["draft"])
    )
    assert "work for you instead?" in record["draft"]


def test_a_podcast_asking_for_a_free_week_gets_times_in_it_and_no_note(
    kindly: Kindly, tmp_path: Path
) -> None:
    podcast = to_priya(
        tmp_path / "podcast.eml",
        PODCAST,
        sender="Nadia Hassan <nadia@datarounds.example>",
        subject="Guest on Data Rounds?",
        date="Mon, 30 Nov 2026 10:00:00 +0100",
    )
    record = triaged_one(kindly, podcast, profile_file(PRIYA, tmp_path))
    assert "already full" not in record["draft"]
    assert "8 December" in record["draft"] or "10 December" in record["draft"]
