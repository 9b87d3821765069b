"""A chef-owner in Montreal (the thirteenth session's review): mail in Quebec French is shown first, never
answered in English on a misreading; hyphenated first names are names; a gift card asked for a charity auction
is answered as a donation, under her cap of one a month; a booth fee is paying to take part; a client's answer
to her own questions is hers; a linen company's coffee meets her linen service; a paid guide's "shortlist" meets
her rule against paying to be listed. Each case is a short paraphrase of her mail."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from support import Kindly, eml, profile_file, triaged

CHEF = """
[user]
name = "Amélie Tremblay-Nguyen"
email = "amelie@lasauge.example.ca"
signature = "Amélie"
tone = "warm"
date_style = "international"
weekly_networking_hours = 3
meeting_hours = "Tue-Sat 14:00-16:30"

[[goals]]
kind = "find_community"
description = "A like-minded group of independent chef-owners in Quebec"
targets = ["chef-owners", "independent restaurants", "chefs-propriétaires"]
priority = 1

[[goals]]
kind = "find_clients"
description = "Companies that need private dining or catering"
targets = ["private dining", "corporate catering", "holiday party", "traiteur"]
priority = 1

[[goals]]
kind = "find_mentor"
description = "A restaurateur who has opened a second location"
targets = ["restaurateur", "second location", "restaurant group"]
priority = 2

[[providers]]
category = "linen service"
name = "Buanderie Centrale"

[[never]]
what = "donating gift cards to auctions more than once a month"

