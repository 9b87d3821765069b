"""Events a seller hosts: a webinar, a roundtable or a dinner that the sender's own company runs ("The evening
is hosted by RotaForce", "our webinar ... our product team ... a live demo of RotaForce Absence"), written by
someone who sells ("Enterprise Account Director") or showing what they sell (a demo, "our platform"). However
much it looks like a peer gathering, it is a way to sell to the user. A chamber's, an association's or a
charity's own event is none, whatever its staff's titles ("Business Development Manager").

Such an event can still give its guests what one of their goals is after, whoever pays for the coffee: it
teaches ("a hands-on workshop", "what's new for 2027", a clinical lecture), it carries credit for a licence or
a membership ("3 CPD hours", "2 CE credits (AGD PACE approved)"), or it gathers the guest's peers or clients
("meet other bookkeepers in your area"). Triage weighs such an event on its fit (decide.reading), and says who
hosts it. A demo for the one guest ("a private demo over lunch", "just the two of us") gives nothing but the
pitch, whatever it is called.

A never-rule that names a kind of event and who runs it ("webinars run by vendors", "vendor webinars",
"events sponsored by suppliers") holds for such an event of that kind; the rule is read by its ideas, not its
words (a vendor never calls itself one, and "run" is no word a message must say).

Pure: reads the message and the profile only.
"""

from __future__ import annotations

import re

from kindly.decide.fit_reading import domain_label
from kindly.decide.industry import device_sponsor, industry_sponsor
from kindly.decide.learning import what_it_teaches
from kindly.decide.member_bodies import member_body
from kindly.decide.once import once
from kindly.decide.sellers import SALES_TITLE
from kindly.decide.words import alphanumeric, fold
from kindly.model import Intent, Message
from kindly.profile import Profile
from kindly.understand.extract import sender_identity

_F = re.IGNORECASE
SELLERS_EVENT = "an event its seller hosts"  # how the evidence of a never-rule's hit opens

# Kinds of event, as a rule names them and as a message does.
_WEBINAR = r"webinars?|web ?seminars?|webcasts?|online (?:sessions?|events?|briefings?)|virtual (?:sessions?|events?)|live demos?"
_KINDS: dict[str, str] = {
    "webinar": _WEBINAR,
    "roundtable": r"round ?tables?",
    "dinner": r"dinners?|suppers?",
    "breakfast": r"breakfasts?",
    "lunch": r"lunch(?:es)?|lunch[- ](?:and|&)[- ]learns?",
    "seminar": r"seminars?|workshops?|briefings?|masterclass(?:es)?",
    "conference": r"conferences?|summits?|forums?",
}
# a session a seller brings to the guest's own office: "a CPD session", "a product presentation"
_SESSION = r"(?:cpd|cpe|ce|training|product|technical|lunchtime|in-house) (?:sessions?|presentations?)"
_ANY_EVENT = "|".join(
    [*_KINDS.values(), _SESSION, r"events?|evenings?|receptions?|drinks|gatherings?|meet-?ups?"]
)
# "events" or "invitations" in a rule are every kind
_RULE_ANY = re.compile(r"\b(?:events?|invitations?|gatherings?|hospitality)\b", _F)
# Who runs it, in a rule: "by vendors", "vendor-hosted", "sponsored by suppliers", "sales".
_RULE_SELLER = re.compile(
    r"\b(?:vendors?|suppliers?|sellers?|sales|sponsor\w*|compan(?:y|ies) selling)\b", _F
)

# A rule about speaking at such events: "speaking at vendor events", "talks at sponsored dinners".
_SPEAKING = re.compile(r"\b(?:speak\w*|talks?|present\w*|keynotes?|panels?)\b", _F)

