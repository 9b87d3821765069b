"""Who writes a mail in a language kindly has a table for, where it can tell it plainly: a prospective client about
their own matter, or someone offering a trade the user already has a provider for (kindly.decide.policy decides
on it; the words are understand/languages' and understand/plain_forms.py reads them)."""

from __future__ import annotations

from kindly.decide.providers import ProviderHit, provider_hit
from kindly.decide.words import from_an_organisation
from kindly.model import Intent, Message
from kindly.profile import AnswerLanguage, GoalKind, Profile
from kindly.understand.languages import Words
from kindly.understand.plain_forms import consultation_asked, own_matter, services_offered


def prospective_client(message: Message, profile: Profile, words: Words) -> str:
    """The words that show a mail comes from a prospective client (a consultation asked for, or their own matter
    named: "agendar una consulta", "mi esposo", "prendre rendez-vous"), where the user looks for clients; "" where
    it does not: from an organisation or a team's mailbox, or from someone offering their own services."""
    if not profile.has_goal(GoalKind.FIND_CLIENTS):
        return ""  # a request for the user's own work, where none of their goals is about clients
    text = message.own_text
    if from_an_organisation(message.from_name, message.from_addr) or services_offered(words, text):
        return ""
    return consultation_asked(words, text) or own_matter(words, text)


def provider_offered(
    message: Message, profile: Profile, words: Words, ideas: tuple[tuple[str, str], ...]
) -> ProviderHit | None:
    """The user's provider for the trade a seller offers, named in its language's words ("Somos una agencia de
    marketing" to a user who has a marketing agency); None where no service is plainly offered."""
    if not services_offered(words, message.own_text):
        return None
    return provider_hit(profile, " ".join(english for _, english in ideas), Intent.SALES_PITCH)


def answers_in(
    profile: Profile, ideas: tuple[tuple[str, str], ...], code: AnswerLanguage
) -> tuple[list[str], list[str]]:
    """The user's answers a yes to a client gives in another language - about a consultation, and about what the
    mail asks in the words kindly reads ("¿cuánto cuesta?": cost) - as the user wrote them in it (`answer_in`, by
    the language's `code`: "es"), and the topics of those they wrote only in English, which kindly cannot
    translate ("consultation")."""
    asked = {"consultation", *(word for _, english in ideas for word in english.lower().split())}
    said: list[str] = []
    unsaid: list[str] = []
    for answer in profile.answers:
        about = next((term for term in answer.about if term.lower() in asked), None)
        if about is None:
            continue
        if written := answer.answer_in.get(code):
            said.append(written)
        else:
            unsaid.append(about)
    return list(dict.fromkeys(said))[:3], unsaid
