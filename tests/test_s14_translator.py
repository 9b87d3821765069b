"""Fourteenth session, a legal translator's mailbox: Clara Benitez, a freelance Spanish-English sworn translator
and court interpreter in Madrid, finds law firms and agencies that need certified translation, speaks at
translators' conferences, and never works below her floor rate nor does long unpaid tests."""

from __future__ import annotations

import json
from pathlib import Path

from support import Kindly, eml, profile_file, triaged

TRANSLATOR = """
[user]
name = "Clara Benitez"
email = "clara@benitez-translations.es"
signature = "Clara"
date_style = "international"
time_zone = "Europe/Madrid"

[[goals]]
kind = "find_clients"
description = "Law firms and translation agencies that need certified legal translation"
targets = ["law firms", "translation agencies", "legal translation"]
priority = 1

[[goals]]
kind = "build_credibility"
description = "Speak at a translators' conference about legal translation"
targets = ["translators' conference", "legal translation"]
priority = 2

[[never]]
what = "unpaid test translations over 300 words"

[[never]]
what = "rates below 0.10 EUR per word"
"""


def translator(folder: Path) -> Path:
    return profile_file(TRANSLATOR, folder)


# -- a never-rule with a number is a limit on a quantity, not digits a mail must spell out ------------------------

LOW_RATE = """From: Ravi Kapoor <pm@quicklingua-global.com>
Subject: Urgent: 20k words contracts ES>EN

Dear Linguist,

We have an urgent project of 20,000 words of Spanish commercial contracts into English, deadline 10 December.
Our budget for this project is {rate} per word, payment 60 days after invoice. Please confirm your availability
today so we can assign the files.

Ravi Kapoor
Project Manager, QuickLingua Global
"""


def test_an_offer_below_the_floor_rate_is_declined_with_the_rule(kindly: Kindly, tmp_path: Path) -> None:
    [record] = triaged(kindly, "-", profile=translator(tmp_path), input=LOW_RATE.format(rate="0.06 EUR"))
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record
    assert "rates below 0.10 EUR per word" in record["draft"], record["draft"]
    assert "find a time" not in record["draft"]


def test_a_rate_in_cents_is_weighed_against_the_floor(kindly: Kindly, tmp_path: Path) -> None:
    [record] = triaged(kindly, "-", profile=translator(tmp_path), input=LOW_RATE.format(rate="7 cents"))
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record


def test_an_offer_above_the_floor_rate_is_not_ruled_out(kindly: Kindly, tmp_path: Path) -> None:
    [record] = triaged(kindly, "-", profile=translator(tmp_path), input=LOW_RATE.format(rate="EUR 0.12"))
    assert record["reason_code"] != "never_do", record


LONG_TEST = """From: Karolina Nowak <vendors@polyglotta-ls.com>
Subject: Vendor onboarding - legal ES>EN test

Dear Clara,

We are expanding our pool of Spanish to English legal translators. All new vendors complete a test translation:
an extract of a share purchase agreement of approximately {length}. The test is unpaid. Could you return it
within 5 working days and confirm your rate per word?

Karolina Nowak, Vendor Manager, Polyglotta Language Solutions
"""


