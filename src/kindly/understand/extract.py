"""Details of an invitation: who asks (name, organisation, role), what for, in what form, when, where.

Rule-based and explainable: every field comes from the headers, the signature, the sender's own words or
the calendar event, and is left empty rather than guessed.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace

from kindly.amounts import CODES, SIGN
from kindly.decide.categories import detect_categories
from kindly.decide.fee_denied import first_fee_paid
from kindly.decide.words import (
    SENTENCE_END,
    SENTENCE_OR_LINE,
    alphanumeric,
    domain_labels,
    fold,
    reads_as_organisation,
    sentence_around,
)
from kindly.domains import PUBLIC_DOMAINS, webmail
from kindly.forwarded import forwarded_part, own_forwarded_signature
from kindly.gated import Gated, gated
from kindly.model import Intent, Message
from kindly.understand.call_for_talks import CALL_FOR_TALKS
from kindly.understand.days import named_day
from kindly.understand.days_out import THEIR_DAY_OUT
from kindly.understand.language import not_a_name
from kindly.understand.languages import signs_off
from kindly.understand.needed_by import needed_by
from kindly.understand.people import GREETING, opens_with_a_name, people_named, reader_name
from kindly.zones import ZONE_ABBREVIATION, ZONE_WORD

_F = re.IGNORECASE
_ROLE_WORDS = re.compile(
    r"\b(founder|co-?founder|ceo|cfo|coo|cto|cmo|president|vice president|vp|director|head of|manager|partner|"
    r"principal|owner|consultant|advisor|adviser|planner|recruiter|talent|analyst|associate|engineer|designer|"
    r"developer|producer|editor|host|organi[sz]er|coordinator|chair|professor|lecturer|student|specialist|"
    r"officer|lead|architect|strategist|representative|executive|account executive|sdr|bdr|controller|"
    r"bookkeeper|accountant|attorney|lawyer|counsel|photographer|agent|broker|coach|writer|author|treasurer|"
    r"secretary|trustee|researcher|scientist|curator|reporter|journalist|administrator|clerk|paralegal|auditor)\b",
    _F,
)
_ORG_WORDS = re.compile(
    r"\b(inc|llc|ltd|gmbh|corp|corporation|company|co\.|group|partners|studio|studios|agency|capital|ventures|"
    r"bank|university|college|institute|foundation|association|society|network|labs?|media|consulting|"
    r"solutions|services|llp|plc|pty|s\.a\.)\b",
    _F,
)
_TITLE_AT_ORG = re.compile(
    r"^(?P<role>[^|,@·•\n]{2,60}?)\s*(?:\||,| at | @ | - | – |·|•)\s*(?P<org>[^|\n]{2,60})$"
)
# What names an organisation on the line under "Editor, The Ledger Line": the words of _ORG_WORDS and more.
_ORG_BELOW = re.compile(
    r"\b(?:inc|llc|ltd|corp|company|group|partners|studios?|agency|capital|ventures|bank|university|college|"
    r"institute|foundation|association|society|network|labs?|media|consulting|solutions|services|llp|guild|hub|"
    r"collective|fund|council|press|publishing|alliance|club|chamber|center|centre|cooperative|school|trust)\b",
    _F,
)
# A licence number after a title: "NMLS #123456", "DRE 01234567", "Lic. No. 4411".
# (not ABN AMRO, a bank: an ABN or ACN is followed by its number)
_LICENCE = re.compile(
    r"#\s*\d|\b(?:NMLS|DRE|CRD)\b|\b(?:ABN|ACN)\s*:?\s*\d|\blicen[cs]e\b|\blic\.(?=\s|\d)", _F
)
# "Vice President, Small Business Lending" over "Columbia Ridge Capital": what follows the comma is a department
# (part of the title) or the event or show the sender works on; the organisation is the line below.
_DEPARTMENT = re.compile(
    r"\b(?:lending|relations|events|services|sales|marketing|operations|finance|training|development|programs?|"
    r"partnerships|communications|engineering|product|client|customer|member|talent|people|human resources|"
    r"research|strategy|banking|accounts|admissions|procurement|compliance|legal|tax|audit|treasury)\b",
    _F,
)
_REQUEST = re.compile(
    r"\b(would you|could you|can you|can we|could we|shall we|let'?s|would love to|i'?d love to|i'?d like to|"
    r"are you (free|available|open|interested)|do you have|please (join|attend|consider|let me know|come)|"
    r"invite you|(you are|you'?re) (cordially )?invited|we'?d be (delighted|honou?red|thrilled)|would it be possible|"
    r"may i|might you|how about|"
    r"join us|if you could|hope you (can|will) (join|attend|come|make it|be (able|there))|"
    r"we'?d love (to|you|for you)|(do you )?want me to)\b",
    _F,
)
# "Could you let me know by Friday?", "Are you free Thursday?": the logistics of an answer, less telling than
# the invitation itself.
_LOGISTICS = re.compile(
    r"\b(let me know|rsvp|reply|respond|confirm|are you (free|available)|when (are|would) you|what time|"
    r"(does|would|do) (that|this|any of these|either|one of these) (work|suit))\b",
    _F,
)
# Words that may carry an ask but as often describe something ("the invitation went out", "she is looking
# for"): a sentence with them is the ask only when no sentence asks outright.
_WEAK_REQUEST = re.compile(r"\b(invitation|interested in|looking for)\b", _F)
_NOT_A_TRADE = (
    r"\b(?![\s-]+(?:business(?:es)?|industry|industries|brands?|sector|scene|companies|trade|makers?)\b)"
)
_FORMATS: list[tuple[str, re.Pattern[str]]] = [
    ("podcast", re.compile(r"\b(podcast|episode|livestream|youtube)\b", _F)),
    ("panel", re.compile(r"\b(panel|panelist|keynote|talk|workshop|webinar)\b", _F)),
    (
        "video call",
        re.compile(
            r"\b(zoom|teams|google meet|meet\.google|video call|video chat|webex|(over|by|via|on) video)\b",
            _F,
        ),
    ),
    ("call", re.compile(r"\b(call|phone|ring)\b", _F)),
    ("coffee", re.compile(r"\bcoffee\b", _F)),
    ("lunch", re.compile(r"\blunch\b", _F)),
    ("breakfast", re.compile(r"\bbreakfast\b", _F)),
    ("dinner", re.compile(r"\bdinner\b", _F)),
    # (not a trade: "a newsletter on Milwaukee food and drink business", "the drinks industry")
    (
        "drinks",
        re.compile(
            rf"\b(?<!food and )(?<!food & )(?<!food-and-)(drinks?|beers?){_NOT_A_TRADE}|\bhappy hour\b", _F
        ),
    ),
    (
        "event",
        re.compile(r"\b(conference|summit|mixer|meetup|reception|gala|party|seminar|open house|event)\b", _F),
    ),
    ("meeting", re.compile(r"\b(meet|meeting|get together|sit down)\b", _F)),
]
# What a speaker is asked onto, by its own name: "deliver the keynote" is a keynote, "lead a workshop" a workshop.
# The earliest named in a sentence wins ("give a talk at our workshop" is a talk).
_STAGES: list[tuple[str, re.Pattern[str]]] = [
    ("podcast", re.compile(r"\b(?:podcast|livestream|youtube)\b", _F)),
    ("fireside chat", re.compile(r"\bfireside\b", _F)),
    ("keynote", re.compile(r"\bkeynote\b", _F)),
    # asked to chair a session, not to speak in it: "whether she would moderate our roundtable", "Would you moderate
    # the panel?", "as our moderator" (not "Jane will moderate the panel", "a moderator from our standards team")
    (
        "moderate",
        re.compile(
            r"\b(?:(?:you|she|he)\b[^.?!\n]{0,30}?\bmoderat(?:e|ing)\s+(?:our|the|a|an|this|that)"
            r"|(?:as|be)\s+(?:our|the)\s+moderator)\b",
            _F,
        ),
    ),
    ("panel", re.compile(r"\bpanel(?:ist|list)?s?\b", _F)),
    ("workshop", re.compile(r"\bworkshops?\b", _F)),
    ("webinar", re.compile(r"\bwebinars?\b", _F)),
    ("lecture", re.compile(r"\b(?:guest )?lectures?\b", _F)),
    ("interview", re.compile(r"\binterview(?:ed)?\b", _F)),
    # "talk" the noun, not "talk about": a talk to give, a talk slot, a short talk
    (
        "talk",
        re.compile(
            r"\b(?:give|giving|deliver|a|an|the|your|short|brief|lightning|keynote|guest)\s+"
            # "a 20-minute talk", "a 45 min talk": its length between
            r"(?:(?:\d{1,3}|ten|fifteen|twenty|thirty|forty|forty-five|sixty)[- ]min(?:ute)?s?\s+)?"
            r"talks?\b(?!\s+(?:about|to|with|through)\b)|\btalk slot\b",
            _F,
        ),
    ),
    # asked to help organise the event, not to speak at it: "Co-organise the workshop?", "I'm looking for two
    # co-organisers", "would you co-chair the session?" (not the sender's own: "I'm co-organising a workshop")
    (
        "organise",
        re.compile(
            r"\b(?:you|to)\s+(?:help\s+(?:us\s+|me\s+)?(?:to\s+)?)?(?:co-?organi[sz]e|co-?chair|co-?convene)\b"
            r"|\b(?:as|be|become)\s+(?:an?\s+|one of (?:the|our|my)\s+)?co-?(?:organi[sz]ers?|chairs?|conven[eo]rs?)\b"
            r"|\blooking for (?:an?\s+|one\s+|two\s+|three\s+|a few\s+)?co-?(?:organi[sz]ers?|chairs?|conven[eo]rs?)\b"
            r"|\b(?:you|to) help (?:us |me )?(?:to )?organi[sz]e\b"
            r"|^\s*co-?organi[sz]e\b",
            _F | re.M,
        ),
    ),
    # a school's guest critic at its students' reviews ("join us as a guest critic for the final reviews",
    # "a visiting juror at our end-of-semester crits"): the student work is theirs, the user gives feedback
    (
        "critic",
        re.compile(
            r"\b(?:(?:guest|visiting|invited|external)\s+(?:critics?|jurors?)|(?:final|mid-?semester|end[- ]of[- ]"
            r"(?:year|semester|term))\s+crits?|crit\s+panels?)\b",
            _F,
        ),
    ),
    # asked to read and judge a piece of work, for a journal or a report's authors
    (
        "review",
        re.compile(
            # "peer review" is asked of the reader as a verb ("would you peer-review a paper for us?"), not a
            # journal's own process ("rapid peer review within 7 days", "peer-reviewed proceedings")
            r"\b(?:(?:(?<!subject )to|you|would|could|can|please|kindly)\s+peer[- ]review\b|"
            r"(?:a|as|external)\s+peer[- ]reviewers?\b|review\s+(?:a\s+|the\s+|our\s+|this\s+|my\s+|their\s+)?"
            r"(?:[\w-]+\s+){0,3}?(?:manuscript|paper|report|draft|chapter|article|submission|recommendations|"
            r"section|book|study|protocol)s?|(?:able|willing|agree) to review|(?:excellent|suitable|expert|external)"
            r"\s+(?:reviewer|referee)|act as (?:a |an )?(?:reviewer|referee))\b",
            _F,
        ),
    ),
    # a conference's call for talks to propose: "Call for Proposals now open", "our CFP closes Friday"
    ("proposal", CALL_FOR_TALKS),
    # judging a competition, a jam or awards
    (
        "judge",
        re.compile(
            r"\b(?:judg(?:e|es|ing)\b(?! (?:by|from))|(?:on|join) (?:the|our) (?:jury|judging panel))", _F
        ),
    ),
    # a journalist's ask for a few sentences, and a newsletter that features the reader's work
    (
        "comment",
        re.compile(
            r"\b(?:a (?:short |brief |quick )?comment|a quote (?:for|from)|comment (?:on|for)|comment request|"
            r"request for (?:a )?comment|"
            # a few sentences asked for a piece: "two or three sentences on how your vintage came through", "a
            # line or two about", "a couple of sentences" (not "a line about the vintage" for a post)
            r"(?:two|three|2|3|a few|a couple of|several)(?: or (?:two|three|four|2|3|4))? (?:sentences|lines)"
            r"|a (?:sentence|line) or two)\b",
            _F,
        ),
    ),
    (
        "feature",
        re.compile(
            # what is featured may be a title in quotes: feature your "First 90 days as a VP" series in our issue
            r"\b(?:(?:feature|include)\s+(?:[#\w-]+\s+|[\"\u201c][^\"\u201d\n]{1,60}[\"\u201d]\s+){0,4}?in (?:our|the|this|an?)\s+"
            r"(?:[\w-]+\s+){0,2}?(?:newsletter|bulletin|magazine|issues?|edition|digest|roundup))\b"
            # a publication's call for work to feature: "We're now taking real wedding submissions for our issue"
            r"|\b(?:(?:taking|accepting|open for|inviting)\s+(?:[\w-]+\s+){0,3}submissions|call for submissions)\b",
            _F,
        ),
    ),
    (
        "article",
        re.compile(
            r"\b(?:article|op-ed|guest post|column|piece|essay|\d[\d,]* words)\b"
            # "a 1,200-word feature", "write a feature on ...": a piece to write, not a mention in an issue
            r"|\b\d[\d,]*-word (?:feature|story|report|profile|post)\b|\bwrite (?:a|an|the) (?:[\w,-]+ ){0,3}?feature\b",
            _F,
        ),
    ),
]
_PODCAST = dict(_FORMATS)["podcast"]
_WEBINAR = dict(_STAGES)["webinar"]
# A seller's meeting is a demo whatever it runs on: "a 20-minute demo over Zoom".
_DEMO = re.compile(r"\b(?:demo|demos|demonstration|walk-?through)\b", _F)
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_SHORT_DAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
_MONTH_STEM = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
_MONTH = rf"{_MONTH_STEM}[a-z]*\.?"
_NTH = r"\d{1,2}(?:st|nd|rd|th)?"
_PART = r"(?:morning|afternoon|evening|night|lunchtime)"
# a zone written after a time is part of it: "noon Pacific", "5 pm ET", "14:00 CET", "9am Eastern time",
# "10:00 UTC+2", "14:00 London time"
_ZONE = (
    r"(?:\s?(?:(?:utc|gmt)\s?[+−-]\s?\d{1,2}(?::?\d\d)?(?!\d)|"
    rf"(?:{ZONE_ABBREVIATION})\b|{ZONE_WORD}"
    r"|(?-i:(?:London|Paris|Berlin|Sydney|Melbourne|Auckland|Wellington|Tokyo|Singapore|New York|UK|NZ)\s+time)\b))?"
)
_CLOCK = r"\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)"  # "6pm", "6:30 pm", the British "8.30am"
# ...and a span of them, its meridiem said once or twice: "6-8pm", "6:00 to 9:00 pm", "6pm until 9pm"
_UNTIL = r"(?:\s?[-–]\s?|\s+(?:to|until|till)\s+)"
# ...or on the 24-hour clock: "from 16:00 to 19:00", "16:00-19:00"
_H24 = r"(?:[01]?\d|2[0-3])[:.][0-5]\d"
_HOURS = rf"(?:\d{{1,2}}(?::\d{{2}})?{_UNTIL}{_CLOCK}|{_CLOCK}{_UNTIL}{_CLOCK}|{_H24}{_UNTIL}{_H24}(?!\d)|{_CLOCK})"
# A weekday written before a day of a range, in full or short: "Mon 14 - Tue 15 December".
_RANGE_WEEKDAY = (
    r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?|(?:mon|tues|wednes|thurs|fri|satur|sun)day),?\s+"
)
_RANGE_TO = r"(?:\s*[-–—]\s*|\s+(?:to|until|till|through|thru)\s+)"
# Several days, one event: "14-15 January", "Mon 14 - Tue 15 December", "the 3rd to the 5th of March", "30
# November - 2 December", "January 14-15, 2027" (not "December 10 - 6 to 8 pm", "December 10 - 20 studio owners").
_DAY_RANGE = (
    rf"(?:{_RANGE_WEEKDAY})?(?:the\s+)?{_NTH}{_RANGE_TO}(?:{_RANGE_WEEKDAY})?(?:the\s+)?{_NTH}"
    rf"(?:(?<=st|nd|rd|th)\s+of)?\s+{_MONTH}(?:,?\s+\d{{4}})?"
    rf"|(?:{_RANGE_WEEKDAY})?{_NTH}\s+{_MONTH}{_RANGE_TO}(?:{_RANGE_WEEKDAY})?{_NTH}\s+{_MONTH}(?:,?\s+\d{{4}})?"
    rf"|{_MONTH}\s+{_NTH}(?:\s*[-–—]\s*|\s+(?:to|through)\s+){_NTH}(?![\d:.]|\s*(?:am|pm|a\.m|p\.m)\b"
    r"|\s*(?:[-–]|to\b)\s*\d|\s+(?!(?:at|in|on|and|or|from|for|with|is|are|will|would|was|we)\b)(?-i:[a-z]))"
    r"(?:,?\s+\d{4})?"
)
# One day: "Wednesday, July 16", "next Tuesday", "the 21st", "12 March 2027", "4/15"...
_DATE = (
    rf"(?:{_DAY_RANGE}"
    rf"|(?:next |this )?{_DAY}(?:\s+{_PART})?(?:,?\s+(?:the\s+)?{_NTH}(?![:/\d]|\s*(?:minutes|mins?|hours|%|am\b|pm\b|a\.m|p\.m|[-–]\s*\d)))?"
    rf"(?:,?\s+{_MONTH}(?:\s+{_NTH})?|,?\s+\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?)?(?:,?\s+\d{{4}})?"
    # a weekday written short, only before its date: "Tue 5 Jan", "Thu, Jan 21" (not "sat", "sun" alone)
    rf"|{_SHORT_DAY}\.?,?\s+(?:{_NTH}\s+{_MONTH}|{_MONTH}\s+{_NTH}(?![\d:]))(?:,?\s+\d{{4}})?"
    rf"|{_MONTH}\s+{_NTH}(?![\d:]|\s*(?:minutes|mins?|hours?|hrs?)\b)(?:,?\s+\d{{4}})?|{_NTH}\s+{_MONTH}(?:\s+\d{{4}})?"
    rf"|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?"
    # "any afternoon the week of May 12": a week, not its Monday
    rf"|(?:(?:any ?time|any (?:day|afternoon|morning|evening))\s+)?(?:during\s+)?(?:the\s+)?week of "
    rf"(?:the\s+)?(?:{_MONTH}\s+{_NTH}|{_NTH}(?:\s+{_MONTH})?)"
    r"|(?:in|over) the (?:next|coming) (?:few|couple(?: of)?|two|three|2|3) (?:days|weeks|months)"
    r"|any weekday|tomorrow|tonight|(?:the\s+)?week after next|next week|this week|later this month|next month)"
)
# ... and its hour: "at 2pm PT", "around noon", "from 5pm", ", 6-8pm", "at 6:30 in the evening".
_AT = (
    rf"(?:,?\s+(?:(?:at|from|around|@)\s+(?:{_HOURS}|\d{{1,2}}(?:[:.]\d{{2}})?(?![:.]?\d)(?!\s*(?:per|each|a head|/|%))|noon|midday)"
    rf"|(?:any ?time\s+)?after\s+(?:{_HOURS}|\d{{1,2}}:\d{{2}}|noon|midday)|{_HOURS}"
    # the British list form, a 24-hour time after a comma: "Monday 14 December, 11:00"
    rf"|(?<=,\s)(?:[01]?\d|2[0-3])[:.][0-5]\d(?!\d)){_ZONE}"
    rf"(?:\s+in the {_PART})?|\s+{_PART})?"
)
# "failing that", "if not": a last choice offered after the others ("..., or failing that Monday 4 January")
_FAILING = r"(?:failing that|if not|else|otherwise|alternatively),?"
# one day or hour, or two or three: "Tuesday, May 6 or Thursday, May 8", "Thursday, September 18 – Friday, September 19"
_WHEN = re.compile(
    rf"\b{_DATE}{_AT}(?:(?:,?\s+or\s+(?:{_FAILING}\s+)?{_DATE}{_AT}){{1,2}}|(?<=\d)(?:\s+to|\s+through|\s*[-–—])\s+(?={_DATE}){_DATE}{_AT}(?<=\d))?"
    r"(?![\w/])",
    _F,
)
_TIME = re.compile(r"\b\d{1,2}(?::\d{2})? ?(?:am|pm|a\.m\.|p\.m\.)\b", _F)
_DURATION = re.compile(
    r"\b(\d+(?:\.\d+)?|a few|few|fifteen|twenty|thirty|forty[- ]five|sixty|an?|half an?|one|two|three)[ -]?"
    r"(minutes?|mins?|hours?|hrs?)\b",
    _F,
)
_STREET_SUFFIX = (
    r"(?:St|Street|Ave|Avenue|Blvd|Boulevard|Road|Rd|Way|Drive|Dr|Lane|Ln|Place|Pl|Court|Ct|Pkwy|Parkway|Hwy|Highway|"
    r"Terrace|Loop|Plaza|Square|Broadway)\b\.?"
)
# "410 Pine Street", "1300 SE Stark St", "1022 SW Harvey Milk St", "12375 SW 5th St" (a street suffix required:
# "10 AM", "3 Days" are no addresses).
_STREET_ADDRESS = (
    r"\d{1,5}[ \t]+(?:(?:[NSEW]{1,2}\.?[ \t]+)?(?:(?:[A-Z][\w'-]*|\d+(?:st|nd|rd|th))[ \t]+){0,3}"
    + _STREET_SUFFIX
    + r"|[NSEW]{1,2}\.?[ \t]+(?:[A-Z][\w'-]*|\d+(?:st|nd|rd|th))\b)"  # "1120 SE Division": a quadrant says street
)
_PLACE = re.compile(
    # a name may start small where a capital inside it shows it is one ("at bUm in Berlin-Kreuzberg")
    r"\b(at|in|@)[ \t]+((?:the[ \t]+)?(?:[A-Z]|[a-z]{1,3}(?=[A-Z]))[\w'&-]+(?:[ \t]+(?:[A-Z][\w'&-]+|of|on|and|&|\d+(?:st|nd|rd|th)\b"
    r"|(?<=[Rr]oom )[A-Z0-9]\w*|(?<=Suite )[A-Z0-9]\w*|(?<=Hall )[A-Z0-9]\b|(?<=Level )\d+\b)){0,6}"
    rf"(?:,[ \t]+{_STREET_ADDRESS})?"  # "the Hotel Adeline, 410 Pine Street"
    r"|\d{1,5}[ \t]+(?!(?:AM|PM|A\.M|P\.M|Noon|Midnight|[ECMP][SD]?T|GMT|UTC|Weeks?|Days?|Hours?|Minutes?|Months?|Years?)\b)"
    r"(?:[NSEW]{1,2}[ \t]+)?[A-Z][\w'-]+(?:[ \t]+" + _STREET_SUFFIX + ")?"
    r"(?:,[ \t]+(?:Suite|Room|Floor)[ \t]+\w+)?)",
)
# "Location: The Wexford Club, 200 Market Street", "* **Where:** Revolution Hall": an invitation's own label
# for its place (not "Location: TBD", "Where: we'll decide later").
_LABELLED_PLACE = re.compile(
    r"^[ \t]*(?:[-*•·][ \t]*)?(?:\*\*)?(?:location|where|venue|place|when & where|address)(?:\*\*)?[ \t]*:(?:\*\*)?"
    r"[ \t]*((?-i:[A-Z0-9])[^\n]{1,100}?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# "The venue is Brooklyn Bowl", "our location will be the Wexford Club": a place said in a sentence.
_VENUE_NAMED = re.compile(
    r"\b(?:the|our)[ \t]+(?:venue|location)[ \t]+(?:is|will be)[ \t]+"
    r"((?:the[ \t]+)?(?-i:[A-Z])[\w'&-]*(?:[ \t]+(?:(?-i:[A-Z0-9])[\w'&-]*|of|on|&)){0,5})",
    _F,
)
_PLACEHOLDER = re.compile(
    r"^(?:tbd|tba|tbc|to be\b|n/?a\b|none\b|later\b|online\b|virtual\b|zoom\b|teams\b)", _F
)
_PARENTHESIS = re.compile(r"\s*\([^)]*\)")
# A café named by its street in a coffee or meal proposal: "maybe Heart Coffee on 12th?", "Lardo on Hawthorne".
_VENUE_ON_STREET = re.compile(
    r"(?<![\w'&-])((?:The[ \t]+)?[A-Z][\w'&-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w'&-]*){0,3})[ \t]+on[ \t]+"
    r"(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|May|Zoom|Teams|Slack|LinkedIn|"
    r"Twitter|Instagram|Facebook|YouTube|Series|Your|My|Our|Their|His|Her|The|A|An)\w*\b)"
    r"(?:(?:[NSEW]{1,2}|North|South|East|West)[ \t]+)?(?:[A-Z][\w'-]*|\d+(?:st|nd|rd|th))\b"
)
_NOT_A_VENUE = re.compile(
    r"^(?:congrats|congratulations|notes?|read|more|ping|me|deck|thoughts|panel|summit|session|talk|webinar|"
    r"workshop|breakfast|lunch|dinner|series|post|article|report|update|call|chat|follow|based|working|live)\b",
    _F,
)
_MEAL_FORMATS = frozenset({"coffee", "lunch", "breakfast", "dinner", "drinks"})
_ADDRESS = re.compile(
    rf"(?<![\w$.,-]){_STREET_ADDRESS}(?:,[ \t]+(?:\d+(?:st|nd|rd|th)[ \t]+floor|(?:Suite|Room|Floor)[ \t]+\w+))?"
)
_YEAR_NUMBER = re.compile(r"(?:19|20)\d\d[ \t]+(?![NSEW]{1,2}\b)")
# What names an address on its line: "Revolution Hall, ", "Beaverton City Library, Meeting Room A, ".
_PLACE_PREFIX = re.compile(
    r"(?:(?:The[ \t]+)?[A-Z][\w'&.-]*(?:[ \t]+(?:[A-Z0-9][\w'&.-]*|of|the|at|on|and|&)){0,5},[ \t]+){1,3}$"
)
_TRAILING_DAY = re.compile(
    r"(?:[ \t]+(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?|Jan(?:uary)?|Feb(?:ruary)?|"
    r"Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
    r"\.?)+$"
)
# An address is where to meet when the sender points to it ("at 88 Pearl St", "come by 200 S. Main St", "we're
# at 4410 NW Yeon Ave") or names it on its line ("Revolution Hall, 1300 SE Stark St").
_POINTED_AT = re.compile(
    r"\b(?:at|by|to|is|are|in|@)[ \t]+(?:(?:our|my|the|their|your)[ \t]+[\w-]+(?:[ \t]+[\w-]+)?,[ \t]+|the[ \t]+)?$"
    r"|[:(@][ \t]*$",
    _F,
)
_PS = re.compile(r"^[ \t]*p\.?[ \t]?s\b\.?|(?<=[.!?])[ \t]+p\.[ \t]?s\.", _F | re.MULTILINE)
# A room, by its number or its name: "Room 212", "Conference Room B", "Boardroom 3", "the Lincoln Room", "Hall B".
_ROOM = re.compile(
    r"(?:the[ \t]+)?(?:(?:Room|Suite|Floor|Boardroom|Hall|Level)[ \t]+[A-Z0-9]\w*\b"
    r"|(?:[A-Z][\w'’-]*[ \t]+){1,2}(?:Room|Boardroom|Suite|Lounge)\b(?:[ \t]+[A-Z0-9]\w*\b)?|Boardroom\b)"
)
# Someone's place, after their name: "at Ravi Patel's office", "at Claire's studio".
_PLACE_OF_SOMEONE = re.compile(
    r"[ \t]+(?:office|offices|studio|house|home|place|flat|apartment|shop|store|restaurant|bar|cafe|café|clinic|"
    r"practice|surgery|gallery|workshop|garage|farm|kitchen|garden|desk|table|firm|warehouse|showroom|"
    r"bakery|salon|gym|school|church|yard|barn|lab|bookshop|bookstore)\b"
)
_NOT_PLACE = re.compile(
    rf"^(?:the\s+)?{_DAY}\b"
    rf"|^{_MONTH_STEM}(?:[a-z]*uary|ch|il|e|y|ust|tember|ober|ember)?\.?\b"
    r"|^(?:I|We|You|Our|My|Your|This|That|The End|Zoom|Teams)$",
    _F,
)
_PRICE = re.compile(
    rf"(?:{SIGN}|\b(?:{CODES}) ?)\s?\d[\d,]*(?:\.\d{{2}})?"
    # "$25M ARR", "$2.5 million raised": a company's money, not what the reader pays
    r"(?![\d.]*\s?(?:k|m|mm|b|bn|million|billion|thousand)\b)(?:\s?(?:per|/)\s?\w+)?",
    _F,
)
_FREE = gated(
    re.compile(
        r"\bfree (?:of charge|to attend|admission)\b|\bno (?:cost|charge|fee)\b|\bcomplimentary\b|\bfree\b",
        _F,
    )
)
_FULL_NAME = re.compile(r"[A-Z][\w'.-]*(?:\s[A-Z][\w'.-]*){1,3}")  # Kevin O'Hara, Ana Lucia Ferrer
_CAPITALISED = re.compile(r"^[A-Z0-9][\w'&.-]*(?:\s+(?:[A-Z0-9&][\w'&.-]*|of|and|for|the|de|du))*$")
# Under a title, a phone number, a call to action or a place is no organisation.
_NOT_ORGANISATION = re.compile(r"^[\d(+]|\d{3}|^(book|schedule|click|visit|call|follow|connect|see)\b", _F)
_CAPITALISED_RUN = re.compile(r"[A-Z0-9][\w'&.-]*(?:[ \t]+[A-Z0-9&][\w'&.-]*)*")
# An e-mail names its event in the subject ("Invitation: Women in Fintech Breakfast") or where it invites
# ("invite you to the Gulf Coast Energy Forum", "join us at Design Week Lisbon"): a run of capitalised words.
_TITLED = r"((?:the\s+)?(?:\d{4}\s+)?[A-Z0-9À-ÖØ-Þ][\w'&.-]*(?:\s+(?:[A-Z0-9À-ÖØ-Þ][\w'&.-]*|of|on|for|and|in|the|&|-|–)){0,9})"
_EVENT_IN_SUBJECT = re.compile(
    # One optional run of spaces per part: back to back they made a long blank subject cubic to search.
    r"^(?:(?i:invitation|invite|you'?re invited|you are invited|save the date|join us)\s*"
    r"(?:(?i:to (?:speak|present) at|to|for|at)\b\s*)?(?:[:\-–]\s*)?)" + _TITLED
)
_EVENT_IN_TEXT = re.compile(
    r"\b(?:(?i:invite you to|invite you to attend|invited to attend|invited to|join us (?:at|for)|"
    r"attend|register for|(?:speak|present|talk) at)|(?:keynote|panel|workshop)(?: address)? (?:at|for))\s+"
    + _TITLED
)
# A name read on past a sentence's end: "the CFO Futures Summit 2025. Would you..." (not "St. Louis").
_SENTENCE_AFTER_NAME = re.compile(
    r"(?<!\b[A-Z][a-z])(?<!\b[A-Z])(?<!\bInc)(?<!\bCorp)(?<!\bLtd)(?<!\bLLC)(?<!\bBros)\.\s+[A-Z].*$"
)
# "a panel called "Money Talk for Creative Studios"", "we're calling it Sawdust & Sunshine", "a free webinar,
# "Close Faster: Month-End for Agencies,"".
_EVENT_KIND = (
    r"panel|workshop|session|talk|series|event|evening|night|party|dinner|mixer|meetup|conference|summit|webinar|"
    r"course|class|program|programme|show|podcast|newsletter|gathering|salon|breakfast|lunch|luncheon|"
    r"open house|live|livestream|fireside chat|roundtable"
)
_CALLED = re.compile(
    rf"\b(?i:(?:{_EVENT_KIND})(?:[ \t]+[a-z]+)?,?[ \t]+(?:called|named|titled|entitled)|calling it)[ \t]+"
    r"(?:[\"“]([^\"”\n]{3,80})[\"”]|([A-Z][\w'&-]*(?:[ \t]+(?:[A-Z][\w'&-]*|&|of|and|the|for)){1,6}))"
    rf"|\b(?i:{_EVENT_KIND}),?[ \t]+[\"“]([^\"”\n]{{3,80}})[\"”]"
)
# "I host Small Shop, Big Books, a podcast about...", "I edit The Ledger Line, a weekly newsletter", "producer
# of The Ruth Porter Hour, the small-business finance podcast".
_SHOW = re.compile(
    r"(?:\b(?i:I|we)[ \t]+(?i:host|co-host|edit|run|produce|publish|write)|"
    r"\b(?i:producer|host|co-host|editor|editor-in-chief) of)[ \t]+"
    r"([A-Z][\w'&.-]*(?:,?[ \t]+(?:[A-Z][\w'&.-]*|&|of|and|the|for|on)){0,6}),[ \t]+"
    r"(?i:an?|our|the)[ \t]+(?:[\w-]+[ \t]+){0,5}?(?:podcast|newsletter|show|series|magazine|publication|blog|"
    r"journal|zine|column|radio show|video series|livestream|"
    # "we host Founders After Hours, an evening fireside chat with ..."
    r"fireside chat|talk|event|meetup|mixer|salon|breakfast|dinner|lunch|roundtable|panel|workshop|gathering|"
    r"happy hour)\b(?![ \t]+(?:space|venue|company|agency|firm|studio|planner|planning))"
)
# "our Finance Fridays webinar", "the Taste of the Eastside fundraiser": a name, then what kind of event it is
# in lower case (the kind word itself stays out of the name).
_NAME_BEFORE_KIND = re.compile(
    r"(?<![\w.'&-])((?!(?:Our|The|This|That|Your|My|A|An|Free|Live|Next|Last|Join|Zoom|Teams|Google|Webex|"
    r"LinkedIn|YouTube|Microsoft|Online|Virtual|Annual|Monthly|Weekly|On|Every|Each|Thanks|Thank|Hi|Hello|Hey|"
    r"Dear|Please|Guest|Register|Save|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w'&-]*"
    # the name ends in a capitalised word that is no determiner ("Guest Spot on Our podcast" names none)
    r"(?:[ \t]+(?:(?:&|of|the|and|on)[ \t]+)?(?!(?:Our|Your|My|The|This|That|A|An|Teams)\b)[A-Z][\w'&-]*){0,4}[ \t]+)"
    r"(?:webinar|podcast|series|mixer|meetup|workshop|summit|conference|gala|fundraiser|reception|newsletter|"
    r"luncheon|dinner series|speaker series|fireside chat|happy hour|open house)\b"
)
# "Join us at Olympia Hall": where, not what; a name that ends in a venue's word is no event.
_VENUE_END = re.compile(
    r"\b(?:hall|center|centre|room|hotel|caf[eé]|coffee|roasters|brewing|brewery|taproom|kitchen|bar|"
    r"restaurant|gallery|museum|theat(?:er|re)|building|tower|library|park|provisions|lounge|tavern|inn)$",
    _F,
)
# A video platform is no event's name: "Zoom Webinar", "Teams Meeting".
_PLATFORM = re.compile(
    r"^(?:zoom|(?:microsoft )?teams|google meet|webex|gotomeeting|linkedin|youtube)"
    r"(?: (?:webinar|meeting|call|live|event|session|video call)s?)?$",
    _F,
)
# "heard you speak at the Old Town Business Alliance": a past event, not the one invited to.
_PAST_APPEARANCE = re.compile(
    r"\b(?:(?:heard|saw|watched|caught|enjoyed|loved)[ \t]+you|(?:read|loved|enjoyed|liked|saw|recommended|"
    r"mentioned|praised|shared)[ \t]+(?:your|the))"
    r"[ \t]*(?:[a-z-]+[ \t]+)?$",
    re.IGNORECASE,
)
# "... at the CEN mixer last spring", "at the board dinner you mentioned ...": a place of the past.
_PAST_AFTER = re.compile(
    r"[^.!?\n,;]{0,40}?\b(?:last|past)[ \t]+(?:spring|summer|fall|autumn|winter|year|month|week)\b"
    r"|[^.!?\n,;]{0,40}?\b(?:years?|months?|weeks?)[ \t]+ago\b"
    r"|[ \t]+you[ \t]+(?:mentioned|said|told|spoke|gave|presented|asked)\b",
    re.IGNORECASE,
)
# "Remember at the CEN board dinner ...": a place recalled.
_RECALLED_BEFORE = re.compile(r"\b(?:remember|recall|remembered|recalled)[ \t]*$", re.IGNORECASE)
# "Nadia enjoyed meeting you briefly at the Austin Tech Leaders dinner": where and how they met, not what is
# proposed now.
_MET_BEFORE = re.compile(
    r"\b(?:met|meeting|seeing|saw|chatting with|chatted with|spoke with|speaking with|talking with|talked with)"
    r"[ \t]+you\b[^.!?\n]{0,60}$",
    re.IGNORECASE,
)
# "As promised over dinner last week": an occasion that has been, not the form proposed.
_GONE_BY = re.compile(
    # not "a quick call like last time", "lunch, as last month": the same again is what is proposed
    r"(?![^.!?\n]{0,25}?\b(?:like|as)\s+(?:we did\s+)?(?:last|the other))"
    r"[^.!?\n]{0,25}?\b(?:last (?:week|night|month|year|time)|yesterday|the other (?:day|night|week)|"
    r"earlier this (?:week|month)|\w+ (?:days|weeks|months) ago)\b",
    re.IGNORECASE,
)
_EVENT_NOUN = re.compile(
    r"\b(summit|conference|forum|breakfast|lunch|dinner|gala|happy hour|meetup|mixer|webinar|workshop|festival|"
    r"expo|reception|party|awards|series|bootcamp|retreat|session|night|day|week|fair|showcase|open house|"
    r"hackathon|live|class|course|launch|celebration|social|salon|roundtable|symposium|talk|fundraiser|"
    r"ceremony|tour|games|tournament|club|circle|edition)\b",
    _F,
)
# The first day of a range the name's run took in: "Growth Forum 14" of "Growth Forum 14–15 January".
_FIRST_DAY_AT_END = re.compile(r"\s+\d{1,2}(?:st|nd|rd|th)?$")
_REST_OF_RANGE = re.compile(rf"\s*[-–—]\s*{_NTH}\s+{_MONTH}", _F)
# What a person's possessive names as the event: "Helen Achebe's book launch", "Tom's retirement party".
_OWNED_EVENT = re.compile(r"[ \t]+(?:[a-z-]+[ \t]+){0,2}?" + _EVENT_NOUN.pattern, _F)
# Wherever it stands, a run of capitalised words that ends in what an event is called names one: "the
# Midwest CFO Forum", "SMB Finance Week", "Close the Books Summit". (A community's name is not an event's.)
_NAMED_EVENT = re.compile(
    r"(?<![\w.'&-])((?:\d{4}[ \t]+)?(?!(?:Last|Next|This|That|Every|Each|Our|Your|The|A)[ \t])[A-Z][\w'&-]*"
    r"(?:[ \t]+(?:[A-Z0-9][\w'&-]*|of|on|for|and|in|the|&|-)){0,6}?[ \t]+"
    r"(?:Summit|Conference|Forum|Week|Expo|Gala|Breakfast|Luncheon|Dinner|Meetup|Mixer|Symposium|Series|"
    r"Festival|Awards|Retreat|Workshop|Bootcamp|Roundtable|Salon|Showcase|Fair|Happy Hour|Open House|"
    r"Seminar|Webinar|Masterclass))\b"
    # "the Whitcombe Conference Center" is a place; "the Midwest CFO Forum Tuesday" an event and its day
    r"(?![ \t]+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
    r"June|July|August|September|October|November|December)\b)[A-Z])"
)
# "Join Tom Lee for the Midwest CFO Forum": the name is what follows the last "for", "with", "at" or "to".
_BEFORE_EVENT_NAME = re.compile(r"^.*[ \t](?:for|with|at|to)[ \t]+(?:the[ \t]+)?")
_SUBJECT_TAGS = re.compile(r"^\s*(?:(?:re|fwd?|aw)\s*:\s*|\[[^\]]{1,30}\]\s*)+", _F)
_SUBJECT_TITLE = re.compile(r"^\s*" + _TITLED.replace("|-|–", ""))
_TRAILING_SMALL = re.compile(r"(?:\s+(?:of|on|for|and|in|the|&|-|–))+$")
_EVENT_DATE_TAIL = re.compile(
    r"\s+(?:on|in|at|for|-|–)\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)"
    r"[a-z]*\b).*$"
    # a day or days written after the name: "Retail Futures Summit 14-15 January"
    r"|\s+\d{1,2}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?)?\s+"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b.*$",
    _F,
)
# A sentence's end: a mark and a space, not a title's dot ("Dr. Ellis will host"), or a blank line (one of only
# spaces too); a line break alone ends none (a sentence wrapped over lines). decide.rules.money_sentences alike.
_SENTENCE = SENTENCE_END
_MEETING_WORDS = re.compile(
    r"\b(meet|meeting|coffee|lunch|breakfast|dinner|drinks|call|event|conference|meetup|mixer|reception|"
    r"workshop|webinar|summit|panel|session|venue|held|host|hosts|hosted|hosting|join us|rsvp|register|"
    r"doors open|open house|party|gala)\b",
    _F,
)
# "let me know by December 4": a deadline for the answer, not when to meet.
# ...also with an hour between ("under embargo until 06:00 GMT on Tuesday 1 December": a release, not a meeting)
_DEADLINE = re.compile(
    # ("swing by Sunday", "stop by on Thursday": a visit's day, not a deadline)
    r"\b(?<!swing )(?<!stop )(?<!come )(?<!drop )(?<!pop )(by|before|until|no later than|deadline( is)?)\s*"
    # the hour only with its zone, as a release is written: "before 9am on Tuesday" is still a time to meet
    r"(\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?\s*(?:gmt|utc|bst|cet|et|pt|ist)\s*(?:on\s+)?)?"
    # ..."by the end of next week": the week to answer in
    r"(?:(?:the\s+)?(?:end|close)\s+of\s+)?(the\s+)?$"
    # ...and any hour by which the sender wants an answer: "Can you confirm by 9pm tonight"
    r"|\b(?:confirm|reply|respond|rsvp|let (?:me|us) know|get back to (?:me|us)|register|sign up)\b[\w ,']{0,20}?"
    r"\b(?:by|before|no later than)\s*(?:\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)\s*)?(?:on\s+)?(?:the\s+)?$",
    _F,
)
_NOT_DURATION_BEFORE = re.compile(
    r"\b(within|in under|under|every|per|up to|save[sd]?|saving|over|after|before|last|past|first)\s+$",
    _F,
)
_NOT_DURATION_AFTER = re.compile(
    r"\s*(a|per|each|every)\s+(week|month|day|year)\b|\s*(back|of (your|my|their))\b|"
    # "a 3-minute spotlight pitch", "a 10-minute demo video": a part of it, not how long the meeting is ("a
    # 30-minute video interview" is the meeting)
    r"\s*(spotlight\s+)?(pitch|video(?!\s+(?:call|interview|chat|meeting|conversation))|intro|introduction|"
    r"slot for your|presentation slot)\b",
    _F,
)
_WORKS_AT = re.compile(
    r"(\b(work(?:s|ing|ed)?|employed|based|intern(?:s|ing|ed|ships?)?|studying|student|runs?|teach(?:es)?|"
    r"volunteers?|manages?|leads?|i'?m (a|an|the)|i am (a|an|the))\b[^.?!,;]{0,40}"
    r"|" + _ROLE_WORDS.pattern + r")\s+$",
    _F,
)
# Kinds of organisation named after what qualifies them: "Series A-C startups", "Big Four firms".
_KIND_OF_EMPLOYER = re.compile(
    r"[ \t]+(?:startups|companies|firms|scale-?ups|agencies|banks|businesses|organi[sz]ations|employers)\b",
    _F,
)
_SLASH_PAIR = re.compile(r"(\d{1,2})/(\d{1,2})(?:/\d{2,4})?")
_TEAM = re.compile(
    r"\b(team|webinars?|events?|news(letter)?|notifications?|support|info|hello|hi|no-?reply|noreply|admin|"
    r"office|marketing|sales|partnerships|careers|talent acquisition|community|membership|programs?|via|"
    # ...in Spanish: "Ventas", "Equipo de Ventas", "Atención al Cliente", "Soporte", "Eventos"
    r"ventas|equipo|soporte|atenci[oó]n al cliente|eventos|prensa|contacto)\b",
    _F,
)
_WRAP_WIDTH = 45  # a line this long that goes on in the next was wrapped ("...with Priya\nNatarajan")
_LIST_LINE = re.compile(r"[ \t]*(?:[-•*–·]|\d+[.)])")
_SIGN_OFF_WORDS = re.compile(
    r"(best|kind|warm|many|regards|thanks|cheers|sincerely|yours|all the best)\b", _F
)
_SALUTATION = re.compile(rf"^(?:{GREETING})\b[^,:\n]{{0,40}}[,:]\s+", _F)


@dataclass(frozen=True, slots=True)
class Details:
    sender_name: str = ""
    organisation: str = ""
    role: str = ""
    ask: str = ""
    format: str = ""
    when: str = ""
    duration: str = ""
    place: str = ""
    service_category: str = ""
    event_name: str = ""
    event_date: str = ""
    event_place: str = ""
    cost: str = ""
    attendees: tuple[str, ...] = field(default_factory=tuple)
    work_day: str = ""  # the day of the work a client asks for ("our wedding on Saturday, August 14, 2027")

    def as_rows(self) -> list[tuple[str, str]]:
        rows = [
            ("sender", self.sender_name),
            ("organisation", self.organisation),
            ("role", self.role),
            ("asks", self.ask),
            ("format", self.format),
            ("when", self.when),
            ("duration", self.duration),
            ("place", self.place),
            ("service", self.service_category),
            ("event", self.event_name),
            ("event date", self.event_date),
            ("event place", self.event_place),
            ("cost", self.cost),
            ("attendees", ", ".join(self.attendees)),
            ("work day", self.work_day),
        ]
        return [(name, value) for name, value in rows if value]


# Which facts belong to which kind of invitation: a price in a pitch, a salary or an honorarium is not what
# the user would pay, and a recruiter or a conference does not sell a service the user might already have.
_EVENT_INTENTS = frozenset((Intent.EVENT_INVITATION, Intent.SPEAKING_INVITATION, Intent.COMMUNITY_INVITATION))
_COST_INTENTS = frozenset((Intent.EVENT_INVITATION, Intent.COMMUNITY_INVITATION))
_SERVICE_INTENTS = frozenset((Intent.SALES_PITCH, Intent.CLIENT_INQUIRY, Intent.INTRODUCTION))


# A meeting asked ahead of a day said elsewhere: "Could we find 45 minutes before then?", "a call before that",
# "beforehand".
_BEFORE_THEN = re.compile(
    r"\b(?:before\s+(?:then|that|it|the\s+interview)|beforehand|ahead\s+of\s+(?:then|that|it))\b", _F
)


def extract(message: Message, intent: Intent | None = None) -> Details:
    """The details of a message; with its intent, only those that belong to that kind of invitation (the user
    may be among who attends: `besides_me` leaves them out)."""
    # A forward's details are in what it forwards: "want to go?" over the invitation itself.
    # ...unless the sender's note proposes a meeting of its own ("could we meet Friday at 10am to go over this?"),
    # not when it only speaks of the forwarded one ("I'm going Friday, want to come with?").
    own_meeting = _WHEN.search(message.own_text) and _OWN_MEETING.search(message.own_text)
    forwarded = "" if own_meeting else forwarded_part(message)
    read = f"{message.own_text}\n\n{forwarded}" if forwarded else message.own_text
    own = " ".join(read.split())  # wrapped lines: "next\nTuesday" is one phrase
    text = f"{message.subject}\n{own}"
    costs_text = f"{own} {message.event.description if message.event else ''}"
    sender_name, org, role = sender_identity(message)
    event = message.event
    categories = detect_categories(f"{text}\n{message.signature}")
    if event is not None:
        attendees = tuple(a.name or a.email for a in event.attendees)
    else:
        written = read
        if not written.strip() and message.quoted_text:
            written = message.quoted_text  # a memo under its header block
        attendees = people_named(
            _join_wrapped(written), sender=sender_name or message.from_name, reader=reader_name(written)
        )
        attendees = _named_in_full(attendees, f"{message.subject}\n{written}", message.quoted_text)
        # a mail in another language: its capitalised common words are no one's name ("Sie Lust")
        attendees = tuple(person for person in attendees if not not_a_name(person, written))
    # read whole: a long ask cut for display ("... at the Convention Centre Dubli…") would cut its place too
    ask = ask_sentence(message.own_text, len(read) + 1) or ask_sentence(read, len(read) + 1)
    shown_ask = ask if len(ask) <= _ASK_SHOWN else ask[: _ASK_SHOWN - 1].rstrip() + "…"
    # What is proposed is said where the sender asks; elsewhere a date, a place or a meal is as likely the
    # past ("at the board dinner you mentioned") or the sender's employer ("a planner at BrightPath").
    proposal = _proposal_sentences(own, ask)
    # a client's day for the work ("our wedding is Saturday, August 14") is the job's, not a time to meet
    work_day, meet_own, meet_ask, meet_proposal, meet_subject = "", own, ask, proposal, message.subject
    if intent is Intent.CLIENT_INQUIRY:
        work_day = _when(_work_day_sentences(f"{message.subject}\n{own}"), things=False)
        meet_own, meet_ask, meet_proposal, meet_subject = (
            _without_work_days(part) for part in (own, ask, proposal, message.subject)
        )
    when = _listed_times(message.own_text) or _with_alternatives(
        # a day that names a thing ("the Sunday supplement") only where no sentence names a day to meet; where the
        # ask names none, the times offered just after it, else the date of a sentence that names a meeting or an
        # event ("an open house for Saturday, January 23") before one that only tells news ("We open the second
        # office on February 1!")
        _in_the_week_asked(asked_when := _when(meet_ask, things=False), meet_own, meet_ask)
        or asked_when
        or _times_offered_after(meet_own, meet_ask)
        or _dated_only(_when(_meeting_sentences(meet_proposal), things=False))
        or _when(meet_proposal, things=False)
        # ...and a thing's day only where the ask proposes it ("Would you come to our Friday show?"): a thing
        # only mentioned ("since Tuesday's board meeting", "thanks for coming to our Friday show") has its own day
        or _when(meet_ask),
        meet_own,
    )
    if not when or not _DATED.search(when):
        # "Re: Speaker for our workshop - Saturday, January 16" answered "let me know if the 16th still works": the
        # subject keeps the date the body only points at
        dated = _when(meet_subject, things=False)
        # a reply's subject names what was said before, unless the body points at its day ("the 16th")
        points = _THE_NTH.search(own) is not None or (not when and not _REPLY_SUBJECT.match(message.subject))
        when = dated if _DATED.search(dated) and points else when
    when = _day_chosen_in_span(when, meet_own)
    if when and _DATED.search(when) and (slot := _slot_day(meet_own)):
        # "running March 5-7 ... The slot we have in mind is Saturday, March 6 at 1:00 pm": the user's own day
        when = slot
    if when and _DATED.search(when) and not _AN_HOUR_IN.search(when):
        # "... on 28 January 2027. Your slot would be 15:00 CET": the hour of the user's own slot, said apart
        # ...or the hour they keep for that weekday, said in a sentence of its own ("We record on Thursdays at
        # 6pm GMT. Thursday 10 December would be ideal.")
        # ...or the hour the ask itself gives the user's part, its day said in another sentence ("The summit takes
        # place on Thursday 4 February 2027 ... We'd love to have you on our panel from 14:00 to 15:00")
        when += _slot_hour(meet_own) or _ask_hour(meet_ask) or _weekday_hour(when, meet_own)
    if (
        when
        and intent not in _EVENT_INTENTS
        and _BEFORE_THEN.search(meet_ask)
        and not _when(meet_ask, things=False)
    ):
        # "the final panel interview is on December 17. Could we find 45 minutes before then?": the day is what the
        # meeting comes before, not its own (an event's or a talk's own call beside it is read by side_meeting)
        when = ""
    if when and intent not in _EVENT_INTENTS and message.date is not None:
        # "Could we find 45 minutes before my interview on Dec 17?": the day it is needed by, not the day to meet
        written_on = message.date.date()
        need = needed_by(meet_own, written_on)
        when = "" if need is not None and named_day(when, written_on) == need else when
    if event is not None:
        event_name = event.summary
    else:
        # "Join us at Blue Bottle Coffee" names a café when it is a coffee chat.
        named = intent is None or intent in _EVENT_INTENTS
        event_name = (
            _event_name(
                message.subject,
                own,
                intent is Intent.EVENT_INVITATION,
                is_group=intent is Intent.COMMUNITY_INVITATION,
            )
            if named
            else ""
        )
    # a reply's subject names what was said before ("Re: Great meeting you at the mixer"), not what is proposed
    subject_first = not _REPLY_SUBJECT.match(message.subject)
    fmt = _format(
        event is not None, intent, ask, *((message.subject, own) if subject_first else (own, message.subject))
    )
    place = _place_of(read, own, ask, proposal, org, event_name, intent, fmt, sender_name)
    if event is not None:
        event_date = f"{event.start:%a %d %b %Y %H:%M}" if event.start else ""
        event_place = event.location
        when, place = event_date or when, event_place or place
    else:
        event_date, event_place = (when, place) if event_name else ("", "")
    # not a fee the sender says they cannot pay ("We can't pay the $500 honorarium"): no cost to anyone
    price = first_fee_paid(_PRICE, costs_text)
    cost = (" ".join(price.group(0).split()).rstrip(",.;:") if price else "") or _first(_FREE, costs_text)
    service = categories[0][0] if categories else ""
    if intent is not None:
        cost = cost if intent in _COST_INTENTS or event is not None else ""
        service = service if intent in _SERVICE_INTENTS else ""
    return Details(
        sender_name=sender_name,
        organisation=org,
        role=role,
        ask=shown_ask,
        format=fmt,
        when=when,
        duration=_duration(ask) or _duration(proposal) or _duration(own),
        place=place,
        service_category=service,
        event_name=event_name,
        event_date=event_date,
        event_place=event_place,
        cost=cost,
        attendees=attendees,
        work_day=work_day,
    )


def besides_me(details: Details, message: Message, me: Sequence[str]) -> Details:
    """`details` (as `extract` read them) without the user (`me`: their name and address) among who attends: the
    calendar lists its invitee ("ATTENDEE;CN=Tomás Ferreira"), and a letter may name whom it writes to in full."""
    return replace(details, attendees=_besides(details.attendees, message, me))


def _besides(attendees: tuple[str, ...], message: Message, me: Sequence[str]) -> tuple[str, ...]:
    """Who attends, less the user: by name, or by address where the calendar lists them ("ATTENDEE;CN=Tomás
    Ferreira:mailto:tomas@casaferreira.pt")."""
    mine = {fold(" ".join(said.split())) for said in me if said.strip()}
    if not mine:
        return attendees
    listed = message.event.attendees if message.event is not None else ()
    theirs = {fold(a.name or a.email) for a in listed if fold(a.email) in mine}
    return tuple(person for person in attendees if fold(person) not in mine | theirs)


# The day of the work a client asks for: their wedding, shoot or event ("we're getting married Sept 18 2027", "our
# engagement session on Saturday", "do you have that date open?"), in a sentence that asks for no call or meeting.
_WORK_OCCASION = re.compile(
    r"\b(?:wedding|married|marry(?:ing)?|ceremony|elop\w*|(?:engagement|portrait|family|newborn|photo|headshot)s? "
    r"sessions?|(?:photo ?)?shoot|party|celebration|gala|our event|the event|our (?:big )?day|the big day|"
    r"(?:our|the|that|this) date|"
    # a professional's job: "a confirmed project ... starting around 14 December", "depositions in mid-January"
    r"start(?:s|ing)? (?:on|around|from|in|by)|kick(?:s|ing)? off|deliver(?:y|ies)|hearings?|depositions?)\b",
    _F,
)
# A sentence that asks to talk at its time proposes a meeting, whatever occasion it talks about ("Would Thursday,
# December 10 at 2pm work for you to talk through our wedding plans?").
_TO_MEET = re.compile(
    r"\b(?:call|chat|coffee|meet(?:ing)?|zoom|consult(?:ation)?|discuss|catch up|video|phone|walkthrough|"
    r"tour|visit|talk(?:ing)?|speak(?:ing)?|go(?:ing)? (?:over|through)|"
    r"(?:walk(?:ing)?|run(?:ning)?) (?:\w+ )?through|(?:hop|jump) on|get together|sit down|connect)\b",
    _F,
)


def _is_work_day_sentence(sentence: str) -> bool:
    return bool(_WHEN.search(sentence) and _WORK_OCCASION.search(sentence) and not _TO_MEET.search(sentence))


def _work_day_sentences(text: str) -> str:
    """The sentences of a client's message that name the day of the work they ask for."""
    return " ".join(s for s in SENTENCE_OR_LINE.split(text) if _is_work_day_sentence(s))


def _without_work_days(text: str) -> str:
    """`text` without the sentences that name the day of a client's work: what is left may propose a time."""
    return " ".join(s for s in SENTENCE_OR_LINE.split(text) if not _is_work_day_sentence(s))


def _named_in_full(people: tuple[str, ...], text: str, headers: str = "") -> tuple[str, ...]:
    """A first name alone as the full name the message gives elsewhere ("Priya" of "Intro: Dana Reyes <>
    Priya Natarajan"), or the headers of what it forwards or quotes give ("From: Priscilla Tanaka <...>"),
    where they give exactly one."""
    if all(" " in person for person in people):
        return people
    full = [name for name in people_named(text) if " " in name]
    # ...or a forwarded header names them: "From: Priscilla Tanaka <ptanaka@...>" under "a call with Priscilla"
    full += [found.group(1) for found in _HEADER_NAME.finditer(headers[:20_000])]
    named = []
    for person in people:
        same = {name for name in full if name.split()[0] == person} if " " not in person else set()
        named.append(same.pop() if len(same) == 1 else person)
    return tuple(dict.fromkeys(named))


_HEADER_NAME = re.compile(
    r"^[ \t>]*(?:From|To|Cc)[ \t]*:[ \t]*\"?([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,3})\"?[ \t]*<",
    re.MULTILINE,
)
_ASK_SHOWN = 200  # characters of the ask `kindly show` lists


def ask_sentence(text: str, limit: int = _ASK_SHOWN) -> str:
    """The sentence in which the sender asks for something, in their words: a question that asks ("Do you
    have room for an associate?"), then a request ("We'd love you to join the panel"), then how to answer
    ("let me know by Friday"), then any question or weaker words ("Remember the dinner?")."""
    sentences = [_SALUTATION.sub("", " ".join(s.split())) for s in _SENTENCE.split(text) if s and s.strip()]
    requests = [s for s in sentences if _REQUEST.search(s)]
    inviting = [s for s in requests if not _LOGISTICS.search(s)]
    found = (
        next((s for s in inviting if s.endswith("?")), None)
        or next(iter(inviting), None)
        or next(iter(requests), None)
        or next((s for s in sentences if s.endswith("?") or _WEAK_REQUEST.search(s)), "")
    )
    return found if len(found) <= limit else found[: limit - 1].rstrip() + "…"


# The sender's own meeting asked beside another ask ("I'd also love to introduce you to Sam"): "Would you join me
# for lunch next week?", "Could we grab a coffee first?", "Let's have lunch - my treat"; not a meeting of the
# people introduced ("you two should grab a coffee", "over lunch with her").
_A_MEAL_OR_MEETING = re.compile(r"\b(?:lunch|coffee|breakfast|dinner|drinks?|catch up|meet|call)\b", _F)
_WITH_THE_SENDER = re.compile(
    r"\b(?:join (?:me|us)|with (?:me|us)|(?:could|can|shall|should) we|let'?s|(?:my|our) treat|on (?:me|us)|"
    r"meet (?:me|us)|(?:take|buy|treat) you)\b",
    _F,
)
_FOR_THE_OTHERS = re.compile(
    r"\b(?:you two|you both|both of you|the two of you|with (?:him|her|them)|introduc\w*|connect\w*)\b", _F
)


def _sentences_of(text: str) -> Iterator[str]:
    """The sentences of a sender's text (its opening 20,000 characters), each on one line, without a greeting."""
    for part in _SENTENCE.split(text[:20_000]):
        if sentence := _SALUTATION.sub("", " ".join((part or "").split())):
            yield sentence


def _is_an_ask(sentence: str) -> bool:
    return sentence.endswith("?") or _REQUEST.search(sentence) is not None


def meeting_with_the_sender(text: str) -> str:
    """The sentence in which the sender asks the user to meet them ("Would you join me for lunch next week?"),
    in their words; "" where none does."""
    for sentence in _sentences_of(text):
        if (
            _is_an_ask(sentence)
            and _A_MEAL_OR_MEETING.search(sentence)
            and _WITH_THE_SENDER.search(sentence)
            and not _FOR_THE_OTHERS.search(sentence)
        ):
            return sentence
    return ""


# The sender's own short meeting asked beside an event or a talk ("Could you come to the open house? And if you
# have 30 minutes before then, I'd love to pick your brain on referral letters"): a call, a coffee or some minutes
# of the reader's, with the sender, on a matter of its own - not a call to plan the event itself ("a call to talk
# it through", "to go over the details") nor the event's own meal ("Would you join us for dinner after the talk?").
_SIDE_MEETING = re.compile(
    r"\b(?:pick your brain|(?:a )?(?:quick |short )?(?:call|coffee|chat|catch[- ]up)|"
    r"(?:\d+|a few|fifteen|twenty|thirty|half an hour|an hour)[- ]?(?:minutes?|mins?)?\b(?= (?:before|first|"
    r"beforehand|sometime|to spare|free)))",
    _F,
)
_SENDER_ASKS = re.compile(
    r"\b(?:pick your brain|(?:with|to) me\b|(?:I'?d|I would) (?:love|like) to (?:pick|hear|ask|get|grab|chat|talk|"
    r"have)|could we|can we|shall we|let'?s)",
    _F,
)
_ABOUT_THE_EVENT_ITSELF = re.compile(
    r"\b(?:(?:talk|go|walk|think) (?:it|this|that|things) (?:through|over)|go over|the details|logistics|plan(?:ning)? "
    r"(?:it|the)|prep\w*|brief(?:ing)?|run[- ]through|rehears\w*|introduc\w*|you two|you both|join us|with us|"
    r"the (?:format|agenda|topic|questions|outline|episode|session|talk|panel)|tech(?:nical)? check|sound check|"
    r"us for)\b",
    _F,
)


# A call the sender asks for before the thing they propose, to plan it: "Happy to have a call first to talk menus",
# "a quick chat beforehand", "a call before then" - the call's time is soon, not in the thing's own stretch ("late
# February or early March") nor at its meal.
_CALL_FIRST = re.compile(
    r"\b(?:call|chat|catch[- ]up|zoom|video call|phone call)\s+(?:first|beforehand|before (?:then|that|we \w+))\b",
    _F,
)


def call_first(text: str) -> bool:
    """Whether the sender asks for a call before the thing they propose ("Happy to have a call first to talk
    menus")."""
    return _CALL_FIRST.search(" ".join(text.split())) is not None


# ...or a meeting before it offered, by the sender or the one they write for: "Dr. Okafor would be glad to meet
# you beforehand if you have questions", "I'd be happy to have a coffee with you before then" - an offer to meet
# ahead of something else, so never the mail's only ask.
_MEETING_OFFERED_BEFORE = re.compile(
    r"\b(?:would|will|'d|’d|'ll|’ll)\s+be\s+(?:very\s+)?(?:glad|happy|delighted|pleased|keen)\s+to\s+"
    r"(?:meet|have\s+(?:a\s+)?(?:quick\s+|short\s+)?(?:call|chat|coffee)\s+with|chat\s+with|talk\s+with|speak\s+with)"
    r"\s+you\s+(?:\w+\s+)?(?:beforehand|before\s+(?:then|that|the\s+\w+)|first)\b",
    _F,
)


def side_meeting(text: str) -> str:
    """The sentence in which the sender of an invitation to an event or a talk also asks the reader to meet them
    on a matter of its own ("And if you have 30 minutes before then, I'd love to pick your brain on how you set
    up the referral letters"), or offers a meeting ahead of it ("Dr. Okafor would be glad to meet you beforehand
    if you have questions"), in their words; "" where none does, or where it is the mail's only ask."""
    asked_before = False
    for sentence in _sentences_of(text):
        if _MEETING_OFFERED_BEFORE.search(sentence) and not _ABOUT_THE_EVENT_ITSELF.search(sentence):
            return sentence
        ask = _is_an_ask(sentence)
        if (
            asked_before
            and ask
            and _SIDE_MEETING.search(sentence)
            and _SENDER_ASKS.search(sentence)
            and not _ABOUT_THE_EVENT_ITSELF.search(sentence)
        ):
            return sentence
        asked_before = asked_before or ask
    return ""


# An event the reader is asked to come to ("I'm planning a family open house for Saturday, January 23 ... Could
# you come for an hour?"), read before a call of the sender's own asked beside it.
_COME_TO = re.compile(
    r"\b(?:(?:could|would|can|will) you (?:be able to |like to |be willing to )?(?:come|join|attend|be there|stop by|"
    r"drop by|have a table|take part)|(?:please )?join us|hope (?:you can|to see you)|love (?:to have|to see) you)\b",
    _F,
)
_AN_EVENT = re.compile(
    r"\b(?:open house|fair|festival|reception|launch|party|gala|mixer|meetup|conference|summit|workshop|showcase|"
    r"celebration|fundraiser|expo|ribbon[- ]cutting|grand opening|open day|health day|symposium|seminar)\b",
    _F,
)


def event_beside_meeting(text: str) -> bool:
    """Whether the sender asks the reader to come to an event and, after it, for a call of their own ("I'm
    planning a family open house for Saturday, January 23 ... Could you come for an hour? And if you have 30
    minutes before then, I'd love to pick your brain"): the event is the ask, the call its second."""
    side = side_meeting(text)
    if not side:
        return False
    flat = " ".join(text.split())
    head = flat[: flat.find(side)] if side in flat else flat
    return bool(_COME_TO.search(head) and _AN_EVENT.search(head) and _DATED.search(head))


# A sentence that offers the sender's own times: "I'm free Tuesday 8 December at 11:00 or ...", "How about ...?"
_OFFERS_TIMES = re.compile(
    r"\b(?:(?:i|we)(?:'m|'re| am| are|'ll be| will be)\s+(?:free|available|around)|how about|what about|"
    r"(?:works?|suits?) (?:well )?(?:for )?(?:me|us))\b",
    _F,
)


# "Would Tuesday at 10am work for you?", "Are you free on Tuesday at 10am?", "How about Tuesday at 10am?"
_ASKS_ABOUT_A_TIME = re.compile(
    r"\b(?:would|does|will|could)\s+(?:\w+\s+){1,4}(?:work|suit)\b|\bare\s+you\s+(?:free|available|around)\b"
    r"|\b(?:how|what)\s+about\b",
    _F,
)


def _in_the_week_asked(asked_when: str, own: str, ask: str) -> str:
    """ "Could we have a call next week? Would Tuesday at 10am work for you?": the weekday and hour the sentence
    after the ask puts to the user, in the week the ask said ("next Tuesday at 10am"); "" otherwise."""
    if not _NEXT_WEEK.fullmatch(asked_when) or not (head := ask.rstrip("…")):
        return ""
    sentences = [s for s in _SENTENCE.split(own) if s]
    for at, sentence in enumerate(sentences[:-1]):
        if head in sentence:
            after = sentences[at + 1]
            offered = _when(after, things=False) if _ASKS_ABOUT_A_TIME.search(after) else ""
            alone = _A_WEEKDAY_ALONE.match(offered) and not _DATED.search(offered) and _TIME.search(offered)
            return f"next {offered}" if alone else ""
    return ""


def _times_offered_after(own: str, ask: str) -> str:
    """The days the sentence just after the ask offers as the sender's times ("Could we have a 20-minute call to talk
    it through? I'm free Tuesday 8 December at 11:00 or Wednesday 9 December at 15:00"): the ask's own times,
    before any day the rest of the mail names (the event the call is about)."""
    head = ask.rstrip("…")
    if not head:
        return ""
    sentences = [s for s in _SENTENCE.split(own) if s]
    for at, sentence in enumerate(sentences[:-1]):
        if head in sentence:
            after = sentences[at + 1]
            offered = _when(after, things=False) if _OFFERS_TIMES.search(after) else ""
            # a day or an hour they name, not "I'm free to chat any time this week"
            return offered if _DATED.search(offered) or _TIME.search(offered) else ""
    return ""


def _proposal_sentences(own: str, ask: str) -> str:
    """The sentences that propose a time or a venue: the ask, and those that name a meeting or event."""
    head = ask.rstrip("…")
    sentences = [
        s
        for s in _SENTENCE.split(own)
        if s and ((head and head in s) or _MEETING_WORDS.search(s) or _WHEN.search(s))
    ]
    return " ".join(sentences)


def _meeting_sentences(text: str) -> str:
    """The sentences of `text` that name a meeting or an event."""
    return " ".join(s for s in _SENTENCE.split(text) if s and _MEETING_WORDS.search(s))


def _dated_only(when: str) -> str:
    """`when` where it names a date ("Saturday, January 23"), not a weekday alone ("the first Wednesday of each
    month": the dated next one may be in another sentence)."""
    return when if _DATED.search(when) else ""


# A weekday that opens or closes a span of weekdays: "Tuesday to Friday", "Monday through Thursday", "Tue-Fri".
_A_WEEKDAY = rf"(?:{_DAY}|{_SHORT_DAY})\b\.?"
# A dash spans days only written tight ("Tue-Fri"): "Tuesday at 3pm - Friday is booked" is two clauses.
_SPAN_TO_A_DAY = re.compile(rf"(?:\s*(?:to|through|thru|till|until)\s*|[-–]){_A_WEEKDAY}", _F)
_SPAN_FROM_A_DAY = re.compile(rf"\b{_A_WEEKDAY}(?:\s*(?:to|through|thru|till|until)\s*|[-–])$", _F)
# ...and a day moved is no span: "move our call from Tuesday to Thursday", "Can we push Monday to Wednesday?"
_MOVED_FROM = re.compile(
    r"(?:\bfrom|\b(?:move|moving|moved|push|pushing|pushed|shift|shifting|change|changing|reschedul\w*|swap|"
    r"swapping|bring|bringing)\b[^.!?\n]{0,25})\s+$",
    _F,
)


def _when(text: str, things: bool = True) -> str:
    """The first day or time the text proposes; where a weekday recurs, its next dated one ("on the first
    Wednesday of each month ... Our next one is Wednesday 2 December at 7:30"); a weekday naming a thing ("our
    Friday show") only where nothing else is, and with `things`."""
    found_days = []
    named_only = []  # "our Friday culture show": a weekday naming a thing, a day only if nothing else is
    weeks = []  # "I'm in Madrid the week of 7 December - coffee on Tuesday 8 December?": the day, where one is named
    # "Monday doesn't work for me after all - could we do Wednesday at 10am?": a day they cannot do is none proposed
    days_out = [found.span("day") for pattern in THEIR_DAY_OUT for found in pattern.finditer(text)]
    for match in _WHEN.finditer(text):
        if any(start <= match.start() < end for start, end in days_out):
            continue
        # "..., or failing that Monday 4 January" is one more choice, written as the others are
        found = re.sub(rf",?\s+or\s+{_FAILING}\s+", " or ", " ".join(match.group(0).split())).rstrip(",.;:")
        if _is_date_like(found) and not _DEADLINE.search(text, max(0, match.start() - 30), match.start()):
            # "Tuesday's board meeting": a weekday that owns a thing names that thing's day, not one proposed
            owns = text[match.end() : match.end() + 2] in ("'s", "’s")
            if _A_THINGS_DAY.match(found) and (
                owns
                or any(  # this weekday names the thing, not another one near it
                    thing.start() <= match.start() < thing.end()
                    for thing in _NAMES_A_THING.finditer(text, max(0, match.start() - 6), match.end() + 20)
                )
            ):
                named_only.append(found)
                continue
            if _A_WEEK.match(found):
                weeks.append(found)
                continue
            if _GOES_OUT.search(text, max(0, match.start() - 40), match.start()):
                # "a programme ... for broadcast on Tuesday 19 January": the day the show goes out, not the day
                # to record or meet, which another sentence may name ("The recording would be ... on Tuesday 8
                # December at 14:00")
                named_only.append(found)
                continue
            if _EVERY.search(text, max(0, match.start() - 20), match.start()) and not _DATED.search(found):
                named_only.append(found)  # "episodes go out every other Wednesday": a habit, no day to meet
                continue
            if (
                not _DATED.search(found)
                and not (_TIME.search(found) or _NOON.search(found))  # "Tuesday at 3pm" is a time proposed
                and (
                    _SPAN_TO_A_DAY.match(text, match.end())
                    or _SPAN_FROM_A_DAY.search(text, max(0, match.start() - 20), match.start())
                )
                and not _MOVED_FROM.search(text, max(0, match.start() - 40), match.start())
            ):
                # "any day Tuesday to Friday", "Mon-Thu": the days they keep, no day proposed ("move our call from
                # Tuesday to Thursday" is a move, read as it was)
                continue
            # a day with no hour of its own takes the one said just before or after it
            own_hour = _TIME.search(found) or _NOON.search(found)
            beside = "" if own_hour else _hour_before(text, match.start()) or _hour_after(text, match.end())
            found_days.append(found + beside)
            if _DATED.search(found):
                # "Our festival runs from 16 to 25 April ... a talk on Sunday 18 April at 16:00": the day of the
                # reader's own part, inside the event's days, rather than its first day
                # ("Dec 8-12" read as its first day: the span is the text's)
                span = _SPAN_OF_DAYS.match(text, match.start())
                said, end = (span.group(0), span.end()) if span else (found, match.end())
                found_days[-1] = _day_within(text, end, said) or found_days[-1]
                break
    if not found_days and not weeks and named_only and not things:
        return ""  # only a thing's day here: another sentence may name the day to meet (a week named is one)
    found_days = _in_the_week_said(found_days or weeks or named_only)
    if found_days:
        recurring = _RECURRING.search(text)
        weekday = (recurring.group("weekday") or recurring.group("weekdays")).lower() if recurring else ""
        # the next one of the recurring day ("every Thursday ... Thursday 10 December"), not another dated day
        # ("first Tuesday of the month ... next one is Tue 5 Jan": the weekday may be written short)
        dated = [
            day
            for day in found_days
            if _DATED.search(day) and weekday and re.search(rf"\b{weekday[:3]}", day, re.IGNORECASE)
        ]
        if not dated and _A_THINGS_DAY.match(found_days[0]):
            # "a Friday Late on Friday 12 February": the weekday alone names the thing, its dated one the day
            first = found_days[0].lower()
            dated = [day for day in found_days[1:] if _DATED.search(day) and day.lower().startswith(first)]
        if dated and recurring and not (_TIME.search(dated[0]) or re.search(_H24, dated[0])):
            # "first Tuesday of the month at 21:00 SGT ... next one is Tue 5 Jan": the next one meets at the hour
            # they all do
            # ...said after it, or before it ("We record at 6pm GMT on Thursdays; Thursday 10 December would be
            # ideal")
            hour = _RECURRING_HOUR.match(text, recurring.end()) or _RECURRING_HOUR_BEFORE.search(
                text, max(0, recurring.start() - 60), recurring.start()
            )
            return dated[0] + (f" at {' '.join(hour.group('hour').split())}" if hour else "")
        return dated[0] if dated else found_days[0]
    # an hour alone, unless it is when an answer is due ("confirm by 9pm tonight")
    hours = (m for m in _TIME.finditer(text) if not _DEADLINE.search(text, max(0, m.start() - 30), m.start()))
    found_hour = next(hours, None)
    return " ".join(found_hour.group(0).split()).rstrip(",.;:") if found_hour else ""


_NEXT_WEEK = re.compile(r"next\s+week", _F)
_A_WEEKDAY_ALONE = re.compile(rf"{_DAY}\b", _F)


def _in_the_week_said(found_days: list[str]) -> list[str]:
    """ "Could we have a call next week ... Would Tuesday at 10am work?": the weekday and hour they go on to name,
    in the week they said ("next Tuesday at 10am"), first; else `found_days` as they are."""
    if len(found_days) < 2 or not _NEXT_WEEK.fullmatch(found_days[0]):
        return found_days
    for day in found_days[1:]:
        if _A_WEEKDAY_ALONE.match(day) and not _DATED.search(day) and _TIME.search(day):
            return [f"next {day}", *found_days]
    return found_days


# Several days of one month: "16 to 25 April", "the 3rd to the 5th of March", "March 9-11".
_SPAN_OF_DAYS = re.compile(
    rf"\b(?:the\s+)?(?P<first>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:to|through|until|-|–)\s*(?:the\s+)?(?P<last>\d{{1,2}})"
    rf"(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_MONTH})|(?P<month2>{_MONTH})\s+(?P<first2>\d{{1,2}})\s*[-–]\s*"
    r"(?P<last2>\d{1,2})\b",
    _F,
)
_ONE_DAY = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_MONTH})|(?P<month2>{_MONTH})\s+(?P<day2>\d{{1,2}})\b",
    _F,
)


