"""split_body and html_to_text: the sender's own words, quoted history and signature, as plain text."""

from __future__ import annotations

import pytest

from kindly.ingest.text import html_to_text, split_body


@pytest.mark.parametrize(
    ("text", "own", "quoted_starts", "signature"),
    [
        pytest.param(
            "Sounds good, see you then.\n\n-----Original Message-----\nFrom: Jane\nSent: Monday\n\nWant coffee?",
            "Sounds good, see you then.",
            "-----Original Message-----",
            "",
            id="outlook-original-message",
        ),
        pytest.param(
            "Yes, Thursday works.\n\nOn Tue, 3 Nov 2026 at 10:00, Jane Doe <jane@x.org> wrote:\n> Want coffee?\n",
            "Yes, Thursday works.",
            "On Tue, 3 Nov 2026 at 10:00, Jane Doe <jane@x.org> wrote:",
            "",
            id="on-date-wrote",
        ),
        pytest.param(
            "Yes, Thursday works.\n\nOn Tue, 3 Nov 2026 at 10:00, Jane Doe <jane@x.org>\nwrote:\n> Want coffee?\n",
            "Yes, Thursday works.",
            "On Tue, 3 Nov 2026 at 10:00, Jane Doe <jane@x.org>\nwrote:",
            "",
            id="on-date-wrote-wrapped",
        ),
        pytest.param(
            "Merci, jeudi me va.\n\nLe mar. 3 nov. 2026 à 10:00, Jane <jane@x.org> a écrit :\n> Un café ?",
            "Merci, jeudi me va.",
            "Le mar. 3 nov. 2026 à 10:00, Jane <jane@x.org> a écrit :",
            "",
            id="french-a-ecrit",
        ),
        pytest.param(
            "Danke, Donnerstag passt.\n\nAm Di., 3. Nov. 2026 um 10:00 Uhr schrieb Jane Doe <jane@x.org>:\n> Kaffee?",
            "Danke, Donnerstag passt.",
            "Am Di., 3. Nov. 2026 um 10:00 Uhr schrieb Jane Doe <jane@x.org>:",
            "",
            id="german-am-schrieb",
        ),
        pytest.param(
            "Gracias, el jueves me va bien.\n\nEl mar, 3 nov 2026 a las 10:00, Jane (<jane@x.org>) escribió:\n> ¿Café?",
            "Gracias, el jueves me va bien.",
            "El mar, 3 nov 2026 a las 10:00, Jane (<jane@x.org>) escribió:",
            "",
            id="spanish-escribio",
        ),
        pytest.param(
            "I agree.\n\n> Can we meet?\n> Next week?\n",
            "I agree.",
            "> Can we meet?\n> Next week?",
            "",
            id="quoted-block",
        ),
        pytest.param(
            "FYI below.\n\n---------------------- Forwarded by Jane Doe/NYC/Acme on 11/03/2026 10:00 AM"
            " ---------------------------\n\nOriginal text",
            "FYI below.",
            "---------------------- Forwarded by Jane Doe/NYC/Acme",
            "",
            id="lotus-notes-forwarded-by",
        ),
        pytest.param(
            "See below\n\n---------- Forwarded message ---------\nFrom: X <x@y.org>\nSubject: hi\n\nbody",
            "See below",
            "---------- Forwarded message ---------",
            "",
            id="gmail-forwarded-message",
        ),
        pytest.param(
            "Thanks, will do.\n\nFrom: Jane Doe\nSent: Tuesday, November 3, 2026 10:00 AM\nTo: Dana Reyes\n"
            "Subject: Coffee\n\nWant coffee?",
            "Thanks, will do.",
            "From: Jane Doe\nSent: Tuesday",
            "",
            id="outlook-header-block",
        ),
        pytest.param(
            "Thanks.\n\n*From:* Jane Doe\n*Sent:* Tuesday\n*To:* Dana\n*Subject:* Coffee\n\nWant coffee?",
            "Thanks.",
            "*From:* Jane Doe",
            "",
            id="outlook-bold-header-block",
        ),
        pytest.param(
            "Ok\n\n________________________________\nFrom: Jane\nSent: Mon\n\nbody",
            "Ok",
            "________________________________",
            "",
            id="outlook-underscore-rule",
        ),
        pytest.param(
            "Let's do it.\n\n-- \nDana Reyes\nFractional CFO",
            "Let's do it.",
            "",
            "-- \nDana Reyes\nFractional CFO",
            id="dash-dash-space-signature",
        ),
        pytest.param(
            "On my way.\n\nSent from my iPhone",
            "On my way.",
            "",
            "Sent from my iPhone",
            id="sent-from-iphone",
        ),
        pytest.param(
            "Would love to chat next week about the panel.\n\nBest,\nHeather Quinn\nTalent Partner, Quinn & Hale",
            "Would love to chat next week about the panel.",
            "",
            "Best,\nHeather Quinn\nTalent Partner, Quinn & Hale",
            id="sign-off-name-title",
        ),
        pytest.param(
            "Here is the deck.\n\nKind regards,\nDana\n\n> Can you send the deck?",
            "Here is the deck.",
            "> Can you send the deck?",
            "Kind regards,\nDana",
            id="sign-off-then-quote",
        ),
        pytest.param(
            "Hi Dana,\n\nWould you like to speak at our event?\nIt is on the 5th.",
            "Hi Dana,\n\nWould you like to speak at our event?\nIt is on the 5th.",
            "",
            "",
            id="plain-text-stays-whole",
        ),
        pytest.param(
            "My colleague wrote: a book last year.\nPlease send it to: me@example.com\nDate: any day works",
            "My colleague wrote: a book last year.\nPlease send it to: me@example.com\nDate: any day works",
            "",
            "",
            id="look-alike-words-stay-whole",
        ),
        pytest.param("Thanks!", "Thanks!", "", "", id="only-a-thank-you-is-own-text"),
        pytest.param("", "", "", "", id="empty"),
        pytest.param(
            "Line one\r\nLine two\r\n\r\n> quoted\r\n",
            "Line one\nLine two",
            "> quoted",
            "",
            id="crlf-line-endings",
        ),
    ],
)
def test_split_body(text: str, own: str, quoted_starts: str, signature: str) -> None:
    split = split_body(text)

    assert split.own == own
    assert split.quoted.startswith(quoted_starts)
    assert bool(split.quoted) == bool(quoted_starts)
    assert split.signature == signature


