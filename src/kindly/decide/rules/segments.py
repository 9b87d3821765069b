"""A never-rule cut into its parts: what it lists ("pitches, cold calls or demos"), for whom ("from recruiters"),
and its examples and restatements left out, so each part is read on its own."""

from __future__ import annotations

import re

from kindly.amounts import BEFORE_THE_NUMBER, CODES
from kindly.decide.rule_except import spared_kind
from kindly.decide.rule_parts import (
    rule_condition,
    rule_exemption,
    without_reason,
)
from kindly.decide.rule_words import without_refusal
from kindly.decide.rules.concepts import _F
from kindly.decide.rules.ideas import _FILLER, _GENERAL_THINGS, _ideas_named, _segment_concepts, _words_left

# A clause on the user's own part in the ask: "unpaid 'trial projects' where I'd do real work for free".
_OWN_PART = re.compile(r"(?<![\s,])[\s,]*\b(?:where|in which|that|which)\s+i\b.*", _F | re.DOTALL)


def _without_restatement(rule: str) -> str:
    """The rule without a clause on the user's part that only says the rule again: in "unpaid 'trial projects'
    where I'd do real work for free" the clause names the unpaid idea once more, and its other words ("real") are
    nothing a message must show. A clause that adds an idea ("events where I'd have to speak") or names none
    ("panels where I'm the only woman", a condition kindly cannot check) stays."""
    clause = _OWN_PART.search(rule)
    if clause is None:
        return rule
    again = set(_ideas_named(clause.group(0)))
    return rule[: clause.start()] if again and again <= set(_ideas_named(rule[: clause.start()])) else rule


# A condition on the user's own state, true whenever they wrote the rule: "recruiter calls while I'm not
# looking" rules out recruiter calls.
_USER_CONDITION = re.compile(
    r"\b(?:while|when|as long as|since|because|if)\s+(?:i'm|i’m|i am)\s+(?:not\s+)?(?:looking|searching|"
    r"job[- ]hunting|on the market|in the market|open to (?:offers|work|roles))\b[^,;/]*",
    _F,
)


# Examples a rule gives in brackets after what it rules out: "pay-to-play gigs (ticket buy-ons, showcase slots)".
_EXAMPLES = re.compile(r"(?<!\s)\s*\([^()]*\)")  # from where its spaces open: linear


def _segments(rule: str) -> list[str]:
    """A never-rule's alternatives, as `_listed` reads them; a rule whose brackets only give examples of what it
    names ("pay-to-play gigs (ticket buy-ons, showcase slots that charge the artist)") is read by what it names
    where its words with the examples name no idea kindly can read (a bracket that narrows, "calls during clinic
    hours (weekdays 08:30-12:00)", is kept wherever the rule reads with it). The user's refusal that opens a rule
    ("no events on Sundays", "I don't do unpaid pilots") is no word of what it rules out."""
    rule = without_refusal(rule)
    segments = _listed(rule)
    bare = _EXAMPLES.sub("", rule)
    if bare == rule or any(map(_segment_concepts, segments)):
        return segments
    plain = _listed(bare)
    return plain if any(map(_segment_concepts, plain)) else segments


def _parts_listed(text: str) -> list[str]:
    """The parts of a list, each without a leading "and" ("gifts, meals and travel")."""
    return [s for s in (re.sub(r"^\s*and\b", "", s) for s in _split_listed(text)) if s.strip()]


def _listed(rule: str) -> list[str]:
    """A never-rule's alternatives ("X or Y", "X / Y", "X; Y", "X, Y or Z"), without the user's reason for it or
    conditions on their own state; what the last one is from or for is every one's ("payment, sponsorship or
    paid trips from companies I cover": payment from them too)."""
    condition = rule_condition(rule)
    exemption = rule_exemption(rule)
    # "... without council staff present", "... except with parents": what it is about
    spared = None if condition or exemption else spared_kind(rule)
    rule = condition.base if condition else exemption.base if exemption else spared.base if spared else rule
    rule = _USER_CONDITION.sub(" ", _without_restatement(without_reason(rule)))
    rule = _EITHER_TIME.sub(" ", rule)  # "current or former clients": clients, one alternative
    things, whoms, after = _whoms_listed(rule)
    if whoms:
        # each thing with each of whom: "gifts or meals from clients or their families" (a lone verb, "paying" of
        # "paying or accepting gifts from ...", shares the next one's object instead; an alternative of its own time
        # or place, "anything on Sundays" of "anything on Sundays, or talks about politics or religion", is whole)
        listed = _about_either(_parts_listed(things))
        return [
            f"{s.rstrip()} {one}".rstrip()
            for at, s in enumerate(listed)
            # ("networking with recruiters or founders": the last one, lone or not, has no next one to share)
            for one in (
                [""] if (_A_LONE_VERB.fullmatch(s.strip()) and at < len(listed) - 1) or _whole(s) else whoms
            )
        ] + _parts_listed(after)
    segments = _about_either(_parts_listed(rule))
    qualifier = _QUALIFIED.search(segments[-1]) if len(segments) > 1 else None
    if qualifier is None:
        return segments
    # a lone verb ("paying" of "paying or accepting referral fees") shares the next one's object instead
    return [
        s
        if _QUALIFIED.search(s) or _A_LONE_VERB.fullmatch(s.strip()) or _whole(s)
        else f"{s.rstrip()} {qualifier.group(0).strip()}"
        for s in segments
    ]


