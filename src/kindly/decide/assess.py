"""What an invitation is worth to the user's goals, before any decision: the fit with every goal, the goal
served best, and whether it pitches a service the user already has (and from whom)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime

from kindly.decide.client_need import introduced_business, raise_off_the_goal, says_they_raise
from kindly.decide.costs import Cost, cost_to_attend
from kindly.decide.donation import donation_asked
from kindly.decide.expert_network import brokered_consult
from kindly.decide.fit import PAID_WORK_ASKS, Evidence, best_fit, goal_fits
from kindly.decide.mentoring import mentor_in_programme, mentoring_offered
from kindly.decide.once import once
from kindly.decide.press import agency_sender
from kindly.decide.reference import reference_asked
from kindly.decide.rule_parts import you_never_do
from kindly.decide.rules import (
    KEEPS_ITS_DATE,
    Condition,
    NotFirst,
    Prerequisite,
    ProviderHit,
    about_meetings,
    conditional_rule_hit,
    keeps_out_of_the_day,
    limit_not_weighed,
    never_rule_hit,
    not_first_asked,
    pays_you,
    prerequisite_missing,
    provider_hit,
    rule_exemption,
    rule_ideas,
    spared_audience,
    spared_sender,
)
from kindly.decide.scams import (
    LOGIN_THREAT,
    PHISHING,
    STATUS_FEE,
    Scam,
    bank_details_threat_cue,
    login_threat_cue,
    scam_in,
    status_fee_cue,
)
from kindly.decide.site_visit import site_visit_asked
from kindly.decide.vendor_events import vendor_event_rule
from kindly.decide.words import fold, looks_like_person, phrase_in
from kindly.forwarded import forwarded_part, passed_on
from kindly.hours import clock_meant, rule_activities, rule_windows
from kindly.model import GoalFit, Intent, Message
from kindly.profile import GoalKind, Profile
from kindly.understand.days import named_day
from kindly.understand.extract import extract, sender_identity
from kindly.understand.recording import recording_slot
from kindly.zones import start_weighed


@dataclass(frozen=True, slots=True)
class Assessment:
    fits: tuple[GoalFit, ...]
    best: GoalFit | None
    provider: ProviderHit | None
    never: tuple[str, list[str]] | None = None  # the never-rule it falls under, with the evidence
    # the never-rule with a condition whose subject it shows ("meetings with lobbyists without council staff
    # present"), with the evidence: an answer must keep to the condition
    condition: tuple[Condition, list[str]] | None = None
    # the never-rule whose first thing ("pitch calls without a deck first") the message asks past, with the
    # evidence: the reply asks for that thing before any meeting
    first: tuple[Prerequisite, list[str]] | None = None
    # a never-rule against giving advice unpaid ("unpaid legal advice over coffee") that a prospective client's ask
    # falls under: not a reason to turn the client away, but to offer the paid way instead
    paid_instead: str = ""
    # the never-rule that spares the sender ("... except with parents or district staff") and who they are
    # ('district staff: "Superintendent"'): the yes may take their time inside the hours the rule names
    spared: tuple[str, str] | None = None
    # what the person an introduction brings in runs that a find-clients goal looks for (the first goal's), as
    # the fits read it: "owns Vine & Vault in Petaluma and is building out a Sonoma section"
    introduced_business: str = ""
    # the never-rule against a thing before a meeting ("NDAs before a first call") whose thing the message asks
    # for, with the evidence: the meeting is not ruled out, and a yes says the thing waits
    not_first: tuple[NotFirst, list[str]] | None = None
    # where no never-rule holds, one whose limit on money is in another currency than the message's sum, said
    # as evidence ('never-rule "gifts above SGD 500": "$800" is in another currency, not weighed against it')
    unweighed: str = ""


def evidence_text(message: Message) -> str:
    """What an invitation is judged on: the subject and the sender's words, with what a forward forwards and
    any calendar details."""
    return once(message, "evidence_text", lambda: _evidence_text(message))


def pays_you_in(message: Message) -> str:
    """How the message pays the user for the work it asks (rules.pays_you of its evidence text), read once."""
    return once(message, "pays_you", lambda: pays_you(evidence_text(message)))


def cost_to_attend_in(message: Message) -> Cost | None:
    """The price it asks for a place (costs.cost_to_attend of its evidence text), read once."""
    return once(message, "cost_to_attend", lambda: cost_to_attend(evidence_text(message)))


def donation_asked_in(message: Message) -> str:
    """The sentence asking for a donated gift (donation.donation_asked of its evidence text), read once."""
    return once(message, "donation_asked", lambda: donation_asked(evidence_text(message)))


def site_visit_in(message: Message, profile: Profile) -> str:
    """The sentence asking the user to come and see the sender's own project (site_visit.site_visit_asked of its
    evidence text), read once for a profile: the client's need, the policy and the yes each ask it."""
    kept: dict[int, tuple[Profile, str]] = once(message, "site_visit_asked", dict)
    found = kept.get(id(profile))
    if found is not None and found[0] is profile:
        return found[1]
    visit = site_visit_asked(profile, evidence_text(message))
    kept[id(profile)] = (profile, visit)  # the profile kept with it: another is read anew
    return visit


