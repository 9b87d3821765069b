"""Time zones: the user's own (the profile's `time_zone`, an IANA name such as "Pacific/Auckland"), and the one a
sender writes beside a time ("8:00 GMT", "noon Pacific", "9am Eastern", "14:00 London time", "10:00 UTC+2"), so
that a time offered in another zone is weighed, and told, in the user's own.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from kindly.hours import clock_meant
from kindly.ingest.sign_off import SIGN_OFF
from kindly.model import Event

# The zones senders name by a short word: a region's zone keeps its summer and winter time ("EST" written in
# July still means New York's clock), GMT and UTC are UTC.
_WORDS = {
    "utc": "UTC",
    "gmt": "UTC",
    "bst": "Europe/London",
    "uk": "Europe/London",
    "british": "Europe/London",
    "cet": "Europe/Paris",
    "cest": "Europe/Paris",
    "et": "America/New_York",
    "est": "America/New_York",
    "edt": "America/New_York",
    "eastern": "America/New_York",
    "ct": "America/Chicago",
    "cst": "America/Chicago",
    "cdt": "America/Chicago",
    "central": "America/Chicago",
    "mt": "America/Denver",
    "mst": "America/Denver",
    "mdt": "America/Denver",
    "mountain": "America/Denver",
    "pt": "America/Los_Angeles",
    "pst": "America/Los_Angeles",
    "pdt": "America/Los_Angeles",
    "pacific": "America/Los_Angeles",
    "aest": "Australia/Sydney",
    "aedt": "Australia/Sydney",
    "nzst": "Pacific/Auckland",
    "nzdt": "Pacific/Auckland",
    "nz": "Pacific/Auckland",
    "wellington": "Pacific/Auckland",
    "ist": "Asia/Kolkata",
}
ZONE_ABBREVIATION = (
    r"utc|gmt|bst|cest|cet|pst|pdt|pt|est|edt|et|cst|cdt|ct|mst|mdt|mt|aest|aedt|nzst|nzdt|ist"
)
# A region's name is a zone only where it ends the time ("noon Pacific", "9am Eastern time, Tuesday", "5 pm Central
# on the 3rd"): before another name it begins a place's ("10am Central Station", "6pm Eastern Suburbs Leagues
# Club", "9am Pacific Highway entrance", "Mountain View").
ZONE_WORD = (
    r"(?-i:Pacific|Eastern|Central|Mountain)(?:\s+(?:[Ss]tandard\s+|[Dd]aylight\s+|[Ss]ummer\s+)?[Tt]ime\b)?"
    r"(?=[ \t]*(?:$|\n|[.,;:!?)(\[\]/–—-]|(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
    r"|(?-i:(?:on|or|and|for|to|if|is|works?|would|suits?|please|next|this|tomorrow|today|then|that|my|your|via|"
    r"by|with|but|so|as|ok|okay|instead|sharp|at|in)\b)))"
)
# A zone written after a time: "GMT", "UTC+2", "UTC -05:00", "Eastern time", "London time", "UK time".
_ZONE = (
    r"(?P<zone>(?P<offset>(?:utc|gmt)\s?(?P<sign>[+−-])\s?(?P<hours>\d{1,2})(?::?(?P<minutes>\d\d))?)"
    rf"|(?:{ZONE_ABBREVIATION})(?:\s+(?:standard\s+|daylight\s+|summer\s+)?time)?|{ZONE_WORD}"
    r"|(?P<city>(?-i:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?|UK|NZ))\s+time)(?![\w+−-])"
)
_CLOCK = r"\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)?"
# an hour and its zone: "8:00 GMT", "6:00-8:00 pm ET" (the first hour), "noon Pacific"
_ZONED = re.compile(
    rf"(?<![\d:.])(?:(?P<from>{_CLOCK})\s?[-–]\s?)?(?P<clock>{_CLOCK}|noon|midday)\s?{_ZONE}", re.IGNORECASE
)


def parse_zone(name: str) -> ZoneInfo:
    """The user's zone from its IANA name ("Pacific/Auckland", "Europe/London"); ValueError where there is none."""
    try:
        if "/" not in name and name not in ("UTC",):
            raise ValueError
        return ZoneInfo(name)
    except (ValueError, ZoneInfoNotFoundError):
        raise ValueError(
            f"{name!r} is not a time zone name such as 'Pacific/Auckland' or 'America/Los_Angeles'"
        ) from None


