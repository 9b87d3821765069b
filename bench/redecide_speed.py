"""What each `kindly sync` now costs after reading new mail: the open invitations decided again where their basis
changed (`Triage.open_again`), on a store filled by a triage of a realistic mailbox.

    .venv/bin/python bench/redecide_speed.py [--messages 2000]

Three passes: the same profile (nothing to decide again: the cost of checking), a profile whose time zone changed
(every open invitation decided again, once), and that profile again (nothing). Prints the numbers; record them in
docs/benchmarks.md with the date.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

from triage_speed import build_mbox, triage  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--invitation-share", type=float, default=0.1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kindly-bench-") as folder:
        root = Path(folder)
        home = root / "home"
        home.mkdir()
        os.environ.update(KINDLY_HOME=str(home), HF_HUB_OFFLINE="1")
        mbox = root / "inbox.mbox"
        mbox.write_bytes(build_mbox(args.messages, args.invitation_share)[0])
        profile = REPO / "examples" / "profile.toml"
        print(f"triage of {args.messages} messages: {triage(mbox, home, str(profile))[2]}")
        moved = root / "profile.toml"
        moved.write_text(
            profile.read_text(encoding="utf-8").replace(
                "[user]\n", '[user]\ntime_zone = "America/New_York"\n', 1
            ),
            encoding="utf-8",
        )
        for label, path in (("same profile", profile), ("time zone changed", moved), ("again", moved)):
            took, again = _open_again(path)
            print(f"{label:<20} {took:6.2f} s, {again} open invitations decided again")


def _open_again(profile: Path) -> tuple[float, int]:
    from kindly.cli.app import database_path
    from kindly.profile import load_profile
    from kindly.services import Triage
    from kindly.store.db import open_database
    from kindly.understand.classify import Classifier

    service = Triage(open_database(database_path()), load_profile(profile), Classifier())
    start = time.perf_counter()
    for _ in service.open_again():
        pass
    return time.perf_counter() - start, service.summary.decided_again


if __name__ == "__main__":
    main()
