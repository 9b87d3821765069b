"""Pages with forms of their own: goals and profile, and the referral directory."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response
from starlette.concurrency import run_in_threadpool

from kindly import directory
from kindly.calendar_busy import calendar_for_drafts
from kindly.days_off import zone_country
from kindly.decide.referral import DirectoryEntry
from kindly.errors import ConfigError
from kindly.web.app import WebState
from kindly.web.decisions import redecide_open
from kindly.web.deps import Csrf, State, User
from kindly.web.errors import NotFound
from kindly.web.profile_form import (
    GOAL_KINDS,
    SECTIONS,
    TONES,
    ProfileForm,
    form_from_fields,
    form_from_profile,
    save_profile,
    validate,
)
from kindly.web.render import back_to, flash, render

router = APIRouter(include_in_schema=False)

SECTION_TITLES = {
    "goals": "Goals",
    "providers": "Providers you already have",
    "never": "Things you never do",
    "resources": "Resources you can offer",
    "answers": "Answers to questions people ask (words to match, one a line; your answer)",
}


def _profile_page(
    request: Request,
    state: WebState,
    form: ProfileForm,
    problem: str = "",
    status: int = 200,
    focus: str = "",
) -> HTMLResponse:
    context = {
        "form": form,
        "goal_kinds": GOAL_KINDS,
        "tones": TONES,
        "date_styles": (
            ("international", "Friday 6 November at 14:30"),
            ("us", "Friday, November 6 at 2:30 pm"),
        ),
        "sections": SECTIONS,
        "titles": SECTION_TITLES,
        "problem": problem,
        "problems": _problems(form),
        # the holidays kept where the field names none: those of the time zone's country
        "zone_holidays": zone_country(form.user.get("time_zone", "")),
        "focus": focus,  # the field the page opens on (the first of a row just added)
        "path": str(state.settings.profile),
    }
    return render(request, state, "profile.html", context, status=status, nav="profile")


USER_LABELS = {
    "name": "Name",
    "email": "E-mail",
    "signature": "Signature",
    "tone": "Tone of replies",
    "date_style": "Dates and times in replies",
    "weekly_networking_hours": "Networking hours a week",
    "cooling_off_days": "Cooling-off days",
    "holidays": "Public holidays of",
    "days_off": "Your days off",
    "own_domains": "Your organisation's mail domains",
    "meeting_hours": "Your hours for meetings",
    "time_zone": "Your time zone",
}
ROW_LABELS = {"kind": "Kind of goal", "description": "What for"}


def _problems(form: ProfileForm) -> list[tuple[str, str, str]]:
    """Each error of the form as (the field's id, what the user calls it, what is wrong), for the summary on
    top that links to the fields."""
    found = []
    for name, message in form.errors.items():
        parts = name.split("-")
        if parts[0] == "user" and len(parts) == 2:
            label = USER_LABELS.get(parts[1], parts[1])
        elif parts[0] in SECTIONS and len(parts) == 3:
            rows = [row.index for row in form.sections.get(parts[0], [])]
            number = rows.index(int(parts[1])) + 1 if parts[1].isdigit() and int(parts[1]) in rows else 0
            field = ROW_LABELS.get(parts[2], parts[2].replace("_", " ").capitalize())
            label = f"{SECTION_TITLES[parts[0]].split(' (')[0]}, row {number}: {field}"
        elif parts[0] in SECTIONS:
            label = SECTION_TITLES[parts[0]].split(" (")[0]
        else:
            label = "The profile"
        found.append((name, label, message))
    return found


@router.get("/profile")
def profile_page(request: Request, state: State, _user: User) -> HTMLResponse:
    problem = ""
    try:
        profile = state.profile()
    except ConfigError as error:
        profile = None
        if state.settings.profile.exists():
            problem = f"The profile file cannot be used as it is ({error}). Saving this form replaces it."
    return _profile_page(request, state, form_from_profile(profile), problem)


@router.post("/profile")
async def save_profile_page(request: Request, state: State, _user: User, _csrf: Csrf) -> Response:
    fields = {key: value for key, value in (await request.form()).multi_items() if isinstance(value, str)}
    form = form_from_fields(fields)
    add = fields.get("add", "")
    if add in SECTIONS:  # "add another": show the form again with one more empty row, nothing saved yet
        form.add_blank(add)
        added = form.sections[add][-1]
        return _profile_page(request, state, form, focus=f"{add}-{added.index}-{SECTIONS[add][0]}")
    profile = validate(form)
    if profile is None:
        count = len(form.errors)
        return _profile_page(
            request,
            state,
            form,
            f"Not saved: {count} field{'s' if count != 1 else ''} to correct (marked below).",
            422,
        )
    await run_in_threadpool(save_profile, state.settings.profile, profile)
    calendar = await run_in_threadpool(calendar_for_drafts)  # read once for every draft written again
    changed = await run_in_threadpool(redecide_open, state.sessions, profile, calendar)
    flash(
        request,
        " ".join(
            (
                f"Profile saved. Open invitations decided again: {changed} decision{'s' if changed != 1 else ''} "
                "changed.",
                *calendar.notes,
            )
        ),
    )
    return back_to("/profile")


# -- referral directory ---------------------------------------------------------------------------


def _entry_from(fields: dict[str, str], entry_id: int = 0) -> DirectoryEntry:
    return DirectoryEntry(
        name=fields.get("name", "").strip(),
        category=fields.get("category", "").strip(),
        organisation=fields.get("organisation", "").strip(),
        contact=fields.get("contact", "").strip(),
        overview=fields.get("overview", "").strip(),
        id=entry_id,
    )


def _entry_errors(entry: DirectoryEntry) -> dict[str, str]:
    errors = {}
    if not entry.name:
        errors["name"] = "a name is needed"
    if not entry.category:
        errors["category"] = "say what they do (e.g. bookkeeping, web design)"
    for name, value in (
        ("name", entry.name),
        ("category", entry.category),
        ("organisation", entry.organisation),
        ("contact", entry.contact),
    ):
        if len(value) > 300:
            errors[name] = "at most 300 characters"
    if len(entry.overview) > 3000:
        errors["overview"] = "at most 3000 characters"
    return errors


def _directory_page(
    request: Request,
    state: WebState,
    q: str,
    new: DirectoryEntry | None = None,
    errors: dict[str, str] | None = None,
    status: int = 200,
) -> HTMLResponse:
    entries = directory.list_entries(state.sessions)
    matches = directory.search(state.sessions, q, limit=50) if q.strip() else []
    context = {
        "q": q,
        "entries": entries,
        "matches": matches,
        "new": new or DirectoryEntry(name="", category=""),
        "errors": errors or {},
    }
    return render(request, state, "directory.html", context, status=status, nav="directory")


async def _fields(request: Request) -> dict[str, str]:
    return {key: value for key, value in (await request.form()).items() if isinstance(value, str)}


@router.get("/directory")
def directory_page(
    request: Request, state: State, _user: User, q: Annotated[str, Query(max_length=2000)] = ""
) -> HTMLResponse:
    return _directory_page(request, state, q[:300])  # a long paste searches by its start


@router.post("/directory")
async def add_entry(request: Request, state: State, _user: User, _csrf: Csrf) -> Response:
    entry = _entry_from(await _fields(request))
    errors = _entry_errors(entry)
    if errors:
        return _directory_page(request, state, "", entry, errors, 422)
    await run_in_threadpool(directory.add_entry, state.sessions, entry)
    flash(request, f"{entry.name} added to your directory.")
    return back_to("/directory")


def _find(state: WebState, entry_id: int) -> DirectoryEntry:
    found = next((e for e in directory.list_entries(state.sessions) if e.id == entry_id), None)
    if found is None:
        raise NotFound(f"no directory entry #{entry_id}")
    return found


@router.get("/directory/{entry_id}/edit")
def edit_entry_page(request: Request, state: State, _user: User, entry_id: int) -> HTMLResponse:
    entry = _find(state, entry_id)
    return render(request, state, "directory_edit.html", {"entry": entry, "errors": {}}, nav="directory")


@router.post("/directory/{entry_id}")
async def edit_entry(request: Request, state: State, _user: User, _csrf: Csrf, entry_id: int) -> Response:
    _find(state, entry_id)
    entry = _entry_from(await _fields(request), entry_id)
    errors = _entry_errors(entry)
    if errors:
        return render(
            request,
            state,
            "directory_edit.html",
            {"entry": entry, "errors": errors},
            status=422,
            nav="directory",
        )
    await run_in_threadpool(directory.update_entry, state.sessions, entry)
    flash(request, f"{entry.name} saved.")
    return back_to("/directory")


@router.post("/directory/{entry_id}/remove")
async def remove_entry(request: Request, state: State, _user: User, _csrf: Csrf, entry_id: int) -> Response:
    entry = _find(state, entry_id)
    await run_in_threadpool(directory.remove_entry, state.sessions, entry_id)
    flash(request, f"{entry.name} removed from your directory.")
    return back_to("/directory")
