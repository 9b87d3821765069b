"""Readings the last closing note left (the twentieth session's gaps): a fee the sender says they cannot pay, a
place the user would pay for against one the sender pays for, a sign-off name that is no city, days offered in
the plural, and the questions a yes already answers. Each near miss here must stay as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kindly.decide.rules import never_do_marks, never_rule_hit
from kindly.model import DecisionMark, Intent
from personas import architect_profile
from support import Kindly, eml, profile_file, triaged_one, with_never
from test_s19_adviser import talk, with_paid_slots
from test_s19_gapsa import DANA as BOOKKEEPER

# 1. A fee denied with its amount named is no fee: "We can't pay the $500 honorarium" leaves a talk unpaid.


@pytest.mark.parametrize(
    "money",
    [
        pytest.param(
            "We can't pay the $500 honorarium we offered speakers before the pandemic, but we would be "
            "delighted to have you as our guest for morning tea.",
            id="cannot-pay-the-500-honorarium",
        ),
        pytest.param(
            "There is no budget for the $500 speaker fee this year, but we would be delighted to have you as "
            "our guest for morning tea.",
            id="no-budget-for-the-500-fee",
        ),
        pytest.param(
            "We are unable to pay an honorarium of $500 as we once did, but members always enjoy the morning "
            "tea afterwards.",
            id="unable-to-pay-an-honorarium-of-500",
        ),
    ],
)
def test_a_fee_the_club_cannot_pay_is_no_paid_slot(kindly: Kindly, tmp_path: Path, money: str) -> None:
    """The amount names the fee only to take it back: nobody pays anybody, so "paid speaking slots" is not
    shown and the talk is said yes to on its day."""
    record = triaged_one(kindly, talk(tmp_path, money), profile=with_paid_slots(tmp_path))
    assert record["decision"] == "accept"
    assert "paid speaking slots" not in str(record["draft"])
    assert "Tuesday 2 February at 10:30am" in str(record["draft"])


@pytest.mark.parametrize(
    "money",
    [
        pytest.param("We pay a $500 honorarium to each speaker.", id="a-fee-paid"),
        pytest.param("We can't pay more than $500 for the talk, I'm afraid.", id="a-fee-capped"),
        # the reader is the one who cannot pay: a price asked of them, not a fee taken back
        pytest.param(
            "Speakers register like every member does. If you can't pay the $300 registration, ask me about a "
            "bursary.",
            id="a-registration-the-reader-pays",
        ),
    ],
)
def test_a_fee_paid_capped_or_asked_of_the_reader_still_shows_a_paid_slot(
    kindly: Kindly, tmp_path: Path, money: str
) -> None:
    record = triaged_one(kindly, talk(tmp_path, money), profile=with_paid_slots(tmp_path))
    assert record["decision"] == "decline"
    assert record["reason"] == "You never do paid speaking slots."


TOM = (
    "Hi Mei Lin,\n\nI run the Passive House Forum at RMIT and we'd love you to give a 30-minute talk on passive-"
    "house retrofits at our March meetup. {money}\n\nWould you be interested?\n\nBest,\nTom Reilly\n"
    "Passive House Forum"
)


def _to_mei_lin(folder: Path, body: str) -> Path:
    """Tom Reilly's mail to Mei Lin about a talk at his forum."""
    return eml(
        folder / "talk.eml",
        body,
        sender="Tom Reilly <tom@phforum.example.org>",
        subject="Talk at the Passive House Forum",
        date="Wed, 25 Nov 2026 09:00:00 +1100",
        to="meilin@harrowlane.example.com.au",
    )


@pytest.mark.parametrize(
    ("money", "decision"),
    [
        pytest.param(
            "We can't pay the $500 honorarium we offered speakers last year, as our sponsor pulled out, but we'd "
            "record the talk and share it.",
            "decline",
            id="honorarium-taken-back",
        ),
        pytest.param("We pay a $500 honorarium to each speaker.", "accept", id="honorarium-paid"),
    ],
)
def test_a_rule_against_unpaid_talks_reads_a_fee_taken_back_as_unpaid(
    kindly: Kindly, tmp_path: Path, money: str, decision: str
) -> None:
    """The $500 named is no speaker fee when the sender cannot pay it: an unpaid talk, which Mei Lin never gives."""
    profile = profile_file(architect_profile(never=("unpaid talks",)), tmp_path)
    record = triaged_one(kindly, _to_mei_lin(tmp_path, TOM.format(money=money)), profile=profile)
    assert record["decision"] == decision
    if decision == "decline":
        assert record["reason"] == "You never do unpaid talks."
        assert "a firm rule against unpaid talks" in record["draft"]