def test_quoted_history_keeps_everything_after_the_cut() -> None:
    text = "Short answer: yes.\n\n-----Original Message-----\nFrom: Jane\n\nLong question\n\n-- \nJane's signature"

    split = split_body(text)

    assert split.own == "Short answer: yes."
    assert split.quoted.endswith("Long question\n\n-- \nJane's signature")
    assert split.signature == ""


def test_sign_off_far_from_the_end_is_not_a_signature() -> None:
    text = "Hi\n\nCheers,\n" + "\n".join(f"line {n}" for n in range(12))

    assert split_body(text).signature == ""


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        pytest.param("<p>Hello <b>Dana</b>,</p><p>See you.</p>", "Hello Dana,\nSee you.", id="paragraphs"),
        pytest.param(
            "<html><head><style>p { color: red }</style><script>track('x')</script></head>"
            "<body><p>Visible</p><script>alert(1)</script><noscript>enable js</noscript></body></html>",
            "Visible",
            id="script-style-noscript-dropped",
        ),
        pytest.param(
            "<head><title>Title</title><meta charset=utf-8></head><div>Body</div>", "Body", id="head-dropped"
        ),
        pytest.param(
            "Line<br>break &amp; entity &lt;tag&gt;", "Line\nbreak & entity <tag>", id="br-and-entities"
        ),
        pytest.param(
            '<a href="https://example.com/x">the link text</a>', "the link text", id="links-keep-text"
        ),
        pytest.param("<ul><li>one</li><li>two</li></ul>", "one\ntwo", id="list-items"),
        pytest.param("<p>a</p>\n\n\n\n<p>b</p>", "a\n\nb", id="blank-runs-collapsed"),
        pytest.param(
            "https://example.com/only-a-url", "https://example.com/only-a-url", id="looks-like-a-url"
        ),
        pytest.param("report.html", "report.html", id="looks-like-a-file-name"),
        pytest.param('<?xml version="1.0"?><note><to>Dana</to></note>', "Dana", id="xml-looking"),
        pytest.param("", "", id="empty"),
    ],
)
def test_html_to_text(html: str, expected: str) -> None:
    assert html_to_text(html) == expected


