"""Pastor Samuel Whitaker again (session 23, round two): a colleague's forward is weighed on what it forwards
however little its note asks, a wedding he is asked to officiate gets his own saved answer as a draft, a summit
signed "Apostle Dr. Clarence Vaughn" is greeted by that title, and a member's hard news is his to answer
personally, never "nothing is asked of you"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kindly.web.auth import set_password
from personas import pastor_profile, pastor_with_answers_profile, to_pastor
from support import Kindly, profile_file, triaged_one
from web_support import FAST_SCRYPT, PASSWORD, log_in


def _to_pastor(
    kindly: Kindly, tmp_path: Path, body: str, *, sender: str, subject: str, profile: str = ""
) -> dict[str, Any]:
    """The triage record of a mail to the pastor against his profile (or `profile`)."""
    mail = to_pastor(tmp_path / "mail.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(profile or pastor_profile(), tmp_path))


def _texted_to_pastor(kindly: Kindly, tmp_path: Path, text: str) -> dict[str, Any]:
    """The triage record of a text message pasted from his phone."""
    paste = tmp_path / "paste.txt"
    paste.write_text(text, encoding="utf-8")
    return triaged_one(kindly, paste, profile_file(pastor_profile(), tmp_path))


# -- 1. A forward is decided on what it forwards, whatever its note asks --------------------------------------------

PANTRY_ASK = (
    "Dear Brother Reese,\n\nThe Westside Pantry Alliance is looking for a second distribution site in the West End "
    "for Saturday mornings, and your fellowship hall would be ideal. Could your pastor meet with me and our "
    "operations lead for an hour in the next two weeks?\n\nHarold Simms\nNetwork Director, Westside Pantry Alliance\n"
)
FORWARDED = (
    "---------- Forwarded message ---------\nFrom: Harold Simms <hsimms@westsidepantry.example.org>\n"
    "Date: Fri, Nov 27, 2026 at 3:30 PM\nSubject: Saturday distribution site\n"
    "To: Tom Reese <treese@gmzbc.example.org>\n\n"
)


def test_a_colleagues_forward_saying_he_would_want_to_hear_it_is_weighed_on_the_partner_it_forwards(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = "Pastor,\n\nforwarding this from the pantry folks, told him you'd want to hear it.\n\nTom\n\n"
    record = _to_pastor(
        kindly,
        tmp_path,
        body + FORWARDED + PANTRY_ASK,
        sender="Brother Tom Reese <treese@gmzbc.example.org>",
        subject="Fwd: Saturday distribution site",
    )
    assert (record["decision"], record["goal"]) == ("accept", "find_community"), record["reason"]
    # the reply thanks the colleague, and the pastor writes to the partner himself (the forward gives his address)
    assert "for passing this on" in record["draft"]
    assert "I'd be glad to meet Harold - I'll email them directly." in record["draft"]


def test_the_pantry_networks_own_request_for_his_hall_is_a_partnership_not_a_clients_request(
    kindly: Kindly, tmp_path: Path
) -> None:
    ask = PANTRY_ASK.replace("Dear Brother Reese", "Dear Pastor Whitaker").replace(
        "Could your pastor", "Could you"
    )
    record = _to_pastor(
        kindly,
        tmp_path,
        ask,
        sender="Harold Simms <hsimms@westsidepantry.example.org>",
        subject="Saturday distribution site",
    )
    assert (record["decision"], record["intent"]) == ("accept", "partnership_proposal"), record["reason"]
    assert "your inquiry" not in record["draft"]


def test_a_colleagues_forward_of_a_newsletter_he_would_want_to_see_still_asks_nothing(
    kindly: Kindly, tmp_path: Path
) -> None:
    newsletter = (
        "THE PANTRY POST | December\n\nThis month our volunteers packed 4,000 boxes. Thank you to every partner "
        "congregation!\n\nWestside Pantry Alliance\n"
    )
    record = _to_pastor(
        kindly,
        tmp_path,
        "Pastor - you'd want to see this. Tom\n\n" + FORWARDED + newsletter,
        sender="Brother Tom Reese <treese@gmzbc.example.org>",
        subject="Fwd: The Pantry Post",
    )
    assert record["decision"] == "ignore", record["reason"]


# -- 2. A request for his own work gets his saved answer about it as a draft -----------------------------------------

WEDDING = (
    "Hi Pastor Whitaker!\n\nDarnell and I got engaged last month and we would be so honored if you would officiate "
    "our wedding. We're looking at Saturday, June 12, 2027 at the church. What do we need to do to get started? Do "
    "we need premarital counseling first?\n\nThank you so much,\nKeisha Morrow\n"
)


def test_a_wedding_he_is_asked_to_officiate_stays_his_to_answer_with_his_saved_answer_drafted(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_pastor(
        kindly,
        tmp_path,
        WEDDING,
        sender="Keisha Morrow <keisha.morrow@outlook.example.com>",
        subject="Wedding - would you officiate?",
        profile=pastor_with_answers_profile(),
    )
    assert (record["decision"], record["reason_code"]) == ("ignore", "client_request"), record["reason"]
    assert "saved answer" in record["reason"]
    assert record["draft"].startswith("Hi Keisha,")
    assert "four premarital counselling sessions with me first" in record["draft"]
    assert "Sister Denise Carter" in record["draft"]
    assert "your inquiry" not in record["draft"]


def test_a_wedding_with_no_saved_answer_gets_no_draft(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_pastor(
        kindly,
        tmp_path,
        WEDDING,
        sender="Keisha Morrow <keisha.morrow@outlook.example.com>",
        subject="Wedding - would you officiate?",
    )
    assert (record["decision"], record["reason_code"], record["draft"]) == ("ignore", "client_request", None)


def test_a_request_his_saved_answer_is_not_about_gets_no_draft(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_pastor(
        kindly,
        tmp_path,
        "Hi Pastor Whitaker,\n\nOur son was born in October. Would you baptize him at the church in the spring? "
        "What do we need to do?\n\nThank you,\nKeisha Morrow\n",
        sender="Keisha Morrow <keisha.morrow@outlook.example.com>",
        subject="Baptism for our son",
        profile=pastor_with_answers_profile(),
    )
    assert record["draft"] is None, record["draft"]
    assert "saved answer" not in record["reason"]


# -- 4. A title and a surname signed under an organisation's name greet the reply ------------------------------------


def test_a_summit_signed_by_an_apostle_is_greeted_by_his_title_and_name(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_pastor(
        kindly,
        tmp_path,
        "Dear Rev. Whitaker,\n\nWe would be honored to have you lead a workshop on urban ministry at our faith "
        "conference in Orlando on March 18. Would you be available?\n\nBlessings,\nApostle Dr. Clarence Vaughn\n"
        "Convener, Kingdom Leaders Summit\n",
        sender="Kingdom Leaders Summit <speakers@kingdomleaderssummit.example.com>",
        subject="Workshop at the Kingdom Leaders Summit",
    )
    assert record["draft"].startswith("Hi Apostle Vaughn,"), record["draft"]


def test_a_summit_signed_by_its_team_is_still_greeted_hi_there(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_pastor(
        kindly,
        tmp_path,
        "Dear Rev. Whitaker,\n\nWe would be honored to have you lead a workshop on urban ministry at our faith "
        "conference in Orlando on March 18. Would you be available?\n\nBlessings,\nThe Summit Speakers Team\n"
        "Kingdom Leaders Summit\n",
        sender="Kingdom Leaders Summit <speakers@kingdomleaderssummit.example.com>",
        subject="Workshop at the Kingdom Leaders Summit",
    )
    assert record["draft"].startswith("Hi there,"), record["draft"]


# -- 5. A member's hard news to their pastor is his to answer personally ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "From: Tanya Greene (Text message)\n\nPastor, Mom passed this morning.\n", id="a-death-told"
        ),
        pytest.param(
            "From: Marcus Hill (Text message)\n\nPastor Dad's in the hospital, could you pray with us\n",
            id="a-father-in-hospital-and-prayer-asked",
        ),
        pytest.param(
            "From: Marcus Hill (Text message)\n\nPastor, Dad is in the hospital at Grady since last night. Would "
            "you be able to visit him this week?\n",
            id="a-visit-asked",
        ),
        pytest.param(
            "From: Tanya Greene (Text message)\n\nPastor, Mom passed this morning. The funeral will be Saturday "
            "the 12th at 11. Would you do the eulogy?\n",
            id="a-eulogy-asked",
        ),
    ],
)
def test_a_members_hard_news_is_his_to_answer_personally(kindly: Kindly, tmp_path: Path, text: str) -> None:
    record = _texted_to_pastor(kindly, tmp_path, text)
    assert (record["decision"], record["reason_code"]) == ("ignore", "personal"), record["reason"]
    assert "yours to answer personally" in record["reason"]
    assert "nothing is asked" not in record["reason"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "From: Georgia Baptist Fellowship (Text message)\n\nPrayer list: Brother Lewis is in the hospital at "
            "Grady. Unsubscribe: reply STOP\n",
            id="a-mailings-prayer-list",
        ),
        pytest.param(
            "From: Sister Ann Bell (Text message)\n\nThank you Pastor for visiting when Mom was in the hospital, "
            "she's home now and doing well!\n",
            id="a-thank-you-for-a-visit-past",
        ),
        pytest.param(
            "From: Fellowship Messenger (Text message)\n\nThe health ministry visits Grady hospital every first "
            "Saturday. Sign-up sheet in the lobby.\n",
            id="a-notice-naming-a-hospital",
        ),
    ],
)
def test_news_that_only_mentions_a_hospital_or_is_past_still_asks_nothing(
    kindly: Kindly, tmp_path: Path, text: str
) -> None:
    record = _texted_to_pastor(kindly, tmp_path, text)
    assert (record["decision"], record["reason_code"]) == ("ignore", "not_invitation"), record["reason"]


def test_the_inbox_page_shows_the_wedding_left_to_him_while_its_draft_waits(
    kindly: Kindly, tmp_path: Path
) -> None:
    from fastapi.testclient import TestClient

    from kindly.web import create_app, load_settings

    _to_pastor(
        kindly,
        tmp_path,
        WEDDING,
        sender="Keisha Morrow <keisha.morrow@outlook.example.com>",
        subject="Wedding - would you officiate?",
        profile=pastor_with_answers_profile(),
    )
    (tmp_path / "thanks").mkdir()
    thanks = to_pastor(
        tmp_path / "thanks" / "thanks.eml",
        "Pastor,\n\nThank you for Sunday's sermon, it blessed my whole family.\n\nAnn Bell\n",
        sender="Ann Bell <ann.bell@mail.example.com>",
        subject="Thank you for Sunday",
    )
    triaged_one(kindly, thanks, profile_file(pastor_with_answers_profile(), tmp_path))
    set_password(kindly.home, PASSWORD, **FAST_SCRYPT)
    with TestClient(create_app(load_settings(kindly.home)), follow_redirects=False) as client:
        log_in(client)
        inbox = client.get("/").text
    assert "Wedding - would you officiate?" in inbox
    assert "Thank you for Sunday" not in inbox  # an ignored mail with no draft stays out of the inbox


def test_a_chaplaincy_asking_clergy_to_visit_patients_in_the_hospital_is_still_weighed(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_pastor(
        kindly,
        tmp_path,
        "Dear Pastor,\n\nOur chaplaincy program needs clergy to visit patients who are in the hospital over the "
        "holidays. Could we talk about it next week?\n\nRev. Amy Cole\nGrady Health Chaplaincy\n",
        sender="Amy Cole <acole@gradyhealth.example.org>",
        subject="Holiday chaplaincy volunteers",
    )
    assert record["reason_code"] != "personal", record["reason"]
