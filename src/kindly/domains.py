"""Mail and web domains: which name no organisation (webmail, reserved examples), and which host is within which.

Plain data and string tests (no I/O, no models), so that the profile, understanding, decisions and replies can
all ask without leaning on one another.
"""

from __future__ import annotations

import re
from email.utils import parseaddr

# Webmail and reserved example domains: an address there names no organisation.
PUBLIC_DOMAINS = frozenset(
    """aol.com comcast.net gmail.com googlemail.com hotmail.com icloud.com live.com me.com msn.com outlook.com proton.me protonmail.com yahoo.com example.com example.net example.org
    yahoo.co.uk hotmail.co.uk live.co.uk btinternet.com sky.com fastmail.com fastmail.fm hey.com gmx.de gmx.net gmx.com
    web.de mail.com zoho.com yandex.ru yandex.com pm.me tutanota.com mac.com att.net verizon.net sbcglobal.net
    orange.fr free.fr laposte.net wanadoo.fr libero.it qq.com 163.com naver.com rediffmail.com yahoo.fr yahoo.de
    hotmail.fr outlook.fr t-online.de bigpond.com shaw.ca rogers.com""".split()  # noqa: SIM905
)

# A webmail provider's name, wherever its domain is hosted ("gmail.example.com"): the sender's mailbox, not employer.
WEBMAIL_NAMES = frozenset(
    {domain.split(".")[0] for domain in PUBLIC_DOMAINS if not domain.startswith("example.")}
    | {"mailbox", "proton", "ymail", "tuta", "posteo", "hushmail", "outlook", "yahoo", "hotmail"}
)

# Labels of a domain that name no organisation: top levels, mail hosts, reserved names.
GENERIC_DOMAIN_LABELS = frozenset(
    "com org net co ac gov edu example test invalid localhost mail email www".split()  # noqa: SIM905
)


def webmail(domain: str) -> bool:
    """Whether an address's domain is a webmail provider's (gmail.com, proton.me, fastmail.example.com)."""
    labels = domain.lower().split(".")
    # the provider's name then only generic labels or a country code: not mail.utoronto.ca, web.northstar.com
    hosted = all(
        label in GENERIC_DOMAIN_LABELS or label in _WEBMAIL_TLDS or len(label) == 2 for label in labels[1:]
    )
    return domain.lower() in PUBLIC_DOMAINS or (len(labels) > 1 and labels[0] in WEBMAIL_NAMES and hosted)


_WEBMAIL_TLDS = frozenset({"me", "fm", "de", "fr", "it", "ru", "net", "com", "io"})


def within_domain(host: str, domain: str) -> bool:
    """Whether a host (a mail address's domain, a link's host) is `domain` or one of its subdomains:
    "hs.district.org" is within "district.org", "notdistrict.org" is not. Both as the caller spells them (lowercase
    them first); which domains count, and whether a webmail one may, is the caller's rule."""
    return host == domain or host.endswith(f".{domain}")


# Local parts (before any +tag, with - _ . removed) of addresses that nobody reads.
_NO_REPLY_ANYWHERE = ("noreply", "donotreply", "dontreply")
_NO_REPLY_PREFIXES = ("mailerdaemon", "notification", "notify", "bounce", "autoreply", "automailer")


def is_no_reply(address: str) -> bool:
    """True for an address that cannot take a reply (noreply@, no-reply@, donotreply@, mailer-daemon,
    notifications@, bounces@...), or no address at all: send a plain e-mail to a person instead."""
    _, addr = parseaddr(address)
    addr = (addr or address).strip().lower()
    local = addr.rsplit("@", 1)[0] if "@" in addr else addr
    local = re.sub(r"[-_.]", "", local.split("+", 1)[0])
    if not local:
        return True
    return any(word in local for word in _NO_REPLY_ANYWHERE) or local.startswith(_NO_REPLY_PREFIXES)
