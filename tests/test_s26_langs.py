"""Mail in other languages, another round (session 26, langs).

1. "The week after" something a sender names - "la semaine d'après Noël", "die Woche nach der Messe", "la semana
   después del congreso", "the week after the conference" - is the week after its day (a feast's, or the one the
   mail gives it), never the week after next; "la semaine d'après" alone keeps that reading only where nothing
   before it gives a day, and where the mail gives no day for what it names, the reply asks rather than guessing.
2. A bilingual consultant's mail, two in each language kindly reads: a thread answered in its language, a pitch
   for a service she has, a call for speakers with a fee, an invitation whose time is written the local way
   ("14h30", "14.30 Uhr", "às 14h", "a las 10.30 h"), a mail half in English.

The mails are dated Monday 30 November 2026 and read on Tuesday 1 December (tests/conftest.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from kindly.understand.week_after import week_after
from personas import bilingual_accountant_profile, langs_consultant_profile, to_elise, to_langs_consultant
from support import Kindly, profile_file, triaged_one
from test_s25_langs import _to_client

JULIEN = "Julien Roy <julien.roy@videotron.example.ca>"
WRITTEN = date(2026, 11, 30)

# -- 1. the week after something named ---------------------------------------------------------------------------

# a client asks for a consultation the week after something whose day the mail gives, or a feast: times that week
WEEK_AFTER_ITS_DAY = {
    "fr-noel": (
        "fr",
        "Bonjour Madame Gagnon,\n\nJ'ai besoin d'aide pour mes impôts. Auriez-vous le temps pour un échange la "
        "semaine d'après Noël?\n\nCordialement,\nJulien Roy",
        "le lundi 28 décembre à 10 h",
    ),
    "fr-after-a-day-said-before": (
        "fr",
        "Bonjour Madame Gagnon,\n\nJ'ai besoin d'aide pour mes impôts. Je serai au congrès de l'APFF du 15 au 17 "
        "décembre. Auriez-vous le temps pour un échange la semaine d'après?\n\nCordialement,\nJulien Roy",
        "le lundi 21 décembre à 10 h",
    ),
    "es-congreso": (
        "es",
        "Buenos días licenciada,\n\nMi esposo necesita ayuda con su residencia. El congreso es del 15 al 17 de "
        "diciembre. ¿Tiene tiempo para una charla la semana después del congreso?\n\nSaludos,\nMarisol Vega",
        "el lunes 21 de diciembre",
    ),
    "es-navidad": (
        "es",
        "Buenos días licenciada,\n\nMi esposo necesita ayuda con su residencia. ¿Tiene tiempo para una charla la "
        "semana después de Navidad?\n\nSaludos,\nMarisol Vega",
        "el lunes 28 de diciembre",
    ),
    "de-messe": (
        "de",
        "Guten Tag Frau Weber,\n\nich habe einen kleinen Laden in Neukölln. Die Messe ist vom 15. bis 17. Dezember. "
        "Haben Sie die Woche nach der Messe Zeit für ein Gespräch?\n\nViele Grüße\nJonas Keller",
        "am Montag, 21. Dezember um 10 Uhr",
    ),
    "de-weihnachten": (
        "de",
        "Guten Tag Frau Weber,\n\nich habe einen kleinen Laden in Neukölln. Haben Sie in der Woche nach Weihnachten "
        "Zeit für ein Gespräch?\n\nViele Grüße\nJonas Keller",
        "am Montag, 28. Dezember um 10 Uhr",
    ),
    "pt-congresso": (
        "pt",
        "Bom dia,\n\nTenho um pequeno restaurante em Alfama. O congresso é de 15 a 17 de dezembro. Teria tempo para "
        "uma conversa na semana a seguir ao congresso?\n\nCumprimentos,\nRui Costa",
        "na segunda-feira, 21 de dezembro, às 10h",
    ),
    "it-congresso": (
        "it",
        "Buongiorno dottoressa,\n\nho un piccolo bar a Porta Romana. Il congresso è dal 15 al 17 dicembre. Vorrei "
        "fissare un appuntamento per una prima consulenza la settimana dopo il congresso.\n\nCordiali saluti\n"
        "Marco Bianchi",
        "lunedì 21 dicembre alle 10",
    ),
    "nl-beurs": (
        "nl",
        "Goedemiddag mevrouw De Vries,\n\nik heb een kleine bakkerij in Utrecht. De beurs is van 15 tot 17 december. "
        "Heeft u de week na de beurs tijd voor een adviesgesprek?\n\nMet vriendelijke groet,\nPieter Bakker",
        "maandag 21 december om 10.00 uur",
    ),
}


@pytest.mark.parametrize(
    ("code", "body", "first_time"),
    list(WEEK_AFTER_ITS_DAY.values()),
    ids=list(WEEK_AFTER_ITS_DAY),
)
def test_a_client_asking_for_the_week_after_something_dated_is_offered_that_week(
    kindly: Kindly, tmp_path: Path, code: str, body: str, first_time: str
) -> None:
    record = _to_client(kindly, tmp_path, code, body)
    assert record["decision"] == "accept", record["reason"]
    assert first_time in record["draft"], record["draft"]
    assert "14 d" not in record["draft"] and "14. D" not in record["draft"]  # not the week after next


def test_la_semaine_d_apres_alone_is_still_the_week_after_next(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Bonjour Madame Gagnon,\n\nJ'ai besoin d'aide pour mes impôts. Auriez-vous le temps pour un échange la "
        "semaine d'après?\n\nCordialement,\nJulien Roy"
    )
    record = _to_client(kindly, tmp_path, "fr", body)
    assert "le lundi 14 décembre à 10 h" in record["draft"], record["draft"]


@pytest.mark.parametrize(
    ("code", "body", "asked"),
    [
        pytest.param(
            "fr",
            "Bonjour Madame Gagnon,\n\nJ'ai besoin d'aide pour mes impôts. Auriez-vous le temps pour un échange la "
            "semaine d'après le congrès?\n\nCordialement,\nJulien Roy",
            "Quel jour et quelle heure vous conviendraient?",
            id="fr",
        ),
        pytest.param(
            "de",
            "Guten Tag Frau Weber,\n\nich habe einen kleinen Laden in Neukölln. Haben Sie die Woche nach der Messe "
            "Zeit für ein Gespräch?\n\nViele Grüße\nJonas Keller",
            "?",
            id="de",
        ),
        pytest.param(
            "es",
            "Buenos días licenciada,\n\nMi esposo necesita ayuda con su residencia. ¿Tiene tiempo para una charla la "
            "semana después del congreso?\n\nSaludos,\nMarisol Vega",
            "?",
            id="es",
        ),
    ],
)
def test_the_week_after_something_undated_is_asked_not_guessed(
    kindly: Kindly, tmp_path: Path, code: str, body: str, asked: str
) -> None:
    record = _to_client(kindly, tmp_path, code, body)
    assert record["decision"] == "accept", record["reason"]
    assert asked in record["draft"]
    assert not any(month in record["draft"] for month in ("décembre", "Dezember", "diciembre")), record[
        "draft"
    ]


def _to_elise_in_english(kindly: Kindly, tmp_path: Path, ask: str) -> dict[str, Any]:
    body = f"Hi Élise,\n\nI run a small bakery and need help with my taxes. {ask}\n\nThanks,\nJulien Roy"
    mail = to_elise(tmp_path / "m.eml", body, sender=JULIEN, subject="Taxes")
    return triaged_one(kindly, mail, profile_file(bilingual_accountant_profile(), tmp_path))


def test_the_week_after_a_dated_fair_in_english(kindly: Kindly, tmp_path: Path) -> None:
    ask = "I'm at a trade fair December 15-17; could we book a consultation the week after the fair?"
    record = _to_elise_in_english(kindly, tmp_path, ask)
    assert record["decision"] == "accept", record["reason"]
    assert "Monday 21 December" in record["draft"], record["draft"]


def test_the_week_after_christmas_in_english_is_that_week_not_the_new_year(
    kindly: Kindly, tmp_path: Path
) -> None:
    # "after Christmas" alone is read as the new year; "the week after Christmas" is the week of 28 December
    record = _to_elise_in_english(kindly, tmp_path, "Could we book a consultation the week after Christmas?")
    assert "Monday 28 December" in record["draft"], record["draft"]
    assert "already full" not in record["draft"]


def test_the_week_after_an_undated_fair_in_english_asks_when_it_is(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_elise_in_english(kindly, tmp_path, "Could we book a consultation the week after the fair?")
    assert record["decision"] == "accept", record["reason"]
    assert "When is the fair?" in record["draft"], record["draft"]
    assert "December at" not in record["draft"]


@pytest.mark.parametrize(
    ("said", "monday"),
    [
        ("Could we meet the week after Easter?", date(2027, 3, 29)),
        ("Haben Sie in der Woche nach Neujahr Zeit?", date(2027, 1, 4)),
        ("Haben Sie in der Woche nach dem 15. Dezember Zeit?", date(2026, 12, 21)),
        ("Ich bin bis zum 18. Dezember verreist. Haben Sie die Woche danach Zeit?", date(2026, 12, 21)),
        ("Ik ben tot 18 december op vakantie. Heeft u de week daarna tijd?", date(2026, 12, 21)),
        ("Estaré fuera hasta el 18 de diciembre. ¿Tiene tiempo la semana siguiente?", date(2026, 12, 21)),
        (
            "The conference runs December 15-17. Could we meet the week after the conference?",
            date(2026, 12, 21),
        ),
        (
            "Le congrès a lieu le 10 décembre. Seriez-vous libre la semaine suivant le congrès?",
            date(2026, 12, 14),
        ),
        ("Potremmo vederci la settimana dopo Natale?", date(2026, 12, 28)),
        ("Podíamos falar na semana depois do Natal?", date(2026, 12, 28)),
    ],
)
def test_the_week_after_is_read_from_the_day_of_what_it_follows(said: str, monday: date) -> None:
    found = week_after(said, WRITTEN)
    assert found is not None and found.monday == monday


@pytest.mark.parametrize(
    "said",
    [
        "Seriez-vous libre la semaine d'après?",  # nothing before it: the week after next, as before
        "Seriez-vous libre la semaine d'après pour un échange?",
        "Could we meet the week after next?",
        "Could we meet next week after 2 rounds of review?",
        "¿Podemos vernos la semana después de la próxima?",
        "Potremmo vederci la settimana dopo la prossima?",
        "Kunnen we de week na volgende week afspreken?",
        "La semaine prochaine je suis en voyage, mais la semaine d'après me conviendrait.",
    ],
)
def test_no_week_after_anything_is_read_where_none_is_named(said: str) -> None:
    assert week_after(said, WRITTEN) is None


# -- 2. a bilingual consultant's mail, two in each language ---------------------------------------------------------
# Claire Martin (Montreal: English and French), Inés Navarro (Miami), Lena Hoffmann (Berlin), Beatriz Lima (Lisbon),
# Giulia Conti (Milan) and Eva Janssen (Utrecht): strategy consultants who look for family businesses and small
# manufacturers as clients and give paid keynotes and workshops (personas.langs_consultant_profile). Each mail with
# what kindly must decide, what the draft must say, and what it must not (English to a mail in another language).

CONSULTANT_MAIL = {
    "en-speakers-fee": (
        "en",
        "Priya Raman <priya@ofbforum.example.ca>",
        "Call for speakers: Ontario Family Business Forum",
        (
            "Hi Claire,\n\nI'm programming the Ontario Family Business Forum, a conference for owners of "
            "family businesses. Would you give a 30-minute keynote on growth strategy on Thursday, January "
            "14 at 2:30pm in Toronto? We offer an honorarium of CAD 1,500 plus travel.\n\nBest,\nPriya "
            "Raman\nProgram Chair, Ontario Family Business Forum"
        ),
        False,
        "accept",
        ["January 14 at 2:30pm"],
        ["Hola", "Bonjour"],
    ),
    "en-mixed-fr": (
        "en",
        "Marc Tremblay <marc@tremblayetfils.example.ca>",
        "Stratégie de croissance",
        (
            "Bonjour Claire,\n\nJe suis propriétaire d'une entreprise familiale à Laval, Tremblay et fils, "
            "et j'aimerais prendre rendez-vous pour une consultation sur notre plan de croissance. Sorry, my "
            "English is better for the details: we are a small manufacturer of kitchen cabinets. Je suis "
            "libre le mardi ou le jeudi après-midi.\n\nMerci,\nMarc Tremblay"
        ),
        False,
        "accept",
        ["Bonjour Marc", "consultation", "14 h"],
        ["Hi Marc", "Would "],
    ),
    "fr-thread-14h30": (
        "fr",
        "Sophie Gagné <sophie.gagne@cclaval.example.ca>",
        "Re: Atelier stratégie pour PME",
        (
            "Bonjour Claire,\n\nMerci pour votre réponse rapide. Comme convenu, pourriez-vous animer "
            "l'atelier sur la stratégie de croissance à la Chambre de commerce de Laval le jeudi 10 décembre "
            "à 14h30? Un cachet de 800 $ est prévu.\n\nCordialement,\nSophie Gagné\nChambre de commerce de "
            "Laval\n\n> Bonjour Sophie, avec plaisir, quelle date vous conviendrait?\n> Claire"
        ),
        True,
        "accept",
        ["jeudi 10 décembre à 14h30"],
        ["Hi ", "2:30"],
    ),
    "fr-pitch-marketing": (
        "fr",
        "Luc Bergeron <luc@agencepixel.example.ca>",
        "Votre visibilité en ligne",
        (
            "Bonjour Madame Martin,\n\nNous sommes une agence de marketing numérique à Montréal. "
            "Pourriez-vous nous accorder 20 minutes la semaine prochaine pour discuter de votre stratégie de "
            "contenu?\n\nCordialement,\nLuc Bergeron"
        ),
        False,
        "decline",
        ["fournisseur"],
        ["Hi ", "Thank"],
    ),
    "es-speakers-fee": (
        "es",
        "Carmen Ortiz <carmen.ortiz@congresoempresa.example.com>",
        "Convocatoria de ponentes",
        (
            "Estimada Inés,\n\nLe escribo del Congreso de Empresa Familiar de Miami. ¿Le gustaría participar "
            "como ponente en nuestro congreso el jueves 14 de enero a las 16:00? Ofrecemos unos honorarios "
            "de 1.000 USD y el viaje.\n\nSaludos cordiales,\nCarmen Ortiz"
        ),
        False,
        "accept",
        ["jueves 14 de enero a las 16:00"],
        ["Hi ", "Thank"],
    ),
    "es-time-1030": (
        "es",
        "Jorge Salas <jorge.salas@camaramiami.example.com>",
        "Invitación: desayuno de la Cámara",
        (
            "Buenos días Inés,\n\nLa Cámara de Comercio Hispana de Miami la invita a dar un taller para "
            "pequeñas empresas el martes 8 de diciembre a las 10.30 h. ¿Podría confirmarnos su "
            "participación?\n\nSaludos,\nJorge Salas"
        ),
        False,
        "accept",
        ["el martes 8 de diciembre a las 10.30 h"],
        ["Hi ", "10:30 am"],
    ),
    "de-time-1430": (
        "de",
        "Stefan Braun <s.braun@ihk-muenchen.example.de>",
        "Einladung: Unternehmerforum",
        (
            "Sehr geehrte Frau Hoffmann,\n\ndie IHK München lädt Sie herzlich ein, beim Unternehmerforum für "
            "Familienunternehmen einen Workshop zu halten, am Donnerstag, 10. Dezember um 14.30 Uhr. Ein "
            "Honorar von 600 € ist vorgesehen. Könnten Sie uns Bescheid geben?\n\nMit freundlichen "
            "Grüßen\nStefan Braun"
        ),
        False,
        "accept",
        ["Donnerstag, 10. Dezember um 14.30 Uhr"],
        ["Hi ", "2:30"],
    ),
    "de-thread-client": (
        "de",
        "Jonas Keller <jonas.keller@kellerholz.example.de>",
        "AW: Beratung",
        (
            "Guten Tag Frau Hoffmann,\n\nvielen Dank für Ihre schnelle Antwort. Wir sind ein kleiner "
            "Familienbetrieb (Schreinerei) und möchten wachsen. Haben Sie übernächste Woche Zeit für ein "
            "Gespräch?\n\nViele Grüße\nJonas Keller\n\n> Guten Tag Herr Keller, gerne, worum geht es "
            "genau?\n> Lena Hoffmann"
        ),
        True,
        "accept",
        ["14. Dezember"],
        ["Hi ", "Would "],
    ),
    "pt-time-14h": (
        "pt",
        "Ana Ferreira <ana.ferreira@ccip.example.pt>",
        "Convite: almoço de networking",
        (
            "Bom dia Beatriz,\n\nA Câmara de Comércio e Indústria Portuguesa tem o prazer de a convidar para "
            "um workshop para pequenas empresas na terça-feira, 8 de dezembro, às 14h. Poderia confirmar a "
            "sua presença?\n\nCumprimentos,\nAna Ferreira"
        ),
        False,
        "accept",
        ["8 de dezembro, às 14h"],
        ["Hi ", "2:00 pm"],
    ),
    "pt-pitch-marketing": (
        "pt",
        "Tiago Sousa <tiago@agenciaonda.example.pt>",
        "Parceria de marketing",
        (
            "Olá Beatriz,\n\nSomos uma agência de marketing digital em Lisboa. Teria tempo para uma conversa "
            "esta semana sobre a presença online da sua consultoria?\n\nCumprimentos,\nTiago Sousa"
        ),
        False,
        "decline",
        ["já trabalho"],
        ["Hi ", "Thank"],
    ),
    "it-speakers-fee": (
        "it",
        "Paolo Greco <paolo.greco@convegnopmi.example.it>",
        "Invito come relatrice",
        'Gentile dottoressa Conti,\n\nvorremmo invitarla come relatrice al convegno "Crescere in famiglia" per le imprese familiari, martedì 12 gennaio alle 15. È previsto un compenso di 800 euro. Sarebbe disponibile?\n\nCordiali saluti\nPaolo Greco',
        False,
        "accept",
        ["martedì 12 gennaio alle 15"],
        ["Hi ", "3:00 pm"],
    ),
    "it-mixed-en": (
        "it",
        "Marco Bianchi <marco@bianchimobili.example.it>",
        "Consulenza",
        (
            "Buongiorno Giulia,\n\nsiamo una piccola impresa familiare di Brianza (mobili). Vorrei fissare "
            "un appuntamento per una prima consulenza sulla nostra strategia di crescita. Our export manager "
            "will join, he speaks English.\n\nCordiali saluti\nMarco Bianchi"
        ),
        False,
        "accept",
        ["consulenza", "dicembre"],
        ["Hi Marco", "Would "],
    ),
    "nl-thread-client": (
        "nl",
        "Pieter Bakker <pieter@bakkerbrood.example.nl>",
        "Re: Kennismaking",
        (
            "Goedemiddag mevrouw Janssen,\n\nbedankt voor uw reactie. Wij zijn een familiebedrijf (bakkerij) "
            "met drie vestigingen. Heeft u volgende week tijd voor een adviesgesprek?\n\nMet vriendelijke "
            "groet,\nPieter Bakker\n\n> Beste Pieter, waar kan ik u mee helpen?\n> Eva"
        ),
        True,
        "accept",
        ["december om"],
        ["Hi ", "Would "],
    ),
    "nl-time-1600": (
        "nl",
        "Femke de Boer <f.deboer@kvk.example.nl>",
        "Uitnodiging: workshop ondernemers",
        (
            "Beste Eva,\n\nDe Kamer van Koophandel nodigt u uit om een workshop te geven voor "
            "familiebedrijven op donderdag 10 december om 16.00 uur in Utrecht. Er is een vergoeding van € "
            "500. Zou u dat willen?\n\nMet vriendelijke groet,\nFemke de Boer"
        ),
        False,
        "accept",
        ["donderdag 10 december om 16.00 uur"],
        ["Hi ", "4:00 pm"],
    ),
}


@pytest.mark.parametrize("key", list(CONSULTANT_MAIL))
def test_a_bilingual_consultants_mail_is_answered_in_its_language(
    kindly: Kindly, tmp_path: Path, key: str
) -> None:
    code, sender, subject, body, in_a_thread, decision, says, never_says = CONSULTANT_MAIL[key]
    thread: dict[str, Any] = (
        {"in_reply_to": "a1@example", "references": ["a1@example"]} if in_a_thread else {}
    )
    mail = to_langs_consultant(code, tmp_path / "m.eml", body, sender=sender, subject=subject, **thread)
    record = triaged_one(kindly, mail, profile_file(langs_consultant_profile(code), tmp_path))
    assert record["decision"] == decision, record["reason"]
    draft = record["draft"] or ""
    assert all(said in draft for said in says), draft
    assert not any(said in draft for said in never_says), draft
