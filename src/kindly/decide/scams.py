"""Whether a message is a scam, and by which cue: the one answer every decision asks (`scam_in`).

- money asked in gift cards or for a fee to meet someone ("buy two Amazon gift cards and send me the codes");
- a client who pays by cheque (or card) and asks for the change to be sent on to someone else;
- a fee to be paid before money promised to the reader is theirs ("To release the funds, a one-time processing
  fee of USD 350 must be paid"), or any fee to be paid by Western Union or MoneyGram;
- a brand that picks the reader for a prize to be claimed on another account ("DM our main page ... within 24
  hours");
- an investment that promises returns, paid in crypto or run in a private channel ("members earn 3-5% daily
  guaranteed ... join our private channel t.me/... and send 500 USDT to activate your membership");
- a password or a login asked of the reader ("verify your account by entering your email password at the
  secure portal below");
- a fee demanded to keep a licence, an account or a registration from being suspended, paid at a link, from a
  domain that is not the named body's own ("registration@cpso-renewals-ca.com": "Your certificate of
  registration will be suspended ... unless a reinstatement fee of CAD 350 is paid ... pay the fee here:
  http://cpso-renewals-ca.com/verify") - a look-alike of the body's name, or webmail (`status_fee_cue`);
- a login asked at a link under a threat to the reader's account or money, from such a domain ("Your donation
  portal will be suspended ... Log in here to verify your details: https://tucson-giving-portal...")
  (`login_threat_cue`);
- a job offered on the way to a cheque: two of no interview needed, the talk moved to a chat app ("add our hiring
  manager on Telegram"), a cheque to buy equipment from their own vendor ("You will receive a check to purchase
  your home office equipment from our approved vendor") (`fake_job_cue`);
- a brand deal offered on the way to an app or a chat: two of a "contract app" to download or a login with the
  creator's own account, the talk moved to a chat app, an answer demanded within hours (`fake_brand_deal_cue`);
- a payment sent to an account the sender says is new: their bank details changed and money to be wired to the
  new account ("our client account details have changed ... kindly wire £250,000 to the new account below") -
  the mandate fraud that imitates a supplier or a law firm (`diverted_payment_cue`);
- money promised or a rush, and the reader's bank and identity details to be sent by reply ("PRE-APPROVED ...
  reply with your EIN, business bank routing and account number and a copy of your driver's license")
  (`identity_by_mail_cue`);
- a bulk order paid by card or cheque whose goods the buyer's own freight forwarder collects, or whose shipper the
  reader is to pay ("we will pay by credit card and our freight forwarder will pick up the goods") (`shipper_pickup_cue`);
- a story of hidden funds with a fortune or a private channel ("in strict confidence", "USD $4,200,000", "reply
  with your WhatsApp number");
- several game keys asked by a "creator" who greets no one by name and shows no channel ("Hello dev, ... send me
  5 Steam keys so I can do a giveaway") (`key_resale_cue`).

All but the story of hidden funds hold whoever the sender is, a contact or a goal's target included: no honest
sender asks them, and an overpayment "client" writes first to ask the date and the price, so a reply has often
gone. The story holds for a stranger only: between people who know each other its words (bank details, WhatsApp,
a large sum) are ordinary business. Answering any of them only tells the sender that the address (or the account) is
read by someone who answers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kindly.amounts import NAMES, SIGN
from kindly.decide.fake_brand_deal import fake_brand_deal_cue
from kindly.decide.identity_asked import identity_by_mail_cue
from kindly.decide.key_resale import key_resale_cue
from kindly.decide.proxy_booking import proxy_booking_cue
from kindly.decide.rules import (
    hidden_funds_cue,
    may_hold,
    money_asked,
    money_sentences,
    moved_to_chat,
    reader_pays,
)
from kindly.decide.shipper_pickup import shipper_pickup_cue
from kindly.domains import webmail

_F = re.IGNORECASE

# The overpayment scam: a cheque from the sender ("I will send you a certified cashier's check for $7,500") and
# the rest passed on to someone else ("you will kindly send the balance to our wedding planner").
_CHEQUE_SENT = re.compile(
    # ...or paid by one: "I will pay you by certified check"
    # ...the sum it pays said between: "Our sponsor will pay the full amount by certified check"
    r"\b(?:send|mail|post|issue|give|pay)\w*\s+(?:you\s+)?(?:(?:the|your)\s+(?:full\s+|whole\s+|total\s+)?"
    r"(?:amount|cost|sum|bill|invoice|deposit)\s+)?(?:(?:by|via|with|in)\s+)?(?:an?\s+)?(?:certified\s+|official\s+)?"
    r"(?:cashier'?s\s+|bank\s+|personal\s+|company\s+)?(?:check|cheque|money order)\b"
    # ...said of the payment or of the cheque: "Payment will be by certified check of 3,450 USD", "so the check
    # can be sent today"
    r"|\bpayment\s+(?:will\s+be\s+|is\s+|would\s+be\s+)?(?:made\s+)?(?:by|via|with)\s+(?:an?\s+)?"
    r"(?:certified\s+|official\s+)?(?:cashier'?s\s+|bank\s+|personal\s+|company\s+)?(?:check|cheque|money order)\b"
    r"|\b(?:check|cheque|money order)\s+(?:will|can|shall|would)\s+be\s+(?:sent|mailed|posted|issued|couriered)\b"
    # ...or a card charged for more than is owed: "I will pay with my credit card for the full amount plus $4,500"
    r"|\b(?:pay|charge)\w*\s+(?:with\s+|on\s+|to\s+)?my\s+(?:credit\s+|debit\s+)?card\b[^.]{0,60}?\b(?:plus|extra|more)\b",
    _F,
)
# Words one of which every cheque sent (or card overcharged) holds: a cheap look first (rules.may_hold).
_CHEQUES = ("check", "cheque", "money order", "card")
# ...or a payment of any kind the sender says will come to more than is owed: "Our client will send USD 48,000
# which is more than the invoice", "we will wire the full amount plus an extra $3,000", "I'll overpay". Said of
# what is still to be paid: a client who paid too much by mistake ("we paid more than the invoice") only asks
# for their own money back.
_OVERPAID = re.compile(
    r"\b(?:will|shall|would|'ll|going\s+to)\s+(?:\w+\s+){0,2}?(?:send|pay|transfer|wire|remit|deposit)\w*\b"
    r"[^.;]{0,60}?\b(?:more than|in excess of|over and above|above)\s+(?:the|your|what)\b"
    r"|\b(?:will|shall|would|'ll|going\s+to)\s+(?:\w+\s+){0,2}?(?:send|pay|transfer|wire|remit|deposit)\w*\b"
    r"[^.;]{0,60}?\bplus\s+(?:an?\s+)?(?:extra|additional)\b"
    r"|\b(?:will|shall|would|'ll|going\s+to)\s+(?:\w+\s+){0,2}?overpay\w*\b",
    _F,
)
_OVERPAYMENTS = ("more than", "excess", "above", "extra", "additional", "overpay")
# An amount said of what is passed on: "the balance of $12,000", "the $12,000 balance", "the rest (USD 4,500)".
# Any three capitals are its code, and it may have none: the words around it ("balance") say it is money.
_AMOUNT = rf"(?:[A-Z]{{3}}\s?|{SIGN}\s?)?\d[\d,.]*(?:\s?(?:[A-Z]{{3}}|{NAMES}))?"
_BALANCE_ON = re.compile(
    r"\b(?:send|forward|wire|transfer|refund|pass|pay|remit)\w*\s+(?:on\s+|back\s+)?(?:the\s+|any\s+)?"
    rf"(?:{_AMOUNT}\s+)?(?:balance|rest|difference|remainder|excess|extra|surplus)\b"
    rf"(?:\s+(?:of\s+{_AMOUNT}|\(\s*{_AMOUNT}\s*\)))?(?:\s+(?:on|back))?"
    # ...however it is sent: "send the balance by Western Union to our notary"
    r"(?:\s+(?:by|via|through|using|with)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s+(?:to|on to)\s+"
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


# The advance-fee scam: money promised to the reader (a grant, a prize, an inheritance) that a fee must first
# release ("To release the funds, a one-time processing fee of USD 350 must be paid via Western Union"). Money the
# user is paid against an invoice is none ("we'll release the payment once we receive your invoice"): a fee of
# the reader's must be demanded in the same sentence.
_MONEY_RELEASED = re.compile(
    r"\b(?:release|receive|claim|transfer|disburse|unlock|collect|credit)\w*\s+(?:of\s+)?(?:the|your|these|this|"
    r"those)\s+(?:[\w-]+\s+){0,2}?(?:funds?|grant|prize|award|winnings|money|inheritance|compensation|reward|"
    r"payout|sum|loan)\b",
    _F,
)
_FEES = ("fee", "charge", "deposit", "tax", "levy")
_FEE = re.compile(rf"\b(?:{'|'.join(_FEES)})\b", _F)
# Not rules._FEE_DEMANDED: that one is asked only of a sentence that already names a fee to meet, so any word of
# paying will do; this one is asked of every money sentence, so a fee must be said to be due ("must be paid").
_FEE_DUE = re.compile(
    r"\b(?:must|needs? to|has to|have to|is required|are required|required|payable|should)\b[^.!?\n]{0,40}"
    r"\b(?:paid|pay|settled|sent|transferred|wired)\b|\b(?:pay|send|wire|transfer|remit)\b[^.!?\n]{0,60}\b(?:fee|charge|"
    r"deposit|tax|levy)\b",
    _F,
)
# Paid where no one can get it back: "via Western Union", "by MoneyGram" ("kindly remit the mandatory visa
# processing and registration fee of USD 650 by Western Union": a fee a long name away from its verb).
_UNTRACEABLE = re.compile(r"\b(?:western union|moneygram|money gram)\b", _F)


def advance_fee_cue(text: str) -> str | None:
    """The words of a fee the reader must pay before money promised to them is released, or of a fee to be sent
    by Western Union or MoneyGram."""
    if not may_hold(text, _FEES):  # a cheap look first: every fee named holds one of these words
        return None
    for sentence in money_sentences(text):
        fee = _FEE.search(sentence)
        if not fee or not _FEE_DUE.search(sentence) or not reader_pays(sentence):
            continue
        if released := _MONEY_RELEASED.search(sentence):
            return f'"{released.group(0)}", "{fee.group(0)}"'
        if untraceable := _UNTRACEABLE.search(sentence):
            return f'"{fee.group(0)}", "{untraceable.group(0)}"'
    return None


# The investment scam: returns promised by the day, the week or the month, or guaranteed ("members earn 3-5% daily
# guaranteed", "guaranteed returns of 2% a week", "guaranteed 12% monthly returns"); money asked in crypto ("send 500 USDT to activate your
# membership"); a private channel to join ("our private channel t.me/alpha_arb_vip", "our VIP Telegram group").
_RETURNS = re.compile(
    r"\b(?:earn|earns|earning|make|makes|making|returns?|profits?|yields?|gains?)\b[^.!?\n]{0,40}?"
    r"\d+(?:[.,]\d+)?\s*(?:%|percent)?\s*(?:-|–|to)?\s*\d*(?:[.,]\d+)?\s*(?:%|percent)\s*"
    r"(?:(?:a|per|each|every)\s+)?(?:day|daily|week|weekly|month|monthly)\b|"
    r"\bguaranteed\s+(?:returns?|profits?|income|gains?|daily|weekly|monthly)\b|"
    r"\bguaranteed\s+\d+(?:[.,]\d+)?\s*(?:%|percent)\s*(?:(?:a|per|each|every)\s+)?(?:day|daily|week|weekly|"
    r"month|monthly)\b|"
    r"\b(?:daily|weekly)\s+guaranteed\b|\b(?:daily|weekly|monthly)\b[^.!?\n]{0,10}\bguaranteed\b|"
    r"\brisk[- ]free\s+(?:returns?|profits?|income|trading|arbitrage)\b",
    _F,
)
_CRYPTO = r"(?:usdt|usdc|btc|eth|bitcoin|ethereum|tether|crypto(?:currency)?|bnb|sol)"
_CRYPTO_ASKED = re.compile(
    r"\b(?:send|deposit|transfer|pay|top up|fund)\w*\s+(?:us\s+)?(?:(?:a|an|the|just|only|minimum(?:\s+of)?)\s+)?"
    rf"[$]?\d[\d,.]*\s*(?:k\s+)?{_CRYPTO}\b|"
    rf"\b(?:send|deposit|transfer|pay)\w*\s+(?:\w+\s+){{0,2}}?(?:in|via|with)\s+{_CRYPTO}\b",
    _F,
)
_CRYPTO_SAID = re.compile(rf"\b{_CRYPTO}\b|\barbitrage\b", _F)
_CRYPTO_WORDS = ("usdt", "usdc", "btc", "eth", "bitcoin", "tether", "crypto", "bnb", "sol", "arbitrage")
_PRIVATE_GROUP = re.compile(
    r"\b(?:private|exclusive|vip|secret|inner[- ]circle)\s+(?:telegram\s+|whatsapp\s+|signal\s+|discord\s+)?"
    r"(?:channel|group|signals?)\b|\bt\.me/\w|\bjoin\s+(?:our|my)\s+(?:vip\s+)?(?:telegram|whatsapp|signal)\b",
    _F,
)


def investment_cue(text: str) -> str | None:
    """The words of an investment scam: two of returns promised, money asked in crypto and a private channel to
    join, or returns promised in crypto ("arbitrage", "USDT"). A crypto company's invitation names no returns."""
    private = _PRIVATE_GROUP.search(text)
    if private is None and not may_hold(text, _CRYPTO_WORDS):
        return None  # without a private channel, every cue needs crypto's words: a cheap look first
    returns, asked, crypto = _RETURNS.search(text), _CRYPTO_ASKED.search(text), _CRYPTO_SAID.search(text)
    signs = [found for found in (returns, asked, private) if found is not None]
    if len(signs) >= 2 or (returns is not None and crypto is not None):
        shown = signs if len(signs) >= 2 else [returns, crypto]
        return ", ".join(f'"{" ".join(found.group(0).split())}"' for found in shown if found is not None)
    return None


