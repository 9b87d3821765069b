"""Corrections are remembered: the same mistake is not repeated for that sender or for similar messages."""

from __future__ import annotations

from kindly.model import Intent, Understanding
from kindly.understand.classify import load_shipped_model
from kindly.understand.memory import Correction, CorrectionMemory

PITCH = "Hi Dana, our agency builds lead generation funnels for consultants. Can I show you a quick demo on Thursday?"


def model_said(intent: Intent) -> Understanding:
    return Understanding(
        is_invitation=intent is not Intent.NONE, intent=intent, purpose_clear=True, confidence=0.6
    )


def memory(*corrections: Correction) -> CorrectionMemory:
    return CorrectionMemory(load_shipped_model(), corrections)


def test_a_correction_applies_to_the_next_similar_message_from_that_sender() -> None:
    remembered = memory(Correction("rep@funnels.example", "Quick demo?", PITCH, Intent.SALES_PITCH))
    later = "Hi Dana, following up: our agency builds funnels for consultants - a short demo next week?"
    result = remembered.apply(model_said(Intent.COFFEE_CHAT), "rep@funnels.example", "Following up", later)
    assert result.intent is Intent.SALES_PITCH and result.is_invitation
    assert result.evidence[0].startswith(
        "corrected by you: a similar message from this sender is sales_pitch"
    )


def test_an_almost_identical_message_from_anyone_is_corrected_too() -> None:
    remembered = memory(Correction("rep@funnels.example", "Quick demo?", PITCH, Intent.SALES_PITCH))
    result = remembered.apply(model_said(Intent.COFFEE_CHAT), "other@funnels.example", "Quick demo?", PITCH)
    assert result.intent is Intent.SALES_PITCH
    assert "another sender" in result.evidence[0]


def test_unrelated_messages_keep_the_models_answer() -> None:
    remembered = memory(Correction("rep@funnels.example", "Quick demo?", PITCH, Intent.SALES_PITCH))
    unrelated = "Would you speak at our spring conference on pricing for design studios?"
    original = model_said(Intent.SPEAKING_INVITATION)
    assert remembered.apply(original, "events@conf.example", "Speaking", unrelated) == original
    assert remembered.apply(original, "rep@funnels.example", "Speaking", unrelated) == original


def test_a_correction_to_none_makes_the_message_a_non_invitation() -> None:
    note = "Thanks for lunch yesterday, it was great to catch up."
    remembered = memory(Correction("pal@friends.example", "lunch", note, Intent.NONE))
    result = remembered.apply(model_said(Intent.COFFEE_CHAT), "pal@friends.example", "lunch", note)
    assert result.intent is Intent.NONE and not result.is_invitation and result.purpose_clear is None


def test_a_corrected_purpose_is_certain_and_an_uncorrected_one_keeps_its_own_probability() -> None:
    from dataclasses import replace as with_

    from kindly.model import Understanding

    model_said = Understanding(False, Intent.NONE, None, 0.9, purpose_confidence=0.7)  # P(vague) = 0.7
    told = memory(Correction("a@x.example", "hi", "lunch soon?", Intent.COFFEE_CHAT, purpose_clear=True))
    corrected = told.apply(model_said, "a@x.example", "hi", "lunch soon?")
    assert (corrected.purpose_clear, corrected.purpose_confidence) == (True, 1.0)
    untold = memory(Correction("a@x.example", "hi", "lunch soon?", Intent.COFFEE_CHAT))
    corrected = untold.apply(model_said, "a@x.example", "hi", "lunch soon?")
    assert (corrected.purpose_clear, corrected.purpose_confidence) == (False, 0.7)  # the head said vague
    invitation = with_(model_said, is_invitation=True, intent=Intent.SALES_PITCH, purpose_clear=True)
    assert untold.apply(invitation, "a@x.example", "hi", "lunch soon?").purpose_confidence == 0.7