# Whom (or what) a qualifier names: "from clients or their families" is "from" with two of them.
_QUALIFIER_WORD = re.compile(r"\s(?P<word>from|for|by|with|about|involving)\s+(?=\S)", _F)


# ...a word whose object follows, not whom it is from: "paying for", "paid by", "asking for" (only before these
# words: "accepting funding from banks or investors" and "networking with recruiters or founders" list whom)
_DONE_TO = re.compile(r"\b(?:\w+ing|pa(?:y|id)|charged?|asked?)$", _F)
_OBJECT_WORDS = frozenset({"for", "by", "about"})


# "anything on Sundays", "everything at weekends": an alternative of a time or place alone, no thing of its own
_ANYTHING = re.compile(r"\s*(?:anything|everything)\b", _F)


def _whole(segment: str) -> bool:
    """Whether an alternative is whole as it stands, whatever the last one is about, from or for: anything at a
    time or place ("anything on Sundays" of "anything on Sundays, or talks about politics or religion")."""
    return _ANYTHING.match(segment) is not None and _A_PLACE_OR_TIME.search(segment) is not None


def _whoms_listed(rule: str) -> tuple[str, list[str], str]:
    """The rule less the list of whom its first "from", "for", "by", "with", "about" or "involving" names, each of
    them with that word, and what a ";" after the list rules out of its own: "gifts or meals from clients or their
    families" is ("gifts or meals", ["from clients", "from their families"], "").

    One rule says what the list shares. Every name after the first names someone and nothing else (no ask of its
    own: in "calls with recruiters or weekend events" the "or" starts another thing ruled out); or the first, a
    word or two that is no one by itself, shares the last one's people ("meals or gifts from drug or pet-food
    reps": either rep, not "drug"). (rule, [], "") where the word names one, or there is none."""
    found = _QUALIFIER_WORD.search(rule)
    # "paying for 'investor showcase' slots or demo-day sponsorships": two things paid for, no one they are from
    if found is None or (
        found.group("word").lower() in _OBJECT_WORDS and _DONE_TO.search(rule, 0, found.start())
    ):
        return rule, [], ""
    # "gifts from clients; travel": a ";" ends the list, and travel is ruled out from anyone
    listed, _, after = rule[found.end() :].partition(";")
    word = found.group("word")
    # "about politics or about religion": the word said again is said once
    named = [
        re.sub(rf"^(?:and\s+)?(?:{word}\s+)?", "", one.strip(), flags=_F)
        for one in _split_listed(listed)
        if one.strip()
    ]
    # (one of them is a list where a ";" ends it: "meals or gifts from clients; tax returns")
    if len(named) < (1 if after else 2):
        return rule, [], ""
    if len(named) > 1 and _share_their_people(word, named):
        return rule[: found.start()], [f"{word} {' or '.join(named)}"], after
    if any(_asks_of_its_own(one) for one in named[1:]):
        return rule, [], ""
    return rule[: found.start()], [f"{word} {one}" for one in named], after


# People an ask comes from, ending a rule that lists them ("... from drug or pet-food reps"): whom, not what.
_PARTIES = re.compile(
    r"\b(?:reps?|representatives|vendors?|suppliers?|sellers?|salespeople|companies|brands|lobbyists|sponsors|"
    r"manufacturers|distributors|recruiters|clients|customers|patients|parents|students)\s*$",
    _F,
)


def _share_their_people(word: str, named: list[str]) -> bool:
    """Whether a short list of whom an ask is from or by shares the people its last name ends in: "drug or pet-food
    reps" (the first, a word or two, names no people of its own), unlike "clients or vendors"."""
    return (
        word.lower() in {"from", "by"}
        and len(_A_WORD.findall(named[0])) <= 2
        and not _PARTIES.search(named[0])
        and _PARTIES.search(named[-1]) is not None
        and all(len(_A_WORD.findall(one)) <= 3 and not _QUALIFIED.search(f" {one}") for one in named[1:])
    )


