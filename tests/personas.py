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


def replacing(goals: Iterable[Table], *changed: Table) -> list[Table]:
    """`goals`, each of the `changed` goals in the place of the goal of its kind."""
    by_kind = {entry["kind"]: entry for entry in changed}
    return [by_kind.get(entry["kind"], entry) for entry in goals]


def resource(title: str, description: str, link: str, helps: str) -> dict[str, Any]:
    """A [[resources]] entry."""
    return {"title": title, "description": description, "link": link, "helps": helps}


def answer(about: Sequence[str], answer: str) -> dict[str, Any]:
    """An [[answers]] entry: what the user answers when a message asks about `about`."""
    return {"about": list(about), "answer": answer}


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


# -- Elena Marchetti, who makes dry-farmed Zinfandel in Sonoma County (session 17) --------------------------------

WINE_TRADE = goal(
    "find_clients",
    "Independent restaurants and wine shops that want small-lot Sonoma wines on their list or shelf",
    ["restaurants", "wine shops", "sommeliers", "wine bars", "wine buyers"],
    1,
)
WINE_GROWERS = goal(
    "find_community",
    "A group of like-minded small sustainable family producers to share ideas, crews and equipment",
    ["sustainable winegrowers", "small family wineries", "dry farming", "regenerative farming"],
    2,
)
WINE_TASTINGS = goal(
    "build_credibility",
    "Pour or speak at trade tastings and wine education events about dry-farmed Zinfandel",
    ["trade tastings", "wine education", "sommelier events", "dry-farmed Zinfandel"],
    2,
)
WINE_RELEASE = goal(
    "amplify_campaign",
    "Spread the word about the release of our 2024 Dry Creek Zinfandel",
    ["2024 Dry Creek Zinfandel", "new release", "wine writers"],
    3,
)
WINE_DISTRIBUTOR = ("wine distribution", "Coastal Vine Distributors (California)")


def winemaker_profile(
    *,
    signature: str = "Elena",
    weekly_networking_hours: int = 3,
    holidays: str | None = "US-CA",
    meeting_hours: Sequence[str] | None = ("Mon-Fri 10:00-16:00",),
    goals: Iterable[Table] = (WINE_TRADE, WINE_GROWERS, WINE_TASTINGS, WINE_RELEASE),
    providers: Iterable[tuple[str, str]] = (WINE_DISTRIBUTOR, ("label printing", "Redwood Label Co.")),
    never: Iterable[str] = ("free product for exposure", "pay-to-enter competitions over $200"),
) -> str:
    """Elena Marchetti's profile: trade clients, a growers' group, tastings to pour at and her new release."""
    user = {
        "name": "Elena Marchetti",
        "email": "elena@marchettivineyards.com",
        "signature": signature,
        "tone": "warm",
        "date_style": "us",
        "weekly_networking_hours": weekly_networking_hours,
        "holidays": holidays,
        "meeting_hours": meeting_hours,
        "time_zone": "America/Los_Angeles",
    }
    return profile_toml(user, goals, providers=providers, never=never)


# -- Mei Lin Harrow, a residential architect in Melbourne (session 17) --------------------------------------------

ARCHITECT_CLIENTS = goal(
    "find_clients",
    "Homeowners and small developers who want sustainable, passive-house residential design",
    ["homeowners", "passive house", "sustainable homes", "extensions and renovations"],
    1,
)
ARCHITECT_SPEAKING = goal(
    "build_credibility",
    "Speak and write about passive-house design for Australian homes",
    ["passive house", "architecture podcasts", "design publications"],
    2,
)
ARCHITECT_STUDIOS = goal(
    "find_community",
    "A like-minded group of small, sustainability-focused architecture studios",
    ["small architecture studios", "studio principals"],
    2,
)

# the same group as other files word it, with the practices and peer studios she looks for
ARCHITECT_PEER_STUDIOS = varied(
    ARCHITECT_STUDIOS,
    targets=["small architecture studios", "sustainable practices", "peer studios", "studio principals"],
)


