"""Money as the never-rules read it: paying to appear (a fee to speak or exhibit, a feature, an award or a place
on a show or a page sold to the user), a speaker paid or charged, and how a message pays the user for the work it
asks (pays_you); kindly.decide.rules shows the ideas of a rule with them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from kindly.amounts import AN_AMOUNT, CODES, MONEY, SIGN
from kindly.decide.fee_denied import first_fee_paid
from kindly.decide.words import sentence_around
from kindly.gated import gated

_F = re.IGNORECASE


# A denial just before an idea's words: "No referral fees", "without a commission", "never pay to speak".
DENIED = re.compile(r"\b(?:no|without|never|nor|zero|not any|free of)\b(?:\s+\w+){0,2}\s*$", re.IGNORECASE)


# What in a never-rule's evidence says the user would pay to appear ('unpaid: "production fee"'): the
# phrases of the unpaid and pay_to_play concepts above that charge the speaker, not merely leave them unpaid.
_PAY_TO_APPEAR = re.compile(
    # a journal's charge to its authors too: "An article processing charge of USD 1,290 applies upon acceptance"
    r"\b((article )?(production|placement|listing|participation|sponsorship|publication|processing) (fee|package|charge)|"
    # "Speaker packages start at $2,500 + GST, which includes a 20-minute talk"
    # ... by its currency's sign or code: "Our speaking packages start at GBP 2,500 + VAT", "are priced from EUR 900"
    r"speaker packages?|(speaking|stage|speaker) (slots?|packages?) (start|cost|are|is)\w*( priced)? (at |from )?"
    rf"{MONEY}|"
    r"(production|participation|speaker|partner) contributions?|(laureate|winner'?s?|award|honou?ree|recognition|"
    r"nominee) packages?|secures? your|pay to (speak|present|be featured)|pay_to_play|"
    # "our Speaker Partnership Package (£1,750 + VAT)", "joins our Partner Programme ... a contribution of €2,500
    # towards production": a place on the stage sold under another name
    r"(partnership|partner|sponsorship|sponsor|visibility|showcase|thought[- ]leader\w*) (packages?|programmes?|programs?|tiers?)|"
    # a sponsorship named for the stage it buys: "Featured speaker slots are available with a speaker sponsorship
    # of $2,950, which includes a 20-minute session"
    r"(speaker|speaking|keynote|stage|panel|panell?ist|presenter) sponsorships?|"
    r"contributions? (of|towards?)\b|"
    # a conference that charges those it accepts to present: "Accepted presenters are required to complete the
    # presenter registration (EUR 690)", "a speaker registration fee of $450" (not "speaker registration is free")
    r"(presenter|speaker|panell?ist|author)s?'? registration( fees?)?(?!\s+(is|are)\s+(free|waived|complimentary|"
    r"covered|included))|(presenters?|speakers?|panell?ists?|authors?) (are|will be) required to (pay|register|"
    r"purchase|complete (the|a|an) (\w+ )?(registration|fee|payment))|"
    # any fee the guest pays for the slot, whatever it is called: "To confirm your slot, a fee of £650 applies",
    # "featured guests contribute a fee of €350", "we ask finalists for a $495 feature fee"
    r"to (confirm|secure|book|reserve|hold|guarantee|lock in) (your|a|the) (\w+ )?(slot|spot|place|seat|feature|"
    r"appearance|episode|spotlight)|(guests?|speakers?|finalists?|panell?ists?|presenters?|honou?rees?|nominees?) "
    r"(contribute|pay|are asked to pay)|ask\w* (\w+ ){0,2}(guests?|speakers?|finalists?|panell?ists?|"
    r"presenters?|honou?rees?|nominees?) (for|to pay) (a|an)\b|"
    # a price for the stage dressed as a perk: "Speakers get a discounted registration of EUR 699", "invited
    # speakers enjoy a reduced registration fee of $599"
    r"(speakers?|presenters?|panell?ists?|authors?|keynotes?) (get|receive|enjoy|are offered|qualify for|are "
    r"eligible for|pay) (a |an |only )?(\d+ ?% )?(discount(ed)?|reduced|special|preferential) (\w+ )?(registration|"
    r"rate|fee|price|package)s?)",
    re.IGNORECASE,
)
# A seat on a journal's board sold by its fee: "join the Editorial Board ... A one-time membership fee of USD 250".
_BOARD_NAMED = re.compile(r"\b(?:editorial|advisory|scientific|reviewer)\s+(?:board|committee|panel)\b", _F)
_SEAT_FEE = re.compile(
    r"\b(?:membership|board|member|seat|annual|one-time)\s+(?:fee|charge|dues|contribution)s?\b", _F
)


def charges_to_appear(text: str) -> str | None:
    """The words of a show or stage that charges its guest ("a one-off production fee of £295 applies"), or
    None: not a fee waived or covered, and not where the speaker is the one paid."""
    if first_fee_paid(SPEAKER_PAID, text):
        return (
            None  # "a $750 honorarium ... our speaker package includes travel": the speaker is the one paid
        )
    return _first_charged(_PAY_TO_APPEAR.finditer(text), text)


def board_seat_sold(text: str) -> str | None:
    """The words of a fee for a seat on a journal's board ("Editorial Board ... a one-time membership fee of USD
    250"), or None: a place sold, as a stage is."""
    # (its opening only: the seat and its price come early, and each fee found reads its whole sentence)
    read = text[:20_000]
    if "board" not in read.lower() or not _BOARD_NAMED.search(read):
        return None
    return _first_charged(_SEAT_FEE.finditer(read), read)


