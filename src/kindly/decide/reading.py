"""How triage reads the model's answer against the profile before any decision: a calendar REQUEST is an
invitation; a buyer in other words is a client (decide.client_need); a meeting the person a goal names asks
for, or one about the client a goal helps, is that goal's meeting, not an ordinary work meeting; a seller who
asks to be introduced inside the user's organisation is pitching; news that the reader is shortlisted, with the
price of their place, is an award to weigh; a talk that pays the user is a speaking invitation, however the
model read it; and a pitch the model is unsure of, which sells nothing, is read as the ask that serves a goal. Each reading says why in the evidence.

Pure: reads the message and the profile only.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kindly.amounts import MONEY
from kindly.decide.agency_recruiting import with_own_trade
from kindly.decide.answered_asks import asked_and_answered
from kindly.decide.assess import assess, evidence_text, site_visit_in, target_person_named
from kindly.decide.bookings import booking_paid, hired_for_a_slot
from kindly.decide.client_need import as_client, buyer_for_client, says_they_raise
from kindly.decide.community_partner import with_community_partner
from kindly.decide.consultation_topic import with_consultation_topic
from kindly.decide.fee_denied import first_fee_paid
from kindly.decide.fees import NOT_A_FEE, WE_WOULD, YOU_WOULD_RECEIVE
from kindly.decide.fit import share_of_theirs
from kindly.decide.fit_reading import clients_of, domain_label, household_named, writes_at
from kindly.decide.gatherings import peer_group_asked, peers_gathering, standing_group
from kindly.decide.guests import GUEST_OFFERED, guest_offered, seeks_guests
from kindly.decide.handed_over import handed_over
from kindly.decide.industry import industry_engagement
from kindly.decide.mentoring import ANSWERS_YOUR_REQUEST, mentor_in_programme, mentoring_offered
from kindly.decide.nda_first import with_nda_before_call
from kindly.decide.newsroom_mail import with_newsroom_mail
from kindly.decide.own_offering import with_own_offering_asked
from kindly.decide.own_proposal import with_own_proposal
from kindly.decide.people_to_place import with_people_to_place
from kindly.decide.pitched_hiring import with_pitch_not_a_job
from kindly.decide.policy import ACCEPT_AT
from kindly.decide.providers import provider_hit, sender_is_provider
from kindly.decide.referral import asked_for
from kindly.decide.research import sellers_research
from kindly.decide.rules import charges_to_appear, honour_sold_to_you, personal_cue
from kindly.decide.sellers import SALES_TITLE
from kindly.decide.selling import SAYS_FREE, names_a_sale, offers_for_sale
from kindly.decide.submission_call import with_call_for_submissions
from kindly.decide.topic_said import topic_said
from kindly.decide.trade_offered import with_trade_offered
from kindly.decide.trade_sought import trade_sought
from kindly.decide.vendor_events import seller_hosted, what_it_gives
from kindly.decide.white_label import work_offered
from kindly.decide.withheld_ask import with_ask_withheld
from kindly.decide.words import (
    SENTENCE,
    content_stems,
    fold,
    phrase_in,
    phrase_stems,
    stem,
    words,
)
from kindly.domains import is_no_reply
from kindly.forwarded import forwarded_part, passed_on
from kindly.gated import gated
from kindly.model import DecisionMark, Intent, Message, Understanding
from kindly.profile import Goal, GoalKind, Profile
from kindly.understand.classify import mutual_referrals
from kindly.understand.extract import sender_identity

UNSURE_PITCH = 0.3  # a pitch read with less confidence than this may be read again
SURE_PITCH = 0.5  # ...and one that says it costs nothing ("no charge"), under this
RUNNER_UP = 0.6  # ...as another ask the model finds nearly as likely (this share of the pitch's probability)


def as_read(
    understanding: Understanding, profile: Profile, message: Message, users_mail: str = ""
) -> Understanding:
    """The model's reading of a message as triage weighs it. `users_mail`: the user's own words the message
    answers, where the mailbox holds them."""
    understanding = as_calendar_request(understanding, message)
    understanding = as_working_session(understanding, message)
    understanding = as_honour_for_sale(understanding, message)
    understanding = with_newsroom_mail(understanding, profile, message)
    understanding = as_digest(understanding, message)
    understanding = with_introduction_offered(understanding, message)
    understanding = with_own_trade(understanding, profile, message)
    understanding = with_people_to_place(understanding, profile, message)
    understanding = with_own_proposal(understanding, message)
    understanding = with_own_offering_asked(understanding, profile, message)
    understanding = with_nda_before_call(understanding, message)
    understanding = as_client(
        understanding,
        profile,
        f"{message.subject}\n{message.own_text}",
        lambda: site_visit_in(message, profile),
        message.body,
    )
    understanding = with_target_person(understanding, profile, message)
    understanding = with_target_passed_on(understanding, profile, message)
    understanding = with_contact_passed_on(understanding, message)
    understanding = with_client_to_help(understanding, profile, message)
    understanding = with_clients_business_handed_over(understanding, profile, message)
    understanding = with_community_partner(understanding, profile, message)
    understanding = with_buyer_for_client(understanding, profile, message)
    understanding = with_seller_asking_in(understanding, message)
    understanding = with_provider_trade_sold(understanding, profile, message)
    understanding = with_recruiter_offering_work(understanding, message)
    understanding = with_pitch_not_a_job(understanding, message)
    understanding = with_work_offered(understanding, message)
    understanding = with_trade_offered(understanding, profile, message)
    understanding = with_paid_booking(understanding, profile, message)
    understanding = with_stranger_read_again(understanding, profile, message)
    understanding = with_mentor_offering(understanding, profile, message, users_mail)
    understanding = with_standing_group(understanding, message)
    understanding = with_proposal_explained(understanding, message)
    understanding = with_answered_question(understanding, profile, message)
    understanding = with_consultation_topic(understanding, profile, message)
    understanding = with_seller_hosted_event(understanding, profile, message)
    understanding = with_sellers_research(understanding, profile, message)
    understanding = with_industry_engagement(understanding, message)
    understanding = with_stage_for_sale(understanding, message)
    understanding = with_stage_asked(understanding, message)
    understanding = with_programme_to_apply(understanding, profile, message)
    understanding = with_call_for_submissions(understanding, profile, message)
    understanding = with_share_asked(understanding, message)
    understanding = with_endorsement_asked(understanding, message)
    understanding = with_guest_offered(understanding, profile, message)
    understanding = with_second_reading(understanding, profile, message)
    understanding = with_ask_withheld(understanding, profile, message)
    understanding = with_no_role_offered(understanding, profile, message)
    return as_list_pitch(understanding, message)


# A mailing sent to a whole list: its unsubscribe line, "you are receiving this because you are a member".
_TO_A_LIST = re.compile(
    r"\b(?:unsubscribe|opt[- ]out|manage (?:your )?(?:preferences|subscription)|you(?:'re| are) receiving this)\b",
    re.IGNORECASE,
)
# ...whose subject invites, whatever else it lists: "Invitation: ...", "Join us ...", "RSVP", "Save the date".
_SUBJECT_INVITES = re.compile(r"\b(?:invit\w*|join us|rsvp|save the date|register now)\b", re.IGNORECASE)


def as_list_pitch(understanding: Understanding, message: Message) -> Understanding:
    """A pitch mailed to a list from an address nobody reads ("Try Premium free for 1 month ... Unsubscribe", from
    messages-noreply@): a mailing, with no one to answer, not a seller's ask to decline."""
    if understanding.intent is not Intent.SALES_PITCH or not is_no_reply(message.from_addr):
        return understanding
    listed = _TO_A_LIST.search(f"{message.own_text}\n{message.body}")
    if listed is None:
        return understanding
    why = f'none: a mailing to a list ("{listed.group(0)}") from an address nobody reads, not an ask'
    return replace(
        understanding, intent=Intent.NONE, is_invitation=False, evidence=(why, *understanding.evidence)
    )


def as_digest(understanding: Understanding, message: Message) -> Understanding:
    """A digest of news mailed to a list that names an event among its items ("People Management weekly - This
    week: ... - Webinar: fair scheduling for shift workers (register free) ... Unsubscribe"): news to many, not an
    invitation to the reader, however its one event reads. Its subject is a digest's ("This week", "newsletter",
    "bulletin"), it lists three items or more, and it says it was mailed to a list; a subject that invites
    ("Invitation: branch evening this week") is an invitation still."""
    if understanding.intent not in (Intent.EVENT_INVITATION, Intent.COMMUNITY_INVITATION):
        return understanding
    # ...or its first line names it one ("Patterson Vet Supply - December newsletter"): a masthead, whatever the
    # subject leads with and however its items are laid out
    masthead = _MASTHEAD.match(message.own_text.strip())
    digest = masthead or _A_DIGEST.search(message.subject)
    if digest is None or _SUBJECT_INVITES.search(message.subject):
        return understanding
    if (not masthead and len(_LISTED.findall(message.own_text)) < 3) or not _TO_A_LIST.search(
        f"{message.own_text}\n{message.body}"
    ):
        return understanding
    why = f'none: a digest of news mailed to a list ("{digest.group(0)}"), not an invitation'
    return replace(
        understanding, intent=Intent.NONE, is_invitation=False, evidence=(why, *understanding.evidence)
    )


