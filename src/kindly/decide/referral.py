"""The referral directory's matching: which entries (or the user's own resources) serve a request best.

Pure functions over plain data: the store keeps the entries, the CLI and the decision policy ask here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from kindly.decide.categories import CATEGORIES, detect_categories
from kindly.decide.words import content_stems, fold, phrase_in
from kindly.profile import Resource


@dataclass(frozen=True, slots=True)
class DirectoryEntry:
    """Someone the user can recommend: made from a sender's own reply with their details, or by hand."""

    name: str
    category: str
    organisation: str = ""
    contact: str = ""
    overview: str = ""
    source_thread: str = ""
    added: datetime | None = None
    id: int = 0


@dataclass(frozen=True, slots=True)
class Match:
    entry: DirectoryEntry
    score: float
    why: str


_ASKS_FOR_RECOMMENDATION = re.compile(
    r"\b(recommend\w*|referral for|refer me|know (of )?(a|an|any|anyone|someone|somebody) (good |great |reliable |"
    r"trusted )?[\w -]{0,30}?(who|that|for)?|looking for (a|an) (good |great |reliable )?[a-z -]{3,30}(er|or|ist|ant|"
    r"ner|ign|ning)\b|who do you use for|can you suggest|any suggestions? for)",
    re.IGNORECASE,
)


# "Could you introduce me to your financial planner?", "put me in touch with your accountant"
_ASKS_TO_BE_INTRODUCED = re.compile(
    r"\b(introduce me|put me in touch|connect me|send me (the )?(name|contact|details) of|share (the )?(name|contact)"
    r" of)\b",
    re.IGNORECASE,
)


def asks_to_be_introduced(text: str) -> bool:
    """The sender asks the user for someone: a recommendation or an introduction, not an offer to make one."""
    return asks_for_recommendation(text) or bool(_ASKS_TO_BE_INTRODUCED.search(text))


def asks_for_recommendation(text: str) -> bool:
    return bool(_ASKS_FOR_RECOMMENDATION.search(text))


def rank(query: str, entries: Sequence[DirectoryEntry], limit: int = 10) -> list[Match]:
    """Entries ordered by how well their service matches the request, best first, each with a score in [0, 1]."""
    folded = fold(query)
    query_stems = set(content_stems(query))
    asked = {category for category, _ in detect_categories(query)}
    matches: list[Match] = []
    for entry in entries:
        score, why = _score(entry, folded, query_stems, asked)
        if score > 0:
            matches.append(Match(entry, round(score, 3), why))
    matches.sort(key=lambda m: (-m.score, m.entry.name))
    return matches[:limit]


def _score(entry: DirectoryEntry, folded: str, query_stems: set[str], asked: set[str]) -> tuple[float, str]:
    category = entry.category
    if phrase_in(category, folded):
        return 1.0, f'the request names "{category}"'
    for known in asked:
        if _same(category, known):
            return 0.9, f"the request asks for {known}"
    entry_stems = set(content_stems(f"{category} {entry.organisation} {entry.overview}"))
    category_stems = set(content_stems(category))
    shared = query_stems & entry_stems
    if not shared:
        return 0.0, ""
    weight = sum(2.0 if stem in category_stems else 1.0 for stem in shared)
    score = min(0.8, weight / (len(query_stems) + 1))
    return score, f"shared words: {', '.join(sorted(shared)[:5])}"


def _same(category: str, lexicon_category: str) -> bool:
    stems = set(content_stems(category))
    if stems & set(content_stems(lexicon_category)):
        return True
    return any(stems <= set(content_stems(phrase)) for phrase in CATEGORIES.get(lexicon_category, ()))


def best_resource_match(resources: Sequence[Resource], text: str, minimum: int = 3) -> Resource | None:
    """A resource that answers the request by itself (many shared words), e.g. a guide for a question."""
    stems = set(content_stems(text))
    best: tuple[int, Resource] | None = None
    for resource in resources:
        if already_has(resource, text):
            continue
        shared = len(set(content_stems(f"{resource.title} {resource.description} {resource.helps}")) & stems)
        if shared >= minimum and (best is None or shared > best[0]):
            best = (shared, resource)
    return best[1] if best else None


def already_has(resource: Resource, text: str) -> bool:
    """The message names the resource or its link: "I've read your 'Going independent' post twice" has it."""
    folded = fold(text)
    title = fold(resource.title).split(":")[0].strip()
    return bool(title and title in folded) or bool(resource.link and resource.link.rstrip("/") in text)