def reference_asked_in(message: Message) -> str:
    """The sentence asking the reader to vouch for the sender (reference.reference_asked of its own words), read
    once: the store asks it to know whether the sender is known, the policy to decide."""
    return once(message, "reference_asked", lambda: reference_asked(f"{message.subject}\n{message.own_text}"))


def brokered_consult_in(message: Message) -> str:
    """The words of a consult an expert network brokers for its client (expert_network.brokered_consult of its
    evidence text), read once: the policy reads the ask as a client's, and its fits serve no goal of a job."""
    return once(message, "brokered_consult", lambda: brokered_consult(evidence_text(message)))


def scam_in_message(message: Message) -> Scam | None:
    """The scam the message shows (scams.scam_in of its evidence text), read once: the thread and the policy
    each ask it."""
    return once(message, "scam", lambda: _scam_in(message))


def _scam_in(message: Message) -> Scam | None:
    text = evidence_text(message)
    if found := scam_in(text):
        return found
    # a fee to keep a licence, at a link, from a look-alike of the body's domain: the sender's address tells
    sender = message.from_name or message.sender
    if words := status_fee_cue(sender, message.from_addr, text):
        return Scam(STATUS_FEE, words)
    # ...or bank details asked under a threat to the account, from a look-alike of the body's domain
    if words := bank_details_threat_cue(sender, message.from_addr, text):
        return Scam(PHISHING, words)
    # ...or a login asked at a link under a threat ("confirm your donation portal within 24 hours: log in here")
    words = login_threat_cue(sender, message.from_addr, text)
    return Scam(LOGIN_THREAT, words) if words else None


def _evidence_text(message: Message) -> str:
    text = f"{message.subject}\n{message.own_text}\n{message.signature}"
    if forwarded := forwarded_part(message):
        text += "\n\n" + forwarded  # a forward is judged with what it forwards
    if message.event is not None:
        text += "\n" + message.body
    return text


def assess(message: Message, intent: Intent, profile: Profile, users_mail: str = "") -> Assessment:
    """`users_mail`: the user's own words the message answers, where the mailbox holds them. Worked out once
    for each intent, words and profile, and kept on the message (decide.once): a reading that weighs an event's
    fit and the policy that decides on it ask the same."""
    kept: dict[tuple[Intent, str], tuple[Profile, Assessment]] = once(message, "assessments", dict)
    found = kept.get((intent, users_mail))
    if found is not None and found[0] is profile:
        return found[1]
    assessment = _assess(message, intent, profile, users_mail)
    kept[intent, users_mail] = (profile, assessment)  # the profile kept with it: another is assessed anew
    return assessment