@cache
def _cities() -> dict[str, str]:
    """ "london": "Europe/London", "new york": "America/New_York": the places the zone database names."""
    places: dict[str, str] = {}
    for name in sorted(available_timezones()):
        if "/" in name and not name.startswith(("Etc/", "SystemV/", "US/")):
            places.setdefault(name.rsplit("/", 1)[1].replace("_", " ").lower(), name)
    return places


def zone_named(said: str) -> tzinfo | None:
    """The zone a sender's word names ("GMT", "Pacific", "London time", "UTC+2"), or None for none known."""
    found = re.fullmatch(_ZONE, said.strip(), re.IGNORECASE)
    if found is None:
        return None
    if found.group("offset"):
        minutes = int(found.group("hours")) * 60 + int(found.group("minutes") or 0)
        if minutes >= 24 * 60:
            return None
        return timezone(timedelta(minutes=-minutes if found.group("sign") in "-−" else minutes))
    word = (found.group("city") or found.group("zone").split()[0]).lower()
    name = _WORDS.get(word) or _cities().get(word)
    if name is None:
        return None
    return UTC if name == "UTC" else ZoneInfo(name)


def zoned_hour(text: str) -> tuple[time, tzinfo] | None:
    """The first hour `text` gives with a zone ("Wednesday 9 December at 8:00 GMT": 8:00 in UTC), or None."""
    for found in _ZONED.finditer(text):
        zone = zone_named(found.group("zone"))
        if zone is None:
            continue
        clock = found.group("clock")
        if found.group("from"):  # "6:00-8:00 pm ET": the first hour, in the half of the day said for the last
            half = re.search(r"[ap]\.?m\.?", clock, re.IGNORECASE)
            clock = found.group("from") + (
                f" {half.group(0)}" if half and not re.search(r"[ap]", found.group("from"), re.I) else ""
            )
        at = clock_meant(clock, text)  # a bare "4:30 ET" is the afternoon's
        if at is not None:
            return at, zone
    return None


# The one clock of a country an address's domain names ("jane@adaptlab.co.uk": London's), for the countries that keep
# one; a country of several zones (.us, .au, .ca, .br, .ru, .mx) or none (.com) names no clock.
_COUNTRY_ZONES = {
    "uk": "Europe/London",
    "ie": "Europe/Dublin",
    "nz": "Pacific/Auckland",
    "fr": "Europe/Paris",
    "de": "Europe/Berlin",
    "nl": "Europe/Amsterdam",
    "be": "Europe/Brussels",
    "it": "Europe/Rome",
    "ch": "Europe/Zurich",
    "at": "Europe/Vienna",
    "se": "Europe/Stockholm",
    "no": "Europe/Oslo",
    "dk": "Europe/Copenhagen",
    "fi": "Europe/Helsinki",
    "pl": "Europe/Warsaw",
    "cz": "Europe/Prague",
    "gr": "Europe/Athens",
    "jp": "Asia/Tokyo",
    "kr": "Asia/Seoul",
    "sg": "Asia/Singapore",
    "hk": "Asia/Hong_Kong",
    "in": "Asia/Kolkata",
    "il": "Asia/Jerusalem",
    "za": "Africa/Johannesburg",
}


def address_zone(address: str) -> tzinfo | None:
    """The clock of the country an address's domain names ("jane@adaptlab.example.co.uk": Europe/London), where
    that country keeps one; None otherwise."""
    country = address.strip().lower().rstrip(">").rpartition(".")[2]
    name = _COUNTRY_ZONES.get(country) if "@" in address else None
    return ZoneInfo(name) if name else None