def _day_chosen_in_span(when: str, own: str) -> str:
    """Where `when` is the first day of several the mail names ("I'm in LA Dec 8-12 ... plan over coffee"), the
    one day inside them it goes on to ask for ("Tuesday the 8th at 1pm near you?"); else `when` as it is."""
    if not when or _SPAN_OF_DAYS.search(when):
        return when
    for span in _SPAN_OF_DAYS.finditer(own):
        said = span.group(0)
        if said.lower().startswith(when.lower()) and not said[len(when) : len(when) + 1].isdigit():
            return _day_within(own, span.end(), span.group(0)) or when
    return when


_NTH_OF_THE_SPAN = re.compile(r"\bthe\s+(?P<day>\d{1,2})(?:st|nd|rd|th)\b", _F)


def _day_within(text: str, after: int, span_said: str) -> str:
    """The first single day named after `after` (with its hour) that falls inside the event's several days
    `span_said` ("16 to 25 April": "Sunday 18 April at 16:00"); "" where there is none, or `span_said` names one
    day only."""
    span = _SPAN_OF_DAYS.search(span_said)
    if span is None:
        return ""
    first, last = (
        int(span.group("first") or span.group("first2")),
        int(span.group("last") or span.group("last2")),
    )
    month = (span.group("month") or span.group("month2")).lower()[:3]
    for match in _WHEN.finditer(text, after):
        found = " ".join(match.group(0).split()).rstrip(",.;:")
        day = _ONE_DAY.search(found)
        # "I'm in LA Dec 8-12 ... Tuesday the 8th at 1pm near you?": a day of the month alone is one of the span's
        nth = None if day else _NTH_OF_THE_SPAN.search(found)
        if (day is None and nth is None) or _SPAN_OF_DAYS.search(found) or " or " in found:
            continue
        if _DEADLINE.search(text, max(0, match.start() - 30), match.start()):
            continue  # "please confirm by 18 April": a day to answer by, not the day of the reader's part
        day_month = (day.group("month") or day.group("month2")).lower()[:3] if day else month
        number = int(day.group("day") or day.group("day2")) if day else int(nth.group("day")) if nth else 0
        if day_month == month and first <= number <= last:
            own_hour = _TIME.search(found) or _NOON.search(found)
            return found + (
                "" if own_hour else _hour_before(text, match.start()) or _hour_after(text, match.end())
            )
    return ""


