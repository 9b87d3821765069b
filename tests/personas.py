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
    date_style: str | None = "international",
    holidays: str | None = "GB-ENG",
    time_zone: str | None = "Europe/London",
    own_domains: Sequence[str] | None = ("penninefoods.co.uk",),
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
        "date_style": date_style,
        "weekly_networking_hours": 3,
        "holidays": holidays,
        "time_zone": time_zone,
        "own_domains": own_domains,
        "meeting_hours": meeting_hours,
    }
    return profile_toml(user, goals, providers=providers, never=never, resources=resources)


# A graduate asking the HR director for work: the job seeker the careers page (or the people who hire) answers.
HR_JOB_SEEKER = (
    "Hi Joanne,\n\nI've just finished my CIPD Level 5 and I'm looking for an HR assistant role in Manchester. Is "
    "Pennine Foods hiring at the moment? I'd be grateful for any advice.\n\nThanks,\nLuke Jennings\n"
)


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
# The trade goal as session 18's winemaker words it (no wine bars), and her distributor limited to her state.
WINE_LIST_AND_SHELF = varied(WINE_TRADE, targets=["restaurants", "wine shops", "sommeliers", "wine buyers"])
SONOMA_DISTRIBUTOR = ("wine distribution", "Sonoma Distributors (California)")


def winemaker_profile(
    *,
    signature: str = "Elena",
    tone: str | None = "warm",
    date_style: str | None = "us",
    weekly_networking_hours: int = 3,
    holidays: str | None = "US-CA",
    meeting_hours: Sequence[str] | None = ("Mon-Fri 10:00-16:00",),
    time_zone: str | None = "America/Los_Angeles",
    goals: Iterable[Table] = (WINE_TRADE, WINE_GROWERS, WINE_TASTINGS, WINE_RELEASE),
    providers: Iterable[tuple[str, str]] = (WINE_DISTRIBUTOR, ("label printing", "Redwood Label Co.")),
    never: Iterable[str] = ("free product for exposure", "pay-to-enter competitions over $200"),
) -> str:
    """Elena Marchetti's profile: trade clients, a growers' group, tastings to pour at and her new release."""
    user = {
        "name": "Elena Marchetti",
        "email": "elena@marchettivineyards.com",
        "signature": signature,
        "tone": tone,
        "date_style": date_style,
        "weekly_networking_hours": weekly_networking_hours,
        "holidays": holidays,
        "meeting_hours": meeting_hours,
        "time_zone": time_zone,
    }
    return profile_toml(user, goals, providers=providers, never=never)


# Elena as the session-18 tests write her: her trade goal alone, a distributor limited to her state, no hours.
SONOMA_WINEMAKER = winemaker_profile(
    holidays=None,
    meeting_hours=None,
    time_zone=None,
    goals=(WINE_LIST_AND_SHELF,),
    providers=(SONOMA_DISTRIBUTOR,),
    never=(),
)

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


# -- Marcus Delgado, VP of Sales at RouteWise, a freight-visibility SaaS in Austin (session 18) --------------------

SALES_MERIDIAN = goal(
    "meet_person",
    "Get to know Dana Whitfield, CRO of Meridian Freight, our top target account",
    ["Dana Whitfield", "Meridian Freight"],
    1,
)
SALES_LOGISTICS = goal(
    "find_clients",
    "Meet logistics and supply-chain leaders where they gather, without pitching",
    ["logistics", "supply chain", "freight", "shippers", "3PL", "transportation managers"],
    1,
)
SALES_PEERS = goal(
    "find_community",
    "A small peer group of revenue leaders (VPs of Sales, CROs) at B2B SaaS companies",
    ["revenue leaders", "VPs of Sales", "CROs", "sales leaders", "B2B SaaS"],
    2,
)
SALES_CRO_MENTOR = goal(
    "find_mentor",
    "A sitting CRO who has scaled a sales org past 50 reps",
    ["CRO", "Chief Revenue Officer", "scaling a sales team"],
    2,
)
SALES_STAGE = goal(
    "build_credibility",
    "Talks, panels and podcast interviews on hiring and ramping sales teams",
    ["sales hiring", "hiring SDRs", "sales team hiring", "sales conferences", "podcasts"],
    2,
)
SALES_COLD_CALLS = "quick 15-minute vendor calls from cold outreach"
SALES_NEVER = ("pay-to-play podcasts", "dinners paid by vendors")


def vp_sales_profile(
    *,
    meeting_hours: Sequence[str] | None = None,
    goals: Iterable[Table] = (SALES_MERIDIAN, SALES_LOGISTICS, SALES_PEERS, SALES_CRO_MENTOR, SALES_STAGE),
    providers: Iterable[tuple[str, str]] = (
        ("contact data", "ZoomInfo"),
        ("sales training", "Winning by Design"),
    ),
    never: Iterable[str] = SALES_NEVER,
    holidays: str | None = "US-TX",
) -> str:
    """Marcus Delgado's profile: a target account, logistics buyers, revenue-leader peers, a CRO mentor, a stage."""
    user = {
        "name": "Marcus Delgado",
        "email": "marcus@routewise.io",
        "signature": "Marcus",
        "tone": "brief",
        "date_style": "us",
        "weekly_networking_hours": 3,
        "holidays": holidays,
        "time_zone": "America/Chicago",
        "meeting_hours": meeting_hours,
    }
    return profile_toml(user, goals, providers=providers, never=never)


def to_vp_sales(path: Path, body: str, *, sender: str, subject: str, date: str) -> Path:
    """A mail to Marcus, saved at `path`."""
    return eml(path, body, sender=sender, subject=subject, date=date, to="marcus@routewise.io")


# -- Dr. Priya Raman, a family physician who owns a small practice in Toronto (session 18) -------------------------

PHYSICIAN_MENTOR = goal(
    "find_mentor",
    "A mentor in practice management: an experienced physician who has owned and run a clinic for years",
    ["clinic owners", "practice owners", "practice management"],
    1,
)
PHYSICIAN_CME = goal(
    "build_credibility",
    "Speak at continuing medical education (CME) events on primary care and practice management",
    ["CME events", "family medicine conferences", "grand rounds"],
    2,
)
PHYSICIAN_PARKDALE = goal(
    "help_client",
    "Help Parkdale Community Health Centre find a part-time physician lead and funding for its diabetes clinic",
    ["Parkdale Community Health Centre", "community health centres", "diabetes programs"],
    2,
)
PHYSICIAN_OWNERS = goal(
    "find_community",
    "A like-minded group of physician-owners of small independent practices",
    ["physician-owners", "independent family practices", "small practice owners"],
    3,
)
PHYSICIAN_OKAFOR = goal(
    "meet_person",
    "Meet Dr. Helen Okafor, chief of family medicine at St. Brendan's Hospital",
    ["Dr. Helen Okafor", "St. Brendan's Hospital"],
    1,
)


def physician_profile(
    *,
    weekly_networking_hours: int = 3,
    goals: Iterable[Table] = (PHYSICIAN_MENTOR, PHYSICIAN_CME, PHYSICIAN_PARKDALE),
    never: Iterable[str] = (),
) -> str:
    """Dr. Priya Raman's profile: a practice-management mentor, CME talks, and a community health centre to help."""
    user = {
        "name": "Priya Raman",
        "email": "priya@ramanfamilymedicine.ca",
        "signature": "Priya",
        "weekly_networking_hours": weekly_networking_hours,
        "date_style": "us",
        "meeting_hours": ["Mon-Fri 12:30-13:30", "Tue,Thu 17:30-19:00"],
        "time_zone": "America/Toronto",
    }
    return profile_toml(user, goals, never=never)


def to_physician(path: Path, body: str, *, sender: str, subject: str, date: str) -> Path:
    """A mail to Dr. Raman, saved at `path`."""
    return eml(path, body, sender=sender, subject=subject, date=date, to="priya@ramanfamilymedicine.ca")


# -- Renata Okafor, executive director of the Lakeshore Food Network, a Chicago food bank (session 18) -------------

FOOD_BANK_PARTNERS = goal(
    "find_clients",
    "Corporate partners and major donors: relationships with companies and philanthropists that lead to giving,"
    " without pitching",
    [
        "corporate partners",
        "corporate giving",
        "major donors",
        "community investment",
        "employee giving",
        "foundations",
        "philanthropists",
        "CSR",
    ],
    1,
)
FOOD_BANK_DENISE = goal(
    "meet_person",
    "Get to know Denise Kowalczyk, head of community investment at Fairway Fresh Markets",
    ["Denise Kowalczyk", "Fairway Fresh Markets"],
    1,
)
FOOD_BANK_DRIVE = goal(
    "amplify_campaign",
    "Amplify our Giving Tuesday and winter food-drive campaign on social media",
    ["Giving Tuesday", "winter food drive", "#FeedChicagoWinter", "food drive"],
    1,
)
FOOD_BANK_STAGE = goal(
    "build_credibility",
    "Speak at philanthropy and food-security conferences",
    [
        "food security",
        "food insecurity",
        "philanthropy conferences",
        "hunger relief",
        "nonprofit conferences",
        "food banks",
    ],
    2,
)
FOOD_BANK_PEERS = goal(
    "find_community",
    "A small peer group of nonprofit executive directors",
    ["nonprofit executive directors", "nonprofit leaders", "executive directors", "EDs"],
    2,
)
FOOD_BANK_GOALS = (FOOD_BANK_PARTNERS, FOOD_BANK_DENISE, FOOD_BANK_DRIVE, FOOD_BANK_STAGE, FOOD_BANK_PEERS)
FOOD_BANK_NEVER = ("paying to speak", "buying gala tables")
FOOD_BANK_RESOURCES = (
    resource(
        "How to run a workplace food drive",
        "A two-page guide for companies: setting a goal, collection bins, virtual food drives and matching gifts",
        "https://lakeshorefood.org/workplace-food-drive",
        "companies and teams that want to run a workplace food drive",
    ),
    resource(
        "Volunteer sign-up",
        "Our volunteer calendar for warehouse sorting shifts and mobile pantries",
        "https://lakeshorefood.org/volunteer",
        "groups and individuals who want to volunteer",
    ),
)
FOOD_BANK_ANSWERS = (
    answer(
        ["volunteer", "volunteers", "volunteering", "shifts"],
        "Groups of up to 25 can sort at our Pilsen warehouse on weekday mornings; the sign-up is at"
        " https://lakeshorefood.org/volunteer.",
    ),
    answer(
        ["tax receipt", "tax-deductible", "EIN", "501(c)(3)"],
        "We're a 501(c)(3); every gift gets a tax receipt from us within a week.",
    ),
)


FOOD_BANK_PROVIDERS = (
    ("donor CRM", "Bloomerang"),
    ("audit", "Harmon & Vance CPAs (our auditor)"),
    ("grant writing", "Lydia Marsh, our grant writer"),
)
# Her [user] table as a shorter profile has it: signed "Renata", no tone, holidays or own domains.
FOOD_BANK_SHORT_USER = {"signature": "Renata", "tone": None, "holidays": None, "own_domains": None}


def food_bank_director_profile(
    *,
    goals: Iterable[Table] = FOOD_BANK_GOALS,
    never: Iterable[str] = (),
    providers: Iterable[tuple[str, str]] = FOOD_BANK_PROVIDERS,
    resources: Iterable[Table] = FOOD_BANK_RESOURCES,
    answers: Iterable[Table] = FOOD_BANK_ANSWERS,
    **user: Any,
) -> str:
    """Renata Okafor's profile: corporate partners and donors, one person to meet, a food drive, a stage, peers
    (a [user] field given by keyword replaces hers; None leaves it out)."""
    fields = {
        "name": "Renata Okafor",
        "email": "renata@lakeshorefood.org",
        "signature": "Renata Okafor\nExecutive Director, Lakeshore Food Network\n(312) 555-0184",
        "tone": "warm",
        "date_style": "us",
        "weekly_networking_hours": 4,
        "holidays": "US-IL",
        "time_zone": "America/Chicago",
        "own_domains": ["lakeshorefood.org"],
        **user,
    }
    return profile_toml(fields, goals, providers=providers, never=never, resources=resources, answers=answers)


def to_food_bank_director(path: Path, body: str, *, sender: str, subject: str, date: str) -> Path:
    """A mail to Renata, saved at `path`."""
    return eml(path, body, sender=sender, subject=subject, date=date, to="renata@lakeshorefood.org")


# -- Hannah Okafor, technology editor at The Chronicle in London, whose first book is out in 2027 (session 19) ------

EDITOR_SOURCES = goal(
    "meet_person",
    "Meet sources for the fintech and regulation beat",
    ["Tomasz Wierzbicki", "Lumen Pay", "Adaeze Nwosu"],
    1,
)
EDITOR_STAGE = goal(
    "build_credibility",
    "Speak on panels and at festivals about technology, AI and the book",
    ["literary festivals", "technology panels", "journalism conferences"],
    2,
)
EDITOR_BOOK = goal(
    "amplify_campaign",
    "Amplify the launch of my book The Quiet Machine in March 2027 (a social campaign)",
    ["The Quiet Machine", "book launch"],
    3,
)
EDITOR_NEVER = (
    "press trips or hospitality paid by companies I cover",
    "paying to appear on panels or in awards",
)
EDITOR_PUBLICIST = ("book publicity", "Rachel Dunn at Harbour PR")


def editor_profile(
    *,
    goals: Iterable[Table] = (EDITOR_SOURCES, EDITOR_STAGE),
    providers: Iterable[tuple[str, str]] = (),
    resources: Iterable[Table] = (),
) -> str:
    """Hannah Okafor's profile: sources for her beat, panels and festivals, and two never-rules of a journalist."""
    user = {
        "name": "Hannah Okafor",
        "email": "hannah.okafor@thechronicle.co.uk",
        "signature": "Hannah",
        "weekly_networking_hours": 3,
        "date_style": "international",
        "meeting_hours": ["Mon-Fri 08:30-10:00", "Tue,Thu 17:30-19:30"],
        "time_zone": "Europe/London",
    }
    return profile_toml(user, goals, providers=providers, never=EDITOR_NEVER, resources=resources)


def to_editor(path: Path, body: str, *, sender: str, subject: str, date: str) -> Path:
    """A mail to Hannah, saved at `path`."""
    return eml(path, body, sender=sender, subject=subject, date=date, to="hannah.okafor@thechronicle.co.uk")


HANNAH = editor_profile()


# -- Lena Vogt, founder of Thermora, a 12-person Berlin heat-pump controller startup raising a seed round (session 19)

FOUNDER_INVESTORS = goal(
    "meet_person",
    "Meet the two investors I most want in our seed round",
    ["Katrin Hoffmann", "Nordwind Climate Ventures", "Jonas Albrecht"],
    1,
)
FOUNDER_CUSTOMERS = goal(
    "find_clients",
    "Design-partner customers for our heat-pump controllers: housing co-ops and utilities",
    ["housing co-ops", "utilities", "Stadtwerke"],
    1,
)
FOUNDER_STAGE = goal(
    "build_credibility",
    "Speak at climate and energy events",
    ["energy events", "heat pumps", "energy transition"],
    2,
)
FOUNDER_GOALS = (FOUNDER_INVESTORS, FOUNDER_CUSTOMERS)
FOUNDER_NEVER = (
    "paying to pitch at demo days",
    "investor-matching services that charge fees",
    "calls before 09:00",
)


def founder_profile(*, goals: Iterable[Table] = FOUNDER_GOALS, answers: Iterable[Table] = ()) -> str:
    """Lena Vogt's profile: two investors to meet, design-partner customers, her PR freelancer, three never-rules."""
    user = {
        "name": "Lena Vogt",
        "email": "lena@thermora.de",
        "signature": "Lena",
        "tone": "warm",
        "weekly_networking_hours": 4,
        "time_zone": "Europe/Berlin",
        "holidays": "DE-BE",
    }
    providers = (("PR and press relations", "Mia Krüger (freelance PR)"),)
    return profile_toml(user, goals, providers=providers, never=FOUNDER_NEVER, answers=answers)


def to_founder(path: Path, body: str, *, sender: str, subject: str, date: str) -> Path:
    """A mail to Lena, saved at `path`."""
    return eml(path, body, sender=sender, subject=subject, date=date, to="lena@thermora.de")


FOUNDER = founder_profile()


# -- Priya Raman, an independent financial adviser in Sydney (session 19) ---------------------------------------------

ADVISER_REFERRALS = goal(
    "find_clients",
    "New clients through referral partners who refer clients needing retirement advice",
    ["accountants", "estate lawyers"],
    1,
)
ADVISER_SEMINARS = goal(
    "build_credibility",
    "Speak at retirement and superannuation seminars",
    ["retirement seminars", "superannuation", "pre-retirees"],
    2,
)


def adviser_profile(
    *, referrers: Sequence[str] = ("accountants", "estate lawyers"), never: Iterable[str] = ()
) -> str:
    """Priya Raman's (the adviser's) profile: referral partners who send clients needing retirement advice (`referrers`
    her goal names), seminars, her accountant and paraplanner."""
    user = {
        "name": "Priya Raman",
        "email": "priya@ramanwealth.com.au",
        "signature": "Priya Raman\nPrincipal Adviser, Raman Wealth Partners",
        "tone": "warm",
        "date_style": "international",
        "weekly_networking_hours": 3,
        "time_zone": "Australia/Sydney",
        "meeting_hours": "Mon-Fri 07:30-17:30",
    }
    goals = (varied(ADVISER_REFERRALS, targets=list(referrers)), ADVISER_SEMINARS)
    providers = (("accounting", "Tom Becker, Becker & Co Accountants"), ("paraplanning", "ParaPlan Co"))
    return profile_toml(user, goals, providers=providers, never=never)


def to_adviser(path: Path, body: str, *, sender: str, subject: str, date: str) -> Path:
    """A mail to Priya the adviser, saved at `path`."""
    return eml(
        path, body, sender=sender, subject=subject, date=date, to="Priya Raman <priya@ramanwealth.com.au>"
    )


ADVISER = adviser_profile()


# -- Amara Osei, final-year PhD candidate in battery electrolytes at the University of Toronto (session 20) --------

