"""The shipping-agent scam, common in mail to trades that sell goods (designers, furniture and lighting shops,
sign makers, printers): a stranger orders in bulk, pays by card or by cheque, and has their "own freight
forwarder" (a shipping agent, a mover) collect the goods - or asks the reader to pay that shipper out of the
payment. The card is stolen or the cheque bounces after the goods or the shipper's fee have gone. No honest buyer
needs both: a buyer who pays by card and collects in person, or a client who uses their own mover but pays an
invoice, is an ordinary client."""

from __future__ import annotations

import re

from kindly.decide.scam_cues import may_hold

_F = re.IGNORECASE

_SHIPPERS = (
    r"(?:freight[ -]?forwarders?|forwarding (?:agent|company)|shipping (?:agent|company|companies|agency)|"
    r"shippers?|logistics (?:agent|company)|movers?|moving company|cargo (?:agent|company))"
)

# The sender's own shipper takes the goods: "our freight forwarder will pick up the goods from you", "my shipping
# agent will come for the items".
_OWN_SHIPPER_COLLECTS = re.compile(
    rf"\b(?:my|our)\s+(?:own\s+|private\s+|personal\s+)?{_SHIPPERS}\b[^.!?]{{0,30}}?\b(?:will|would|'ll|shall|is going to)\s+"
    r"(?:\w+\s+){0,2}?(?:pick\s+up|pick\s+(?:it|them)\s+up|collect|come\s+for|handle\s+(?:the\s+)?(?:pick-?up|shipping|delivery))\b",
    _F,
)

# The reader pays the sender's shipper out of their money: "you will pay my mover from it".
_READER_PAYS_SHIPPER = re.compile(
    rf"\byou\s+(?:will|would|can|should|'ll)\s+(?:then\s+)?(?:pay|send\s+(?:the\s+)?(?:balance|rest|remaining)\s+to)\s+"
    rf"(?:my|our|the)\s+{_SHIPPERS}\b",
    _F,
)

# Paid by card or cheque: "we will pay by credit card", "I will send a certified check".
_CARD_OR_CHEQUE = re.compile(
    r"\b(?:pay(?:ment)?\s+(?:\w+\s+){0,3}?(?:by|with|via)\s+(?:a\s+|my\s+|our\s+)?(?:credit\s+|debit\s+)?(?:cards?|cheques?|checks?)|"
    r"(?:send|mail|issue)\s+(?:you\s+)?an?\s+(?:certified\s+|cashier'?s\s+|bank\s+)?(?:cheque|check))\b",
    _F,
)


def shipper_pickup_cue(text: str) -> str | None:
    """The words of a shipping-agent scam: payment by card or cheque, and the sender's own shipper collecting the
    goods or paid by the reader, quoted; or None where either is missing."""
    if not may_hold(text, ("forward", "shipp", "mover", "moving", "logistics", "cargo")):
        return None
    flat = " ".join(text[:20_000].split())
    shipper = _OWN_SHIPPER_COLLECTS.search(flat) or _READER_PAYS_SHIPPER.search(flat)
    paid = _CARD_OR_CHEQUE.search(flat) if shipper else None
    return f'"{paid.group(0)}", "{shipper.group(0)}"' if shipper and paid else None
