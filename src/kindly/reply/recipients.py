"""Who a reply goes to besides the sender: pure, so the drafts and the mail written from them agree."""

from __future__ import annotations

import re
from dataclasses import replace

from kindly.decide.referral import asked_for
from kindly.decide.words import from_a_shared_mailbox
from kindly.forwarded import forwarded_part, forwarded_sender, forwards_own_mail
from kindly.model import Mailbox, Message
from kindly.profile import User
from kindly.reply.calendar_reply import is_no_reply
from kindly.understand.people import HONORIFICS

MAX_COPIED = 5  # more names an announcement than an introduction


def copied_on_reply(
    original: Message, user_email: str, intent: str, decision: str, user_name: str = ""
) -> tuple[str, ...]:
    """Who else the reply goes to: an accepted introduction answers everyone the introducer wrote to (the person
    introduced, copied on it), other than the user, the introducer and a list; any other reply (a declined
    introduction, or one that asks the user to introduce them, excepted) goes to the people the sender brought
    in as well ("Jane asked me to set up a call", Jane copied)."""
    if intent == "introduction":
        if decision != "accept" or asked_for(original.own_text):
            return ()  # asked to introduce them: the introducer alone is answered
        skip = {user_email.strip().lower(), original.from_addr.strip().lower()}
        others = tuple(
            dict.fromkeys(
                a for a in original.to if "@" in a and a.strip().lower() not in skip and takes_copies(a)
            )
        )
        return others if len(others) <= MAX_COPIED else ()
    return tuple(box.addr for box in brought_in(original, user_email, user_name))


def brought_in(original: Message, user_email: str, user_name: str = "") -> tuple[Mailbox, ...]:
    """The people besides the user whom the sender wrote to (copied, as a rule) and whose names the sender's
    own words say ("Jane asked me to...", "Looping in Priya Raman"), or all of them where the words point at
    whoever is copied ("Looping in my colleague (cc'd)"); never the user, the sender or a mailbox no one
    answers as a person (events@, noreply@), and no one of a mail to more than a handful."""
    people = _people(original, user_email, user_name)
    if not people or len(people) > MAX_COPIED:
        return ()
    text = original.own_text
    named = tuple(box for box in people if _named_in(box.name, text))
    if named:
        return named
    if _POINTS_AT_COPIED.search(text):
        copied = {box.addr for box in original.cc_mailboxes}
        return tuple(box for box in people if box.addr in copied) or people
    return ()


def takes_copies(address: str) -> bool:
    """Whether a reply may be copied to an address: not a no-reply one, nor a list's (events@, news@...)."""
    address = address.strip().lower()
    domain = address.rpartition("@")[2]
    return not (
        is_no_reply(address)
        or _LIST_MAILBOX.match(address)
        or domain.startswith(("lists.", "list."))
        or domain in _LIST_DOMAINS
    )


def _people(original: Message, user_email: str, user_name: str) -> tuple[Mailbox, ...]:
    """Everyone the message was written to who answers as a person, other than the user and the sender."""
    boxes = original.to_mailboxes + original.cc_mailboxes
    if not boxes:  # stored before names were kept: the addresses alone
        boxes = tuple(Mailbox("", a) for a in original.to if "@" in a)
    skip = {user_email.strip().lower(), original.from_addr.strip().lower()} - {""}
    names = {" ".join(n.casefold().split()) for n in (user_name, original.from_name)} - {""}
    found: dict[str, Mailbox] = {}
    for box in boxes:
        address = box.addr.strip().lower()
        if address in skip or " ".join(box.name.casefold().split()) in names or address in found:
            continue
        if takes_copies(address) and not from_a_shared_mailbox(address):
            found[address] = box
    return tuple(found.values())


def _named_in(name: str, text: str) -> bool:
    """Whether the text says a display name, whole or by its first name ("Jane asked me", "Dr Jane Doe")."""
    name = name.strip()
    if "," in name:  # "Doe, Jane"
        last, _, first = name.partition(",")
        name = f"{first.strip()} {last.strip()}"
    words = [w for w in name.split() if w.rstrip(".").lower() not in TITLES]
    if not words or not words[0][:1].isupper() or len(words[0]) < 2:
        return False
    wanted = [" ".join(words), words[0]] if len(words) > 1 else [words[0]]
    return any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text) for w in wanted)


# Titles a display name is written with ("Dr Jane Doe"): not her name. The reply greets with more of them
# (kindly.reply.compose: a judge, titles of office); a Cc is looked for in the words by these alone. "Hon" (the
# Honourable) is a given name too ("Hon Nguyen"): compose keeps it where the sender signs with it.
TITLES = HONORIFICS | {"hon"}


# Words that point at whoever is copied: "(cc'd)", "I've cc'ed", "copying in", "looping in my colleague", "in cc";
# not "bcc" (moved out of the conversation).
_POINTS_AT_COPIED = re.compile(
    r"(?<![\w])(?:cc['’-]?(?:e?d|ing)\b"
    r"|(?:copied|copying|looping|looped|cc['’-]?ing)\s+(?:in|here|on|my|our|her|him|them)\b"
    r"|(?:i've|i have|i'm|i am)\s+(?:also\s+)?(?:copied|copying|looped|looping|cc['’-]?e?d)\b"
    r"|(?:in|on)\s+(?:the\s+)?cc\b)",
    re.IGNORECASE,
)

# The local part of a list's address, or of one that sends for a list: a reply never goes there.
_LIST_MAILBOX = re.compile(
    r"^(?:events?|news|newsletters?|announce\w*|lists?|members|membership|community|marketing|webinars?|rsvp|"
    r"register|registration|digest|updates|alerts?|mailer\w*|owner-[^@]+|[^@]+-(?:l|list|announce|request))@"
)
_LIST_DOMAINS = frozenset({"googlegroups.com", "groups.io", "mailchimpapp.com", "list-manage.com"})


def client_behind_forward(original: Message, user: User, intent: str) -> tuple[str, str]:
    """(name, address) of a prospective client whose mail a colleague of the user (at their address's domain or
    one of their `own_domains`) forwarded ("this came in through the website form"): the reply is theirs to get;
    ("", "") otherwise."""
    if intent != "client_inquiry" or forwards_own_mail(original):
        return "", ""
    if not user.at_own_domain(original.from_addr):
        return "", ""
    name, address = forwarded_sender(original)
    if not address or user.at_own_domain(address):
        return "", ""  # a colleague's own mail, or none
    return name, address


def reply_target(original: Message, user: User, intent: str) -> Message:
    """The message as the reply answers it: a client's own mail where a colleague forwarded it (the reply goes
    to the client, greets them and answers their questions), else the message itself."""
    name, address = client_behind_forward(original, user, intent)
    if not address:
        return original
    subject = _FORWARD_PREFIX.sub("", original.subject)
    return replace(
        original,
        from_name=name,
        from_addr=address,
        subject=subject,
        own_text=forwarded_part(original),
        quoted_text="",
    )


_FORWARD_PREFIX = re.compile(r"^\s*(?:fwd?|fw)\s*:\s*", re.IGNORECASE)
