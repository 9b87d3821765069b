"""Seventeenth session, a winemaker's inbox: Elena Marchetti makes dry-farmed Zinfandel in Sonoma County and
networks for trade clients, a group of small sustainable growers, credibility at trade events and her new
release. What kindly read wrongly in her mail, as examples of use."""

from __future__ import annotations

import re
from pathlib import Path

from kindly.decide.words import compound_stems
from personas import winemaker_profile
from support import Kindly, eml, incoming, profile_file, triaged, triaged_one

WRITTEN = "Mon, 30 Nov 2026 10:00:00 -0800"

WINEMAKER = winemaker_profile()


def triage_mail(kindly: Kindly, tmp_path: Path, body: str, sender: str, subject: str) -> dict[str, object]:
    mail = eml(tmp_path / "mail.eml", body, sender=sender, subject=subject, date=WRITTEN)
    return triaged_one(kindly, mail, profile=profile_file(WINEMAKER, tmp_path))


# -- a compound said with a hyphen or without one is the same words ----------------------------------------------


def test_a_panel_on_dry_farming_serves_a_goal_to_speak_about_dry_farmed_zinfandel(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triage_mail(
        kindly,
        tmp_path,
        "Dear Elena,\n\nI'm putting together a panel on dry farming for the Sustainable Winegrowing Summit in "
        "Santa Rosa on Thursday, March 4, 2027. The panel runs 10:30 to 11:30am and would be you, a grower from "
        "Paso Robles and a UC Davis researcher. Panellists receive a $500 honorarium and a pass for both days.\n\n"
        "Would you be willing to join us?\n\nAlan Pierce, PhD\nProgram Chair, Sustainable Winegrowing Summit\n",
        sender="Dr. Alan Pierce <apierce@sustainablewinegrowing.org>",
        subject="Panel invitation: dry farming in a hotter climate",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "build credibility" in str(record["reason"])


def test_words_said_apart_meet_their_hyphenated_compound_and_its_parts() -> None:
    assert "dry-farm" in compound_stems("a panel on dry farming")  # meets the profile's "dry-farmed"
    assert {"dry", "farm"} <= compound_stems("our dry-farmed vineyard")  # meets a profile's "dry farming"


def test_a_compound_is_only_words_said_side_by_side_and_a_prefix_names_no_part() -> None:
    assert "dry-farm" not in compound_stems("a dry summer for farming")  # not side by side
    assert "dry-farm" not in compound_stems("the dry. Farming is hard")  # a sentence ends between them
    assert "profit" not in compound_stems("we are a non-profit")  # "non-profit" is no profit
    assert "employ" not in compound_stems("she is self-employed")
    assert not compound_stems("a one-on-one chat, a state-of-the-art winery") & {"one", "state", "art"}


# -- the overpayment scam paid by wire, not by cheque -------------------------------------------------------------


def test_an_overseas_buyer_who_will_wire_more_than_the_invoice_and_wants_the_excess_sent_on_is_a_scam(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triage_mail(
        kindly,
        tmp_path,
        "Dear Sir/Madam,\n\nWe are an importer in Lagos and we wish to purchase 200 cases of your red wines for a "
        "client. Payment will be by wire transfer. Our client will send USD 48,000 which is more than the invoice; "
        "kindly refund the excess to our shipping agent by Western Union so they can arrange collection from your "
        "winery.\n\nPlease send your banking details urgently.\n\nRichard Okonkwo\nDirector, RO Global Trading Ltd\n",
        sender="Mr. Richard Okonkwo <richardokonkwo.trading@gmail.com>",
        subject="PURCHASE ORDER - 200 CASES",
    )
    assert record["decision"] == "ignore"
    assert "scam" in str(record["reason"])
    assert "more than the" in str(record["reason"])
    assert record["draft"] is None


def test_a_buyer_who_paid_too_much_by_mistake_and_asks_for_it_back_is_no_scam(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triage_mail(
        kindly,
        tmp_path,
        "Hi Elena,\n\nOur bookkeeper paid more than the invoice last week by mistake - could you refund the "
        "difference to our account? And while I have you: could we set up a tasting of the 2024 Zinfandel for "
        "our new list one morning next week?\n\nThanks,\nRuth Calloway\nBeverage Manager, The Lark\n",
        sender="Ruth Calloway <ruth@thelarkhealdsburg.com>",
        subject="invoice + tasting",
    )
    assert "scam" not in str(record["reason"])
    assert record["decision"] != "ignore"


def test_only_a_compound_of_a_verbs_form_is_read_both_ways() -> None:
    assert {"family-own", "plant-bas"} <= compound_stems("a family owned winery, plant based labels")
    assert "east-end" not in compound_stems("how things are going in the east end")  # a place, maybe
    assert "industry" not in compound_stems("our creative-industries group")


# -- a yes with nothing to meet for proposes no later time, even in a full week ----------------------------------

COLLECTIVE = """\
From: Nora Field <nora@smallgrowerscollective.org>
Subject: Join the Sonoma Small Growers Collective?
Date: Fri, 27 Nov 2026 10:30:00 -0800

Hi Elena,

The Sonoma Small Growers Collective is a group of about 20 family wineries under 5,000 cases, most of us \
certified sustainable or farming organically. We meet monthly in Sebastopol to share equipment, crews and \
what's working in the vineyard. There's no membership fee.

Our next meeting is Thursday, December 3 at 1pm. Would you like to come along?

Nora Field
Coordinator, Sonoma Small Growers Collective
"""

REPOST = """\
From: Sonoma Sips (Instagram @sonomasips)
Subject: Instagram DM
Date: Mon, 30 Nov 2026 09:45:00 -0800

Hi! We're a Sonoma wine page (120k followers) and we'd love to share your 2024 Dry Creek Zinfandel release in \
our stories this week - free, we just love supporting small family producers. Could you send us a couple of \
photos of the bottle and a line about the vintage?
"""


def test_an_offer_to_share_the_release_in_a_full_week_is_said_yes_to_without_an_empty_time(
    kindly: Kindly, tmp_path: Path
) -> None:
    """Her two networking hours of that week go to the growers' meeting; the page's offer still gets its yes."""
    (tmp_path / "collective.txt").write_text(COLLECTIVE, encoding="utf-8")
    (tmp_path / "repost.txt").write_text(REPOST, encoding="utf-8")
    two_hours = winemaker_profile(weekly_networking_hours=2)
    meeting, repost = triaged(
        kindly,
        tmp_path / "collective.txt",
        tmp_path / "repost.txt",
        profile=profile_file(two_hours, tmp_path),
    )
    assert meeting["decision"] == "accept"
    assert repost["reason_code"] == "accept_later"  # the week is full
    assert repost["decision"] == "accept"
    assert "I'd be glad for you to share it." in repost["draft"]
    assert "spoken for" not in repost["draft"]
    assert "would  work" not in repost["draft"]


# -- product asked for posts, as a condition ----------------------------------------------------------------------

FREE_CASES = """\
From: Skye Monroe (Instagram @sipwithskye)
Subject: Instagram DM
Date: Sat, 28 Nov 2026 18:20:00 -0800

Hiii Elena!! I'm a wine & lifestyle creator (48k followers) and I'm OBSESSED with your label. I'd love to \\
feature your new Zinfandel release! If you send me 2 cases I'll do a reel + 3 stories and tag you - amazing \\
exposure for a small brand. Let me know!
"""


def test_an_influencer_who_will_post_if_sent_free_cases_is_declined_by_the_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    (tmp_path / "dm.txt").write_text(FREE_CASES, encoding="utf-8")
    record = triaged_one(kindly, tmp_path / "dm.txt", profile=profile_file(WINEMAKER, tmp_path))
    assert record["decision"] == "decline"
    assert record["reason_code"] == "never_do"
    assert "free product for exposure" in record["draft"]
    assert "overview" not in record["draft"]  # no invitation to pitch again


def test_a_page_that_asks_for_photos_to_share_the_release_is_no_product_for_posts(
    kindly: Kindly, tmp_path: Path
) -> None:
    """Near miss: what a post is made of (photos, a line about the vintage) is no product given for it."""
    (tmp_path / "dm.txt").write_text(
        REPOST.replace(
            "Could you send us a couple of photos of the bottle and a line about the vintage?",
            "If you send us a couple of photos of the bottle, we'll share it in our stories.",
        ),
        encoding="utf-8",
    )
    assert "we'll share it in our stories" in (tmp_path / "dm.txt").read_text(encoding="utf-8")
    record = triaged_one(kindly, tmp_path / "dm.txt", profile=profile_file(WINEMAKER, tmp_path))
    assert record["reason_code"] != "never_do"
    assert record["decision"] == "accept"


# -- a competition by the name it runs under -----------------------------------------------------------------------


def competition(fee: str) -> str:
    return (
        "Dear Winemaker,\n\nThe 2027 Golden Vine International Wine Awards invite you to enter your finest wines. "
        "Gold medal winners receive a digital medal kit and placement in our winners' guide. Entry fee: "
        f"{fee} per wine (early bird until December 15). Enter online at goldenvineawards.com/enter.\n\n"
        "The Golden Vine Team\n"
    )


def test_wine_awards_with_an_entry_fee_over_the_limit_are_a_pay_to_enter_competition(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triage_mail(
        kindly,
        tmp_path,
        competition("$275"),
        sender="Golden Vine International Wine Awards <entries@goldenvineawards.com>",
        subject="Enter your Zinfandel - Early bird deadline",
    )
    assert record["decision"] == "decline"
    assert record["reason_code"] == "never_do"
    assert "pay-to-enter competitions over $200" in record["draft"]


def test_wine_awards_with_an_entry_fee_under_the_limit_are_not_ruled_out(
    kindly: Kindly, tmp_path: Path
) -> None:
    """Near miss: $85 a wine is no competition over $200."""
    record = triage_mail(
        kindly,
        tmp_path,
        competition("$85"),
        sender="Golden Vine International Wine Awards <entries@goldenvineawards.com>",
        subject="Enter your Zinfandel - Early bird deadline",
    )
    assert record["reason_code"] != "never_do"


# -- a reporter's ask for a few sentences is a comment, promised by the day, with nothing more to ask -----------


def test_a_reporter_asking_two_or_three_sentences_by_a_day_gets_a_comment_promised_without_asking_details(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triage_mail(
        kindly,
        tmp_path,
        "Hi Elena,\n\nI'm writing a piece for the Press Democrat on how small growers fared in the 2026 harvest - "
        "the September heat spike especially. Could you give me two or three sentences on how your dry-farmed "
        "Zinfandel came through? I need it by Friday, December 4. A short phone call works too if that's easier."
        "\n\nThanks,\nHannah Brooks\nWine & Food Reporter, The Press Democrat\n",
        sender="Hannah Brooks <hbrooks@pressdemocrat.com>",
        subject="Quote on the 2026 harvest?",
    )
    assert record["decision"] == "accept"
    assert "by Friday, December 4" in record["draft"]
    assert "send me the details" not in record["draft"]  # she said what she needs
    assert "4 hours" not in record["reason"]  # a few sentences are no afternoon's work


def test_a_line_about_the_vintage_for_a_post_is_no_comment_for_a_piece() -> None:
    """Near miss: one line asked for a post is what the post is made of."""
    from kindly.model import Intent
    from kindly.understand.extract import extract

    asked = "Could you send us a couple of photos of the bottle and a line about the vintage?"
    assert extract(incoming(asked), Intent.SPEAKING_INVITATION).format != "comment"
    assert extract(incoming(asked.replace("a line", "a line or two")), Intent.SPEAKING_INVITATION).format == (
        "comment"
    )


# -- the meal of the work a client asks about is no meal with the user --------------------------------------------


def test_a_wedding_dinner_whose_price_is_asked_is_not_read_as_a_dinner_with_the_user(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triage_mail(
        kindly,
        tmp_path,
        "Hi Elena!\n\nI'm a wedding planner in San Francisco. One of my couples fell in love with your vineyard on "
        "Westside Road and is getting married Saturday, September 18, 2027, about 120 guests. Do you host weddings, "
        "and if so what would a ceremony among the vines and dinner on the terrace cost?\n\nChloe Park\n"
        "Chloe & Marc Events\n",
        sender="Chloe & Marc Events <hello@chloemarcevents.com>",
        subject="Vineyard wedding inquiry - September 2027",
    )
    assert "dinner" not in str(
        record["draft"]
    )  # "so a dinner is hard for me" answered a dinner nobody offered
    assert "September 18" not in str(record["draft"])  # the couple's day is no day to refuse or confirm


def test_a_client_who_asks_the_user_to_dinner_still_proposes_a_dinner() -> None:
    """Near miss: a meal with the user, or one to talk over, is still the meeting's form; one catered is not."""
    from kindly.model import Intent
    from kindly.understand.extract import extract

    def form(text: str) -> str:
        return extract(incoming(text), Intent.CLIENT_INQUIRY).format

    assert (
        form("Would you have time for dinner next week to talk about pouring your wines at our bar?")
        == "dinner"
    )
    assert form("Could we discuss it over lunch? We'd like two cases a month for our list.") == "lunch"
    assert form("Could you pour for a private dinner for 40 guests in March?") != "dinner"


# -- the days and hours a buyer keeps for tastings -----------------------------------------------------------------


def test_a_buyers_quiet_afternoons_tuesday_to_friday_are_the_times_proposed(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triage_mail(
        kindly,
        tmp_path,
        "Hi Elena,\n\nI'm the wine director at Tessera in the Mission. We're rebuilding our by-the-glass list for "
        "January and I'd love to taste the new 2024 release.\n\nCould you send a couple of sample bottles, or would "
        "you rather come by and pour it for me? Afternoons between 2 and 4 are quiet here, any day Tuesday to "
        "Friday.\n\nBest,\nMaya Okafor\nWine Director, Tessera\n",
        sender="Maya Okafor <maya@tesserasf.com>",
        subject="Your Dry Creek Zinfandel for our by-the-glass list",
    )
    draft = str(record["draft"])
    assert "Tuesday works for me" not in draft  # "Tuesday to Friday" proposes no Tuesday
    times = re.findall(r"(\w+day), December \d+ at (\d+):(\d\d) (am|pm)", draft)
    assert len(times) == 2, draft
    for day, hour, _, half in times:
        assert day in ("Tuesday", "Wednesday", "Thursday", "Friday")
        assert half == "pm" and 2 <= int(hour) < 4


def test_a_span_of_weekdays_is_no_day_proposed_but_a_dated_span_still_is() -> None:
    from kindly.model import Intent
    from kindly.understand.extract import extract

    def when(text: str) -> str:
        return extract(incoming(text), Intent.CLIENT_INQUIRY).when

    assert when("Could you come by? I'm in Monday through Thursday, Tue-Fri for tastings.") == ""
    assert when("Could we meet Tuesday at 3pm?") == "Tuesday at 3pm"
    assert when("The fair runs Tuesday, December 8 to Friday, December 11. Could you come?") == (
        "Tuesday, December 8 to Friday, December 11"
    )


# -- an introduction declined asks the introducer for nothing ------------------------------------------------------

INTRODUCTION = """\
From: Sarah Kim <sarah@sarahkimwine.com>
Subject: Intro: Elena (Marchetti) <> Daniel (Vine & Vault, Petaluma)
Date: Mon, 30 Nov 2026 09:00:00 -0800

Hi Elena and Daniel,

Daniel, meet Elena Marchetti - she makes the dry-farmed Zinfandel I keep telling you about. Elena, Daniel \\
Reyes owns Vine & Vault in Petaluma and is building out a Sonoma section for spring.

I'll let you two take it from here!

Sarah
"""


# (the introduction above is of a buyer, a client whatever the week holds: tests/test_s17_clients.py; these two are
# of a fellow grower and of a newcomer)
INTRODUCTION_OF_A_GROWER = """\
From: Sarah Kim <sarah@sarahkimwine.com>
Subject: Intro: Elena (Marchetti) <> Luis (Herrera Vineyards)
Date: Mon, 30 Nov 2026 09:00:00 -0800

Hi Elena and Luis,

Luis, meet Elena Marchetti - she makes the dry-farmed Zinfandel I keep telling you about. Elena, Luis Herrera \
owns Herrera Vineyards in Sonoma and dry-farms old-vine Zinfandel too - you two should compare notes on dry farming \
and regenerative farming.

I'll let you two take it from here!

Sarah
"""
INTRODUCTION_OF_A_NEWCOMER = """\
From: Sarah Kim <sarah@sarahkimwine.com>
Subject: Intro: Elena (Marchetti) <> Tom (Becker)
Date: Mon, 30 Nov 2026 09:00:00 -0800

Hi Elena and Tom,

Tom, meet Elena Marchetti - she makes the dry-farmed Zinfandel I keep telling you about. Elena, Tom Becker is a \
software engineer who just moved to Healdsburg with his family.

I'll let you two take it from here!

Sarah
"""


def test_an_introduction_declined_for_a_full_week_offers_to_connect_later_not_to_hear_what_sarah_needs(
    kindly: Kindly, tmp_path: Path
) -> None:
    (tmp_path / "collective.txt").write_text(COLLECTIVE, encoding="utf-8")
    (tmp_path / "intro.txt").write_text(INTRODUCTION_OF_A_GROWER, encoding="utf-8")
    two_hours = winemaker_profile(weekly_networking_hours=2)
    _, intro = triaged(
        kindly, tmp_path / "collective.txt", tmp_path / "intro.txt", profile=profile_file(two_hours, tmp_path)
    )
    assert intro["decision"] == "decline" and intro["reason_code"] == "no_capacity"
    assert "what you're looking for" not in intro["draft"]
    assert "what you need" not in intro["draft"]
    assert "connect" in intro["draft"]  # later, when the week allows


def test_an_introduction_that_is_no_fit_is_declined_without_an_offer(kindly: Kindly, tmp_path: Path) -> None:
    (tmp_path / "intro.txt").write_text(INTRODUCTION_OF_A_NEWCOMER, encoding="utf-8")
    intro = triaged_one(kindly, tmp_path / "intro.txt", profile=profile_file(WINEMAKER, tmp_path))
    assert intro["decision"] == "decline"
    assert intro["draft"] is not None
    assert "what you're looking for" not in intro["draft"]
    assert "what you need" not in intro["draft"]
    assert "tell me a little more" not in intro["draft"]


# -- a buyer of the user's own goods, read as a pitch by the model --------------------------------------------------


def test_an_importer_interested_in_her_zinfandel_for_restaurants_is_a_client_not_a_pitch(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triage_mail(
        kindly,
        tmp_path,
        "Hello Elena, I am an importer in Tokyo specialising in small California family wineries. We are "
        "interested in your dry-farmed Zinfandel for restaurants in Tokyo and Osaka. Could we arrange a video call "
        "to discuss export pricing and allocation? Early December mornings your time would suit me.\n",
        sender="Kenji Sato <kenji@satoimports.co.jp>",
        subject="Your Zinfandel in Japan",
    )
    assert record["intent"] == "client_inquiry"
    assert record["decision"] == "accept"
    assert "isn't something I'm looking for" not in str(record["draft"])


def test_a_seller_interested_in_her_feedback_or_her_business_is_no_buyer(tmp_path: Path) -> None:
    """Near miss: what a seller wants of the user is not the user's goods."""
    from kindly.decide.client_need import goods_asked
    from kindly.profile import load_profile

    profile = load_profile(profile_file(WINEMAKER, tmp_path))
    assert goods_asked(profile, "We'd like to stock your 2024 Zinfandel in our shop.")
    assert not goods_asked(profile, "We are interested in your feedback on our platform for restaurants.")
    assert not goods_asked(profile, "We'd be very interested in your business for our clients.")
    assert not goods_asked(profile, "We place your wines with distributors in 12 states.")
    assert not goods_asked(profile, "I'd love to feature your new Zinfandel release!")