# A rule that names the kind of company that pays: "pharma-sponsored dinners", "drug company lunches".
_RULE_INDUSTRY = re.compile(r"\b(?:pharma\w*|drug[- ]compan(?:y|ies)|biotech\w*)\b", _F)
# ...or industry at large, a device maker as much as a drug company: "industry-sponsored dinners", "medtech lunches"
_RULE_ANY_INDUSTRY = re.compile(
    r"\b(?:industry|med-?tech|(?:medical\s+)?device\s+(?:compan(?:y|ies)|makers?|manufacturers?|reps?)|"
    r"manufacturers?)\b",
    _F,
)
_MEALS = frozenset({"dinner", "breakfast", "lunch"})
# The sender pays for the meal: "I'll bring lunch for up to 12 staff", "we'll cater", "lunch is on us".
_PAYS_FOR_MEAL = re.compile(
    r"\b(?:bring|cater|provide|buy|treat you to)\w*\s+(?:in\s+)?(?:\w+\s+){0,2}?(?:lunch|dinner|breakfast)\b|"
    r"\b(?:lunch|dinner|breakfast|the meal|food)\s+(?:is|will be)\s+on\s+us\b",
    _F,
)

# The sender's own company runs it: "hosted by RotaForce", "our webinar", "we're hosting", "join us".
_HOSTED_BY = re.compile(
    r"\b(?:hosted|run|sponsored|organi[sz]ed|presented|brought to you|powered)\s+by\s+(?P<host>[\w&' .-]{2,40})",
    _F,
)
# ...or the company runs it, by name: "Clearview Glazing runs a one-hour CPD lunch-and-learn", "Acme offers a
# free product presentation"
_RUNS = re.compile(
    r"(?P<host>\b[A-Z][\w&'.-]*(?: [A-Z][\w&'.-]*){0,3}) (?:runs|hosts|holds|offers|presents|delivers|puts on|"
    # "Signalpath is hosting an intimate dinner", "Acme will host a roundtable"
    r"(?:is|are) (?:hosting|running|holding|putting on|throwing)|will (?:host|run|hold|put on|throw)) "
    rf"(?:an? |its |their )?(?:[\w,-]+ ){{0,4}}?(?:{_ANY_EVENT})\b",
)
_OWN_EVENT = re.compile(
    rf"\bour\s+(?:[\w-]+\s+){{0,3}}?(?:{_ANY_EVENT})\b|\b(?:we'?re|we are|we'll be|we will be)\s+hosting\b|"
    # "We run a free CPD session for architects", "we offer a lunch-and-learn"
    r"\bwe\s+(?:run|offer|hold|host|deliver|present)\s+(?:an?\s+)?"
    rf"(?:[\w,-]+\s+){{0,4}}?(?:{_ANY_EVENT})\b|"
    # "We're running a free, hands-on workshop in Berlin", "we're doing Lunch & Learns for remodelers", "I'm
    # offering a lunch-and-learn"
    r"\b(?:we'?re|we are|i'?m|i am)\s+(?:running|holding|putting on|doing|offering|giving)\s+(?:an?\s+)?"
    rf"(?:[\w,-]+\s+){{0,3}}?(?:{_ANY_EVENT})\b|"
    # "Join us live on Wednesday ... for 'Beating absence'": the sender's own company is the host; so is "Join our
    # account executives for a live demo"
    r"\bjoin us\b|\bjoin our\s+(?:[\w-]+\s+){0,2}?(?:team|experts?|executives?|specialists?|engineers?|consultants?|"
    r"founders?|staff)\b|"
    # the sender's company pays for it: "dinner is on us", "drinks are on us", "it's our treat"
    r"\b(?:dinner|lunch|breakfast|drinks|food|the\s+(?:meal|food|drinks|bill|tab)|it|everything)\s+(?:is|are|'s|will\s+be)\s+"
    r"(?:all\s+)?on\s+us\b|\bour\s+treat\b",
    _F,
)
# Who sells: a seller's title ("Enterprise Account Director", "Head of Sales"). Deliberately not a
# business-development, partnerships or growth title: a chamber, a university or a charity has those too.
# A field-marketing or demand-generation title is a seller's too where it invites to an event: bringing buyers
# to the company's dinners and roundtables is that job ("Field Marketing Manager, Signalpath").
_SALES_TITLE = re.compile(
    rf"\b(?:{SALES_TITLE}|field marketing|demand gen(?:eration)?|(?:event|events) marketing)\b", _F
)
# ...or an event that shows what they sell: a demo, their product team, "our platform", "see how our ...".
_PROMOTES = re.compile(
    r"\b(?:live demos?|(?:a |the )?demo(?:nstration)?s? of|product (?:team|demos?|tours?|launch|showcase)|"
    r"our (?:new |latest )?(?!(?:online|virtual|event|events|webinar|streaming|booking|community|learning) )"
    r"(?:[\w-]+ )?(?:platform|product|software|app|tool|solution)s?|see (?:for yourself )?how our)\b",
    _F,
)