def overpayment_cue(text: str) -> str | None:
    """The words of an overpayment scam: a cheque sent (or any payment to come that is more than is owed), the
    balance passed on to a third party."""
    cheque = _CHEQUE_SENT.search(text) if may_hold(text, _CHEQUES) else None
    if cheque is None and may_hold(text, _OVERPAYMENTS):
        cheque = _OVERPAID.search(text)
    if cheque is None:  # the balance passed on is not looked for without a cheque or a payment of too much
        return None
    balance = _BALANCE_ON.search(text)
    return f'"{cheque.group(0)}", "{balance.group(0)}"' if balance else None


def ambassador_cue(text: str) -> str | None:
    """The words of a prize or programme to be claimed on another account: picked, and sent elsewhere to claim
    it (two signs of the prize, one of the other account)."""
    elsewhere = _ANOTHER_ACCOUNT.search(text)
    if elsewhere is None:  # the signs of a prize are not looked for without another account
        return None
    prizes = dict.fromkeys(m.group(0).lower() for m in _PRIZE.finditer(text))
    if len(prizes) < 2:
        return None
    return ", ".join(f'"{cue}"' for cue in [elsewhere.group(0), *list(prizes)[:2]])


# A licence, an account or a registration threatened: "will be suspended", "reinstatement", "to avoid
# deactivation". A renewal reminder that only says when it is due threatens nothing.
_STATUS_THREATENED = re.compile(
    r"\b(?:will|would|shall|may|is going to)\s+be\s+(?:\w+\s+)?(?:suspended|deactivated|terminated|revoked|"
    r"cancell?ed|closed|locked|disabled|struck off|removed|delisted)\b|\breinstatement\b|"
    r"\bto\s+(?:avoid|prevent)\s+(?:the\s+|your\s+|its\s+)?(?:suspension|deactivation|termination|revocation|"
    r"cancell?ation|closure|removal)\b",
    _F,
)
# ...a fee (or a payment) to be paid for it, and a link to pay at.
_STATUS_FEE = re.compile(r"\b(?:fees?|payments?|dues|charges?|penalty|penalties)\b", _F)
_LINK = re.compile(r"\b(?:https?://|www\.)(?P<host>[\w.-]+\.[a-z]{2,})", _F)
_PAY_HERE = re.compile(
    r"\b(?:pay|paid|settle|verify|confirm|complete)\w*\b[^.!?\n]{0,60}?(?:\bhere\b|\bbelow\b|\bat\b|:)", _F
)


