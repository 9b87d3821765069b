"""Lucía Herrera's Spanish mail, decided where the little kindly reads of it is plain (session 21, round two): a
seller a never-rule covers, read in its Spanish words, is declined; an invitation that names a goal's target in
Spanish ("Parroquia" for churches, "programa de radio" for radio) is a yes with the day it gives, or asks for
one; and the reply is a short one in Spanish from fixed sentences. Anything else in Spanish stays hers to read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from personas import immigration_lawyer_profile
from support import Kindly, eml, profile_file, triaged, triaged_one

LUCIA = "lucia@herreraimmigration.com"

LEADS = (
    "Hola abogada,\n\n¿Quiere más clientes? Pague solo por cada prospecto: $45 por lead. ¿Le gustaría una "
    "llamada de 15 minutos esta semana?\n\nDiego Ruiz\nLeadsLatinos\n"
)


def _to_lucia(
    kindly: Kindly, tmp_path: Path, body: str, sender: str, subject: str = "Una invitación", **profile: Any
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


def test_a_spanish_lead_seller_is_declined_by_her_never_rule_in_spanish(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_lucia(kindly, tmp_path, LEADS, "Diego Ruiz <diego@leadslatinos.example>")
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "You never do paid lead generation" in record["reason"]
    assert '"Pague"' in record["reason"] and '"por cada prospecto"' in record["reason"]
    assert record["draft"].startswith("Hola Diego,")
    assert "Lamentablemente, no es algo que pueda aceptar." in record["draft"]
    assert "Thanks" not in record["draft"]  # no English to a Spanish seller


def test_without_the_never_rule_the_spanish_seller_is_still_hers_to_read(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_lucia(kindly, tmp_path, LEADS, "Diego Ruiz <diego@leadslatinos.example>", never=())
    assert (record["decision"], record["reason_code"]) == ("ignore", "not_english_invitation")
    assert record["draft"] is None


def test_a_spanish_radio_interview_with_its_day_is_a_yes_in_spanish(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hola Lucía, queremos invitarte al programa de radio para una entrevista el jueves 10 de diciembre a las "
        "8:15. ¿Podrías acompañarnos?\n\nCarmen Soto\n"
    )
    record = _to_lucia(kindly, tmp_path, body, "Carmen Soto <carmen@radiomambi.example>")
    assert (record["decision"], record["reason_code"]) == ("accept", "read_in_spanish"), record["reason"]
    assert '"radio", a target of your build credibility goal' in record["reason"]
    assert "jueves 10 de diciembre a las 8:15" in record["reason"]
    assert record["draft"] == (
        "Hola Carmen,\n\nMuchas gracias por su mensaje. Con mucho gusto: cuente conmigo el jueves 10 de diciembre "
        "a las 8:15.\n\nSaludos cordiales,\nLucía Herrera"
    )


def test_a_parish_is_a_church_and_its_charla_is_a_yes(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Estimada Licenciada Herrera,\n\nLe escribo de la Parroquia San Juan Bosco. Nos gustaría invitarla a dar "
        "una charla sobre sus derechos el sábado 12 de diciembre a las 10:00.\n\nAna Gómez\n"
    )
    record = _to_lucia(kindly, tmp_path, body, "Ana Gómez <ana@sanjuanbosco.example>")
    assert record["decision"] == "accept", record["reason"]
    assert '"churches" in its Spanish words ("Parroquia")' in record["reason"]
    assert "cuente conmigo el sábado 12 de diciembre a las 10:00" in record["draft"]


def test_a_spanish_invitation_from_a_target_without_an_hour_asks_for_it(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hola Lucía, en la iglesia estamos organizando una charla para las familias en enero. ¿Le gustaría "
        "venir a hablar?\n\nPadre Miguel\n"
    )
    record = _to_lucia(kindly, tmp_path, body, "Padre Miguel <miguel@stmichael.example>")
    assert (record["decision"], record["reason_code"]) == ("ask_details", "read_in_spanish"), record["reason"]
    assert record["draft"].startswith("Hola Padre Miguel,")  # a title and a name, not "Hola Padre,"
    assert "¿Podría indicarme el día, la hora y el lugar?" in record["draft"]


def test_a_spanish_invitation_naming_none_of_her_targets_stays_hers_to_read(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hola Lucía, nos gustaría invitarte a dar una charla en nuestra conferencia de gastronomía el 12 de marzo "
        "a las 10:00. ¿Estarías disponible?\n\nJorge\n"
    )
    record = _to_lucia(kindly, tmp_path, body, "Jorge <jorge@gastro.example>")
    assert (record["decision"], record["reason_code"]) == ("ignore", "not_english_invitation")
    assert record["draft"] is None


def test_a_spanish_thank_you_that_names_a_church_asks_nothing(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Licenciada, le escribo para darle las gracias. Ayer en la iglesia mi familia rezó por usted: la "
        "residencia llegó.\n\nRosa\n"
    )
    record = _to_lucia(kindly, tmp_path, body, "Rosa Díaz <rosa@example.com>", "¡Gracias!")
    assert record["decision"] == "ignore", record["reason"]
    assert record["draft"] is None


def test_a_church_said_in_passing_makes_no_spanish_invitation_a_churchs(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Buenas noches licenciada,\n\nMe recomendó su nombre una señora de la iglesia. Tengo un caso de asilo "
        "pendiente. Quisiera hacer una consulta con usted. ¿Cuánto cuesta la consulta?\n\nJorge Méndez\n"
    )
    record = _to_lucia(kindly, tmp_path, body, "Jorge Méndez <jorge@example.com>", "Consulta")
    # a prospective client's consultation (test_s22_spanish), not a church's invitation
    assert (record["decision"], record["reason_code"]) == ("accept", "read_in_spanish"), record["reason"]
    assert "a prospective client asks for a consultation" in record["reason"]
    assert '"churches"' not in record["reason"] and "iglesia" not in record["reason"]


# -- a company writing under its own name is greeted by the person who signs ------------------------------------


def test_a_lead_seller_under_its_company_name_is_greeted_by_who_signs(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Lucía,\n\nWe generate exclusive, pre-screened immigration leads in Miami-Dade. You only pay per lead "
        "($60 per qualified lead).\n\nDo you have 15 minutes Thursday for a quick demo?\n\nRyan\nLeads4Lawyers\n"
    )
    record = _to_lucia(kindly, tmp_path, body, "Leads4Lawyers <growth@leads4lawyers.example>", "Leads")
    assert record["decision"] == "decline", record["reason"]
    assert record["draft"].startswith("Hi Ryan,"), record["draft"]


def test_a_person_at_a_company_keeps_their_own_name(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Lucía,\n\nWe generate exclusive immigration leads. You only pay per lead ($60 per qualified lead).\n\n"
        "Do you have 15 minutes Thursday for a quick demo?\n\nBest,\nRyan\nLeads4Lawyers\n"
    )
    record = _to_lucia(kindly, tmp_path, body, "Dana Cole <dana@leads4lawyers.example>", "Leads")
    assert record["draft"].startswith("Hi Dana,"), record["draft"]


# -- a follow-up nudge asks what the thread asked ------------------------------------------------------------------


def test_a_follow_up_nudge_keeps_the_yes_its_thread_has(kindly: Kindly, tmp_path: Path) -> None:
    first = eml(
        tmp_path / "1.eml",
        "Hi Lucía,\n\nI'm the HR director at Sunstate Health. We sponsor H-1B and green cards for about 40 nurses "
        "a year and are looking for an immigration lawyer we can refer our nurses' families to. Would you be open "
        "to a 30-minute call to talk about how you work with employers?\n\nBest,\nKaren Whitfield\n",
        sender="Karen Whitfield <kwhitfield@sunstatehealth.example>",
        subject="Employer sponsorship partner",
        date="Fri, 20 Nov 2026 10:00:00 -0500",
        to=LUCIA,
        message_id="k1@sunstatehealth.example",
    )
    nudge = eml(
        tmp_path / "2.eml",
        "Hi Lucía,\n\nJust following up on my note from last week - would you have 30 minutes for a call? Any "
        "morning next week works on my end.\n\nBest,\nKaren\n\nOn Fri, Nov 20, 2026, Karen Whitfield wrote:\n"
        "> Would you be open to a 30-minute call to talk about how you work with employers?\n",
        sender="Karen Whitfield <kwhitfield@sunstatehealth.example>",
        subject="Re: Employer sponsorship partner",
        date="Fri, 27 Nov 2026 10:00:00 -0500",
        to=LUCIA,
        message_id="k2@sunstatehealth.example",
        in_reply_to="k1@sunstatehealth.example",
        references=("k1@sunstatehealth.example",),
    )
    profile = profile_file(immigration_lawyer_profile(), tmp_path)
    records = triaged(kindly, first, nudge, profile=profile)
    assert records[0]["decision"] == "accept", records[0]["reason"]
    assert records[1]["decision"] == "accept", records[1]["reason"]  # not "The purpose is unclear"
    assert "the yes stands" in records[1]["reason"]
