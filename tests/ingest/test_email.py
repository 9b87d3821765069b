"""parse_email: one RFC 5322 message in, one readable kindly Message out."""

from __future__ import annotations

import base64
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest

from kindly.errors import ParseError
from kindly.ingest.email import parse_email

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def raw_mail(headers: str, body: bytes = b"Hello Dana,\n\nSee you soon.\n") -> bytes:
    """A message from header lines written as text (raw UTF-8 allowed) and a body given as bytes."""
    return headers.strip().encode("utf-8") + b"\n\n" + body


def single_part(charset: str, transfer_encoding: str, payload: bytes) -> bytes:
    headers = (
        "From: sender@example.com\n"
        "Subject: charset test\n"
        "MIME-Version: 1.0\n"
        f"Content-Type: text/plain; charset={charset}\n"
        f"Content-Transfer-Encoding: {transfer_encoding}\n"
    )
    return raw_mail(headers, payload)


# --- headers -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("subject_header", "expected"),
    [
        pytest.param("=?utf-8?B?Q2Fmw6kgbWVldGluZyDimJU=?=", "Café meeting ☕", id="utf8-base64"),
        pytest.param("=?utf-8?Q?Caf=C3=A9_meeting?=", "Café meeting", id="utf8-quoted-printable"),
        pytest.param("=?iso-8859-1?Q?R=E9union_d'=E9t=E9?=", "Réunion d'été", id="latin1-quoted-printable"),
        pytest.param("=?ISO-8859-1?B?UulzdW3p?=", "Résumé", id="latin1-base64-uppercase-charset"),
        pytest.param(
            "Re: =?utf-8?Q?Caf=C3=A9?= on Friday", "Re: Café on Friday", id="mixed-plain-and-encoded"
        ),
        pytest.param(
            "=?utf-8?Q?Caf=C3=A9?=\n =?utf-8?Q?_on_Friday?=", "Café on Friday", id="folded-two-words"
        ),
        pytest.param("=?iso-8859-1?Q?=93Quoted=94?=", "“Quoted”", id="latin1-label-with-cp1252-quotes"),
        pytest.param("=?x-unknown?Q?Caf=C3=A9?=", "Café", id="unknown-charset-falls-back-to-utf8"),
        pytest.param(
            "Café € =?utf-8?Q?na=C3=AFve?= C:\\users",
            "Café € naïve C:\\users",
            id="raw-utf8-beside-encoded-word",
        ),
        pytest.param("Plain subject", "Plain subject", id="plain-ascii"),
    ],
)
def test_encoded_subject_is_decoded(subject_header: str, expected: str) -> None:
    message = parse_email(raw_mail(f"From: a@example.com\nSubject: {subject_header}"), "mail.eml")

    assert message.subject == expected


@pytest.mark.parametrize(
    ("from_header", "name", "address"),
    [
        pytest.param(
            "=?utf-8?B?SsO2cmcgTcO8bGxlcg==?= <jorg@example.de>",
            "Jörg Müller",
            "jorg@example.de",
            id="utf8-b",
        ),
        pytest.param(
            "=?utf-8?Q?Zo=C3=AB_=C3=85ngstr=C3=B6m?= <zoe@example.se>",
            "Zoë Ångström",
            "zoe@example.se",
            id="utf8-q",
        ),
        pytest.param(
            "=?iso-8859-1?Q?Fran=E7ois_Dupr=E9?= <Francois@Example.FR>",
            "François Dupré",
            "francois@example.fr",
            id="latin1-q-address-lowercased",
        ),
        pytest.param(
            '"Reyes, Dana" <dana@example.com>', "Reyes, Dana", "dana@example.com", id="quoted-comma"
        ),
        pytest.param("dana@example.com", "", "dana@example.com", id="bare-address"),
    ],
)
def test_from_name_and_address(from_header: str, name: str, address: str) -> None:
    message = parse_email(raw_mail(f"From: {from_header}\nSubject: hi"), "mail.eml")

    assert (message.from_name, message.from_addr) == (name, address)