def _look_alike(host: str, names: set[str]) -> bool:
    """Whether a domain wears a body's name with other words glued on ("cpso-renewals-ca.com" for "CPSO"), the
    way an impostor's does; a body's own domain is its name alone ("cpso.on.ca")."""
    label = host.lower().removeprefix("www.").split(".")[0]
    parts = [part for part in re.split(r"[-_]", label) if part]
    return len(parts) >= 2 and any(part in names for part in parts)


def status_fee_cue(sender: str, from_addr: str, text: str) -> str | None:
    """The words of a fee demanded to keep a licence, an account or a registration ("will be suspended ...
    unless a reinstatement fee of CAD 350 is paid"), to be paid at a link, from a domain that is not the named
    body's own: one that wears its name with other words ("cpso-renewals-ca.com"), or webmail. The body's own
    reminder, from its own domain, is none."""
    if not may_hold(text, ("http", "www.")):
        return None
    flat = " ".join(text.split())
    threat = _STATUS_THREATENED.search(flat)
    if threat is None or not _STATUS_FEE.search(flat) or not _PAY_HERE.search(flat):
        return None
    impostor = _impostor(sender, from_addr, flat, text)
    if not impostor:
        return None
    return f'"{threat.group(0)}", a fee to pay at a link, from "{impostor}", not the body\'s own domain'