def _event_cost(kindly: Kindly, body: str) -> object:
    line = {
        "id": 1,
        "from": "Lena Ortiz <lena@guild.example.org>",
        "subject": "Invitation: Makers Evening",
        "body": body,
    }
    result = kindly("classify", input=json.dumps(line) + "\n")
    assert result.exit_code == 0, result.output
    details = json.loads(result.stdout.splitlines()[0])["details"]
    return details["event"]["cost"]


def test_a_fee_the_host_cannot_pay_is_not_what_the_evening_costs(kindly: Kindly) -> None:
    evening = (
        "Hi Sam, we would love you to join our Makers Evening on Thursday 12 March at 6pm at the Guild Hall. "
        "We can't pay the $150 fee we used to give our hosts, but entry is free and there will be pizza."
    )
    assert _event_cost(kindly, evening) == "free"


def test_a_ticket_price_is_still_what_the_evening_costs(kindly: Kindly) -> None:
    evening = (
        "Hi Sam, we would love you to join our Makers Evening on Thursday 12 March at 6pm at the Guild Hall. "
        "Tickets are $25 and there will be pizza."
    )
    assert _event_cost(kindly, evening) == "$25"


# 2. A price the user would pay is a paid place; pay the sender offers the user is not.


def test_pay_offered_to_the_speaker_is_marked_apart_from_a_place_the_user_would_buy() -> None:
    """The same '"paid"' note of a rule: a club that pays its speaker buys the user no place."""
    paid = with_never("paid speaking slots")
    honorarium = "Would you speak to our members in February? We pay a $500 honorarium to each speaker."
    hit = never_rule_hit(paid, honorarium, Intent.SPEAKING_INVITATION)
    assert hit is not None
    assert never_do_marks(hit[1], honorarium) == {DecisionMark.PAID_TO_YOU}
    # near miss: a slot on stage sold to the user is a paid place
    showcase = (
        "This year we are opening a small number of Investor Showcase places. For GBP 1,800 + VAT your fund gets a "
        "five-minute slot on stage to present your thesis."
    )
    hit = never_rule_hit(with_never("paid 'investor showcase' slots"), showcase, Intent.EVENT_INVITATION)
    assert hit is not None
    assert never_do_marks(hit[1], showcase) == {DecisionMark.PAID_PLACE}


def test_a_paid_talk_declined_on_principle_is_no_scheme_and_may_be_passed_on(
    kindly: Kindly, tmp_path: Path
) -> None:
    """Priya never takes paid speaking slots; a club that offers her an honorarium is told so kindly, and - as to
    any good talk she turns down - offered a colleague, not brushed off as a place she would have to buy."""
    record = triaged_one(
        kindly,
        talk(tmp_path, "We pay a $500 honorarium to each speaker."),
        profile=with_paid_slots(tmp_path),
    )
    assert record["decision"] == "decline"
    assert "If I think of someone who would be a good fit, I'll pass your details on." in record["draft"]
    assert "pay to appear" not in record["draft"]


# 3. The name signed under a sign-off is no city: "Cheers,\nSydney" gives no clock, "Sydney office" does.

BOOKS = """Hi Dana,

I run a small design studio and we need help with bookkeeping. Could we have a call on Thursday, December 10 at
3pm my time?

{signoff}
"""


def _to_dana(
    folder: Path, body: str, sender: str = "Sarah Kim <sarah@kimstudio.com>", offset: str = "-0800"
) -> Path:
    """A design studio's mail to Dana, the bookkeeper, written at 10:00 on Monday 30 November at `offset`."""
    return eml(
        folder / "studio.eml",
        body,
        sender=sender,
        subject="Bookkeeping for our design studio",
        date=f"Mon, 30 Nov 2026 10:00:00 {offset}",
        to="dana@example.com",
    )


