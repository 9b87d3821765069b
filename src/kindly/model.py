"""Frozen domain types shared by every step: what was read, understood, decided and drafted."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta, timezone
from enum import StrEnum


class Intent(StrEnum):
    """The primary ask of a message, from the reader's point of view (see the labeling guide)."""

    NONE = "none"
    WORK_MEETING = "work_meeting"
    COFFEE_CHAT = "coffee_chat"
    SALES_PITCH = "sales_pitch"
    EVENT_INVITATION = "event_invitation"
    SPEAKING_INVITATION = "speaking_invitation"
    MENTORSHIP_REQUEST = "mentorship_request"
    INTRODUCTION = "introduction"
    RECRUITING = "recruiting"
    PARTNERSHIP_PROPOSAL = "partnership_proposal"
    COMMUNITY_INVITATION = "community_invitation"
    CLIENT_INQUIRY = "client_inquiry"


class Decision(StrEnum):
    ACCEPT = "accept"
    ASK_DETAILS = "ask_details"
    DECLINE = "decline"
    REFER = "refer"
    IGNORE = "ignore"


class DecisionMark(StrEnum):
    """A fact decide found that a reply's words depend on, kept beside the human note that says it (which may be
    reworded freely): the store keeps the marks, and reply reads them, never the notes."""

    # of the understanding: what decide read the message as
    GUEST_OFFERED = "guest_offered"  # a guest offered for the user's own show
    SENDS_WORK = "sends_work"  # the sender refers a client or a patient to the user
    # of the verdict: what it rests on
    AWARD_FOR_SALE = "award_for_sale"  # a place at an award sold to the user
    FEATURE_FOR_SALE = "feature_for_sale"  # a feature of the user's own work sold to them
    REVIEW_FOR_SALE = "review_for_sale"  # ... and what it sells includes a review
    PAYS_TO_TAKE_PART = "pays_to_take_part"  # a booth or a stand sold for an event
    PAID_INSTEAD = "paid_instead"  # a paid consultation offered instead of what a never-rule refuses
    PLACE_BOUGHT = (
        "place_bought"  # a never-rule held on a place on the user's own show or page bought from them
    )
    # of a never-rule's decline (set where the rule held, reason code never_do)
    CHARGES_GUESTS = "charges_guests"  # a show or a stage that charges its guests
    PAID_PLACE = "paid_place"  # a price the user would pay ('"paid": "GBP 2,950"' of "paid-for awards")
    # ...or pay the sender offers the user ('"paid": "honorarium"' of "paid speaking slots": "We pay a $500
    # honorarium"), which buys the user no place
    PAID_TO_YOU = "paid_to_you"
    SELLERS_EVENT = "sellers_event"  # an event its seller hosts
    SUBMISSION = "submission"  # a writer's own work offered, referred to where the user's submissions go
    # of a follow-up, by any channel, of an ask the user already declined and told them so: the no is held again
    NO_SENT_BY_EMAIL = "no_sent_by_email"  # ... in an e-mail
    NO_SENT_BY_MESSAGE = "no_sent_by_message"  # ... in a direct message (LinkedIn, a text...)
    # of a mail in another language: it comes from a person or an organisation a goal names (read first of them)
    FROM_A_TARGET = "from_a_target"
    # ...or from a prospective client who asks for a consultation (or for advice, PAID_INSTEAD): a yes in it
    CLIENT_CONSULTATION = "client_consultation"
    # of a goal's fit: what it was weighed as (decide reads it of its own fits; the store keeps fits' notes only)
    MENTOR_OFFERED = "mentor_offered"  # a mentor's time offered to the user, by the sender or a programme
    # of a request for the user's own work left to them: one of their saved answers is about what it asks, so a
    # draft of it is offered all the same (kindly.reply.saved_answer)
    SAVED_ANSWER = "saved_answer"
    # of a yes to someone a goal seeks, whose treat a never-rule refuses ("My treat" to "meals from companies I
    # cover"): the meeting is welcome, the reply says the user pays their own way
    OWN_WAY = "own_way"


@dataclass(frozen=True, slots=True)
class Attachment:
    name: str
    content_type: str
    size: int


@dataclass(frozen=True, slots=True)
class Attendee:
    email: str
    name: str = ""
    role: str = ""
    partstat: str = ""
    rsvp: bool = False


@dataclass(frozen=True, slots=True)
class Mailbox:
    """One of whom a message was written to, as its To or Cc header names them: "Jane Doe <jane@...>"."""

    name: str  # the display name, "" where the header gives none
    addr: str  # lowercased


@dataclass(frozen=True, slots=True)
class Event:
    """A calendar event as read from an .ics file or a text/calendar part."""

    uid: str
    summary: str
    method: str = "REQUEST"
    sequence: int = 0
    start: datetime | None = None
    end: datetime | None = None
    location: str = ""
    description: str = ""
    organizer_email: str = ""
    organizer_name: str = ""
    attendees: tuple[Attendee, ...] = ()
    recurrence: str = ""
    # the clock its start is given in: the zone its TZID names ("America/Los_Angeles"), "UTC" for a time the
    # organiser's calendar wrote in UTC ("...T003000Z"), "" for a floating time or a day (read as written)
    start_zone: str = ""