# Besides teaching or credit (decide.learning), a seller's event may gather the guest's peers or clients:
# "meet other bookkeepers in your area", "network with local owners".
_GATHERS = re.compile(
    r"\b(?:meet|network with|connect with|mingle with|swap notes with)\s+(?:other|fellow|local)\s+"
    r"[\w-]+(?:\s+[\w-]+)?|"
    # the sender among the guests, as one of them: "A few of us (6 VPs of Sales and CROs ...) meet for breakfast";
    # not the seller's own team ("a few of us at RotaForce", "some of us from the product team")
    r"\b(?:a\s+(?:few|handful|small\s+group|group)|several|some)\s+of\s+us\b(?!\s+(?:at|from|here|on\s+the)\b)",
    _F,
)
# An event that keeps sellers out says so: "6 VPs of Sales and CROs ..., no vendors", "vendor-free", "vendors aren't
# invited", "strictly no suppliers". Its host is no seller, whatever their own title ("VP Sales at Shipcore" to a
# sales leader's peer group). Not "no other vendors" (the host is one), nor "no vendor lock-in", nor "no sales
# pitch, promise" (a seller says that of its own dinner).
_KEEPS_SELLERS_OUT = re.compile(
    r"\b(?:no|zero|without(?:\s+any)?|strictly\s+no|never\s+any)\s+(?:vendors?|sellers?|suppliers?|salespeople)\b"
    r"(?![\s-]+(?:lock|risk|fees?|charges?|costs?))"
    r"|\b(?:vendor|seller|supplier|sales)[- ]free\b"
    r"|\b(?:vendors?|sellers?|suppliers?|salespeople)\s+(?:are|is)(?:n't|\s+not)\s+(?:invited|allowed|welcome|admitted)\b",
    _F,
)


def keeps_sellers_out(text: str) -> str:
    """The words by which an event says it keeps sellers out ("no vendors", "vendor-free"), or ""."""
    found = _KEEPS_SELLERS_OUT.search(" ".join(text.split()))
    return found.group(0) if found else ""


# A demo for the one guest: "a private demo", "a personal walkthrough", "just the two of us", "one-to-one".
_FOR_ONE = re.compile(
    r"\b(?:private|personal(?:i[sz]ed)?|tailored|bespoke|one[- ](?:to|on)[- ]one|1[:-]1)\s+"
    r"(?:demo\w*|walk-?through|product tour|session)\b|\bjust (?:be )?(?:the two of us|you and me)\b",
    _F,
)


# A session brought to the guest's own team: "We cater for the team", "at your office", "in your studio", "we come
# to you", "in-house". It gathers no one but the guest's own people, to hear the seller's pitch.
_FOR_OWN_TEAM = re.compile(
    r"\b(?:at|in|to|into)\s+your\s+(?:own\s+)?(?:office|offices|studio|practice|premises|workplace|firm|clinic|"
    r"surgery|school|site|boardroom|shop|yard|warehouse)\b|"
    # "I bring lunch (usually tacos) for your crew"
    r"\b(?:cater|lunch)\s+(?:\([^()\n]{0,60}\)\s+)?for\s+(?:your|the)\s+(?:whole\s+)?(?:team|staff|office|crew)\b|\bwe(?:'ll| will)?\s+come\s+to\s+you\b|"
    r"\bin-house\b",
    _F,
)


