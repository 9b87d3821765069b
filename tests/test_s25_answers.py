"""Which saved answers a reply gives (reply/answers.py, session 25): a question about one thing whose answer states
its price is not also given the price of everything else because it says "cost"."""

from __future__ import annotations

from pathlib import Path

from personas import photo_profile, to_photo
from support import Kindly, profile_file, triaged_one

WORKSHOP_PRICE = "My Light & Lens workshop runs twice a year in Asheville: a full day, $395"
WEDDING_PRICE = "My wedding collections start at $3,800"


def _draft_to_wren(kindly: Kindly, tmp_path: Path, body: str, *, sender: str, subject: str) -> str:
    mail = to_photo(tmp_path / "mail.eml", body, sender=sender, subject=subject)
    record = triaged_one(kindly, mail, profile_file(photo_profile(), tmp_path))
    return str(record["draft"])


def test_a_workshop_question_that_says_cost_gets_the_workshops_answer_alone(
    kindly: Kindly, tmp_path: Path
) -> None:
    draft = _draft_to_wren(
        kindly,
        tmp_path,
        "Hi Wren,\n\nI just bought my first real camera and I've been following your work for ages. When is your "
        "next Light & Lens workshop, and how much does it cost?\n\nThank you!\nLena\n",
        sender="Lena Ortiz <lena.ortiz@example.com>",
        subject="Light & Lens workshop",
    )
    assert WORKSHOP_PRICE in draft, draft
    assert WEDDING_PRICE not in draft, draft


def test_a_question_of_availability_and_pricing_still_gets_both(kindly: Kindly, tmp_path: Path) -> None:
    # the availability answer states no price: the price answer is what "pricing" asks
    draft = _draft_to_wren(
        kindly,
        tmp_path,
        "Hi Wren!\n\nMy fiance Caleb and I are getting married on Saturday, October 9, 2027 at The Ridge at Sawyer "
        "Family Farm and we are obsessed with your work. Are you available that day, and could you send us your "
        "packages and pricing?\n\nThank you so much!\nHannah\n",
        sender="Hannah Pruitt <hannah.pruitt@gmail.example>",
        subject="Wedding photography inquiry - October 9, 2027",
    )
    assert WEDDING_PRICE in draft, draft
    assert "one wedding per weekend" in draft, draft
