"""LinkedIn data exports: messages.csv rows become Messages, Connections.csv rows become Connections."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kindly.errors import ParseError
from kindly.ingest.linkedin import Connection, read_connections, read_messages
from kindly.model import Message

LINKEDIN = Path(__file__).resolve().parents[2] / "examples" / "linkedin"
HEADER = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT\n"


def shipped_messages() -> list[Message]:
    items = list(read_messages((LINKEDIN / "messages.csv").read_bytes(), "messages.csv"))
    assert all(isinstance(item, Message) for item in items)
    return [item for item in items if isinstance(item, Message)]


def test_shipped_messages_fields() -> None:
    messages = shipped_messages()

    assert len(messages) == 10
    # the file's first row (it is read later: the export lists the newest first)
    first = next(m for m in messages if m.source == "messages.csv (row ending on line 2)")
    assert first.channel == "linkedin"
    assert first.conversation == "linkedin:2-FwW5gg4zeF68eCizZjkMs+/4gIobDk54j0u2IOTD"
    assert first.from_name == "Derek Vaughn"
    assert first.from_addr == "https://www.linkedin.com/in/derekvaughn-growth"
    assert first.to == ("Dana Reyes",)
    assert first.date == datetime(2026, 11, 23, 14, 30, tzinfo=UTC)
    assert first.body.startswith("Following up, Dana")
    assert first.raw.startswith(b"CONVERSATION ID,")


def test_messages_are_read_oldest_first_though_the_export_lists_the_newest_first() -> None:
    messages = shipped_messages()
    dates = [m.date for m in messages]
    assert all(d is not None for d in dates)
    assert dates == sorted(dates)  # type: ignore[type-var]
    # a follow-up comes after what it follows up
    derek = [m.body for m in messages if m.from_name == "Derek Vaughn"]
    assert derek[0].startswith("Hey Dana, quick one") and derek[-1].startswith("Following up")


def test_shipped_messages_group_title_recipients_and_subject() -> None:
    messages = shipped_messages()

    group = next(m for m in messages if m.source == "messages.csv (row ending on line 3)")
    assert group.subject == "Creative Finance Circle - founding members"  # CONVERSATION TITLE when no SUBJECT
    assert group.to == ("Dana Reyes", "Rosa Villanueva", "Ivan Petrov")
    recruiter = next(m for m in messages if m.subject.startswith("Director of Finance"))
    assert recruiter.source == "messages.csv (row ending on line 21)"  # a multi-line quoted CONTENT
    assert recruiter.own_text.endswith("Happy to work around your schedule.")
    assert recruiter.signature == "Best,\nHeather"
    assert '"speaks studio"' in recruiter.body


def test_shipped_messages_grouped_by_conversation_id() -> None:
    threads: dict[str, list[str]] = defaultdict(list)
    for message in shipped_messages():
        threads[message.conversation].append(message.from_name)

    assert len(threads) == 6
    assert threads["linkedin:2-xHCSKee9pWihHrVn+fqrNWQFkZVjB3Tk7qbhrzDL"] == [
        "Aisha Rahman",
        "Dana Reyes",
        "Aisha Rahman",
    ]
    assert threads["linkedin:2-FwW5gg4zeF68eCizZjkMs+/4gIobDk54j0u2IOTD"] == ["Derek Vaughn", "Derek Vaughn"]
    assert threads["linkedin:2-os0PVwkPQ0IPOFM1B+NX3zJS/JQyt55UQSJacW8c"] == [
        "Heather Quinn",
        "Heather Quinn",
    ]


def test_row_with_wrong_number_of_columns_is_an_error_naming_its_line() -> None:
    data = (
        HEADER
        + "c1,,Ann,https://l/ann,Dana,2026-11-01 10:00:00 UTC,,Hello Dana\n"
        + "c1,,Bob,https://l/bob,Dana,2026-11-01 11:00:00 UTC,,Hi,one column too many\n"
        + 'c2,,Cy,https://l/cy,Dana,2026-11-02 10:00:00 UTC,,"two\nlines"\n'
        + "c3,,Dee\n"
        + "c2,,Ed,https://l/ed,Dana,2026-11-03 10:00:00 UTC,,Bye\n"
    ).encode()

    items = list(read_messages(data, "messages.csv"))

    # the bad rows are reported first, each naming its line; the good ones follow, oldest first
    assert [type(item) for item in items] == [ParseError, ParseError, Message, Message, Message]
    errors = [item for item in items if isinstance(item, ParseError)]
    assert errors[0].source == "messages.csv (row ending on line 3)"
    assert errors[0].reason == "wrong number of columns"
    assert errors[1].source == "messages.csv (row ending on line 6)"
    assert [item.from_name for item in items if isinstance(item, Message)] == ["Ann", "Cy", "Ed"]
    assert [item.conversation for item in items if isinstance(item, Message)] == [
        "linkedin:c1",
        "linkedin:c2",
        "linkedin:c2",
    ]


def test_empty_content_is_an_error_and_html_content_is_flattened() -> None:
    data = (
        HEADER
        + "c1,,Ann,,Dana,2026-11-01 10:00:00 UTC,,\n"
        + 'c1,,Bob,,Dana,2026-11-01 11:00:00 UTC,,"<p>Hello <b>Dana</b></p><p>Coffee?</p>"\n'
    ).encode()

    empty, html = list(read_messages(data, "messages.csv"))

    assert isinstance(empty, ParseError) and empty.reason == "empty CONTENT"
    assert isinstance(html, Message) and html.body == "Hello Dana\nCoffee?"


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        pytest.param("2026-11-01 10:00:00 UTC", datetime(2026, 11, 1, 10, 0, tzinfo=UTC), id="export-format"),
        pytest.param("2026-11-01 10:00:00", datetime(2026, 11, 1, 10, 0, tzinfo=UTC), id="no-zone"),
        pytest.param("2026-11-01 10:00", datetime(2026, 11, 1, 10, 0, tzinfo=UTC), id="no-seconds"),
        pytest.param("11/01/26, 10:00 AM", datetime(2026, 11, 1, 10, 0, tzinfo=UTC), id="us-format"),
        pytest.param("yesterday", None, id="unreadable"),
    ],
)
def test_message_dates(date: str, expected: datetime | None) -> None:
    data = (HEADER + f'c1,,Ann,,Dana,"{date}",,Hello\n').encode()

    (message,) = list(read_messages(data, "messages.csv"))

    assert isinstance(message, Message) and message.date == expected


def test_bom_and_cp1252_exports_are_read() -> None:
    bom = "\ufeff" + HEADER + "c1,,Zoë,,Dana,2026-11-01 10:00:00 UTC,,Grüße\n"
    cp1252 = (HEADER + "c1,,Zoë,,Dana,2026-11-01 10:00:00 UTC,,“Grüße”\n").encode("cp1252")

    (from_bom,) = list(read_messages(bom.encode("utf-8"), "bom.csv"))
    (from_cp1252,) = list(read_messages(cp1252, "cp1252.csv"))

    assert isinstance(from_bom, Message) and (from_bom.from_name, from_bom.body) == ("Zoë", "Grüße")
    assert isinstance(from_cp1252, Message) and from_cp1252.body == "“Grüße”"


def test_not_a_messages_export() -> None:
    with pytest.raises(ParseError, match="not a LinkedIn messages export") as caught:
        list(read_messages((LINKEDIN / "Connections.csv").read_bytes(), "Connections.csv"))

    assert caught.value.source == "Connections.csv"


def test_shipped_connections() -> None:
    connections = read_connections((LINKEDIN / "Connections.csv").read_bytes(), "Connections.csv")

    assert len(connections) == 9
    assert connections[0] == Connection(
        name="Gwen Tanaka",
        email="gwen@fracfinpdx.example.org",
        company="Tanaka Advisory",
        position="Fractional CFO | Organizer, Fractional Finance PDX",
        url="https://www.linkedin.com/in/gwen-tanaka-cfo",
        connected_on=datetime(2026, 11, 20, tzinfo=UTC),
    )
    assert connections[1].email == ""
    assert {c.name for c in connections} >= {"Marcus Bell", "Maria Chen", "Heather Quinn"}


def test_not_a_connections_export() -> None:
    with pytest.raises(ParseError, match="not a LinkedIn Connections export"):
        read_connections((LINKEDIN / "messages.csv").read_bytes(), "messages.csv")