def brought_to_own_team(text: str) -> str:
    """How a message brings a session to the reader's own people ("lunch for the crew", "at your office"), or ""."""
    found = _FOR_OWN_TEAM.search(" ".join(text[:20_000].split()))
    return found.group(0) if found else ""


def what_it_gives(message: Message) -> str:
    """What a seller's event gives its guest besides the pitch, as the message says it ('teaches
    ("hands-on")', 'carries credit ("3 CPD hours")', 'gathers your peers ("meet other bookkeepers")'), or ""
    for a pitch and nothing more: a demo for the guest alone, or a session brought to the guest's own team
    ("Clearview Glazing runs a one-hour CPD lunch-and-learn ... We cater for the team"), which brings no peers
    and teaches their product."""
    text = " ".join(f"{message.subject}\n{message.own_text}".split())
    gathers = _GATHERS.search(text)
    # a session at the guest's own office that also gathers peers ("meet other HR directors") still gives that
    if demo_for_one(text) or (_FOR_OWN_TEAM.search(text) and not gathers):
        return ""
    found = [what_it_teaches(text), f'gathers your peers ("{gathers.group(0)}")' if gathers else ""]
    return ", ".join(part for part in found if part)


def demo_for_one(text: str) -> str:
    """How a message offers a seller's demo to the reader alone ("private demo", "just the two of us"), or
    ""."""
    found = _FOR_ONE.search(" ".join(text.split()))
    return found.group(0) if found else ""


def _host_is_sender(host: str, organisation: str, label: str) -> bool:
    said = alphanumeric(host)
    names = {alphanumeric(organisation), alphanumeric(organisation.split()[0]) if organisation else "", label}
    return any(len(name) >= 3 and said.startswith(name) for name in names)


def seller_hosted(message: Message, intent: Intent) -> str:
    """How a message shows an event its sender's company hosts to sell ('hosted by RotaForce; "Account
    Director"'), or "". Read once per message: the reading, the rules and the draft each ask it."""
    if intent not in (Intent.EVENT_INVITATION, Intent.COMMUNITY_INVITATION, Intent.SALES_PITCH):
        return ""
    return once(message, "seller_hosted", lambda: _seller_hosted(message))


def _seller_hosted(message: Message) -> str:
    text = " ".join(f"{message.subject}\n{message.own_text}".split())
    if not re.search(rf"\b(?:{_ANY_EVENT})\b", text, _F) or keeps_sellers_out(text):
        return ""
    organisation = sender_identity(message)[1]
    label = domain_label(message.from_addr.rpartition("@")[2].lower()) if "@" in message.from_addr else ""
    hosted = next(
        (
            m.group(0)
            for m in _HOSTED_BY.finditer(text)
            if _host_is_sender(m.group("host"), organisation, label)
        ),
        "",
    )
    hosted = hosted or next(
        (m.group(0) for m in _RUNS.finditer(text) if _host_is_sender(m.group("host"), organisation, label)),
        "",
    )
    hosted = hosted or (m.group(0) if (m := _OWN_EVENT.search(text)) else "")
    if not hosted:
        return ""
    # the host sells: a seller's title, or an event that shows the product ("a live demo of RotaForce
    # Absence", "see how RotaForce cuts absence"); a chamber's or a charity's event is no seller's, whoever runs it
    names = [n for n in (organisation, label) if len(alphanumeric(n)) >= 3]
    shows = _PROMOTES.search(text) or next(
        (m for n in names if (m := re.search(rf"\bsee (?:for yourself )?how {re.escape(n)}\b", text, _F))),
        None,
    )
    sells = _SALES_TITLE.search(f"{text}\n{message.signature}") or shows
    if sells is None or member_body(message):
        return ""
    return f'"{hosted.strip()}", and they sell ("{sells.group(0)}")'


def about_sellers_events(rule: str) -> bool:
    """Whether a never-rule is about events run by sellers ("dinners paid by vendors", "vendor webinars",
    "sponsored events"): it holds by who hosts an event of its kind (vendor_event_rule), not by its words."""
    if not _RULE_SELLER.search(rule):
        return False
    return _RULE_ANY.search(rule) is not None or any(
        re.search(rf"\b(?:{words})\b", rule, _F) for words in _KINDS.values()
    )