PHD_MENTOR = goal(
    "find_mentor",
    "A mentor in industry battery R&D, ideally a scientist working on electrolytes",
    ["Dr. Lena Fischer", "Northvolt", "battery R&D", "electrolyte scientists"],
    1,
)
PHD_PEERS = goal(
    "find_community",
    "A group of like-minded early-career battery researchers",
    ["early-career battery researchers", "electrochemistry students", "battery researchers"],
    2,
)
PHD_TALKS = goal(
    "build_credibility",
    "Present my electrolyte work as a poster or talk at a real conference",
    ["Electrochemical Society meeting", "battery conferences", "electrolyte research talks"],
    2,
)
PHD_NEXT_ROLE = goal(
    "custom",
    "Land a postdoc or an industry role in battery research after my PhD",
    ["postdoc in battery research", "battery scientist role", "electrolyte research jobs"],
    1,
)
PHD_NEVER = (
    "paying to publish or to present (predatory journals and conferences)",
    "unpaid consulting calls for expert networks",
    "recruiter calls before a written job description",
)


def phd_profile(
    *,
    goals: Iterable[Table] = (PHD_MENTOR, PHD_PEERS, PHD_TALKS, PHD_NEXT_ROLE),
    never: Iterable[str] = PHD_NEVER,
) -> str:
    """Amara Osei's profile: an industry mentor, early-career peers, conference talks and her next role; a career
    coach at the university; no paying to publish, no unpaid expert-network calls, no recruiter call before a
    written job description."""
    user = {
        "name": "Amara Osei",
        "email": "amara.osei@mail.utoronto.ca",
        "signature": "Amara Osei\nPhD Candidate, Materials Science & Engineering, University of Toronto",
        "tone": "warm",
        "date_style": "international",
        "weekly_networking_hours": 3,
        "time_zone": "America/Toronto",
        "meeting_hours": ["Mon-Fri 09:30-12:00", "Mon-Fri 14:00-17:00"],
        "own_domains": ["utoronto.ca"],
    }
    providers = (("career coaching", "Jenna Morales, University of Toronto Career Exploration & Education"),)
    return profile_toml(user, goals, providers=providers, never=never)


def to_phd(path: Path, body: str, *, sender: str, subject: str, date: str) -> Path:
    """A mail to Amara, saved at `path`."""
    return eml(
        path, body, sender=sender, subject=subject, date=date, to="Amara Osei <amara.osei@mail.utoronto.ca>"
    )


# -- Rosa Delgado, owner of an independent bicycle shop and repair workshop in Portland, Oregon (session 20) -------

SHOP_SCHOOL = goal(
    "help_client",
    "Help Abernethy Elementary's bike-to-school programme: free tune-ups, safety checks and bike-rodeo days",
    ["Abernethy Elementary", "bike to school", "safe routes to school"],
    1,
)
SHOP_CLINIC = goal(
    "amplify_campaign",
    "Spread the word about our winter safe-cycling repair clinic (free lights and brake checks, Sundays in December)",
    ["safe cycling", "winter cycling", "bike lights", "repair clinic"],
    1,
)
SHOP_STREET = goal(
    "find_community",
    "Get to know the other independent retailers on Division Street",
    ["independent retailers", "neighbourhood business association"],
    2,
)
SHOP_FLEETS = goal(
    "find_clients",
    "Bike commuters and local companies with bike fleets that need maintenance (no pitching)",
    ["bike commuters", "bike fleet", "fleet maintenance", "cargo bikes"],
    2,
)
SHOP_GOALS = (SHOP_SCHOOL, SHOP_CLINIC, SHOP_STREET, SHOP_FLEETS)
SHOP_NEVER = (
    "paid directory or featured business listings",
    "sponsoring events just for logo placement",
    "meetings during shop hours (Tuesday-Saturday 10:00-18:00)",
)


SHOP_HOURS = answer(["hours", "open"], "We're open Tuesday to Saturday, 10 to 6, closed Sunday and Monday.")


def shop_profile(
    *,
    goals: Iterable[Table] = SHOP_GOALS,
    never: Iterable[str] = SHOP_NEVER,
    answers: Iterable[Table] = (SHOP_HOURS,),
) -> str:
    """Rosa Delgado's profile: a school, a winter clinic, her street's shops and fleet clients; in the shop Tue-Sat
    10:00-18:00, so she meets early mornings and Sundays."""
    user = {
        "name": "Rosa Delgado",
        "email": "rosa@spokeandchain.bike",
        "signature": "Rosa",
        "tone": "warm",
        "date_style": "us",
        "weekly_networking_hours": 2,
        "meeting_hours": ["Tue-Sat 07:30-09:30", "Sun 09:00-16:00"],
        "time_zone": "America/Los_Angeles",
    }
    providers = (
        ("point of sale", "Lightspeed"),
        ("bookkeeping", "Jen Okafor"),
        ("banking", "Umpqua Bank"),
        ("payment processing", "Lightspeed Payments"),
        ("parts distributor", "Quality Bicycle Products"),
    )
    return profile_toml(user, goals, providers=providers, never=never, answers=answers)


def to_rosa(
    path: Path, body: str, *, sender: str, subject: str, date: str = "Wed, 25 Nov 2026 12:30:00 -0800"
) -> Path:
    """A mail to Rosa, saved at `path`."""
    return eml(path, body, sender=sender, subject=subject, date=date, to="rosa@spokeandchain.bike")


SHOP = shop_profile()


# -- Tiago Marques, a freelance UX/product designer in Lisbon working for UK and US clients (session 20) ----------

UX_CLIENTS = goal(
    "find_clients",
    "Start-ups and scale-ups in fintech and health that need senior UX/product design, found through referrals and "
    "introductions, not pitching",
    [
        "fintech start-ups",
        "health tech start-ups",
        "scale-ups",
        "product teams",
        "founders",
        "digital health",
    ],
    1,
)
UX_TALKS = goal(
    "build_credibility",
    "Speak at design meetups and give a conference talk on accessible product design",
    ["design meetups", "UX conferences", "product design conferences", "accessibility", "design podcasts"],
    2,
)
UX_PEERS = goal(
    "find_community",
    "A like-minded group of independent designers to share work, rates and referrals",
    ["independent designers", "freelance designers", "design community", "design collective"],
    2,
)
UX_CHECKLIST = goal(
    "amplify_campaign",
    "Spread my free accessibility-audit checklist for product teams",
    ["accessibility-audit checklist", "accessibility audit", "a11y", "#A11yChecklist"],
    3,
)
UX_NEVER = (
    "spec work or unpaid design tests",
    "white-label subcontracting for agencies below my day rate",
    "calls after 19:00",
)


# Tiago's answer on his rate, as his profile's [[answers]] state it.
UX_RATE = {
    "about": ["rate", "day rate", "charge", "price", "fee"],
    "answer": "My day rate is EUR 650 (GBP 560 / USD 700); most engagements are a 2-6 week block or a monthly retainer.",
}


def ux_designer_profile(*, never: Iterable[str] = UX_NEVER, answers: Iterable[Table] = ()) -> str:
    """Tiago Marques's profile: clients in fintech and health by referral, talks, a peer group of independent
    designers, his free accessibility-audit checklist; an accountant, Webflow and an invoicing tool."""
    user = {
        "name": "Tiago Marques",
        "email": "tiago@marques.design",
        "signature": "Tiago",
        "tone": "warm",
        "date_style": "international",
        "weekly_networking_hours": 4,
        "time_zone": "Europe/Lisbon",
        "meeting_hours": ["Mon-Fri 09:30-12:30", "Mon-Fri 14:00-18:30"],
    }
    providers = (
        ("accounting", "Sofia Ramos, Ramos Contabilidade"),
        ("website platform", "Webflow"),
        ("invoicing", "InvoiceNinja"),
    )
    checklist = resource(
        "Accessibility-audit checklist for product teams",
        "A free 40-point checklist to audit a web or mobile product for accessibility (WCAG 2.2 AA)",
        "https://marques.design/a11y-checklist",
        "product teams and founders checking their product's accessibility",
    )
    goals = (UX_CLIENTS, UX_TALKS, UX_PEERS, UX_CHECKLIST)
    return profile_toml(
        user, goals, providers=providers, never=never, resources=(checklist,), answers=answers
    )


def to_ux_designer(path: Path, body: str, *, sender: str, subject: str, date: str) -> Path:
    """A mail to Tiago the designer, saved at `path`."""
    return eml(
        path, body, sender=sender, subject=subject, date=date, to="Tiago Marques <tiago@marques.design>"
    )


# -- Jonah Reyes, an independent jazz pianist and composer in Chicago (the twentieth session's persona review) ------

MUSIC_FESTIVAL = goal(
    "meet_person",
    "Meet Renata Okafor, artistic programmer of the Lakeshore Jazz Festival",
    ["Renata Okafor", "Lakeshore Jazz Festival"],
    1,
)
MUSIC_CLIENTS = goal(
    "find_clients",
    "Private piano students and paid corporate/private event bookings, found through people, not pitches",
    ["private piano students", "jazz piano lessons", "corporate events", "private events"],
    1,
)
MUSIC_TALKS = goal(
    "build_credibility",
    "Teach a masterclass or sit on a panel at a music school",
    ["masterclass", "music school", "conservatory", "jazz panel"],
    2,
)
MUSIC_PEERS = goal(
    "find_community",
    "A composers' collective of like-minded jazz and new-music composers",
    ["composers collective", "jazz composers", "new music composers"],
    2,
)
MUSIC_NEVER = (
    "pay-to-play gigs (ticket buy-ons, showcase slots that charge the artist)",
    "unpaid corporate gigs for exposure",
    "paid playlist placement services",
)


def music_profile(*, never: Iterable[str] = MUSIC_NEVER) -> str:
    """Jonah Reyes's profile: the festival programmer he wants to meet, students and paid bookings, a masterclass
    or a panel, a composers' collective; a booking agent, an accountant, DistroKid; no pay-to-play, no unpaid
    corporate gigs, no paid playlist placement."""
    user = {
        "name": "Jonah Reyes",
        "email": "jonah@jonahreyesmusic.com",
        "signature": "Jonah Reyes\nPianist & composer | jonahreyesmusic.com",
        "tone": "warm",
        "date_style": "us",
        "weekly_networking_hours": 3,
        "time_zone": "America/Chicago",
        "meeting_hours": ["Mon-Fri 09:30-14:00"],
    }
    providers = (
        ("booking agent", "Dana Whitfield, Northside Artists"),
        ("accounting", "Marcus Lee, CPA"),
        ("music distribution", "DistroKid"),
    )
    goals = (MUSIC_FESTIVAL, MUSIC_CLIENTS, MUSIC_TALKS, MUSIC_PEERS)
    return profile_toml(user, goals, providers=providers, never=never)


def to_jonah(
    path: Path, body: str, *, sender: str, subject: str, date: str = "Tue, 10 Nov 2026 13:40:00 -0600"
) -> Path:
    """A mail to Jonah, saved at `path`."""
    return eml(
        path, body, sender=sender, subject=subject, date=date, to="Jonah Reyes <jonah@jonahreyesmusic.com>"
    )


def dm_to_jonah(
    path: Path, body: str, *, sender: str, subject: str, date: str = "Fri, 27 Nov 2026 21:02:00 -0600"
) -> Path:
    """A DM or a text message to Jonah as pasted into kindly ("From: Marcus Bell (Instagram @marcusbell.keys)",
    "Subject: Text message"), saved at `path`."""
    path.write_text(f"From: {sender}\nSubject: {subject}\nDate: {date}\n\n{body}\n")
    return path


def invite_to_jonah(
    path: Path,
    *,
    summary: str,
    organizer: str,
    location: str = "",
    description: str = "",
    start: str = "20261203T130000",
) -> Path:
    """A calendar invitation (METHOD:REQUEST) to Jonah, from `organizer` ("Theo Banks <theo@...>"), at `start` in
    Chicago time for three hours, saved at `path`."""
    name, _, address = organizer.partition(" <")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        f"UID:{''.join(c for c in summary.lower() if c.isalnum())[:40]}-{start}@calendar.example",
        "DTSTAMP:20261125T180000Z",
        f"DTSTART;TZID=America/Chicago:{start}",
        "DURATION:PT3H",
        f"SUMMARY:{summary}",
        *([f"LOCATION:{location}"] if location else []),
        *([f"DESCRIPTION:{description}"] if description else []),
        f"ORGANIZER;CN={name}:mailto:{address.rstrip('>')}",
        "ATTENDEE;CN=Jonah Reyes;RSVP=TRUE:mailto:jonah@jonahreyesmusic.com",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
    path.write_text("\r\n".join(lines))
    return path


# -- Priya Natarajan, maintainer of the open-source data-validation library Valora, in Berlin (session 21) -------

OSS_GRANTS_LEAD = goal(
    "meet_person",
    "Meet Helen Okafor, grants lead at the Commons Software Foundation, about a maintainer grant for Valora",
    ["Helen Okafor", "Commons Software Foundation"],
    1,
)
OSS_CLIENTS = goal(
    "find_clients",
    "Companies that would pay for a Valora support contract or sponsor the project",
    ["support contract", "commercial support", "sponsor Valora", "companies using Valora in production"],
    2,
)
OSS_TALKS = goal(
    "build_credibility",
    "Talks and keynotes at PyCon and EuroPython, and Python podcasts",
    ["PyCon", "EuroPython", "Python conferences", "Python podcasts"],
    3,
)
OSS_COLLECTIVE = goal(
    "find_community",
    "A collective of like-minded open-source maintainers",
    ["maintainers collective", "open-source maintainers", "maintainers meetup"],
    4,
)
OSS_NEVER = (
    "unpaid consulting for companies",
    "conference speaker packages I have to pay for",
    "NDAs before a first call",
    "recruiter calls without a salary range",
)


def oss_profile(
    *,
    goals: Iterable[Table] = (OSS_GRANTS_LEAD, OSS_CLIENTS, OSS_TALKS, OSS_COLLECTIVE),
    never: Iterable[str] = OSS_NEVER,
) -> str:
    """Priya Natarajan's profile: a foundation's grants lead, companies that pay for support, PyCon/EuroPython talks,
    a maintainers' collective; a licensing lawyer, a fiscal host and an accountant; two hours a week, Tuesday and
    Thursday afternoons in Berlin."""
    user = {
        "name": "Priya Natarajan",
        "email": "priya@valora.dev",
        "signature": "Priya",
        "tone": "warm",
        "date_style": "international",
        "weekly_networking_hours": 2,
        "time_zone": "Europe/Berlin",
        "meeting_hours": ["Tue,Thu 16:00-18:00"],
    }
    providers = (
        ("licensing lawyer", "Dr. Jana Weiss, Weiss IT-Recht"),
        ("fiscal host", "Open Collective Europe"),
        ("accountant", "Markus Brandt, Steuerbüro Brandt"),
    )
    answers = (
        answer(
            ["support contract", "SLA", "pricing"],
            "Support contracts start at EUR 1,500 a month, with a two-business-day response time.",
        ),
    )
    return profile_toml(user, goals, providers=providers, never=never, answers=answers)


def to_priya(
    path: Path, body: str, *, sender: str, subject: str, date: str = "Wed, 25 Nov 2026 10:00:00 +0100"
) -> Path:
    """A mail to Priya, saved at `path`."""
    return eml(path, body, sender=sender, subject=subject, date=date, to="Priya Natarajan <priya@valora.dev>")


# -- Marcus Oyelaran, partner at a three-person pre-seed climate fund in London (session 21) --------------------

VC_DEAL_FLOW = goal(
    "custom",
    "Meet climate-tech founders raising pre-seed (deal flow)",
    ["climate-tech founders", "climate tech", "pre-seed", "decarbonisation start-ups", "carbon removal"],
    1,
)
VC_PORTFOLIO = goal(
    "help_client",
    "Find a fractional CFO and a first enterprise customer for Tidewell, a portfolio company (grid battery analytics)",
    ["Tidewell", "fractional CFO", "enterprise customer", "utilities", "energy retailers"],
    1,
)
VC_LP = goal(
    "meet_person",
    "Get to know Helena Vautrin, head of the Vautrin family office, a possible LP",
    ["Helena Vautrin", "Vautrin Family Office"],
    1,
)
VC_PANELS = goal(
    "build_credibility", "Speak on panels at climate-tech events", ["climate-tech events", "panels"], 2
)
VC_NEVER = ("paid investor matchmaking events", "crypto token deals", "intro calls without a deck first")


def vc_partner_profile(
    *,
    goals: Iterable[Table] = (VC_DEAL_FLOW, VC_PORTFOLIO, VC_LP, VC_PANELS),
    never: Iterable[str] = VC_NEVER,
) -> str:
    """Marcus Oyelaran's profile: founders raising pre-seed are his work (a goal of his own kind, not "clients"),
    his portfolio company's CFO and first customer, a family-office head who could be an LP, panels; a fund
    administrator, a law firm and a CRM; no paid matchmaking, no token deals, no intro call without a deck."""
    user = {
        "name": "Marcus Oyelaran",
        "email": "marcus@ashgrove.vc",
        "signature": "Marcus",
        "tone": "warm",
        "date_style": "international",
        "weekly_networking_hours": 4,
        "time_zone": "Europe/London",
        "meeting_hours": ["Mon-Fri 09:30-12:30", "Mon-Fri 14:00-17:30"],
    }
    providers = (
        ("fund administration", "Carrow Fund Services"),
        ("legal", "Brightlaw LLP"),
        ("CRM", "Affinity"),
    )
    return profile_toml(user, goals, providers=providers, never=never)


def to_marcus(
    path: Path, body: str, *, sender: str, subject: str, date: str = "Mon, 30 Nov 2026 09:00:00 +0000"
) -> Path:
    """A mail to Marcus, saved at `path`."""
    return eml(
        path, body, sender=sender, subject=subject, date=date, to="Marcus Oyelaran <marcus@ashgrove.vc>"
    )


# -- Lucía Herrera, a bilingual (English/Spanish) solo immigration lawyer in Miami (session 21) ----------------

LAWYER_REFERRALS = goal(
    "find_clients",
    "Referrals from community organisations, churches and employers who sponsor visas",
    [
        "community organisations",
        "churches",
        "employers who sponsor visas",
        "HR managers",
        "immigrant families",
    ],
    1,
)
LAWYER_SPEAKING = goal(
    "build_credibility",
    "Speak about immigration at community centres and on Spanish-language radio",
    ["community centres", "Spanish-language radio", "radio", "know-your-rights workshops"],
    2,
)
LAWYER_SECTION = goal(
    "find_community",
    "Be active in the bar association's immigration section",
    ["immigration section", "Dade County Bar Association", "immigration lawyers"],
    3,
)
LAWYER_CONSULTATION = answer(
    ["consultation", "fee", "cost"],
    "My initial consultation is $150 for an hour, in person or by video, in English or Spanish.",
)


