"""Lucía Herrera's Spanish mail, the leftovers of session 21 (session 22): a team inbox is greeted as no one, a
thank-you or a receipt that names a "consulta" asks nothing, a prospective client's consultation and free advice
asked are answered as their English twins are, a provider she already has is told so, and a calendar invitation
in Spanish is answered in Spanish. Every Spanish sentence is one of kindly's fixed ones; nothing is translated."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kindly.errors import ConfigError
from personas import (
    LAWYER_CONSULTATION_IN_SPANISH,
    LAWYER_SPEAKING,
    bilingual_lawyer_profile,
    immigration_lawyer_profile,
)
from support import Kindly, eml, profile_file, triaged_one, written_profile
from test_s21_law import RADIO_ICS

LUCIA = "lucia@herreraimmigration.com"


def _to_lucia(
    kindly: Kindly,
    tmp_path: Path,
    body: str,
    sender: str,
    subject: str = "Consulta",
    *,
    spanish_answer: bool = False,
    **profile: Any,
) -> dict[str, Any]:
    """The triage record of a mail to Lucía; `spanish_answer`: her answer about her consultation is in Spanish
    too."""
    mail = eml(
        tmp_path / "m.eml",
        body,
        sender=sender,
        subject=subject,
        date="Mon, 30 Nov 2026 10:00:00 -0500",
        to=LUCIA,
    )
    toml = bilingual_lawyer_profile(**profile) if spanish_answer else immigration_lawyer_profile(**profile)
    return triaged_one(kindly, mail, profile_file(toml, tmp_path))


# -- a team's inbox is no person ---------------------------------------------------------------------------------

LEADS = "Hola abogada,\n\n¿Quiere más clientes? Pague solo por cada prospecto: $45 por lead.\n\n"


@pytest.mark.parametrize(
    ("sender", "signed", "greeting"),
    [
        ("Ventas <ventas@prospectos.example>", "Saludos,\nEquipo de Ventas\n", "Buenos días:"),
        ("Equipo de Ventas <info@prospectos.example>", "Saludos,\nEquipo de Ventas\n", "Buenos días:"),
        # whoever signs for the team is greeted by name
        ("Ventas <ventas@prospectos.example>", "Saludos,\nDiego Ruiz\n", "Hola Diego,"),
        # a person's own name is kept
        ("Diego Ruiz <diego@prospectos.example>", "Saludos,\nDiego Ruiz\n", "Hola Diego,"),
    ],
)
def test_a_spanish_team_inbox_is_greeted_by_who_signs_or_by_no_name(
    kindly: Kindly, tmp_path: Path, sender: str, signed: str, greeting: str
) -> None:
    record = _to_lucia(kindly, tmp_path, LEADS + signed, sender, "Más clientes")
    assert record["decision"] == "decline", record["reason"]
    assert record["draft"].startswith(f"{greeting}\n\nMuchas gracias por su mensaje."), record["draft"]


LEADS_IN_ENGLISH = (
    "Hi,\n\nWe generate exclusive immigration leads. You only pay per lead ($60 per qualified lead).\n\n"
    "Do you have 15 minutes Thursday for a quick demo?\n"
)


def test_an_english_sales_inbox_is_greeted_as_before(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_lucia(kindly, tmp_path, LEADS_IN_ENGLISH, "Sales <sales@leads4lawyers.example>", "Leads")
    assert record["draft"].startswith("Hi there,"), record["draft"]


# -- a thank-you or a receipt that names a meeting asks nothing ----------------------------------------------------


@pytest.mark.parametrize(
    ("body", "sender", "subject"),
    [
        (
            "Licenciada, muchas gracias por la consulta de ayer. Fue muy útil y ya tenemos todos los papeles "
            "listos.\n\nRosa\n",
            "Rosa Díaz <rosa@example.com>",
            "¡Gracias!",
        ),
        (
            "Gracias por su pago de $89.00 por la llamada de consulta. Su recibo está adjunto y no tiene que "
            "hacer nada más.\n",
            "Pagos <pagos@zoomcall.example>",
            "Recibo",
        ),
        # ...and their English twins, read as before
        (
            "Hi Lucía, thank you so much for the consultation yesterday. It was very helpful and we have all our "
            "papers ready now.\n\nRosa\n",
            "Rosa Diaz <rosa@example.com>",
            "Thank you!",
        ),
        (
            "Thank you for your payment of $89.00 for the consultation call. Your receipt is attached and there is "
            "nothing else you need to do.\n",
            "Payments <payments@zoomcall.example>",
            "Receipt",
        ),
    ],
    ids=["gracias", "recibo", "thanks", "receipt"],
)
def test_a_thank_you_or_a_receipt_that_names_a_consultation_is_no_invitation(
    kindly: Kindly, tmp_path: Path, body: str, sender: str, subject: str
) -> None:
    record = _to_lucia(kindly, tmp_path, body, sender, subject)
    assert (record["decision"], record["reason_code"]) == ("ignore", "not_invitation"), record["reason"]
    assert record["reason"].startswith("Not an invitation: nothing is asked of you")
    assert record["draft"] is None


@pytest.mark.parametrize(
    ("body", "reason_code"),
    [
        # thanks, then a matter of theirs: more may be asked than kindly can read
        (
            "Licenciada, muchas gracias por la consulta de ayer. Mi hermano también necesita ayuda con su "
            "residencia.\n\nRosa\n",
            "not_english_invitation",
        ),
        # thanks that name no meeting at all: kindly cannot tell whether anything is asked, as before
        (
            "Licenciada, muchas gracias por su ayuda. Mi hijo necesita un abogado para su caso de asilo.\n\nRosa\n",
            "not_english",
        ),
    ],
    ids=["thanks-then-her-brother", "thanks-naming-no-meeting"],
)
def test_thanks_that_go_on_to_a_matter_of_theirs_stay_hers_to_read(
    kindly: Kindly, tmp_path: Path, body: str, reason_code: str
) -> None:
    record = _to_lucia(kindly, tmp_path, body, "Rosa Díaz <rosa@example.com>", "¡Gracias!")
    assert (record["decision"], record["reason_code"]) == ("ignore", reason_code), record["reason"]


def test_a_thank_you_that_asks_for_another_consultation_is_answered(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Licenciada, muchas gracias por la consulta de ayer. Quisiera agendar otra consulta para mi hermano, que "
        "también necesita ayuda con su residencia.\n\nRosa\n"
    )
    record = _to_lucia(kindly, tmp_path, body, "Rosa Díaz <rosa@example.com>", "¡Gracias!")
    assert (record["decision"], record["reason_code"]) == ("accept", "read_in_spanish"), record["reason"]


# -- a prospective client's consultation -------------------------------------------------------------------------

CONSULTA = (
    "Buenos días licenciada,\n\nQuisiera agendar una consulta sobre la residencia de mi esposo, ¿cuánto cuesta?"
    "\n\nGracias,\nMarisol Pérez\n"
)
MARISOL = "Marisol Pérez <marisol.perez@gmail.com>"


def test_a_prospective_clients_consulta_is_a_yes_with_her_answer_in_her_own_spanish(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_lucia(kindly, tmp_path, CONSULTA, MARISOL, spanish_answer=True)
    assert (record["decision"], record["reason_code"]) == ("accept", "read_in_spanish"), record["reason"]
    assert record["reason"].startswith(
        'In Spanish: a prospective client asks for a consultation ("Quisiera agendar una consulta"), for your '
        'find clients goal "Referrals from community organisations'
    )
    assert "English only" not in record["reason"]
    # session 23 (languages3): "Buenos días licenciada" is formal, answered by her whole name
    assert record["draft"] == (
        "Buenos días, Marisol Pérez:\n\nMuchas gracias por su mensaje. Con gusto le atiendo en una consulta. "
        f"{LAWYER_CONSULTATION_IN_SPANISH} ¿Le vendría bien el martes 1 de diciembre a las 9:00 o el jueves 3 de "
        "diciembre a las 13:00?\n\nSaludos cordiales,\nLucía Herrera"
    )


def test_her_answer_written_in_english_only_is_left_out_of_the_spanish_yes_and_she_is_told(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_lucia(kindly, tmp_path, CONSULTA, MARISOL)
    assert record["decision"] == "accept", record["reason"]
    assert record["reason"].endswith(
        'Your answer about "consultation" is in English only, so the reply leaves it out: give its Spanish '
        "wording as answer_in.es in your profile to have it said."
    )
    assert (
        "Con gusto le atiendo en una consulta. ¿Le vendría bien el martes 1 de diciembre" in record["draft"]
    )
    assert "$150" not in record["draft"]  # no English, and no sentence kindly would have to translate


def test_the_english_twin_of_the_consultation_is_answered_as_before(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Good morning,\n\nI'd like to schedule a consultation about my husband's green card. How much does it "
        "cost?\n\nThanks,\nMarisol Perez\n"
    )
    record = _to_lucia(kindly, tmp_path, body, MARISOL, "Consultation", spanish_answer=True)
    assert (record["decision"], record["reason_code"]) == ("accept", "goal_fit"), record["reason"]
    assert "My initial consultation is $150 for an hour" in record["draft"]
    assert LAWYER_CONSULTATION_IN_SPANISH not in record["draft"]


def test_without_a_goal_about_clients_the_consulta_stays_hers_to_read(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_lucia(kindly, tmp_path, CONSULTA, MARISOL, goals=(LAWYER_SPEAKING,))
    assert (record["decision"], record["reason_code"]) == ("ignore", "not_english_invitation"), record[
        "reason"
    ]


def test_free_advice_asked_in_spanish_is_offered_her_paid_consultation(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hola abogada, mi prima está en Venezuela y quiere venir con visa de turista. ¿Usted me puede decir "
        "por correo qué documentos necesita? Es solo una pregunta rápida, no necesito contratar.\n\nPedro\n"
    )
    record = _to_lucia(kindly, tmp_path, body, "Pedro Gil <pedro.gil@yahoo.example>", spanish_answer=True)
    assert (record["decision"], record["reason_code"]) == ("accept", "read_in_spanish"), record["reason"]
    assert (
        "You never do free legal advice by e-mail: the reply offers a consultation instead"
        in record["reason"]
    )
    assert record["draft"] == (
        "Hola Pedro,\n\nMuchas gracias por su mensaje. No doy asesoría gratuita, pero con gusto le atiendo en una "
        f"consulta. {LAWYER_CONSULTATION_IN_SPANISH} ¿Le vendría bien el martes 1 de diciembre a las 9:00 o el "
        "jueves 3 de diciembre a las 13:00?\n\nSaludos cordiales,\n"
        "Lucía Herrera"
    )


# -- someone selling their services ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "sender", "reason_code", "reason", "said"),
    [
        (
            "Hola Lucía,\n\nSomos una agencia de marketing para abogados de inmigración. Manejamos redes sociales, "
            "anuncios y su página web. ¿Le gustaría una llamada de 15 minutos esta semana?\n\nCamila Ríos\n",
            "Camila Ríos <camila@impulsomarketing.example>",
            "has_provider",
            'A pitch for marketing agency, read in its Spanish words ("agencia de marketing"); you already work '
            "with Brisa Marketing.",
            "Para ese servicio ya trabajo con un proveedor de confianza, así que por ahora no busco cambiar.",
        ),
        (
            "Hola Lucía,\n\nSoy consultor de recursos humanos y trabajo con empresas que contratan personal "
            "extranjero. ¿Le gustaría una reunión la próxima semana para hablar de cómo podemos colaborar?\n\n"
            "Raúl Ortega\nOrtega HR Consulting\n",
            "Raúl Ortega <raul@ortegahr.example>",
            "not_a_fit",
            'In Spanish: someone offering their services ("Soy consultor") asks to meet ("reunión") and names '
            "none of your goals' targets in the words kindly reads: a no, in a short reply in Spanish.",
            "Por el momento no es algo que esté buscando, así que voy a declinar.",
        ),
    ],
    ids=["marketing-agency-she-has", "hr-consultant"],
)
def test_a_seller_in_spanish_is_declined_as_its_english_twin_with_the_reason_in_spanish(
    kindly: Kindly, tmp_path: Path, body: str, sender: str, reason_code: str, reason: str, said: str
) -> None:
    record = _to_lucia(kindly, tmp_path, body, sender, "Una propuesta")
    assert (record["decision"], record["reason_code"]) == ("decline", reason_code), record["reason"]
    assert record["reason"] == reason
    assert f"Muchas gracias por su mensaje. {said}" in record["draft"]
    assert "Brisa" not in record["draft"]  # her provider is never named to a seller


@pytest.mark.parametrize(
    ("body", "sender", "reason_code"),
    [
        (
            "Hi Lucía,\n\nWe're a marketing agency for immigration lawyers. We handle social media, ads and your "
            "website. Would you have 15 minutes for a call this week?\n\nCamila Rios\n",
            "Camila Rios <camila@impulsomarketing.example>",
            "has_provider",
        ),
        (
            "Hi Lucía,\n\nI'm an HR consultant and I work with companies that hire foreign staff. Would you like to "
            "meet next week to talk about how we could work together?\n\nRaul Ortega\nOrtega HR Consulting\n",
            "Raul Ortega <raul@ortegahr.example>",
            "not_a_fit",
        ),
    ],
    ids=["marketing-agency", "hr-consultant"],
)
def test_the_english_twins_of_the_sellers_are_declined_as_before(
    kindly: Kindly, tmp_path: Path, body: str, sender: str, reason_code: str
) -> None:
    record = _to_lucia(kindly, tmp_path, body, sender, "A proposal")
    assert (record["decision"], record["reason_code"]) == ("decline", reason_code), record["reason"]
    assert record["draft"].startswith("Hi ")


def test_an_hr_manager_at_an_employer_who_sponsors_visas_is_her_target_not_a_seller(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hola Lucía,\n\nSoy gerente de recursos humanos en una empresa que patrocina visas para ingenieros. ¿Le "
        "gustaría una reunión la próxima semana?\n\nRaúl Ortega\n"
    )
    record = _to_lucia(kindly, tmp_path, body, "Raúl Ortega <raul@acmeworks.example>", "Reunión")
    assert (record["decision"], record["reason_code"]) == ("ask_details", "read_in_spanish"), record["reason"]
    assert 'names "HR managers" in its Spanish words ("gerente de recursos humanos")' in record["reason"]


@pytest.mark.parametrize(
    ("body", "sender"),
    [
        (
            "Hola Lucía,\n\n¿Podríamos vernos la próxima semana? Tengo algo que contarte y prefiero hacerlo en "
            "persona.\n\nSofía\n",
            "Sofía Marín <sofia.marin@gmail.com>",
        ),
        # a thank-you that goes on to propose a meeting of its own
        (
            "Gracias por su mensaje. Le propongo una reunión el martes en mi oficina para hablar de mi caso.\n\n"
            "Rosa\n",
            "Rosa Díaz <rosa@example.com>",
        ),
        # a family that runs a business is no seller: "Somos una familia", "manejamos un restaurante"
        (
            "Hola licenciada,\n\nMi esposo y yo manejamos un restaurante y queremos patrocinar a un cocinero de "
            "México. Somos una familia pequeña. Podemos agendar una llamada la próxima semana.\n\nAna Soto\n",
            "Ana Soto <ana.soto@gmail.com>",
        ),
    ],
    ids=["vague", "thanks-then-a-meeting", "family-business"],
)
def test_a_spanish_ask_that_is_not_plain_stays_hers_to_read(
    kindly: Kindly, tmp_path: Path, body: str, sender: str
) -> None:
    record = _to_lucia(kindly, tmp_path, body, sender, "Hola")
    assert (record["decision"], record["reason_code"]) == ("ignore", "not_english_invitation"), record[
        "reason"
    ]
    assert record["draft"] is None


def test_a_parish_that_asks_for_a_cita_about_its_talk_is_her_target_not_a_client(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Estimada Licenciada Herrera,\n\nLe escribo de la Parroquia San Juan Bosco. Quisiera agendar una cita "
        "con usted para hablar de una charla para nuestras familias.\n\nAna Gómez\n"
    )
    record = _to_lucia(kindly, tmp_path, body, "Ana Gómez <ana@sanjuanbosco.example>", "Charla")
    assert (record["decision"], record["reason_code"]) == ("ask_details", "read_in_spanish"), record["reason"]
    assert '"churches" in its Spanish words ("Parroquia")' in record["reason"]
    assert "consulta" not in record["draft"]


# -- a calendar invitation in Spanish ----------------------------------------------------------------------------


def _invitation(kindly: Kindly, tmp_path: Path, summary: str, description: str) -> dict[str, Any]:
    source = tmp_path / "invite.ics"
    note = {"summary": summary, "location": "The Loft\\, 300 Biscayne Blvd", "description": description}
    source.write_text(RADIO_ICS.format(**note))
    return triaged_one(kindly, source, profile_file(immigration_lawyer_profile(), tmp_path))


def test_a_spanish_calendar_invitation_is_answered_in_spanish_as_its_calendar_reply_is(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _invitation(
        kindly,
        tmp_path,
        "Lanzamiento: Nimbus\\, la app de notas con IA",
        "Únete a fundadores e inversionistas para celebrar el lanzamiento de Nimbus\\, nuestra app de notas con "
        "inteligencia artificial\\, con bebidas y demostraciones en vivo. ¡Nos encantaría verte allí!",
    )
    assert record["decision"] == "decline", record["reason"]
    assert record["draft"] == (
        "Hola Andrés,\n\nGracias por la invitación, lamentablemente no podré asistir.\n\nSaludos cordiales,\n"
        "Lucía Herrera"
    )


def test_an_english_calendar_invitation_keeps_its_english_draft(kindly: Kindly, tmp_path: Path) -> None:
    record = _invitation(
        kindly,
        tmp_path,
        "Launch party: Nimbus AI note-taker",
        "Join founders and investors to celebrate the launch of Nimbus\\, our AI note-taking app\\, with drinks "
        "and live demos. We would love to see you there!",
    )
    assert record["decision"] == "decline", record["reason"]
    assert record["draft"].startswith("Hi Andrés,\n\nThanks so much for the invitation")


# -- her answer in another language, in the profile ------------------------------------------------------------


def test_an_answer_in_a_language_kindly_writes_no_sentence_in_is_refused_by_name(tmp_path: Path) -> None:
    # session 24: kindly writes Italian now (answer_in.it), so a language it still writes nothing in: Swedish
    toml = bilingual_lawyer_profile().replace("answer_in = { es =", "answer_in = { sv =")
    with pytest.raises(ConfigError, match=r"answers\[0\]\.answer_in"):
        written_profile(toml, tmp_path)
