"""Scams that pose as business: a client who pays by cheque and asks for the change to be sent on, and a
brand that picks the reader for a prize to be claimed on another account. Answering either only tells the
sender that the address (or the account) is read by someone who answers."""

from __future__ import annotations

import re

_F = re.IGNORECASE

# The overpayment scam: a cheque from the sender ("I will send you a certified cashier's check for $7,500") and
# the rest passed on to someone else ("you will kindly send the balance to our wedding planner").
_CHEQUE_SENT = re.compile(
    r"\b(?:send|mail|post|issue|give|pay)\w*\s+(?:you\s+)?(?:an?\s+)?(?:certified\s+|official\s+)?"
    r"(?:cashier'?s\s+|bank\s+|personal\s+|company\s+)?(?:check|cheque|money order)\b"
    # ...or a card charged for more than is owed: "I will pay with my credit card for the full amount plus $4,500"
    r"|\b(?:pay|charge)\w*\s+(?:with\s+|on\s+|to\s+)?my\s+(?:credit\s+|debit\s+)?card\b[^.]{0,60}?\b(?:plus|extra|more)\b",
    _F,
)
_BALANCE_ON = re.compile(
    r"\b(?:send|forward|wire|transfer|refund|pass|pay|remit)\w*\s+(?:on\s+|back\s+)?(?:the\s+|any\s+)?"
    r"(?:balance|rest|difference|remainder|excess|extra|surplus)\b(?:\s+(?:on|back))?\s+(?:to|on to)\s+"
    r"(?:our|my|the|his|her|their)\b"
    # "plus $4,500 extra which you will send to our private event planner"
    r"|\b(?:extra|balance|difference|excess|surplus)\b[^.]{0,30}?\b(?:which|that)\s+you\s+(?:will|would|can|should)\s+"
    r"(?:send|forward|wire|transfer|pay|remit)\w*\s+(?:on\s+)?(?:to|on to)\s+(?:our|my|the|his|her|their)\b",
    _F,
)

# The ambassador scam: the reader "selected" for a programme, to be claimed on another account, in a hurry or
# for a fee ("DM our main page @brand_official and complete registration within 24 hours").
_ANOTHER_ACCOUNT = re.compile(
    r"\b(?:dm|message|contact|text|write to|reach out to|follow)\s+(?:our|my|the)\s+(?:main|official|other|"
    r"primary|real|head|business|partner|verified)\s+(?:page|account|profile|handle|team)\b|"
    r"\b(?:dm|message|contact)\s+@\w",
    _F,
)
_PRIZE = re.compile(
    r"\b(?:(?:been|was|were|is|has been)\s+(?:selected|chosen|picked|shortlisted)|to claim|claim (?:your|it|the)|"
    r"within \d+\s*(?:hours|hrs|h)\b|limited (?:spots|places|slots|time)|registration fee|small (?:fee|deposit)|"
    r"activation fee|free (?:gear|products?|equipment))",
    _F,
)


def overpayment_cue(text: str) -> str | None:
    """The words of an overpayment scam: a cheque sent, the balance passed on to a third party."""
    cheque, balance = _CHEQUE_SENT.search(text), _BALANCE_ON.search(text)
    return f'"{cheque.group(0)}", "{balance.group(0)}"' if cheque and balance else None


def ambassador_cue(text: str) -> str | None:
    """The words of a prize or programme to be claimed on another account: picked, and sent elsewhere to claim
    it (two signs of the prize, one of the other account)."""
    elsewhere = _ANOTHER_ACCOUNT.search(text)
    prizes = dict.fromkeys(m.group(0).lower() for m in _PRIZE.finditer(text))
    if elsewhere is None or len(prizes) < 2:
        return None
    return ", ".join(f'"{cue}"' for cue in [elsewhere.group(0), *list(prizes)[:2]])