def with_share_asked(understanding: Understanding, message: Message) -> Understanding:
    """A request to spread the sender's own post ("could you like and reshare my post about ...?", "Would you mind
    reposting our launch post?") that the model read as a client's enquiry or a pitch, read as the joint push it
    asks for: whether it serves a campaign of the user's is the post's subject (decide.fit), and a no to it is a
    no to a favour, never to a client."""
    if understanding.intent not in (Intent.SALES_PITCH, Intent.CLIENT_INQUIRY):
        return understanding
    shared = share_of_theirs(f"{message.subject}\n{message.own_text}")
    if not shared:
        return understanding
    note = (
        f'partnership_proposal: it asks you to spread their own post ("{shared}"), a favour, not a purchase'
    )
    return understanding.read_as(Intent.PARTNERSHIP_PROPOSAL, note)


# A seller asks the user to lend their name to what it sells: "looking for studios to write a short testimonial",
# "would you give us a quick review", "be one of our case studies", "appear in our launch video". The user is the
# one who gives it: "we'd love to write a case study of your Brunswick house" is the sender writing about them.
_ENDORSEMENT_ASKED = re.compile(
    r"\b(?:(?:write|give|provide|record|film|leave|share|contribute|do|offer)(?:ing)?\s+(?:us\s+)?(?:a|an|your|one)?"
    r"\s*(?:(?:short|quick|brief|written|video|honest|small)\s+){0,2}(?:testimonials?|case\s+stud(?:y|ies)|"
    r"endorsements?|reviews?\s+(?:of|for)\s+(?:us|our|it))|be(?:ing|come)?\s+(?:a|an|one\s+of\s+our|our)\s+"
    r"(?:\w+\s+)?case\s+stud(?:y|ies)|(?:appear|feature|star)\w*\s+in\s+our\s+(?:\w+\s+){0,2}(?:ads?|adverts?|"
    r"commercials?|promos?|(?:launch|product|promo|promotional|marketing|brand)\s+(?:videos?|campaigns?|films?)))\b",
    re.IGNORECASE,
)
_SENDER_WRITES = re.compile(
    r"\b(?:we|i)(?:'d|'ll|\s+would|\s+will|\s+could|\s+can)?(?:\s+(?:like|love))?(?:\s+to)?\s*$", re.I
)


def endorsement_asked(text: str) -> str:
    """The words that ask the user for a testimonial, a case study or a part in the sender's advert ("write a short
    testimonial and appear in our launch video"), or ""; not the sender's own piece about the user."""
    joined = " ".join(text[:20_000].split())
    for found in _ENDORSEMENT_ASKED.finditer(joined):
        if not _SENDER_WRITES.search(joined, max(0, found.start() - 30), found.start()):
            return found.group(0)
    return ""


def with_endorsement_asked(understanding: Understanding, message: Message) -> Understanding:
    """A request for the user's testimonial, case study or part in an advert for the sender's product that the model
    read as a client's enquiry: a seller's ask, never a client's ("We're running a paid beta program and looking for
    studios to write a short testimonial ... in exchange for a free year")."""
    if understanding.intent is not Intent.CLIENT_INQUIRY:
        return understanding
    asked = endorsement_asked(f"{message.subject}\n{message.own_text}")
    if not asked:
        return understanding
    note = f'sales_pitch: it asks you to endorse what they sell ("{asked}"), not for your work'
    return understanding.read_as(Intent.SALES_PITCH, note)


# What a guest offered for the user's own show may be read as: a pitch, a talk (a show's words), a client's
# enquiry, a coffee, a partnership, or nothing asked ("Would you be open to having him on?")
_GUEST_READ_AS = frozenset(
    {
        Intent.NONE,
        Intent.SALES_PITCH,
        Intent.SPEAKING_INVITATION,
        Intent.CLIENT_INQUIRY,
        Intent.COFFEE_CHAT,
        Intent.PARTNERSHIP_PROPOSAL,
    }
)


def with_guest_offered(understanding: Understanding, profile: Profile, message: Message) -> Understanding:
    """A guest offered for the user's own show ("I own a bakery in Bed-Stuy ... I'd love to come on the show",
    "Would you be open to having him on?", "He'd love to join Main Street Mic for a conversation"), where a goal
    seeks guests for it: the proposal it is, to work on an episode together - never an invitation for the user to
    be interviewed, nor a pitch of something to buy. Whether the guest is one the goal wants is decide.fit's."""
    if understanding.intent not in _GUEST_READ_AS or not any(seeks_guests(goal) for goal in profile.goals):
        return understanding
    offered, _ = guest_offered(f"{message.subject}\n{message.own_text}")
    if not offered:
        return understanding
    note = f'partnership_proposal: {GUEST_OFFERED} ("{offered}")'
    return understanding.read_as(Intent.PARTNERSHIP_PROPOSAL, note, DecisionMark.GUEST_OFFERED)


# A programme the reader may apply to or join: "Applications are now open for the ... mentoring programme",
# "Applications close on Tuesday 15 December", "we'd encourage you to apply", "nominations are open".
_INVITES_TO_APPLY = gated(
    re.compile(
        r"\b(?:applications?\s+(?:are\s+)?(?:now\s+)?open|applications?\s+(?:close|are due|must be (?:in|received))|"
        r"(?:deadline|closing date) for applications|call for applications|open for applications|"
        r"(?:invite|encourage|welcome)\s+you\s+to\s+(?:apply|join)|you (?:might|may|could) (?:like|wish|want) to "
        r"(?:apply|join)|apply (?:now|by|before|online|here)|(?:sign[- ]?up|enrol(?:l?ment)?|registration) (?:is|are) "
        r"(?:now )?open)\b"
        # the question put to the reader: "Would you like to apply?", "Would you be interested in applying for a place?"
        # (not "would you like to apply your skills ...")
        r"|\b(?:would|might|do)\s+you\s+(?:like|wish|want|be\s+interested)\s+(?:to\s+apply|in\s+applying)"
        r"(?=\s*[?.!,]|\s+(?:for|to)\b)"
        # ...or to be in it: "Would you like to be included?", "would you like to take part?" (the programme named)
        r"|\b(?:would|might|do)\s+you\s+(?:like|wish|want)\s+to\s+(?:be\s+(?:included|considered|enrolled)|take\s+part|"
        r"participate)(?=\s*[?.!,]|\s+in\b)",
        re.IGNORECASE,
    )
)
_A_PROGRAMME = gated(
    re.compile(
        r"\b(?:programmes?|programs?|scheme|fellowships?|cohort|accelerator|residency|mentoring|mentorship|bursar(?:y|ies)|"
        r"placements?|network)\b",
        re.IGNORECASE,
    )
)
# ...not a digest that lists one among its news: "SBS Bulletin - December 2026", "This week's round-up".
_A_DIGEST = re.compile(
    r"\b(?:bulletin|newsletter|digest|round-?up|weekly|monthly|this week|what'?s on|news(?:\s+in\s+brief)?|"
    r"highlights|opportunities)\b"
    # ...or a numbered issue: "The Platform Letter #212", "Issue 48", "Vol. 3"
    r"|(?<![\w&])#\d{1,4}\b|\b(?:issue|vol\.?|volume)\s*#?\d{1,4}\b",
    re.IGNORECASE,
)
# A first line that names the mail a newsletter: "Patterson Vet Supply - December newsletter", "The Weekly Bulletin".
_MASTHEAD = re.compile(
    r"[^\n.?!]{0,60}\b(?:newsletter|bulletin|digest)\b[^\n.?!]{0,30}$", re.IGNORECASE | re.MULTILINE
)
_LISTED = re.compile(r"^\s*(?:[-*\u2022]|\d+[.)])\s+\S", re.MULTILINE)
_HEAD = 600  # what a mail is about is said within its first lines
APPLY_NOTE = "community_invitation: read as no invitation, but it invites you to apply"
ADVICE_APPLY_NOTE = "community_invitation: read as a request for your advice, but it invites you to apply"
# The day applications close, as the mail says it: "Applications close on Tuesday 15 December 2026".
_CLOSES = re.compile(
    r"\b(?:applications?\s+(?:close|are due|must be (?:in|received))|(?:deadline|closing date)(?: for applications)?"
    r"(?: is)?|apply by)\b[^.\n]{0,60}",
    re.IGNORECASE,
)


# A way to apply that the mail gives: a link, a form, a portal ("apply online at ...", "the application form is
# attached"); "Would you like to apply? The application takes 15 minutes." gives none.
_WAY_TO_APPLY = re.compile(
    r"https?://|\bwww\.|\b(?:forms?|portal|website|web ?site|online|link|click|attached|enclosed|apply (?:here|at|via|"
    r"through|on))\b",
    re.IGNORECASE,
)


# The question put to the reader, answered by a reply: "Would you like to apply?", "Would you be interested in
# applying for a place?" (not "Applications close on Friday 18 December", an announcement answered by applying).
_ASKS_TO_APPLY = re.compile(
    r"\b(?:would|might|do)\s+you\s+(?:like|wish|want|be\s+interested)\s+(?:to\s+apply|in\s+applying)\b[^.!?\n]{0,60}\?",
    re.IGNORECASE,
)


# ...or whether they would like to be in it, answered by a reply that says yes: "Would you like to be included?"
_ASKS_TO_BE_IN = re.compile(
    r"\b(?:would|might|do)\s+you\s+(?:like|wish|want)\s+to\s+(?:be\s+(?:included|enrolled|added)|take\s+part|"
    r"participate)\b[^.!?\n]{0,60}\?",
    re.IGNORECASE,
)


