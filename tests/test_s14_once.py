"""Fourteenth session: work done once. A long thread is read once per triage, not again for every reply, and
what several steps ask of one message (does it pay you, what does a place cost, does a seller host it, does it ask
for a donation) is read once for it."""

from __future__ import annotations

import sys
from collections import Counter
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from kindly import services
from kindly.decide import costs, donation, rules, vendor_events
from kindly.model import Intent, Message
from kindly.understand.classify import call_for_features
from kindly.understand.extract import Details
from kindly.understand.people import people_named
from support import (
    ESTATE_AGENT,
    EXAMPLE_PROFILE_FILE,
    EXAMPLE_SOURCES,
    Kindly,
    eml,
    profile_file,
    triaged,
    triaged_one,
)

# -- one triage reads each message once for its pay, its price, its seller's event and its donation ask ----------

CAPPED = EXAMPLE_PROFILE_FILE.read_text(encoding="utf-8") + (
    '\n[[never]]\nwhat = "donating gift cards to auctions more than once a month"\n'
)


def counted_by_words(
    monkeypatch: pytest.MonkeyPatch, module: ModuleType, name: str, seen: Counter[tuple[str, str]]
) -> None:
    """Counts what `module.name` (a reading of words) is asked, by the words, wherever kindly calls it from."""
    real = getattr(module, name)

    def counting(text: str) -> Any:
        seen[(name, text)] += 1
        return real(text)

    for loaded in [m for key, m in sys.modules.items() if key.startswith("kindly")]:
        for attribute in [a for a, value in vars(loaded).items() if value is real]:
            monkeypatch.setattr(loaded, attribute, counting)