[[never]]
what = "paying to be listed in guides"
"""


def arrive(
    kindly: Kindly, tmp_path: Path, *mails: tuple[str, str, str, str], cc: str = ""
) -> list[dict[str, Any]]:
    """(sender, subject, body, date) mails to Amélie, triaged together in order: their records."""
    paths = [
        eml(
            tmp_path / f"{n}.eml",
            body,
            sender=sender,
            to="Amélie Tremblay-Nguyen <amelie@lasauge.example.ca>",
            cc=cc,
            subject=subject,
            date=date,
            message_id=f"m{n}.{tmp_path.name}@mail.example.ca",
        )
        for n, (sender, subject, body, date) in enumerate(mails)
    ]
    return triaged(kindly, *paths, profile=profile_file(CHEF, tmp_path))


CATERING_FR = (
    "Sophie Gauthier <sophie.gauthier@boreal.example.ca>",
    "Demande de soumission - traiteur pour notre party de Noël",
    "Bonjour,\n\nNous organisons notre party de Noël à nos bureaux, pour environ 35 personnes. On cherche un "
    "service de traiteur : bouchées et quelques plats à partager.\n\nEst-ce que vous offrez ce genre de service? "
    "Si oui, pourriez-vous m'envoyer une soumission avec vos prix par personne?\n\nMerci beaucoup,\nSophie",
    "Wed, 25 Nov 2026 13:05:37 -0500",
)
NEWSLETTER_FR = (
    "ARQ - Infolettre <infolettre@arq.example.ca>",
    "Infolettre ARQ - novembre : salaire minimum et pourboires",
    "INFOLETTRE DE L'ASSOCIATION - NOVEMBRE\n\nDans ce numéro :\n- Hausse du salaire minimum : ce que ça change "
    "pour les employés à pourboire\n- Rappel : nouvelles règles sur l'affichage des pourboires suggérés\n\n"
    "Vous recevez cette infolettre parce que vous êtes membre. Se désabonner",
    "Fri, 20 Nov 2026 07:00:00 -0500",
)


# 1. Mail in another language: kindly cannot read it, so it shows the user which ones look like invitations.


def test_a_french_catering_request_is_flagged_to_read_first_apart_from_a_french_newsletter(
    kindly: Kindly, tmp_path: Path
) -> None:
    newsletter, catering = arrive(kindly, tmp_path, NEWSLETTER_FR, CATERING_FR)
    assert (newsletter["decision"], newsletter["reason_code"]) == ("ignore", "not_english")
    assert (catering["decision"], catering["reason_code"]) == ("ignore", "not_english_invitation")
    assert catering["draft"] is None  # kindly cannot translate: nothing is answered in English
    assert "French" in catering["reason"] and "yours to read first" in catering["reason"]
    assert '"traiteur", a target of your find clients goal' in catering["reason"], catering["reason"]


@pytest.mark.parametrize(
    ("language", "subject", "body"),
    [
        pytest.param(
            "Spanish",
            "Invitación a nuestra conferencia",
            "Hola Amélie,\n\nNos gustaría invitarte a dar una charla en nuestra conferencia de gastronomía en "
            "Barcelona el 12 de marzo. ¿Estarías disponible? Cubrimos el viaje y el hotel.\n\nUn saludo,\nLucía",
            id="spanish",
        ),
        pytest.param(
            "German",
            "Einladung zum Vortrag",
            "Hallo Amélie,\n\nwir würden Sie gerne zu einem Vortrag auf unserer Konferenz in Berlin einladen. "
            "Hätten Sie im März Zeit? Wir übernehmen die Reisekosten.\n\nViele Grüße,\nJonas",
            id="german",
        ),
    ],
)
def test_an_invitation_in_spanish_or_german_is_flagged_whatever_the_model_made_of_it(
    kindly: Kindly, tmp_path: Path, language: str, subject: str, body: str
) -> None:
    [record] = arrive(
        kindly, tmp_path, ("Org <org@example.eu>", subject, body, "Mon, 30 Nov 2026 10:00:00 +0100")
    )
    assert (record["decision"], record["reason_code"]) == ("ignore", "not_english_invitation"), record[
        "reason"
    ]
    assert f"it reads as {language}" in record["reason"]
    assert record["draft"] is None


def test_the_summary_counts_mail_in_another_language_and_the_table_shows_invitations_first(
    kindly: Kindly, tmp_path: Path
) -> None:
    english = (
        "Thomas Reid <treid@reidlaw.example.ca>",
        "Private dinner for our partners",
        "Hello,\n\nWe'd like to book a private dinner for our partners on Thursday, January 21 - about 28 "
        "people. What would the cost per person be?\n\nThomas Reid\nOffice Manager",
        "Thu, 26 Nov 2026 09:17:40 -0500",
    )
    for n, (sender, subject, body, date) in enumerate((english, NEWSLETTER_FR, CATERING_FR)):
        eml(
            tmp_path / f"{n}.eml",
            body,
            sender=sender,
            to="amelie@lasauge.example.ca",
            subject=subject,
            date=date,
        )
    result = kindly(
        "triage",
        *(str(tmp_path / f"{n}.eml") for n in range(3)),
        "--profile",
        str(profile_file(CHEF, tmp_path)),
    )
    assert result.exit_code == 0, result.output
    summary = " ".join(result.stderr.split())
    assert "| 2 not in English, 1 of them looks like an invitation: yours to read first (#3)" in summary, (
        summary
    )
    rows = [
        line for line in result.stdout.splitlines() if line.startswith("│") and line[1:6].strip().isdigit()
    ]
    assert rows[0][1:6].strip() == "3", result.stdout  # the French request comes first in the table


def test_a_mail_half_in_french_is_not_answered_in_english_but_one_in_both_languages_is(
    kindly: Kindly, tmp_path: Path
) -> None:
    franglais = (
        "Maxime Lapointe <maxime@bistrolapointe.example.ca>",
        "Collectif chefs-proprios",
        "Salut Amélie! Je pars un collectif de chefs-propriétaires indépendants, first meeting is Tuesday "
        "December 8 at 3pm au Bistro Lapointe. Tu serais partante? Would be great to have you.\n\nMax",
        "Mon, 30 Nov 2026 10:00:00 -0500",
    )
    [record] = arrive(kindly, tmp_path, franglais)
    assert record["reason_code"] == "not_english_invitation", record["reason"]
    assert record["reason"].startswith("Partly in French")
    assert record["draft"] is None
    # ...while one written in both, whose English alone asks clearly, is read and answered
    (tmp_path / "both").mkdir()
    bilingual = (
        "Sophie Gauthier <sophie.gauthier@boreal.example.ca>",
        "Traiteur / Catering",
        "(English follows)\n\nBonjour, nous organisons notre party de Noël pour 35 personnes. Offrez-vous un "
        "service de traiteur? Pourriez-vous m'envoyer une soumission avec vos prix par personne?\n\nHello, we are "
        "holding our holiday party for 35 people. Do you offer catering? Could you send me a quote with your "
        "prices per person?\n\nMerci / Thank you,\nSophie Gauthier",
        "Mon, 30 Nov 2026 10:00:00 -0500",
    )
    [record] = arrive(kindly, tmp_path / "both", bilingual)
    assert record["decision"] == "accept", record["reason"]
    assert record["goal"] == "find_clients"


# 2. Quebec's hyphenated first names are first names.


def test_an_introduction_to_marc_andre_greets_him_not_the_users_restaurant(
    kindly: Kindly, tmp_path: Path
) -> None:
    intro = (
        "Julie Bouchard <julie@bouchardcomms.example.ca>",
        "Intro: Amélie <> Marc-André Fortin",
        "Hi Amélie and Marc-André,\n\nAmélie - Marc-André is the owner of Maison Fortin; he opened the second "
        "location in Quebec City two years ago.\n\nMarc-André - Amélie is the chef-owner of La Sauge in Rosemont."
        "\n\nI'll leave you two to find a time for a coffee.\n\nJulie",
        "Fri, 27 Nov 2026 12:30:18 -0500",
    )
    [record] = arrive(kindly, tmp_path, intro, cc="Marc-André Fortin <ma.fortin@maisonfortin.example.ca>")
    assert record["decision"] == "accept", record["reason"]
    assert record["draft"].startswith("Hi Julie and Marc-André,"), record["draft"]
    assert " La," not in record["draft"]


def test_an_unaccented_compound_name_found_only_beside_the_copied_surname_is_the_one_introduced(
    kindly: Kindly, tmp_path: Path
) -> None:
    intro = (
        "Julie Bouchard <julie@bouchardcomms.example.ca>",
        "Intro: Amelie <> Jean-Francois Fortin",
        "Hi both,\n\nAmélie - meet Jean-Francois Fortin of Maison Fortin: he opened a second location in Quebec "
        "City last year and is happy to share what he learned. I'll leave you two to find a time.\n\nJulie",
        "Fri, 27 Nov 2026 12:30:18 -0500",
    )
    [record] = arrive(kindly, tmp_path, intro, cc="jf.fortin@maisonfortin.example.ca")
    assert record["decision"] == "accept", record["reason"]
    assert record["draft"].startswith("Hi Julie and Jean-Francois,"), record["draft"]
    assert "Maison," not in record["draft"]


# 3. A gift card asked for a charity auction is a donation, under her cap of one a month.

GALA = (
    "Caroline Weiss <cweiss@fondation.example.org>",
    "Silent auction donation request - Gala des Étoiles, December 12",
    "Dear Chef Tremblay-Nguyen,\n\nOur annual gala on Saturday, December 12 holds a silent auction for the "
    "pediatric mental health program. Would La Sauge consider donating a gift card (a dinner for two, for "
    "example) to the silent auction? Your restaurant would be credited in the gala program.\n\nCaroline Weiss",
    "Wed, 4 Nov 2026 11:20:15 -0500",
)
SCHOOL = (
    "Nadia Haddad <nadia.haddad.ppo@gmail.com>",
    "Gift card for our school auction?",
    "Hi Amélie,\n\nI'm a parent volunteer at École Saint-Ambroise. We're holding our winter fundraiser auction on "
    "Friday, December 11 to pay for new playground equipment.\n\nWould you be willing to donate a gift card for "
    "the auction? We'd put your logo on the auction sheet.\n\nThank you for considering it!\nNadia Haddad",
    "Thu, 19 Nov 2026 20:41:09 -0500",
)


def test_the_first_auction_request_of_the_month_gets_a_yes_to_donate_and_the_second_a_kind_no(
    kindly: Kindly, tmp_path: Path
) -> None:
    gala, school = arrive(kindly, tmp_path, GALA, SCHOOL)
    assert (gala["decision"], gala["reason_code"]) == ("accept", "donation"), gala["reason"]
    assert "I'd be happy to donate a gift card" in gala["draft"], gala["draft"]
    assert "make it" not in gala["draft"] and "see you" not in gala["draft"].lower()
    assert (school["decision"], school["reason_code"]) == ("decline", "never_do"), school["reason"]
    assert "(#1)" in school["reason"]  # the yes it counted
    assert "this month's donation is already promised" in school["draft"], school["draft"]
    assert "speaker" not in school["draft"]
    # she gives a gift card, she does not go to the gala: no plan for the event, and the yes answers the ask
    shown = kindly("show", str(gala["id"]), "--profile", str(profile_file(CHEF, tmp_path))).stdout
    assert "Plan for the event" not in shown and "Questions for you" not in shown, shown


def test_auction_requests_of_different_months_each_get_a_yes_and_a_seller_of_gift_cards_none(
    kindly: Kindly, tmp_path: Path
) -> None:
    december = (*SCHOOL[:3], "Tue, 1 Dec 2026 08:00:00 -0500")
    gala, school = arrive(kindly, tmp_path, GALA, december)
    assert (gala["decision"], school["decision"]) == ("accept", "accept"), school["reason"]
    # a seller of gift cards who mentions auctions asks for no gift
    (tmp_path / "pitch").mkdir()
    pitch = (
        "Kim Lee <kim@giftly.example.com>",
        "Sell gift cards online",
        "Hi Amélie,\n\nWould you like to offer gift cards through our platform? Restaurants on Giftly sell 30% "
        "more gift cards in December, and they make perfect prizes for fundraising auctions.\n\nCould we book a "
        "15-minute demo next week?\n\nKim Lee\nGiftly",
        "Tue, 24 Nov 2026 08:55:26 -0500",
    )
    [record] = arrive(kindly, tmp_path / "pitch", pitch)
    assert record["reason_code"] not in ("donation", "never_do"), record["reason"]
    assert "donate" not in (record["draft"] or "")


def test_the_cap_on_donations_is_no_longer_listed_as_a_rule_that_can_never_hold(
    kindly: Kindly, tmp_path: Path
) -> None:
    eml(
        tmp_path / "gala.eml",
        GALA[2],
        sender=GALA[0],
        to="amelie@lasauge.example.ca",
        subject=GALA[1],
        date=GALA[3],
    )
    result = kindly("triage", str(tmp_path / "gala.eml"), "--profile", str(profile_file(CHEF, tmp_path)))
    assert "donating gift cards to auctions" not in result.stderr, result.stderr


# 4. A booth sold to the user at a festival is paying to take part.


def test_a_festival_selling_its_booths_is_declined_as_paying_to_take_part(
    kindly: Kindly, tmp_path: Path
) -> None:
    booth = (
        "Taste of the Plateau <vendors@tasteoftheplateau.example.com>",
        "Vendor spots for Taste of the Plateau Winter Edition - 2 left!",
        "Hi Chef,\n\nTaste of the Plateau is back on Saturday, January 30 on Mont-Royal Avenue, with over 15,000 "
        "visitors expected! Each restaurant gets a heated 10x10 booth and a listing in our festival app.\n\nThe "
        "booth fee is $650 (plus tax), which includes electricity. Only 2 restaurant spots remain, so please reply "
        "by December 4 to reserve yours.\n\nCheers,\nThe Taste of the Plateau Team",
        "Mon, 16 Nov 2026 09:00:12 -0500",
    )
    [record] = arrive(kindly, tmp_path, booth)
    assert (record["decision"], record["reason_code"]) == ("decline", "pays_to_appear"), record["reason"]
    assert "$650" in record["reason"]
    assert "I don't pay for a booth or a stand to take part" in record["draft"], record["draft"]
    assert "public relations" not in record["draft"] and "your services" not in record["draft"]


# 5. A client answering the user's own questions is the user's conversation, not a new enquiry.


def test_a_client_answering_the_users_questions_is_left_to_her_not_offered_a_call_and_a_price_list(
    kindly: Kindly, tmp_path: Path
) -> None:
    toml = CHEF + (
        '\n[[answers]]\nabout = ["price", "per person", "budget"]\n'
        'answer = "Our group menus start at $85 per person; catering starts at $45 per person."\n'
    )
    megan = "Megan O'Connor <megan@lumen.example.com>"
    amelie = "Amélie Tremblay-Nguyen <amelie@lasauge.example.ca>"
    mails = [
        (
            megan,
            amelie,
            "Catering for our team offsite",
            "Hi,\n\nWe're a studio of about 45 people planning a "
            "team offsite lunch at our office on Friday, December 18. Do you do catering?\n\nMegan",
            "",
            "Thu, 12 Nov 2026 14:22:10 -0500",
        ),
        (
            amelie,
            megan,
            "Re: Catering for our team offsite",
            "Hi Megan,\n\nYes, we do catering for groups like "
            "yours. Could you tell me the headcount, any dietary restrictions and roughly the budget per person?\n\n"
            "Amélie",
            "c1",
            "Fri, 13 Nov 2026 15:05:00 -0500",
        ),
        (
            megan,
            amelie,
            "Re: Catering for our team offsite",
            "Hi Amélie,\n\nGreat, thank you! It's 45 people; 6 "
            "vegetarians and one nut allergy. We have about $40 per person for lunch.\n\nWould that budget work for "
            "you? If so, happy to confirm.\n\nMegan",
            "c2",
            "Mon, 16 Nov 2026 10:40:33 -0500",
        ),
    ]
    paths = [
        eml(
            tmp_path / f"c{n + 1}.eml",
            body,
            sender=sender,
            to=to,
            subject=subject,
            date=date,
            message_id=f"c{n + 1}@mail.example",
            in_reply_to=f"{parent}@mail.example" if parent else "",
            references=(f"{parent}@mail.example",) if parent else (),
        )
        for n, (sender, to, subject, body, parent, date) in enumerate(mails)
    ]
    enquiry, own, answer = triaged(kindly, *paths, profile=profile_file(toml, tmp_path))
    assert (enquiry["decision"], enquiry["draft"]) == ("accept", None)  # she answered it herself
    assert own["reason_code"] == "own_message"
    assert (answer["decision"], answer["reason_code"]) == ("ignore", "thread_question"), answer["reason"]
    assert answer["draft"] is None  # no new call, no price list pasted over her own terms
    assert "Would that budget work for you?" in answer["reason"]
    shown = kindly("show", str(answer["id"]), "--profile", str(profile_file(toml, tmp_path))).stdout
    assert "Questions for you to answer" in shown


# 6. A linen company's coffee meets her linen service; a paid guide's "shortlist" meets her rule on guides.


def test_a_coffee_from_a_linen_company_is_declined_for_the_linen_service_she_has(
    kindly: Kindly, tmp_path: Path
) -> None:
    linen = (
        "Étienne Morin <etienne.morin@linenpro.example.ca>",
        "Coffee? Fellow Rosemont business owner",
        "Hi Amélie,\n\nMy office is just down the street from La Sauge. I'd love to buy you a coffee and hear how "
        "you got started; it's always good for local business owners to know each other.\n\nI run LinenPro "
        "Montreal: we supply tablecloths, napkins, chef whites and aprons to about 80 restaurants, with next-day "
        "replacements. I'd love to show you how we compare to what you're using now.\n\nWould one afternoon next "
        "week work?\n\nÉtienne Morin\nBusiness Development, LinenPro Montreal",
        "Tue, 24 Nov 2026 08:55:26 -0500",
    )
    [record] = arrive(kindly, tmp_path, linen)
    assert (record["decision"], record["reason_code"]) == ("decline", "has_provider"), record["reason"]
    assert "Buanderie Centrale" in record["reason"]
    # a firm she uses is "a provider" (a named person would be "someone")
    assert "For a linen service, I already work with a provider I'm very happy with" in record["draft"]
    assert "Buanderie" not in record["draft"]  # the provider is named to her, never to the seller


def test_a_guide_that_shortlists_her_and_sells_listing_packages_meets_her_rule_on_paid_guides(
    kindly: Kindly, tmp_path: Path
) -> None:
    guide = (
        "Olivier Marchand <olivier@mtlbest.example.com>",
        "La Sauge shortlisted for the 2027 Montreal Best Restaurants Guide",
        "Hello Amélie,\n\nCongratulations! Our editorial panel has shortlisted La Sauge for the 2027 edition of the "
        "Montreal Best Restaurants Guide, distributed in 120 hotels.\n\nTo confirm your place in the guide, we "
        "offer three listing packages:\n- Standard listing: $399\n- Featured listing with photo: $899\n\nPlease "
        "choose your package by December 10 to appear in the print edition.\n\nOlivier Marchand\nPartnerships "
        "Director",
        "Tue, 10 Nov 2026 14:15:48 -0500",
    )
    [record] = arrive(kindly, tmp_path, guide)
    assert record["decision"] == "decline", record["reason"]
    assert (
        record["reason"] == "You never pay to be listed in guides."
    )  # (session 23: was "You never do paying ...")
    assert "paying to be listed in guides" in record["draft"]
    assert "event" not in record["draft"]