# ...and a call offered first, answered by a reply too: "Would you like to have a short call so I can tell you more?",
# "Shall we set up a quick chat?"
_ASKS_FOR_A_CALL = re.compile(
    r"\b(?:would|could|can|shall|may)\s+(?:you|we|i)\s+(?:like\s+to\s+|be\s+(?:open|up)\s+(?:to|for)\s+)?"
    r"(?:have|hop\s+on|jump\s+on|set\s+up|book|arrange|schedule|do)\s+(?:a\s+)?(?:short|quick|brief|\d+-minute\s+)?\s*"
    r"(?:call|chat|conversation)\b[^.!?\n]{0,80}\?",
    re.IGNORECASE,
)


def asks_for_a_call(text: str) -> bool:
    """Whether a mail asks the reader to have a call first ("Would you like to have a short call so I can tell you
    more?")."""
    return _ASKS_FOR_A_CALL.search(" ".join(text.split())) is not None


def asks_to_apply(text: str) -> bool:
    """Whether a mail asks the reader whether they would like to apply ("Would you like to apply?")."""
    return _ASKS_TO_APPLY.search(" ".join(text.split())) is not None


def gives_a_way_to_apply(text: str) -> bool:
    """Whether a mail gives a link, a form or a portal to apply through."""
    return _WAY_TO_APPLY.search(text) is not None


def _answered_by_a_reply(text: str) -> bool:
    """Whether an invitation to apply is answered by a reply: it asks whether the reader would like to, and gives
    no form or link to apply through."""
    return asks_to_apply(text) and not gives_a_way_to_apply(text)


def _read_as_apply(understanding: Understanding) -> bool:
    return any(note.startswith((APPLY_NOTE, ADVICE_APPLY_NOTE)) for note in understanding.evidence)


def application_asked(understanding: Understanding, message: Message) -> str:
    """Where the message was read as an invitation to apply that asks whether the user would like to and gives no
    form or link to apply through, what the yes does - ask them for the application; "" otherwise."""
    if not _read_as_apply(understanding) or not _answered_by_a_reply(message.own_text):
        return ""
    return "an invitation to apply that gives no form or link: the reply asks for the application"


def applied_for(understanding: Understanding, message: Message) -> str:
    """Where the message was read as an invitation to apply to a programme (with_programme_to_apply), what the
    user does - apply through its own form - and by when, in the mail's words; "" otherwise, and where a reply
    answers it (`application_asked`: "Would you like to apply?" with no form or link, so the yes asks for one)."""
    if not _read_as_apply(understanding) or _answered_by_a_reply(message.own_text):
        return ""
    if asks_for_a_call(message.own_text):
        return ""  # "Would you like to have a short call so I can tell you more?": the call is answered by a reply
    if _ASKS_TO_BE_IN.search(" ".join(message.own_text.split())) and not gives_a_way_to_apply(
        message.own_text
    ):
        return ""  # "Would you like to be included? Please reply by December 18.": the yes is the application
    closes = _CLOSES.search(" ".join(message.own_text.split()))
    by = f' ("{closes.group(0).strip()}")' if closes else ""
    return f"an invitation to apply: apply through its own form{by}"


# What a programme that gives the reader a mentor may be read as besides an invitation to join it.
_MENTOR_SCHEME_READ_AS = frozenset(
    {Intent.MENTORSHIP_REQUEST, Intent.EVENT_INVITATION, Intent.SALES_PITCH, Intent.PARTNERSHIP_PROPOSAL}
)
# ...of which these only for a user who looks for a mentor: to another, an accelerator is what it sells.
_SOLD_OR_PROPOSED = frozenset({Intent.SALES_PITCH, Intent.PARTNERSHIP_PROPOSAL})


def with_programme_to_apply(
    understanding: Understanding, profile: Profile, message: Message
) -> Understanding:
    """A mail the model reads as asking nothing that invites the reader to apply to a programme - a mentoring
    scheme, a fellowship, a cohort - which a goal's target fits well ("Applications are now open for the ...
    cross-institutional mentoring programme ... Applications close on Tuesday 15 December 2026", beside a
    find_mentor goal): an invitation to join it, weighed like any, not "nothing is asked of you". So is a
    mentoring programme that gives the reader a mentor, read as a request for the reader's advice or as an event
    ("Each participant is paired with a senior leader as their mentor"). A digest that lists one among its news (a
    bulletin, a newsletter, a list of items) asks nothing of the reader."""
    mentor = ""
    if understanding.intent in _MENTOR_SCHEME_READ_AS and (
        understanding.intent not in _SOLD_OR_PROPOSED or profile.has_goal(GoalKind.FIND_MENTOR)
    ):
        # a scheme's sessions read as an event ("six sessions from February") are still its mentor for the user;
        # so is an accelerator's cohort read as a pitch or a partnership ("Each company is paired with a mentor who
        # has scaled a hardware company ... Applications close on 15 January"), whatever it takes in equity or fees
        mentor = mentor_in_programme(f"{message.subject}\n{message.own_text}")
        if not mentor:
            return understanding
    elif understanding.intent is not Intent.NONE:
        return understanding
    # the programme named in the opening first: the cheapest look, and the one that rules out most mail
    programme = _A_PROGRAMME.search(f"{message.subject}\n{message.own_text[:_HEAD]}")
    if programme is None:
        return understanding
    apply = _INVITES_TO_APPLY.search(f"{message.subject}\n{message.own_text}")
    if apply is None or forwarded_part(message):
        return understanding
    if _A_DIGEST.search(message.subject) or len(_LISTED.findall(message.own_text)) >= 3:
        return understanding
    best = assess(message, Intent.COMMUNITY_INVITATION, profile).best
    if mentor:
        # whoever it serves, it asks no advice of the user: it offers them a mentor
        note = f'{ADVICE_APPLY_NOTE} ("{apply.group(0)}") to a {programme.group(0).lower()} ({mentor})'
        return understanding.read_as(Intent.COMMUNITY_INVITATION, note)
    if best is None or best.score < ACCEPT_AT:
        return understanding
    note = (
        f'{APPLY_NOTE} ("{apply.group(0)}") to a {programme.group(0).lower()} that serves your '
        f"{best.kind.replace('_', ' ')} goal"
    )
    return understanding.read_as(Intent.COMMUNITY_INVITATION, note)


# A stage offered to the user: "we would like to offer you a speaking slot", "a keynote opportunity".
_STAGE_OFFERED = re.compile(
    r"\b(?:speaking|keynote|panel(?:list)?|speaker)\s+(?:slots?|opportunit\w+|spots?|places?|sessions?)\b|"
    r"\boffer you (?:a|the) (?:\w+ )?(?:keynote|talk|stage|platform)\b",
    re.IGNORECASE,
)


def with_stage_for_sale(understanding: Understanding, message: Message) -> Understanding:
    """A "pitch" that offers the user a stage and charges for it ("Speaking slots are part of our Thought
    Leadership Partner package (GBP 4,500 + VAT)"): a talk that charges its speaker, to decline as paying to
    appear rather than as a seller's overview to pass on."""
    if understanding.intent not in (Intent.SALES_PITCH, Intent.PARTNERSHIP_PROPOSAL):
        return understanding
    text = evidence_text(message)
    stage = _STAGE_OFFERED.search(text)
    charged = charges_to_appear(text) if stage else None
    if stage is None or charged is None:
        return understanding
    note = f'speaking_invitation: a stage offered ("{stage.group(0)}") that charges you for it ("{charged}")'
    return understanding.read_as(Intent.SPEAKING_INVITATION, note)


# The user asked onto a stage: "invite you to speak on a panel", "we'd love you to join us as a panellist", "would
# you be willing to moderate our session", "could you be one of our speakers" (not "invite you to attend a panel
# discussion", "join us to hear our speakers", "you'll hear from ...").
_ASKED_TO_SPEAK = re.compile(
    r"\b(?:invite|ask|like|love|want)\s+you\s+to\s+(?:speak|present|moderate|"
    r"be\s+(?:a|our|one\s+of\s+(?:our|the))\s+(?:\w+\s+)?(?:speakers?|panell?ists?|moderator)|"
    r"join\s+(?:us\s+|the\s+panel\s+|our\s+panel\s+)?as\s+(?:a\s+|our\s+)?(?:\w+\s+)?(?:speaker|panell?ist|moderator)|"
    r"chair\s+(?:a|the|our)\s+(?:panel|session)|sit\s+on\s+(?:a|the|our)\s+panel|give\s+(?:a|the)\s+(?:talk|keynote))\b"
    r"|\b(?:would|could|will)\s+you\s+(?:be\s+(?:willing|able|interested|open)\s+to\s+|like\s+to\s+|consider\s+)?"
    r"(?:speak(?:ing)?|moderat(?:e|ing)|join(?:ing)?\s+(?:the|our)\s+panel|"
    r"be(?:ing)?\s+(?:a|our|one\s+of\s+our)\s+(?:\w+\s+)?(?:speakers?|panell?ists?|moderator))\b"
    # a writers' conference's faculty role for an agent or an editor: "would you be willing to hear pitches from our
    # attendees?", "we'd love to have you take pitch sessions"
    r"|\b(?:you\s+(?:to\s+)?|willing\s+to\s+|able\s+to\s+)(?:take|hear|listen\s+to)\s+(?:\w+\s+){0,2}?"
    r"pitch(?:es|\s+sessions?)\b",
    re.IGNORECASE,
)


