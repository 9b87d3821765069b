"""Élise Gagnon's French mail (session 23): kindly reads French as it reads Spanish, from a table of words and
fixed sentences (understand/languages/french.py, reply/languages/french.py). A thank-you or a receipt asks
nothing, a prospective client's rendez-vous is a yes with her times in French, a seller of a trade she has a
provider for is declined as the English twin is, an invitation that names a goal's target in French is weighed,
and anything else stays hers to read. Nothing is translated."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kindly.reply.in_its_language import slot_in
from kindly.reply.languages import FRENCH
from personas import (
    ACCOUNTANT_CONSULTATION_IN_FRENCH,
    bilingual_accountant_profile,
    bilingual_lawyer_profile,
    to_elise,
)
from support import Kindly, eml, profile_file, triaged_one
from test_s22_spanish import LUCIA, MARISOL

MONDAY_IN_MIAMI = "Mon, 30 Nov 2026 10:00:00 -0500"


def _to_elise(
    kindly: Kindly,
    tmp_path: Path,
    body: str,
    sender: str,
    subject: str = "Bonjour",
    *,
    french_answer: bool = True,
) -> dict[str, Any]:
    """The triage record of a mail to Élise."""
    mail = to_elise(tmp_path / "m.eml", body, sender=sender, subject=subject)
    return triaged_one(
        kindly, mail, profile_file(bilingual_accountant_profile(french_answer=french_answer), tmp_path)
    )


# -- a proposed time, in French -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("slot", "said"),
    [
        ("Tuesday 8 December at 10:00", "le mardi 8 décembre à 10 h"),
        ("Tuesday, December 8 at 2:30 pm", "le mardi 8 décembre à 14 h 30"),
        ("Tuesday 1 December at 9:00", "le mardi 1er décembre à 9 h"),
        ("Friday, November 5, 2027 at 1:00 pm", "le vendredi 5 novembre 2027 à 13 h"),
        # not one of kindly's own slots: nothing said, rather than half a translation
        ("next Tuesday at 10", ""),
        ("Mardi 8 décembre at 10:00", ""),
    ],
)
def test_a_proposed_time_is_written_in_french_from_fixed_tables(slot: str, said: str) -> None:
    assert slot_in(FRENCH, slot) == said


# -- a thank-you or a receipt asks nothing ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "said"),
    [
        (
            "Bonjour Élise,\n\nMerci beaucoup pour la consultation d'hier. Vos conseils sur mes acomptes "
            "provisionnels m'ont beaucoup aidée.\n\nBonne journée,\nJulie",
            "Merci beaucoup pour",
        ),
        (
            "Bonjour Élise,\n\nVoici la confirmation de paiement pour la consultation de mardi : le virement "
            "Interac de 120 $ est parti ce matin.\n\nBonne journée,\nJulie",
            "confirmation de paiement",
        ),
    ],
    ids=["thank-you", "receipt"],
)
def test_a_french_thank_you_or_receipt_is_not_an_invitation(
    kindly: Kindly, tmp_path: Path, body: str, said: str
) -> None:
    record = _to_elise(kindly, tmp_path, body, "Julie Tremblay <julie.tremblay@videotron.ca>", "Merci")
    assert (record["decision"], record["reason_code"]) == ("ignore", "not_invitation"), record["reason"]
    assert f'read in French: "{said}", and no question' in record["reason"]


@pytest.mark.parametrize(
    "body",
    [
        # "merci de" before a verb asks: "please call me back"
        "Bonjour,\n\nMerci de me rappeler au sujet de ma déclaration de revenus, c'est assez urgent pour moi et ma "
        "famille.\n\nJulie",
        # thanks, then a meeting proposed at an hour
        "Bonjour Élise,\n\nMerci pour votre message. Je vous propose une rencontre le jeudi 10 décembre à 10 h pour "
        "la suite de mon dossier.\n\nJulie",
    ],
    ids=["merci-de-me-rappeler", "thanks-then-a-meeting"],
)
def test_a_french_mail_that_asks_after_its_thanks_stays_hers_to_read(
    kindly: Kindly, tmp_path: Path, body: str
) -> None:
    record = _to_elise(kindly, tmp_path, body, "Julie Tremblay <julie.tremblay@videotron.ca>", "Merci")
    assert record["decision"] == "ignore"
    assert record["reason_code"].startswith("not_english"), record["reason"]
    assert record["draft"] is None


# -- a prospective client's rendez-vous -------------------------------------------------------------------------

RENDEZ_VOUS = (
    "Bonjour Madame Gagnon,\n\nJ'ai un petit restaurant sur la rue Saint-Denis et ma comptable prend sa retraite. "
    "J'aimerais prendre rendez-vous pour une consultation au sujet de ma déclaration de TPS et de TVQ. Combien "
    "coûte la consultation?\n\nMerci,\nMarc Lavoie"
)
MARC = "Marc Lavoie <marc.lavoie@gmail.com>"


def test_a_prospective_client_asking_a_rendez_vous_is_a_yes_with_her_times_in_french(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_elise(kindly, tmp_path, RENDEZ_VOUS, MARC, "Rendez-vous")
    assert (record["decision"], record["reason_code"]) == ("accept", "read_in_french"), record["reason"]
    assert record["reason"].startswith(
        'In French: a prospective client asks for a consultation ("J\'aimerais prendre rendez-vous")'
    )
    # session 23 (languages3): "Bonjour Madame Gagnon" is formal, answered by his whole name
    assert record["draft"] == (
        "Bonjour Marc Lavoie,\n\nMerci beaucoup pour votre message. Je vous recevrai avec plaisir en consultation. "
        f"{ACCOUNTANT_CONSULTATION_IN_FRENCH} Est-ce que le mardi 1er décembre à 10 h ou le jeudi 3 décembre à "
        "14 h 30 vous conviendrait?\n\nCordialement,\nÉlise Gagnon, CPA"
    )


def test_her_answer_written_only_in_english_is_left_out_of_the_french_yes_and_she_is_told(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_elise(kindly, tmp_path, RENDEZ_VOUS, MARC, "Rendez-vous", french_answer=False)
    assert record["decision"] == "accept", record["reason"]
    assert "give its French wording as answer_in.fr in your profile" in record["reason"]
    assert "$120" not in record["draft"] and "120 $" not in record["draft"]


def test_free_tax_advice_asked_in_french_is_offered_her_paid_consultation(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Bonjour,\n\nUne petite question : pouvez-vous me dire par courriel si je peux déduire mon bureau à "
        "domicile dans ma déclaration? Je suis travailleuse autonome et je ne peux pas payer un comptable en ce "
        "moment.\n\nMerci!\nNadia"
    )
    record = _to_elise(kindly, tmp_path, body, "Nadia Benali <nadia.benali@gmail.com>", "Une petite question")
    assert (record["decision"], record["reason_code"]) == ("accept", "read_in_french"), record["reason"]
    assert (
        "You never do free tax advice by e-mail: the reply offers a consultation instead" in record["reason"]
    )
    assert record["draft"].startswith(
        "Bonjour Nadia,\n\nMerci beaucoup pour votre message. Je ne donne pas de conseils gratuits, mais je vous "
        f"recevrai avec plaisir en consultation. {ACCOUNTANT_CONSULTATION_IN_FRENCH} Est-ce que le "
    ), record["draft"]


# -- sellers -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "sender", "reason_code", "said"),
    [
        (
            "Bonjour Élise,\n\nNous sommes une agence de marketing spécialisée pour les cabinets comptables. Nous "
            "pouvons doubler vos demandes de consultation en 90 jours. Seriez-vous disponible pour un appel de 20 "
            "minutes jeudi?\n\nCordialement,\nKevin Roy\nAgence Pixel",
            "Kevin Roy <kevin@agencepixel.example.ca>",
            "has_provider",
            "Pour ce service, je travaille déjà avec un fournisseur de confiance",
        ),
        (
            "Bonjour,\n\nVous voulez plus de clients? Payez seulement par client potentiel : 40 $ par prospect "
            "qualifié. Pourriez-vous nous accorder 15 minutes?\n\nL'équipe des ventes",
            "Ventes <ventes@prospects.example.ca>",
            "never_do",
            "Malheureusement, ce n'est pas quelque chose que je peux accepter.",
        ),
    ],
    ids=["marketing-agency-she-has", "lead-seller"],
)
def test_a_french_seller_is_declined_as_its_english_twin_with_the_reason_in_french(
    kindly: Kindly, tmp_path: Path, body: str, sender: str, reason_code: str, said: str
) -> None:
    record = _to_elise(kindly, tmp_path, body, sender, "Plus de clients")
    assert (record["decision"], record["reason_code"]) == ("decline", reason_code), record["reason"]
    assert f"Merci beaucoup pour votre message. {said}" in record["draft"]
    assert "Boréal" not in record["draft"]  # her provider is never named to a seller
    assert "Ventes" not in record["draft"]  # a team's mailbox is greeted as no one


def test_the_english_twin_of_the_agency_is_declined_as_before(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Élise,\n\nWe're a marketing agency for accounting firms. We can double your consultation requests in "
        "90 days. Would you have 20 minutes for a call on Thursday?\n\nBest,\nKevin Roy\nPixel Agency"
    )
    record = _to_elise(kindly, tmp_path, body, "Kevin Roy <kevin@agencepixel.example.ca>", "More clients")
    assert (record["decision"], record["reason_code"]) == ("decline", "has_provider"), record["reason"]
    assert record["draft"].startswith("Hi Kevin,"), record["draft"]


# -- an invitation that names a goal's target in French ----------------------------------------------------------


def test_a_chamber_of_commerce_workshop_with_its_day_is_a_yes_in_french(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Bonjour Madame Gagnon,\n\nJe vous écris de la Chambre de commerce de l'Est de Montréal. Nous aimerions "
        "vous inviter à animer un atelier sur la fiscalité le mardi 8 décembre à 12 h, à nos bureaux du 5600, rue "
        "Hochelaga.\n\nAu plaisir,\nSylvie Bérubé"
    )
    record = _to_elise(kindly, tmp_path, body, "Sylvie Bérubé <sberube@ccestmtl.example.ca>", "Atelier")
    assert (record["decision"], record["reason_code"]) == ("accept", "read_in_french"), record["reason"]
    assert 'names "chambers of commerce" in its French words ("Chambre de commerce")' in record["reason"]
    assert "on mardi 8 décembre à 12 h" in record["reason"]
    assert "vous pouvez compter sur moi le mardi 8 décembre à 12 h." in record["draft"]


def test_a_radio_invitation_without_a_day_asks_its_day_in_french(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Bonjour Élise,\n\nJe suis animateur d'une émission de radio communautaire à Montréal. Nous aimerions vous "
        "inviter à parler des impôts en direct. Seriez-vous disponible en janvier?\n\nLuc Ouellet"
    )
    record = _to_elise(kindly, tmp_path, body, "Luc Ouellet <luc@radiocentreville.example.ca>", "Invitation")
    assert (record["decision"], record["reason_code"]) == ("ask_details", "read_in_french"), record["reason"]
    assert 'names "radio"' in record["reason"]
    assert "Pourriez-vous m'indiquer le jour, l'heure et le lieu?" in record["draft"]


def test_a_french_mail_that_says_none_of_the_forms_stays_hers_to_read(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Salut Élise!\n\nJe pars un collectif de femmes entrepreneures à Verdun. Tu serais partante pour venir "
        "jaser avec nous un de ces soirs?\n\nBises,\nCamille"
    )
    record = _to_elise(kindly, tmp_path, body, "Camille Roy <camille.roy@gmail.com>", "Un collectif")
    assert (record["decision"], record["reason_code"]) == ("ignore", "not_english_invitation"), record[
        "reason"
    ]
    assert record["draft"] is None


# -- a calendar invitation in French -----------------------------------------------------------------------------

LAUNCH_ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Nuage//Agenda//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:lancement-nuage-20261208@nuage.example.ca
DTSTAMP:20261130T160000Z
DTSTART;TZID=America/Toronto:20261208T180000
DTEND;TZID=America/Toronto:20261208T200000
SUMMARY:Lancement : Nuage\\, l'appli de notes avec IA
LOCATION:Le Loft\\, 300 rue Saint-Paul
DESCRIPTION:Joignez-vous à des fondateurs et des investisseurs pour célébrer le lancement de Nuage\\, notre appli
  de notes avec intelligence artificielle\\, avec des bouchées et des démos en direct. Nous serions ravis de vous
  y voir!
ORGANIZER;CN=Antoine Lefebvre:mailto:antoine@nuage.example.ca
ATTENDEE;CN=Elise Gagnon;RSVP=TRUE:mailto:elise@gagnoncpa.ca
END:VEVENT
END:VCALENDAR
"""