def _first_charged(fees: Iterable[re.Match[str]], text: str) -> str | None:
    """The words of the first of `fees` that charges the reader (a price beside it, not waived, denied or paid to
    them), the fee itself preferred to what it buys."""
    charged = []
    for found in fees:
        sentence = sentence_around(text, found.start(), found.end())
        if (
            not _WAIVED.search(text, found.end(), found.end() + 40)
            and not DENIED.search(text, max(0, found.start() - 25), found.start())
            # "Speakers pay nothing", "speakers don't pay"
            and not _NOTHING_AFTER.match(text, found.end())
            # a price in the same sentence, not the attendees' ticket: "to secure your slot, reply with a bio" and
            # "to confirm your place just reply - tickets are $10 for everyone else" charge the guest nothing
            and _A_PRICE.search(_without_others_pay(sentence))
            # "our Partner Programme pays a $500 fee", "a contribution of $300 towards your travel": money to them
            and not _PAID_TO_THE_SPEAKER.search(sentence)
        ):
            charged.append(found.group(0))
    # the fee itself says it best ("production fee"), rather than what it buys ("secure your slot")
    return min(charged, key=lambda words: _THE_FEE.search(words) is None) if charged else None


# A feature of the reader's own work sold to them by a publication: "Featured placement is $650 and includes a
# guaranteed 90+ point review", "a sponsored review ($400)", "our editorial feature package is $1,200", "our
# featured developer package is GBP 300" (what is featured named between: developer, artist, winery).
_FEATURE_SOLD = re.compile(
    r"\b(?:(?:featured|sponsored|paid)\s+(?:placements?|reviews?|features?|listings?|profiles?|articles?|write-?ups?|"
    r"spotlights?|(?:[\w-]+\s+)?packages?)|(?:placement|feature|review|listing|profile|spotlight|editorial)\s+(?:fees?|packages?|is|costs?|"
    r"runs?)|guaranteed\s+(?:\d+\+?\s*(?:-?\s*points?\s+)?)?(?:reviews?|scores?|ratings?|coverage|features?))\b",
    _F,
)


# ...of the reader's own: "feature your 2024 Dry Creek Zinfandel", "review your new album", or the work by its
# own name, written in capitals, just before the sender's pages: "feature Low Tide Letters in our January issue"
_YOURS_FEATURED = re.compile(
    r"\b(?:feature|review|profile|spotlight|showcase|cover|include|list)\s+(?:you|your)\b|"
    r"\b(?:feature|review|profile|spotlight|showcase)\s+(?-i:[A-Z0-9][\w'&.:-]*)(?:\s+(?-i:[A-Z0-9][\w'&.:-]*)|"
    r"\s+(?:of|the|and|&)){0,5}\s+(?:in|on)\s+our\b|\byour\s+[\w -]{0,40}?\s+"
    r"(?:featured|reviewed|profiled|in our)\b",
    _F,
)


