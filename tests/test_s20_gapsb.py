"""Session 20, gaps the last closing note left: the same person again by another channel after a no, a colleague's
source, mail in another language."""

from __future__ import annotations

from pathlib import Path

from personas import ADVISER, FOUNDER, HANNAH, to_adviser, to_founder
from support import Kindly, eml, profile_file, triaged, triaged_one
from test_s19_r2ics import ENGLISH, GERMAN, invitation

# -- 1. a follow-up by another channel to a pitch already declined ----------------------------------------------------

JOSH_PITCH = (
    "Hi Priya,\n\nJosh here, BDM for HUB24 in Sydney. I've heard great things about your practice and would love to "
    "grab a coffee next week - I can come to you in the CBD.\n\nI'd like to walk you through our new managed account "
    "and retirement income features; a lot of independent practices are moving their clients across to us this "
    "year and the transition team does all the heavy lifting.\n\nWould Tuesday or Wednesday morning suit?\n\n"
    "Cheers,\nJosh Fenwick\nBusiness Development Manager | HUB24"
)
JOSH_TEXT = (
    "Hi Priya, Josh from HUB24 again - just following up on my email. Any chance of that coffee next week? Happy to "
    "come to you, my shout."
)


def joshs_pitch(folder: Path) -> Path:
    return to_adviser(
        folder / "pitch.eml",
        JOSH_PITCH,
        sender="Josh Fenwick <josh.fenwick@hub24.com.au>",
        subject="Coffee next week?",
        date="Wed, 18 Nov 2026 14:05:00 +1100",
    )


def joshs_text(folder: Path, body: str = JOSH_TEXT, name: str = "joshs_text.txt") -> Path:
    """A text message pasted from the phone: the sender's name, no address."""
    path = folder / name
    path.write_text(
        f"From: Josh Fenwick (SMS)\nDate: Fri, 27 Nov 2026 15:30:00 +1100\nSubject: Text message\n\n{body}\n",
        encoding="utf-8",
    )
    return path


def test_a_text_following_up_a_pitch_whose_no_waits_unsent_is_declined_too_and_no_second_reply_drafted(
    kindly: Kindly, tmp_path: Path
) -> None:
    profile = profile_file(ADVISER, tmp_path)
    pitch, text = triaged(kindly, joshs_pitch(tmp_path), joshs_text(tmp_path), profile=profile)
    assert pitch["decision"] == "decline" and pitch["draft"]
    assert text["decision"] == "decline"
    assert text["reason_code"] == pitch["reason_code"]
    assert text["reason"].startswith('Follows up #1 ("Coffee next week?") by a text message: you declined it')
    assert "Your reply to #1 waits unsent" in text["reason"]
    assert text["draft"] is None


def test_once_the_no_went_out_by_email_the_text_is_answered_briefly_holding_the_line(
    kindly: Kindly, tmp_path: Path
) -> None:
    profile = profile_file(ADVISER, tmp_path)
    triaged_one(kindly, joshs_pitch(tmp_path), profile=profile)
    exported = kindly("drafts", "export", "1", "--dir", str(tmp_path / "out"), "--profile", str(profile))
    assert exported.exit_code == 0, exported.output
    text = triaged_one(kindly, joshs_text(tmp_path), profile=profile)
    assert text["decision"] == "decline"
    assert "Follows up #1" in text["reason"] and "waits unsent" not in text["reason"]
    assert text["draft"] == (
        "Hi Josh,\n\nThanks for following up. As I mentioned in my e-mail, I'll pass on this one - but thanks for "
        "thinking of me.\n\nBest,\nPriya Raman\n"
    )


