"""The profile's hard facts: never-rules, providers the user already has, personal plans."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import time
from functools import lru_cache

from kindly.amounts import AN_AMOUNT, BEFORE_THE_NUMBER, CODES, MONEY, NUMBER, SIGN
from kindly.decide.business_sale import (
    CONSOLIDATOR_IN_A_MESSAGE,
    CONSOLIDATOR_IN_A_RULE,
    SALE_IN_A_MESSAGE,
    SALE_IN_A_RULE,
)
from kindly.decide.donation import donation_cap
from kindly.decide.expert_network import EXPERT_BROKER
from kindly.decide.exposure_rule import advice_is_no_exposure
from kindly.decide.fee_denied import denial_before, fee_denied, first_fee_paid
from kindly.decide.fees import (
    DENIED,
    PAYS_YOU,
    SPEAKER_PAID,
    pays_to_appear,
    place_bought,
)
from kindly.decide.fees import award_for_sale as award_for_sale
from kindly.decide.fees import charge_read_as_unpaid as charge_read_as_unpaid
from kindly.decide.fees import charges_to_appear as charges_to_appear
from kindly.decide.fees import feature_for_sale as feature_for_sale
from kindly.decide.fees import honour_sold_to_you as honour_sold_to_you
from kindly.decide.fees import pays_you as pays_you
from kindly.decide.fees import speaker_paid as speaker_paid
from kindly.decide.kept_inside import own_thing_asked
from kindly.decide.providers import ProviderHit as ProviderHit
from kindly.decide.providers import provider_hit as provider_hit
from kindly.decide.providers import provider_region as provider_region
from kindly.decide.related import implied_stems
from kindly.decide.rule_except import spared_by, spared_kind
from kindly.decide.rule_parts import KEEPS_ITS_DATE as KEEPS_ITS_DATE
from kindly.decide.rule_parts import Condition as Condition
from kindly.decide.rule_parts import Exemption, without_reason
from kindly.decide.rule_parts import NotFirst as NotFirst
from kindly.decide.rule_parts import Prerequisite as Prerequisite
from kindly.decide.rule_parts import about_meetings as about_meetings
from kindly.decide.rule_parts import not_first_asked as not_first_asked
from kindly.decide.rule_parts import pitchs_own as pitchs_own
from kindly.decide.rule_parts import prerequisite_missing as prerequisite_missing
from kindly.decide.rule_parts import prerequisite_sent as prerequisite_sent
from kindly.decide.rule_parts import rule_condition as rule_condition
from kindly.decide.rule_parts import rule_exemption as rule_exemption
from kindly.decide.rule_parts import rule_not_first as rule_not_first
from kindly.decide.rule_parts import rule_prerequisite as rule_prerequisite
from kindly.decide.rule_words import asked_as, nouns_of, without_refusal
from kindly.decide.scam_cues import hidden_funds_cue as hidden_funds_cue
from kindly.decide.scam_cues import may_hold as may_hold
from kindly.decide.scam_cues import money_asked as money_asked
from kindly.decide.scam_cues import money_sentences as money_sentences
from kindly.decide.scam_cues import moved_to_chat as moved_to_chat
from kindly.decide.scam_cues import reader_pays as reader_pays
from kindly.decide.split_fee import split_offered
from kindly.decide.thresholds import RATE_WORDS, Threshold, in_another_currency, limit_in, past_limit
from kindly.decide.vendor_events import SELLERS_EVENT
from kindly.decide.white_label import white_label_offered, with_own_rate, work_offered
from kindly.decide.words import STOPWORDS, content_stems, fold, stem
from kindly.gated import gated
from kindly.hours import MeetingHours, Window, rule_windows
from kindly.model import DecisionMark, Intent
from kindly.profile import GoalKind, Profile

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


def _ideas_named(segment: str) -> list[str]:
    """The ideas whose wording a never-rule's alternative uses ("unpaid speaking engagements": unpaid, speaking)."""
    named = [name for name, concept in CONCEPTS.items() if concept.rule.search(segment)]
    # "influencer meals in exchange for posts": the meal is what is given for the posts, that idea's own word, and
    # so is a "free" stay ("free stays for influencers in exchange for posts": no unpaid work of the user's asked)
    named = [name for name in named if not (name in ("meal", "unpaid") and "posts_for_perks" in named)]
    # "splitting fees with other recruiters": a split placement is another recruiter's by its nature, whatever
    # the message is read as
    named = [name for name in named if not (name == "recruiting" and "split_fee" in named)]
    # "endorsing political candidates": a candidate backed, not a product ("endorsing products")
    return [name for name in named if not (name == "endorsement" and "political" in named)]


def _segment_concepts(segment: str) -> list[str]:
    named = _ideas_named(segment)
    if named and (set(named) <= _KINDS or set(named) <= set(_QUALIFIERS)) and _unread_words(segment, named):
        # "speaking on panels with no women speakers": a condition kindly cannot check is no licence to rule out
        # every talk; such a rule is read word for word instead (_word_readings). So is a qualifier alone, which
        # says how an ask pays, not what it is: "unpaid 'trial projects'" rules out no other unpaid ask, and
        # "pro bono work outside employment law" no pro bono work kindly cannot place
        return []
    if named and set(named) <= _KINDS | set(_QUALIFIERS) and _for_whom_unread(segment, named):
        # "unpaid consulting calls for expert networks": whom the ask is for is part of the rule - a student's
        # coffee to ask about a thesis is no expert network's call - so it too is read word for word
        return []
    return _one_weekend(named)


# Whom an ask is for or from, ending a rule's alternative: "... for expert networks", "... from vendors".
_FOR_WHOM = re.compile(r"\b(?:for|from)\s+(?P<whom>[a-z][\w' -]*)$", _F)


def _for_whom_unread(segment: str, named: list[str]) -> bool:
    """Whether an alternative ends with whom its ask is for or from ("for expert networks") in words none of its
    ideas take in: "for free" is the unpaid idea's, "for client referrals" a referral fee's."""
    found = _FOR_WHOM.search(segment.strip().rstrip("."))
    if found is None:
        return False
    unread = set(_unread_words(found.group(0), named))
    whom = [w for w in re.findall(r"[a-z][a-z'-]+", found.group("whom").lower()) if w not in _FILLER]
    return bool(whom) and all(w in unread for w in whom)


_WEEKEND_DAYS = ("saturday", "sunday")
_WEEKEND_IDEAS = ("weekend", *_WEEKEND_DAYS)


def _one_weekend(named: list[str]) -> list[str]:
    """The weekend as the rule narrows it: a day named is that day alone ("weekend events on Sundays"), both
    days named are either day ("Saturdays and Sundays"), never both together."""
    days = [name for name in named if name in _WEEKEND_DAYS]
    if not days:
        return named
    rest = [name for name in named if name not in days and name != "weekend"]
    return [*rest, *(days if len(days) == 1 else ["weekend"])]


# A clause on the user's own part in the ask: "unpaid 'trial projects' where I'd do real work for free".
_OWN_PART = re.compile(r"(?<![\s,])[\s,]*\b(?:where|in which|that|which)\s+i\b.*", _F | re.DOTALL)


def _without_restatement(rule: str) -> str:
    """The rule without a clause on the user's part that only says the rule again: in "unpaid 'trial projects'
    where I'd do real work for free" the clause names the unpaid idea once more, and its other words ("real") are
    nothing a message must show. A clause that adds an idea ("events where I'd have to speak") or names none
    ("panels where I'm the only woman", a condition kindly cannot check) stays."""
    clause = _OWN_PART.search(rule)
    if clause is None:
        return rule
    again = set(_ideas_named(clause.group(0)))
    return rule[: clause.start()] if again and again <= set(_ideas_named(rule[: clause.start()])) else rule


# A condition on the user's own state, true whenever they wrote the rule: "recruiter calls while I'm not
# looking" rules out recruiter calls.
_USER_CONDITION = re.compile(
    r"\b(?:while|when|as long as|since|because|if)\s+(?:i'm|i’m|i am)\s+(?:not\s+)?(?:looking|searching|"
    r"job[- ]hunting|on the market|in the market|open to (?:offers|work|roles))\b[^,;/]*",
    _F,
)


# Words a rule may add to a kind of ask without making it narrower: "speaking engagements", "recruiter calls".
_FILLER = frozenset(
    [
        "a",
        "an",
        "the",
        "any",
        "all",
        "of",
        "on",
        "at",
        "for",
        "to",
        "in",
        "with",
        "from",
        "about",
        "or",
        "and",
        "my",
        "me",
        "i",
        # "anything on Sunday mornings": every ask at that time
        "anything",
        "nothing",
        "engagements",
        "engagement",
        "events",
        "event",
        "invitations",
        "invitation",
        "requests",
        "request",
        "slots",
        "slot",
        "calls",
        "call",
        "gigs",
        "gig",
        "appearances",
        "appearance",
        "sessions",
        "session",
        "opportunities",
        "opportunity",
        "roles",
        "role",
        "jobs",
        "job",
        "offers",
        "offer",
        "meetings",
        "meeting",
        "panels",
        "panel",
        "talks",
        "talk",
        "conferences",
        "conference",
        "asks",
        "things",
        "work",
        # what the rule's idea is about, by its most general names: "crypto projects", "MLM companies"
        "projects",
        "project",
        "companies",
        "company",
        "firms",
        "firm",
        "businesses",
        "business",
        "schemes",
        "scheme",
        # "franchise deals", "ambassador programs": the franchise, the ambassadorship, however it is packaged
        "deals",
        "deal",
        "programs",
        "program",
        "programmes",
        "programme",
        "only",
        "kind",
        "kinds",
        "type",
        "types",
        # what a thing is centred on or asks for: "alcohol-centered events", "nothing that requires travel"
        "centered",
        "centred",
        "centric",
        "focused",
        "themed",
        "requires",
        "require",
        "requiring",
        "related",
        "style",
        "out",  # "renting out"
        "doing",  # "doing unpaid work", "working for free"
        # a leading verb of taking: "taking payment ... from companies I cover" is payment from them
        "taking",
        "accepting",
        "receiving",
        "getting",
        "working",
        # a relative word no message needs to say: "styled shoots where I pay" is styled shoots the user pays for
        "where",
        "wherever",
    ]
)


# The fillers that name a thing asked ("invitations", "events"), not how it is asked ("taking", "where").
_GENERAL_THINGS = frozenset(
    word for word in _FILLER if word.endswith("s") and word not in {"asks", "things", "kinds", "types"}
)


# How short a call is, as sellers write it ("a quick 15-minute call"): it names the call, it does not narrow it.
_CALL_LENGTH = re.compile(
    r"\b(?:quick|short|brief)\b(?=[\w\s-]{0,30}\b(?:calls?|chats?|meetings?|demos?)\b)|"
    r"\b\d+[- ]?min(?:ute)?s?\b(?=[\w\s-]{0,25}\b(?:calls?|chats?|meetings?|demos?)\b)",
    _F,
)


