"""A LinkedIn message the user pastes ("Subject: LinkedIn message", a sender named without an address) is answered
as a LinkedIn message: there is no address an e-mail draft could go to."""

from __future__ import annotations

from pathlib import Path

from support import Kindly, triaged

DM = """\
Hi Dana - I run a small design studio in Austin and keep hearing your name for studio finances. Would you be
open to a call next week about cash-flow forecasting for us? We are 12 people.
"""


def shown(kindly: Kindly) -> str:
    result = kindly("show", "1")
    assert result.exit_code == 0, result.output
    return " ".join(result.stdout.split())


def test_a_pasted_linkedin_message_gets_a_linkedin_draft(kindly: Kindly, tmp_path: Path) -> None:
    [record] = triaged(kindly, "-", input=f"From: Priya Shah\nSubject: LinkedIn message\n\n{DM}")
    assert record["decision"] == "accept", record["reason"]
    page = shown(kindly)
    assert "Draft (pending, linkedin" in page
    assert "Subject: Re: LinkedIn message" not in page


def test_a_saved_paste_with_mail_like_headers_is_a_linkedin_message_too(
    kindly: Kindly, tmp_path: Path
) -> None:
    pasted = tmp_path / "priya.txt"
    pasted.write_text(
        f"From: Priya Shah\nSubject: LinkedIn message\nDate: Sat, 28 Nov 2026 10:14:00 -0600\n\n{DM}"
    )
    [record] = triaged(kindly, pasted)
    assert record["decision"] == "accept", record["reason"]
    assert "Draft (pending, linkedin" in shown(kindly)


def test_a_paste_with_an_address_to_write_to_is_answered_by_e_mail(kindly: Kindly, tmp_path: Path) -> None:
    # she wrote on LinkedIn but gave her address: the user can answer where they like, e-mail by default
    [record] = triaged(
        kindly, "-", input=f"From: Priya Shah <priya@northloop.example>\nSubject: LinkedIn message\n\n{DM}"
    )
    assert record["decision"] == "accept", record["reason"]
    assert "Draft (pending, email" in shown(kindly)