def test_the_same_follow_up_by_email_from_his_address_holds_the_no_as_well(
    kindly: Kindly, tmp_path: Path
) -> None:
    profile = profile_file(ADVISER, tmp_path)
    triaged_one(kindly, joshs_pitch(tmp_path), profile=profile)
    again = to_adviser(
        tmp_path / "again.eml",
        "Hi Priya,\n\nJust following up on my note from last week - any chance of that coffee? Happy to come to "
        "you.\n\nJosh",
        sender="Josh <josh.fenwick@hub24.com.au>",
        subject="Quick coffee?",
        date="Thu, 26 Nov 2026 10:00:00 +1100",
    )
    record = triaged_one(kindly, again, profile=profile)
    assert record["decision"] == "decline"
    assert record["reason"].startswith('Follows up #1 ("Coffee next week?") by another e-mail')


def test_a_real_event_invitation_from_the_declined_seller_is_weighed_anew(
    kindly: Kindly, tmp_path: Path
) -> None:
    """A different ask of the same person (an evening for independent advisers) is no follow-up of the pitch."""
    profile = profile_file(ADVISER, tmp_path)
    triaged_one(kindly, joshs_pitch(tmp_path), profile=profile)
    seminar = joshs_text(
        tmp_path,
        "Hi Priya, Josh from HUB24 again. We're hosting a retirement income seminar for pre-retirees on Thursday "
        "4 February at 6pm at the Museum of Sydney and would love you to speak on the panel about superannuation. "
        "Would you be interested?",
    )
    record = triaged_one(kindly, seminar, profile=profile)
    assert "Follows up #1" not in record["reason"]
    assert record["intent"] == "speaking_invitation"


def test_a_new_coffee_that_does_not_point_back_at_the_pitch_is_weighed_on_its_own(
    kindly: Kindly, tmp_path: Path
) -> None:
    profile = profile_file(ADVISER, tmp_path)
    triaged_one(kindly, joshs_pitch(tmp_path), profile=profile)
    record = triaged_one(
        kindly,
        joshs_text(tmp_path, "Hi Priya, are you free for a coffee on Tuesday morning? Josh"),
        profile=profile,
    )
    assert "Follows up" not in record["reason"]


def test_a_text_from_someone_else_who_shares_his_first_name_only_is_no_follow_up(
    kindly: Kindly, tmp_path: Path
) -> None:
    profile = profile_file(ADVISER, tmp_path)
    triaged_one(kindly, joshs_pitch(tmp_path), profile=profile)
    other = tmp_path / "other.txt"
    other.write_text(
        f"From: Josh Martin (SMS)\nDate: Fri, 27 Nov 2026 15:30:00 +1100\n\n{JOSH_TEXT}\n", encoding="utf-8"
    )
    record = triaged_one(kindly, other, profile=profile)
    assert "Follows up" not in record["reason"]


# -- 2. a colleague's introduction to a good source, a colleague's reader event ---------------------------------------

RAVI = """Hannah, Ravi -

Making the introduction I promised. Ravi was head of payments policy at the Bank of England until the summer and is
now at the Centre for Financial Innovation; he knows more about the open banking rules than anyone I've met.

I think you'd both get a lot out of a coffee. I'll leave you to it!

Marcus
Marcus Leigh | City Editor | The Chronicle
"""


def from_a_colleague(folder: Path, body: str, sender: str, subject: str, to: str = "") -> Path:
    """A mail to Hannah (and to whom else `to` names)."""
    return eml(
        folder / "colleague.eml",
        body,
        sender=sender,
        subject=subject,
        date="Wed, 25 Nov 2026 17:02:00 +0000",
        to=", ".join(filter(None, ("Hannah Okafor <hannah.okafor@thechronicle.co.uk>", to))),
    )


def test_a_colleagues_introduction_to_someone_in_her_beats_field_is_said_yes_to(
    kindly: Kindly, tmp_path: Path
) -> None:
    """ "Payments policy" and "open banking" are fintech and regulation, the field whose sources her goal seeks."""
    mail = from_a_colleague(
        tmp_path,
        RAVI,
        "Marcus Leigh <marcus.leigh@thechronicle.co.uk>",
        "Intro: Hannah <> Ravi Menon",
        to="Ravi Menon <ravi.menon@cfi-research.org>",
    )
    record = triaged_one(kindly, mail, profile=profile_file(HANNAH, tmp_path))
    assert record["decision"] == "accept"
    assert record["reason"].startswith(
        'A colleague at thechronicle.co.uk introduces someone in the field of your meet person goal "Meet sources '
        'for the fintech and regulation beat"'
    )
    assert "payments policy" in record["reason"]
    assert record["draft"].startswith("Hi Marcus and Ravi,\n\nThank you for the introduction, Marcus!")