def vendor_event_rule(profile: Profile, message: Message, intent: Intent) -> tuple[str, list[str]] | None:
    """The never-rule about events run by sellers that a seller's event falls under, with the evidence. A rule
    that names its sponsor's kind ("pharma-sponsored dinners") holds where the mail shows a sponsor of that kind
    (decide.industry: "Helixa Therapeutics", "Medical Science Liaison", "our new vaccine"), whatever the meal: a
    lunch or a breakfast is a dinner's kind of hospitality."""
    text = fold(f"{message.subject}\n{message.own_text}")
    for rule in profile.never:
        drugs = bool(_RULE_INDUSTRY.search(rule.what))
        devices = bool(_RULE_ANY_INDUSTRY.search(rule.what))
        industry = drugs or devices
        if not (_RULE_SELLER.search(rule.what) or industry):
            continue
        if _SPEAKING.search(rule.what) and intent is not Intent.SPEAKING_INVITATION:
            continue  # "speaking at vendor events" is about a stage, not a seat
        kinds = [kind for kind, words in _KINDS.items() if re.search(rf"\b(?:{words})\b", rule.what, _F)]
        if not kinds and not _RULE_ANY.search(rule.what):
            continue
        if industry and set(kinds) & _MEALS:
            kinds = sorted(set(kinds) | _MEALS)  # a drug company's lunch is its dinner's kind of hospitality
        if kinds and not any(re.search(rf"\b(?:{_KINDS[k]})\b", text, _F) for k in kinds):
            continue  # a rule about webinars says nothing of a dinner
        if industry:
            sponsored = _industry_hosted(message, devices=devices)
            if sponsored:
                return rule.what, [f"{SELLERS_EVENT}: {sponsored}"]
            if drugs or not _RULE_SELLER.search(rule.what):
                continue
            # "industry-sponsored dinners": any seller's dinner besides a drug or device maker's
        hosted = seller_hosted(message, intent)  # asked at most once: the loop ends here
        if not hosted:
            return None
        return rule.what, [f"{SELLERS_EVENT}: {hosted}"]
    return None


# The sender hosts the guest: "We would be delighted to host you", "as our guest".
_HOSTS_YOU = re.compile(r"\bhost\s+you\b|\bas\s+our\s+guests?\b|\bbe\s+our\s+guests?\b", _F)


def _industry_hosted(message: Message, *, devices: bool = False) -> str:
    """How a message shows a drug or biotech company (and, with `devices`, a medical device maker) hosts or pays
    for its event ('"sponsored by AstraVita Canada", and a drug company ("Medical Science Liaison")'), or "": the
    company named as host or sponsor ("hosted by Helixa Therapeutics"), or the event the sender's own where the
    sender is such a company. A hospital foundation's lunch or a dinner at a colleague's home has no such
    sponsor."""
    sponsor, kind = industry_sponsor(message), "a drug company"
    if not sponsor and devices:
        sponsor, kind = device_sponsor(message), "a medical device company"
    if not sponsor:
        return ""
    text = " ".join(f"{message.subject}\n{message.own_text}".split())
    hosted = next((m.group(0) for m in _HOSTED_BY.finditer(text)), "")
    hosted = hosted or next((m.group(0) for m in _RUNS.finditer(text)), "")
    hosted = hosted or (m.group(0) if (m := _OWN_EVENT.search(text)) else "")
    # ...or the meal the sender pays for: "We'd love to bring lunch to your clinic", "lunch is on us"
    hosted = hosted or (m.group(0) if (m := _PAYS_FOR_MEAL.search(text)) else "")
    hosted = hosted or (m.group(0) if (m := _HOSTS_YOU.search(text)) else "")
    if not hosted or member_body(message):
        return ""
    return f'"{hosted.strip()}", and {kind} ({sponsor})'
