"""An event said yes to outside the user's own meeting hours: it keeps its organiser's hour (there is no other
time to offer a mixer at 6pm), but the reason says so, so that the user says yes knowingly."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from kindly import clock
from kindly.model import Decision, Intent, Message, Verdict
from kindly.profile import Profile
from kindly.reply.acceptance import later_of, outside_hours
from kindly.understand.extract import Details

# Invitations to someone else's event, or to speak at one (a talk, a panel): a time the organiser set for everyone,
# not one the user could move.
_EVENTS = frozenset((Intent.EVENT_INVITATION, Intent.COMMUNITY_INVITATION, Intent.SPEAKING_INVITATION))


def outside_your_hours(
    message: Message, details: Details | None, intent: Intent, profile: Profile, now: datetime | None = None
) -> str:
    """ "Tuesday, December 8 from 6:00 to 8:30pm" where every time an event is held at is outside the user's
    meeting hours, else "" (no hours set, no hour said, or one inside them)."""
    hours = profile.meeting_hours
    if intent not in _EVENTS or not hours:
        return ""
    start = message.event.start if message.event is not None else None
    if start is not None:
        local = start.astimezone(profile.user.zone) if profile.user.zone is not None else start
        return f"{local:%A, %B} {local.day} at {local:%H:%M}" if hours.outside(local) else ""
    if details is None or not details.when:
        return ""
    today = (now or later_of(message.date, clock.now())).astimezone(message.zone)
    found = outside_hours(details.when, message, today, hours, profile.user.off, profile.user.zone)
    return found[0] if found is not None else ""


def noted_outside_hours(
    verdict: Verdict, message: Message, details: Details | None, intent: Intent, profile: Profile
) -> Verdict:
    """A yes to an event outside the user's hours, with that said in its reason and evidence; the decision and
    the event's own hour stay as they are."""
    if verdict.decision is not Decision.ACCEPT:
        return verdict
    when = outside_your_hours(message, details, intent, profile)
    if not when:
        return verdict
    said = profile.meeting_hours.said(profile.user.date_style)
    why = f"{verdict.reason} Note that it is outside your meeting hours ({when}; you meet {said})."
    return replace(verdict, reason=why, evidence=(*verdict.evidence, f"outside meeting hours: {when}"))
