"""The forms of a word (stems, plurals, -ing) and the words of a message by them: what both a rule's words and a
message's are compared by."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from kindly.decide.related import implied_stems
from kindly.decide.rule_words import nouns_of
from kindly.decide.rules.concepts import _F
from kindly.decide.words import fold, stem

_NEGATION = re.compile(r"\b(?:not|no|never|without|unless|except|n't)\b|n't\b", _F)


def _message_words(text: str) -> dict[str, str]:
    """Each form of a message's words, with the word as written ("micro-influencers" is two words; "buying"
    is also "buy", which the stemmer leaves whole in so short a word)."""
    said: dict[str, str] = {}
    for word in re.findall(r"[^\W_]+", text):
        for form in _forms(fold(word), as_said=True):
            said.setdefault(form, word)
    return said


@lru_cache(maxsize=1 << 15)  # the same words come in mail after mail
def _forms(word: str, as_said: bool = False) -> tuple[str, ...]:
    """A word's stem, and for a short word its base without -ing, -ed, -s or -ship: "buying" and "buy" meet,
    "sponsorship" and "sponsor". A doer the message names is not the thing done ("leaders" are no "leads")."""
    doer = re.fullmatch(r"(\w{3,}er)s?", word)
    forms = [stem(word)]
    if doer and stem(word) != doer.group(1):  # the stemmer took the -er off ("influenc(e)", "runn" -> "run")
        forms = [doer.group(1)] if as_said else [doer.group(1), *forms]
    for ending in ("ing", "ed", "s", "ship"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            forms.append(word[: -len(ending)])
    noun = re.fullmatch(r"(\w{4,})ations?", word)
    if noun and not as_said:
        # a rule's noun of doing is said by its verb too: "paid lead generation" by "We generate ... leads",
        # "test translations" by "translate this page" (the stemmer leaves "generate" whole, takes "generation"
        # to "gener"); only a rule's noun, so a message's "candidates" never meets a rule's "candid"
        verbs = (stem(f"{noun.group(1)}ate"), stem(f"{noun.group(1)}ated"))
        forms += [form for form in dict.fromkeys(verbs) if form not in forms]
    promotion = re.fullmatch(r"(\w{3,}ot)ions?", word)
    if promotion and not as_said:
        # so is a noun in -otion, by its verb or its adjective: "crypto promotions" by "promoting our app", "a
        # promotional reel" (the stemmer keeps "promotion", "promote" and "promotional" whole)
        said = (stem(f"{promotion.group(1)}{ending}") for ending in ("e", "ing", "ional"))
        forms += [form for form in dict.fromkeys(said) if form not in forms]
    # an adjective or adverb is said of its noun: "a political fundraiser", "politically charged" are of politics
    forms += [form for form in nouns_of(word) if form not in forms]
    return tuple(forms)


@lru_cache(maxsize=4)
def _implied_in(text: str) -> Mapping[str, str]:
    """The general words a message implies (kindly.decide.related), read once for it however many rules look
    there for a word they miss: every rule's reading, and a reading again without the user's own trade word."""
    return implied_stems(fold(text))


def _said_in(forms: set[str], nearby: str) -> bool:
    """Whether a text says a word in one of these forms ("$45 per lead" says "leads")."""
    return any(
        not forms.isdisjoint(_forms(fold(word), as_said=True)) for word in re.findall(r"[^\W_]+", nearby)
    )
