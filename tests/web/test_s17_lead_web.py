"""A draft written again on the page (another tone) keeps off the times other drafts offer, as triage's does."""

from __future__ import annotations

import re

import pytest

from kindly.profile import load_profile
from kindly.store.db import open_database
from kindly.store.tables import DraftRow, MessageRow
from kindly.web.drafts import recompose
from support import EXAMPLE_PROFILE_FILE, EXAMPLES, Kindly, triaged

_SLOT = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, \w+ \d{1,2} at \d{1,2}:\d{2} [ap]m")


@pytest.mark.parametrize("sender", ["Sofia Lindgren", "Theo Lambert", "Camille Ortiz"])
def test_a_draft_written_again_in_another_tone_offers_no_time_another_draft_offers(
    kindly: Kindly, sender: str
) -> None:
    records = triaged(kindly, EXAMPLES / "inbox.mbox", EXAMPLES / "linkedin" / "messages.csv")
    theirs = next(r for r in records if sender in r["from"])
    offered_before = _SLOT.findall(theirs["draft"])
    offered_to_others = {
        slot for r in records if r is not theirs and r.get("draft") for slot in _SLOT.findall(r["draft"])
    }
    assert offered_before and offered_to_others

    sessions = open_database(kindly.database)
    with sessions() as session:
        pk = session.query(MessageRow.id).filter(MessageRow.id == theirs["id"]).scalar()
    recompose(sessions, pk, load_profile(EXAMPLE_PROFILE_FILE), tone="formal", channel=None)
    with sessions() as session:
        formal = session.query(DraftRow.text).filter_by(message_pk=pk, status="pending").scalar()

    assert formal != theirs["draft"]  # another tone...
    offered_now = _SLOT.findall(formal)
    assert offered_now and not set(offered_now) & offered_to_others, offered_now  # ...and no one else's times
    assert offered_now == offered_before  # the times offered before stay theirs