def _unread_words(segment: str, named: list[str]) -> list[str]:
    """The words of a rule's alternative that none of its ideas' wordings take in (nor a call's length)."""
    return [w for w in _words_left(segment, named) if w not in _FILLER]


def _words_left(segment: str, named: list[str]) -> list[str]:
    """The words of a rule's alternative that none of its ideas' wordings take in (nor a call's length), fillers
    too."""
    covered = _CALL_LENGTH.sub(" ", segment.lower())
    for name in named:
        covered = CONCEPTS[name].rule.sub(" ", covered)
    return re.findall(r"[a-z][a-z'-]+", covered)


# Ideas that qualify a kind of ask ("unpaid talks", "pay-to-play summits"), and kinds that are asks by themselves.
_QUALIFIERS = ("unpaid", "pay_to_play", "equity", "paid_entry")
_KINDS = frozenset(
    {
        "speaking",
        "mentoring",
        "recruiting",
        "sales",
        "weekend",
        "saturday",
        "sunday",
        "appointment",
        "evening",
        "morning",
        "consulting",
        "expert_network",
        "board",
        "vendor",
        "demo",
        "daytime",
        "covered",
        "lobbying",
        "alone",
        "gift",
        "meal",
        "award_sold",
        "paid_feature",
        "corporate",
        "playlist",
    }
)


def rule_ideas(rule: str) -> tuple[tuple[str, ...], ...]:
    """The ideas of each alternative of a never-rule ("unpaid talks or podcasts": unpaid and speaking, twice)."""
    return _alternatives(rule)


@lru_cache(maxsize=256)
def _alternatives(rule: str) -> tuple[tuple[str, ...], ...]:
    """The ideas each alternative of a never-rule names ("X or Y"), read once per rule. An alternative that
    names only a kind of ask takes the qualifiers of the others: "unpaid talks or podcasts" never means every
    podcast, nor "pay-to-play awards, and summits or conferences that charge speakers" every talk."""
    named = [concepts for concepts in map(_segment_concepts, _segments(rule)) if concepts]
    alternatives = []
    for concepts in named:
        kinds = set(concepts)
        # "unpaid talks or podcasts": the podcasts are unpaid too; "unpaid talks or weekend events": not so
        shared = [
            q
            for q in _QUALIFIERS
            if kinds <= _KINDS and any(q in other and kinds & set(other) for other in named)
        ]
        alternatives.append((*shared, *concepts) if shared else tuple(concepts))
    return tuple(alternatives)


@lru_cache(maxsize=256)
def _alternative_limits(rule: str) -> tuple[Threshold | None, ...]:
    """The limit on a number each alternative of `_alternatives` names beside its ideas, in the same order: "free
    'pick your brain' sessions longer than 30 minutes" holds only for a session past half an hour; None where an
    alternative names none."""
    found = (limit_in(segment) for segment in _segments(rule) if _segment_concepts(segment))
    return tuple(None if limit is None else limit[0] for limit in found)


def part_that_held(rule: str, text: str, intent: Intent) -> str:
    """The words of a never-rule's alternative that alone held for a message, where they stand by themselves: "MLM
    or commission-only roles" held by a commission-only sales job is "commission-only roles", "crypto, gambling or
    pharmaceutical promotions" held by a drug company's sponsored video is "pharmaceutical promotions". Only the
    last alternative carries the words the others share: an earlier one is told with the last one's noun where the
    message says that noun too ("crypto promotions" of a crypto app's "video promoting the app"; "MLM" alone names
    no roles), and only one that borrows no qualifier ("unpaid talks or podcasts": no bare "podcasts"); else, or
    where several held, the whole rule."""
    segments = _segments(rule)
    alternatives = iter(_alternatives(rule))
    if len(segments) < 2 or len(_alternatives(rule)) != sum(1 for s in segments if _segment_concepts(s)):
        return rule
    flat = PLEASANTRIES.sub(" ", " ".join(text.split()))
    held, borrows = [], False
    for i, segment in enumerate(segments):
        if concepts := tuple(_segment_concepts(segment)):
            ideas = next(alternatives)
            if _concepts_shown(ideas, flat, intent) is not None:
                held.append(i)
                borrows = ideas != concepts
        elif not _A_LONE_VERB.fullmatch(segment.strip()) and _read_word_for_word(segment, flat, intent):
            held.append(i)
    if len(held) != 1 or borrows:
        return rule
    last = segments[-1].strip()
    if held == [len(segments) - 1]:
        return last
    return _told_with_the_last_noun(segments[held[0]].strip(), last, flat) or rule


def _read_word_for_word(segment: str, text: str, intent: Intent) -> bool:
    """Whether a message says every word of an alternative kindly's ideas do not read ("pharmaceutical
    promotions")."""
    said = _message_words(text)
    return any(_words_shown(reading, text, said, intent) is not None for reading in _word_readings(segment))


def _told_with_the_last_noun(part: str, last: str, text: str) -> str:
    """An alternative of one word told with the noun the rule's last alternative gives every one ("crypto" of
    "crypto, gambling or pharmaceutical promotions": "crypto promotions"), where the message says that noun too;
    "" where it does not, or where the part is more than a word or a kind of ask of its own ("weekends")."""
    words = last.split()
    if len(part.split()) != 1 or len(words) < 2 or set(_segment_concepts(part)) & _KINDS:
        return ""
    noun, said = words[-1], _message_words(text)
    forms = {form for reading in _word_readings(noun) for word in reading for form in word.forms}
    return f"{part} {noun}" if forms & said.keys() else ""


# The evidence note of a yes that offers the paid way where a never-rule rules out giving advice unpaid.
PAID_INSTEAD = "offered paid instead of:"


def words_needed(rule: str) -> tuple[tuple[str, ...], ...] | None:
    """For a rule none of whose alternatives kindly's ideas read, the words each alternative needs in a message
    (none at all: the rule can never hold, as "panels with no women speakers"); None for a rule read by its
    ideas. The user may want to reword such a rule: "one-off coffees with service providers selling to VCs"
    holds only where a message says every one of those words."""
    if (
        _alternatives(rule)
        or donation_cap(rule) is not None
        or rule_prerequisite(rule) is not None
        or rule_not_first(rule) is not None
        or rule_windows(rule) is not None
    ):
        # read by its ideas, a cap on donations kindly counts from its own store, what must come first, or the
        # hours a meeting may start
        return None
    return tuple(tuple(word.text for word in reading) for reading in _word_readings(rule))


def words_needed_beside_ideas(rule: str) -> tuple[tuple[str, ...], ...]:
    """For a rule kindly's ideas read only in part, the words each of its other alternatives needs in a message:
    "free spec work or unpaid pitches" is read by its ideas for the spec work, word for word for "unpaid,
    pitches"; () for a rule read whole by its ideas, or whole word for word (`words_needed`)."""
    if words_needed(rule) is not None or not _alternatives(rule):
        return ()
    if (
        donation_cap(rule) is not None
        or rule_prerequisite(rule) is not None
        or rule_not_first(rule) is not None
    ):
        return ()
    if rule_windows(rule) is not None:
        return ()
    # the alternatives that name no kind of ask, only a word the ideas qualify ("unpaid pitches"): not those
    # whose idea is read and whose words are only a second reading ("white-label work for offshore resellers"),
    # nor a fragment that borrows the next one's words ("paying" of "paying or accepting referral fees")
    by_words = [
        segment.strip()
        for segment in _segments(rule)
        if not _segment_concepts(segment) and _ideas_named(segment)
    ]
    return tuple(
        tuple(word.text for word in reading) for segment in by_words for reading in _word_readings(segment)
    )


SPARED = "spared by:"  # the evidence of a yes to someone a never-rule spares: 'spared by: "RULE" (who)'
_SCHOOL_DAY = Window(frozenset(range(5)), time(8), time(16))  # "school hours", "working hours": 8:00 to 16:00


def keeps_out_of_the_day(hours: MeetingHours) -> bool:
    """Whether the user's meeting hours are set and leave the working or school day (8:00 to 16:00 on weekdays)
    alone but for its edges (half an hour: "15:45-18:00" after a school day ending at 15:30), so a meeting
    proposed in it is answered with times in those hours."""
    day = _SCHOOL_DAY

    def minutes(at: time) -> int:
        return at.hour * 60 + at.minute

    return bool(hours) and all(
        min(minutes(w.end), minutes(day.end)) - max(minutes(w.start), minutes(day.start)) <= 30
        for w in hours.windows
        if w.days & day.days
    )


def spared_hours(rule: str) -> Window | None:
    """The hours a rule about working or school hours opens to the people it spares ("meetings during school
    hours except with parents": a parent may be met at 10am on a weekday, whatever the user's meeting hours);
    None for a rule of any other kind."""
    exemption = rule_exemption(rule)
    if exemption is None or not any("daytime" in ideas for ideas in _alternatives(exemption.base)):
        return None
    return _SCHOOL_DAY


# Who a sender says they are, for the kinds of people a rule may spare: a parent writes of their own child ("my
# daughter Camila is in 10th grade"); a school district's staff sign as its superintendent's office or its
# district office. Any other kind is met by its own words in the sender's signature, role or organisation.
_ONE_OF = {
    "parent": re.compile(
        r"\bmy\s+(?:\w+\s+)?(?:son|daughter|child|children|kids?|stepson|stepdaughter|twins)\b|"
        r"\b(?:i'm|i’m|i am|as)\s+(?:a|the)\s+(?:\w+\s+)?(?:parent|mom|mum|mother|father|dad|guardian)\b|"
        r"\b(?:parent|mother|father|guardian)\s+of\b",
        _F,
    ),
    "district": re.compile(
        r"\b(?:school\s+)?district\b|\b(?:deputy\s+|assistant\s+|area\s+)?superintendent'?s?\b|"
        r"\bboard of education\b|\bcentral office\b|\bchief of schools\b",
        _F,
    ),
}
_SAYS_WHO = {"parent": "own_text", "district": "identity"}
_ANYONE = frozenset(
    {"staff", "people", "members", "member", "team", "teams", "folks", "officials", "employees"}
)


def spared_sender(exemption: Exemption, own_text: str, identity: str) -> str | None:
    """Which of the people an exemption spares the sender is, with the words that show it ("parents: "my
    daughter""), or None. `own_text`: the sender's own words; `identity`: their signature, role, organisation
    and address."""
    for person in exemption.people:
        words = [w for w in re.findall(r"[a-z]+", fold(person)) if w not in _ANYONE]
        for kind, pattern in _ONE_OF.items():
            if any(w.startswith(kind) for w in words):
                found = pattern.search(own_text if _SAYS_WHO[kind] == "own_text" else identity)
                if found:
                    return f'{person}: "{found.group(0)}"'
                break
        else:
            said = {w[:5] for w in re.findall(r"[a-z]+", fold(identity))}
            if words and all(w[:5] in said for w in words):
                return f"{person}: named in their signature"
    return None


