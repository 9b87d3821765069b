"""Seventeenth session, a podcast host's review: Nadia Brooks hosts Main Street Mic, a weekly interview show about
small-business owners, from Brooklyn. Her inbox is the other way round from most: people pitch themselves or their
clients as guests, and the one guest she wants most answers through an assistant with the times she could record."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from personas import (
    PODCAST_GINA,
    PODCAST_GUESTS,
    PODCAST_PEERS,
    PODCAST_SPONSORS,
    PODCAST_STAGE,
    answer,
    podcast_host_profile,
    resource,
)
from support import Kindly, eml, profile_file, triaged_one


def host(tmp_path: Path, **variations: Any) -> Path:
    """Her profile (`variations`: of podcast_host_profile) where kindly reads it."""
    return profile_file(podcast_host_profile(**variations), tmp_path)


# -- the person a goal names, free on the days their assistant offers -------------------------------------------


def assistant(tmp_path: Path, said: str) -> Path:
    return eml(
        tmp_path / "assistant.eml",
        "Hi Nadia,\n\nThank you for your patience! Gina listened to a couple of episodes over the holiday and would"
        f" be delighted to come on Main Street Mic. {said}\n\nBest,\nPriya Anand\nExecutive Assistant to Gina"
        " Marchetti\nMarchetti's Markets",
        sender="Priya Anand <priya.anand@marchettimarkets.com>",
        subject="Re: Main Street Mic interview request",
        date="Fri, 27 Nov 2026 11:40:00 -0500",
        to="nadia@mainstreetmic.fm",
    )


def test_the_days_the_person_a_goal_names_could_record_are_answered_with_a_yes(
    kindly: Kindly, tmp_path: Path
) -> None:
    # her assistant's note asks no question, but it offers the times Gina could do: the meeting the goal wants
    said = (
        "She could record remotely on Thursday, December 10 at 2pm ET or Friday, December 11 at 11am ET -"
        " whichever suits you."
    )
    record = triaged_one(kindly, assistant(tmp_path, said), host(tmp_path))
    assert record["decision"] == "accept"
    assert "Gina Marchetti" in record["reason"]
    assert "Thursday, December 10 at 2pm ET works for me." in record["draft"]


def test_news_of_the_person_a_goal_names_without_a_time_they_could_do_asks_nothing(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near misses: a day she cannot do, and a day that is the assistant's own plan, offer no time of Gina's
    said = "She can't do Thursday, December 10, and we are closed on Friday. I'll write again in January."
    record = triaged_one(kindly, assistant(tmp_path, said), host(tmp_path))
    assert record["decision"] == "ignore"


# -- a guest offered for the user's own show -------------------------------------------------------------------


def pitch(tmp_path: Path, body: str, *, sender: str, subject: str) -> Path:
    return eml(
        tmp_path / "pitch.eml",
        body,
        sender=sender,
        subject=subject,
        date="Thu, 26 Nov 2026 07:45:00 +0000",
        to="nadia@mainstreetmic.fm",
    )


TAILOR = (
    "Hi Nadia,\n\nI run Grant & Sons, a fourth-generation tailoring shop in Manchester - we went from near"
    " bankruptcy in 2019 to a waiting list. A friend who listens to Main Street Mic said I should pitch myself.\n\n"
    "If you'd have me, could we record on Thursday, December 10 at 8am your time (1pm here)?\n\nBest,\nOliver Grant"
)


def test_a_shop_owner_pitching_himself_as_a_guest_is_welcome_on_the_show(
    kindly: Kindly, tmp_path: Path
) -> None:
    # read as a pitch by the model, he sells nothing: he offers himself as a guest, an owner the goal asks for
    mail = pitch(
        tmp_path, TAILOR, sender="Oliver Grant <oliver@grantandsons.co.uk>", subject="Guest pitch: tailor"
    )
    record = triaged_one(kindly, mail, host(tmp_path))
    assert record["decision"] == "accept"
    assert "Guests for the show" in record["reason"]
    draft = record["draft"]
    assert "I'd be glad to have you on the show." in draft
    assert "Thursday, December 10 at 8am doesn't work for me" in draft  # her hours start at 10:00
    assert "working together" not in draft and "isn't something I'm looking for" not in draft


def test_a_publicist_offering_her_client_has_him_welcomed(kindly: Kindly, tmp_path: Path) -> None:
    # "Would you open to having him on?" reads as nothing asked to the model; the guest is the author she speaks for
    body = (
        "Hi Nadia,\n\nI represent Dev Malhotra, whose book The Corner Shop Comeback follows twelve family-run shops."
        " Dev ran his family's hardware store in Jackson Heights for fifteen years before writing it.\n\nWould you be"
        " open to having him on? Happy to send a review copy.\n\nBest,\nCaroline Hughes\nBrightline PR"
    )
    mail = pitch(tmp_path, body, sender="Caroline Hughes <caroline@brightlinepr.com>", subject="Guest idea")
    record = triaged_one(kindly, mail, host(tmp_path))
    assert record["decision"] == "accept"
    assert "I'd be glad to have him on the show." in record["draft"]


def test_a_guest_the_show_is_not_for_is_turned_down_as_a_pitch_not_as_an_interview(
    kindly: Kindly, tmp_path: Path
) -> None:
    # a Series C fintech's CEO offered for the show: a guest, but no small-business owner; the no is to the pitch
    body = (
        "Hi Nadia,\n\nFinzo just closed a $140M Series C and our CEO, Brad Kessler, is doing a media tour on"
        " AI-driven treasury management for enterprise CFOs. He'd love to join Main Street Mic for a 30-minute"
        " conversation.\n\nThanks,\nJordan Pike\nVantage Communications"
    )
    mail = pitch(
        tmp_path, body, sender="Jordan Pike <jordan@vantagecomms.io>", subject="Interview opportunity"
    )
    record = triaged_one(kindly, mail, host(tmp_path))
    assert record["decision"] == "decline"
    draft = record["draft"]
    assert "It isn't the right fit for the show at the moment" in draft
    assert "invitation to be interviewed" not in draft and "overview" not in draft


def test_a_host_inviting_the_user_onto_their_own_show_is_no_guest_offered(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: the user is the guest asked for ("be a guest on our podcast"), as before
    body = (
        "Hi Nadia,\n\nI host The Maker's Margin, a weekly show about makers. Would you like to be a guest on our"
        " podcast in January? We record remotely.\n\nCheers,\nSam"
    )
    mail = pitch(
        tmp_path, body, sender="Sam Okafor <sam@makersmargin.fm>", subject="Guest on The Maker's Margin?"
    )
    record = triaged_one(kindly, mail, host(tmp_path))
    assert record["intent"] != "partnership_proposal"
    assert "have you on the show" not in (record["draft"] or "")


def test_without_a_goal_for_guests_a_pitch_to_come_on_is_weighed_as_before(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: a user with no show of her own wanting guests is not read as booking them
    mail = pitch(
        tmp_path, TAILOR, sender="Oliver Grant <oliver@grantandsons.co.uk>", subject="Guest pitch: tailor"
    )
    record = triaged_one(kindly, mail, host(tmp_path, goals=[PODCAST_GINA]))
    assert record["intent"] != "partnership_proposal"
    assert "have you on the show" not in (record["draft"] or "")


# -- a media kit asked for, given by the user's own answer --------------------------------------------------------

# her sponsors goal, a resource and her answer about rates
SPONSORS = {
    "goals": [PODCAST_GINA, PODCAST_GUESTS, PODCAST_SPONSORS],
    "resources": [
        resource(
            "Indie podcast launch checklist",
            "My one-page checklist for starting an interview show",
            "https://mainstreetmic.fm/launch-checklist",
            "people starting a podcast",
        )
    ],
    "answers": [
        answer(
            ["rates", "media kit", "CPM"],
            "Our media kit with downloads and rates is at https://mainstreetmic.fm/media-kit.",
        )
    ],
}


def sponsor(tmp_path: Path, asked: str) -> Path:
    return eml(
        tmp_path / "sponsor.eml",
        "Hi Nadia,\n\nI run partnerships at Ledgerly, the bookkeeping app for small businesses. We'd like to sponsor"
        f" the show in Q1 - a host-read spot in 6 to 8 episodes starting in January.\n\n{asked}\n\nThanks!\nEthan",
        sender="Ethan Cole <ethan.cole@ledgerly.com>",
        subject="Sponsoring the show in Q1?",
        date="Thu, 19 Nov 2026 10:22:00 -0500",
        to="nadia@mainstreetmic.fm",
    )


def test_a_media_kit_asked_for_is_the_users_answer_not_another_resource(
    kindly: Kindly, tmp_path: Path
) -> None:
    # her answer about "media kit" gives it: a checklist for starting a show is not "what you asked for"
    mail = sponsor(tmp_path, "Could you send over your rates or a media kit?")
    record = triaged_one(kindly, mail, host(tmp_path, **SPONSORS))
    assert record["decision"] == "accept"
    draft = record["draft"]
    assert "Our media kit with downloads and rates is at https://mainstreetmic.fm/media-kit." in draft
    assert "launch-checklist" not in draft and "what you asked for" not in draft


def test_material_no_answer_of_hers_gives_is_still_found_among_her_resources(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: a checklist asked for is no media kit, and her resource about starting a show still answers it
    mail = sponsor(tmp_path, "Is there a one-pager on starting a podcast we could share with our customers?")
    record = triaged_one(kindly, mail, host(tmp_path, **SPONSORS))
    assert 'You can find what you asked for in "Indie podcast launch checklist"' in record["draft"]


# -- the user's own show taped live at a conference -------------------------------------------------------------

STAGE = [PODCAST_GINA, PODCAST_GUESTS, PODCAST_STAGE]


def conference(tmp_path: Path, asked: str) -> Path:
    return eml(
        tmp_path / "conference.eml",
        "Dear Nadia,\n\nI'm the programming director of Audio Forward NYC, the independent audio conference at the"
        f" Brooklyn Navy Yard, March 18-19, 2027. {asked}\n\nWe offer an honorarium of $750. Would you be"
        " interested?\n\nBest regards,\nLauren Fisk\nProgramming Director, Audio Forward NYC",
        sender="Lauren Fisk <lauren@audioforwardnyc.com>",
        subject="Invitation: Audio Forward NYC 2027",
        date="Tue, 24 Nov 2026 15:45:00 -0500",
        to="nadia@mainstreetmic.fm",
    )


def test_a_conference_taping_the_users_show_live_is_hosted_by_her_on_a_day_still_to_come(
    kindly: Kindly, tmp_path: Path
) -> None:
    # she hosts the episode on their stage: not a guest on a show of theirs, and the days and venue were given
    asked = (
        "Our committee would love Main Street Mic to record a live episode on our main stage - a 45-minute taping"
        " with a guest of your choice."
    )
    record = triaged_one(kindly, conference(tmp_path, asked), host(tmp_path, goals=STAGE))
    assert record["decision"] == "accept"
    draft = record["draft"]
    assert "Thanks so much for the invitation to record the show live." in draft
    assert "I'd be glad to host it." in draft
    assert "Could you let me know the day and time of my session?" in draft
    assert "be your guest" not in draft and "the invitation to your show" not in draft


def test_a_live_episode_of_the_senders_own_show_still_has_her_as_its_guest(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: they record their own show live and ask her on it as a guest
    asked = "We'll record a live episode of our podcast on the main stage - would you join us as a guest?"
    record = triaged_one(kindly, conference(tmp_path, asked), host(tmp_path, goals=STAGE))
    assert "host it" not in (record["draft"] or "")
    assert "record the show live" not in (record["draft"] or "")


# -- a promo swap proposed by a fellow host, to a goal of peers to swap promos with --------------------------------

PEERS = [PODCAST_GINA, PODCAST_GUESTS, PODCAST_PEERS]


def swap(tmp_path: Path, terms: str) -> Path:
    return eml(
        tmp_path / "swap.eml",
        "Hey Nadia,\n\nI host The Maker's Margin, a weekly show about makers turning crafts into real businesses."
        " Our audiences overlap a lot.\n\nWant to do a promo swap in January? I'd read a 30-second promo for your"
        f" show in two episodes and you'd do the same for us. {terms}\n\nCheers,\nSam",
        sender="Sam Okafor <sam@makersmargin.fm>",
        subject="Promo swap?",
        date="Mon, 23 Nov 2026 13:15:00 -0500",
        to="nadia@mainstreetmic.fm",
    )


def test_a_promo_swap_a_fellow_host_proposes_serves_the_goal_that_names_it(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triaged_one(kindly, swap(tmp_path, "No money either way."), host(tmp_path, goals=PEERS))
    assert record["decision"] == "accept"
    assert "find community" in record["reason"]


def test_a_promo_swap_sold_is_no_peer_proposing_it(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: a swap with a price ("$150 per placement") is a pitch of placements, not peers doing it together
    record = triaged_one(kindly, swap(tmp_path, "Placements are $150 each."), host(tmp_path, goals=PEERS))
    assert record["decision"] != "accept"


def test_a_past_guests_thanks_for_having_her_on_offers_no_guest(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: "for having me on the show" thanks an episode already recorded; nothing is asked
    body = (
        "Nadia,\n\nThank you so much for having me on the show. My customers have been coming in all week saying"
        " they heard me.\n\nWith gratitude,\nRita Kaplan\nKaplan Hardware"
    )
    mail = pitch(tmp_path, body, sender="Rita Kaplan <rita@kaplanhardware.com>", subject="Thank you!")
    record = triaged_one(kindly, mail, host(tmp_path))
    assert record["decision"] == "ignore"
