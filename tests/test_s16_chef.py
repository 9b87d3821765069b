"""Sixteenth session, a chef's review: Tomás Ferreira runs a 40-seat restaurant in Lisbon, wants to speak at food
festivals and culinary schools, join a zero-waste chefs' collective and meet a food writer - and can never be away
during service (12:00-15:00 and 19:00-23:00)."""

from __future__ import annotations

from datetime import UTC, time
from pathlib import Path
from typing import Any

from kindly.hours import Window, rule_window, rule_windows
from personas import (
    CHEF_COLLECTIVE,
    CHEF_PRIVATE_DINING,
    CHEF_RESOURCES,
    CHEF_SERVICE,
    CHEF_STAGE,
    chef_profile,
)
from support import Kindly, eml, profile_file, triaged_one

MORNINGS = ["Mon-Fri 09:30-11:30", "Mon-Fri 15:30-18:00"]


def chef(tmp_path: Path, **variations: Any) -> Path:
    """His profile (`variations`: of chef_profile) where kindly reads it."""
    return profile_file(chef_profile(**variations), tmp_path)


ALLIANCE = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Slow Food Lisboa//Convivium//PT
METHOD:REQUEST
BEGIN:VEVENT
UID:sfl-chefs-alliance-2026-12@slowfoodlisboa.pt
SEQUENCE:0
DTSTAMP:20261124T120000Z
DTSTART;TZID=Europe/Lisbon:20261209T{start}00
DTEND;TZID=Europe/Lisbon:20261209T{end}00
SUMMARY:Slow Food Lisboa - Chefs' Alliance meeting
DESCRIPTION:Dear chefs\\, you are invited to the December meeting of the Slow Food Chefs' Alliance in Lisbon: we
 will plan Terra Madre Day activities together. Please RSVP.