# Words that stand before the people a thing is for: "for your students", "of our senior students"
_WHOSE = r"(?:your|our|their|the|its)\s+(?:(?![\w-]*ing\b)[\w-]+\s+){0,2}?"
# ...and what they do where they take part: "students have qualified", "students will perform"
_TAKING_PART = (
    r"(?:have|has|had|will|qualified|compet\w*|perform\w*|present\w*|play\w*|showcas\w*|exhibit\w*|"
    r"sing\w*|read\w*|lead|led|run|host\w*|organi[sz]\w*|graduat\w*|won|win\w*)"
)


def spared_audience(exemption: Exemption, own_text: str) -> str | None:
    """Which of the people a rule spares "for" ("weekend events except for students") the message's event or
    meeting is for, with the words that show it ("students: "four of your students""), or None. They must take
    part: the ones it is for or whose it is ("for our students", "of your students", "the students' showcase",
    "student-led"), or doing it ("students have qualified", "students will perform"); a topic that names them
    ("a retreat on student achievement", "strategies to help students") is not for them. An exemption "with"
    ("except with parents"), or one of meetings ("meetings except for parents"), spares only the sender who is one
    of them (`spared_sender`)."""
    if exemption.joined != "for" or about_meetings(exemption.base):
        return None  # "meetings during school hours except for parents": whom the user meets, the sender
    text = " ".join(own_text.split())
    for person in exemption.people:
        named = r"\s+".join(re.escape(w) for w in person.split())
        last = person.split()[-1].lower()
        one = re.escape(
            last[:-3] + "y" if last.endswith("ies") else last[:-1] if last.endswith("s") else last
        )
        found = re.search(
            rf"\b(?:for|of|by)\s+{_WHOSE}{named}\b|\b{named}(?:'s?)?\s+{_TAKING_PART}\b|"
            rf"\b{named}'\s+\w+|\b{one}-(?:led|run|organi[sz]ed|hosted)\b",
            text,
            _F,
        )
        if found:
            return f'{person}: "{found.group(0)}"'
    return None


def asks_alone(text: str) -> str | None:
    """The words that ask to meet with no one else there ("Nothing formal, just the two of us"), or None."""
    found = _ALONE.search(text)
    return found.group(0) if found else None


def never_rule_hit(profile: Profile, text: str, intent: Intent) -> tuple[str, list[str]] | None:
    """The never-rule the message falls under, with the evidence; None when none does. Of several that hold
    (two rules about paying to be present), the one sharing most words with the message: a stall's fee
    falls under "events that charge for a stall", not "paid entries to awards".

    A rule is read as alternatives ("X or Y"); an alternative holds when every idea it names shows
    in the message, so "unpaid speaking engagements" needs both an unpaid ask and a speaking ask. A rule with a
    condition kindly cannot check ("... without council staff present") is conditional_rule_hit's.
    """
    # a cap on donations ("... more than once a month") is counted from the store, never read word for word
    # and a rule about the hour of a meeting ("meetings before 9:30") narrows the hours drafts propose instead
    # "below my day rate" is read at the rate the user's answers state ("My day rate is EUR 650")
    kept = {
        read: r.what
        for r in profile.never
        if rule_condition(r.what) is None
        and donation_cap(r.what) is None
        and rule_prerequisite(r.what) is None
        and rule_not_first(r.what) is None
        and rule_windows(r.what) is None
        for read in with_own_rate(r.what, profile.answers)
    }
    hit = _rule_hit(
        list(kept), text, intent, _users_work(profile), _users_trade(profile), _users_beat(profile)
    )
    while hit is not None and _only_the_standard(kept[hit[0]], hit[1], text):
        # "commissions to planners on top of standard agency commission": the standard one asked is no kickback
        kept = {read: what for read, what in kept.items() if what != kept[hit[0]]}
        hit = _rule_hit(
            list(kept), text, intent, _users_work(profile), _users_trade(profile), _users_beat(profile)
        )
    return None if hit is None else (kept[hit[0]], hit[1])


# A rule that goes beyond the standard thing, and so spares it: "commissions to planners or travel agents on top of
# standard agency commission"; the message that asks only for that ("do you pay the standard 10% commission?")
_BEYOND_STANDARD = re.compile(
    r"\b(?:on top of|beyond|over and above|in addition to|above)\s+(?:the\s+|a\s+|an\s+|our\s+|my\s+)?"
    r"(?:standard|usual|normal|regular|customary)\b",
    _F,
)
_SAID_AS_STANDARD = re.compile(
    r"\b(?:the|a|an|your|our|their)\s+(?:standard|usual|normal|regular|customary)\s+(?:[\w%.-]+\s+){0,2}$", _F
)
# ...not where more is asked on top of it ("a personal bonus on top of the usual commission")
_MORE_THAN_STANDARD = re.compile(
    r"\b(?:on top of|beyond|over and above|in addition to|extra|bonus|personal)\b", _F
)


def standard_spared(rule: str) -> str:
    """The standard thing a rule goes beyond and so spares ("standard agency commission" of "commissions to planners
    on top of standard agency commission"), or ""."""
    found = _BEYOND_STANDARD.search(rule)
    if found is None:
        return ""
    spared = re.match(r"\s*((?:[\w%.-]+\s*){1,3})", rule[found.end() :])
    said = found.group(0).split()[-1] + (" " + spared.group(1).strip() if spared else "")
    return re.split(r"\s+(?:or|and|for|from|to|with)\b|[,;(]|\s+-", said)[0].strip()


def _only_the_standard(rule: str, notes: list[str], text: str) -> bool:
    """Whether a rule that spares the standard thing it goes beyond ("... on top of standard agency commission")
    holds only by the message's words for that standard thing ('"10% commission"' of "the standard 10%
    commission"), so it does not hold."""
    if not _BEYOND_STANDARD.search(rule):
        return False
    quoted = [said for note in notes for said in re.findall(r'"([^"]+)"', note)]
    flat = " ".join(text.split())
    for said in quoted or [""]:
        at = flat.lower().find(said.lower()) if said else -1
        before = flat[max(0, at - 40) : at] if at >= 0 else ""
        if not _SAID_AS_STANDARD.search(before) or _MORE_THAN_STANDARD.search(before):
            return False
    return True


def limit_not_weighed(profile: Profile, text: str, intent: Intent) -> str:
    """What a message shows of a never-rule whose limit is money in another currency than the message's sum
    ('never-rule "gifts above SGD 500": "$800" is in another currency, not weighed against it'), or "": the rule does
    not hold on a guessed rate, and the evidence says why."""
    text = PLEASANTRIES.sub(" ", " ".join(text.split()))
    work = _users_work(profile)
    for rule in profile.never:
        for concepts, limit in zip(_alternatives(rule.what), _alternative_limits(rule.what), strict=True):
            other = _unweighed(limit, text)
            if other and _concepts_shown(concepts, text, intent, work) is not None:
                return f'never-rule "{rule.what}": "{other}" is in another currency, not weighed against it'
        for reading in _word_readings(rule.what):
            limits = [word for word in reading if word.limit is not None]
            other = _unweighed(limits[0].limit, text) if len(limits) == 1 else None
            rest = tuple(word for word in reading if word.limit is None)
            if other and _words_shown(rest, text, _message_words(text), intent, work) is not None:
                return f'never-rule "{rule.what}": "{other}" is in another currency, not weighed against it'
    return ""


def _unweighed(limit: Threshold | None, text: str) -> str | None:
    """A sum of a message in another currency than a limit on money it does not pass, or None."""
    if limit is None or not limit.money or past_limit(limit, text) is not None:
        return None
    return in_another_currency(limit, text)


def _users_trade(profile: Profile) -> frozenset[str]:
    """The stems of what the user sells ("design" of "... who want sustainable, passive-house residential
    design"): a rule's word for it ("unpaid design competitions") goes without saying in a message to them."""
    from kindly.decide.client_need import trade_named  # client_need reads rules' patterns

    return trade_named(profile)


def _users_beat(profile: Profile) -> tuple[str, ...]:
    """The people and organisations the user's goals to meet people name ("Marcus Hale", "Brewline Logistics"): to
    a reporter whose rule is about "companies I cover", the companies of her beat, whether or not a message says
    she wrote about them. Names only (a capital letter opens one of their words), never an audience ("startup
    founders")."""
    return tuple(
        target
        for goal in profile.goals
        if goal.kind is GoalKind.MEET_PERSON
        for target in goal.targets
        if re.search(r"\b[A-Z]", target)
    )


def users_beat(profile: Profile) -> tuple[str, ...]:
    """The names the user covers, as _users_beat reads them (for the note on rules read word for word)."""
    return _users_beat(profile)


def words_a_beat_meets(rule: str) -> frozenset[str]:
    """The words of a rule read word for word that a name of the user's beat meets as well as the word itself ("beat"
    of "companies on my beat", "cover" of "companies I cover"): a company the user's goals name is one they cover,
    whatever the message says of it."""
    return frozenset(
        word.text for reading in _word_readings(rule) for word in reading if "covered" in word.ideas
    )


def _users_work(profile: Profile) -> frozenset[str]:
    """The first five letters of the words in which the user's client goals name their work ("photograph" of
    "... who need a wedding photographer"): what a sender may say they have no budget for."""
    said = " ".join(
        f"{goal.description} {' '.join(goal.targets)}"
        for goal in profile.goals
        if goal.kind in (GoalKind.FIND_CLIENTS, GoalKind.HELP_CLIENT)
    )
    return frozenset(word[:5] for word in re.findall(r"[a-z]{5,}", fold(said)))


def conditional_rule_hit(profile: Profile, text: str, intent: Intent) -> tuple[Condition, list[str]] | None:
    """The conditional never-rule whose subject the message shows ("meetings with lobbyists" of "... without
    council staff present": a government-relations manager's coffee), with the evidence; None when none does.
    Such a rule rules out only an ask without its condition: the reply states it."""
    conditions = {rule.what: c for rule in profile.never if (c := rule_condition(rule.what)) is not None}
    if not conditions:
        return None  # most profiles: no text to read
    hit = _rule_hit(list(conditions), text, intent)
    return (conditions[hit[0]], hit[1]) if hit else None