def test_html_blockquote_becomes_quoted_history() -> None:
    text = html_to_text("<div>Yes, Thursday.</div><blockquote><div>Coffee next week?</div></blockquote>")

    split = split_body(text)

    assert split.own == "Yes, Thursday."
    assert "Coffee next week?" in split.quoted


@pytest.mark.parametrize(
    ("body", "own", "signature", "footer_starts"),
    [
        (  # lines joined by a mail tool: the footer follows the sign-off on the same line
            "Hi Jim, can you get lunch one day? Shane * * * * * * * * * * This e-mail is the property of "
            "Northwind Corp. and may contain confidential and privileged material.",
            "Hi Jim, can you get lunch one day? Shane",
            "",
            "* * * * *",
        ),
        (
            "Would you speak at our meetup?\n\nBest,\nAna\n\nCONFIDENTIALITY NOTICE: This email and any "
            "attachments are confidential.",
            "Would you speak at our meetup?",
            "Best,\nAna",
            "CONFIDENTIALITY NOTICE",
        ),
        (
            "Thanks, received.\n==========\nThe information contained in this message is privileged.",
            "Thanks, received.",
            "",
            "==========",
        ),
    ],
)
def test_a_legal_footer_is_neither_the_senders_words_nor_the_signature(
    body: str, own: str, signature: str, footer_starts: str
) -> None:
    split = split_body(body)
    assert (split.own, split.signature) == (own, signature)
    assert split.boilerplate.startswith(footer_starts)


@pytest.mark.parametrize(
    "body",
    [
        "This email is confidential. Please do not forward it.",  # nothing before it: it is the message
        "Please keep this confidential: we are hiring. Can we talk Friday?",
        "I rated it *****! Want to grab coffee?",
    ],
)
def test_words_about_confidentiality_in_the_message_itself_stay(body: str) -> None:
    split = split_body(body)
    assert split.own == body and split.boilerplate == ""


def test_a_long_row_of_marks_before_a_footer_is_walked_back_once() -> None:
    # Written into the pattern, a row like this made the search quadratic: minutes for one message.
    body = "Lunch on Friday?\n" + "* " * 20_000 + "\nThis e-mail is the property of Northwind Corp."
    split = split_body(body)
    assert split.own == "Lunch on Friday?"
    assert split.boilerplate.startswith("* * *") and split.boilerplate.endswith("Northwind Corp.")


@pytest.mark.parametrize(
    ("body", "own", "signature"),
    [
        (
            "Coffee next week?\n\nPriya Natarajan\nOperations Manager | Lumen Haus Design",
            "Coffee next week?",
            "Priya Natarajan\nOperations Manager | Lumen Haus Design",
        ),
        ("Coffee sometime? I'm flexible.\n\n- Ivy", "Coffee sometime? I'm flexible.", "- Ivy"),
        (
            "Lunch?\n\nTo your success,\nMonica Hale\nBusiness Coach",
            "Lunch?",
            "To your success,\nMonica Hale\nBusiness Coach",
        ),
        ("Can we meet?\n\nSee you soon.", "Can we meet?\n\nSee you soon.", ""),  # a sentence, not a name
        ("Let me know what you think.\n\nOK", "Let me know what you think.\n\nOK", ""),
        ("Erin Walsh", "Erin Walsh", ""),  # the whole message is not its signature
        (  # name and title on one line, set apart by a bar
            "Coffee next Wednesday?\n\nNoor\n\nNoor Haddad | Fractional CFO\nHaddad Advisory",
            "Coffee next Wednesday?\n\nNoor",
            "Noor Haddad | Fractional CFO\nHaddad Advisory",
        ),
    ],
)
def test_a_name_block_at_the_end_is_the_signature(body: str, own: str, signature: str) -> None:
    split = split_body(body)
    assert (split.own, split.signature) == (own, signature)