# The hour of the user's own part, said in a sentence of its own: "Your slot would be 15:00 CET", "your talk starts
# at 2pm", "The recording is at 10:00 GMT" (not "doors open at 6pm", whose hour is everyone's).
_SLOT_HOUR = re.compile(
    r"\b(?:your|the|my)\s+(?:\w+\s+)?(?:slot|session|talk|keynote|panel|recording|interview|time\s?slot)\s+"
    r"(?:would\s+be|will\s+be|is|starts|begins|would\s+start|will\s+start|runs)\s+(?:at\s+|from\s+)?"
    rf"(?P<hour>(?:{_HOURS}|{_H24}){_ZONE})(?![\w:])",
    _F,
)
_AN_HOUR_IN = re.compile(rf"\d{{1,2}}\s?(?:am|pm|a\.m\.|p\.m\.)|{_H24}|\bnoon\b|\bmidday\b", _F)


# The day of the user's own part, said of it: "The slot we have in mind is Saturday, March 6 at 1:00 pm", "your
# session would be on Thursday 22 April at 10:00", "Your talk is scheduled for 14 May" - within an event of several
# days ("running March 5-7"), the one the user is asked for.
_SLOT_DAY = re.compile(
    r"\b(?:your|the|my)\s+(?:\w+\s+)?(?:slot|session|talk|keynote|panel|workshop|presentation|time\s?slot)\s+"
    r"(?:(?:that\s+)?(?:we|i)(?:'d|\s+would)?\s+(?:have|had|hold|like\s+to\s+offer|can\s+offer|are\s+offering|"
    r"have\s+pencilled)(?:\s+(?:in\s+mind|for\s+you|you))?\s+)?"
    r"(?:would\s+be|will\s+be|is|falls|is\s+scheduled|is\s+set|is\s+pencilled\s+in)\s+(?:on\s+|for\s+)?$",
    _F,
)


