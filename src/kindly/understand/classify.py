"""The understanding step: invitation or not, intent, purpose clarity, confidence and evidence."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from kindly.amounts import AN_AMOUNT
from kindly.forwarded import forwarded_part
from kindly.gated import gated
from kindly.ingest.text import split_body
from kindly.model import Intent, Message, Understanding
from kindly.understand.call_for_talks import call_for_talks
from kindly.understand.connect import CONNECT as _CONNECT
from kindly.understand.cues import cue_names
from kindly.understand.extract import event_beside_meeting
from kindly.understand.features import FOR_INFORMATION, model_text, passes_on_only, with_forward
from kindly.understand.host_asked import host_asked
from kindly.understand.linear import LinearTextModel
from kindly.understand.meeting_on_condition import meeting_on_condition
from kindly.understand.no_job_named import call_offered_not_job
from kindly.understand.talk_as_chat import talk_is_a_call
from kindly.understand.team_asked import team_asked
from kindly.understand.thanks import thanks_for_a_meeting
from kindly.understand.time_proposed import time_proposed_in_reply

MODEL_PATH = Path(__file__).parent / "models" / "intent.npz"
RULE_CONFIDENCE = 0.9  # how sure a ruling of the guide is: a forward with only "FYI", a bare "let's connect"


@dataclass(frozen=True, slots=True)
class Text:
    """The parts of a message the classifier reads."""

    subject: str
    own: str
    signature: str = ""
    forward_note: str = ""  # the sender's few words on a bare forward ("FYI"), when `own` holds the forward
    # a short note with what it forwards ("much more your area than mine" over a call for panellists): read
    # where the note alone leaves the model unsure
    with_forwarded: str = ""
    # a forward whose note opens "FYI" and asks nothing ("FYI - declined this one on your behalf"): the
    # guide's forwarded news, none whatever is forwarded
    for_information: bool = False
    # `own` holds a bare forward read whole: the sender's own words are `forward_note`
    forwarded_whole: bool = False

    @classmethod
    def from_message(cls, message: Message) -> Text:
        # a bare forward: what was forwarded is the ask, unless the note only passes it on
        own, note = with_forward(message.own_text, message.quoted_text, message.subject)
        own_text = message.own_text
        fyi = _for_information(message, own_text)
        whole = own != own_text
        return cls(
            message.subject, own, message.signature, note, _with_forwarded(message, own_text), fyi, whole
        )

    @classmethod
    def from_body(cls, subject: str, body: str) -> Text:
        split = split_body(body)
        own, note = with_forward(split.own, split.quoted, subject)
        read = Message(source="", subject=subject, own_text=split.own, quoted_text=split.quoted)
        fyi = _for_information(read, split.own)
        whole = own != split.own
        return cls(subject, own, split.signature, note, _with_forwarded(read, split.own), fyi, whole)


SHORT_NOTE_WORDS = 80
_FYI = re.compile(rf"\W*(?:{FOR_INFORMATION})\b", re.IGNORECASE)  # a note that opens "FYI - ..."
UNSURE_BELOW = 0.7  # how unsure the note alone leaves the model before the forward is read with it


def _with_forwarded(message: Message, own: str) -> str:
    """The note and the words it forwards (headers, history and signature left out), for a forward whose own
    note is short; "" otherwise (a bare forward is already read whole)."""
    if not 4 <= len(own.split()) <= SHORT_NOTE_WORDS or (_FYI.match(own) and not _asks(own)):
        # "FYI - I'm not going but wanted you to know": passed on for information (the guide); "FYI - can you
        # take this one?" asks, and what it forwards is what it asks
        return ""
    forwarded = forwarded_part(message)
    return f"{own}\n\n{forwarded}" if forwarded else ""


# A colleague's note that puts the reader forward for what it forwards (the guide: it takes that intent).
_SUGGESTS = re.compile(
    r"\b(?:thought of you|made me think of you|you'?d be (?:great|perfect|ideal|brilliant)|right up your "
    r"(?:alley|street)|(?:much )?more your (?:area|thing)|perfect for you|you should (?:go|do|apply|submit|speak)|"
    r"worth your time|worth a look|came in (?:through|via|from)|(?:you'?d|you will|you'?ll) get back to (?:him|her|them)|"
    r"can you (?:reply|respond|take this|get back)|"
    # "told him you'd want to hear it", "I think you should meet them": the reader wanted for what is forwarded
    r"(?:you'?d|you would|you'?ll|you will|you might|you may) (?:want|like|love) to (?:hear|see|meet|talk to|"
    r"know about) (?:it|this|them|him|her|from (?:them|him|her))|you should (?:meet|talk to|hear from) "
    r"(?:them|him|her)|"
    # an assistant's "this one looks like yours", "sounds like one for you"
    r"(?:this|that|it)(?: one)? (?:looks|sounds|seems) (?:like )?(?:yours|one for you|made for you|right for you))\b",
    re.IGNORECASE,
)
_STILL_ASKS = re.compile(
    r"\blet (?:me|her|him|them|us) know\b|\bif you'?re (?:in|up for|interested|keen)\b|\bplease (?:reply|respond|"
    r"confirm|get back)\b",
    re.IGNORECASE,
)


# A journalist asking for a comment: "I'm a reporter at The Herald ... could you give me a quote?"
# (a word or two may describe the piece: "I'm writing a short piece for Time Out", "for our weekend feature on")
_PRESS = gated(
    re.compile(
        r"\b(?:journalist|reporter|correspondent|editor at|producer at|i(?:'m| am) writing (?:a|an) (?:[\w-]+ ){0,2}?"
        r"(?:piece|story|article|feature)|for (?:a|an|our) (?:[\w-]+ ){0,2}?(?:piece|story|article|feature|segment) "
        r"(?:on|about))\b",
        re.IGNORECASE,
    )
)
# ...a comment in its own words, or as a few sentences to quote ("two or three sentences on how you handle it")
_COMMENT = re.compile(
    r"\b(?:a (?:short )?quote|comment|your (?:view|views|thoughts|take|perspective)|interview|on the record|"
    r"speak to (?:me|us)|talk to (?:me|us)|(?:(?:one|two|three)(?: or (?:two|three|four))?|a few|a couple of) "
    r"(?:sentences|lines)|a (?:sentence|line|paragraph) or two)\b",
    re.IGNORECASE,
)
# what the model may read a journalist's ask as (a comment asked is no request for the user's advice either)
_NOT_THE_PRESS = frozenset(
    {
        Intent.CLIENT_INQUIRY.value,
        Intent.SALES_PITCH.value,
        Intent.WORK_MEETING.value,
        Intent.MENTORSHIP_REQUEST.value,
    }
)
# ...or nothing at all, where the journalist asks a question ("Would you be willing to give a short comment?")
_ASKED = re.compile(r"\?|\b(?:would|could|can|will) you\b|\bwilling to\b", re.IGNORECASE)


# A publication's call for work to feature: "We're now taking real wedding submissions for our Summer print
# issue", "submissions are open for the spring edition" (not a request for proposals: "proposals are due").
_SUBMISSIONS = re.compile(
    r"\b(?:(?:taking|accepting|open(?:ing)? for|inviting|welcom\w+)\s+(?:[\w-]+\s+){0,3}submissions|"
    r"submissions (?:are|now) (?:open|due|welcome)|call for submissions)\b",
    re.IGNORECASE,
)
_EDITORIAL = re.compile(
    r"\b(?:issue|magazine|print|publication|blog|edition|editor|editorial|journal|anthology|feature[ds]?)\b",
    re.IGNORECASE,
)
# A request for proposals, quotes or bids, by any of its names ("proposals are due", "tenders close"): one pattern,
# by which compose answers such a request too.
TENDER = re.compile(
    r"\b(?:rfp|rfq|request for (?:proposals?|quotes?)|proposals?|tenders?|bids?)\b", re.IGNORECASE
)


def call_for_features(own: str) -> bool:
    """A magazine, a blog or an editor asks for work to publish: the guide's invitation to be featured, not a
    client's order."""
    return bool(_SUBMISSIONS.search(own) and _EDITORIAL.search(own) and not TENDER.search(own))


