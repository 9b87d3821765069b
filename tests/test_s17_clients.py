"""Seventeenth session, who a find-clients goal's clients are: a shop owner a friend introduces, a builder who wants
to work with architects, a wedding planner writing to a winemaker who sells to restaurants and shops. As examples
of use."""

from __future__ import annotations

from pathlib import Path

from kindly.decide.client_need import introduced_business, referral_partner
from kindly.profile import load_profile
from personas import (
    ARCHITECT_CLIENTS,
    ARCHITECT_PEER_STUDIOS,
    ARCHITECT_SPEAKING,
    WINE_GROWERS,
    WINE_TASTINGS,
    WINE_TRADE,
    Table,
    architect_profile,
    varied,
    winemaker_profile,
)
from support import Kindly, eml, profile_file, triaged_one


def signed_winemaker(clients: Table = WINE_TRADE) -> str:
    """The winemaker signing with her vineyard, no release, providers or rules; `clients` her find-clients goal."""
    return winemaker_profile(
        signature="Elena Marchetti\nMarchetti Family Vineyards, Healdsburg",
        holidays=None,
        goals=[clients, WINE_GROWERS, WINE_TASTINGS],
        providers=[],
        never=[],
    )


WINEMAKER = signed_winemaker()

ARCHITECT = architect_profile(
    signature="Mei Lin\nHarrow Lane Architects | 0412 555 019",
    tone="warm",
    meeting_hours=["Mon-Thu 08:00-10:00", "Mon-Thu 16:00-18:00", "Fri 08:00-10:00"],
    goals=[
        varied(
            ARCHITECT_CLIENTS,
            targets=[
                "homeowners",
                "residential projects",
                "passive house",
                "sustainable homes",
                "small developers",
            ],
        ),
        varied(
            ARCHITECT_SPEAKING,
            targets=["passive house", "Passivhaus", "sustainable design talks", "design publications"],
        ),
        ARCHITECT_PEER_STUDIOS,
    ],
    providers=[],
)


def winemaker(folder: Path) -> Path:
    return profile_file(WINEMAKER, folder)


def architect(folder: Path) -> Path:
    return profile_file(ARCHITECT, folder)


# -- a shop owner introduced by what they run ------------------------------------------------------------------------

SHOP_OWNER_INTRODUCED = (
    "Hi Elena and Daniel,\n\nDaniel, meet Elena Marchetti - she makes the dry-farmed Zinfandel I keep telling you "
    "about. Elena, Daniel\nReyes owns Vine & Vault in Petaluma and is building out a Sonoma section for spring.\n\n"
    "I'll let you two take it from here!\n\nSarah\n"
)


