"""A newcomer at the terminal: the mistakes people make on their first day with kindly, and what kindly tells
them - the item, the reason and what to do - with nothing lost and the rest of the batch done."""

from __future__ import annotations

import json
import mailbox
from pathlib import Path

import pytest

from kindly.model import Message
from kindly.services import Triage, TriageRow
from support import EXAMPLE_PROFILE_FILE, Kindly, eml, profile_file

PROFILE = str(EXAMPLE_PROFILE_FILE)  # Dana Reyes, a fractional CFO for design studios


def coffee_from_maya(path: Path) -> Path:
    return eml(
        path,
        "Hi Dana,\n\nI run a small design studio in Portland and our books are a mess. Could we have a "
        "30-minute call next week about monthly bookkeeping?\n\nMaya Lindqvist\nFounder, Fold Studio\n",
        sender="Maya Lindqvist <maya@foldstudio.example>",
        subject="Bookkeeping for a small design studio",
        date="Mon, 30 Nov 2026 09:00:00 -0800",
        message_id="maya-1@foldstudio.example",
    )


def mbox_of(path: Path, count: int) -> Path:
    """An mbox of `count` short invitations from different people, as a mail program exports it."""
    box = mailbox.mbox(path)
    for n in range(count):
        mail = mailbox.mboxMessage()
        mail["From"] = f"Sam Doe {n} <sam{n}@studio{n}.example>"
        mail["To"] = "dana@example.com"
        mail["Subject"] = f"Coffee about studio finances? ({n})"
        mail["Date"] = "Mon, 30 Nov 2026 09:00:00 -0800"
        mail["Message-ID"] = f"<sam-{n}@studio{n}.example>"
        mail.set_payload(
            f"Hi Dana, would you have time for coffee next week to talk about studio finances? Sam {n}\n"
        )
        box.add(mail)
    box.flush()
    box.close()
    return path


# -- a folder: what it does not read is said ----------------------------------------------------------------


