"""What a forwarded message forwards: the invitation under "want to go?" is what the reader is asked to.

Pure: reads a Message, no I/O. Both the details of an invitation and its goal fit are read from it. The
forwarded mail is split as any mail is (kindly.ingest.text.split_body, pure string functions), so its own
history, signature and footers stay out, and a forward of a forward is followed once more.
"""

from __future__ import annotations

import re

from kindly.gated import gated
from kindly.ingest.headers import parse_address
from kindly.ingest.text import split_body
from kindly.model import Message

_F = re.IGNORECASE
# A forward, by its subject ("Fwd:", "FW:") or by the line that opens what it forwards ("---------- Forwarded
# message ---------", "Begin forwarded message:", Notes' "----- Forwarded by Mark Feeley/HOU on 09/05/2000").
_FORWARD_SUBJECT = re.compile(r"^\s*(?:re\s*:\s*)*(?:fw|fwd|wg|tr)\s*(?:\[\d+\])?\s*:", _F)
_FORWARD_LINE = re.compile(r"^\s*(?:-{2,}\s*(?:forwarded|weitergeleitete)|begin forwarded message)", _F)
_REPLY_SUBJECT = re.compile(r"^\s*(?:re|aw|sv)\s*(?:\[\d+\])?\s*:", _F)
# The lines that open what is forwarded: a marker line (dashes, underscores, "Begin forwarded message") and
# one header block ("From:", "*Sent:*", a wrapped "To:" line), up to the blank line after it. Each stripped
# line is matched alone, so no line is read more than once.
_MARKER = re.compile(r"(?:[-_=*]{3,}.*|begin forwarded message:?)", _F)
_HEADER = re.compile(r"\*{0,2}(?:from|sent|date|to|cc|bcc|subject|reply-to)\*{0,2}\s*:", _F)
MAX_DEPTH = 2  # a forward of a forward is followed; deeper chains are history


def forwarded_part(message: Message) -> str:
    """The words of what a forward forwards, split from their own history and signature; "" for a reply,
    whose quoted text is only history."""
    quoted = message.quoted_text
    forward = _FORWARD_SUBJECT.match(message.subject) or (
        _FORWARD_LINE.match(quoted) and not _REPLY_SUBJECT.match(message.subject)
    )
    return _words_of(quoted, MAX_DEPTH) if quoted and forward else ""


def forwards_own_mail(message: Message) -> bool:
    """The sender forwards a mail they wrote themselves ("here's what I sent her", "just bumping this")."""
    quoted = message.quoted_text
    address = message.from_addr.strip().lower()
    if not (quoted and address and forwarded_part(message)):
        return False
    head, _, _ = quoted.partition("\n\n")
    from_line = next((line for line in head.split("\n") if _HEADER.match(line.strip())), "")
    return from_line.strip().lower().lstrip("*").startswith("from") and address in from_line.lower()


def own_forwarded_signature(message: Message) -> str:
    """The signature of a mail the sender forwards from their own address: it names their organisation and
    title where the note above is signed "D."; else ""."""
    return split_body(_without_head(message.quoted_text)).signature if forwards_own_mail(message) else ""


def _words_of(forwarded: str, depth: int) -> str:
    split = split_body(_without_head(forwarded))
    if depth > 1 and split.quoted and _FORWARD_LINE.match(split.quoted):
        inner = _words_of(split.quoted, depth - 1)
        return f"{split.own}\n\n{inner}".strip()
    return split.own


def _without_head(forwarded: str) -> str:
    lines = forwarded.split("\n")
    n = 0
    while n < len(lines) and _MARKER.fullmatch(lines[n].strip()):
        n += 1
    in_header = False
    while n < len(lines):
        line = lines[n].strip()
        if _HEADER.match(line):
            in_header = True
        elif not (
            in_header and line and (lines[n][:1] in " \t" or lines[n - 1].rstrip().endswith((";", ",")))
        ):
            break  # not a header line, nor one wrapped from it
        n += 1
    return "\n".join(lines[n:]).strip()


def forwarded_sender(message: Message) -> tuple[str, str]:
    """(name, address) of who wrote the mail a message forwards, from its "From:" line; ("", "") if none. A
    website's form mails in its own name ("Website form <forms@...>"): its sender is the person its fields name."""
    forwarded = forwarded_part(message)
    if not forwarded:
        return "", ""
    head, _, _ = message.quoted_text.partition("\n\n")
    for line in head.split("\n"):
        stripped = line.strip().lstrip("*")
        if stripped.lower().startswith("from") and _HEADER.match(line.strip()):
            name, address = parse_address(stripped.split(":", 1)[1].replace("*", "").strip())
            if _A_FORM.search(f"{name} {address.split('@')[0]}"):
                return _form_sender(forwarded) or ("", "")
            return (name, address) if "@" in address else ("", "")
    return "", ""


# A website's form as a sender: "Website form <forms@...>", "Contact form", "wordpress@", "no-reply@".
_A_FORM = re.compile(r"\b(?:web\s?)?forms?\b|\bwordpress\b|\bno-?reply\b|\bcontact-?form\b", re.IGNORECASE)
# ...and the fields it fills in: "Name: Sam Adeyemi", "Email: sam@orbitalgrid.io"
_FORM_NAME = re.compile(
    r"^[ \t]*(?:your |full )?name[ \t]*:[ \t]*(?P<name>[^\n:@]{2,60}?)[ \t]*$", re.I | re.M
)
_FORM_EMAIL = re.compile(
    r"^[ \t]*(?:your )?e-?mail(?: address)?[ \t]*:[ \t]*(?P<address>[^\s@]+@[^\s@]+\.\w+)", re.I | re.M
)


