"""Goal fit meets a goal written in general words where a message names a kind of it."""

from __future__ import annotations

from kindly.decide.assess import assess
from kindly.decide.fit import Evidence, best_fit, goal_fits
from kindly.decide.related import implied_stems
from kindly.ingest.pasted import text_message
from kindly.model import Intent
from kindly.profile import load_profile
from support import EXAMPLES

PROFILE = load_profile(EXAMPLES / "profile.toml")  # 0 clients (design studios), 3 the print shop's financing


def test_a_kind_implies_its_general_word_and_remembers_the_word_used() -> None:
    implied = implied_stems("we run a four-person branding shop and just leased two risographs")
    assert implied["design"] == "branding shop"
    assert implied["studio"] == "branding shop"
    assert implied["equipment"] == "risograph"
    assert implied["financ"] == "lease"


def test_words_with_an_everyday_other_meaning_imply_nothing() -> None:
    assert implied_stems("see the press release; my books club meets on tuesday") == {}
    assert implied_stems("the machine-learning team") == {}  # a hyphenated compound is another word


def test_a_branding_shop_owner_introduced_is_a_prospective_client() -> None:
    intro = (
        "Dana, meet Ines - she runs a five-person brand identity shop in Sellwood and does her own books at "
        "midnight. Ines, Dana is the numbers person I told you about. I'll let you two take it from here."
    )
    fits = goal_fits(PROFILE, Intent.INTRODUCTION, Evidence("Jo <jo@x.example>", intro))
    best = best_fit(PROFILE, fits)
    assert best is not None and best.goal_index == 0
    assert any("design (as brand identity shop)" in note for note in best.evidence)


def test_a_lender_for_machinery_serves_the_print_shop_financing() -> None:
    offer = (
        "Hi Dana, Willow Creek Credit Union finances presses and finishing machinery for small print shops - "
        "terms up to seven years. Could we meet for coffee to talk about your client's new print room?"
    )
    fits = goal_fits(PROFILE, Intent.COFFEE_CHAT, Evidence("Ruth <ruth@willowcreek.example>", offer))
    best = best_fit(PROFILE, fits)
    assert best is not None and best.goal_index == 3
    assert fits[3].score > fits[0].score


def test_a_target_that_is_a_name_is_met_by_its_own_words_only() -> None:
    # "Creative Finance Circle" is a name: an animation outfit and a loan do not half-name it
    text = "Our animation outfit is looking for a loan; any circle of advisers you'd recommend?"
    fit = goal_fits(PROFILE, Intent.COFFEE_CHAT, Evidence("Max <max@x.example>", text))[4]
    assert not any("Creative Finance Circle" in note for note in fit.evidence)


def test_the_evidence_names_the_word_the_message_used() -> None:
    message = text_message(
        "pasted",
        "Lena Park <lena@ternandtide.example>",
        "books?",
        "Hi Dana, I run a six-person branding studio and our books are a mess. Do you take on studios our size? "
        "What would monthly bookkeeping cost?",
    )
    assessment = assess(message, Intent.CLIENT_INQUIRY, PROFILE)
    assert "design (as branding studio)" in "; ".join(assessment.fits[0].evidence)


def test_words_of_another_meaning_imply_nothing_of_the_trade() -> None:
    assert implied_stems("a machine learning engineer, lending a hand") == {}
    assert implied_stems("I'm a solutions architect; we architected the rollout") == {}
    assert implied_stems("a workshop on personal branding; by way of illustration; follow the signage") == {}


def test_one_creative_word_does_not_make_another_trades_event_the_users_audience() -> None:
    # a photographer on site for headshots does not make a dentists' summit one for creative studios
    talk = (
        "Paid talk on cash flow at the Dental Practice Summit, a conference for dentists and orthodontists. "
        "A photographer will be on site for free headshots. Would you speak?"
    )
    fit = goal_fits(PROFILE, Intent.SPEAKING_INVITATION, Evidence("Org <org@summit.example>", talk))[1]
    assert any(note.startswith("it is for dental") for note in fit.evidence)


def test_owners_of_a_small_business_name_the_target_in_so_many_words() -> None:
    intro = (
        "I'd like to introduce you to Kim Alvarez and Joe Park, owners of a small business in Sellwood that is "
        "drowning in receipts. They need someone to take over their monthly books."
    )
    fit = goal_fits(PROFILE, Intent.INTRODUCTION, Evidence("Jo <jo@x.example>", intro))[0]
    assert 'target "small business owners" matched word by word (100%)' in fit.evidence
    # the words far apart ("local business owners ... our Small Business Lending team") name no one
    event = "Local business owners are welcome at our open house. Meet our Small Business Lending team."
    fit = goal_fits(PROFILE, Intent.EVENT_INVITATION, Evidence("CU <cu@x.example>", event))[0]
    assert not any("small business owners" in note for note in fit.evidence)


def test_a_label_and_packaging_shop_is_a_design_studio() -> None:
    assert (
        implied_stems("Kenji runs a little packaging and label shop in Hood River")["design"] == "label shop"
    )
