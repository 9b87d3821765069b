"""Saving the profile from the web page writes into the user's own file: comments, order and formatting
of everything the page did not change stay as the user wrote them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from kindly.profile import Profile, parse_profile
from kindly.web.profile_form import save_profile
from kindly.web.profile_toml import updated_toml
from support import EXAMPLES

ORIGINAL = (EXAMPLES / "profile.toml").read_text(encoding="utf-8")
PROFILE = parse_profile(ORIGINAL)


def edited(**changes: Any) -> Profile:
    data = PROFILE.model_dump(mode="json")
    for key, value in changes.items():
        section, _, field = key.partition("__")
        if field:
            data[section][field] = value
        else:
            data[section] = value
    return Profile.model_validate(data)


def comments(text: str) -> list[str]:
    return [line.split("#", 1)[1] for line in text.splitlines() if "#" in line]


def test_an_unchanged_profile_writes_the_file_back_as_it_was() -> None:
    assert updated_toml(ORIGINAL, PROFILE) == ORIGINAL


def test_a_changed_value_keeps_its_comment_and_every_other_line() -> None:
    saved = updated_toml(ORIGINAL, edited(user__tone="formal"))
    assert parse_profile(saved).user.tone == "formal"
    assert 'tone = "formal"' in saved and "# warm | formal | brief" in saved
    assert comments(saved) == comments(ORIGINAL)
    changed = [
        pair for pair in zip(ORIGINAL.splitlines(), saved.splitlines(), strict=True) if pair[0] != pair[1]
    ]
    assert len(changed) == 1


def test_a_goal_added_on_the_page_goes_at_the_end_of_the_goals_before_the_next_section() -> None:
    goal = {"kind": "find_mentor", "description": "A mentor in studio finance", "targets": [], "priority": 2}
    saved = updated_toml(ORIGINAL, edited(goals=[*PROFILE.model_dump(mode="json")["goals"], goal]))
    assert parse_profile(saved).goals[-1].description == "A mentor in studio finance"
    providers_banner = next(
        line for line in saved.splitlines() if "providers" in line and line.startswith("#")
    )
    assert saved.index("A mentor in studio finance") < saved.index(providers_banner)
    assert comments(saved) == comments(ORIGINAL)


def test_a_default_the_file_left_out_is_written_under_its_table() -> None:
    saved = updated_toml(ORIGINAL, edited(user__cooling_off_days=14))
    user_block = saved.split("[[goals]]")[0]
    assert "cooling_off_days = 14" in user_block.split("# ---")[0]


def test_a_file_that_is_not_toml_is_replaced_by_a_plain_dump() -> None:
    saved = updated_toml("this is [not toml", PROFILE)
    assert parse_profile(saved) == PROFILE


def test_saving_keeps_the_previous_file_and_its_comments(tmp_path: Path) -> None:
    path = tmp_path / "profile.toml"
    path.write_text(ORIGINAL, encoding="utf-8")
    save_profile(path, edited(user__weekly_networking_hours=6))
    assert (tmp_path / "profile.toml.bak").read_text(encoding="utf-8") == ORIGINAL
    assert comments(path.read_text(encoding="utf-8")) == comments(ORIGINAL)
    assert parse_profile(path.read_text(encoding="utf-8")).user.weekly_networking_hours == 6


goal_rows = st.fixed_dictionaries(
    {
        "kind": st.sampled_from(["find_clients", "find_mentor", "meet_person", "custom"]),
        "description": st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1).filter(
            str.strip
        ),
        "targets": st.lists(st.sampled_from(["design studios", "Priya Natarajan", 'quotes "x"', "é"])),
        "priority": st.integers(1, 10),
    }
)
provider_rows = st.fixed_dictionaries(
    {"category": st.sampled_from(["web design", "tax"]), "name": st.sampled_from(["Ana", "B & Co"])}
)


@settings(max_examples=60, deadline=None)
@given(
    goals=st.lists(goal_rows, min_size=1, max_size=8),
    providers=st.lists(provider_rows, max_size=5),
    tone=st.sampled_from(["warm", "formal", "brief"]),
)
def test_whatever_the_page_sends_the_file_reads_back_as_that_profile(
    goals: list[dict[str, Any]], providers: list[dict[str, str]], tone: str
) -> None:
    try:
        wanted = edited(goals=goals, providers=providers, user__tone=tone)
    except ValueError:
        return  # the page refuses such a profile before saving (e.g. only whitespace)
    assert parse_profile(updated_toml(ORIGINAL, wanted)) == wanted


def test_removing_rows_keeps_the_section_banners() -> None:
    data = PROFILE.model_dump(mode="json")
    banners = [line for line in ORIGINAL.splitlines() if line.startswith("# ---")]
    for wanted in (edited(goals=data["goals"][:-1]), edited(providers=[]), edited(resources=[], never=[])):
        saved = updated_toml(ORIGINAL, wanted)
        assert parse_profile(saved) == wanted
        assert [line for line in saved.splitlines() if line.startswith("# ---")] == banners