def test_raw_utf8_headers_rfc6532() -> None:
    data = raw_mail(
        'From: "Jöhn Doe" <jöhn@mächine.example>\nTo: "Märy Smith" <märy@exämple.net>\nSubject: Säying Hello 👋'
    )

    message = parse_email(data, "utf8.eml")

    assert message.subject == "Säying Hello 👋"
    assert message.from_name == "Jöhn Doe"
    assert message.from_addr == "jöhn@mächine.example"
    assert message.to == ("märy@exämple.net",)


def test_raw_8bit_header_that_is_not_utf8_is_read_as_cp1252() -> None:
    data = b"From: a@example.com\nSubject: Forma\xe7\xe3o \x93gr\xe1tis\x94\n\nbody\n"

    assert parse_email(data, "latin.eml").subject == "Formação “grátis”"


def test_raw_8bit_header_in_the_charset_the_message_declares() -> None:
    data = (
        b"From: a@example.com\nSubject: "
        + "Привет, встреча в четверг".encode("koi8-r")
        + b"\nMIME-Version: 1.0\nContent-Type: text/plain; charset=koi8-r\n\n"
        + "Добрый день".encode("koi8-r")
    )

    message = parse_email(data, "koi8.eml")

    assert message.subject == "Привет, встреча в четверг"
    assert message.body == "Добрый день"


def test_recipients_from_to_and_cc() -> None:
    data = raw_mail(
        "From: a@example.com\nTo: Dana <Dana@Example.com>, b@example.com\nCc: c@example.com\nSubject: x"
    )

    assert parse_email(data, "m.eml").to == ("dana@example.com", "b@example.com", "c@example.com")


def test_message_ids_without_brackets() -> None:
    data = raw_mail(
        "From: a@example.com\n"
        "Subject: Re: coffee\n"
        "Message-ID: <reply-2@mail.example.com>\n"
        "In-Reply-To: <first-1@mail.example.com>\n"
        "References: <root-0@mail.example.com>\n <first-1@mail.example.com>"
    )

    message = parse_email(data, "m.eml")

    assert message.message_id == "reply-2@mail.example.com"
    assert message.in_reply_to == "first-1@mail.example.com"
    assert message.references == ("root-0@mail.example.com", "first-1@mail.example.com")


def test_missing_ids_are_empty() -> None:
    message = parse_email(raw_mail("From: a@example.com\nSubject: hi"), "m.eml")

    assert (message.message_id, message.in_reply_to, message.references) == ("", "", ())


@pytest.mark.parametrize(
    ("date_header", "expected"),
    [
        pytest.param("Tue, 03 Nov 2026 10:00:00 +0100", datetime(2026, 11, 3, 9, 0, tzinfo=UTC), id="offset"),
        pytest.param(
            "Tue, 3 Nov 2026 10:00:00 -0800 (PST)", datetime(2026, 11, 3, 18, 0, tzinfo=UTC), id="comment"
        ),
        pytest.param(
            "3 Nov 2026 10:00 GMT", datetime(2026, 11, 3, 10, 0, tzinfo=UTC), id="no-weekday-no-seconds"
        ),
        pytest.param(
            "Tue, 03 Nov 2026 10:00:00", datetime(2026, 11, 3, 10, 0, tzinfo=UTC), id="no-zone-taken-as-utc"
        ),
        pytest.param(
            "Tue, 03 Nov 2026 10:00:00 -0000", datetime(2026, 11, 3, 10, 0, tzinfo=UTC), id="minus-zero"
        ),
    ],
)
def test_date_parsed_to_aware_utc(date_header: str, expected: datetime) -> None:
    message = parse_email(raw_mail(f"From: a@example.com\nDate: {date_header}"), "m.eml")

    assert message.date == expected
    assert message.date is not None and message.date.utcoffset() is not None
    assert message.date.tzinfo == UTC


@pytest.mark.parametrize(
    "date_header",
    [
        pytest.param("next Tuesday", id="words"),
        pytest.param("Mon, 99 Foo 2026 99:99:99 +9999", id="impossible-fields"),
        pytest.param("Tue, 3 Nov 10000 10:00:00 +0100", id="year-out-of-range"),
        pytest.param("", id="empty"),
    ],
)
def test_garbage_date_becomes_none(date_header: str) -> None:
    message = parse_email(raw_mail(f"From: a@example.com\nSubject: x\nDate: {date_header}"), "m.eml")

    assert message.date is None


