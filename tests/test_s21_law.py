"""Lucía Herrera, a bilingual immigration lawyer in Miami (session 21): a third of her mail is in Spanish, which
kindly cannot read. What it can tell of it must be right: a Spanish ask is seen for one (the verbs and nouns of
asking, meeting and paying), and a calendar invitation whose note is in Spanish is never declined on a fit read
off words kindly does not understand."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kindly.decide.rules import CONCEPTS
from kindly.understand.language import asks_in_another_language
from personas import immigration_lawyer_profile
from support import Kindly, eml, profile_file, triaged_one

LUCIA = "lucia@herreraimmigration.com"


def _lawyer(tmp_path: Path) -> Path:
    return profile_file(immigration_lawyer_profile(), tmp_path)


def _to_lucia(
    kindly: Kindly, tmp_path: Path, body: str, *, sender: str, subject: str, date: str
) -> dict[str, Any]:
    """The triage record of a mail to Lucía against her profile."""
    mail = eml(tmp_path / "m.eml", body, sender=sender, subject=subject, date=date, to=LUCIA)
    return triaged_one(kindly, mail, _lawyer(tmp_path))


# -- Spanish asks: the pronoun of "you" before the verb, a question opened to "you", paying and meeting -------


@pytest.mark.parametrize(
    ("body", "cue"),
    [
        (
            "Hola abogada, ¿Quiere más clientes de inmigración? Le enviamos prospectos exclusivos en español. "
            "Pague solo por cada prospecto: $45 por lead, sin contrato.",
            "pague",
        ),
        (
            "Hola abogada, mi prima está en Venezuela y quiere venir con visa de turista. ¿Usted me puede decir "
            "por correo qué documentos necesita? Es solo una pregunta rápida, no necesito contratar.",
            "me puede",
        ),
        (
            "Buenas tardes. Somos una agencia de marketing para bufetes. ¿Le gustaría ver cómo funciona en una "
            "videollamada esta semana?",
            "le gustaría",
        ),
    ],
)
def test_a_spanish_ask_is_seen_and_left_to_read_first(
    kindly: Kindly, tmp_path: Path, body: str, cue: str
) -> None:
    record = _to_lucia(
        kindly,
        tmp_path,
        body + "\n\nSaludos,\nEquipo de Ventas\n",
        sender="Ventas <ventas@prospectos.example>",
        subject="Una pregunta",
        date="Thu, 19 Nov 2026 09:00:00 -0500",
    )
    assert cue in asks_in_another_language(body)
    # ...and what is plain in it decided (test_s21_r2law, test_s22_spanish): paying per lead is her never-rule's,
    # free advice asked by a team's inbox (no prospective client) too, and a marketing agency she already has
    decided = {"pague": "never_do", "me puede": "never_do", "le gustaría": "has_provider"}
    assert (record["decision"], record["reason_code"]) == ("decline", decided[cue]), record["reason"]


@pytest.mark.parametrize(
    "text",
    [
        # a thank-you: the sender's own wish, said of "me", asks nothing
        "Licenciada, me gustaría darle las gracias. Ayer me llegó la tarjeta de residencia y mi familia le desea "
        "un feliz Día de Acción de Gracias.",
        # the translator's invoice note: paid, not paying asked
        "Hola Lucía, te envié la factura de noviembre por correo: 14 traducciones certificadas, total $630. "
        "Gracias como siempre, las de la familia Paredes ya están subidas.",
        # someone else who cannot come
        "Mi hermano no puede venir el martes porque tiene que trabajar, así que iré yo sola con los papeles.",
        # a receipt
        "Gracias por su pago de $89.00. Su recibo está adjunto y no tiene que hacer nada más.",
    ],
)
def test_spanish_that_asks_nothing_shows_no_ask(text: str) -> None:
    assert asks_in_another_language(text) == ()


# -- a calendar invitation whose note is in Spanish ----------------------------------------------------------

RADIO_ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Radio Caracol Miami//Agenda//ES
METHOD:REQUEST
BEGIN:VEVENT
UID:entrevista-herrera-20261208@caracolmiami.example
DTSTAMP:20261130T160000Z
DTSTART;TZID=America/New_York:20261208T081500
DTEND;TZID=America/New_York:20261208T084500
SUMMARY:{summary}
LOCATION:{location}
DESCRIPTION:{description}
ORGANIZER;CN=Andrés Pineda:mailto:apineda@caracolmiami.example
ATTENDEE;CN=Lucia Herrera;RSVP=TRUE:mailto:lucia@herreraimmigration.com
END:VEVENT
END:VCALENDAR
"""


def _invitation(kindly: Kindly, tmp_path: Path, **note: str) -> dict[str, object]:
    source = tmp_path / "invite.ics"
    source.write_text(RADIO_ICS.format(**note))
    return triaged_one(kindly, source, _lawyer(tmp_path))


