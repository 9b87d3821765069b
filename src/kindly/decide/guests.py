"""Guests offered to the user's own show: a host's inbox runs the other way from most. People pitch themselves
("I'd love to come on the show", "said I should pitch myself") or their clients ("Would you be open to having him
on?", "My client would love to be a guest") for the show the user hosts; a goal that seeks guests ("Guests for the
show: small-business owners with a real story") is served by the guest it names, and by no other."""

from __future__ import annotations

import re

from kindly.decide.words import SENTENCE
from kindly.gated import gated
from kindly.profile import Goal

_F = re.IGNORECASE

# The note a guest offered leaves on a reading and a fit; the reply looks for it to thank them as a guest.
GUEST_OFFERED = "it offers a guest for your show"

# A goal for guests of the user's own show: "Guests for the show", "Book interview guests for my podcast".
_GUESTS = gated(re.compile(r"\bguests?\b", _F))
_SHOW = re.compile(r"\b(?:show|podcast|episodes?|interviews?|programme|program|series)\b", _F)


def seeks_guests(goal: Goal) -> bool:
    """Whether a goal is about guests for a show of the user's own."""
    said = " ".join((goal.description, *goal.targets))
    return bool(_GUESTS.search(said) and _SHOW.search(said))


# The sender offering a guest, themselves or someone they speak for: "I'd love to be a guest", "come on the
# show", "having him on", "I should pitch myself", "Guest pitch:"; never the user asked to be one ("Would you
# like to be a guest on our podcast?", "We'd love to have you on").
_OFFERED = re.compile(
    r"\b(?P<be>(?:be|being|appear(?:ing)?|come on|join (?:you|the show) as) (?:a |your |the )?guest)\b"
    r"|\b(?:come|be|appear|go) on (?:your|the) (?:show|podcast|programme|program)\b"
    r"|\b(?:have|having) (?P<whom>me|him|her|them|us|my client) on\b"
    r"|\bpitch(?:ing)? (?P<self>myself|himself|herself|themselves)\b"
    r"|\bguest (?:pitch|idea|suggestion)s?\b"
    # "He'd love to join Main Street Mic for a 30-minute conversation": the show by its name, or as the user's
    r"|\b(?:love|like|happy|glad|keen|eager|delighted) to join (?:(?-i:[A-Z][\w'&]*)(?:\s+(?-i:[A-Z][\w'&]*)){0,4}|your (?:show|podcast)) for an? (?:[\w-]+ ){0,2}"
    r"(?:conversation|chat|interview|episode)\b",
    _F,
)
# ...in a sentence that asks the user to be the guest, or names the sender's own show
_USER_AS_GUEST = re.compile(
    r"\byou(?:'d| would)? (?:like to |want to |care to |be willing to )?(?:be|come on|appear as) (?:a|our) guest\b"
    r"|\b(?:our|my) (?:show|podcast|programme|program|episode)\b|\b(?:would|could|will|can) you join\b"
    # ...or thanks a past one: "Thank you so much for having me on the show", "thanks for letting me come on"
    r"|\bfor (?:having|letting|inviting)\b",
    _F,
)
# Who the guest is, by the words that offer them: the sender, or someone they speak for.
_WHOM = {
    "me": "you",
    "us": "you",
    "myself": "you",
    "him": "him",
    "himself": "him",
    "her": "her",
    "herself": "her",
    "them": "them",
    "themselves": "them",
    "my client": "them",
}
_THIRD = re.compile(r"\b(?:my client|he|she|they|our (?:ceo|founder))\b", _F)
_PRONOUN = {"he": "him", "she": "her"}


def guest_offered(text: str) -> tuple[str, str]:
    """The words in `text` that offer a guest for the user's show and whom they offer ("you" for the sender,
    "him", "her" or "them"), or ("", "")."""
    said = " ".join(text[:20_000].split())
    first = ("", "")
    for sentence in SENTENCE.findall(said):
        found = _OFFERED.search(sentence)
        if found is None or _USER_AS_GUEST.search(sentence):
            continue
        word = (found.group("whom") or found.group("self") or "").lower()
        if word:
            return found.group(0), _WHOM[word]
        third = _THIRD.search(sentence[: found.start()])
        if third:
            return found.group(0), _PRONOUN.get(third.group(0).lower(), "them")
        # "Guest idea: ..." says whom in a later sentence, if anywhere ("Would you be open to having him on?")
        first = first if first[0] else (found.group(0), "you")
    return first


# A goal that names owners or founders as the guests it wants: "small-business owners", "founders of shops".
_OWNERS = re.compile(r"\b(?:owners?|founders?|proprietors?)\b", _F)
# A guest who owns or runs a business: "I own Dulce Bake Shop", "I run Grant & Sons", "Dev ran his family's
# hardware store", "runs her own bakery", "Owner, Wick & Willow".
_OWNS = re.compile(
    r"\b(?:I|I've|we|he|she|they)\s+(?:own|run|founded|co-founded|started|opened|have run|have owned)\s+"
    r"(?=(?-i:[A-Z0-9]))"
    r"|\b(?:own|owns|owned|run|runs|ran|founded|started|opened)\s+(?:a|an|his|her|their|my|our)\s+"
    r"(?:(?:[\w-]+'s|own|small|little|family|family-run|\w+-generation|local)\s+){0,3}(?:[\w-]+\s+)?"
    r"(?:shop|store|bakery|restaurant|cafe|café|business|salon|studio|bar|market|boutique|diner|bookshop|"
    r"bookstore|brewery|florist|practice|firm)\b"
    r"|\b(?:owner|founder|co-founder|proprietor)\s+(?:of|and)\b|^\s*(?:owner|founder|co-founder),",
    _F | re.MULTILINE,
)


def names_owners(goal: Goal) -> bool:
    """Whether the guests a goal wants are owners or founders of businesses."""
    return bool(_OWNERS.search(" ".join((goal.description, *goal.targets))))


def owns_a_business(text: str) -> str:
    """The words by which the guest offered owns or runs a business, or ""."""
    found = _OWNS.search(text[:20_000])
    return " ".join(found.group(0).split()) if found else ""