def test_a_friend_introducing_a_shop_owner_who_is_building_out_a_sonoma_section_is_a_client_said_yes_to(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = eml(
        tmp_path / "intro.eml",
        SHOP_OWNER_INTRODUCED,
        sender="Sarah Kim <sarah@sarahkimwine.com>",
        to="Elena Marchetti <elena@marchettivineyards.com>",
        cc="Daniel Reyes <daniel@vineandvault.com>",
        subject="Intro: Elena (Marchetti) <> Daniel (Vine & Vault, Petaluma)",
        date="Tue, 24 Nov 2026 09:00:00 -0800",
    )
    record = triaged_one(kindly, mail, profile=winemaker(tmp_path))
    assert record["decision"] == "accept"
    assert record["goal"] == "find_clients"
    assert "Daniel" in record["draft"]
    assert "keeping my networking time" not in record["draft"]


def test_the_person_introduced_runs_a_business_of_the_kind_the_goal_sells_to(tmp_path: Path) -> None:
    profile = load_profile(winemaker(tmp_path))
    [clients, *_] = profile.goals

    def runs(text: str) -> str:
        return introduced_business(profile, clients, text)

    assert runs(SHOP_OWNER_INTRODUCED).endswith(
        "owns Vine & Vault in Petaluma and is building out a Sonoma section for spring"
    )
    assert runs("Elena, Priya runs a little wine bar in Oakland and is always after new producers.")
    # near misses: a business of another kind, only a name and a place, a grower's name, a want to share
    assert not runs(
        "Elena, Luis Herrera owns Herrera Vineyards in Sonoma and is building out a tasting room."
    )
    assert not runs("Elena, Daniel Reyes owns Vine & Vault in Petaluma.")
    assert not runs("Elena, Luis owns Herrera Family Wines in Sonoma.")
    assert not runs("Elena, Luis runs Herrera Cellars and would love to share a Sonoma crew with you.")
    assert not runs(
        "Daniel, Elena Marchetti owns Marchetti Family Vineyards and makes small-lot Sonoma wines."
    )
    assert not runs("Daniel, meet Elena Marchetti - she runs Marchetti and makes small-lot Sonoma wines.")


def test_a_shop_owner_introduced_to_an_architect_whose_clients_are_homeowners_is_none_of_hers(
    tmp_path: Path,
) -> None:
    profile = load_profile(architect(tmp_path))
    [clients, *_] = profile.goals
    assert not introduced_business(profile, clients, SHOP_OWNER_INTRODUCED)


# -- a trade that brings the user clients, proposing to work together -------------------------------------------------

BUILDER = (
    "Hi Mei Lin,\n\nI run Hartley Build, a small builder in the inner north. We've just finished our third certified "
    "passive-house\nproject and we're keen to work with architects who design to that standard. Would you be open "
    "to a coffee to talk\nabout how we might collaborate on future projects? I'm free most early mornings.\n\n"
    "Ben Hartley\nDirector, Hartley Build\n"
)


def test_a_passive_house_builder_who_wants_to_work_with_architects_is_a_referral_partner_said_yes_to(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = eml(
        tmp_path / "builder.eml",
        BUILDER,
        sender="Ben Hartley <ben@hartleybuild.example.com.au>",
        to="Mei Lin Harrow <meilin@harrowlane.example.com.au>",
        subject="Working together on passive-house builds",
        date="Thu, 19 Nov 2026 18:00:00 +1100",
    )
    record = triaged_one(kindly, mail, profile=architect(tmp_path))
    assert record["decision"] == "accept"
    assert record["goal"] == "find_clients"
    assert "I'll have to pass" not in record["draft"]


def test_a_seller_or_a_rival_who_wants_to_work_with_architects_is_no_referral_partner(tmp_path: Path) -> None:
    profile = load_profile(architect(tmp_path))
    assert referral_partner(profile, BUILDER) == "work with architects who design to that standard"
    # a seller of what the work uses
    assert not referral_partner(
        profile,
        "I'm the sales manager at Clearview Glazing. We'd love to work with architects who design passive-house "
        "homes - our triple-glazed systems are certified. Could we grab a coffee?",
    )
    # a rival of the same trade, however it says so
    assert not referral_partner(
        profile,
        "I run a small architecture practice in Brunswick and we're keen to work with architects who design "
        "passive-house homes. Coffee?",
    )
    assert not referral_partner(
        profile,
        "I'm a builder in Coburg doing passive-house homes and keen to work with other architects. Coffee?",
    )
    # a partnership about nothing of the goal's work
    assert not referral_partner(
        profile,
        "I run Hartley Build, a small builder. We're keen to work with architects on a charity fun run.",
    )


# -- a client of another kind than the goal names -----------------------------------------------------------------------


WEDDING_PLANNER = (
    "Hi Elena!\n\nI'm a wedding planner in San Francisco. One of my couples fell in love with your vineyard on "
    "Westside Road and\nis getting married Saturday, September 18, 2027, about 120 guests. Do you host weddings, "
    "and if so what would a\nceremony among the vines and dinner on the terrace cost?\n\nChloe Park\n"
    "Chloe & Marc Events\n"
)


def triage_mail(
    kindly: Kindly, folder: Path, body: str, sender: str, subject: str, profile: str = WINEMAKER
) -> dict[str, object]:
    folder.mkdir(exist_ok=True)
    mail = eml(
        folder / "mail.eml", body, sender=sender, subject=subject, date="Sun, 22 Nov 2026 19:45:00 -0800"
    )
    return triaged_one(kindly, mail, profile=profile_file(profile, folder))


def test_a_wedding_planner_asking_for_a_venue_is_no_client_of_a_goal_for_restaurants_and_wine_shops(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triage_mail(
        kindly,
        tmp_path,
        WEDDING_PLANNER,
        sender="Chloe & Marc Events <hello@chloemarcevents.com>",
        subject="Vineyard wedding inquiry - September 2027",
    )
    assert record["decision"] == "decline"
    assert record["reason_code"] == "not_a_fit"
    assert "weekend" not in str(record["draft"])


def test_a_wedding_planner_stays_a_client_of_a_goal_that_names_weddings(
    kindly: Kindly, tmp_path: Path
) -> None:
    venue = signed_winemaker(
        clients=varied(
            WINE_TRADE, description="Couples and wedding planners who want a vineyard ceremony", targets=[]
        )
    )
    record = triage_mail(
        kindly,
        tmp_path,
        WEDDING_PLANNER,
        sender="Chloe & Marc Events <hello@chloemarcevents.com>",
        subject="Vineyard wedding inquiry - September 2027",
        profile=venue,
    )
    assert record["decision"] == "accept"


def test_a_wine_bar_owner_and_a_restaurants_chef_stay_clients_of_that_goal(
    kindly: Kindly, tmp_path: Path
) -> None:
    bar = triage_mail(
        kindly,
        tmp_path / "bar",
        "Hi Elena, I run a small wine bar in Oakland and I'd love to carry your Zinfandel. Could we set up a tasting "
        "next week?\n\nPriya\n",
        sender="Priya Nair <priya@theoakroom.example.com>",
        subject="Your Zinfandel for our bar",
    )
    assert bar["decision"] == "accept"
    chef = triage_mail(
        kindly,
        tmp_path / "chef",
        "Hi Elena, I'm the chef at The Lark in Sebastopol. We would like to order some of your Zinfandel for our "
        "list. Could we set up a tasting next week?\n\nRuth\n",
        sender="Ruth Alvarez <ruth@thelark.example.com>",
        subject="Tasting?",
    )
    assert chef["decision"] == "accept"
