"""Miriam Adler, a literary agent at a three-person boutique agency in New York (session 23): authors query her
through a form, editors and fellow agents are the people she wants to meet, and her never-rules are an agent's -
no reading fees, no one-on-ones with querying authors before a full manuscript, no Friday evenings."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from personas import literary_agent_profile, to_miriam
from support import Kindly, eml, profile_file, triaged, triaged_one


def _to_miriam(
    kindly: Kindly, tmp_path: Path, body: str, *, sender: str, subject: str, **kw: Any
) -> dict[str, Any]:
    """The triage record of a mail to Miriam against her profile."""
    mail = to_miriam(tmp_path / "mail.eml", body, sender=sender, subject=subject, **kw)
    return triaged_one(kindly, mail, profile_file(literary_agent_profile(), tmp_path))


# -- 1. "meeting querying authors ... before a full manuscript" is about authors, not editors or agents -------------


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        pytest.param(
            "Noor Haddad <noor.haddad@lindenpress.com>",
            "lunch soon?",
            "Hi Miriam,\n\nI'm an acquiring editor at Linden Press and I'd love to take you to lunch - I'm hungry for "
            "literary debuts for our 2028 list. Any chance you're free the week of December 7?\n\nNoor\n",
            id="an-editor-asks-for-lunch",
        ),
        pytest.param(
            "Beth Carver <beth@carverliterary.com>",
            "drinks?",
            "Miriam - lovely to sit next to you at the AALA meeting. Want to grab a drink one evening and compare "
            "notes on audio contracts? I'm around most weeknights.\n\nBeth Carver\nCarver Literary\n",
            id="a-fellow-agent-asks-for-a-drink",
        ),
    ],
)
def test_an_editor_or_an_agent_is_not_asked_for_a_manuscript(
    kindly: Kindly, tmp_path: Path, sender: str, subject: str, body: str
) -> None:
    record = _to_miriam(kindly, tmp_path, body, sender=sender, subject=subject)
    assert "manuscript" not in (record["draft"] or ""), record["draft"]
    assert record["reason_code"] != "never_do", record["reason"]


def test_a_stranger_asking_for_a_call_is_asked_what_about_not_for_a_manuscript(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_miriam(
        kindly,
        tmp_path,
        "Hi Miriam, hope you're well! I'd love to connect - any chance of a quick chat some time this week?\n\nSam\n",
        sender="Sam Ortiz <sam.ortiz@gmail.com>",
        subject="call",
    )
    assert record["decision"] == "ask_details", record["reason"]
    assert "manuscript" not in record["draft"], record["draft"]


def test_an_author_with_a_novel_in_progress_still_meets_the_rule(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: an author speaks of her own novel and asks for a meeting - the rule is about her
    record = _to_miriam(
        kindly,
        tmp_path,
        "Hi Miriam,\n\nI'm halfway through my debut novel and would love to meet for half an hour to hear how you "
        "work with new clients. Could we find a time for a call next week?\n\nLeah\n",
        sender="Leah Brandt <leah.brandt@gmail.com>",
        subject="half an hour?",
    )
    assert record["decision"] in ("ask_details", "decline", "refer"), record["reason"]
    assert record["decision"] != "accept"


# -- 2. a deadline on a Friday is no Friday-evening event ------------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        pytest.param(
            "Reminder: countersigned agreement due - Mendel / THE NIGHT FERRY",
            "Dear Miriam,\n\nA friendly reminder that the countersigned agreement for Sam Mendel's THE NIGHT FERRY is "
            "due back to us by Friday, December 4. Please return it via DocuSign.\n\nElise Marchetti\n"
            "Contracts Manager, Farrow House\n",
            id="a-title-with-night-in-it",
        ),
        pytest.param(
            "Royalty statement query",
            "Hi Miriam,\n\nCould you sign the amended royalty schedule and send it back by Friday evening? Finance "
            "closes the quarter on Monday.\n\nThanks,\nRaj\nRights & Contracts, Linden Press\n",
            id="signed-and-back-by-friday-evening",
        ),
    ],
)
def test_a_contract_due_on_a_friday_is_not_declined_as_a_friday_evening_event(
    kindly: Kindly, tmp_path: Path, subject: str, body: str
) -> None:
    record = _to_miriam(
        kindly, tmp_path, body, sender="Contracts <contracts@farrowhouse.com>", subject=subject
    )
    assert record["reason_code"] != "never_do", record["reason"]
    assert "Friday evenings" not in (record["draft"] or "")


def test_a_party_reminder_on_a_friday_evening_is_still_declined(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: a reminder that asks her to be somewhere on a Friday evening
    record = _to_miriam(
        kindly,
        tmp_path,
        "Hi Miriam,\n\nJust a reminder that our authors' holiday party is this Friday, December 11, from 7 to 10 pm. "
        "Please RSVP by Wednesday so we can give the caterers numbers.\n\nGrant\nFarrow House\n",
        sender="Grant Whitley <gwhitley@farrowhouse.com>",
        subject="Reminder: holiday party",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]


# -- 3. an author's query is pointed to the query form, not declined as a recruiter's or a seller's --------------------


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        pytest.param(
            "Ines Carvalho <ines.carvalho@gmail.com>",
            "Query - THE LIGHTHOUSE LEDGER",
            "Dear Ms. Adler,\n\nI'm seeking representation for THE LIGHTHOUSE LEDGER, literary fiction complete at "
            "88,000 words, about two sisters who inherit a lighthouse and its debts.\n\nMy stories have appeared in "
            "Tin House. Thank you for your time!\n\nInes Carvalho\n",
            id="a-formal-query",
        ),
        pytest.param(
            "Walt Brenner <walt.brenner@outlook.com>",
            "book about my years on the river",
            "Hi Miriam,\n\nI spent thirty years as a tugboat captain on the Mississippi and I've written a book about "
            "it, about 70k words. Would you be interested in reading it? I can email the whole thing.\n\nWalt\n",
            id="a-memoir-offered-in-plain-words",
        ),
        pytest.param(
            "Priti Shah <priti.shah.writes@gmail.com>",
            "my debut",
            "Hello! I've just finished my debut novel, a family saga set in Mumbai and Leicester. Could I send you "
            "the opening chapters? Thanks so much,\nPriti\n",
            id="could-i-send-you-my-novel",
        ),
    ],
)
def test_an_authors_query_is_pointed_to_the_query_form(
    kindly: Kindly, tmp_path: Path, sender: str, subject: str, body: str
) -> None:
    record = _to_miriam(kindly, tmp_path, body, sender=sender, subject=subject)
    assert (record["decision"], record["reason_code"]) == ("refer", "refer_resource"), record["reason"]
    draft = record["draft"]
    assert "https://halyardfinch.com/submissions" in draft
    for wrong in ("new role", "not looking", "isn't something", "Rather than a meeting", "overview"):
        assert wrong not in draft, draft


def test_a_clients_new_manuscript_is_not_sent_to_the_query_form(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: Miriam wrote to this author before - her client's next book is hers to read
    earlier = eml(
        tmp_path / "earlier.eml",
        "Hi Ana, congratulations again on the reviews - can't wait to see what you write next.\n\nMiriam\n",
        sender="Miriam Adler <miriam@halyardfinch.com>",
        subject="reviews",
        date="Mon, 02 Nov 2026 10:00:00 -0500",
        to="Ana Ferreira <ana@anaferreira.com>",
    )
    mail = to_miriam(
        tmp_path / "mail.eml",
        "Hi Miriam!\n\nIt's done - my new novel, 95,000 words. The manuscript is attached. Would you be willing to "
        "take a look before Christmas?\n\nAna\n",
        sender="Ana Ferreira <ana@anaferreira.com>",
        subject="it's done!",
    )
    records = triaged(kindly, earlier, mail, profile=profile_file(literary_agent_profile(), tmp_path))
    assert records[-1]["reason_code"] != "refer_resource", records[-1]["reason"]


def test_without_a_submissions_page_a_query_is_not_referred(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: a profile that says nowhere where submissions go - nothing to point to
    mail = to_miriam(
        tmp_path / "mail.eml",
        "Dear Ms. Adler,\n\nI'm seeking representation for my novel, complete at 88,000 words.\n\nInes\n",
        sender="Ines Carvalho <ines.carvalho@gmail.com>",
        subject="Query",
    )
    record = triaged_one(kindly, mail, profile_file(literary_agent_profile(resources=()), tmp_path))
    assert record["reason_code"] != "refer_resource", record["reason"]


def test_a_friend_mentioning_her_book_club_novel_is_no_submission(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: a novel, a word count, but no one's own work offered to be read
    record = _to_miriam(
        kindly,
        tmp_path,
        "Hi Miriam,\n\nOur book club is reading a 120,000 words monster of a novel this month - would you like to "
        "join us on Tuesday at 6pm? Wine provided.\n\nJess\n",
        sender="Jess Moreno <jess.moreno@gmail.com>",
        subject="book club",
    )
    assert record["reason_code"] != "refer_resource", record["reason"]


# -- 4. a client's forward of an enquiry for her rights, handed over, is taken over ------------------------------------

AUDIO_ENQUIRY = (
    "---------- Forwarded message ---------\nFrom: Marcus Hale <marcus@brightwaveproductions.com>\n"
    "Date: Sat, Nov 28, 2026 at 4:10 PM\nSubject: TV rights - Salt and Iron\nTo: <kofi@kofimensah.com>\n\n"
    "Dear Mr. Mensah,\n\nI'm a producer at Brightwave Productions. We'd love to explore a television adaptation of "
    "SALT AND IRON. Are the TV rights available for an option? Happy to talk to you or your agent.\n\n"
    "Marcus Hale\nBrightwave Productions\n"
)


@pytest.mark.parametrize(
    "note",
    [
        "Miriam - a producer wrote to me! Could you deal with this? I wouldn't know where to start. Kofi\n\n",
        "Over to you, I think?? No idea if they're serious. K\n\n",
    ],
)
def test_a_clients_forwarded_rights_enquiry_is_taken_over(kindly: Kindly, tmp_path: Path, note: str) -> None:
    record = _to_miriam(
        kindly,
        tmp_path,
        note + AUDIO_ENQUIRY,
        sender="Kofi Mensah <kofi@kofimensah.com>",
        subject="Fwd: TV rights - Salt and Iron",
    )
    assert (record["decision"], record["goal"]) == ("accept", "help_client"), record["reason"]
    assert "get in touch with Marcus directly" in record["draft"], record["draft"]


def test_a_forwarded_rights_enquiry_only_shared_as_news_is_left_alone(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: the client tells her news and hands nothing over
    record = _to_miriam(
        kindly,
        tmp_path,
        "Miriam - FYI, I already said no to this one, just thought you'd enjoy it! Kofi\n\n" + AUDIO_ENQUIRY,
        sender="Kofi Mensah <kofi@kofimensah.com>",
        subject="Fwd: TV rights - Salt and Iron",
    )
    assert "get in touch with Marcus" not in (record["draft"] or "")


# -- 5. "reading manuscripts for a fee": a price offered for her read is the fee ----------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Dear Ms Adler,\n\nI have finished a crime novel of 110,000 words and would value a professional eye before I "
        "query. I'd gladly pay $400 for you to read it and send me your comments.\n\nRegards,\nPhilip Crane\n",
        "Hi Miriam, my memoir is done! Would you be willing to read the first half if I paid you $250 for your "
        "time?\n\nDolores\n",
    ],
)
def test_a_writer_offering_to_pay_for_her_read_is_declined_by_her_rule_and_pointed_to_the_form(
    kindly: Kindly, tmp_path: Path, body: str
) -> None:
    record = _to_miriam(
        kindly, tmp_path, body, sender="Writer <writer@example.net>", subject="professional read"
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    draft = record["draft"]
    assert "reading manuscripts for a fee" in draft
    assert "https://halyardfinch.com/submissions" in draft
    assert "invitation to write" not in draft


def test_a_paid_talk_from_someone_who_enjoyed_reading_her_is_no_reading_fee(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: "reading" and a price in one mail, but the price is for a talk
    record = _to_miriam(
        kindly,
        tmp_path,
        "Hi Miriam,\n\nI loved reading your interview in Poets & Writers. We'd pay you $500 to give a talk on "
        "finding an agent at our writers' conference on Saturday, April 10.\n\nGwen\nDirector, Lakes Writers' "
        "Conference\n",
        sender="Gwen Ash <gwen@lakeswriters.org>",
        subject="Talk in April?",
    )
    assert record["reason_code"] != "never_do", record["reason"]


# -- 6. a stranger's "payment pending" that wants her bank numbers and her ID is a scam --------------------------------


def test_a_payment_released_for_her_bank_numbers_and_id_is_left_unanswered(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_miriam(
        kindly,
        tmp_path,
        "Dear Agent,\n\nOur company has licensed translation rights to two titles on your list and $9,200.00 in "
        "advances is ready to be released. Kindly respond today with\nyour account number and routing number plus a "
        "scan of\nyour passport so that accounts can process it.\n\nRegards,\nAnthony Grey\nWorld Rights Bureau\n",
        sender="World Rights Bureau <payments@worldrightsbureau.example.com>",
        subject="Advance payment ready",
    )
    assert (record["decision"], record["reason_code"]) == ("ignore", "scam"), record["reason"]
    assert record["draft"] is None


def test_a_publishers_request_for_bank_details_to_pay_her_fee_is_no_scam(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: bank details asked for one thing only - paying a fee she agreed to
    record = _to_miriam(
        kindly,
        tmp_path,
        "Hi Miriam,\n\nThanks again for speaking on our panel. Could you send your invoice with your bank details "
        "so we can pay the $300 honorarium?\n\nBest,\nLouise\nProgram Director, Lakes Writers' Conference\n",
        sender="Louise Park <louise@lakeswriters.org>",
        subject="honorarium",
    )
    assert record["reason_code"] != "scam", record["reason"]


# -- 7. a scheme that pays her a commission for the authors she sends is not offered anyone ---------------------------


def test_a_commission_for_sending_authors_gets_no_offer_to_put_people_in_touch(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_miriam(
        kindly,
        tmp_path,
        "Hi Miriam,\n\nMosaic Editorial offers developmental edits and cover design for self-publishing authors, from "
        "$2,800 per book. Agents in our partner program earn a 12% referral commission on each author they send "
        "us. Could we set up a short call to talk about working together?\n\nTess Varga\nPartnerships, Mosaic "
        "Editorial\n",
        sender="Tess Varga <tess@mosaiceditorial.example.com>",
        subject="Partner program for agents",
    )
    assert record["decision"] == "decline", record["reason"]
    draft = record["draft"]
    for offer in ("put you in touch", "overview", "point them your way", "mention it"):
        assert offer not in draft, draft


def test_a_pitch_without_a_commission_still_keeps_their_overview(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: the same trade, no commission - the usual offer to keep their overview stands
    record = _to_miriam(
        kindly,
        tmp_path,
        "Hi Miriam,\n\nMosaic Editorial offers developmental edits and cover design for self-publishing authors, from "
        "$2,800 per book. Could we set up a short call to show you our work?\n\nTess Varga\nMosaic Editorial\n",
        sender="Tess Varga <tess@mosaiceditorial.example.com>",
        subject="Editing for your authors",
    )
    assert record["decision"] == "decline", record["reason"]
    assert "overview" in record["draft"], record["draft"]


# -- 8. a coffee that says what it is for ("compare notes", "hear what you're working on") needs no question ------------


@pytest.mark.parametrize(
    "body",
    [
        "Hi Miriam - Tom from Tidewater Books here. Coffee in January? Would love to hear what you're working on.",
        "Miriam, Tom at Tidewater Books. Shall we grab a coffee next month and compare notes on the spring "
        "lists?",
    ],
)
def test_an_editors_coffee_that_says_what_it_is_for_is_a_yes(
    kindly: Kindly, tmp_path: Path, body: str
) -> None:
    record = _to_miriam(
        kindly, tmp_path, body, sender="Tom Reyes <treyes@tidewaterbooks.com>", subject="coffee"
    )
    assert record["decision"] == "accept", record["reason"]
    assert "something specific" not in record["draft"]


def test_an_editors_coffee_that_says_nothing_of_what_for_is_still_asked_about(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: no topic at all - the question stays
    record = _to_miriam(
        kindly,
        tmp_path,
        "Hi Miriam, would love to connect. Are you free for a quick call sometime next week?\n\nKai",
        sender="Kai Brandt <kai.brandt@gmail.com>",
        subject="hello",
    )
    assert record["decision"] == "ask_details", record["reason"]


# -- 9. an event that sells writers time with her is not passed on to anyone ------------------------------------------


def test_a_pitch_event_that_charges_writers_per_pitch_is_not_recommended_to_anyone(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_miriam(
        kindly,
        tmp_path,
        "Hello Miriam,\n\nAgentMatch Live returns to Brooklyn on Saturday, May 8! Attendees can book one-on-one "
        "sessions with visiting agents at $75 each. Agents come free and enjoy lunch on us. Would you join our "
        "lineup of agents this year?\n\nJess Harlow\nFounder, AgentMatch Live\n",
        sender="Jess Harlow <jess@agentmatchlive.example.com>",
        subject="Join our agent lineup",
    )
    assert record["decision"] == "decline", record["reason"]
    for spread in ("mention it", "pass the details on", "tell them about it", "enjoy it"):
        assert spread not in record["draft"], record["draft"]


def test_a_free_evening_for_writers_is_still_mentioned_to_others(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: an event that sells its writers nothing - a no may still offer to spread the word
    record = _to_miriam(
        kindly,
        tmp_path,
        "Hello Miriam,\n\nThe Brooklyn Public Library hosts a free evening for debut writers on Saturday, May 8 - "
        "readings, a Q&A, and plenty of cheap wine. Would you like to come along as our guest?\n\nJess Harlow\n"
        "Programs, Brooklyn Public Library\n",
        sender="Jess Harlow <jharlow@bklynlibrary.example.org>",
        subject="Debut writers' evening",
    )
    assert "mention it" in (record["draft"] or "") or record["decision"] != "decline", record["draft"]


# -- 10. a writer mid-draft asking for coffee hears her rule, not "my time is for finding new clients" -------------------


def test_a_writer_mid_draft_asking_for_coffee_hears_her_rule_and_where_to_query(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_miriam(
        kindly,
        tmp_path,
        "Hi Miriam!\n\nI'm about halfway through my first novel (upmarket, set in a Queens bakery) and I'd love to "
        "buy you a coffee and ask how you'd approach the query letter. Any weekday works!\n\nDana\n",
        sender="Dana Liu <dana.liu.writes@gmail.com>",
        subject="coffee?",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    draft = record["draft"]
    assert "meeting querying authors one-on-one" in draft
    assert "https://halyardfinch.com/submissions" in draft
    assert "finding new clients" not in draft


# -- 11. every wording of "another day" passes the draft's own check ---------------------------------------------------


@pytest.mark.parametrize("kind", ["another_day", "meet_later"])
def test_every_wording_of_a_later_day_counts_as_the_offer(kind: str) -> None:
    # a Friday-evening keynote declined by her rule was withheld one time in three: "If there's another day that
    # could work, I'd be happy to." was not read as the offer it is
    from kindly.reply.check import _STEP_MARKERS

    template = (Path(__file__).parents[1] / "src/kindly/reply/templates/_common.j2").read_text(
        encoding="utf-8"
    )
    line = template.split(f'offer.kind == "{kind}"', 1)[1].splitlines()[1]
    wordings = re.findall(r'"([^"]+)"', line)
    assert len(wordings) == 3
    for wording in wordings:
        assert _STEP_MARKERS["offer_resource"].search(wording), wording


def test_a_peers_drink_in_a_week_of_editor_lunches_is_welcome_later(kindly: Kindly, tmp_path: Path) -> None:
    # three editors' lunches fill her three networking hours that week: a fellow agent's drink, only loosely her
    # association goal, waits for a later week - she is not asked "what you're looking for"
    editors = [
        ("Noor Haddad <noor@lindenpress.com>", "Linden Press", "Tuesday, December 8 at 12:30"),
        ("Tom Reyes <treyes@tidewaterbooks.com>", "Tidewater Books", "Thursday, December 10 at 12:30"),
        ("Sam Ito <sito@farrowhouse.com>", "Farrow House", "Wednesday, December 9 at 1:00"),
    ]
    mails = [
        to_miriam(
            tmp_path / f"editor{number}.eml",
            f"Hi Miriam,\n\nI'm an editor at {house}. Lunch on {when}? I'd love to hear what you're working on.\n",
            sender=sender,
            subject="lunch?",
            date=f"Mon, 30 Nov 2026 09:0{number}:00 -0500",
        )
        for number, (sender, house, when) in enumerate(editors)
    ]
    mails.append(
        to_miriam(
            tmp_path / "peer.eml",
            "Miriam! So good to see you at the AALA meeting. Want to get a drink and compare notes on foreign "
            "rights? I'm free most weeknights the week of Dec 7.\n\nRuth Ellison\nEllison Literary\n",
            sender="Ruth Ellison <ruth@ellisonliterary.com>",
            subject="drink?",
            date="Mon, 30 Nov 2026 10:00:00 -0500",
        )
    )
    records = triaged(kindly, *mails, profile=profile_file(literary_agent_profile(), tmp_path))
    peer = records[-1]
    assert (peer["decision"], peer["reason_code"]) == ("decline", "no_capacity"), peer["reason"]
    assert "in a few weeks" in peer["draft"], peer["draft"]
    assert "what you're looking for" not in peer["draft"]


# -- 12. one hour said once, "around" it, holds for each day offered -------------------------------------------------


def test_an_editors_lunch_on_two_days_around_one_hour_is_taken_with_its_hour(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_miriam(
        kindly,
        tmp_path,
        "Hi Miriam,\n\nI'm the new executive editor at Farrow House and would love to take you to lunch. Monday "
        "Dec 14 or Tuesday Dec 15 around 1:15 would suit me best.\n\nLaila\n",
        sender="Laila Haddad <lhaddad@farrowhouse.com>",
        subject="lunch?",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "Monday Dec 14 around 1:15 works for me" in record["draft"], record["draft"]
    assert "only free for meetings" not in record["draft"], record["draft"]


# -- 13. pitch sessions are said yes to as pitch sessions, not as a talk ---------------------------------------------


def test_a_yes_to_pitch_sessions_says_pitch_sessions_not_a_talk(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_miriam(
        kindly,
        tmp_path,
        "Hi Miriam,\n\nI'm building the agent lineup for the Berkshire Writers' Conference, May 14-16, and would love "
        "to have you take pitch sessions with our writers on the Saturday. Would you be up for it?\n\nNoah Friedman\n"
        "Director, Berkshire Writers' Conference\n",
        sender="Noah Friedman <noah@berkshirewriters.org>",
        subject="Pitch sessions at the Berkshire Writers' Weekend",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "glad to take the pitch sessions" in record["draft"], record["draft"]
    assert "glad to speak" not in record["draft"]


def test_a_panel_beside_pitch_sessions_is_still_a_panel(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: a panel is asked too - the yes names it
    record = _to_miriam(
        kindly,
        tmp_path,
        "Dear Miriam,\n\nWe'd love you on our Saturday panel, \"What Agents Want\", at the Hudson Valley Writers' "
        "Conference (June 12, Kingston NY), and to take a few pitch sessions after it. We offer a $750 honorarium "
        "and travel.\n\nMartha Quinlan\nProgram Director\n",
        sender="Martha Quinlan <mquinlan@hudsonvalleywriters.org>",
        subject="Panel in June",
    )
    assert "join the panel" in record["draft"], record["draft"]


def test_a_writers_conference_asking_her_to_hear_pitches_is_a_faculty_invitation(
    kindly: Kindly, tmp_path: Path
) -> None:
    # read as an event to attend, it "served none of her goals"; it asks her onto its faculty
    record = _to_miriam(
        kindly,
        tmp_path,
        "Hi Miriam,\n\nWe're lining up agents for the Berkshire Writers' Conference (May 14-16). Would you be willing "
        "to hear pitches from our attendees on the Saturday afternoon? Writers get so much from meeting agents in "
        "person.\n\nNoah Friedman\nDirector, Berkshire Writers' Conference\n",
        sender="Noah Friedman <noah@berkshirewriters.org>",
        subject="Pitch sessions at the Berkshire Writers' Conference",
    )
    assert (record["decision"], record["goal"]) == ("accept", "build_credibility"), record["reason"]


def test_a_conference_she_is_only_invited_to_attend_is_no_stage(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: writers pitch there, but she is asked only to come and listen to the keynote
    record = _to_miriam(
        kindly,
        tmp_path,
        "Hi Miriam,\n\nThe Berkshire Writers' Conference (May 14-16) has pitch sessions for our attendees all "
        "Saturday. Would you like to come to the opening keynote on Friday morning as our guest?\n\nNoah Friedman\n"
        "Director, Berkshire Writers' Conference\n",
        sender="Noah Friedman <noah@berkshirewriters.org>",
        subject="Join us in May",
    )
    assert record["intent"] != "speaking_invitation", record["reason"]
