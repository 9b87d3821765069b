"""Work an agency offers the user under its own brand ("white-label - you'd work under our brand. We can pay EUR
300/day"): work offered to the user, as a client's is, never a seller's pitch; and the user's own rate, which a
never-rule may name instead of a number ("white-label subcontracting for agencies below my day rate")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kindly.amounts import MONEY
from kindly.profile import Answer

_F = re.IGNORECASE
_PER = r"\s*(?:/|per|a|an)\s*(?:day|hour)\b"

# Pay offered for the user's work by the day or the hour: "We can pay EUR 300/day", "we'll pay you £400 a day",
# "Our rate for senior freelancers is GBP 220/day" (not a seller's price: "our rates start at EUR 300/day").
_PAYS_YOU = re.compile(
    rf"\b(?:we|i)(?:'d|'ll| will| can| could| would)?\s+(?:happily\s+)?pay(?:\s+you)?\s+(?:up to\s+|around\s+|about\s+)?"
    rf"{MONEY}{_PER}|\bour\s+(?:day\s+|daily\s+|hourly\s+)?rate\s+for\s+(?:\w+\s+){{0,2}}?(?:freelancers?|"
    rf"designers?|developers?|contractors?|subcontractors?|consultants?)\s+is\s+{MONEY}{_PER}",
    _F,
)
# Work done under the sender's brand: "you'd work under our brand", "white-label", "subcontract to us".
_UNDER_OUR_BRAND = re.compile(
    r"\b(?:under\s+(?:our\s+(?:own\s+)?|the\s+[A-Z][\w&-]*\s+)(?:brand|name|banner|logo)|white[- ]?label\w*|subcontract\w*)\b",
    _F,
)
# ...said as the user's part: "you'd work under our brand", "you would be working under our name"
_YOU_WORK = re.compile(r"\byou(?:'d| would| will|'ll)\s+(?:be\s+)?work(?:ing)?\s+under\s+our\b", _F)
# ...or asked of a partner for the sender's own clients: "a UK white-label design partner to deliver identity
# projects for our clients" (a seller of white-label work offers it for the reader's clients: "for your clients")
_FOR_OUR_CLIENTS = re.compile(
    r"\b(?:partners?|suppliers?|studios?|agenc(?:y|ies)|designers?|developers?|freelancers?)\s+to\s+(?:deliver|do|"
    r"handle|build|design|produce|take\s+on|work\s+on)\s+(?:[\w-]+\s+){0,3}?(?:for|to)\s+our\s+(?:own\s+)?"
    r"(?:clients|customers)\b",
    _F,
)


def work_offered(text: str) -> str | None:
    """The words that offer the user paid work or work under the sender's brand ("We can pay EUR 300/day",
    "you'd work under our brand", "a partner to deliver identity projects for our clients"), or None: an agency that sells its own white-label service ("we build under
    your brand ... our rates start at EUR 300/day") offers none."""
    found = _PAYS_YOU.search(text) or _YOU_WORK.search(text) or _FOR_OUR_CLIENTS.search(text)
    return " ".join(found.group(0).split()) if found else None


def white_label_offered(text: str) -> str | None:
    """The words that show work offered to the user under the sender's brand ("white-label", "under our brand"),
    or None where no such work is offered to the user."""
    brand = _UNDER_OUR_BRAND.search(text)
    if brand is None or work_offered(text) is None:
        return None
    return brand.group(0)


# The user's own rate in a never-rule: "below my day rate", "under my usual hourly rate".
OWN_RATE = re.compile(
    r"\b(?:my|our)\s+(?:usual\s+|normal\s+|standard\s+|own\s+)?(?P<per>day|daily|hourly)\s+rate\b", _F
)
# ...as an answer states it: "My day rate is EUR 650", "I charge £560 a day"
_RATE_SAID = re.compile(
    rf"\b(?:day|daily|hourly)\s+rate\s+is\s+(?P<money>{MONEY})|\bi\s+charge\s+(?P<money2>{MONEY})\s*(?:/|per|a|an)\s*(?:day|hour)\b",
    _F,
)


def own_rates(answers: Sequence[Answer]) -> tuple[str, ...]:
    """The user's rate as their profile's answers state it, in each currency it names ("EUR 650", "GBP 560" and
    "USD 700" of "My day rate is EUR 650 (GBP 560 / USD 700); ..."); none where no answer states one."""
    for answer in answers:
        found = _RATE_SAID.search(answer.answer)
        if found:
            said = re.split(r";|\.\s", answer.answer[found.start() :])[0]
            return tuple(" ".join(m.split()) for m in re.findall(MONEY, said, _F))
    return ()


def with_own_rate(rule: str, answers: Sequence[Answer]) -> tuple[str, ...]:
    """A never-rule with the user's own rate written as a number, once per currency the profile states it in
    ("below my day rate" -> "below EUR 650 per day", "below GBP 560 per day"); none where it states no rate (a
    limit kindly cannot weigh never holds on the rest of the rule's words); else the rule as it is."""
    found = OWN_RATE.search(rule)
    if found is None:
        return (rule,)
    rates = own_rates(answers)
    if not rates:
        return ()
    per = "hour" if found.group("per").lower() == "hourly" else "day"
    return tuple(f"{rule[: found.start()]}{rate} per {per}{rule[found.end() :]}" for rate in rates)


def rate_lines(text: str, rules: Sequence[str], answers: Sequence[Answer]) -> list[str]:
    """What a yes to white-label work that names no pay ("white-label - you'd work under our brand. Would you be
    interested?") adds where a never-rule weighs it against the user's own rate ("... below my day rate"): the
    user's answer that states the rate, where the profile has one, and the question of theirs ("Could you let me
    know the day rate you have in mind?"); none where the mail names its pay or no rule names the user's rate."""
    if _UNDER_OUR_BRAND.search(text) is None or _PAYS_YOU.search(text) or re.search(MONEY, text, _F):
        return []
    named = next((found for rule in rules if (found := OWN_RATE.search(rule))), None)
    if named is None:
        return []
    per = "hourly" if named.group("per").lower() == "hourly" else "day"
    stated = next((a.answer for a in answers if _RATE_SAID.search(a.answer)), "")
    return [*([stated] if stated else []), f"Could you let me know the {per} rate you have in mind for it?"]