def with_stage_asked(understanding: Understanding, message: Message) -> Understanding:
    """An event invitation that asks the user onto its stage ("I'd like to invite you to speak on a panel at
    Climate Week London"): a speaking invitation, weighed against a goal of speaking, not as a seat in the
    audience."""
    if understanding.intent not in (Intent.EVENT_INVITATION, Intent.COMMUNITY_INVITATION):
        return understanding
    asked = _ASKED_TO_SPEAK.search(" ".join(f"{message.subject}\n{message.own_text}"[:20_000].split()))
    if asked is None:
        return understanding
    note = f'speaking_invitation: it asks you onto its stage ("{asked.group(0)}"), not only to attend'
    return understanding.read_as(Intent.SPEAKING_INVITATION, note)


# Asks a seller's research may be read as: a talk (an "interview"), a coffee, advice asked, a meeting.
_RESEARCH_READ_AS = frozenset(
    {Intent.SPEAKING_INVITATION, Intent.COFFEE_CHAT, Intent.MENTORSHIP_REQUEST, Intent.WORK_MEETING}
)


def with_sellers_research(understanding: Understanding, profile: Profile, message: Message) -> Understanding:
    """A seller's "research interview" (customer research by a company that sells to the user: "Head of
    Customer Insight", "the engagement platform for deskless teams", a voucher for the time): market research
    for a sale, not a stage to speak from. A user whose own goals are about research does it for a living:
    left as read."""
    if understanding.intent not in _RESEARCH_READ_AS or profile.user.at_own_domain(message.from_addr):
        return understanding
    if any(re.search(r"\bresearch", goal.description, re.IGNORECASE) for goal in profile.goals):
        return understanding
    research = sellers_research(message)
    if not research:
        return understanding
    note = f"sales_pitch: a seller's customer research ({research}), not an invitation to speak"
    return understanding.read_as(Intent.SALES_PITCH, note)


# Asks a company's advisory board or panel may be read as: a group to join, an event, a talk, a meeting, advice.
_ENGAGEMENT_READ_AS = frozenset(
    {
        Intent.COMMUNITY_INVITATION,
        Intent.EVENT_INVITATION,
        Intent.SPEAKING_INVITATION,
        Intent.COFFEE_CHAT,
        Intent.MENTORSHIP_REQUEST,
        Intent.WORK_MEETING,
        Intent.PARTNERSHIP_PROPOSAL,
    }
)


def with_industry_engagement(understanding: Understanding, message: Message) -> Understanding:
    """A drug or device company's paid advisory board, consultancy or research panel about its own product
    ("I'm a Medical Science Liaison with Helixa Therapeutics. We're convening a small advisory board ... on our
    new RSV vaccine ... with a $1,500 honorarium"): the company's marketing, not a group of peers, whatever the
    model read. A hospital's or a college's committee is left as read (decide.industry)."""
    if understanding.intent not in _ENGAGEMENT_READ_AS:
        return understanding
    engagement = industry_engagement(message)
    if not engagement:
        return understanding
    note = (
        f"sales_pitch: a company's paid engagement about its own product ({engagement}), not a group of peers"
    )
    return understanding.read_as(Intent.SALES_PITCH, note)


def with_seller_hosted_event(
    understanding: Understanding, profile: Profile, message: Message
) -> Understanding:
    """An event the sender's own company hosts, from someone who sells ("The evening is hosted by RotaForce",
    signed "Enterprise Account Director, RotaForce"): a sales pitch over dinner, however peer-like its guests
    - unless it gives the user what one of their goals is after, besides the pitch (it teaches, carries CPD or
    CE credit, or gathers their peers: decide.vendor_events) and serves that goal well as an event would: then
    it is an event, weighed on its fit like any (a roadshow of the tax software a bookkeeper keeps up with, a
    dental supplier's CE evening), however the model read it. A demo for the user alone is a pitch whatever
    it offers, and an event a never-rule rules out serves no goal."""
    if understanding.intent not in (Intent.EVENT_INVITATION, Intent.COMMUNITY_INVITATION, Intent.SALES_PITCH):
        return understanding
    hosted = seller_hosted(message, understanding.intent)
    if not hosted:
        return understanding
    gives = what_it_gives(message)
    if gives:
        event = (
            understanding.intent
            if understanding.intent is not Intent.SALES_PITCH
            else Intent.EVENT_INVITATION
        )
        best = assess(message, event, profile).best
        if best is not None and best.score >= ACCEPT_AT:
            note = (
                f"{event.value}: an event the seller's own company hosts ({hosted}) that {gives}, weighed on "
                f"its fit"
            )
            if event is understanding.intent:  # an event still: how clear its purpose is stays the model's
                return replace(understanding, evidence=(note, *understanding.evidence))
            return understanding.read_as(event, note)
    if understanding.intent is Intent.SALES_PITCH:
        return understanding
    note = f"sales_pitch: an event the seller's own company hosts ({hosted})"
    return understanding.read_as(Intent.SALES_PITCH, note)


# A meeting asked to work out what the mail proposed: "sit down ... and sketch it out", "talk it through", "go over
# the details", "hash this out" - "it" is what the mail said before.
_WORKS_IT_OUT = re.compile(
    r"\b(?:sketch|talk|hash|map|flesh|figure|work|think|plan|chat|iron)\w*\s+(?:it|this|that|things|the\s+"
    r"(?:idea|plan|details|logistics))\s+(?:out|through|over)\b|\b(?:discuss|go\s+over|explore|plan)\s+"
    r"(?:it|this|that|the\s+(?:idea|plan|details|logistics))\b",
    re.IGNORECASE,
)
# ...where the mail proposes something of the two of them with what it would do: "we pick at different times, so
# a shared crew could give the guys a full season with both of us", "we could split the cost of a press".
_PROPOSAL = re.compile(
    r"\b(?:we|us|shared|joint|together|both)\b[^.?!]{0,200}?\b(?:could|would|might|can|'d)\b|"
    r"\b(?:could|would|might)\b[^.?!]{0,200}?\b(?:both|together|shared|joint)\b",
    re.IGNORECASE,
)
_MEETING_WORDS = re.compile(
    r"\b(?:coffee|call|chat|meet\w*|sit\s+down|catch\s+up|lunch|breakfast|zoom|drinks?|talk)\b", re.IGNORECASE
)
PROPOSAL_WORDS = 10  # a proposal explained takes a sentence of some length


def proposal_explained(text: str) -> str:
    """The sentence in which a mail that asks to meet to work "it" out says what it proposes and what it would
    do ("we pick at different times, so a shared crew could give the guys a full season"), or "": a coffee
    asked to "talk it through" after "I've been thinking about something" says there is an idea, not what."""
    flat = " ".join(text[:20_000].split())
    if _WORKS_IT_OUT.search(flat) is None:
        return ""
    for found in SENTENCE.finditer(flat):
        sentence = found.group(0).strip()
        if (
            sentence.endswith("?")
            or len(sentence.split()) < PROPOSAL_WORDS
            or _MEETING_WORDS.search(sentence)
            or _PROPOSAL.search(sentence) is None
        ):
            continue
        return sentence
    return ""


def with_proposal_explained(understanding: Understanding, message: Message) -> Understanding:
    """A meeting the model found no purpose in whose mail proposes something and says why ("a shared crew could
    give the guys a full season ... Could we sit down for coffee one morning next week and sketch it out?"):
    its purpose is the proposal, stated - nothing to ask."""
    if understanding.purpose_clear is not False or understanding.intent not in (
        Intent.COFFEE_CHAT,
        Intent.PARTNERSHIP_PROPOSAL,
        Intent.WORK_MEETING,
    ):
        return understanding
    stated = proposal_explained(message.own_text)
    if not stated and understanding.intent is Intent.COFFEE_CHAT and (topic := topic_said(message.own_text)):
        # "want to get a drink and swap notes on audio deals?": the exchange is what it is for
        note = f'purpose clear: it says what the get-together is for ("{topic}")'
        return replace(understanding, purpose_clear=True, evidence=(note, *understanding.evidence))
    if not stated and mutual_referrals(f"{message.subject}\n{message.own_text}"):
        # "grab coffee to see if we could refer to each other": sending clients both ways is what it is for
        note = "purpose clear: it proposes sending clients both ways"
        return replace(understanding, purpose_clear=True, evidence=(note, *understanding.evidence))
    if not stated:
        return understanding
    shown = stated if len(stated) <= 120 else f"{stated[:117]}..."
    note = f'purpose clear: it asks to meet to work out what it proposes ("{shown}")'
    return replace(understanding, purpose_clear=True, evidence=(note, *understanding.evidence))


# A talk asked of the reader, in any of its names: what makes a group's call a stage.
_A_TALK = re.compile(
    r"\b(?:speak\w*|talks?|present\w*|panel\w*|keynote|lectur\w*|workshop|moderat\w*|webinar|fireside)\b",
    re.IGNORECASE,
)


def with_answered_question(understanding: Understanding, profile: Profile, message: Message) -> Understanding:
    """A client's short inquiry the model found no purpose in, whose question the user has an answer for ("Are you
    taking new clients? ... Do you have any openings?"): its purpose is that question - to be answered, not to be
    asked back "what do you need help with?"."""
    if understanding.intent is not Intent.CLIENT_INQUIRY or understanding.purpose_clear is not False:
        return understanding
    term = asked_and_answered(profile, f"{message.subject}\n{message.own_text}")
    if not term:
        return understanding
    note = f'purpose clear: it asks what your answers say ("{term}")'
    return replace(understanding, purpose_clear=True, evidence=(note, *understanding.evidence))