def _books_call(kindly: Kindly, tmp_path: Path, signoff: str, sender: str) -> str:
    # written at +0000, a server's, which tells no clock of the sender's
    mail = _to_dana(tmp_path, BOOKS.format(signoff=signoff), sender, "+0000")
    record = triaged_one(kindly, mail, profile=profile_file(BOOKKEEPER, tmp_path))
    assert record["decision"] == "accept", record["reason"]
    return str(record["draft"])


@pytest.mark.parametrize(
    ("signoff", "sender"),
    [
        pytest.param("Cheers,\nSydney", "S. Kim <skim@kimstudio.com>", id="first-name-under-the-sign-off"),
        pytest.param("Thanks, Paris", "P. Okafor <paris@okaforstudio.com>", id="on-the-sign-off-line"),
        pytest.param("Best,\nVictoria", "Vicky Smith <vicky@smithstudio.com>", id="her-first-name-in-full"),
        pytest.param("Victoria\nSmith Studio", "Vicky Smith <vicky@smithstudio.com>", id="no-sign-off-word"),
    ],
)
def test_a_name_signed_is_no_city_whose_clock_the_hour_is_read_in(
    kindly: Kindly, tmp_path: Path, signoff: str, sender: str
) -> None:
    """Sydney Kim's "3pm my time" is not Sydney's 3pm: her clock cannot be told, so it is named as hers."""
    draft = _books_call(kindly, tmp_path, signoff, sender)
    assert "Thursday, December 10 at 3pm your time works for me." in draft, draft


def test_a_city_said_as_a_place_beside_the_name_still_gives_the_clock(kindly: Kindly, tmp_path: Path) -> None:
    draft = _books_call(kindly, tmp_path, "Best,\nAnna - Seoul office", "Anna Berg <anna@bergstudio.com>")
    assert (
        "Thursday, December 10 at 3pm (Wednesday, December 9 at 10:00 pm my time) works for me." in draft
    ), draft


# 4. Days offered in the plural ("Tuesday and Thursday mornings") are days to pick a time on, in that part of the day.

WITH_HOURS = BOOKKEEPER.replace(
    'time_zone = "America/Los_Angeles"', 'time_zone = "America/Los_Angeles"\nmeeting_hours = "09:00-17:00"'
)


def _studio_call(folder: Path, days: str) -> Path:
    return _to_dana(
        folder,
        f"Hi Dana,\n\nI run a small design studio and we need help with bookkeeping. Could we have a call? {days}."
        "\n\nBest,\nSarah Kim\nKim Studio",
    )


@pytest.mark.parametrize(
    ("days", "offered"),
    [
        pytest.param(
            "I'm free Tuesday and Thursday mornings next week",
            "Would Tuesday, December 8 at 9:30 am or Thursday, December 10 at 10:30 am work for you?",
            id="tuesday-and-thursday-mornings-next-week",
        ),
        pytest.param(
            "Mondays or Wednesdays after 2 work best for me",
            "Would Wednesday, December 2 at 2:00 pm or Monday, December 7 at 2:30 pm work for you?",
            id="mondays-or-wednesdays-after-2",
        ),
        pytest.param(
            "Wed/Fri afternoons suit me best",
            "Would Wednesday, December 2 at 2:00 pm or Friday, December 4 at 3:30 pm work for you?",
            id="wed-fri-afternoons",
        ),
    ],
)
def test_times_are_offered_on_the_days_and_in_the_part_of_the_day_the_sender_named(
    kindly: Kindly, tmp_path: Path, days: str, offered: str
) -> None:
    profile = profile_file(WITH_HOURS, tmp_path)
    mail = _studio_call(tmp_path, days)
    record = triaged_one(kindly, mail, profile=profile)
    assert record["decision"] == "accept", record["reason"]
    assert offered in record["draft"], record["draft"]
    # the same mail triaged again is offered the same times, not others beside the first draft's
    again = triaged_one(kindly, mail, profile=profile)
    assert offered in again["draft"], again["draft"]


@pytest.mark.parametrize(
    ("days", "confirmed"),
    [
        pytest.param("I'm free Tuesday morning next week", "Tuesday morning works for me.", id="one-day"),
        pytest.param(
            "I'm free Tuesday or Thursday afternoon",
            "Either Tuesday or Thursday afternoon works for me",
            id="two-days-read-whole",
        ),
    ],
)
def test_days_read_whole_are_still_confirmed_as_written(
    kindly: Kindly, tmp_path: Path, days: str, confirmed: str
) -> None:
    record = triaged_one(kindly, _studio_call(tmp_path, days), profile=profile_file(WITH_HOURS, tmp_path))
    assert confirmed in record["draft"], record["draft"]


