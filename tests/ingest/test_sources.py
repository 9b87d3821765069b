"""detect() names what a path holds; read_source() streams Messages (or per-item ParseErrors) out of it."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kindly.errors import ParseError
from kindly.ingest.pasted import parse_pasted
from kindly.ingest.sources import Source, detect, read_source
from kindly.model import Message

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

MAIL = b"From: Jane Doe <jane@example.com>\nTo: dana@example.com\nSubject: Coffee?\n\nWant to grab coffee?\n"
MBOX = (
    b"From jane@example.com Mon Nov  2 10:00:00 2026\n"
    + MAIL
    + b"\nFrom bob@example.com Mon Nov  2 11:00:00 2026\n"
    + MAIL
)


def make_eml(root: Path) -> Path:
    path = root / "coffee.eml"
    path.write_bytes(MAIL)
    return path


def make_eml_without_suffix(root: Path) -> Path:
    path = root / "message"
    path.write_bytes(MAIL)
    return path


def make_mbox(root: Path) -> Path:
    path = root / "Inbox"
    path.write_bytes(MBOX)
    return path


def make_maildir(root: Path) -> Path:
    path = root / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (path / sub).mkdir(parents=True)
    (path / "cur" / "1700000000.1.host:2,S").write_bytes(MAIL)
    (path / "new" / "1700000001.2.host").write_bytes(MAIL.replace(b"Coffee?", b"Lunch?"))
    (path / "new" / ".hidden").write_bytes(b"not a message")
    return path


def make_maildir_new_only(root: Path) -> Path:
    path = root / "Maildir"
    (path / "new").mkdir(parents=True)
    (path / "new" / "1").write_bytes(MAIL)
    return path


def make_eml_folder(root: Path) -> Path:
    path = root / "exported"
    path.mkdir()
    (path / "a.eml").write_bytes(MAIL)
    (path / "b.eml").write_bytes(MAIL.replace(b"Coffee?", b"Lunch?"))
    (path / "notes.txt").write_bytes(b"ignored")
    return path


def make_ics(root: Path) -> Path:
    return Path(shutil.copy(EXAMPLES / "invitation.ics", root / "invite.ics"))


def make_ics_without_suffix(root: Path) -> Path:
    return Path(shutil.copy(EXAMPLES / "invitation.ics", root / "download"))


def make_linkedin_messages(root: Path) -> Path:
    return Path(shutil.copy(EXAMPLES / "linkedin" / "messages.csv", root / "messages.csv"))


def make_linkedin_connections(root: Path) -> Path:
    return Path(shutil.copy(EXAMPLES / "linkedin" / "Connections.csv", root / "Connections.csv"))


def make_text(root: Path) -> Path:
    path = root / "pasted.txt"
    path.write_text("Subject: Intro\n\nHi Dana, meet Marcus.\n")
    return path


@pytest.mark.parametrize(
    ("make", "expected_format"),
    [
        pytest.param(make_eml, "eml", id="eml"),
        pytest.param(make_eml_without_suffix, "eml", id="eml-without-suffix"),
        pytest.param(make_mbox, "mbox", id="mbox"),
        pytest.param(make_maildir, "maildir", id="maildir"),
        pytest.param(make_maildir_new_only, "maildir", id="maildir-new-only"),
        pytest.param(make_eml_folder, "eml-folder", id="eml-folder"),
        pytest.param(make_ics, "ics", id="ics"),
        pytest.param(make_ics_without_suffix, "ics", id="ics-without-suffix"),
        pytest.param(make_linkedin_messages, "linkedin-messages", id="linkedin-messages"),
        pytest.param(make_linkedin_connections, "linkedin-connections", id="linkedin-connections"),
        pytest.param(make_text, "text", id="text"),
    ],
)
def test_detect(tmp_path: Path, make: Callable[[Path], Path], expected_format: str) -> None:
    path = make(tmp_path)

    source = detect(str(path))

    assert source == Source(str(path), expected_format, source.size)
    if path.is_file():
        assert source.size == path.stat().st_size


@pytest.mark.parametrize(
    ("make", "subjects"),
    [
        pytest.param(make_eml, ["Coffee?"], id="eml"),
        pytest.param(make_mbox, ["Coffee?", "Coffee?"], id="mbox"),
        pytest.param(make_maildir, ["Coffee?", "Lunch?"], id="maildir-cur-then-new-skips-hidden"),
        pytest.param(make_eml_folder, ["Coffee?", "Lunch?"], id="eml-folder-sorted"),
        pytest.param(
            make_ics, ["Money Talks for Makers: financing your creative studio (panel + mixer)"], id="ics"
        ),
        pytest.param(make_text, ["Intro"], id="text"),
    ],
)
def test_read_source(tmp_path: Path, make: Callable[[Path], Path], subjects: list[str]) -> None:
    items = list(read_source(detect(str(make(tmp_path)))))

    assert all(isinstance(item, Message) for item in items)
    assert [item.subject for item in items if isinstance(item, Message)] == subjects


def test_linkedin_messages_read_as_messages(tmp_path: Path) -> None:
    items = list(read_source(detect(str(make_linkedin_messages(tmp_path)))))

    assert len(items) == 10
    assert all(isinstance(item, Message) and item.channel == "linkedin" for item in items)


def test_connections_are_contacts_not_messages(tmp_path: Path) -> None:
    source = detect(str(make_linkedin_connections(tmp_path)))

    with pytest.raises(ParseError, match="holds contacts, not messages") as caught:
        list(read_source(source))

    assert caught.value.source == source.path


def test_unknown_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "photo.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)

    with pytest.raises(ParseError, match="unknown format") as caught:
        detect(str(path))

    assert caught.value.source == str(path)


def test_csv_that_is_not_a_linkedin_export(tmp_path: Path) -> None:
    path = tmp_path / "budget.csv"
    path.write_text("month,amount\nJan,100\n")

    with pytest.raises(ParseError, match=r"neither a LinkedIn messages\.csv nor a Connections\.csv"):
        detect(str(path))


def test_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.eml"

    with pytest.raises(ParseError, match="no such file") as caught:
        detect(str(missing))

    assert caught.value.source == str(missing)


@pytest.mark.parametrize(
    "content",
    [
        pytest.param({}, id="empty"),
        pytest.param({"notes.txt": b"hello"}, id="no-eml-files"),
    ],
)
def test_folder_without_messages(tmp_path: Path, content: dict[str, bytes]) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    for name, data in content.items():
        (folder / name).write_bytes(data)

    with pytest.raises(ParseError, match="neither a Maildir") as caught:
        detect(str(folder))

    assert caught.value.source == str(folder)


def test_stdin_dash_is_text() -> None:
    assert detect("-") == Source("-", "text")


def test_file_gone_after_detect_is_a_parse_error(tmp_path: Path) -> None:
    for fmt in ("eml", "mbox", "ics", "linkedin-messages", "text"):
        path = tmp_path / f"gone.{fmt}"
        with pytest.raises(ParseError, match="cannot read") as caught:
            list(read_source(Source(str(path), fmt)))
        assert caught.value.source == str(path)


def test_unknown_format_name_is_a_parse_error(tmp_path: Path) -> None:
    path = make_eml(tmp_path)

    with pytest.raises(ParseError, match="unknown format 'pst'"):
        list(read_source(Source(str(path), "pst")))


def test_broken_file_in_a_folder_does_not_stop_the_batch(tmp_path: Path) -> None:
    folder = make_eml_folder(tmp_path)
    (folder / "0-empty.eml").write_bytes(b"")

    items = list(read_source(detect(str(folder))))

    assert [type(item) for item in items] == [ParseError, Message, Message]
    assert isinstance(items[0], ParseError) and items[0].source.endswith("0-empty.eml")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        pytest.param(MAIL, [("Coffee?", "email")], id="whole-email"),
        pytest.param(MBOX, [("Coffee?", "email"), ("Coffee?", "email")], id="mbox"),
        pytest.param(b"Hi Dana, would you speak at our meetup?\n", [("", "text")], id="pasted-words"),
    ],
)
def test_text_source_recognises_what_was_piped_in(
    tmp_path: Path, content: bytes, expected: list[tuple[str, str]]
) -> None:
    path = tmp_path / "input.txt"
    path.write_bytes(content)

    items = list(read_source(Source(str(path), "text")))

    assert [(item.subject, item.channel) for item in items if isinstance(item, Message)] == expected


# --- pasted text -------------------------------------------------------------------------------------


def test_pasted_with_headers_on_top() -> None:
    data = (
        b"From: Marcus Bell <Marcus@cen.example.org>\n"
        b"Subject: Speaking at our January panel?\n"
        b"\n"
        b"Hi Dana,\n\nWould you join our January panel on studio finance?\n\nBest,\nMarcus\n"
    )

    message = parse_pasted(data, "clipboard")

    assert message.source == "clipboard"
    assert message.channel == "text"
    assert (message.from_name, message.from_addr) == ("Marcus Bell", "marcus@cen.example.org")
    assert message.subject == "Speaking at our January panel?"
    assert message.body.startswith("Hi Dana,")
    assert message.own_text == "Hi Dana,\n\nWould you join our January panel on studio finance?"
    assert message.signature == "Best,\nMarcus"
    assert message.raw == data


def test_pasted_date_and_to_lines_are_read() -> None:
    data = b"To: Dana <dana@example.com>\nDate: Tue, 3 Nov 2026 10:00:00 -0800\nSubject: Panel\n\nJoin us?\n"

    message = parse_pasted(data, "clipboard")

    assert message.to == ("dana@example.com",)
    assert message.date == datetime(2026, 11, 3, 18, 0, tzinfo=UTC)
    assert message.body == "Join us?"


def test_pasted_without_headers() -> None:
    data = "\ufeffHi Dana,\r\nCould we grab coffee next week?\r\n".encode()

    message = parse_pasted(data, "clipboard")

    assert (message.from_name, message.from_addr, message.subject) == ("", "", "")
    assert message.body == "Hi Dana,\nCould we grab coffee next week?"


def test_pasted_subject_only() -> None:
    message = parse_pasted(b"Subject: Quick question\n", "clipboard")

    assert message.subject == "Quick question"
    assert message.body == ""


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"", id="empty"),
        pytest.param(b" \n\t\r\n", id="whitespace"),
        pytest.param(b"From: someone@example.com\n\n", id="headers-without-text"),
    ],
)
def test_pasted_without_text_is_a_parse_error(data: bytes) -> None:
    with pytest.raises(ParseError) as caught:
        parse_pasted(data, "clipboard")

    assert caught.value.source == "clipboard"


def test_a_folder_of_calendar_files_and_emails_reads_both_and_goes_past_a_broken_one(tmp_path: Path) -> None:
    folder = make_eml_folder(tmp_path)
    shutil.copy(EXAMPLES / "invitation.ics", folder / "invite.ics")
    (folder / "bare.ics").write_bytes(b"BEGIN:VEVENT\r\nSUMMARY:Lunch\r\nEND:VEVENT\r\n")

    items = list(read_source(detect(str(folder))))

    subjects = [item.subject for item in items if not isinstance(item, ParseError)]
    assert subjects == [
        "Coffee?",
        "Lunch?",
        "Money Talks for Makers: financing your creative studio (panel + mixer)",
    ]
    [error] = [item for item in items if isinstance(item, ParseError)]
    assert error.source.endswith("bare.ics") and "no BEGIN:VCALENDAR" in str(error)


def test_a_calendar_folder_alone_is_read_and_a_broken_ics_file_says_what_is_wrong(tmp_path: Path) -> None:
    folder = tmp_path / "calendar"
    folder.mkdir()
    shutil.copy(EXAMPLES / "invitation.ics", folder / "invite.ics")
    assert detect(str(folder)).format == "eml-folder"
    broken = tmp_path / "broken.ics"
    broken.write_bytes(b"BEGIN:VEVENT\r\nEND:VEVENT\r\n")
    assert detect(str(broken)).format == "ics"
    [error] = list(read_source(detect(str(broken))))
    assert isinstance(error, ParseError) and "no BEGIN:VCALENDAR" in str(error)


def test_a_calendar_folder_is_found_in_any_case_and_a_folder_named_ics_is_no_calendar(tmp_path: Path) -> None:
    upper = tmp_path / "upper"
    upper.mkdir()
    shutil.copy(EXAMPLES / "invitation.ics", upper / "INVITE.ICS")
    assert [type(item).__name__ for item in read_source(detect(str(upper)))] == ["Message"]
    nested = tmp_path / "nested"
    (nested / "sub.ics").mkdir(parents=True)
    with pytest.raises(ParseError, match="neither a Maildir"):
        detect(str(nested))
