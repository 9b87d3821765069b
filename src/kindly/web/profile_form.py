"""The profile as a form: fields in, kindly.profile's models validate, errors go next to their field.

Field names: `user-name`, `user-email`, ...; list rows as `goals-3-description`, `providers-0-name`,
`never-1-what`, `resources-2-link`, with `goals-3-remove` to drop a row. A row left blank is ignored, so the
form can always offer an empty row to fill in.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from kindly.profile import GoalKind, Profile, parse_profile
from kindly.web.profile_toml import plain_toml, updated_toml

USER_FIELDS = (
    "name",
    "email",
    "signature",
    "tone",
    "date_style",
    "weekly_networking_hours",
    "cooling_off_days",
    "holidays",
    "days_off",
    "meeting_hours",
    "time_zone",
    "own_domains",
)
OPTIONAL_USER_TEXT = {
    "signature",
    "date_style",
    "holidays",
    "days_off",
    "meeting_hours",
    "time_zone",
    "own_domains",
}
USER_LISTS = {"days_off", "meeting_hours", "own_domains"}  # one item a line in the form
SECTIONS: dict[str, tuple[str, ...]] = {
    "goals": ("kind", "description", "targets", "priority"),
    "providers": ("category", "name"),
    "never": ("what",),
    "resources": ("title", "description", "link", "helps"),
    "answers": ("about", "answer"),
}
LIST_FIELDS = {"targets", "about"}  # one item a line in the form
OPTIONAL_NUMBERS = {"weekly_networking_hours", "cooling_off_days", "priority"}
GOAL_KINDS = [k.value for k in GoalKind]
TONES = ("warm", "formal", "brief")
_ROW_FIELD = re.compile(r"^(goals|providers|never|resources|answers)-(\d{1,4})-([a-z_]+)$")
MAX_ROWS = 200


@dataclass
class Row:
    index: int  # the row's number in the form (names its fields)
    values: dict[str, str]


@dataclass
class ProfileForm:
    """What the form shows: values as text, and error messages by field name."""

    user: dict[str, str]
    sections: dict[str, list[Row]]
    errors: dict[str, str] = field(default_factory=dict)

    def add_blank(self, section: str) -> None:
        rows = self.sections[section]
        if len(rows) >= MAX_ROWS:
            return
        next_index = max((r.index for r in rows), default=-1) + 1
        blank = {name: "" for name in SECTIONS[section]}
        if section == "goals":
            blank["kind"] = ""
            blank["priority"] = ""
        rows.append(Row(next_index, blank))


def _text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


def form_from_profile(profile: Profile | None) -> ProfileForm:
    """The form for a profile (or an empty one), with one blank row at the end of every list."""
    if profile is None:
        form = ProfileForm({name: "" for name in USER_FIELDS}, {s: [] for s in SECTIONS})
        form.user["tone"] = "warm"
        form.user["date_style"] = "international"
        form.user["weekly_networking_hours"] = "4"
        form.user["cooling_off_days"] = "30"
    else:
        data = profile.model_dump(mode="json")
        user = {name: _text(data["user"].get(name)) for name in USER_FIELDS if name not in USER_LISTS}
        for name in USER_LISTS:
            user[name] = "\n".join(data["user"].get(name, []))
        sections: dict[str, list[Row]] = {}
        for section, names in SECTIONS.items():
            rows = []
            for i, item in enumerate(data[section]):
                values = {n: _text(item.get(n)) for n in names}
                for name in LIST_FIELDS & set(names):
                    values[name] = "\n".join(item.get(name, []))
                rows.append(Row(i, values))
            sections[section] = rows
        form = ProfileForm(user, sections)
    for section in SECTIONS:
        form.add_blank(section)
    return form


def form_from_fields(fields: Mapping[str, str]) -> ProfileForm:
    """The form as submitted (to show again with its errors, or to validate)."""
    user = {name: str(fields.get(f"user-{name}", "")).strip() for name in USER_FIELDS}
    found: dict[str, dict[int, dict[str, str]]] = {s: {} for s in SECTIONS}
    removed: set[tuple[str, int]] = set()
    for key, value in fields.items():
        match = _ROW_FIELD.match(key)
        if not match:
            continue
        section, index, name = match.group(1), int(match.group(2)), match.group(3)
        if name == "remove":
            if str(value):
                removed.add((section, index))
            continue
        if name in SECTIONS[section]:
            found[section].setdefault(index, {n: "" for n in SECTIONS[section]})[name] = str(value)
    sections = {
        section: [
            Row(index, values)
            for index, values in sorted(rows.items())[:MAX_ROWS]
            if (section, index) not in removed
        ]
        for section, rows in found.items()
    }
    return ProfileForm(user, sections)


def _is_blank(section: str, values: Mapping[str, str]) -> bool:
    """A row with nothing filled in or chosen (a goal whose kind was chosen is a goal to check, not a blank)."""
    return all(not v.strip() for v in values.values())


def profile_data(form: ProfileForm) -> tuple[dict[str, Any], dict[tuple[str, int], int]]:
    """The form as the profile's data, and which form row each list item came from."""
    user: dict[str, Any] = {}
    for name in USER_FIELDS:
        value = form.user.get(name, "").strip()
        if name in ("days_off", "own_domains"):
            user[name] = [d.strip() for d in re.split(r"[\n;,]", value) if d.strip()]
        elif name == "meeting_hours":  # "Tue,Thu 12:00-13:00": a comma is part of a window
            user[name] = [w.strip() for w in re.split(r"[\n;]", value) if w.strip()]
        elif value or name not in OPTIONAL_NUMBERS | OPTIONAL_USER_TEXT:
            user[name] = value
    data: dict[str, Any] = {"user": user}
    rows_of: dict[tuple[str, int], int] = {}
    for section, rows in form.sections.items():
        items: list[dict[str, Any]] = []
        for row in rows:
            if _is_blank(section, row.values):
                continue
            item: dict[str, Any] = {}
            for name in SECTIONS[section]:
                value = row.values.get(name, "").strip()
                if name in LIST_FIELDS:
                    item[name] = [t.strip() for t in re.split(r"[\n;]", value) if t.strip()]
                elif value or name not in OPTIONAL_NUMBERS:
                    item[name] = value
            rows_of[(section, len(items))] = row.index
            items.append(item)
        data[section] = items
    return data, rows_of


