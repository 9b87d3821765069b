"""Session 20, round two: what Tiago Marques, a freelance UX/product designer in Lisbon, still saw wrong
(/tmp/s20/review_ux). Each test is one of his messages, the profile lines it needs and what he sees."""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

import pytest

from personas import UX_RATE, to_ux_designer, ux_designer_profile
from support import Kindly, profile_file, triaged_one


class Mail(NamedTuple):
    """A mail to Tiago: who sends it, its subject and its words."""

    sender: str
    subject: str
    body: str


def _triage(kindly: Kindly, tmp_path: Path, mail: Mail, *, rate: bool = True) -> dict[str, Any]:
    """Tiago's triage of one mail (written on 30 November), with his answer on his day rate where `rate`."""
    profile = profile_file(ux_designer_profile(answers=(UX_RATE,) if rate else ()), tmp_path)
    sent = "Mon, 30 Nov 2026 10:00:00 +0000"
    path = to_ux_designer(
        tmp_path / "mail.eml", mail.body, sender=mail.sender, subject=mail.subject, date=sent
    )
    return triaged_one(kindly, path, profile)


# -- "white-label subcontracting for agencies below my day rate": work offered to him, at his own rate ---------

WHITE_LABEL = Mail(
    "Paulo Mendes <paulo@brightagency.pt>",
    "E-commerce redesign",
    "Hi Tiago, Paulo from Bright Agency here (we met at Web Summit). We've got a big e-commerce redesign for a "
    "retail client, 8 weeks, white-label - you'd work under our brand. We can pay EUR 300/day. Can you start "
    "Monday 7 December?\n\nPaulo\n",
)
BENCH = Mail(
    "Ricardo Lemos <ricardo@pixelforge.agency>",
    "Freelance designers for our bench",
    "Hi Tiago,\n\nI'm the founder of PixelForge, a digital agency in Manchester. We're looking for talented freelance "
    "designers to join our white-label bench: you'd design dashboards and apps for our clients under the PixelForge "
    "name, and we handle the client relationship.\n\nOur rate for senior freelancers is GBP 220/day, with steady "
    "work of 3-4 days a week from January.\n\nWould you be up for a quick call next week?\n\nRicardo Lemos\n"
    "Founder, PixelForge\n",
)


@pytest.mark.parametrize("mail", [WHITE_LABEL, BENCH], ids=["eur-whatsapp-style", "gbp-bench"])
def test_white_label_work_below_his_day_rate_is_declined_under_his_rule(
    kindly: Kindly, tmp_path: Path, mail: Mail
) -> None:
    record = _triage(kindly, tmp_path, mail)
    assert record["intent"] == "client_inquiry"  # work offered to him, not a vendor's pitch
    assert record["decision"] == "decline"
    assert record["reason_code"] == "never_do"
    assert "white-label subcontracting for agencies below my day rate of" in record["draft"]
    assert "your business" not in record["draft"] and "what you do" not in record["draft"]


def test_white_label_work_at_or_above_his_rate_is_weighed_as_work(kindly: Kindly, tmp_path: Path) -> None:
    well_paid = WHITE_LABEL._replace(body=WHITE_LABEL.body.replace("EUR 300/day", "EUR 700/day"))
    record = _triage(kindly, tmp_path, well_paid)
    assert record["intent"] == "client_inquiry"
    assert record["reason_code"] != "never_do"


def test_without_a_rate_in_his_profile_the_rule_does_not_guess_one(kindly: Kindly, tmp_path: Path) -> None:
    record = _triage(kindly, tmp_path, WHITE_LABEL, rate=False)
    assert record["reason_code"] != "never_do"


def test_an_agency_selling_its_own_white_label_service_stays_a_pitch(kindly: Kindly, tmp_path: Path) -> None:
    seller = Mail(
        "Nina Costa <nina@devhands.io>",
        "White-label development for studios",
        "Hi Tiago,\n\nDevHands is a white-label development agency: we build the apps your studio designs, under "
        "your brand. Our rates start at EUR 300/day. Would you like a quick call to see if we could help?\n\n"
        "Nina\n",
    )
    record = _triage(kindly, tmp_path, seller)
    assert record["intent"] == "sales_pitch"
    assert record["reason_code"] != "never_do"


# -- "spec work or unpaid design tests": a contest's call to take part is an ask, by whatever imperative -----------

CONTEST = Mail(
    "Contests Team <hello@designarena.io>",
    "Win EUR 800: redesign the Mobi banking app (contest open)",
    "Hi Tiago,\n\nWe loved your portfolio! DesignArena is running a design contest for Mobi, a neobank in Spain. "
    "Submit your concept for their new onboarding screens (3-5 screens in Figma) by Friday 4 December, and the "
    "winning designer gets EUR 800 plus a chance at a longer engagement.\n\nEntries are free. Only the winner is "
    "paid.\n\nSubmit here: https://designarena.io/contests/mobi-onboarding\n\nGood luck!\nThe DesignArena team\n",
)


def test_a_contest_that_calls_him_to_submit_is_declined_as_spec_work(kindly: Kindly, tmp_path: Path) -> None:
    record = _triage(kindly, tmp_path, CONTEST)
    assert record["decision"] == "decline"
    assert record["reason_code"] == "never_do"
    assert "spec work or unpaid design tests" in record["draft"]


def test_news_of_a_contest_that_asks_nothing_is_still_ignored(kindly: Kindly, tmp_path: Path) -> None:
    news = Mail(
        "DesignArena <hello@designarena.io>",
        "The Mobi contest winner",
        "Hi Tiago,\n\nThe Mobi onboarding contest is over: only the winner is paid, and this time it was Ana Ruiz "
        "from Madrid. Read more: https://designarena.io/blog/mobi-winner\n\nThe DesignArena team\n",
    )
    record = _triage(kindly, tmp_path, news)
    assert record["decision"] == "ignore"


# -- his accountant writes in Portuguese, not Spanish ---------------------------------------------------------------


def test_his_accountants_portuguese_reminder_is_called_portuguese(kindly: Kindly, tmp_path: Path) -> None:
    reminder = Mail(
        "Sofia Ramos <sofia@ramoscontabilidade.pt>",
        "Lembrete: IVA do 4.º trimestre",
        "Olá Tiago,\n\nLembrete rápido: envia-me as faturas de outubro a dezembro até 10 de janeiro para tratarmos "
        "da declaração de IVA do 4.º trimestre.\n\nObrigada,\nSofia\n",
    )
    record = _triage(kindly, tmp_path, reminder)
    assert record["decision"] == "ignore"
    assert "Portuguese" in record["reason"] and "Spanish" not in record["reason"]


def test_a_spanish_invitation_is_still_called_spanish(kindly: Kindly, tmp_path: Path) -> None:
    spanish = Mail(
        "Ana Ruiz <ana@disenomadrid.es>",
        "Encuentro de diseñadores",
        "Hola Tiago, ¿cómo estás? Te escribo porque estamos organizando un encuentro de diseñadores en Madrid para "
        "el mes que viene. ¿Te gustaría venir a dar una charla? Gracias,\nAna\n",
    )
    record = _triage(kindly, tmp_path, spanish)
    assert "Spanish" in record["reason"]
