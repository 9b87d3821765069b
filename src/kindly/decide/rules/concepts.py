"""The ideas a never-rule can name (unpaid work, weekends, pitches, ...): how a rule words each and how a message
shows it, as one table the rest of the rules package reads."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kindly.amounts import AN_AMOUNT, BEFORE_THE_NUMBER, CODES, MONEY, NUMBER, SIGN
from kindly.decide.business_sale import (
    CONSOLIDATOR_IN_A_MESSAGE,
    CONSOLIDATOR_IN_A_RULE,
    SALE_IN_A_MESSAGE,
    SALE_IN_A_RULE,
)
from kindly.decide.expert_network import EXPERT_BROKER
from kindly.decide.fees import (
    DENIED,
)
from kindly.model import Intent

_F = re.IGNORECASE


# An ask that leaves no room for anyone else: "just the two of us", "a private site visit", "one-on-one".
_ALONE = re.compile(
    r"\b(just (?:the )?(?:two|2) of us|one[- ]on[- ]one|one[- ]to[- ]one|1[:-]1|privately|in private|"
    r"private (?:\w+ )?(?:meeting|chat|coffee|drinks?|lunch|dinner|visit|tour|briefing|catch-?up|conversation|"
    r"word)|off the record)\b",
    _F,
)


# An office someone stands for: "for Atlanta City Council", "for Mayor", "for the state senate".
_OFFICE = (
    r"(council|mayor|senate|congress|governor|sheriff|commission(er)?|school board|state house|legislature|"
    r"assembly|parliament|district attorney|(public |elected )?office)"
)


@dataclass(frozen=True, slots=True)
class Concept:
    """An idea a never-rule can name, and how a message shows it."""

    rule: re.Pattern[str]  # how the idea is worded in a never-rule
    message: re.Pattern[str] | None = None  # how a message shows it
    intents: frozenset[Intent] = frozenset()  # intents that are this idea by definition
    # phrases an honest message may use once, which show the idea only two together ("your workshop changed
    # my life" alone; "a second income stream ... a few spots on my team left" together)
    together: re.Pattern[str] | None = None

    def shown_by(self, text: str) -> str | None:
        """The words of the message that show the idea, or None; not where the message denies it ("No referral
        fees", "without any commission")."""
        for match in self.message.finditer(text) if self.message else ():
            if not DENIED.search(text, max(0, match.start() - 25), match.start()):
                return match.group(0)
        if self.together is None:
            return None
        found = dict.fromkeys(m.group(0).lower() for m in self.together.finditer(text))
        return " ... ".join(found) if len(found) >= 2 else None


# A take-home set to candidates: "Interview next step: take-home", "a take-home case study" (not "take-home pay").
TAKE_HOME = re.compile(
    r"\btake[- ]home(?: (?:project|challenge|test|task|assignment|exercise|case study|case))?s?\b(?![- ](?:pay|salary))",
    re.IGNORECASE,
)


# Exposure praised as a reward: "great exposure", "fantastic exposure".
_GOOD_EXPOSURE = (
    r"(great|fantastic|amazing|incredible|huge|massive|valuable|wonderful|awesome|excellent|good|free|"
    r"brilliant|terrific|real|serious|significant|considerable) exposure"
)
# ...as what the user would get: "it's great exposure", "you'd get amazing exposure", "no fee, but good exposure".
_OFFERED = (
    r"(it'?s|it is|it'?d be|it would be|it will be|it'?ll be|that'?s|this is|would be|will be|but|plus|get|gets|"
    r"getting|gain|receive|offers?|offering|gives? you|giving you|provides?|providing)"
)


# A group the sender belongs to, for which they act unpaid: "our committee", "the residents' association", "my
# neighbours". Working with one on its submission is no lobbyist's work for a client.
_OWN_GROUP = (
    r"\b(?:committee|associations?|residents|community|neighbou?rs|members|volunteers|trustees|society|club|"
    r"friends of|parents|whānau|whanau|congregation|church|school)\b"
)
# A sender who speaks for a community group of their own ("I'm the volunteer secretary of ...", "our residents'
# association"): a matter of theirs before the user's council is no client's, unless they say they are paid to
# sway it ("I'm a lobbyist", "on behalf of my client").
_SPEAKS_FOR_A_GROUP = re.compile(
    r"\b(?:(?:i'?m|i am|we'?re|we are|as)\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+)?volunteers?\b|volunteer[- ](?:run|led)\b|"
    r"(?:our|i'?m [\w\s]{0,40}?\b(?:of|for|at|with) the)\s+(?:[\w'’-]+\s+){0,4}?(?:residents|ratepayers|neighbou?rhood|"
    r"community|parents|tenants)['’]?\s+(?:association|group|committee|society|network|trust|council|board)\b)",
    _F,
)
_PAID_TO_SWAY = re.compile(
    r"\b(?:lobby(?:ists?|ing)|lobby (?:group|firm)|(?:government|govt) relations|public affairs|(?:my|our|a) clients?)\b",
    _F,
)


# A weekday written short is a day only before its date: "Sun 13 Dec", "Sat, Dec 12" (not "we sat 3 hours").
_MONTH_SHORT = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
_BEFORE_ITS_DATE = (
    rf"(?=\.?,?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_SHORT}|{_MONTH_SHORT}[a-z]*\.?\s+\d{{1,2}}(?!\d)))"
)

# A panel that judges or hires, not one the user speaks on: "our judging panel has selected you", "the selection
# panel", "an interview panel" (each a lookbehind of its own width).
_NOT_A_STAGE = "".join(
    rf"(?<!{word} )"
    for word in ("judging", "selection", "review", "advisory", "interview", "hiring", "assessment", "grant")
)

# A place in the sender's directory, listing or guide ("a featured listing", "a top spot", "get listed in our
# guide"), not in the user's own ("your directory"); and a price said for it ("$49 a month")
_PLACE_LISTED = (
    r"(?<!your )\b(?:featured\s+(?:partner|listing|business|spot|placement|member|profile)s?|"
    r"top\s+(?:spot|placement|position|listing)s?|(?:premium|priority|sponsored|enhanced)\s+"
    r"(?:listing|placement|profile|spot|position)s?|(?:be|get|getting)\s+(?:listed|featured)\s+(?:in|on)\s+our|"
    r"listing\s+(?:in|on)\s+our)\b"
)
_A_PRICE = f"(?:{AN_AMOUNT.pattern})"  # a price in any currency, its sign or code before or after it
_CODE = rf"\b(?:{CODES})"
# A time is no sum: "9.50" of "$9.50", "SGD 9.50" or "9.50 euros" is a price, not ten to ten (every code is three
# letters, so the look behind for one is of a fixed width)
_NO_SUM_BEFORE = rf"(?<![\d.,:])(?<!{SIGN})(?<!{SIGN}\s)(?<!{_CODE})(?<!{_CODE}\s)"
_NO_CURRENCY_AFTER = r"(?!\s?(?:" + CODES + r"|dollars?|euros?|pounds?)\b)"
# A sum in any currency read from its first digit where a sign comes before it ("799 to publish" of "$799 to
# publish"): a pattern that opens on a word boundary holds there, never before the sign.
_A_SUM_FROM_ITS_DIGIT = (
    rf"(?:(?:(?<={SIGN})|(?<={SIGN}\s)|{_CODE}\s?)\d[\d,.]*|{NUMBER}\s?(?:{CODES}|dollars?|euros?|pounds?)\b)"
)

# A call asked for to do the work on the sender's own system: "jump on a quick call with our platform team to look at
# our setup", "hop on a Zoom with us tomorrow and debug it with us", "screen-share and go through our config".
_HANDS_ON = (
    r"(?:take\s+a\s+(?:quick\s+)?look\s+at|look\s+(?:at|into)|debug|troubleshoot|dig\s+into|go\s+through)\s+"
    r"(?:our|their|my|it\s+with\s+(?:us|me)|this\s+with\s+(?:us|me))\b(?:\s+(?!with\b)[\w-]+)?"
)
_CALL_FOR_HANDS_ON = re.compile(
    r"\b(?:call|zoom|teams|meet|meeting|session|screen-?share|hop\s+on|jump\s+on)\b[^.?!\n]{0,80}?\b(?:to|and)\s+"
    + _HANDS_ON,
    _F,
)
_HANDS_ON_SAID = re.compile(r"\b" + _HANDS_ON, _F)
# ...which is paid where the sender says so: "we'd pay your day rate", "hire you", "a paid engagement", "a quote".
_PAY_SAID = re.compile(
    r"\b(?:pay|paid|paying|hire|hiring|fee|fees|rate|rates|quote|invoice|budget|contract|retainer|engagement)\b",
    _F,
)


def favour_asked(text: str) -> str | None:
    """A call asked to do the work on the sender's own system with no word of paying for it ("Could you jump on a
    quick 30-minute call with our platform team to look at our setup?"): the work asked unpaid."""
    found = _CALL_FOR_HANDS_ON.search(text)
    return found.group(0) if found and not _PAY_SAID.search(text) else None


# A time written with a dot is a clock only where said as one ("at 10.30", "before 9.30", "10.30h", "10.30-12.00"),
# not a price or a version ("EUR 10.50", "version 5.10"); `hours` the hours of the part of the day
_A_DOTTED_CLOCK = (
    r"(?:(?:(?<=\bat )|(?<=\bfrom )|(?<=\bbefore )|(?<=\bafter )|(?<=\buntil )|(?<=\bum )|(?<=\bà ))"
    r"(?:{hours})\.[0-5]\d(?!\s?[ap]\.?m)(?!\d)|(?:{hours})\.[0-5]\d(?:\s?(?:h|uhr)\b|\s?[-–]\s?\d))"
)


# People whose representative speaks for them, not for what a company sells: "union reps", "student representatives".
_REPRESENTED = frozenset(
    {
        "union",
        "student",
        "parent",
        "staff",
        "employee",
        "worker",
        "community",
        "customer",
        "client",
        "patient",
    }
    | {"tenant", "resident", "class", "elected", "district", "government", "legal", "member"}
)
_REPRESENTED_PEOPLE = "(?:" + "|".join(sorted(_REPRESENTED)) + ")s?"
# ...as a lookbehind of its own width for each ("union reps" read from its "reps")
_NOT_AFTER_REPRESENTED = "".join(rf"(?<!\b{word} )(?<!\b{word}s )" for word in sorted(_REPRESENTED))


CONCEPTS: dict[str, Concept] = {
    "unpaid": Concept(
        # (not what is given free to the user: "free travel, meals or gifts from companies I cover")
        re.compile(
            r"\b(unpaid|free(?! (travel|trips?|flights?|meals?|lunch(es)?|dinners?|drinks|food|gifts?|hotels?|stays?|"
            r"tickets?|passes|samples?|products?|hospitality)\b)|volunteer\w*|pro bono|without pay|no fee|for exposure)\b",
            _F,
        ),
        re.compile(
            # not money owed: "unpaid wages claims", "unpaid invoices"
            r"\b(unpaid(?! (wages?|salar(y|ies)|invoices?|bills?|claims?|debts?|rent|tax(es)?|fines?|overtime|"
            r"bonus(es)?|commissions?|balances?|sums?|amounts?|leave)\b)|"
            # ...not a fee nobody charges: "there's no fee to submit", "no fees either way"
            r"no (speaker |speaking |pitch |pitching )?(fee|honorari\w*|budget|compensation|payment)s?(?! (to|for) (submit|enter|apply|"
            r"join|attend|register|participat|be (listed|featured|considered))\w*|\)| (either|on either|both|charged|"
            r"involved|attached|for (either|both|you|the couples?|couples|clients|anyone))\b)|"
            r"(can'?t|cannot|can not|unable to|not able to|(aren'?t|are not|isn'?t|is not|won'?t be) able to|don'?t|"
            r"do not|won'?t) (pay|offer|provide|compensate)\w*( (a|an|any))?( speaker)? ?(fees?|honorari\w*|compensation|"
            r"payment|you|speakers|presenters|for (your|the) time|anything|"
            # "we can't pay guests", "we don't pay our contributors": a show's or a panel's guests unpaid
            r"(our |any )?(guests?|contributors?|panell?ists?|interviewees?))|"
            # asked for free advice: "a quick call to pick your brain"
            r"pick your brain|"
            # work the reader is asked to give for nothing: "could you send us five candidate profiles for free"
            # (not "feel free to", nor what the reader is offered free: "you can join for free")
            r"(could|would|can|will) you\b[^.?!\n]{0,80}?\b(for free|free of charge|at no (cost|charge)|"
            # "would you do a free trial project for us ... as a pilot"
            r"a free (trial|pilot|test)\b)|"
            # "we don't have budget for the pilot itself": the work asked of the user (not another trade's: "no budget
            # for videography, so the photos really matter")
            r"(don'?t|do not|won'?t) have (a |any )?(budget|funds|funding|money) for (the |this |a )?(pilots?|trials?|"
            r"tests?|projects?|work|engagements?|workshops?|sprints?|it|this|you|your (time|work|services?))\b|"
            # ...by someone who says they cannot pay for it: "I can't afford a lawyer right now", "we can't afford
            # your fees" (not "we can't afford a bigger venue": what they cannot pay for is the help itself)
            r"(i|we)( really| just)? (can'?t|cannot|can not|am unable to|are unable to|couldn'?t|am not able to) "
            r"(really )?afford (to (pay|hire)\b|(a|an|your|the|any|legal) (lawyer|attorney|solicitor|professional|"
            r"consultation|consultant|accountant|advis[oe]r|fees?|rates?|services?|help|advice|representation)s?\b)|"
            # a kind of call the sender says they do not pay for: "we don't pay for initial scoping calls"
            r"(we|they|our clients?) (don'?t|do not|won'?t|will not|never) (pay|compensate)( (you|experts?))? for "
            r"(?!(your|the) (travel|parking|lunch|meals?|hotel|accommodation|expenses))|"
            # a pitch the sender will not pay for: "We can't pay for pitches", "we're unable to pay for concepts"
            r"(can'?t|cannot|can not|(are|'re) (unable|not able) to|don'?t|do not|won'?t|will not|never) pay "
            r"((you|agencies|anyone) )?for (the |your |any )?(pitch(es|ing)?|concepts?|creative (work|concepts?|ideas)|"
            r"spec\w*)\b|"
            # "We can't pay, but it's great exposure" (not "we can't pay by credit card")
            r"(can'?t|cannot|can not|unable to|won'?t be able to) pay(?=\s*(?:[,.;!-]|but\b|much\b|a lot\b))|"
            r"volunteer(ing)? (basis|speaker|position|slot|role|opportunity|gig)|pro bono|for (the )?exposure|without (pay|compensation)|"
            # a collaboration whose makers give their work: "all the vendors are donating their time", and are paid
            # in its pictures: "in return everyone gets the images for their portfolios"
            r"donat\w* (their|your|our|my) (time|services|skills|work)|"
            r"in (return|exchange),? (every(one|body)|you|each vendor|all (the )?vendors|vendors|we) (\w+ ){0,2}?"
            r"(gets?|receives?|will (get|receive)) (\w+ ){0,2}?(images|photos|pictures|content)\b[^.]{0,30}portfolios?|"
            # exposure offered in place of pay: "it's fantastic exposure", "you'd get amazing exposure", "tons of
            # exposure for you", "no fee, but great exposure" (not a photo's: "such great exposure and colour")
            rf"({_OFFERED}\s+(a\s+|some\s+|such\s+|real\s+|really\s+)?{_GOOD_EXPOSURE}|"
            rf"{_GOOD_EXPOSURE}(?=\s+(to|for|among|with|across|in front of)\b)|"
            r"(tons of|lots of|a lot of|plenty of|loads of|in exchange for|in return for) exposure)\b"
            r"(?!\s*(and|&|,|/)\s*(colou?rs?|light\w*|contrast|focus|tones?|composition|sharpness|detail))|"
            r"can'?t (do|offer) paid|"
            # "our budget doesn't stretch to speaker fees", "we don't have a budget for presenters"
            r"budget (doesn'?t|does not|won'?t|can'?t|cannot) (stretch|extend|cover|allow|run)\w* (to )?"
            r"(speaker|presenter)s? ?(fees?|honorari\w*)|"
            # "we don't have a budget for speakers" (a trade's work, "a budget for photography", is the user's
            # only where it is their trade: see _no_budget_for)
            r"(don'?t|do not|doesn'?t|does not) have (a |any )?budget for (speakers?|presenters?|speaker fees|honorari\w*|"
            r"contributors?|guests?|freelancers?|paying (you|speakers|anyone|contributors)|your (time|work|services|fee))|"
            r"not (a )?paid|isn'?t paid|is not paid|(aren'?t|are not|won'?t be|will not be) paid|"
            # a speaker who pays to appear is not paid either ("a one-time production fee of $1,497 secures
            # your slot"); an appearance fee or an honorarium is what the speaker is paid
            r"(production|placement|listing) (fee|package)s?|"
            r"(fee|payment|investment)[^.]{0,40}secures? your (slot|spot|seat|feature|episode|place))\b",
            _F,
        ),
    ),
    "pay_to_play": Concept(
        re.compile(
            r"\b(pay[- ]to[- ](speak|play|present|perform)|speaker fees?|sponsorship fees?|pay\w* to (speak|present|appear)|"
            # "paying to be listed" ("paying to be featured" is a place bought: paid_feature)
            r"pay\w* to be (listed|published|included)|"
            # "summits that charge speakers a fee to speak"
            r"charg\w* (speakers|presenters|panell?ists|guests|you|authors)|fees? to (speak|present|appear|publish)|"
            r"predatory|cost(s|ing)? money|that costs?|sponsored slots?|pay to publish|"
            # paying to be present: "paid entries to awards", "charge charities for a stall", "buying gala tables"
            r"paid (entries|entry|listings?)|entry fees?|charg\w*[\w ]{0,25} for (a |an )?"
            r"(stall|stand|table|booth|exhibit\w*)|stalls?|exhibition (space|stands?)|gala tables?|"
            # ...bought by the verb that buys them: "buying gala tables", "purchasing exhibitor booths", "paying for
            # a stall" (the verb is the idea's, not a word a message must say)
            r"(buy|buying|bought|purchas\w*|reserv\w*|pay\w* for) (a |an )?(\w+ )?(tables?|stalls?|stands?|booths?)|"
            r"sponsorship packages?)\b",
            _F,
        ),
        re.compile(
            r"\b((speaker|participation|registration|sponsorship|publication|processing|listing|placement|feature|"
            r"editorial placement) (fee|package)|"
            # "a one-time production contribution of CAD 750", "choose one of our Laureate Packages (USD 895)"
            r"(production|participation|speaker|partner) contributions?|"
            r"(laureate|winner'?s?|award|honou?ree|recognition|nominee) packages?|"
            r"pay to (speak|present|be featured|pitch|play|perform)|"
            rf"fee of (?:{BEFORE_THE_NUMBER}\s?)?\d|"
            # a musician's pay-to-play: tickets the act buys or must sell itself ("Artists purchase 25 tickets up
            # front", "a ticket buy-on"), or a fee to take the stage ("Performer sign-up is $20", "bands pay $50 to
            # play"); not an audience's ticket ("fans can buy tickets", "tickets are $15")
            r"(artists?|acts?|bands?|performers?|musicians?)( (must|will|need to|are required to|have to|agree to))? "
            r"(purchase|buy|pre-?buy|pre-?purchase)\w* (a minimum of |at least )?\d+ tickets|"
            r"(artists?|acts?|bands?|performers?|musicians?) (must|need to|are required to|have to) sell "
            r"(a minimum of |at least )?\d+ tickets|ticket buy-?(ons?|ins?)|buy-?on (fee|package|cost)s?|"
            rf"(performer|artist|band|act|musician)s?'? (sign-?up|registration|slot) (fee )?(is|costs?|of) {MONEY}|"
            rf"(performers?|artists?|musicians?|bands?|acts?) pay (?:{MONEY}|\d[\d,.]*) to (perform|play)|"
            # those on the stage or the jury as the ones who pay: "judges contribute a one-off panel fee of £495"
            r"(judges?|jurors?|speakers?|presenters?|panell?ists?|finalists?|nominees?) (contribute|pay)s?\b"
            # (not what they pay for themselves: "speakers pay their own travel")
            r"(?!\s+(nothing|no\b|nil|(for\s+)?(their|your|his|her)\s+own))|"
            # "founder seats are available as sponsorships: $3,500 per seat includes a spotlight pitch"
            r"seats? (are )?(available )?as (a )?sponsorships?|"
            rf"(?:(?<={SIGN})|(?<={SIGN}\s)|{_CODE}\s?)\d{{1,3}}(,\d{{3}})+ (per|a) (seat|table|pitch|slot)|"
            r"(spotlight|sponsored) pitch|invoice (to follow|will follow|on acceptance)|"
            # "entries cost £95", "book your table (£1,650 for ten)", "a stall is £120", "sponsorship packages"
            rf"(article )?processing charges?|apcs?\b|publication charges?|to publish\b[^.]{{0,30}}(?:{SIGN}|{MONEY})|"
            rf"{_A_SUM_FROM_ITS_DIGIT}[^.]{{0,30}}\bto (publish|present|speak)|"
            rf"entry (fees?|costs?)|entries (cost|are) (?:{SIGN}|{MONEY})|{_A_SUM_FROM_ITS_DIGIT}\s*(per |an? |for an? )?"
            r"(entry|entries)|"
            rf"book (your|a) table|tables? (of|for) (8|10|eight|ten)|{_A_SUM_FROM_ITS_DIGIT}\s*"
            r"(per |an? |for an? |for the )"
            rf"(table|stall|stand|booth|pitch)|(stall|stand|booth|exhibitor) (fees?|costs?|packages?|is (?:{SIGN}|{MONEY}))|"
            r"sponsorship (packages?|tiers?|levels?|opportunit\w+)|"
            # a place on the stage sold as a sponsorship: "a speaker sponsorship of $2,950"
            r"(speaker|speaking|keynote|stage|panel|panell?ist|presenter) sponsorships?)",
            _F,
        ),
    ),
    # "paying to join 'top agent' award lists", "paid 'top 40' lists": a place on an award's list or ranking sold
    # to those it names, shown by award_for_sale (the message side is read in _concepts_shown); "paid awards" and
    # "paid entries to awards" are read as they were
    "award_sold": Concept(
        re.compile(
            r"\b(?:pay\w*|paid(?:-for)?|pay-to-(?:play|join|win))(?:\s+(?:to|for))?(?:\s+(?:join|enter|get (?:on|onto|"
            r"into)|be (?:on|in|listed (?:on|in)|named (?:on|in|to)|featured (?:on|in))|appear (?:on|in)|an? (?:place|"
            r"spot|listing) (?:on|in)|places (?:on|in)))?\s+(?:[\w'\"\u2018\u2019-]+\s+){0,3}?(?:awards?|honou?rs?|"
            r"best-of|(?:top|best)[- ]\w+)\s+(?:lists?|listings?|rankings?|guides?)(?![\w-])",
            _F,
        ),
    ),
    # "pay-to-be-featured placements", "paid guest spots", "sponsored interviews": a place on a show or a page
    # bought, whichever way the money goes - the user charged for one (as pay_to_play reads it), or a sender
    # paying for a place on the user's own show (place_bought); the message side is read in _concepts_shown
    "paid_feature": Concept(
        re.compile(
            r"\b(?:pay(?:s|ing)?[- ]to[- ]be[- ](?:featured|placed|interviewed|profiled|reviewed)|pay(?:s|ing)?[- ]for[- ]"
            r"(?:placements?|features?|guest (?:slots?|spots?|appearances?)|interviews?|reviews?)|paid[- ](?:placements?|"
            r"features?|guest (?:slots?|spots?|appearances?|posts?)|interviews?|reviews?)|sponsored (?:guest (?:slots?|"
            r"spots?|appearances?)|interviews?|reviews?))(?:[- ](?:placements?|slots?|spots?|appearances?))?(?![\w-])",
            _F,
        ),
    ),
    # "paid directory or featured business listings", "premium listings": a place bought in someone's directory,
    # listing, map or guide, shown by a place offered there at a price in the same sentence ("As a Featured
    # Partner your shop gets a top spot in our 'Best Bike Shops' page ... for just $49 a month"); a free listing
    # offered or a listing in the user's own directory ("your directory") is no place bought; a ranking's listings
    # ("paid top doctor listings") are an award's place sold, read as those are
    "paid_listing": Concept(
        re.compile(
            r"\b(?:(?:paid|featured|premium|sponsored|promoted|priority|enhanced)\s+(?:(?!top\b|best\b)[\w-]+\s+){0,2}?"
            r"(?:director(?:y|ies)|listings?|guides?)|director(?:y|ies)\s+listings?|pay\w* (?:for|to get) listed)\b",
            _F,
        ),
        re.compile(
            rf"{_PLACE_LISTED}[^.!?]{{0,160}}?{_A_PRICE}|{_A_PRICE}[^.!?]{{0,160}}?{_PLACE_LISTED}", _F
        ),
    ),
    # "unpaid trustee or board roles"
    "board": Concept(
        re.compile(
            r"\b(trustee\w*|board (roles?|seats?|positions?|members?\w*)|non-exec\w*|governor\w*)\b", _F
        ),
        re.compile(
            r"\b(trustees?|board of (directors|trustees|governors)|(join|serve on|sit on) (our|the) board|"
            r"board (role|seat|position|member)|non-executive|governor)\b",
            _F,
        ),
    ),
    "speaking": Concept(
        re.compile(
            r"\b(speak\w*|talks?|keynotes?|panels?|podcasts?|presentations?|webinars?|lectures?)\b", _F
        ),
        re.compile(
            r"\b(speak\w*|keynote|{_NOT_A_STAGE}panel\w*(?! of (?:judges|experts|assessors|reviewers))|podcast|"
            r"present at|presentation|guest (on|lecture)|workshop)\b".replace("{_NOT_A_STAGE}", _NOT_A_STAGE),
            _F,
        ),
        frozenset({Intent.SPEAKING_INVITATION}),
    ),
    "mlm": Concept(
        re.compile(r"\b(multi[- ]level|mlm|network marketing|pyramid|business opportunit\w*)", _F),
        re.compile(
            r"\b(multi[- ]level|mlm|network marketing|pyramid|downline|residual income|be your own boss|"
            r"ground floor|business opportunit\w*|side hustle|financial freedom|passive income)",
            _F,
        ),
        together=re.compile(
            r"\b(second income|extra income|income stream|be (?:their|my|your) own boss|(?:spots?|places?) "
            r"(?:left )?on my team|join my team|changed my life|work from home opportunit\w*|"
            # the recruiting pitch: "building a team of ambitious women", "from their phone", "boss babe"
            r"build(?:ing)? (?:a|my) team of|(?:ambitious|driven|motivated) (?:women|ladies|mamas|moms|mums)|"
            r"from (?:your|their|my) phones?|boss babe)",
            _F,
        ),
    ),
    # "commission-only roles": a job paid by commission alone, no base salary - not a referral fee
    "commission_only": Concept(
        re.compile(
            r"\b(commission[- ](?:only|based)|(?:on|by) commission only|no base (?:salary|pay))\b", _F
        ),
        re.compile(
            r"\b(commission[- ]only|commission[- ]based (?:role|job|position|pay|compensation|income)s?|"
            r"100 ?% commission|straight commission|purely on commission|no base (?:salary|pay))\b",
            _F,
        ),
    ),
    "referral_fee": Concept(
        re.compile(
            r"\b(referral fees?|commissions?(?![- ](?:only|based)\b)|kickbacks?|finder'?s fees?|revenue shar\w*|"
            # "pay-per-lead services", "buying leads": paying for each client sent, as a referral fee is
            r"rev[- ]?shar\w*|pay[- ]per[- ](?:lead|referral|introduction)s?|(?:buying|purchasing) leads)\b",
            _F,
        ),
        re.compile(
            r"\b(referral (fee|bonus|commission|partner program|payment)s?|finder'?s fee|kickbacks?|"
            r"revenue shar\w*|rev[- ]?shar\w*|affiliate (program|commission|link)|\d+ ?% of (each|every|the) (sale|deal|invoice|fee)|"
            # a commission for sending clients, not a commissioned article
            r"(\d+ ?% |referral |sales )commissions?(?!\w)|commissions? (on|for|per|of) [\w -]{0,25}"
            r"(referral|client|customer|sale|deal|lead|sign[- ]?up)s?|"
            r"\d+ ?% of [\w' -]{0,25}(fees?|revenue|sales|billings?)\b[^.]{0,40}\b(refer|send)\w*|"
            # "we refer, you pay us 15% of the first year's fees"
            r"\b(we|i) (refer|send)\w*,? (and )?(you|they) pay\b|"
            r"for (each|every) (client|customer|business) you (refer|send)|"
            # a price per head sent: "$30 for each new patient who books through us", "£25 per qualified lead"
            rf"{_A_SUM_FROM_ITS_DIGIT}\s+"
            r"(?:fee\s+)?(?:for|per)\s+(?:each\s+|every\s+|a\s+)?"
            r"(?:(?:new\s+|booked\s+|qualified\s+|referred\s+|verified\s+|exclusive\s+|shared\s+)?"
            r"(?:leads?|referrals?|bookings?|introductions?)\b|"
            r"(?:new|booked|referred|qualified)\s+(?:patient|client|customer|member)s?\b|"
            r"(?:patient|client|customer|member)s?\s+(?:who|that)\s+(?:books?|signs?\s+up|joins?|comes?)\s+"
            r"(?:through|via|with)\s+us\b|(?:patient|client|customer|member)s?\s+(?:we|i)\s+(?:send|refer|bring))|"
            # leads sold at a price each: "3 new Kitchen Remodel leads ... buy them now for $34 each"
            rf"\bleads\b[^.!?]{{0,80}}?\bfor\s+{MONEY}\s+(?:each|apiece|a\s+lead)\b|"
            r"(earn|get|receive|pay)s? (up to )?\$?\d+ ?(%|percent|points|bps)(?!\w)[^.]{0,20}\b(every|each) "
            r"(funded |closed |qualified |new )?(deal|client|customer|referral|sale|lead|loan|sign[- ]?up)s?\b|"
            # a planner's own cut of the business they place: "a 5% personal bonus on top of the usual commission
            # for every group I bring in", "a bonus on top of the standard commission"
            r"\b(personal|side|cash) (bonus|cut|commission|payment)(es|s)?\b[^.!?\n]{0,60}\b(every|each|per) "
            r"(group|booking|event|client|referral|sale|deal|piece of business)s?\b|"
            r"\b(bonus|cut|kickback)(es|s)? on top of (the |your |my |our )?(usual|standard|normal|regular) commissions?\b)",
            _F,
        ),
    ),
    "sales": Concept(
        re.compile(
            # "cold outreach", "cold emails": a pitch from a seller the user does not know
            r"\b(sales (calls?|demos?|pitch\w*|meetings?)|product demos?|cold (calls?|pitch\w*|outreach|e-?mails?|"
            r"messages?|sequences?|approach\w*)|vendor pitch\w*)\b",
            _F,
        ),
        None,
        frozenset({Intent.SALES_PITCH}),
    ),
    "recruiting": Concept(
        re.compile(
            r"\b(job offers?|recruit\w*|headhunt\w*|full[- ]time (jobs?|roles?|employment)|employment offers?)\b",
            _F,
        ),
        # a recruiter's own work asked of her: "could you send us five candidate profiles", "send us three vetted
        # candidates" (the approach of a recruiter to the reader is the intent)
        re.compile(
            r"\b(send|share|submit|present|find|introduce|put forward)\s+(us|me)\s+([\w-]+\s+){0,3}?"
            r"(candidate (profiles?|cvs?|r[eé]sum[eé]s?|shortlists?)|candidates?|shortlists? of candidates)\b",
            _F,
        ),
        frozenset({Intent.RECRUITING}),
    ),
    # "splitting fees with other recruiters": another recruiter's offer to share a placement's fee ("want to do a
    # 50/50 split?", "a split placement", "split the fee"); a bill or a cost split is no fee (see split_fee.py)
    "split_fee": Concept(
        re.compile(
            r"\b(split(ting|s)?[- ](the |a |our )?(fees?|placements?|commissions?)|fee[- ]split\w*)\b", _F
        ),
    ),
    # "recruiter calls about full-time employment": a freelance contract is not that
    "full_time": Concept(re.compile(r"\b(full[- ]time|permanent|salaried)\b", _F)),  # see _concepts_shown
    # "unpaid consulting calls ('quick call to pick your brain')"
    "consulting": Concept(
        re.compile(r"\b(consult\w*|advice|advisory|pick (your|my) brain|free calls?)\b", _F),
        re.compile(
            r"\b(consult\w*|pick your brain|your (advice|expertise|input|thoughts)|get your (take|advice|view)|"
            # "could you give us some medical advice", "advise us on whether our claims hold up"
            r"advise (us|me)|(give|offer) (us |me )?(some |any )?(\w+ )?advice|"
            # "help us figure out the right index setup": their problem solved with the user's expertise
            r"help (us|me) (figure|work|sort) out|"
            r"quick (question|call)|hop on a (quick )?call|"
            # an expert network's first call on a client's question
            r"(scoping|screening|expert) calls?)\b",
            _F,
        ),
        frozenset({Intent.MENTORSHIP_REQUEST}),
    ),
    # "unpaid consulting calls for expert networks": a broker of experts' calls for its clients
    "expert_network": Concept(
        re.compile(r"\b(expert[- ]networks?|expert calls?|expert consultations?)\b", _F), EXPERT_BROKER
    ),
    "crypto": Concept(
        re.compile(r"\b(crypto\w*|bitcoin|nfts?|token sales?|web3)\b", _F),
        re.compile(
            r"\b(crypto\w*|bitcoin|ethereum|nfts?|token (sale|rewards?|launch|economy)|tokenomics|web3|blockchain|"
            r"usdc|usdt|stablecoins?|on[- ]chain|on our chain|defi|smart contracts?)\b",
            _F,
        ),
    ),
    # "crypto or gambling promotions": a casino, a sportsbook or a betting app, however it words itself ("the #1
    # social sweepstakes casino app"); a bet as a figure of speech ("your best bet") is none
    "gambling": Concept(
        re.compile(r"\b(gambl\w*|betting|casinos?|sportsbooks?|bookmakers?|poker)\b", _F),
        re.compile(
            r"\b(gambl\w*|casinos?|sportsbooks?|bookmakers?|(?:sports|online|mobile) betting|betting (?:apps?|sites?|"
            r"platforms?|companies|company|brands?|odds)|igaming|poker|roulette|blackjack|slot machines?|online slots|"
            r"parlays?)\b",
            _F,
        ),
    ),
    "mentoring": Concept(re.compile(r"\b(mentor\w*)\b", _F), None, frozenset({Intent.MENTORSHIP_REQUEST})),
    # "endorsing political candidates", "political endorsements": the user seen to back someone standing for office,
    # shown by a campaign's own ask - its legal line ("Paid for by Hollis for Council"), a candidate's campaign for
    # an office ("Janelle Hollis's campaign for City Council"), a campaign's rally or photo, support for a candidacy
    # (not a nonpartisan candidate forum, nor a church's capital campaign)
    "political": Concept(
        re.compile(
            r"\b(political|partisan\w*|candidates? for (public |elected )?office|endors\w* (\w+ )?candidates?)\b",
            _F,
        ),
        re.compile(
            rf"\bpaid for by [^.\n]{{0,40}}?\b(campaign|committee|pac|for (\w+ ){{0,2}}{_OFFICE})\b|"
            rf"(?:'s|s') (re-?election )?campaign for (\w+ ){{0,3}}?{_OFFICE}\b|"
            r"\bcampaign (rall(y|ies)|photos?|stops?|trail|yard signs?)\b|"
            # "Mayor Dickens' re-election kickoff", "a fundraiser for Judge Amos" (not "every candidate for council is
            # invited" to a forum)
            r"\bre-?election (kick-?off|rall(y|ies)|launch|campaign|event|fundraiser)\b|"
            r"\bfundraiser for (\w+ ){0,2}?(candidate|judge|council ?(wo)?man|council ?member|senator|mayor|"
            r"commissioner|representative|sheriff)\b|"
            r"\b(endors\w*|support\w*) (of )?(the |our |a |her |his |their )?(candidate|candidacy|re-?election)\b",
            _F,
        ),
    ),
    # "panels without a woman on them", "all-male panels": kindly reads no one's sex from a name, only a lineup the
    # sender calls all-male ("a manel", "it's all men so far")
    "all_male": Concept(
        # (not "panels with no women speakers", which triage notes as a condition it cannot check: test_s11_never)
        re.compile(r"\b(without (a |any )?(wom[ae]n|female)\w*|all[- ]male|manels?)\b", _F),
        re.compile(r"\b(all[- ]male|manels?|all (?:of them )?men|only men)\b", _F),
    ),
    # "endorsing products, testimonials or case studies": the user's name lent to what someone sells
    "endorsement": Concept(
        re.compile(
            r"\b(endors\w*|testimonials?|case stud(y|ies)|reviews? for (vendors?|suppliers?|brands?))\b", _F
        ),
        re.compile(
            r"\b(testimonials?|case stud(y|ies)|endors\w* (of )?(our|us|the|this|it)\b|"
            # "feature your endorsement on our packaging", "therapist-approved": the user's name sells a product
            r"(feature|use|print|display|quote|share) your (\w+ )?endorsement|"
            # "a free license in exchange for your endorsement", "post about our new productivity app"
            r"in (exchange|return) for (your|an?) (\w+ )?(endorsement|testimonial|review|shout-?outs?)|"
            r"post about our (new )?(\w+ ){0,2}(apps?|products?|tools?|platforms?|brands?|services?)|"
            r"(therapist|doctor|dentist|expert|nurse|vet|coach|trainer)[- ](approved|recommended|endorsed)|"
            r"(quote|review|video)s? (from you )?(for|on) our (website|site|marketing|materials|brochure|page|stand)|"
            # "appear in our summer launch video", "star in our new ad": a company's promotion, the user in it
            r"(appear|feature|star|be featured|take part)\w* (you )?in (our|their) (\w+ ){0,2}(ads?|adverts?|"
            r"advertisements?|commercials?|promos?|(launch|product|promo|promotional|marketing|advertising|brand) "
            r"(videos?|campaigns?|films?|shoots?|reels?|spots?|posts?))|"
            # "30 seconds of you riding a ZipScoot for our launch video": footage of the user in the advert
            r"(seconds|minutes|clips?|footage|shots?) of you [^.!?\n]{0,40}?\b(for|in) our (\w+ ){0,2}(ads?|"
            r"commercials?|promos?|(launch|product|promo|promotional|marketing|advertising|brand) (videos?|films?|"
            r"reels?|spots?)))",
            _F,
        ),
        together=re.compile(
            # a gift of what they sell beside a word of praise for it: "we'll give you a Volta City (RRP $3,499)",
            # "a short line about how our bikes make Wellington's hills easy"
            r"\b((we'?ll|we will|we'?d|we would|love to|happy to) (give|gift|send) you (a|an|one of our|our|"
            r"your own) [^.!?\n]{0,30}?(\(?rrp|to keep|for free|free of charge|on us)|(rrp|retail value) "
            rf"(of )?{MONEY}|(a|one|short) (line|quote|sentence|word|shout-?out|few words) (about|on) "
            r"(how )?our (\w+ ){0,2}(products?|brand|range|bikes?|services?|apps?|cars?|shoes?|gear|\w+ make))",
            _F,
        ),
    ),
    # "influencer meals in exchange for posts", "free stays for content": what the user sells given for posts about
    # it ("my partner and I come for the tasting menu ..., and in exchange I post one reel and three stories")
    "posts_for_perks": Concept(
        re.compile(
            # (not "influencer" alone: "paid influencer posts" is someone selling posts, read word for word)
            # (and for whom: "free stays for influencers in exchange for posts")
            # (or a membership, a class pass: "free memberships for influencers in exchange for posts")
            r"\b((free |complimentary |comped |gifted )?(meals?|dinners?|stays?|products?|food|memberships?|"
            r"(?:class )?pass(?:es)?) (for (influencers?|"
            r"creators?|bloggers?|content creators?) )?(in exchange |in return )?for (posts?|reels?|stories|content|"
            r"coverage|reviews?|exposure)|"
            # any service given free for posts: "free care in exchange for social media posts"
            r"(free|complimentary|comped|gifted) ([\w-]+ ){1,2}?(in exchange |in return )?for "
            r"((social[- ]media|instagram|tiktok|facebook|youtube) )?(posts?|reels?|stories|content|coverage|reviews?)|"
            r"(posts?|content|coverage) for (free )?(meals?|food|stays?|products?))\b",
            _F,
        ),
        re.compile(
            # ("In exchange for covering the doodles' exams, I'd post 3 Reels")
            r"\b((in exchange|in return)( for [^.!?\n]{1,80}?)?,? (i|we)('ll| will| would| can| could|'d)? (post|share|"
            r"create|feature|film|make|write|do)\b|(posts?|reels?|stories|tiktoks?|videos?|content|coverage|shout-?outs?)\b[^.!?\n]{0,40}"
            r"\b(in exchange for|in return for) (a |an |the |your )?(free |complimentary )?([\w-]+ )?(meal|dinner|lunch|"
            r"tasting|stay|night|menu|table|visit|experience|membership|class pass)|(complimentary|free|comped|hosted|gifted) ([\w-]+ ){0,2}?(meal|"
            r"dinner|lunch|tasting|stay)s?\b[^.!?\n]{0,60}\b(posts?|reels?|stories|content|followers)|"
            # a night asked as a guest, posts promised for it: "Would you host me for a Saturday night in January?
            # I'd of course tag the hotel in all my posts"
            r"\b(host|comp|put) (me|us)( up)? for (a|one|two|the|\w+) ([\w-]+ ){0,2}?(nights?|weekend|stay)\b[^\n]{0,80}?"
            r"\b(i|we)('ll| will| would|'d)( of course| happily| also| gladly)? (tag|post|share|feature|create)\b|"
            # the exchange as a condition: "If you send me 2 cases I'll do a reel + 3 stories", "send us a box and
            # we'll post an unboxing" (not what a post is made of: "if you send me a few photos, I'll share it")
            r"\b(if you |just )?(send|gift|give|ship|drop off)\w* (me|us)\b(?![^.!?\n]{0,40}?\b(photos?|pictures?|"
            r"images?|press kit|details|info\w*|links?|bio|logo|a line|quotes?|files?|text|copy|artwork)\b)"
            r"[^.!?\n]{0,40}?,?( and| then)? (i|we)('ll| will| can| could| would|'d) (do|post|share|feature|create|"
            r"film|make|shoot|write|give you)\b[^.!?\n]{0,30}?\b(posts?|reels?|stor(y|ies)|tiktoks?|videos?|"
            r"content|shout-?outs?|reviews?|unboxing|tag)|"
            # a bill let off for posts: "if you waived the fee, I'd post a glowing write-up"
            r"\bif you (waive|comp|cover|skip)\w* (the|my|our|his|her|their|its) (\w+ )?(fees?|bill|costs?|charges?|"
            r"invoice)\b[^.!?\n]{0,20}?,?( and| then)? (i|we)('ll| will| can| could| would|'d) (do|post|share|feature|"
            r"write|give you)\b[^.!?\n]{0,30}?\b(posts?|reels?|stor(y|ies)|videos?|content|shout-?outs?|reviews?|"
            r"write-?ups?))",
            _F,
        ),
    ),
    # "meetings with lobbyists": someone paid to sway the user's decisions, as they say it ("I'm a lobbyist",
    # "Government Relations Manager", "Director, Meridian Public Affairs", "on behalf of my client"), or a party
    # with a matter before a decision the user takes ("ahead of the resource consent hearing")
    "lobbying": Concept(
        re.compile(r"\b(lobby(ists?|ing|groups?)|government[- ]relations|public affairs)\b", _F),
        re.compile(
            r"(?<!not a )(?<!not an )\b(lobbyists?|lobbying|lobby (group|firm)|(government|govt) relations|"
            # a public-affairs firm or role ("Director, Meridian Public Affairs"), not a university's press office
            r"public affairs (director|manager|consultan\w+|firm|agency|advis[eo]r|lead|specialist)|(director|manager|"
            r"consultant|partner|head|advis[eo]r|principal|founder|president|associate)(,| of| at)? [^.\n]{0,30}"
            r"public affairs|(?-i:\b[A-Z][\w&]+ (?:[A-Z][\w&]+ ){0,2}Public Affairs\b)(?! (office|department))|on behalf of (my|our|a) clients?|"
            # "I'm working with Harbour Quay Developments on their Kent Terrace proposal": a client, not the sender's
            # own committee, association or neighbours ("working with our committee on their submission")
            rf"(working|work|acting|act) (with|for) ((?!{_OWN_GROUP})[^.!?\n]){{1,60}}? on (their|its) [^.!?\n]{{0,40}}?"
            r"(proposal|application|consent|development|bid|submission|plan change)|"
            # "ahead of the resource consent hearing", "before it goes to committee"
            r"(ahead of|before) (the|a|our|its|their) (\w+ ){0,2}hearing|before it goes to (committee|council))\b",
            _F,
        ),
    ),
    # "meetings with developers who have an application pending before council": a party whose own case awaits a
    # decision the user takes, as they say it ("ahead of the rezoning hearing", "on the council agenda January 12")
    "applicant": Concept(
        re.compile(
            r"\b((developers?|builders?|applicants?|companies|firms|anyone|people) (who|that) (have|has) )?"
            r"(an? |their |its )?(\w+ )?(applications?|cases?|proposals?|projects?) (pending|awaiting a (vote|decision)|"
            r"under review)( (before|with|at) (the )?(\w+ ){0,2}(council|board|commission|committee|court))?|"
            # "applicants appearing before the board"
            r"\bapplicants?( (appearing|coming up|who (are|have) (appearing|pending)))?( before (the )?(\w+ ){0,2}"
            r"(council|board|commission|committee|court))?",
            _F,
        ),
        re.compile(
            r"\b((ahead of|before) (the|a|our|its|their) (\w+ ){0,2}(hearing|vote)|before it goes to "
            r"(committee|council|the board|the commission)|on (the|this|next) (\w+ ){0,2}(council|commission|board|"
            r"committee)('s)? agenda|our (\w+ ){0,2}(rezoning|zoning|variance|planning|permit|development|land-use) "
            r"(application|case|request|petition))\b",
            _F,
        ),
    ),
    # "gifts over $50 from lobbyists": something of value offered to the user for nothing ("two lower-bowl tickets
    # ... Would you like them?", "the tasting menu is on me")
    "gift": Concept(
        re.compile(r"\b(gifts?|freebies)\b", _F),
        re.compile(
            r"\b(gifts?|gifted|on me|on us|my treat|my shout|(complimentary|free|comped|spare) (tickets?|seats?|"
            r"passes|suite)|tickets?\b[^!?]{0,160}?\b(would you like (them|it|one|to have them)|for you|you can have|"
            r"yours if|happy to send them))\b",
            _F,
        ),
    ),
    # "meals over $50 from lobbyists": a meal the sender invites the user to (not "lunches", a rule's own kind)
    "meal": Concept(
        re.compile(r"\b(meals?)\b", _F),
        re.compile(r"\b(dinners?|lunch(es)?|breakfasts?|brunch(es)?|tasting menu|meals?)\b", _F),
    ),
    # "private meetings with ...": an ask with no one else there ("just the two of us", "a private site visit")
    "alone": Concept(
        re.compile(
            r"\b(private|one[- ]on[- ]one|one[- ]to[- ]one|1[:-]1)(?= (\w+ )?(meetings?|calls?|coffees?|"
            r"lunch(es)?|dinners?|visits?|tours?|walks?|briefings?|chats?))",
            _F,
        ),
        _ALONE,
    ),
    # "events with paid entry for politicians": a price the reader pays for a place there ("seats at $295 per
    # person", "tickets are £40"), shown by what a yes would cost (see _concepts_shown)
    "paid_entry": Concept(
        re.compile(
            r"\b(paid (entry|entries|admission|tickets?|seats?|places?)|ticketed|entry (fees?|costs?|charges?)|"
            r"(charg\w*|pay\w*)( for)? (entry|admission|tickets?|a ticket|a seat))\b",
            _F,
        ),
    ),
    # "vendor demos", "demos from suppliers": a seller showing their product, said as a demo (or a walkthrough, a
    # product tour) the sender offers, not one the user is asked to give ("give a demo of your dashboard")
    "demo": Concept(
        re.compile(
            r"\b((vendor|supplier|seller)s?'? demo(nstration)?s?|demo(nstration)?s? (from|by|with) (vendors?|"
            r"suppliers?|sellers?))\b",
            _F,
        ),
        re.compile(
            r"(?<!give a )(?<!giving a )(?<!run a )(?<!do a )\b(demo(nstration)?s?|walk-?through|product tour)\b"
            r"(?!\s+(?:of\s+)?your\b)|"
            # ...or in other words: "20 minutes to show you the product", "see our platform in action"
            # ...or "15 minutes to walk you through it", "walk your team through our platform"
            r"\bwalk (?:you|your team)\s+through\s+(?:it|(?:the|our)\s+(?:[\w-]+\s+)?(?:product|platform|software|"
            r"tool|app|system|solution|pilot|trial)s?)\b|"
            r"\bshow (?:you|your team)\s+(?:around\s+)?(?:the|our)\s+(?:[\w-]+\s+)?(?:product|platform|software|"
            r"tool|app|system|solution)s?\b|\bsee (?:it|(?:the|our)\s+(?:[\w-]+\s+)?(?:product|platform|software|"
            r"tool|app|system|solution)s?)\s+in action\b",
            _F,
        ),
    ),
    # "meetings with vendors", "case studies for suppliers": someone who sells to the user
    "vendor": Concept(
        # (a rep of what they sell: "drug reps", "drug or pet-food reps", "pharma representatives"; not one who speaks
        # for their own people: "union reps", "student representatives")
        re.compile(
            r"\b(vendors?|suppliers?|sellers?|salespeople|"
            rf"(?:(?!{_REPRESENTED_PEOPLE}\b)[\w-]+ (?:or [\w-]+ )?)?{_NOT_AFTER_REPRESENTED}(?:reps?|representatives))\b",
            _F,
        ),
        re.compile(
            r"\b(our (\w+ )?(products?|platform|software|solutions?|tools?|apps?|services|website|stand|booth)|"
            # a demo or a trial offered, not one the user is asked to give ("give a demo of your dashboard")
            r"we (sell|supply|provide)|(free )?(?<!give a )(?<!giving a )(?<!run a )(?<!do a )(demo|trial)\b"
            r"(?!\s+(?:of\s+)?your\b))\b",
            _F,
        ),
        frozenset({Intent.SALES_PITCH}),
    ),
    # "selling my practice to a corporate consolidator": an offer for the user's own business, and the kind of buyer
    "business_sale": Concept(SALE_IN_A_RULE, SALE_IN_A_MESSAGE),
    "consolidator": Concept(CONSOLIDATOR_IN_A_RULE, CONSOLIDATOR_IN_A_MESSAGE),
    # "companies I cover": what the user reports on, shown where the sender says the user wrote about them
    "covered": Concept(
        re.compile(
            r"\b(companies|firms|brands|businesses|organi[sz]ations|people|products|startups) (i|we) (cover|write "
            r"about|report on|review)\b|"
            # ...or on the user's beat: "companies on my beat"
            r"\b(companies|firms|brands|businesses|organi[sz]ations|people|startups) (on|in) (my|our) beats?\b",
            _F,
        ),
        re.compile(
            r"(?<!got )\byou(('ve| have|'re| are) )? ?(covered|covering|wrote about|written about|writing about|"
            r"reported on|reporting on|reviewed|featured|profiled)\b|"
            r"\byour (coverage|article|piece|story|review|write-up|report|reporting) (of|on|about) (us|our)\b|"
            # ...or thanks the user for it: "we'd like to thank you for your coverage of the Harbor District"
            r"\b(thanks|thank you) (\w+ ){0,2}for (all )?your (coverage|article|piece|story|review|write-up|reporting|"
            r"series|feature|profile)\b",
            _F,
        ),
    ),
    # "during school hours", "in working hours": a time proposed within the working day (8:00 to 16:00)
    "daytime": Concept(
        re.compile(
            # ...or the hours the user runs their programmes: "during program hours"
            r"\b((during|in|within) )?(school|working|work|office|business|lesson|teaching|program|programme) "
            r"(hours|day|time)\b",
            _F,
        ),
        re.compile(
            rf"{_NO_SUM_BEFORE}((8|9|10|11)([:.][0-5]\d)?\s?a\.?m\b|(12|1|2|3)([:.][0-5]\d)?\s?p\.?m\b|"
            rf"(0?8|0?9|1[0-5])[:.][0-5]\d(?!\s?[ap]\.?m)(?!\d){_NO_CURRENCY_AFTER})|"
            r"\bduring (the )?(school|working|business) (day|hours)\b",
            _F,
        ),
    ),
    # a weekend day written whole, or short before its date as a calendar writes it ("When: Sun 13 Dec 2026 19:00")
    "weekend": Concept(
        re.compile(r"\b(weekends?)\b", _F),
        re.compile(rf"\b(weekend|saturday|sunday|(?:sat|sun){_BEFORE_ITS_DATE})\b", _F),
    ),
    # "weekend appointments": a booking of the user's own service (a visit, an exam), not every meeting asked -
    # a Saturday CE day she is asked to speak at, or a coffee that names "weekend cases", books no appointment
    "appointment": Concept(
        re.compile(r"\b(appointments?)\b", _F),
        re.compile(
            r"\b(appointments?|book (?:a|an|in|him|her|them|us|me) (?:\w+ )?(?:visit|exam|slot|session))\b",
            _F,
        ),
        frozenset({Intent.CLIENT_INQUIRY}),
    ),
    # a day named narrows the weekend to that day: "events on Sundays" is no rule against a Saturday book club
    "saturday": Concept(
        re.compile(r"\b(saturdays?)\b", _F), re.compile(rf"\b(saturday|sat{_BEFORE_ITS_DATE})\b", _F)
    ),
    "sunday": Concept(
        re.compile(r"\b(sundays?)\b", _F), re.compile(rf"\b(sunday|sun{_BEFORE_ITS_DATE})\b", _F)
    ),
    # a part of the day: "anything on Sunday mornings" is shown by "Sunday, February 21 ... our 11am service" - a time
    # before noon, or the morning said ("our morning worship", "brunch"); a service named by its hour ("our 11
    # o'clock worship service") is a morning's
    "morning": Concept(
        re.compile(r"\b(mornings?)\b", _F),
        re.compile(
            rf"{_NO_SUM_BEFORE}(([5-9]|1[01])([:.][0-5]\d)?\s?a\.?m\b|(0?[5-9]|1[01]):[0-5]\d(?!\s?[ap]\.?m)(?!\d)|"
            rf"{_A_DOTTED_CLOCK.format(hours=r'0?[5-9]|1[01]')}|"
            r"([5-9]|1[01])\s?o'?clock (worship|service|mass)\b)|"
            r"\b(mornings?|breakfast|brunch)\b",
            _F,
        ),
    ),
    # a part of the day: "events on Sunday evenings" is shown by "Sunday 13 December at 7pm" as a weekend is by a
    # Saturday; the evening is after 17:00 (as a part of the day asked for is read), or said ("tonight")
    "evening": Concept(
        re.compile(r"\b(evenings?|nights?)\b", _F),
        re.compile(
            rf"{_NO_SUM_BEFORE}((5|6|7|8|9|10|11)([:.][0-5]\d)?\s?p\.?m\b|(1[7-9]|2[0-3]):[0-5]\d(?!\s?[ap]\.?m)(?!\d)|"
            rf"{_A_DOTTED_CLOCK.format(hours=r'1[7-9]|2[0-3]')})|"
            r"\b(evenings?|tonight|(?<!over)nights?)\b",
            _F,
        ),
    ),
    # "spec work", "unpaid design tests": the user's own work done unpaid in the hope of being chosen - a contest
    # where only the winner is paid, an unpaid take-home test or challenge set to win the job (not a paid test,
    # nor a client's "design challenge" they face, nor a panel judging a competition)
    "spec_work": Concept(
        re.compile(
            r"\b(spec(ulative)?[- ](work|designs?|projects?|pitch\w*|concepts?)|"
            r"(unpaid|free) (\w+[- ]){0,2}(tests?|challenges?|assignments?|exercises?|trial (days?|projects?|tasks?))|"
            # "unpaid take-home projects": a hiring task by its other names
            r"(unpaid|free) (take[- ]home|interview|hiring) (projects?|tasks?|case stud(y|ies)|cases?))\b"
            # ...where the test is what is asked, not a word on another ("unpaid test translations over 300 words")
            r"(?![- ](?!(for|or|and|from|with|by|of|in|on|at|to|over|under|longer|more|where|that|which|unless)\b)\w)",
            _F,
        ),
        re.compile(
            # "Only the winner is paid", "only the winning designer gets paid"
            r"\bonly (the )?winn(er|ers|ing \w+)\b[^.!?]{0,20}?\b(paid|compensated)\b|"
            # "Submit your concept ... and the winning designer gets EUR 800"
            r"\bsubmit\w* (your|a|an|us|some|(\d|three|two|a few) )?(\w+ ){0,2}(concepts?|designs?|entr(y|ies)|"
            r"mock-?ups?|screens?|logos?|ideas)\b[^.!?]{0,160}?\bwinn(er|ing)\b|"
            # creative work asked with a response or a pitch, before anyone is hired: "Responses should include ...
            # two initial logo concepts", "each agency presents creative ideas" (a rule's unpaid idea still needs
            # its own words: a paid pitch is no spec work)
            r"\b(responses?|proposals?|pitch(es)?|submissions?|tenders?|agencies)\b[^.!?]{0,80}?\b(include|with|showing|"
            r"present|presents|show|shows)\b[^.!?]{0,60}?\b(initial|first|creative|design|logo|visual)\s+(\w+\s+)?"
            r"(concepts?|ideas|designs?|mock-?ups?|routes?|directions?)\b|"
            # "a take-home design challenge - about 6-8 hours, unpaid", "an unpaid design test"
            r"\b(take[- ]home|design|trial|test|home) (challenge|test|task|assignment|exercise)s?\b"
            r"(?=[^.!?]{0,80}\b(unpaid|not paid|without pay|free of charge)\b)|"
            r"\bunpaid (\w+[- ]){0,2}(challenge|test|task|assignment|exercise|trial (day|project|task))s?\b|"
            # "a few naming and logo concepts on spec"; samples made to be chosen by: "send a sample brand strategy
            # ... we'll choose one to hire based on the samples" (not samples of past work)
            r"\bon spec(ulation)?\b|"
            r"\b(send|submit|put together|prepare)\w* (us |me )?(a |an |some |a few )?(sample|trial|test) "
            r"(?!of\b)(\w+ ){0,2}(strateg(y|ies)|concepts?|designs?|plans?|campaigns?|logos?|names?)\b|"
            # a take-home set to win a job, unpaid unless its pay is said (checked in _concepts_shown)
            + TAKE_HOME.pattern,
            _F,
        ),
    ),
    # "unpaid corporate gigs": an ask for a company's own occasion, as its staff write it ("our firm's holiday party",
    # "our company offsite", "a product launch for a client"), not a couple's wedding or a friend's birthday
    "corporate": Concept(
        re.compile(
            r"\b(corporate|compan(y|ies)|business(es)?)(?= (gigs?|events?|parties|party|functions?|bookings?))",
            _F,
        ),
        re.compile(
            r"\b(corporate|our (firm|company|office|staff|employees|clients)\b|(company|office|firm|staff|team|"
            r"employee|client) (party|parties|offsite|off-site|retreat|dinner|gala|event|reception|appreciation)s?\b|"
            r"product launch(es)?\b)",
            _F,
        ),
    ),
    # "paid playlist placement services": a place on playlists sold to the artist ("guarantees placement on 50+
    # playlists ... for just $249", "we can get Lake Effect placed for $99/playlist"), shown with its price (see
    # _concepts_shown): a curator who added a track for nothing sells nothing
    "playlist": Concept(
        re.compile(
            r"\b(paid |pay-for-|bought )?playlist (placements?|promotions?|pitching|plugging|campaigns?)"
            r"( services?| companies| agencies| schemes?)?\b",
            _F,
        ),
        re.compile(
            r"\b(playlist (placement|promotion|campaign|pitching)s?|(placement|placed|added|featured)\b[^.!?\n]{0,40}?"
            r"\bplaylists?)\b",
            _F,
        ),
    ),
    # "white-label subcontracting for agencies": work an agency offers the user under its own brand (shown by
    # white_label_offered, never by the word alone: an agency selling its own white-label service offers none)
    "white_label": Concept(re.compile(r"\bwhite[- ]?label\w*|\bsubcontract\w*", _F)),
    # "equity-only work": paid in shares, not in money ("1.5% equity instead of fees", "sweat equity")
    "equity": Concept(
        # a stake in the sender's venture, not "private equity", a kind of buyer (the "consolidator" idea)
        re.compile(r"\b((?<!private )(?<!private-)equity|shares|stock options?)\b", _F),
        re.compile(
            r"\b(equity[- ]only|sweat equity|(in exchange for|paid in|payment in|compensated (in|with)|"
            r"(give|offer|offering|grant) you( an?)?( \d+(\.\d+)? ?%)?) (equity|shares|stock( options)?|a stake)|"
            r"\d+(\.\d+)? ?% (equity|stake) (to|for|in exchange|as)|"
            r"(equity|shares|a stake) (instead of|in lieu of|rather than) (cash|fees|pay|a fee))",
            _F,
        ),
    ),
}


def asks_alone(text: str) -> str | None:
    """The words that ask to meet with no one else there ("Nothing formal, just the two of us"), or None."""
    found = _ALONE.search(text)
    return found.group(0) if found else None