@pytest.mark.parametrize(
    "body",
    [
        "Hi Dana,\n\nThis message is confidential for now, but would you keynote our summit in May?\n\nBest,\nPriya",
        "Hi Dana, quick one - this message contains a confidential proposal. Would you join our board?",
        "We met last week. The information in this email about the merger is private, so keep it to yourself.",
    ],
)
def test_the_senders_own_words_about_confidentiality_are_no_footer(body: str) -> None:
    split = split_body(body)
    assert split.boilerplate == ""
    assert "confidential" in split.own or "information in this email" in split.own


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nWhich day suits you for coffee?\n\nThursday",
        "Lunch on Friday?\n\nAbsolutely",
        "Lunch?\n\nSee You Then",
        "Would you co-host the Founders Breakfast?\n\nFounders Breakfast\nMarch 12, 8am\nThe Commons, 5th Floor",
        "I can do any of these:\n\nMonday\nTuesday\nFriday",
        "Here is who will be there:\n\n\nAna Ruiz\nTom Lee",
    ],
)
def test_an_answer_or_an_events_details_at_the_end_stay_the_senders_words(body: str) -> None:
    assert split_body(body).signature == ""


@pytest.mark.parametrize(
    ("body", "quoted_starts"),
    [
        (
            "Noted, thanks.\n\n\n\nVince Kaminski\n10/20/2000 11:47 AM\nTo: Stinson Gibner/HOU/ECT@ECT\n"
            "cc: Shirley Crenshaw/HOU/ECT@ECT\nSubject: Re: seminar\n\nWould you present next Thursday?",
            "Vince Kaminski\n10/20/2000 11:47 AM",
        ),
        (
            "Sure.\n\nBob Smith <bob@abc.com> on 05/01/2001 10:00:00 AM\nPlease respond to bob@abc.com\n"
            "To: Jane Doe/HOU/ECT@ECT\ncc:\nSubject: drinks\n\nJane, drinks on Friday?",
            "Bob Smith <bob@abc.com> on 05/01/2001",
        ),
        (
            "I will attend.\n\n\tJeff Dasovich\n\tSent by: Jeff Dasovich\n\t10/05/2000 02:12 PM\n\n"
            "\t\t To: Susan J Mara/SFO/EES@EES\n\t\t cc:\n\t\t Subject: conference call\n\nCan we talk at 10?",
            "Jeff Dasovich\n\tSent by: Jeff Dasovich",
        ),
    ],
)
def test_who_wrote_a_quoted_notes_mail_and_when_is_history_not_the_senders_words(
    body: str, quoted_starts: str
) -> None:
    # Lotus Notes writes them above the quoted mail's "To:" line; left in, "11:47 AM" reads as a proposed time.
    split = split_body(body)
    assert split.quoted.startswith(quoted_starts)
    assert "AM" not in split.own and "PM" not in split.own


@pytest.mark.parametrize(
    "own",
    [
        "Please respond to the invite below by Friday",
        "Can we move it to\n05/14/2025 2:00 PM",
        "Sounds good, see you on 05/14/2025 2:00 PM",
    ],
)
def test_the_senders_own_line_with_a_date_above_a_quoted_mail_stays_theirs(own: str) -> None:
    split = split_body(f"{own}\n\nFrom: Bob Smith\nSent: Monday\nTo: Jane\nSubject: Gala\n\nCome.")
    assert split.own == own and split.quoted.startswith("From: Bob Smith")


@pytest.mark.parametrize(
    "sign_off", ["With thanks,", "With best wishes,", "Best wishes,", "Take care,", "Thanks again,"]
)
def test_more_sign_offs_open_the_signature(sign_off: str) -> None:
    split = split_body(
        f"Would you give a guest lecture in April?\n\n{sign_off}\nAlicia Moravec, PhD\nProfessor"
    )
    assert split.own == "Would you give a guest lecture in April?"
    assert split.signature == f"{sign_off}\nAlicia Moravec, PhD\nProfessor"
