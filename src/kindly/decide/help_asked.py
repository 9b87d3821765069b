"""A bare ask for help says what it is about in the sentence before it: "I need quotes for general liability and
workers' comp. Can you help?" asks about quotes, though the question names none. The user's answer about quotes
answers it."""

from __future__ import annotations

import re

from kindly.decide.words import SENTENCE
from kindly.understand.questions import questions

# "Can you help?", "Could you help us with that?", "Is that something you can do?", "Would you be able to help?"
_BARE_HELP = re.compile(
    r"^(?:(?:so|and|any chance)\s+)?(?:(?:can|could|would|will)\s+you(?:\s+be\s+able\s+to)?\s+(?:help|assist)"
    r"(?:\s+(?:us|me))?(?:\s+with\s+(?:this|that|it|these))?|is\s+(?:that|this)\s+something\s+you\s+(?:can\s+)?"
    r"(?:do|help\s+with|handle))\s*\??$",
    re.IGNORECASE,
)


def questions_with_their_subject(text: str) -> list[str]:
    """The text's questions, a bare ask for help read with the sentence before it ("I need quotes for general
    liability. Can you help?")."""
    flat = " ".join(text.split())
    found = []
    for question in questions(text):
        at = flat.find(question)
        if _BARE_HELP.match(question) and at > 0:
            before = [m.group(0).strip() for m in SENTENCE.finditer(flat[:at]) if m.group(0).strip()]
            if before:
                question = f"{before[-1]} {question}"
        found.append(question)
    return found