def with_standing_group(understanding: Understanding, message: Message) -> Understanding:
    """A "coffee" or an "event" that is a group of peers meeting again and again ("a handful of us HRDs meet for
    breakfast on the first Friday of the month"): an invitation to join a group, whatever food it is over. So is a
    "speaking invitation" that asks the reader into a group of peers and no talk ("join the OpenSSF maintainers
    working group call, biweekly"): a group to belong to, not a stage."""
    text = f"{message.subject}\n{message.own_text}"
    if understanding.intent is Intent.SPEAKING_INVITATION:
        joined = peer_group_asked(text) or standing_group(text)
        if not joined or _A_TALK.search(text[:20_000]):
            return understanding
        note = f'community_invitation: a group of peers to join ("{joined}"), no talk asked of you'
        return understanding.read_as(Intent.COMMUNITY_INVITATION, note)
    if understanding.intent not in (Intent.COFFEE_CHAT, Intent.EVENT_INVITATION):
        return understanding
    once = "coffee" if understanding.intent is Intent.COFFEE_CHAT else "event"
    group = standing_group(text)
    if group:
        note = f'community_invitation: a group that meets regularly ("{group}"), not a one-off {once}'
    elif (
        understanding.intent is Intent.COFFEE_CHAT
        and not personal_cue(text)
        and (group := peers_gathering(text))
    ):
        # "a few of us shop owners on Division are getting together Sunday ... you in??": peers met as a group, not
        # a coffee for two (a birthday among friends stays personal plans)
        note = f'community_invitation: a gathering of several peers ("{group}"), not a coffee for two'
    else:
        return understanding
    return understanding.read_as(Intent.COMMUNITY_INVITATION, note)


def with_mentor_offering(
    understanding: Understanding, profile: Profile, message: Message, users_mail: str = ""
) -> Understanding:
    """A "request for advice" that goes the other way: the sender answers the user's own request for
    mentoring, or offers a mentor's time themselves ("happy to share what I learned"). What they propose is a
    meeting with a mentor, not a call where the user gives advice. A "work meeting" from outside that answers
    the user's own request for mentoring ("Of course - would Tuesday at 4pm work?") is that meeting too."""
    work = _outside_work_meeting(understanding, profile, message)
    if understanding.intent is not Intent.MENTORSHIP_REQUEST and not work:
        return understanding
    offered = mentoring_offered(message, profile.user.name, profile.user.email, users_mail)
    # a work meeting the model is sure of stays one, unless it is the answer to the user's own request
    if not offered or (work and offered != ANSWERS_YOUR_REQUEST):
        return understanding
    what = (
        "a request for your advice" if understanding.intent is Intent.MENTORSHIP_REQUEST else "a work meeting"
    )
    note = f"coffee_chat: a mentor's time offered to you, not {what} ({offered})"
    return understanding.read_as(Intent.COFFEE_CHAT, note)


# Who sells for a living, by what they say they do: "I lead partnerships at DataNest", "Account Executive".
# Partnerships, business development and growth count here, unlike for an event's host (vendor_events): it is
# read only where they ask to be introduced inside the user's own organisation, which no chamber asks.
_SELLER = re.compile(
    r"\b(?:head of|vp,? |vice president,? |director of )?(?:partnerships|sales|business development|growth)\b"
    rf"(?:\s+(?:lead|manager|director|executive|representative|rep))?|\b(?:{SALES_TITLE})\b|"
    r"\b(?:i|we)\s+(?:lead|run|head)\s+(?:partnerships|sales|business development|growth)\b",
    re.IGNORECASE,
)


def with_seller_asking_in(understanding: Understanding, message: Message) -> Understanding:
    """Someone who sells for a living asking the user to introduce them to their own boss or team ("Would you
    be open to introducing me to your VP of Engineering? ... we could save your team a lot of work"): a pitch
    that goes through the user, not an introduction to make."""
    if understanding.intent is not Intent.INTRODUCTION or not asked_for(message.own_text):
        return understanding
    seller = _SELLER.search(f"{message.own_text}\n{message.signature}")
    if seller is None or not re.search(
        r"\byour\s+(?:own\s+)?(?:team|company|boss|vp|cto|ceo|head|manager)", message.own_text, re.IGNORECASE
    ):
        return understanding
    note = f'sales_pitch: a seller ("{seller.group(0)}") asks to be introduced inside your own organisation'
    return replace(understanding, intent=Intent.SALES_PITCH, evidence=(note, *understanding.evidence))


def with_provider_trade_sold(
    understanding: Understanding, profile: Profile, message: Message
) -> Understanding:
    """A call to set up that sells, at a price, a trade the user already has a provider for ("We'd like to
    propose a benchmark poll of 600 likely voters ..., from $18,000. Can we set up a call?" to a user with a
    pollster), which the model read as an ordinary work meeting: a rival's pitch, declined as one - not the user's
    own provider writing about the work they do together."""
    if understanding.intent is not Intent.WORK_MEETING:
        return understanding
    text = f"{message.subject}\n{message.own_text}"
    if not names_a_sale(message.own_text):
        return understanding
    hit = provider_hit(profile, text, Intent.SALES_PITCH)
    if hit is None or sender_is_provider(hit.provider, f"{message.from_name}\n{text}", message.from_addr):
        return understanding
    note = f'sales_pitch: it sells {hit.category} ("{hit.phrase}") at a price, which you have from {hit.provider}'
    return replace(understanding, intent=Intent.SALES_PITCH, evidence=(note, *understanding.evidence))


# A sender who recruits for a living, by what they say they are: "I'm a physician recruiter with Northern Locums",
# "I lead physician recruitment at ...", a signature's "Physician Recruitment | Northern Locums".
_RECRUITER = re.compile(
    r"\bi(?:'m| am)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?recruiter\b|\bi\s+(?:lead|head|run|manage)\s+(?:[\w-]+\s+){0,2}?"
    # (a line's own spaces before it, not a run of blank lines: tried from each of them, the scan was quadratic)
    r"recruit(?:ment|ing)\b|^[ \t]*(?:[\w,&-]+\s+){0,4}?recruit(?:ment|er|ing)\b",
    re.IGNORECASE | re.MULTILINE,
)
# ...offering the reader work: a role, a position, locum cover, shifts, an assignment "to see if it might suit you"
_WORK_OFFERED = re.compile(
    r"\b(?:locums?|(?:locum\s+)?coverage|cover(?:ing)?\s+for|roles?|positions?|openings?|vacanc(?:y|ies)|"
    r"assignments?|contracts?|shifts?|opportunit(?:y|ies))\b",
    re.IGNORECASE,
)
# ...not a recruiting firm selling its service to the reader as an employer: "we help clinics like yours hire",
# "fill your vacancies", "your hiring needs"
_RECRUITS_FOR_YOU = re.compile(
    r"\b(?:your\s+(?:own\s+)?(?:roles?|positions?|openings?|vacanc(?:y|ies)|hiring|recruitment|recruiting|team|staff|"
    r"shifts?)|(?:help|helps|helping)\s+(?:you|clinics|practices|companies|firms|teams|employers)\b[^.?!]{0,40}?"
    r"\b(?:hire|recruit|staff|fill)|(?:fill|staff|cover)\s+your\b)",
    re.IGNORECASE,
)


def with_recruiter_offering_work(understanding: Understanding, message: Message) -> Understanding:
    """A recruiter offering the reader work ("I'm a physician recruiter ... a busy practice needs locum coverage
    ... to see if it might suit you") that the model read as a sales pitch: a recruiter's approach, declined as
    one ("I'm not looking for a new role"), not wished well with their business. A recruiting firm that sells
    the reader its service as an employer ("we help clinics like yours hire nurses") stays a pitch."""
    if understanding.intent is not Intent.SALES_PITCH:
        return understanding
    text = " ".join(message.own_text[:20_000].split())
    recruiter = _RECRUITER.search(f"{message.own_text[:20_000]}\n{message.signature}")
    if recruiter is None or not _WORK_OFFERED.search(text) or _RECRUITS_FOR_YOU.search(text):
        return understanding
    note = f'recruiting: a recruiter ("{" ".join(recruiter.group(0).split())}") offers you work, not a service to buy'
    return understanding.read_as(Intent.RECRUITING, note)


# Words of a job: a recruiter's approach names one ("a role", "we're hiring", "full-time", "per session").
_A_JOB = re.compile(
    r"\b(?:hir(?:e|es|ing)|recruit\w*|candidates?|salary|salaries|full[- ]time|part[- ]time|per (?:session|hour|shift)|"
    r"join (?:our|the) team|headhunt\w*|career|employment)\b",
    re.IGNORECASE,
)
UNSURE_RECRUITING = 0.3  # a recruiter's approach read with less confidence than this may be read again


def with_no_role_offered(understanding: Understanding, profile: Profile, message: Message) -> Understanding:
    """A "recruiter's approach" the model is unsure of, from someone who names no recruiting and offers no role
    ("I'm a family physician ... our behavioral health team has a long waitlist. Would you be open to meeting to
    set up a referral pathway?"): read as its likeliest other ask that serves a goal well, not declined with
    "I'm not looking for a new role"."""
    if understanding.intent is not Intent.RECRUITING or understanding.confidence >= UNSURE_RECRUITING:
        return understanding
    text = " ".join(message.own_text[:20_000].split())
    if _A_JOB.search(f"{message.subject} {text}") or _WORK_OFFERED.search(text) or _RECRUITER.search(text):
        return understanding
    return _read_again(
        understanding,
        profile,
        message,
        not_as=("recruiting",),
        why="a recruiter's approach at only {confidence} with no role offered",
    )