# ...in the sender's own publication: "in our January new-release roundup", "on our blog"
_IN_OUR_PAGES = re.compile(
    r"\b(?:in|on|for) our\s+(?:[\w-]+\s+){0,3}?(?:roundup|round-up|issue|magazine|guide|journal|blog|newsletter|podcast|"
    r"show|list|column|edition|site|website|page|feed|channel|series|section|directory|publication|pages|reviews?)\b",
    _F,
)


def feature_for_sale(text: str) -> str | None:
    """The words in which a publication sells the reader a feature or a review of their own work ("Featured
    placement is $650 and includes a guaranteed 90+ point review"), or None: not one waived or free, and not an
    ad the reader did not ask to be featured in."""
    joined = " ".join(text[:20_000].split())
    if not (_YOURS_FEATURED.search(joined) and _IN_OUR_PAGES.search(joined)):
        return None  # (a PR agency's "guaranteed features in top publications" sells its own service)
    for found in _FEATURE_SOLD.finditer(joined):
        sentence = sentence_around(joined, found.start(), found.end())
        if (
            AN_AMOUNT.search(sentence)
            and not _WAIVED.search(sentence)
            and not DENIED.search(joined, max(0, found.start() - 25), found.start())
            and not _PAID_TO_THE_SPEAKER.search(sentence)
            and not _FREE.search(sentence)  # "the feature is free; a half-page ad is $650"
        ):
            return " ".join(sentence.split())
    return None


_FREE = re.compile(
    r"\b(?:is|are|it's)\s+(?:completely\s+|totally\s+|always\s+)?free\b|\bno\s+(?:fee|charge|cost)\b", _F
)


_NOTHING_AFTER = re.compile(r"\s*(?:nothing|no\b|not\b|n't\b|free\b|zero\b)", _F)


# A clause about what others pay: the attendees' tickets, the venue's cost to the organiser.
_OTHERS_PAY_WORDS = re.compile(
    r"\b(?:tickets?|attendees?|everyone else|at the door|delegates?|costs us|cost us)\b", _F
)
# ...read clause by clause (one pattern with the clause on both sides of the words would try every start in a long
# clause: seconds on 20 KB with no stop in it)
_CLAUSE_MARKS = re.compile(r"([.;,\u2013\u2014-])")


def _without_others_pay(sentence: str) -> str:
    """`sentence` with each clause that names what others pay ("tickets are $10 for everyone else") left out."""
    parts = _CLAUSE_MARKS.split(sentence)
    return "".join(
        " " if i % 2 == 0 and _OTHERS_PAY_WORDS.search(part) else part for i, part in enumerate(parts)
    )


_THE_FEE = re.compile(r"\b(?:fees?|charges?|packages?|contributions?|programmes?|programs?|tiers?)\b", _F)


# An honour the user is told of: "Ashworth Kerr LLP has been shortlisted for ...", "you're a finalist".
_HONOURED = re.compile(
    r"\b(?:(?:has|have|'ve) been (?:shortlisted|nominated|selected as (?:a )?(?:finalist|winner|honou?ree))|"
    # "Our editorial panel has shortlisted La Sauge for the 2027 guide", "our committee has selected you as a
    # finalist"
    r"(?:has|have|'ve) (?:shortlisted|nominated)|(?:has|have|'ve) selected (?:you|your \w+) as\b|"
    r"(?:you|your (?:firm|company|team|practice|business))(?:'re| are| is) (?:a )?(?:finalist|shortlisted|nominated)|"
    r"(?:you(?:'ve| have)|your \w+ (?:has|have)) won)\b",
    _F,
)


# ...and the place at its ceremony sold with it: "secure their place with a table of ten at ... £2,950 + VAT".
_PLACE_SOLD = re.compile(
    r"\b(?:tables?(?: of (?:\w+|\d+))?|seats?|places?|entry|entries|packages?|tickets?|features?|listings?|"
    # a page or a profile in the honour's own publication: "A featured profile ... is $1,850 + GST, or a half page"
    r"(?:featured\s+)?profiles?|(?:full|half|quarter|double)[- ]pages?|"
    # a fee for the honour itself: "a finalist administration fee of €195", "the $495 listing fee"
    r"(?:entry|finalist|winner'?s|listing|nomination|feature|administration|submission|application|participation) "
    r"fees?)\b",
    _F,
)


