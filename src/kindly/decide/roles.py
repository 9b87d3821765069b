"""Who the sender is, by the role they hold: a goal's target that names a role ("CHRO", "a sitting or former
Chief People Officer") is met by a sender who holds it - in their signature ("Chief People Officer, Kinross
Foods") or as they introduce themselves ("Simon here - Chief People Officer at Kinross Foods", "I'm the HRD
at Pennine Plastics") - under any of its usual names (a CHRO is a Chief People Officer, a CPO, a Chief Human
Resources Officer). A role only talked about ("what I learned moving from HRD to CPO", "an evening for CHROs")
is no role the sender holds.

Pure: reads text only.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kindly.decide.words import fold

# The names one role goes by. Each group is one role: a target written as any of them is met by the others.
_SAME_ROLE: tuple[frozenset[str], ...] = tuple(
    frozenset(fold(name) for name in group)
    for group in (
        (
            "chro",
            "chief people officer",
            "cpo",
            "chief human resources officer",
            "chief hr officer",
            "chief people and culture officer",
            "group people director",
        ),
        (
            "hrd",
            "hr director",
            "human resources director",
            "director of hr",
            "director of human resources",
            "people director",
            "director of people",
            "hr leader",
            "head of hr",
            "head of people",
        ),
        ("ceo", "chief executive", "chief executive officer", "managing director"),
        ("cfo", "chief financial officer", "finance director"),
        ("coo", "chief operating officer", "operations director"),
        ("cto", "chief technology officer"),
        ("cmo", "chief marketing officer", "marketing director"),
        # a city's elected head: "a mentor among former mayors" is met by "Former Mayor of Tucson"
        ("mayor", "lord mayor", "mayor emeritus"),
        # who invests for a fund or on their own: "an investor who knows games" is met by "I'm an investment
        # manager at Kelpie Ventures"
        (
            "investor",
            "angel investor",
            "investment manager",
            "investment director",
            "investment associate",
            "investment partner",
            "venture capitalist",
        ),
    )
)
# A board-level people role is also an HR leader: a peer group of "HR leaders" has CHROs in it too.
_ALSO: dict[str, frozenset[str]] = {"hr leader": _SAME_ROLE[0]}

# A role no longer held: "Former Chief People Officer", "ex-CHRO", "retired HR director".
_FORMER = re.compile(r"\b(?:former(?:ly)?|ex|retired|past|previously)\b[\s-]*$")
# A target that names the role as held before: "former mayors", "retired CFOs".
_FORMER_TARGET = re.compile(r"^(?:former|retired|ex|past)[\s-]+")
# A goal that takes someone who held the role before: "a sitting or former CHRO", "retired CFOs welcome".
_TAKES_FORMER = re.compile(r"\b(?:former|formerly|retired|ex|past|previous)\b", re.IGNORECASE)


@lru_cache(maxsize=256)
def role_names(target: str) -> frozenset[str]:
    """Every name of the role a target names ("CHRO": chro, chief people officer, cpo...), or none where the
    target names no role kindly knows. A plural target ("HR leaders", "CHROs") names the role too."""
    # "former mayors" names the role a former holder held: whether the goal takes one is held_role's to weigh
    folded = _FORMER_TARGET.sub("", " ".join(fold(target).split()))
    for form in (folded, folded.removesuffix("s"), re.sub(r"s\b", "", folded)):
        for group in _SAME_ROLE:
            if form in group:
                return group | _ALSO.get(form, frozenset())
    return frozenset()


def _name_pattern(names: frozenset[str]) -> str:
    # the longest first ("chief people officer" before "cpo"); a plural said of themselves is no one's role
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


# How senders say who they are in their opening: "Simon here - ", "I'm ", "I am the " (not "as": "leaders such
# as the CHRO" holds no role). Not extract's _SELF_INTRODUCTION, on purpose: that one needs an organisation after
# the role ("I'm on the portfolio team at Fieldwork Capital"); a role a goal names is held without one ("I'm the CHRO").
_SELF = r"(?:\bhere\s*[-–—,:]+\s*|\bi(?:'m|’m| am| work as| serve as)\s+)"


def held_role(target: str, role: str, opening: str, description: str = "") -> str:
    """How the sender holds the role a target names: their role (from the signature) or their own words of
    themselves in the opening lines; "" where they do not, or held it before and the goal (its `description`
    and target) does not take a former holder."""
    names = role_names(target)
    if not names:
        return ""
    alternatives = _name_pattern(names)
    takes_former = bool(_TAKES_FORMER.search(f"{description} {target}"))
    said = fold(role)
    found = re.search(rf"(?<![a-z0-9])(?:{alternatives})(?![a-z0-9])", said)
    if found and (takes_former or not _FORMER.search(said[: found.start()])):
        return " ".join(role.split())
    text = fold(" ".join(opening[:400].split()))
    introduced = re.search(
        rf"{_SELF}(?:the\s+|an?\s+|our\s+)?(?P<former>(?:former|ex|retired|recently retired)[\s-]+)?"
        rf"(?:group\s+|interim\s+)?(?P<role>{alternatives})(?![a-z0-9])",
        text,
    )
    if introduced is None:
        # a role told as held before: "I served two terms as mayor of Mesa", "I was CFO at Ledgerly"
        served = re.search(
            rf"\bi(?:'ve|’ve| have)?\s+(?:served|was)\s+(?:(?:[\w-]+\s+){{1,3}}?as\s+)?(?:the\s+|an?\s+)?"
            rf"(?P<role>{alternatives})(?![a-z0-9])",
            text,
        )
        return f"former {served.group('role')}" if served and takes_former else ""
    if introduced.group("former") and not takes_former:
        return ""
    return f"{introduced.group('former') or ''}{introduced.group('role')}"
