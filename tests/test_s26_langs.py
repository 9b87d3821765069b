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
from personas import bilingual_accountant_profile, to_elise
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
