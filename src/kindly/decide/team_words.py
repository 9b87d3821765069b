"""The words of a team, a department or a shared mailbox, in one table for both places kindly meets them: a
display name ("Vertrieb", "Kundenservice", "Team Verkoop": reply.role_names, so a reply greets no "Hallo Vertrieb,")
and the local part of an address (ventas@, info@, events@: decide.words, mail no one answers as a person). A word
of both is written once; a word only one of them reads is marked so - an address's local part never holds
"Büro" or "Rezeption", and "hello" or "events" name no department in a display name. Words are written as people
write them (accents and all); each reader folds them its own way. An address word may be a pattern (events?)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TeamWords:
    """One meaning's words, in English, German, Spanish, French, Italian, Dutch and Portuguese: those a display
    name and an address both use, those of display names only, and those of addresses only."""

    meaning: str
    both: str = ""
    names: str = ""
    addresses: str = ""


TEAM_WORDS = (
    TeamWords(
        "sales",
        both="sales ventas ventes vendite verkoop commerciale",
        names="vertrieb verkauf vendas comercial commercial",
        addresses="marketing",
    ),
    TeamWords(
        "information and contact",
        both="info información contact contacto",
        names="infos information informationen informazioni informação informatie kontakt contatto contato",
        addresses="hello hi news newsletter renseignements contatti",
    ),
    TeamWords(
        "a team, a service, support",
        both="team equipo équipe support soporte assistenza klantenservice",
        names="teams equipa kundenservice kundendienst service servicio servizio serviço helpdesk apoio",
        addresses="atencion clientes clientele service[-._]?client",
    ),
    TeamWords(
        "an office and its desks",
        both="office segreteria secretariaat",
        names="büro oficina ufficio escritório kantoor sekretariat secretaría secrétariat secretaria reception "
        "rezeption recepción accueil receptie",
        addresses="admin noreply no-reply",
    ),
    TeamWords(
        "billing, accounts, purchasing",
        names="billing buchhaltung contabilidad comptabilité contabilità contabilidade boekhouding verwaltung "
        "administración amministrazione administração administratie einkauf compras achats acquisti inkoop",
    ),
    TeamWords(
        "events, members and registration",
        addresses="events? eventos? evenements? eventi evenementen rsvp register registration inscriptions? "
        "iscrizioni aanmelden aanmeldingen membership members adhesions? community organi[sz]ers? committee "
        "awards speakers conference conferences summit webinars?",
    ),
    TeamWords(
        # a bar's or a college's professional development office: pd@, cpd@, cle@, cme@, training@
        "programmes and learning",
        addresses="programs? programme education learning pd cpd cle cme ce training professional[-._]?development "
        "continuing[-._]?education",
    ),
    TeamWords("press and partners", addresses="press media prensa stampa partnerships"),
    TeamWords("jobs and funding", addresses="careers jobs grants funding"),
    TeamWords("calls for papers", addresses="cfp papers submissions"),
)


def display_name_words() -> list[str]:
    """The words that make a display name a team's, as written."""
    return [word for row in TEAM_WORDS for word in f"{row.both} {row.names}".split()]


def address_words() -> list[str]:
    """The words (or patterns) that make an address's local part a shared mailbox's, as written."""
    return [word for row in TEAM_WORDS for word in f"{row.both} {row.addresses}".split()]
