"""The stable machine interface of the understanding step: JSON Lines in, JSON Lines out.

In:  {"id": ..., "from": "...", "subject": "...", "body": "..."}   (from and subject optional)
Out: {"id", "is_invitation", "intent", "purpose_clear", "confidence",      (the first slice's keys)
      "invitation_confidence", "purpose_confidence", "details", "goal_fit"}
     or {"id": ... | null, "error": "..."} for a line that cannot be read; the stream goes on.

`details` (who asks, what for, in what form, when, where; the service of a pitch; the event) is given for
invitations and is null otherwise. `goal_fit` (a score with its evidence for every goal of the profile, the
goal served best, and a provider the user already has for a pitched service) needs a profile and is null
without one or for a message that is not an invitation.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from kindly.decide.assess import Assessment, assess
from kindly.decide.reading import as_read
from kindly.ingest.headers import decode_value
from kindly.ingest.pasted import text_message
from kindly.model import GoalFit, Intent, Message, Understanding
from kindly.profile import Profile
from kindly.understand.classify import Classifier, Text
from kindly.understand.extract import Details, besides_me, extract
from kindly.understand.memory import CorrectionMemory

Answer = dict[str, Any]
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class Request:
    ident: Any
    message: Message


def parse_request(line: str, number: int = 0) -> Request | Answer:
    """A request as a message, or the error answer for it."""
    if not line.strip():
        return {"id": None, "error": "empty line"}
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"id": None, "error": f"not JSON: {exc.msg} at column {exc.colno}"}
    except RecursionError:
        return {"id": None, "error": "not JSON: nested too deeply"}
    if not isinstance(data, dict):
        return {"id": None, "error": "not a JSON object"}
    ident = data.get("id")
    if ident is None or isinstance(ident, dict | list | bool):
        return {"id": None, "error": "missing id (a string or number)"}
    body = data.get("body")
    if not isinstance(body, str):
        return {"id": ident, "error": "missing body (a string)"}
    for key in ("from", "subject"):
        if data.get(key) is not None and not isinstance(data[key], str):
            return {"id": ident, "error": f"{key} must be a string"}
    message = text_message(
        f"stdin#{number}" if number else "stdin",
        decode_value(_whole(data.get("from") or "")),
        decode_value(_whole(data.get("subject") or "")),
        _whole(body),
    )
    return Request(ident, message)


def _whole(text: str) -> str:
    """A client that cut a string inside an emoji sends a lone surrogate: JSON allows it, UTF-8 output does
    not. It becomes U+FFFD."""
    return _LONE_SURROGATE.sub("\ufffd", text)


def answer_batch(
    lines: Iterable[str],
    classifier: Classifier,
    *,
    profile: Profile | None = None,
    memory: CorrectionMemory | None = None,
    explain: bool = False,
    first_number: int = 1,
) -> Iterator[Answer]:
    """Answers for a batch of lines, in input order. With `memory`, the user's corrections apply as they do
    in triage; with `profile`, every invitation is weighed against its goals."""
    parsed = [parse_request(line, n) for n, line in enumerate(lines, start=first_number)]
    requests = [p for p in parsed if isinstance(p, Request)]
    results = iter(classifier.understand([Text.from_message(r.message) for r in requests], explain=explain))
    for item in parsed:
        if not isinstance(item, Request):
            yield item
            continue
        message = item.message
        understanding = next(results)
        if profile is not None:  # as triage reads it: a buyer in other words is a client
            understanding = as_read(understanding, profile, message)
        if memory is not None:
            sender = message.from_addr or message.from_name
            understanding = memory.apply(understanding, sender, message.subject, message.own_text)
        yield answer(item.ident, message, understanding, profile, explain)


def answer(
    ident: Any, message: Message, understanding: Understanding, profile: Profile | None, explain: bool
) -> Answer:
    invitation = understanding.is_invitation
    result: Answer = {
        "id": ident,
        "is_invitation": invitation,
        "intent": understanding.intent.value,
        "purpose_clear": understanding.purpose_clear,
        "confidence": understanding.confidence,
        "invitation_confidence": invitation_confidence(understanding),
        "purpose_confidence": understanding.purpose_confidence if invitation else None,
        "details": (
            details_json(
                besides_me(
                    extract(message, understanding.intent), message, profile.user.me if profile else ()
                )
            )
            if invitation
            else None
        ),
        "goal_fit": (
            goal_fit_json(assess(message, understanding.intent, profile))
            if invitation and profile is not None
            else None
        ),
    }
    if explain:
        result["intent_scores"] = understanding.intent_scores
        result["evidence"] = list(understanding.evidence)
    return result


def invitation_confidence(understanding: Understanding) -> float:
    """How sure the model is that the message is (or is not) an invitation: the probability mass of every
    inviting intent against that of `none`. A correction by the user is certain."""
    if understanding.confidence >= 1.0 or not understanding.intent_scores:
        return understanding.confidence
    none = understanding.intent_scores.get(Intent.NONE.value, 0.0)
    return round(1.0 - none if understanding.is_invitation else none, 3)


def details_json(details: Details) -> Answer:
    def value(text: str) -> str | None:
        return text or None

    event = {
        "name": value(details.event_name),
        "date": value(details.event_date),
        "place": value(details.event_place),
        "cost": value(details.cost),
        "attendees": list(details.attendees),
    }
    return {
        "sender": {
            "name": value(details.sender_name),
            "organisation": value(details.organisation),
            "role": value(details.role),
        },
        "ask": value(details.ask),
        "format": value(details.format),
        "when": value(details.when),
        "duration": value(details.duration),
        "place": value(details.place),
        "cost": value(details.cost),
        "service_category": value(details.service_category),
        "event": event if details.event_name or details.attendees else None,
    }


def goal_fit_json(assessment: Assessment) -> Answer:
    def fit(goal: GoalFit) -> Answer:
        return {
            "goal": goal.goal_index,
            "kind": goal.kind,
            "description": goal.description,
            "score": goal.score,
            "evidence": list(goal.evidence),
        }

    provider = assessment.provider
    return {
        "goals": [fit(goal) for goal in assessment.fits],
        "best_goal": assessment.best.goal_index if assessment.best else None,
        "already_have": (
            {"provider": provider.provider, "category": provider.category, "pitched": provider.phrase}
            if provider
            else None
        ),
    }
