"""What a scam or a demand for money shows in a message: a story of hidden funds told in confidence, a move to a
chat app, gift cards or their codes, a fee the reader must pay to meet or to be paid (money_asked, reader_pays),
and a cheap look for the words every such pattern holds (may_hold); kindly.decide.scams weighs them."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kindly.amounts import CODES, SIGN
from kindly.decide.words import SENTENCE_END

_F = re.IGNORECASE


# A scam asks for trust and a private channel over a fortune: "in strict confidence", "USD $4,200,000",
# "reply with your WhatsApp number". Answering one only confirms the address. A story added here holds one of
# _SCAM_STORY_WORDS, or adds its own word there: the pattern is searched only in a text that holds one.
_SCAM_STORY = re.compile(
    r"\b(strict(est)? confidence|strictly confidential|next of kin|intestate|act as (the )?beneficiary|"
    r"bank details|foreign partner|transfer (of )?(the )?funds|receive the funds|"
    r"unclaimed (funds|inheritance|deposit)|you have won|consignment box|contract surplus|dormant account|"
    r"deceased (client|customer)|over-?invoiced|mutual benefit|"
    # a cheque for more than is owed, the rest wired back: the overpayment scam
    r"refund (the |any )?(balance|difference|excess|overpa\w+)|(cheque|check) (is |will be |comes )?(over|above|"
    r"for more than) the amount|overpa(id|yment)|"
    # ...or what is left of it sent on: "must send back the remaining balance via wire transfer"
    r"(send|wire|return|transfer|pay)\w* back (the |any )?(remaining |leftover |unused )?(balance|difference|excess|"
    r"rest of the (money|funds))|"
    # the reader's identity asked of a stranger: "send your full name, home address and bank details"
    # ...or "reply within 48 hours with your bank name, account number and routing number"
    r"(send|provide|forward|share|confirm|reply|respond)\w*\s+(us\s+|me\s+)?((\w+\s+){0,4}?with\s+)?your\s+[\w\s,]{0,40}?"
    r"(home address|date of birth|passport|social security|bank (details|account)|routing number)|"
    # ...and a copy of the reader's identity papers: "a copy of your ID", "a scan of your passport"
    r"(copy|scan|photo)\s+of\s+your\s+(ID|identity\s+card|passport|driver'?s\s+licen[cs]e)|"
    # a job that pays by cheque for equipment from "our vendor", interviewed on a chat app: the fake-cheque scam
    # ...to the reader or to the people they would pass the "job" on to: "Selected applicants will receive a check to
    # buy their home office equipment from our approved vendor"
    r"((send|mail|issue|give) you|(receive|get|be (sent|mailed|issued))) a (cheque|check)\b[^.!?]{0,80}\b(equipment|"
    r"vendor|supplies|laptop)|"
    r"interview\w* (on|via|over|through) (whatsapp|telegram|wechat|signal)|"
    r"(on|via) (whatsapp|telegram|wechat|signal)\b[^.!?]{0,50}\bfor (your|the|an|our) interview|"
    # the advance-fee opener that keeps its story for the reply ("I AM A SENIOR OFFICER WITH A LEADING BANK ... A
    # HIGHLY CONFIDENTIAL BUSINESS PROPOSAL ... I NEED A RELIABLE AND HONEST PERSON"): two of these make the story
    r"(highly |strictly |very )?confidential business (proposal|transaction|deal|venture)|"
    r"(great |immense |mutual )?benefit (to|for) both of us|"
    r"(reliable|trustworthy|honest) and (honest|reliable|trustworthy) (person|partner|individual)|"
    r"(officer|auditor) (with|at|of|in) (a|the) (leading|reputable|prominent|top) bank)\b",
    _F,
)


# A fortune in millions, in any currency kindly.amounts knows: "US$14,700,000", "SGD 1,500,000", "4.5 million
# euros", "2 million SGD"
_A_CURRENCY_FIRST = rf"(?:us\$|{SIGN}|\b(?:{CODES})\b)"
_SCAM_MONEY = re.compile(
    rf"{_A_CURRENCY_FIRST}\s?\d{{1,3}}(,\d{{3}}){{2,}}|"
    rf"\b\d+(\.\d+)?\s?million\s?(us dollars|dollars|euros|pounds|(?:{CODES})\b)",
    _F,
)


_PRIVATE_CHANNEL = re.compile(r"\b(whatsapp|telegram|wechat|signal number|private e-?mail)\b", _F)


# Words one of which every story above holds, as a cheap look before the costly search (see may_hold).
_SCAM_STORY_WORDS = (
    "strict",
    "next of kin",
    "intestate",
    "beneficiary",
    "bank",
    "routing",
    " of your ",
    "foreign partner",
    "funds",
    "unclaimed",
    "you have won",
    "consignment",
    "surplus",
    "dormant",
    "deceased",
    "invoiced",
    "mutual benefit",
    "refund",
    "the amount",
    "overpa",
    "home address",
    "date of birth",
    "passport",
    "social security",
    "you a che",
    " a check",
    " a cheque",
    " back ",
    "interview",
    "confidential business",
    "both of us",
    " and honest",
    " and reliable",
    " and trustworthy",
    " bank",
)


# Characters other than its own two cases that an ASCII letter matches under re.IGNORECASE: "İ" and "ı" are
# an "i", "ſ" an "s", the Kelvin sign an "k".
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")


def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """Whether `text` holds one of `words` (lower-case ASCII) in any case, as a pattern searched with IGNORECASE
    would find it: never no where such a pattern finds one (a text with a letter that folds to ASCII is always
    searched), so a pattern every match of which holds one of `words` need not be searched where it says no."""
    if any(letter in text for letter in _FOLDS_TO_ASCII):
        return True
    lower = text.lower()
    return any(word in lower for word in words)


# Asked to leave e-mail for a chat app: "please continue this conversation with me on Telegram", "reply with
# your WhatsApp number" (not "text me on WhatsApp at 503-555-0100", which only gives a number).
_MOVE_TO_CHAT = re.compile(
    r"\b(?:continue|move|take|carry on)\b[^.!?\n]{0,60}\b(?:on|to|via|over|through)\s+(?:whatsapp|telegram|wechat|signal)\b|"
    # "Please contact our manager on Telegram @globalplay_deals", "add our hiring manager on Telegram"
    r"\b(?:contact|message|reach|text|add)\s+(?:our|my|the)\s+(?:[\w-]+\s+){1,3}?(?:on|via|through)\s+"
    r"(?:whatsapp|telegram|wechat|signal)\b|"
    r"\b(?:reply|respond|send)\b[^.!?\n]{0,30}\bwith\s+your\s+(?:whatsapp|telegram|wechat|signal)\b|"
    # "please confirm your attendance via WhatsApp on +64 22 999 0173": the answer itself moved off e-mail
    r"\b(?:confirm|reply|respond)\w*\b[^.!?\n]{0,40}\b(?:via|on|over|through)\s+(?:whatsapp|telegram|wechat|signal)\b|"
    # "Please download Telegram and contact our HR manager @lumora_hr_desk": the app to be installed for the talk
    r"\b(?:download|install)\s+(?:the\s+)?(?:whatsapp|telegram|wechat|signal)\b(?:\s+app)?\s+(?:and|to)\s+"
    r"(?:contact|message|reach|text|add|chat)\b",
    _F,
)


_CHAT_APPS = ("whatsapp", "telegram", "wechat", "signal")  # every move to a chat app names one


def moved_to_chat(text: str) -> re.Match[str] | None:
    """The words that ask to leave e-mail for a chat app ("please continue this conversation with me on Telegram",
    "add our hiring manager on Telegram"), or None."""
    return _MOVE_TO_CHAT.search(text) if may_hold(text, _CHAT_APPS) else None


# A word of a count or a price before what is bought, its currency's sign glued or alone: "six", "$100", "¥ 5000",
# "5 ¥" (a code is a word of its own: "GBP 100").
_A_COUNT_OR_A_PRICE = rf"(?:(?:{SIGN}\s?)?[\w.,]+|{SIGN})"


# Money asked of the reader in a form no honest sender asks for: gift cards ("pay the fee by iTunes gift
# cards", "buy four Google Play cards and send me the codes"), or a fee to meet someone ("a vetting fee before
# the appointment can be confirmed"). Either alone is a scam, whoever the sender says they are. Money the sender
# pays the user is none: "can we pay part of the fee with the gift card?", "could you let me know your
# facilitation fee for a board meeting?", "we'd like to buy 20 of your gift cards".
_GIFT_CARDS = re.compile(
    r"\b(?:by|in|with|via|using|through)\s+(?:\w+\s+){0,2}?(?:gift\s?cards?|gift\s?vouchers?)\b|"
    # a count and a price may stand between: "purchase six $100 Amazon gift cards", "buy 5 ¥10,000 iTunes cards"
    rf"\b(?:buy|purchase|get|pick up)\s+(?:{_A_COUNT_OR_A_PRICE}\s+){{0,4}}?(?:gift\s?cards?|(?:itunes|google play|steam|apple) cards?)\b"
    r"[^.!?\n]{0,80}\b(?:codes?|pins?|scratch\w*|photos?)\b",
    _F,
)


# Gift cards to be bought, the codes asked for in a sentence of their own: "Can you purchase four GBP 100 Amazon
# gift cards for a staff event? ... Send me the codes by email."
_CARDS_BOUGHT = re.compile(
    rf"\b(?:buy|purchase|get|pick up)\s+(?:{_A_COUNT_OR_A_PRICE}\s+){{0,4}}?(?:gift\s?cards?|(?:itunes|google play|steam|"
    r"apple) cards?)\b",
    _F,
)


_CODES_ASKED = re.compile(
    r"\b(?:send|e-?mail|text|forward|share|give)\w*\s+(?:me|us|them)?\s*(?:all\s+)?(?:the|their|those)\s+"
    r"(?:card\s+)?(?:codes?|pins?|numbers)\b|\b(?:scratch|photos?|pictures?) of (?:the )?(?:back|codes?|cards?)\b",
    _F,
)


_FEE_KIND_WORDS = r"(?:vetting|clearance|verification|protocol|facilitation|security|release|appointment)"


_PAYMENT = re.compile(r"\b(?:pay\w*|fees?|settle|deposit|charges?|codes?|costs?)\b", _F)


_PAID_TO_YOU = re.compile(
    r"\bwe(?:'ll| will| would|'d)? (?:pay|send|give|reward|thank)\w* you\b|\bas a thank[- ]you\b", _F
)


# The sender as the one who pays or buys: "we'd like to buy ...", "I'll cover the fee", "can we pay ...", "could
# I use the gift card ...".
_SENDER_PAYS = re.compile(
    r"\b(?:we|i)(?:'d|'ll|'re|'m)?(?:\s+(?:would|will|could|can|shall|should|might|may|want|wanted|like|love|"
    r"hope|hoping|plan|planning|are|am|was|were|to|also|just|still|happy|glad|going|need|needed|have|had|"
    r"already|now|then))*\s+(?:pay|buy|purchase|cover|settle)\w*\b|"
    r"\b(?:can|could|may|shall|would|should|will|do|might)\s+(?:we|i)(?:\s+(?:also|just|still|please|maybe|"
    r"perhaps))*\s+(?:pay|buy|purchase|cover|settle|use|redeem|put)\w*\b",
    _F,
)


# The user's own, named as theirs: "your facilitation fee", "one of your gift cards" (not "please pay your
# security fee", a fee the reader owes).
_YOUR_FEE = re.compile(rf"\byour\s+(?:\w+\s+){{0,2}}?{_FEE_KIND_WORDS}", _F)


_PAY_YOUR_FEE = re.compile(
    rf"\b(?:pay|settle|cover|transfer|send|wire|deposit)\b[^.!?\n]{{0,20}}\byour\s+(?:\w+\s+){{0,2}}?{_FEE_KIND_WORDS}",
    _F,
)


_YOUR_CARDS = re.compile(r"\bof your\s+(?:\w+\s+){0,2}?gift\s?(?:cards?|vouchers?)\b", _F)


# A fee the reader is told to pay: "is payable before the appointment", "must be paid", "a fee to secure". Looser
# than scams._FEE_DUE on purpose: it is asked only of a sentence that names a fee to meet already.
_FEE_DEMANDED = re.compile(
    r"\b(?:payable|pay|paid|settle\w*|cover\w*|transfer\w*|wire\w*|send|deposit\w*|required|requires?|"
    r"must|need(?:s|ed)? to|has to|have to|before|prior to|to (?:secure|confirm|book))\b",
    _F,
)


_FEE_KIND = rf"{_FEE_KIND_WORDS}\s+fees?"


# Words one of which every gift card, fee to meet and fee of that kind above holds (see may_hold).
_MONEY_WORDS = ("card", "voucher", "fee")


_TO_MEET = r"(?:meet\w*|appointment|audience)"


_FEE_TO_MEET = re.compile(
    rf"\b{_FEE_KIND}\b[^.!?\n]{{0,100}}\b{_TO_MEET}\b|\b{_TO_MEET}\b[^.!?\n]{{0,100}}\b{_FEE_KIND}\b|"
    r"\bfee\s+(?:to|before you can|in order to)\s+(?:meet|secure|confirm|book)\b[^.!?\n]{0,30}\b(?:meeting|"
    r"appointment|audience|him|her|them)\b",
    _F,
)


def money_asked(text: str) -> str | None:
    """The words that ask the reader for money in gift cards, or for a fee to meet someone; None otherwise
    (not a gift card offered: "as a thank you, we'll send you a $50 gift card"; not the sender paying the user,
    with the user's own gift card or at the user's own fee)."""
    if not may_hold(text, _MONEY_WORDS):  # none of the patterns below can match: none is looked for
        return None
    named = ""  # a fee of that kind the reader is to pay, anywhere
    bought = ""  # gift cards the reader is to buy, where the codes are asked in another sentence
    for sentence in money_sentences(text):
        if not bought and (buy := _CARDS_BOUGHT.search(sentence)) and reader_pays(sentence):
            bought = buy.group(0)
        cards = _GIFT_CARDS.search(sentence)
        if cards and _PAYMENT.search(sentence) and reader_pays(sentence) and not _YOUR_CARDS.search(sentence):
            return cards.group(0)
        fee = _FEE_TO_MEET.search(sentence)
        if fee and reader_pays(sentence) and _FEE_DEMANDED.search(sentence) and not _your_fee(sentence):
            return fee.group(0)
        kind = re.search(rf"\b{_FEE_KIND}\b", sentence, _F)
        if kind and not named and reader_pays(sentence) and not _your_fee(sentence):
            named = kind.group(0)
    if bought and _CODES_ASKED.search(text):
        return bought
    # ...or such a fee beside an answer moved to a chat app: "pay the vetting fee ... confirm on WhatsApp"
    return named if named and _MOVE_TO_CHAT.search(text) else None


def money_sentences(text: str) -> Iterator[str]:
    """The sentences of `text`, each on one line, in which money asked of the reader is looked for (money_asked,
    scams.advance_fee_cue): split where extract splits them (words.SENTENCE_END), so "send the fee to Dr. Smith by
    Western Union" stays one ask."""
    for sentence in SENTENCE_END.split(text):
        yield " ".join(sentence.split())


