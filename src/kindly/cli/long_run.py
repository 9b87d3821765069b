"""What `kindly triage` prints for a long run: past LONG_RUN rows a table of every message is unreadable (and slow:
Rich lays out about a thousand rows a second), so the user gets a summary instead - how many of each decision,
and the messages that need her, those she would say yes to or answer first (accept, ask_details, refer), then the
declines to send, capped - with how to see the rest. `--all` keeps the full table; `--json` always has every
record."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from rich.console import Group
from rich.text import Text

from kindly.understand.language import NOT_ENGLISH_ASK

if TYPE_CHECKING:
    from collections.abc import Callable

    from rich.table import Table

    from kindly.services import TriageRow

LONG_RUN = 100  # more rows than this and the table gives way to a summary (the demo's 64 keep their table)
NEEDS_YOU_SHOWN = (
    20  # the messages that need her listed in a long run's summary, the first of them by urgency
)

# Whose turn it is, first to last: a message kindly cannot read that looks like an invitation (hers to read), a
# yes to send, a question to ask, a referral to make, a no to send; an ignored message needs nothing.
_NEEDS_YOU_ORDER = ("accept", "ask_details", "refer", "decline")
_DECISION_ORDER = ("accept", "ask_details", "refer", "decline", "ignore")


def is_long_run(rows: list[TriageRow]) -> bool:
    return len(rows) > LONG_RUN


def _urgency(row: TriageRow) -> tuple[int, int]:
    decision = row.verdict.decision.value
    first = 0 if row.verdict.reason_code == NOT_ENGLISH_ASK else 1
    return first, _NEEDS_YOU_ORDER.index(decision) if decision in _NEEDS_YOU_ORDER else len(_NEEDS_YOU_ORDER)


def needs_you(rows: list[TriageRow]) -> list[TriageRow]:
    """The rows that need the user, most urgent first (in the order they came, within each decision)."""
    needing = [
        row
        for row in rows
        if row.verdict.decision.value in _NEEDS_YOU_ORDER or row.verdict.reason_code == NOT_ENGLISH_ASK
    ]
    return sorted(needing, key=_urgency)


def decision_counts(rows: list[TriageRow]) -> str:
    counts = Counter(row.verdict.decision.value for row in rows)
    known = [name for name in _DECISION_ORDER if counts[name]]
    others = sorted(name for name in counts if name not in _DECISION_ORDER)
    return ", ".join(f"{counts[name]} {name}" for name in (*known, *others))


def long_run_summary(
    rows: list[TriageRow], table: Callable[[list[TriageRow], str], Table], command: str
) -> Group:
    """A long run at a glance: the counts per decision, then the first NEEDS_YOU_SHOWN messages that need her as
    a table (`table`: the run's own), and how to see every row."""
    waiting = needs_you(rows)
    shown = waiting[:NEEDS_YOU_SHOWN]
    parts: list[Text | Table] = [
        Text(f"{len(rows)} messages: {decision_counts(rows)}."),
    ]
    if shown:
        title = f"Needs you: {len(shown)} of {len(waiting)} (accept, ask_details and refer first)"
        parts.append(table(shown, title))
    else:
        parts.append(Text("None needs you: every message was ignored."))
    rest = len(waiting) - len(shown)
    more = f"{rest} more need you; " if rest else ""
    parts.append(
        Text(
            f"{more}more than {LONG_RUN} messages are summed up, not listed: `kindly drafts` lists every draft "
            f"waiting for you, `kindly show ID` one message, and `{command} --all` (or --json) every row of the "
            "run - run again, nothing is stored twice."
        )
    )
    return Group(*parts)