@dataclass(frozen=True, slots=True)
class Message:
    """One message as read from any source, already decoded into readable text."""

    source: str  # where it came from, e.g. "inbox.mbox#12"
    channel: str = "email"  # email | linkedin | calendar | text
    message_id: str = ""
    in_reply_to: str = ""
    references: tuple[str, ...] = ()
    conversation: str = ""  # a source's own thread key (LinkedIn conversation, calendar UID)
    from_name: str = ""
    from_addr: str = ""
    to: tuple[str, ...] = ()  # every address it was written to, To's then Cc's
    # the same, with the names the headers give them, To and Cc apart (empty for what has no such headers)
    to_mailboxes: tuple[Mailbox, ...] = ()
    cc_mailboxes: tuple[Mailbox, ...] = ()
    subject: str = ""
    date: datetime | None = None  # in UTC
    # the Date header's offset from UTC in minutes: "next week" and "Monday" are read on the sender's own day
    date_offset: int | None = None
    body: str = ""  # everything readable
    own_text: str = ""  # the sender's own newest words
    quoted_text: str = ""  # quoted or forwarded history, kept as context
    signature: str = ""
    attachments: tuple[Attachment, ...] = ()
    event: Event | None = None
    raw: bytes = b""  # the original bytes
    # ...or instead of `raw`, the same bytes already packed (ingest.packing) by a parser process
    packed: bytes = b""
    # what the steps of a triage read from this message, each kept the first time it is read (decide.once): the
    # policy, the draft and the goals' fit ask the same questions of the same words
    readings: dict[str, object] = field(default_factory=dict, init=False, repr=False, compare=False)

    @property
    def zone(self) -> timezone:
        """The offset the sender wrote in (their Date header's), UTC where it is unknown."""
        return timezone(timedelta(minutes=self.date_offset)) if self.date_offset else UTC

    @property
    def sender(self) -> str:
        if self.from_name and self.from_addr:
            return f"{self.from_name} <{self.from_addr}>"
        return self.from_name or self.from_addr


@dataclass(frozen=True, slots=True)
class Contact:
    """Someone the user already knows, e.g. a LinkedIn connection: their messages come from a known sender."""

    name: str
    source: str  # linkedin | ...
    email: str = ""
    profile_url: str = ""  # normalised, e.g. "linkedin.com/in/jane-doe"
    company: str = ""
    position: str = ""
    connected_on: datetime | None = None


@dataclass(frozen=True, slots=True)
class Understanding:
    """What the understanding step concluded about one message, with the evidence."""

    is_invitation: bool
    intent: Intent
    purpose_clear: bool | None
    confidence: float
    intent_scores: dict[str, float] = field(default_factory=dict)
    purpose_confidence: float = 0.0
    evidence: tuple[str, ...] = ()
    # the sender's own words remind of a meeting already agreed and ask nothing new ("we agreed to meet Thursday
    # ... see you then!"), whatever the message was read as: triage names such a none a confirmation. Read with
    # the message, not stored (as purpose_confidence): a stored understanding says False
    agreed_meeting: bool = False
    marks: frozenset[DecisionMark] = frozenset()

    def read_as(self, intent: Intent, why: str, *marks: DecisionMark) -> Understanding:
        """This message read as another inviting ask, its purpose clear, with why first in the evidence (and the
        marks of what it was read as beside it)."""
        return replace(
            self,
            intent=intent,
            is_invitation=True,
            purpose_clear=True,
            evidence=(why, *self.evidence),
            marks=self.marks | frozenset(marks),
        )


@dataclass(frozen=True, slots=True)
class GoalFit:
    goal_index: int
    kind: str
    description: str
    score: float
    evidence: tuple[str, ...] = ()
    # what it would have scored had a never-rule not held (its score is then 0), as its first note says; None
    # where no rule held
    ruled_out_from: float | None = None
    marks: frozenset[DecisionMark] = frozenset()  # the facts decide reads of it, beside its notes


@dataclass(frozen=True, slots=True)
class Referral:
    """Someone in the referral directory, or one of the user's resources, that serves a request better."""

    name: str
    detail: str = ""  # organisation and service, or the resource's description
    contact: str = ""  # address, phone or link


@dataclass(frozen=True, slots=True)
class Verdict:
    """A decision and everything it rests on."""

    decision: Decision
    reason: str
    reason_code: str
    fits: tuple[GoalFit, ...] = ()
    best: GoalFit | None = None
    provider: str = ""  # the provider the user already has, when a pitch duplicates it
    provider_category: str = ""
    never_rule: str = ""
    evidence: tuple[str, ...] = ()
    referral: Referral | None = None  # who or what a `refer` points to
    # networking hours it takes from its week if accepted: 0 for paid work (a client, a paid talk, a client's
    # own business), its stated length for a short call or recording, else its kind's usual hours (None where
    # not decided by the policy: the kind's usual hours stand in)
    hours: float | None = None
    # what the reason rests on where it ends in what to do about it ("Serves ..., but that week's hours are
    # taken" before ": propose a later time."): a caller that does otherwise states the same grounds
    grounds: str = ""
    # the facts of its evidence a reply depends on, as decide set them beside the notes
    marks: frozenset[DecisionMark] = frozenset()

    @property
    def fit(self) -> float:
        return self.best.score if self.best else 0.0


@dataclass(frozen=True, slots=True)
class Draft:
    text: str
    steps: tuple[str, ...]  # ask_details | honest_reason | offer_resource | accept
    channel: str = "email"
    subject: str = ""
    times: tuple[str, ...] = ()  # the meeting times it proposes, so that no other draft offers them too
    # whom it is from: the user of the profile that wrote and signed it (an export needs no profile then)
    from_name: str = ""
    from_addr: str = ""