def press_request(own: str, *, asked: bool = False) -> bool:
    """A journalist asks for a comment or an interview, not to buy: "could you give me a quote by Thursday?"
    (`asked`: and puts a question to the reader)."""
    found = _PRESS.search(own) is not None and _COMMENT.search(own) is not None
    return found and (not asked or _ASKED.search(own) is not None)


# A platform's note that the reader already said yes: "You're going!", "Your registration is confirmed".
_REGISTERED = re.compile(
    r"^\W*(?:you'?re going\b(?!\s+to\s+(?:want|love|need|have|be|get|enjoy|find|see)\b)|you(?:'re| are) (?:registered|booked|all set|on the list)\b|your (?:registration|rsvp|"
    r"booking|place|spot|seat|ticket) (?:is|has been) confirmed\b|thanks? (?:you )?for (?:registering|your rsvp|"
    r"booking)\b|"
    # an order of the reader's own ticket: "Thanks for your order!", "Your order confirmation: ...", "Order
    # #4471920345", "View your ticket" (not "Book your ticket", an invitation's own ask)
    r"thanks? (?:you )?for your (?:order|booking|registration|purchase)\b|(?:your )?order confirmation\b|"
    r"order (?:#|no\.?\s|number\b)|(?:view|download|print) your (?:e-?)?tickets?\b)",
    re.IGNORECASE | re.MULTILINE,
)


