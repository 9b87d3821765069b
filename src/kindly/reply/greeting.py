"""How a draft greets the sender and names the people it answers: their first name, the formal name a formal
letter uses, the name they sign with, and the others copied or writing with them (kindly.reply.compose writes
the draft around them)."""

from __future__ import annotations

import itertools
import re

from kindly.decide.words import (
    alphanumeric,
    domain_labels,
    fold,
    from_a_shared_mailbox,
    looks_like_person,
    reads_as_organisation,
)
from kindly.ingest.sign_off import SIGN_OFF
from kindly.model import Message
from kindly.profile import Profile
from kindly.reply.calendar_reply import is_no_reply
from kindly.reply.languages import WRITTEN
from kindly.reply.recipients import TITLES, brought_in
from kindly.reply.role_names import a_business_under_a_title, names_a_role
from kindly.understand.extract import handle_signed_name, names_a_team, signature_name
from kindly.understand.languages import signs_off
from kindly.understand.people import is_given_name, name_words, opens_with_a_name

# A display name that closes on a firm's trade or its form: "Aurora Lit PR", "Maya Chen Communications", "Rowan
# Studio Ltd" (a person's credentials are no firm: "Sharon Ellis PhD").
_A_FIRMS_NAME = re.compile(
    r"\s(?:PR|Comms|Communications|Public Relations|Publicity|Ltd|Limited|LLC|LLP|Inc|GmbH|Agency)\.?$"
)


def _the_address_name(name: str, address: str) -> bool:
    """Whether a sender's name is the name its address's domain spells ("Leads4Lawyers" at leads4lawyers.io): a
    company writing under its own name, whatever a person's name it might look like."""
    labels = domain_labels(address.rpartition("@")[2].lower())
    return bool(labels) and alphanumeric(name) == alphanumeric(labels[-1])


def _signed_person(message: Message) -> str:
    """Whoever signs a message: the name under its sign-off, else a signature block that opens with a person's
    name ("Ryan" over "Leads4Lawyers"); "" where none does."""
    if signed := _signed_first_name(message):
        return signed
    first = next((line.strip() for line in message.signature.splitlines() if line.strip()), "")
    words = first.split()
    if 1 <= len(words) <= 3 and is_given_name(words[0]) and all(word[:1].isupper() for word in words):
        return first
    return ""


def _person_name(message: Message) -> list[str]:
    """The words of the name a reply greets, first name first: the sender's, else - for a calendar invitation
    sent under a team's or an organisation's name - its organiser's; [] where no person is named."""
    return _senders_name(message) or _organisers_name(message)


def _organisers_name(message: Message) -> list[str]:
    """The organiser a calendar invitation names ("ORGANIZER;CN=Kate Ross:mailto:hello@makersguild..."), where the
    reply goes to them and the name is a person's: "Makers Guild <hello@...>" sent it, Kate Ross reads the reply."""
    event = message.event
    if event is None or not event.organizer_email or is_no_reply(event.organizer_email):
        return []
    name = event.organizer_name.strip().strip('"')
    words = name.split()
    if "@" in name or not 2 <= len(words) <= 3 or not opens_with_a_name(words) or reads_as_organisation(name):
        return []
    return words