def test_one_triage_reads_each_message_once_for_its_pay_price_sellers_event_and_donation_ask(
    kindly: Kindly, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the policy, its decisions again for another week, the goals' fit, the draft and the count of donations
    # said yes to (under a cap on them) each ask
    readings: Counter[tuple[str, str]] = Counter()
    counted_by_words(monkeypatch, rules, "pays_you", readings)
    counted_by_words(monkeypatch, costs, "cost_to_attend", readings)
    counted_by_words(monkeypatch, donation, "donation_asked", readings)
    hosts: Counter[str] = Counter()  # who the sender is, read once each time a seller's event is looked for
    identity = vendor_events.sender_identity

    def who(message: Message) -> tuple[str, str, str]:
        hosts[message.message_id or message.source] += 1
        return identity(message)

    monkeypatch.setattr(vendor_events, "sender_identity", who)

    records = triaged(kindly, *EXAMPLE_SOURCES, profile=profile_file(CAPPED, tmp_path))

    decisions = Counter(record["decision"] for record in records)
    # (session 23: Ravi Shah's bare "I'd like to add you to my professional network" is left to accept where it came,
    # with no reply asking what it is for - ask_details 6 -> 5, ignore 21 -> 22)
    assert decisions == {"accept": 14, "ask_details": 5, "decline": 19, "ignore": 22, "refer": 4}
    assert {key: n for key, n in readings.items() if n > 1} == {}
    assert {message: n for message, n in hosts.items() if n > 1} == {}
    assert hosts  # ...and seller's events were looked for


# -- a long thread: each earlier message is extracted once, whatever number of replies follow it ----------------

JUNE = "June Park <jpark@riverbendcu.example.org>"
SUBJECT = "Speaker for our First-Time Homebuyer Workshop - Saturday, January 16"
WORKSHOP = (
    "Hi Lena,\n\nI run member education at Riverbend Credit Union. Every quarter we host a free First-Time "
    "Homebuyer Workshop, and a colleague suggested you as a speaker.\n\nThe next one is Saturday, January 16, "
    "10:00 am - 12:00 pm, at our Lamar branch. We'd love you to take a 45-minute segment on what a buyer's agent "
    "does for you. We usually have about 40 attendees.\n\nWe don't have a speaker budget, but lunch is on us. "
    "Would you be available?\n\nBest regards,\nJune Park\nMember Education Manager"
)
STILL_WORKS = (
    "Hi Lena,\n\nGreat - thank you! Our board approved a $150 honorarium for each presenter after all. Could you "
    "also bring a one-page handout for about 40 attendees? Let me know if the 16th still works.\n\nThanks!\nJune"
)


def thread_mbox(folder: Path, replies: int) -> Path:
    """An mbox of June's workshop invitation and `replies` replies of hers in its thread, an hour apart."""
    start = datetime.fromisoformat("2026-11-18T11:00:00-06:00")
    chunks = []
    for n in range(replies + 1):
        mail = EmailMessage()
        mail["From"] = JUNE
        mail["To"] = "Lena Ortiz <lena@pecanhomes.example.com>"
        mail["Subject"] = f"Re: {SUBJECT}" if n else SUBJECT
        mail["Date"] = format_datetime(start + timedelta(hours=n))
        mail["Message-ID"] = f"<w{n}@mail.example.com>"
        if n:
            mail["In-Reply-To"] = f"<w{n - 1}@mail.example.com>"
            mail["References"] = " ".join(f"<w{k}@mail.example.com>" for k in range(n))
        # each reply names a new honorarium: news, answered in its own draft (one that waits is withdrawn)
        mail.set_content(STILL_WORKS.replace("$150", f"${150 + n}") if n else WORKSHOP)
        chunks.append(b"From june@example.org Mon Nov 30 09:00:00 2026\n" + bytes(mail) + b"\n")
    path = folder / f"thread-{replies}.mbox"
    path.write_bytes(b"".join(chunks))
    return path


def extracted_per_message(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """How many times triage extracts each message's details, by Message-ID."""
    calls: Counter[str] = Counter()
    real = services.extract

    def counting(message: Message, intent: Intent | None = None) -> Details:
        calls[message.message_id] += 1
        return real(message, intent)

    monkeypatch.setattr(services, "extract", counting)
    return calls


@pytest.mark.parametrize("replies", [1, 200], ids=["short-thread", "200-replies"])
def test_a_long_thread_is_extracted_once_per_message_and_its_last_yes_asks_for_nothing_it_gave(
    kindly: Kindly, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, replies: int
) -> None:
    extractions = extracted_per_message(monkeypatch)
    profile = profile_file(ESTATE_AGENT.format(hours=40), tmp_path)

    records = triaged(kindly, thread_mbox(tmp_path, replies), profile=profile)

    # the newest reply is answered as a short thread's is: the day, its hour and the segment came with the
    # invitation, so the yes asks for none of them again
    last = records[-1]
    assert last["decision"] == "accept"
    assert "Saturday, January 16, 10:00 am" in last["draft"]
    assert "details" not in last["draft"]
    # ...and every earlier message was read for what it gave once, not again for each reply after it: the
    # invitation is not read 200 times, nor the thread about 20,000 times
    assert len(extractions) == len(records)
    assert max(extractions.values()) <= 3
    assert sum(extractions.values()) <= 3 * len(records)


# -- one list of sign-offs: a show's mailbox signed under any sign-off ingest knows greets the person -------------


@pytest.mark.parametrize("sign_off", ["Best regards,", "Take care,", "Thanks so much!"])
def test_a_shows_mailbox_signed_under_any_sign_off_greets_the_person_who_signs(
    kindly: Kindly, tmp_path: Path, sign_off: str
) -> None:
    body = (
        "Hi Dana,\n\nOur producers loved your talk on cash flow and would like to invite you as a guest on Studio "
        "Money Matters, the podcast for design studio owners. Recording is remote and takes about 45 minutes. A "
        f"guest production fee of $349 applies.\n\n{sign_off}\nCarly\nGuest Booking, Studio Money Matters"
    )
    mail = eml(
        tmp_path / "guest.eml",
        body,
        sender="Studio Money Matters <bookings@studiomoney.example.fm>",
        subject="Guest invitation",
        date="Mon, 30 Nov 2026 10:00:00 -0800",
    )

    record = triaged_one(kindly, mail)

    # not "Hi," or the show's name: Carly signs, under a sign-off as ingest reads one
    assert record["decision"] == "decline"
    assert record["draft"].startswith("Hi Carly,")


# -- one list of name particles: a name holding "des" is one name, as the language reading already took it --------


def test_a_name_with_a_particle_only_the_language_reading_knew_is_read_whole() -> None:
    text = "Hi Dana,\n\nI am copying Louis des Forges from the board.\n\nBest,\nJan"

    assert people_named(text) == ("Louis des Forges",)


# -- one pattern for a request for proposals: what compose answers as one, classify never takes for a magazine ----


@pytest.mark.parametrize(
    "deadline", ["Proposals are due Friday, January 15.", "Tenders close Friday, January 15."]
)
def test_a_call_for_submissions_whose_proposals_are_due_is_a_tender_not_a_call_for_features(
    deadline: str,
) -> None:
    tender = (
        "The Riverside Arts Journal is accepting submissions from evaluators for a review of our spring print "
        f"programme. {deadline}"
    )
    magazine = "We're now taking real wedding submissions for our Summer print issue."

    assert not call_for_features(tender)
    assert call_for_features(magazine)
