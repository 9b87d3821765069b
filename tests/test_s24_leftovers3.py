"""What session 24's first helpers left (session 24, leftovers3): the user's own "get back to your desk" is no answer
put off, and her hard-wrapped "I'll get back / to you" is one; a never-rule's "anything on Sundays, or talks about
politics or religion" holds on a Sunday, and every part of "talks about politics or about religion" is read; "gifts
from clients or vendors" is gifts from either, never every vendor's mail; "podcast or media interviews" is told back
as interviews she gives; Kendra Lowry's plumber looking to do more remodel work with good GCs serves her
subcontractor goal, not her peer group; a sign-off in Italian, Dutch, German or Portuguese is no one's name, and the
name under it is who signs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kindly.decide.rule_parts import you_never_do
from kindly.decide.rules import never_rule_hit, rule_ideas, words_needed
from kindly.decide.thread import only_defers
from kindly.holding_reply import only_holds
from kindly.model import Intent
from kindly.reply.greeting import first_name
from kindly.understand.languages import signs_off
from personas import (
    contractor_profile,
    dutch_bookkeeper_profile,
    italian_accountant_profile,
    text_to_kendra,
    to_chiara,
    to_kendra,
    to_sanne,
)
from support import Kindly, incoming, profile_file, triaged_one, with_never

# -- 1. "get back to you" as a word of its own, and across a line break, in the user's own note --------------------


@pytest.mark.parametrize(
    "note",
    [
        "Thanks Priya! I need to get back to your desk question after the offsite.",
        "Sorry for the delay - I'll get back to your team's question on pricing first.",
    ],
)
def test_her_note_about_getting_back_to_your_something_puts_off_no_answer(note: str) -> None:
    # before: "get back to you" was found inside "get back to your", and the thread still waited for her answer
    assert not only_defers(note)
    assert not only_holds(note)


@pytest.mark.parametrize(
    "note",
    [
        "Hi Priya, thanks - I'll get back\nto you on this!",
        "Hi Priya, thanks so much. Let me check my\ncalendar first.",
        "Hi Priya - I'll let you\nknow by Friday.",
    ],
)
def test_her_hard_wrapped_note_still_puts_her_answer_off(note: str) -> None:
    assert only_defers(note)


def test_her_note_that_gets_back_to_you_still_puts_her_answer_off() -> None:
    # near misses: the promise itself, at the end of a sentence or of the note
    assert only_defers("Thanks! I'll get back to you.")
    assert only_defers("Will get back to you soon")
    assert not only_defers("Yes, count me in - I'll get back to you with my slides.")


# -- 2. each alternative of "X about A or B" holds, and an alternative of its own time stays whole -----------------

SUNDAY_BRUNCH = "Would you join us for brunch on Sunday, December 13?"
RELIGION_TALK = "Would you give a short talk about religion at our library in March?"
POLITICS_TALK = "Would you give a short talk about politics at our library in March?"


@pytest.mark.parametrize(
    "rule",
    [
        "talks about politics or religion, or anything on Sundays",
        "anything on Sundays, or talks about politics or religion",
        "talks about politics, religion or anything on Sundays",
    ],
)
def test_every_alternative_of_a_rule_about_politics_religion_or_sundays_holds(rule: str) -> None:
    # before: with the Sundays first, "about politics or religion" was every alternative's, and a Sunday brunch
    # met the rule only where it talked politics
    never = with_never(rule)
    assert never_rule_hit(never, SUNDAY_BRUNCH, Intent.EVENT_INVITATION) is not None
    assert never_rule_hit(never, RELIGION_TALK, Intent.SPEAKING_INVITATION) is not None
    assert never_rule_hit(never, POLITICS_TALK, Intent.SPEAKING_INVITATION) is not None


def test_about_said_again_is_read_once() -> None:
    assert words_needed("talks about politics or about religion") == (
        ("talks", "politics"),
        ("talks", "religion"),
    )


def test_a_talk_about_the_library_itself_meets_no_rule_about_politics_or_religion() -> None:
    # near misses: a talk on another subject, on a weekday; a qualifier shared by a place still shared
    never = with_never("anything on Sundays, or talks about politics or religion")
    talk = "Would you give a short talk about home renovation at our library on Tuesday?"
    assert never_rule_hit(never, talk, Intent.SPEAKING_INVITATION) is None
    assert rule_ideas("speaking at conferences or podcasts for free") == (
        ("unpaid", "speaking"),
        ("unpaid", "speaking"),
    )


# -- 3. "gifts from clients or vendors": whom the gifts are from, never a bare "vendors" -------------------------

VENDOR_RULE = "gifts from clients or vendors"
VENDOR_PITCH = (
    "Hi Dana, I'm with Ledgerline - we build bookkeeping automation for design studios. Could I show you a 20-minute "
    "demo next week?"
)


def test_a_vendors_pitch_is_no_gift_from_a_vendor() -> None:
    # before: "vendors" stood alone as an alternative, and every seller's mail met the rule
    assert never_rule_hit(with_never(VENDOR_RULE), VENDOR_PITCH, Intent.SALES_PITCH) is None


@pytest.mark.parametrize(
    ("words", "intent"),
    [
        (
            "Hi Dana, as a thank-you for being a Ledgerline customer, we'd love to send you a holiday gift basket. "
            "What address should we use?",
            Intent.SALES_PITCH,  # a seller writing is what the vendor idea reads
        ),
        (
            "Dana, my client Priya and I loved working with you this year - Priya would like to send you a small "
            "gift for the holidays. Is your studio address still the same?",
            Intent.NONE,
        ),
    ],
    ids=["a-vendors-gift", "a-clients-gift"],
)
def test_a_gift_from_a_vendor_or_a_client_still_meets_the_rule(words: str, intent: Intent) -> None:
    assert never_rule_hit(with_never(VENDOR_RULE), words, intent) is not None


@pytest.mark.parametrize(
    ("rule", "ideas"),
    [
        ("gifts from clients or vendors", (("gift", "vendor"),)),
        ("gifts from vendors or lobbyists", (("gift", "vendor"), ("lobbying", "gift"))),
        # near misses: a later name that asks something of its own starts another alternative
        ("calls with recruiters or weekend events", (("recruiting",), ("weekend",))),
        ("gifts from clients or vendor pitches", (("sales", "vendor"),)),
        ("gifts from clients or speaking", (("speaking",),)),
    ],
)
def test_whom_a_from_list_names_is_every_things_unless_it_asks_something(
    rule: str, ideas: tuple[tuple[str, ...], ...]
) -> None:
    assert rule_ideas(rule) == ideas


def test_a_lobbyists_coffee_without_a_gift_meets_no_rule_about_gifts_from_them() -> None:
    coffee = "Hi Dana, I'm a lobbyist with the Design Industry Alliance. Could we grab coffee next week?"
    assert never_rule_hit(with_never("gifts from vendors or lobbyists"), coffee, Intent.COFFEE_CHAT) is None


# -- 4. interviews the user gives ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "told"),
    [
        ("podcast or media interviews", "You never give podcast or media interviews"),
        ("press interviews", "You never give press interviews"),
        ("TV interviews about clients", "You never give TV interviews about clients"),
        # near misses: whose interviews kindly cannot be sure of, told as written
        ("job interviews", "You never do job interviews"),
        ("interviews", "You never do interviews"),
        (
            "podcast or media interviews for job seekers",
            "You never do podcast or media interviews for job seekers",
        ),
    ],
)
def test_media_interviews_are_told_back_as_interviews_she_gives(rule: str, told: str) -> None:
    assert you_never_do(rule) == told


# -- 5. a plumber looking to do more remodel work with good GCs: her subcontractor goal, not her peer group ------

DEREK = (
    "Hey Kendra - Derek Stone here. I'm a plumber in Aurora looking to do more remodel work with good GCs. Got your "
    "name from the NARI roundtable. Any chance we could grab coffee?"
)


def test_a_plumber_looking_for_remodel_work_serves_her_subcontractor_goal(
    kindly: Kindly, tmp_path: Path
) -> None:
    # before: "remodel" met the peer group's "remodelers", and the coffee was asked what it was for
    text = text_to_kendra(tmp_path / "text.txt", DEREK, sender="Derek Stone")
    record = triaged_one(kindly, text, profile_file(contractor_profile(), tmp_path))
    assert (record["decision"], record["goal"]) == ("accept", "custom"), record["reason"]


def test_a_plumber_looking_for_remodel_work_by_mail_serves_it_too(kindly: Kindly, tmp_path: Path) -> None:
    mail = to_kendra(
        tmp_path / "m.eml",
        "Hi Kendra,\n\nI'm a plumber looking to take on more remodel work for good GCs. Would you be up for coffee "
        "next week?\n\nDerek\n",
        sender="Derek Stone <derek@stoneplumbing.example>",
        subject="Coffee?",
    )
    record = triaged_one(kindly, mail, profile_file(contractor_profile(), tmp_path))
    assert (record["decision"], record["goal"]) == ("accept", "custom"), record["reason"]


def test_a_remodeler_peer_and_a_homeowner_are_no_trade_offered(kindly: Kindly, tmp_path: Path) -> None:
    # near misses: a remodeler asking her to compare notes is her peer group's; a homeowner doing kitchen work with
    # a GC is a client, whoever their plumber is
    peer = text_to_kendra(
        tmp_path / "peer.txt",
        "Hi Kendra, Jess Alvarez here - I run a small remodeling company in Lakewood and I'm looking to do more "
        "remodel work with other women GCs, comparing notes. Coffee sometime?",
        sender="Jess Alvarez",
    )
    record = triaged_one(kindly, peer, profile_file(contractor_profile(), tmp_path))
    assert record["goal"] != "custom", record["reason"]
    client = to_kendra(
        tmp_path / "client.eml",
        "Hi Kendra,\n\nWe're in Park Hill and looking to do some kitchen work with a good GC next spring - we need "
        "a new layout and a plumber to move the sink. Could you come and take a look?\n\nThanks,\nAmy Chen\n",
        sender="Amy Chen <amy.chen@example.com>",
        subject="Kitchen remodel",
    )
    record = triaged_one(kindly, client, profile_file(contractor_profile(), tmp_path))
    assert record["goal"] == "find_clients", record["reason"]


# -- 6. sign-offs in other languages ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Cordiali saluti",
        "Cordiali Saluti,",
        "Met vriendelijke groet,",
        "Mit freundlichen Grüßen",
        "Mit freundlichen Grüssen",
        "Atenciosamente,",
        "Cumprimentos",
        "Saludos,",
        "Cordialement,",
    ],
)
def test_a_sign_off_in_another_language_is_read_as_one(line: str) -> None:
    assert signs_off(line)


@pytest.mark.parametrize(
    "line", ["Cordiali saluti a tutti voi", "Luca Conti", "Grazie per la Sua disponibilità.", "Best,"]
)
def test_a_sentence_or_a_name_is_no_sign_off_in_another_language(line: str) -> None:
    assert not signs_off(line)


@pytest.mark.parametrize(
    ("signed", "greeted"),
    [
        ("Mit freundlichen Grüßen\nJonas Keller", "Jonas"),
        ("Atenciosamente,\nJoão", "João"),
        ("Cumprimentos,\nJoão Silva", "João"),
        ("Cordiali saluti,\nLuca", "Luca"),
        ("Met vriendelijke groet,\nJoost", "Joost"),
    ],
)
def test_a_team_mailbox_is_greeted_by_the_name_signed_under_a_sign_off_in_its_language(
    signed: str, greeted: str
) -> None:
    mail = incoming(
        f"Guten Tag,\n\nwir bieten Ihnen neue Mandanten.\n\n{signed}", from_addr="info@leads.example"
    )
    assert first_name(mail) == greeted


def test_a_sign_off_set_apart_as_a_signature_is_no_ones_name() -> None:
    # before: "Cordiali Saluti" over the name read as the name, and the team's mailbox was greeted "Cordiali"
    mail = incoming(
        "Buongiorno,\n\nvuole più clienti?",
        from_name="Vendite",
        from_addr="vendite@contatti.example.it",
        signature="Cordiali Saluti\nLuca Conti",
    )
    assert first_name(mail) == "Luca"


ITALIAN_LEADS = (
    "Buongiorno,\n\nvuole più clienti? Paghi solo per contatto: 40 € per ogni contatto qualificato. Potrebbe "
    "concederci 15 minuti?\n\n"
)
DUTCH_LEADS = (
    "Goedemorgen,\n\nwilt u meer klanten? Betaal alleen per lead: 40 € per gekwalificeerde lead. Heeft u 15 "
    "minuten voor een gesprek?\n\n"
)


def _draft(kindly: Kindly, tmp_path: Path, mail: Path, profile: str) -> Any:
    return triaged_one(kindly, mail, profile_file(profile, tmp_path))["draft"]


@pytest.mark.parametrize(
    ("signed", "greeting"),
    [
        ("Cordiali saluti,\nLuca\n", "Buongiorno Luca,"),
        ("Cordiali Saluti\nLuca Conti\n", "Buongiorno Luca,"),
        # near miss: the team signs, as before
        ("Cordiali saluti,\nIl team vendite\n", "Buongiorno,"),
    ],
)
def test_an_italian_team_mailbox_signed_under_cordiali_saluti_greets_who_signs(
    kindly: Kindly, tmp_path: Path, signed: str, greeting: str
) -> None:
    mail = to_chiara(
        tmp_path / "m.eml",
        ITALIAN_LEADS + signed,
        sender="Vendite <vendite@contatti.example.it>",
        subject="Clienti",
    )
    draft = _draft(kindly, tmp_path, mail, italian_accountant_profile())
    assert draft.startswith(f"{greeting}\n\n"), draft


@pytest.mark.parametrize(
    ("signed", "greeting"),
    [
        ("Met vriendelijke groet,\nJoost\n", "Beste Joost,"),
        # near miss: the team signs, as before
        ("Met vriendelijke groet,\nHet verkoopteam\n", "Goedendag,"),
    ],
)
def test_a_dutch_team_mailbox_signed_under_met_vriendelijke_groet_greets_who_signs(
    kindly: Kindly, tmp_path: Path, signed: str, greeting: str
) -> None:
    mail = to_sanne(
        tmp_path / "m.eml",
        DUTCH_LEADS + signed,
        sender="Verkoop <verkoop@leads.example.nl>",
        subject="Klanten",
    )
    draft = _draft(kindly, tmp_path, mail, dutch_bookkeeper_profile())
    assert draft.startswith(f"{greeting}\n\n"), draft