def immigration_lawyer_profile(
    *,
    goals: Iterable[Table] = (LAWYER_REFERRALS, LAWYER_SPEAKING, LAWYER_SECTION),
    never: Iterable[str] = ("paid lead generation", "free legal advice by e-mail", "paid directory listings"),
    answers: Iterable[Table] = (LAWYER_CONSULTATION,),
) -> str:
    """Lucía Herrera's profile: about a third of her mail is in Spanish; she meets early mornings and at lunch."""
    user = {
        "name": "Lucía Herrera",
        "email": "lucia@herreraimmigration.com",
        "signature": "Lucía Herrera",
        "tone": "warm",
        "date_style": "us",
        "weekly_networking_hours": 3,
        "time_zone": "America/New_York",
        "meeting_hours": ["Mon-Fri 08:00-09:30", "Tue,Thu 12:00-13:30"],
    }
    providers = [("marketing agency", "Brisa Marketing"), ("certified translation", "Marta Quintero")]
    return profile_toml(user, goals, providers=providers, never=never, answers=answers)


# -- Margaret (Maggie) Lindqvist, a retired public-company CFO in Toronto who sits on two boards (session 22) -----

DIRECTOR_SEAT = goal(
    "find_clients",
    "One more independent-director seat on the board of a mid-size TSX-listed company, ideally chairing or sitting"
    " on the audit committee",
    ["board searches", "independent director", "TSX-listed companies", "audit committee chair", "board seat"],
    1,
)
DIRECTOR_MENTORING = goal(
    "custom",
    "Mentor women moving into finance leadership roles (VP Finance, CFO)",
    ["Women in Capital Markets", "women in finance", "aspiring CFOs", "mentorship programme"],
    2,
)
DIRECTOR_SPEAKING = goal(
    "build_credibility",
    "Speak on audit-committee governance at serious director and accounting conferences",
    [
        "Institute of Corporate Directors",
        "ICD",
        "CPA Canada",
        "audit committee governance",
        "director education",
    ],
    2,
)
DIRECTOR_FOUNDATION = goal(
    "help_client",
    "Riverdale Hospital Foundation (I chair its board): major donors for the cardiac wing campaign and a new CEO",
    ["Riverdale Hospital Foundation", "major donors", "cardiac wing campaign", "CEO search"],
    1,
)


def director_profile(
    *, goals: Iterable[Table] = (DIRECTOR_SEAT, DIRECTOR_MENTORING, DIRECTOR_SPEAKING, DIRECTOR_FOUNDATION)
) -> str:
    """Maggie Lindqvist's profile: formal, meets 10:00-17:00 on weekdays, never pays to join, list or speak."""
    user = {
        "name": "Margaret Lindqvist",
        "email": "maggie@lindqvist.ca",
        "signature": "Maggie Lindqvist",
        "tone": "formal",
        "date_style": "us",
        "weekly_networking_hours": 5,
        "time_zone": "America/Toronto",
        "meeting_hours": "Mon-Fri 10:00-17:00",
    }
    providers = (
        ("executive search", "Catherine Ng, Dunmore Partners"),
        ("legal", "Jonathan Reyes, Farris Bell LLP"),
        ("wealth management", "David Osei, Harbourfront Private Wealth"),
        ("speaker bureau", "Anita Roy, Northern Lights Speakers"),
    )
    never = (
        "paid advisory boards that charge a fee to join",
        "vanity awards or Who's Who listings",
        "pay-to-speak",
        "calls before 10:00",
        "paid expert-network calls",
    )
    resources = (
        resource(
            "Women in Capital Markets mentorship programme",
            "The WCM programme I mentor through; mentees apply each January",
            "https://wcm.ca/mentorship",
            "women in finance looking for a mentor",
        ),
    )
    return profile_toml(user, goals, providers=providers, never=never, resources=resources)


# Lucía's answer about her consultation in her own Spanish too, for a yes kindly writes in Spanish (session 22)
LAWYER_CONSULTATION_IN_SPANISH = (
    "Mi consulta inicial cuesta $150 por una hora, en persona o por video, en inglés o en español."
)


def bilingual_lawyer_profile(**kwargs: Any) -> str:
    """Lucía Herrera's profile whose answer about her consultation is also written in Spanish (answer_in.es)."""
    spanish = json.dumps(LAWYER_CONSULTATION_IN_SPANISH, ensure_ascii=False)
    return (
        immigration_lawyer_profile(answers=(), **kwargs)
        + '\n[[answers]]\nabout = ["consultation", "fee", "cost"]\n'
        + f"answer = {json.dumps(LAWYER_CONSULTATION['answer'])}\n"
        + f"answer_in = {{ es = {spanish} }}\n"
    )


# -- Tom Ashworth, founder of a 6-person brand and web-design studio in Manchester (session 22) ----------------

AGENCY_CLIENTS = goal(
    "find_clients",
    "B2B SaaS scale-ups and university spin-outs that need a brand identity or a new website",
    [
        "B2B SaaS",
        "SaaS scale-ups",
        "university spin-outs",
        "spin-outs",
        "rebrand",
        "brand identity",
        "website redesign",
    ],
    1,
)
AGENCY_PEERS = goal(
    "find_community",
    "A like-minded group of independent agency owners to share what works",
    ["independent agency owners", "agency owners", "studio owners", "Northern Agency Collective"],
    2,
)
AGENCY_SPEAKING = goal(
    "build_credibility",
    "Speak at design meetups and at the Northern Design Summit",
    ["design meetups", "Northern Design Summit", "brand strategy", "design systems", "podcasts"],
    2,
)
AGENCY_FINTECH_CLIENT = goal(
    "help_client",
    "Find a payments partner and a fintech copywriter for Finch Ledger (our fintech client)",
    ["Finch Ledger", "payments partner", "payment providers", "fintech copywriter"],
    2,
)
AGENCY_AUDIT_TOOL = goal(
    "amplify_campaign",
    "Get the launch of our free Brand Audit tool in front of founders",
    ["Brand Audit tool", "#FreeBrandAudit", "brand audit"],
    3,
)


def agency_profile(
    *,
    goals: Iterable[Table] = (
        AGENCY_CLIENTS,
        AGENCY_PEERS,
        AGENCY_SPEAKING,
        AGENCY_FINTECH_CLIENT,
        AGENCY_AUDIT_TOOL,
    ),
    never: Iterable[str] = (
        "free spec work or unpaid pitches",
        "white-label work for offshore resellers",
        "calls on Fridays",
        "paid award entries",
    ),
    meeting_hours: str | Sequence[str] | None = "Mon-Thu 09:30-17:30",
) -> str:
    """Tom Ashworth's profile: clients from SaaS scale-ups and spin-outs, a peer group, talks, a fintech client's
    payments partner and copywriter, the launch of a free tool; no calls on Fridays (his studio's day)."""
    user = {
        "name": "Tom Ashworth",
        "email": "tom@ashworthvale.co.uk",
        "signature": "Tom Ashworth\nFounder, Ashworth & Vale",
        "tone": "warm",
        "date_style": "international",
        "weekly_networking_hours": 4,
        "time_zone": "Europe/London",
        "meeting_hours": meeting_hours,
    }
    providers = [
        ("accounting", "Hollis & Pratt Accountants"),
        ("accounting software", "Xero"),
        ("web hosting", "Krystal"),
        ("copywriting", "Nia Brennan (freelance copywriter)"),
        ("CRM", "Pipedrive"),
    ]
    resources = [
        resource(
            "Free Brand Audit tool",
            "Ten questions, a score and three things to fix first",
            "https://ashworthvale.co.uk/brand-audit",
            "founders who want a quick read on their brand",
        )
    ]
    return profile_toml(user, goals, providers=providers, never=never, resources=resources)


def to_tom(
    path: Path,
    body: str,
    *,
    sender: str,
    subject: str,
    date: str = "Tue, 1 Dec 2026 10:00:00 +0000",
    cc: str = "",
) -> Path:
    """A mail to Tom, saved at `path`."""
    return eml(
        path,
        body,
        sender=sender,
        subject=subject,
        date=date,
        to="Tom Ashworth <tom@ashworthvale.co.uk>",
        cc=cc,
    )


# -- Priya Raman, a senior data scientist in Austin between roles (session 22) -----------------------------------

SEEKER_ROLE = goal(
    "custom",
    "Land a senior or staff data scientist / ML role: meet hiring managers at Lumora Health, Brightwave Energy and"
    " Cedarline Analytics",
    [
        "Lumora Health",
        "Brightwave Energy",
        "Cedarline Analytics",
        "Daniel Okafor",
        "hiring managers",
        "senior data scientist",
        "staff data scientist",
        "machine learning engineer",
    ],
    1,
)
SEEKER_DANIEL = goal(
    "meet_person",
    "Meet Daniel Okafor, VP of Data Science at Lumora Health",
    ["Daniel Okafor", "Lumora Health"],
    1,
)
SEEKER_MENTOR = goal(
    "find_mentor",
    "A mentor who is a staff+ ML engineer or a director of data science, for the next step in my career",
    ["staff ML engineer", "principal engineer", "director of data science", "career growth"],
    2,
)
SEEKER_GROUPS = goal(
    "find_community",
    "A like-minded group: the Austin ML meetup and a women in data community",
    ["Austin ML Meetup", "Women in Data", "machine learning meetup", "data science community"],
    2,
)
SEEKER_TALK = goal(
    "build_credibility",
    "Build credibility by speaking: a lightning talk at PyData Austin",
    ["PyData Austin", "lightning talk", "causal inference", "forecasting"],
    2,
)
SEEKER_NEVER = (
    "unpaid take-home projects over 4 hours",
    "pay to apply or paid placement programs",
    "MLM or commission-only roles",
    "calls after 6pm",
)


def job_seeker_profile(
    *,
    goals: Iterable[Table] = (SEEKER_ROLE, SEEKER_DANIEL, SEEKER_MENTOR, SEEKER_GROUPS, SEEKER_TALK),
    never: Iterable[str] = SEEKER_NEVER,
) -> str:
    """Priya Raman's profile: laid off last month, looking for a senior or staff data science role in Austin, a mentor,
    her groups and a lightning talk; a career coach, a resume writer and an immigration attorney; eight hours a
    week, weekdays 9:00-17:30 Central."""
    user = {
        "name": "Priya Raman",
        "email": "priya.raman@fastmail.example",
        "signature": "Priya",
        "tone": "warm",
        "date_style": "us",
        "weekly_networking_hours": 8,
        "time_zone": "America/Chicago",
        "meeting_hours": ["Mon-Fri 09:00-17:30"],
    }
    providers = (
        ("career coaching", "Marisol Vega, Northpoint Careers"),
        ("resume writing", "Ben Hartley, Clearline Resumes"),
        ("immigration attorney", "Anita Desai, Desai Immigration Law"),
    )
    answers = (
        answer(["salary", "compensation"], "I'm looking at a base of $185-210k, depending on the package."),
    )
    return profile_toml(user, goals, providers=providers, never=never, answers=answers)


def to_seeker(
    path: Path, body: str, *, sender: str, subject: str, date: str = "Tue, 01 Dec 2026 10:00:00 -0600"
) -> Path:
    """A mail to Priya Raman, saved at `path`."""
    return eml(
        path, body, sender=sender, subject=subject, date=date, to="Priya Raman <priya.raman@fastmail.example>"
    )


# -- Renée Okafor, a first-term city council member (District 4) in Tucson, Arizona (session 22) -----------------

COUNCIL_NEIGHBOURS = goal(
    "find_community",
    "Meet neighborhood associations and small-business owners in District 4",
    ["neighborhood associations", "District 4", "small business owners", "merchants association"],
    1,
)
COUNCIL_BOND = goal(
    "amplify_campaign",
    "Build support for Prop 412, the parks and transit bond on the March ballot",
    ["Prop 412", "parks and transit bond", "bond election"],
    1,
)
COUNCIL_FORUMS = goal(
    "build_credibility",
    "Speak at town halls and civic forums (not paid conferences)",
    ["town halls", "civic forums", "community forums"],
    2,
)
COUNCIL_DIRECTOR = goal(
    "meet_person",
    "Meet Marisol Vance, director of the Arizona Department of Transportation, about the Grant Road corridor",
    ["Marisol Vance", "Arizona Department of Transportation", "ADOT"],
    1,
)
COUNCIL_MENTOR = goal(
    "find_mentor", "A mentor among former mayors who has been through a bond campaign", ["former mayors"], 3
)
COUNCIL_NEVER = (
    "private meetings with developers who have an application pending before council",
    "gifts or meals over $50 from lobbyists",
    "paid speaking",
    "endorsing products",
)


def council_member_profile(
    *,
    goals: Iterable[Table] = (
        COUNCIL_NEIGHBOURS,
        COUNCIL_BOND,
        COUNCIL_FORUMS,
        COUNCIL_DIRECTOR,
        COUNCIL_MENTOR,
    ),
    never: Iterable[str] = COUNCIL_NEVER,
) -> str:
    """Renée Okafor's profile: neighbourhood associations and merchants, the bond campaign, town halls, the state
    transportation director, a former mayor as mentor; a campaign consultant, a pollster and a communications firm;
    the ethics office's rules. Council meets Tuesday evenings, so she meets on the other weekdays."""
    user = {
        "name": "Renée Okafor",
        "email": "renee.okafor@tucsonaz.gov",
        "signature": "Renée Okafor\nCouncilmember, District 4",
        "tone": "warm",
        "date_style": "us",
        "weekly_networking_hours": 5,
        "time_zone": "America/Phoenix",
        "meeting_hours": ["Mon,Wed,Thu,Fri 08:00-11:30", "Mon,Wed,Thu 17:30-19:30"],
        "own_domains": ["tucsonaz.gov"],
    }
    providers = (
        ("campaign consulting", "Desert Bloom Strategies"),
        ("polling", "Sonoran Research Group"),
        ("communications", "Saguaro Communications"),
    )
    return profile_toml(user, goals, providers=providers, never=never)


def to_renee(
    path: Path, body: str, *, sender: str, subject: str, date: str = "Mon, 30 Nov 2026 09:00:00 -0700"
) -> Path:
    """A mail to Renée, saved at `path`."""
    return eml(
        path, body, sender=sender, subject=subject, date=date, to="Renée Okafor <renee.okafor@tucsonaz.gov>"
    )


# -- Élise Gagnon, CPA, a bilingual (French/English) small-business accountant in Montreal (session 23) ---------

ACCOUNTANT_CLIENTS = goal(
    "find_clients",
    "New small-business clients in Montreal: restaurants, shops and self-employed workers",
    ["small businesses", "restaurants", "self-employed workers", "shops"],
    1,
)
ACCOUNTANT_SPEAKING = goal(
    "build_credibility",
    "Teach small-business tax workshops at chambers of commerce and speak on community radio",
    ["chambers of commerce", "tax workshops", "workshops", "radio"],
    2,
)
ACCOUNTANT_ORDER = goal(
    "find_community",
    "Be active in CPA Québec's small-practice network",
    ["CPA Québec", "small practitioners"],
    3,
)
ACCOUNTANT_CONSULTATION = answer(
    ["consultation", "fee", "cost"],
    "My first consultation is $120 for an hour, in person or by video, in English or French.",
)
# ...and her own French wording of it, which a yes kindly writes in French says
ACCOUNTANT_CONSULTATION_IN_FRENCH = "Ma première consultation coûte 120 $ pour une heure, en personne ou par vidéo, en français ou en anglais."
ELISE = "Élise Gagnon <elise@gagnoncpa.ca>"


def bilingual_accountant_profile(*, french_answer: bool = True) -> str:
    """Élise Gagnon's profile: half her mail is in French; she meets weekday mornings and Tuesday and Thursday
    afternoons; her answer about her consultation is in French too (answer_in.fr) unless `french_answer` is off."""
    user = {
        "name": "Élise Gagnon",
        "email": "elise@gagnoncpa.ca",
        "signature": "Élise Gagnon, CPA",
        "tone": "warm",
        "weekly_networking_hours": 3,
        "time_zone": "America/Toronto",
        "meeting_hours": ["Mon-Fri 09:00-11:30", "Tue,Thu 14:00-16:00"],
    }
    providers = [("marketing agency", "Agence Boréal"), ("payroll", "Paie Nordik")]
    never = ("paid lead generation", "free tax advice by e-mail", "paid directory listings")
    toml = profile_toml(
        user, (ACCOUNTANT_CLIENTS, ACCOUNTANT_SPEAKING, ACCOUNTANT_ORDER), providers=providers, never=never
    )
    in_french = json.dumps(ACCOUNTANT_CONSULTATION_IN_FRENCH, ensure_ascii=False)
    return (
        toml
        + f"\n[[answers]]\nabout = {json.dumps(ACCOUNTANT_CONSULTATION['about'])}\n"
        + f"answer = {json.dumps(ACCOUNTANT_CONSULTATION['answer'], ensure_ascii=False)}\n"
        + (f"answer_in = {{ fr = {in_french} }}\n" if french_answer else "")
    )


def to_elise(
    path: Path, body: str, *, sender: str, subject: str, date: str = "Mon, 30 Nov 2026 10:00:00 -0500"
) -> Path:
    """A mail to Élise, saved at `path`."""
    return eml(path, body, sender=sender, subject=subject, date=date, to=ELISE)


# -- Jasmine Vu, personal-finance video creator in Los Angeles, managed by a talent manager (session 23) --------

CREATOR_BRANDS = goal(
    "find_clients",
    "Paid brand partnerships that fit my audience of twenty-somethings: budgeting apps, credit unions",
    ["budgeting apps", "credit unions", "Centsible", "Golden Coast Credit Union", "brand partnerships"],
    1,
)
CREATOR_COLLABS = goal(
    "meet_person",
    "Collaborate on videos with two or three personal-finance creators in my niche",
    ["Leah Tran", "Frugal Leah", "Andre Jackson", "Broke to Budget", "Priya Sethi"],
    2,
)
CREATOR_PANELS = goal(
    "build_credibility",
    "Speak on panels at creator conferences",
    ["FinCon", "creator conferences", "panels"],
    2,
)
CREATOR_COURSE = goal(
    "amplify_campaign",
    "Spread the word about Money Basics 101, my free financial-literacy course launching in January",
    ["Money Basics 101", "financial literacy", "college students", "young adults"],
    1,
)
CREATOR_NEVER = (
    "crypto or gambling promotions",
    "unpaid 'exposure' work",
    "giveaways that require following sponsors",
    "meetings before 10am",
)
CREATOR_MANAGER = ("talent management", "Devon Reyes, Northlight Talent - rates, media kit and contracts")


