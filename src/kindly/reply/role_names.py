"""Display names that are a role, not a person: a sales or service mailbox in any language kindly writes
("Vertrieb", "Ventas", "Ventes", "Vendite", "Verkoop", "Vendas", "Sales", "Info", "Team", "Kundenservice"), and a
business named with a title ("Mr Fix It Repairs"). A reply greets the person who signs, else no one by name: never
"Hallo Vertrieb," nor "Hi Mr Repairs,"."""

from __future__ import annotations

from kindly.decide.team_words import display_name_words
from kindly.decide.words import fold
from kindly.understand.people import is_given_name, name_words

# the words of a department or a shared mailbox (decide.team_words: the same table reads ventas@ and info@)
_ROLE_WORDS = frozenset(fold(word) for word in display_name_words())


def names_a_role(name: str) -> bool:
    """Whether a display name is a department's or a shared mailbox's: one no first name opens that holds a word of
    one ("Vertrieb", "Vertrieb Müller GmbH", "Team Verkoop", "Servicio al Cliente"); not "Maria Ventas"."""
    words = name.split()
    if not words or is_given_name(words[0]):
        return False
    return any(fold(word.strip(".,:-&()")) in _ROLE_WORDS for word in words)


def a_business_under_a_title(words: list[str], titles: int) -> bool:
    """Whether a name that opens with `titles` honorifics is a business's ("Mr Fix It Repairs", "Dr Phone Fix"):
    two words or more after them, the first no first name, two of them everyday words no name holds. Not "Mr David
    Kershaw", nor "Mr Wong"."""
    rest = words[titles:]
    if titles < 1 or len(rest) < 2 or is_given_name(rest[0]):
        return False
    everyday = name_words()[2]
    return sum(fold(word.strip(".,&'")) in everyday for word in rest) >= 2
