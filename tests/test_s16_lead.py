"""Examples the lead added in the sixteenth session."""

from __future__ import annotations

import os
import subprocess
import sys

from kindly.decide.referral import DirectoryEntry, rank

_RANK_IN_A_FRESH_PROCESS = """
from kindly.decide.referral import DirectoryEntry, rank
entry = DirectoryEntry(name="Jo Park", category="legal and bookkeeping")
print(rank("We need a lawyer for the contract and a bookkeeper for the monthly accounts.", [entry])[0].why)
"""


def test_a_directory_match_says_the_strongest_service_asked_for_whatever_the_hash_seed() -> None:
    entry = DirectoryEntry(name="Jo Park", category="legal and bookkeeping")

    (match,) = rank("We need a lawyer for the contract and a bookkeeper for the monthly accounts.", [entry])

    assert match.why == "the request asks for bookkeeping and accounting"
    reasons = {
        subprocess.run(
            [sys.executable, "-c", _RANK_IN_A_FRESH_PROCESS],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        for seed in ("0", "1", "2", "3", "4", "5")
    }
    assert reasons == {"the request asks for bookkeeping and accounting"}