# --- bodies --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("charset", "transfer_encoding", "payload", "expected"),
    [
        pytest.param(
            "utf-8",
            "quoted-printable",
            b"Gr=C3=BC=C3=9Fe =E2=82=AC=\n5\n",
            "Grüße €5",
            id="qp-utf8-soft-break",
        ),
        pytest.param("iso-8859-1", "quoted-printable", b"Caf=E9 na=EFve\n", "Café naïve", id="qp-latin1"),
        pytest.param(
            "windows-1252", "quoted-printable", b"=93smart=94 =80 5\n", "“smart” € 5", id="qp-cp1252"
        ),
        pytest.param(
            "iso-8859-1",
            "quoted-printable",
            b"=93smart=94 =80 5\n",
            "“smart” € 5",
            id="qp-cp1252-mislabelled-latin1",
        ),
        pytest.param(
            "x-unknown", "quoted-printable", b"Caf=C3=A9\n", "Café", id="qp-unknown-charset-utf8-bytes"
        ),
        pytest.param(
            "x-unknown", "quoted-printable", b"Caf=E9\n", "Café", id="qp-unknown-charset-cp1252-bytes"
        ),
        pytest.param(
            "utf-8",
            "base64",
            base64.encodebytes("Grüße aus Köln €".encode()),
            "Grüße aus Köln €",
            id="b64-utf8",
        ),
        pytest.param(
            "latin-1",
            "base64",
            base64.encodebytes("Grüße aus Köln".encode("latin-1")),
            "Grüße aus Köln",
            id="b64-latin1",
        ),
        pytest.param(
            "cp1252", "base64", base64.encodebytes("“Grüße” €".encode("cp1252")), "“Grüße” €", id="b64-cp1252"
        ),
        pytest.param(
            "utf-8", "base64", base64.encodebytes("Caf\xe9".encode("latin-1")), "Café", id="b64-wrong-label"
        ),
        pytest.param("us-ascii", "8bit", "Grüße".encode(), "Grüße", id="8bit-utf8-labelled-ascii"),
        pytest.param("base64", "8bit", b"plain words", "plain words", id="non-text-codec-as-charset"),
    ],
)
def test_body_transfer_encoding_and_charset(
    charset: str, transfer_encoding: str, payload: bytes, expected: str
) -> None:
    message = parse_email(single_part(charset, transfer_encoding, payload), "m.eml")

    assert message.body == expected


def test_html_only_mail_becomes_readable_text() -> None:
    html = (
        "<html><head><title>Newsletter</title><style>p { color: red }</style>"
        "<script>var tracking = 'secret';</script></head>"
        "<body><h1>Studio Finance Weekly</h1><p>Hello <b>Dana</b>,</p>"
        "<p>Year-end tax moves &amp; more.</p><script>document.write('hidden')</script></body></html>"
    )
    mail = EmailMessage()
    mail["From"] = "news@example.org"
    mail["Subject"] = "Weekly"
    mail.set_content(html, subtype="html")

    message = parse_email(mail.as_bytes(), "news.eml")

    assert "Studio Finance Weekly" in message.body
    assert "Hello Dana," in message.body
    assert "Year-end tax moves & more." in message.body
    for leftover in ("<", ">", "tracking", "secret", "hidden", "color", "Newsletter"):
        assert leftover not in message.body


def test_multipart_alternative_prefers_plain() -> None:
    mail = EmailMessage()
    mail["From"] = "a@example.com"
    mail["Subject"] = "alternatives"
    mail.set_content("The plain version, written by a person, long enough to stand on its own.\n")
    mail.add_alternative("<p>The <b>HTML</b> version.</p>", subtype="html")

    message = parse_email(mail.as_bytes(), "alt.eml")

    assert message.body == "The plain version, written by a person, long enough to stand on its own."