def creator_profile(
    *,
    goals: Iterable[Table] = (CREATOR_BRANDS, CREATOR_COLLABS, CREATOR_PANELS, CREATOR_COURSE),
    never: Iterable[str] = CREATOR_NEVER,
    providers: Iterable[tuple[str, str]] = (
        CREATOR_MANAGER,
        ("accounting", "Rosa Lim, CPA"),
        ("video editing", "Kai Brennan"),
    ),
    answers: Iterable[Table] = (),
) -> str:
    """Jasmine Vu's profile: brand deals with budgeting apps and credit unions, collabs with three named creators,
    creator-conference panels and her free January course; a talent manager for rates and contracts, an
    accountant and an editor; no crypto or gambling promotions, exposure work, follow-the-sponsors giveaways
    or meetings before 10am."""
    user = {
        "name": "Jasmine Vu",
        "email": "jasmine@moneyat25.example",
        "signature": "Jasmine",
        "tone": "warm",
        "date_style": "us",
        "weekly_networking_hours": 5,
        "time_zone": "America/Los_Angeles",
        "meeting_hours": "10:00-17:00",
    }
    return profile_toml(user, goals, providers=providers, never=never, answers=answers)


def to_jasmine(
    path: Path, body: str, *, sender: str, subject: str, date: str = "Mon, 30 Nov 2026 09:00:00 -0800"
) -> Path:
    """A mail to Jasmine, saved at `path`."""
    return eml(
        path, body, sender=sender, subject=subject, date=date, to="Jasmine Vu <jasmine@moneyat25.example>"
    )


# -- Samuel Whitaker, senior pastor of a 600-member Baptist church in Atlanta (session 23) ------------------------

PASTOR_PARTNERS = goal(
    "find_community",
    "Community partnerships for our outreach ministry: the food pantry network and two neighbourhood public schools",
    [
        "Westside Pantry Alliance",
        "food pantry",
        "food pantries",
        "Carver Hill Elementary",
        "Douglass Middle School",
        "public schools",
        "community partners",
    ],
    1,
)
PASTOR_MENTORING = goal(
    "help_client",
    "Mentor younger pastors and ministers in their first years of ministry",
    [
        "young pastors",
        "younger pastors",
        "new pastors",
        "seminarians",
        "associate ministers",
        "church planters",
    ],
    2,
)
PASTOR_TEACHING = goal(
    "build_credibility",
    "Preach and teach at seminaries and faith conferences on urban ministry and church-community partnership",
    [
        "seminaries",
        "divinity schools",
        "faith conferences",
        "urban ministry",
        "pastoral leadership",
        "homiletics",
    ],
    2,
)
PASTOR_LIAISON = goal(
    "meet_person",
    "Get to know Angela Brooks-Turner, faith-based liaison in the Mayor's Office of Community Affairs",
    ["Angela Brooks-Turner", "Mayor's Office", "faith-based liaison"],
    2,
)
PASTOR_NEVER = (
    "endorsing political candidates",
    "sharing or selling our member list",
    "anything on Sunday mornings",
)


def pastor_profile(
    *,
    goals: Iterable[Table] = (PASTOR_PARTNERS, PASTOR_MENTORING, PASTOR_TEACHING, PASTOR_LIAISON),
    never: Iterable[str] = PASTOR_NEVER,
) -> str:
    """Pastor Samuel Whitaker's profile: the food pantry network and two public schools as partners, younger
    pastors to mentor, seminaries and faith conferences to teach at, the mayor's faith-based liaison to meet; his
    church's software, AV installer, insurer and payroll; no candidates, no member list, no Sunday mornings. He
    preaches on Sundays and rests on Mondays, so he meets Tuesday to Friday."""
    user = {
        "name": "Samuel Whitaker",
        "email": "pastor@gmzbc.example.org",
        "signature": "Pastor Samuel Whitaker\nGreater Mount Zion Baptist Church",
        "tone": "warm",
        "date_style": "us",
        "weekly_networking_hours": 5,
        "time_zone": "America/New_York",
        "meeting_hours": ["Tue-Fri 09:30-12:00", "Tue-Thu 14:00-17:00"],
        "own_domains": ["gmzbc.example.org"],
    }
    providers = (
        ("church management software", "ShepherdsWay ChMS"),
        ("audio-visual installation", "Peachstate Sound & Light"),
        ("property insurance", "Covenant Mutual Insurance"),
        ("payroll", "PayRight Church Payroll"),
    )
    return profile_toml(user, goals, providers=providers, never=never)


def to_pastor(
    path: Path, body: str, *, sender: str, subject: str, date: str = "Mon, 30 Nov 2026 10:00:00 -0500"
) -> Path:
    """A mail to Pastor Whitaker, saved at `path`."""
    return eml(
        path, body, sender=sender, subject=subject, date=date, to="Samuel Whitaker <pastor@gmzbc.example.org>"
    )


# -- Miriam Adler, a literary agent at a three-person boutique agency in New York (session 23) ------------------------

AGENT_CLIENTS = goal(
    "find_clients",
    "New clients: debut literary fiction and narrative nonfiction writers - through the query form, not meetings",
    ["debut novelists", "literary fiction", "narrative nonfiction", "MFA programs", "literary magazines"],
    1,
)
AGENT_EDITORS = goal(
    "meet_person",
    "Get to know acquiring editors at Farrow House, Linden Press and Tidewater Books",
    ["Farrow House", "Linden Press", "Tidewater Books"],
    1,
)
AGENT_FILM_RIGHTS = goal(
    "help_client",
    "Place my clients' film and TV rights with serious producers",
    ["film rights", "TV rights", "option", "producers"],
    2,
)
AGENT_CONFERENCES = goal(
    "build_credibility",
    "Speak and teach at writers' conferences, above all the Hudson Valley Writers' Conference",
    ["Hudson Valley Writers' Conference", "writers' conferences", "writing workshops"],
    2,
)
AGENT_ASSOCIATION = goal(
    "find_community",
    "Be active in the Association of American Literary Agents (AALA) and its committees",
    ["Association of American Literary Agents", "AALA", "literary agents"],
    3,
)
AGENT_NEVER = (
    "reading manuscripts for a fee",
    "meeting querying authors one-on-one before I have read a full manuscript",
    "events on Friday evenings",
)
AGENT_QUERY_GUIDELINES = resource(
    "Halyard & Finch query guidelines",
    "Where and how to query us: the form, the first ten pages, a one-page synopsis",
    "https://halyardfinch.com/submissions",
    "writers looking for an agent who want to query",
)


def literary_agent_profile(
    *,
    goals: Iterable[Table] = (
        AGENT_CLIENTS,
        AGENT_EDITORS,
        AGENT_FILM_RIGHTS,
        AGENT_CONFERENCES,
        AGENT_ASSOCIATION,
    ),
    never: Iterable[str] = AGENT_NEVER,
    resources: Iterable[Table] = (AGENT_QUERY_GUIDELINES,),
) -> str:
    """Miriam Adler's profile: debut writers who query through the form, editors at three imprints, her clients'
    film rights, writers' conferences and the agents' association; a contracts lawyer, a foreign-rights co-agent,
    an accountant and a publicist; no reading fees, no one-on-ones with querying authors, no Friday evenings."""
    user = {
        "name": "Miriam Adler",
        "email": "miriam@halyardfinch.com",
        "signature": "Miriam Adler\nHalyard & Finch Literary",
        "tone": "warm",
        "date_style": "us",
        "weekly_networking_hours": 3,
        "time_zone": "America/New_York",
        "meeting_hours": ["Mon-Thu 12:00-14:00", "Tue,Wed 17:30-19:00"],
    }
    providers = (
        ("contracts and legal review", "Dana Whitcomb, Whitcomb Law (publishing contracts)"),
        ("foreign rights", "Sofia Brandt, Brandt Foreign Rights"),
        ("accounting", "Leo Park, CPA"),
        ("book publicity", "June Okoro, Okoro Publicity"),
    )
    return profile_toml(user, goals, providers=providers, never=never, resources=resources)


def to_miriam(
    path: Path, body: str, *, sender: str, subject: str, date: str = "Mon, 30 Nov 2026 10:00:00 -0500"
) -> Path:
    """A mail to Miriam, saved at `path`."""
    return eml(
        path, body, sender=sender, subject=subject, date=date, to="Miriam Adler <miriam@halyardfinch.com>"
    )


# -- Kendra Lowry, owner of a 12-person kitchen and basement remodeling firm in Denver (session 23) ---------------

CONTRACTOR_PARTNERS = goal(
    "meet_person",
    "Referral partnerships with architects and interior designers who send kitchen and basement work: Whitcomb "
    "Studio Architects (Ana Whitcomb), Hollis Interiors, Ridgeline Design Build",
    [
        "architects",
        "interior designers",
        "Whitcomb Studio Architects",
        "Ana Whitcomb",
        "Hollis Interiors",
        "Ridgeline Design",
        "referral partnership",
    ],
    1,
)
CONTRACTOR_HOMEOWNERS = goal(
    "find_clients",
    "Homeowners planning a kitchen remodel or basement finish, met through neighborhood associations rather "
    "than pitching",
    [
        "homeowners",
        "kitchen remodel",
        "basement finish",
        "neighborhood associations",
        "Park Hill Neighborhood Association",
        "Washington Park East HOA",
    ],
    1,
)
CONTRACTOR_PEERS = goal(
    "find_community",
    "A like-minded peer group: women in construction or a remodelers' roundtable",
    ["women in construction", "NAWIC Denver", "remodelers", "NARI", "peer group", "roundtable"],
    2,
)
CONTRACTOR_SUBS = goal(
    "custom",
    "Find reliable licensed electrical and plumbing subcontractors for our kitchen and basement jobs",
    ["licensed electrician", "master electrician", "licensed plumber", "master plumber"],
    2,
)
CONTRACTOR_NEVER = ("free design or bid work on spec", "pay-per-lead services", "work on Sundays")


def contractor_profile(
    *,
    goals: Iterable[Table] = (CONTRACTOR_PARTNERS, CONTRACTOR_HOMEOWNERS, CONTRACTOR_PEERS, CONTRACTOR_SUBS),
    never: Iterable[str] = CONTRACTOR_NEVER,
) -> str:
    """Kendra Lowry's profile: referral partners among architects and designers, homeowners met through their
    neighborhood associations, a peer group, licensed electricians and plumbers to subcontract; an accountant,
    an insurance broker, Buildertrend and a lumber yard. On site 6:30 to 3:30 on weekdays, never on Sundays."""
    user = {
        "name": "Kendra Lowry",
        "email": "kendra@lowrybuild.example",
        "signature": "Kendra Lowry\nOwner, Lowry Build Co.\n(303) 555-0148",
        "tone": "warm",
        "date_style": "us",
        "weekly_networking_hours": 3,
        "time_zone": "America/Denver",
        "meeting_hours": "Mon-Fri 06:30-15:30",
    }
    providers = (
        ("accounting", "Pine & Forde CPAs"),
        ("builder's risk insurance", "Dave Kuehn, Front Range Insurance Brokers"),
        ("project management software", "Buildertrend"),
        ("lumber", "Sixth Avenue Lumber"),
    )
    answers = [
        answer(
            ["cost", "price", "budget", "ballpark", "quote"],
            "Most of our kitchen remodels land between $65,000 and $140,000; I give a fixed-price bid after a "
            "site visit.",
        )
    ]
    return profile_toml(user, goals, providers=providers, never=never, answers=answers)


def to_kendra(
    path: Path, body: str, *, sender: str, subject: str, date: str = "Mon, 30 Nov 2026 09:00:00 -0700"
) -> Path:
    """A mail to Kendra, saved at `path`."""
    return eml(
        path, body, sender=sender, subject=subject, date=date, to="Kendra Lowry <kendra@lowrybuild.example>"
    )


def text_to_kendra(path: Path, words: str, *, sender: str) -> Path:
    """A text message to Kendra as she pastes it (`kindly triage -` or a .txt): the sender's name, marked a text."""
    path.write_text(f"From: {sender} (Text message)\n\n{words}\n", encoding="utf-8")
    return path


# -- Katrin Weber, a tax advisor in Berlin, and Sofia Almeida, an accountant in Lisbon: half their mail is in German
# or Portuguese, and their answer about a consultation is in it too (session 23, languages2) ----------------------
ABROAD_CLIENTS = goal(
    "find_clients",
    "New small-business clients: cafés, restaurants, shops and self-employed workers",
    ["small businesses", "restaurants", "self-employed workers", "shops"],
    1,
)
ABROAD_CONSULTATION = answer(
    ["consultation", "fee", "cost"], "My first consultation is €120 for an hour, in person or by video."
)
CONSULTATION_IN_GERMAN = "Meine Erstberatung kostet 120 € für eine Stunde, vor Ort oder per Video."
CONSULTATION_IN_PORTUGUESE = "A minha primeira consulta custa 120 € por uma hora, presencial ou por vídeo."
KATRIN = "Katrin Weber <katrin@weber-steuer.example.de>"
SOFIA = "Sofia Almeida <sofia@almeidacontas.example.pt>"
_ABROAD = {
    "de": ("Katrin Weber", KATRIN, "Katrin Weber, Steuerberaterin", "Europe/Berlin", CONSULTATION_IN_GERMAN),
    "pt": (
        "Sofia Almeida",
        SOFIA,
        "Sofia Almeida, Contabilista Certificada",
        "Europe/Lisbon",
        CONSULTATION_IN_PORTUGUESE,
    ),
}


def accountant_abroad_profile(code: str) -> str:
    """Katrin Weber's profile (`code` "de") or Sofia Almeida's ("pt"): they meet weekday mornings and Tuesday and
    Thursday afternoons, already have a marketing agency and a payroll service, and wrote their answer about a
    consultation in their language too (answer_in)."""
    name, address, signature, zone, in_their_language = _ABROAD[code]
    return _accountant_abroad(
        code,
        {"name": name, "email": address.split("<")[1].rstrip(">"), "signature": signature, "time_zone": zone},
        [("marketing agency", "Agentur Nordlicht"), ("payroll", "Lohnbüro Spree")],
        in_their_language,
    )


def _accountant_abroad(
    code: str, who: Table, providers: Sequence[tuple[str, str]], in_their_language: str | None
) -> str:
    """The profile every accountant abroad shares (hours, goals, never-rules, the answer about a consultation),
    with `who` she is and her `providers`; her answer in language `code` too unless `in_their_language` is None."""
    user = {
        "name": who["name"],
        "email": who["email"],
        "signature": who["signature"],
        "tone": "warm",
        "weekly_networking_hours": 3,
        "time_zone": who["time_zone"],
        "meeting_hours": ["Mon-Fri 09:00-11:30", "Tue,Thu 14:00-16:00"],
    }
    never = ("paid lead generation", "free tax advice by e-mail", "paid directory listings")
    toml = profile_toml(user, (ABROAD_CLIENTS, ACCOUNTANT_SPEAKING), providers=providers, never=never)
    answer_in = json.dumps(in_their_language, ensure_ascii=False)
    return (
        toml
        + f"\n[[answers]]\nabout = {json.dumps(ABROAD_CONSULTATION['about'])}\n"
        + f"answer = {json.dumps(ABROAD_CONSULTATION['answer'], ensure_ascii=False)}\n"
        + (f"answer_in = {{ {code} = {answer_in} }}\n" if in_their_language is not None else "")
    )


def to_accountant_abroad(
    code: str,
    path: Path,
    body: str,
    *,
    sender: str,
    subject: str,
    date: str = "Mon, 30 Nov 2026 10:00:00 +0100",
) -> Path:
    """A mail to Katrin (`code` "de") or Sofia ("pt"), saved at `path`."""
    return eml(path, body, sender=sender, subject=subject, date=date, to=_ABROAD[code][1])


# -- Pastor Whitaker's saved answer about the weddings he officiates (session 23, round two) ---------------------

PASTOR_WEDDING_ANSWER: Table = {
    "about": ["wedding", "officiate", "marry", "premarital"],
    "answer": "I officiate weddings for our members and their families; every couple does four premarital "
    "counselling sessions with me first, and our wedding coordinator, Sister Denise Carter, keeps the church "
    "calendar.",
}


def pastor_with_answers_profile() -> str:
    """Pastor Whitaker's profile with his saved answer about weddings: who he marries, the premarital sessions
    first, and the coordinator who keeps the church calendar."""
    answer = PASTOR_WEDDING_ANSWER
    return (
        pastor_profile()
        + f"\n[[answers]]\nabout = {_value(answer['about'])}\nanswer = {_value(answer['answer'])}\n"
    )


def invite_to_kendra(
    path: Path, *, summary: str, organizer: str, location: str = "", description: str = "", start: str
) -> Path:
    """A calendar invitation (METHOD:REQUEST) to Kendra, from `organizer` ("Brian Corwin <brian@...>"), at `start`
    in Denver time for an hour, saved at `path`."""
    name, _, address = organizer.partition(" <")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Outlook//EN",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        f"UID:{''.join(c for c in summary.lower() if c.isalnum())[:40]}-{start}@calendar.example",
        "DTSTAMP:20261130T150000Z",
        f"DTSTART;TZID=America/Denver:{start}",
        "DURATION:PT1H",
        f"SUMMARY:{summary}",
        *([f"LOCATION:{location}"] if location else []),
        *([f"DESCRIPTION:{description}"] if description else []),
        f"ORGANIZER;CN={name}:mailto:{address.rstrip('>')}",
        "ATTENDEE;CN=Kendra Lowry;RSVP=TRUE:mailto:kendra@lowrybuild.example",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
    path.write_text("\r\n".join(lines))
    return path


# -- session 23: the engineering manager (Renata Solberg, Payments Platform at Tidewater Pay, Seattle) -----------

RENATA = "Renata Solberg <renata.solberg@tidewaterpay.com>"
ENG_HIRING = goal(
    "custom",
    "Hire senior and staff backend engineers for my Payments Platform team: meet strong candidates and the"
    " engineering communities I can recruit from",
    [
        "senior engineers",
        "staff engineers",
        "backend engineers",
        "distributed systems engineers",
        "payments engineers",
        "engineering meetups",
    ],
    1,
)
ENG_SPEAKING = goal(
    "build_credibility",
    "Speak at QCon San Francisco 2027 about running a payments platform reliably",
    ["QCon San Francisco", "engineering conferences", "platform engineering"],
    2,
)
ENG_MENTOR = goal(
    "find_mentor",
    "A VP of Engineering as a mentor on the way to director; ideally Helena Marsh, VP Engineering at Fernline",
    ["Helena Marsh", "VP of Engineering", "engineering leadership"],
    2,
)
ENG_OPEN_SOURCE = goal(
    "amplify_campaign",
    "More teams using and contributing to Ledgerline, my team's open-source double-entry ledger library",
    ["Ledgerline", "open source", "fintech engineers"],
    3,
)