def _slot_day(text: str) -> str:
    """The dated day (with its hour, where said) of the user's own slot in an event ("The slot we have in mind is
    Saturday, March 6 at 1:00 pm"); "" where the text names none."""
    text = " ".join(text.split())
    for match in _WHEN.finditer(text):
        found = match.group(0).rstrip(",.;:")
        if _DATED.search(found) and _SLOT_DAY.search(text, max(0, match.start() - 80), match.start()):
            return found
    return ""


def _weekday_hour(when: str, text: str) -> str:
    """ " at 6pm GMT" where the text says the hour it keeps for the weekday of `when`, one dated day ("We record
    at 6pm GMT on Thursdays", "Sessions run every Tuesday at 19:00"); "" otherwise."""
    if " or " in when:
        return ""
    text = " ".join(text.split())
    for recurring in _RECURRING.finditer(text):
        weekday = (recurring.group("weekday") or recurring.group("weekdays")).lower()
        if not re.match(rf"\s*{weekday[:3]}", when, re.IGNORECASE):
            continue
        hour = _RECURRING_HOUR.match(text, recurring.end()) or _RECURRING_HOUR_BEFORE.search(
            text, max(0, recurring.start() - 60), recurring.start()
        )
        if hour:
            return f" at {' '.join(hour.group('hour').split())}"
    return ""


