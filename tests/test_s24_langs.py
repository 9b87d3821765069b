"""Mail in other languages, the gaps session 23 left (session 24): a client's plain "Haben Sie Zeit für ein
Gespräch?" (or "¿Tiene tiempo para una charla?", "Auriez-vous le temps pour un échange?", "Teria tempo para uma
conversa?") is a consultation asked, each day a client names keeps its own part of the day ("freitags oder
Dienstagnachmittag"), and a calendar invitation at a time the user does not meet is told why in its language, in
the draft and in its calendar reply's COMMENT, as the English one is."""

from __future__ import annotations

from email.parser import BytesParser
from email.policy import default
from pathlib import Path
from typing import Any

import pytest

from kindly.hours import MeetingHours
from kindly.reply.hours_told import hours_told
from kindly.reply.languages import FRENCH, GERMAN, PORTUGUESE, SPANISH, Phrases
from kindly.understand.languages import READ
from kindly.understand.plain_forms import days_that_suit
from personas import (
    accountant_abroad_profile,
    bilingual_accountant_profile,
    bilingual_lawyer_profile,
    to_accountant_abroad,
    to_elise,
)
from support import Kindly, eml, profile_file, triaged_one
from test_s19_r2ics import ENGLISH, FOUNDER, ONE_TO_ONE
from test_s22_spanish import LUCIA
from test_s23_languages3 import CALL_NOTES

JONAS = "Jonas Keller <jonas.keller@gmx.example.de>"
RUI = "Rui Costa <rui.costa@sapo.example.pt>"
JULIEN = "Julien Roy <julien.roy@videotron.example.ca>"
MARISOL = "Marisol Vega <marisol.vega@gmail.example>"


def _to_client_of(kindly: Kindly, tmp_path: Path, code: str, body: str, sender: str = "") -> dict[str, Any]:
    """The triage record of a mail in `code`'s language to the accountant or lawyer who reads it: Katrin ("de"),
    Sofia ("pt"), Élise ("fr") or Lucía ("es")."""
    path = tmp_path / "m.eml"
    if code in ("de", "pt"):
        mail = to_accountant_abroad(
            code, path, body, sender=sender or (JONAS if code == "de" else RUI), subject="Anfrage"
        )
        toml = accountant_abroad_profile(code)
    elif code == "fr":
        mail = to_elise(path, body, sender=sender or JULIEN, subject="Bonjour")
        toml = bilingual_accountant_profile()
    else:
        mail = eml(
            path,
            body,
            sender=sender or MARISOL,
            subject="Hola",
            date="Mon, 30 Nov 2026 10:00:00 -0500",
            to=LUCIA,
        )
        toml = bilingual_lawyer_profile()
    return triaged_one(kindly, mail, profile_file(toml, tmp_path))


# -- a client's time asked for a plain talk ------------------------------------------------------------------------

TIME_FOR_A_TALK = {
    "de-gespraech": (
        "de",
        "Guten Tag Frau Weber,\n\nhaben Sie nächste Woche Zeit für ein Gespräch? Es geht um die Steuererklärung "
        "meines kleinen Cafés.\n\nViele Grüße\nJonas Keller",
        "Sehr gerne vereinbare ich einen Beratungstermin mit Ihnen.",
    ),
    "de-telefonat": (
        "de",
        "Hallo Frau Weber,\n\nich habe einen kleinen Laden in Neukölln und bin seit diesem Jahr selbstständig. Haben "
        "Sie nächste Woche Zeit für ein kurzes Telefonat?\n\nViele Grüße\nJonas Keller",
        "Sehr gerne vereinbare ich einen Beratungstermin mit Ihnen.",
    ),
    "fr-echange": (
        "fr",
        "Bonjour Madame Gagnon,\n\nJ'ai un petit restaurant à Verdun et j'aurais besoin d'aide pour mes impôts. "
        "Auriez-vous le temps pour un échange la semaine prochaine?\n\nCordialement,\nJulien Roy",
        "Je vous recevrai avec plaisir en consultation.",
    ),
    "es-charla": (
        "es",
        "Buenos días licenciada,\n\nMi esposo necesita ayuda con su residencia. ¿Tiene tiempo para una charla la "
        "próxima semana?\n\nSaludos,\nMarisol Vega",
        "Con gusto le atiendo en una consulta.",
    ),
    "pt-conversa": (
        "pt",
        "Bom dia,\n\nTenho um pequeno restaurante em Alfama e tenho dúvidas sobre o IVA. Teria tempo para uma "
        "conversa na próxima semana?\n\nCumprimentos,\nRui Costa",
        "Terei todo o gosto em marcar uma consulta consigo.",
    ),
}


