"""Lucía Herrera's Spanish mail, round two (session 22): a prospective client's consulta is offered her free
times in Spanish, as its English twin is, written from fixed tables of Spanish day and month names."""

from __future__ import annotations

from pathlib import Path

import pytest

from kindly.reply.in_its_language import slot_in
from kindly.reply.languages import SPANISH
from personas import bilingual_lawyer_profile
from support import Kindly, eml, profile_file, triaged
from test_s21_law import _invitation
from test_s22_spanish import CONSULTA, LEADS, LEADS_IN_ENGLISH, LUCIA, MARISOL, _to_lucia

# -- a yes to a prospective client proposes her free times, in Spanish ----------------------------------------


@pytest.mark.parametrize(
    ("slot", "said"),
    [
        ("Tuesday 8 December at 10:00", "el martes 8 de diciembre a las 10:00"),
        ("Tuesday, December 8 at 2:30 pm", "el martes 8 de diciembre a las 14:30"),
        ("Wednesday 3 March at 9:30", "el miércoles 3 de marzo a las 9:30"),
        ("Friday, November 5, 2027 at 1:00 pm", "el viernes 5 de noviembre de 2027 a las 13:00"),
        ("Saturday 2 January at 01:00", "el sábado 2 de enero a la 1:00"),
        # not one of kindly's own slots: nothing said, rather than half a translation
        ("next Tuesday at 10", ""),
        ("Tuesday 8 December", ""),
        ("Mardi 8 décembre at 10:00", ""),
    ],
)
def test_a_proposed_time_is_written_in_spanish_from_fixed_tables(slot: str, said: str) -> None:
    assert slot_in(SPANISH, slot) == said


def test_two_prospective_clients_in_spanish_are_offered_different_times(
    kindly: Kindly, tmp_path: Path
) -> None:
    mails = [
        eml(
            tmp_path / f"{n}.eml",
            CONSULTA,
            sender=sender,
            subject="Consulta",
            date="Mon, 30 Nov 2026 10:00:00 -0500",
            to=LUCIA,
        )
        for n, sender in enumerate((MARISOL, "Ana Gómez <ana.gomez@gmail.com>"))
    ]
    first, second = triaged(kindly, *mails, profile=profile_file(bilingual_lawyer_profile(), tmp_path))
    assert first["draft"].endswith(
        "¿Le vendría bien el martes 1 de diciembre a las 9:00 o el jueves 3 de diciembre a las 13:00?"
        "\n\nSaludos cordiales,\nLucía Herrera"
    ), first["draft"]
    assert "¿Le vendría bien el " in second["draft"], second["draft"]
    assert "el martes 1 de diciembre a las 9:00" not in second["draft"], second["draft"]


# -- a Spanish calendar invitation that names her target in Spanish --------------------------------------------


def test_a_spanish_invitation_at_a_centro_comunitario_is_hers_to_read_not_declined(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _invitation(
        kindly,
        tmp_path,
        summary="Charla para familias del barrio",
        location="Centro Comunitario Hispano\\, 120 SW 8th St",
        description="Le invitamos a dar una charla sobre sus derechos a las familias del barrio. Habrá café y pan "
        "dulce.",
    )
    assert (record["decision"], record["reason_code"]) == ("ignore", "not_english_invitation"), record[
        "reason"
    ]
    assert record["reason"] == (
        'A calendar invitation whose note is in Spanish, which kindly cannot read (it says "charla", "café") and '
        'names "community centres" in its Spanish words ("Centro Comunitario"), a target of your build '
        "credibility goal: yours to read first."
    )
    assert not record["draft"]


def test_a_spanish_invitation_that_names_none_of_her_targets_is_still_declined(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _invitation(
        kindly,
        tmp_path,
        summary="Fiesta de fin de año",
        location="Salón Las Palmas\\, 120 SW 8th St",
        description="Celebramos el fin de año con música y comida. ¡Los esperamos!",
    )
    assert (record["decision"], record["reason"]) == ("decline", "An event that serves none of your goals.")


# -- an English team mailbox signed with a first name alone ------------------------------------------------------


@pytest.mark.parametrize(
    ("sender", "signed", "greeting"),
    [
        ("Sales <sales@leads4lawyers.example>", "\nBest,\nRyan\n", "Hi Ryan,"),
        (
            "Sales Team <sales@leads4lawyers.example>",
            "\nBest,\nRyan\nSales Manager, Leads4Lawyers\n",
            "Hi Ryan,",
        ),
        ("sales@leads4lawyers.example", "\nBest,\nRyan\n", "Hi Ryan,"),
        # ...as before: a mailbox that is not a shared one, a whole name, a person's own mailbox
        ("Payments <payments@leads4lawyers.example>", "\nBest,\nRyan\n", "Hi Ryan,"),
        ("Sales <sales@leads4lawyers.example>", "\nBest,\nRyan Cole\n", "Hi Ryan,"),
        ("Jane Smith <hello@janesmith.example>", "\nBest,\nJane\n", "Hi Jane,"),
        # no person signs: no one is greeted by name
        ("Sales <sales@leads4lawyers.example>", "\nBest,\nThe Sales Team\n", "Hi there,"),
        ("Sales <sales@leads4lawyers.example>", "", "Hi there,"),
    ],
)
def test_a_team_mailbox_signed_with_a_first_name_greets_who_signs(
    kindly: Kindly, tmp_path: Path, sender: str, signed: str, greeting: str
) -> None:
    record = _to_lucia(kindly, tmp_path, LEADS_IN_ENGLISH + signed, sender, "Leads")
    assert record["draft"].startswith(f"{greeting}\n\n"), record["draft"]


@pytest.mark.parametrize(
    ("signed", "greeting"),
    [
        ("Saludos,\nDiego\n", "Hola Diego,"),
        ("Atentamente,\nDiego\nGerente de ventas\n", "Hola Diego,"),
        # ...as before: the team signs, or a name under no sign-off
        ("Saludos,\nEquipo de Ventas\n", "Buenos días:"),
        ("Diego\n", "Buenos días:"),
    ],
)
def test_a_spanish_team_mailbox_signed_with_a_first_name_greets_who_signs(
    kindly: Kindly, tmp_path: Path, signed: str, greeting: str
) -> None:
    record = _to_lucia(kindly, tmp_path, LEADS + signed, "Ventas <ventas@prospectos.example>", "Más clientes")
    assert record["draft"].startswith(f"{greeting}\n\nMuchas gracias por su mensaje."), record["draft"]