def _assess(message: Message, intent: Intent, profile: Profile, users_mail: str) -> Assessment:
    text = evidence_text(message)
    _name, organisation, role = sender_identity(message)
    # read only for a goal of finding a mentor, the one goal it serves: a mentor's time the sender offers, or
    # a programme or group to join that gives the user a mentor
    mentoring = (
        mentoring_offered(message, profile.user.name, profile.user.email, users_mail)
        or (mentor_in_programme(text) if intent is Intent.COMMUNITY_INVITATION else "")
        if profile.has_goal(GoalKind.FIND_MENTOR)
        else ""
    )
    # how it pays the user, read only where a goal's fit may ask it (a paid ask to a goal of finding clients)
    pays = (
        pays_you_in(message) if intent in PAID_WORK_ASKS and profile.has_goal(GoalKind.FIND_CLIENTS) else ""
    )
    # what the person an introduction brings in runs, read once for the fits and the policy (introduced_buyer)
    businesses = tuple(
        introduced_business(profile, goal, text) if intent is Intent.INTRODUCTION else ""
        for goal in profile.goals
    )
    evidence = Evidence(
        message.sender, text, organisation, passed_on(message), role, mentoring, pays, businesses
    )
    fits = goal_fits(profile, intent, evidence)
    if consult := brokered_consult_in(message):
        # an expert network's paid call for its client is no job: a goal of landing a role is not served by it
        fits = [
            _no_job(fit, consult) if _A_JOB_GOAL.search(fold(goal.description)) else fit
            for fit, goal in zip(fits, profile.goals, strict=True)
        ]
    # a seller's own webinar or dinner, under a rule about events run by vendors - which names it better than a
    # rule the model's reading alone shows ("quick 15-minute vendor calls from cold outreach" for a vendor's dinner
    # read as a pitch: "dinners paid by vendors")
    # ...and a rule about PR agencies holds of one known only by its address or its name ("haldenpr.com")
    agency = agency_sender(message)
    generic = never_rule_hit(profile, f"{text}\n(from a PR agency: {agency})" if agency else text, intent)
    never = (
        generic
        if generic is not None and not _only_the_intent(generic[1])
        else vendor_event_rule(profile, message, intent)
        or generic
        or hour_rule_event(profile, message, intent)
    )
    if (
        never
        and _only_the_intent(never[1])
        and any(f.evidence[:1] and "target person" in f.evidence[0] for f in fits)
    ):
        # the target person read as a recruiter or a pitch: the model's reading alone is too little to rule
        # out the one person a goal names
        never = None
    if never and intent not in KEEPS_ITS_DATE and _only_the_day(never[1]) and about_meetings(never[0]):
        # "meetings on Sunday": a meeting can move to another day, and the draft refuses the day and offers others;
        # an event, a group or a talk keeps its organiser's day and falls under the rule, as does a client's work
        # under "weekend work"
        never = None
    if (
        never
        and intent in KEEPS_ITS_DATE
        and _only_the_day(never[1])
        and _day_only_a_deadline(text, never[1])
    ):
        # "no events on Sundays": a summit on a Thursday whose call for speakers closes on a Sunday is no Sunday event
        never = None
    spared = None
    if never and (exemption := rule_exemption(never[0])):
        # "meetings during school hours except with parents or district staff": no rule for a parent who writes
        identity = f"{role}\n{organisation}\n{message.signature}\n{message.sender}"
        # "weekend events except for students": no rule for an event of the user's students either
        if who := spared_sender(exemption, message.own_text, identity) or spared_audience(
            exemption, message.own_text
        ):
            never, spared = None, (exemption.rule, who)
    if (
        never
        and intent not in KEEPS_ITS_DATE
        and _only_the_hour(never[1])
        and about_meetings(never[0])
        and keeps_out_of_the_day(profile.meeting_hours)
    ):
        # "meetings during school hours" where the user's own hours keep meetings out of the school day anyway: a
        # meeting can move, and the draft answers a 10am with times in those hours; an event keeps its time
        never = None
    paid_instead = ""
    if never and intent is Intent.CLIENT_INQUIRY and free_advice_rule(never[0]):
        # "unpaid legal advice over coffee" from an employer who needs a work permit: a client, offered a consultation
        paid_instead, never = never[0], None
    if never:
        # What the user never does serves none of their goals, however well it matches one.
        fits = [_ruled_out(fit, never[0]) for fit in fits]
    best = None if never else best_fit(profile, fits)
    provider = provider_hit(profile, text, intent, message.signature)
    return Assessment(
        tuple(fits),
        best,
        provider,
        never,
        conditional_rule_hit(profile, text, intent),
        # a founder raising outside the field the user backs is no deck to wait for: it is declined as not theirs
        None
        if raise_off_the_goal(profile, text)
        else prerequisite_missing(profile, text, intent, raises=bool(says_they_raise(text))),
        paid_instead,
        spared,
        next((business for business in businesses if business), ""),
        not_first_asked(profile, text, intent),
        "" if never or not profile.never else limit_not_weighed(profile, text, intent),
    )


def free_advice_rule(rule: str) -> bool:
    """Whether a never-rule is against giving advice unpaid ("unpaid legal advice over coffee", "free
    consulting"): its one alternative names nothing but unpaid work and consulting."""
    return any(set(alternative) == {"unpaid", "consulting"} for alternative in rule_ideas(rule))