def test_a_radio_interview_invitation_in_spanish_is_not_declined_but_left_to_read_first(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _invitation(
        kindly,
        tmp_path,
        summary="Entrevista: Licenciada Lucía Herrera - Preguntas de inmigración",
        location="Estudio B\\, Radio Caracol Miami\\, 2100 Coral Way",
        description='Entrevista en vivo en el programa "Buenos Días Miami". Hablaremos de las nuevas reglas de '
        "asilo y contestaremos preguntas de los oyentes. Por favor llegue 10 minutos antes.",
    )
    assert record["decision"] == "ignore"
    assert record["reason_code"] == "not_english_invitation"
    assert record["reason"] == (
        'A calendar invitation whose note is in Spanish, which kindly cannot read (it says "entrevista") and '
        'names "radio", a target of your build credibility goal: yours to read first.'
    )
    assert not record["draft"]


@pytest.mark.parametrize(
    ("summary", "description"),
    [
        # nothing of her goals can be read in it: the no stands, its calendar reply said in Spanish (test_s20_gapsb)
        (
            "Lanzamiento: Nimbus\\, la app de notas con IA",
            "Únete a fundadores e inversionistas para celebrar el lanzamiento de Nimbus\\, nuestra app de notas con "
            "inteligencia artificial\\, con bebidas y demostraciones en vivo. ¡Nos encantaría verte allí!",
        ),
        # in English kindly reads it: no fit is no fit
        (
            "Launch party: Nimbus AI note-taker",
            "Join founders and investors to celebrate the launch of Nimbus\\, our AI note-taking app\\, with drinks "
            "and live demos. We would love to see you there!",
        ),
    ],
)
def test_a_calendar_invitation_that_names_none_of_the_goals_is_still_declined(
    kindly: Kindly, tmp_path: Path, summary: str, description: str
) -> None:
    record = _invitation(
        kindly, tmp_path, summary=summary, location="The Loft\\, 300 Biscayne Blvd", description=description
    )
    assert record["decision"] == "decline"
    assert record["reason"] == "An event that serves none of your goals."


# -- a stranger who wants free advice by e-mail ----------------------------------------------------------------


def test_a_stranger_who_cannot_afford_a_lawyer_is_offered_a_paid_consultation_not_free_advice(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_lucia(
        kindly,
        tmp_path,
        "Hi,\n\nI found your website. My H-1B was denied last week and my employer says I have to leave. Can I "
        "just switch to a B-2 and stay while I look for another job? Please let me know by email, I can't afford "
        "a lawyer right now.\n\nThanks\nBrian\n",
        sender="Brian Cole <brian.cole77@yahoo.example>",
        subject="Quick question about my visa",
        date="Fri, 20 Nov 2026 23:48:00 -0500",
    )
    assert record["decision"] == "accept"
    assert record["reason"].endswith(
        "You never do free legal advice by e-mail: the reply offers a consultation instead."
    )
    draft = record["draft"]
    assert (
        "Please note that I don't do free legal advice by e-mail, so I'd suggest we make it a proper "
        in draft
    )
    assert (
        "My initial consultation is $150 for an hour, in person or by video, in English or Spanish." in draft
    )


@pytest.mark.parametrize(
    "text",
    [
        "We can't afford a bigger venue, so the talk will be in the library's community room.",
        "Many of our families can't afford a lawyer, which is why we'd love you to speak at our parish.",
        "I can't afford to miss your talk next week!",
    ],
)
def test_what_they_cannot_afford_that_is_no_help_asked_unpaid(text: str) -> None:
    assert CONCEPTS["unpaid"].shown_by(text) is None


# -- a rule's noun of doing, said by its verb -------------------------------------------------------------------


def test_a_pay_per_lead_seller_is_declined_by_the_rule_against_paid_lead_generation(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_lucia(
        kindly,
        tmp_path,
        "Hi Lucía,\n\nWe generate exclusive, pre-screened immigration leads in Miami-Dade. You only pay per lead "
        "($60 per qualified lead) and there's no monthly minimum.\n\nDo you have 15 minutes Thursday for a quick "
        "demo?\n\nRyan\nLeads4Lawyers\n",
        sender="Leads4Lawyers <growth@leads4lawyers.example>",
        subject="Exclusive immigration leads in Miami",
        date="Mon, 23 Nov 2026 08:30:00 -0500",
    )
    assert record["decision"] == "decline"
    assert record["reason"] == "You never do paid lead generation."
    assert "I have a firm rule against paid lead generation, so I'll have to pass." in record["draft"]


def test_leads_generated_for_free_are_no_paid_lead_generation(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_lucia(
        kindly,
        tmp_path,
        "Hi Lucía,\n\nOur free know-your-rights workshops generated over 40 calls from families last spring. "
        "Would you speak at the next one at the Little Havana Community Center, on a weekday evening?\n\nSofía\n",
        sender="Sofía Castaño <scastano@littlehavanacc.example>",
        subject="Know-your-rights workshop",
        date="Mon, 23 Nov 2026 14:10:00 -0500",
    )
    assert record["reason_code"] != "never_do"