def architect_profile(
    *,
    signature: str = "Mei Lin",
    tone: str | None = None,
    meeting_hours: Sequence[str] | None = None,
    goals: Iterable[Table] = (ARCHITECT_CLIENTS, ARCHITECT_SPEAKING, ARCHITECT_STUDIOS),
    providers: Iterable[tuple[str, str]] = (("BIM software", "ArchiCAD"),),
    never: Iterable[str] = (),
    answers: Iterable[Table] = (),
) -> str:
    """Mei Lin Harrow's profile: passive-house clients, a stage for passive-house design, peer studios."""
    user = {
        "name": "Mei Lin Harrow",
        "email": "meilin@harrowlane.example.com.au",
        "signature": signature,
        "tone": tone,
        "date_style": "international",
        "weekly_networking_hours": 4,
        "meeting_hours": meeting_hours,
        "time_zone": "Australia/Melbourne",
    }
    return profile_toml(user, goals, providers=providers, never=never, answers=answers)


# -- Nadia Brooks, who hosts Main Street Mic, a podcast about small businesses (session 17) ------------------------

PODCAST_GINA = goal(
    "meet_person",
    "Get Gina Marchetti (founder of Marchetti's Markets) on the show",
    ["Gina Marchetti", "Marchetti's Markets"],
    1,
)
PODCAST_GUESTS = goal(
    "custom",
    "Guests for the show: small-business owners with a real story",
    ["small business owners", "shop owners", "restaurant owners"],
    2,
)
PODCAST_SPONSORS = goal(
    "find_clients",
    "Sponsors for the show: brands that serve small-business owners",
    ["sponsorship", "sponsor", "bookkeeping software"],
    1,
)
PODCAST_STAGE = goal(
    "build_credibility",
    "Speak and host live tapings at podcasting conferences",
    ["podcasting conferences", "live taping"],
    2,
)
PODCAST_PEERS = goal(
    "find_community",
    "A like-minded group of independent podcasters to swap promos and talk shop",
    ["independent podcasters", "promo swap", "cross-promotion"],
    2,
)


def podcast_host_profile(
    *,
    meeting_hours: Sequence[str] | None = ("Mon-Fri 10:00-18:00",),
    goals: Iterable[Table] = (PODCAST_GINA, PODCAST_GUESTS),
    never: Iterable[str] = (),
    resources: Iterable[Table] = (),
    answers: Iterable[Table] = (),
) -> str:
    """Nadia Brooks's profile: Gina Marchetti on the show, and guests with a real story."""
    user = {
        "name": "Nadia Brooks",
        "email": "nadia@mainstreetmic.fm",
        "signature": "Nadia",
        "tone": "warm",
        "date_style": "us",
        "weekly_networking_hours": 5,
        "meeting_hours": meeting_hours,
        "time_zone": "America/New_York",
    }
    return profile_toml(user, goals, never=never, resources=resources, answers=answers)


# -- Marisol Vega, a realtor in Toronto's east end (session 16) -----------------------------------------------------

REALTOR_CLIENTS = goal(
    "find_clients",
    "First-time buyers and east-end downsizers who need a patient, no-pressure agent",
    ["first-time buyers", "downsizers", "empty nesters", "Leslieville", "Riverdale"],
    1,
)
REALTOR_SPEAKING = goal(
    "build_credibility",
    "Speak at homebuyer seminars and on local radio and podcasts about buying in Toronto",
    ["homebuyer seminars", "local radio", "podcasts", "home show"],
    2,
)
REALTOR_COMMUNITY = goal(
    "find_community",
    "A like-minded group of women in real estate and local business owners",
    ["women in real estate", "local business owners"],
    3,
)
REALTOR_OKAFORS = goal(
    "help_client",
    "Help the Okafor family relocate from Calgary to Toronto: schools, neighbourhoods, movers",
    ["Okafor family", "relocation", "movers", "Calgary"],
    2,
)
REALTOR_GOALS = (REALTOR_CLIENTS, REALTOR_SPEAKING, REALTOR_COMMUNITY, REALTOR_OKAFORS)
REALTOR_NEVER = ("MLM or network marketing schemes", "evening events on Sundays")


