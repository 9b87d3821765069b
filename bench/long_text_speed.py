"""Benchmark the readings that once took quadratic time on long, odd mail: how long each takes on ~100-300 KB.

    .venv/bin/python bench/long_text_speed.py [--scale 1.0]

Each case is a mail a real mailbox can hold (a line of venues with no full stop, a pitch padded with tens of
thousands of blank lines, a mailing of questions without stops) read by the function that once rescanned it
from every position: event details (`extract`), the recruiter reading (`with_recruiter_offering_work`) and the
group-mailing reading (`civic_mailing`). Linear readings take well under a second here; the quadratic ones took
40 s to several minutes. Prints seconds per case; record them in docs/benchmarks.md with the machine and date.
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
import tomllib
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "tests"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every case's length")
    scale = parser.parse_args().scale

    import re
    from datetime import date

    from kindly.amounts import AN_AMOUNT, MONEY
    from kindly.asked_by_hand import asks_a_question
    from kindly.decide.audience_gap import far_smaller_swap
    from kindly.decide.board_seats import director_searched
    from kindly.decide.bookings import hired_for_a_slot
    from kindly.decide.care import SHORT_NOTE, care_asked, hard_news
    from kindly.decide.commitment import recurring_commitment
    from kindly.decide.fake_brand_deal import fake_brand_deal_cue
    from kindly.decide.fees import pays_you
    from kindly.decide.handed_over import handed_over
    from kindly.decide.mentoring import career_step_asked
    from kindly.decide.pay_to_pitch import charges_to_meet_you
    from kindly.decide.policy import _asks_you, civic_mailing
    from kindly.decide.reading import _A_JOB, _ASKED_TO_SPEAK, with_recruiter_offering_work
    from kindly.decide.representative import representative_asked
    from kindly.decide.rules import _SAID_OTHERWISE, CONCEPTS, _denied_wherever_said
    from kindly.decide.scams import bank_details_threat_cue, fake_job_cue, login_threat_cue, phishing_cue
    from kindly.decide.site_visit import site_visit_asked
    from kindly.decide.submissions import work_submitted
    from kindly.decide.thread import contact_details
    from kindly.decide.topic_said import topic_said
    from kindly.decide.trade_offered import trade_offered
    from kindly.decide.when_alone import when_alone
    from kindly.decide.work_offered_to_you import work_offered
    from kindly.holding_reply import only_holds
    from kindly.model import Intent, Understanding
    from kindly.profile import Answer, Profile, Provider
    from kindly.reply.acceptance import PITCH_SESSIONS, days_to_choose, recording_week
    from kindly.reply.answers import answers_for
    from kindly.reply.helping_hands import offers_help
    from kindly.reply.interviews import interview_offered
    from kindly.reply.offer import sells_to_its_guests
    from kindly.reply.rewarded_referrals import rewards_referrals
    from kindly.reply.slot_wording import preference
    from kindly.reply.talk_submission import submission_link
    from kindly.reply.thanked_for_work import glad_it_helped
    from kindly.reply.to_have_ready import what_to_have_ready
    from kindly.turned_down import turns_them_down
    from kindly.understand import plain_forms
    from kindly.understand.classify import _SUGGESTS
    from kindly.understand.consultation_asked import asks_to_book_a_consultation
    from kindly.understand.days import away_until
    from kindly.understand.extract import Details, extract
    from kindly.understand.host_asked import host_asked
    from kindly.understand.language import moments_and_places
    from kindly.understand.languages import READ, Words
    from kindly.understand.needed_by import needed_by
    from kindly.understand.thanks import thanks_for_a_meeting
    from kindly.understand.time_proposed import time_proposed_in_reply
    from personas import contractor_profile
    from support import EXAMPLE_PROFILE, incoming

    halls = incoming(
        "Hi Dana,\n\nYou're invited to our members' evening at "
        + ", Grand Hall" * int(8000 * scale)
        + "\n\nBest,\nLena\n",
        subject="Members' evening",
    )
    padded = incoming(
        "Hi Dana,\n\nWe help design studios close their books faster."
        + "\n" * int(10_000 * scale)
        + "Best,\nSam",
        signature="\n" * int(20_000 * scale) + "Sam Lee\nSales Director, Ledgerly",
    )
    mailing = incoming(
        "Dear residents,\n\nHave your say in our survey "
        + "could you tell us how you travel and " * int(20_000 * scale),
        subject="Have your say",
    )
    volunteers = incoming(
        "Hi Dana,\n\nOur team would like to volunteer "
        + "with you and your neighbours and " * int(3_000 * scale),
        subject="Volunteering",
    )
    podcast = incoming(
        "Hi Dana,\n\nWe record remotely " + "with guests and listeners and " * int(3_400 * scale)
    )
    # a table of figures pasted with no spaces: one run of digits and commas
    table = "Our figures: " + "12,34," * int(17_000 * scale) + "56"
    booking = "Hi Dana,\n\n" + "$300 plus tips for the night and do you give lessons and " * int(
        1_800 * scale
    )
    # an answer of bracketed numbers and spaces, none a phone's: "(12) (12) ..."
    brackets = "My details: " + "(12) 3 " * int(15_000 * scale) + "x"
    # a headhunter's note of the same few words with no stop: a board search, a next step, neither finished
    searching = "We are searching for an independent " * int(600 * scale) + "step up into a " * int(
        600 * scale
    )
    hire = "Hi Jonah,\n\n" + "they want a solo jazz pianist for    " * int(2_000 * scale)
    # a job mail of interviews and chat apps that never says where the interview is held
    chat = "Your role and your interview via text " * int(600 * scale) + "download telegram " * int(
        600 * scale
    )
    # a portal's words of threats and logins with no stops or link ends (first 20 KB read)
    portal = "https://x.example your account portal will be " * int(600 * scale) + "log in sign in " * int(
        600 * scale
    )
    # a word said again and again after "no", each followed by a long run of spaces (whole text read)
    no_pitch = ("no pitch" + " " * 80) * int(1_500 * scale)
    venues = "Would you host it at your " + "lovely big " * 20_000 * int(max(scale, 1)) + "office?"
    hosts = ("Would Acme Pay Team " + "could you be up for the " * 30 + "\n") * int(600 * scale)
    proposals = ("Shall we start on Thursday " + "how about Monday at 2 " * 10 + "\n") * int(900 * scale)
    thanked = "Thanks for taking the time yesterday. " + ("would love " + "you " * 20 + "\n") * int(
        1_500 * scale
    )
    # an event's words of free things with no service after them, spaced out (first 20 KB read)
    samples = "Each guest receives a complimentary    one-on-one    free " * int(600 * scale)
    rota = "Our rota: " + "Monday or Tuesday or " * int(1_000 * scale) + "Friday"
    # Spanish words of asking and of a client's matter, spaced out, with no full stop and no consultation
    spanish = "Hola Lucía,\n\n" + "quisiera    agendar    hacer    una    de    mi    somos    la    " * int(
        400 * scale
    )
    # ...and French: words of asking, of a client's matter and of thanks, spaced out, with no rendez-vous said
    french = (
        "Bonjour Élise,\n\n"
        + "j'aimerais    prendre    un    de    ma    petite    nous    merci    mardis    disponible    "
        * int(400 * scale)
    )
    # ...German: words of wishing, of a client's matter, joined weekdays and thanks, spaced out, no Termin said
    german = (
        "Hallo Katrin,\n\n"
        + "möchte    gerne    einen    mein    kleines    wir    sind    eine    dienstagnachmittag    danke    "
        * int(400 * scale)
        # a long joined word that is no talk ("...gespräch" read by its end)
        + "kanzlei-" * int(2_000 * scale)
    )
    # ...and Portuguese: words of asking, of a client's matter and of thanks, spaced out, no consulta said
    portuguese = (
        "Olá Sofia,\n\n"
        + "gostaria    de    marcar    uma    meu    pequeno    somos    obrigada    terças    posso    gostava    de    "
        * int(400 * scale)
    )
    # ...and Italian: verbs of asking and the little words between them, thanks, days and hours, no consulenza said
    italian = (
        "Buongiorno Chiara,\n\n"
        + "vorrei    fissare    un    una    per    la    prima    grazie    mille    martedì    alle    ore    12    "
        * int(400 * scale)
    )
    # ...and Dutch: wishes and the little words after them, joined weekdays, thanks and hours, no afspraak said
    dutch = (
        "Beste Sanne,\n\n"
        + "graag    een    eerste    kan    ik    op    dit    moment    dinsdagmiddag    bedankt    om    10.00    "
        * int(400 * scale)
    )
    # a consultation asked again and again, never about a matter of the sender's, no stops
    booking = "I'd like to book a consultation for the " * int(2_000 * scale)
    # an RFP's asks with no full stop: agencies and responses named again and again, no concept asked
    rfp = "Responses from " + "agencies with credentials and responses showing " * int(2_000 * scale)
    # hours said again and again with no "a week" after them (first 20 KB read)
    hours = "Mentors give two hours " * int(4_000 * scale)
    # sums in many currencies with no stop, codes inside words, weights in pounds and a pasted run of figures
    # (kindly.amounts)
    prices = (
        "Our packages start at SGD 1,800 or 49 euros, amateur 40, a 5 pound   bag, lost 20 pounds and 3 EUR-pallets "
        * int(2_000 * scale)
        + "12,34," * int(8_000 * scale)
    )
    # a lobbyist's offer with no stop: tickets, footage of you, a hearing, words that open the gift and
    # endorsement readings again and again
    offers = "Hi Renee,   " + "two tickets of you riding    seconds of you for our   ahead of the   " * int(
        1_000 * scale
    )
    # a hard time begun again and again, never said whole (first 5 KB read)
    hard_times = "I am going  lost her  is rushed to the  could you come  " * int(2_000 * scale)
    # hard news begun again and again, never said whole (read up to a short note's length)
    news = ("Dad's rushed to the  passed away this  Mom's in the  " * 100)[:SHORT_NOTE]
    # a forward's note that begins to want the reader again and again, never says it
    wanted = "you'd want to  you should meet  told him you'd like to  " * int(2_000 * scale)
    # bank details asked again and again, never of anyone
    verify = "verify your account and   bank card  confirm the payment  " * int(2_000 * scale)
    # the people's contacts begun again and again, never named whole
    lists = "members' new phone  send them  church  " * int(2_000 * scale)
    # a campaign's legal line and a service's hour begun again and again, never ended
    campaign = "Paid for by   Friends of   campaign for the   11 o'clock   " * int(2_000 * scale)
    # a meeting asked "before" and "by" again and again, with no day after them (first 20 KB read)
    before = "Could we meet before    the call by    " * int(2_000 * scale)
    # a betting word again and again with none of the words after it that make it a gambling brand's
    betting = "the betting on our sports online " * int(2_000 * scale)
    # a brand deal's words with downloads, apps and contracts again and again, no stop between them
    swaps = "shout-out swap with " + "12,345,678 1.5 k readers you're so way much far I'm tiny small " * int(
        1_500 * scale
    )
    deal = "ambassador campaign " + "download our new app then the contract terms in " * int(1_500 * scale)
    # a question that says "your" again and again with no rates after it, to a user with a talent manager
    terms = "Could you " + "share your own new your " * int(2_500 * scale) + "?"
    # a word of dotted parts with no slash: no link, read once
    link_word = "a-b." * int(20_000 * scale)
    # a writer's words with no work named and no offer made: "my", "I've written", "seeking", lengths half said
    # a query letter padded with blank lines, no "Query:" line ever
    blank_query = "Hello,\n" + "\n" * int(200_000 * scale) + "I wrote a novel.\n"
    writer = (
        "Hi Miriam,   my new old blue    I've written     seeking literary   could you   what should "
        * int(2_000 * scale)
    )
    # a homeowner's asks to come over with no stop and nothing to see, and sign-ins with no account named
    visits = "our kitchen and could you maybe possibly come over " * int(3_000 * scale)
    sign_ins = "sign in with your company sign in using your " * int(3_000 * scale)
    leads = "new leads near you for $ and leads for " * int(3_000 * scale)
    # a therapist's mail: "so I can ask ..." never finished, "feature your ..." never an endorsement
    asking = "so that I could ask you a few questions so I can ask feature your own " * int(3_000 * scale)
    offers = "we have room and if you need a good plumber or " * int(3_000 * scale)
    kendra = Profile.model_validate(tomllib.loads(contractor_profile()))
    holding = "I will check with the team and " * int(4_000 * scale)
    ready = "is there anything we should have and what else " * int(3_000 * scale)
    interviews = "a zoom interview on our " * int(3_000 * scale)
    partners = "we are looking for new and eager to team with licensed " * int(3_000 * scale)
    thanks = "your credit card budget video series so really quickly thanks to your own " * int(3_000 * scale)
    referrers = (
        "who recommend us to their authors and refer your clients to us and for each client you "
        * int(3_000 * scale)
    )
    turned_down = "neither of those times really    none of the slots    those days do not    " * int(
        2_000 * scale
    ) + "neither monday, tuesday nor wednesday, friday or " * int(2_000 * scale)
    links = "book here https://cal.example/book?utm=mail&x=1 or www.a.example/?ref=1 " * int(3_000 * scale)
    pitch = Understanding(True, Intent.SALES_PITCH, True, 0.9)
    managed = [Provider(category="talent management", name="Devon Reyes")]
    away = "we're away and out of town on vacation traveling abroad " * int(2_000 * scale)
    cases: list[tuple[str, int, Callable[[], object]]] = [
        ("event details, a line of venues", len(halls.body), lambda: extract(halls, Intent.EVENT_INVITATION)),
        (
            "recruiter reading, blank lines",
            len(padded.body) + len(padded.signature or ""),
            lambda: with_recruiter_offering_work(pitch, padded),
        ),
        (
            "group mailing, questions without stops",
            len(mailing.body),
            lambda: civic_mailing(mailing, Intent.EVENT_INVITATION),
        ),
        ("a run of weekdays (first 20 KB read)", 20_000, lambda: days_to_choose("Friday", rota)),
        (
            "a podcast's ask, no question mark",
            len(podcast.own_text),
            lambda: recording_week(podcast, Details(format="podcast")),
        ),
        ("an offer of help, no stops", len(volunteers.own_text), lambda: offers_help(volunteers.own_text)),
        ("pay offered, a table of figures", len(table), lambda: pays_you(table)),
        ("days that suit them (first 20 KB read)", 20_000, lambda: preference(booking)),
        ("contact details, bracketed numbers", len(brackets), lambda: contact_details(brackets)),
        (
            "a board search or a next step, no stops",
            len(searching),
            lambda: (director_searched(searching), career_step_asked(searching)),
        ),
        (
            "what a Spanish mail plainly is, no stops",
            len(spanish),
            lambda: _read_plainly(READ["Spanish"], spanish),
        ),
        (
            "what a French mail plainly is, no stops",
            len(french),
            lambda: _read_plainly(READ["French"], french),
        ),
        (
            "a consultation asked, no stops (first 20 KB read)",
            20_000,
            lambda: asks_to_book_a_consultation(booking),
        ),
        (
            "what a German mail plainly is, no stops",
            len(german),
            lambda: _read_plainly(READ["German"], german),
        ),
        (
            "what a Portuguese mail plainly is, no stops",
            len(portuguese),
            lambda: _read_plainly(READ["Portuguese"], portuguese),
        ),
        (
            "what an Italian mail plainly is, and its hours, no stops",
            len(italian),
            lambda: (_read_plainly(READ["Italian"], italian), moments_and_places(italian)),
        ),
        (
            "what a Dutch mail plainly is, and its hours, no stops",
            len(dutch),
            lambda: (_read_plainly(READ["Dutch"], dutch), moments_and_places(dutch)),
        ),
        ("hours asked, never a week (first 20 KB read)", 20_000, lambda: recurring_commitment(hours)),
        ("an RFP's asks, no stops", len(rfp), lambda: (_asks_you(rfp), CONCEPTS["spec_work"].shown_by(rfp))),
        ("someone hired for a slot (first 20 KB read)", 20_000, lambda: hired_for_a_slot(hire)),
        ("a fake job's chat app, no stops", len(chat), lambda: fake_job_cue(chat)),
        ("a word denied again and again", len(no_pitch), lambda: _denied_wherever_said("pitch", no_pitch)),
        (
            "a login under a threat (first 20 KB read)",
            20_000,
            lambda: login_threat_cue("Portal", "a@b.example", portal),
        ),
        (
            "a lobbyist's gift and a launch video, no stops",
            len(offers),
            lambda: [
                CONCEPTS[idea].shown_by(offers)
                for idea in ("gift", "meal", "applicant", "alone", "endorsement", "lobbying")
            ],
        ),
        ("a hard time and a visit asked, no stops", 5_000, lambda: care_asked(hard_times)),
        ("hard news told, no stops", len(news), lambda: hard_news(news)),
        ("a forward's note wanting the reader, no stops", len(wanted), lambda: _SUGGESTS.search(wanted)),
        (
            "bank details asked, no stops",
            len(verify),
            lambda: bank_details_threat_cue("Giving", "a@giving-x.example.com", verify),
        ),
        (
            "a member list asked by what it holds, no stops",
            len(lists),
            lambda: [_SAID_OTHERWISE[word].search(lists) for word in ("list", "share")],
        ),
        (
            "a campaign's ask and a morning, no stops",
            len(campaign),
            lambda: [CONCEPTS[idea].shown_by(campaign) for idea in ("political", "morning")],
        ),
        ("a free sample for guests (first 20 KB read)", 20_000, lambda: sells_to_its_guests(samples)),
        (
            "a day needed by, no stops (first 20 KB read)",
            20_000,
            lambda: needed_by(before, date(2026, 12, 1)),
        ),
        ("a call's link, one long word", len(link_word), lambda: submission_link(link_word)),
        (
            "a gambling brand, betting words, no stops",
            len(betting),
            lambda: CONCEPTS["gambling"].shown_by(betting),
        ),
        (
            "rates asked of a managed user, one question",
            len(terms),
            lambda: representative_asked(managed, terms),
        ),
        ("a fake brand deal's app (first 20 KB read)", 20_000, lambda: fake_brand_deal_cue(deal)),
        (
            "prices in every currency, no stops",
            len(prices),
            lambda: (list(re.finditer(MONEY, prices, re.IGNORECASE)), list(AN_AMOUNT.finditer(prices))),
        ),
        ("a query padded with blank lines", len(blank_query), lambda: work_submitted("", blank_query)),
        (
            "a writer's own work offered, no stops",
            len(writer),
            lambda: (
                work_submitted("", writer),
                when_alone(['"friday": "Friday"'], writer),
                handed_over(writer),
                topic_said(writer),
                PITCH_SESSIONS.search(writer),
                _ASKED_TO_SPEAK.search(writer),
                charges_to_meet_you(writer),
            ),
        ),
        ("a site visit asked (first 20 KB read)", 20_000, lambda: site_visit_asked(kendra, visits)),
        ("leads priced each, no price said", len(leads), lambda: CONCEPTS["referral_fee"].shown_by(leads)),
        (
            "an ask never finished, no endorsement",
            len(asking),
            lambda: (topic_said(asking), CONCEPTS["endorsement"].shown_by(asking), _A_JOB.search(asking)),
        ),
        ("a sub's time offered, none said (first 20 KB)", 20_000, lambda: work_offered(offers)),
        ("a sign-in, no account named (first 20 KB)", 20_000, lambda: phishing_cue(sign_ins)),
        ("times turned down, none quite said", len(turned_down), lambda: turns_them_down(turned_down)),
        ("a promise to get back, never made", len(holding), lambda: only_holds(holding)),
        ("a question asked, links' query strings only", len(links), lambda: asks_a_question(links)),
        (
            "a small account's swap (first 20 KB read)",
            20_000,
            lambda: far_smaller_swap(EXAMPLE_PROFILE, swaps),
        ),
        (
            "thanks for a meeting, then no ask at all",
            len(thanked),
            lambda: thanks_for_a_meeting(thanked),
        ),
        (
            "a host asked, by names that never end",
            len(hosts),
            lambda: host_asked(hosts),
        ),
        (
            "a venue asked about, by a place never named",
            len(venues),
            lambda: answers_for(venues, [Answer(about=["south lake union office"], answer="Hybrid.")]),
        ),
        (
            "a day proposed, never a question",
            len(proposals),
            lambda: time_proposed_in_reply("Re: mentoring", proposals),
        ),
        ("what to have ready, never asked (first 20 KB)", 20_000, lambda: what_to_have_ready(ready)),
        ("interviews, no show named (first 20 KB)", 20_000, lambda: interview_offered(interviews)),
        (
            "a trade offered, no partner sought (20 KB)",
            20_000,
            lambda: [trade_offered(g, partners) for g in kendra.goals],
        ),
        ("work that helped, never said to", len(thanks), lambda: glad_it_helped(thanks)),
        ("a reward for referring, never given", len(referrers), lambda: rewards_referrals(referrers)),
        ("away, never until a day (first 20 KB)", 20_000, lambda: away_until(away, date(2026, 12, 1))),
    ]

    def _read_plainly(words: Words, text: str) -> object:
        return (
            plain_forms.ideas_in(text),
            plain_forms.thanks_or_receipt(words, text),
            plain_forms.consultation_asked(words, text),
            plain_forms.own_matter(words, text),
            plain_forms.services_offered(words, text),
            plain_forms.meeting_asked(words, text),
            plain_forms.days_that_suit(words, text),
        )

    print(
        f"machine: {platform.node()} {platform.processor() or platform.machine()}, Python {platform.python_version()}"
    )
    for name, size, read in cases:
        started = time.perf_counter()
        read()
        print(f"{name:42} {size / 1000:7.0f} KB {time.perf_counter() - started:8.3f} s")


if __name__ == "__main__":
    main()