def test_multipart_alternative_takes_html_when_plain_is_a_stub() -> None:
    mail = EmailMessage()
    mail["From"] = "news@example.org"
    mail["Subject"] = "stub"
    mail.set_content("View this email in your browser.\n")
    paragraph = "Year-end tax moves for creative studios, with examples and a checklist. " * 5
    mail.add_alternative(f"<h1>Studio Finance Weekly</h1><p>{paragraph}</p>", subtype="html")

    message = parse_email(mail.as_bytes(), "stub.eml")

    assert message.body.startswith("Studio Finance Weekly")
    assert "checklist" in message.body
    assert "View this email" not in message.body


def test_own_text_quoted_text_and_signature_are_split() -> None:
    body = b"Yes, Thursday works.\n\nBest,\nDana\n\nOn Tue, 3 Nov 2026, Jane <jane@example.com> wrote:\n> Coffee?\n"

    message = parse_email(raw_mail("From: dana@example.com\nSubject: Re: coffee", body), "m.eml")

    assert message.own_text == "Yes, Thursday works."
    assert message.signature == "Best,\nDana"
    assert message.quoted_text.startswith("On Tue, 3 Nov 2026")
    assert "> Coffee?" in message.quoted_text


# --- attachments and calendar parts ----------------------------------------------------------------


def test_attachments_listed_with_name_type_and_size() -> None:
    mail = EmailMessage()
    mail["From"] = "a@example.com"
    mail["Subject"] = "files"
    mail.set_content("Two files attached.\n")
    mail.add_attachment(b"%PDF" + b"x" * 1230, maintype="application", subtype="pdf", filename="deck.pdf")
    mail.add_attachment(
        b"\x89PNG" + b"\x00" * 96, maintype="image", subtype="png", filename="résumé photo.png"
    )

    message = parse_email(mail.as_bytes(), "files.eml")

    assert message.body == "Two files attached."
    assert [(a.name, a.content_type, a.size) for a in message.attachments] == [
        ("deck.pdf", "application/pdf", 1234),
        ("résumé photo.png", "image/png", 100),
    ]


RFC2231_MAIL = b"""From: a@example.com
Subject: RFC 2231 names
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="XX"

--XX
Content-Type: text/plain; charset=utf-8

See attached.
--XX
Content-Type: application/pdf
Content-Disposition: attachment; filename*=utf-8''r%C3%A9sum%C3%A9%20Dana.pdf
Content-Transfer-Encoding: base64

aGVsbG8gd29ybGQ=
--XX
Content-Type: application/vnd.ms-powerpoint
Content-Disposition: attachment;
 filename*0*=iso-8859-1''Pr%E9sentation%20;
 filename*1*=finale.pptx
Content-Transfer-Encoding: base64

AAAA
--XX
Content-Type: image/png
Content-Disposition: attachment; filename="=?utf-8?Q?photo_=C3=A9t=C3=A9.png?="
Content-Transfer-Encoding: base64

AAAA
--XX
Content-Type: application/zip
Content-Disposition: attachment
Content-Transfer-Encoding: base64

AAAA
--XX--
"""


def test_rfc2231_and_encoded_filenames() -> None:
    message = parse_email(RFC2231_MAIL, "names.eml")

    assert message.body == "See attached."
    assert [(a.name, a.content_type, a.size) for a in message.attachments] == [
        ("résumé Dana.pdf", "application/pdf", 11),
        ("Présentation finale.pptx", "application/vnd.ms-powerpoint", 3),
        ("photo été.png", "image/png", 3),
        ("(unnamed)", "application/zip", 3),
    ]


def test_attached_message_is_an_attachment_not_own_words() -> None:
    forwarded = EmailMessage()
    forwarded["From"] = "vendor@example.net"
    forwarded["Subject"] = "Book a demo"
    forwarded.set_content("Buy our growth package now.\n")
    mail = EmailMessage()
    mail["From"] = "marcus@example.org"
    mail["Subject"] = "Fwd: Book a demo"
    mail.set_content("Have you seen these people before?\n")
    mail.add_attachment(forwarded, filename="demo.eml")

    message = parse_email(mail.as_bytes(), "fwd.eml")

    assert message.subject == "Fwd: Book a demo"
    assert message.body == "Have you seen these people before?"
    assert "growth package" not in message.own_text
    ((name, content_type, size),) = [(a.name, a.content_type, a.size) for a in message.attachments]
    assert (name, content_type) == ("demo.eml", "message/rfc822")
    assert size > len("Buy our growth package now.")