def _impostor(sender: str, from_addr: str, flat: str, text: str) -> str:
    """The domain, the sender's or a link's, that wears the name the sender gives (or the initials of a body the
    mail names) with other words glued on, or the sender's webmail domain; "" where the mail links nowhere or
    comes from the body's own domain. `flat` is the mail's `text` on one line."""
    links = [m.group("host") for m in _LINK.finditer(flat)]
    if not links:
        return ""
    domain = from_addr.rpartition("@")[2].strip(" >").lower()
    # the body the sender names: its words and its initials ("CPSO Registration Services": cpso, registration)
    display = sender.split("<")[0]
    named = [w for w in re.findall(r"[A-Za-z]+", display) if len(w) >= 3]
    names = {w.lower() for w in named} | _initials(display)
    # ...and a body the mail names in full, by its initials ("Oregon Board of Licensed Professional Counselors and
    # Therapists": oblpct)
    for body in _A_BODY_NAMED.finditer(text[:5_000]):
        names |= _initials(body.group(0))
    impostor = next((host for host in [domain, *links] if host and _look_alike(host, names)), "")
    if not impostor and domain and webmail(domain):
        impostor = domain
    return impostor


# A body's name in full: three capitalised words or more on one line, with the small words between ("Board of
# Licensed ...").
_A_BODY_NAMED = re.compile(r"\b[A-Z][a-z]+(?:[ \t]+(?:(?:of|and|for|the|&)[ \t]+)*[A-Z][a-z]+){2,}")


