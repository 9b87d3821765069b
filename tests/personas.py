"""The users of the persona tests, one builder each: a profile as the user would write it (TOML text), with their
usual hours, goals, rules, providers and resources unless a test varies one of them by keyword - so a test reads
as "the HR director's profile, but with X". The goals are named here so a test can keep, drop or vary one
(`varied(goal, targets=[...])`)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from support import eml

Table = Mapping[str, Any]

# -- writing a profile ------------------------------------------------------------------------------------------


def goal(kind: str, description: str, targets: Sequence[str], priority: int) -> dict[str, Any]:
    """A [[goals]] entry."""
    return {"kind": kind, "description": description, "targets": list(targets), "priority": priority}


def varied(table: Table, **changes: Any) -> dict[str, Any]:
    """A goal (or resource) as another user words it: the same but for `changes`."""
    return {**table, **changes}


def resource(title: str, description: str, link: str, helps: str) -> dict[str, Any]:
    """A [[resources]] entry."""
    return {"title": title, "description": description, "link": link, "helps": helps}


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return "[" + ", ".join(_value(item) for item in value) + "]"


def profile_toml(
    user: Table,
    goals: Iterable[Table] = (),
    *,
    providers: Iterable[tuple[str, str]] = (),
    never: Iterable[str] = (),
    resources: Iterable[Table] = (),
    answers: Iterable[Table] = (),
) -> str:
    """A profile.toml: the [user] table (a field given as None is left out) and the listed entries."""
    lines = ["[user]"] + [f"{key} = {_value(value)}" for key, value in user.items() if value is not None]
    entries: list[tuple[str, Table]] = [("goals", entry) for entry in goals]
    entries += [("providers", {"category": category, "name": name}) for category, name in providers]
    entries += [("never", {"what": what}) for what in never]
    entries += [("resources", entry) for entry in resources]
    entries += [("answers", entry) for entry in answers]
    for table, entry in entries:
        lines += ["", f"[[{table}]]"] + [f"{key} = {_value(value)}" for key, value in entry.items()]
    return "\n".join(lines) + "\n"


# -- Joanne Whitfield, HR director of a 600-person food manufacturer in Manchester (session 17) ----------------

HR_PEER_GROUP = goal(
    "find_community",
    "A peer group of HR directors in manufacturing to share what works",
    ["HR directors in manufacturing", "food manufacturing", "peer roundtable"],
    1,
)
HR_TURNOVER = goal(
    "help_client",
    "Reduce staff turnover on the factory floor (the CEO's priority this year)",
    ["staff turnover", "retention", "shift workers", "factory floor", "operatives"],
    1,
)
HR_SPEAKING = goal(
    "build_credibility",
    "Speak about shift-worker wellbeing",
    ["shift-worker wellbeing", "HR conferences", "night shift health"],
    2,
)
HR_COO_MENTOR = goal(
    "find_mentor",
    "A mentor who has moved from HR into a COO or operations director role",
    ["COO", "chief operating officer", "operations director"],
    2,
)
SHIFT_WELLBEING_GUIDE = resource(
    "Our shift-worker wellbeing guide",
    "A 12-page guide to rotas, sleep and fatigue for food-factory shift workers",
    "https://penninefoods.co.uk/people/shift-wellbeing-guide",
    "employers and managers of shift workers",
)
CAREERS_PAGE = resource(
    "Pennine Foods careers page",
    "All our current vacancies, with how to apply",
    "https://penninefoods.co.uk/careers",
    "candidates and job seekers looking for work at Pennine Foods",
)


def hr_director_profile(
    *,
    meeting_hours: Sequence[str] | None = None,
    goals: Iterable[Table] = (HR_PEER_GROUP, HR_SPEAKING, HR_COO_MENTOR),
    providers: Iterable[tuple[str, str]] = (("payroll", "Moorepay"),),
    never: Iterable[str] = (),
    resources: Iterable[Table] = (SHIFT_WELLBEING_GUIDE, CAREERS_PAGE),
) -> str:
    """Joanne Whitfield's profile: three hours a week, a peer group, a stage, a mentor for the step to COO."""
    user = {
        "name": "Joanne Whitfield",
        "email": "joanne.whitfield@penninefoods.co.uk",
        "signature": "Joanne",
        "date_style": "international",
        "weekly_networking_hours": 3,
        "holidays": "GB-ENG",
        "time_zone": "Europe/London",
        "own_domains": ["penninefoods.co.uk"],
        "meeting_hours": meeting_hours,
    }
    return profile_toml(user, goals, providers=providers, never=never, resources=resources)


def to_hr_director(path: Path, body: str, *, sender: str, subject: str, date: str) -> Path:
    """A mail to Joanne, saved at `path`."""
    return eml(
        path, body, sender=sender, subject=subject, date=date, to="joanne.whitfield@penninefoods.co.uk"
    )
