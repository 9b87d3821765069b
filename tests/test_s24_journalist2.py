"""Rosa Lindqvist, business reporter (session 24, round two): the leftovers of her mailbox. The people her goal to
build sources names as a kind ("startup founders") count when an event gathers them or one of them asks to meet; a
peer editor's offer of a call is no recruiter's; a sales mail sent in bulk is left unanswered."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from personas import reporter_profile, to_reporter
from support import Kindly, profile_file, triaged_one


def _to_rosa(kindly: Kindly, tmp_path: Path, body: str, *, sender: str, subject: str) -> dict[str, Any]:
    """The triage record of a mail to Rosa against her profile."""
    mail = to_reporter(tmp_path / "mail.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(reporter_profile(), tmp_path))


# -- 1. her sources named as a kind: "startup founders" ----------------------------------------------------------

PRESS_PASS = (
    "Hello Rosa,\n\nThe Midwest Startup Summit returns to the Wisconsin Center on March 4-5, with more than 120 "
    "founders and 40 investors from across the region. As a member of the media, you're eligible for a complimentary "
    "press pass, with access to the press room and the founders' pitch competition.\n\nTo request credentials, reply "
    "with your outlet and the days you plan to attend.\n\nMedia Relations Team\nMidwest Startup Summit\n"
)


def test_a_press_pass_to_a_summit_of_startup_founders_is_accepted(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_rosa(
        kindly,
        tmp_path,
        PRESS_PASS,
        sender="Midwest Startup Summit <press@midweststartupsummit.example>",
        subject="Media credentials: Midwest Startup Summit, March 4-5",
    )
    assert (record["decision"], record["goal"]) == ("accept", "meet_person")
    assert record["fit"] >= 0.7


FOUNDER_COFFEE = (
    "Hi Rosa,\n\nI'm the co-founder of LedgerLeaf, a Milwaukee fintech startup that helps small landlords track rent "
    "and repairs - we raised a seed round last year and now have 14 employees in Walker's Point. I'm not pitching a "
    "story; I'd just like to introduce myself and hear what you're seeing on the startup scene. Could I buy you a "
    "coffee sometime in the next few weeks?\n\nEli\n"
)


def test_a_startup_founders_own_coffee_is_accepted(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_rosa(
        kindly,
        tmp_path,
        FOUNDER_COFFEE,
        sender="Eli Navarro <eli@ledgerleaf.example>",
        subject="Coffee? Milwaukee fintech founder",
    )
    assert (record["decision"], record["goal"]) == ("accept", "meet_person")
    assert record["fit"] >= 0.7


def test_a_coffee_with_someone_who_only_works_with_startup_founders_stays_loosely_related(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: the founders are the bookkeeper's clients, not the sender
    record = _to_rosa(
        kindly,
        tmp_path,
        "Hi Rosa,\n\nI'm a bookkeeper who works with startup founders across Milwaukee. Could I buy you a coffee "
        "sometime in the next few weeks to hear what you're seeing on the startup scene?\n\nPam\n",
        sender="Pam Ruiz <pam@ruizbooks.example>",
        subject="Coffee?",
    )
    assert record["fit"] < 0.55
    assert record["decision"] != "accept"


# -- 2. a peer editor offering a call is not a recruiter ---------------------------------------------------------

KAREN = (
    "Hi Rosa - Karen Liu, deputy business editor at the Chicago Tribune. Your Harbor District series was some of the "
    "best real estate reporting I've read this year. If you'd ever like to talk shop about growing into an editing "
    "role, I'd be happy to set up a call in the new year."
)
_HEADER = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER"


def _linkedin_note(tmp_path: Path, content: str) -> Path:
    path = tmp_path / "messages.csv"
    with path.open("w", newline="") as out:
        out.write(_HEADER + "\n")
        csv.writer(out).writerow(
            [
                "2-rosa-li-1",
                "",
                "Karen Liu",
                "https://www.linkedin.com/in/karenliu-editor",
                "Rosa Lindqvist",
                "https://www.linkedin.com/in/rosa-lindqvist",
                "2026-12-01 16:20:00 UTC",
                "",
                content,
                "INBOX",
            ]
        )
    return path


def test_a_deputy_business_editors_offer_of_a_call_is_a_mentors_time(kindly: Kindly, tmp_path: Path) -> None:
    record = triaged_one(kindly, _linkedin_note(tmp_path, KAREN), profile_file(reporter_profile(), tmp_path))
    assert record["intent"] == "coffee_chat"
    assert (record["decision"], record["goal"]) == ("accept", "find_mentor")


def test_an_editor_recruiting_for_a_named_job_stays_a_recruiter(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: a job named is a recruiter's approach, whatever call is offered
    record = triaged_one(
        kindly,
        _linkedin_note(
            tmp_path,
            "Hi Rosa - Karen Liu, deputy business editor at the Chicago Tribune. We're hiring a senior real estate "
            "reporter and your Harbor District series caught my eye. I'd be happy to set up a call about the job.",
        ),
        profile_file(reporter_profile(), tmp_path),
    )
    assert record["intent"] == "recruiting"


# -- 3. a sales mail sent in bulk is left unanswered -------------------------------------------------------------

SEO_SPAM = (
    "Hi,\n\nI noticed your website isn't ranking for key search terms. Our team can get you to the first page of "
    "Google in 30 days or your money back. Packages start at just $299/month.\n\nReply YES for a free audit.\n\n"
    "Mark\nRankRocket SEO\n"
)


def test_seo_spam_is_ignored_not_declined(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_rosa(
        kindly,
        tmp_path,
        SEO_SPAM,
        sender="RankRocket SEO <growth@rankrocket.example>",
        subject="Get your website to page 1 of Google",
    )
    assert (record["decision"], record["reason_code"]) == ("ignore", "bulk_pitch")
    assert record["draft"] is None


def test_an_ordinary_pitch_is_still_declined(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: one mark of a template (a ranking promised) is an ordinary pitch, answered with a no
    record = _to_rosa(
        kindly,
        tmp_path,
        "Hi Rosa,\n\nOur agency will get the Courier's newsletter to the first page of Google with SEO. Would you "
        "have 20 minutes next week for a demo?\n\nMark\nRankRocket SEO\n",
        sender="RankRocket SEO <growth@rankrocket.example>",
        subject="SEO for Main Street Money",
    )
    assert record["decision"] == "decline"


# -- 4. a source's off-the-record coffee: what they know, offered ------------------------------------------------

SOURCE_COFFEE = (
    "Rosa,\n\nWe met at the Harbor Bank shareholder meeting in the spring. I'm still in their commercial lending "
    "group. There's something going on with a few of the big downtown loans that I think you should know about, but "
    "I can't put it in email. Could we grab coffee somewhere away from downtown this week or next? It would have to "
    "be off the record, at least at first.\n\nD.\n"
)


def test_a_sources_coffee_about_something_she_should_know_is_accepted(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_rosa(
        kindly, tmp_path, SOURCE_COFFEE, sender="D. Mercer <dmercer1987@gmail.com>", subject="coffee?"
    )
    assert (record["decision"], record["goal"]) == ("accept", "meet_person")
    assert "?" in record["draft"]  # the yes proposes times


def test_a_plain_coffee_with_nothing_to_tell_still_asks_what_it_is_for(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: nothing offered to know, so the purpose is still the question
    record = _to_rosa(
        kindly,
        tmp_path,
        "Rosa,\n\nWe met at the Harbor Bank shareholder meeting in the spring. Could we grab coffee somewhere this "
        "week or next?\n\nD.\n",
        sender="D. Mercer <dmercer1987@gmail.com>",
        subject="coffee?",
    )
    assert record["decision"] == "ask_details"


# -- 5. a podcast on her beat is a stage in her own field --------------------------------------------------------

PODCAST = (
    "Hi Rosa,\n\nI host The Cream City Economy, a podcast about Milwaukee's economy and the people who shape it. "
    "Would you join us as a guest in January to talk about what you're seeing in commercial real estate downtown? "
    "We record over Zoom and it takes about 45 minutes.\n\nThanks,\nJanelle\n"
)


def test_a_podcast_on_her_beat_builds_her_credibility(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_rosa(
        kindly,
        tmp_path,
        PODCAST,
        sender="Janelle Brooks <janelle@mkeeconpod.example>",
        subject="Guest on The Cream City Economy podcast?",
    )
    assert (record["decision"], record["goal"]) == ("accept", "build_credibility")


def test_a_podcast_off_her_beat_is_still_declined(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: a stage on a subject she does not cover
    record = _to_rosa(
        kindly,
        tmp_path,
        PODCAST.replace("Milwaukee's economy", "home gardening").replace(
            "commercial real estate downtown", "growing tomatoes indoors"
        ),
        sender="Janelle Brooks <janelle@gardenpod.example>",
        subject="Guest on the Green Thumb podcast?",
    )
    assert record["decision"] == "decline"


# -- 6. a story's subject asking to see it before it runs: an honest no ------------------------------------------

REVIEW_ASKED = (
    "Hi Rosa,\n\nThanks for the time you spent with Renee yesterday. Before your story runs, could you send us a draft "
    "so we can check it for accuracy? We want to make sure the figures on the riverwalk are right.\n\nTom Reilly\n"
    "Lakefront Development Group\n"
)


def test_a_draft_asked_before_her_story_runs_gets_an_honest_no(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_rosa(
        kindly,
        tmp_path,
        REVIEW_ASKED,
        sender="Tom Reilly <tom.reilly@lakefrontdev.example>",
        subject="Harbor District story - quick review?",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "story_review")
    assert "isn't something I do" in record["draft"]
    assert "facts and figures" in record["draft"]  # what she can do instead


def test_a_draft_asked_of_someone_who_reports_no_news_is_their_work(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: the same mail to someone whose signature and goals say nothing of reporting
    profile = reporter_profile(signature="Rosa Lindqvist\nProject manager, Lakeshore Builders").replace(
        "on my beat", "in my market"
    )
    mail = to_reporter(
        tmp_path / "mail.eml",
        REVIEW_ASKED,
        sender="Tom Reilly <tom.reilly@lakefrontdev.example>",
        subject="Harbor District story - quick review?",
    )
    record = triaged_one(kindly, mail, profile_file(profile, tmp_path))
    assert record["reason_code"] != "story_review"


def test_a_draft_asked_with_no_word_of_publication_is_no_story_review(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: a draft of an agenda for a panel she speaks on
    record = _to_rosa(
        kindly,
        tmp_path,
        "Hi Rosa,\n\nCould you send us a draft of your opening remarks for the SPJ panel by Friday?\n\nThanks,\nAmy\n",
        sender="Amy Chen <amy@spjmilwaukee.example>",
        subject="Panel remarks",
    )
    assert record["reason_code"] != "story_review"


# -- 7. the note on rules read word for word: "beat" is met by a name her goals list ------------------------------


def test_the_note_on_her_rules_says_a_name_her_goals_list_meets_her_beat(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = to_reporter(
        tmp_path / "mail.eml", "Hi Rosa,\n\nThanks!\n", sender="Amy <amy@example.org>", subject="Hi"
    )
    result = kindly(
        "triage", str(mail), "--profile", str(profile_file(reporter_profile(), tmp_path)), "--json"
    )
    [note] = [line for line in result.stderr.splitlines() if "companies on my beat" in line]
    assert "beat (or a name your goals list)" in note
    assert "paid, speaking" in note  # the words still needed are still listed
