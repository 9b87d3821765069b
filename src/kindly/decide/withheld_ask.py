"""An ask kept back for a call: "I have a small ask I'd rather not put in an email - might you have 15 minutes?",
often from someone a person close to the user sent ("Bill Halvorsen, your board chair, suggested I reach out").
The model reads its words ("15 minutes", "a call") as a clear enough purpose, often a pitch, and kindly turned the
board chair's friend down as a seller. But what they want is exactly what they have not said: the honest answer
is to ask what it is, never a no to an ask the user has not heard.

Pure: reads text only.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kindly.decide.selling import offers_for_sale
from kindly.model import Intent, Message, Understanding
from kindly.profile import Profile

_F = re.IGNORECASE
# The ask named but not said: "a small ask", "a favour to ask", "a personal matter", "something I'd like to ask you"...
_AN_ASK = r"(?:(?:a|one)\s+(?:small|quick|little|personal|delicate|sensitive|brief|modest)?\s*(?:ask|favou?r|request|matter)|something)"
# ...kept for a call: "I'd rather not put in an email", "better discussed by phone", "easier to explain in person".
_KEPT_BACK = (
    r"(?:(?:would|'d)\s+rather\s+not|prefer\s+not\s+to)\s+(?:put|write|share|explain|go\s+into)\b[^.?!]{0,30}?"
    r"\b(?:e-?mail|writing|here|over\s+e-?mail)\b"
    r"|\b(?:better|best|easier)\s+(?:discussed|explained|said|shared)\s+(?:by|over\s+the|on\s+the|in)\s+"
    r"(?:phone|person|a\s+call)\b"
)
_WITHHELD = re.compile(rf"\b{_AN_ASK}\b[^.?!]{{0,80}}?(?:{_KEPT_BACK})", _F)


def ask_withheld(text: str) -> str:
    """The words in which a message names an ask but keeps it for a call ("a small ask I'd rather not put in an
    email"), or ""."""
    found = _WITHHELD.search(" ".join(text[:20_000].split()))
    return found.group(0) if found else ""


def with_ask_withheld(understanding: Understanding, profile: Profile, message: Message) -> Understanding:
    """An invitation whose ask is kept back for a call, selling nothing: its purpose is unclear, whatever the
    model read - and from outside the user's organisation it is a request to talk, not an ordinary work meeting."""
    if not understanding.is_invitation or understanding.purpose_clear is False:
        return understanding
    text = f"{message.subject}\n{message.own_text}"
    said = ask_withheld(text)
    if not said or offers_for_sale(text):
        return understanding
    note = f'purpose unclear: they name an ask but keep it for a call ("{said}")'
    if understanding.intent is Intent.WORK_MEETING and not profile.user.at_own_domain(message.from_addr):
        understanding = understanding.read_as(
            Intent.COFFEE_CHAT, f"coffee_chat: {note}, from outside your work"
        )
    return replace(understanding, purpose_clear=False, evidence=(note, *understanding.evidence))
