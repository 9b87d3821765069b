"""Isla Munro, founder of Saltmarsh Games, a four-person indie studio in Glasgow shipping its narrative game "Low
Tide Letters" in 2027 (session 26, game): she wants a publisher or funding, a community of indie developers, press
and streamer coverage, one festival talk, and to help students into games. Each test is a message from her mailbox
that kindly read wrongly before, with a near miss or another wording beside it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kindly.model import Draft
from kindly.taken_times import times_answered_elsewhere
from personas import GAME_ISLA, game_profile, to_game
from support import Kindly, eml, profile_file, triaged, triaged_one


def _to_isla(kindly: Kindly, tmp_path: Path, body: str, *, sender: str, subject: str) -> dict[str, Any]:
    """The triage record of a mail to Isla against her profile."""
    mail = to_game(tmp_path / "mail.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(game_profile(), tmp_path))


# -- a games magazine sells her a "featured developer package" for her own game -------------------------------------


@pytest.mark.parametrize(
    "offer",
    [
        pytest.param(
            "Indie Game Spotlight Magazine would like to feature Low Tide Letters in our January issue, read by "
            "100,000 gamers. Our featured developer package is GBP 300 and includes a two-page interview and a social "
            "post. Let me know and I'll send the invoice.",
            id="featured-developer-package",
        ),
        pytest.param(
            "We'd love to interview you and spotlight Low Tide Letters on our site next month. The featured studio "
            "package is $250 and covers the interview, a review and two social posts.",
            id="featured-studio-package",
        ),
    ],
)
def test_an_interview_in_a_feature_she_must_pay_for_is_declined(
    kindly: Kindly, tmp_path: Path, offer: str
) -> None:
    record = _to_isla(
        kindly,
        tmp_path,
        f"Hello Isla,\n\n{offer}\n\nRegards,\nMark Ellis\nIndie Game Spotlight\n",
        sender="Mark Ellis <mark@indiegamespotlight.example>",
        subject="Feature your game in Indie Game Spotlight",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "pays_to_appear"), record["reason"]


def test_a_free_interview_for_a_games_site_is_still_accepted(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: an interview with no price is the press coverage she wants
    record = _to_isla(
        kindly,
        tmp_path,
        "Hi Isla,\n\nI'm a freelance writer working on a piece for Rock Paper Shotgun about small UK studios making "
        "narrative games. Would you be up for a 30-minute interview over video next week about Low Tide Letters?\n\n"
        "Thanks,\nHannah Price\n",
        sender="Hannah Price <hannah.price.writes@mail.example>",
        subject="Interview request - Rock Paper Shotgun",
    )
    assert record["decision"] == "accept", record["reason"]


# -- a fellow developer says yes to her playtest swap and offers a time as "Would ... work?" ------------------------


def _her_ask_and_their_answer(tmp_path: Path, answer: str) -> tuple[Path, Path]:
    own = eml(
        tmp_path / "1-own.eml",
        "Hi Mhairi,\n\nGreat to catch you at the jam! Fancy swapping playtests in December? Our next build is nearly "
        "ready and I'd love fresh eyes on the opening hour.\n\nIsla\n",
        sender=GAME_ISLA,
        subject="Playtest swap in December?",
        date="Mon, 30 Nov 2026 10:00:00 +0000",
        to="Mhairi Campbell <mhairi@puffinforge.example>",
        message_id="isla-1@saltmarshgames.example",
    )
    reply = eml(
        tmp_path / "2-reply.eml",
        f"Hi Isla,\n\n{answer}\n\nMhairi\n",
        sender="Mhairi Campbell <mhairi@puffinforge.example>",
        subject="Re: Playtest swap in December?",
        date="Tue, 01 Dec 2026 11:00:00 +0000",
        to=GAME_ISLA,
        message_id="mhairi-1@puffinforge.example",
        in_reply_to="isla-1@saltmarshgames.example",
    )
    return own, reply


@pytest.mark.parametrize(
    ("answer", "time"),
    [
        pytest.param(
            "Yes please! Would Tuesday 8 December at 3pm on Discord work to plan it?",
            "Tuesday 8 December at 3pm",
            id="would-day-at-time-work",
        ),
        pytest.param(
            "Yes, count us in. Does Thursday 10 December at 2:30pm suit you to agree the details?",
            "Thursday 10 December at 2:30pm",
            id="does-day-at-time-suit",
        ),
    ],
)
def test_a_yes_to_her_own_proposal_with_a_time_is_taken(
    kindly: Kindly, tmp_path: Path, answer: str, time: str
) -> None:
    own, reply = _her_ask_and_their_answer(tmp_path, answer)
    _, record = triaged(kindly, own, reply, profile=profile_file(game_profile(), tmp_path))
    assert (record["decision"], record["reason_code"]) == ("accept", "answers_your_request"), record["reason"]
    assert time in record["draft"]


def test_a_yes_to_her_proposal_that_offers_no_time_is_left_as_it_is(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: nothing new to answer - the swap goes ahead as she proposed
    own, reply = _her_ask_and_their_answer(
        tmp_path, "Yes please, that sounds great. I'll send our build over soon."
    )
    _, record = triaged(kindly, own, reply, profile=profile_file(game_profile(), tmp_path))
    assert record["decision"] == "ignore", record["reason"]
    assert not record["draft"]


# -- "YouTubers" and "curators" who ask for a handful of keys to resell ---------------------------------------------


@pytest.mark.parametrize(
    ("sender", "body"),
    [
        pytest.param(
            "GamerMax Reviews <gamermax.reviews2026@gmail.example>",
            "Hello dev,\n\nI am a youtuber with 250k subscribers and I make videos about indie games. I would like to "
            "review your game. Please send me 5 Steam keys so I can do a giveaway for my fans.\n\nThanks\nGamerMax\n",
            id="youtuber-giveaway",
        ),
        pytest.param(
            "Indie Gems Hunters <indiegemshunters@gmail.example>",
            "Hi,\n\nI am the owner of the Steam curator group Indie Gems Hunters with 50,000 followers. We would love "
            "to review your game and recommend it. Please send ten keys to this email so our curators can play.\n\n"
            "Best regards,\nAlex\n",
            id="curator-group",
        ),
        pytest.param(
            "Streamer Zone <streamerzone.tv@mail.example>",
            "Dear Developer,\n\nOur team of streamers covers new indie releases every week. Could you provide a few "
            "keys for our moderators? We will stream your game to our community.\n\nStreamer Zone\n",
            id="team-of-streamers",
        ),
    ],
)
def test_a_nameless_request_for_several_keys_is_a_key_resale_scam(
    kindly: Kindly, tmp_path: Path, sender: str, body: str
) -> None:
    record = _to_isla(kindly, tmp_path, body, sender=sender, subject="Steam keys for review")
    assert (record["decision"], record["reason_code"]) == ("ignore", "scam"), record["reason"]
    assert not record["draft"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Hi Isla,\n\nMy co-host and I play co-op narrative games on our channel. Could you send 2 keys so we can "
            "play Low Tide Letters together on stream next month?\n\nJess\n",
            id="greets-her-by-name",
        ),
        pytest.param(
            "Hello,\n\nI cover cosy games at youtube.com/@jessplays (40k subscribers). Could I get 2 keys for me and "
            "my co-host to play Low Tide Letters on stream?\n\nJess\n",
            id="shows-the-channel",
        ),
        pytest.param(
            "Hello,\n\nPlease send 3 press keys for the game to the journalists on the list below, and we'll follow "
            "up with each of them.\n\nMorven, Harbour PR\n",
            id="her-pr-contact-asks-for-others",
        ),
    ],
)
def test_a_creator_who_greets_her_or_shows_the_channel_is_no_scam(
    kindly: Kindly, tmp_path: Path, body: str
) -> None:
    # near misses: a real creator asking for two keys
    record = _to_isla(
        kindly, tmp_path, body, sender="Jess Cole <jess@jessplays.example>", subject="Keys for a stream"
    )
    assert record["reason_code"] != "scam", record["reason"]


# -- a streamer who shows her channel offers to stream the demo: coverage, not a pitch -------------------------------


@pytest.mark.parametrize(
    ("sender", "body"),
    [
        pytest.param(
            "Fenna de Vries <fenna@fennaplays.example>",
            "Hi Isla!\n\nI'm Fenna, I stream cosy and narrative games on Twitch (twitch.tv/fennaplays, about 12k "
            "followers) and I played Citizen Sleeper and Road 96 on stream this year. Low Tide Letters looks right up "
            "my street. Would you be up for me streaming the demo, and maybe joining the stream for a short Q&A with "
            "chat? Happy to request a key through Keymailer if that's easier.\n\nFenna\n",
            id="twitch-streamer",
        ),
        pytest.param(
            "Omar Haddad <omar@quietcorner.example>",
            "Hello Isla,\n\nI'm a YouTuber covering small story-driven games (youtube.com/@quietcornergames, 30k "
            "subscribers). I'd love to make a video about Low Tide Letters ahead of launch and ask you a few "
            "questions about the letter system for it. Would that be alright?\n\nOmar\n",
            id="youtuber-video",
        ),
    ],
)
def test_a_creator_with_a_channel_offering_to_cover_her_game_is_accepted(
    kindly: Kindly, tmp_path: Path, sender: str, body: str
) -> None:
    record = _to_isla(kindly, tmp_path, body, sender=sender, subject="Low Tide Letters on my channel")
    assert (record["decision"], record["goal"]) == ("accept", "amplify_campaign"), record["reason"]


@pytest.mark.parametrize(
    ("sender", "body"),
    [
        pytest.param(
            "Omar Haddad <omar@quietcorner.example>",
            "Hello Isla,\n\nI'm a YouTuber covering small story-driven games (youtube.com/@quietcornergames, 30k "
            "subscribers). I'd love to make a sponsored video about Low Tide Letters ahead of launch - my rate for a "
            "dedicated video is GBP 400.\n\nOmar\n",
            id="a-paid-video-is-an-advert",
        ),
        pytest.param(
            "Kyle Benton <kyle@wishlistrocket.example>",
            "Hi Isla,\n\nWishlistRocket gets indie games like Low Tide Letters in front of 300 streamers on Twitch "
            "(twitch.tv/wishlistrocket). Can I book you in for a free 20-minute strategy call?\n\nKyle\n",
            id="an-agency-that-names-streamers",
        ),
    ],
)
def test_a_paid_video_or_an_agency_naming_streamers_is_not_taken(
    kindly: Kindly, tmp_path: Path, sender: str, body: str
) -> None:
    # near misses: a fee makes it an advert; an agency does not cover the game itself
    record = _to_isla(kindly, tmp_path, body, sender=sender, subject="Low Tide Letters")
    assert record["decision"] != "accept", record["reason"]


# -- the fund that wrote and then sent a calendar invitation: the invitation's answer points to the e-mail ----------


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        pytest.param(
            "I'd be glad to talk - would Monday 7 December at 10:00 or Wednesday 9 December at 14:30 work for you?",
            "I'd be glad to talk - I've answered your e-mail about when to meet.",
            id="a-yes-before-the-dash",
        ),
        pytest.param(
            "My time for meetings like this is spoken for over the next couple of weeks - could we look at Monday 4 "
            "January at 10:00 instead?",
            "spoken for over the next couple of weeks - I've answered your e-mail about when to meet.",
            id="a-busy-week-before-the-dash",
        ),
    ],
)
def test_the_invitation_answer_that_points_to_her_e_mail_keeps_its_capital_i(
    sentence: str, kept: str
) -> None:
    # Olivia's fund wrote by e-mail and then sent a calendar invitation: its answer says the e-mail answered when
    times = tuple(
        found
        for found in (
            "Monday 7 December at 10:00",
            "Wednesday 9 December at 14:30",
            "Monday 4 January at 10:00",
        )
        if found in sentence
    )
    draft = Draft(
        text=f"Hi Olivia,\n\nThank you for the invitation. {sentence}\n\nIsla\n",
        steps=("accept",),
        times=times,
    )
    said = times_answered_elsewhere(draft, "email").text
    assert kept in said, said
    assert "i've" not in said


# -- a vague "something for Scottish indies" is asked what it is, not about "the size of the business" --------------


@pytest.mark.parametrize(
    ("sender", "body", "subject"),
    [
        pytest.param(
            "Fiona Grant <fiona@holyrood-creative.example>",
            "Hi Isla,\n\nWe're putting something together for Scottish indie developers in the spring and your name "
            "came up. Could we have a chat about it sometime?\n\nCheers,\nFiona Grant\n",
            "Something for Scottish indies",
            id="something-in-the-spring",
        ),
        pytest.param(
            "Sam Baird <sam@northlightcollective.example>",
            "Hello Isla,\n\nI'm looking into an idea for narrative game makers in Glasgow and would value your input. "
            "Could we talk some time next week?\n\nSam\n",
            "An idea for Glasgow's narrative game makers",
            id="an-idea-to-talk-over",
        ),
    ],
)
def test_an_unclear_ask_to_a_founder_who_takes_no_clients_is_not_asked_about_their_business(
    kindly: Kindly, tmp_path: Path, sender: str, body: str, subject: str
) -> None:
    record = _to_isla(kindly, tmp_path, body, sender=sender, subject=subject)
    assert record["decision"] == "ask_details", record["reason"]
    assert "your business" not in record["draft"], record["draft"]
    assert "the business" not in record["draft"], record["draft"]
    assert "taken off your plate" not in record["draft"], record["draft"]


# -- studios that pitch a game studio's outsourced work: named for what they sell ----------------------------------


def test_a_porting_studio_is_declined_with_her_own_porting_named(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_isla(
        kindly,
        tmp_path,
        "Hi Isla,\n\nPortBay is a porting studio that has brought 60+ indie titles to Nintendo Switch, PS5 and Xbox. "
        "Could we set up a 20-minute call to talk about bringing your game to consoles?\n\nNiamh Carter\nPortBay\n",
        sender="Niamh Carter <niamh@portbay.example>",
        subject="Bringing your game to Switch",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "has_provider"), record["reason"]
    assert "For porting" in record["draft"], record["draft"]


@pytest.mark.parametrize(
    "pitch",
    [
        pytest.param(
            "I run PixelForge, an art outsourcing studio with 80 artists. We've helped 30+ indies ship on time. Open "
            "to a quick call about your art pipeline?",
            id="art-outsourcing",
        ),
        pytest.param(
            "Our team of 40 artists does concept art and 3D art for indie studios - outsourcing that scales with "
            "you. Could we show you our portfolio on a short call?",
            id="concept-and-3d-art",
        ),
    ],
)
def test_an_art_house_is_not_said_to_sell_software_development(
    kindly: Kindly, tmp_path: Path, pitch: str
) -> None:
    record = _to_isla(
        kindly,
        tmp_path,
        f"Hi Isla,\n\n{pitch}\n\nMarco\n",
        sender="Marco Bianchi <marco@pixelforge.example>",
        subject="Art for your game",
    )
    assert record["decision"] == "decline", record["reason"]
    assert "software development" not in record["draft"], record["draft"]


# -- a student asks for twenty minutes of advice: her goal of helping students is served ---------------------------


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Hi Isla,\n\nI'm a third-year games design student at Abertay and a big fan of your devlogs. I'm trying to "
            "get my first job in narrative design and I'm not sure my portfolio is showing the right things. Would "
            "you have 20 minutes for a call some time to give me some advice? I completely understand if you're too "
            "busy.\n\nThank you,\nAisha Khan\n",
            id="portfolio-advice",
        ),
        pytest.param(
            "Dear Isla,\n\nI'm a games student in my final year at Glasgow Caledonian and I'd love your advice on "
            "breaking into games as a writer. Could I ask you a few questions over a short call?\n\nBest,\nLiam Reid\n",
            id="breaking-in-as-a-writer",
        ),
    ],
)
def test_a_student_asking_for_advice_serves_her_goal_of_helping_students(
    kindly: Kindly, tmp_path: Path, body: str
) -> None:
    record = _to_isla(
        kindly, tmp_path, body, sender="Aisha Khan <aisha.khan@student.abertay.example>", subject="Advice?"
    )
    assert (record["decision"], record["goal"]) == ("accept", "custom"), record["reason"]


# -- a games fund's investment manager asks to talk: her funding goal, not her press goal ---------------------------


def test_an_investment_manager_asking_about_her_plans_serves_her_funding_goal(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_isla(
        kindly,
        tmp_path,
        "Dear Isla,\n\nI'm an investment manager at Kelpie Ventures, an Edinburgh fund that backs UK games studios "
        "(tickets of GBP 150k-600k). We met briefly at Develop and I've been following Low Tide Letters since. Would "
        "you be open to an intro call to talk about your funding plans?\n\nKind regards,\nOlivia Grant\n",
        sender="Olivia Grant <olivia@kelpieventures.example>",
        subject="Kelpie Ventures - intro",
    )
    assert (record["decision"], record["goal"]) == ("accept", "custom"), record["reason"]
    assert "Find a publisher or funding" in record["reason"], record["reason"]


# -- "A few of us are bringing builds to show - would you like to bring yours?" asks nothing about her playtest -----


def test_a_meetup_where_others_bring_builds_is_not_answered_with_her_playtest(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_isla(
        kindly,
        tmp_path,
        "Hey Isla,\n\nOur next Glasgow Indie Devs meetup is on Wednesday 9 December at 6:30pm at the Drygate. A few of "
        "us are bringing builds to show - would you like to bring Low Tide Letters and do a five-minute show and "
        "tell? Drinks are on us.\n\nJamie\nGlasgow Indie Devs\n",
        sender="Jamie Stewart <jamie@glasgowindiedevs.example>",
        subject="Glasgow Indie Devs - December meetup",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "closed playtest" not in record["draft"], record["draft"]


def test_a_question_about_her_build_still_gets_her_playtest_answer(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: asked of her own build, the saved answer is what she would say
    record = _to_isla(
        kindly,
        tmp_path,
        "Hi Isla,\n\nWe're Two Crows, a two-person studio in Dundee making a narrative mystery game. Would you fancy "
        "swapping playtests with us, and is there a build of Low Tide Letters we could play?\n\nEwan\n",
        sender="Ewan Forbes <ewan@twocrowsgames.example>",
        subject="Playtest swap?",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "closed playtest" in record["draft"], record["draft"]