def eng_manager_profile() -> str:
    """Renata Solberg's profile: a senior engineering manager who hires (she is not looking for a job), keeps
    Tuesday and Thursday mornings for focus, and sends vendors to procurement; her company already has a
    recruiting agency and she has an executive coach. Her one answer says where her team's roles are based; her one resource is a recorded talk."""
    user = {
        "name": "Renata Solberg",
        "email": "renata.solberg@tidewaterpay.com",
        "signature": "Renata",
        "tone": "warm",
        "date_style": "us",
        "weekly_networking_hours": 3,
        "time_zone": "America/Los_Angeles",
        "meeting_hours": ["Mon,Wed,Fri 09:00-17:00", "Tue,Thu 13:00-17:00"],
        "own_domains": ["tidewaterpay.com"],
    }
    providers = [
        ("vendor evaluation and software purchasing", "Tidewater Pay procurement"),
        ("executive coaching", "Diane Okoro, Summit Leadership"),
        ("technical recruiting agency", "Brightpath Talent"),
    ]
    never = (
        "vendor demos or sales calls that don't go through procurement",
        "paid expert network calls about Tidewater Pay or the payments industry",
        "job interviews: I am not looking for a new role",
        "sharing internal roadmaps or unreleased plans",
    )
    goals = (ENG_HIRING, ENG_SPEAKING, ENG_MENTOR, ENG_OPEN_SOURCE)
    where = answer(
        ["remote", "hybrid", "office", "location"],
        "Our Payments Platform roles are hybrid out of Seattle, with two office days a week.",
    )
    talk = {
        "title": "My talk: Idempotency keys in anger",
        "description": "A 30-minute recorded talk on making payment retries safe",
        "link": "https://tidewaterpay.example/idempotency-talk",
        "helps": "engineers new to payments systems",
    }
    return profile_toml(user, goals, providers=providers, never=never, resources=[talk], answers=[where])


def to_renata(
    path: Path,
    body: str,
    *,
    sender: str,
    subject: str,
    date: str = "Mon, 30 Nov 2026 10:00:00 -0800",
    in_reply_to: str = "",
) -> Path:
    """A mail to Renata, saved at `path`."""
    return eml(path, body, sender=sender, subject=subject, date=date, to=RENATA, in_reply_to=in_reply_to)


# -- Miriam Okafor-Lund, psychotherapist (LPC) in solo private practice, Portland, Oregon (session 23) ------------

THERAPIST_REFERRALS = goal(
    "find_clients",
    "Referral relationships with primary-care physicians and psychiatrists who refer adults with anxiety, "
    "depression and trauma",
    [
        "primary care physicians",
        "psychiatrists",
        "Hawthorne Family Medicine",
        "Rose City Psychiatric Associates",
        "referral relationships",
        "integrated care",
    ],
    1,
)
THERAPIST_PEERS = goal(
    "find_community",
    "A peer consultation group of licensed therapists for case consultation and support",
    [
        "peer consultation group",
        "consultation group",
        "licensed therapists",
        "clinicians",
        "case consultation",
    ],
    2,
)
THERAPIST_CONFERENCE = goal(
    "build_credibility",
    "Speak at the Oregon Counseling Association annual conference on trauma-informed care",
    ["Oregon Counseling Association", "OCA conference", "counseling conference", "trauma-informed care"],
    2,
)
THERAPIST_MENTORING = goal(
    "help_client",
    "Mentor newly licensed therapists in their first years of practice",
    [
        "newly licensed therapists",
        "new therapists",
        "associates",
        "counseling students",
        "early-career clinicians",
    ],
    3,
)
THERAPIST_NEVER = (
    "paying or accepting referral fees or kickbacks for client referrals",
    "pay-per-lead directories or lead marketplaces",
    "podcast or media interviews about clients",
    "testimonials or endorsements of products",
    "social contact with current or former clients",
    "gifts or meals from clients",
)
MIRIAM = "Miriam Okafor-Lund <miriam@alderstreetcounseling.example>"


def therapist_profile(**user_changes: Any) -> str:
    """Miriam Okafor-Lund's profile: she sees clients Monday to Thursday and keeps Friday 9-3 for meetings; her
    ethics are never-rules (no referral fees, no pay-per-lead directories, no interviews about clients, no
    endorsements, no social contact with clients, no gifts or meals from them); she already has an EHR, a billing service, a malpractice
    insurer and an accountant, and answers a prospective client's questions on openings and insurance."""
    user = {
        "name": "Miriam Okafor-Lund",
        "email": "miriam@alderstreetcounseling.example",
        "signature": "Miriam Okafor-Lund, LPC\nAlder Street Counseling\n(503) 555-0177",
        "tone": "warm",
        "date_style": "us",
        "weekly_networking_hours": 3,
        "time_zone": "America/Los_Angeles",
        "holidays": "US-OR",
        "meeting_hours": ["Fri 09:00-15:00"],
        **user_changes,
    }
    providers = [
        ("EHR and practice management", "SimplePractice"),
        ("billing service", "Cascade Behavioral Billing"),
        ("malpractice insurance", "CPH & Associates"),
        ("accounting", "Dana Reyes, bookkeeping and tax"),
    ]
    resources = [
        {
            "title": "First-year private practice checklist",
            "description": "Licensure, insurance panels, documentation and fees: what I wish I had known in year one",
            "link": "https://alderstreetcounseling.example/first-year",
            "helps": "newly licensed therapists starting a private practice",
        }
    ]
    answers = [
        answer(
            ["openings", "availability", "waitlist", "accepting new clients", "new clients"],
            "I have a few openings for new adult clients on weekday afternoons; the first step is a free 15-minute "
            "phone consultation, which you can book at alderstreetcounseling.example/consult.",
        ),
        answer(
            ["insurance", "in-network", "Aetna", "Providence", "Regence", "sliding scale"],
            "I'm in network with Providence and Regence, and I keep a few sliding-scale spots.",
        ),
    ]
    goals = (THERAPIST_REFERRALS, THERAPIST_PEERS, THERAPIST_CONFERENCE, THERAPIST_MENTORING)
    return profile_toml(
        user, goals, providers=providers, never=THERAPIST_NEVER, resources=resources, answers=answers
    )


def to_therapist(
    path: Path, body: str, *, sender: str, subject: str, date: str = "Mon, 30 Nov 2026 10:00:00 -0800"
) -> Path:
    """A mail to Miriam, saved at `path`."""
    return eml(path, body, sender=sender, subject=subject, date=date, to=MIRIAM)


# -- Chiara Rossi, a dottore commercialista in Milan: half her mail is in Italian, and so is her answer about a
# consultation (session 24, italian) -------------------------------------------------------------------------------
CONSULTATION_IN_ITALIAN = "La mia prima consulenza costa 120 € per un'ora, in studio o in videochiamata."
CHIARA = "Chiara Rossi <chiara@studiorossi.example.it>"


def italian_accountant_profile(*, italian_answer: bool = True) -> str:
    """Chiara Rossi's profile: her hours, goals, providers and never-rules are Katrin's and Sofia's
    (accountant_abroad_profile), in Milan's zone, with her own providers; her answer about a consultation is in
    Italian too (answer_in.it), unless `italian_answer` is False."""
    who = {
        "name": "Chiara Rossi",
        "email": "chiara@studiorossi.example.it",
        "signature": "Chiara Rossi, Dottore Commercialista",
        "time_zone": "Europe/Rome",
    }
    providers = [("marketing agency", "Agenzia Navigli"), ("payroll", "Paghe Brera")]
    return _accountant_abroad("it", who, providers, CONSULTATION_IN_ITALIAN if italian_answer else None)


def to_chiara(
    path: Path, body: str, *, sender: str, subject: str, date: str = "Mon, 30 Nov 2026 10:00:00 +0100"
) -> Path:
    """A mail to Chiara, saved at `path`."""
    return eml(path, body, sender=sender, subject=subject, date=date, to=CHIARA)


# -- Sanne de Vries, a bookkeeper in Utrecht: half her mail is in Dutch, and so is her answer about a consultation
# (session 24, dutch) ----------------------------------------------------------------------------------------------
CONSULTATION_IN_DUTCH = "Mijn eerste adviesgesprek kost € 120 voor een uur, op kantoor of via video."
SANNE = "Sanne de Vries <sanne@devriesadministratie.example.nl>"


def dutch_bookkeeper_profile(*, dutch_answer: bool = True) -> str:
    """Sanne de Vries's profile: her hours, goals and never-rules are Chiara's (italian_accountant_profile), in
    Amsterdam's zone, with her own providers; her answer about a consultation is in Dutch too (answer_in.nl),
    unless `dutch_answer` is False."""
    who = {
        "name": "Sanne de Vries",
        "email": "sanne@devriesadministratie.example.nl",
        "signature": "Sanne de Vries, De Vries Administratie",
        "time_zone": "Europe/Amsterdam",
    }
    providers = [("marketing agency", "Bureau Gracht"), ("payroll", "Loonkantoor Dom")]
    return _accountant_abroad("nl", who, providers, CONSULTATION_IN_DUTCH if dutch_answer else None)


def to_sanne(
    path: Path, body: str, *, sender: str, subject: str, date: str = "Mon, 30 Nov 2026 10:00:00 +0100"
) -> Path:
    """A mail to Sanne, saved at `path`."""
    return eml(path, body, sender=sender, subject=subject, date=date, to=SANNE)


# -- session 24: a calendar invitation to Renata Solberg (leftovers1) -----------------------------------------------


def invite_to_renata(path: Path, *, summary: str, description: str, start: str, organizer: str) -> Path:
    """A calendar invitation (METHOD:REQUEST) to Renata from `organizer` ("Tomas Varga <tomas@...>"), at `start` in
    Seattle time for two hours, saved at `path`."""
    name, _, address = organizer.partition(" <")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        f"UID:{''.join(c for c in summary.lower() if c.isalnum())[:40]}-{start}@calendar.example",
        "DTSTAMP:20261130T180000Z",
        f"DTSTART;TZID=America/Los_Angeles:{start}",
        "DURATION:PT2H",
        f"SUMMARY:{summary}",
        f"DESCRIPTION:{description}",
        f"ORGANIZER;CN={name}:mailto:{address.rstrip('>')}",
        "ATTENDEE;CN=Renata Solberg;RSVP=TRUE:mailto:renata.solberg@tidewaterpay.com",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
    path.write_text("\r\n".join(lines))
    return path


# -- session 24 (leftovers2): Miriam with her rules worded otherwise ----------------------------------------------


def therapist_with_never(*never: str) -> str:
    """Miriam Okafor-Lund's profile (`therapist_profile`) with these never-rules instead of her own."""
    own = "".join(f"\n[[never]]\nwhat = {_value(what)}\n" for what in THERAPIST_NEVER)
    written = therapist_profile()
    assert own in written
    return written.replace(own, "") + "".join(f"\n[[never]]\nwhat = {_value(what)}\n" for what in never)


# -- Rosa Lindqvist, business reporter at The Lakeshore Courier, a regional daily in Milwaukee (session 24) -------

ROSA = "Rosa Lindqvist <rosa.lindqvist@lakeshorecourier.example>"
REPORTER_SOURCES = goal(
    "meet_person",
    "Build sources on my beat - Milwaukee companies, commercial real estate and startups - starting with "
    "Marcus Hale of Brewline Logistics, Dolores Kapinski of Cream City Credit Union and the founders around "
    "Startup Milwaukee",
    [
        "Marcus Hale",
        "Brewline Logistics",
        "Dolores Kapinski",
        "Cream City Credit Union",
        "Startup Milwaukee",
        "startup founders",
        "commercial real estate",
        "local business leaders",
    ],
    1,
)
REPORTER_TEACHING = goal(
    "build_credibility",
    "Speak on journalism panels and to journalism school classes about business reporting",
    [
        "journalism panels",
        "journalism students",
        "j-school classes",
        "business reporting",
        "journalism schools",
    ],
    2,
)
REPORTER_MENTOR = goal(
    "find_mentor",
    "A senior editor as a mentor, on the way to editing a business desk",
    ["senior editors", "business editors", "managing editors", "editing"],
    2,
)
REPORTER_NEWSLETTER = goal(
    "amplify_campaign",
    "Grow the audience of Main Street Money, my weekly newsletter on Milwaukee business",
    ["Main Street Money", "newsletter subscribers", "local business readers"],
    3,
)
REPORTER_NEVER = (
    "accepting free travel, meals or gifts from sources or companies I cover",
    "promising or trading coverage for anything - ads, access or favors",
    "paid speaking or moderating for companies on my beat",
    "off-the-record lunches with PR firms",
)


def reporter_profile(**user_changes: Any) -> str:
    """Rosa Lindqvist's profile: a business reporter at a regional daily (companies, real estate, startups) who
    keeps the newsroom's ethics code as never-rules (no free travel, meals or gifts from those she covers, no
    coverage traded for anything, no paid speaking for companies on her beat, no off-the-record lunches with PR
    firms); her editor and the newsroom's lawyer are her providers, and she answers how to send her a tip and what
    she does with embargoes."""
    user = {
        "name": "Rosa Lindqvist",
        "email": "rosa.lindqvist@lakeshorecourier.example",
        "signature": "Rosa Lindqvist\nBusiness reporter, The Lakeshore Courier\n(414) 555-0110",
        "tone": "warm",
        "date_style": "us",
        "weekly_networking_hours": 4,
        "time_zone": "America/Chicago",
        "meeting_hours": ["Mon-Fri 08:00-11:00", "Mon-Fri 14:00-16:00"],
        "own_domains": ["lakeshorecourier.example"],
        **user_changes,
    }
    providers = [
        ("editing and story assignments", "Frank Delgado, business editor at The Lakeshore Courier"),
        ("legal review, retraction demands and media law", "Joan Petrakis, the Courier's newsroom counsel"),
    ]
    resources = [
        {
            "title": "How to pitch me",
            "description": "What makes a Milwaukee business story for the Courier, and what I don't cover",
            "link": "https://lakeshorecourier.example/rosa/pitching",
            "helps": "PR people and founders pitching a story",
        }
    ]
    answers = [
        answer(
            ["tip", "tips", "documents", "memo", "Signal"],
            "The safest way to reach me is Signal at (414) 555-0110; I protect the identity of the people who "
            "send me tips.",
        ),
        answer(
            ["embargo", "embargoed", "under embargo"],
            "I honor embargoes I have agreed to in advance.",
        ),
    ]
    goals = (REPORTER_SOURCES, REPORTER_TEACHING, REPORTER_MENTOR, REPORTER_NEWSLETTER)
    return profile_toml(
        user, goals, providers=providers, never=REPORTER_NEVER, resources=resources, answers=answers
    )


def to_reporter(
    path: Path, body: str, *, sender: str, subject: str, date: str = "Tue, 01 Dec 2026 10:00:00 -0600"
) -> Path:
    """A mail to Rosa, saved at `path`."""
    return eml(path, body, sender=sender, subject=subject, date=date, to=ROSA)


# -- Dr. Hannah Brennan, owner of Cedar Hollow Animal Clinic, a two-vet small-animal clinic in Bend, Oregon (session 24)

VET_CLIENTS = goal(
    "find_clients",
    "New clients for the clinic in Bend: pet owners new to town and breeders who send their puppy and kitten "
    "buyers to us",
    [
        "pet owners",
        "new clients",
        "new patients",
        "breeders",
        "puppy buyers",
        "kitten buyers",
        "new puppy owners",
    ],
    1,
)
VET_REFERRALS = goal(
    "find_community",
    "Referral relationships with specialists and emergency hospitals I send patients to",
    [
        "Cascade Veterinary Specialists",
        "High Desert Animal ER",
        "veterinary specialists",
        "emergency hospitals",
        "board-certified surgeons",
        "referral relationships",
    ],
    1,
)
VET_TEACHING = goal(
    "help_client",
    "Mentor and teach veterinary students and new graduates",
    ["veterinary students", "vet students", "new graduates", "new grads", "shadowing", "externships"],
    2,
)
VET_SPEAKING = goal(
    "build_credibility",
    "Speak at the Central Oregon Veterinary Medical Association's meetings and CE days",
    ["Central Oregon Veterinary Medical Association", "COVMA", "CE day", "veterinary association"],
    2,
)
VET_MENTOR = goal(
    "find_mentor",
    "An experienced practice owner who can mentor me on running the business side of a clinic",
    ["practice owners", "practice management", "running a clinic", "veterinary business"],
    3,
)
VET_NEVER = (
    "meals or gifts from drug or pet-food reps",
    "selling my practice to a corporate consolidator",
    "free care in exchange for social media posts",
    "weekend appointments, except emergencies",
)
# (session 24: named VET_HANNAH, not HANNAH, which is the editor's profile above: the same name hid it)
VET_HANNAH = "Hannah Brennan <hannah@cedarhollowvet.example>"


def vet_profile(never: Sequence[str] = VET_NEVER) -> str:
    """Dr. Hannah Brennan's profile: new clients and breeders' referrals, referral ties with specialists and the ER,
    teaching vet students, speaking at her association, a business mentor; no reps' meals or gifts, no sale to a
    consolidator, no free care for posts, no weekend appointments but emergencies; she has practice software, an
    accountant and a lab, and answers a new client's questions on new patients and prices."""
    user = {
        "name": "Hannah Brennan",
        "email": "hannah@cedarhollowvet.example",
        "signature": "Dr. Hannah Brennan, DVM\nCedar Hollow Animal Clinic\n(541) 555-0142",
        "tone": "warm",
        "date_style": "us",
        "weekly_networking_hours": 3,
        "time_zone": "America/Los_Angeles",
        "holidays": "US-OR",
        "meeting_hours": ["Tue,Thu 12:30-13:30", "Wed 17:30-19:00"],
    }
    providers = [
        ("practice management software", "ezyVet"),
        ("accounting", "Lindgren & Moss CPAs"),
        ("diagnostic lab", "IDEXX Reference Laboratories"),
    ]
    answers = [
        answer(
            ["new patients", "new clients", "accepting", "taking on"],
            "We're welcoming new patients - dogs and cats - and can usually book a first exam within a week; call "
            "the front desk at (541) 555-0142 or book at cedarhollowvet.example/book.",
        ),
        answer(
            ["price", "prices", "cost", "fee", "fees", "exam fee", "how much"],
            "A wellness exam is $72; vaccines and any tests are priced separately, and we're happy to give an "
            "estimate before anything is done.",
        ),
    ]
    goals = (VET_CLIENTS, VET_REFERRALS, VET_TEACHING, VET_SPEAKING, VET_MENTOR)
    return profile_toml(user, goals, providers=providers, never=never, answers=answers)


