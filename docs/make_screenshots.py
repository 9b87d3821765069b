"""Screenshots of the web page's main screens, for docs/screenshots/.

    .venv/bin/python docs/make_screenshots.py [--out docs/screenshots]

Triages the shipped examples into a fresh app folder, serves the page on a free 127.0.0.1 port, logs in with
Debian's Chromium (driven by Playwright, no browser download) and saves one PNG per page, plus the inbox as a
phone shows it.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PASSWORD = "screenshots only"


def prepare(home: Path) -> None:
    """An app folder with the example profile, the example inbox triaged, and a small directory."""
    from kindly import directory
    from kindly.decide.referral import DirectoryEntry
    from kindly.ingest.sources import detect
    from kindly.profile import load_profile
    from kindly.services import Triage
    from kindly.store.db import open_database
    from kindly.understand.classify import Classifier
    from kindly.web.auth import set_password

    home.mkdir(parents=True, exist_ok=True)
    shutil.copy(EXAMPLES / "profile.toml", home / "profile.toml")
    set_password(home, PASSWORD)
    sessions = open_database(home / "kindly.db")
    for name, category, org, contact, overview in (
        (
            "Gordon Whitfield",
            "financial planning",
            "Evergreen Path Financial",
            "gordon@evergreen.example",
            "Fee-only planner for consultants and studio owners",
        ),
        (
            "Kayla Moss",
            "web design",
            "Moss & Fern",
            "kayla@moss.example",
            "Websites for small creative studios",
        ),
        (
            "Ines Duarte",
            "employment law",
            "Duarte Legal",
            "ines@duarte.example",
            "Contracts and first hires for small firms",
        ),
    ):
        directory.add_entry(
            sessions,
            DirectoryEntry(
                name=name, category=category, organisation=org, contact=contact, overview=overview
            ),
        )
    triage = Triage(sessions, load_profile(home / "profile.toml"), Classifier())
    paths = [EXAMPLES / "inbox.mbox", EXAMPLES / "invitation.ics", EXAMPLES / "linkedin" / "messages.csv"]
    for _row in triage.run([detect(str(p)) for p in paths]):
        pass


def pick_invitation(home: Path) -> int:
    """A declined pitch for a service the user already has: the honest reason and an offer in the draft."""
    from sqlalchemy import select

    from kindly.store.db import open_database
    from kindly.store.tables import AnalysisRow, MessageRow

    sessions = open_database(home / "kindly.db")
    with sessions() as session:
        rows = session.execute(
            select(MessageRow.id, AnalysisRow.reason_code, AnalysisRow.decision)
            .join(AnalysisRow, AnalysisRow.message_pk == MessageRow.id)
            .order_by(MessageRow.id)
        ).all()
    for pk, code, _decision in rows:
        if code == "has_provider":
            return int(pk)
    return int(next(pk for pk, _, decision in rows if decision != "ignore"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} is missing: apt-get install chromium", file=sys.stderr)
        return 1
    from playwright.sync_api import sync_playwright

    from kindly.web import create_app, load_settings
    from kindly.web.server import running

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="kindly-shots-") as folder:
        home = Path(folder) / "home"
        prepare(home)
        pk = pick_invitation(home)
        app = create_app(load_settings(home))
        with running(app) as base, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(f"{base}/login")
            page.fill("#password", PASSWORD)
            page.click("button[type=submit]")
            page.wait_for_url(f"{base}/")
            shots = [
                ("inbox", "/"),
                ("invitation", f"/invitations/{pk}"),
                ("profile", "/profile"),
                ("directory", "/directory?q=a+financial+planner+for+my+studio"),
                ("overview", "/overview"),
                ("import", "/import"),
            ]
            for name, path in shots:
                page.goto(base + path)
                page.screenshot(
                    path=str(args.out / f"{name}.png"), full_page=name not in ("inbox", "profile")
                )
                print(args.out / f"{name}.png")
            phone = browser.new_page(viewport={"width": 390, "height": 844}, device_scale_factor=2)
            phone.context.add_cookies(page.context.cookies())
            phone.goto(base + "/")
            phone.screenshot(path=str(args.out / "inbox-phone.png"))
            print(args.out / "inbox-phone.png")
            browser.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