# The honour told to the reader themselves, not a list of others honoured: "You've been nominated".
_HONOURED_YOU = gated(
    re.compile(
        r"\b(?:you(?:'ve| have)|your (?:firm|company|team|practice|business|\w+) (?:has|have)) been (?:shortlisted|"
        r"nominated|selected)|\byou(?:'re| are) (?:a |now a )?(?:finalist|shortlisted|nominated|nominee)\b|"
        # "Congratulations! Our editorial panel has shortlisted La Sauge": the news told to the one it names
        r"\bcongratulations\b\W{0,3}[^.!?]{0,80}?\b(?:has|have|'ve) (?:shortlisted|nominated|selected)\b|"
        # "Congratulations Margot! Ellison & Pine Interiors has been selected as a winner": the greeting, then the
        # news of the firm it greets
        r"\bcongratulations\b[^.!?]{0,40}[.!]\s+[^.!?]{0,80}?\b(?:has|have) been (?:shortlisted|nominated|selected)\b|"
        r"\b(?:has|have|'ve) (?:shortlisted|nominated|selected) (?:you|your)\b|"
        # "Our editors loved your recent coastal project and would like to feature it": a feature offered to the
        # one it flatters (sold where a fee for it follows)
        r"\b(?:would|'d) (?:like|love) to feature (?:it|them|your (?:\w+ ){0,2}?(?:project|work|home|firm|studio|"
        r"business|company|practice))\b",
        _F,
    )
)


def award_for_sale(text: str) -> str | None:
    """The words that sell the place at an award's ceremony to those it honours ("a table of ten at the
    shortlisted rate of £2,950 + VAT"): an award that is paid for, or None. A ticket to a gala the reader is
    not shortlisted for is only an event with a price (decide.costs)."""
    joined = " ".join(text[:20_000].split())  # a sentence wrapped over two lines
    # ...told as news to the reader too: "Congratulations! Our editors have selected Harrow Lane Architects"
    if _HONOURED.search(joined) is None and _HONOURED_YOU.search(joined) is None:
        return None
    yours = (
        _HONOURED_YOU.search(joined) is not None
    )  # "your firm has been shortlisted": any place sold is theirs
    for found in AN_AMOUNT.finditer(joined):
        sentence = sentence_around(joined, found.start(), found.end())
        # the place sold to the honoured ("shortlisted firms ... a table of ten at £2,950", "your table"), not a
        # ticket to cheer on somebody else's honour
        to_them = yours or _SOLD_TO_THE_HONOURED.search(sentence) is not None
        if _PLACE_SOLD.search(sentence) and to_them and not _WAIVED.search(sentence):
            return " ".join(sentence.split())
    return None


_SOLD_TO_THE_HONOURED = re.compile(
    r"\b(?:shortlist\w*|finalists?|nominees?|nominated|winners?|honou?rees?|laureates?)\b|"
    r"\byour (?:\w+ )?(?:table|place|seat|entry|feature|listing|spot)\b",
    _F,
)


def honour_sold_to_you(text: str) -> str | None:
    """An award that tells the reader they are honoured and sells them its place ("You've been nominated ...
    To secure your finalist feature, complete the $495 listing fee"): an ask, however plainly it reads as news."""
    return award_for_sale(text) if _HONOURED_YOU.search(" ".join(text[:20_000].split())) else None


_PAID_TO_THE_SPEAKER = re.compile(
    r"\b(?:we|they|the (?:programme|program|organi[sz]ers?|event))\s+(?:will\s+|also\s+)?"
    r"(?:pay|pays|make|makes|offer|offers|cover|covers|give|gives|provide|provides)\b|"
    # "which pays a $500 fee", "it covers your travel"; not the fee itself ("a fee, which covers editing")
    r"\b(?:it|which)\s+(?:will\s+|also\s+)?(?:pays?\b|covers?\s+(?:your|the speaker|speakers|travel|"
    r"accommodation|expenses|hotel|flights?|lodging)\b)|\btowards? your\b|\bto you\b|"
    r"\b(?:speaker|speaking) fee\b|\bhonorari\w*|\bstipend\b",
    _F,
)