# An hour the sender says is in their own clock: "3pm my time", "10:00 our time", "9am my local time".
_THEIR_CLOCK = re.compile(
    rf"(?<![\d:.])(?P<clock>{_CLOCK}|noon|midday)\s?(?:my|our)\s+(?:own\s+)?(?:local\s+)?time\b",
    re.IGNORECASE,
)


def hour_in_their_clock(text: str) -> time | None:
    """The first hour `text` says is in the sender's own clock, with no zone named ("3pm my time": 15:00), or None."""
    for found in _THEIR_CLOCK.finditer(text):
        at = clock_meant(found.group("clock"), text)
        if at is not None:
            return at
    return None


def signature_zone(signature: str, sender_name: str = "") -> tzinfo | None:
    """The clock of a city the zone database names on a line of a signature ("Kim Studio, Seoul", "Seoul | Korea",
    "London office"): None where no line names one. The name signed under a sign-off is no city ("Cheers,\nSydney",
    "Thanks, Paris"), nor is a word of the sender's own name or a form of their first name ("Best, Victoria" from
    Vicky Smith); a city said as a place still is ("Best,\nAnna - Sydney office")."""
    own = {word.lower() for word in re.findall(r"[^\W\d_]+", sender_name)}
    first = next(iter(re.findall(r"[^\W\d_]{3,}", sender_name)), "").lower()
    signed = False  # the next part is the name signed under a sign-off
    for line in signature.splitlines():
        if not line.strip():
            continue
        parts = [part for part in re.split(r"\s*[,|/·•–—-]\s*|\s{2,}", line.strip()) if part]
        for n, part in enumerate(parts):
            after = parts[n + 1] if n + 1 < len(parts) else ""
            # ...nor is the sender's own name before a title: "Maria Lopez, MD" is a doctor, not Maryland
            named = own.intersection(re.findall(r"[^\W\d_]+", part.lower()))
            region = None if signed or named or after.lower() in own else _region_after(part, after)
            if region is not None and not SIGN_OFF.match(part):
                return region  # "Victoria, BC": British Columbia's clock, not Australia's Victoria
            if SIGN_OFF.match(part):
                signed = True
                continue
            name_signed, signed = signed, False
            words = part.lower().removesuffix(" office").strip()
            name = _cities().get(words)
            if name is None or words in _NOT_PLACES or words in own:
                continue
            bare = words == part.lower()  # a name alone, not "Sydney office"
            if bare and (name_signed or (first[:3] == words[:3] and line.strip() == part)):
                continue  # "Cheers,\nSydney"; "Victoria" alone on a line from Vicky Smith: her first name in full
            return ZoneInfo(name)
    return None