def with_work_offered(understanding: Understanding, message: Message) -> Understanding:
    """Work an agency offers the user at a rate or under its own brand ("white-label - you'd work under our brand.
    We can pay EUR 300/day") that the model read as a sales pitch: work offered to the user, weighed as a
    client's ask (and under a never-rule on white-label work), never wished well with a business. An agency that
    sells its own service ("our rates start at EUR 300/day") stays a pitch."""
    if understanding.intent is not Intent.SALES_PITCH:
        return understanding
    offered = work_offered(f"{message.subject}\n{message.own_text[:20_000]}")
    if offered is None:
        return understanding
    return understanding.read_as(
        Intent.CLIENT_INQUIRY, f'client_inquiry: it offers you paid work ("{offered}")'
    )


def with_paid_booking(understanding: Understanding, profile: Profile, message: Message) -> Understanding:
    """An event's slot of the user's own work offered with its pay ("Our Thursday pianist cancelled for Dec 10,
    7-10pm, $300 + tips. Want it?"), to a user with a goal of finding clients: a client's paid booking, weighed
    against that goal, not an event to attend that serves none (decide.bookings) - nor, where a call about it is
    asked from outside ("... $300 for the evening. Could we hop on a call?"), an ordinary work meeting."""
    event = understanding.intent is Intent.EVENT_INVITATION
    meeting = understanding.intent is Intent.WORK_MEETING and not profile.user.at_own_domain(
        message.from_addr
    )
    if not (event or meeting) or not profile.has_goal(GoalKind.FIND_CLIENTS):
        return understanding
    # a budget said alone is a booking's pay at an event; in a meeting it may be any project's, unless the meeting
    # is about someone hired for an event's slot ("they want a solo jazz pianist for the reception ... Budget is $900")
    said = f"{message.subject}\n{message.own_text}"
    paid = booking_paid(said, budget=event or bool(hired_for_a_slot(said)))
    if not paid:
        return understanding
    return understanding.read_as(Intent.CLIENT_INQUIRY, f'client_inquiry: a booking that pays you ("{paid}")')


# Money offered to the user in any currency, which no seller offers: "We can offer a $300 honorarium", "we'd pay
# you £500", "an honorarium of SGD 400", "you'd receive €250" (not "$50 off", which a seller offers).
_MONEY_TO_YOU = re.compile(
    rf"(?:{MONEY}\s*(?:\w+\s+)?(?:honorari\w*|stipend|speaker fee|speaking fee)|"
    rf"\b(?:honorari\w*|stipend|speaker fee|speaking fee)\s+(?:of\s+)?{MONEY}|"
    rf"(?:\b(?:we|i){WE_WOULD}\s+(?:pay|offer)\s+(?:you\s+)?|{YOU_WOULD_RECEIVE}\s+)(?:a\s+|an\s+)?{MONEY}{NOT_A_FEE})",
    re.IGNORECASE,
)
# A talk asked for, under whatever name a workplace gives it: "a 45-minute lunch-and-learn for our staff".
_TALK_ASKED = re.compile(
    r"\b(?:lunch[- ](?:and|&|n)[- ]learns?|(?:give|run|deliver|lead|present)\s+(?:a|an)\s+(?:\S+\s+){0,3}?"
    r"(?:talks?|sessions?|workshops?|presentations?|lunch[- ](?:and|&|n)[- ]learns?)|talks? (?:to|for) (?:our|the) "
    r"(?:staff|team|employees|members))\b",
    re.IGNORECASE,
)


# An ask for the user's own experience: "share what worked for you", "pick your brain", "learn from your experience".
_ADVICE_ASKED = re.compile(
    r"\bshare\s+(?:what|how)\s+(?:worked|you\s+(?:did|went|handled|approached|got))\b|\bwhat\s+worked\s+for\s+you\b|"
    r"\bpick\s+your\s+brains?\b|\blearn\s+from\s+(?:you|your\s+experience)\b|"
    r"\b(?:your|some)\s+(?:advice|lessons\s+learned)\b",
    re.IGNORECASE,
)


# ...on no topic at all: "pick your brain about something", "your advice on a few things".
_NO_TOPIC = re.compile(
    r"\s+(?:about|on|regarding|with)\s+(?:something|a (?:few|couple of) things|a thing or two|an idea|a few ideas)\b",
    re.IGNORECASE,
)


def with_second_reading(understanding: Understanding, profile: Profile, message: Message) -> Understanding:
    """A pitch the model is unsure of (under UNSURE_PITCH), in a message that offers nothing for sale, read as
    the likeliest other ask that serves a goal well: a mentor answering the user's request for advice, a
    director offering a free cohort for new managers, a creator offering to share a campaign for nothing.
    Declined as a pitch, each would be told "best wishes with your business"."""
    if understanding.intent is not Intent.SALES_PITCH or understanding.confidence >= SURE_PITCH:
        return understanding
    text = evidence_text(message)
    talk, paid = _TALK_ASKED.search(text), first_fee_paid(_MONEY_TO_YOU, text)
    if talk and paid and not offers_for_sale(_MONEY_TO_YOU.sub(" ", text)):
        # a talk that pays the user ("a lunch-and-learn for our staff ... a $300 honorarium"): no seller pays
        note = (
            f"speaking_invitation: read as a sales pitch at only {understanding.confidence:.2f}, but it asks for a "
            f'talk ("{talk.group(0)}") and pays you ("{paid.group(0)}")'
        )
        return understanding.read_as(Intent.SPEAKING_INVITATION, note)
    advice = _ADVICE_ASKED.search(text)
    asked_advice = understanding.intent_scores.get(Intent.MENTORSHIP_REQUEST.value, 0.0)
    if (
        advice
        and asked_advice >= RUNNER_UP * understanding.confidence
        and not names_a_sale(_MONEY_TO_YOU.sub(" ", text))
    ):
        # "Would you have 30 minutes to share what worked for you?" from a fellow founder: a request for the
        # user's advice, nearly as likely to the model, with nothing sold - not a seller to wish luck
        note = (
            f"mentorship_request: read as a sales pitch at only {understanding.confidence:.2f}, but it asks "
            f'for your advice ("{advice.group(0)}") and sells nothing'
        )
        advice_asked = understanding.read_as(Intent.MENTORSHIP_REQUEST, note)
        if _NO_TOPIC.match(text, advice.end()):
            # "I'd love to pick your brain about something": advice, but on what is still the question to ask
            return replace(advice_asked, purpose_clear=False)
        return advice_asked
    # "No charge, I just want people buying books locally": a pitch that says it costs nothing is read again
    # from a little more confidence up
    if understanding.confidence >= UNSURE_PITCH and not SAYS_FREE.search(text):
        return understanding
    if offers_for_sale(_MONEY_TO_YOU.sub(" ", text)):
        return understanding
    # the model's real runners-up, else a plain conversation ("would a call on Wednesday work?")
    # never a client or a job: a pitch that reads half like an inquiry is still most likely a pitch; what is
    # offered for nothing ("I'd love to feature you in my stories - no charge") may be a collaboration
    offered_free = (Intent.PARTNERSHIP_PROPOSAL,) if SAYS_FREE.search(text) else ()
    return _read_again(
        understanding,
        profile,
        message,
        not_as=("client_inquiry", "recruiting"),
        also=offered_free,
        why="a sales pitch at only {confidence} with nothing offered for sale",
    )


def _read_again(
    understanding: Understanding,
    profile: Profile,
    message: Message,
    *,
    not_as: tuple[str, ...],
    why: str,
    also: tuple[Intent, ...] = (),
) -> Understanding:
    """The understanding read as the model's near runner-up (or a plain conversation, or `also`) that serves a
    goal best, where one serves a goal well enough to accept; as it was otherwise. `why` says how it was read."""
    ranked = sorted(understanding.intent_scores.items(), key=lambda item: -item[1])
    others = [
        Intent(name)
        for name, score in ranked
        if name not in ("none", "sales_pitch", "work_meeting", *not_as)
        and score >= RUNNER_UP * understanding.confidence
    ][:3]
    served: list[tuple[float, int, Intent, str]] = []
    for intent in dict.fromkeys([*others, Intent.COFFEE_CHAT, *also]):
        best = assess(message, intent, profile).best
        if best is not None and best.score >= ACCEPT_AT:
            served.append((best.score, -len(served), intent, best.description))
    if not served:
        return understanding
    score, _, intent, goal = max(served)
    said = why.format(confidence=f"{understanding.confidence:.2f}")
    note = f'{intent.value}: read as {said}; as a {intent.value} it serves your goal "{goal[:60]}" (fit {score:.2f})'
    return replace(understanding, intent=intent, evidence=(note, *understanding.evidence))


UNSURE_MEETING = 0.4  # a work meeting from a stranger read with less confidence than this may be read again