_A_PRICE = re.compile(AN_AMOUNT.pattern + r"|\bfees?\b", _F)


_WAIVED = re.compile(r"\b(?:waived|covered|included|complimentary|free of charge|no charge)\b", _F)


def pays_to_appear(evidence: Sequence[str]) -> bool:
    """Whether the evidence of a never-rule hit shows a show or stage that charges its guests."""
    return any(_PAY_TO_APPEAR.search(note) for note in evidence)


def charge_read_as_unpaid(evidence: Sequence[str]) -> str | None:
    """The charge a rule against unpaid work caught ('unpaid: "production fee"'), or None: the guest would
    pay, which is paying to appear rather than working unpaid."""
    for note in evidence:
        if note.startswith("unpaid:") and _PAY_TO_APPEAR.search(note):
            return note.removeprefix("unpaid:").strip().strip('"')
    return None


# How the sender says they would pay, every way a fee offered is put: "we pay", "we'll pay", "we'd pay", "we can
# pay", "we are able to pay", the apostrophe typed or curled ("we’d pay you $400").
WE_WOULD = (
    r"(?:['’](?:d|ll)|\s+(?:will|would|can|could|are\s+able\s+to|(?:would|will)\s+be\s+(?:able|happy)\s+to))?"
)
# ...and how the one paid hears it: "you'd receive €250", "you will get $400", "you'll earn CAD 500".
YOU_WOULD_RECEIVE = r"\byou(?:['’](?:d|ll)|\s+(?:will|would))?\s+(?:receive|get|earn|be\s+paid)"
# Costs the sender meets, which are no fee: "towards your travel", "to cover the hotel".
_COSTS = r"(?:your\s+|the\s+)?(?:travel|expenses|parking|mileage|accommodation|hotel)"
# What money offered is not: money off what the sender sells ("$50 off", "$200 in advertising credit", "a $50
# gift card"), nor costs met ("$50 towards travel").
NOT_A_FEE = (
    r"(?!\s*(?:off|discount|credit|rebate|cashback)\b)"
    r"(?!\s+(?:in|of|worth of)\s+(?:\w+\s+){0,2}?(?:credits?|discounts?|vouchers?|coupons?|points|rebates?)\b)"
    r"(?!\s+(?:gift\s?cards?|vouchers?|coupons?)\b)"
    rf"(?!\s+(?:towards?|for|to cover)\s+{_COSTS})"
)


# ...the amount after a sign that is costs met, not a fee: "we can pay $50 towards your travel"
_NOT_COSTS_MET = rf"(?!\s?[\d,.]+\s+(?:towards?|to cover)\s+{_COSTS})"


# A fee the speaker is paid: whatever else it says, such a talk is not unpaid ("our budget doesn't stretch to
# travel, but we pay a $750 speaker fee").
SPEAKER_PAID = re.compile(
    rf"\b((honorari\w*|speaker fee|speaking fee|stipend|a fee of)\D{{0,25}}(?:{SIGN}|\b(?:{CODES})\s?)\s?\d|"
    # (a sign read from the digit after it, where the word boundary that opens the pattern holds)
    rf"(?:(?<={SIGN})|(?<={SIGN}\s)|(?:{CODES})\s?)\d[\d,]*\s*(honorari\w*|speaker fee|"
    rf"speaking fee|stipend)|we{WE_WOULD} pay (you|speakers|a|an|{SIGN}{_NOT_COSTS_MET})|"
    # "speakers get $300", "speakers receive SGD 750 for travel"; "you'd receive €250" (not "you'll get $50 off")
    rf"speakers (get|receive) (a |an )?(?:{MONEY})|{YOU_WOULD_RECEIVE} (a |an )?(?:{MONEY}){NOT_A_FEE}|"
    r"(speakers|panellists|panelists|you) (are|will be|would be|get) paid|(offer|pay) (each|every) (speaker|panellist|panelist)|"
    # "The session is paid", "this is a paid lecture"
    r"(session|talk|lecture|keynote|engagement|slot|workshop) (is|will be) paid|"
    r"(this|it) is a paid (session|talk|lecture|keynote|engagement|slot|workshop))",
    _F,
)