def _rule_hit(
    rules: list[str],
    text: str,
    intent: Intent,
    work: frozenset[str] = frozenset(),
    trade: frozenset[str] = frozenset(),
    beat: tuple[str, ...] = (),
) -> tuple[str, list[str]] | None:
    # a phrase wrapped over two lines is still the phrase; "Have a lovely weekend!" asks for no weekend
    text = PLEASANTRIES.sub(" ", " ".join(text.split()))
    # the message's words, read once and only if a rule is read word for word
    said: dict[str, str] | None = None
    hits: list[tuple[str, list[str]]] = []
    for what in rules:
        if _meal_not_asked(what, text):
            continue  # "unpaid legal advice over coffee": a quick call to pick your brain is no coffee
        if (spared := spared_kind(what)) and spared_by(spared, text):
            continue  # "weekend appointments, except emergencies": an urgent case is what the rule spares
        for concepts, limit in zip(_alternatives(what), _alternative_limits(what), strict=True):
            evidence = _concepts_shown(concepts, text, intent, work, beat)
            if evidence is not None and advice_is_no_exposure(what, evidence):
                evidence = None  # "unpaid work for exposure": a brain to pick promises no audience
            if evidence is not None and limit is not None:
                # "free 'pick your brain' sessions longer than 30 minutes": its ideas and a length past the limit
                past = past_limit(limit, text)
                evidence = None if past is None else [*evidence, f'"{limit.words}": "{past}"']
            if evidence is not None:
                hits.append((what, evidence))
                break
        else:
            for reading in _word_readings(what):
                said = _message_words(text) if said is None else said
                evidence = _words_shown(reading, text, said, intent, work, trade, beat)
                if evidence is not None:
                    hits.append((what, evidence))
                    break
    if len(hits) <= 1:
        return hits[0] if hits else None
    stems = set(content_stems(text))
    return max(hits, key=lambda hit: len(set(content_stems(hit[0])) & stems))  # first of equals wins


# A rule about an ask over a meal or a drink ("unpaid legal advice over coffee", "pitches over lunch") holds only
# where the message asks to meet over one (any meal for "a meal").
_OVER_A_MEAL = re.compile(
    r"\b(?:over|at|during)\s+(?:a\s+)?(?P<meal>coffees?|lunch(?:es)?|breakfasts?|dinners?|drinks?|beers?|meals?)\b",
    _F,
)
_MEAL_WORDS = {
    "coffee": r"coffees?|caf[eé]s?|lattes?|cuppa|tea",
    "lunch": r"lunch(?:es)?|lunchtime",
    "breakfast": r"breakfasts?|brunch",
    "dinner": r"dinners?|supper",
    "drink": r"drinks?|beers?|pints?|happy hour|wine",
    "beer": r"drinks?|beers?|pints?|happy hour",
    "meal": r"coffees?|lunch(?:es)?|breakfasts?|brunch|dinners?|drinks?|beers?|meals?",
}


def _meal_not_asked(rule: str, text: str) -> bool:
    """Whether `rule` is about an ask over a meal or a drink that the message does not mention."""
    found = _OVER_A_MEAL.search(without_reason(rule))
    if found is None:
        return False
    meal = found.group("meal").lower()
    key = next((k for k in _MEAL_WORDS if meal.startswith(k)), "meal")
    return re.search(rf"\b(?:{_MEAL_WORDS[key]})\b", text, _F) is None


_NOT_FULL_TIME = re.compile(
    r"\b(freelance\w*|contract(or)?s?|part[- ]time|interim|fractional|temporary|temp|day rate|per diem)\b", _F
)


# Work paid in money, whatever else the message says of equity ("we'd pay your usual rate").
_PAID_IN_CASH = re.compile(
    r"\b(pay|paid|paying) (at )?(your|a|the) (usual |standard |full )?(day rate|rate|fee|fees)|your (usual |day )?rate\b",
    _F,
)


# A price said to be for a place at an event, where no table, seat or ticket is named: "$60 per person".
_A_PLACE_PRICED = re.compile(
    r"\b(?:per (?:person|head|attendee|guest|couple|delegate)|admission|entry|registration|to attend)\b", _F
)


def _pay_stated(text: str) -> bool:
    """Whether the sender pays for the work ("we pay $500 for the take-home") or states a rate for it."""
    return bool(first_fee_paid(PAYS_YOU, text) or first_fee_paid(_RATE_STATED, text))


def _concepts_shown(
    concepts: tuple[str, ...],
    text: str,
    intent: Intent,
    work: frozenset[str] = frozenset(),
    beat: tuple[str, ...] = (),
) -> list[str] | None:
    """Evidence for every concept, or None as soon as one is missing from the message. `work` is the user's own
    work, as _users_work reads it; `beat` the names the user covers, as _users_beat reads them."""
    evidence = []
    if ("evening" in concepts or "morning" in concepts) and not _one_time_of_day(concepts, text):
        return None  # "Sunday brunch at 11am ... drinks on Thursday at 7pm" is no Sunday evening
    if "unpaid" in concepts and (first_fee_paid(SPEAKER_PAID, text) or _pay_stated(text)):
        return (
            None  # a stated pay for the work makes it paid, whatever else it says ("... and great exposure")
        )
    if "pay_to_play" in concepts and speaker_paid(text):
        return None  # "our speaker fee is CAD 5,000" is paid to the speaker, not charged
    if "equity" in concepts and _PAID_IN_CASH.search(text):
        return None  # equity is mentioned, but the work is paid
    for name in concepts:
        if (
            name == "unpaid"
            and "posts_for_perks" in concepts
            and (traded := CONCEPTS[name].shown_by(text) or CONCEPTS["posts_for_perks"].shown_by(text))
        ):
            # "free care in exchange for social media posts": what is given for posts is given for no pay ("if you
            # waived the fee, I'd post a glowing write-up")
            evidence.append(f'unpaid: "{traded}"')
            continue
        if name == "paid_entry" and not CONCEPTS["pay_to_play"].shown_by(text):
            # a price for the reader's place: "seats at $295 per person", "tickets are £40" (not one waived,
            # covered or paid to them)
            from kindly.decide.costs import cost_to_attend

            cost = cost_to_attend(text)
            if cost is None or not (cost.thing or _A_PLACE_PRICED.search(cost.words)):
                return None  # "a fixed-fee review for $1,450" prices a service, not a place
            evidence.append(f'paid_entry: "{cost.words}"')
            continue
        if name == "award_sold":
            # "To confirm your place, please complete ... the one-time feature fee of $595": a place at the award
            # sold to the one it names, however the rule words it
            sold = award_for_sale(text)
            if sold is None:
                return None
            evidence.append(f'award_sold: "{sold}"')
            continue
        if name == "paid_feature":
            # a place charged to the user ("a placement fee of $400"; not a talk paid to them), or one the sender
            # buys on the user's own show ("We're happy to pay $750 for a guaranteed interview slot")
            paid_to_them = speaker_paid(text)
            charged = None if paid_to_them else CONCEPTS["pay_to_play"].shown_by(text)
            bought = None if charged else place_bought(text)
            if charged is None and bought is None:
                return None
            evidence.append(f'pay_to_play: "{charged}"' if charged else f'{PLACE_BOUGHT} "{bought}"')
            continue
        if name == "playlist":
            placed = CONCEPTS[name].shown_by(text)
            if placed is None or not AN_AMOUNT.search(text):
                return None  # "we added your track to our playlist" sells nothing
            evidence.append(f'playlist: "{placed}"')
            continue
        if name == "white_label":
            offered = white_label_offered(text)
            if offered is None:
                return None
            evidence.append(f'white_label: "{offered}" ({work_offered(text)})')
            continue
        if name == "split_fee":
            offered = split_offered(text)
            if offered is None:
                return None
            evidence.append(f'split_fee: "{offered}"')
            continue
        if name == "full_time":  # a role is full-time unless it says otherwise
            if _NOT_FULL_TIME.search(text):
                return None
            evidence.append("full_time: no freelance, contract or part-time terms")
            continue
        if name == "lobbying" and _SPEAKS_FOR_A_GROUP.search(text) and not _PAID_TO_SWAY.search(text):
            return (
                None  # a volunteer for their own residents' group is no lobbyist, whatever matter they raise
            )
        concept = CONCEPTS[name]
        if intent in concept.intents:
            evidence.append(f"{name}: the message is a {intent.value}")
            continue
        shown = concept.shown_by(text) or (
            (
                _no_budget_for(text, work)
                or _fee_taken_back(text)
                or favour_asked(text)
                # a take-home set to win a job pays nothing unless it says so (a pay said returned None above)
                or ("spec_work" in concepts and (take_home := TAKE_HOME.search(text)) and take_home.group(0))
            )
            if name == "unpaid"
            else None
        )
        if not shown and name == "covered":
            shown = next((who for who in beat if re.search(rf"\b{re.escape(who)}\b", text, _F)), None)
        if shown and name == "spec_work" and _pay_stated(text):
            return None  # "we pay $500 for the take-home": paid for, no spec work
        if not shown and name == "consulting":
            # a call to do the work on their own system: "a quick call to look at our setup", "debug it with us"
            # (after the words the concept names, which its evidence quotes where both are said)
            shown = (hands_on := _HANDS_ON_SAID.search(text)) and hands_on.group(0)
        if not shown:
            return None
        evidence.append(f'{name}: "{shown}"')
    return evidence


# The evidence note of a place on the user's own show or page that a sender offers to buy (paid_feature).
PLACE_BOUGHT = "paid_feature: a place bought from you:"


# What a sender treats the user to, and whom from: a meal (with or without "My treat", a gift's words) from someone
# the rule names ("companies I cover").
_TREAT_IDEAS = frozenset({"meal", "gift", "covered"})
# ...and a trip, whose meals come with the flights and the hotel: a press trip is the hospitality itself
_A_TRIP = re.compile(
    r"\b(?:flights?|airfare|hotels?|resort|accommodation|lodging|nights? at|(?:press |media )?trips?|travel)\b",
    _F,
)


def only_a_treat(notes: Sequence[str], text: str) -> bool:
    """Whether a never-rule held by a meal the sender offers alone ('meal: "lunch"', 'gift: "My treat"', 'covered:
    "Marcus Hale"'), not by what the meeting itself is (a fee, a talk, a trip, a PR firm's lunch)."""
    ideas = {note.split(":", 1)[0] for note in notes}
    return "meal" in ideas and ideas <= _TREAT_IDEAS and not _A_TRIP.search(text)


def rule_marks(notes: Sequence[str]) -> frozenset[DecisionMark]:
    """The marks a reply reads of a never-rule's notes, set where its notes are (a place bought from the user)."""
    return frozenset({DecisionMark.PLACE_BOUGHT} if any(n.startswith(PLACE_BOUGHT) for n in notes) else ())


# The note of a never-rule that held on a price the user would pay ('"paid": "GBP 2,950"' of "paid-for awards").
_PAID_NOTE = re.compile(r'^"?paid"?:\s')