def _initials(name: str) -> set[str]:
    """The initials a body goes by, of its capitalised words and of all its words ("Oregon Board of Licensed
    Professional Counselors and Therapists": oblpct, obolpcat); none shorter than three letters."""
    words = re.findall(r"[A-Za-z]+", name)
    capitals = "".join(word[0] for word in words if word[0].isupper())
    every = "".join(word[0] for word in words)
    return {initials.lower() for initials in (capitals, every) if len(initials) >= 3}


# A login asked at a link: "Log in here to verify your details", "sign in below", "confirm your account at the link".
_LOGIN_ASKED = re.compile(
    r"\b(?:log\s?in|sign\s?in)\b[^.!?\n]{0,60}?(?:\bhere\b|\bbelow\b|\blink\b|:\s*(?:https?://|www\.))|"
    r"\b(?:verify|confirm|validate|re-?activate|re-?confirm|update)\s+(?:your|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:account|portal|details|identity|access|login|credentials|information|profile)\b[^.!?\n]{0,60}?"
    r"(?:\bhere\b|\bbelow\b|\blink\b|:\s*(?:https?://|www\.))|"
    # ...or a bare button: "Verify now: https://..."
    r"\b(?:verify|confirm|validate|log\s?in|sign\s?in)\s+now\s*:\s*(?:https?://|www\.)",
    _F,
)
# ...under a threat to the reader's account or money: "your donation portal will be suspended", "donations will be
# held", "failure to confirm will result in...". A date an event's registration closes threatens nothing.
_ACCOUNT_THREATENED = re.compile(
    r"\b(?:account|portal|access|profile|mailbox|donations?|funds|payments?|payouts?|contributions?)\b"
    r"[^.!?\n]{0,40}?\b(?:will|would|may|is going to)\s+be\s+(?:\w+\s+)?(?:held|frozen|paused|on hold|restricted|"
    r"suspended|deactivated|locked|closed|disabled|terminated|cancell?ed|removed)\b|"
    r"\bfailure\s+to\s+(?:confirm|verify|validate|log\s?in|sign\s?in)\b|"
    # ...or a clock on the reader's access: "Your access expires in 24 hours"
    r"\b(?:access|link|account|password|document)\s+(?:expires|will\s+expire)\s+(?:in|within)\s+\d{1,3}\s+hours?\b|"
    r"\bto\s+(?:avoid|prevent)\s+(?:the\s+|your\s+|any\s+)?(?:suspension|deactivation|interruption|closure|"
    r"restriction|loss)\b",
    _F,
)