def _senders_name(message: Message) -> list[str]:
    """The words of the sender's name, first name first; [] for an organisation or an address. A shared
    mailbox ("BJCP Office" at editorial@, "Lone Star Tax Pros" at hello@) is greeted by the name it signs with,
    if any."""
    name = message.from_name.strip().strip('"')
    if from_a_shared_mailbox(message.from_addr):
        # a team's mailbox is greeted by whoever signs; a one-person business at hello@ by their own name
        signed = signature_name(message.signature)
        if len(signed.split()) >= 3 and not is_given_name(signed.split()[0]) and not _titled_person(signed):
            signed = ""  # "Manufacturing People Leaders" signs as the body it is, not as a person ("Hi Manufacturing")
        # ...and signed with a first name alone ("Best,\nRyan" from "Sales" at sales@), by that name
        name = signed or (name if looks_like_person(name) else _signed_first_name(message))
    if not name and not message.from_addr:
        # a paste that ends with its writer's name and handle, signed with no sign-off: greeted by that name
        name = handle_signed_name(message.own_text)
    if not name or "@" in name:
        return []
    if "," in name:
        left, right = (part.strip() for part in name.split(",", 1))
        # "Tom Whitaker, CFP" and "Priya Natarajan, Fieldwork Capital" keep the name; "Reyes, Dana" is last
        # name first.
        if not (not right or right.replace(".", "").isupper() or " " in left):
            return [*right.split(), *left.split()] if right[:1].isalpha() else []
        name = left
    name = name.split("|")[0].strip()  # "Jane Smith | Acme"
    name = re.sub(r"\s*\(.*$", "", name)  # "Laura Chen (Brightline Studio)"
    name = re.split(r"\s+(?:via|at|from)\s+", name, maxsplit=1)[0]  # "Laura Chen via LinkedIn"
    if names_a_team(name):  # "BJCP Office"
        name = signature_name(message.signature)
    if a_business_under_a_title(name.split(), _titles_opening(name.split())):
        name = _signed_first_name(message)  # "Mr Fix It Repairs" signed "Gary": Gary, never "Mr Repairs"
    if _A_FIRMS_NAME.search(name):
        # "Aurora Lit PR" signed "Tessa": a firm named for its trade, whoever's name it opens with; its person is
        # the one who signs, else no one by name
        name = _signed_first_name(message)
    if (
        name
        and not looks_like_person(name)
        and not _titled_abroad(name)
        and (signed := _signed_first_name(message))
    ):
        # "Wedding Pros Unfiltered" signed "Best, Carly": the person who signs is greeted ("Dott. Marco Bianchi"
        # signed "Cordiali saluti, Marco Bianchi" is a person already, whom a reply in Italian greets by title)
        name = signed
    elif name and _the_address_name(name, message.from_addr) and (signed := _signed_person(message)):
        name = signed  # "Leads4Lawyers" at growth@leads4lawyers.io signed "Ryan": the company's own name
    if (
        not name
        or reads_as_organisation(name)
        or (_ACRONYM_FIRST.match(name) and not looks_like_person(name))
        or names_a_role(name)  # "Vertrieb", "Ventas", "Kundenservice" with no one's name signed
    ):
        # "Asheville Area Business Guide", "OBA Professional Development": compose greets whoever signs, else no
        # one by name
        return []
    words = name.split()
    if len(words) == 1 and _the_address_name(name, message.from_addr) and not is_given_name(name):
        # "LinkedIn" at invitations@linkedin.com, "Eventbrite" at noreply@eventbrite.com, no one signing: a
        # platform or a company under its one-word name, greeted "Hi there", never "Hi LinkedIn"
        return []
    while len(words) > 2 and _CREDENTIAL.fullmatch(words[-1].strip(".,")):  # "Sharon Ellis PhD"
        words.pop()
    if _a_page_or_a_business(words) or _named_as_its_domain(words, message.from_addr):
        return []  # "Sonoma Wine Tours" is greeted "Hi there", never "Hi Sonoma"
    return words if words and words[0][:1].isalpha() else []


# The titles a reply in another language greets a name with ("Dott.", "Lic.", "Drs."): its tables' own
_TITLES_ABROAD = frozenset(title for phrases in WRITTEN.values() for title in phrases.titles)


def _titled_abroad(name: str) -> bool:
    """Whether a name is a person's under a title of another language kindly writes ("Dott. Marco Bianchi")."""
    words = name.split()
    return (
        2 <= len(words) <= 4
        and words[0].rstrip(".").casefold() in _TITLES_ABROAD
        and all(word[:1].isupper() for word in words[1:])
        and not reads_as_organisation(" ".join(words[1:]))  # "Padre Coffee Roasters" is a business
    )


