"""The ideas of never-rules about times and terms: the working day, weekends, Saturdays, Sundays, mornings,
evenings, appointments, spec work, corporate work, playlists, white-label work and equity."""

from __future__ import annotations

import re

from kindly.decide.rules.concept import _F, Concept
from kindly.decide.rules.concept_words import (
    _A_DOTTED_CLOCK,
    _BEFORE_ITS_DATE,
    _NO_CURRENCY_AFTER,
    _NO_SUM_BEFORE,
    TAKE_HOME,
)
from kindly.model import Intent

TIMES: dict[str, Concept] = {
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