def _your_fee(sentence: str) -> bool:
    """Whether a sentence names the user's own fee ("could you let me know your facilitation fee?"), not one they
    are told to pay ("please pay your security fee")."""
    return bool(_YOUR_FEE.search(sentence)) and not _PAY_YOUR_FEE.search(sentence)


def reader_pays(sentence: str) -> bool:
    """Whether money a sentence names is the reader's to pay: not the sender's ("can we pay part of the fee with
    the gift card?", "we'd like to buy 20 of your gift cards"), nor a gift card the sender gives ("we'll send you
    a $50 gift card"); the reader's where the sender would pay it back ("buy them and I'll pay you back")."""
    if _PAID_BACK.search(sentence):
        return True
    return not (_PAID_TO_YOU.search(sentence) or _SENDER_PAYS.search(sentence))


# Money the reader lays out first: "I'll pay you back when we meet", "we'll reimburse you".
_PAID_BACK = re.compile(
    r"\b(?:pay|paying|paid) (?:you|u) back\b|\b(?:reimburse|refund|repay)\w* (?:you|u)\b|\bpay (?:you|u) later\b",
    _F,
)


# What a fortune on a chat app comes with in a scam: secrecy, or the reader picked out of nowhere.
_SECRECY = re.compile(
    r"\b(confidential\w*|discreet\w*|privately|in private|shortlisted|(been|was|were) (selected|chosen)|"
    r"handpicked|hand-picked|fast payment|quick payment|immediate payment|"
    # the reader addressed by no name at all: "Dear Developer", "Dear Beneficiary"
    r"dear (developer|beneficiary|friend|sir/madam|customer|artist|author|creator|partner))\b",
    _F,
)


