"""A time kindly proposes, written in Spanish (reply/in_its_language.py writes every language it has phrases for)."""

from __future__ import annotations

from kindly.reply.in_its_language import slot_in
from kindly.reply.languages import SPANISH


def spanish_slot(slot: str) -> str:
    """ "Tuesday, December 8 at 2:30 pm" -> "el martes 8 de diciembre a las 14:30"; "" where `slot` is not one of
    kindly's own."""
    return slot_in(SPANISH, slot)