def never_do_marks(evidence: Sequence[str], text: str = "") -> frozenset[DecisionMark]:
    """The marks a reply reads of a never-rule's decline (all its evidence, and the message's `text` where known),
    set where the decline is made: a show or a stage that charges its guests, a price the user would pay (or pay
    the sender offers the user: "We pay a $500 honorarium" is no place bought), an event its seller hosts."""
    marks = set()
    if pays_to_appear(evidence):
        marks.add(DecisionMark.CHARGES_GUESTS)
    if any(_PAID_NOTE.match(note) for note in evidence):
        marks.add(
            DecisionMark.PAID_TO_YOU
            if text and (speaker_paid(text) or pays_you(text))
            else DecisionMark.PAID_PLACE
        )
    if any(note.startswith(SELLERS_EVENT) for note in evidence):
        marks.add(DecisionMark.SELLERS_EVENT)
    return frozenset(marks)


_WHEN_IDEAS = (*_WEEKEND_IDEAS, "evening", "morning")
# not words.SENTENCE_END: a blank line ends none, so an invitation card's lines (its day, then "Cocktails 6:30 p.m.")
# stay one sentence, and a mark ends one only before a capital
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def _one_time_of_day(concepts: tuple[str, ...], text: str) -> bool:
    """Whether one sentence of the message shows every idea of when a rule names ("Sunday" and "7pm" of "events
    on Sunday evenings"): a day and a part of the day said of two different things are not that day's evening."""
    when = [CONCEPTS[name] for name in concepts if name in _WHEN_IDEAS]
    return any(
        all(concept.shown_by(sentence) for concept in when) for sentence in _SENTENCE_BREAK.split(text)
    )


# Pay stated for the work, by the day or the hour: "the day rate is £550", "we'd pay £400 a day" (not the
# sender's own: "my day rate is £550").
_RATE_STATED = re.compile(
    rf"(?<!\bmy )(?<!\bour )\b(?:day|daily|hourly|half[- ]day|weekly|monthly)\s+rate\s+(?:is|of|will be|would be|at)\s+"
    rf"(?:around\s+|about\s+|roughly\s+|up to\s+)?{MONEY}|"
    rf"\b(?:we|i)(?:'d|'ll| will| can| could| would)?\s+(?:pay|offer)\b[^.!?\n]{{0,30}}?{MONEY}\s*(?:/|per|a)\s*"
    r"(?:day|hour|session)\b",
    _F,
)
# A budget said to be missing for a trade's work: "we don't have a budget for photography this time".
_NO_BUDGET = re.compile(
    r"\b(?:don'?t|do not|doesn'?t|does not) have (?:a |any )?budget for (?!(?:a|an|the|it|this|that)\b)([^\W\d_]+)",
    _F,
)


def _fee_taken_back(text: str) -> str | None:
    """The fee the sender says they cannot pay ("We can't pay the $500 honorarium this year"), or None: the talk
    is unpaid, whatever amount it names."""
    for pattern in (SPEAKER_PAID, PAYS_YOU):
        for found in pattern.finditer(text):
            if (denial := denial_before(text, found.start())) is not None:
                return text[denial.start() : found.end()]
    return None


def _no_budget_for(text: str, work: frozenset[str]) -> str | None:
    """The words that say there is no budget for the user's own work ("we don't have a budget for photography",
    to a photographer); not another trade's ("we don't have a budget for videography, so the photos matter")."""
    for found in _NO_BUDGET.finditer(text):
        if fold(found.group(1))[:5] in work:
            return found.group(0)
    return None


# Examples a rule gives in brackets after what it rules out: "pay-to-play gigs (ticket buy-ons, showcase slots)".
_EXAMPLES = re.compile(r"(?<!\s)\s*\([^()]*\)")  # from where its spaces open: linear


def _segments(rule: str) -> list[str]:
    """A never-rule's alternatives, as `_listed` reads them; a rule whose brackets only give examples of what it
    names ("pay-to-play gigs (ticket buy-ons, showcase slots that charge the artist)") is read by what it names
    where its words with the examples name no idea kindly can read (a bracket that narrows, "calls during clinic
    hours (weekdays 08:30-12:00)", is kept wherever the rule reads with it). The user's refusal that opens a rule
    ("no events on Sundays", "I don't do unpaid pilots") is no word of what it rules out."""
    rule = without_refusal(rule)
    segments = _listed(rule)
    bare = _EXAMPLES.sub("", rule)
    if bare == rule or any(map(_segment_concepts, segments)):
        return segments
    plain = _listed(bare)
    return plain if any(map(_segment_concepts, plain)) else segments


def _parts_listed(text: str) -> list[str]:
    """The parts of a list, each without a leading "and" ("gifts, meals and travel")."""
    return [s for s in (re.sub(r"^\s*and\b", "", s) for s in _split_listed(text)) if s.strip()]


def _listed(rule: str) -> list[str]:
    """A never-rule's alternatives ("X or Y", "X / Y", "X; Y", "X, Y or Z"), without the user's reason for it or
    conditions on their own state; what the last one is from or for is every one's ("payment, sponsorship or
    paid trips from companies I cover": payment from them too)."""
    condition = rule_condition(rule)
    exemption = rule_exemption(rule)
    # "... without council staff present", "... except with parents": what it is about
    spared = None if condition or exemption else spared_kind(rule)
    rule = condition.base if condition else exemption.base if exemption else spared.base if spared else rule
    rule = _USER_CONDITION.sub(" ", _without_restatement(without_reason(rule)))
    rule = _EITHER_TIME.sub(" ", rule)  # "current or former clients": clients, one alternative
    things, whoms, after = _whoms_listed(rule)
    if whoms:
        # each thing with each of whom: "gifts or meals from clients or their families" (a lone verb, "paying" of
        # "paying or accepting gifts from ...", shares the next one's object instead; an alternative of its own time
        # or place, "anything on Sundays" of "anything on Sundays, or talks about politics or religion", is whole)
        listed = _about_either(_parts_listed(things))
        return [
            f"{s.rstrip()} {one}".rstrip()
            for at, s in enumerate(listed)
            # ("networking with recruiters or founders": the last one, lone or not, has no next one to share)
            for one in (
                [""] if (_A_LONE_VERB.fullmatch(s.strip()) and at < len(listed) - 1) or _whole(s) else whoms
            )
        ] + _parts_listed(after)
    segments = _about_either(_parts_listed(rule))
    qualifier = _QUALIFIED.search(segments[-1]) if len(segments) > 1 else None
    if qualifier is None:
        return segments
    # a lone verb ("paying" of "paying or accepting referral fees") shares the next one's object instead
    return [
        s
        if _QUALIFIED.search(s) or _A_LONE_VERB.fullmatch(s.strip()) or _whole(s)
        else f"{s.rstrip()} {qualifier.group(0).strip()}"
        for s in segments
    ]


# Whom (or what) a qualifier names: "from clients or their families" is "from" with two of them.
_QUALIFIER_WORD = re.compile(r"\s(?P<word>from|for|by|with|about|involving)\s+(?=\S)", _F)


# ...a word whose object follows, not whom it is from: "paying for", "paid by", "asking for" (only before these
# words: "accepting funding from banks or investors" and "networking with recruiters or founders" list whom)
_DONE_TO = re.compile(r"\b(?:\w+ing|pa(?:y|id)|charged?|asked?)$", _F)
_OBJECT_WORDS = frozenset({"for", "by", "about"})


# "anything on Sundays", "everything at weekends": an alternative of a time or place alone, no thing of its own
_ANYTHING = re.compile(r"\s*(?:anything|everything)\b", _F)


def _whole(segment: str) -> bool:
    """Whether an alternative is whole as it stands, whatever the last one is about, from or for: anything at a
    time or place ("anything on Sundays" of "anything on Sundays, or talks about politics or religion")."""
    return _ANYTHING.match(segment) is not None and _A_PLACE_OR_TIME.search(segment) is not None


def _whoms_listed(rule: str) -> tuple[str, list[str], str]:
    """The rule less the list of whom its first "from", "for", "by", "with", "about" or "involving" names, each of
    them with that word, and what a ";" after the list rules out of its own: "gifts or meals from clients or their
    families" is ("gifts or meals", ["from clients", "from their families"], "").

    One rule says what the list shares. Every name after the first names someone and nothing else (no ask of its
    own: in "calls with recruiters or weekend events" the "or" starts another thing ruled out); or the first, a
    word or two that is no one by itself, shares the last one's people ("meals or gifts from drug or pet-food
    reps": either rep, not "drug"). (rule, [], "") where the word names one, or there is none."""
    found = _QUALIFIER_WORD.search(rule)
    # "paying for 'investor showcase' slots or demo-day sponsorships": two things paid for, no one they are from
    if found is None or (
        found.group("word").lower() in _OBJECT_WORDS and _DONE_TO.search(rule, 0, found.start())
    ):
        return rule, [], ""
    # "gifts from clients; travel": a ";" ends the list, and travel is ruled out from anyone
    listed, _, after = rule[found.end() :].partition(";")
    word = found.group("word")
    # "about politics or about religion": the word said again is said once
    named = [
        re.sub(rf"^(?:and\s+)?(?:{word}\s+)?", "", one.strip(), flags=_F)
        for one in _split_listed(listed)
        if one.strip()
    ]
    # (one of them is a list where a ";" ends it: "meals or gifts from clients; tax returns")
    if len(named) < (1 if after else 2):
        return rule, [], ""
    if len(named) > 1 and _share_their_people(word, named):
        return rule[: found.start()], [f"{word} {' or '.join(named)}"], after
    if any(_asks_of_its_own(one) for one in named[1:]):
        return rule, [], ""
    return rule[: found.start()], [f"{word} {one}" for one in named], after


# People an ask comes from, ending a rule that lists them ("... from drug or pet-food reps"): whom, not what.
_PARTIES = re.compile(
    r"\b(?:reps?|representatives|vendors?|suppliers?|sellers?|salespeople|companies|brands|lobbyists|sponsors|"
    r"manufacturers|distributors|recruiters|clients|customers|patients|parents|students)\s*$",
    _F,
)


def _share_their_people(word: str, named: list[str]) -> bool:
    """Whether a short list of whom an ask is from or by shares the people its last name ends in: "drug or pet-food
    reps" (the first, a word or two, names no people of its own), unlike "clients or vendors"."""
    return (
        word.lower() in {"from", "by"}
        and len(_A_WORD.findall(named[0])) <= 2
        and not _PARTIES.search(named[0])
        and _PARTIES.search(named[-1]) is not None
        and all(len(_A_WORD.findall(one)) <= 3 and not _QUALIFIED.search(f" {one}") for one in named[1:])
    )


# Ideas that name whom an ask comes from or is with ("vendors", "recruiters", "lobbyists", "expert networks",
# "companies I cover"): named after "from clients or ...", still someone it is from.
_SOMEONE = frozenset({"vendor", "recruiting", "lobbying", "expert_network", "covered"})