def already_registered(subject: str, own: str) -> bool:
    """A registration or RSVP confirmed (the guide's confirmation: none), not an invitation to attend; a note
    that asks something besides ("... can you also bring a dish?") is not only that."""
    return _REGISTERED.search(f"{subject}\n{own}") is not None and "?" not in own


# A reminder of a meeting already agreed: "Just a reminder that we agreed to meet Thursday ... See you then!" (not
# "as agreed at the meeting, we'd love you to give the keynote", nor "a reminder that our call for speakers closes")
_AGREED = gated(
    re.compile(
        r"\b(?:(?:we|you and i) (?:agreed|arranged|planned|said we'?d) to (?:meet|catch up|have (?:a |our )?\w+)|"
        r"(?:just )?a (?:quick |friendly )?reminder (?:that|of|about) (?:our|we(?:'re| are)) "
        r"(?:meeting|coffee|call|lunch|chat|catch-?up|having|catching|meet)\b(?!\s+for\b))",
        re.IGNORECASE,
    )
)
# The model's readings a reminder of an agreed meeting is mistaken for; a talk or a pitch asks something new.
_MEETINGS = frozenset({Intent.COFFEE_CHAT.value, Intent.WORK_MEETING.value, Intent.EVENT_INVITATION.value})


def agreed_meeting(own: str) -> bool:
    """A reminder of a meeting already agreed, asking nothing (the guide's confirmation: none): the user's yes
    was given before, so there is nothing to weigh or answer."""
    return _AGREED.search(own) is not None and "?" not in own and _ASKS_YOU.search(own) is None


# ...what asks something new besides: "I'd like you to join the board", "would you...", "we invite you".
_ASKS_YOU = re.compile(
    r"\b(?:(?:i|we)(?:'d| would) (?:like|love) you to|(?:would|could|can|will) you|(?:invite|inviting) you)\b",
    re.IGNORECASE,
)


# Two professionals sending each other clients: a referral partnership between equals, whatever the words of
# help and service in it ("see if we can help each other's clients").
_WHOM = r"(?:clients|customers|couples|families|patients|people|business|work|leads)"
_MUTUAL_REFERRALS = gated(
    re.compile(
        r"\b(?:each other'?s (?:clients|customers|business)|one another'?s (?:clients|customers)|refer\w* (?:clients|"
        r"business|work|people) (?:to|between) (?:each other|one another|us both)|cross[- ]refer\w*|mutual referrals?|"
        r"send (?:clients|business|work) (?:each other'?s|one another'?s|both) ways?|referral partners?hip|"
        # the guide's cross-promotion: "we feature your game in a backer update and you feature ours"
        r"cross[- ]promo\w*|co[- ]marketing|promote each other|feature each other|(?:shout-?out|newsletter) swap|"
        # "happy to swap referrals", "send couples both ways", "we could refer each other"
        rf"(?:swap|trade|exchange)\w* (?:referrals|{_WHOM})|(?:{_WHOM}|referrals) (?:both|either) ways?|"
        r"refer\w* (?:to )?(?:each other|one another)|"
        # "Would you be open to sending each other clients?"
        rf"send\w* (?:each other|one another) (?:clients|customers|business|work|referrals|{_WHOM}))\b",
        re.IGNORECASE,
    )
)
# ...or in two sentences, one way each: "Can I send them your way? And would you ever send couples who need a
# coordinator to me?"
_YOUR_WAY = gated(
    re.compile(
        rf"\b(?:send|refer|pass|point)\w*\s+(?:them|(?:some |more |a few |any )?{_WHOM})\s+(?:your way|to you)\b",
        re.IGNORECASE,
    )
)
_MY_WAY = re.compile(
    rf"\b(?:send|refer|pass|point)\w*\s+(?:any |some |the |a few )?{_WHOM}\b[^.?!]{{0,60}}?\b(?:my way|our way|"
    r"to me|to us)\b",
    re.IGNORECASE,
)


