"""build_message and the exports: a draft becomes a threaded reply e-mail, an .eml file or an mbox."""

from __future__ import annotations

import mailbox
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import pytest
from icalendar import Calendar

from kindly.ingest.email import parse_email
from kindly.ingest.ics import calendar_messages
from kindly.model import Draft, Message
from kindly.profile import load_profile
from kindly.reply.calendar_reply import PartStat, calendar_reply
from kindly.reply.errors import ReplyError
from kindly.reply.outgoing import (
    build_message,
    eml_bytes,
    reply_subject,
    thread_ids,
    write_eml,
    write_mbox,
)
from kindly.reply.recipients import copied_on_reply
from support import EXAMPLES

PROFILE = load_profile(EXAMPLES / "profile.toml")
NOW = datetime(2026, 11, 20, 8, 30, tzinfo=UTC)
DRAFT = Draft(
    text="Hi Gordon,\n\nThanks so much for the invitation to meet. Is there something specific?\n\nWarmly,\n\nDana\n",
    steps=("ask_details",),
    subject="Re: Coffee next week?",
)
ORIGINAL = Message(
    source="inbox.mbox#3",
    message_id="coffee-3@pike.example",
    references=("intro-1@mutual.example", "intro-2@pike.example"),
    from_name="Gordon Pike",
    from_addr="gordon@pike.example",
    subject="Coffee next week?",
)


def parse(data: bytes) -> EmailMessage:
    message = BytesParser(policy=policy.default).parsebytes(data)
    assert isinstance(message, EmailMessage)
    return message


def body_text(message: EmailMessage) -> str:
    body = message.get_body(("plain",))
    assert body is not None
    return str(body.get_content()).replace("\r\n", "\n")


def test_a_reply_is_from_the_user_to_the_sender_threaded_under_the_original() -> None:
    parsed = parse(eml_bytes(build_message(DRAFT, ORIGINAL, PROFILE, now=NOW)))

    assert parsed["From"] == "Dana Reyes <dana@example.com>"
    assert parsed["To"] == "Gordon Pike <gordon@pike.example>"
    assert parsed["Subject"] == "Re: Coffee next week?"
    assert parsed["In-Reply-To"] == "<coffee-3@pike.example>"
    assert parsed["References"] == "<intro-1@mutual.example> <intro-2@pike.example> <coffee-3@pike.example>"
    assert parsed["Date"].datetime == NOW
    assert parsed["Message-ID"].startswith("<") and parsed["Message-ID"].endswith("@example.com>")
    assert parsed.get_content_type() == "text/plain"
    assert parsed.get_content_charset() == "utf-8"
    assert body_text(parsed) == DRAFT.text


def test_long_message_ids_stay_readable_ids() -> None:
    long_ids = tuple(
        f"BN6PR{n:02d}MB3456.namprd{n:02d}.prod.outlook.example.com.{'x' * 30}@mail.example" for n in range(4)
    )
    original = Message(
        source="s", message_id=long_ids[-1], references=long_ids[:-1], from_addr="g@pike.example", subject="x"
    )
    data = eml_bytes(build_message(DRAFT, original, PROFILE, now=NOW))
    assert b"=?" not in data.split(b"\r\n\r\n", 1)[0], "no RFC 2047 words in the headers"
    assert all(len(line) <= 998 for line in data.split(b"\r\n"))
    parsed = parse(data)
    assert parsed["In-Reply-To"] == f"<{long_ids[-1]}>"
    assert parsed["References"].split() == [f"<{i}>" for i in long_ids]


def test_a_long_subject_reads_back_as_it_was_written() -> None:
    original = Message(
        source="s",
        from_addr="events@cen.example.org",
        subject="Money Talks for Makers: financing your creative studio (panel + mixer) on Wednesday 9 December",
    )
    data = eml_bytes(build_message(Draft("Hi", ()), original, PROFILE, now=NOW))
    assert parse(data)["Subject"] == f"Re: {original.subject}"
    assert all(len(line) <= 78 for line in data.split(b"\r\n\r\n")[0].split(b"\r\n"))


