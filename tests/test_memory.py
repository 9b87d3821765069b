"""Corrections are remembered: the same mistake is not repeated for that sender or for similar messages."""

from __future__ import annotations

from kindly.model import Intent, Understanding
from kindly.understand.classify import load_shipped_model
from kindly.understand.features import model_text
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


def test_every_correction_is_compared_by_the_cosine_of_its_words() -> None:
    # The inverted index gives the same similarities as comparing the message with each correction in turn.
    texts = [
        PITCH,
        "Would you speak on our panel about pricing at the conference in May?",
        "Coffee next week? I would love to hear how you priced your first retainers.",
        "Our agency builds funnels for consultants and coaches.",
    ]
    remembered = memory(*(Correction(f"c{n}@x.org", "", text, Intent.NONE) for n, text in enumerate(texts)))
    model = load_shipped_model()
    rows = model.features([model_text("", text) for text in texts])
    [idx], [val] = model.features([model_text("", PITCH + " Would Thursday suit you?")])
    expected = [
        sum(
            dict(zip(i.tolist(), v.tolist(), strict=True)).get(t, 0.0) * w
            for t, w in zip(idx.tolist(), val.tolist(), strict=True)
        )
        for i, v in zip(*rows, strict=True)
    ]
    assert remembered.similarities(idx, val).round(9).tolist() == [round(e, 9) for e in expected]


def test_the_most_similar_of_many_corrections_wins_and_an_empty_memory_matches_nothing() -> None:
    close = Correction("a@x.org", "", PITCH, Intent.COFFEE_CHAT)
    far = Correction("b@x.org", "", "Our agency builds funnels for consultants.", Intent.SALES_PITCH)
    found = memory(far, close).match("c@y.org", "", PITCH)
    assert found is not None and found[0] is close and found[1] > 0.99
    assert memory().match("c@y.org", "", PITCH) is None


def test_messages_that_share_no_words_are_not_alike_however_empty() -> None:
    # an empty correction and a message in a script the model has no words for share only cue markers
    assert memory(Correction("a@x.org", "", "", Intent.NONE)).match("b@y.org", "", "qqqq") is None
