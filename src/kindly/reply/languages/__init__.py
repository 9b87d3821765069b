"""The languages besides English that kindly writes a few fixed sentences in, each a table (table.Phrases), by
the name understand.language.language_of gives the language."""

from __future__ import annotations

from kindly.reply.languages.dutch import DUTCH
from kindly.reply.languages.french import FRENCH
from kindly.reply.languages.german import GERMAN
from kindly.reply.languages.italian import ITALIAN
from kindly.reply.languages.portuguese import PORTUGUESE
from kindly.reply.languages.spanish import SPANISH
from kindly.reply.languages.table import Phrases

WRITTEN: dict[str, Phrases] = {
    phrases.name: phrases for phrases in (SPANISH, FRENCH, GERMAN, PORTUGUESE, ITALIAN, DUTCH)
}

__all__ = ["DUTCH", "FRENCH", "GERMAN", "ITALIAN", "PORTUGUESE", "SPANISH", "WRITTEN", "Phrases"]