def realtor_profile(
    *,
    meeting_hours: Sequence[str] | str | None = None,
    goals: Iterable[Table] = REALTOR_GOALS,
    never: Iterable[str] = REALTOR_NEVER,
) -> str:
    """Marisol Vega's profile: first-time buyers and downsizers, seminars and radio, women in real estate, and
    the Okafor family's move from Calgary; a mortgage broker and a CRM of her own."""
    user = {
        "name": "Marisol Vega",
        "email": "marisol@harbourlinerealty.ca",
        "signature": "Marisol",
        "date_style": "us",
        "weekly_networking_hours": 5,
        "holidays": "CA-ON",
        "time_zone": "America/Toronto",
        "own_domains": ["harbourline.com"],
        "meeting_hours": meeting_hours,
    }
    providers = [("mortgage broker", "Priya Raman, Lakeshore Mortgage Group"), ("CRM", "Follow Up Boss")]
    return profile_toml(user, goals, providers=providers, never=never)


# -- Tomás Ferreira, chef of Casa Ferreira in Lisbon (session 16) ---------------------------------------------------

CHEF_STAGE = goal(
    "build_credibility",
    "Speak at food festivals and give guest lectures at culinary schools about zero-waste cooking",
    ["food festivals", "culinary schools", "podcasts", "zero-waste cooking", "whole-fish cooking"],
    1,
)
CHEF_COLLECTIVE = goal(
    "find_community",
    "Join a slow-food / zero-waste chefs' collective",
    ["slow food", "zero-waste chefs", "chefs' collective"],
    2,
)
CHEF_PRIVATE_DINING = goal(
    "find_clients",
    "Private dining and corporate events for companies and groups in Lisbon",
    ["private dining", "corporate events", "team dinners", "restaurant buyout"],
    3,
)
CHEF_SERVICE = "meetings or events during service (12:00-15:00 and 19:00-23:00)"
CHEF_RESOURCES = (
    resource(
        "Casa Ferreira private dining menu and terms",
        "Menus, prices and conditions for private dining and full buyouts (up to 40 guests)",
        "https://casaferreira.pt/private-dining",
        "companies and groups planning a private dinner or corporate event",
    ),
    resource(
        "Stage at Casa Ferreira: how it works",
        "What a stage in our kitchen involves, dates we take stagiaires, and how to apply",
        "https://casaferreira.pt/stage",
        "culinary students looking for a stage or internship",
    ),
)


def chef_profile(
    *,
    holidays: str | None = None,
    meeting_hours: Sequence[str] | None = None,
    goals: Iterable[Table] = (CHEF_STAGE, CHEF_COLLECTIVE),
    providers: Iterable[tuple[str, str]] = (),
    never: Iterable[str] = (CHEF_SERVICE,),
    resources: Iterable[Table] = (),
) -> str:
    """Tomás Ferreira's profile: a stage for zero-waste cooking and a chefs' collective, never during service."""
    user = {
        "name": "Tomás Ferreira",
        "email": "tomas@casaferreira.pt",
        "signature": "Tomás",
        "date_style": "international",
        "weekly_networking_hours": 3,
        "time_zone": "Europe/Lisbon",
        "holidays": holidays,
        "meeting_hours": meeting_hours,
    }
    return profile_toml(user, goals, providers=providers, never=never, resources=resources)


# -- Priyanka Nair, an executive coach in Sydney (session 16) -------------------------------------------------------

COACH_CLIENTS = goal(
    "find_clients",
    "Heads of engineering and newly promoted VPs who want an executive coach for their first year",
    ["heads of engineering", "VP of engineering", "newly promoted VPs", "CTOs"],
    1,
)
COACH_SPEAKING = goal(
    "build_credibility",
    "Speak at HR conferences and appear on leadership podcasts",
    ["HR conferences", "leadership podcasts", "podcasts"],
    2,
)
COACH_SERIES = goal(
    "amplify_campaign",
    "My LinkedIn series 'First 90 days as a VP'",
    ["First 90 days as a VP", "first 90 days"],
    2,
)
COACH_PEERS = goal(
    "find_community",
    "A peer group of ICF-certified executive coaches",
    ["ICF", "ICF-certified coaches", "executive coaches"],
    3,
)
COACH_ON_ZOOM = answer(
    ["remote", "Zoom", "in person", "online"], "I coach on Zoom; in person in Sydney CBD when it suits."
)
COACH_BLOG_POST = resource(
    "How I became a coach (blog post)",
    "Notes on ICF training, supervision and building a practice",
    "https://nairleadership.com.au/becoming-a-coach",
    "people thinking about becoming a coach",
)