def with_stranger_read_again(
    understanding: Understanding, profile: Profile, message: Message
) -> Understanding:
    """A "work meeting" the model is unsure of, from outside the user's organisation, read as the likeliest other
    ask that serves a goal well: a founder asking an investor to lead their round, a head of product offering
    mentoring, an HR director asking a lawyer to review their contracts. Read as work, each would be left to the
    user without a word."""
    if understanding.intent is not Intent.WORK_MEETING or profile.user.at_own_domain(message.from_addr):
        return understanding
    pointed = _POINTED_TO_YOU.search(" ".join(message.own_text[:20_000].split()))
    if pointed is None and (sought := trade_sought(message.own_text)):
        # "The owner wants an interior designer on the team - could we meet to walk you through the drawings?": a
        # project brought to the user, however like a work meeting it reads
        return _read_again(
            understanding,
            profile,
            message,
            not_as=("recruiting",),
            also=(Intent.CLIENT_INQUIRY,),
            why=f'a work meeting from a stranger whose project needs your trade ("{sought}")',
        )
    if pointed:
        # "a colleague at the Chamber suggested I speak to you": someone sent them to the user for what the
        # user does, so however sure the model is of "a meeting", it may be a client's; a producer whose segment
        # the user's "name came up" for asks the user on air, not for the user's services
        media = _ON_AIR.search(f"{message.subject}\n{message.own_text}")
        return _read_again(
            understanding,
            profile,
            message,
            not_as=("recruiting", "client_inquiry") if media else ("recruiting",),
            also=(Intent.SPEAKING_INVITATION,) if media else (Intent.CLIENT_INQUIRY,),
            why=f'a work meeting from a stranger sent to you ("{pointed.group(0)}")'
            + (f' for a programme ("{media.group(0)}")' if media else ""),
        )
    if understanding.confidence >= UNSURE_MEETING:
        return understanding
    return _read_again(
        understanding,
        profile,
        message,
        not_as=("recruiting",),
        why="a work meeting at only {confidence} from someone outside your organisation",
    )


# What a programme asks its guests for: a segment, an episode, a pre-interview, air time (not "interview a few
# agents", which a buyer does).
_ON_AIR = re.compile(
    r"\b(?:segments?|episodes?|pre-?interviews?|on[- ]air|radio|podcasts?|broadcasts?|(?:tv|television)\s+"
    r"(?:show|programme|program|spot)|our\s+(?:listeners|viewers|audience))\b",
    re.IGNORECASE,
)
# A stranger whom someone sent to the user: "X suggested I speak to you", "recommended you", "gave me your name".
_POINTED_TO_YOU = re.compile(
    r"\b(?:suggested|recommended|advised(?: me)?|told me)\s+(?:that\s+)?(?:i\s+|we\s+)?(?:should\s+)?"
    r"(?:speak|talk|reach out|get in touch|write)\s+(?:to|with)\s+you\b|\brecommended you\b|"
    r"\bgave me your (?:name|details|e-?mail|address|number)\b|\bpassed (?:on )?your (?:name|details)\b|"
    r"\bpointed me (?:to|towards|in) (?:you|your direction)\b|\byour name (?:came up|was mentioned)\b",
    re.IGNORECASE,
)


def as_calendar_request(understanding: Understanding, message: Message) -> Understanding:
    """A calendar invitation (METHOD:REQUEST) asks for an answer, whatever its text reads like: an event to
    weigh, not "nothing is asked of you"."""
    event = message.event
    if understanding.intent is not Intent.NONE or event is None or event.method.upper() != "REQUEST":
        return understanding
    note = "event_invitation: a calendar invitation asks for your answer (yes, no or maybe)"
    return understanding.read_as(Intent.EVENT_INVITATION, note)


# A session of the work itself, which those invited do together: "Trio rehearsal - Hothouse set", "Soundcheck",
# "Band practice", "Run-through", "Tracking session", "Load-in" - not one open to an audience or the public.
_WORKING_SESSION = re.compile(
    r"\b(?:rehears(?:al|als|ing)|sound ?checks?|run-?throughs?|(?:band|group|ensemble|choir|section) practice|"
    r"practice sessions?|(?:recording|tracking|mixing|writing|studio) sessions?|load-?ins?|tech rehearsals?)\b",
    re.IGNORECASE,
)
_OPEN_TO_AN_AUDIENCE = re.compile(
    r"\b(?:open|public|audiences?|tickets?|admission|rsvp by|free entry|all welcome|everyone welcome|"
    r"members of the public|watch|observe)\b",
    re.IGNORECASE,
)


def as_working_session(understanding: Understanding, message: Message) -> Understanding:
    """A calendar invitation to a session of the work itself ("Trio rehearsal - Hothouse set" from the band's
    bassist, "Soundcheck" from the venue): the user's own work with the people invited, an ordinary work meeting -
    never an event that serves no goal, declined. A rehearsal open to an audience ("Open rehearsal - all welcome")
    stays an event."""
    event = message.event
    if understanding.intent is not Intent.EVENT_INVITATION or event is None:
        return understanding
    session = _WORKING_SESSION.search(event.summary)
    if session is None or _OPEN_TO_AN_AUDIENCE.search(f"{event.summary}\n{event.description}"):
        return understanding
    note = f'work_meeting: a calendar invitation to a session of the work itself ("{session.group(0)}")'
    return understanding.read_as(Intent.WORK_MEETING, note)


def as_honour_for_sale(understanding: Understanding, message: Message) -> Understanding:
    """News that the reader is shortlisted, with the price of their place ("the $495 listing fee secures your
    finalist feature"), asks them to pay: an event to weigh (and decline as paying to appear), not "nothing
    is asked of you", nor a seller's pitch to wish well ("You've been nominated ... Secure your feature for just
    $199")."""
    if understanding.intent not in (Intent.NONE, Intent.SALES_PITCH):
        return understanding
    # a pitch is read again only where its own words tell the honour, not a subject line alone
    told = evidence_text(message) if understanding.intent is Intent.NONE else message.own_text
    sold = honour_sold_to_you(told)
    if sold is None:
        return understanding
    note = f'event_invitation: an honour that asks you to pay for your place ("{sold}")'
    return understanding.read_as(Intent.EVENT_INVITATION, note)


def with_client_to_help(understanding: Understanding, profile: Profile, message: Message) -> Understanding:
    """A "work meeting" from outside about the client a help_client goal names, with what the goal seeks for
    them ("yes, I'd be glad to act for the Nguyen family ... a quick call on Thursday?" from a conveyancer), or
    asked by someone at that client (by their address or signature) where it serves the goal: the goal's own
    meeting, not an ordinary one to leave aside."""
    if not _outside_work_meeting(understanding, profile, message):
        return understanding
    folded = fold(f"{message.subject}\n{message.own_text}")
    label = domain_label(message.from_addr.rpartition("@")[2].lower())
    organisation = fold(sender_identity(message)[1])
    for goal in profile.goals:
        if goal.kind is not GoalKind.HELP_CLIENT:
            continue
        clients = clients_of(goal)
        named = next((c for c in clients if phrase_in(c, folded) or household_named(c, folded)), "")
        sought = next((t for t in goal.targets if t not in clients and phrase_in(t, folded)), "")
        if named and not sought:
            sought = _need_named(goal, clients, folded)
        if named and sought:
            note = (
                f'coffee_chat: a meeting about your client {named} ("{sought}"), not an ordinary work meeting'
            )
            return understanding.read_as(Intent.COFFEE_CHAT, note)
        at_client = next((c for c in clients if writes_at(c, label, organisation)), "")
        best = assess(message, Intent.COFFEE_CHAT, profile).best if at_client else None
        if best is not None and best.description == goal.description and best.score >= ACCEPT_AT:
            note = f"coffee_chat: a meeting asked by your client {at_client}, not an ordinary work meeting"
            return understanding.read_as(Intent.COFFEE_CHAT, note)
    return understanding


def with_clients_business_handed_over(
    understanding: Understanding, profile: Profile, message: Message
) -> Understanding:
    """Mail that forwards an enquiry serving a goal to help a client, handed to the user to take over ("Is this
    legit? ... can you handle it?" above a producer's note asking whether the film rights are available): the goal's
    own business, passed on for the user to answer - not news, nor a talk ("happy to talk to you or your agent")."""
    if understanding.intent is Intent.INTRODUCTION or not forwarded_part(message):
        return understanding
    asked = handed_over(message.own_text)
    if not asked:
        return understanding
    best = assess(message, Intent.INTRODUCTION, profile).best
    if best is None or best.kind != GoalKind.HELP_CLIENT.value or best.score < ACCEPT_AT:
        return understanding
    note = f'introduction: an enquiry for your client passed on for you to take over ("{asked}")'
    return understanding.read_as(Intent.INTRODUCTION, note)


def with_buyer_for_client(understanding: Understanding, profile: Profile, message: Message) -> Understanding:
    """A buyer scouting for what a client of the user makes ("I lead innovation at Brightgrid Energy. We're scouting
    battery analytics startups for a paid pilot ... I hear a company in your portfolio does this"), read as a pitch:
    it asks to be introduced to the client, the very customer a goal to help that client seeks ("a first enterprise
    customer for Tidewell (grid battery analytics)"). A seller (a price, "our platform") stays a pitch."""
    if understanding.intent not in (Intent.SALES_PITCH, Intent.NONE, Intent.PARTNERSHIP_PROPOSAL):
        return understanding
    said = f"{message.subject}\n{message.own_text}"
    scouting = next((found for goal in profile.goals if (found := buyer_for_client(goal, said))), "")
    if not scouting:
        return understanding
    note = f'introduction: a buyer looks for what your client makes ("{scouting}"), not a pitch'
    return understanding.read_as(Intent.INTRODUCTION, note)


# Words a goal to help a client says of the help itself, not of what the client needs: "Help the Okafor family
# relocate ..." needs relocating, not help.
_HELPING = frozenset(
    content_stems("help helping support supporting assist find get make work client clients family")
)


