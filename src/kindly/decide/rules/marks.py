"""The marks a never-rule's hit leaves on a decision (paid feature, a treat only), read from its evidence notes."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kindly.decide.fees import (
    pays_to_appear,
    pays_you,
    speaker_paid,
)
from kindly.decide.rules.concepts import _F
from kindly.decide.rules.shown import PLACE_BOUGHT
from kindly.decide.vendor_events import SELLERS_EVENT
from kindly.model import DecisionMark

# What a sender treats the user to, and whom from: a meal (with or without "My treat", a gift's words) from someone
# the rule names ("companies I cover").
_TREAT_IDEAS = frozenset({"meal", "gift", "covered"})
# ...and a trip, whose meals come with the flights and the hotel: a press trip is the hospitality itself
_A_TRIP = re.compile(
    r"\b(?:flights?|airfare|hotels?|resort|accommodation|lodging|nights? at|(?:press |media )?trips?|travel)\b",
    _F,
)


def only_a_treat(notes: Sequence[str], text: str) -> bool:
    """Whether a never-rule held by a meal the sender offers alone ('meal: "lunch"', 'gift: "My treat"', 'covered:
    "Marcus Hale"'), not by what the meeting itself is (a fee, a talk, a trip, a PR firm's lunch)."""
    ideas = {note.split(":", 1)[0] for note in notes}
    return "meal" in ideas and ideas <= _TREAT_IDEAS and not _A_TRIP.search(text)


def rule_marks(notes: Sequence[str]) -> frozenset[DecisionMark]:
    """The marks a reply reads of a never-rule's notes, set where its notes are (a place bought from the user)."""
    return frozenset({DecisionMark.PLACE_BOUGHT} if any(n.startswith(PLACE_BOUGHT) for n in notes) else ())


# The note of a never-rule that held on a price the user would pay ('"paid": "GBP 2,950"' of "paid-for awards").
_PAID_NOTE = re.compile(r'^"?paid"?:\s')


def never_do_marks(evidence: Sequence[str], text: str = "") -> frozenset[DecisionMark]:
    """The marks a reply reads of a never-rule's decline (all its evidence, and the message's `text` where known),
    set where the decline is made: a show or a stage that charges its guests, a price the user would pay (or pay
    the sender offers the user: "We pay a $500 honorarium" is no place bought), an event its seller hosts."""
    marks = set()
    if pays_to_appear(evidence):
        marks.add(DecisionMark.CHARGES_GUESTS)
    if any(_PAID_NOTE.match(note) for note in evidence):
        marks.add(
            DecisionMark.PAID_TO_YOU
            if text and (speaker_paid(text) or pays_you(text))
            else DecisionMark.PAID_PLACE
        )
    if any(note.startswith(SELLERS_EVENT) for note in evidence):
        marks.add(DecisionMark.SELLERS_EVENT)
    return frozenset(marks)