def _titles_opening(words: list[str]) -> int:
    """How many honorifics a name opens with: 1 for "Mr Fix It Repairs", 2 for "Prof. Dr. Erik Halvorsen"."""
    return next((i for i, word in enumerate(words) if word.rstrip(".").lower() not in HONORIFICS), len(words))


def _titled_person(name: str) -> bool:
    """Whether a name is a person's under their titles ("Apostle Dr. Clarence Vaughn", "Bishop T. D. Rowe"): one
    or more titles, then a name of two words or more whose last is capitalised."""
    words = name.split()
    titles = next(
        (i for i, word in enumerate(words) if word.rstrip(".").lower() not in HONORIFICS), len(words)
    )
    rest = words[titles:]
    # ...a name, not an organisation's words after a title's ("Elder Care Services Team", "Bishop Street Dental")
    return (
        titles >= 1
        and 1 <= len(rest) <= 3
        and all(word[:1].isupper() for word in rest)
        and not reads_as_organisation(" ".join(rest))
    )


def _a_page_or_a_business(words: list[str]) -> bool:
    """Whether a display name is a page's or a business's, which no person goes by: one that no first name opens
    and that holds an everyday word no name holds ("Sonoma Wine Tours", "Bay Street Bakery"), or a handle's
    lowercase run ("sonomavalleywinetours"); not "Xiadani Lopez Garcia", whose first name the list lacks."""
    if not words or opens_with_a_name(words) or words[0].rstrip(".").lower() in HONORIFICS:
        return False  # "Miss Ada Lee" is a person's name under her title
    if len(words) == 1 and words[0].islower() and len(words[0]) > 3:
        return not is_given_name(words[0].capitalize())
    everyday = name_words()[2]
    return any(fold(word.strip(".,&'")) in everyday for word in words)


def _named_as_its_domain(words: list[str], address: str) -> bool:
    """Whether a display name that no first name opens is the name its address's domain spells with its first
    words and not all of them ("Loop Riders Tucson" at rides@loopriders.org): a club or a business under its own
    name, with its place. Not a person: "Paul Kerrigan" at paulkerrigan.com opens with a first name, and a name
    spelled whole ("Xiadani Lopez Garcia" at xiadanilopezgarcia.com) is as likely a person's own domain."""
    if len(words) < 2 or opens_with_a_name(words):
        return False
    labels = domain_labels(address.rpartition("@")[2].lower())
    spelled = alphanumeric(labels[-1]) if labels else ""
    return bool(spelled) and any(
        spelled == alphanumeric("".join(words[:count])) for count in range(2, len(words))
    )


# A name that opens with an acronym ("OBA Professional Development", "HRPA Toronto") is an organisation's.
_ACRONYM_FIRST = re.compile(r"[A-Z]{3,}\b\s+\S")


def _signed_title(message: Message, words: list[str]) -> str:
    """The title the sender signs with ("Mr David Kershaw" under the display name "David Kershaw"), or ""."""
    signed = signature_name(message.signature).split()
    if (
        len(words) >= 2
        and words[0].rstrip(".").lower() not in HONORIFICS
        and len(signed) >= 2
        and signed[0].rstrip(".").lower() in HONORIFICS
        and signed[-1].lower() == words[-1].lower()
    ):
        return signed[0]
    return ""


_CREDENTIAL = re.compile(r"(?:phd|md|mba|cpa|cfa|cfp|esq|jr|sr|ii|iii|frsa|pmp|msc|ma|ba|bsc)", re.IGNORECASE)