def test_a_colleagues_introduction_to_someone_outside_her_goals_is_still_hers_to_answer(
    kindly: Kindly, tmp_path: Path
) -> None:
    wine = RAVI.replace(
        "Ravi was head of payments policy at the Bank of England until the summer and is\nnow at the Centre for "
        "Financial Innovation; he knows more about the open banking rules than anyone I've met.",
        "Ravi runs a wine bar in Hackney and knows more about natural wine than anyone I've met.",
    )
    mail = from_a_colleague(
        tmp_path, wine, "Marcus Leigh <marcus.leigh@thechronicle.co.uk>", "Intro: Hannah <> Ravi"
    )
    record = triaged_one(kindly, mail, profile=profile_file(HANNAH, tmp_path))
    assert record["decision"] != "accept"
    assert "introduces someone" not in record["reason"]


def test_the_same_introduction_from_outside_her_paper_is_not_vouched_for_by_a_colleague(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = from_a_colleague(tmp_path, RAVI, "Marcus Leigh <marcus@leighconsulting.example.com>", "Intro")
    record = triaged_one(kindly, mail, profile=profile_file(HANNAH, tmp_path))
    assert "colleague" not in record["reason"]


READER_EVENT = """Hi Hannah,

We're putting together the January Chronicle Live reader events and I'd love you to host "AI and you: what's
actually changing?" on Tuesday 19 January, 18:30-19:30 at Kings Place. It'd be you plus two guests of your choosing.

Could you let me know by the end of next week? Happy to chat it through.

Nadia
Nadia Brooks | Head of Events | The Chronicle
"""


def test_a_colleagues_reader_event_on_artificial_intelligence_serves_her_goal_of_talks_on_technology(
    kindly: Kindly, tmp_path: Path
) -> None:
    """ "Artificial intelligence" is technology, and the answer is wanted "by the end of next week": the evening is
    on 19 January."""
    mail = from_a_colleague(
        tmp_path,
        READER_EVENT.replace('"AI and you', '"Artificial intelligence and you'),
        "Nadia Brooks <nadia.brooks@thechronicle.co.uk>",
        "Chronicle Live - would you host?",
    )
    record = triaged_one(kindly, mail, profile=profile_file(HANNAH, tmp_path))
    assert record["decision"] == "accept"
    assert record["reason"].startswith('Serves your build credibility goal "Speak on panels and at festivals')
    # (session 23: "I'd love you to host" is read as asking her to host, and the yes says so on the evening's day)
    assert "I'd be glad to host it on Tuesday 19 January, 18:30-19:30." in record["draft"]
    assert "the invitation to host" in record["draft"]  # she presents it: no "thinking of us as hosts"


# -- 3. mail in another language: whom it is from, the days and places kindly can read, a reply in its language ------

KATRIN = """Liebe Frau Vogt,

Jonas Albrecht hat mir von Thermora erzählt, und ich habe mir Ihre Pilotdaten aus Leipzig angesehen - sehr spannend.

Hätten Sie Lust auf einen Kaffee bei uns im Büro in Kreuzberg (Paul-Lincke-Ufer 39)? Ich könnte am
Donnerstag, 10. Dezember um 10:00 Uhr, alternativ am Freitag, 11. Dezember um 14:00 Uhr. Eine Stunde
sollte reichen. Bringen Sie gerne Ihr Deck mit.

Viele Grüße
Katrin Hoffmann
Partnerin, Nordwind Climate Ventures
"""
TAX_PITCH = """Sehr geehrte Frau Vogt,

als auf Startups spezialisierte Steuerkanzlei in Berlin-Mitte unterstützen wir über 80 Gründerteams bei
Buchhaltung, Jahresabschluss und Steuerberatung - digital und zum Festpreis.

Für neue Mandanten sind die ersten drei Monate kostenlos. Hätten Sie Zeit für ein unverbindliches
Kennenlerngespräch von 20 Minuten, zum Beispiel am Dienstag, 8. Dezember?

Mit freundlichen Grüßen
Dr. Felix Brückner
Steuerberater
"""


def german_mails(folder: Path) -> list[Path]:
    """A tax adviser's pitch, then her target investor's invitation to coffee: both in German."""
    return [
        to_founder(
            folder / "pitch.eml",
            TAX_PITCH,
            sender="Kanzlei Brückner Steuerberatung <info@brueckner-stb.de>",
            subject="Steuerberatung für Startups - 3 Monate gratis",
            date="Wed, 11 Nov 2026 09:00:00 +0100",
        ),
        to_founder(
            folder / "katrin.eml",
            KATRIN,
            sender="Katrin Hoffmann <katrin.hoffmann@nordwind.vc>",
            subject="Kennenlernen",
            date="Tue, 24 Nov 2026 16:12:00 +0100",
        ),
    ]


def test_a_german_mail_from_her_target_investor_says_whom_it_is_from_and_the_days_it_names(
    kindly: Kindly, tmp_path: Path
) -> None:
    pitch, katrin = triaged(kindly, *german_mails(tmp_path), profile=profile_file(FOUNDER, tmp_path))
    # session 23: kindly reads German from a table now, so her target's coffee on a day and an hour it names is a
    # yes in German, as a Spanish or French one is (it was left to read while kindly read no German)
    assert (katrin["decision"], katrin["reason_code"]) == ("accept", "read_in_german"), katrin["reason"]
    assert 'comes from "Katrin Hoffmann", a target of your meet person goal' in katrin["reason"]
    assert "Sie können am Donnerstag, 10. Dezember um 10:00 Uhr mit mir rechnen." in katrin["draft"]
    assert "comes from" not in pitch["reason"]
    assert pitch["reason"].endswith("It names Dienstag, 8. Dezember (all kindly can read of it).")


def test_the_mail_from_her_target_is_listed_first_of_those_to_read(kindly: Kindly, tmp_path: Path) -> None:
    result = kindly(
        "triage", *map(str, german_mails(tmp_path)), "--profile", str(profile_file(FOUNDER, tmp_path))
    )
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    # session 23: her target's mail is answered in German now (above), so only the pitch is left to read
    assert "1 of them looks like an invitation: yours to read first (#1)" in said
    rows = [line for line in result.stdout.splitlines() if line.startswith("│")]
    assert "Katrin Hoffmann" in next(row for row in rows if "accept" in row)


def test_a_german_mail_from_her_target_organisations_address_is_hers_to_read_first_too(
    kindly: Kindly, tmp_path: Path
) -> None:
    """Nothing in it looks like an invitation, but it comes from nordwind.vc, the fund her goal names."""
    mail = to_founder(
        tmp_path / "nordwind.eml",
        "Liebe Frau Vogt,\n\nanbei wie besprochen die Unterlagen zu unserem Fonds. Wir melden uns nach der "
        "Partnersitzung bei Ihnen.\n\nViele Grüße\nSabine Keller\nNordwind Climate Ventures\n",
        sender="Sabine Keller <sabine.keller@nordwind.vc>",
        subject="Unterlagen",
        date="Mon, 30 Nov 2026 10:00:00 +0100",
    )
    record = triaged_one(kindly, mail, profile=profile_file(FOUNDER, tmp_path))
    assert record["reason_code"] == "not_english_invitation"
    assert 'comes from "Nordwind Climate Ventures", a target of your meet person goal' in record["reason"]


def test_a_french_mail_shows_its_day_hour_and_street(kindly: Kindly, tmp_path: Path) -> None:
    mail = to_founder(
        tmp_path / "paris.eml",
        "Bonjour Lena,\n\nNous organisons une rencontre sur les pompes à chaleur avec nos partenaires. Seriez-vous "
        "disponible mardi 8 décembre à 14h30 au 12 rue de la Paix ? Merci de nous dire si vous pouvez venir.\n\n"
        "Bien à vous,\nClaire Dubois\n",
        sender="Claire Dubois <claire@chaleur-paris.example.fr>",
        subject="Rencontre",
        date="Mon, 30 Nov 2026 10:00:00 +0100",
    )
    record = triaged_one(kindly, mail, profile=profile_file(FOUNDER, tmp_path))
    assert record["reason"].endswith(
        "It names mardi 8 décembre à 14h30; 12 rue de la Paix (all kindly can read of it)."
    )
    assert "comes from" not in record["reason"]


def calendar_comment(kindly: Kindly, tmp_path: Path, note: dict[str, str], at: str = "T100000") -> str:
    """The COMMENT of the calendar reply the exported draft of a call invitation carries."""
    _record, calendar = invitation(kindly, tmp_path, note, at=at)
    unfolded = calendar.replace("\r\n ", "").replace("\n ", "")
    return next((line for line in unfolded.splitlines() if line.startswith("COMMENT:")), "")


def test_the_calendar_reply_to_a_german_invitation_says_its_yes_in_german(
    kindly: Kindly, tmp_path: Path
) -> None:
    assert (
        calendar_comment(kindly, tmp_path, GERMAN)
        == "COMMENT:Vielen Dank für die Einladung\\, ich nehme gerne teil."
    )


def test_a_call_it_cannot_take_at_that_hour_is_answered_tentatively_in_german(
    kindly: Kindly, tmp_path: Path
) -> None:
    # session 24: the TENTATIVE reply carries its German draft (why 8:00 does not suit, and the times proposed
    # instead), as the English one carries its draft, not the holding line that promised an answer later
    assert calendar_comment(kindly, tmp_path, GERMAN, at="T080000") == (
        "COMMENT:Guten Tag Jens Hartmann\\,\\n\\nVielen Dank für die Einladung. Um 8 Uhr kann ich leider nicht\\, "
        "denn für Telefonate bin ich nur ab 9 Uhr frei. Würde es Ihnen am Mittwoch\\, 9. Dezember um 10 Uhr oder am "
        "Freitag\\, 11. Dezember um 14:30 Uhr passen?\\n\\nViele Grüße\\nLena"
    )


def test_the_calendar_reply_to_a_spanish_invitation_is_in_spanish(kindly: Kindly, tmp_path: Path) -> None:
    spanish = {
        "summary": "Piloto de bombas de calor",
        "description": "Hola Lena\\, como hablamos por teléfono: una breve llamada sobre un posible piloto con sus "
        "controladores en dos de nuestros barrios. Muchas gracias\\, Jens",
    }
    # whatever kindly decided of it (it cannot read its note): said in Spanish, not in English
    assert calendar_comment(kindly, tmp_path, spanish).startswith("COMMENT:Gracias por la invitación\\,")


def test_an_invitation_in_a_language_without_a_sentence_gets_no_english_comment(
    kindly: Kindly, tmp_path: Path
) -> None:
    swedish = {
        "summary": "Pilot med värmepumpar",
        "description": "Hej Lena\\, som vi pratade om i telefon: ett kort samtal om ett möjligt pilotprojekt med "
        "era styrenheter i två av våra kvarter. Tack och hälsningar\\, Jens",
    }
    assert calendar_comment(kindly, tmp_path, swedish) == ""


def test_the_calendar_reply_to_an_english_invitation_still_carries_the_draft(
    kindly: Kindly, tmp_path: Path
) -> None:
    assert calendar_comment(kindly, tmp_path, ENGLISH).startswith("COMMENT:Hi Jens\\,")