def test_a_french_calendar_invitation_is_answered_in_french_as_its_calendar_reply_is(
    kindly: Kindly, tmp_path: Path
) -> None:
    source = tmp_path / "invite.ics"
    source.write_text(LAUNCH_ICS)
    record = triaged_one(kindly, source, profile_file(bilingual_accountant_profile(), tmp_path))
    assert record["decision"] == "decline", record["reason"]
    assert record["draft"] == (
        "Bonjour Antoine,\n\nMerci pour l'invitation, malheureusement je ne pourrai pas y participer.\n\n"
        "Cordialement,\nÉlise Gagnon, CPA"
    )


# -- the days a client says suit them -------------------------------------------------------------------------------


def test_a_spanish_client_who_can_come_on_tuesday_afternoons_or_thursday_is_offered_those(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Buenos días licenciada,\n\nQuisiera agendar una consulta sobre la residencia de mi esposo. Puedo los "
        "martes por la tarde o el jueves.\n\nGracias,\nMarisol Pérez\n"
    )
    mail = eml(tmp_path / "m.eml", body, sender=MARISOL, subject="Consulta", date=MONDAY_IN_MIAMI, to=LUCIA)
    record = triaged_one(kindly, mail, profile_file(bilingual_lawyer_profile(), tmp_path))
    assert record["decision"] == "accept", record["reason"]
    # the afternoon is Tuesday's: Thursday at any hour of hers (session 23, languages2)
    assert (
        "¿Le vendría bien el martes 1 de diciembre a las 13:00 o el jueves 3 de diciembre a las 9:00?"
        in record["draft"]
    ), record["draft"]


