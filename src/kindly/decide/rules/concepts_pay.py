"""The ideas of never-rules about money, selling and the asks they come with: unpaid work, paying to appear, awards,
features and listings for sale, boards, speaking, MLM, commission-only work, referral fees, sales, recruiting and
split fees."""

from __future__ import annotations

import re

from kindly.amounts import BEFORE_THE_NUMBER, MONEY, SIGN
from kindly.decide.rules.concept import _F, Concept
from kindly.decide.rules.concept_words import (
    _A_PRICE,
    _A_SUM_FROM_ITS_DIGIT,
    _CODE,
    _GOOD_EXPOSURE,
    _NOT_A_STAGE,
    _OFFERED,
    _PLACE_LISTED,
)
from kindly.model import Intent

PAY: dict[str, Concept] = {
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
}