# A sum large enough to tempt, offered out of the blue: "$250,000 advance".
_TEMPTING_SUM = re.compile(rf"{_A_CURRENCY_FIRST}\s?\d{{3}},\d{{3}}\b", _F)


def hidden_funds_cue(text: str) -> str | None:
    """The words of a story of hidden funds, with a fortune or a private channel; or of a fortune offered to
    whoever moves the talk to a chat app. A large sum and a WhatsApp number alone are ordinary business talk.
    One of the cues of `kindly.decide.scams.scam`, which is the answer to whether a message is a scam."""
    stories = list(_SCAM_STORY.finditer(text)) if may_hold(text, _SCAM_STORY_WORDS) else []
    if not stories:
        moved = moved_to_chat(text)
        if moved is None:  # the rarest of the three and the cheapest to rule out: the others are not needed
            return None
        secrecy = _SECRECY.search(text)
        fortune = _SCAM_MONEY.search(text) or _TEMPTING_SUM.search(text)
        if fortune and secrecy:
            return f'"{moved.group(0)}", "{fortune.group(0)}", "{secrecy.group(0)}"'
        return None

    def outside_the_stories(pattern: re.Pattern[str]) -> str:
        # a cue inside a story's own words is that story, not a second cue: "interview via WhatsApp" alone is none
        return next(
            (
                m.group(0)
                for m in pattern.finditer(text)
                if not any(s.start() <= m.start() < s.end() for s in stories)
            ),
            "",
        )

    told: dict[str, str] = {}  # each story once, as first written
    for story in stories:
        told.setdefault(story.group(0).lower(), story.group(0))
    cues = [outside_the_stories(pattern) for pattern in (_SCAM_MONEY, _PRIVATE_CHANNEL)]
    found = [*list(told.values())[:2], *(cue for cue in cues if cue)]
    return ", ".join(f'"{f}"' for f in found) if len(found) >= 2 else None