@pytest.mark.parametrize(("code", "body", "yes"), TIME_FOR_A_TALK.values(), ids=TIME_FOR_A_TALK.keys())
def test_a_client_asking_for_time_for_a_plain_talk_about_their_own_matter_is_a_yes(
    kindly: Kindly, tmp_path: Path, code: str, body: str, yes: str
) -> None:
    record = _to_client_of(kindly, tmp_path, code, body)
    assert (record["decision"], record["reason_code"]) == ("accept", f"read_in_{READ_NAMES[code]}"), record[
        "reason"
    ]
    assert "a prospective client asks for a consultation" in record["reason"], record["reason"]
    assert yes in record["draft"], record["draft"]


READ_NAMES = {"de": "german", "fr": "french", "es": "spanish", "pt": "portuguese"}


@pytest.mark.parametrize(
    ("code", "body", "sender", "decision", "reason_code"),
    [
        # someone selling their services asks the same: a no, as "Hätten Sie Zeit für ein Gespräch?" was
        (
            "de",
            "Guten Tag Frau Weber,\n\nwir sind eine Webagentur für Steuerkanzleien. Haben Sie nächste Woche Zeit für "
            "ein kurzes Telefonat?\n\nViele Grüße\nTim Brandt",
            "Tim Brandt <tim@webwerk.example.de>",
            "decline",
            "not_a_fit",
        ),
        (
            "es",
            "Buenos días,\n\nSomos una agencia de marketing para despachos de abogados. ¿Tiene tiempo para una "
            "charla esta semana?\n\nSaludos,\nDiego Ruiz",
            "Diego Ruiz <diego@crecemas.example>",
            "decline",
            "has_provider",  # Lucía has her marketing agency
        ),
        # no matter of their own named: an ask she reads first, not a client's yes on a guess
        (
            "de",
            "Guten Tag Frau Weber,\n\nhaben Sie nächste Woche Zeit für ein Gespräch?\n\nViele Grüße\nJonas Keller",
            JONAS,
            "ignore",
            "not_english_invitation",
        ),
        (
            "pt",
            "Bom dia,\n\nTeria tempo para uma conversa na próxima semana? Seria rápido.\n\nCumprimentos,\nRui Costa",
            RUI,
            "ignore",
            "not_english_invitation",
        ),
        # a thank-you for the talk they had asks nothing
        (
            "de",
            "Guten Tag Frau Weber,\n\nvielen Dank für das Gespräch gestern, es hat mir sehr geholfen.\n\nViele Grüße\n"
            "Jonas Keller",
            JONAS,
            "ignore",
            "",
        ),
    ],
    ids=["de-agency", "es-agency", "de-no-matter", "pt-no-matter", "de-thanks"],
)
def test_time_for_a_talk_asked_by_anyone_else_is_not_a_clients_yes(
    kindly: Kindly, tmp_path: Path, code: str, body: str, sender: str, decision: str, reason_code: str
) -> None:
    record = _to_client_of(kindly, tmp_path, code, body, sender)
    assert record["decision"] == decision, record["reason"]
    if reason_code:
        assert record["reason_code"] == reason_code, record["reason"]


def test_a_client_who_writes_formally_is_still_greeted_by_his_whole_name(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Sehr geehrte Frau Weber,\n\nhaben Sie nächste Woche Zeit für ein Gespräch? Es geht um die Steuererklärung "
        "meines kleinen Cafés.\n\nMit freundlichen Grüßen\nJonas Keller"
    )
    draft = _to_client_of(kindly, tmp_path, "de", body)["draft"]
    # no "Herr Keller": that would need a gender kindly never guesses
    assert draft.startswith("Guten Tag Jonas Keller,\n\n"), draft


