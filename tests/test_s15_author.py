"""Fifteenth session, an author's inbox: Priya Raman, whose book on burnout in healthcare is out in January, wants
her launch amplified, to speak to clinicians, a group of health writers, and never does events on Sunday evenings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kindly.ingest.pasted import parse_pasted
from kindly.model import Draft
from kindly.reply.check import check_draft
from support import Kindly, eml, profile_file, triaged_one, written_profile

WRITTEN = "Tue, 01 Dec 2026 09:00:00 +0000"  # the pinned clock's day (tests/conftest.py)

AUTHOR = """
[user]
name = "Priya Raman"
email = "priya@priyaraman.example"
signature = "Priya"
tone = "warm"
date_style = "international"
weekly_networking_hours = 4
time_zone = "Europe/London"

[[goals]]
kind = "amplify_campaign"
description = "Launch of my book 'Running on Empty' (15 January 2027) to clinicians and healthcare managers"
targets = ["Running on Empty", "podcasts", "newsletters", "bookshop events", "clinicians"]
priority = 1

[[goals]]
kind = "find_community"
description = "A like-minded group of health and medical writers"
targets = ["health writers", "medical writers"]
priority = 2

[[providers]]
category = "publicist"
name = "Tom Ashby at Fenwick Press"

[[never]]
what = "events on Sunday evenings"