def _asks_of_its_own(named: str) -> bool:
    """Whether a later name of a qualifier's list starts a thing ruled out of its own ("weekend events" of "calls
    with recruiters or weekend events", "speaking"), not someone else the qualifier names ("vendors" of "gifts from
    clients or vendors": an idea of someone, and nothing else it asks)."""
    if _A_LONE_VERB.match(named):
        return True
    ideas = _ideas_named(named)
    if not ideas:
        return False
    # (a general word the idea of someone takes in is that someone: "companies" of "companies I cover")
    left = _words_left(named, ideas)
    return not set(ideas) <= _SOMEONE or any(w not in _FILLER or w in _GENERAL_THINGS for w in left)


_A_LONE_VERB = re.compile(r"[a-z]+ing", _F)
# What an alternative is about: "paid expert network calls about Tidewater Pay or the payments industry".
_ABOUT = re.compile(r"\s(?:about|regarding|concerning)\s", _F)
# ...and an alternative that is an ask of its own, at a time or a place ("... or anything on Sundays", "... or
# events at night"), or an idea kindly reads ("... or weekends"), which no "about" reaches
_A_PLACE_OR_TIME = re.compile(
    r"\b(?:on|at|in|during|before|after|from|for|with|by)\s|\b(?:weekends?|evenings?|mornings?|nights?|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b",
    _F,
)


def _about_either(segments: list[str]) -> list[str]:
    """Alternatives where the "or" joins what the one before is about ("calls about Tidewater Pay or the payments
    industry": calls about the payments industry too), never a bare "the payments industry" that any message about
    payments would meet; a short alternative (up to four words) with no "about", time or place of its own takes the
    one before's."""
    shared: list[str] = []
    for segment in segments:
        before = _ABOUT.search(shared[-1]) if shared else None
        if (
            before
            and len(segment.split()) <= 4
            and not (_ABOUT.search(segment) or _A_PLACE_OR_TIME.search(segment))
        ):
            segment = f"{shared[-1][: before.end()]}{segment.strip()}"
        shared.append(segment)
    return shared


# Two times of the same people or things, which together are all of them: "current or former clients", "new or
# existing vendors". Cut at its "or", the rule would rule out "social contact with current" anything.
_TIMES = r"(?:current|former|past|present|existing|new|prospective|old)"
_EITHER_TIME = re.compile(rf"\b{_TIMES}\s+(?:or|and/or|and)\s+{_TIMES}\b", _F)
_LIST_BREAK = re.compile(r"\bor\b|/|;|,", _F)
_OR = re.compile(r"\bor\b", _F)


def _split_listed(rule: str) -> list[str]:
    """The rule cut at each "or", "/" and ";", and at each comma of a list that ends in "or" later on its line
    ("endorsing products, testimonials or case studies"). Each line's last "or" is found once: looked for again
    after every comma, a rule of many commas took seconds."""
    cuts: list[int] = [0]
    offset = 0
    for line in rule.split("\n"):
        last_or = max((found.start() for found in _OR.finditer(line)), default=-1)
        for found in _LIST_BREAK.finditer(line):
            if found.group(0) != "," or found.start() < last_or:
                cuts += [offset + found.start(), offset + found.end()]
        offset += len(line) + 1
    cuts.append(len(rule))
    return [rule[start:end] for start, end in zip(cuts[::2], cuts[1::2], strict=True)]


# What an ask is from, for, about or when: "from companies I cover", "for suppliers", "during school hours",
# "podcast or media interviews about clients" (a podcast about clients, not every podcast).
# A limit before it is every alternative's too: "gifts or meals over $50 from lobbyists" (gifts over $50).
_QUALIFIED = re.compile(
    rf"(?:\s(?:over|above|under|below|more than|less than|worth)\s+(?:{BEFORE_THE_NUMBER}\s?)?\d[\d,.]*\w*"
    rf"(?:\s(?:{CODES}|dollars?|euros?|pounds?)\b)?)?"
    r"\s(?:from|for|by|with|during|outside|about|involving)\s.*$",
    _F | re.DOTALL,
)


@dataclass(frozen=True, slots=True)
class _Word:
    """A word of a rule read word for word, and the ideas whose wording takes it in ("talks": speaking)."""

    text: str
    forms: tuple[str, ...]  # its stem first, then its short bases (_forms): read once per rule
    ideas: tuple[str, ...] = ()
    paid_for: bool = False  # "paying for leads": the price must be for the words after it
    paid_by: bool = False  # "paid for by product providers": a price, or what the sender treats the user to
    limit: Threshold | None = None  # "below 0.10 EUR per word": a quantity past it, not these words


# "paying for leads": what a price is for follows (not "coverage for anything": what it is traded for, no price)
_FOR_A_PRICE = re.compile(r"\s+for\b(?!\s+(?:anything|something|everything)\b)", _F)
# "job interviews": the job says whose interview it is - the user's, for a role - so it is no filler there (a podcast's
# "interview you" and a candidate "actively interviewing" are no job interview); elsewhere "job" is ("speaking jobs")
_JOB_INTERVIEW = re.compile(r"(?:jobs?|roles?)\s+interview", _F)


@lru_cache(maxsize=256)
def _word_readings(rule: str) -> tuple[tuple[_Word, ...], ...]:
    """The alternatives of a rule that its ideas do not say all of, each as the words it needs in a message:
    "pharmaceutical company sponsored talks" also holds for a talk at a dinner "sponsored by Novacardia
    Pharmaceuticals", where no speaker pays to appear."""
    readings = []
    listed = _segments(rule)
    segments = _shared_objects(listed)
    read_by_ideas = bool(_alternatives(rule))
    for at, segment in enumerate(segments):
        named = _ideas_named(segment)
        if named and not _unread_words(segment, named):
            continue  # its ideas say all of it
        if not named and read_by_ideas and not _lends_words(at, listed) and len(_rule_words(segment)) < 2:
            # a fragment of a rule its ideas read ("paying" of "paying or accepting referral fees"), not a thing of
            # its own ("lead marketplaces" of "pay-per-lead services or lead marketplaces")
            continue
        if _NEGATION.search(segment):
            continue  # "podcasts if I'm not paid": its words alone would say the opposite of the rule
        # the weekend as the rule narrows it: "weekend brunches on Sundays" needs a Sunday for its every word
        day = next((name for name in _one_weekend(named) if name in _WEEKEND_IDEAS), "")
        spans = [
            (found.start(), found.end(), day if name in _WEEKEND_IDEAS else name)
            for name, concept in CONCEPTS.items()
            for found in concept.rule.finditer(segment)
        ]
        needed = []
        # a limit on a number ("over 300 words") is one thing a message must pass, never its digits one by one;
        # where it prices something ("rates below 0.10 EUR per word"), the amount is the rate
        limit = limit_in(segment)
        if limit is not None:
            found_limit, at, until = limit
            needed.append(_Word(found_limit.words, (), limit=found_limit))
            segment = segment[:at] + " " * (until - at) + segment[until:]
        # "invitations from clients" of a longer rule: the invitation is the thing, however general its word,
        # where only whom it is from is left (one word alone is no alternative of a longer rule)
        thing_said = len(segments) > 1 and len(_rule_words(segment)) == 1
        for found in re.finditer(r"[^\W_]+(?:'[^\W_]+)?", segment):
            word = found.group(0).lower()
            filler = word in _FILLER and not (thing_said and word in _GENERAL_THINGS)
            if (filler and not _JOB_INTERVIEW.match(segment, found.start())) or word in STOPWORDS:
                continue
            if limit is not None and limit[0].money and word in RATE_WORDS:
                continue
            ideas = tuple(name for start, end, name in spans if start <= found.start() < end)
            # (not "coverage for anything": what it is traded for, no price of it)
            paid_for = _FOR_A_PRICE.match(segment, found.end()) is not None
            # "lunches paid for by product providers": who pays follows, not what is paid for
            paid_by = (
                word == "paid" and re.match(r"\s+(?:for\s+)?by\b", segment[found.end() :], _F) is not None
            )
            needed.append(_Word(word, _forms(fold(word)), ideas, paid_for and not paid_by, paid_by=paid_by))
        # one word alone is a whole rule ("crypto"), never a fragment ("paying" of "paying or accepting ...")
        if len(needed) >= 2 or (needed and len(segments) == 1):
            readings.append(tuple(needed))
    return tuple(readings)


_A_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")


def _shared_objects(segments: list[str]) -> list[str]:
    """Alternatives with what a lone word shares with the next alternative of more words: "selling or renting out
    our customers' email list" is also "selling our customers' email list", "buying or selling leads" also "buying
    leads", and "crypto, gambling or pharmaceutical promotions" are crypto promotions and gambling promotions."""
    shared = []
    for at, segment in enumerate(segments):
        words = _rule_words(segment)
        following = next((s for s in segments[at + 1 :] if len(_rule_words(s)) > 1), "")
        if len(words) == 1 and len(_A_WORD.findall(following)) > 1:
            segment = f"{segment} {_A_WORD.sub('', following, count=1)}"  # the next one less its own verb
        shared.append(segment)
    return shared


def _rule_words(segment: str) -> list[str]:
    """The words of a rule's alternative that say what it is ("pharmaceutical promotions"), in lower case."""
    return [w for w in _A_WORD.findall(segment.lower()) if w not in _FILLER and w not in STOPWORDS]


def _lends_words(at: int, segments: list[str]) -> bool:
    """Whether a lone word before alternative `at` shares its words ("pharmaceutical promotions" of "crypto or
    pharmaceutical promotions"): the alternative is then a whole kind the rule lists, not a fragment of it."""
    longer = [later for later, segment in enumerate(segments) if len(_rule_words(segment)) > 1]
    return any(
        len(_rule_words(before)) == 1 and next((later for later in longer if later > earlier), None) == at
        for earlier, before in enumerate(segments[:at])
    )


# Good wishes that name a day or a time of day without proposing it.
PLEASANTRIES = gated(
    re.compile(
        r"\b(?:(?:have|enjoy)\s+(?:a|your|the)\s+(?:\w+\s+)?(?:weekend|evening|day|week|(?:mon|tues|wednes|thurs|fri|"
        r"satur|sun)day)|"
        r"happy\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:good|great|nice|lovely)\s+weekend)\b",
        _F,
    )
)
_NEGATION = re.compile(r"\b(?:not|no|never|without|unless|except|n't)\b|n't\b", _F)