_PROMOTION = re.compile(
    r"\b(?:cross[- ]promo\w*|co[- ]marketing|promot\w*|feature\w*|shout-?outs?|newsletters?|re-?shar\w*|posts?|"
    r"stories|campaigns?|followers|audience)\b",
    re.IGNORECASE,
)


# Someone offering to spread the user's own work to their audience: "Could I reshare a few posts in my stories
# through December?", "we'd love to feature your series in our newsletter" - a cross-promotion, not a client
# (unless it names a price: "I can promote your posts to 50k followers for $200" sells a service).
_OFFERS_TO_SHARE = gated(
    re.compile(
        r"\b(?:could i|can i|may i|let me|i'?d love to|i would love to|i'?d be happy to|i'?m happy to|we'?d love to|"
        r"we would love to|could we|can we|would you like (?:me|us) to|shall (?:i|we))\s+(?:\w+\s+){0,2}?"
        r"(?:re-?shar\w*|re-?post\w*|share|feature|promote|spotlight|amplify)\b[^.?!\n]{0,60}\b(?:posts?|series|"
        # "would you like me to feature the programme and share the application link in next Tuesday's edition?"
        r"reels?|work|content|photos|stories|page|campaign|programme|program|initiative|launch|application link)\b",
        re.IGNORECASE,
    )
)
# ...or to put it in their own channel, whatever the work is: "Could I feature the checklist in next week's issue?",
# "Can we include your guide in our Friday roundup?" (not their own thing in the user's: "feature our app in your
# newsletter")
_SHARES_IN_THEIRS = re.compile(
    r"\b(?:could i|can i|may i|i'?d love to|i would love to|we'?d love to|we would love to|could we|can we|"
    r"would you like (?:me|us) to|shall (?:i|we)|would you mind if (?:i|we))\s+(?:\w+\s+){0,2}?"
    r"(?:re-?shar\w*|share|feature|include|spotlight|promote|link to)\s+(?:it|this|(?:your|the)\s+(?:[\w-]+\s+){0,3}?"
    r"[\w-]+)\s+(?:in|on|with|to|across)\s+(?:my|our|next\s+\w+'s|this\s+\w+'s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:newsletter|issue|edition|digest|roundup|round-up|blog|podcast|episode|stories|feed|channel|community|"
    r"readers|subscribers|audience|followers|list)\b",
    re.IGNORECASE,
)
# A line break inside a paragraph (a hard-wrapped mail), not the blank line between two.
_WRAPPED = re.compile(r"(?<=\S)[ \t]*\n(?=[ \t]*\S)")
_AT_NO_COST = re.compile(r"\b(?:no cost|free of charge|for free|no charge|no fees?)\b", re.IGNORECASE)


def offers_to_share(own: str) -> bool:
    """An offer to share the user's work with the sender's audience, for nothing in return (hard-wrapped lines
    read as one: "We'd love to feature your winter food\ndrive for Giving Tuesday - a post, a few stories")."""
    own = _WRAPPED.sub(" ", own)
    offered = _OFFERS_TO_SHARE.search(own) or _SHARES_IN_THEIRS.search(own)
    return offered is not None and (AN_AMOUNT.search(own) is None or _AT_NO_COST.search(own) is not None)


def swaps_clients(own: str) -> bool:
    """Sending each other clients and nothing else: no promotion of each other's work, so no campaign spread."""
    # a phrase hard-wrapped over two lines ("sending each\nother clients") is the phrase
    own = " ".join(own.split())
    return _mutual_referrals_in(own) and _PROMOTION.search(own) is None


def mutual_referrals(own: str) -> bool:
    """A proposal to send each other clients or to promote each other (the guide's partnership between equals:
    cross-promotion, co-marketing; not a sale, not an ordinary work meeting)."""
    return _mutual_referrals_in(" ".join(own.split()))  # as mail wraps it: "sending each\nother clients?"


def _mutual_referrals_in(joined: str) -> bool:
    """mutual_referrals, of a text whose lines are joined."""
    return _MUTUAL_REFERRALS.search(joined) is not None or bool(
        _YOUR_WAY.search(joined) and _MY_WAY.search(joined)
    )


def _asks(note: str) -> bool:
    """Whether a forward's note asks something of the reader: a question, "let me know", "please confirm"."""
    return "?" in note or _STILL_ASKS.search(note) is not None


