"""A consultation asked about a topic the sender states (understand/consultation_topic.py) is a client's ask with a
clear purpose: the model may find none in a short mail ("Would love a consultation about expanding to Orlando"),
or read it as a coffee or a pitch; to a user who looks for clients it is a prospective client who has said what
they want to talk about, so kindly answers it rather than asking "what would you like to discuss?"."""

from __future__ import annotations

import re
from dataclasses import replace

from kindly.decide.selling import names_a_sale
from kindly.model import Intent, Message, Understanding
from kindly.profile import GoalKind, Profile
from kindly.understand.consultation_topic import consultation_on_a_topic

# the asks a client's consultation is misread as
_MISREAD = frozenset(
    {
        Intent.COFFEE_CHAT,
        Intent.WORK_MEETING,
        Intent.PARTNERSHIP_PROPOSAL,
        Intent.SALES_PITCH,
        Intent.RECRUITING,
    }
)
# what a recruiter's mail names, which a client's does not ("a consultation about opening a second location")
_A_JOB = re.compile(
    r"\b(?:hiring|recruit\w*|vacanc\w*|positions?|openings|(?:job|an)\s+opening|candidates?|shortlist\w*"
    r"|headhunt\w*|jobs?|roles?)\b",
    re.IGNORECASE,
)


def with_consultation_topic(
    understanding: Understanding, profile: Profile, message: Message
) -> Understanding:
    """A client's inquiry whose purpose the model found unclear, or a coffee, a meeting, a "pitch" that sells
    nothing or a "recruiter" who names no job, to a user who looks for clients, where the mail asks for a consultation about a topic it states: a
    client's inquiry, its purpose clear."""
    clear = understanding.purpose_clear is not False
    if understanding.intent is Intent.CLIENT_INQUIRY and clear:
        return understanding
    if understanding.intent is not Intent.CLIENT_INQUIRY and (
        understanding.intent not in _MISREAD or not profile.has_goal(GoalKind.FIND_CLIENTS)
    ):
        return understanding
    text = f"{message.subject}\n{message.own_text}"
    asked = consultation_on_a_topic(text)
    if (
        not asked
        or (understanding.intent is Intent.SALES_PITCH and names_a_sale(" ".join(text.split())))
        or (understanding.intent is Intent.RECRUITING and _A_JOB.search(text))
    ):
        return understanding
    note = f'purpose clear: a consultation asked about a topic they state ("{asked[:100]}")'
    if understanding.intent is Intent.CLIENT_INQUIRY:
        return replace(understanding, purpose_clear=True, evidence=(note, *understanding.evidence))
    return understanding.read_as(
        Intent.CLIENT_INQUIRY, f"client_inquiry: {note}, not {understanding.intent.value}"
    )