# A US state's or a Canadian province's postal abbreviation or name, written after a place ("Victoria, BC", "Portland,
# OR 97214", "London, Ontario"), and the clocks it keeps: its main one first, then any its places also keep (a place
# the zone database names in one of them keeps its own: "Boise, ID" is Boise's, "Kingston, ON" Toronto's, not
# Jamaica's).
_REGIONS: dict[str, tuple[str, ...]] = {
    "AL Alabama": ("America/Chicago",),
    "AK Alaska": ("America/Anchorage", "America/Juneau", "America/Sitka", "America/Nome", "America/Adak"),
    "AZ Arizona": ("America/Phoenix",),
    "AR Arkansas": ("America/Chicago",),
    "CA California": ("America/Los_Angeles",),
    "CO Colorado": ("America/Denver",),
    "CT Connecticut": ("America/New_York",),
    "DE Delaware": ("America/New_York",),
    "DC": ("America/New_York",),
    "FL Florida": ("America/New_York", "America/Chicago"),
    "GA Georgia": ("America/New_York",),
    "HI Hawaii": ("Pacific/Honolulu",),
    "ID Idaho": ("America/Boise", "America/Los_Angeles"),
    "IL Illinois": ("America/Chicago",),
    "IN Indiana": ("America/Indiana/Indianapolis", "America/Chicago"),
    "IA Iowa": ("America/Chicago",),
    "KS Kansas": ("America/Chicago", "America/Denver"),
    "KY Kentucky": ("America/New_York", "America/Kentucky/Louisville", "America/Chicago"),
    "LA Louisiana": ("America/Chicago",),
    "ME Maine": ("America/New_York",),
    "MD Maryland": ("America/New_York",),
    "MA Massachusetts": ("America/New_York",),
    "MI Michigan": ("America/Detroit", "America/Menominee"),
    "MN Minnesota": ("America/Chicago",),
    "MS Mississippi": ("America/Chicago",),
    "MO Missouri": ("America/Chicago",),
    "MT Montana": ("America/Denver",),
    "NE Nebraska": ("America/Chicago", "America/Denver"),
    "NV Nevada": ("America/Los_Angeles",),
    "NH": ("America/New_York",),
    "NJ": ("America/New_York",),
    "NM": ("America/Denver",),
    "NY": ("America/New_York",),
    "NC": ("America/New_York",),
    "ND": ("America/Chicago", "America/Denver"),
    "OH Ohio": ("America/New_York",),
    "OK Oklahoma": ("America/Chicago",),
    "OR Oregon": ("America/Los_Angeles", "America/Boise"),
    "PA Pennsylvania": ("America/New_York",),
    "RI": ("America/New_York",),
    "SC": ("America/New_York",),
    "SD": ("America/Chicago", "America/Denver"),
    "TN Tennessee": ("America/Chicago", "America/New_York"),
    "TX Texas": ("America/Chicago", "America/Denver"),
    "UT Utah": ("America/Denver",),
    "VT Vermont": ("America/New_York",),
    "VA Virginia": ("America/New_York",),
    "WA Washington": ("America/Los_Angeles",),
    "WV": ("America/New_York",),
    "WI Wisconsin": ("America/Chicago",),
    "WY Wyoming": ("America/Denver",),
    "AB Alberta": ("America/Edmonton",),
    "BC": (
        "America/Vancouver",
        "America/Edmonton",
        "America/Creston",
        "America/Dawson_Creek",
        "America/Fort_Nelson",
    ),
    "MB Manitoba": ("America/Winnipeg",),
    "NB": ("America/Moncton", "America/Halifax"),
    "NL Newfoundland": ("America/St_Johns", "America/Goose_Bay"),
    "NS": ("America/Halifax", "America/Glace_Bay"),
    "NT": ("America/Yellowknife", "America/Edmonton", "America/Inuvik"),
    "NU Nunavut": ("America/Iqaluit", "America/Rankin_Inlet", "America/Cambridge_Bay"),
    "ON Ontario": ("America/Toronto", "America/Winnipeg", "America/Thunder_Bay", "America/Nipigon"),
    "PE": ("America/Halifax",),
    "QC Quebec Québec": ("America/Toronto", "America/Montreal"),
    "SK Saskatchewan": ("America/Regina", "America/Swift_Current"),
    "YT Yukon": ("America/Whitehorse", "America/Dawson"),
}
# ...and those of two words: "New York", "British Columbia", "Nova Scotia"
_REGION_NAMES = {
    "new hampshire": "NH",
    "new jersey": "NJ",
    "new mexico": "NM",
    "new york": "NY",
    "north carolina": "NC",
    "north dakota": "ND",
    "rhode island": "RI",
    "south carolina": "SC",
    "south dakota": "SD",
    "west virginia": "WV",
    "british columbia": "BC",
    "new brunswick": "NB",
    "nova scotia": "NS",
    "prince edward island": "PE",
    "northwest territories": "NT",
    "district of columbia": "DC",
}