def target_person_named(message: Message, profile: Profile) -> str:
    """How a message names the target person of a meet_person goal ("Anil Chaudhry is named in the message",
    "... is the sender"); "" where it does not."""
    people = [
        target
        for goal in profile.goals
        if goal.kind is GoalKind.MEET_PERSON
        for target in goal.targets
        if looks_like_person(target, meant_as_person=True)
    ]
    text = evidence_text(message)
    # none of their names in the message or its sender: no need to weigh the goals to know
    said = fold(f"{message.sender}\n{text}")
    if not any(phrase_in(part, said) for person in people for part in person.split() if len(part) > 1):
        return ""
    pays = pays_you_in(message) if profile.has_goal(GoalKind.FIND_CLIENTS) else ""  # a coffee is a paid ask
    evidence = Evidence(message.sender, text, sender_identity(message)[1], passed_on(message), pays=pays)
    for fit in goal_fits(profile, Intent.COFFEE_CHAT, evidence):
        if fit.kind == GoalKind.MEET_PERSON.value and fit.evidence[:1] and "target person" in fit.evidence[0]:
            return fit.evidence[0].removeprefix("target person ")
    return ""


def _only_the_hour(notes: list[str]) -> bool:
    """Whether a never-rule holds by the hour alone ('daytime: "10am"'): a rule about when, not about what."""
    return bool(notes) and all(note.split(":", 1)[0] == "daytime" for note in notes)


def _only_the_day(notes: list[str]) -> bool:
    """Whether a never-rule holds by the day alone ("weekend: "Saturday"", "sunday: "Sunday""), or by the day and
    its part ("meetings on Friday or Saturday evenings": '"friday": "Friday"', 'evening: "7pm"'): a rule about
    when, not about what is asked."""
    kinds = [note.split(":", 1)[0].strip('"').lower() for note in notes]
    days = [kind for kind in kinds if kind in _DAY_NOTES or kind.removesuffix("s") in _WEEKDAY_WORDS]
    return bool(days) and all(kind in days or kind in ("evening", "morning") for kind in kinds)


# The notes of a day a never-rule names: its ideas of the weekend, or a weekday read word for word ('"friday"').
_DAY_NOTES = ("weekend", "saturday", "sunday")
_WEEKDAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday"})


def _day_only_a_deadline(text: str, notes: list[str]) -> bool:
    """Whether every time a message names the day a rule keeps clear, it names a deadline, not the event's day:
    "Our call for speakers closes on Sunday, December 20. The summit itself is on Thursday, February 4" is no
    Sunday event; "Sunday brunch mixer ... on Sunday, January 10" is."""
    names = {
        _DAY_NAMES[at]
        for note in notes
        for at in _DAYS_OF.get(note.split(":", 1)[0].strip('"').lower().removesuffix("s"), ())
    }
    said = [found for name in names for found in re.finditer(rf"\b{name}s?\b", text, re.IGNORECASE)]
    return bool(said) and all(
        _A_DEADLINE.search(text, max(0, found.start() - 40), found.start()) for found in said
    )


# Words that make the day after them a deadline: "closes on", "deadline", "due", "by", "RSVP by", "until".
_A_DEADLINE = re.compile(
    r"\b(?:clos(?:es|ing)|deadline(?: is)?|due|by|until|before|ends|submissions?|applications?)\b(?: on)?\W*$",
    re.IGNORECASE,
)
_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


