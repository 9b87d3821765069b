"""The tone switch on a draft's page writes the draft once, for the tone a keyboard user lands on: stepping across
three tones with the arrow keys is one rewrite, not one per step (the twenty-first session)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from web_support import needs_chromium, open_draft, triaged_site


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, triaged_database: Path) -> Iterator[str]:
    with triaged_site(tmp_path_factory.mktemp("s21") / "home", triaged_database) as base:
        yield base


@needs_chromium
def test_stepping_across_the_tones_with_the_arrow_keys_writes_the_draft_once_in_the_tone_landed_on(
    tab: Any, site: str
) -> None:
    open_draft(tab, site, "accept")
    rewrites: list[str] = []
    tab.on(
        "request", lambda r: rewrites.append(r.post_data or "") if r.url.endswith("/draft/compose") else None
    )
    tab.focus("#draft input[name=tone][value=warm]")
    with tab.expect_response(lambda r: r.url.endswith("/draft/compose")):
        tab.keyboard.press("ArrowRight")  # formal
        tab.keyboard.press("ArrowRight")  # brief, a moment later
    tab.wait_for_timeout(1500)  # nothing else follows
    assert len(rewrites) == 1 and "tone=brief" in rewrites[0]
    assert tab.is_checked("#draft input[name=tone][value=brief]")
    assert tab.evaluate("[document.activeElement.name, document.activeElement.value]") == ["tone", "brief"]


@needs_chromium
def test_one_step_still_writes_the_draft_again(tab: Any, site: str) -> None:
    open_draft(tab, site, "accept")
    tab.focus("#draft input[name=tone][value=warm]")
    with tab.expect_response(lambda r: r.url.endswith("/draft/compose")):
        tab.keyboard.press("ArrowRight")
    tab.wait_for_selector("#draft input[name=tone][value=formal]:checked")