def test_a_day_the_spanish_client_cannot_come_is_not_taken_for_one_that_suits(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Buenos días licenciada,\n\nQuisiera agendar una consulta sobre la residencia de mi esposo. No puedo el "
        "lunes ni el martes.\n\nGracias,\nMarisol Pérez\n"
    )
    mail = eml(tmp_path / "m.eml", body, sender=MARISOL, subject="Consulta", date=MONDAY_IN_MIAMI, to=LUCIA)
    record = triaged_one(kindly, mail, profile_file(bilingual_lawyer_profile(), tmp_path))
    # as without a day said: her first free times (test_s22_r2spanish)
    assert (
        "¿Le vendría bien el martes 1 de diciembre a las 9:00 o el jueves 3 de diciembre a las 13:00?"
        in (record["draft"])
    ), record["draft"]


def test_a_french_client_free_on_thursday_mornings_is_offered_thursday_mornings(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = RENDEZ_VOUS.replace(
        "Combien coûte la consultation?", "Je suis disponible les jeudis matin, idéalement."
    )
    record = _to_elise(kindly, tmp_path, body, MARC, "Rendez-vous")
    assert record["decision"] == "accept", record["reason"]
    assert (
        "Est-ce que le jeudi 3 décembre à 9 h 30 ou le jeudi 10 décembre à 10 h 30 vous conviendrait?"
        in (record["draft"])
    ), record["draft"]


def test_the_half_of_a_sentence_after_mais_says_the_day_that_suits(kindly: Kindly, tmp_path: Path) -> None:
    body = RENDEZ_VOUS.replace(
        "Combien coûte la consultation?", "Je ne peux pas le lundi, mais je suis libre le mercredi."
    )
    record = _to_elise(kindly, tmp_path, body, MARC, "Rendez-vous")
    assert (
        "Est-ce que le mercredi 2 décembre à 10 h ou le mercredi 9 décembre à 11 h vous conviendrait?"
        in (record["draft"])
    ), record["draft"]


def test_a_day_that_suits_the_client_outside_her_hours_gets_her_first_free_times_not_weeks_out(
    kindly: Kindly, tmp_path: Path
) -> None:
    # she meets on Wednesday mornings only
    body = RENDEZ_VOUS.replace("Combien coûte la consultation?", "Le mercredi après-midi me conviendrait.")
    record = _to_elise(kindly, tmp_path, body, MARC, "Rendez-vous")
    assert (
        "Est-ce que le mardi 1er décembre à 10 h ou le jeudi 3 décembre à 14 h 30 vous conviendrait?"
        in (record["draft"])
    ), record["draft"]
