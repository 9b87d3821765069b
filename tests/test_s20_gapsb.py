"""Session 20, gaps the last closing note left: the same person again by another channel after a no, a colleague's
source, mail in another language."""

from __future__ import annotations

from pathlib import Path

from personas import ADVISER, to_adviser
from support import Kindly, profile_file, triaged, triaged_one

# -- 1. a follow-up by another channel to a pitch already declined ----------------------------------------------------

JOSH_PITCH = (
    "Hi Priya,\n\nJosh here, BDM for HUB24 in Sydney. I've heard great things about your practice and would love to "
    "grab a coffee next week - I can come to you in the CBD.\n\nI'd like to walk you through our new managed account "
    "and retirement income features; a lot of independent practices are moving their clients across to us this "
    "year and the transition team does all the heavy lifting.\n\nWould Tuesday or Wednesday morning suit?\n\n"
    "Cheers,\nJosh Fenwick\nBusiness Development Manager | HUB24"
)
JOSH_TEXT = (
    "Hi Priya, Josh from HUB24 again - just following up on my email. Any chance of that coffee next week? Happy to "
    "come to you, my shout."
)


def joshs_pitch(folder: Path) -> Path:
    return to_adviser(
        folder / "pitch.eml",
        JOSH_PITCH,
        sender="Josh Fenwick <josh.fenwick@hub24.com.au>",
        subject="Coffee next week?",
        date="Wed, 18 Nov 2026 14:05:00 +1100",
    )


def joshs_text(folder: Path, body: str = JOSH_TEXT, name: str = "joshs_text.txt") -> Path:
    """A text message pasted from the phone: the sender's name, no address."""
    path = folder / name
    path.write_text(
        f"From: Josh Fenwick (SMS)\nDate: Fri, 27 Nov 2026 15:30:00 +1100\nSubject: Text message\n\n{body}\n",
        encoding="utf-8",
    )
    return path


def test_a_text_following_up_a_pitch_whose_no_waits_unsent_is_declined_too_and_no_second_reply_drafted(
    kindly: Kindly, tmp_path: Path
) -> None:
    profile = profile_file(ADVISER, tmp_path)
    pitch, text = triaged(kindly, joshs_pitch(tmp_path), joshs_text(tmp_path), profile=profile)
    assert pitch["decision"] == "decline" and pitch["draft"]
    assert text["decision"] == "decline"
    assert text["reason_code"] == pitch["reason_code"]
    assert text["reason"].startswith('Follows up #1 ("Coffee next week?") by a text message: you declined it')
    assert "Your reply to #1 waits unsent" in text["reason"]
    assert text["draft"] is None


def test_once_the_no_went_out_by_email_the_text_is_answered_briefly_holding_the_line(
    kindly: Kindly, tmp_path: Path
) -> None:
    profile = profile_file(ADVISER, tmp_path)
    triaged_one(kindly, joshs_pitch(tmp_path), profile=profile)
    exported = kindly("drafts", "export", "1", "--dir", str(tmp_path / "out"), "--profile", str(profile))
    assert exported.exit_code == 0, exported.output
    text = triaged_one(kindly, joshs_text(tmp_path), profile=profile)
    assert text["decision"] == "decline"
    assert "Follows up #1" in text["reason"] and "waits unsent" not in text["reason"]
    assert text["draft"] == (
        "Hi Josh,\n\nThanks for following up. As I mentioned in my e-mail, I'll pass on this one - but thanks for "
        "thinking of me.\n\nBest,\nPriya Raman\n"
    )


def test_the_same_follow_up_by_email_from_his_address_holds_the_no_as_well(kindly: Kindly, tmp_path: Path) -> None:
    profile = profile_file(ADVISER, tmp_path)
    triaged_one(kindly, joshs_pitch(tmp_path), profile=profile)
    again = to_adviser(
        tmp_path / "again.eml",
        "Hi Priya,\n\nJust following up on my note from last week - any chance of that coffee? Happy to come to "
        "you.\n\nJosh",
        sender="Josh <josh.fenwick@hub24.com.au>",
        subject="Quick coffee?",
        date="Thu, 26 Nov 2026 10:00:00 +1100",
    )
    record = triaged_one(kindly, again, profile=profile)
    assert record["decision"] == "decline"
    assert record["reason"].startswith('Follows up #1 ("Coffee next week?") by another e-mail')


def test_a_real_event_invitation_from_the_declined_seller_is_weighed_anew(kindly: Kindly, tmp_path: Path) -> None:
    """A different ask of the same person (an evening for independent advisers) is no follow-up of the pitch."""
    profile = profile_file(ADVISER, tmp_path)
    triaged_one(kindly, joshs_pitch(tmp_path), profile=profile)
    seminar = joshs_text(
        tmp_path,
        "Hi Priya, Josh from HUB24 again. We're hosting a retirement income seminar for pre-retirees on Thursday "
        "4 February at 6pm at the Museum of Sydney and would love you to speak on the panel about superannuation. "
        "Would you be interested?",
    )
    record = triaged_one(kindly, seminar, profile=profile)
    assert "Follows up #1" not in record["reason"]
    assert record["intent"] == "speaking_invitation"


def test_a_new_coffee_that_does_not_point_back_at_the_pitch_is_weighed_on_its_own(
    kindly: Kindly, tmp_path: Path
) -> None:
    profile = profile_file(ADVISER, tmp_path)
    triaged_one(kindly, joshs_pitch(tmp_path), profile=profile)
    record = triaged_one(
        kindly, joshs_text(tmp_path, "Hi Priya, are you free for a coffee on Tuesday morning? Josh"), profile=profile
    )
    assert "Follows up" not in record["reason"]


def test_a_text_from_someone_else_who_shares_his_first_name_only_is_no_follow_up(
    kindly: Kindly, tmp_path: Path
) -> None:
    profile = profile_file(ADVISER, tmp_path)
    triaged_one(kindly, joshs_pitch(tmp_path), profile=profile)
    other = tmp_path / "other.txt"
    other.write_text(f"From: Josh Martin (SMS)\nDate: Fri, 27 Nov 2026 15:30:00 +1100\n\n{JOSH_TEXT}\n", encoding="utf-8")
    record = triaged_one(kindly, other, profile=profile)
    assert "Follows up" not in record["reason"]