# 5. "Questions for you to answer" leaves out what the yes answers and what is asked out of courtesy.

FORUM_TALK = """Hi Mei Lin,

How are you? Hope you had a good weekend?

I run the Passive House Forum at RMIT, and we'd love you to give a 30-minute talk on passive-house retrofits at our
meetup on Thursday 11 March 2027 at 6pm. We pay a $500 honorarium to each speaker. Would you be free to join the
speakers' dinner afterwards? Could you also send your slides by Friday 5 March? Will you need a lectern or a
microphone? Do you have a vegetarian requirement?

Best,
Tom Reilly
Passive House Forum
"""


def _questions_listed(shown: str) -> str:
    """The questions `kindly show` lists for the user, in one line (the panel below its heading)."""
    _, _, listed = shown.partition("Questions for you to answer")
    return " ".join(listed.replace("│", " ").split())


def test_only_the_questions_the_yes_leaves_open_are_listed_for_the_user(
    kindly: Kindly, tmp_path: Path
) -> None:
    profile = profile_file(architect_profile(), tmp_path)
    mail = _to_mei_lin(tmp_path, FORUM_TALK)
    record = triaged_one(kindly, mail, profile=profile)
    assert record["decision"] == "accept", record["reason"]
    assert "I'll send my slides by Friday 5 March." in record["draft"]
    listed = _questions_listed(kindly("show", str(record["id"]), "--profile", str(profile)).stdout)
    # still open: nothing in the yes answers them
    assert "Will you need a lectern or a microphone?" in listed
    assert "Do you have a vegetarian requirement?" in listed
    # asked out of courtesy, or answered by the yes itself (the dinner joined, the slides promised)
    assert "How are you?" not in listed
    assert "Hope you had a good weekend?" not in listed
    assert "speakers' dinner" not in listed
    assert "slides" not in listed


# 6. A rule's word is read through one denial, chosen by the word: money by the wider one ("aren't paid"), any other
# word by the plain one ("No demos"), with the message's own words for it read when the word itself is denied.


@pytest.mark.parametrize(
    ("rule", "text", "intent", "shown"),
    [
        pytest.param(
            "paid speaking slots",
            "Would you speak at our breakfast? Our speakers aren't paid, but members love the talks.",
            Intent.SPEAKING_INVITATION,
            None,
            id="pay-denied-by-not",
        ),
        pytest.param(
            "paid speaking slots",
            "Would you speak at our breakfast? We won't be able to pay speakers this year.",
            Intent.SPEAKING_INVITATION,
            None,
            id="pay-denied-by-wont-be-able-to",
        ),
        pytest.param(
            "paid speaking slots",
            "Would you speak at our breakfast? Speakers are paid on the day.",
            Intent.SPEAKING_INVITATION,
            '"paid": "paid"',
            id="pay-said",
        ),
        pytest.param(
            "payment plans",
            "There are no payment plans; the course is free for members.",
            Intent.SALES_PITCH,
            None,
            id="payment-denied-by-no",
        ),
        pytest.param(
            "payment plans",
            "We offer payment plans for the course, from $99 a month.",
            Intent.SALES_PITCH,
            '"payment": "payment"',
            id="payment-said",
        ),
        pytest.param(
            "demos over coffee",
            "Could I give you a walkthrough of our platform over coffee?",
            Intent.COFFEE_CHAT,
            '"demos": "walkthrough of our platform"',
            id="their-own-words-for-demos",
        ),
        pytest.param(
            "demos over coffee",
            "No demos, just coffee - though I could give you a walkthrough of our platform.",
            Intent.COFFEE_CHAT,
            '"demos": "walkthrough of our platform"',
            id="demos-denied-but-their-own-words-for-it-said",
        ),
    ],
)
def test_a_rules_word_is_read_through_its_denial(
    rule: str, text: str, intent: Intent, shown: str | None
) -> None:
    hit = never_rule_hit(with_never(rule), text, intent)
    if shown is None:
        assert hit is None
    else:
        assert hit is not None and shown in hit[1]