# -- each day with its own part of the day --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "said", "days"),
    [
        ("German", "Ich kann freitags oder Dienstagnachmittag.", ("Friday", "Tuesday afternoon")),
        (
            "German",
            "Ich kann freitags vormittags oder Dienstagnachmittag.",
            ("Friday morning", "Tuesday afternoon"),
        ),
        (
            "German",
            "Freitagmorgen oder Dienstagnachmittag passt mir.",
            ("Friday morning", "Tuesday afternoon"),
        ),
        ("German", "Dienstagnachmittag oder freitags passt mir.", ("Tuesday afternoon", "Friday")),
        # a day's own part wins over one said after it: "vormittags aber nicht" is no morning that suits
        (
            "German",
            "Dienstags oder Donnerstagnachmittag passt mir, vormittags aber nicht.",
            ("Tuesday", "Thursday afternoon"),
        ),
        (
            "French",
            "Je peux le vendredi matin ou le mardi après-midi.",
            ("Friday morning", "Tuesday afternoon"),
        ),
        (
            "Spanish",
            "Puedo el viernes por la mañana o el martes por la tarde.",
            ("Friday morning", "Tuesday afternoon"),
        ),
        ("Portuguese", "Posso à sexta de manhã ou à terça à tarde.", ("Friday morning", "Tuesday afternoon")),
        # near misses: a part said apart, after the last day, still covers every day said
        ("German", "Ich kann dienstags oder donnerstags nachmittags.", ("Tuesday Thursday afternoon",)),
        ("Spanish", "Puedo el martes o el jueves por la tarde.", ("Tuesday Thursday afternoon",)),
        ("French", "Je peux le mardi ou le jeudi après-midi.", ("Tuesday Thursday afternoon",)),
        # ...and "morgen" alone is tomorrow, no morning
        ("German", "Ich kann morgen oder Dienstagnachmittag.", ("Tuesday afternoon",)),
    ],
)
def test_each_day_a_sender_names_keeps_its_own_part_of_the_day(
    language: str, said: str, days: tuple[str, ...]
) -> None:
    assert days_that_suit(READ[language], said) == days


def test_a_client_free_on_fridays_or_tuesday_afternoon_is_offered_a_friday_morning(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Guten Tag Frau Weber,\n\nich habe ein kleines Café in Kreuzberg und möchte gerne einen Termin für eine "
        "Erstberatung vereinbaren. Ich kann freitags oder Dienstagnachmittag.\n\nViele Grüße\nJonas Keller"
    )
    record = _to_client_of(kindly, tmp_path, "de", body)
    assert record["decision"] == "accept", record["reason"]
    # Katrin meets on Friday mornings only: Friday keeps its own day, not Tuesday's afternoon
    assert "am Freitag, 4. Dezember um 10 Uhr oder am Dienstag, 8. Dezember um 14 Uhr" in record["draft"], (
        record["draft"]
    )


# -- why another time, in the invitation's language ----------------------------------------------------------------


def _answered(kindly: Kindly, tmp_path: Path, ics: str, toml: str) -> tuple[dict[str, Any], str]:
    """The triage record of a calendar invitation and the COMMENT of the calendar reply its exported draft
    carries ("" where none)."""
    source = tmp_path / "invite.ics"
    source.write_text(ics, encoding="utf-8")
    profile = profile_file(toml, tmp_path)
    record = triaged_one(kindly, source, profile)
    out = tmp_path / "out"
    assert kindly("drafts", "export", "--dir", str(out), "--profile", str(profile)).exit_code == 0
    [exported] = out.glob("*.eml")
    reply = BytesParser(policy=default).parsebytes(exported.read_bytes())
    [calendar] = [part for part in reply.walk() if part.get_content_type() == "text/calendar"]
    unfolded = str(calendar.get_content()).replace("\r\n ", "").replace("\n ", "")
    comment = next((line for line in unfolded.splitlines() if line.startswith("COMMENT:")), "")
    return record, comment.removeprefix("COMMENT:").replace("\\n", "\n").replace("\\,", ",")


def _call(code: str, day: str = "20261208T08") -> str:
    summary, description = CALL_NOTES[code] if code != "en" else (ENGLISH["summary"], ENGLISH["description"])
    text = ONE_TO_ONE.format(location="Microsoft Teams", others="", summary=summary, description=description)
    return text.replace("20261208T08", day)


