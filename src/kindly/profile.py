"""The user's profile: goals first, plus the facts that make honest answers possible.

Loaded from TOML and validated with pydantic; any mistake becomes a ConfigError naming the file, the
key or line, and what is wrong.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from enum import StrEnum
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Annotated, Literal, get_args
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from kindly.days_off import NO_HOLIDAYS, DaysOff, parse_region, parse_span, zone_country
from kindly.domains import PUBLIC_DOMAINS, webmail, within_domain
from kindly.errors import ConfigError
from kindly.hours import MeetingHours, parse_window, rule_activities, rule_windows
from kindly.zones import parse_zone


class GoalKind(StrEnum):
    MEET_PERSON = "meet_person"
    HELP_CLIENT = "help_client"
    FIND_COMMUNITY = "find_community"
    FIND_CLIENTS = "find_clients"
    BUILD_CREDIBILITY = "build_credibility"
    FIND_MENTOR = "find_mentor"
    AMPLIFY_CAMPAIGN = "amplify_campaign"
    CUSTOM = "custom"


NonEmpty = Annotated[str, Field(min_length=1)]
# the languages, by their ISO 639-1 codes, that kindly writes a few fixed sentences in (reply/languages/)
AnswerLanguage = Literal["es", "fr", "de", "pt", "it", "nl"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class User(_Strict):
    name: NonEmpty
    email: NonEmpty
    signature: str = ""
    tone: Literal["warm", "formal", "brief"] = "warm"
    # how drafts write a date and a time: "Friday 6 November at 14:30" or "Friday, November 6 at 2:30 pm"
    date_style: Literal["international", "us"] = "international"
    weekly_networking_hours: float = Field(default=4, ge=0, le=80)
    cooling_off_days: int = Field(default=30, ge=0, le=3650)
    # public holidays drafts never propose: a country, optionally with its region ("US-OR", "GB-SCT"); empty: the
    # country of `time_zone` (see `holiday_region`); "none": no public holidays
    holidays: str = ""
    # the user's own days off ("2026-12-24" or "2026-12-24/2027-01-01"): no meetings proposed, events declined
    days_off: list[str] = []
    # the user's own hours for meetings ("16:00-18:00", or ["Mon-Fri 07:00-08:00", "Mon-Fri 18:00-20:00"]):
    # times proposed fall inside them, and a time offered outside them is answered with one inside
    meeting_hours: list[str] = []
    # the user's own time zone (an IANA name: "Pacific/Auckland"): a time a sender gives in another zone ("8:00
    # GMT") is weighed against the hours and days above in it, and the draft says it in the user's own time too
    time_zone: str = ""
    # the mail domains of the user's own organisation besides their address's ("district.org": each covers its
    # subdomains, "hs.district.org" too): mail from there is a colleague's, not an outsider's networking
    own_domains: list[str] = []
    # whether a decline of a pitch for a service the user has names their provider ("For a diagnostic lab, I already
    # work with IDEXX Reference Laboratories"): off, it says "a provider" - whom the user works with is their own
    # business, not a seller's lead; on, the seller hears plainly that the place is taken
    name_providers: bool = False

    @field_validator("own_domains")
    @classmethod
    def _domains(cls, value: list[str]) -> list[str]:
        domains = []
        for said in value:
            domain = said.strip().lower().removeprefix("@").rstrip(".")
            if "@" in domain:
                raise ValueError(f"{said!r} is an e-mail address: give its domain ('district.org')")
            if not re.fullmatch(
                r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+", domain
            ):
                raise ValueError(f"{said!r} is not a mail domain ('district.org')")
            if webmail(domain):
                raise ValueError(
                    f"{said!r} is a webmail domain: everyone who writes from it would be read as your colleague"
                )
            domains.append(domain)
        return domains

    def at_own_domain(self, address: str) -> bool:
        """Whether an address is at the user's own organisation's domain (a colleague), never a webmail one: their
        own address's, or one of `own_domains` or a subdomain of it ("hs.district.org")."""
        theirs = address.rpartition("@")[2].strip().lower() if "@" in address else ""
        ours = self.email.rpartition("@")[2].strip().lower() if "@" in self.email else ""
        if not theirs or theirs in PUBLIC_DOMAINS:
            return False
        return theirs == ours or any(within_domain(theirs, domain) for domain in self.own_domains)

    @field_validator("time_zone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        if value:
            parse_zone(value)
        return value

    @property
    def me(self) -> tuple[str, str]:
        """The user's own name and address: never one of who attends an invitation to them."""
        return self.name, self.email

    @property
    def zone(self) -> ZoneInfo | None:
        return parse_zone(self.time_zone) if self.time_zone else None

    @field_validator("meeting_hours", mode="before")
    @classmethod
    def _windows(cls, value: object) -> object:
        said = [value] if isinstance(value, str) else value
        if not isinstance(said, list) or not all(isinstance(text, str) for text in said):
            raise ValueError("is not a window of hours ('16:00-18:00') or a list of them")
        windows = [parse_window(text) for text in said]
        if windows and not any(day < 5 for window in windows for day in window.days):
            raise ValueError("names no weekday: kindly proposes meetings on weekdays only")
        return [" ".join(text.split()) for text in said]

    @property
    def hours(self) -> MeetingHours:
        return MeetingHours.of(self.meeting_hours)

    @field_validator("holidays")
    @classmethod
    def _known_region(cls, value: str) -> str:
        if value.strip().lower() == NO_HOLIDAYS:
            return NO_HOLIDAYS
        if value.strip():
            country, region = parse_region(value)
            return f"{country}-{region}" if region else country
        return ""

    @field_validator("days_off")
    @classmethod
    def _days(cls, value: list[str]) -> list[str]:
        for span in value:
            parse_span(span)
        return [span.strip() for span in value]

    @property
    def holiday_region(self) -> str:
        """Whose public holidays the user keeps: the profile's `holidays`, or where it names none the country of
        their time zone ("America/Toronto": Canada's); "" for none (`holidays = "none"`, or no one country's zone)."""
        if self.holidays == NO_HOLIDAYS:
            return ""
        return self.holidays or (zone_country(self.time_zone) if self.time_zone else "")

    @property
    def off(self) -> DaysOff:
        return DaysOff.of(self.holiday_region, self.days_off)

    @field_validator("email")
    @classmethod
    def _looks_like_email(cls, value: str) -> str:
        if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", value):
            raise ValueError("is not an e-mail address")
        return value

    @property
    def sign_off(self) -> str:
        return self.signature or self.name.split()[0]


class Goal(_Strict):
    kind: GoalKind
    description: NonEmpty
    targets: list[NonEmpty] = []
    priority: int = Field(default=1, ge=1, le=10)


class Provider(_Strict):
    category: NonEmpty
    name: NonEmpty


class NeverRule(_Strict):
    what: NonEmpty


class Resource(_Strict):
    title: NonEmpty
    description: str = ""
    link: str = ""
    helps: str = ""


class Answer(_Strict):
    """What the user answers when a message asks about something ("Do you work with Xero?")."""

    about: list[NonEmpty] = Field(min_length=1)  # words a question uses: "Xero", "QuickBooks", "software"
    answer: NonEmpty
    # the same answer in the user's own words in another language, for mail kindly answers in it (Spanish):
    # {es = "Mi consulta inicial cuesta $150 ..."}; kindly never translates one
    answer_in: dict[AnswerLanguage, NonEmpty] = {}


class Profile(_Strict):
    user: User
    goals: list[Goal] = Field(min_length=1)
    providers: list[Provider] = []
    never: list[NeverRule] = []
    resources: list[Resource] = []
    answers: list[Answer] = []

    def goals_by_priority(self) -> list[tuple[int, Goal]]:
        return sorted(enumerate(self.goals), key=lambda pair: (pair[1].priority, pair[0]))

    def has_goal(self, kind: GoalKind) -> bool:
        """Whether any goal is of this kind (a find_clients goal: the user takes clients)."""
        return any(goal.kind is kind for goal in self.goals)

    @property
    def meeting_hours(self) -> MeetingHours:
        """The user's hours for meetings, within what their never-rules about the hour leave ("meetings before
        9:30": from 9:30 on), whether or not they set `meeting_hours`: hours every kind of meeting may take, each
        rule counted whatever it names (`hours_for` gives those of one meeting)."""
        return _meeting_hours(tuple(self.user.meeting_hours), tuple(rule.what for rule in self.never))

    def hours_for(self, activities: frozenset[str]) -> MeetingHours:
        """The user's hours for a meeting that is these activities (`meeting_activities`: a call, a recording),
        within what the never-rules about the hour leave for it: a rule that names one activity ("recording before
        10:00", "calls before 07:00") limits that activity alone, not a coffee or a lunch."""
        rules = tuple(
            rule.what
            for rule in self.never
            if not (named := rule_activities(rule.what)) or named & activities
        )
        return _meeting_hours(tuple(self.user.meeting_hours), rules)


@lru_cache(maxsize=64)
def _meeting_hours(said: tuple[str, ...], rules: tuple[str, ...]) -> MeetingHours:
    """The hours said, within what the never-rules about the hour leave: worked out once for each hours and
    rules (a profile's fields are frozen, but not its lists, so the answer is kept by what it is read from,
    not on the profile; MeetingHours is frozen and may be shared)."""
    return MeetingHours.of(said).narrowed([w for rule in rules if (w := rule_windows(rule)) is not None])


def template_text() -> str:
    """The commented profile that `kindly init` writes."""
    return resources.files("kindly").joinpath("profile_template.toml").read_text(encoding="utf-8")


def load_profile(path: Path) -> Profile:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: no profile here (run `kindly init` to write one)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the profile ({exc})") from None
    return parse_profile(text, str(path))


def parse_profile(text: str, source: str = "profile") -> Profile:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{source}: not valid TOML: {exc}") from None
    try:
        return Profile.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(f"{source}: " + "; ".join(validation_problems(exc, text, Profile))) from None


def validation_problems(exc: ValidationError, text: str, model: type[BaseModel] | None = None) -> list[str]:
    """Each problem of a TOML file that failed validation, as "line N, key a.b[0].c: what is wrong"; a key or a
    choice misspelt ("meeting_hour", "find_client") gets the nearest one `model` knows as a suggestion."""
    return [_describe(error, text, model) for error in exc.errors()]


def _describe(error: object, text: str, model: type[BaseModel] | None = None) -> str:
    assert isinstance(error, dict)
    loc = error.get("loc", ())
    key = _key_path(loc)
    message = str(error.get("msg", "invalid")).removeprefix("Value error, ")
    line = _line_of(loc, text)
    where = f"line {line}, key {key}" if line else f"key {key}"
    if (nearest := _nearest(error, loc, model)) is not None:
        message += f" - did you mean '{nearest}'?"
    return f"{where}: {message}"


def _nearest(error: dict[str, object], loc: tuple[object, ...], model: type[BaseModel] | None) -> str | None:
    """The key of that table, or the choice of that field, closest to what was written, where one is close."""
    written, choices = None, []
    if error.get("type") == "extra_forbidden" and loc and isinstance(loc[-1], str) and model is not None:
        written, choices = loc[-1], _keys_at(model, loc[:-1])
    elif error.get("type") in ("literal_error", "enum") and isinstance(error.get("input"), str):
        context = error.get("ctx")
        expected = context.get("expected", "") if isinstance(context, dict) else ""
        written, choices = str(error["input"]), re.findall(r"'([^']+)'", str(expected))
    if written is None:
        return None
    close = difflib.get_close_matches(written.lower(), choices, n=1, cutoff=0.75)
    return close[0] if close else None


def _keys_at(model: type[BaseModel], path: tuple[object, ...]) -> list[str]:
    """The keys a table at `path` ("user", "goals", 0) may have, read from the model's own fields."""
    current: type[BaseModel] | None = model
    for part in path:
        if isinstance(part, int):
            continue
        field = current.model_fields.get(str(part)) if current is not None else None
        current = _model_in(field.annotation) if field is not None else None
    return list(current.model_fields) if current is not None else []


def _model_in(annotation: object) -> type[BaseModel] | None:
    """The model a field holds, itself or inside list[...], ... | None or Annotated[...]."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    return next((found for arg in get_args(annotation) if (found := _model_in(arg)) is not None), None)


def _key_path(loc: tuple[object, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def _line_of(loc: tuple[object, ...], text: str) -> int | None:
    """Best-effort line number of a key: the n-th [[table]] header, then the key inside it."""
    lines = text.splitlines()
    start = 0
    names = [part for part in loc if isinstance(part, str)]
    if not names:
        return None
    table = names[0]
    index = next((part for part in loc[1:2] if isinstance(part, int)), None)
    headers = [
        i
        for i, line in enumerate(lines)
        if re.match(rf"\s*\[\[?\s*{re.escape(table)}\s*\]\]?\s*(#.*)?$", line)
    ]
    if headers:
        start = headers[index] if index is not None and index < len(headers) else headers[0]
    if len(names) == 1:
        return start + 1 if headers else None
    key = names[-1]
    for i in range(start + 1, len(lines)):
        if re.match(r"\s*\[", lines[i]):
            break
        if re.match(rf"\s*{re.escape(key)}\s*=", lines[i]):
            return i + 1
    return start + 1 if headers else None
