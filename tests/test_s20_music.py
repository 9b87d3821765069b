"""What hurt Jonah Reyes, an independent jazz pianist and composer in Chicago (the twentieth session's persona
review): his never-rules read word for word, so a pay-to-play showcase and an unpaid "exposure" party passed them.
Each near miss here must stay as it was."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from personas import music_profile, to_jonah
from support import Kindly, profile_file, triaged_one

JONAH = music_profile()

# 1. A musician's pay-to-play is tickets the act must buy or sell, or a fee to take the stage; a rule that gives
#    examples in brackets ("pay-to-play gigs (ticket buy-ons, ...)") is read by what it names.
SHOWCASE = (
    "Hey Jonah!\n\nWe're curating our Emerging Artists Showcase on Saturday, January 16, and your name came up.\n\n"
    "How it works: each act gets a 30-minute set. {terms} Tickets are yours to sell to your fans.\n\n"
    "Let me know by Friday so we can lock in your slot!\n\nTyler Grant\nTalent Buyer, The Velvet Room\n"
)


def _showcase(kindly: Kindly, tmp_path: Path, terms: str) -> dict[str, Any]:
    """Jonah's triage of the Velvet Room's showcase offer on these terms."""
    mail = to_jonah(
        tmp_path / "showcase.eml",
        SHOWCASE.format(terms=terms),
        sender="Tyler Grant <tyler@thevelvetroomchicago.com>",
        subject="Showcase opportunity at The Velvet Room",
    )
    return triaged_one(kindly, mail, profile_file(JONAH, tmp_path))


@pytest.mark.parametrize(
    "terms",
    [
        "Artists purchase 25 tickets up front at $15 each ($375) and keep 20% of sales beyond that.",
        "Bands must sell 30 tickets in advance; anything short of that is invoiced after the show.",
        "Performer sign-up is $20 (includes one drink).",
        "There's a ticket buy-on of $300 per act.",
    ],
)
def test_a_showcase_that_makes_the_artist_pay_is_declined_by_the_pay_to_play_rule(
    kindly: Kindly, tmp_path: Path, terms: str
) -> None:
    record = _showcase(kindly, tmp_path, terms)
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do")
    assert "pay-to-play gigs" in record["reason"]
    # the rule's examples are the user's note to self, not what the reply tells the venue
    assert "I have a firm rule against pay-to-play gigs, so I'll have to pass." in record["draft"]


@pytest.mark.parametrize(
    "terms",
    [
        # the audience's tickets, and a fee paid to the artist, are no pay-to-play
        "Tickets are $15 at the door and fans can buy tickets online.",
        "We pay each act $300 to play, plus a share of the door.",
    ],
)
def test_a_showcase_that_pays_the_artist_or_sells_tickets_to_fans_passes_the_rule(
    kindly: Kindly, tmp_path: Path, terms: str
) -> None:
    record = _showcase(kindly, tmp_path, terms)
    assert record["reason_code"] != "never_do"


# 2. "unpaid corporate gigs for exposure": a company asking for a free set for its own occasion is the rule's, though
#    its mail never says "corporate" or "unpaid"; a couple's wedding without a budget, or a firm that pays, is not.
PARTY = (
    "Hi Jonah,\n\nI'm organizing {occasion} on Thursday, December 17 (about 120 guests). A colleague saw you play at "
    "a wedding and loved it.\n\n{money} Could you do a two-hour set, 6 to 8 pm?\n\nThanks so much,\nHeather Lin\n"
)
NO_BUDGET = (
    "We don't have a budget for entertainment this year, unfortunately, but it would be great exposure - lots of "
    "our guests host events and would see you play!"
)


@pytest.mark.parametrize(
    "occasion", ["our firm's holiday party at our River North office", "a product launch for a client"]
)
def test_a_company_asking_for_a_free_set_for_exposure_is_declined_by_the_rule(
    kindly: Kindly, tmp_path: Path, occasion: str
) -> None:
    mail = to_jonah(
        tmp_path / "party.eml",
        PARTY.format(occasion=occasion, money=NO_BUDGET),
        sender="Heather Lin <hlin@meridianfinancial.com>",
        subject="Holiday party - live music?",
    )
    record = triaged_one(kindly, mail, profile_file(JONAH, tmp_path))
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do")
    assert "unpaid corporate gigs for exposure" in record["reason"]


@pytest.mark.parametrize(
    ("occasion", "money"),
    [
        ("our wedding reception at the Bridgeport Art Center", NO_BUDGET),
        (
            "our firm's holiday party at our River North office",
            "Our budget for music is $900 for the evening.",
        ),
    ],
)
def test_a_couples_wedding_or_a_paying_firm_is_not_the_corporate_rules(
    kindly: Kindly, tmp_path: Path, occasion: str, money: str
) -> None:
    mail = to_jonah(
        tmp_path / "party.eml",
        PARTY.format(occasion=occasion, money=money),
        sender="Heather Lin <heather.lin@gmail.com>",
        subject="Live music?",
    )
    record = triaged_one(kindly, mail, profile_file(JONAH, tmp_path))
    assert "unpaid corporate gigs" not in record["reason"]


# 3. "paid playlist placement services": a place on playlists sold to the artist, with its price, is the rule's; a
#    curator who added the track for nothing is not.
@pytest.mark.parametrize(
    ("sender", "text"),
    [
        (
            "SpinBoost Promotions <campaigns@spinboost-playlists.com>",
            "Hi Jonah Reyes,\n\nWe listened to your latest single and think it's perfect for our network of curated jazz"
            " playlists. Our Premium Campaign guarantees placement on 50+ playlists and 20,000+ streams in 30 days for"
            " just $249.\n\nReply YES to get started!\n\nThe SpinBoost Team\n",
        ),
        (
            "BeatWave Promo <hello@beatwavepromo.com>",
            "yo jonah, love ur sound!! we run 12 jazz/chill playlists (1.2M followers). we can get your single placed"
            " for $99/playlist, guaranteed streams. hit us back if ur ready\n",
        ),
    ],
)
def test_playlist_placement_sold_to_the_artist_is_declined_by_the_rule(
    kindly: Kindly, tmp_path: Path, sender: str, text: str
) -> None:
    mail = to_jonah(
        tmp_path / "promo.eml", text, sender=sender, subject="Get your music on curated playlists"
    )
    record = triaged_one(kindly, mail, profile_file(JONAH, tmp_path))
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do")
    assert "paid playlist placement services" in record["reason"]


def test_a_curator_who_added_the_track_for_free_is_not_the_playlist_rules(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = to_jonah(
        tmp_path / "curator.eml",
        "Hi Jonah,\n\nJust a note to say we've added your single to our Late Night Jazz playlist (12,000 followers)."
        " Would you be up for a short interview for our blog?\n\nMaya\n",
        sender="Maya Lund <maya@latenightjazz.fm>",
        subject="You're on Late Night Jazz",
    )
    record = triaged_one(kindly, mail, profile_file(JONAH, tmp_path))
    assert record["reason_code"] != "never_do"