def coach_profile(
    *,
    meeting_hours: Sequence[str] | None = None,
    goals: Iterable[Table] = (COACH_CLIENTS, COACH_SPEAKING, COACH_SERIES, COACH_PEERS),
    never: Iterable[str] = (),
    answers: Iterable[Table] = (COACH_ON_ZOOM,),
    resources: Iterable[Table] = (COACH_BLOG_POST,),
) -> str:
    """Priyanka Nair's profile: new VPs of engineering to coach, a stage, her LinkedIn series, peer coaches."""
    user = {
        "name": "Priyanka Nair",
        "email": "priyanka@nairleadership.com.au",
        "signature": "Priyanka",
        "date_style": "international",
        "weekly_networking_hours": 4,
        "time_zone": "Australia/Sydney",
        "meeting_hours": meeting_hours,
    }
    return profile_toml(user, goals, never=never, resources=resources, answers=answers)


# -- Andre Whitfield, principal of Lincoln Park High School in Chicago (session 16) ---------------------------------

PRINCIPAL_NETWORK = goal(
    "find_community",
    "Join a network of urban high school principals who share practice",
    ["urban principals", "principals network"],
    1,
)
PRINCIPAL_SPEAKING = goal(
    "build_credibility",
    "Speak about school leadership and attendance recovery at education conferences and on podcasts",
    ["education conferences", "school leadership podcast"],
    2,
)
PRINCIPAL_WEEKENDS = "weekend events except for students"
PRINCIPAL_RESOURCES = (
    resource(
        "Lincoln Park HS attendance recovery playbook",
        "A six-page summary of our attendance recovery work with data",
        "https://lincolnparkhs.org/attendance-playbook",
        "school leaders working on chronic absenteeism",
    ),
    resource(
        "Research and data requests at CPS",
        "The district's Research Review Board process for studies in schools",
        "https://www.cps.edu/about/research-review-board",
        "university researchers who want to run a study in a school",
    ),
)


def principal_profile(
    *,
    signature: str = "Andre",
    weekly_networking_hours: int | None = 3,
    own_domains: Sequence[str] | None = ("cps-district.org",),
    goals: Iterable[Table] = (PRINCIPAL_NETWORK, PRINCIPAL_SPEAKING),
    providers: Iterable[tuple[str, str]] = (
        ("tutoring", "Saga Education, our high-dosage tutoring partner"),
    ),
    never: Iterable[str] = (PRINCIPAL_WEEKENDS,),
    resources: Iterable[Table] = PRINCIPAL_RESOURCES,
) -> str:
    """Andre Whitfield's profile: a network of urban principals and a stage for attendance recovery."""
    user = {
        "name": "Andre Whitfield",
        "email": "awhitfield@lincolnparkhs.org",
        "signature": signature,
        "date_style": "us",
        "weekly_networking_hours": weekly_networking_hours,
        "time_zone": "America/Chicago",
        "own_domains": own_domains,
    }
    return profile_toml(user, goals, providers=providers, never=never, resources=resources)


# -- Marisol Alvarez, principal of Lincoln Middle School (session 17) ----------------------------------------------

ATTENDANCE_PRINCIPALS = goal(
    "find_community",
    "Other middle-school principals working on chronic absenteeism",
    ["principals", "attendance"],
    1,
)


def middle_school_principal_profile(
    *,
    weekly_networking_hours: int = 2,
    own_domains: Sequence[str] | None = ("lincoln-ms.example",),
    goals: Iterable[Table] = (ATTENDANCE_PRINCIPALS,),
    never: Iterable[str] = ("vendor demos during school hours",),
    resources: Iterable[Table] = (),
) -> str:
    """Marisol Alvarez's profile: principals working on chronic absenteeism, and no vendor demos in school hours."""
    user = {
        "name": "Marisol Alvarez",
        "email": "malvarez@lincoln-ms.example",
        "signature": "Marisol Alvarez\nPrincipal, Lincoln Middle School",
        "tone": "warm",
        "date_style": "us",
        "weekly_networking_hours": weekly_networking_hours,
        "time_zone": "America/Chicago",
        "own_domains": own_domains,
    }
    return profile_toml(user, goals, never=never, resources=resources)