# Ideas that name whom an ask comes from or is with ("vendors", "recruiters", "lobbyists", "expert networks",
# "companies I cover"): named after "from clients or ...", still someone it is from.
_SOMEONE = frozenset({"vendor", "recruiting", "lobbying", "expert_network", "covered"})


def _asks_of_its_own(named: str) -> bool:
    """Whether a later name of a qualifier's list starts a thing ruled out of its own ("weekend events" of "calls
    with recruiters or weekend events", "speaking"), not someone else the qualifier names ("vendors" of "gifts from
    clients or vendors": an idea of someone, and nothing else it asks)."""
    if _A_LONE_VERB.match(named):
        return True
    ideas = _ideas_named(named)
    if not ideas:
        return False
    # (a general word the idea of someone takes in is that someone: "companies" of "companies I cover")
    left = _words_left(named, ideas)
    return not set(ideas) <= _SOMEONE or any(w not in _FILLER or w in _GENERAL_THINGS for w in left)


_A_LONE_VERB = re.compile(r"[a-z]+ing", _F)
# What an alternative is about: "paid expert network calls about Tidewater Pay or the payments industry".
_ABOUT = re.compile(r"\s(?:about|regarding|concerning)\s", _F)
# ...and an alternative that is an ask of its own, at a time or a place ("... or anything on Sundays", "... or
# events at night"), or an idea kindly reads ("... or weekends"), which no "about" reaches
_A_PLACE_OR_TIME = re.compile(
    r"\b(?:on|at|in|during|before|after|from|for|with|by)\s|\b(?:weekends?|evenings?|mornings?|nights?|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b",
    _F,
)


def _about_either(segments: list[str]) -> list[str]:
    """Alternatives where the "or" joins what the one before is about ("calls about Tidewater Pay or the payments
    industry": calls about the payments industry too), never a bare "the payments industry" that any message about
    payments would meet; a short alternative (up to four words) with no "about", time or place of its own takes the
    one before's."""
    shared: list[str] = []
    for segment in segments:
        before = _ABOUT.search(shared[-1]) if shared else None
        if (
            before
            and len(segment.split()) <= 4
            and not (_ABOUT.search(segment) or _A_PLACE_OR_TIME.search(segment))
        ):
            segment = f"{shared[-1][: before.end()]}{segment.strip()}"
        shared.append(segment)
    return shared


# Two times of the same people or things, which together are all of them: "current or former clients", "new or
# existing vendors". Cut at its "or", the rule would rule out "social contact with current" anything.
_TIMES = r"(?:current|former|past|present|existing|new|prospective|old)"
_EITHER_TIME = re.compile(rf"\b{_TIMES}\s+(?:or|and/or|and)\s+{_TIMES}\b", _F)
_LIST_BREAK = re.compile(r"\bor\b|/|;|,", _F)
_OR = re.compile(r"\bor\b", _F)


def _split_listed(rule: str) -> list[str]:
    """The rule cut at each "or", "/" and ";", and at each comma of a list that ends in "or" later on its line
    ("endorsing products, testimonials or case studies"). Each line's last "or" is found once: looked for again
    after every comma, a rule of many commas took seconds."""
    cuts: list[int] = [0]
    offset = 0
    for line in rule.split("\n"):
        last_or = max((found.start() for found in _OR.finditer(line)), default=-1)
        for found in _LIST_BREAK.finditer(line):
            if found.group(0) != "," or found.start() < last_or:
                cuts += [offset + found.start(), offset + found.end()]
        offset += len(line) + 1
    cuts.append(len(rule))
    return [rule[start:end] for start, end in zip(cuts[::2], cuts[1::2], strict=True)]


# What an ask is from, for, about or when: "from companies I cover", "for suppliers", "during school hours",
# "podcast or media interviews about clients" (a podcast about clients, not every podcast).
# A limit before it is every alternative's too: "gifts or meals over $50 from lobbyists" (gifts over $50).
_QUALIFIED = re.compile(
    rf"(?:\s(?:over|above|under|below|more than|less than|worth)\s+(?:{BEFORE_THE_NUMBER}\s?)?\d[\d,.]*\w*"
    rf"(?:\s(?:{CODES}|dollars?|euros?|pounds?)\b)?)?"
    r"\s(?:from|for|by|with|during|outside|about|involving)\s.*$",
    _F | re.DOTALL,
)


_A_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
