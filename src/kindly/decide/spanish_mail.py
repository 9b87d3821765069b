"""Who writes a mail in Spanish, where kindly can tell it plainly: a prospective client about their own matter,
or someone offering a trade the user already has a provider for (kindly.decide.policy decides on it; the words
are understand/spanish_asks.py's and understand/language.ideas_in_spanish's)."""

from __future__ import annotations

from kindly.decide.providers import ProviderHit, provider_hit
from kindly.decide.words import from_an_organisation
from kindly.model import Intent, Message
from kindly.profile import GoalKind, Profile
from kindly.understand.spanish_asks import consultation_asked, own_matter, services_offered


def prospective_client(message: Message, profile: Profile) -> str:
    """The words that show a mail in Spanish comes from a prospective client (a consultation asked for, or their
    own matter named: "agendar una consulta", "mi esposo"), where the user looks for clients; "" where it does
    not: from an organisation or a team's mailbox, or from someone offering their own services."""
    if not any(goal.kind is GoalKind.FIND_CLIENTS for goal in profile.goals):
        return ""  # a request for the user's own work, where none of their goals is about clients
    text = message.own_text
    if from_an_organisation(message.from_name, message.from_addr) or services_offered(text):
        return ""
    return consultation_asked(text) or own_matter(text)


def provider_offered(
    message: Message, profile: Profile, ideas: tuple[tuple[str, str], ...]
) -> ProviderHit | None:
    """The user's provider for the trade a seller offers in Spanish, named in its Spanish words ("Somos una
    agencia de marketing" to a user who has a marketing agency); None where no service is plainly offered."""
    if not services_offered(message.own_text):
        return None
    return provider_hit(profile, " ".join(english for _, english in ideas), Intent.SALES_PITCH)


def answers_in_spanish(profile: Profile, ideas: tuple[tuple[str, str], ...]) -> tuple[list[str], list[str]]:
    """The user's answers a yes to a client in Spanish gives - about a consultation, and about what the mail asks
    in the words kindly reads ("¿cuánto cuesta?": cost) - as the user wrote them in Spanish (`answer_in.es`), and
    the topics of those they wrote only in English, which kindly cannot translate ("consultation")."""
    asked = {"consultation", *(word for _, english in ideas for word in english.lower().split())}
    said: list[str] = []
    unsaid: list[str] = []
    for answer in profile.answers:
        about = next((term for term in answer.about if term.lower() in asked), None)
        if about is None:
            continue
        if spanish := answer.answer_in.get("es"):
            said.append(spanish)
        else:
            unsaid.append(about)
    return list(dict.fromkeys(said))[:3], unsaid