def to_hannah(
    path: Path, body: str, *, sender: str, subject: str, date: str = "Tue, 1 Dec 2026 10:00:00 -0800"
) -> Path:
    """A mail to Hannah, saved at `path`."""
    return eml(path, body, sender=sender, subject=subject, date=date, to=VET_HANNAH)


# -- Tessa Marlowe, an agency recruiter in Denver who places senior engineers (session 24, recruiter) -------------
RECRUITER_CLIENTS = goal(
    "find_clients",
    "New client companies: heads of talent and engineering hiring managers who need senior engineers placed",
    [
        "heads of talent",
        "talent acquisition",
        "hiring managers",
        "engineering managers",
        "VP of Engineering",
        "CTOs",
        "startups hiring senior engineers",
    ],
    1,
)
RECRUITER_CANDIDATES = goal(
    "custom",
    "Meet strong senior and staff engineers I can place (candidates)",
    [
        "senior engineers",
        "staff engineers",
        "backend engineers",
        "platform engineers",
        "engineers looking for a new role",
        "candidates",
    ],
    1,
)
RECRUITER_SPEAKING = goal(
    "build_credibility",
    "Speak at HR and tech-recruiting meetups about hiring senior engineers",
    ["recruiting meetups", "HR meetups", "talent acquisition events", "tech recruiting", "Denver HR"],
    2,
)
RECRUITER_MENTOR = goal(
    "find_mentor",
    "A mentor who has founded and grown a recruiting agency",
    ["agency founders", "recruiting agency owners", "search firm founders", "growing an agency"],
    2,
)
RECRUITER_PEERS = goal(
    "find_community",
    "A peer group of independent recruiters to swap notes with",
    ["independent recruiters", "solo recruiters", "boutique agencies", "recruiter peer group"],
    3,
)
RECRUITER_NEVER = (
    "splitting fees with other recruiters on candidates I haven't verified myself",
    "paying for candidate databases or lead lists",
    "unpaid recruiting 'trials' or free trial searches",
    "calls after 6pm",
)
TESSA = "Tessa Marlowe <tessa@marlowesearch.example>"


def agency_recruiter_profile(*goals: Table) -> str:
    """Tessa Marlowe's profile: she runs Marlowe Search, a one-person agency placing senior engineers; her clients
    are the companies that hire, her candidates the engineers she places (the goals given instead of hers, where
    any are). Her providers are an ATS, a LinkedIn Recruiter seat and a background-check service; her answers say
    her fee and where she places."""
    user = {
        "name": "Tessa Marlowe",
        "email": "tessa@marlowesearch.example",
        "signature": "Tessa Marlowe, Marlowe Search",
        "tone": "warm",
        "date_style": "us",
        "weekly_networking_hours": 5,
        "time_zone": "America/Denver",
        "meeting_hours": ["Mon-Fri 09:00-17:30"],
        "own_domains": ["marlowesearch.example"],
    }
    providers = [
        ("applicant tracking system (ATS)", "Loxo"),
        ("LinkedIn Recruiter seat", "LinkedIn Recruiter Lite"),
        ("background checks", "Checkr"),
    ]
    process = resource(
        "How I run a senior engineering search",
        "A one-page outline of my process, timeline and fee for contingency and retained searches",
        "https://marlowesearch.example/process",
        "hiring managers and heads of talent deciding whether to work with an agency",
    )
    answers = [
        answer(
            ["fee", "fees", "rate", "charge", "cost", "percentage"],
            "My fee is 20% of first-year base salary, on contingency, with a 90-day replacement guarantee; for "
            "retained searches it's the same fee in three parts.",
        ),
        answer(
            ["remote", "relocation", "location"],
            "I place senior engineers in Denver, Boulder and fully remote roles across US time zones.",
        ),
    ]
    goals = goals or (
        RECRUITER_CLIENTS,
        RECRUITER_CANDIDATES,
        RECRUITER_SPEAKING,
        RECRUITER_MENTOR,
        RECRUITER_PEERS,
    )
    return profile_toml(
        user, goals, providers=providers, never=RECRUITER_NEVER, resources=[process], answers=answers
    )


def to_tessa(
    path: Path, body: str, *, sender: str, subject: str, date: str = "Tue, 1 Dec 2026 08:00:00 -0700"
) -> Path:
    """A mail to Tessa, saved at `path`."""
    return eml(path, body, sender=sender, subject=subject, date=date, to=TESSA)


# -- Ingrid Castellano, general manager of The Foundry Hotel, an independent 180-room business hotel in Providence
# (session 24, hotel): planners and travel managers are her clients ----------------------------------------------
INGRID = "Ingrid Castellano <ingrid.castellano@foundryhotelpvd.example>"
HOTEL_GROUPS = goal(
    "find_clients",
    "Group and corporate bookings: offsites, conferences, weddings and corporate travel accounts for our 180 rooms "
    "and 6,000 sq ft of event space",
    [
        "event planners",
        "meeting planners",
        "corporate travel managers",
        "wedding planners",
        "group bookings",
        "corporate accounts",
        "offsites",
        "room blocks",
    ],
    1,
)
HOTEL_CITY_PARTNERS = goal(
    "meet_person",
    "Partner with the Providence Convention & Visitors Bureau and Visit Rhode Island on bringing groups to the city",
    [
        "Providence Convention & Visitors Bureau",
        "PCVB",
        "Visit Rhode Island",
        "tourism board",
        "convention bureau",
    ],
    1,
)
HOTEL_SPEAKING = goal(
    "build_credibility",
    "Speak at hospitality conferences about running an independent hotel",
    ["hospitality conferences", "hotel industry conferences", "independent hotels", "revenue strategy"],
    2,
)
HOTEL_MENTORING = goal(
    "help_client",
    "Mentor hospitality and hotel management students",
    ["hospitality students", "hotel management students", "hospitality schools", "Johnson & Wales"],
    3,
)
HOTEL_PEERS = goal(
    "find_community",
    "A peer group of independent hotel general managers and owners",
    ["independent hoteliers", "independent hotel general managers", "hotel owners", "peer group"],
    3,
)
HOTEL_NEVER = (
    "free stays for influencers in exchange for posts",
    "paying for placement or premium listings on booking or review sites",
    "kickbacks or commissions to planners or travel agents on top of standard agency commission",
    "meetings on Friday or Saturday evenings - that's our peak service",
)


def hotel_profile(*never: str) -> str:
    """Ingrid Castellano's profile: she meets weekday late mornings and Tuesday to Thursday afternoons; her rules keep
    her from comping influencers, paying for listings, paying planners kickbacks (standard agency commission is
    fine) and meetings on her peak Friday and Saturday evenings (or `never` instead); she has a PMS, a revenue
    consultant and a linen service, and answers a planner's questions on rates, meeting space and site visits."""
    user = {
        "name": "Ingrid Castellano",
        "email": "ingrid.castellano@foundryhotelpvd.example",
        "signature": "Ingrid Castellano\nGeneral Manager, The Foundry Hotel\n(401) 555-0163",
        "tone": "warm",
        "date_style": "us",
        "weekly_networking_hours": 4,
        "time_zone": "America/New_York",
        "holidays": "US-RI",
        "meeting_hours": ["Mon-Fri 10:00-12:00", "Tue-Thu 14:00-16:30"],
        "own_domains": ["foundryhotelpvd.example"],
    }
    providers = [
        ("property management system", "Cloudbeds"),
        ("revenue management", "Teresa Valdez, Harborlight Revenue Advisors"),
        ("linen and laundry service", "Narragansett Linen Co."),
    ]
    answers = [
        answer(
            ["rate", "rates", "group rate", "pricing", "price", "cost", "budget"],
            "Our group rates for 10 rooms or more start at $189 a night midweek and $229 on weekends; I'll send a "
            "firm quote once I have your dates and room count.",
        ),
        answer(
            ["meeting space", "meeting room", "ballroom", "capacity", "event space", "breakout rooms"],
            "Our Forge Ballroom seats 180 banquet-style or 220 theatre-style, and we have four breakout rooms for 12 "
            "to 40 people.",
        ),
        answer(
            ["site visit", "tour", "walkthrough", "show you around"],
            "I'd be glad to show you around: site visits work best on weekday mornings, when the ballroom is free.",
        ),
    ]
    goals = (HOTEL_GROUPS, HOTEL_CITY_PARTNERS, HOTEL_SPEAKING, HOTEL_MENTORING, HOTEL_PEERS)
    return profile_toml(user, goals, providers=providers, never=never or HOTEL_NEVER, answers=answers)


def to_hotel(
    path: Path, body: str, *, sender: str, subject: str, date: str = "Tue, 01 Dec 2026 10:00:00 -0500"
) -> Path:
    """A mail to Ingrid, saved at `path`."""
    return eml(path, body, sender=sender, subject=subject, date=date, to=INGRID)


# -- Dr. Hannah Brennan's pages (session 24, round two): her new puppy and kitten guide, and how shadowing works

VET_PAGES = (
    resource(
        "New puppy and kitten guide",
        "Vaccines, deworming, spay/neuter timing and what to buy in the first month",
        "https://cedarhollowvet.example/new-puppy-kitten",
        "new puppy and kitten owners and the breeders who send them home",
    ),
    resource(
        "Shadowing at Cedar Hollow: what to expect",
        "How shadowing days work at the clinic, what to wear and how to sign up",
        "https://cedarhollowvet.example/shadowing",
        "pre-vet and veterinary students who want to shadow",
    ),
)


def vet_profile_with_pages(never: Sequence[str] = VET_NEVER) -> str:
    """Hannah's profile with her two pages as resources."""
    pages = [
        "\n".join(["", "[[resources]]", *(f"{key} = {_value(value)}" for key, value in page.items())])
        for page in VET_PAGES
    ]
    return vet_profile(never) + "\n".join(pages) + "\n"


# -- Rosa Delgado, an independent brand strategist and speaker in Chicago (session 25, rules): her never-rules as
# real users write them ("no pay-to-play awards", "I don't do spec work", "no podcasts with under 1,000 listeners")
RULES_ROSA = "Rosa Delgado <rosa@delgadobrand.example>"
RULES_CLIENTS = goal(
    "find_clients",
    "Consumer brands and founders who need brand strategy, positioning or naming",
    ["consumer brands", "founders", "brand strategy", "positioning", "rebranding", "naming"],
    1,
)
RULES_SPEAKING = goal(
    "build_credibility",
    "Speak at marketing conferences and on podcasts about brand positioning",
    ["marketing conferences", "podcasts", "brand positioning", "keynotes", "panels"],
    2,
)
RULES_PEERS = goal(
    "find_community",
    "A peer group of independent marketing consultants in Chicago",
    ["independent consultants", "marketing consultants", "Chicago"],
    3,
)


def rules_profile(*never: str) -> str:
    """Rosa Delgado's profile: a brand strategist in Chicago (Illinois holidays) who meets weekdays 9 to 5 and
    wants clients, talks and podcasts, and peers; her never-rules are `never`."""
    user = {
        "name": "Rosa Delgado",
        "email": "rosa@delgadobrand.example",
        "signature": "Rosa Delgado\nDelgado Brand Studio, Chicago",
        "tone": "warm",
        "date_style": "us",
        "weekly_networking_hours": 4,
        "time_zone": "America/Chicago",
        "holidays": "US-IL",
        "own_domains": ["delgadobrand.example"],
    }
    return profile_toml(user, (RULES_CLIENTS, RULES_SPEAKING, RULES_PEERS), never=never)


def to_rules_rosa(
    path: Path, body: str, *, sender: str, subject: str, date: str = "Tue, 1 Dec 2026 08:00:00 -0600"
) -> Path:
    """A mail to Rosa, saved at `path`."""
    return eml(path, body, sender=sender, subject=subject, date=date, to=RULES_ROSA)


# -- session 25 (users): Ingrid's city partner given by its site too ----------------------------------------------


def users_hotel_profile_with_site() -> str:
    """Ingrid Castellano's profile, her city-partners goal naming the visitors bureau's site ("goprovidence.example")
    beside its names: mail from that domain is the bureau's, though it names no organisation."""
    return hotel_profile().replace('"PCVB",', '"PCVB",\n    "goprovidence.example",', 1)


# -- Rory Delgado, owner of Ironside Strength, an independent strength-and-conditioning gym in Tacoma (session 25,
# gym): two coaches, 180 members; corporate wellness clients, a women's strength community, speaking on injury
# prevention, physical-therapist partners and a mentor who has opened a second location

GYM_OWNER = "Rory Delgado <rory@ironsidestrength.example>"
GYM_CORPORATE = goal(
    "find_clients",
    "Corporate wellness clients: on-site or in-gym strength programs for local employers' staff",
    [
        "corporate wellness",
        "employee wellness",
        "HR managers",
        "benefits managers",
        "local employers",
        "workplace wellness programs",
    ],
    1,
)
GYM_WOMENS_STRENGTH = goal(
    "find_community",
    "Grow our women's strength community: women lifting together, beginner barbell nights and meetups",
    ["women's strength", "women who lift", "women in strength training", "beginner lifters", "barbell clubs"],
    1,
)
GYM_SPEAKING = goal(
    "build_credibility",
    "Speak on injury prevention and safe strength training for desk workers, runners and older adults",
    [
        "injury prevention",
        "safe lifting",
        "workshops",
        "conferences",
        "podcasts",
        "strength training for runners",
    ],
    2,
)
GYM_PT_PARTNERS = goal(
    "meet_person",
    "Partner with local physical therapists on referrals both ways and a return-to-lifting pathway",
    [
        "physical therapists",
        "physical therapy clinics",
        "physiotherapists",
        "sports medicine",
        "cross-referrals",
    ],
    2,
)
GYM_MENTOR = goal(
    "find_mentor",
    "A mentor who has opened a second gym location and can tell me what they wish they had known",
    [
        "gym owners with a second location",
        "multi-location gym owners",
        "fitness business owners",
        "expansion",
    ],
    3,
)
GYM_NEVER = (
    "free memberships for influencers in exchange for posts",
    "selling or endorsing supplements",
    "franchise deals",
    "paid ambassador programs or brand ambassador deals",
    "meetings during peak class times, weekdays 5-8 am and 5-8 pm",
)
GYM_RESOURCES = (
    resource(
        "Desk-worker mobility and injury-prevention guide",
        "A one-page routine for people who sit all day: hips, upper back and a safe deadlift hinge",
        "https://ironsidestrength.example/desk-mobility",
        "employers and office teams looking for injury prevention and workplace wellness",
    ),
    resource(
        "Women's Barbell Night: how to join",
        "Our free monthly beginner barbell night for women, what to bring and how to sign up",
        "https://ironsidestrength.example/barbell-night",
        "women new to strength training and lifting",
    ),
)


GYM_GOALS = (GYM_CORPORATE, GYM_WOMENS_STRENGTH, GYM_SPEAKING, GYM_PT_PARTNERS, GYM_MENTOR)


def gym_profile(*never: str, goals: Iterable[Table] = GYM_GOALS) -> str:
    """Rory Delgado's profile: she meets weekdays mid-morning and early afternoon, never in peak class times; her
    rules keep her from comping influencers, selling supplements, franchise deals and ambassador programs (or
    `never` instead); she has gym software, a bookkeeper and an equipment supplier, and answers an employer's
    questions on corporate programs, pricing and insurance. `goals` in the place of hers where given."""
    user = {
        "name": "Rory Delgado",
        "email": "rory@ironsidestrength.example",
        "signature": "Rory Delgado\nOwner & Head Coach, Ironside Strength\n(253) 555-0148",
        "tone": "warm",
        "date_style": "us",
        "weekly_networking_hours": 3,
        "time_zone": "America/Los_Angeles",
        "holidays": "US-WA",
        "meeting_hours": ["Mon-Fri 10:00-12:00", "Mon,Wed 13:00-15:00"],
        "own_domains": ["ironsidestrength.example"],
    }
    providers = [
        ("gym management software", "PushPress"),
        ("bookkeeping", "Lena Ortiz, Ledgerline Bookkeeping"),
        ("gym equipment", "Rogue Fitness"),
    ]
    answers = [
        answer(
            ["corporate program", "corporate wellness", "employee program", "group program", "on-site"],
            "Our corporate program runs 6 or 12 weeks, twice a week, for groups of 6 to 20 - in our gym before work "
            "or at your office at lunch.",
        ),
        answer(
            ["price", "pricing", "cost", "rates", "budget", "per employee"],
            "Corporate groups start at $65 per employee a month; I'll send a firm quote once I know your group size "
            "and schedule.",
        ),
        answer(
            ["insurance", "liability", "certified", "certifications"],
            "Both our coaches are NSCA-certified and we carry $2M general and professional liability cover.",
        ),
    ]
    return profile_toml(
        user, goals, providers=providers, never=never or GYM_NEVER, resources=GYM_RESOURCES, answers=answers
    )


def to_gym(
    path: Path, body: str, *, sender: str, subject: str, date: str = "Tue, 01 Dec 2026 09:00:00 -0800"
) -> Path:
    """A mail to Rory, saved at `path`."""
    return eml(path, body, sender=sender, subject=subject, date=date, to=GYM_OWNER)


# -- Wren Calloway, wedding and portrait photographer, a one-person studio in Asheville, NC (session 25, photo) ---

PHOTO_WREN = "Wren Calloway <wren@wrencallowayphoto.example>"
PHOTO_COUPLES = goal(
    "find_clients",
    "Couples planning weddings and elopements in Asheville and the Blue Ridge, and families who want portraits",
    ["engaged couples", "weddings", "elopements", "engagement sessions", "family portraits"],
    1,
)
PHOTO_REFERRALS = goal(
    "find_clients",
    "Wedding planners and venues who refer their couples to me (relationships, not pitching)",
    ["wedding planners", "wedding venues", "event coordinators", "referrals"],
    1,
)
PHOTO_WORKSHOP = goal(
    "build_credibility",
    "Teach my Light & Lens natural-light workshop to new photographers",
    ["photography workshop", "natural light", "new photographers", "camera clubs"],
    2,
)
PHOTO_VENDORS = goal(
    "find_community",
    "A circle of wedding vendors in Western North Carolina who know and trust each other",
    ["wedding vendors", "florists", "WNC wedding professionals", "vendor meetups"],
    3,
)
PHOTO_PUBLISHED = goal(
    "custom",
    "Get a real wedding of mine featured in a regional wedding magazine",
    ["Blue Ridge Bride", "real wedding features", "wedding magazines"],
    3,
)
PHOTO_NEVER = (
    "unpaid work for exposure",
    "unpaid styled shoots",
    "paying to be on preferred vendor lists",
    "photo contests that take the copyright to my images",
    "free sessions for influencers in exchange for posts",
    "meetings on Saturdays or Sundays - those are my shoot days",
)


