"""The languages besides English that kindly reads a few ideas and fixed forms of, each a table of words
(table.Words), by the name understand.language.language_of gives the language."""

from __future__ import annotations

from kindly.understand.languages.dutch import DUTCH
from kindly.understand.languages.french import FRENCH
from kindly.understand.languages.german import GERMAN
from kindly.understand.languages.italian import ITALIAN
from kindly.understand.languages.portuguese import PORTUGUESE
from kindly.understand.languages.spanish import SPANISH
from kindly.understand.languages.table import Words

READ: dict[str, Words] = {
    words.name: words for words in (SPANISH, FRENCH, GERMAN, PORTUGUESE, ITALIAN, DUTCH)
}


def signs_off(line: str) -> bool:
    """Whether a line only signs a mail off in a language besides English ("Cordiali saluti,", "Met vriendelijke
    groet", "Mit freundlichen Grüßen"): the name under it is who signs, and the line itself is no one's name."""
    line = line.strip()
    return any(words.sign_off.fullmatch(line) for words in READ.values())


__all__ = ["DUTCH", "FRENCH", "GERMAN", "ITALIAN", "PORTUGUESE", "READ", "SPANISH", "Words", "signs_off"]
