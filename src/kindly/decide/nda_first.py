"""A "pitch" that asks the user to sign an NDA before the call it proposes ("We're launching a new snack brand ...
I'd like to walk you through it on a call, but please sign our NDA first"): the sender brings a project of their
own they will not tell before the NDA, as understand/meeting_on_condition.py reads it where the model sees no ask
at all. Read as the prospective client's call it is, so a never-rule such as "never sign NDAs before a first
call" speaks (a yes to the call, the NDA after it), rather than a pitch declined with best wishes for the sender's
business. A seller who names what they sell (a price, a plan, a demo, "our platform") stays a pitch."""

from __future__ import annotations

import re

from kindly.amounts import AN_AMOUNT
from kindly.model import Intent, Message, Understanding
from kindly.understand.meeting_on_condition import meeting_on_condition

# what a seller names of what they sell: a price, a plan, a demo, "our platform", "we offer" (not selling.py's
# "walk you through", which a client says of their own project too: "walk you through it on a call")
_SOLD = re.compile(
    rf"(?:{AN_AMOUNT.pattern})|"
    r"\b(?:prices?|pricing|rates?|per (?:month|year|seat|user)|discount\w*|demo\w*|free trial|subscription|"
    r"packages?|our (?:services?|products?|platform|tool|software|agency|solutions?|app)|"
    r"we (?:help|offer|provide|specialise|specialize))\b",
    re.IGNORECASE,
)


def with_nda_before_call(understanding: Understanding, message: Message) -> Understanding:
    """A sales pitch that offers a call once an NDA is signed, and sells nothing it names: a client's inquiry."""
    if understanding.intent is not Intent.SALES_PITCH:
        return understanding
    conditioned = meeting_on_condition(message.own_text)
    if not conditioned or _SOLD.search(" ".join(f"{message.subject}\n{message.own_text}".split())):
        return understanding
    note = f'client_inquiry: a call offered once an NDA is signed ("{conditioned[:100]}"), not a sales pitch'
    return understanding.read_as(Intent.CLIENT_INQUIRY, note)