def test_an_unpaid_test_longer_than_the_limit_is_declined(kindly: Kindly, tmp_path: Path) -> None:
    [record] = triaged(
        kindly, "-", profile=translator(tmp_path), input=LONG_TEST.format(length="2,000 words")
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record
    assert "unpaid test translations over 300 words" in record["draft"], record["draft"]


def test_a_short_unpaid_test_is_within_the_limit(kindly: Kindly, tmp_path: Path) -> None:
    [record] = triaged(kindly, "-", profile=translator(tmp_path), input=LONG_TEST.format(length="250 words"))
    assert record["reason_code"] != "never_do", record


def test_a_limit_is_listed_whole_among_the_words_a_rule_needs(kindly: Kindly, tmp_path: Path) -> None:
    result = kindly(
        "triage", "-", "--profile", str(translator(tmp_path)), input=LOW_RATE.format(rate="EUR 0.12")
    )
    assert '"rates below 0.10 EUR per word": below 0.10 EUR per word' in result.stderr, result.stderr


# -- a conference that charges those it accepts to present sells the stage ----------------------------------------

PRESENTERS_PAY = """From: Global Legal Translation Summit <speakers@gltsummit-events.com>
Subject: Invitation to present at GLTS 2027 Dubai

Dear Clara Benitez,

Based on your outstanding profile, our scientific committee is pleased to invite you to present at the Global
Legal Translation Summit 2027, Dubai, 15-17 March 2027.

{terms}

Please confirm your participation and submit your abstract by 10 December to secure your slot.

Sincerely,
Organizing Committee, GLTS 2027
"""


def test_a_conference_whose_presenters_pay_a_registration_fee_is_declined(
    kindly: Kindly, tmp_path: Path
) -> None:
    terms = (
        "Accepted presenters are required to complete the presenter registration (EUR 690), which includes "
        "publication of your abstract in the conference proceedings."
    )
    [record] = triaged(kindly, "-", profile=translator(tmp_path), input=PRESENTERS_PAY.format(terms=terms))
    assert (record["decision"], record["reason_code"]) == ("decline", "pays_to_appear"), record
    assert "I don't pay to appear" in record["draft"], record["draft"]
    assert "glad to speak" not in record["draft"]


def test_a_conference_that_gives_presenters_free_registration_is_still_accepted(
    kindly: Kindly, tmp_path: Path
) -> None:
    terms = "Presenter registration is free; delegate tickets are EUR 290."
    [record] = triaged(kindly, "-", profile=translator(tmp_path), input=PRESENTERS_PAY.format(terms=terms))
    assert record["decision"] == "accept", record


# -- the fake translation job: a cheque for too much, the balance sent on ------------------------------------------

OVERPAYMENT = """From: Dr. Richard Hensley <dr.richardhensley77@gmail.com>
Subject: Translation job - urgent

Hello,

I have a 14 page legal document that needs translation for my wife's inheritance case in Madrid. Payment will
be by certified check of 3,450 USD. After you receive it please deduct your fee and send the balance by Western
Union to our notary who will stamp the document. Send me your full name and address so the check can be sent
today.

Dr. Richard Hensley
"""


def test_a_cheque_whose_balance_goes_on_by_money_transfer_is_a_scam(kindly: Kindly, tmp_path: Path) -> None:
    [record] = triaged(kindly, "-", profile=translator(tmp_path), input=OVERPAYMENT)
    assert (record["decision"], record["reason_code"]) == ("ignore", "scam"), record
    assert not record["draft"]


def test_a_client_who_pays_by_cheque_is_no_scam(kindly: Kindly, tmp_path: Path) -> None:
    mail = OVERPAYMENT.replace(
        "After you receive it please deduct your fee and send the balance by Western\nUnion to our notary who will "
        "stamp the document.",
        "Could you send me a quote?",
    )
    [record] = triaged(kindly, "-", profile=translator(tmp_path), input=mail)
    assert record["reason_code"] != "scam", record


# -- a pasted message whose sender is noted "(LinkedIn)" has no address ------------------------------------------

MEETUP = """From: Pilar Sanz (LinkedIn)
Subject: Madrid Translators Meetup - December vermut

Hi Clara! I organise the Madrid Translators Meetup - about 20 of us, freelancers in all language pairs, meeting
once a month to swap tips. Our December get-together is a vermut on Saturday 12 December at 13:00 at Bodega de
la Ardosa. We'd love you to come along - shall I put you on the list?
"""


def test_a_sender_noted_as_from_linkedin_gets_a_linkedin_draft_by_name(
    kindly: Kindly, tmp_path: Path
) -> None:
    [record] = triaged(kindly, "-", profile=translator(tmp_path), input=MEETUP)
    assert record["from"] == "Pilar Sanz", record
    page = " ".join(kindly("show", "1", "--profile", str(translator(tmp_path))).stdout.split())
    assert "Draft (pending, linkedin" in page, page
    assert "Hi Pilar," in page and "Hi LinkedIn" not in page, page


# -- a day with its hour is when to meet, even six weeks out ------------------------------------------------------

MENTOR = """From: Elena Rius <elena.rius@riusinterpreting.com>
Subject: Re: A request for advice from a legal translator

Dear Clara,

Thank you for your kind note, and sorry for the slow reply - November is always mad with the booth. I'd be very
happy to share what I've learned about conference interpreting; plenty of people helped me when I started.

Shall we begin with a coffee? I could do Tuesday 12 January at 10:00 at Cafe Comercial.

Warmly,
Elena
"""

MENTOR_GOAL = """
[[goals]]
kind = "find_mentor"
description = "Find a mentor: an experienced conference interpreter"
targets = ["conference interpreter"]
priority = 3
"""


def test_a_coffee_offered_six_weeks_out_at_an_hour_is_said_yes_to(kindly: Kindly, tmp_path: Path) -> None:
    profile = profile_file(TRANSLATOR + MENTOR_GOAL, tmp_path)
    [record] = triaged(kindly, "-", profile=profile, input=MENTOR)
    assert record["decision"] == "accept", record
    assert "Tuesday 12 January at 10:00 works for me" in record["draft"], record["draft"]
    assert "December" not in record["draft"]


# -- a project's start day is the job's, not a day to meet --------------------------------------------------------

PROJECT = """From: Megan Doyle <megan.doyle@lexbridgetranslations.com>
Subject: ES>EN arbitration bundle - rates and availability?
Date: Wed, 25 Nov 2026 15:40:00 -0500

Hi Clara,

We have a confirmed project for a law firm client: an ICC arbitration bundle from Spanish into English, about
45,000 words, starting around 14 December with staggered deliveries until the end of January.

Could you let me know your per-word rate and your availability? If it's easier, I'm happy to jump on a quick
call Wednesday 9 December at 11am Eastern.

Megan Doyle
Senior Project Manager, LexBridge Translations
"""


def test_the_day_a_project_starts_is_not_confirmed_as_a_meeting(kindly: Kindly, tmp_path: Path) -> None:
    [record] = triaged(kindly, "-", profile=translator(tmp_path), input=PROJECT)
    assert record["decision"] == "accept", record
    draft = record["draft"]
    assert "14 December works for me" not in draft, draft
    assert "Wednesday 9 December at 11am Eastern (17:00 my time) works for me" in draft, draft
    shown = " ".join(kindly("show", "1", "--profile", str(translator(tmp_path))).stdout.split())
    assert "work day" in shown and "14 December" in shown, shown


# -- a colleague who offers to send each other clients is a way to clients ---------------------------------------

REFERRALS = """From: Sophie Martin <sophie@martin-traductions.fr>
Subject: Referrals between us?

Hi Clara,

We met briefly at the APTIJ conference in Granada. I translate French and English into Spanish, mostly contracts
and corporate documents, and I regularly get asked for Spanish to English legal work that I don't do - and I
suspect you get French requests you turn away.

Would you be open to sending each other clients? No referral fees either way, just a colleague we trust. Happy
to have a quick video call to compare specialisms first - maybe one afternoon next week?

Best,
Sophie
"""


def test_a_peer_who_offers_to_send_each_other_clients_serves_a_client_goal(
    kindly: Kindly, tmp_path: Path
) -> None:
    [record] = triaged(kindly, "-", profile=translator(tmp_path), input=REFERRALS)
    assert (record["decision"], record["reason_code"]) == ("accept", "goal_fit"), record
    assert "find clients" in record["reason"], record["reason"]
    assert "pass" not in record["draft"], record["draft"]


# -- a mail in Spanish is named as Spanish ------------------------------------------------------------------------

SPANISH = """From: Beatriz Navarro <bnavarro@navarroasociados.es>
Subject: Solicitud de presupuesto - traduccion jurada

Estimada Clara:

Le escribo de parte de Navarro & Asociados. Necesitamos la traduccion jurada al ingles de una sentencia de
divorcio y un convenio regulador (unas 12 paginas) para presentarlos ante un tribunal en Irlanda.

Podria enviarnos un presupuesto y el plazo de entrega? Quedamos a su disposicion para cualquier consulta.

Un saludo cordial,
Beatriz Navarro
"""


def test_a_spanish_enquiry_is_said_to_read_as_spanish(kindly: Kindly, tmp_path: Path) -> None:
    [record] = triaged(kindly, "-", profile=translator(tmp_path), input=SPANISH)
    assert record["reason_code"] == "not_english_invitation", record
    assert "it reads as Spanish" in record["reason"], record["reason"]


# -- onboarding news that asks for what a never-rule rules out is still an ask ------------------------------------

ONBOARDING = """From: Karolina Nowak <vendors@polyglotta-ls.com>
Subject: Polyglotta vendor onboarding - legal ES>EN test

Dear Clara,

Thank you for your interest in working with Polyglotta Language Solutions. We are expanding our pool of Spanish
to English legal linguists for a large banking client.

As part of our standard onboarding, all new vendors complete a test translation. Attached is an extract of a
share purchase agreement of approximately 2,000 words. The test is unpaid, but successful candidates will be
added to our preferred vendor list with priority for upcoming projects. Please return it within 5 working days
in the bilingual Trados file.

Could you also confirm your rate per word?

Kind regards,
Karolina Nowak
Vendor Manager | Polyglotta Language Solutions | Krakow
"""


def test_an_onboarding_note_that_asks_for_a_long_unpaid_test_is_declined(
    kindly: Kindly, tmp_path: Path
) -> None:
    [record] = triaged(kindly, "-", profile=translator(tmp_path), input=ONBOARDING)
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record
    assert "unpaid test translations over 300 words" in record["draft"], record["draft"]


def test_a_newsletter_about_low_rates_asks_nothing(kindly: Kindly, tmp_path: Path) -> None:
    newsletter = (
        "From: ITI Bulletin <newsletter@iti.example.org>\nSubject: ITI Bulletin - December\n\n"
        "In this issue: some agencies now offer as little as 0.05 EUR per word. Would you accept that? Our survey "
        "says most members would not.\n\nYou receive this e-mail because you subscribed. Unsubscribe at any time.\n"
    )
    [record] = triaged(kindly, "-", profile=translator(tmp_path), input=newsletter)
    assert record["decision"] == "ignore", record


# -- the day named beats the week it falls in ---------------------------------------------------------------------

PANEL = """From: James Whitaker <jwhitaker@harlowfinch.co.uk>
Subject: Translators panel

Clara, our Madrid office needs certified legal translation for its litigation work and I'd love to hear how you
work. I'm in Madrid the week of 14 December - would coffee on Tuesday 15 December at 10:00 near our office work?

James Whitaker
Partner, Harlow & Finch LLP
"""


def test_a_coffee_on_a_day_of_the_week_the_sender_is_in_town_is_said_yes_to(
    kindly: Kindly, tmp_path: Path
) -> None:
    [record] = triaged(kindly, "-", profile=translator(tmp_path), input=PANEL)
    assert record["decision"] == "accept", record
    assert "Tuesday 15 December at 10:00 works for me" in record["draft"], record["draft"]
    assert "Monday 14 December" not in record["draft"]


# -- times proposed to a sender hours away fall in their working day too ----------------------------------------

HOURS = 'time_zone = "Europe/Madrid"\nmeeting_hours = ["Mon-Fri 09:30-14:00", "Mon-Thu 16:30-19:00"]'


def test_times_proposed_to_new_york_fall_in_both_working_days(kindly: Kindly, tmp_path: Path) -> None:
    profile = profile_file(TRANSLATOR.replace('time_zone = "Europe/Madrid"', HOURS), tmp_path)
    mail = PROJECT.replace("call Wednesday 9 December at 11am Eastern", "call sometime next week")
    [record] = triaged(kindly, "-", profile=profile, input=mail)
    assert record["decision"] == "accept", record
    draft = record["draft"]
    assert "at 16:30 (10:30 your time)" in draft, draft
    assert "04:00 your time" not in draft and "07:30 your time" not in draft, draft


# -- an introduction that names the user to the other: one reply once the other answers -------------------------

INTRO = """Hi both,

James - meet Clara Benitez, the sworn translator I mentioned. She did all the Spanish to English translations
for our cross-border divorce case last year and was excellent in court.

Clara - James Whitaker is a partner at Harlow & Finch in London. His firm's Madrid office is growing and they
handle a lot of Spanish-English commercial litigation that needs certified legal translation.

I'll let you two take it from here.
Lucia
"""

ANSWER = """Thanks Lucia (to bcc).

Clara, very nice to e-mail-meet you. Our Madrid office needs certified legal translation and I'd love to hear
how you work. Would coffee on Wednesday 9 December at 10:00 near our office on Paseo de la Castellana work?

Best regards,
James
"""


def test_the_yes_to_the_introducer_is_withdrawn_when_the_one_introduced_answers(
    kindly: Kindly, tmp_path: Path
) -> None:
    intro = eml(
        tmp_path / "intro.eml",
        INTRO,
        sender="Lucia Prieto <lprieto@prietoabogados.es>",
        to="Clara Benitez <clara@benitez-translations.es>, James Whitaker <jwhitaker@harlowfinch.co.uk>",
        subject="Intro: Clara Benitez <> James Whitaker (Harlow & Finch)",
        date="Tue, 24 Nov 2026 13:02:00 +0100",
        message_id="intro-1@prietoabogados.es",
    )
    answer = eml(
        tmp_path / "answer.eml",
        ANSWER,
        sender="James Whitaker <jwhitaker@harlowfinch.co.uk>",
        to="Clara Benitez <clara@benitez-translations.es>",
        subject="Re: Intro: Clara Benitez <> James Whitaker (Harlow & Finch)",
        date="Wed, 25 Nov 2026 09:30:00 +0000",
        message_id="answer-1@harlowfinch.co.uk",
        in_reply_to="intro-1@prietoabogados.es",
        references=["intro-1@prietoabogados.es"],
    )
    profile = translator(tmp_path)
    triaged(kindly, intro, answer, profile=profile)
    result = kindly("drafts", "--json", "--profile", str(profile))
    pending = [d for d in json.loads(result.stdout) if d["status"] == "pending"]
    assert [d["to"] for d in pending] == ["James Whitaker <jwhitaker@harlowfinch.co.uk>"], pending


# -- "this kind of material" is the work to do, not a resource asked for -------------------------------------------

RESOURCE = """
[[resources]]
title = "Checklist: ordering a sworn translation in Spain"
description = "One page on what a sworn translation is, what documents need one and typical turnaround"
link = "https://benitez-translations.es/sworn-translation-checklist"
helps = "law firms ordering a sworn or certified translation for the first time"

[[answers]]
about = ["rates", "rate", "per word"]
answer = "My rate for legal translation from Spanish into English is 0.14 EUR per word."
"""


def test_a_rate_asked_for_a_kind_of_material_is_answered_without_a_resource(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = PROJECT.replace("your per-word rate", "your per-word rate for this kind of material")
    [record] = triaged(kindly, "-", profile=profile_file(TRANSLATOR + RESOURCE, tmp_path), input=mail)
    draft = record["draft"]
    assert "0.14 EUR per word" in draft, draft
    assert "what you asked for" not in draft and "sworn-translation-checklist" not in draft, draft


# -- a workshop's hours on the 24-hour clock are read to their end -------------------------------------------------

WORKSHOP = """From: Carmen Lozano <clozano@comillas.edu>
Subject: Workshop for our Master's in Legal Translation

Dear Clara,

I coordinate the Master's in Legal and Court Translation at Universidad Pontificia Comillas. Would you be
willing to teach a three-hour workshop on translating Spanish notarial deeds into English, on Friday 22 January
from 16:00 to 19:00? We can offer a fee of 300 EUR.

Kind regards,
Carmen Lozano
"""


def test_a_workshop_from_one_hour_to_another_is_confirmed_whole(kindly: Kindly, tmp_path: Path) -> None:
    [record] = triaged(kindly, "-", profile=translator(tmp_path), input=WORKSHOP)
    assert record["decision"] == "accept", record
    assert "Friday 22 January from 16:00 to 19:00" in record["draft"], record["draft"]


# -- a firm setting up a panel of translators is a client ----------------------------------------------------------


def test_a_partner_setting_up_a_panel_of_translators_is_a_prospective_client(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = PANEL.replace(
        "our Madrid office needs certified legal translation for its litigation work",
        "we're setting up a panel of translators for our Madrid office",
    )
    [record] = triaged(kindly, "-", profile=translator(tmp_path), input=mail)
    assert record["decision"] == "accept", record
    assert record["intent"] == "client_inquiry", record
    assert "find clients" in record["reason"], record["reason"]


# -- a day refused in the week the sender is in town: other times in that week ------------------------------------


def test_times_proposed_instead_of_a_holiday_stay_in_the_week_the_sender_is_in_town(
    kindly: Kindly, tmp_path: Path
) -> None:
    profile = profile_file(
        TRANSLATOR.replace('time_zone = "Europe/Madrid"', 'time_zone = "Europe/Madrid"\nholidays = "ES-MD"'),
        tmp_path,
    )
    mail = PANEL.replace("the week of 14 December", "the week of 7 December").replace(
        "Tuesday 15 December", "Tuesday 8 December"
    )
    [record] = triaged(kindly, "-", profile=profile, input=mail)
    draft = record["draft"]
    assert "Tuesday 8 December doesn't work for me" in draft, draft  # the Immaculate Conception
    assert "3 December" not in draft and "4 December" not in draft, draft
    assert "Wednesday 9 December" in draft, draft


def test_an_invitation_to_teach_a_workshop_is_answered_as_one(kindly: Kindly, tmp_path: Path) -> None:
    [record] = triaged(kindly, "-", profile=translator(tmp_path), input=WORKSHOP)
    draft = record["draft"]
    assert "the invitation to teach a workshop" in draft, draft
    assert "I'd be glad to teach the workshop on Friday 22 January" in draft, draft
    assert "glad to speak" not in draft, draft


# -- a never-rule's decline offers what the user's own answer says they do instead -------------------------------

TEST_ANSWER = """
[[answers]]
about = ["test", "sample"]
answer = "I'm happy to do a short test of up to 300 words; for anything longer I charge my usual rate."
"""


def test_a_long_unpaid_test_is_declined_with_the_short_test_the_user_does(
    kindly: Kindly, tmp_path: Path
) -> None:
    profile = profile_file(TRANSLATOR + TEST_ANSWER, tmp_path)
    [record] = triaged(kindly, "-", profile=profile, input=ONBOARDING)
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record
    assert "I'm happy to do a short test of up to 300 words" in record["draft"], record["draft"]


def test_the_yes_to_a_peer_who_offers_to_send_each_other_clients_says_yes_to_that(
    kindly: Kindly, tmp_path: Path
) -> None:
    [record] = triaged(kindly, "-", profile=translator(tmp_path), input=REFERRALS)
    draft = record["draft"]
    assert any(
        said in draft
        for said in (
            "send clients each other's way",
            "refer clients to each other",
            "send each other clients",
        )
    ), draft
    assert "work for you" in draft, draft  # ...and the call she offered
