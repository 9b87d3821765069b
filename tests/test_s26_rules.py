"""Never-rules users wrote that kindly still missed (session 26, rules): Rosa Delgado, a brand strategist in Chicago
(tests/personas.py: rules_profile), and Mateo Okafor, a product designer in Toronto (rules26_profile). An NDA asked
before an intro call is an invitation to that call; an organiser's happy hour is an event, not friends' plans; a
rule "outside my state" (or province) is weighed by where the talk is; a rule about a podcast's audience or a
panel's speakers asks for the fact a message leaves unsaid, rather than decide blind."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from kindly.decide.open_gathering import organised_gathering
from kindly.decide.rules import never_rule_hit
from kindly.decide.rules.place_limit import place_limit
from kindly.model import Intent
from kindly.profile import Profile
from kindly.understand.meeting_on_condition import meeting_on_condition
from personas import rules26_profile, rules_profile, to_rules26_mateo, to_rules_rosa
from support import Kindly, profile_file, triaged_one


def _to_rosa(
    kindly: Kindly, tmp_path: Path, rule: str, sender: str, subject: str, body: str
) -> dict[str, Any]:
    """The triage record of a mail to Rosa, with `rule` as her one never-rule (none where empty)."""
    mail = to_rules_rosa(tmp_path / "mail.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(rules_profile(*filter(None, [rule])), tmp_path))


def _to_mateo(
    kindly: Kindly, tmp_path: Path, rule: str, sender: str, subject: str, body: str
) -> dict[str, Any]:
    """The triage record of a mail to Mateo, with `rule` as his one never-rule."""
    mail = to_rules26_mateo(tmp_path / "mail.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(rules26_profile(rule), tmp_path))


# -- 1. "never sign NDAs before a first call": an NDA asked before a call is an invitation to the call -----------------

NDA_FIRST = "never sign NDAs before a first call"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Hi Rosa,\n\nWe're working on a confidential new brand. Before we hop on an intro call, please sign the "
            "attached NDA and send it back.\n\nAaron Blake\n",
            id="before-we-hop-on",
        ),
        pytest.param(
            "Hi Rosa,\n\nWe're working on a confidential rebrand of our bakery chain. Once you've signed the NDA, we "
            "can set up a quick call.\n\nNina Park\n",
            id="once-signed",
        ),
        pytest.param(
            "Hi Rosa,\n\nBefore our first meeting, could you complete the attached confidentiality agreement? Then we "
            "can tell you about the rebrand.\n\nOmar Haddad\n",
            id="before-our-first-meeting",
        ),
    ],
)
def test_an_nda_asked_before_a_call_is_the_call_and_the_rule_is_said(
    kindly: Kindly, tmp_path: Path, body: str
) -> None:
    record = _to_rosa(kindly, tmp_path, NDA_FIRST, "Founder <founder@newbrand.example>", "Quick intro", body)
    assert record["reason_code"] != "not_invitation", record["reason"]
    draft = record.get("draft") or ""
    assert "firm rule against signing NDAs before a first call" in draft, record["reason"]


def test_an_nda_asked_before_a_call_is_weighed_without_the_rule_too(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_rosa(
        kindly,
        tmp_path,
        "",
        "Aaron Blake <aaron@newbrand.example>",
        "Confidential project - NDA first",
        "Hi Rosa,\n\nWe're working on a confidential new brand. Before we hop on an intro call, please sign the "
        "attached NDA and send it back.\n\nAaron Blake\n",
    )
    assert record["reason_code"] != "not_invitation", record["reason"]


@pytest.mark.parametrize(
    "text",
    [
        "Please sign the attached contract and return it by Friday.",
        "Before the call on Friday, please review the agenda.",
        "Thanks for signing the NDA last week - it's filed.",
        "After you have returned the signed form, let's schedule a discovery call.",
        "Pls sign the attached Bayou Drilling NDA and fax back to x3-9911. Thanks.",
    ],
)
def test_no_meeting_is_read_where_none_waits_on_an_nda(text: str) -> None:
    assert meeting_on_condition(text) == ""


# -- 2. "no alcohol-centered events": an organiser's happy hour is an event, friends' drinks stay personal -------------


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        pytest.param(
            "You're invited: Brands & Brews happy hour",
            "Hi Rosa,\n\nYou're invited to Brands & Brews, our monthly happy hour for marketers - craft beer, an open "
            "bar and good people. December 17, 6pm at Half Acre.\n\nMia Chen\n",
            id="monthly-for-marketers",
        ),
        pytest.param(
            "Founders Friday happy hour",
            "Hi Rosa,\n\nJoin us at the Founders Friday happy hour on December 11 - open to all early-stage founders "
            "in Chicago. RSVP on Luma.\n\nTheo Wright\n",
            id="open-to-all",
        ),
        pytest.param(
            "Quarterly happy hour is back",
            "Hi Rosa,\n\nThe Chicago Design Collective quarterly happy hour is back on December 15 at 6pm! Register "
            "here to save your spot.\n\nLena Ortiz\n",
            id="quarterly-register",
        ),
    ],
)
def test_an_organisers_happy_hour_is_an_event_the_rule_declines(
    kindly: Kindly, tmp_path: Path, subject: str, body: str
) -> None:
    record = _to_rosa(
        kindly, tmp_path, "no alcohol-centered events", "Host <host@events.example>", subject, body
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "firm rule against alcohol-centered events" in record["draft"]


@pytest.mark.parametrize(
    "text",
    [
        "A few of us are doing happy hour Friday after work - want to join?",
        "Happy hour at my place for the team this Friday, come by!",
        "Miss you! Happy hour next week, just the four of us?",
    ],
)
def test_friends_happy_hour_stays_personal_plans(text: str) -> None:
    assert organised_gathering(text, "happy hour") == ""


def test_only_the_words_of_a_gathering_are_read_again() -> None:
    # a birthday for marketers is still someone's birthday
    assert organised_gathering("My monthly birthday drinks for marketers!", "birthday") == ""


# -- 3. "no unpaid speaking outside my state": the talk's place, weighed by the gazetteer ----------------------------


def _rosa(*never: str) -> Profile:
    return Profile.model_validate(tomllib.loads(rules_profile(*never)))


def _mateo(*never: str, holidays: str = "CA-ON") -> Profile:
    return Profile.model_validate(tomllib.loads(rules26_profile(*never, holidays=holidays)))


@pytest.mark.parametrize(
    ("text", "holds"),
    [
        pytest.param(
            "Could you give a talk to our chamber in Naperville on February 3? It's unpaid, I'm afraid.",
            False,
            id="naperville-illinois",
        ),
        pytest.param(
            "Could you give a talk at our founders' breakfast in Detroit on February 3? It's unpaid, I'm afraid.",
            True,
            id="detroit-michigan",
        ),
        pytest.param(
            "Would you speak at our meetup in St. Louis in March? We're volunteer-run and can't pay speakers.",
            True,
            id="st-louis",
        ),
        pytest.param(
            "Would you speak at our virtual meetup in March? We're volunteer-run and can't pay speakers.",
            False,
            id="virtual",
        ),
    ],
)
def test_an_unpaid_talk_is_outside_her_state_only_where_its_place_is(text: str, holds: bool) -> None:
    for rule in ("no unpaid speaking outside my state", "no unpaid talks out of state"):
        hit = never_rule_hit(_rosa(rule), text, Intent.SPEAKING_INVITATION)
        assert (hit is not None) is holds, (rule, hit)


def test_a_talk_in_another_state_says_where_in_its_evidence() -> None:
    text = "Would you speak at our MKE Marketers meetup in Milwaukee, Wisconsin? We can't pay speakers."
    hit = never_rule_hit(_rosa("no unpaid speaking outside my state"), text, Intent.SPEAKING_INVITATION)
    assert hit is not None
    assert '"outside my state": "Wisconsin" is outside Illinois' in hit[1]


@pytest.mark.parametrize(
    ("subject", "body", "holds"),
    [
        pytest.param(
            "Talk at Ottawa Design Night?",
            "Hi Mateo,\n\nWould you give a talk at Ottawa Design Night in Ottawa on January 21? We're a volunteer "
            "meetup, so there's no speaker fee.\n\nClaire Dubois\n",
            False,
            id="ottawa-ontario",
        ),
        pytest.param(
            "Talk at Montreal UX?",
            "Hi Mateo,\n\nWould you give a talk at Montreal UX in Montreal, Quebec on January 21? We're a volunteer "
            "meetup, so there's no speaker fee.\n\nClaire Dubois\n",
            True,
            id="montreal-quebec",
        ),
    ],
)
def test_his_province_is_the_region_of_his_holidays(
    kindly: Kindly, tmp_path: Path, subject: str, body: str, holds: bool
) -> None:
    rule = "no unpaid talks outside my province"
    record = _to_mateo(kindly, tmp_path, rule, "Claire Dubois <claire@designnight.example>", subject, body)
    said = "firm rule against unpaid talks outside my province" in (record.get("draft") or "")
    assert ((record["reason_code"] == "never_do") and said) is holds, record["reason"]


@pytest.mark.parametrize(
    ("body", "asked"),
    [
        pytest.param(
            "Hi Rosa,\n\nWould you speak at our marketers meetup on January 14? We're volunteer-run, so we can't pay "
            "speakers, but we'd love to have you.\n\nKyle Jensen\n",
            True,
            id="unpaid-nowhere-said",
        ),
        pytest.param(
            "Hi Rosa,\n\nWould you speak at our marketers meetup on January 14? We pay speakers $500.\n\nKyle Jensen\n",
            False,
            id="paid",
        ),
    ],
)
def test_an_unpaid_talk_that_says_nowhere_is_asked_where(
    kindly: Kindly, tmp_path: Path, body: str, asked: bool
) -> None:
    record = _to_rosa(
        kindly,
        tmp_path,
        "no unpaid speaking outside my state",
        "Kyle Jensen <kyle@marketers.example>",
        "Speak at our meetup?",
        body,
    )
    assert ("where will it be held?" in (record.get("draft") or "")) is asked, record["reason"]
    assert record["reason_code"] != "never_do", record["reason"]


def test_a_place_rule_whose_region_the_profile_does_not_give_is_read_as_before() -> None:
    rule = "no unpaid talks outside my province"
    assert place_limit(rule, _mateo(holidays="none")) is not None
    text = "Would you give a talk in Montreal? We can't pay speakers."
    hit = never_rule_hit(_mateo(rule, holidays="none"), text, Intent.SPEAKING_INVITATION)
    assert hit is not None and any("not in your profile" in note for note in hit[1]), hit


def test_words_in_capitals_that_name_no_place_are_no_place_limit() -> None:
    assert place_limit("no calls outside Office Hours", _rosa()) is None


# -- 4. "no podcasts with under 1,000 listeners": a podcast that gives no audience size is asked -------------------


@pytest.mark.parametrize(
    ("rule", "subject", "body", "question"),
    [
        pytest.param(
            "no podcasts with under 1,000 listeners",
            "Guest on Brand Bites?",
            "Hi Rosa,\n\nI host Brand Bites, a podcast on marketing for founders. Would you be a guest in January?"
            "\n\nLeo Grant\n",
            "roughly how many listeners does it reach?",
            id="podcast-listeners",
        ),
        pytest.param(
            "podcasts under 500 downloads",
            "Come on our podcast?",
            "Hi Rosa,\n\nOur podcast, Market Moves, just launched. Would you come on to talk about positioning?"
            "\n\nIvy Long\n",
            "roughly how many listeners does it reach?",
            id="podcast-downloads",
        ),
    ],
)
def test_a_podcast_that_gives_no_audience_size_is_asked_how_large_it_is(
    kindly: Kindly, tmp_path: Path, rule: str, subject: str, body: str, question: str
) -> None:
    record = _to_rosa(kindly, tmp_path, rule, "Host <host@podcast.example>", subject, body)
    assert record["decision"] == "ask_details", record["reason"]
    assert question in record["draft"]
    assert "firm rule against" in record["draft"]


def test_a_podcast_that_gives_its_audience_is_weighed_on_it(kindly: Kindly, tmp_path: Path) -> None:
    rule = "no podcasts with under 1,000 listeners"
    small = _to_rosa(
        kindly,
        tmp_path,
        rule,
        "Leo Grant <leo@brandbites.example>",
        "Guest on Brand Bites?",
        "Hi Rosa,\n\nI host Brand Bites, a new podcast with about 300 listeners per episode. Would you be a guest?"
        "\n\nLeo Grant\n",
    )
    assert (small["decision"], small["reason_code"]) == ("decline", "never_do"), small["reason"]


def test_a_coffee_that_mentions_a_podcast_asks_nothing_of_its_audience(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_rosa(
        kindly,
        tmp_path,
        "no podcasts with under 1,000 listeners",
        "Sam Lee <sam.lee@uic.example>",
        "Coffee?",
        "Hi Rosa,\n\nI loved your episode on a marketing podcast last month. I'm a marketing student at UIC - could I "
        "buy you a coffee and hear how you started your studio?\n\nSam Lee\n",
    )
    assert "listeners" not in (record.get("draft") or ""), record["reason"]


def test_a_newsletter_rule_asks_for_its_readers() -> None:
    from kindly.decide.rules.unstated import detail_unstated

    text = "Would you write a guest post for our newsletter on product design?"
    found = detail_unstated(
        _mateo("no newsletters with fewer than 5,000 readers"), text, Intent.PARTNERSHIP_PROPOSAL
    )
    assert found is not None and found.question == "Roughly how many readers does it reach?"


# -- 5. "no panels without a woman": a panel that says nothing of who is on it is asked -----------------------------


@pytest.mark.parametrize("rule", ["no panels without a woman on them", "no all-male panels"])
def test_a_panel_that_says_nothing_of_its_speakers_is_asked_who_else_is_on_it(
    kindly: Kindly, tmp_path: Path, rule: str
) -> None:
    record = _to_mateo(
        kindly,
        tmp_path,
        rule,
        "Joe Park <joe@designcon.example>",
        "Panel at DesignCon",
        "Hi Mateo,\n\nWould you join our panel on design systems at DesignCon Toronto on January 20?\n\nJoe Park\n",
    )
    assert record["decision"] == "ask_details", record["reason"]
    assert "who else will be on the panel?" in record["draft"]


@pytest.mark.parametrize(
    ("body", "asked"),
    [
        pytest.param(
            "Would you join our panel on design systems? You'd be with Priya Nair (Shopify) and Tom Reed.",
            False,
            id="panelists-named",
        ),
        pytest.param(
            "Would you join our panel on design systems? Two women founders are confirmed so far.",
            False,
            id="women-said",
        ),
        pytest.param("Would you give the keynote at DesignCon on January 20?", False, id="a-keynote"),
        pytest.param("Would you join our panel on design systems on January 20?", True, id="nothing-said"),
    ],
)
def test_only_a_panel_whose_speakers_are_unsaid_is_asked(body: str, asked: bool) -> None:
    from kindly.decide.rules.unstated import detail_unstated

    found = detail_unstated(_mateo("no all-male panels"), body, Intent.SPEAKING_INVITATION)
    assert (found is not None) is asked, found


def test_a_panel_said_to_be_all_men_is_declined(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_mateo(
        kindly,
        tmp_path,
        "no all-male panels",
        "Joe Park <joe@designcon.example>",
        "Panel at DesignCon",
        "Hi Mateo,\n\nWe have an all-male panel on design systems at DesignCon on January 20 - would you join it?"
        "\n\nJoe Park\n",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
