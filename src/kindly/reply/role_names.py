"""Display names that are a role, not a person: a sales or service mailbox in any language kindly writes
("Vertrieb", "Ventas", "Ventes", "Vendite", "Verkoop", "Vendas", "Sales", "Info", "Team", "Kundenservice"), and a
business named with a title ("Mr Fix It Repairs"). A reply greets the person who signs, else no one by name: never
"Hallo Vertrieb," nor "Hi Mr Repairs,"."""

from __future__ import annotations

from kindly.decide.words import fold
from kindly.understand.people import is_given_name, name_words


def _folded(*lines: str) -> frozenset[str]:
    return frozenset(fold(word) for line in lines for word in line.split())


# the words of a department or a shared mailbox, in English, German, Spanish, French, Italian, Dutch and Portuguese
_ROLE_WORDS = _folded(
    # sales
    "sales vertrieb verkauf ventas ventes vendite verkoop vendas comercial commercial commerciale",
    # information and contact
    "info infos information informationen información informazioni informação informatie contact kontakt",
    "contacto contatto contato",
    # a team, a service, support
    "team teams equipo équipe equipe equipa kundenservice kundendienst service servicio servizio serviço",
    "klantenservice support soporte assistenza apoio helpdesk",
    # an office and its desks
    "office büro oficina ufficio escritório kantoor sekretariat secretaría secrétariat segreteria",
    "secretariaat secretaria reception rezeption recepción accueil receptie",
    # billing, accounts, purchasing
    "billing buchhaltung contabilidad comptabilité contabilità contabilidade boekhouding verwaltung",
    "administración amministrazione administração administratie einkauf compras achats acquisti inkoop",
)


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
