"""The profile: documented TOML format, refused with file, line or key and the reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from kindly.errors import ConfigError
from kindly.profile import GoalKind, load_profile, parse_profile, template_text
from support import EXAMPLES, Kindly

MINIMAL = """
[user]
name = "Dana Reyes"
email = "dana@example.com"

[[goals]]
kind = "find_clients"
description = "Owners of small design studios"
"""


def test_the_shipped_example_profile_loads_with_every_section() -> None:
    profile = load_profile(EXAMPLES / "profile.toml")
    assert profile.user.tone == "warm"
    assert {g.kind for g in profile.goals} >= {GoalKind.FIND_CLIENTS, GoalKind.BUILD_CREDIBILITY}
    assert profile.providers and profile.never and profile.resources


def test_the_init_template_is_itself_a_valid_profile() -> None:
    profile = parse_profile(template_text(), "template")
    assert profile.user.weekly_networking_hours == 4
    assert profile.user.cooling_off_days == 30


def test_defaults_fill_what_a_minimal_profile_leaves_out() -> None:
    profile = parse_profile(MINIMAL)
    assert profile.user.tone == "warm"
    assert profile.user.sign_off == "Dana"
    assert profile.goals[0].priority == 1
    assert profile.providers == [] and profile.never == [] and profile.resources == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            MINIMAL.replace('kind = "find_clients"', 'kind = "get_rich"'),
            ["line 7", "goals[0].kind"],
            id="unknown-goal-kind",
        ),
        pytest.param(
            MINIMAL.replace('email = "dana@example.com"', 'email = "dana"'),
            ["line 4", "user.email", "not an e-mail"],
            id="bad-email",
        ),
        pytest.param(
            MINIMAL.replace('name = "Dana Reyes"\n', ""), ["user.name", "required"], id="missing-name"
        ),
        pytest.param(
            MINIMAL + '\n[[goals]]\nkind = "find_mentor"\ndescription = "x"\npriority = "high"\n',
            ["line 13", "goals[1].priority"],
            id="priority-not-a-number",
        ),
        pytest.param(MINIMAL + "\n[user2]\n", ["user2", "Extra inputs"], id="unknown-section"),
        pytest.param(
            MINIMAL.replace("[[goals]]", "[[goals]"), ["not valid TOML", "line 6"], id="toml-syntax"
        ),
        pytest.param(
            MINIMAL.replace("[user]", '[user]\ntone = "grumpy"'), ["user.tone", "warm"], id="bad-tone"
        ),
        pytest.param('[user]\nname = "A"\nemail = "a@b.co"\n', ["goals", "required"], id="no-goals"),
    ],
)
def test_a_wrong_profile_is_refused_with_where_and_why(text: str, expected: list[str]) -> None:
    with pytest.raises(ConfigError) as error:
        parse_profile(text, "my-profile.toml")
    message = str(error.value)
    assert message.startswith("my-profile.toml: ")
    for part in expected:
        assert part in message


def test_a_broken_profile_stops_any_command_with_exit_code_2(kindly: Kindly, tmp_path: Path) -> None:
    broken = tmp_path / "profile.toml"
    broken.write_text(MINIMAL.replace('kind = "find_clients"', 'kind = "nope"'))
    result = kindly("triage", str(EXAMPLES / "invitation.ics"), "--profile", str(broken))
    assert result.exit_code == 2
    assert str(broken) in result.output and "goals[0].kind" in result.output


def test_a_missing_profile_says_how_to_make_one(kindly: Kindly) -> None:
    result = kindly("triage", str(EXAMPLES / "invitation.ics"))
    assert result.exit_code == 2
    assert "kindly init" in result.output