def first_name(message: Message) -> str:
    words = _person_name(message)
    if not words:
        return ""
    # a title-like given name the sender signs with ("Hon Nguyen", signed "Hon") is their name, not a title
    if len(words) >= 2 and words[0].rstrip(".").lower() in HONORIFICS and not _signs_as(message, words[0]):
        # the given name follows every title the name opens with: "Prof. Dr. Erik Halvorsen" is Erik
        given = next(
            (i for i, word in enumerate(words) if word.rstrip(".").lower() not in HONORIFICS), len(words)
        )
        if len(words) >= given + 2 and _signs_as(message, words[given]):
            return words[given]  # "Dr Priya Raman" who signs "Priya" is greeted as she signs
        return f"{words[0]} {words[-1]}"  # "Dr. Sharon Ellis" is greeted "Dr. Ellis", not "Dr."
    return words[0]


def _signed_first_name(message: Message) -> str:
    """The name the message is signed with under a sign-off ("Best,\nCarly", "Warm regards,\nMelissa Grant"), or
    "": a first name alone, or a whole name of two or three words that opens with one. A sign-off is what ingest
    sets a signature apart by ("Best,", "Kind regards,", "Cheers!"): one list for both; one in another language,
    which ingest does not set a signature apart by ("Saludos,\nDiego" from "Ventas", "Cordiali saluti,\nLuca"), by
    that language's table."""
    lines = [line.strip() for line in f"{message.own_text}\n{message.signature}".splitlines() if line.strip()]
    for before, line in itertools.pairwise(lines[-8:]):
        said = line.lstrip("-–—~ ").rstrip(".!")
        words = said.split()
        if (
            (SIGN_OFF.match(before) or signs_off(before))
            and 1 <= len(words) <= 3
            and is_given_name(words[0])
            and all(word[:1].isupper() for word in words)
        ):
            return said
    return ""


def _signs_as(message: Message, name: str) -> bool:
    """Whether the message is signed with `name` alone on its line ("Priya", "- Priya", "Thanks, Priya")."""
    lines = [line.strip() for line in f"{message.own_text}\n{message.signature}".splitlines() if line.strip()]
    signed = re.compile(
        rf"^(?:[-–—~]\s*|(?:thanks|best|cheers|warmly|regards)[,!]?\s+)?{re.escape(name)}[.!]?$", re.I
    )
    return any(signed.match(line) for line in lines[-6:])


def formal_name(message: Message, reader: str = "", signed: str = "") -> str:
    """How a formal letter greets the sender: "Dr. Ellis" with a title, in the display name or as they sign
    ("Mr David Kershaw": "Mr Kershaw"); else the first name where they wrote to the reader (`reader`, the
    user's name, or the name they sign with, `signed`: "Maggie Lindqvist" for Margaret) by theirs ("Dear
    Henrietta," is answered "Dear Claire,"; "Hi Maggie," "Dear Helen,"); else the whole name ("Laura Chen"),
    which needs no guess at Mr. or Ms."""
    words = _person_name(message)
    first = first_name(message)
    if not words or " " in first or len(words) < 2:
        return first
    if title := _signed_title(message, words):
        return f"{title} {words[-1]}"  # as they sign: "Dear Mr Kershaw"
    if _greets_by_first_name(message.own_text, reader) or _greets_by_first_name(message.own_text, signed):
        return first
    return f"{words[0]} {words[-1]}"


def _greets_by_first_name(text: str, reader: str) -> bool:
    """Whether a line of the message's opening greets the reader by first name alone: "Dear Henrietta,", "Hi
    Amara!", "Helen, Amara,", "Jordan -" (under a LinkedIn notice's name and headline too); not "Dear Ms Blackwood," or "Dear
    Henrietta Blackwood,"."""
    names = [w for w in reader.split() if w.rstrip(".").lower() not in HONORIFICS]
    if not names:
        return False
    greeting = r"(?:(?:dear|hi|hello|hey|hiya|good (?:morning|afternoon|evening))[ \t]+)?"
    opening = "\n".join(text.strip().splitlines()[:4])
    others = r"(?:[\w'-]+[ \t]*(?:,|and|&)[ \t]*){0,3}"  # "Helen, Amara,": an introducer greets both
    found = re.search(
        rf"^[ \t]*{greeting}{others}{re.escape(names[0])}[ \t]*(?:[,!:;.—–-]|$)", opening, re.I | re.M
    )
    return found is not None