# ...or ends so, before a name signed under it: "See below, FYI.", "Passing this along for your info.\nJamie"
_ENDS_FYI = gated(re.compile(rf"\b(?:{FOR_INFORMATION})\W*$", re.IGNORECASE))
_A_NAME_LINE = re.compile(r"\W*\w+(?:[ \t]+\w+)?\W*")


def _closes_fyi(own: str) -> bool:
    """Whether a note ends "FYI", or does so on the line above a name signed under it. Read line by line: one
    pattern over both, its runs of non-letters nested, took minutes on a note padded with blank lines."""
    note = own.strip()
    if _ENDS_FYI.search(note):
        return True
    signed_to = len(note)  # the name's line ends at its last letter: "Jamie\n--" is signed "Jamie"
    while signed_to and not note[signed_to - 1].isalnum():
        signed_to -= 1
    above, _, last = note[:signed_to].rpartition("\n")
    return bool(above) and _A_NAME_LINE.fullmatch(last) is not None and _ENDS_FYI.search(above) is not None


def _for_information(message: Message, own: str) -> bool:
    """A forward whose note opens or ends "FYI" and asks nothing: no question, no request, no RSVP."""
    said = _FYI.match(own) or _closes_fyi(own)
    if not said or _asks(own):
        return False  # "FYI - let her know if you're in" asks
    cues = cue_names(own)
    return "no_ask" in cues and "rsvp" not in cues and bool(forwarded_part(message))


# The readings an offer to share the user's work can change (see Classifier.understand).
# The model's reading of the call asked beside an event, where the event is the ask.
_SIDE_ASK_READ = frozenset(
    {
        Intent.MENTORSHIP_REQUEST.value,
        Intent.COFFEE_CHAT.value,
        Intent.WORK_MEETING.value,
        Intent.CLIENT_INQUIRY.value,
    }
)
_SHARING_READ = frozenset({Intent.CLIENT_INQUIRY.value, Intent.SALES_PITCH.value, Intent.COFFEE_CHAT.value})
# The readings mutual referrals can change (see Classifier.understand).
_REFERRALS_READ = frozenset(
    {Intent.SALES_PITCH.value, Intent.WORK_MEETING.value, Intent.PARTNERSHIP_PROPOSAL.value}
)

CONNECT_WORDS = 15


def plain_connection_request(own: str) -> bool:
    """A short note that only asks to connect: the guide labels it a coffee chat with no purpose given."""
    return len(own.split()) <= CONNECT_WORDS and _CONNECT.search(own) is not None


# A note that asks for the reader's time besides: "do you have 15 mins next week?", "free for a quick call
# Thursday?" (cue names of understand.cues): a meeting asked, whose purpose is still to ask.
_ASKS_FOR_TIME = frozenset({"schedule", "call_words"})


def only_connects(own: str) -> bool:
    """A plain connection request that asks for no time of the reader: accepted where it came, no reply needed
    ("Hi Tom, I'd love to connect!"); one that asks for 15 minutes next week is asked what they have in mind."""
    return plain_connection_request(own) and not _ASKS_FOR_TIME.intersection(cue_names(own))


# What makes a note that ends "let's connect" more than a connection request: a pitch, a job, a talk, a meal,
# a day, a question (cue names of understand.cues).
_ASKS_MORE = frozenset(
    {
        "sell",
        "money",
        "job",
        "hire",
        "partner",
        "speak",
        "rsvp",
        "advice",
        "join",
        "topic",
        "call_words",
        "food_drink",
        "schedule",
        "intro",
        "bulk",
        "ask_meeting_again",
    }
)
INTRODUCED_CONNECT_WORDS = 60


# A bare ask for a few minutes with nothing said of why: "Would you have 15 minutes for a quick chat next week?"
_BARE_WORDS = 30
# what would make such an ask more than bare: a product, a job, a talk, a group, advice, a topic
# (what makes a connection note more, less the meeting's own words, and a stranger's "came across your profile")
_SAYS_WHY = (_ASKS_MORE - {"call_words", "food_drink", "schedule"}) | {"stranger"}
_WHY_WORDS = re.compile(
    r"\b(?:about|regarding|re:|discuss|show you|demo|our (?:product|platform|services?|solution|tool|app)|"
    r"we (?:help|build|offer|provide)|i (?:help|run|work)|opportunit\w+|project|proposal)\b",
    re.IGNORECASE,
)