_DAYS_OF = {
    "weekend": {5, 6},
    "saturday": {5},
    "sunday": {6},
    **{name: {at} for at, name in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday"))},
}


def _only_the_intent(notes: list[str]) -> bool:
    """Whether a never-rule's evidence quotes nothing of the message ("recruiting: the message is a
    recruiting"): the model's reading alone, no words of the sender's."""
    return all('"' not in note for note in notes)


# A goal of landing a job or a role ("Land a postdoc or an industry role in battery research").
_A_JOB_GOAL = re.compile(r"\b(?:jobs?|roles?|positions?|postdocs?|careers?|employment|employer|hired)\b")


def _no_job(fit: GoalFit, consult: str) -> GoalFit:
    note = f'a consult brokered for a client ("{consult}") is no job'
    return replace(fit, score=0.0, evidence=(note, *fit.evidence))


def _ruled_out(fit: GoalFit, rule: str) -> GoalFit:
    note = f"would score {fit.score:.2f}, but {you_never_do(rule, mid_sentence=True)}"
    return replace(fit, score=0.0, evidence=(note, *fit.evidence), ruled_out_from=fit.score)


# A never-rule about the hour that names events, not only meetings: "meetings or events after 7pm on weekdays".
_NAMES_EVENTS = re.compile(r"\b(?:events?|anything|gatherings?|mixers?|talks?)\b", re.IGNORECASE)
# A rule that keeps meetings off the stretches the user works ("meetings during peak class times, weekdays 5-8 am
# and 5-8 pm", "meetings during service (12:00-15:00)"): they are coaching or cooking then, so an event at that hour
# is kept off too; a rule of the hour alone ("meetings after 6pm") or of calls ("calls during clinic hours") is not.
_DURING_OWN_WORK = re.compile(
    r"\bduring\s+(?:(?:our|my|the)\s+)?(?:[\w'-]+\s+){0,2}?(?:class(?:es)?|service|shifts?|sessions?|open(?:ing)?"
    r"\s+hours|peak\s+(?:times?|hours))(?:\s+(?:times?|hours))?\b",
    re.IGNORECASE,
)


def _kept_for_own_work(rule: str) -> bool:
    return _DURING_OWN_WORK.search(rule) is not None and not rule_activities(rule)


# An hour said with its half of the day, or in the 24-hour day: "7:30 pm", "6pm", "19:30" (not "December 10").
_AN_HOUR = re.compile(r"\b\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}:\d\d\b", re.IGNORECASE)

_A_SPAN = re.compile(
    r"\b(\d{1,2}(?:[:.]\d\d)?)\s*(?:-|–|to|until|till)\s*(\d{1,2})(?:[:.]\d\d)?\s*(am|pm|a\.m\.|p\.m\.)",
    re.IGNORECASE,
)


def _half_of_start(span: re.Match[str]) -> str:
    """The half of the day a span's start is in: its end's, unless it ends past noon ("11:30 to 1:00 pm")."""
    first, last = int(span.group(1).split(":")[0].split(".")[0]), int(span.group(2))
    half = span.group(3).lower().replace(".", "")
    return "am" if half == "pm" and first > last and first != 12 else half


def hour_rule_event(profile: Profile, message: Message, intent: Intent) -> tuple[str, list[str]] | None:
    """The never-rule about the hour of events that an event, a group's meeting or a talk starts outside ("meetings
    or events after 7pm on weekdays" for a mixer on Wednesday at 7:30 pm), with the evidence: it keeps its
    organiser's time, so the rule declines it (a meeting is answered with times the rule leaves instead)."""
    if intent not in KEEPS_ITS_DATE:
        return None
    rules = [
        (rule.what, left)
        for rule in profile.never
        if (_NAMES_EVENTS.search(rule.what) or _kept_for_own_work(rule.what))
        and (left := rule_windows(rule.what)) is not None
    ]
    if not rules:
        return None
    details = extract(message, intent)
    if recording_slot(message, details):
        return None  # a podcast's recording slot is a call with the host: it moves like a meeting
    starts = _event_start(profile, message, details.when)
    if starts is None:
        return None
    for rule, left in rules:
        on_its_days = [w for w in left if starts.weekday() in w.days]
        if on_its_days and not any(w.start <= starts.time() < w.end for w in on_its_days):
            if all(w.start == w.end for w in on_its_days):
                # "events on Fridays": the day alone, noted as a day is (its next one is welcome)
                return rule, [
                    f"{starts:%A}: it is on {starts:%A} {starts.day} {starts:%B}, a day the rule keeps clear"
                ]
            return rule, [f"it starts {starts:%A} at {starts:%H:%M}, an hour the rule keeps you from"]
    return None


def _event_start(profile: Profile, message: Message, when: str) -> datetime | None:
    """When an event starts, in the user's own clock where the calendar says its zone, else as the mail says it
    (`when`, the details' "Wednesday, December 16, 7:30-9:00 pm")."""
    if message.event is not None:
        return start_weighed(message.event, profile.user.zone, message.date_offset)
    if message.date is None:
        return None
    day = named_day(when, message.date.date())
    span = _A_SPAN.search(when)  # "from 7:30 to 9:00 pm": the half of the day said once, for both
    hour = _AN_HOUR.search(when)
    said = f"{span.group(1)} {_half_of_start(span)}" if span else hour.group(0) if hour else ""
    clock = clock_meant(said, when) if said else None
    return datetime.combine(day, clock) if day is not None and clock is not None else None