def login_threat_cue(sender: str, from_addr: str, text: str) -> str | None:
    """The words of a login asked at a link under a threat ("Your donation portal will be suspended within 24
    hours unless you confirm your account. Log in here"), from a domain that is not the named body's own: one
    that wears its name with other words, or webmail. The body's own notice, from its own domain, is none."""
    if not may_hold(text, ("http", "www.")):
        return None
    flat = " ".join(text[:20_000].split())
    threat = _ACCOUNT_THREATENED.search(flat)
    login = _LOGIN_ASKED.search(flat) if threat else None
    if threat is None or login is None:
        return None
    impostor = _impostor(sender, from_addr, flat, text)
    if not impostor:
        return None
    return f'"{threat.group(0)}", "{login.group(0)}", from "{impostor}", not the body\'s own domain'


# The fake job: a role offered with no interview ("no interview is necessary"), the talk moved to a chat app where
# no company hires ("add our hiring manager on Telegram @..."), and a cheque to buy equipment from a vendor of theirs
# ("a check to purchase your home office equipment from our approved vendor"). A real recruiter may say one ("happy
# to chat on WhatsApp if easier"); two make it the scam, whoever the mail says it is from.
_A_JOB = re.compile(
    r"\b(?:position|job|role|vacancy|vacancies|hiring|hired|onboarding|salary|employment)\b", _F
)
_CHAT_APPS = r"(?:telegram|whatsapp|wechat|signal|wickr|hangouts|google chat)"
_NO_INTERVIEW = re.compile(
    r"\bno\s+(?:\w+\s+)?interviews?\s+(?:is\s+|are\s+|will\s+be\s+)?(?:necessary|needed|required)\b|"
    r"\bwithout\s+(?:an?\s+|any\s+)?interviews?\b|"
    # ...held on a chat app, however worded: "conducted via text chat on Telegram", "will take place over WhatsApp"
    rf"\binterviews?\s+(?:will\s+(?:be\s+)?|is\s+|are\s+)?(?:conducted\s+|held\s+|done\s+|take\s+place\s+)?"
    rf"(?:via|on|over|through|by)\s+(?:(?:a|an|text|online|instant|live)\s+)?(?:(?:chat|messag\w*)\s+)?"
    rf"(?:(?:on|via|over)\s+)?{_CHAT_APPS}\b",
    _F,
)
_EQUIPMENT_BOUGHT = re.compile(
    r"\b(?:check|cheque|payment|funds)\b[^.!?]{0,60}?\b(?:purchase|buy)\w*\b[^.!?]{0,50}?"
    r"\b(?:equipment|laptop|computer|software|supplies|workstation)\b|"
    r"\b(?:purchase|buy)\w*\b[^.!?]{0,60}?\bfrom\s+(?:our|the\s+company'?s?)\s+(?:approved|preferred|designated|"
    r"certified|authori[sz]ed)\s+(?:vendor|supplier|store)\b",
    _F,
)
_FAKE_JOB_WORDS = (
    "interview",
    "whatsapp",
    "telegram",
    "wechat",
    "signal",
    "vendor",
    "supplier",
    "equipment",
    "laptop",
)


