"""Examples the lead added in the seventeenth session."""

from __future__ import annotations

from pathlib import Path

import pytest

from support import Kindly, eml, triaged_one

_SLOT_FOR_A_FEE = """Hello,

You have been selected to speak at the Global Leaders Summit in Dubai. To secure your slot please send the
$500 registration fee to {payee} by Western Union today.

Regards,
Grace
"""


@pytest.mark.parametrize("payee", ["Dr. Smith", "Mrs. Adeyemi", "Prof. Obi", "our agent"])
def test_a_fee_to_send_by_western_union_is_a_scam_whatever_title_its_payee_has(
    kindly: Kindly, tmp_path: Path, payee: str
) -> None:
    mail = eml(
        tmp_path / "summit.eml",
        _SLOT_FOR_A_FEE.format(payee=payee),
        sender="Grace Okoro <grace.okoro88@gmail.com>",
        subject="Speaking slot confirmed",
        date="Mon, 30 Nov 2026 08:12:00 +0000",
    )

    record = triaged_one(kindly, mail)

    # a title's dot ends no sentence: the fee and the way to send it are one ask
    assert record["decision"] == "ignore", record["reason"]
    assert "scam" in record["reason"], record["reason"]