# What charges the speaker, whatever fee is also named: "speakers pay", "a contribution", "packages", "invoice".
_CHARGES_SPEAKER = re.compile(
    r"\b(charg(e|es|ed|ing) (speakers|presenters|panell?ists|guests|you|a fee|an? \w+ fee)|contributions?|"
    r"packages?|(speakers?|guests?|presenters?|panell?ists) (pay|cover)s?\b|you (pay|cover) (a|an|the|your) "
    r"(\w+ )?(fee|cost)|pay to (speak|present|be featured|pitch|play)|invoice)",
    _F,
)


def speaker_paid(text: str) -> bool:
    """Whether the message pays its speaker ("an honorarium of CAD 1,500", "we pay speakers"): paid work."""
    return first_fee_paid(SPEAKER_PAID, text) is not None and _CHARGES_SPEAKER.search(text) is None


# What is done for the money: the piece or the talk asked for.
_THE_WORK = (
    r"(?:piece|feature|article|story|column|essay|commission|post|review|talk|session|workshop|lecture|keynote|"
    r"presentation|lunch[- ](?:and|&|n)[- ]learn)"
)


# Money the sender offers the user for the work they ask: "we can pay $400", "our rate is $0.80/word", "our fee is
# EUR 600 for the piece", "we'd offer you £300"; never money off what the sender sells ("we'll give you $50 off").
PAYS_YOU = re.compile(
    rf"\b(?:we|i){WE_WOULD}\s+(?:be able to\s+|be happy to\s+)?"
    rf"(?:pay|offer)\s+(?:you\s+)?(?:a\s+(?:fee|rate)\s+of\s+|an?\s+)?{MONEY}{NOT_A_FEE}"
    rf"|{MONEY}\s*(?:/|per|a)\s*word\b"
    rf"|\b(?:fee|rate|budget)\s+(?:is|of|will be)\s+{MONEY}\s+(?:for|per)\s+(?:the|each|a|this|your)\s+{_THE_WORK}\b"
    # ...not what is bought for it: "our budget is $2,000 for the workshop venue"
    r"(?![ -](?:venues?|rooms?|space|hire|rental|catering|food|materials|supplies|tickets?|costs?|expenses|travel|"
    r"printing|equipment|marketing|advertising)\b)",
    _F,
)


def pays_you(text: str) -> str:
    """The words in which a message pays the user for the work it asks ("we can pay $400", "our rate is
    $0.80/word", "an honorarium of CAD 1,500"), or "": paid work, not a favour, whatever the model read it as."""
    if _CHARGES_YOU.search(text):
        return ""  # "speakers pay a $400 contribution": the user would pay
    found = first_fee_paid(PAYS_YOU, text) or (
        first_fee_paid(SPEAKER_PAID, text) if speaker_paid(text) else None
    )
    return found.group(0) if found else ""


# What makes the user the one who pays ("contributors pay a $95 fee", "our fee is $150 for the session, payable
# in advance"), whatever else is paid.
_CHARGES_YOU = re.compile(
    r"\b(?:(?:you|speakers?|guests?|presenters?|contributors?|writers?|authors?) (?:pay|cover)s?\b|"
    r"(?:payable|due|to be paid|payment(?: is)? (?:due|required|taken))\s+(?:in advance|upfront|up front|(?:on|at|when) (?:booking|"
    r"registration|sign-?up|signing up|reservation)|before (?:the|your) (?:session|call|workshop|event|booking|"
    r"start)|to (?:secure|reserve|confirm|book) (?:your|a|the) (?:place|spot|slot|seat|session|booking|date))|"
    r"charg(?:e|es|ed|ing) (?:you|speakers|guests|presenters|contributors|writers|authors|a fee|an? \w+ fee)|"
    r"pay to (?:speak|present|be featured|be published|pitch|play|appear))",
    _F,
)


# A place on a show or a page: "a guaranteed interview slot", "a guest spot", "a feature", "to be featured".
_A_PLACE = (
    r"(?:(?:\w+\s+){{0,2}}?(?P<{name}>slots?|spots?|placements?|features?|interviews?|appearances?|episodes?|"
    r"segments?|profiles?|reviews?|write-?ups?)\b|to be (?:featured|interviewed|profiled|reviewed|on)\b)"
)