# A rule's word that a message shows in other words: "paid influencer posts" are paid where a price is named.
_PRICED = re.compile(
    r"\b(?:fees?|rates?|honorari\w*|paid|pay)\b|\b(?:split|share)\w* the costs?\b|" + MONEY,
    _F,
)
# "paying for leads": a price, or paying in so many words, in the sentence that names what is paid for
_PAID_FOR = re.compile(_PRICED.pattern + r"|\bpa(?:y|id)\w*", _F)
# the sender says they pay for the reader's trip or stay: "We'll cover return flights", "all expenses paid"
_THEY_COVER_THE_TRIP = (
    r"at our (?:own )?expense|all[- ]expenses?[- ]paid|we(?:'ll| will)? (?:cover|pay for|take care of) "
    r"(?:your |the |all |return )?(?:flights?|travel|hotels?|accommodation|stays?|meals|expenses|trip)"
)
# "lunches paid for by product providers": a price, or the sender's treat - "Lunch and drinks are on us", "Drinks
# and canapes courtesy of Zenith", "my shout", "compliments of", "we'll cover dinner", the trip they pay for
_PAID_BY = re.compile(
    _PRICED.pattern + r"|\b(?:on us|on the house|courtesy of|compliments of|(?:my|our) (?:treat|shout)|"
    r"(?:we|i)(?:'ll| will)? (?:cover|pay for|shout|host) (?:your |the )?(?:lunch|dinner|drinks|breakfast|coffee)|"
    r"(?:sponsored|funded) by|" + _THEY_COVER_THE_TRIP + r")\b",
    _F,
)
# "paid" (a trip, hospitality): a price, or where the sender says they pay for it: "dinner on us", the trip
_PAID_BY_THEM = re.compile(_PRICED.pattern + r"|\b(?:on us|" + _THEY_COVER_THE_TRIP + r")\b", _F)
# Something of the user's handed to the sender: "send us", "give us", "pass along" (for "sharing").
_HANDED_OVER = re.compile(
    r"\b(?:send|give|provide|forward|pass along|pass on|hand over)\w* (?:us|me|them)\b", _F
)
_SAID_OTHERWISE = {
    "paid": _PAID_BY_THEM,
    "pay": _PRICED,  # "paying for 'investor showcase' slots" as "paid 'investor showcase' slots"
    "payment": _PRICED,
    # "services that charge fees": charging is shown as paying is, by a price or a fee named ("a monthly retainer
    # of EUR 2,400 plus a 3% success fee")
    "charge": _PRICED,
    "charg": _PRICED,
    # "reading manuscripts for a fee": a fee is shown by the price offered ("happy to pay $500 for you to read it")
    "fee": _PRICED,
    # "investor-matching services": a service is what a seller says they run or offer ("We run a curated
    # investor-matching programme"), in whatever word they sell it under
    "service": re.compile(
        r"\b(?:we|i) (?:run|offer|provide|operate|sell)\b|\bour (?:\w+[- ])?(?:programmes?|programs?|platform|"
        r"packages?|offerings?|agency|firm)\b",
        _F,
    ),
    stem("influencer"): re.compile(r"\b(?:creators?|influencers?)\b", _F),
    # a contest by the names it runs under: "pay-to-enter competitions" holds for "the Golden Vine Wine Awards"
    # asking an entry fee
    stem("competition"): re.compile(r"\b(?:competitions?|contests?|awards|championships?)\b", _F),
    # someone offers to buy or monetise the user's list, so the user would be selling it
    "sell": re.compile(
        r"\b(?:buy\w*|purchas\w*|moneti[sz]\w*|pay(?:ing)? (?:you )?for) (?:your|their)\b", _F
    ),
    "trial": re.compile(r"\btrials?\b|\btest (?:projects?|tasks?|assignments?)\b", _F),
    # "nothing that requires travel in December": a trip the sender plans for the user ("we'll fly you down",
    # "cover flights and hotel")
    "travel": re.compile(
        r"\b(?:travel\w*|trips?|flights?|airfare|fly(?:ing)? you|put you up|in[- ]person (?:\w+ )?in (?-i:[A-Z])\w+)\b",
        _F,
    ),
    # "no alcohol-centered events": drinking is what the evening is for ("a whiskey tasting", "an open bar")
    "alcohol": re.compile(
        r"\b(?:alcohol\w*|open bar|happy hours?|whiske?y|bourbon|scotch|tequila|mezcal|vodka|cocktails?|"
        r"craft beers?|beer tastings?|wine tastings?|wine pairings?|pub crawl|bar crawl|brews)\b",
        _F,
    ),
    # "sharing our member list": a list asked for by what it holds ("your members' phone numbers", "the
    # congregation's email addresses", "your directory"), handed over however it is asked ("send us", "give us")
    # (the people's own, never the sender's "send us your contact details")
    "list": re.compile(
        r"\b(?:members|congregation|parishioners|families|parents|donors|clients|customers|patients|subscribers)"
        r"(?:'s?|’s?)? (?:\w+ )?(?:e-?mail|phone|contact|mailing) ?(?:addresses|numbers|details|info(?:rmation)?)\b|"
        r"\b(?:member|church|congregation|parish|donor|client|customer) director(?:y|ies)\b",
        _F,
    ),
    stem("sharing"): _HANDED_OVER,
    "share": _HANDED_OVER,
    # "promising or trading coverage for ads": coverage is a story, a piece or a feature on or about something
    # ("a story on the opening"), traded where something is given for it ("if we commit to the ad", "in exchange
    # for"), promised where it is asked to be sure ("can you promise", "guarantee")
    "coverage": re.compile(
        r"\b(?:coverage|story|article|piece|feature|write-?up|profile|segment)\s+(?:on|about|of)\b", _F
    ),
    "trad": re.compile(
        r"\bin (?:exchange|return) for\b|\bquid pro quo\b|\bif (?:we|i) (?:commit|buy|book|take out|place|"
        r"purchase|sponsor|advertise)\w*\b",
        _F,
    ),
    "promis": re.compile(r"\b(?:promise|guarantee)\w*\b", _F),
    # "events ... for politicians": those elected or standing, as an audience ("elected members and candidates",
    # "MPs"); one title is a person addressed ("Dear Councillor", "Councillor Okonkwo-Baird"), not an audience
    "politician": re.compile(
        r"\b(?:politicians?|elected (?:members|officials|representatives)|councill?ors|council members|mps|"
        r"members of parliament|candidates|mayors|ministers|senators|legislators|assembly ?members|"
        r"congress(?:wo)?men)\b",
        _F,
    ),
}


def _message_words(text: str) -> dict[str, str]:
    """Each form of a message's words, with the word as written ("micro-influencers" is two words; "buying"
    is also "buy", which the stemmer leaves whole in so short a word)."""
    said: dict[str, str] = {}
    for word in re.findall(r"[^\W_]+", text):
        for form in _forms(fold(word), as_said=True):
            said.setdefault(form, word)
    return said


