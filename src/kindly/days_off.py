"""Days the user does not meet: public holidays of their region and their own days off.

The region is the profile's `holidays`; where it names none, the country of the user's time zone as the tz
database lists it (zone.tab: "America/Toronto" is Canada's), unless the zone is no one country's ("UTC") or its
country has no holiday table; `holidays = "none"` keeps no public holidays at all.

Drafts never propose such a day, a time the sender proposes on one is answered with others, and an event
on one of the user's own days off is declined ("I'll be away").
"""

from __future__ import annotations

import re
import zoneinfo
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path

import holidays as holiday_tables

NO_HOLIDAYS = "none"  # the profile's `holidays` value that keeps no public holidays, not even its zone's
_REGION = re.compile(r"([A-Za-z]{2,3})(?:[-_ ]([A-Za-z0-9]{1,3}))?")
_SPAN = re.compile(r"(\d{4}-\d{2}-\d{2})(?:\s*(?:/|\.\.|to)\s*(\d{4}-\d{2}-\d{2}))?")


def parse_region(text: str) -> tuple[str, str]:
    """ "US-OR" -> ("US", "OR"): a country the holiday tables know, and one of its regions if given."""
    found = _REGION.fullmatch(text.strip())
    if not found:
        raise ValueError(f"{text!r} is not a country code such as 'US', 'US-OR' or 'GB-SCT'")
    country, region = found.group(1).upper(), (found.group(2) or "").upper()
    supported = holiday_tables.list_supported_countries()
    if country not in supported:
        raise ValueError(f"no holiday table for the country {country!r}")
    if region and region not in supported[country]:
        raise ValueError(f"{country} has no region {region!r} (known: {', '.join(supported[country])})")
    return country, region


def parse_span(text: str) -> tuple[date, date]:
    """ "2026-12-24" or "2026-12-24/2027-01-01" (both days included) -> (first, last)."""
    found = _SPAN.fullmatch(text.strip())
    try:
        if not found:
            raise ValueError
        first = date.fromisoformat(found.group(1))
        last = date.fromisoformat(found.group(2)) if found.group(2) else first
    except ValueError:
        raise ValueError(
            f"{text!r} is not a day (2026-12-24) or a span of days (2026-12-24/2027-01-01)"
        ) from None
    if last < first:
        raise ValueError(f"{text!r} ends before it begins")
    return first, last


@dataclass(frozen=True, slots=True)
class DaysOff:
    """The user's public holidays (by region) and own days off; `day in days_off` asks whether they meet."""

    region: str = ""  # "US-OR"; empty: no public holidays
    spans: tuple[tuple[date, date], ...] = ()

    @classmethod
    def of(cls, region: str, spans: Sequence[str]) -> DaysOff:
        return cls(region, tuple(parse_span(s) for s in spans))

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and bool(self.why(day))

    def own(self, day: date) -> bool:
        """One of the user's own days off (not a public holiday)."""
        return any(first <= day <= last for first, last in self.spans)

    def why(self, day: date) -> str:
        """ "Thanksgiving Day", "a day off", or "" when the user works that day."""
        if self.own(day):
            return "a day off"
        if self.region:
            return _holiday(self.region, day.year).get(day, "") or ""
        return ""


@cache
def _holiday(region: str, year: int) -> dict[date, str]:
    country, subdivision = parse_region(region)
    table = holiday_tables.country_holidays(country, subdiv=subdivision or None, years=year)
    return dict(table.items())


def zone_country(zone: str) -> str:
    """The country whose time zone `zone` is, as the tz database's zone.tab lists it ("America/Toronto" -> "CA"),
    if kindly has its public holidays: "" for a zone that is no one country's ("UTC", "Etc/GMT+5"), one listed for
    several, or where no zone table can be read."""
    zone = zone.strip()
    countries = _zone_countries().get(_zone_links().get(zone, zone), set())
    if len(countries) != 1:
        return ""
    [country] = countries
    return country if country in holiday_tables.list_supported_countries() else ""


@cache
def _zone_countries() -> dict[str, set[str]]:
    """Each zone of zone.tab -> the countries it is listed for (the `tzdata` package's copy, else the system's)."""
    text = _zone_table()
    found: dict[str, set[str]] = {}
    for line in text.splitlines():
        fields = line.split("\t")
        if line.startswith("#") or len(fields) < 3:
            continue
        found.setdefault(fields[2].strip(), set()).add(fields[0].strip().upper())
    return found


@cache
def _zone_links() -> dict[str, str]:
    """An old or other name of a zone -> the zone zone.tab lists ("US/Pacific" -> "America/Los_Angeles"), from the
    `tzdata` package's tzdata.zi link lines ("L America/Los_Angeles US/Pacific"); none where it cannot be read."""
    try:
        text = resources.files("tzdata").joinpath("zoneinfo", "tzdata.zi").read_text(encoding="utf-8")
    except (ModuleNotFoundError, OSError):
        return {}
    links = (line.split() for line in text.splitlines() if line.startswith("L "))
    return {fields[2]: fields[1] for fields in links if len(fields) == 3}


def _zone_table() -> str:
    try:
        return resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text(encoding="utf-8")
    except (ModuleNotFoundError, OSError):
        pass
    for folder in zoneinfo.TZPATH:
        try:
            return (Path(folder) / "zone.tab").read_text(encoding="utf-8")
        except OSError:
            continue
    return ""