# ...that the sender pays or offers money for: "We're happy to pay $750 for a guaranteed interview slot", "my
# client will pay a fee to be featured", "What do you charge for a guest spot?", "Paid guest slot for my client?"
_PLACE_PAID_FOR = re.compile(
    rf"\b(?:we|i|they|he|she|my client|our client|the client)\b(?:'re|'d|'ll|'m|\s+(?:are|am|is|would|will|can|"
    rf"could|'d))?(?:\s+(?:be\s+)?(?:happy|glad|willing|able|prepared|keen|delighted|more than happy))?(?:\s+to)?\s+"
    rf"(?:pay|offer|cover)\s+(?:you\s+)?(?:(?:a|an|the|your)\s+(?:\w+\s+)?(?:fee|rate|sum)|{MONEY})"
    rf"(?:\s+(?:fee|in total|upfront|up front))?\s+(?:(?:for|to (?:secure|get|guarantee|book|reserve|land|have))\s+"
    rf"(?:(?:a|an|the|one|your)\s+)?{_A_PLACE.format(name='place')}|(?P<be>to be (?:featured|interviewed|profiled|"
    r"reviewed|on)\b))|"
    rf"\b(?:what|how much)\s+(?:do|would|does|will)\s+you\s+charge\s+(?:for|to)\s+(?:(?:a|an|the)\s+)?{_A_PLACE.format(name='asked')}|"
    r"\b(?:paid|sponsored)\s+(?P<bought>guest\s+(?:slots?|spots?|appearances?|interviews?)|interview\s+(?:slots?|spots?))\b",
    _F,
)


# ...not a place for an advertisement, which a sponsor buys ("$2,000 for a host-read ad spot", "a sponsored segment")
_AN_AD_PLACE = re.compile(
    r"\b(?:ads?|adverts?|advertis\w*|sponsor\w*|commercials?|host[- ]read|(?:pre|mid|post)[- ]?rolls?|promo\w*|"
    r"banners?|classifieds?|brand(?:ed)?)\b",
    _F,
)


_AD_PLACES = frozenset(
    {
        "slot",
        "slots",
        "spot",
        "spots",
        "placement",
        "placements",
        "segment",
        "segments",
        "episode",
        "episodes",
    }
)


# The place is on the user's own show or page: said so, or a guest offered for their show (decide.guests).
_ON_YOUR_SHOW = re.compile(
    r"\b(?:on|in|for)\s+your\s+(?:[\w'-]+\s+){0,2}?(?:show|podcast|channel|blog|page|newsletter|feed|programme|"
    r"program|list|magazine|site|website|series|episodes?|stories|stream)\b",
    _F,
)


# ...not the sender's own stage, where the user is the one paid to appear ("$1,000 for a keynote slot at our summit")
_THEIR_STAGE = re.compile(
    r"\b(?:our|my)\s+(?:[\w'-]+\s+){0,2}?(?:show|podcast|conference|summit|event|festival|panel|stage|webinar|"
    r"series|programme|program|meetup|workshop|gala|expo)\b|\b(?:keynote|talk|speak\w*|honorari\w*|stipend)\b",
    _F,
)


def place_bought(text: str) -> str | None:
    """The words in which a sender offers to pay for a place on the user's own show or page ("We're happy to pay
    $750 for a guaranteed interview slot" for a client offered as a guest), or None: not an advertisement a
    sponsor buys ("$2,000 for a host-read ad spot"), and not a talk the user is paid for on the sender's stage."""
    from kindly.decide.guests import guest_offered

    joined = " ".join(text[:20_000].split())
    for found in _PLACE_PAID_FOR.finditer(joined):
        sentence = sentence_around(joined, found.start(), found.end())
        place = next(
            (found.group(g) for g in ("place", "asked", "bought", "be") if found.group(g)), ""
        ).lower()
        before = joined[max(0, found.start() - 30) : found.end()]
        if place.split()[-1:] and place.split()[-1] in _AD_PLACES and _AN_AD_PLACE.search(before):
            continue
        if _THEIR_STAGE.search(sentence):
            continue
        if _ON_YOUR_SHOW.search(sentence) or guest_offered(joined)[0]:
            return found.group(0)
    return None