def _slot_hour(text: str) -> str:
    """ " at 15:00 CET" where the text says the hour of the user's own slot ("Your slot would be 15:00 CET");
    "" otherwise."""
    found = _SLOT_HOUR.search(" ".join(text.split()))
    return f" at {found.group('hour').strip()}" if found else ""


# The hour of what the ask proposes, said in it with "at" or "from" ("on our panel from 14:00 to 15:00"); not a
# deadline's ("by 17:00"), nor a hour the words before it give to something else ("doors open at 18:00").
_ASK_HOUR = re.compile(
    rf"\b(?:at|from)\s+(?P<hour>(?:{_HOURS}|{_H24}{_UNTIL}{_H24}|{_H24}){_ZONE})(?![\w:])", _F
)
_A_DAY_NAMED = re.compile(
    rf"\b(?:{_DAY})s?\b|\b(?:january|february|march|april|june|july|august|september|october|november|december|"
    r"today|tomorrow|tonight|weekends?)\b",
    _F,
)
_NOT_ITS_HOUR = re.compile(
    r"\b(?:by|before|until|doors|deadline|due|closes?|registration)\b[^.?!]{0,20}$", _F
)


def _ask_hour(ask: str) -> str:
    """ " from 14:00 to 15:00" where the ask sentence gives its own hour, "" otherwise."""
    said = " ".join(ask.split())
    if _A_DAY_NAMED.search(said):
        return ""  # "We record on Thursdays at 6pm GMT; would Friday 11 December work?": the hour is another day's
    for found in _ASK_HOUR.finditer(said):
        if not _NOT_ITS_HOUR.search(said, max(0, found.start() - 30), found.start()):
            return f" {found.group(0).split()[0].lower()} {found.group('hour').strip()}"
    return ""


# The hour a recurring day's meetings start, said after it: "first Tuesday of the month at 21:00 SGT".
_RECURRING_HOUR = re.compile(
    rf"(?:\s+of\s+(?:the|each|every)\s+month)?,?\s+(?:at|from)\s+(?P<hour>(?:{_HOURS}|{_H24}){_ZONE})(?![\w:])",
    _F,
)
# ...or before it: "at 6pm GMT on Thursdays", "at 19:00 every Tuesday".
_RECURRING_HOUR_BEFORE = re.compile(
    rf"\b(?:at|from)\s+(?P<hour>(?:{_HOURS}|{_H24}){_ZONE})\s+(?:on\s+)?$",
    _F,
)
_A_WEEK = re.compile(r"(?:the\s+)?week\s+(?:of|beginning|commencing|starting)\b", _F)
# What a show or a piece does on the day after it: "for broadcast on", "it airs", "goes out on", "we'd publish the
# episode on" (a few words between) - the day it reaches its audience; not "live on air on", the day to appear. A
# book's day is the same kind ("her novel comes out February 3", "pub date is", "on sale", "hits shelves"): the
# day it reaches readers, not the day of the reading or signing asked for.
_GOES_OUT = re.compile(
    r"\b(?:broadcast|(?<!on )(?<!to )air(?:s|ed|ing)?|go(?:es)?\s+(?:out|to air)|publish(?:es|ed|ing)?|releas(?:e|es|ed|ing)"
    r"|c(?:omes|ame)\s+out|(?:pub(?:lication)?\s+(?:date|day)|on\s+sale|hits?\s+(?:the\s+)?shelves)"
    r"(?:\s+(?:is|was|will\s+be|of))?)"
    r"(?:\s+(?:the|this|that|it|your|our|their|episode|programme|program|show|piece|interview|feature|edition|"
    r"issue|conversation|recording))*\s+(?:on\s+)?(?:the\s+)?$",
    _F,
)
_EVERY = re.compile(r"\bevery\s+(?:other\s+|second\s+|single\s+)?$", _F)


# An hour said before its day: "coffee at 8:00 am on Tuesday, December 8" (not a deadline's "by 5pm on Friday").
_HOUR_BEFORE = re.compile(rf"\b(?:at|from|around)\s+(?P<hour>{_HOURS}|noon|midday)\s+(?:on\s+)?$", _F)


_NOON = re.compile(r"\b(?:noon|midday)\b", _F)


def _hour_before(text: str, start: int) -> str:
    """ " at 8:00 am" where one is said just before the day found at `start`."""
    found = _HOUR_BEFORE.search(text, max(0, start - 30), start)
    return f" at {' '.join(found.group('hour').split())}" if found else ""


# An hour asked just after its day, in the same breath: "Thursday, December 10 - would 10am work?", "Thursday,
# December 10. Would 10am work?", "Thursday, December 10, say 10am?" (not "December 10 - 20 studio owners").
_HOUR_AFTER = re.compile(
    r"^\s*(?:[-\u2013\u2014,.?]\s*)?(?:would|could|does|is|how about|what about|say|perhaps|maybe|ideally)\s+"
    r"(?:(?:around|about|at)\s+)?(?P<hour>\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|noon|midday)"
    r"(?=\s*(?:work|suit|be\b|do\b|\?|,))",
    _F,
)


