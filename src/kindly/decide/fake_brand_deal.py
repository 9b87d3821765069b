"""The fake brand deal sent to creators: a paid campaign or ambassador place offered, then the creator sent off
e-mail to get it - a "contract app" to download or a login with their own channel's account ("download our secure
contract app ... and log in with your YouTube account"), the talk moved to a chat app ("our campaign managers are
on Telegram: @brandcampaign_mgr"), and an answer demanded within hours ("reply within 24 hours or the offer will be
given to another creator"). A real brand may say one of these ("happy to chat on WhatsApp"); two make the scam,
whichever brand the mail names, since answering only tells the sender the account is read."""

from __future__ import annotations

import re

from kindly.decide.scam_cues import may_hold, moved_to_chat

_F = re.IGNORECASE

# What is offered: a brand's paid place for the creator.
_A_DEAL = re.compile(
    r"\b(?:ambassadors?|brand (?:deals?|partners?(?:hips?)?|campaigns?|collab\w*)|paid (?:partnerships?|campaigns?|"
    r"collab\w*|promotions?)|sponsorships?|influencer (?:campaigns?|programs?|programmes?)|campaign)\b",
    _F,
)
# An app to install for the contract ("To sign the contract, please install our secure ContractDesk app",
# "download our secure contract app", "Download the PartnerHub application ... to see the brief and your fee"); a
# brand's own app to try is none.
_APP = (
    r"(?:download|install)\w*\s+(?:our\s+|the\s+|this\s+)?(?:[\w-]+\s+){0,3}?(?:app|application|software)\b"
)
_TERMS = r"(?:contracts?|agreements?|brief|offer|fee|payment)\b"
_CONTRACT_APP = re.compile(
    rf"\b{_APP}[^.!?]{{0,80}}?\b{_TERMS}|\b{_TERMS}[^.!?]{{0,80}}?\b{_APP}|\b(?:download|install)\w*\s+(?:our\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:contract|signing|agreement)\s+(?:app|application|software)\b",
    _F,
)
# The creator's own account to log in with: "log in with your YouTube account", "sign in with your Instagram".
_LOGIN = re.compile(
    r"\b(?:log\s?in|sign\s?in|login)\s+(?:with|using|through|via)\s+your\s+(?:youtube|instagram|tiktok|google|"
    r"facebook|channel|gmail)(?:\s+(?:account|credentials|details))?\b",
    _F,
)
# The talk moved to a chat app by a handle there: "our campaign managers are on Telegram: @brandcampaign_mgr".
_HANDLE_ON_CHAT = re.compile(r"\bon\s+(?:telegram|whatsapp|signal)\s*:?\s*@\w+", _F)
# An answer demanded within hours: "reply within 24 hours", "offer expires in 24h", "in the next 48 hours".
_HOURS_TO_ANSWER = re.compile(
    r"\b(?:within|in|next)\s+(?:the\s+next\s+)?\d{1,2}\s*(?:hours|hrs|h)\b|\b(?:expires?|ends?)\s+(?:today|tonight)\b",
    _F,
)
_WORDS = ("download", "install", "log", "sign", "login", "telegram", "whatsapp", "signal")


def fake_brand_deal_cue(text: str) -> str | None:
    """The words of a fake brand deal: a brand's paid place offered, and two of an app for the contract, the
    creator's account to log in with, the talk moved to a chat app, an answer demanded within hours; None otherwise."""
    if not may_hold(text, _WORDS):  # a cheap look first: two signs need at least one of these words
        return None
    flat = " ".join(text[:20_000].split())
    if _A_DEAL.search(flat) is None:
        return None
    chat = moved_to_chat(flat) or _HANDLE_ON_CHAT.search(flat)
    found = (_CONTRACT_APP.search(flat), _LOGIN.search(flat), chat, _HOURS_TO_ANSWER.search(flat))
    signs = [sign for sign in found if sign is not None]
    if len(signs) < 2:
        return None
    return ", ".join(f'"{sign.group(0)}"' for sign in signs)
