"""Session 21's last read: the readings this session added or now reaches, on long and odd mail."""

from __future__ import annotations

import time

from kindly.reply.slot_wording import preference
from kindly.zones import signature_zone


def test_the_days_that_suit_a_sender_are_found_at_once_in_a_long_mail_without_full_stops() -> None:
    # a booking ask run on for pages without a stop: the clause that says which days suit them was tried from
    # every position of the mail (minutes on 20 KB), each try reading to the end of the sentence
    ask = "$300 plus tips for the night and do you give lessons and are you taking on students and " * 100
    mail = f"Hi Dana,\n\n{ask}; Tuesday or Wednesday afternoon works best for us.\n\nBest,\nLena"
    started = time.perf_counter()
    found = preference(mail)
    assert time.perf_counter() - started < 5
    assert found.strip() == "Tuesday or Wednesday afternoon works best for us"


def test_the_clause_that_says_a_day_suits_is_the_one_kept() -> None:
    mail = "We record on Zoom on Thursdays; Thursday 10 December would be ideal. Mornings before 9.30 are easiest."
    assert preference(mail).strip() == "Thursday 10 December would be ideal"
    assert (
        preference("Mornings before 9.30 are easiest for us. Thanks!").strip()
        == "Mornings before 9.30 are easiest for us"
    )
    assert preference("Thanks so much for the note, see you soon.") == ""


def test_a_title_after_the_senders_name_is_no_us_state() -> None:
    # "MD", "MA", "PA", "ND" after a name are a doctor's, a master's, a physician assistant's: Maria in Madrid keeps
    # Madrid's clock, not Maryland's
    signature = "Maria Lopez, MD\nDermatology, Hospital La Paz\nMadrid"
    assert str(signature_zone(signature, "Maria Lopez")) == "Europe/Madrid"
    assert signature_zone("Tom Hart, PA-C\nFamily Medicine", "Tom Hart") is None
    assert signature_zone("Dr. Jane Roe, MA, LPC", "Jane Roe") is None
    # a place before its state still reads as one
    assert (
        str(signature_zone("Maria Lopez\nClinic Director | Portland, OR 97214", "Maria Lopez"))
        == "America/Los_Angeles"
    )
