"""The reply to a request to vouch for the sender (decide.reference): a yes that asks only for what the
reference still needs (the role, the day it is due, a CV or what to mention), or an honest no to a stranger that
points them to someone who knows their work.

Pure: reads the message and the verdict only.
"""

from __future__ import annotations

import re

from kindly.decide.assess import reference_asked_in
from kindly.decide.reference import what_is_asked
from kindly.model import Decision, Message, Verdict
from kindly.reply.yes_values import plain_yes

_NOUN = {
    "reference": "the reference",
    "letter": "the letter of recommendation",
    "linkedin": "the recommendation",
}
_YES = {
    "reference": "I'd be glad to be a reference for you.",
    "letter": "I'd be glad to write you a letter of recommendation.",
    "linkedin": "I'd be glad to write you a recommendation on LinkedIn.",
}
_ONLY_FOR = {
    "reference": "I only give references for people whose work I know first-hand",
    "letter": "I only write letters of recommendation for people whose work I know first-hand",
    "linkedin": "I only write recommendations for people I've worked with",
}


_RESUME = re.compile(r"\br[eé]sum[eé]s?\b", re.IGNORECASE)
# the role's own description, which tells the referee what to speak to
_POSTING = re.compile(
    r"\b(job (?:description|posting|advert|ad)|position description|person specification)\b", re.I
)


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def reference_reply(message: Message, verdict: Verdict) -> tuple[str, tuple[str, ...], dict[str, object]]:
    """Template, steps and values of the reply to a request to vouch for the sender; a no's offer (to ask
    someone who knows their work: `Offer("vouched_by_others")`) is the composer's to add."""
    text = f"{message.subject}\n{message.own_text}"
    asked = what_is_asked(reference_asked_in(message), text)  # the sentence the policy read, read once
    ask = f"your message about {_NOUN[asked.kind]}"
    if verdict.decision is Decision.ACCEPT:
        told: list[str] = []  # what they are to say: the role, the day, whom it goes to
        sent: list[str] = []  # what they are to send
        if asked.kind == "linkedin":
            told.append("what you'd most like me to mention")
        else:
            if not asked.role:
                told.append("the role you're applying for")
            if not asked.deadline:
                told.append("when it's needed by")
            if asked.kind == "letter":
                told.append("whom it should be addressed to (and any form they use)")
            # in the sender's own word ("my resume"), and what they offer to send that a reference reads ("Happy to
            # send my resume and the job description")
            sent.append(f"your {'resume' if _RESUME.search(text) else 'CV'}")
            sent += [f"the {found.group(1).lower()}"] if (found := _POSTING.search(text)) else []
            sent.append("a short note on the work we did together that you'd like me to speak to")
        noted = f" I've noted that it's needed by {asked.deadline}." if asked.deadline else ""
        parts = ([f"let me know {_and(told)}"] if told else []) + ([f"send me {_and(sent)}"] if sent else [])
        yes = f"{_YES[asked.kind]}{noted} Could you {', and '.join(parts)}?"
        return "accept.j2", ("accept",), plain_yes(ask, yes)
    reason = f"{_ONLY_FOR[asked.kind]}, and as we haven't worked together I couldn't speak to yours, so I'll have to pass."
    values: dict[str, object] = {
        "ask": ask,
        "honest_reason": reason,
        "answers": [],
        "wish_for": "what comes next" if asked.kind == "linkedin" else "your application",
    }
    return "decline.j2", ("honest_reason", "offer_resource"), values