def test_every_reply_gets_a_new_message_id() -> None:
    first = build_message(DRAFT, ORIGINAL, PROFILE, now=NOW)
    second = build_message(DRAFT, ORIGINAL, PROFILE, now=NOW)
    assert first["Message-ID"] != second["Message-ID"]
    assert first["Message-ID"] != f"<{ORIGINAL.message_id}>"


def test_threading_survives_a_real_email_read_by_the_ingest_step() -> None:
    raw = (
        b"From: Gordon Pike <gordon@pike.example>\r\nTo: dana@example.com\r\nSubject: RE: Coffee\r\n"
        b"Message-ID: <c-9@pike.example>\r\nIn-Reply-To: <c-8@example.com>\r\n"
        b"References: <c-7@pike.example>\r\n <c-8@example.com>\r\n\r\nStill up for coffee?\r\n"
    )
    original = parse_email(raw, "inbox.mbox#9")
    parsed = parse(eml_bytes(build_message(DRAFT, original, PROFILE, now=NOW)))
    assert parsed["In-Reply-To"] == "<c-9@pike.example>"
    assert parsed["References"] == "<c-7@pike.example> <c-8@example.com> <c-9@pike.example>"


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        pytest.param("Coffee next week?", "Re: Coffee next week?", id="plain"),
        pytest.param("Re: Coffee next week?", "Re: Coffee next week?", id="already-re"),
        pytest.param("RE: Coffee", "RE: Coffee", id="upper-re"),
        pytest.param("re:Coffee", "re:Coffee", id="no-space"),
        pytest.param("AW: Kaffee?", "AW: Kaffee?", id="german-aw"),
        pytest.param("Re[2]: Coffee", "Re[2]: Coffee", id="counted-re"),
        pytest.param("Fwd: Coffee", "Re: Fwd: Coffee", id="forward-is-answered"),
        pytest.param("Regarding coffee", "Re: Regarding coffee", id="re-inside-a-word"),
        pytest.param("  Coffee\n next week ", "Re: Coffee next week", id="folded-whitespace"),
        pytest.param("", "Re: (no subject)", id="empty"),
    ],
)
def test_the_subject_says_re_once(subject: str, expected: str) -> None:
    assert reply_subject(subject) == expected


def test_the_draft_subject_is_not_given_a_second_re() -> None:
    message = build_message(DRAFT, ORIGINAL, PROFILE, now=NOW)
    assert message["Subject"] == "Re: Coffee next week?"


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        pytest.param(
            Message(source="s", message_id="<a@b.example>", references=("<x@y.example>",)),
            ("a@b.example", ("x@y.example", "a@b.example")),
            id="brackets-are-not-doubled",
        ),
        pytest.param(
            Message(source="s", message_id="a@b.example", references=("a@b.example",)),
            ("a@b.example", ("a@b.example",)),
            id="no-duplicates",
        ),
        pytest.param(Message(source="s"), ("", ()), id="no-message-id"),
        pytest.param(
            Message(source="s", channel="calendar", message_id="uid-1@cen.example#0"),
            ("", ()),
            id="calendar-ids-are-not-message-ids",
        ),
        pytest.param(Message(source="s", channel="linkedin", message_id="2-abc"), ("", ()), id="linkedin"),
    ],
)
def test_thread_ids(original: Message, expected: tuple[str, tuple[str, ...]]) -> None:
    assert thread_ids(original) == expected


def test_a_reply_with_no_thread_has_no_threading_headers() -> None:
    original = Message(source="pasted", from_addr="gordon@pike.example", subject="Coffee")
    message = build_message(DRAFT, original, PROFILE, now=NOW)
    assert "In-Reply-To" not in message and "References" not in message


