"""A referral's thanks and what it points to read as one paragraph, and a resource's description is set inside
the sentence in lower case ("(a two-page checklist: ...)"), as a person would write it."""

from __future__ import annotations

from pathlib import Path

from support import Kindly, eml, triaged_one

PETER = """Hi Dana,

Hope things are good! Quick favor to ask. Since I went freelance in June I've got three old 401(k)s floating
around and no real plan for retirement savings, and I remember you raving about your planner (Maria at
Northstar?).

Would you be willing to introduce me to her by email? I'm happy to send you a short blurb about my situation to
forward along.

Thanks a ton,
Peter
"""


def test_an_introduction_to_the_users_planner_is_one_paragraph(kindly: Kindly, tmp_path: Path) -> None:
    mail = eml(
        tmp_path / "peter.eml",
        PETER,
        sender="Peter Yoon <peter.yoon@example.com>",
        subject="Could you introduce me to your financial planner?",
        date="Tue, 17 Nov 2026 10:02:01 -0800",
    )
    record = triaged_one(kindly, mail)
    assert record["decision"] == "refer", record["reason"]
    thanks, introduction = record["draft"].split("\n\n")[1].split(". ", 1)
    assert thanks.startswith("Thank") and "\n" not in record["draft"].split("\n\n")[1]
    assert "Maria Chen, Northstar Wealth" in introduction


KENJI = """Dear Ms. Reyes,

I'm a senior in the accounting program at Portland State University. For our Professional Practice seminar, each
of us has to complete an informational interview with a practitioner, and I'm particularly interested in
independent practices that serve small businesses.

Would you be willing to spend 20 minutes (by phone, Zoom or in person) telling me how you started your practice,
what a typical week looks like, and what skills you'd recommend I build before graduating? Any day before
December 11 would work for me.

Thank you very much for considering it.

Sincerely,
Kenji Watanabe
"""


def test_a_resource_is_described_in_lower_case_inside_the_sentence(kindly: Kindly, tmp_path: Path) -> None:
    mail = eml(
        tmp_path / "kenji.eml",
        KENJI,
        sender="Kenji Watanabe <kwatanabe@pdx-student.example.edu>",
        subject="Informational interview request - PSU accounting student",
        date="Thu, 19 Nov 2026 12:48:01 -0800",
    )
    record = triaged_one(kindly, mail)
    assert record["decision"] == "refer", record["reason"]
    assert (
        '"Bookkeeping checklist for new studios" (a two-page checklist: accounts to open' in record["draft"]
    )