def photo_profile(*never: str) -> str:
    """Wren Calloway's profile: couples and families are her clients, planners and venues send them to her; she
    teaches a natural-light workshop, wants a vendor circle and a magazine feature; she meets Monday afternoons and
    Tuesday to Thursday late mornings to mid-afternoons, never on her weekend shoot days (or `never` instead); she
    has an album lab, a gallery host, an outsourced editor and studio software, and answers prices, availability,
    second shooting, her workshop and travel."""
    user = {
        "name": "Wren Calloway",
        "email": "wren@wrencallowayphoto.example",
        "signature": "Wren Calloway\nWren Calloway Photography\nAsheville, NC | (828) 555-0147",
        "tone": "warm",
        "date_style": "us",
        "weekly_networking_hours": 3,
        "time_zone": "America/New_York",
        "holidays": "US-NC",
        "meeting_hours": ["Mon 13:00-17:00", "Tue-Thu 10:00-15:00"],
    }
    providers = [
        ("albums and prints", "Miller's Lab"),
        ("client galleries", "Pic-Time"),
        ("photo editing", "Evolve Edits"),
        ("studio management software", "HoneyBook"),
        ("website", "Showit"),
    ]
    answers = [
        answer(
            ["price", "pricing", "rates", "cost", "packages", "investment", "collections"],
            "My wedding collections start at $3,800 for eight hours of coverage, and family sessions are $450 for "
            "an hour with 40 edited images.",
        ),
        answer(
            ["availability", "available", "hold the date", "retainer"],
            "I photograph one wedding per weekend; a signed contract and a $1,000 retainer hold your date.",
        ),
        answer(
            ["second shooter", "second shooting", "second shoot", "assist", "assistant"],
            "I hire second shooters for my larger weddings at $50 an hour; send me your portfolio and the 2027 dates "
            "you're free.",
        ),
        answer(
            ["workshop", "Light & Lens", "class", "teach"],
            "My Light & Lens workshop runs twice a year in Asheville: a full day, $395, eight students at most.",
        ),
        answer(
            ["travel", "destination", "travel fee"],
            "I travel anywhere in the Southeast; travel more than 100 miles from Asheville is added at cost.",
        ),
    ]
    resources = [
        resource(
            "Wedding day timeline guide",
            "A free guide to planning the wedding day around the best light",
            "https://wrencallowayphoto.example/timeline-guide",
            "engaged couples planning their wedding day",
        ),
        resource(
            "Light & Lens workshop",
            "Dates, what we cover and how to sign up for my natural-light workshop",
            "https://wrencallowayphoto.example/workshop",
            "new photographers who want to learn natural light",
        ),
    ]
    goals = (PHOTO_COUPLES, PHOTO_REFERRALS, PHOTO_WORKSHOP, PHOTO_VENDORS, PHOTO_PUBLISHED)
    return profile_toml(
        user, goals, providers=providers, never=never or PHOTO_NEVER, resources=resources, answers=answers
    )


def to_photo(
    path: Path, body: str, *, sender: str, subject: str, date: str = "Tue, 01 Dec 2026 09:00:00 -0500"
) -> Path:
    """A mail to Wren, saved at `path`."""
    return eml(path, body, sender=sender, subject=subject, date=date, to=PHOTO_WREN)


# -- Dr. Helen Okonkwo-Barr, associate professor of environmental engineering at Colorado State University in Fort
# Collins, who runs a water-treatment lab of eight students (session 25, prof) ------------------------------------
PROF_HELEN = "Helen Okonkwo-Barr <helen.okonkwo-barr@colostate.example.edu>"
PROF_INDUSTRY = goal(
    "find_clients",
    "Industry partners who fund or co-develop water-treatment research: membrane filtration, PFAS removal and "
    "small-system drinking water",
    [
        "water utilities",
        "water treatment companies",
        "membrane manufacturers",
        "industry partners",
        "research partnerships",
        "sponsored research",
        "PFAS removal",
    ],
    1,
)
PROF_MENTOR = goal(
    "find_mentor",
    "A senior professor as a mentor on the path from associate to full professor",
    ["full professors", "senior faculty", "promotion to full professor", "emeritus professors"],
    1,
)
PROF_SPEAKING = goal(
    "build_credibility",
    "Keynotes and invited talks at the conferences of my field",
    [
        "AWWA ACE",
        "WEFTEC",
        "AEESP conference",
        "water treatment conferences",
        "environmental engineering conferences",
        "keynote",
        "invited talk",
    ],
    2,
)
PROF_PLACEMENT = goal(
    "help_client",
    "Place my graduating PhD students in postdocs, faculty jobs and industry R&D roles",
    ["PhD students", "graduating students", "postdoc positions", "faculty positions", "industry R&D roles"],
    2,
)
PROF_NEVER = (
    "paying to publish, present or sit on an editorial board (predatory journals and conferences)",
    "unpaid consulting for companies",
    "vendor demos for lab equipment",
    "meetings on weekends",
)


def prof_profile(*never: str) -> str:
    """Helen Okonkwo-Barr's profile: industry partners for her water-treatment research, a mentor toward full
    professor, talks at her field's conferences and jobs for her graduating PhD students; she never pays to
    publish or sit on a board, consults for free, sits through lab-equipment demos or meets at weekends (or
    `never` instead); her lab already has its instruments, and she answers the usual student, reviewing and
    media questions in her own words."""
    user = {
        "name": "Helen Okonkwo-Barr",
        "email": "helen.okonkwo-barr@colostate.example.edu",
        "signature": "Helen Okonkwo-Barr, PhD\nAssociate Professor, Civil & Environmental Engineering\n"
        "Colorado State University",
        "tone": "formal",
        "date_style": "us",
        "weekly_networking_hours": 3,
        "time_zone": "America/Denver",
        "holidays": "US-CO",
        "meeting_hours": ["Tue,Thu 13:00-16:00", "Fri 09:00-11:00"],
        "own_domains": ["colostate.example.edu"],
    }
    providers = [
        ("mass spectrometry", "our Agilent 6470 LC/MS-MS"),
        ("total organic carbon analyzer", "a Shimadzu TOC-L"),
        ("lab information management", "LabArchives"),
    ]
    answers = [
        answer(
            [
                "join your lab",
                "PhD position",
                "openings",
                "graduate position",
                "funded position",
                "prospective student",
            ],
            "I take new PhD students through the department's graduate admissions each fall; please apply there "
            "and name me as a possible advisor - I read every application that does.",
        ),
        answer(
            ["review", "reviewer", "manuscript"],
            "I review for two journals a quarter and am full until March; I'm glad to be asked again after that.",
        ),
        answer(
            ["comment", "interview", "reporter", "story"],
            "I'm glad to talk about water treatment for a story; 15 minutes by phone works best, and I speak "
            "about the science, not about any one utility's decisions.",
        ),
    ]
    resources = [
        resource(
            "Small-system PFAS treatment primer",
            "A 6-page plain-language guide to PFAS treatment options for small water systems",
            "https://okonkwobarrlab.example.edu/pfas-primer",
            "small water systems, utility managers and journalists covering PFAS",
        ),
        resource(
            "Okonkwo-Barr lab alumni and graduating students",
            "Short bios and CVs of the lab's PhD students finishing in 2027",
            "https://okonkwobarrlab.example.edu/people",
            "employers hiring water-treatment PhDs and postdocs",
        ),
    ]
    goals = (PROF_INDUSTRY, PROF_MENTOR, PROF_SPEAKING, PROF_PLACEMENT)
    return profile_toml(
        user,
        goals,
        providers=providers,
        never=never or PROF_NEVER,
        resources=resources,
        answers=answers,
    )


def to_prof(
    path: Path, body: str, *, sender: str, subject: str, date: str = "Tue, 01 Dec 2026 09:00:00 -0700"
) -> Path:
    """A mail to Helen, saved at `path`."""
    return eml(path, body, sender=sender, subject=subject, date=date, to=PROF_HELEN)


# -- session 26, langs: a bilingual strategy consultant, one for each language kindly reads (her mail comes half in
# English, half in her other language) ------------------------------------------------------------------------------
LANGS_CONSULTANTS = {
    # code: name, address, signature, time zone
    "en": (
        "Claire Martin",
        "claire@martinconseil.example.ca",
        "Claire Martin, Martin Conseil",
        "America/Toronto",
    ),
    "fr": (
        "Claire Martin",
        "claire@martinconseil.example.ca",
        "Claire Martin, Martin Conseil",
        "America/Toronto",
    ),
    "es": ("Inés Navarro", "ines@navarroconsulting.example.com", "Inés Navarro", "America/New_York"),
    "de": ("Lena Hoffmann", "lena@hoffmann-beratung.example.de", "Lena Hoffmann", "Europe/Berlin"),
    "pt": ("Beatriz Lima", "beatriz@limaconsultoria.example.pt", "Beatriz Lima", "Europe/Lisbon"),
    "it": ("Giulia Conti", "giulia@conticonsulenza.example.it", "Giulia Conti", "Europe/Rome"),
    "nl": ("Eva Janssen", "eva@janssenadvies.example.nl", "Eva Janssen", "Europe/Amsterdam"),
}
LANGS_CLIENTS = goal(
    "find_clients",
    "Family businesses and small manufacturers that need a growth strategy",
    ["family businesses", "small manufacturers", "small businesses", "shops", "restaurants"],
    1,
)
LANGS_SPEAKING = goal(
    "build_credibility",
    "Paid keynotes and workshops at business conferences and chambers of commerce",
    ["conferences", "keynotes", "chambers of commerce", "workshops"],
    2,
)


def langs_consultant_profile(code: str) -> str:
    """The profile of the consultant who reads language `code` (LANGS_CONSULTANTS): she meets weekday mornings and
    Tuesday and Thursday afternoons, already has a marketing agency and a payroll service, and never speaks
    unpaid."""
    name, address, signature, zone = LANGS_CONSULTANTS[code]
    user = {
        "name": name,
        "email": address,
        "signature": signature,
        "tone": "warm",
        "weekly_networking_hours": 4,
        "time_zone": zone,
        "meeting_hours": ["Mon-Fri 09:00-12:00", "Tue,Thu 14:00-17:00"],
    }
    providers = [("marketing agency", "Agence Nord"), ("payroll", "Paie Express")]
    return profile_toml(
        user, (LANGS_CLIENTS, LANGS_SPEAKING), providers=providers, never=("unpaid speaking engagements",)
    )


def to_langs_consultant(
    code: str, path: Path, body: str, *, sender: str, subject: str, **headers: Any
) -> Path:
    """A mail to the consultant who reads `code`, written on Monday 30 November 2026 at 10:00 in her zone's
    offset, saved at `path` (`headers`: message_id, in_reply_to, references for a thread)."""
    name, address, _, zone = LANGS_CONSULTANTS[code]
    offset = {"America/Toronto": "-0500", "America/New_York": "-0500", "Europe/Lisbon": "+0000"}.get(
        zone, "+0100"
    )
    date = f"Mon, 30 Nov 2026 10:00:00 {offset}"
    return eml(path, body, sender=sender, subject=subject, date=date, to=f"{name} <{address}>", **headers)


# -- Renée Castellanos-Boyd, program officer for economic mobility at the Halvorsen Family Foundation in Cleveland,
# Ohio, a mid-sized family foundation that funds by open cycle and invitation (session 26, funder) ----------------

FUNDER_RENEE = "Renée Castellanos-Boyd <rcboyd@halvorsenfoundation.example.org>"
FUNDER_COFUNDERS = goal(
    "meet_person",
    "Co-funders and field leaders in economic mobility: other program officers, funder collaboratives and the "
    "people who lead the field",
    [
        "co-funders",
        "funder collaborative",
        "pooled fund",
        "program officers",
        "economic mobility",
        "guaranteed income",
        "workforce development",
        "field leaders",
    ],
    1,
)
FUNDER_GRANTEES = goal(
    "help_client",
    "Visit our grantees and keep close to their work: site visits, updates and their convenings",
    ["grantees", "site visit", "our grantee partners", "program visit", "grantee convening"],
    1,
)
FUNDER_PANEL = goal(
    "build_credibility",
    "Speak on a panel about trust-based philanthropy",
    [
        "trust-based philanthropy",
        "panel",
        "philanthropy conferences",
        "Council on Foundations",
        "Grantmakers for Effective Organizations",
        "unrestricted funding",
        "participatory grantmaking",
    ],
    2,
)
FUNDER_MENTOR = goal(
    "custom",
    "Mentor people of colour entering philanthropy",
    [
        "people of color in philanthropy",
        "emerging philanthropy professionals",
        "mentee",
        "mentorship",
        "early-career grantmakers",
        "fellows",
    ],
    2,
)
FUNDER_NEVER = (
    "buying tables or tickets at galas - the foundation does not sponsor events outside a grant",
    "coffee meetings to hear an organization's pitch outside our grant cycle",
    "sharing grantee data or applicants' information",
    "meetings on weekends",
)


def funder_profile(*never: str) -> str:
    """Renée Castellanos-Boyd's profile: co-funders and field leaders in economic mobility, visits to her grantees,
    a panel on trust-based philanthropy and mentoring people of colour entering philanthropy; she never buys gala
    tables, takes pitch coffees outside the cycle, shares grantee data or meets at weekends (or `never` instead);
    the foundation already has an evaluator and a grants-management system, and she answers how to apply, press,
    job and data questions in her own words."""
    user = {
        "name": "Renée Castellanos-Boyd",
        "email": "rcboyd@halvorsenfoundation.example.org",
        "signature": "Renée Castellanos-Boyd\nProgram Officer, Economic Mobility\nHalvorsen Family Foundation",
        "tone": "warm",
        "date_style": "us",
        "weekly_networking_hours": 4,
        "time_zone": "America/New_York",
        "holidays": "US-OH",
        "meeting_hours": ["Tue-Thu 10:00-12:00", "Tue-Thu 14:00-16:30"],
        "own_domains": ["halvorsenfoundation.example.org"],
    }
    providers = [
        ("program evaluation", "Mathematica, our evaluation partner"),
        ("grants management software", "Fluxx"),
        ("donor and board CRM", "Salesforce Nonprofit Cloud"),
    ]
    answers = [
        answer(
            [
                "apply",
                "application",
                "funding",
                "grant",
                "introduce our work",
                "letter of inquiry",
                "funding opportunities",
            ],
            "We fund through an open cycle each spring and by invitation: our economic mobility guidelines and the "
            "letter-of-inquiry form are at halvorsenfoundation.example.org/apply, and every inquiry there is read "
            "by our team.",
        ),
        answer(
            ["job", "position", "role", "hiring", "openings", "resume"],
            "Our openings are posted at halvorsenfoundation.example.org/careers; I'm not able to refer candidates "
            "for them myself.",
        ),
        answer(
            ["comment", "interview", "reporter", "story", "article"],
            "For press, our communications director, Dana Whitcomb (press@halvorsenfoundation.example.org), "
            "arranges interviews; I'm glad to speak about the field, not about individual grants.",
        ),
        answer(
            ["data", "dataset", "grantee data", "grants data"],
            "Our grants are listed publicly on Candid and in our annual report; we don't share grantee or "
            "applicant data beyond that.",
        ),
    ]
    resources = [
        resource(
            "Halvorsen economic mobility guidelines",
            "What we fund, our open cycle dates and the letter-of-inquiry form",
            "https://halvorsenfoundation.example.org/apply",
            "nonprofits seeking funding for economic mobility work in Northeast Ohio",
        ),
        resource(
            "Pathways into philanthropy reading list",
            "Fellowships, networks and first jobs for people entering philanthropy, with a note on each",
            "https://halvorsenfoundation.example.org/pathways",
            "people of color and early-career professionals entering philanthropy",
        ),
    ]
    goals = (FUNDER_COFUNDERS, FUNDER_GRANTEES, FUNDER_PANEL, FUNDER_MENTOR)
    return profile_toml(
        user, goals, providers=providers, never=never or FUNDER_NEVER, resources=resources, answers=answers
    )


def to_funder(
    path: Path, body: str, *, sender: str, subject: str, date: str = "Tue, 01 Dec 2026 09:00:00 -0500"
) -> Path:
    """A mail to Renée, saved at `path`."""
    return eml(path, body, sender=sender, subject=subject, date=date, to=FUNDER_RENEE)


# -- Isla Munro, founder of Saltmarsh Games, a 4-person indie studio in Glasgow shipping its narrative game "Low Tide
# Letters" in 2027 (session 26, game) ------------------------------------------------------------------------------
GAME_ISLA = "Isla Munro <isla@saltmarshgames.example>"
GAME_PUBLISHER = goal(
    "custom",
    "Find a publisher or funding for Low Tide Letters: a publishing deal, a grant or an investor who knows games",
    [
        "game publishers",
        "publishing deal",
        "publishers",
        "games funding",
        "investors",
        "grants",
        "UK Games Fund",
    ],
    1,
)
GAME_COMMUNITY = goal(
    "find_community",
    "A community of indie developers in Scotland and beyond: game jams, meetups, playtest swaps",
    ["indie developers", "game developers", "game jams", "dev meetups", "playtest swaps"],
    2,
)
GAME_COVERAGE = goal(
    "amplify_campaign",
    "Press and streamer coverage for Low Tide Letters before launch",
    ["streamers", "YouTubers", "games press", "games journalists", "Low Tide Letters"],
    2,
)
GAME_SPEAKING = goal(
    "build_credibility",
    "Speak at one games festival this year about writing branching narrative",
    ["games festivals", "narrative design talks", "Develop:Brighton", "EGX", "Scottish Games Week"],
    3,
)
GAME_STUDENTS = goal(
    "custom",
    "Help students break into the games industry",
    ["games students", "students", "graduates", "universities", "breaking into games"],
    3,
)
GAME_NEVER = (
    "paying to enter festivals or showcases",
    "giving free keys to anyone I can't verify as a real creator",
    "unpaid work on other people's games",
    "meetings on Fridays - that's our build and playtest day",
)