# ...or a meeting asked at an hour in the same breath: "on Thursday 10 December - could we grab a coffee at 10:00
# near Piccadilly?"
_MEET_AT_HOUR_AFTER = re.compile(
    r"^\s*[-\u2013\u2014,]\s*(?:would|could|can|shall)\s+(?:we|you|i)\s+(?:[\w'-]+\s+){0,4}?(?:at|around|about)\s+"
    r"(?P<hour>\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d{2}|noon|midday)(?![\d:])",
    _F,
)


def _hour_after(text: str, end: int) -> str:
    """ " at 10am" where the sender asks one right after the day found ending at `end` ("... on Thursday, December
    10 - would 10am work?", "... on Thursday 10 December - could we grab a coffee at 10:00?")."""
    found = _HOUR_AFTER.search(text[end : end + 40]) or _MEET_AT_HOUR_AFTER.search(text[end : end + 70])
    return f" at {' '.join(found.group('hour').split())}" if found else ""


# Another time offered just after the first: "if that is difficult, we also hold a repeat session on ...",
# "We're free Tuesday, December 1 at noon Pacific, or ...", "Alternatively, Thursday 3 December".
_ANOTHER_TIME = re.compile(
    r"\b(?:also|alternatively|otherwise|instead|failing that|if (?:that|this|it|neither|these|those)\b.{0,30}?"
    r"\b(?:difficult|suit|work|possible|convenient|clash)|(?:we|i|she|he|they)(?:'re|'m| are| am| is|'s) "
    r"(?:also )?(?:free|available))",
    _F,
)
# A stretch rather than a day: "next week", "in the coming weeks".
_A_STRETCH = re.compile(
    r"^(?:(?:the\s+)?week after next|next week|this week|(?:in|over) the (?:next|coming)\b|later this month|"
    r"next month)",
    _F,
)


def _with_alternatives(when: str, own: str) -> str:
    """`when` with the dated days the sender offers in the rest of its sentence and the next one, as one more
    choice (at most three); a stretch ("next week") gives way to the days they then name."""
    first = when.split(" or ")[0]
    at = own.find(first) if first else -1
    if at < 0:
        return when
    rest = own[at + len(first) :]
    stretch = _A_STRETCH.match(when) is not None
    day = _AN_HOUR_SAID.sub("", first)
    or_hour = _OR_AN_HOUR.match(rest)
    if (
        or_hour
        and not stretch
        and day != first
        and _DATED.search(day)
        and not _DATED.search(re.split(r"[.?!\n]", rest[or_hour.end() :], maxsplit=1)[0])  # "... on Tuesday"
    ):
        # "Could you do Monday 14 December at 7:00 GMT or 16:00 GMT?": the same day, at the other hour
        return " or ".join([when, f"{day} at {' '.join(or_hour.group('hour').split())}"][:3])
    # the rest of its sentence and the next; after a stretch, the one after too (the why comes first)
    window = " ".join(_SENTENCE.split(rest, maxsplit=3)[: 3 if stretch else 2])
    # "Ahead of Claire's meeting next week, ...? Monday 30 November or Tuesday 1 December would be ideal": after
    # a stretch, the days named next are the offer, with or without an "also"
    if not _ANOTHER_TIME.search(window) and not _SAME_DAY_HOUR.search(window) and not stretch:
        return when
    offered = [
        day.rstrip(",.;:")
        for found in _WHEN.finditer(window)
        if not _DEADLINE.search(window, max(0, found.start() - 30), found.start())
        # offered in its own sentence ("... would be ideal", "we're also free"), not another plan of theirs
        # ("I'm also speaking at the Summit on Thursday 10 December", "my book launches on Thursday 17 December")
        and _offered_in(sentence_around(window, found.start(), found.start(), with_stop=True))
        # each choice of "Tuesday 29 December at 10am, or failing that Monday 4 January" on its own
        for day in re.split(rf",?\s+or\s+(?:{_FAILING}\s+)?", " ".join(found.group(0).split()))
        if _DATED.search(day) and day.rstrip(",.;:") not in when
    ]
    day = _AN_HOUR_SAID.sub("", first)
    for found in _SAME_DAY_HOUR.finditer(window):
        # "If mornings are hard, 16:00 GMT the same day works too": the first day again, at that hour
        hour = found.group("hour") or found.group("later")
        said = sentence_around(window, found.start(), found.start(), with_stop=True)
        if not stretch and day != first and _DATED.search(day) and _offered_in(said):
            offered.append(f"{day} at {' '.join(hour.split())}")
    if not offered:
        return when
    if stretch:
        return " or ".join(offered[:3])
    return " or ".join([when, *offered][:3]) if _DATED.search(when) else when


# An hour offered on the day already named: "16:00 GMT the same day works too", "or that day at 4pm".
_SAME_DAY_HOUR = re.compile(
    rf"\b(?:at\s+)?(?P<hour>(?:{_HOURS}|{_H24}){_ZONE})\s+(?:on\s+)?(?:the\s+same\s+day|that\s+(?:same\s+)?day)\b|"
    rf"\b(?:the\s+same\s+day|that\s+(?:same\s+)?day)\s+at\s+(?P<later>(?:{_HOURS}|{_H24}){_ZONE})(?![\w:])",
    _F,
)
# Another hour right after the first, on no day of its own: " or 16:00 GMT?" of "Monday 14 December at 7:00 GMT or
# 16:00 GMT?" (not " or 16:00 on Tuesday", whose day is its own).
_OR_AN_HOUR = re.compile(rf"\s*,?\s+or\s+(?:at\s+)?(?P<hour>(?:{_HOURS}|{_H24}){_ZONE})(?![\w:])", _F)
# The hour said after a day: " at 7:00 GMT" of "Monday 14 December at 7:00 GMT".
_AN_HOUR_SAID = re.compile(r",?\s+(?:at|from)\s+\S.*$", _F)


_OFFER_WORDS = re.compile(
    r"\b(?:would be (?:ideal|great|best|perfect)|works?|suits?|free|available|could we|can we|shall we|how about|"
    r"what about)\b|\?",
    _F,
)
_ANOTHER_PLAN = re.compile(
    r"\b(?:speaking|launch\w*|summit|conference|keynote|away|travel\w*|holiday|flying|busy|closed)\b", _F
)


def _offered_in(sentence: str) -> bool:
    """Whether a sentence offers its day: an offer's words, and no other plan of the sender's."""
    return bool(_ANOTHER_TIME.search(sentence) or _OFFER_WORDS.search(sentence)) and not _ANOTHER_PLAN.search(
        sentence
    )


_REPLY_SUBJECT = re.compile(r"\s*(?:re|aw|sv)\s*:", _F)
_THE_NTH = re.compile(r"\bthe\s+\d{1,2}(?:st|nd|rd|th)\b", _F)  # "if the 16th still works"


# A bare weekday that names a thing rather than a day to meet: "our Friday culture show", "the Monday team call".
_A_THINGS_DAY = re.compile(rf"^{_DAY}$", _F)
_NAMES_A_THING = re.compile(
    rf"\b(?:our|your|their|the|my|his|her)\s+{_DAY}\s+(?!(?:at|morning|afternoon|evening|night|or|and|from|"
    r"between|works?|is|would|could|if|next|before|after|lunch|breakfast|dinner)\b)[a-z]"
    # ...or without "the": "writes for Sunday supplements", "in Friday newsletters"
    rf"|\b{_DAY}\s+(?:supplements?|newsletters?|editions?|issues?|columns?|digests?|roundups?|papers?|"
    r"magazines?|podcasts?|shows?|briefings?)\b",
    _F,
)


# A day with its month ("2 December", "December 2"), and a weekday that recurs ("the first Wednesday of each
# month", "every Thursday").
_DATED = re.compile(rf"\b(?:{_NTH}\s+(?:of\s+)?{_MONTH}|{_MONTH}\s+\d{{1,2}})\b", _F)
_RECURRING = re.compile(
    rf"\b(?:(?:every|each)\s+(?:other\s+)?|(?:first|second|third|fourth|last)\s+)(?P<weekday>{_DAY})"
    # ...or the weekday as a habit, said in the plural: "we record on Thursdays", "Tuesdays at 7pm" (not "I'm off
    # on Fridays", a day they don't)
    rf"|(?<!\boff on )(?<!\bclosed on )(?<!\baway on )(?<!\bbusy on )\b(?P<weekdays>{_DAY})s\b",
    _F,
)


# Times offered as a list to choose from: "I have two slots open:\n- Thursday, November 26 at 2:00 pm CT\n-
# Tuesday, December 1 at 11:00 am CT\nLet me know which works better."
_LIST_ITEM_LINE = re.compile(r"^[ \t]*(?:[-*•·]|\d+[.)])[ \t]+(.+)$", re.MULTILINE)
_A_CHOICE = gated(
    re.compile(
        r"\b(?:slots?|which (?:one |session |time |date |day |slot )?(?:works|suits|you prefer|would you prefer)|"
        r"works? better|either|one of (?:these|the following|two)|neither|choose)\b",
        _F,
    )
)


def _listed_times(text: str) -> str:
    """The times a list offers to choose from, joined with "or" (at most three); "" unless two or more are
    listed where the message asks which suits."""
    if not _A_CHOICE.search(text[:20_000]):
        return ""
    times = []
    for item in _LIST_ITEM_LINE.finditer(text[:20_000]):
        found = _WHEN.search(item.group(1))
        if found and _is_date_like(found.group(0)):
            times.append(" ".join(found.group(0).split()).rstrip(",.;:"))
    return " or ".join(times[:3]) if len(times) >= 2 else ""


def _join_wrapped(text: str) -> str:
    """Hard-wrapped prose joined into lines again; short lines (a list of names, a signature) kept apart."""
    out: list[str] = []
    previous = ""
    for line in text.split("\n"):
        if len(previous.rstrip()) >= _WRAP_WIDTH and line.strip() and not _LIST_LINE.match(line):
            out[-1] = f"{out[-1].rstrip()} {line.lstrip()}"
        else:
            out.append(line)
        previous = line
    return "\n".join(out)


def _duration(text: str) -> str:
    """How long the meeting takes: not "within 72 hours" or "saves 5 hours a week"."""
    for match in _DURATION.finditer(text):
        amount, unit = match.group(1), match.group(2)
        if (unit.isupper() and unit.startswith("HR")) or (
            amount[:1].isdigit() and float(amount) > 24 and unit[:1] in "hH"
        ):
            continue  # "650 HR leaders" is an audience, "300 hours" of audit work no meeting's length
        if _NOT_DURATION_BEFORE.search(
            text, max(0, match.start() - 30), match.start()
        ) or _NOT_DURATION_AFTER.match(text, match.end()):
            continue
        return " ".join(match.group(0).split())
    return ""


def _is_date_like(found: str) -> bool:
    """False for slash pairs that are no day and month: "24/7" support, a "50/50" split."""
    pair = _SLASH_PAIR.match(found)
    if pair is None:
        return True
    a, b = int(pair.group(1)), int(pair.group(2))
    return (a, b) != (24, 7) and ((1 <= a <= 12 and 1 <= b <= 31) or (1 <= a <= 31 and 1 <= b <= 12))


# A university course a guest lecture is for, by its code: "a guest lecture in BUS 340", "I teach ENT 410".
_COURSE = re.compile(
    r"\b(?:teach(?:es|ing)?|lecture (?:in|for|to)|class(?:es)?|course|students in|session (?:of|in))\s+"
    r"(?:my\s+|our\s+)?([A-Z]{2,4}[ \t-]?\d{3,4}[A-Z]?\b"
    # its title after a colon is part of the name: "ENT 410: Financing the Small Enterprise"
    r"(?::[ \t]+[A-Z][\w'&-]*(?:[ \t]+(?:[A-Z][\w'&-]*|of|the|and|for|in|on|to|a)\b){0,7})?)"
)


# A group by its name, its kind the name's last word: "the Creative Finance Circle", "Studio Owners Guild".
_GROUP_NAME = re.compile(
    r"(?<![\w.'&-])((?!(?:Our|The|This|That|Your|My|A|An|Join|Hi|Hello|Dear)\b)[A-Z][\w'&-]*"
    r"(?:[ \t]+(?:&[ \t]+)?[A-Z][\w'&-]*){0,4}?[ \t]+"
    r"(?:Circle|Collective|Guild|Society|Club|Mastermind|Forum|Network|Roundtable|Alliance|Council|Group))\b"
)


def _event_name(subject: str, own: str, is_event: bool = False, is_group: bool = False) -> str:
    """The event an e-mail invites to, when it names one with capitalised words; never a guess. An event
    invitation's subject usually opens with the name ("Founders & Funders Happy Hour - Thursday"); a group's
    name ends in its kind ("Creative Finance Circle")."""
    subject = " ".join(subject.split())[:300]  # a blank-padded subject is no slower to read
    tries = [(_GROUP_NAME, subject), (_GROUP_NAME, own)] if is_group else []
    tries += [(_EVENT_IN_SUBJECT, subject), (_EVENT_IN_TEXT, own)]
    if is_event:
        tries.append((_SUBJECT_TITLE, _SUBJECT_TAGS.sub("", subject)))
    # a named event before the title of the session or show the reader is asked onto
    tries += [(_COURSE, own), (_COURSE, subject)]  # the text gives the title with the code
    tries += [(_NAMED_EVENT, subject), (_NAMED_EVENT, own), (_CALLED, own), (_SHOW, own)]
    tries += [(_NAME_BEFORE_KIND, subject), (_NAME_BEFORE_KIND, own)]
    for pattern, text in tries:
        for match in pattern.finditer(text):
            if _PAST_APPEARANCE.search(text, max(0, match.start() - 30), match.start()):
                continue  # "heard you speak at ...", 'loved your talk "..."': not what the reader is asked to
            named = next(group for group in match.groups() if group is not None)
            name = _EVENT_DATE_TAIL.sub("", _SENTENCE_AFTER_NAME.sub("", named).strip(" .,;:!"))
            name = _TRAILING_SMALL.sub("", name).removeprefix("the ")
            if pattern is _NAMED_EVENT:
                name = _BEFORE_EVENT_NAME.sub("", name)
            if pattern is _SUBJECT_TITLE and not _EVENT_NOUN.search(subject):
                break  # "Quick Question", "Following Up": a subject, not an event
            if pattern is _EVENT_IN_TEXT and _VENUE_END.search(name):
                break  # "join us at Olympia Hall": the place
            first_day = _FIRST_DAY_AT_END.search(name)
            if first_day and _REST_OF_RANGE.match(text, text.find(name, match.start()) + len(name)):
                name = name[: first_day.start()]  # "Growth Forum 14–15 January": the forum, not its 14th
            if name.endswith(("'s", "’s")):
                # "join us at Helen Achebe's book launch": the launch, not Helen Achebe
                at = text.find(name, match.start())
                owned = _OWNED_EVENT.match(text, at + len(name)) if at >= 0 else None
                if owned is None:
                    break
                name += owned.group(0)
            if len(name.split()) >= 2 and not _NOT_PLACE.match(name) and not _PLATFORM.match(name):
                return name
            break  # only the first of each kind is read, as before
    return ""


def _first(pattern: re.Pattern[str] | Gated, text: str) -> str:
    match = pattern.search(text)
    return " ".join(match.group(0).split()).rstrip(",.;:") if match else ""


# A meeting the sender proposes in a forward's note: to meet, call or talk it over.
_OWN_MEETING = re.compile(
    r"\b(meet|call|chat|talk|coffee|lunch|breakfast|sync|catch up|go over|discuss)\b", _F
)


def _format(is_event: bool, intent: Intent | None, *texts: str) -> str:
    """The form proposed: named in the ask first, then the subject, then anywhere in the sender's words. An
    event is an event whatever is served there; a speaker is asked onto a podcast or a stage, named as the
    message names it; a seller asks for a demo."""
    if is_event or intent is Intent.EVENT_INVITATION:
        return "event"
    if intent is Intent.SPEAKING_INVITATION:
        # the stage named first: "a panel ... we'll livestream it" is a panel, "come on the podcast" a podcast
        for text in texts:
            if stage := _earliest(_STAGES, text):
                return stage
    # "Come on the show to talk about pricing" is a podcast, not a talk on a stage; a webinar's "episode" is not.
    if any(_PODCAST.search(text) for text in texts) and not any(_WEBINAR.search(text) for text in texts):
        return "podcast"
    if intent is Intent.SPEAKING_INVITATION:
        return ""
    formats = _FORMATS
    if intent is not None:
        # "talk", "workshop", "webinar" are what a partner or a client wants to discuss, not a stage.
        formats = [(name, pattern) for name, pattern in formats if name != "panel"]
    if intent is Intent.SALES_PITCH:
        formats = [("demo", _DEMO), *formats]
    for text in texts:
        for name, pattern in formats:
            if any(
                not _MET_BEFORE.search(text, max(0, found.start() - 80), found.start())
                and not _GONE_BY.match(text, found.end())
                and not (
                    intent is Intent.CLIENT_INQUIRY
                    and name in _MEAL_FORMATS
                    and _meal_of_the_work(text, found)
                )
                for found in pattern.finditer(text)
            ):
                return name
    return ""


# What a client asks to have done, where a meal is part of it: its price asked in the same sentence ("what would
# a ceremony among the vines and dinner on the terrace cost?"), or hosted, catered or served for them ("cater a
# dinner for 40", "host our rehearsal dinner") - the work, not a meal with the user.
_PRICED_WORK = re.compile(
    r"\b(?:cost|costs|price|prices|pricing|quote|quotes|charge|rates?|packages?|budget|per (?:head|person|guest))\b",
    _F,
)
_WORK_DONE_FOR_THEM = re.compile(
    r"\b(?:cater\w*|host\w*|serv(?:e|es|ed|ing)|hold|holding|plan\w*|provide|put on|run)\s+(?:[\w'-]+\s+){0,3}$"
    r"|\b(?:rehearsal|wedding|private|company|corporate|holiday|anniversary|birthday|winemaker'?s?|pairing)\s+$",
    _F,
)