def _need_named(goal: Goal, clients: tuple[str, ...], folded: str) -> str:
    """A word of what a goal to help a client seeks for them ("schools", "relocate" of "Help the Okafor family
    relocate from Calgary to Toronto: schools, neighbourhoods, movers") that the text says, or ""."""
    named = frozenset().union(*(phrase_stems(client) for client in clients))
    # its common words, not its names: "Calgary" and "Toronto" say where, not what they need
    common = " ".join(word for word in goal.description.split() if not word[:1].isupper())
    needs = phrase_stems(common) - named - _HELPING
    said = dict((stem(word), word) for word in words(folded))
    return next((said[need] for need in sorted(needs) if need in said), "")


def with_target_person(understanding: Understanding, profile: Profile, message: Message) -> Understanding:
    """A "work meeting" that the target person of a meet_person goal asks for, or their assistant arranges
    ("Professor Chaudhry asked me to find 30 minutes with you"), read as the get-together the goal wants,
    with its purpose clear; a colleague's meeting stays a work meeting."""
    if not _outside_work_meeting(understanding, profile, message):
        return understanding
    person = target_person_named(message, profile)
    if not person:
        return understanding
    note = f"coffee_chat: a meeting with the person your goal names ({person}), not an ordinary work meeting"
    return understanding.read_as(Intent.COFFEE_CHAT, note)


def with_contact_passed_on(understanding: Understanding, message: Message) -> Understanding:
    """Mail read as asking nothing that asks leave to pass the user's number or address to someone ("Is it ok if I
    give her your number?", "Mind if I pass your email on to my neighbour?"): an introduction offered, whoever
    it is for - the policy weighs it as one. So is such mail the model read as a pitch where the number goes to
    someone the sender names ("my cousin Ana runs a health-tech start-up ... Can I give her your number?") and the
    sender sells nothing: a friend's referral, not a seller's."""
    if understanding.intent not in (Intent.NONE, Intent.SALES_PITCH):
        return understanding
    said = f"{message.subject}\n{message.own_text}"
    passing = leave_to_pass_contact(said)
    if (
        passing
        and understanding.intent is Intent.SALES_PITCH
        and (not _TO_SOMEONE.search(passing) or names_a_sale(said))
    ):
        return understanding  # "Can I share your email with our partners?" is a seller's
    if passing:
        note = f'introduction: it asks to pass your contact details on ("{passing}")'
        return understanding.read_as(Intent.INTRODUCTION, note)
    return understanding


def with_introduction_offered(understanding: Understanding, message: Message) -> Understanding:
    """Mail read as a pitch or as asking nothing that offers to put the user in touch with someone ("OK if I connect
    you two by email?", "Shall I introduce you to her?", "Happy to put you in touch"): an introduction offered,
    weighed on the person it is to (a founder's raise a friend passes on is the friend's offer, not their pitch),
    unless the sender sells something ("Can I connect you with our sales team? Plans start at $49")."""
    if understanding.intent not in (Intent.NONE, Intent.SALES_PITCH):
        return understanding
    said = " ".join(f"{message.subject}\n{message.own_text}"[:20_000].split())
    if not _CONNECTS_YOU.search(said):
        return understanding
    if names_a_sale(said.replace(says_they_raise(said), " ") if says_they_raise(said) else said):
        return understanding  # the sum a founder raises is no price
    for sentence in SENTENCE.findall(said):
        offered = _CONNECTS_YOU.search(sentence)
        if offered and (_LEAVE_ASKED.search(sentence) or _OFFERED.search(sentence)):
            note = f'introduction: it offers to put you in touch with someone ("{offered.group(0)}")'
            return understanding.read_as(Intent.INTRODUCTION, note)
    return understanding


# The user put in touch with someone: "connect you two", "introduce you to her", "intro you to Zara", "put you both
# in touch" (not "connect you with our team": whom to is a person, "two" or "both" of them, or a name).
_CONNECTS_YOU = gated(
    re.compile(
        r"\b(?:connect|introduce|intro)\s+you\s+(?:two|both)\b"
        r"|\b(?:connect|introduce|intro)\s+you\s+(?:with|to)\s+(?:him|her|them|(?-i:[A-Z][a-z]+)(?!\s+(?-i:[A-Z])?[a-z]*\s+team))\b"
        r"|\bput\s+you\s+(?:two\s+|both\s+)?in\s+touch\b",
        re.IGNORECASE,
    )
)
# ...offered, not told as done: "would you like me to", "happy to", "let me know if you'd like".
_OFFERED = re.compile(
    r"\b(?:would you like me to|do you want me to|want me to|(?:i'd|i would|i'm|i am) (?:be )?(?:happy|glad|keen) to|"
    r"let me know if you(?:'d| would) like|if you(?:'re| are) (?:keen|interested|open))\b",
    re.IGNORECASE,
)


def leave_to_pass_contact(text: str) -> str:
    """Where `text` asks leave to pass the user's number or address on, the words that pass it ("give her your
    number" of "Is it ok if I give her your number?"), else "" - news that it was given asks nothing."""
    said = " ".join(text[:20_000].split())
    if not _YOUR_CONTACT_PASSED.search(said):
        return ""  # most mail: one search of the whole text instead of one per sentence
    for sentence in SENTENCE.findall(said):
        passing = _YOUR_CONTACT_PASSED.search(sentence)
        if passing and _LEAVE_ASKED.search(sentence):
            return passing.group(0)
    return ""


# The user's number or address given to someone: "give her your number", "pass your details on to Aisha", "share
# your email with them", "put her in touch with you".
_YOUR_CONTACT = r"your\s+(?:(?:cell|mobile|phone)\s+)?(?:number|cell|e-?mail(?:\s+address)?|details|contact(?:\s+(?:details|info))?|info)"
_YOUR_CONTACT_PASSED = gated(
    re.compile(
        rf"\b(?:give|pass|send|share|forward|text)\s+(?:(?:him|her|them|my\s+\w+|\w+)\s+)?{_YOUR_CONTACT}\b"
        rf"|\b(?:put|get)\s+(?:him|her|them|\w+)\s+in\s+touch\s+with\s+you\b",
        re.IGNORECASE,
    )
)
# ...to someone the sender names: "give her your number", "pass your details on to my cousin" (not "share your email")
_TO_SOMEONE = re.compile(r"(?i:\b(?:him|her|them|my\s+\w+|in\s+touch)\b)|^\w+\s+[A-Z][a-z]+\s+your\b")
# ...asked as leave, not told as done ("I gave her your number" is news): "is it ok if I", "can I", "mind if I".
_LEAVE_ASKED = re.compile(
    r"\b(?:is it (?:ok|okay|alright|all right|fine)|would it be (?:ok|okay|alright|all right|fine)|"
    r"(?:can|could|may|should|shall) i|(?:do|would) you mind(?: if)?|mind if i|ok(?:ay)? (?:if|to)|"
    r"happy for me to|are you ok(?:ay)? with)\b",
    re.IGNORECASE,
)


def with_target_passed_on(understanding: Understanding, profile: Profile, message: Message) -> Understanding:
    """Mail read as asking nothing that puts the user in touch with someone a goal seeks: a friend passing on
    their own note with "email her directly" (an introduction), or an offer of time with the person a goal
    names ("I can offer you a briefing interview with Prof. Mulvey"), the get-together the goal wants."""
    if understanding.intent is not Intent.NONE:
        return understanding
    if passed_on(message)[1]:
        best = assess(message, Intent.INTRODUCTION, profile).best
        if best is not None and best.evidence[:1] and best.evidence[0].startswith("target person"):
            note = f"introduction: a note passed on for you to answer directly ({best.evidence[0]})"
            return understanding.read_as(Intent.INTRODUCTION, note)
        return understanding
    said = " ".join(message.own_text[:20_000].split())
    offer = _OFFERS_TIME_WITH.search(said) or _THEIR_TIME_OFFERED.search(said)
    person = target_person_named(message, profile) if offer else ""
    if offer is None or not person:
        return understanding
    note = f'coffee_chat: time offered with the person your goal names ({person}): "{offer.group(0)}"'
    return understanding.read_as(Intent.COFFEE_CHAT, note)


# Time offered with someone: "I can offer you a pre-briefing interview with", "happy to set up a call with".
_OFFERS_TIME_WITH = gated(
    re.compile(
        r"\b(?:offer|arrange|set up|line up|book|schedule|organi[sz]e)\s+(?:you\s+)?(?:an?\s+|some\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:interview|call|meeting|briefing|chat|conversation|time|slot)s?\s+with\b",
        re.IGNORECASE,
    )
)


# ...or the days the person themselves could do, told by whoever writes for them ("Gina ... would be delighted to
# come on the show. She could record remotely on Thursday, December 10 at 2pm ET or Friday ..."): someone who
# could or is free to meet on a day (never "she can't do Thursday", nor "we could" or "you could": theirs alone).
_THEIR_TIME_OFFERED = re.compile(
    r"\b(?:[Ss]he|[Hh]e|[Tt]hey|(?!(?:We|You|It|This|That|There|Which|What)\b)[A-Z][a-z]+)\s+"
    r"(?:(?:could|can|would be (?:able|happy|glad) to|is (?:able|free|available) to)\s+(?:(?:also|easily|still)\s+)?"
    r"(?:record|meet|talk|speak|join you|do|call|chat|sit down|come on)|is (?:free|available))\b"
    r"[^.?!]{0,80}?\b(?i:mon|tues|wednes|thurs|fri|satur|sun)day\b"
)


def _outside_work_meeting(understanding: Understanding, profile: Profile, message: Message) -> bool:
    """A work meeting read in mail from outside the user's own organisation: what a goal may turn out to be
    about (a colleague's meeting stays theirs)."""
    return understanding.intent is Intent.WORK_MEETING and not profile.user.at_own_domain(message.from_addr)