def fake_job_cue(text: str) -> str | None:
    """The words of a fake job: a job named, and two of no interview needed, the talk moved to a chat app, a
    cheque to buy equipment from a vendor of theirs."""
    if not may_hold(text, _FAKE_JOB_WORDS):  # a cheap look first: each sign but one holds one of these
        return None
    flat = " ".join(text.split())
    if _A_JOB.search(flat) is None:
        return None
    found = (_NO_INTERVIEW.search(flat), moved_to_chat(flat), _EQUIPMENT_BOUGHT.search(flat))
    signs = [sign for sign in found if sign is not None]
    if len(signs) < 2:
        return None
    return ", ".join(f'"{sign.group(0)}"' for sign in signs)


# Bank details said to have changed: "our bank details have changed", "our client account details have been
# updated", "please note our new bank details", "we have changed banks".
_DETAILS_CHANGED = re.compile(
    r"\b(?:bank(?:ing)?|account|payment|remittance|wire)\s+(?:\w+\s+){0,2}?(?:details|information|info|"
    r"instructions)\s+(?:have|has)\s+(?:recently\s+|now\s+)?(?:been\s+)?(?:changed|updated|amended)|"
    r"\b(?:our|my|the)\s+new\s+(?:bank(?:ing)?|account|payment|wire)\s+(?:\w+\s+)?(?:details|instructions)|"
    r"\b(?:we|i)\s+(?:have\s+)?(?:changed|switched|moved)\s+(?:our\s+|my\s+)?banks?\b",
    _F,
)
# ...and money asked to go there: "wire £250,000 to the new account", "transfer the balance to the account below".
_SENT_THERE = re.compile(
    r"\b(?:wire|transfer|send|remit|pay|make)\w*\s+[^.!?]{0,80}?\b(?:to|into)\s+(?:the|our|this|my)\s+"
    r"(?:new|updated|following|below|attached)?\s*(?:bank\s+)?(?:account|details)\b",
    _F,
)


def diverted_payment_cue(text: str) -> str | None:
    """The words of a payment diverted: the sender's bank details said to have changed, and money asked to go to
    the new account. A notice of new details that asks no payment ("please update your records") is none."""
    if not may_hold(text, ("bank", "account", "payment", "remittance", "wire")):
        return None
    flat = " ".join(text[:20_000].split())
    changed = _DETAILS_CHANGED.search(flat)
    sent = _SENT_THERE.search(flat) if changed else None
    return f'"{changed.group(0)}", "{sent.group(0)}"' if changed and sent else None


PHISHING = "password asked"
MONEY_ASKED = "money asked"
OVERPAYMENT = "overpayment"
ADVANCE_FEE = "advance fee"
PRIZE_ELSEWHERE = "prize elsewhere"
HIDDEN_FUNDS = "hidden funds"
INVESTMENT = "investment"
STATUS_FEE = "fee to keep a licence"
LOGIN_THREAT = "login asked under a threat"
FAKE_JOB = "fake job"
FAKE_BRAND_DEAL = "fake brand deal"
DIVERTED_PAYMENT = "payment diverted"
IDENTITY_ASKED = "bank and identity details asked"
PROXY_BOOKING = "booking paid by another"
KEY_RESALE = "game keys for resale"
SHIPPER_PICKUP = "goods collected by the buyer's own shipper"


@dataclass(frozen=True, slots=True)
class Scam:
    """A message read as a scam: by which cue (`kind`), and the words that show it, quoted as a reason quotes
    them."""

    kind: str
    words: str

    @property
    def whoever_sends(self) -> bool:
        """Whether it is a scam from anyone, a contact or a goal's target too (not only from a stranger)."""
        return self.kind != HIDDEN_FUNDS

    def __str__(self) -> str:
        """As a reason shows it: 'it asks you to pay: "..."' or the cues, quoted."""
        return f"it asks you to pay: {self.words}" if self.kind == MONEY_ASKED else self.words