HONORIFICS = (
    TITLES
    | {"judge"}
    # titles of office a name is written with: "Deacon Harold Price" is no Deacon by first name
    | {
        "deacon",
        "pastor",
        # ...and as a congregation writes them: "Sister Brenda Oates" is greeted "Sister Oates", never "Hi there"
        "sister",
        "brother",
        "elder",
        "bishop",
        "apostle",
        "evangelist",
        "father",
        "rabbi",
        "imam",
        "reverend",
        "cllr",
        "cr",
        "councillor",
        "capt",
        "captain",
    }
)


def copied_names(message: Message, profile: Profile, formal: bool) -> list[str]:
    """How the reply greets the people the sender brought in, who are copied on it ("Jane", or "Jane Doe" in a
    formal letter); nobody whose mailbox gives no person's name."""
    names = []
    for box in brought_in(message, profile.user.email, profile.user.name):
        person = Message(source="", from_name=box.name, from_addr=box.addr)
        name = formal_name(person, profile.user.name, signed_as(profile)) if formal else first_name(person)
        if name and name not in names:
            names.append(name)
    return names


# Two or three people writing together: "Ana, Ben and Carla here from ...", or a sign-off line of their names
# ("Ana, Ben & Carla", "- Ana and Ben")
_GIVEN = r"[A-Z][a-z'-]+"


_NAMES_TOGETHER = rf"{_GIVEN}(?:,\s+{_GIVEN}){{0,3}},?\s+(?:and|&)\s+{_GIVEN}"


_WRITERS_HERE = re.compile(rf"(?:^|[.!?]\s+|,\s+)(?P<names>{_NAMES_TOGETHER})\s+here\b", re.MULTILINE)


_SIGNED_TOGETHER = re.compile(rf"^(?:[-–—~]\s*)?(?P<names>{_NAMES_TOGETHER})[.!]?$")


def co_writers(message: Message) -> list[str]:
    """The first names of two or more people who write the message together, the sender among them where their
    name is known ("Ana, Ben and Carla here from the Tidewater Growers Collective"; a note signed "Ana, Ben and
    Carla"); [] for one writer, or names that are not all first names ("Smith and Jones here")."""
    lines = [line.strip() for line in f"{message.own_text}\n{message.signature}".splitlines() if line.strip()]
    opening = " ".join(lines[:4])
    said = [m.group("names") for m in _WRITERS_HERE.finditer(opening)]
    said += [m.group("names") for line in lines[-4:] if (m := _SIGNED_TOGETHER.match(line))]
    sender = first_name(message)
    for names in said:
        writers = [n for n in re.split(r",\s+(?:and\s+|&\s+)?|\s+(?:and|&)\s+", names) if n]
        if len(writers) >= 2 and all(is_given_name(n) for n in writers) and (not sender or sender in writers):
            return writers
    return []


def and_names(names: list[str]) -> str:
    """ "Marcus", "Marcus and Jane", "Marcus, Jane and Priya"; those left empty are left out."""
    names = [n for n in names if n]
    return f"{', '.join(names[:-1])} and {names[-1]}" if len(names) > 1 else "".join(names)


def copied_first_name(message: Message, address: str, own: str) -> str:
    """The first name the To or Cc header gives the mailbox at `address` ("Priya Raman <pr@...>": Priya), where
    it names a person other than the user (`own`, folded); ""."""
    for box in (*message.to_mailboxes, *message.cc_mailboxes):
        if box.addr == address and box.name:
            name = first_name(Message(source="", from_name=box.name, from_addr=box.addr))
            return name if name and " " not in name and fold(name) != own else ""
    return ""


def signed_as(profile: Profile) -> str:
    """The first line the user signs with ("Maggie Lindqvist"): the name people who know them greet them by."""
    return profile.user.signature.strip().splitlines()[0] if profile.user.signature.strip() else ""