def test_the_calendar_reply_rides_along_inline_and_as_an_attachment() -> None:
    invitation = calendar_messages((EXAMPLES / "invitation.ics").read_bytes(), "invitation.ics")[0]
    assert invitation.event is not None
    ics = calendar_reply(
        invitation.event, "dana@example.com", PartStat.DECLINED, "Sorry to miss it.", now=NOW
    )

    parsed = parse(eml_bytes(build_message(DRAFT, invitation, PROFILE, calendar=ics, now=NOW)))

    assert parsed["To"].addresses[0].display_name == "Hannah Brooks (Creative Economy Network)"
    assert parsed["To"].addresses[0].addr_spec == "events@cen.example.org"
    assert parsed["Subject"] == "Re: Coffee next week?"
    assert body_text(parsed) == DRAFT.text
    inline = [part for part in parsed.walk() if part.get_content_type() == "text/calendar"]
    assert len(inline) == 1
    assert inline[0].get_param("method") == "REPLY"
    assert inline[0].get_content_charset() == "utf-8"
    attachments = list(parsed.iter_attachments())
    assert [a.get_filename() for a in attachments] == ["invite-reply.ics"]
    for part in (inline[0], attachments[0]):
        data = part.get_payload(decode=True)
        assert data == ics
        reply = Calendar.from_ical(data)
        assert str(reply["METHOD"]) == "REPLY"
        assert reply.walk("VEVENT")[0]["ATTENDEE"].params["PARTSTAT"] == "DECLINED"


def test_non_ascii_names_and_subjects_are_encoded_and_read_back() -> None:
    original = Message(
        source="s",
        message_id="m1@example.de",
        from_name="Jürgen Groß",
        from_addr="juergen@example.de",
        subject="Kaffee & Kuchen ☕ – nächste Woche?",
    )
    profile = PROFILE.model_copy(update={"user": PROFILE.user.model_copy(update={"name": "Zoë Ñúñez"})})
    draft = Draft(text="Hallo Jürgen,\n\nDanke – gern!\n\nZoë\n", steps=("accept",))

    data = eml_bytes(build_message(draft, original, profile, now=NOW))

    assert data.isascii(), "headers as RFC 2047 words, body as quoted-printable"
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    parsed = parse(data)
    assert parsed["From"] == "Zoë Ñúñez <dana@example.com>"
    assert parsed["To"] == "Jürgen Groß <juergen@example.de>"
    assert parsed["Subject"] == "Re: Kaffee & Kuchen ☕ – nächste Woche?"
    assert body_text(parsed) == draft.text


def test_a_name_with_a_comma_or_quotes_stays_one_address() -> None:
    original = Message(source="s", from_name='Pike, "Gordon"', from_addr="gordon@pike.example", subject="x")
    parsed = parse(eml_bytes(build_message(DRAFT, original, PROFILE, now=NOW)))
    assert [a.addr_spec for a in parsed["To"].addresses] == ["gordon@pike.example"]
    assert parsed["To"].addresses[0].display_name == "Pike, Gordon"


def test_an_address_can_be_given_instead_of_the_sender() -> None:
    message = build_message(DRAFT, ORIGINAL, PROFILE, to="Hannah Brooks <hannah@cen.example.org>", now=NOW)
    assert message["To"] == "Hannah Brooks <hannah@cen.example.org>"


@pytest.mark.parametrize(
    "address",
    [
        pytest.param("gordon pike@pike.example", id="space-in-local-part"),
        pytest.param("jürgen@example.de", id="non-ascii-local-part"),
        pytest.param("a@b@c.example", id="two-at-signs"),
    ],
)
def test_an_address_no_mail_server_would_take_is_refused(address: str) -> None:
    with pytest.raises(ReplyError, match=r"^s: (cannot write to|no e-mail address)"):
        build_message(DRAFT, Message(source="s", from_addr=address, subject="x"), PROFILE)


def test_angle_brackets_around_the_address_are_fine() -> None:
    message = build_message(
        DRAFT, Message(source="s", from_addr="<gordon@pike.example>", subject="x"), PROFILE
    )
    assert message["To"] == "gordon@pike.example"


def test_no_address_to_reply_to_is_refused() -> None:
    linkedin = Message(source="messages.csv#4", channel="linkedin", from_name="Gordon Pike", subject="Hi")
    with pytest.raises(ReplyError, match=r"messages\.csv#4"):
        build_message(DRAFT, linkedin, PROFILE)