# A password or a login asked of the reader: "verify your account by entering your email password at the secure
# portal below", "confirm your login credentials". No honest sender asks for it (not "set a password when you
# register", nor "never share your password").
_PASSWORD_ASKED = re.compile(
    r"\b(?:enter|confirm|verify|provide|submit|type|send|re-?enter|validate)(?:ing|s|ed)?\s+(?:in\s+)?(?:us\s+)?"
    r"(?:your|the)\s+(?:(?:e-?mail|account|mailbox|webmail|office\s*365|outlook|bank(?:ing)?|login|network)\s+)?"
    r"(?:password|passcode|login\s+(?:details|credentials)|credentials)\b"
    # ...or a sign-in with the reader's own mail account to see a document ("Sign in with your company email
    # account to access the bid documents"): a site that is the sender's asks for an account of its own
    r"|\b(?:sign|log)[ \t-]?(?:in|on)\s+(?:with|using)\s+your\s+(?:company\s+|work\s+|business\s+|corporate\s+)?"
    r"(?:e-?mail|office\s*365|outlook|webmail|mailbox)\s+(?:account|address\s+and\s+password|password|credentials|login)\b",
    _F,
)


# ...or bank details asked under a threat to the account: "online giving has been temporarily SUSPENDED ... verify
# your account and banking details within 24 hours" (not "update your bank details in your dashboard" alone).
_BANK_DETAILS_ASKED = re.compile(
    r"\b(?:enter|confirm|verify|provide|submit|update|validate|re-?enter)(?:ing|s|ed)?\s+(?:your|the)\s+"
    r"(?:account\s+and\s+)?(?:bank(?:ing)?|card|payment)\s+(?:details|information|info)\b",
    _F,
)
_ACCOUNT_SHUT = re.compile(
    r"\b(?:suspended|locked|frozen|restricted|permanently closed|(?:will be|be) closed|on hold)\b", _F
)


def phishing_cue(text: str) -> str | None:
    """The words that ask the reader for their password or login ("entering your email password", "sign in with
    your company email account"), or None."""
    if not may_hold(
        text, ("password", "passcode", "credentials", "login", "sign in", "log in", "sign-in", "log on")
    ):
        return None
    found = _PASSWORD_ASKED.search(" ".join(text[:20_000].split()))
    return f'"{found.group(0)}"' if found else None


def bank_details_threat_cue(sender: str, from_addr: str, text: str) -> str | None:
    """The words that ask the reader's bank details under a threat to the account ("confirm your banking
    information ... or the page will be closed"), from a domain that is not the named body's own (`_impostor`).
    A vendor's own failed-payment notice ("update your payment details or your subscription will be suspended"),
    from its own domain, is none."""
    if not may_hold(text, ("bank", "card", "payment")):
        return None
    flat = " ".join(text[:20_000].split())
    asked = _BANK_DETAILS_ASKED.search(flat)
    threat = _ACCOUNT_SHUT.search(flat) if asked else None
    if asked is None or threat is None:
        return None
    impostor = _impostor(sender, from_addr, flat, text)
    return f'"{asked.group(0)}", "{threat.group(0)}", from "{impostor}"' if impostor else None


def scam_in(text: str) -> Scam | None:
    """The scam a message's text shows, by its first cue (see the module), or None."""
    if asked := money_asked(text):
        return Scam(MONEY_ASKED, f'"{asked}"')
    for kind, cue in (
        (PHISHING, phishing_cue),
        (OVERPAYMENT, overpayment_cue),
        (PROXY_BOOKING, proxy_booking_cue),
        (SHIPPER_PICKUP, shipper_pickup_cue),
        (ADVANCE_FEE, advance_fee_cue),
        (PRIZE_ELSEWHERE, ambassador_cue),
        (INVESTMENT, investment_cue),
        (FAKE_JOB, fake_job_cue),
        (FAKE_BRAND_DEAL, fake_brand_deal_cue),
        (DIVERTED_PAYMENT, diverted_payment_cue),
        (IDENTITY_ASKED, identity_by_mail_cue),
        (HIDDEN_FUNDS, hidden_funds_cue),
        (KEY_RESALE, key_resale_cue),
    ):
        if words := cue(text):
            return Scam(kind, words)
    return None


def scam_cue(text: str) -> str | None:
    """The words that make a message a scam, quoted, by whichever cue (see `scam_in`); None where none holds."""
    found = scam_in(text)
    return found.words if found else None