def _meal_of_the_work(text: str, found: re.Match[str]) -> bool:
    """Whether a meal a client names is part of the work they ask for, not a meal with the user."""
    start = max(text.rfind(mark, 0, found.start()) for mark in ".?!\n") + 1
    ends = [i for i in (text.find(mark, found.end()) for mark in ".?!\n") if i != -1]
    sentence = text[start : min(ends) if ends else len(text)]
    return bool(_PRICED_WORK.search(sentence)) or bool(_WORK_DONE_FOR_THEM.search(text, start, found.start()))


def _earliest(named: list[tuple[str, re.Pattern[str]]], text: str) -> str:
    """The kind named first in the text, leaving out the reader's own ("I read your article")."""
    found = [
        (match.start(), name)
        for name, pattern in named
        for match in pattern.finditer(text)
        if not _PAST_APPEARANCE.search(text, max(0, match.start() - 30), match.start())
        and not (
            _YOUR_OWN.search(text, max(0, match.start() - 20), match.start())
            and _DONE_AFTER.match(text, match.end())
        )
    ]
    return min(found)[1] if found else ""


# The reader's own work, told as done: "Your article in Canadian HR Reporter ... was passed around our board",
# "your recent podcast episode caught our eye" - why they write, not what they ask.
_YOUR_OWN = re.compile(
    r"\byour(?:[ \t]+(?:recent|latest|last|great|excellent|brilliant|piece|new))?[ \t]+$", _F
)
_DONE_AFTER = re.compile(
    r"[^.!?\n;]{0,80}?\b(?:was|were|has been|had been|got|went|caught|stood out|struck|resonated|landed|made the rounds)\b",
    _F,
)


# The address a venue is given with: "Olympia Hall (2210 NE Sandy Blvd)", "Ardent Table, 2400 NW Thurman St".
_ADDRESS_AFTER = re.compile(
    rf"[ \t]*(?:,[ \t]*(?:{_STREET_ADDRESS})|\([ \t]*(?:{_STREET_ADDRESS})[^()\n]{{0,40}}\))"
)


def _place(text: str, organisation: str = "", venues_only: bool = False, event_name: str = "") -> str:
    """A venue ("at Case Study Coffee") rather than a city ("in Portland") when both are given; never the
    sender's own organisation ("a planner at BrightPath Finance")."""
    found: dict[str, str] = {}
    employer = _letters(organisation)
    for match in _PLACE.finditer(text):
        candidate = _EVENT_DATE_TAIL.sub("", match.group(2).strip(" .,"))
        candidate = _TRAILING_SMALL.sub("", _TRAILING_DAY.sub("", candidate))
        if employer and _letters(candidate.removeprefix("the ")) in employer:
            continue
        if _WORKS_AT.search(text, max(0, match.start() - 50), match.start()):
            continue  # "I'm a recruiter at Talentbridge", "I work at Studio Collective"
        if _KIND_OF_EMPLOYER.match(text, match.start(2) + len(candidate)):
            continue  # "CTOs at Series A-C startups": a kind of company people work at, not where to meet
        if (
            _PAST_APPEARANCE.search(text, max(0, match.start() - 30), match.start())
            or _RECALLED_BEFORE.search(text, max(0, match.start() - 20), match.start())
            or _MET_BEFORE.search(text, max(0, match.start() - 80), match.start())
            or (_PAST_AFTER.match(text, match.end()) and not _when(_sentence_from(text, match.end())))
        ):
            continue  # "heard you speak at the CEN mixer", "we met at Olympia Hall last spring": then, not now
        if _YEAR_AFTER.match(text, match.end()):
            continue  # "a panel at Medicine 2027, the Royal College's conference": an event's name, not where
        bare = candidate.lower().removeprefix("the ")
        if event_name and (bare in event_name.lower() or event_name.lower() in bare):
            continue  # "at the Finance Summit on Thursday at the Art Museum": the event, then where
        if not _NOT_PLACE.match(candidate) and len(candidate) > 2:
            # "in Room 212" names a venue as "at" does; "in Portland" only a city.
            room = _ROOM.match(candidate) is not None
            key = "at" if room else match.group(1).lower()
            if key != "in" and candidate == match.group(2).strip(" .,"):
                address = _ADDRESS_AFTER.match(text, match.start(2) + len(candidate))
                if address:
                    candidate = " ".join(text[match.start(2) : address.end()].split())
            end = match.start(2) + len(candidate)
            if room and text.startswith(candidate, match.start(2)):
                # "Hall B at ExCeL London", "the Lincoln Room at Ernst & Young": the room and where it is
                candidate += _building_of(text, end)
            elif candidate.endswith(("'s", "’s")) and (its := _PLACE_OF_SOMEONE.match(text, end)):
                candidate += its.group(0)  # "Ravi Patel's office": not Ravi Patel
            found.setdefault(key, candidate)
    return found.get("at") or found.get("@") or ("" if venues_only else found.get("in", ""))


# A year just after a name: "Medicine 2027", "Web Summit 2026" name an event
_YEAR_AFTER = re.compile(r"[ \t]+(?:19|20)\d\d\b(?![:.]?\d)")


def _building_of(text: str, end: int) -> str:
    """ " at ExCeL London" where a room's name at `end` is followed by the building it is in, else ""."""
    building = _PLACE.match(text, end + 1) if text[end : end + 1] == " " else None
    if building is None or building.group(1) != "at":
        return ""
    named = _EVENT_DATE_TAIL.sub("", building.group(2).strip(" .,"))
    named = _TRAILING_SMALL.sub("", _TRAILING_DAY.sub("", named))
    return "" if _NOT_PLACE.match(named) or len(named) <= 2 else f" at {' '.join(named.split())}"


def _place_of(
    written: str,
    own: str,
    ask: str,
    proposal: str,
    org: str,
    event_name: str,
    intent: Intent | None,
    fmt: str,
    sender: str = "",
) -> str:
    """Where: an event's own "Location:" line; else a venue where the sender asks, or where a meeting is
    proposed; else, for coffee or a meal, a café named by its street; else a street address the sender gives."""
    labelled = next(
        (m.group(1) for m in _LABELLED_PLACE.finditer(written) if not _PLACEHOLDER.match(m.group(1))), ""
    )
    labelled = _PARENTHESIS.sub("", labelled).rstrip(" .")
    if not labelled and (named := _VENUE_NAMED.search(written)):
        labelled = _TRAILING_SMALL.sub("", named.group(1))  # "The venue is Brooklyn Bowl."
    if labelled and intent in _EVENT_INTENTS and not labelled.lower().startswith("address"):
        return labelled
    found = _place(ask, org, event_name=event_name) or _place(
        proposal, org, venues_only=True, event_name=event_name
    )
    if not found and fmt in _MEAL_FORMATS:
        found = _venue_on_street(proposal) or _venue_on_street(own)
    if not found and not labelled and intent in _EVENT_INTENTS:
        found = _venue_listed(written)
    found = found or labelled or _street_address(written, sender)
    return found or (_event_city(proposal, org, event_name) if intent in _EVENT_INTENTS else "")


# What says the town is the event's: its date or hour just before ("March 10-11, 2027, in Springfield", "at 6pm in
# Leeds"), or its meeting or being held there ("This year we meet in Springfield", "will be held in Leeds"). Not
# where the sender, a colleague or an office of theirs is ("here in Portland", "our office in Leeds", "a fellow
# maker in Bristol", "my colleague in Manchester and I host").
_THE_EVENTS_TOWN = re.compile(
    r"(?:\d(?:st|nd|rd|th|am|pm)?|\b(?:meet|meets|meeting|held|hosted|hosting|gather|gathers|gathering|takes\s+place|"
    r"taking\s+place|happening|happens|runs|running|returns|returning|be|is|are|was|will\s+be|again|live))[,.]?\s+$",
    _F,
)


def _event_city(proposal: str, org: str, event_name: str) -> str:
    """The town an event is held in, said where it names the event or its date and no venue is named: "at the
    Illinois Food Security Summit, March 10-11, 2027, in Springfield", "This year we meet in Springfield"; not
    where the sender lives or works ("here in Portland", "I run a studio in Leeds", "our office in Leeds")."""
    for sentence in _SENTENCE.split(proposal):
        if not sentence:
            continue
        city = _place(sentence, org, event_name=event_name)  # a venue would have been found before
        if not re.match(r"(?:the\s+)?[A-Z]", city):
            continue  # "What Changed in 2025": a year, not a town
        at = sentence.find(f"in {city}")
        if at >= 0 and _THE_EVENTS_TOWN.search(sentence, max(0, at - 40), at):
            return city
    return ""


# An event's particulars listed in brackets or between commas, its venue among them by the word that ends a venue's
# name: "SalesLead Summit (March 3-4, 2027, Austin Convention Center, ~900 sales leaders)". Not a firm's name
# ("Acme Center for Learning"), and only beside a date of the same list.
_LISTED_VENUE = re.compile(
    r"(?:\(|,)[ \t]*(?P<name>(?:the[ \t]+)?(?:[A-Z][\w&'.-]*[ \t]+){1,5}(?:Convention[ \t]+)?"
    r"(?:Center|Centre|Hall|Hotel|Arena|Pavilion|Stadium|Museum|Library|Theatre|Theater|Ballroom|Expo))"
    r"[ \t]*(?=,|\))"
)
_MONTH_DAY = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}\b|"
    r"\b\d{1,2}(?:-\d{1,2})?[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b"
)


# How far a list of particulars reaches either side of its venue: a date further off is no part of it (and each
# venue of a long line without brackets is not weighed against the whole text, which made the scan quadratic)
_LIST_REACH = 200


def _venue_listed(text: str) -> str:
    """A venue named in a list of an event's particulars beside its date, or ""."""
    for found in _LISTED_VENUE.finditer(text):
        first = max(0, found.start() - _LIST_REACH)
        start = max(text.rfind("(", first, found.start() + 1), text.rfind("\n", first, found.start()), first)
        last = min(len(text), found.end() + _LIST_REACH)
        end = min(
            at
            for at in (text.find(")", found.end(), last), text.find("\n", found.end(), last), last)
            if at >= 0
        )
        if _MONTH_DAY.search(text, start, end):
            return found.group("name")
    return ""


def _sentence_from(text: str, start: int) -> str:
    """The rest of the sentence from `start`: "like last year, on Thursday at 6pm" says when it is now."""
    end = re.search(r"[.!?\n]", text[start:])
    return text[start : start + end.start()] if end else text[start:]


def _venue_on_street(text: str) -> str:
    """A place named by its street, without "at": "maybe Heart Coffee on 12th?", "Lardo on Hawthorne is
    close to both of us"; not "Notes on Cash Flow", "Tom Lee on Tues" or "Read More on LinkedIn"."""
    for match in _VENUE_ON_STREET.finditer(text):
        name = match.group(1)
        if _NOT_PLACE.match(name) or _NOT_A_VENUE.match(name) or people_named(name):
            continue
        if _WORKS_AT.search(text, max(0, match.start() - 50), match.start()):
            continue
        return match.group(0)
    return ""


def _street_address(text: str, sender: str = "") -> str:
    """A street address the sender points to outside a P.S., with what names it on its line: "Revolution
    Hall, 1300 SE Stark St". Not a year ("2025 Holiday Food Drive"), a count ("40 Main Street programs") or
    the sender's own line in an unmarked signature."""
    ps = _PS.search(text)
    text = text[: ps.start()] if ps else text
    own_name = [w for w in sender.split() if len(w) >= 3]
    for match in itertools.islice(_ADDRESS.finditer(text), 20):  # the place is among the first few
        if _YEAR_NUMBER.match(match.group(0)):
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if any(word in line for word in own_name):
            continue
        # "Pittock Block, 921 SW Washington St" names the address; on a line of its own, or pointed to.
        prefix = _PLACE_PREFIX.search(text, max(line_start, match.start() - 120), match.start())
        named_at = prefix.start() if prefix else match.start()
        own_line = prefix is not None and not text[line_start:named_at].strip()
        if not own_line and not _POINTED_AT.search(text, max(0, named_at - 40), named_at):
            continue
        return (prefix.group(0) if prefix else "") + match.group(0).rstrip(" .,")
    return ""


