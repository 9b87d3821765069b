"""Session 20's last read: what a review of the session's change found and fixed."""

from __future__ import annotations

import time

from kindly.decide.fees import pays_you


def test_a_table_of_figures_pasted_without_spaces_is_read_for_pay_at_once() -> None:
    # a run of digits and commas was tried as an amount from each of its digits: quadratic (minutes on 100 KB)
    table = "12,34," * 8_000 + "56"
    mail = f"Hi Dana,\n\nOur survey results, as exported:\n{table}\n\nWe can pay $400 for the talk.\n\nBest,\nLena"
    started = time.perf_counter()
    found = pays_you(mail)
    assert time.perf_counter() - started < 5
    assert found == "We can pay $400"


def test_an_amount_is_read_whole_never_from_inside_a_number() -> None:
    assert pays_you("Our rate is $0.80/word for the piece.") == "$0.80/word"
    assert pays_you("We'd offer you 1,500 euros for the keynote.") == "We'd offer you 1,500 euros"