@pytest.mark.parametrize(
    ("code", "why"),
    [
        (
            "de",
            "Um 8 Uhr kann ich leider nicht, denn für Telefonate bin ich nur ab 9 Uhr frei. Würde es Ihnen",
        ),
        (
            "fr",
            "Malheureusement, 8 h ne me convient pas: je suis disponible pour les appels uniquement à partir de 9 h.",
        ),
        (
            "es",
            "Lamentablemente, a las 8:00 no me viene bien: solo estoy disponible para llamadas a partir de las 9:00.",
        ),
        ("pt", "Infelizmente, às 8h não me é possível: só estou disponível para chamadas a partir das 9h."),
    ],
)
def test_a_call_at_eight_is_told_why_in_its_language_in_the_draft_and_its_calendar_reply(
    kindly: Kindly, tmp_path: Path, code: str, why: str
) -> None:
    record, comment = _answered(kindly, tmp_path, _call(code), FOUNDER)
    assert why in record["draft"], record["draft"]
    # the TENTATIVE reply says the same, not a line that promises an answer later
    assert comment == record["draft"], comment


def test_the_english_twin_still_says_it_in_english(kindly: Kindly, tmp_path: Path) -> None:
    record, comment = _answered(kindly, tmp_path, _call("en"), FOUNDER)
    assert "08:00 doesn't work for me, though - I'm only free for calls after 09:00" in record["draft"]
    assert comment == record["draft"]


@pytest.mark.parametrize(
    ("code", "why"),
    [
        ("de", "Vielen Dank für die Einladung. An diesem Tag kann ich leider nicht. Würde es Ihnen am"),
        ("es", "Gracias por la invitación. Lamentablemente, ese día no me viene bien. ¿Le vendría bien el"),
    ],
)
def test_a_call_on_a_saturday_is_told_the_day_does_not_suit(
    kindly: Kindly, tmp_path: Path, code: str, why: str
) -> None:
    record, comment = _answered(kindly, tmp_path, _call(code, day="20261212T10"), FOUNDER)
    assert record["decision"] == "accept", record["reason"]
    assert why in record["draft"], record["draft"]
    assert why in comment, comment


def test_her_own_hours_are_told_each_with_their_days(kindly: Kindly, tmp_path: Path) -> None:
    # Lena's hours as Katrin keeps them: weekday mornings, and Tuesday and Thursday afternoons
    hours = 'meeting_hours = ["Mon-Fri 09:00-11:30", "Tue,Thu 14:00-16:00"]\n'
    toml = FOUNDER.replace('time_zone = "Europe/Berlin"\n', f'time_zone = "Europe/Berlin"\n{hours}')
    record, _comment = _answered(kindly, tmp_path, _call("de", day="20261209T17"), toml)
    # session 24 (reviewr): "montags bis freitags", not "werktags" (a Werktag is Saturday too)
    assert (
        "Um 17 Uhr kann ich leider nicht, denn für Termine bin ich nur montags bis freitags zwischen 9 Uhr und "
        "11:30 Uhr oder "
        "dienstags und donnerstags zwischen 14 Uhr und 16 Uhr frei."
    ) in record["draft"], record["draft"]


def test_an_invitation_accepted_as_sent_keeps_its_short_calendar_sentence(
    kindly: Kindly, tmp_path: Path
) -> None:
    _record, comment = _answered(kindly, tmp_path, _call("fr", day="20261208T10"), FOUNDER)
    assert comment.startswith("Merci pour l'invitation,"), comment


@pytest.mark.parametrize(
    ("phrases", "told"),
    [
        (
            GERMAN,
            # session 24 (reviewr): "montags bis freitags", not "werktags" (a Werktag is Saturday too)
            "montags bis freitags zwischen 9 Uhr und 11:30 Uhr oder dienstags und donnerstags zwischen 14 Uhr und "
            "16 Uhr",
        ),
        (FRENCH, "de 9 h à 11 h 30 en semaine ou de 14 h à 16 h le mardi et le jeudi"),
        (
            SPANISH,
            "entre las 9:00 y las 11:30 de lunes a viernes o entre las 14:00 y las 16:00 los martes y los jueves",
        ),
        (PORTUGUESE, "entre as 9h e as 11h30 nos dias úteis ou entre as 14h e as 16h às terças e às quintas"),
    ],
)
def test_hours_are_told_in_each_language_as_the_english_tells_them(phrases: Phrases, told: str) -> None:
    hours = MeetingHours.of(["Mon-Fri 09:00-11:30", "Tue,Thu 14:00-16:00"])
    assert hours_told(phrases.hours, hours, phrases.either) == told
