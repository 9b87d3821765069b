"""Lucía Herrera's Spanish mail, the leftovers of session 21 (session 22): a team inbox is greeted as no one, a
thank-you or a receipt that names a "consulta" asks nothing, a prospective client's consultation and free advice
asked are answered as their English twins are, a provider she already has is told so, and a calendar invitation
in Spanish is answered in Spanish. Every Spanish sentence is one of kindly's fixed ones; nothing is translated."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from personas import immigration_lawyer_profile
from support import Kindly, eml, profile_file, triaged_one

LUCIA = "lucia@herreraimmigration.com"


def _to_lucia(
    kindly: Kindly, tmp_path: Path, body: str, sender: str, subject: str = "Consulta", **profile: Any
) -> dict[str, Any]:
    mail = eml(
        tmp_path / "m.eml",
        body,
        sender=sender,
        subject=subject,
        date="Mon, 30 Nov 2026 10:00:00 -0500",
        to=LUCIA,
    )
    return triaged_one(kindly, mail, profile_file(immigration_lawyer_profile(**profile), tmp_path))


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


def test_an_english_sales_inbox_is_greeted_as_before(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi,\n\nWe generate exclusive immigration leads. You only pay per lead ($60 per qualified lead).\n\n"
        "Do you have 15 minutes Thursday for a quick demo?\n"
    )
    record = _to_lucia(kindly, tmp_path, body, "Sales <sales@leads4lawyers.example>", "Leads")
    assert record["draft"].startswith("Hi there,"), record["draft"]