def bare_meeting_request(own: str) -> bool:
    """A short ask to meet that says nothing of why: the guide's purpose not given, step 1 of the method (ask what
    it is about), not a pitch the model guesses from "15 minutes"."""
    if len(own.split()) > _BARE_WORDS or _WHY_WORDS.search(own):
        return False
    cues = set(cue_names(own))
    return "ask_meeting" in cues and "vague" in cues and not _SAYS_WHY & cues


# An ask to talk about something it does not name: "a short chat about an idea for an event in the new year",
# "a quick call about an opportunity", "a coffee about something I'm working on"
_UNNAMED_TOPIC = re.compile(
    r"\b(?:chat|call|talk|conversation|catch-up|coffee|word|meeting)\s+(?:about|regarding|on)\s+(?:an?\s+)?"
    r"(?:(?:little|small|new|possible|potential|exciting)\s+)?(?:idea|something|thing|possibility|opportunity)\b"
    r"(?:\s+(?:for|around)\s+(?:an?\s+|the\s+)?(?:(?:possible|potential|new|future)\s+)?(?:event|project|"
    r"collaboration|partnership|series|programme|program)s?\b)?"
    r"(?=\s*(?:in\b|next\b|this\b|later\b|early\b|some ?time\b|soon\b|[?.!,]|$))",
    re.IGNORECASE,
)
_UNNAMED_WORDS = 45


def unnamed_topic(own: str) -> bool:
    """A short note whose ask to talk is about an idea or an opportunity it does not name ("Would you have time
    for a short chat about an idea for an event in the new year?"): the purpose not given, however the model read
    it; a note that goes on to say what the idea is is longer, or names it."""
    return len(own.split()) <= _UNNAMED_WORDS and _UNNAMED_TOPIC.search(own) is not None


def introduced_connection_request(own: str) -> bool:
    """A note that says who the sender is and then only asks to connect ("I'm on the portfolio team at
    Fieldwork Capital ... Let's connect!"): read as the guide's plain connection request where the model is
    unsure."""
    if not CONNECT_WORDS < len(own.split()) <= INTRODUCED_CONNECT_WORDS or "?" in own:
        return False
    return _CONNECT.search(own) is not None and not _ASKS_MORE.intersection(cue_names(own))


@cache
def load_shipped_model() -> LinearTextModel:
    return LinearTextModel.load(MODEL_PATH)