def validate(form: ProfileForm) -> Profile | None:
    """The profile the form describes; None (and form.errors filled in, by field name) when it is wrong."""
    data, rows_of = profile_data(form)
    try:
        return Profile.model_validate(data)
    except ValidationError as exc:
        form.errors = {}
        for error in exc.errors():
            name = _field_name(tuple(error.get("loc", ())), rows_of)
            form.errors.setdefault(name, plain_message(error))
        return None


def plain_message(error: Mapping[str, Any]) -> str:
    """What is wrong with a field, in the words of the form rather than of the validator underneath."""
    kind = str(error.get("type", ""))
    limits = error.get("ctx") or {}
    where = tuple(error.get("loc", ()))
    if kind == "missing" or (kind == "string_too_short" and limits.get("min_length") == 1):
        return "fill this in"
    if kind == "too_short":
        if where == ("goals",):
            return (
                "add at least one goal (its kind and what for): kindly weighs every invitation against them"
            )
        return f"add at least {limits.get('min_length', 1)} (one a line)"
    if kind == "float_parsing":
        return "must be a number, such as 4 or 2.5"
    if kind == "int_parsing":
        return "must be a whole number, such as 3"
    if kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
        low, high = _limits(where)
        if low is not None and high is not None:
            return f"must be from {low:g} to {high:g}"
        bound = limits.get("ge", limits.get("gt", limits.get("le", limits.get("lt"))))
        return f"must be {'at least' if kind.startswith('greater') else 'at most'} {bound}"
    if kind in ("enum", "literal_error"):
        return "choose a kind of goal" if where[-1:] == ("kind",) else "choose one from the list"
    if kind == "string_too_long":
        return f"is too long: at most {limits.get('max_length')} characters"
    return str(error.get("msg", "invalid")).removeprefix("Value error, ")


def _limits(where: tuple[object, ...]) -> tuple[float | None, float | None]:
    """The lower and upper bound of a number field of the profile (from its model), by the error's place."""
    model: Any = Profile
    metadata: list[Any] = []
    for part in where:
        if isinstance(part, int):
            continue
        fields = getattr(model, "model_fields", {})
        if part not in fields:
            return None, None
        metadata = list(fields[part].metadata)
        inner = getattr(fields[part].annotation, "__args__", None)
        model = inner[0] if inner else fields[part].annotation
    low = next((rule.ge for rule in metadata if getattr(rule, "ge", None) is not None), None)
    high = next((rule.le for rule in metadata if getattr(rule, "le", None) is not None), None)
    return low, high


def _field_name(loc: tuple[object, ...], rows_of: Mapping[tuple[str, int], int]) -> str:
    if not loc:
        return "form"
    section = str(loc[0])
    if section == "user":
        return f"user-{loc[1]}" if len(loc) > 1 else "user-name"
    if section in SECTIONS:
        if len(loc) >= 3 and isinstance(loc[1], int):
            return f"{section}-{rows_of.get((section, loc[1]), loc[1])}-{loc[2]}"
        return section
    return "form"


def save_profile(path: Path, profile: Profile) -> None:
    """Write the profile as TOML into the user's file, keeping its comments and layout (web.profile_toml):
    to a temporary file beside it, then renamed over it (the old file is kept as profile.toml.bak). The
    text is read back and validated before it replaces anything."""
    try:
        text = updated_toml(path.read_text(encoding="utf-8"), profile)
    except (OSError, UnicodeDecodeError):
        text = plain_toml(profile)
    parse_profile(text, str(path))  # never write a profile kindly could not read back
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            shutil.copy2(path, path.with_name(path.name + ".bak"))
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