@lru_cache(maxsize=1 << 15)  # the same words come in mail after mail
def _forms(word: str, as_said: bool = False) -> tuple[str, ...]:
    """A word's stem, and for a short word its base without -ing, -ed, -s or -ship: "buying" and "buy" meet,
    "sponsorship" and "sponsor". A doer the message names is not the thing done ("leaders" are no "leads")."""
    doer = re.fullmatch(r"(\w{3,}er)s?", word)
    forms = [stem(word)]
    if doer and stem(word) != doer.group(1):  # the stemmer took the -er off ("influenc(e)", "runn" -> "run")
        forms = [doer.group(1)] if as_said else [doer.group(1), *forms]
    for ending in ("ing", "ed", "s", "ship"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            forms.append(word[: -len(ending)])
    noun = re.fullmatch(r"(\w{4,})ations?", word)
    if noun and not as_said:
        # a rule's noun of doing is said by its verb too: "paid lead generation" by "We generate ... leads",
        # "test translations" by "translate this page" (the stemmer leaves "generate" whole, takes "generation"
        # to "gener"); only a rule's noun, so a message's "candidates" never meets a rule's "candid"
        verbs = (stem(f"{noun.group(1)}ate"), stem(f"{noun.group(1)}ated"))
        forms += [form for form in dict.fromkeys(verbs) if form not in forms]
    promotion = re.fullmatch(r"(\w{3,}ot)ions?", word)
    if promotion and not as_said:
        # so is a noun in -otion, by its verb or its adjective: "crypto promotions" by "promoting our app", "a
        # promotional reel" (the stemmer keeps "promotion", "promote" and "promotional" whole)
        said = (stem(f"{promotion.group(1)}{ending}") for ending in ("e", "ing", "ional"))
        forms += [form for form in dict.fromkeys(said) if form not in forms]
    # an adjective or adverb is said of its noun: "a political fundraiser", "politically charged" are of politics
    forms += [form for form in nouns_of(word) if form not in forms]
    return tuple(forms)


@lru_cache(maxsize=4)
def _implied_in(text: str) -> Mapping[str, str]:
    """The general words a message implies (kindly.decide.related), read once for it however many rules look
    there for a word they miss: every rule's reading, and a reading again without the user's own trade word."""
    return implied_stems(fold(text))


def _words_shown(
    reading: tuple[_Word, ...],
    text: str,
    said: dict[str, str],
    intent: Intent,
    work: frozenset[str] = frozenset(),
    trade: frozenset[str] = frozenset(),
    beat: tuple[str, ...] = (),
) -> list[str] | None:
    """Evidence that a message says every word of a rule read word for word (a word an idea takes in, where
    the message shows that idea); None as soon as one is missing. A word that names the user's own `trade`
    ("design" of "unpaid design competitions", to an architect) goes without saying where the rule has two
    other words and the message says them: a competition asked of an architect is a design competition."""
    evidence: list[str] = []
    implied: Mapping[str, str] | None = (
        None  # general words the message implies, read where a word is missing
    )
    if kept := own_thing_asked([word.text for word in reading], text):
        # "sharing internal roadmaps": "hear about your platform roadmap" asks for the user's own, kept inside
        told, asked = kept
        others = _words_shown(
            tuple(w for w in reading if w.text not in told), text, said, intent, work, trade
        )
        if others is not None:
            return [f'"{" ".join(w.text for w in reading if w.text in told)}": "{asked}"', *others]
    own_trade_words = [
        word
        for word in reading
        if not (word.ideas or word.paid_for or word.limit) and word.forms and word.forms[0] in trade
    ]
    if len(own_trade_words) == 1 and len(reading) >= 3:
        own_word = own_trade_words[0]
        rest = _words_shown(
            tuple(w for w in reading if w is not own_word), text, said, intent, work, beat=beat
        )
        if rest is not None:
            written = next((said[form] for form in own_word.forms if form in said), None)
            own = f'"{own_word.text}": "{written}"' if written else f'"{own_word.text}": your own work'
            return [own, *rest]
    # the message's own words for the rule's plain words: a price paid for them is said beside them
    beside = {form for word in reading if not (word.ideas or word.paid_for) for form in word.forms}
    for word in reading:
        if word.limit is not None:
            past = past_limit(word.limit, text)
            if past is None:
                return None
            evidence.append(f'"{word.text}": "{past}"')
            continue
        # "charge speakers" is an idea: only the idea shows it, with its exceptions (a paid talk)
        if word.ideas:
            shown = next(
                (
                    note
                    for idea in word.ideas
                    if (note := _concepts_shown((idea,), text, intent, work, beat)) is not None
                ),
                None,
            )
            if shown is None:
                return None
            evidence.extend(note for note in shown if note not in evidence)
            continue
        written = None if word.paid_for else next((said[form] for form in word.forms if form in said), None)
        # "no fees for founders" says no fee is charged; "Our speakers aren't paid": no one paid, a word of money
        # read through the wider denial (a price said elsewhere may still show it, below)
        denial, reach = (_PAY_DENIED, 30) if _MONEY_FORMS.intersection(word.forms) else (DENIED, 25)
        if written is not None and _denied_wherever_said(written, text, denial, reach):
            written = None
        if (
            written is None and not word.paid_for
        ):  # the message's own words for it: "demos", "a walkthrough of our app" (none is a word of money)
            implied = _implied_in(text) if implied is None else implied
            written = next((implied[form] for form in word.forms if form in implied), None)
        if written is not None:
            evidence.append(f'"{word.text}": "{written}"')
            continue
        if not word.paid_for and asked_as(word.forms, intent.value):
            article = "an" if intent.value[0] in "aeiou" else "a"
            evidence.append(f'"{word.text}": the message is {article} {intent.value}')
            continue
        # by its stem or its short base ("paying": "pay")
        other = (
            _PAID_BY
            if word.paid_by
            else _PAID_FOR
            if word.paid_for
            else next((_SAID_OTHERWISE[form] for form in word.forms if form in _SAID_OTHERWISE), None)
        )
        priced = next(
            (
                found
                for found in (other.finditer(text) if other is not None else ())
                # "no fee for startups", "we cannot offer a fee": no price paid; an amount compared is still said
                # ("slots cost no more than $1,950", "not cheap at $1,950")
                if (
                    not _PAY_DENIED.search(text, max(0, found.start() - 30), found.start())
                    or (
                        _A_FIGURE.search(found.group(0)) is not None
                        and _COMPARED.search(text, max(0, found.start() - 30), found.start()) is not None
                    )
                )
                # "we can't pay the $500 honorarium", "no budget for the $500 fee": the fee named is not paid
                and not fee_denied(text, found.start())
                and (
                    not word.paid_for
                    or _said_in(beside, text[max(0, found.start() - _NEAR) : found.end() + _NEAR])
                )
                # a fee shown by a price is the price of the rule's own act: "pay $500 for you to read it", not
                # "We pay speakers $500" beside "I loved reading your piece"
                and (
                    not _PRICE_AS_FEE.intersection(word.forms)
                    or _said_in(beside, _sentence_at(text, found))
                    # "Would you read the first half? I can pay you $250 for your time.": the ask just before
                    or _said_in(beside, _ask_paid_for(text, found))
                )
            ),
            None,
        )
        if priced is None:
            return None
        evidence.append(f'"{word.text}": "{priced.group(0)}"')
    return evidence


# A fee or a payment denied just before it is said: "We cannot offer a fee", "speakers aren't paid", "no fee to
# submit", "we don't pay guests" - nobody paid, so no "paid" (a price said after the denial still counts). Wider
# than DENIED, which any rule's word is read through: "not" before a word of money denies the money.
_PAY_DENIED = re.compile(
    # ...the sender's, not the reader's: "If you can't pay the $300 registration, ask about bursaries" is a price
    r"(?<!\bif you )(?<!\bunless you )"
    r"\b(?:no|without|never|nor|zero|not any|free of|not|cannot|can ?not|unable to|not able to|"
    r"(?:do|does|did|is|are|was|were|ca|wo|could|would|can)n['’]t|(?:do|does|will|would|could) not)\b"
    # "we won't be able to pay"
    r"(?:\s+be able to)?(?:\s+\w+){0,2}\s*$",
    _F,
)
# An amount (a figure in it) that a "no" or a "not" before it only compares: "no more than $1,950", "not cheap at
# $1,950", "not just $500" - the amount is still asked, unlike "we can't pay the $500 honorarium".
_A_FIGURE = re.compile(r"\d")
_COMPARED = re.compile(
    r"\b(?:more|less|fewer|cheap|cheaper|only|just|much|over|under|above|below|exceeding)\b(?:\s+(?:than|at|of))?\s*$",
    _F,
)
# A rule's words for money paid, read through their denials (above).
_MONEY_FORMS = frozenset({"paid", "pay", "payment"})


# A word that names what a fee is for, the fee said after it: "no pitch fee" denies the fee, not the pitch.
_A_FEE_AFTER = re.compile(
    r"[ \t-]+(?:fees?|charges?|payments?|budgets?|honorari(?:um|a)|costs?|prices?)\b", _F
)


def _denied_wherever_said(written: str, text: str, denial: re.Pattern[str] = DENIED, reach: int = 25) -> bool:
    """Whether a message says a word only where it denies it: "no fees for founders", "without any charge";
    with _PAY_DENIED, "Our speakers aren't paid". Not a word that names what a denied fee is for: "There is no
    pitch fee" still says there is a pitch."""
    found = list(re.finditer(rf"(?<![^\W_]){re.escape(written)}(?![^\W_])", text, _F))
    return bool(found) and all(
        denial.search(text, max(0, at.start() - reach), at.start()) and not _A_FEE_AFTER.match(text, at.end())
        for at in found
    )


_NEAR = 100  # characters: "Investor Showcase places. For GBP 1,800 ..." prices the places
# A rule's word of a fee that a price may show, said in the sentence of the act it pays for.
_PRICE_AS_FEE = frozenset({"fee"})
_SENTENCE_EDGE = re.compile(r"[.!?\n]")


def _sentence_start(text: str, found: re.Match[str]) -> int:
    """Where the sentence a match stands in begins in the text (at most _NEAR characters before it)."""
    low = max(0, found.start() - _NEAR)
    edges = list(_SENTENCE_EDGE.finditer(text[low : found.start()]))
    return low + (edges[-1].end() if edges else 0)


def _sentence_at(text: str, found: re.Match[str]) -> str:
    """The sentence a match stands in (at most _NEAR characters either side of it)."""
    after = text[found.end() : found.end() + _NEAR]
    closing = _SENTENCE_EDGE.search(after)
    return text[_sentence_start(text, found) : found.end()] + (after[: closing.start()] if closing else after)


# A price that pays for what was just asked, naming no work of its own: "for your time", "for it", "for that".
_PAYS_FOR_THE_ASK = re.compile(r"\bfor (?:your (?:time|trouble|help|effort)|it|that|this)\b", _F)


def _ask_paid_for(text: str, found: re.Match[str]) -> str:
    """The question just before a price's sentence where that sentence pays for it ("Would you read the first
    half? I can pay you $250 for your time."), or "": a price that names its own work ("We pay speakers $500")
    pays for that, not for the sentence before it."""
    sentence = _sentence_at(text, found)
    if _PAYS_FOR_THE_ASK.search(sentence) is None:
        return ""
    start = _sentence_start(text, found)
    before = text[max(0, start - _NEAR) : start].rstrip()
    if not before.endswith("?"):
        return ""
    edges = list(_SENTENCE_EDGE.finditer(before[:-1]))
    return before[edges[-1].end() if edges else 0 :]


def _said_in(forms: set[str], nearby: str) -> bool:
    """Whether a text says a word in one of these forms ("$45 per lead" says "leads")."""
    return any(
        not forms.isdisjoint(_forms(fold(word), as_said=True)) for word in re.findall(r"[^\W_]+", nearby)
    )


_PERSONAL = re.compile(
    r"\b(birthday|bday|bbq|barbecue|housewarming|baby shower|game night|pot ?luck|our place|my place|"
    # a wedding of theirs ("our wedding", "at the wedding", "Sam's wedding"), not the trade's word ("works with
    # wedding photographers", "a wedding planner", "wedding season")
    r"(?:my|our|your|his|her|their|the|\w+'s)\s+(?:(?!wedding\b)\w+\s+)?wedding(?!s?[ -](?:photo\w*|video\w*|"
    r"film\w*|planner\w*|planning|industry|season|business\w*|vendors?|suppliers?|market\w*|venues?|trade|"
    r"professionals?|pros|expos?|fairs?|shows?|magazines?|florists?|cater\w*|coordinat\w*|packages?|clients?|"
    r"couples|work|shoots?|inquir\w*|enquir\w*|services?|collections?|coverage|blog\w*|direct\w*|community|world|"
    r"scene|space|sector|niche|field)\b)|"
    r"the kids|family|drinks with the team|team (drinks|lunch|dinner)|after[- ]work drinks|happy hour|"
    r"get-together at|party at (my|our)|"
    # friends: "miss you!!", "it's been way too long", "just the four of us - you, me, Lena and Chris"
    r"miss(ed)? you|it'?s been (way |far |much |so )?too long|been ages|long time no see|"
    r"just the (two|three|four|five|six|few) of us|you,? me,? and)\b",
    _F,
)


def personal_cue(text: str) -> str | None:
    match = next((m for m in _PERSONAL.finditer(text) if not _family_business(text, m)), None)
    return match.group(0) if match else None


# The personal cues that only say it has been a while ("been ages", "miss you"): between former colleagues ("we
# worked together at Brightwave") they open a networking catch-up, not plans among friends.
_REUNION = re.compile(
    r"miss(?:ed)? you|it'?s been (?:way |far |much |so )?too long|been ages|long time no see", _F
)


def only_a_reunion(cue: str) -> bool:
    """Whether a personal cue (personal_cue) only says it has been a while since the two last met."""
    return _REUNION.fullmatch(cue) is not None


# "family" of a trade or a firm: "a family dentist", "family law", "family-owned", "Ruiz Family Dental" (a name in
# capitals), or of the cause a charity serves ("raised $18,000 for family housing", "family support workers", "a
# family shelter"), not the sender's own family ("dinner with the family", "family and friends").
_FAMILY_TRADE = re.compile(
    r"[ -](?:dent\w*|practi\w+|medic\w*|doctors?|physicians?|law\b|lawyers?|business\w*|firms?|offices?|owned|"
    r"run\b|clinics?|health\w*|care\b|pharmac\w*|vets?\b|veterinar\w*|therap\w*|services?|"
    r"housing|shelters?|homeless\w*|support\b|resource\w*|programm?e?s?\b|literacy|violence|foundation|charit\w*|"
    r"centers?|centres?|caregiv\w*|advoca\w*|poverty)",
    re.IGNORECASE,
)


def _family_business(text: str, match: re.Match[str]) -> bool:
    if match.group(0).lower() != "family":
        return False
    after = text[match.end() : match.end() + 30]
    if _FAMILY_TRADE.match(after):
        return True
    named = re.match(r" [A-Z]", after) is not None and match.group(0) == "Family"
    return named


def is_stranger(text: str) -> bool:
    from kindly.understand.cues import CUES

    return bool(CUES["stranger"].search(text))
