"""Compose a draft for a decision from Jinja2 templates, using only facts from the profile and message."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from jinja2 import Environment, PackageLoader, StrictUndefined

from kindly.decide.categories import detect_categories
from kindly.decide.words import content_stems
from kindly.model import Decision, Draft, Intent, Message, Understanding, Verdict
from kindly.profile import GoalKind, Profile, Resource

LINKEDIN_LIMIT = 600
VARIANTS = 3

_FOCUS = {
    GoalKind.FIND_CLIENTS: "finding new clients",
    GoalKind.BUILD_CREDIBILITY: "speaking and writing in my field",
    GoalKind.MEET_PERSON: "a few specific introductions",
    GoalKind.HELP_CLIENT: "my current clients",
    GoalKind.FIND_COMMUNITY: "a peer group in my field",
    GoalKind.FIND_MENTOR: "finding a mentor",
    GoalKind.AMPLIFY_CAMPAIGN: "a campaign I'm running",
    GoalKind.CUSTOM: "a few priorities I've set",
}

_ASKS = {
    Intent.COFFEE_CHAT: "the invitation to meet",
    Intent.SALES_PITCH: "your note about your services",
    Intent.EVENT_INVITATION: "the invitation",
    Intent.SPEAKING_INVITATION: "the invitation to speak",
    Intent.MENTORSHIP_REQUEST: "your request for advice",
    Intent.INTRODUCTION: "your note about an introduction",
    Intent.RECRUITING: "your note about the role",
    Intent.PARTNERSHIP_PROPOSAL: "your idea of working together",
    Intent.COMMUNITY_INVITATION: "the invitation to join",
    Intent.CLIENT_INQUIRY: "your enquiry",
}


@dataclass(frozen=True, slots=True)
class Offer:
    kind: str  # resource | pass_on | keep_in_mind
    title: str = ""
    description: str = ""
    link: str = ""
    what: str = ""


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("kindly.reply", "templates"),
        undefined=StrictUndefined,
        autoescape=False,  # plain-text mail, never rendered as HTML
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["lower_first"] = _lower_first
    return env


_ENV = _environment()


def first_name(message: Message) -> str:
    name = message.from_name.strip().strip('"')
    if not name or "@" in name:
        return ""
    if "," in name:
        left, right = (part.strip() for part in name.split(",", 1))
        # "Tom Whitaker, CFP" keeps the name; "Reyes, Dana" is last name first.
        name = left if (not right or right.replace(".", "").isupper() or " " in left) else right
    words = name.split()
    if len(words) >= 2 and words[0].rstrip(".").lower() in _HONORIFICS:
        return f"{words[0]} {words[-1]}"  # "Dr. Sharon Ellis" is greeted "Dr. Ellis", not "Dr."
    first = words[0]
    return first if first[:1].isalpha() else ""


_HONORIFICS = frozenset(
    {"dr", "mr", "mrs", "ms", "mx", "prof", "professor", "rev", "sir", "dame", "hon", "judge"}
)


_GENERIC_SUBJECTS = frozenset(
    [
        "hi",
        "hello",
        "hey",
        "quick",
        "question",
        "coffee",
        "chat",
        "connecting",
        "connect",
        "meeting",
        "intro",
        "introduction",
        "catch",
        "up",
        "hello",
        "there",
        "following",
        "up",
        "follow",
        "up",
        "checking",
        "in",
        "touching",
        "base",
    ]
)


def ask_phrase(message: Message, intent: Intent) -> str:
    """What they asked for, as the reply thanks them for it: the kind of ask, and their subject line when
    it says something ("the invitation to speak ("Panel on studio pricing, May 12")")."""
    if message.event is not None and message.event.summary:
        return f'the invitation to "{message.event.summary}"'
    base = _ASKS.get(intent, "your message")
    subject = re.sub(r"^\s*((re|fwd?|aw)\s*:\s*)+", "", message.subject, flags=re.IGNORECASE).strip()
    words = re.findall(r"[a-z']+", subject.lower())
    informative = len(words) >= 2 and not set(words) <= _GENERIC_SUBJECTS and len(subject) <= 70
    return f'{base} ("{subject}")' if informative else base


def honest_reason(verdict: Verdict, profile: Profile) -> str:
    code = verdict.reason_code
    if code == "has_provider":
        return (
            f"For {verdict.provider_category}, I already work with someone I'm very happy with, "
            "so I'm not looking to change."
        )
    if code == "never_do":
        return f"I have a firm rule against {verdict.never_rule.rstrip('.')}, so I'll have to pass."
    if code == "no_capacity":
        return "My calendar is full for the next few weeks, so I'll have to pass this time."
    if code == "not_current_focus":
        focus = []
        for _, goal in profile.goals_by_priority():
            phrase = _FOCUS[goal.kind]
            if phrase not in focus:
                focus.append(phrase)
        listed = " and ".join(focus[:2])
        return f"Right now I'm keeping my networking time for {listed}, so I'll have to pass."
    return "It isn't something I'm looking for at the moment, so I'll pass."


def choose_offer(message: Message, verdict: Verdict, intent: Intent, profile: Profile) -> Offer:
    """Step 3: something that helps what the sender is after."""
    text = f"{message.subject}\n{message.own_text}"
    if verdict.reason_code == "has_provider":
        return Offer("pass_on", what=verdict.provider_category)
    if intent in (Intent.SALES_PITCH, Intent.PARTNERSHIP_PROPOSAL) and verdict.reason_code != "never_do":
        categories = detect_categories(text)
        return Offer("pass_on", what=categories[0][0] if categories else "services like yours")
    resource = best_resource(profile.resources, text)
    if resource is not None:
        return Offer("resource", resource.title, resource.description, resource.link)
    return Offer("keep_in_mind")


def best_resource(resources: list[Resource], text: str) -> Resource | None:
    stems = set(content_stems(text))
    scored = [
        (len(set(content_stems(f"{r.title} {r.description} {r.helps}")) & stems), -i, r)
        for i, r in enumerate(resources)
    ]
    scored = [s for s in scored if s[0] >= 2]
    return max(scored, key=lambda s: (s[0], s[1]))[2] if scored else None


def proposed_times(after: datetime, later: bool) -> list[str]:
    """Two concrete slots on working days, a few days out (two weeks out when this week is full)."""
    day = after.astimezone(UTC).date() + timedelta(days=14 if later else 3)
    slots: list[str] = []
    hours = ("10:00", "14:30")
    while len(slots) < 2:
        if day.weekday() < 5:
            slots.append(f"{day:%A %-d %B} at {hours[len(slots)]}")
            day += timedelta(days=2)
        else:
            day += timedelta(days=1)
    return slots


def _tidy(rendered: str) -> str:
    """One blank line between paragraphs, no stray spaces: templates stay readable, drafts stay neat."""
    lines = [line.strip() for line in rendered.splitlines()]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def compose(
    message: Message,
    understanding: Understanding,
    verdict: Verdict,
    profile: Profile,
    *,
    variant: int = 0,
    channel: str | None = None,
    now: datetime | None = None,
) -> Draft | None:
    """The draft for a decision, or None where kindly leaves the message to the user."""
    if verdict.decision is Decision.IGNORE:
        return None
    channel = channel or ("linkedin" if message.channel == "linkedin" else "email")
    tone = "brief" if channel == "linkedin" and profile.user.tone == "warm" else profile.user.tone
    intent = understanding.intent
    values: dict[str, object] = {
        "first_name": first_name(message),
        "tone": tone,
        "variant": variant % VARIANTS,
        "signature": profile.user.sign_off,
        "ask": ask_phrase(message, intent),
    }
    steps: tuple[str, ...]
    if verdict.decision is Decision.ASK_DETAILS:
        template, steps = "ask_details.j2", ("ask_details",)
        values["offer"] = None
    elif verdict.decision is Decision.DECLINE:
        template, steps = "decline.j2", ("honest_reason", "offer_resource")
        values["honest_reason"] = honest_reason(verdict, profile)
        values["offer"] = choose_offer(message, verdict, intent, profile)
    elif verdict.decision is Decision.REFER and verdict.referral is not None:
        template, steps = "refer.j2", ("refer",)
        values["referral"] = verdict.referral
        values["kind"] = "resource" if verdict.reason_code == "refer_resource" else "directory"
    else:
        template, steps = "accept.j2", ("accept",)
        event = message.event
        values["event_when"] = f"see you on {event.start:%A %-d %B}" if event and event.start else ""
        values["later"] = verdict.reason_code == "accept_later"
        values["times"] = proposed_times(
            now or message.date or datetime.now(UTC), verdict.reason_code == "accept_later"
        )
    text = _tidy(_ENV.get_template(template).render(**values))
    subject = (
        message.subject if message.subject.lower().startswith("re:") else f"Re: {message.subject}".strip()
    )
    return Draft(text=text, steps=steps, channel=channel, subject=subject if message.subject else "")