def test_text_calendar_part_becomes_event() -> None:
    mail = EmailMessage()
    mail["From"] = "Hannah Brooks <events@cen.example.org>"
    mail["Subject"] = "Invitation: Money Talks for Makers"
    mail.set_content("You are invited to Money Talks for Makers.\n")
    mail.add_alternative(
        (EXAMPLES / "invitation.ics").read_bytes(),
        maintype="text",
        subtype="calendar",
        params={"method": "REQUEST"},
    )

    message = parse_email(mail.as_bytes(), "invite.eml")

    assert message.event is not None
    assert message.event.uid == "20261118T170000Z-money-talks-for-makers@cen.example.org"
    assert message.event.method == "REQUEST"
    assert message.event.organizer_email == "events@cen.example.org"
    assert message.body == "You are invited to Money Talks for Makers."
    assert message.attachments == ()


def test_named_calendar_attachment_is_both_event_and_attachment() -> None:
    mail = EmailMessage()
    mail["From"] = "events@cen.example.org"
    mail["Subject"] = "Invitation"
    mail.set_content("See the invite.\n")
    ics = (EXAMPLES / "invitation.ics").read_bytes()
    mail.add_attachment(ics, maintype="text", subtype="calendar", filename="invite.ics")

    message = parse_email(mail.as_bytes(), "invite.eml")

    assert message.event is not None and message.event.summary.startswith("Money Talks for Makers")
    assert [(a.name, a.content_type) for a in message.attachments] == [("invite.ics", "text/calendar")]


def test_broken_calendar_part_leaves_the_mail_readable() -> None:
    mail = EmailMessage()
    mail["From"] = "a@example.com"
    mail["Subject"] = "Invitation"
    mail.set_content("Body stays.\n")
    mail.add_alternative(b"BEGIN:VCALENDAR\nnot really\n", maintype="text", subtype="calendar")

    message = parse_email(mail.as_bytes(), "m.eml")

    assert message.event is None
    assert message.body == "Body stays."


def test_keep_raw() -> None:
    data = raw_mail("From: a@example.com\nSubject: hi")

    assert parse_email(data, "m.eml").raw == data
    assert parse_email(data, "m.eml", keep_raw=False).raw == b""


# --- what cannot be read ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        pytest.param(b"", "empty", id="empty-bytes"),
        pytest.param(b" \r\n\t\n", "empty", id="only-whitespace"),
        pytest.param(
            b"just some words someone typed\nwithout any header\n", "no e-mail headers", id="no-headers"
        ),
        pytest.param(b"\x00\x01\x02\xff\xfe binary", "no e-mail headers", id="binary"),
        pytest.param(b"X-Custom: value\n\nbody\n", "no e-mail headers", id="only-unknown-headers"),
    ],
)
def test_unreadable_input_raises_parse_error_naming_the_source(data: bytes, reason: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse_email(data, "inbox/broken.eml")

    assert caught.value.source == "inbox/broken.eml"
    assert reason in caught.value.reason


def test_hostile_nesting_is_a_parse_error() -> None:
    depth = 3000
    parts = [f"Content-Type: multipart/mixed; boundary=b{i}\n\n--b{i}\n" for i in range(depth)]
    data = (
        b"From: a@example.com\nSubject: deep\n" + "".join(parts).encode() + b"Content-Type: text/plain\n\nx\n"
    )

    with pytest.raises(ParseError, match="nested too deeply") as caught:
        parse_email(data, "deep.eml")

    assert caught.value.source == "deep.eml"


def test_too_many_parts_is_a_parse_error() -> None:
    mail = EmailMessage()
    mail["From"] = "a@example.com"
    mail["Subject"] = "many parts"
    mail.set_content("hello\n")
    for number in range(501):
        mail.add_attachment(b"x", maintype="application", subtype="octet-stream", filename=f"{number}.bin")

    with pytest.raises(ParseError, match="more than 500 MIME parts"):
        parse_email(mail.as_bytes(), "many.eml")