class Classifier:
    """Classifies batches of texts with the shipped linear model."""

    def __init__(self, model: LinearTextModel | None = None) -> None:
        self.model = model or load_shipped_model()
        self.intent_classes = self.model.heads["intent"].classes
        self._none = self.intent_classes.index(Intent.NONE.value)

    @property
    def version(self) -> str:
        return str(self.model.metadata.get("version", "unknown"))

    def understand(self, texts: Sequence[Text], explain: bool = False) -> list[Understanding]:
        if not texts:
            return []
        rows = self.model.features([model_text(t.subject, t.own, t.signature) for t in texts])
        intent_p = self.model.predict("intent", rows)
        clear_p = self.model.predict("purpose", rows)[:, 1]
        self._read_forwards_whole(texts, intent_p, clear_p)
        results = []
        for n, text in enumerate(texts):
            best = int(np.argmax(intent_p[n]))
            only_fyi = passes_on_only(text.forward_note)
            passed_on = (only_fyi or text.for_information) and best != self._none
            if passed_on:
                best = self._none
            unsure = intent_p[n].max() < UNSURE_BELOW
            connect = not passed_on and (
                plain_connection_request(text.own)
                or (unsure and introduced_connection_request(text.own))
                or (self.intent_classes[best] == Intent.SALES_PITCH.value and bare_meeting_request(text.own))
            )
            if connect:  # the guide's ruling: a coffee chat whose purpose is not said
                best = self.intent_classes.index(Intent.COFFEE_CHAT.value)
            read_as = self.intent_classes[best]
            press = (
                read_as in _NOT_THE_PRESS and (press_request(text.own) or call_for_features(text.own))
            ) or (best == self._none and not passed_on and press_request(text.own, asked=True))
            # a call for talks is an event's invitation to present; one that says so in its subject ("Call for
            # Abstracts: 251st ECS Meeting") is one however little its body reads as an invitation
            talks = (
                read_as == Intent.EVENT_INVITATION.value
                or (best == self._none and not passed_on and call_for_talks(text.subject, ""))
            ) and call_for_talks(text.subject, text.own)
            if (
                read_as in (Intent.EVENT_INVITATION.value, Intent.COMMUNITY_INVITATION.value)
                and not passed_on
                and already_registered(text.subject, text.own)
            ):
                best = self._none  # the guide: a confirmation asks nothing
            reminds = agreed_meeting(text.own)
            agreed = read_as in _MEETINGS and not passed_on and reminds
            if agreed:
                best = self._none  # "we agreed to meet Thursday ... see you then!" asks nothing new
            # "Would your team be up for hosting our January meetup? ... a slot to talk about your open roles": an
            # event's invitation, however the roles read
            hosting = read_as == Intent.RECRUITING.value and not passed_on and bool(host_asked(text.own))
            if hosting:
                best = self.intent_classes.index(Intent.EVENT_INVITATION.value)
            # "If you'd ever like to talk shop about growing into an editing role, I'd be happy to set up a call": a
            # call offered, where the model's recruiter is a guess and no job is named
            call_offered = (
                ""
                if read_as != Intent.RECRUITING.value or passed_on or hosting
                else call_offered_not_job(text.own, float(intent_p[n, best]))
            )
            if call_offered:
                best = self.intent_classes.index(Intent.COFFEE_CHAT.value)
            # "Thanks again for taking the time to talk yesterday about the role": a note, however the role reads
            thanked = "" if passed_on or best == self._none else thanks_for_a_meeting(text.own)
            if thanked:
                best = self._none
            # a journalist's "quote" is a comment for a story (the guide's being interviewed); a call for talks
            if press or talks:
                best = self.intent_classes.index(Intent.SPEAKING_INVITATION.value)
            # read only where it can change the answer: a partnership's clarity, a pitch's or meeting's intent
            referrals = read_as in _REFERRALS_READ and mutual_referrals(f"{text.subject}\n{text.own}")
            if referrals and read_as != Intent.PARTNERSHIP_PROPOSAL.value:
                best = self.intent_classes.index(Intent.PARTNERSHIP_PROPOSAL.value)
            # "Could I reshare a few posts in my stories?": spreading the user's work is no client's request, nor
            # a coffee ("I'd love to feature your book in my January stories and do a little Q&A with you")
            sharing = read_as in _SHARING_READ and offers_to_share(text.own)
            if sharing:
                best = self.intent_classes.index(Intent.PARTNERSHIP_PROPOSAL.value)
            # "Could you come to the open house on Saturday, January 23? And if you have 30 minutes before then,
            # I'd love to pick your brain": the event is the ask, the call beside it a second (own_meeting)
            beside = read_as in _SIDE_ASK_READ and not passed_on and event_beside_meeting(text.own)
            if beside and best == self.intent_classes.index(read_as):
                best = self.intent_classes.index(Intent.EVENT_INVITATION.value)
            # "Re: mentoring - I'd be glad to. Shall we start on Thursday, December 10 at 8:00 am?": a reply that says
            # when to meet asks for an answer, however little else it asks; the thread says what the meeting is for
            proposed = (
                "" if passed_on or best != self._none else time_proposed_in_reply(text.subject, text.own)
            )
            if proposed:
                best = self.intent_classes.index(Intent.COFFEE_CHAT.value)
            # "Before we hop on an intro call, please sign the attached NDA": the call is asked, the document first
            conditioned = "" if passed_on or best != self._none else meeting_on_condition(text.own)
            if (
                conditioned
            ):  # confidentiality asked before the call: the sender's own project, brought to the user
                best = self.intent_classes.index(Intent.CLIENT_INQUIRY.value)
            # "Would you be open to a short call to talk about what you offer?": the talk is a call, no stage; the
            # message is what the model reads it as next
            if (
                read_as == Intent.SPEAKING_INVITATION.value
                and best == self.intent_classes.index(read_as)
                and unsure
                and not (press or talks)
                and talk_is_a_call(text.own)
            ):
                ranked = [int(i) for i in np.argsort(-intent_p[n]) if int(i) not in (best, self._none)]
                best = ranked[0] if ranked else best
            # "Would Ironside like to enter a team or host a coaching station? ... Thank you for considering it": the
            # business asked by its name to take part in an event, however much the thanks reads as a note
            if best == self._none and not passed_on and unsure and team_asked(text.own):
                best = self.intent_classes.index(Intent.EVENT_INVITATION.value)
            intent = Intent(self.intent_classes[best])
            is_invitation = intent is not Intent.NONE
            clear = bool(clear_p[n] >= 0.5) if is_invitation else None
            if proposed:
                clear = True
            if intent is Intent.PARTNERSHIP_PROPOSAL and (referrals or sharing):
                clear = True  # sending each other clients, or sharing the user's work, is what they want
            unnamed = bool(is_invitation and clear and unnamed_topic(text.own))
            if connect or unnamed:
                clear = False  # ...and "a short chat about an idea for an event" says there is one, not what
            evidence: tuple[str, ...] = ()
            if explain:
                evidence = self._evidence(rows[0][n], rows[1][n], best, is_invitation, clear)
            if passed_on:
                said = (
                    f'only "{text.forward_note.strip()}"'
                    if only_fyi
                    else 'a note that opens "FYI"'
                    if _FYI.match(text.own)
                    else 'a note that ends "FYI"'
                )
                evidence = (f"forwarded with {said}: nothing is asked", *evidence)
            if unnamed:
                evidence = (
                    "an ask to talk about an idea it does not name: what it is for is not said",
                    *evidence,
                )
            if connect:
                evidence = ("a plain connection request: a coffee chat with no purpose given", *evidence)
            if agreed:
                evidence = ("a reminder of a meeting already agreed: nothing new is asked", *evidence)
            if thanked:
                evidence = (f'thanks for a meeting ("{thanked}") that asks nothing besides', *evidence)
            if proposed:
                evidence = (f'a reply that proposes when to meet ("{proposed}")', *evidence)
            if conditioned:
                evidence = (f'a meeting offered once something is signed first ("{conditioned}")', *evidence)
            if call_offered:
                evidence = (f'a call offered ("{call_offered}"), no job named: not a recruiter', *evidence)
            scores = {c: round(float(p), 3) for c, p in zip(self.intent_classes, intent_p[n], strict=True)}
            results.append(
                Understanding(
                    is_invitation=is_invitation,
                    intent=intent,
                    purpose_clear=clear,
                    # The guide's rule, not the model, decided a forward passed on for information.
                    confidence=RULE_CONFIDENCE
                    if passed_on or connect
                    else round(float(intent_p[n, best]), 3),
                    intent_scores={} if passed_on or connect else scores,
                    purpose_confidence=RULE_CONFIDENCE
                    if connect
                    else round(float(clear_p[n] if clear else 1 - clear_p[n]), 3),
                    evidence=evidence,
                    # what the sender wrote themselves, not a bare forward's words
                    agreed_meeting=agreed_meeting(text.forward_note) if text.forwarded_whole else reminds,
                )
            )
        return results

    def _read_forwards_whole(self, texts: Sequence[Text], intent_p: np.ndarray, clear_p: np.ndarray) -> None:
        """Where a forward's short note alone leaves the model unsure, the note read with what it forwards
        answers instead, if that reading is surer (in place)."""
        unsure = [
            n
            for n, t in enumerate(texts)
            if t.with_forwarded and (intent_p[n].max() < UNSURE_BELOW or _SUGGESTS.search(t.own))
        ]
        if not unsure:
            return
        whole = self.model.features([model_text(texts[n].subject, texts[n].with_forwarded) for n in unsure])
        whole_intent, whole_clear = (
            self.model.predict("intent", whole),
            self.model.predict("purpose", whole)[:, 1],
        )
        for k, n in enumerate(unsure):
            best = int(np.argmax(whole_intent[k]))
            # a colleague who "thought of you" for it passes on what is forwarded, if that reads as an invitation
            suggested = bool(_SUGGESTS.search(texts[n].own)) and best != self._none
            if suggested or whole_intent[k].max() > intent_p[n].max():
                intent_p[n], clear_p[n] = whole_intent[k], whole_clear[k]

    def _evidence(
        self, idx: np.ndarray, val: np.ndarray, best: int, is_invitation: bool, clear: bool | None
    ) -> tuple[str, ...]:
        def fmt(pairs: list[tuple[str, float]]) -> str:
            return (
                ", ".join(f"{_readable(term)} (+{weight:.2f})" for term, weight in pairs) or "no strong terms"
            )

        lines = [f"intent {self.intent_classes[best]}: {fmt(self.model.explain('intent', idx, val, best))}"]
        if is_invitation:
            lines.append(
                f"purpose {'clear' if clear else 'vague'}: "
                f"{fmt(self.model.explain('purpose', idx, val, 1 if clear else 0))}"
            )
        return tuple(lines)


def _readable(term: str) -> str:
    if term.startswith("zzcue"):
        return f"cue:{term[5:]}"
    if term.startswith("zzsubj"):
        return f"subject:{term[6:]}"
    return f'"{term}"'