@cache
def _region_clocks() -> dict[str, tuple[str, ...]]:
    """ "BC": British Columbia's clocks, "oregon": Oregon's: each region by its abbreviation (as written, in
    capitals) and by its name (in lower case)."""
    clocks: dict[str, tuple[str, ...]] = {}
    for names, zones in _REGIONS.items():
        abbreviation, *words = names.split()
        clocks[abbreviation] = zones
        for word in words:
            clocks[word.lower()] = zones
    for name, abbreviation in _REGION_NAMES.items():
        clocks[name] = clocks[abbreviation]
    return clocks


# A place's name as a signature writes it: one to three capitalised words ("Victoria", "Salt Lake City", "St. John's")
_PLACE = re.compile(r"(?:St\.?\s)?[A-Z][\w'.]*(?:\s(?:[A-Z][\w'.]*|de|du|la|le)){0,2}")
# ...and the region after it, alone or before a postal code: "BC", "B.C.", "OR 97214", "BC V8W 2Y2", "British Columbia"
_REGION = re.compile(
    r"(?P<region>[A-Z]\.?[A-Z]\.?|[A-Z][a-zé]+(?:\s[A-Z][a-z]+){0,2})(?:\s+[A-Z\d][A-Z\d -]{2,9})?"
)


def _region_after(place: str, after: str) -> ZoneInfo | None:
    """The clock of the US state or Canadian province written after a place ("Victoria", "BC": Vancouver's; "Boise",
    "ID": Boise's own), or None where what follows names no region."""
    if not _PLACE.fullmatch(place) or not (found := _REGION.fullmatch(after.strip())):
        return None
    said = found.group("region").replace(".", "")
    zones = _region_clocks().get(said if said.isupper() else said.lower())
    if zones is None:
        return None
    own = _cities().get(place.lower())
    return ZoneInfo(own if own in zones else zones[0])


# Zone database places that are also ordinary words of a signature's line.
_NOT_PLACES = frozenset({"center", "eastern", "central", "pacific", "mountain", "atlantic", "universal"})


def in_my_zone(day: date, text: str, mine: tzinfo | None) -> datetime | None:
    """The moment, in the user's zone `mine`, of the zoned hour `text` gives on `day` ("8:00 GMT" on Wednesday 9
    December: Wednesday 21:00 in Wellington); None without a zone of the user's, without a zoned hour, or where
    the sender's zone keeps the same time as the user's then."""
    if mine is None:
        return None
    zoned = zoned_hour(text)
    if zoned is None:
        return None
    theirs = datetime.combine(day, zoned[0], tzinfo=zoned[1])
    local = theirs.astimezone(mine)
    return local if local.utcoffset() != theirs.utcoffset() else None


def local_day(day: date, text: str, mine: tzinfo | None) -> date:
    """The user's own day of a time offered on `day` (`text`: its words, with the hour and the zone)."""
    local = in_my_zone(day, text, mine)
    return local.date() if local is not None else day


def start_weighed(
    event: Event | None, zone: tzinfo | None, sent_offset: int | None = None
) -> datetime | None:
    """An invitation's start in the clock its hour is weighed and its day named in: the user's own `zone`, where
    they set one; else the organiser's, as they wrote it: the zone its TZID names, or for a time their calendar
    gave in UTC ("...T003000Z"), the offset of the mail that carries it (`sent_offset`, minutes) or the country
    of their address. A floating time is its hour as written. None where the organiser's clock is unknown: a UTC
    hour is no hour anyone wrote."""
    start = event.start if event is not None else None
    if event is None or start is None:
        return None
    if not event.start_zone and start.utcoffset() == timedelta(0):
        return start  # a floating time ("DTSTART:20261222T100000"): the same hour in every clock
    if zone is not None:
        return start.astimezone(zone)
    if event.start_zone != "UTC":
        return start  # in the organiser's own zone
    theirs = (
        timezone(timedelta(minutes=sent_offset))
        if sent_offset is not None
        else address_zone(event.organizer_email)
    )
    return start.astimezone(theirs) if theirs is not None else None