def test_a_folder_names_the_files_it_leaves_unread_and_how_to_triage_them(
    kindly: Kindly, tmp_path: Path
) -> None:
    folder = tmp_path / "mail"
    folder.mkdir()
    coffee_from_maya(folder / "maya.eml")
    mbox_of(folder / "inbox.mbox", 2)
    (folder / "linkedin-dm.txt").write_text("From: Ana Sousa (LinkedIn)\n\nHi Dana, coffee next week?\n")
    (folder / "older").mkdir()
    (folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")

    result = kindly("triage", str(folder), "--profile", PROFILE)

    assert result.exit_code == 0, result.output
    assert "read 1," in result.stderr  # the .eml is triaged as before
    note = " ".join(result.stderr.split())
    assert (
        f"note: {folder} is read for its .eml and .ics files only; not read: inbox.mbox, linkedin-dm.txt, older/."
        in note
    )
    assert f"`kindly triage {folder / 'inbox.mbox'} {folder / 'linkedin-dm.txt'} {folder / 'older'}`" in note
    assert ".DS_Store" not in note  # hidden files are nobody's mail

    exported = tmp_path / "exported"  # a folder of mail alone: nothing to note
    exported.mkdir()
    coffee_from_maya(exported / "maya.eml")
    alone = kindly("triage", str(exported), "--profile", PROFILE)
    assert alone.exit_code == 0 and "note:" not in alone.stderr


# -- one bad path among several: named, skipped, the rest triaged ----------------------------------------------


def test_a_path_kindly_cannot_read_is_skipped_by_name_and_the_others_are_triaged(
    kindly: Kindly, tmp_path: Path
) -> None:
    empty = tmp_path / "inbox.mbox"
    empty.write_bytes(b"")  # an export that failed
    typo = tmp_path / "invitaton.ics"
    maya = coffee_from_maya(tmp_path / "maya.eml")

    result = kindly("triage", str(empty), str(typo), str(maya), "--profile", PROFILE, "--json")

    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["from"] == "Maya Lindqvist <maya@foldstudio.example>" and record["decision"] == "accept"
    stderr = " ".join(result.stderr.split())
    assert f"skipped {empty}: empty file: nothing to read" in stderr
    assert f"skipped {typo}: no such file or folder" in stderr
    assert "read 1, new 1, duplicates 0, invitations 1, skipped 2" in stderr
    assert result.exit_code == 1  # done, but not all of it: a script can tell
    assert "Traceback" not in result.output


def test_when_no_path_can_be_read_each_is_named_with_its_reason(kindly: Kindly, tmp_path: Path) -> None:
    empty = tmp_path / "inbox.mbox"
    empty.write_bytes(b"")
    photo = tmp_path / "scan.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4)

    result = kindly("triage", str(empty), str(photo), "--profile", PROFILE)

    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert f"kindly: {empty}: empty file: nothing to read" in lines
    assert any(line.startswith(f"kindly: {photo}: unknown format") for line in lines)
    assert not kindly.database.exists()  # nothing was read, nothing was made


# -- Ctrl-C: what is kept is said, and the same command goes on ------------------------------------------------


def test_ctrl_c_in_a_triage_says_what_was_saved_and_running_again_goes_on_without_doubles(
    kindly: Kindly, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox = mbox_of(tmp_path / "inbox.mbox", 5)
    monkeypatch.setattr("kindly.services.BATCH", 2)  # saved two at a time
    decide_batch = Triage._process
    batches: list[int] = []

    def stopped_at_the_third_batch(self: Triage, messages: list[Message]) -> list[TriageRow]:
        if len(batches) == 2:
            raise KeyboardInterrupt  # the user presses Ctrl-C
        batches.append(len(messages))
        return decide_batch(self, messages)

    monkeypatch.setattr(Triage, "_process", stopped_at_the_third_batch)
    stopped = kindly("triage", str(inbox), "--profile", PROFILE)

    assert stopped.exit_code == 130
    assert "Sam Doe 3" in stopped.stdout and "Sam Doe 4" not in stopped.stdout  # what was decided is shown
    said = " ".join(stopped.stderr.split())
    assert "Interrupted: 4 messages triaged and saved before you stopped it." in said
    assert "Run the same command again to go on" in said and "never stored twice" in said

    monkeypatch.setattr(Triage, "_process", decide_batch)
    again = kindly("triage", str(inbox), "--profile", PROFILE, "--json")

    assert again.exit_code == 0, again.output
    assert "read 5, new 1, duplicates 4" in again.stderr
    assert len({json.loads(line)["id"] for line in again.stdout.splitlines()}) == 5


# -- a mistyped --profile path is questioned as a path ---------------------------------------------------------


@pytest.mark.parametrize("command", [["triage", "maya.eml"], ["classify"]], ids=["triage", "classify"])
def test_a_mistyped_profile_path_is_named_as_a_missing_file(
    kindly: Kindly, tmp_path: Path, command: list[str]
) -> None:
    typo = tmp_path / "profle.toml"

    result = kindly(*command, "--profile", str(typo), input="")

    assert result.exit_code == 2
    said = " ".join(result.stderr.split())
    assert f"kindly: {typo}: no such file - check the path given to --profile" in said
    assert "give --profile FILE" not in said  # it was given


def test_serve_with_a_mistyped_profile_path_says_so_before_it_starts(
    kindly: Kindly, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[int] = []
    monkeypatch.setattr("kindly.web.server.serve", lambda app, host, port: started.append(port))
    typo = tmp_path / "profle.toml"

    result = kindly("serve", "--profile", str(typo))

    assert result.exit_code == 2 and started == []
    assert f"kindly: {typo}: no such file - check the path given to --profile" in " ".join(
        result.stderr.split()
    )


def test_init_elsewhere_says_how_to_use_that_profile(kindly: Kindly, tmp_path: Path) -> None:
    path = tmp_path / "work profile.toml"

    result = kindly("init", "--profile", str(path))

    assert result.exit_code == 0 and path.exists()
    said = " ".join(result.stdout.split())
    assert f"then run kindly triage --profile '{path}' PATH." in said


# -- passwd with nothing to read ------------------------------------------------------------------------------


def test_passwd_with_no_password_typed_says_how_to_give_one(
    kindly: Kindly, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_terminal(prompt: str = "") -> str:
        raise EOFError  # a script with no terminal, or Ctrl-D at the prompt

    monkeypatch.setattr("getpass.getpass", no_terminal)

    result = kindly("passwd")

    assert result.exit_code == 2
    said = " ".join(result.stderr.split())
    assert "no password given, so nothing changed" in said and "`kindly passwd --stdin`" in said
    assert not (home / "web.toml").exists()


# -- a profile's misspelt key or choice gets the nearest right one -------------------------------------------

DANA = """
[user]
name = "Dana Reyes"
email = "dana@example.com"
signature = "Dana"
tone = "warm"
weekly_networking_hours = 4
{user_extra}

[[goals]]
kind = "{kind}"
description = "Owners of small design studios who need bookkeeping"
targets = ["design studios"]
priority = 1
"""


@pytest.mark.parametrize(
    ("user_extra", "kind", "said"),
    [
        pytest.param(
            'meeting_hour = "16:00-18:00"',
            "find_clients",
            "line 8, key user.meeting_hour: Extra inputs are not permitted - did you mean 'meeting_hours'?",
            id="key-without-its-s",
        ),
        pytest.param(
            'timezone = "Europe/Lisbon"',
            "find_clients",
            "key user.timezone: Extra inputs are not permitted - did you mean 'time_zone'?",
            id="key-run-together",
        ),
        pytest.param(
            "",
            "find-clients",
            "key goals[0].kind: Input should be 'meet_person', 'help_client', 'find_community', 'find_clients', "
            "'build_credibility', 'find_mentor', 'amplify_campaign' or 'custom' - did you mean 'find_clients'?",
            id="goal-kind-with-a-dash",
        ),
    ],
)
def test_a_misspelt_profile_key_or_goal_kind_is_answered_with_the_nearest_right_one(
    kindly: Kindly, tmp_path: Path, user_extra: str, kind: str, said: str
) -> None:
    profile = profile_file(DANA.format(user_extra=user_extra, kind=kind), tmp_path)
    maya = coffee_from_maya(tmp_path / "maya.eml")

    result = kindly("triage", str(maya), "--profile", str(profile))

    assert result.exit_code == 2
    assert said in " ".join(result.stderr.split())


# -- nothing read, no empty table ------------------------------------------------------------------------------


def test_a_run_that_reads_nothing_prints_no_empty_table(kindly: Kindly) -> None:
    result = kindly("triage", "-", "--profile", PROFILE, input="   \n")

    assert result.exit_code == 2
    assert "skipped stdin: no text given" in result.stderr
    assert "Decision" not in result.stdout and result.stdout.strip() == ""


# -- a broken calendar says what is wrong in the file's own terms ---------------------------------------------


def test_a_calendar_cut_off_says_which_block_never_ends_and_the_batch_goes_on(
    kindly: Kindly, tmp_path: Path
) -> None:
    cut = tmp_path / "invite.ics"
    cut.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:studio-night@example.org\r\n"
        "SUMMARY:Studio finance night\r\nDTSTART:20261210T180000Z\r\n"
    )
    maya = coffee_from_maya(tmp_path / "maya.eml")

    result = kindly("triage", str(cut), str(maya), "--profile", PROFILE)

    assert result.exit_code == 0
    said = " ".join(result.stderr.split())
    assert (
        f"skipped {cut}: unreadable calendar (BEGIN:VEVENT has no END:VEVENT - is the file cut off?)" in said
    )
    assert "ValueError" not in said and "b'BEGIN" not in said
    assert "read 1, new 1" in said