[[answers]]
about = ["review copy", "proof", "copy of the book"]
answer = "My publicist Tom Ashby at Fenwick Press can send a proof copy."
"""


def decided(kindly: Kindly, tmp_path: Path, body: str, **mail: str) -> dict[str, Any]:
    mail.setdefault("sender", "Gemma Ross <gemma.ross@healthwriters.example>")
    mail.setdefault("subject", "Health Writers' Supper Club")
    tmp_path.mkdir(parents=True, exist_ok=True)
    path = eml(tmp_path / "mail.eml", body, date=WRITTEN, to="priya@priyaraman.example", **mail)
    return triaged_one(kindly, path, profile=profile_file(AUTHOR, tmp_path))


# -- a part of the day in a never-rule is shown by the hour -------------------------------------------------------

SUPPER = (
    "Hi Priya,\n\nI run the Health Writers' Supper Club - about a dozen health and medical journalists and authors "
    "who meet monthly to swap notes on pitching and book proposals. A few of us loved your first book and would "
    "love you to join us.\n\n{when}\n\nHope you can come!\nGemma\n"
)


def test_a_supper_on_a_sunday_at_7pm_is_an_event_on_a_sunday_evening(kindly: Kindly, tmp_path: Path) -> None:
    record = decided(
        kindly,
        tmp_path,
        SUPPER.format(when="Our December supper is on Sunday 13 December at 7pm in Fitzrovia."),
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do")
    assert "events on Sunday evenings" in record["draft"]
    assert "see you on Sunday" not in record["draft"]


def test_a_sunday_evening_said_in_words_or_on_the_24_hour_clock(kindly: Kindly, tmp_path: Path) -> None:
    for when in (
        "We meet on Sunday evening, 13 December, in Fitzrovia.",
        "Supper is Sunday 13 December, 19:30.",
    ):
        record = decided(kindly, tmp_path / str(len(when)), SUPPER.format(when=when))
        assert record["reason_code"] == "never_do", when


def test_a_sunday_morning_or_a_weekday_evening_is_no_sunday_evening(kindly: Kindly, tmp_path: Path) -> None:
    # near misses: the day without the evening, the evening without the day, and the two said of different things
    for when in (
        "Our December get-together is a brunch on Sunday 13 December at 11am in Fitzrovia.",
        "Our December supper is on Thursday 10 December at 7pm in Fitzrovia.",
        "Our walk is on Sunday 13 December at 11am. The supper itself is on Thursday 10 December at 7pm.",
    ):
        record = decided(kindly, tmp_path / str(len(when)), SUPPER.format(when=when))
        assert record["decision"] == "accept", (when, record["reason"])
        assert record["reason_code"] != "never_do", when


def test_good_wishes_for_the_evening_propose_no_sunday_evening(kindly: Kindly, tmp_path: Path) -> None:
    record = decided(
        kindly,
        tmp_path,
        SUPPER.format(
            when="Our December supper is on Sunday 13 December at 12:30 in Fitzrovia. Have a lovely evening!"
        ),
    )
    assert record["reason_code"] != "never_do"


# -- the day a programme goes out is not the day to record it -----------------------------------------------------

RADIO = (
    "Dear Priya,\n\nI'm a producer on Inside Health on BBC Radio 4. We're making a programme on burnout among NHS "
    "staff for broadcast on Tuesday 19 January, and having read the proof of Running on Empty we'd love you to be "
    "one of the guests.\n\n{recording}\n\nWould that work for you?\n\nBest wishes,\nHannah Cole\nProducer, Inside "
    "Health\n"
)


def test_a_radio_programme_is_recorded_on_the_day_it_gives_not_the_day_it_goes_out(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = decided(
        kindly,
        tmp_path,
        RADIO.format(
            recording="The recording would be at Broadcasting House in London on Tuesday 8 December at 14:00, "
            "and would take about an hour."
        ),
        sender="Hannah Cole <hannah.cole@bbc.example>",
        subject="Inside Health - invitation to take part",
    )
    assert record["decision"] == "accept"
    assert "Tuesday 8 December at 14:00 works for me" in record["draft"]
    assert "19 January" not in record["draft"] and "Would " not in record["draft"]


def test_being_live_on_air_on_a_day_is_the_day_to_appear(kindly: Kindly, tmp_path: Path) -> None:
    # a near miss: "on air" is the appearance itself, whatever else goes out later
    record = decided(
        kindly,
        tmp_path,
        "Dear Priya,\n\nI'm a producer on Inside Health on BBC Radio 4. Having read the proof of Running on Empty, "
        "we'd love you to join us live on air on Tuesday 8 December at 14:00 to talk about burnout among NHS staff. "
        "The repeat goes out on Friday 11 December.\n\nWould that work for you?\n\nBest wishes,\nHannah\n",
        sender="Hannah Cole <hannah.cole@bbc.example>",
        subject="Inside Health - live guest",
    )
    assert record["decision"] == "accept"
    assert "Tuesday 8 December at 14:00" in record["draft"]
    assert "11 December" not in record["draft"]


# -- an offer to share the user's work, read as a coffee, is still an offer to share it -------------------------


def dm(kindly: Kindly, tmp_path: Path, sender: str, body: str) -> dict[str, Any]:
    path = tmp_path / "dm.txt"
    path.write_text(
        f"From: {sender}\nSubject: Instagram DM\nDate: Sat, 28 Nov 2026 10:30:00 +0000\n\n{body}\n"
    )
    return triaged_one(kindly, path, profile=profile_file(AUTHOR, tmp_path))


def test_a_nurse_who_offers_to_feature_the_book_in_her_stories_is_said_yes_to(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = dm(
        kindly,
        tmp_path,
        "Ellie Booth (Instagram)",
        "Hiya! I'm a paediatric nurse and I run @nursereads (31k followers, mostly nurses and midwives). I'd love to "
        "feature Running on Empty in my January stories and do a little Q&A with you on launch week if you're up "
        "for it? No cost, just love what you're doing! x",
    )
    assert (record["decision"], record["goal"]) == ("accept", "amplify_campaign")
    assert "glad for you to share it" in record["draft"]
    assert "invitation to meet" not in record["draft"]


def test_a_coffee_that_offers_no_sharing_is_still_a_coffee(kindly: Kindly, tmp_path: Path) -> None:
    # a near miss: stories of the sender's own, and no offer to share the user's work
    record = dm(
        kindly,
        tmp_path,
        "Sam Hollis (Instagram)",
        "Hi Priya! I'm a junior doctor in Leeds and I love sharing stories from the wards. Would you fancy a coffee "
        "next time you're up north? Would love to pick your brain about writing.",
    )
    assert record["intent"] == "coffee_chat"


# -- a call to talk it through, at the times the sender offers ---------------------------------------------------

LATE = (
    "Hi Priya,\n\nI programme public events at the Wellcome Collection. We're planning a Friday Late on \"care and "
    'exhaustion" on Friday 12 February 2027, and would love you to give a 20-minute talk on Running on Empty '
    "followed by a conversation with an ICU nurse. We offer a £300 fee.\n\n{ask}\n\nBest,\nDaniel\n"
)


def test_a_call_to_talk_it_through_takes_the_first_time_offered(kindly: Kindly, tmp_path: Path) -> None:
    record = decided(
        kindly,
        tmp_path,
        LATE.format(
            ask="Could we have a 20-minute call to talk it through? I'm free Tuesday 8 December at 11:00 or "
            "Wednesday 9 December at 15:00."
        ),
        sender="Daniel Osei <d.osei@wellcomecollection.example>",
        subject="Friday Late in February",
    )
    assert record["decision"] == "accept"
    assert "Tuesday 8 December at 11:00 works for me" in record["draft"]
    assert "send me the details" not in record["draft"]


def test_a_call_about_the_talk_with_no_time_offered_keeps_the_talks_day(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near misses: "your talk" is the talk; "free to chat any time" names no time
    record = decided(
        kindly,
        tmp_path,
        LATE.format(ask="Would you be up for it? I'm free to chat any time this week if that helps."),
        sender="Daniel Osei <d.osei@wellcomecollection.example>",
        subject="Friday Late in February",
    )
    assert record["decision"] == "accept"
    assert "12 February" in record["draft"]
    assert "this week" not in record["draft"]


# -- the user's own answer may name their provider -----------------------------------------------------------------

WARD_ROUND = (
    "Hi Priya,\n\nI write The Ward Round, a weekly newsletter for NHS managers and service leads (22,000 "
    "subscribers). I'd love to run a short written Q&A with you about Running on Empty in our 13 January issue - "
    "five questions, about 800 words of answers.\n\nCould you also send me a review copy?\n\nBest,\nKate Mills\n"
    "Editor, The Ward Round\n"
)


def test_a_newsletter_asking_for_a_review_copy_gets_her_answer_naming_her_publicist(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = decided(
        kindly,
        tmp_path,
        WARD_ROUND,
        sender="Kate Mills <kate@thewardround.example>",
        subject="Q&A for The Ward Round newsletter?",
    )
    assert record["decision"] == "accept"
    assert record["draft"] is not None, "the draft was withheld"
    assert "My publicist Tom Ashby at Fenwick Press can send a proof copy." in record["draft"]


def test_a_draft_that_names_her_provider_in_words_of_its_own_is_still_withheld(tmp_path: Path) -> None:
    # a near miss: the checker still refuses a provider's name that no answer of hers says
    profile = written_profile(AUTHOR, tmp_path)
    message = parse_pasted(f"From: Kate Mills <kate@thewardround.example>\n\n{WARD_ROUND}".encode(), "paste")
    leaked = Draft(
        text="Hi Kate,\n\nYes, I'd be glad to. Tom Ashby at Fenwick Press handles my publicity.\n\nWarmly,\nPriya\n",
        steps=("accept",),
    )
    assert (
        "names the user's provider 'Tom Ashby at Fenwick Press'"
        in check_draft(leaked, message, profile).problems
    )
    own = Draft(
        text="Hi Kate,\n\nYes, I'd be glad to.\n\nMy publicist Tom Ashby at Fenwick Press can send a proof copy."
        "\n\nWarmly,\nPriya\n",
        steps=("accept",),
    )
    assert not any("provider" in problem for problem in check_draft(own, message, profile).problems)


# -- a publicist is who does public relations ---------------------------------------------------------------------


def test_a_guaranteed_bestseller_campaign_is_declined_for_the_publicist_she_has(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = decided(
        kindly,
        tmp_path,
        "Hi Priya,\n\nCongrats on the upcoming launch! Our Bestseller Launch Campaign has taken 400+ authors to #1 "
        "Amazon Bestseller status. For a one-off investment of £2,497 we handle everything: launch team, category "
        "strategy and a press release to 5,000 outlets.\n\nShall I hold a January slot for you?\n\nBrandon Vale\n"
        "Founder, Bestseller Launch Pro\n",
        sender="Brandon Vale <brandon@bestsellerlaunch.example>",
        subject="Guarantee Running on Empty hits #1 on Amazon",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "has_provider")
    assert "For a publicist, I already work with someone I'm very happy with" in record["draft"]
    assert "Tom Ashby" not in record["draft"]


def test_a_pitch_for_another_trade_is_not_declined_for_the_publicist(kindly: Kindly, tmp_path: Path) -> None:
    # a near miss: a ghost of "public" in another trade's words is no public relations
    record = decided(
        kindly,
        tmp_path,
        "Hi Priya,\n\nWe design book covers and interior layouts for non-fiction authors and publishers. Our public "
        "portfolio is on our site. Would you have 15 minutes for a quick call next week?\n\nLeo\nCoverworks\n",
        sender="Leo Hart <leo@coverworks.example>",
        subject="Book cover design",
    )
    assert record["reason_code"] != "has_provider"


# -- a written Q&A is promised by the day its answers are due, not the day of the issue ---------------------------


def test_a_written_q_and_a_is_promised_by_the_day_the_answers_are_due(kindly: Kindly, tmp_path: Path) -> None:
    record = decided(
        kindly,
        tmp_path,
        WARD_ROUND.replace(
            "five questions, about 800 words of answers.",
            "five questions, about 800 words of answers. If you're up for it I'd need your answers by Friday 8 "
            "January.",
        ),
        sender="Kate Mills <kate@thewardround.example>",
        subject="Q&A for The Ward Round newsletter?",
    )
    assert record["decision"] == "accept"
    assert "by Friday 8 January" in record["draft"]
    assert "by 13 January" not in record["draft"]


def test_an_event_hosted_by_someone_on_a_day_keeps_that_day(kindly: Kindly, tmp_path: Path) -> None:
    # a near miss: "by" of who hosts is no deadline, even beside words of writing
    record = decided(
        kindly,
        tmp_path,
        "Hi Priya,\n\nWould you join our panel on burnout, hosted by the Royal Society of Medicine on Thursday 4 "
        "February 2027 at 18:30? You'd speak for ten minutes about Running on Empty to clinicians and managers."
        "\n\nBest,\nKate\n",
        sender="Kate Mills <kate@rsm-events.example>",
        subject="Panel on burnout",
    )
    assert record["decision"] == "accept"
    assert "Thursday 4 February" in record["draft"]