LOCATION:Mercado de Campo de Ourique\\, Lisboa
ORGANIZER;CN=Teresa Vaz:mailto:teresa.vaz@slowfoodlisboa.pt
ATTENDEE;CN=Tomás Ferreira;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:tomas@casaferreira.pt
END:VEVENT
END:VCALENDAR
"""


def alliance(tmp_path: Path, start: str, end: str) -> Path:
    invitation = tmp_path / "alliance.ics"
    invitation.write_text(ALLIANCE.format(start=start, end=end), encoding="utf-8")
    return invitation


# -- a never-rule against the hours of service: two stretches inside the day -------------------------------------


def test_the_hours_of_service_in_brackets_are_read_as_hours_not_word_for_word(
    kindly: Kindly, tmp_path: Path
) -> None:
    result = kindly("triage", str(tmp_path / "none.eml"), "--profile", str(chef(tmp_path)))
    assert "during, service" not in result.output
    assert rule_windows(CHEF_SERVICE) == (
        Window(frozenset(range(7)), time(0), time(12)),
        Window(frozenset(range(7)), time(15), time(19)),
        Window(frozenset(range(7)), time(23), time(23, 59)),
    )


def test_an_evening_event_in_the_hours_of_service_is_declined_with_the_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triaged_one(kindly, alliance(tmp_path, "2000", "2200"), chef(tmp_path, meeting_hours=MORNINGS))
    assert record["decision"] == "decline", record["reason"]
    assert record["reason_code"] == "never_do"
    assert "during service (12:00-15:00 and 19:00-23:00)" in record["draft"]
    assert "see you" not in record["draft"]


def test_an_event_between_the_two_services_is_still_said_yes_to(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: 16:00 is after lunch service and before dinner service
    record = triaged_one(kindly, alliance(tmp_path, "1600", "1800"), chef(tmp_path, meeting_hours=MORNINGS))
    assert record["decision"] == "accept", record["reason"]
    assert "Wednesday 9 December" in record["draft"]


def test_a_coffee_offered_at_lunchtime_is_answered_with_times_outside_service(
    kindly: Kindly, tmp_path: Path
) -> None:
    # no meeting_hours: the rule alone keeps a meeting out of both services
    mail = eml(
        tmp_path / "coffee.eml",
        "Hi Tomás,\n\nI'm a chef in Porto and I'm starting a zero-waste chefs' collective with five other"
        " kitchens. Would you have a coffee with me to talk about joining? Would Thursday 10 December at 13:00"
        " work for you?\n\nAna Brito\nChef-owner, Tasca do Rio",
        sender="Ana Brito <ana@tascadorio.pt>",
        subject="Zero-waste chefs' collective",
        date="Tue, 01 Dec 2026 09:00:00 +0000",
        to="tomas@casaferreira.pt",
    )
    record = triaged_one(kindly, mail, chef(tmp_path))
    assert record["decision"] == "accept", record["reason"]
    draft = record["draft"]
    assert "Thursday 10 December at 13:00 doesn't work for me, though" in draft
    for hour in ("12:", "13:", "14:", "19:", "20:", "21:", "22:"):
        assert f"at {hour}" not in draft.split("though", 1)[1], draft


def test_a_podcast_recording_in_the_hours_of_service_moves_like_a_meeting(
    kindly: Kindly, tmp_path: Path
) -> None:
    # a recording slot is a call with the host: the rule moves it, it does not turn the podcast down
    mail = eml(
        tmp_path / "podcast.eml",
        "Hi Tomás,\n\nI host Mesa Posta, a podcast about how Portuguese restaurants really work (about 8,000"
        " listeners an episode). I'd love to have you on to talk about zero-waste kitchens and what it costs a small"
        " restaurant to do it properly.\n\nWe record remotely and it takes about 45 minutes. Would Wednesday 9"
        " December at 20:00 work for you?\n\nObrigada!\nJoana Vieira\nHost, Mesa Posta",
        sender="Joana Vieira <joana@mesaposta.fm>",
        subject="Mesa Posta podcast - would you come on?",
        date="Tue, 24 Nov 2026 11:25:00 +0000",
        to="tomas@casaferreira.pt",
    )
    record = triaged_one(kindly, mail, chef(tmp_path, meeting_hours=MORNINGS))
    assert record["decision"] == "accept", record["reason"]
    assert "Wednesday 9 December at 20:00 doesn't work for me, though" in record["draft"]


def test_stretches_inside_the_day_are_read_in_other_words_too() -> None:
    every_day = frozenset(range(7))
    lunch_and_dinner = (
        Window(every_day, time(0), time(12)),
        Window(every_day, time(15), time(19)),
        Window(every_day, time(23), time(23, 59)),
    )
    for rule in (
        "calls between 12:00 and 15:00 or 19:00 and 23:00",
        "no meetings from 12pm to 3pm and from 7pm to 11pm",
        "meetings or events during service: 12:00-15:00, 19:00-23:00",
        "meetings during service (12:00-15:00 and 19:00-23:00) - the kitchen needs me",
    ):
        assert rule_windows(rule) == lunch_and_dinner, rule
    assert rule_windows("meetings between 12:00 and 14:00") == (
        Window(every_day, time(0), time(12)),
        Window(every_day, time(14), time(23, 59)),
    )


def test_rules_of_one_stretch_and_rules_of_no_hour_read_as_before() -> None:
    # near misses: the reason in brackets is still the user's, not the rule's; the working day is its own idea
    assert rule_windows("meetings before 9:30 (school run)") == (
        Window(frozenset(range(7)), time(9, 30), time(23, 59)),
    )
    assert rule_windows("no meetings from 10pm to 7am") == (rule_window("no meetings from 10pm to 7am"),)
    assert rule_windows("meetings in working hours (9-5)") is None
    assert rule_windows("unpaid talks (I have a family)") is None
    assert rule_windows("influencer meals in exchange for posts") is None


# -- a journalist's ask for a few sentences is a comment, not a request for advice ---------------------------------


def with_resources(tmp_path: Path) -> Path:
    """His profile with his hours, a goal of private dining clients and his pages on it and on stages."""
    return chef(
        tmp_path,
        meeting_hours=MORNINGS,
        goals=[CHEF_STAGE, CHEF_COLLECTIVE, CHEF_PRIVATE_DINING],
        resources=CHEF_RESOURCES,
    )


def test_a_journalist_asking_for_two_or_three_sentences_by_a_day_gets_a_yes_by_that_day(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = eml(
        tmp_path / "timeout.eml",
        "Hi Tomás,\n\nI'm writing a short piece for Time Out Lisboa on why fish prices at the market have jumped"
        " this autumn and how small restaurants cope. Could you give me two or three sentences on how you handle it"
        " at Casa Ferreira - by Thursday 3 December if possible?\n\nThanks a lot,\nVasco Reis\nTime Out Lisboa",
        sender="Vasco Reis <vasco.reis@timeout.pt>",
        subject="Quick comment on fish prices?",
        date="Mon, 30 Nov 2026 09:45:00 +0000",
        to="tomas@casaferreira.pt",
    )
    record = triaged_one(kindly, mail, with_resources(tmp_path))
    assert record["intent"] == "speaking_invitation"
    assert record["decision"] == "accept", record["reason"]
    assert "private-dining" not in record["draft"]
    assert "give a comment by Thursday 3 December" in record["draft"]


def test_a_students_request_for_a_stage_is_still_answered_with_the_stage_page(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: a request for advice that a resource answers keeps it; the restaurant's own name chose nothing
    mail = eml(
        tmp_path / "stage.eml",
        "Dear Chef Ferreira,\n\nMy name is Beatriz and I'm in my second year of the cookery course at the Escola de"
        " Hotelaria e Turismo de Lisboa. I'd be very grateful for the chance to do a three-week stage in your kitchen"
        " in February, and if you ever had time, I would love some advice on how to build a career around"
        " sustainable cooking.\n\nThank you for reading this,\nBeatriz Santos",
        sender="Beatriz Santos <beatriz.santos@alunos.ehtl.pt>",
        subject="Stage request - 2nd year student",
        date="Wed, 18 Nov 2026 17:45:00 +0000",
        to="tomas@casaferreira.pt",
    )
    record = triaged_one(kindly, mail, with_resources(tmp_path))
    assert record["reason_code"] == "refer_resource"
    assert "https://casaferreira.pt/stage" in record["draft"]


def test_the_users_own_restaurant_named_in_a_request_is_no_topic_a_resource_shares() -> None:
    from kindly.decide.referral import best_resource_match
    from kindly.profile import Resource

    menu = Resource(
        title="Casa Ferreira private dining menu and terms",
        description="Menus, prices and conditions for private dining and full buyouts",
        link="https://casaferreira.pt/private-dining",
        helps="companies and groups planning a private dinner or corporate event",
    )
    asked = "Could you tell me how you handle fish prices at Casa Ferreira?"
    assert best_resource_match([menu], asked, own_address="tomas@casaferreira.pt") is None
    # near miss: someone asking about a private dinner is still pointed to the menu
    wanted = "We're planning a private dinner for our company at Casa Ferreira - what are your prices?"
    assert best_resource_match([menu], wanted, own_address="tomas@casaferreira.pt") is menu


def test_a_day_by_which_the_sender_asks_to_be_given_something_is_a_deadline() -> None:
    from datetime import date, datetime

    from kindly.reply.deadlines import deadlines

    today = datetime(2026, 12, 1, 9, tzinfo=UTC)
    for said in (
        "Could you give me two or three sentences on how you handle it - by Thursday 3 December if possible?",
        "Could you get us a few lines by Thursday 3 December?",
        "I'd need it by Thursday 3 December.",
    ):
        assert deadlines(said, today).days == {date(2026, 12, 3)}, said
    # near misses: a doer after "by", and a day the sender is away, are no deadline
    for said in (
        "Could you give us a hand at the lunch hosted by Acme on Thursday 3 December?",
        "Could you give me a call? I'm away until Thursday 3 December.",
    ):
        assert not deadlines(said, today).days, said


# -- a festival's days and the speaker's own slot inside them ------------------------------------------------------

FESTIVAL = (
    "Dear Chef Ferreira,\n\nI'm the programme director of Peixe em Lisboa, the seafood festival at the Pátio da Galé."
    " Our 2027 edition runs from 16 to 25 April, and this year our chefs' stage has a strand on cooking the whole"
    " fish.\n\n{ask} We offer speakers a fee of EUR 300 and two festival passes.\n\nBest wishes,\nCatarina Lobo\n"
    "Programme Director, Peixe em Lisboa"
)


def festival(tmp_path: Path, ask: str) -> Path:
    return eml(
        tmp_path / "festival.eml",
        FESTIVAL.format(ask=ask),
        sender="Catarina Lobo <catarina.lobo@peixemlisboa.pt>",
        subject="Speaking at Peixe em Lisboa 2027",
        date="Tue, 10 Nov 2026 10:14:00 +0000",
        to="tomas@casaferreira.pt",
    )


def test_a_talk_on_a_day_inside_a_festivals_days_is_said_yes_to_on_that_day(
    kindly: Kindly, tmp_path: Path
) -> None:
    ask = (
        "We would love you to give a 30-minute demonstration talk on zero-waste fish cooking on Sunday 18 April at"
        " 16:00. Could you let us know by 11 December whether you can join us?"
    )
    record = triaged_one(kindly, festival(tmp_path, ask), chef(tmp_path, meeting_hours=MORNINGS))
    assert record["decision"] == "accept", record["reason"]
    assert "I'd be glad to speak on Sunday 18 April at 16:00" in record["draft"]
    assert "send me the details" not in record["draft"]


def test_a_festival_that_names_no_day_for_the_talk_keeps_its_own_days(kindly: Kindly, tmp_path: Path) -> None:
    # near misses: a day to answer by inside the festival's days, and a day outside them, are not the talk's
    from kindly.model import Intent
    from kindly.understand.extract import extract
    from support import incoming

    for ask in (
        "Would you give a 30-minute talk on zero-waste fish cooking? Please confirm by 18 April.",
        "Would you give a 30-minute talk on zero-waste fish cooking? Tickets go on sale on 2 March.",
    ):
        mail = incoming(
            FESTIVAL.format(ask=ask), from_name="Catarina Lobo", subject="Speaking at Peixe em Lisboa"
        )
        assert extract(mail, Intent.SPEAKING_INVITATION).when == "16 to 25 April", ask


# -- Portuguese: a Lisbon chef's mailbox is half in it ----------------------------------------------------------------

CAMARA = (
    "Caro Chef Tomás Ferreira,\n\nA Câmara Municipal de Lisboa tem o prazer de o convidar a participar na Mostra"
    " Gastronómica de Alcântara, que decorrerá nos dias 8 e 9 de maio de 2027. Gostaríamos de contar com a Casa"
    " Ferreira numa demonstração de cozinha no sábado, dia 8, às 16h00.\n\nAgradecemos a sua resposta até 15 de"
    " dezembro.\n\nCom os melhores cumprimentos,\nDivisão de Turismo\nCâmara Municipal de Lisboa"
)


def test_an_invitation_in_portuguese_is_read_as_portuguese_and_looks_like_one(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = eml(
        tmp_path / "camara.eml",
        CAMARA,
        sender="Divisão de Turismo <turismo@cm-lisboa.pt>",
        subject="Convite: Mostra Gastronómica de Alcântara 2027",
        date="Thu, 26 Nov 2026 09:00:00 +0000",
        to="tomas@casaferreira.pt",
    )
    record = triaged_one(kindly, mail, chef(tmp_path, meeting_hours=MORNINGS))
    assert record["decision"] == "ignore"
    assert record["reason_code"] == "not_english_invitation", record["reason"]
    assert "Portuguese" in record["reason"]
    assert not record["draft"]


def test_a_portuguese_note_that_asks_nothing_and_english_mail_with_portuguese_words_read_as_before() -> None:
    from kindly.understand.language import asks_in_another_language, language_of, reads_as_english

    note = (
        "Olá Tomás, só para confirmar que recebemos as faturas de novembro. Está tudo em ordem e o IVA será"
        " entregue a tempo. Obrigada, Rita"
    )
    assert not reads_as_english(note)
    assert language_of(note) == "Portuguese"
    assert asks_in_another_language(note) == ()
    # near misses: an English mail signed off in Portuguese, or naming Portuguese places, is English
    for english in (
        "Hi Tomás, I host Mesa Posta, a podcast about how restaurants really work. Would you come on to talk about"
        " zero-waste kitchens? Obrigada! Joana",
        "We met at the Slow Food gathering at the Casa da Música in Porto. Would you cook a four-hands dinner with"
        " me at Tasca do Rio? Abraço, Ana",
    ):
        assert reads_as_english(english), english
    # ...and a French invitation is still French
    assert language_of(
        "Bonjour, nous aimerions vous inviter à notre dîner de chefs. Seriez-vous disponible ?"
    ) == ("French")


# -- an Instagram DM pasted with the platform and the handle in brackets ---------------------------------------------


def test_a_pasted_dm_from_a_name_with_its_platform_and_handle_is_greeted_by_that_name(
    kindly: Kindly, tmp_path: Path
) -> None:
    dm = tmp_path / "dm.txt"
    dm.write_text(
        "From: Pedro Almeida (Instagram @chef.pedroalmeida)\nSubject: Instagram DM\n"
        "Date: Thu, 19 Nov 2026 16:42:00 +0000\n\nHi Tomás! Pedro here, chef at Horta Viva in Arroios. A few of us"
        " zero-waste chefs in Lisbon have started meeting once a month to share suppliers and trim recipes - we're"
        " calling it Coletivo Sobras. Next one is Monday 14 December at 16:00 at my place, before anyone's service."
        " Would you like to join us?\n",
        encoding="utf-8",
    )
    record = triaged_one(kindly, dm, chef(tmp_path, meeting_hours=MORNINGS))
    assert record["from"] == "Pedro Almeida"
    assert record["draft"].startswith("Hi Pedro,")


def test_names_with_a_handle_or_a_note_in_brackets_read_as_before() -> None:
    from kindly.ingest.headers import parse_address

    assert parse_address("Sofia (TikTok: @sofia.eats)") == ("Sofia", "")
    # near misses: a bare handle, a note, and a mail address with a name in brackets
    assert parse_address("Alex Rivera (@alexandjordan.getmarried)") == ("Alex Rivera", "")
    assert parse_address("Pilar Sanz (LinkedIn)") == ("Pilar Sanz", "")
    assert parse_address("jane@x.example (Jane Doe)") == ("Jane Doe", "jane@x.example")


# -- a call asked first, to plan a dinner in a later stretch ----------------------------------------------------------


def four_hands(tmp_path: Path, call: str) -> Path:
    return eml(
        tmp_path / "four-hands.eml",
        "Hi Tomás,\n\nWe met briefly at the Slow Food gathering in Évora last spring - I'm the chef at Tasca do Rio"
        " in Porto. I've been thinking about doing a zero-waste four-hands dinner: you cook the fish courses, I do"
        " the rest, and we use every trim between us.\n\nWould you be up for it at my place in late February or"
        f" early March? {call}\n\nAbraço,\nAna Brito\nChef-owner, Tasca do Rio",
        sender="Ana Brito <ana@tascadorio.pt>",
        subject="Four-hands dinner in Porto?",
        date="Thu, 19 Nov 2026 16:10:00 +0000",
        to="tomas@casaferreira.pt",
    )


def test_a_call_asked_first_to_plan_a_later_dinner_is_offered_soon_and_in_the_morning(
    kindly: Kindly, tmp_path: Path
) -> None:
    call = "Happy to have a call first to talk menus - mornings are best for me too, I know what service does to a day."
    record = triaged_one(kindly, four_hands(tmp_path, call), chef(tmp_path, meeting_hours=MORNINGS))
    assert record["decision"] == "accept", record["reason"]
    draft = record["draft"]
    assert "February" not in draft and "17:30" not in draft, draft
    assert "December at 09:30" in draft or "December at 10:" in draft, draft


def test_a_call_asked_in_the_later_stretch_itself_keeps_it(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: no call first - the only time asked is the stretch, and the times offered are in it
    from kindly.understand.extract import call_first

    assert not call_first("Could we have a quick call in late February to talk menus?")
    assert not call_first("First, a word about the menu. Would you call me in late February?")
    assert call_first("Maybe a quick chat beforehand?")
    record = triaged_one(
        kindly, four_hands(tmp_path, "Could we talk menus then?"), chef(tmp_path, meeting_hours=MORNINGS)
    )
    assert "February" in record["draft"] or "March" in record["draft"], record["draft"]


# -- a recording slot on a public holiday, at an hour outside the user's hours ---------------------------------------


def mesa_posta(tmp_path: Path, slot: str) -> Path:
    return eml(
        tmp_path / "mesa-posta.eml",
        "Hi Tomás,\n\nI host Mesa Posta, a podcast about how Portuguese restaurants really work (about 8,000"
        " listeners an episode). I'd love to have you on to talk about zero-waste kitchens and what it costs a small"
        f" restaurant to do it properly.\n\nWe record remotely and it takes about 45 minutes. Would {slot} work for"
        " you?\n\nObrigada!\nJoana Vieira\nHost, Mesa Posta",
        sender="Joana Vieira <joana@mesaposta.fm>",
        subject="Mesa Posta podcast - would you come on?",
        date="Tue, 24 Nov 2026 11:25:00 +0000",
        to="tomas@casaferreira.pt",
    )


def test_a_recording_on_a_holiday_evening_is_answered_with_times_in_the_users_hours(
    kindly: Kindly, tmp_path: Path
) -> None:
    # Tuesday 8 December is a public holiday in Portugal, and 20:00 is dinner service
    record = triaged_one(
        kindly,
        mesa_posta(tmp_path, "Tuesday 8 December at 20:00"),
        chef(tmp_path, meeting_hours=MORNINGS, holidays="PT"),
    )
    assert record["decision"] == "accept", record["reason"]
    draft = record["draft"]
    assert "Tuesday 8 December at 20:00 doesn't work for me, though" in draft
    assert "could we find another day" not in draft
    assert "work for you instead?" in draft


def test_a_recording_on_a_holiday_morning_still_asks_for_another_day(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: 10:00 is inside his hours - only the holiday is in the way, as before
    record = triaged_one(
        kindly,
        mesa_posta(tmp_path, "Tuesday 8 December at 10:00"),
        chef(tmp_path, meeting_hours=MORNINGS, holidays="PT"),
    )
    assert (
        "Tuesday 8 December at 10:00 doesn't work for me, though - could we find another day?"
        in record["draft"]
    )


# -- a free meal for posts: an idea a never-rule names, not words a message must say ---------------------------------

INFLUENCER = "influencer meals in exchange for posts"


def test_a_free_tasting_menu_for_a_reel_and_stories_is_declined_by_the_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = eml(
        tmp_path / "collab.eml",
        "Hi Chef!\n\nI'm Sofia from @sofiaeatslisbon (52k followers, mostly Lisbon foodies 25-40). I'd love to"
        " feature Casa Ferreira! The idea: my partner and I come for the tasting menu one evening next week, and in"
        " exchange I post one reel and three stories tagging you. Let me know which evening works!\n\nxx Sofia",
        sender="Sofia Marques <sofia.eats.lisbon@gmail.com>",
        subject="Collab?",
        date="Thu, 12 Nov 2026 21:40:00 +0000",
        to="tomas@casaferreira.pt",
    )
    result = kindly("triage", str(mail), "--profile", str(chef(tmp_path, never=[INFLUENCER])), "--json")
    assert "word for word" not in result.stderr
    record = triaged_one(kindly, mail, chef(tmp_path, never=[INFLUENCER]))
    assert record["reason_code"] == "never_do", record["reason"]
    assert "I have a firm rule against influencer meals in exchange for posts" in record["draft"]


def test_posts_offered_for_nothing_or_paid_for_are_no_meal_for_posts() -> None:
    from kindly.decide.rules import CONCEPTS

    perks = CONCEPTS["posts_for_perks"]
    assert perks.shown_by("I can offer two posts in exchange for a complimentary dinner for two.")
    # near misses: a share asked for nothing, a paid reel, a booking in exchange for a discount
    for said in (
        "Could I reshare a few posts in my stories?",
        "We would pay EUR 500 for a reel about your restaurant.",
        "In exchange for a discount we would book 20 dinners.",
    ):
        assert perks.shown_by(said) is None, said