def _form_sender(fields: str) -> tuple[str, str] | None:
    """(name, address) a web form's fields give its sender, or None where it gives no address."""
    address = _FORM_EMAIL.search(fields)
    if address is None:
        return None
    name = _FORM_NAME.search(fields)
    return (name.group("name").strip() if name else "", address.group("address").rstrip(".,;>"))


# A forwarder who steps aside for whoever wrote the note they pass on: "email him directly", "she's expecting
# to hear from you", "I'll leave you two to it".
_WRITE_DIRECTLY = gated(
    re.compile(
        r"\b(?:e-?mail|write to|reach out to|contact|get in touch with)\s+(?:him|her|them)\s+directly\b|"
        r"\b(?:he|she|they)(?:'s|'re| is| are) expecting to hear from you\b|"
        r"\b(?:leave|let) (?:you two|the two of you)(?: to it| take it from here| to take it from here)\b",
        re.IGNORECASE,
    )
)


def passed_on(message: Message) -> tuple[str, str]:
    """(name, address) of whoever wrote the note a forwarder passes on with "email him directly": the forward
    introduces them. ("", "") otherwise."""
    if not _WRITE_DIRECTLY.search(message.own_text):
        return "", ""
    return forwarded_sender(message)


# The forwarder who writes to them themselves: "I'll email her directly", "I will contact them directly", "we can
# reach out to him directly" - the sender acts, nothing is asked of the reader.
_ONESELF = re.compile(
    r"\b(?:i|we)(?:'ll|’ll| will| shall| can| could|'d|’d| would| am going to|'m going to|’m going to|"
    r" are going to|'re going to| plan to| want to)?(?:\s+(?:also|just|then|now|happily|gladly))?\s*$"
    r"|\blet me\s*$",
    re.IGNORECASE,
)


def writer_pronoun(message: Message) -> str:
    """How the reader is told to reach whoever the forwarder steps aside for: "her" for "email her directly", "him"
    for "he's expecting to hear from you", "them" where no pronoun says ("I'll leave you two to it"); "" where the
    forwarder steps aside for no one, or says they will write to them themselves ("I'll email her directly")."""
    for found in _WRITE_DIRECTLY.finditer(message.own_text):
        said = found.group(0).lower()
        if not said.startswith(("leave", "let")) and _ONESELF.search(
            message.own_text[max(0, found.start() - 40) : found.start()]
        ):
            continue  # the sender will write: no one steps aside
        return next(
            (them for word, them in _PRONOUNS.items() if re.search(rf"\b{word}\b", said)),
            "them",
        )
    return ""


def forwarder_writes(message: Message) -> bool:
    """Whether the forwarder says they will write to whoever they introduce themselves ("I'll email her directly
    and introduce you two"), and nowhere asks the reader to."""
    return bool(_WRITE_DIRECTLY.search(message.own_text)) and not writer_pronoun(message)


_PRONOUNS = {"him": "him", "he": "him", "her": "her", "she": "her"}


# Someone else's offer relayed with their own contact: "he'd be happy to meet for coffee ... His cell is
# 416-555-0199", "she'd love to help - you can reach her at ...": a message from the front desk or an assistant
# that hands the offer over, whose yes goes to the one who made it.
_THIRD_PERSON_OFFER = re.compile(
    r"\b(?:he|she|they)(?:'d|’d| would|'ll|’ll| will|'s|’s| is|'re|’re| are)\s+(?:be\s+)?(?:very\s+|more than\s+)?"
    r"(?:happy|glad|keen|delighted|pleased|willing|love)\s+to\b",
    re.IGNORECASE,
)
_THEIR_CONTACT = re.compile(
    r"\b(?P<pronoun>his|her|their)\s+(?P<how>cell(?: phone)?|mobile|phone(?: number)?|number|direct line|"
    r"e-?mail(?: address)?)\s+(?:is|:)|\b(?P<how2>call|text|phone|reach|e-?mail|contact)\s+(?P<pronoun2>him|her|them)\s+"
    r"(?:at|on)\b",
    re.IGNORECASE,
)
_OBJECT = {"his": "him", "her": "her", "their": "them"}


def relayed_offer(message: Message) -> tuple[str, str] | None:
    """(how, whom) where a message relays someone else's offer with their own contact ("he'd be happy to meet
    ... His cell is 416-555-0199": ("call", "him")); "email" where the contact is an address; None otherwise."""
    text = " ".join(message.own_text[:20_000].split())
    if not _THIRD_PERSON_OFFER.search(text):
        return None
    found = _THEIR_CONTACT.search(text)
    if found is None:
        return None
    how = (found.group("how") or found.group("how2") or "").lower()
    whom = _OBJECT.get((found.group("pronoun") or "").lower(), (found.group("pronoun2") or "them").lower())
    return ("email" if re.match(r"e-?mail", how) else "call"), whom