def _letters(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


def names_a_team(name: str) -> bool:
    """ "BJCP Office", "Ledgerly Webinars", "Acme via LinkedIn": a mailbox's name, not a person's."""
    return _TEAM.search(name) is not None


# A handle signed beside the name, with where it is: "Tomás Rivera (GitHub Discussions @trivera)", "Ana (@ana.codes)".
_HANDLE_NOTE = re.compile(r"\s*\(\s*(?:[A-Za-z][\w-]*:?\s+){0,3}@[\w.-]{1,60}\s*\)$")


def signature_name(signature: str) -> str:
    """The full name a signature gives: under a sign-off, or on its first line ("- Ivy Chen"), without the handle
    signed beside it ("Tomás Rivera (GitHub Discussions @trivera)")."""
    for line in signature.splitlines()[:3]:
        line = _HANDLE_NOTE.sub("", line.strip()[:300]).lstrip("-–—~ ")
        # "Cordiali Saluti" or "Met Vriendelijke Groet" over the name: a sign-off in another language, no name
        if not _FULL_NAME.fullmatch(line) or _SIGN_OFF_WORDS.match(line) or signs_off(line):
            continue
        if not (_TEAM.search(line) or _ROLE_WORDS.search(line) or _ORG_WORDS.search(line)):
            return line
    return ""


def handle_signed_name(text: str) -> str:
    """The name on the last line of a text that ends with a name and its handle, with no sign-off above it (a
    paste that ends "Tomás Rivera (GitHub Discussions @trivera)"), or ""."""
    last = next((line.strip() for line in reversed(text[-2_000:].splitlines()) if line.strip()), "")
    return signature_name(last) if _HANDLE_NOTE.search(last[:300]) else ""


def _organisation_and_role(signature: str) -> tuple[str, str]:
    org = role = ""
    after_role = False
    lines = [_without_name_or_link(line.strip()) for line in signature.splitlines()[:8]]
    for n, line in enumerate(lines):
        if (
            not line
            or "@" in line
            or line.lower().startswith(("http", "www", "+", "(", "tel", "phone", "mobile"))
        ):
            continue
        split = _TITLE_AT_ORG.match(line)
        if split and _ROLE_WORDS.search(split.group("role")):
            title, after = split.group("role").strip(), split.group("org").strip()
            below = _organisation_line(lines[n + 1]) if n + 1 < len(lines) else ""
            if below and _DEPARTMENT.search(after):
                return below, line  # "Vice President, Small Business Lending"
            if _LICENCE.search(after):  # "Senior Loan Officer, NMLS #000000": a licence, not a firm
                return below, title
            if below and _ORG_BELOW.search(below) and not _ORG_WORDS.search(after):
                return below, title  # "Editor, The Ledger Line" over "Bramble Media"
            return after, title
        # "Member Services Coordinator" is a title though "services" names organisations: a title ends in one.
        title = _PARENTHESIS.sub("", line).rstrip(" ,;.").split()
        ends_in_role = bool(title and (_ROLE_WORDS.fullmatch(title[-1]) or _ROLE_WORDS.fullmatch(title[0])))
        if (
            not role
            and _ROLE_WORDS.search(line)
            and (ends_in_role or not _ORG_WORDS.search(line))
            and len(line) <= 60
        ):
            role, after_role = " ".join(title) if title else line, True
            continue
        # Name, title, organisation: the line under a title names where they work.
        if (
            not org
            and len(line) <= 60
            and (
                _ORG_WORDS.search(line)
                or (after_role and _CAPITALISED.match(line) and not _NOT_ORGANISATION.search(line))
            )
        ):
            org = line
        after_role = False
    return org, role


def _without_name_or_link(line: str) -> str:
    """A signature line of parts set apart by "|" without the person's name and their links: "Noor Haddad |
    Fractional CFO" is the title, "Fieldnote Agency | fieldnote.example.com" the organisation."""
    if "|" not in line:
        return line
    parts = [part.strip() for part in line.split("|") if part.strip()]
    kept = [
        part
        for n, part in enumerate(parts)
        if not re.search(r"@|https?:|www\.|\.(?:com|org|net|io|co|example)\b|^[+(\d]", part, _F)
        and not (
            n == 0
            and len(parts) > 1
            and _FULL_NAME.fullmatch(part)
            and not _ROLE_WORDS.search(part)
            and not _ORG_WORDS.search(part)
        )
    ]
    return " | ".join(kept)


def _organisation_line(line: str) -> str:
    """The line, when it can name an organisation: "Columbia Ridge Capital", not "Portland", a phone, a
    profession ("Certified Public Accountant") or a regulator's line ("Member FDIC")."""
    if len(line) > 60 or "@" in line or not _CAPITALISED.match(line) or _NOT_ORGANISATION.search(line):
        return ""
    if _ROLE_WORDS.search(line) or line.startswith("Member "):
        return ""
    return line if len(line.split()) >= 2 or _ORG_WORDS.search(line) else ""


def sender_identity(message: Message) -> tuple[str, str, str]:
    """(name, organisation, role) of the sender: from the signature, the sender's own words ("I'm on the
    portfolio team at Fieldwork Capital", where no signature says it), the display name and the address."""
    org, role = _organisation_and_role(message.signature)
    if not (org or role):  # signed "D." over the mail they forward from their own address
        org, role = _organisation_and_role(own_forwarded_signature(message))
    sender_name = message.from_name
    # "Ledgerly Webinars", "Global Wellbeing Leaders Summit": a mailbox, not a person; the signature names one
    if not sender_name or _TEAM.search(sender_name) or reads_as_organisation(sender_name):
        sender_name = signature_name(message.signature) or ("" if _TEAM.search(sender_name) else sender_name)
        if message.from_name and not org:
            org = " ".join(_TEAM.sub("", message.from_name).split()).strip(" -|,").removeprefix("The ")
    if not (org or role):  # a LinkedIn note has no signature
        org, role = self_introduction(message.own_text)
    if not org:
        org = _organisation_of_address(message)
        if role and alphanumeric(role) == alphanumeric(org):
            role = ""  # "Apex Executive Search" under the name is where they work (apexsearch), not a title
    bracketed = re.match(r"^(?P<name>[^()]+?)\s*\((?P<org>[^()]{2,80})\)$", sender_name)
    if bracketed:  # "Hannah Brooks (Creative Economy Network)"
        sender_name, org = bracketed.group("name"), bracketed.group("org")
    return sender_name, org, role


# "I'm a partner at Fieldwork Capital", "I'm on the portfolio team at Fieldwork Capital", "I work on the
# events team at Creative Economy PDX": who the sender says they are, where no signature says it. Not
# decide.roles' _SELF, on purpose: this one reads an organisation with the role; that one a goal's role alone.
_SELF_INTRODUCTION = (
    r"\bI(?:'m|’m| am| work| lead| run)\s+(?:now\s+)?(?:(?:as|on|in)\s+)?(?:(?:a|an|the)\s+)?"
    r"(?P<role>[\w&/-]+(?:[ \t]+[\w&/-]+){0,5}?)[ \t]+(?:PREPOSITIONS)[ \t]+"
    r"(?P<org>[A-Z][\w'&-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w'&-]*){0,5})"
)
# "Director of Finance at Fernhill Partners" works at Fernhill Partners; "the founder of Tidewater Labs" too
_AT_ORGANISATION = re.compile(_SELF_INTRODUCTION.replace("PREPOSITIONS", "at|with"))
_FOR_ORGANISATION = re.compile(_SELF_INTRODUCTION.replace("PREPOSITIONS", "for"))
_OF_ORGANISATION = re.compile(_SELF_INTRODUCTION.replace("PREPOSITIONS", "of"))
# "a recruiter for Fieldwork Capital portfolio companies" works for its companies, not at the firm
_NOT_AT_IT = re.compile(
    r"\s+(?:portfolio|clients?|customers?|companies|members|startups|brands)\b", re.IGNORECASE
)
_NOT_A_ROLE = re.compile(
    r"\b(?:you|your|fan|writing|reaching|based|glad|happy|excited|looking|back|here|working|former|formerly|ex|"
    r"previously|retired|used)\b",
    re.IGNORECASE,
)


def self_introduction(text: str) -> tuple[str, str]:
    """(organisation, role) where the sender's first lines say who they are ("I'm on the portfolio team at
    Fieldwork Capital": "Fieldwork Capital", "portfolio team"); ("", "") otherwise."""
    opening = text[:400]
    found = (
        _AT_ORGANISATION.search(opening)
        or _FOR_ORGANISATION.search(opening)
        or _OF_ORGANISATION.search(opening)
    )
    if not found or _NOT_AT_IT.match(opening, found.end()):
        return "", ""
    role, org = found.group("role"), found.group("org").rstrip("'")
    if _NOT_A_ROLE.search(role) or not (_ROLE_WORDS.search(role) or re.search(r"\bteam\b", role)):
        return "", ""
    return org, role


def _organisation_of_address(message: Message) -> str:
    if "@" not in message.from_addr:
        return ""
    domain = message.from_addr.rsplit("@", 1)[1].lower()
    if webmail(domain):
        return ""  # "Gmail", "Proton": where the sender keeps their mail, not where they work
    written = f"{message.subject}\n{message.own_text}\n{message.signature}"
    return (
        _written_organisation(domain, written)
        or _abbreviated_organisation(domain, written)
        or _domain_organisation(domain)
    )


_NAME_TOKEN = re.compile(r"[\w'&.-]+")
_JOINING = frozenset({"of", "and", "the", "for", "&"})


def _abbreviated_organisation(domain: str, text: str) -> str:
    """The organisation as the message writes it, where the domain abbreviates its name: a word in full or its
    first letter each ("Allied Health Owners Circle" for ahoc, "Coogee Surf Life Saving Club" for coogeeslsc,
    "Freelance Health Writers Collective" for fhwcollective); "" where no line of the text spells it."""
    labels = domain_labels(domain)
    wanted = alphanumeric(labels[-1]) if labels else ""
    if not 3 <= len(wanted) <= _LONGEST_LABEL:
        return ""
    tokens = list(_NAME_TOKEN.finditer(text[:20_000]))
    words = [token.group(0) for token in tokens]
    spelling = _Spelling(words, wanted)
    for start, word in enumerate(words):
        end = spelling.last_word(start) if word[:1].isupper() else None
        if end is not None and not opens_with_a_name(words[start : end + 1]):  # "J Smith" of jsmith: a person
            # and the capitalised words just before it on its line: "Sydney Allied Health Owners Circle"
            while (
                start
                and words[start - 1][:1].isupper()
                and text[tokens[start - 1].end() : tokens[start].start()] == " "
            ):
                start -= 1
            return " ".join(" ".join(words[start : end + 1]).split()).rstrip(".,")
    return ""


_LONGEST_LABEL = 63  # the most a domain's label may hold: a longer one is no domain to read a name from


class _Spelling:
    """Where runs of `words` spell `wanted`, each capitalised word in full or by its first letter (joining words
    may be left out), one initial at least and nothing left over. What is found from a word at a point of
    `wanted` is the same from whichever word the run began, so it is remembered for the whole text: at most
    (words x letters x 2) steps, however the sender chose the label."""

    def __init__(self, words: list[str], wanted: str) -> None:
        self.words = words
        self.wanted = wanted
        self.whole = [alphanumeric(word) for word in words]
        # the next word that is not a joining word, from each word on: "of of of ..." skipped in one step
        self.next_word = list(range(len(words) + 1))
        for at in range(len(words) - 1, -1, -1):
            if words[at].lower() in _JOINING:
                self.next_word[at] = self.next_word[at + 1]
        self.found: dict[tuple[int, int, bool], int | None] = {}

    def last_word(self, start: int) -> int | None:
        """The last word of the run from `start` that spells the whole of `wanted`, or None."""
        return self._spells(start, 0, False)

    def _spells(self, at: int, done: int, an_initial: bool) -> int | None:
        at = self.next_word[at] if at < len(self.words) else at
        key = (at, done, an_initial)
        if key not in self.found:
            self.found[key] = self._spell(at, done, an_initial)
        return self.found[key]

    def _spell(self, at: int, done: int, an_initial: bool) -> int | None:
        # each step reads a letter of `wanted` at least: as deep as the label is long
        if at >= len(self.words) or not self.words[at][:1].isupper():
            return None
        whole, left = self.whole[at], len(self.wanted) - done
        if not whole:
            return None
        if self.wanted.startswith(whole, done) and (left > len(whole) or an_initial):
            if left == len(whole):
                return at
            found = self._spells(at + 1, done + len(whole), an_initial)
            if found is not None:
                return found
        if self.wanted[done] == whole[0]:
            if left == 1:
                return at if an_initial else None
            return self._spells(at + 1, done + 1, True)
        return None


def _written_organisation(domain: str, text: str) -> str:
    """The organisation as the message writes it, when its words run together make the domain's name:
    'Cascade Managed IT' for cascademanagedit.example.com, 'Creative Economy PDX' for creativeeconomypdx. Failing
    that, when some of its words do, in order: 'Apex Executive Search' for apexsearch, 'Nordic Climate Tech
    Summit' for nordicclimatesummit, 'Climate Tech Toronto' for climatetechto, 'GreenStack' for
    greenstackevents. A name written in the message reads better than the domain's squashed label."""
    labels = domain_labels(domain)
    if not labels:
        return ""
    wanted = alphanumeric(labels[-1])
    runs = [match.group(0).split() for match in _CAPITALISED_RUN.finditer(_join_wrapped(text))]
    for words in runs:  # "Paper Fox\nCollective" where wrapped
        for start in range(len(words)):
            for ampersand in ("and", ""):  # "Ember & Oak" is emberandoak, "Lin & Co" may be linco
                joined = ""
                for end in range(start, min(len(words), start + 6)):
                    joined += alphanumeric(words[end].replace("&", ampersand))
                    if joined == wanted:
                        return _with_its_kind(words, start, end, wanted)
                    if not wanted.startswith(joined):
                        break
    if len(wanted) > _LONGEST_LABEL:
        return ""
    for words in runs:
        spelled = _SpelledOn([alphanumeric(word) for word in words], wanted)
        for start, head in enumerate(spelled.words):
            if len(head) >= 3 and wanted.startswith(head):
                last = spelled.last_word(start + 1, len(head))
                if last is not None:
                    return _with_its_kind(words, start, last, wanted)
    return ""


class _SpelledOn:
    """Where the words from a point spell the rest of a domain's name, in order, skipping at most two between
    ("Apex [Executive] Search"), the last one perhaps cut short ("Toronto" as "to"), or leaving a word domains
    add ("events", "hq"). What is found from a word at a point of the name is the same from whichever word the
    run began, so it is remembered for the whole run: (words x letters) steps, not three to the power of them
    on a label of repeated letters."""

    def __init__(self, words: list[str], wanted: str) -> None:
        self.words = words  # as letters and digits
        self.wanted = wanted
        self.found: dict[tuple[int, int], int | None] = {}

    def last_word(self, at: int, done: int) -> int | None:
        """The index of the last word used to spell `wanted` from its letter `done` on, the words read from
        `at` (the word before `at` used last), or None."""
        key = (at, done)
        if key not in self.found:
            self.found[key] = self._spell(at, done)
        return self.found[key]

    def _spell(self, at: int, done: int) -> int | None:
        rest = self.wanted[done:]
        if not rest or rest in _DOMAIN_TAILS:
            return at - 1
        for n in range(at, min(len(self.words), at + 3)):
            word = self.words[n]
            # each step reads a letter at least: as deep as the label is long
            if (
                word
                and rest.startswith(word)
                and (last := self.last_word(n + 1, done + len(word))) is not None
            ):
                return last
            if len(rest) >= 2 and word.startswith(rest):
                return n
        return None


# Words a domain adds to the organisation's own name: greenstackevents, acmehq, fieldnoteapp.
_DOMAIN_TAILS = frozenset(
    "events event hq app online global group team inc uk us usa eu official mail news hub co".split()  # noqa: SIM905
)


def _with_its_kind(words: list[str], start: int, end: int, wanted: str) -> str:
    # "Studio Owners" of studioowners is "Studio Owners Collective"
    while end + 1 < len(words) and _ORG_KIND.fullmatch(words[end + 1].strip(".,")):
        end += 1
    name = " ".join(words[start : end + 1]).rstrip(",")
    if alphanumeric(name) == wanted:
        return name  # "Ferrante's" of ferrantes.example.com is its name, s and all
    # "Canopy Accelerator's Demo Day", "...at the Pisgah County Public Library.": not "Lin & Co." or "Acme Inc."
    return re.sub(r"(?:['’]s|(?<=\w{4})\.)$", "", name)


# The kind of body that ends an organisation's name: "Studio Owners Collective", "Lin & Co. Accountants".
_ORG_KIND = re.compile(
    r"(?:collective|group|studios?|agency|network|partners|accountants|architects|associates|guild|alliance|"
    r"society|association|institute|foundation|cooperative|co-?op|coworking|capital|ventures|labs?|media|"
    r"inc|llc|ltd|llp)",
    re.IGNORECASE,
)


def _domain_organisation(domain: str) -> str:
    """'ruth@halftone.example.com' -> 'Halftone', 'oliver@grantpartners.example.com' -> 'Grant Partners' (the
    kind of body a label ends in is a word of its own); webmail and reserved example domains name no one."""
    if domain in PUBLIC_DOMAINS:
        return ""
    labels = domain_labels(domain, shortest=2)
    if not labels:
        return ""
    label = labels[-1]
    if "-" in label:
        return label.replace("-", " ").title()
    words = label_words(label)
    if words:
        return " ".join(_LABEL_ACRONYMS.get(word, word.title()) for word in words)
    kind = _LABEL_KIND.search(label)
    if kind:
        label = f"{label[: kind.start()]} {kind.group(0)}"
    return label.title()


def label_words(label: str) -> list[str]:
    """A domain's squashed label as words, where it ends in words that name a business or a place and what is
    left before them is a name of its own: "maroubragp" is maroubra + gp, "liffeyvalleyphysio" liffey + valley +
    physio; [] where it cannot be split so ("zentrix", "medicare": "medi" is no name, "walmart"). Read from the
    end, each point tried against words of up to _LONGEST_WORD letters: as many steps as the label is long."""
    label = label.lower()
    if not label.isalpha() or len(label) > _LONGEST_LABEL:
        return []
    # fewest[i]: the fewest listed words that spell label[i:], with the first of them; None where none do
    fewest: list[tuple[int, int] | None] = [None] * (len(label) + 1)
    fewest[len(label)] = (0, len(label))
    for at in range(len(label) - 1, -1, -1):
        for end in range(at + 2, min(len(label), at + _LONGEST_WORD) + 1):
            after, best = fewest[end], fewest[at]
            if (
                label[at:end] in _LABEL_WORDS
                and after is not None
                and (best is None or after[0] + 1 < best[0])
            ):
                fewest[at] = (after[0] + 1, end)
    for at in range(len(label)):
        found = fewest[at]
        if found is None or found[0] == 0:
            continue
        # a name before the words, long enough to be one: not "medi" of medicare, "walm" of walmart
        first = label[at : found[1]]
        if at and at < (_SHORTEST_NAME_BEFORE_SHORT if len(first) <= 4 else _SHORTEST_NAME):
            continue
        words = [label[:at]] if at else []
        while at < len(label) and (step := fewest[at]) is not None:
            words.append(label[at : step[1]])
            at = step[1]
        return words if len(words) > 1 else []
    return []


_SHORTEST_NAME = 3
_SHORTEST_NAME_BEFORE_SHORT = 5  # before "gp", "law", "care": "maroubragp", not "medicare" or "acmelaw"
# Words a business's domain runs together with its name: what it does and where it is.
_LABEL_WORDS = frozenset(
    [
        "academy",
        "accountants",
        "accounting",
        "acupuncture",
        "advisers",
        "advisors",
        "advisory",
        "agency",
        "analytics",
        "architects",
        "architecture",
        "associates",
        "association",
        "audiology",
        "bakery",
        "bay",
        "beach",
        "beauty",
        "bookkeeping",
        "brewing",
        "bridge",
        "builders",
        "building",
        "business",
        "cafe",
        "capital",
        "care",
        "careers",
        "central",
        "centre",
        "center",
        "chiropractic",
        "chiro",
        "city",
        "clinic",
        "clinics",
        "club",
        "coaching",
        "coast",
        "coastal",
        "coffee",
        "collective",
        "college",
        "community",
        "construction",
        "consultants",
        "consulting",
        "counselling",
        "counseling",
        "county",
        "creative",
        "creek",
        "dental",
        "dentistry",
        "dentists",
        "design",
        "digital",
        "east",
        "electrical",
        "energy",
        "engineering",
        "events",
        "family",
        "farm",
        "farms",
        "finance",
        "financial",
        "fitness",
        "foods",
        "forest",
        "foundation",
        "garden",
        "gardens",
        "global",
        "gp",
        "green",
        "group",
        "growth",
        "harbour",
        "harbor",
        "health",
        "healthcare",
        "hill",
        "hills",
        "home",
        "homes",
        "hospital",
        "house",
        "hr",
        "imaging",
        "insurance",
        "institute",
        "international",
        "island",
        "kitchen",
        "labs",
        "lake",
        "lakes",
        "landscaping",
        "law",
        "lawyers",
        "learning",
        "legal",
        "library",
        "living",
        "local",
        "management",
        "marketing",
        "media",
        "medical",
        "medicine",
        "mental",
        "mountain",
        "music",
        "national",
        "network",
        "north",
        "nursing",
        "nutrition",
        "optical",
        "optometry",
        "optometrists",
        "orthodontics",
        "osteo",
        "osteopathy",
        "paediatrics",
        "pediatrics",
        "park",
        "partners",
        "pathology",
        "pharmacy",
        "photography",
        "physio",
        "physiotherapy",
        "physiotherapists",
        "pilates",
        "plumbing",
        "podiatry",
        "practice",
        "property",
        "properties",
        "psychology",
        "realty",
        "recruitment",
        "research",
        "ridge",
        "river",
        "road",
        "school",
        "security",
        "services",
        "skin",
        "smile",
        "software",
        "solar",
        "solicitors",
        "solutions",
        "south",
        "sports",
        "street",
        "studio",
        "studios",
        "surgery",
        "surgical",
        "systems",
        "tax",
        "tech",
        "technology",
        "therapy",
        "training",
        "travel",
        "trust",
        "valley",
        "vet",
        "veterinary",
        "village",
        "vision",
        "water",
        "wealth",
        "wellbeing",
        "wellness",
        "west",
        "yoga",
    ]
)
_LONGEST_WORD = max(len(word) for word in _LABEL_WORDS)
_LABEL_ACRONYMS = {"gp": "GP", "hr": "HR"}


# The kind of body that ends a domain's name after three letters or more of its own: grantpartners,
# greycoatadvisory, launchpadcareers, pisgahlibrary (not "search", which ends "climateresearch" too).
_LABEL_KIND = re.compile(
    r"(?<=[a-z0-9]{3})(?:partners|capital|ventures|labs|advisory|advisors|events|careers|consulting|"
    r"group|studios?|media|books|legal|law|digital|health|finance|summit|library|foundation|institute|network|"
    r"agency|solutions|systems|associates|collective|academy|club|society)$"
)