def test_an_eml_file_is_written_whole(tmp_path: Path) -> None:
    message = build_message(DRAFT, ORIGINAL, PROFILE, now=NOW)
    path = write_eml(tmp_path / "drafts" / "12.eml", message)
    assert path.read_bytes() == eml_bytes(message)
    assert [p.name for p in path.parent.iterdir()] == ["12.eml"], "no temporary file left behind"


def test_an_eml_file_is_replaced_not_appended(tmp_path: Path) -> None:
    path = tmp_path / "12.eml"
    path.write_bytes(b"old content that is longer than nothing" * 100)
    message = build_message(DRAFT, ORIGINAL, PROFILE, now=NOW)
    write_eml(path, message)
    assert parse(path.read_bytes())["Message-ID"] == message["Message-ID"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    path = tmp_path / "out.mbox"
    path.write_bytes(b"")

    def messages() -> list[EmailMessage]:
        raise RuntimeError("the store went away")

    with pytest.raises(RuntimeError):
        write_mbox(path, (m for m in messages()))
    assert [p.name for p in tmp_path.iterdir()] == ["out.mbox"]


def test_many_drafts_become_one_mbox(tmp_path: Path) -> None:
    invitation = calendar_messages((EXAMPLES / "invitation.ics").read_bytes(), "invitation.ics")[0]
    assert invitation.event is not None
    ics = calendar_reply(invitation.event, "dana@example.com", PartStat.ACCEPTED, now=NOW)
    sent = [
        build_message(DRAFT, ORIGINAL, PROFILE, now=NOW),
        build_message(DRAFT, invitation, PROFILE, calendar=ics, now=NOW),
    ]
    path = tmp_path / "drafts.mbox"

    assert write_mbox(path, sent) == 2

    box = mailbox.mbox(path, factory=None, create=False)
    try:
        keys = box.keys()  # iterating an mbox yields messages; these are its keys, in file order
        read = [parse(box.get_bytes(key)) for key in keys]
        froms = [box[key].get_from() for key in keys]
    finally:
        box.close()
    assert [m["Message-ID"] for m in read] == [m["Message-ID"] for m in sent]
    assert [m["In-Reply-To"] for m in read] == ["<coffee-3@pike.example>", None]
    assert all(f.startswith("dana@example.com ") for f in froms)
    assert [a.get_filename() for a in read[1].iter_attachments()] == ["invite-reply.ics"]
    assert body_text(read[0]) == DRAFT.text
    assert [p.name for p in tmp_path.iterdir()] == ["drafts.mbox"]


def test_writing_an_mbox_again_replaces_it(tmp_path: Path) -> None:
    path = tmp_path / "drafts.mbox"
    write_mbox(path, [build_message(DRAFT, ORIGINAL, PROFILE, now=NOW)] * 3)
    assert write_mbox(path, [build_message(DRAFT, ORIGINAL, PROFILE, now=NOW)]) == 1
    box = mailbox.mbox(path, create=False)
    try:
        assert len(box) == 1
    finally:
        box.close()


def test_an_accepted_introduction_answers_the_person_introduced_too() -> None:
    intro = Message(
        source="t",
        from_name="Jordan Ellis",
        from_addr="Jordan@ellis.example",
        to=("dana@example.com", "priya@fieldworkcapital.example"),
        subject="Intro: Dana <> Priya",
    )
    cc = copied_on_reply(intro, PROFILE.user.email, "introduction", "accept")
    assert cc == ("priya@fieldworkcapital.example",)  # not the user, not the introducer
    built = build_message(DRAFT, intro, PROFILE, cc=cc, now=NOW)
    assert (str(built["To"]), str(built["Cc"])) == ("Jordan Ellis <Jordan@ellis.example>", cc[0])
    # a decline, or any other kind of message, goes to its sender alone
    assert copied_on_reply(intro, PROFILE.user.email, "introduction", "decline") == ()
    assert copied_on_reply(intro, PROFILE.user.email, "event_invitation", "accept") == ()
    # a message to many people is an announcement, not an introduction to answer to all
    crowd = Message(source="t", from_addr="a@x.example", to=tuple(f"p{n}@x.example" for n in range(8)))
    assert copied_on_reply(crowd, PROFILE.user.email, "introduction", "accept") == ()