def game_profile(*never: str) -> str:
    """Isla Munro's profile: a publisher or funding for her studio's narrative game, a community of indie developers,
    press and streamer coverage, one festival talk and help for students; she never pays to enter a showcase, gives
    keys to creators she can't verify, works unpaid on others' games or meets on Fridays (or `never` instead); her
    studio already has an engine, QA, localisation, a composer and a PR contact, and she answers key requests,
    build access, playtests, release dates and student questions in her own words."""
    user = {
        "name": "Isla Munro",
        "email": "isla@saltmarshgames.example",
        "signature": "Isla Munro\nFounder, Saltmarsh Games\nGlasgow",
        "tone": "warm",
        "date_style": "international",
        "weekly_networking_hours": 4,
        "time_zone": "Europe/London",
        "holidays": "GB-SCT",
        "meeting_hours": ["Tue-Thu 14:00-17:00", "Mon 10:00-12:00"],
    }
    providers = [
        ("game engine", "Godot"),
        ("QA and testing", "Testronic"),
        ("localisation", "Locsmiths Glasgow"),
        ("music and sound", "our composer, Ruaridh Bell"),
        ("PR", "Harbour PR"),
        ("porting", "our own programmer, Callum"),
    ]
    answers = [
        answer(
            ["key", "keys", "Steam key", "review key", "press key"],
            "We send review keys through Keymailer to creators we can verify; please request Low Tide Letters there "
            "from the channel you cover it on.",
        ),
        answer(
            ["release date", "launch", "release", "when does it come out"],
            "Low Tide Letters comes out on PC and Switch in spring 2027; the Steam page is up to wishlist now.",
        ),
        answer(
            ["playtest", "play test", "demo", "build"],
            "Our next closed playtest opens in January; sign up on our Discord and we'll send the build.",
        ),
        answer(
            ["pitch deck", "deck", "budget", "funding ask"],
            "We're raising GBP 180,000 to finish Low Tide Letters; I can send the pitch deck and a build under NDA.",
        ),
        answer(
            ["portfolio", "internship", "junior", "break into", "advice"],
            "We're too small for internships right now, but I'm glad to look at a portfolio - a playable thing and a "
            "short write-up of what you did beats a long CV.",
        ),
    ]
    resources = [
        resource(
            "Saltmarsh press kit",
            "Trailer, screenshots, fact sheet and logos for Low Tide Letters",
            "https://saltmarshgames.example/presskit",
            "games journalists, streamers and YouTubers covering the game",
        ),
        resource(
            "Breaking into games: notes for students",
            "My short guide to portfolios, game jams and first jobs in games",
            "https://saltmarshgames.example/students",
            "games students and graduates looking for their first job in games",
        ),
    ]
    goals = (GAME_PUBLISHER, GAME_COMMUNITY, GAME_COVERAGE, GAME_SPEAKING, GAME_STUDENTS)
    return profile_toml(
        user, goals, providers=providers, never=never or GAME_NEVER, resources=resources, answers=answers
    )


def to_game(
    path: Path, body: str, *, sender: str, subject: str, date: str = "Tue, 01 Dec 2026 09:00:00 +0000"
) -> Path:
    """A mail to Isla, saved at `path`."""
    return eml(path, body, sender=sender, subject=subject, date=date, to=GAME_ISLA)


# -- session 26 (rules): Mateo Okafor, a product designer in Toronto (Ontario holidays), whose never-rules name his
# province and his panels; Rosa Delgado (rules_profile) is the other user of tests/test_s26_rules.py

RULES26_MATEO = "Mateo Okafor <mateo@okafordesign.example>"
RULES26_SPEAKING = goal(
    "build_credibility",
    "Speak at design conferences, meetups and on podcasts about product design",
    ["design conferences", "meetups", "podcasts", "panels", "product design"],
    1,
)
RULES26_CLIENTS = goal(
    "find_clients",
    "Startups and founders who need product design for a new app",
    ["startups", "founders", "product design", "app design"],
    2,
)


def rules26_profile(*never: str, holidays: str = "CA-ON") -> str:
    """Mateo Okafor's profile: a product designer in Toronto (his public holidays Ontario's, unless `holidays`),
    who wants talks and podcasts, then clients; his never-rules are `never`."""
    user = {
        "name": "Mateo Okafor",
        "email": "mateo@okafordesign.example",
        "signature": "Mateo Okafor\nOkafor Design, Toronto",
        "tone": "warm",
        "date_style": "international",
        "weekly_networking_hours": 4,
        "time_zone": "America/Toronto",
        "holidays": holidays,
    }
    return profile_toml(user, (RULES26_SPEAKING, RULES26_CLIENTS), never=never)


def to_rules26_mateo(path: Path, body: str, *, sender: str, subject: str) -> Path:
    """A mail to Mateo, saved at `path`."""
    return eml(
        path, body, sender=sender, subject=subject, date="Tue, 1 Dec 2026 08:00:00 -0500", to=RULES26_MATEO
    )


# -- Margot Ellison, interior designer who runs Ellison & Pine Interiors, a 3-person residential and boutique-hotel
# studio in Charleston, SC (session 26, design) ----------------------------------------------------------------------
DESIGN_MARGOT = "Margot Ellison <margot@ellisonpine.example>"
DESIGN_REFERRALS = goal(
    "find_clients",
    "Larger residential renovations and boutique-hotel projects, won through referral partners",
    [
        "builders",
        "custom home builders",
        "architects",
        "realtors",
        "referral partners",
        "boutique hotels",
        "hospitality projects",
        "whole-home renovations",
    ],
    1,
)
DESIGN_PUBLISHED = goal(
    "build_credibility",
    "Get one of our projects published in an editorial feature (never a paid placement)",
    [
        "Charleston Home + Design",
        "Garden & Gun",
        "editorial features",
        "design magazines",
        "shelter magazines",
    ],
    2,
)
DESIGN_TEACHING = goal(
    "build_credibility",
    "Teach and speak locally about residential design",
    ["design school", "interior design students", "panel", "talk", "ASID Carolinas", "guest lecture"],
    2,
)
DESIGN_PEERS = goal(
    "find_community",
    "A peer group of other design studio owners to compare notes on running a small studio",
    ["studio owners", "design business owners", "peer group", "mastermind", "roundtable"],
    3,
)
DESIGN_NEVER = (
    "free design consultations or advice in exchange for exposure",
    "paying for a magazine feature or an award",
    "paying for leads or lead-generation services",
    "meetings on Sundays",
)


def design_profile(*never: str) -> str:
    """Margot Ellison's profile: builders, architects and realtors who refer larger homes and boutique hotels, an
    editorial feature, local teaching and a peer group of studio owners; she never gives free design advice, pays
    for features or leads, or meets on Sundays (or `never` instead); her studio already has its design software,
    bookkeeper, photographer and website, and she answers fees, free consultations and trade-only questions."""
    user = {
        "name": "Margot Ellison",
        "email": "margot@ellisonpine.example",
        "signature": "Margot Ellison\nEllison & Pine Interiors\nCharleston, SC | (843) 555-0162",
        "tone": "warm",
        "date_style": "us",
        "weekly_networking_hours": 4,
        "time_zone": "America/New_York",
        "holidays": "US-SC",
        "meeting_hours": ["Tue-Thu 08:00-10:00", "Tue-Thu 15:00-17:00"],
    }
    providers = [
        ("interior design software", "Studio Designer"),
        ("bookkeeping", "a bookkeeper, Coastal Books"),
        ("architectural photography", "Julia Lynn Photography"),
        ("website", "Squarespace"),
    ]
    answers = [
        answer(
            ["fees", "rates", "pricing", "cost", "how much", "design fee"],
            "Our full-service projects start with a flat design fee from $12,000, and furnishings are billed at "
            "our trade pricing plus 20%.",
        ),
        answer(
            ["free consultation", "quick question", "pick your brain", "advice"],
            "I don't give design advice outside a project, but our paid 90-minute consultation ($350) is a great "
            "way to start, and it is credited to the design fee if we work together.",
        ),
        answer(
            ["availability", "start date", "timeline", "booking"],
            "We take on four new full-service projects a year and are booking starts for spring 2027.",
        ),
    ]
    resources = [
        resource(
            "Renovation planning checklist",
            "A free checklist of the decisions to make before a whole-home renovation starts",
            "https://ellisonpine.example/renovation-checklist",
            "homeowners planning a renovation or new build",
        ),
        resource(
            "Working with a designer: a guide for builders",
            "How we work with builders and architects, from drawings to install day",
            "https://ellisonpine.example/for-builders",
            "builders and architects who want to bring a designer onto a project",
        ),
    ]
    goals = (DESIGN_REFERRALS, DESIGN_PUBLISHED, DESIGN_TEACHING, DESIGN_PEERS)
    return profile_toml(
        user, goals, providers=providers, never=never or DESIGN_NEVER, resources=resources, answers=answers
    )


def to_design(
    path: Path, body: str, *, sender: str, subject: str, date: str = "Tue, 01 Dec 2026 09:00:00 -0500"
) -> Path:
    """A mail to Margot, saved at `path`."""
    return eml(path, body, sender=sender, subject=subject, date=date, to=DESIGN_MARGOT)


# -- session 26 (books): June Abernathy, owner of Lantern Street Books & Cafe, an independent bookstore with a cafe
# corner and six staff in Madison, Wisconsin ------------------------------------------------------------------------
BOOKS_JUNE = "June Abernathy <june@lanternstreetbooks.example>"
BOOKS_EVENTS = goal(
    "find_clients",
    "Host two author events a month that sell books: readings and signings with publishers' touring authors",
    ["author events", "readings", "book signings", "author tours", "publicists", "publishers"],
    1,
)
BOOKS_SCHOOLS = goal(
    "find_community",
    "Partner with schools and libraries on book fairs, author visits and reading programs",
    ["schools", "libraries", "book fairs", "teachers", "librarians", "reading programs"],
    1,
)
BOOKS_VOICE = goal(
    "build_credibility",
    "Be a voice for independent bookselling: panels, talks and interviews",
    ["literary festivals", "panels", "independent bookselling", "bookseller associations", "interviews"],
    2,
)
BOOKS_PEERS = goal(
    "find_community",
    "Meet other independent bookstore owners to share what works",
    [
        "independent booksellers",
        "bookstore owners",
        "Midwest Independent Booksellers Association",
        "indie bookstores",
    ],
    3,
)
BOOKS_NEVER = (
    "free events for self-published authors - we take their books on consignment instead",
    "paying to be listed in a directory",
    "meetings on Saturdays - that is our busiest day in the store",
    "bulk orders paid by check or wire before we have confirmed the buyer",
)


def books_profile(*never: str) -> str:
    """June Abernathy's profile: author events that sell, school and library partnerships, speaking for indie
    bookselling and meeting other store owners; she never gives self-published authors a free event, pays for a
    directory listing, meets on Saturdays or ships an unconfirmed bulk order (or `never` instead); the store already
    has a POS, a wholesaler, an e-commerce partner and an audiobook partner, and she answers consignment, event
    requirements, school discounts, book-club discounts and hours in her own words."""
    user = {
        "name": "June Abernathy",
        "email": "june@lanternstreetbooks.example",
        "signature": "June Abernathy\nOwner, Lantern Street Books & Cafe\nMadison, WI",
        "tone": "warm",
        "date_style": "us",
        "weekly_networking_hours": 3,
        "time_zone": "America/Chicago",
        "holidays": "US-WI",
        "meeting_hours": ["Mon-Wed 14:00-17:00", "Thu 09:00-11:00"],
    }
    providers = [
        ("point of sale and inventory software", "Basil POS"),
        ("book wholesaler", "Ingram"),
        ("online bookstore", "Bookshop.org"),
        ("audiobooks", "Libro.fm"),
        ("website", "IndieCommerce"),
        ("espresso machine service", "Ancora Coffee"),
    ]
    answers = [
        answer(
            ["consignment", "carry my book", "stock my book", "sell my book"],
            "We take self-published books on consignment: three copies for 90 days, a 60/40 split in your favor. "
            "Drop them off with the consignment form from our website any weekday.",
        ),
        answer(
            ["event requirements", "host an event", "reading", "signing", "book launch", "event"],
            "For author events we need the publisher's event kit, books ordered through Ingram four weeks ahead, "
            "and an evening from Tuesday to Thursday; our space seats 60.",
        ),
        answer(
            ["school discount", "educator discount", "book fair", "classroom"],
            "Schools and teachers get 20% off, and our book fairs give the school 25% of sales in books.",
        ),
        answer(
            ["book club", "book clubs", "club discount"],
            "Registered book clubs get 15% off their monthly pick and can meet in the cafe corner on weeknights.",
        ),
    ]
    resources = [
        resource(
            "Lantern Street event guide",
            "How we host author events: dates, space, sales and what we need from the publisher",
            "https://lanternstreetbooks.example/events-guide",
            "authors, publicists and publishers planning an event with us",
        ),
        resource(
            "Consignment form",
            "Our consignment terms and form for self-published authors",
            "https://lanternstreetbooks.example/consignment",
            "self-published authors who want their book on our shelves",
        ),
    ]
    goals = (BOOKS_EVENTS, BOOKS_SCHOOLS, BOOKS_VOICE, BOOKS_PEERS)
    return profile_toml(
        user, goals, providers=providers, never=never or BOOKS_NEVER, resources=resources, answers=answers
    )


def to_books(
    path: Path, body: str, *, sender: str, subject: str, date: str = "Tue, 01 Dec 2026 08:00:00 -0600"
) -> Path:
    """A mail to June, saved at `path`."""
    return eml(path, body, sender=sender, subject=subject, date=date, to=BOOKS_JUNE)


# -- Dana Whitlock, an independent commercial insurance broker with a 5-person agency in Boise, Idaho (session 26,
# broker): networking is her trade - referral partners, chamber events, local talks on risk -------------------------
BROKER_DANA = "Dana Whitlock <dana@whitlockrisk.example>"
BROKER_PARTNERS = goal(
    "find_community",
    "Referral partnerships with realtors, CPAs and business attorneys in the Treasure Valley",
    ["realtors", "CPAs", "business attorneys", "mortgage brokers", "referral partners", "referral group"],
    1,
)
BROKER_CLIENTS = goal(
    "find_clients",
    "Mid-size commercial clients (20-200 employees) who want a broker who explains their risk - won without pitching",
    ["business owners", "mid-size businesses", "commercial insurance", "contractors", "manufacturers"],
    1,
)
BROKER_SPEAKING = goal(
    "build_credibility",
    "Speak locally on risk for small business: chambers, Rotary, SBDC workshops",
    ["small business risk", "chamber of commerce", "Rotary", "SBDC", "cyber risk", "workshops"],
    2,
)
BROKER_MENTOR = goal(
    "custom",
    "Mentor new agents entering the insurance business",
    ["new agents", "insurance students", "career fair", "young professionals in insurance"],
    3,
)
BROKER_NEVER = (
    "buying lead lists or exclusive leads",
    "paying referral fees to non-licensed people",
    "pay-to-play speaking slots",
    "meetings on Sundays",
)


def broker_profile(*never: str) -> str:
    """Dana Whitlock's profile: realtors, CPAs and attorneys are her referral partners, mid-size businesses her
    clients; she talks on small-business risk locally and mentors new agents; she meets weekday mornings and
    Tuesday/Thursday lunches, never buys leads (or `never` instead); she has an agency management system, a CRM,
    a comparative rater and an E&O carrier, and answers quotes, what she writes, and claims."""
    user = {
        "name": "Dana Whitlock",
        "email": "dana@whitlockrisk.example",
        "signature": "Dana Whitlock\nWhitlock Risk Partners\nBoise, ID | (208) 555-0182",
        "tone": "warm",
        "date_style": "us",
        "weekly_networking_hours": 5,
        "time_zone": "America/Boise",
        "holidays": "US-ID",
        "meeting_hours": ["Mon-Fri 07:30-09:30", "Tue,Thu 11:30-13:30"],
    }
    providers = [
        ("agency management system", "Applied Epic"),
        ("CRM", "HubSpot"),
        ("comparative rater", "EZLynx"),
        ("errors and omissions insurance", "our E&O carrier"),
        ("marketing and website", "a local agency we've used for years"),
    ]
    answers = [
        answer(
            ["quote", "quotes", "coverage", "policy", "premium", "renewal"],
            "For a commercial quote I need your current declarations pages, five years of loss runs and a short "
            "description of your operations; I shop it with the carriers that fit and walk you through the options.",
        ),
        answer(
            ["lines", "what do you write", "carriers", "appetite"],
            "We write commercial property and casualty, workers' comp, cyber and management liability for businesses "
            "of 5 to 250 employees across Idaho and Oregon.",
        ),
        answer(
            ["claim", "claims"],
            "For a claim, call our office at (208) 555-0182 or email claims@whitlockrisk.example and we'll file it "
            "with the carrier the same day.",
        ),
    ]
    resources = [
        resource(
            "Small business risk checklist",
            "A one-page checklist of the ten coverage gaps I see most in small businesses",
            "https://whitlockrisk.example/risk-checklist",
            "small business owners reviewing their insurance",
        ),
        resource(
            "New agent's first-year guide",
            "What I wish I'd known in my first year as an insurance agent",
            "https://whitlockrisk.example/new-agent-guide",
            "new insurance agents starting their career",
        ),
    ]
    goals = (BROKER_PARTNERS, BROKER_CLIENTS, BROKER_SPEAKING, BROKER_MENTOR)
    return profile_toml(
        user, goals, providers=providers, never=never or BROKER_NEVER, resources=resources, answers=answers
    )


def to_broker(
    path: Path, body: str, *, sender: str, subject: str, date: str = "Tue, 01 Dec 2026 09:00:00 -0700"
) -> Path:
    """A mail to Dana, saved at `path`."""
    return eml(path, body, sender=sender, subject=subject, date=date, to=BROKER_DANA)


def funder_thread(folder: Path, hers: str, theirs: str, *, sender: str) -> tuple[Path, Path]:
    """Renée's own mail `hers` to `sender` and their reply `theirs` to it, saved in `folder` (in that order)."""
    own = eml(
        folder / "1-own.eml",
        hers,
        sender=FUNDER_RENEE,
        subject="Following up",
        date="Mon, 30 Nov 2026 10:00:00 -0500",
        to=sender,
        message_id="renee-1@halvorsenfoundation.example.org",
    )
    reply = eml(
        folder / "2-reply.eml",
        theirs,
        sender=sender,
        subject="Re: Following up",
        date="Tue, 01 Dec 2026 09:00:00 -0500",
        to=FUNDER_RENEE,
        message_id="reply-1@mail.example.com",
        in_reply_to="renee-1@halvorsenfoundation.example.org",
    )
    return own, reply
