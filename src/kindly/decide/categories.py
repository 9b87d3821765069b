"""Service categories a pitch may be selling, so an honest decline can name the provider the user has."""

from __future__ import annotations

import re

from kindly.decide.words import STOPWORDS, content_stems, fold, stem, words
from kindly.gated import gated

# category -> phrases that name it in a pitch. General vocabulary of the trade, not example texts.
CATEGORIES: dict[str, tuple[str, ...]] = {
    "financial planning": (
        "financial planner",
        "financial planning",
        "financial advisor",
        "financial adviser",
        "wealth management",
        "wealth manager",
        "retirement planning",
        "retirement plan",
        "investment advice",
        "portfolio review",
        "estate planning",
        "401k",
        "401(k)",
        "tax planning",
        "tax strategy",
        "tax strategies",
        "wealth advisor",
        "retirement savings",
    ),
    "web design": (
        "web design",
        "website design",
        "web designer",
        "redesign your website",
        "website",
        "websites",
        "new website",
        "website redesign",
        "web development",
        "landing page",
        "wordpress",
        "your website",
        "web site",
        "site speed",
        "rebuild sites",
        "rebuild your site",
        "redesign your site",
    ),
    "search and marketing": (
        "seo",
        "search engine",
        "google ranking",
        "first page of google",
        "lead generation",
        # leads as a noun ("30 qualified leads a month"), not the verb ("she leads their new programme")
        "qualified leads",
        "sales leads",
        "more leads",
        "new leads",
        "warm leads",
        "b2b leads",
        "generate leads",
        "leads a month",
        "leads per month",
        "leads each month",
        "leads for your",
        "leads in your",
        "verified leads",
        "inbound leads",
        "exclusive leads",
        "insurance leads",
        "tax leads",
        "buy leads",
        "per lead",
        "leads are",
        "marketing agency",
        "digital marketing",
        "social media management",
        "ppc",
        "ad campaigns",
        "email marketing",
        "appointment setting",
        "social media marketing",
        "social media agency",
        "linkedin presence",
        "content marketing",
        "personal brand",
        "google business profile",
    ),
    "IT support": (
        "it support",
        "managed it",
        "managed services",
        "tech support",
        "help desk",
        "cybersecurity",
        "network security",
        "cloud migration",
        "backup solution",
        "it services",
    ),
    "insurance": (
        "insurance",
        "insurance coverage",
        "liability coverage",
        "coverage options",
        "professional liability",
        "general liability",
        "errors and omissions",
        "e&o",
        "liability policy",
        "life insurance",
        "health plan",
        "premiums",
        "business owner's policy",
    ),
    "bookkeeping and accounting": (
        "bookkeeping",
        "bookkeeper",
        "accounting services",
        "tax preparation",
        "cpa",
        "payroll",
        "accounts payable",
        "quickbooks",
        "month-end close",
        "bank feed",
        "bank feeds",
        "chart of accounts",
        "charts of accounts",
        "bank reconciliation",
        "bank reconciliations",
        "account reconciliations",
        "books cleaned up",
        "tax advisor",
        "tax adviser",
        # a service that does the user's taxes: "a tax service just for open-source developers", "tax filing"
        "tax service",
        "tax services",
        "tax return",
        "tax returns",
        "tax filing",
        "tax filings",
        "steuerberater",
        "independent examination",
        "charity accounts",
        "year-end accounts",
        "annual accounts",
        "accountant",
        "accountants",
    ),
    "hosting and cloud": (
        "hosting",
        "web hosting",
        "managed hosting",
        "cloud hosting",
        "vps",
        "dedicated servers",
        "cloud bill",
        "cloud costs",
        "uptime",
        "managed kubernetes",
    ),
    "custody and brokerage": (
        "custodian",
        "custody",
        "switch custodians",
        "custodial platform",
        "clearing firm",
        "brokerage platform",
    ),
    # an adviser's platform by its own product words: "our new managed account features", "a wrap platform"
    "investment platforms": (
        "investment platform",
        "wrap platform",
        "wrap account",
        "managed account",
        "managed accounts",
        "platform fees",
    ),
    "compliance consulting": (
        "compliance consultant",
        "compliance consulting",
        "outsourced cco",
        "outsourced compliance",
        "chief compliance officer",
        "adv filing",
        "form adv",
        "compliance program",
    ),
    "CRM and donor management": (
        "crm",
        "fundraising crm",
        "donor management",
        "donor database",
        "fundraising software",
        "supporter database",
        "contact management",
    ),
    "legal services": (
        "lawyer",
        "attorney",
        # what a licensing lawyer does for software: "a licence audit", "open-source licence compliance"
        "licence audit",
        "license audit",
        "licence compliance",
        "license compliance",
        "open-source licensing",
        "open source licensing",
        "legal counsel",
        "solicitor",
        "legal services",
        "law firm",
        "trademark",
        "contracts review",
        "contract templates",
        "contract review",
        "legal review",
        "engagement letters",
        "llc formation",
        "legal packages",
        "flat-fee legal",
        "startup law",
        "financing docs",
        # a round's legal papers, pitched by a law firm: "the term sheet, investment agreement, shareholder agreement
        # and notary coordination"
        "shareholder agreement",
        "shareholders agreement",
        "notary",
        "employment law",
        "commercial contracts",
        "incorporation",
    ),
    "software development": (
        "app development",
        "software development",
        "offshore developers",
        "dedicated developers",
        "outsourcing",
        "mobile app",
        "custom software",
        "dev team",
        "custom dashboards",
        "dashboards",
        "web app",
        "workflow automation",
        "api integration",
    ),
    # the outsourced work of a games studio, pitched by art houses and porting studios: "an art outsourcing studio
    # with 80 artists", "a porting studio that has brought 60+ indie titles to Switch"
    "game art and animation": (
        "art outsourcing",
        "outsourced art",
        "game art",
        "concept art",
        "2d art",
        "3d art",
        "3d modeling",
        "3d modelling",
        "character art",
        "environment art",
        "art pipeline",
        "animation studio",
    ),
    "porting": (
        "porting",
        "porting studio",
        "console port",
        "console ports",
        "port your game",
        "ports to",
    ),
    "recruiting and staffing": (
        "staffing",
        "staffing agency",
        "temp-to-hire",
        "contract-to-hire",
        "placement fee",
        "recruitment services",
        "talent acquisition services",
        "hiring solutions",
        "virtual assistant",
        "recruiting agency",
        "recruitment agency",
        "recruiting firm",
        "technical recruiting",
        "tech recruiting",
        "tech recruitment",
        "technical recruitment",
        "recruitment firm",
        "recruitment consultancy",
        "recruitment consultant",
        "hiring plan",
        "fill your roles",
        "fill your open roles",
        "hire your next",
        # an agency offering its candidates: "Our fee is 20% of first-year salary", "anonymised profiles"
        "first-year salary",
        "first year salary",
        "your hiring needs",
        "anonymised profiles",
        "anonymized profiles",
        "candidate profiles",
    ),
    "public relations": (
        "public relations",
        "pr firm",
        "pr agency",
        "pr retainer",
        "media relations",
        "press coverage",
        "media coverage",
        "top-tier coverage",
        "media placements",
        "press release",
        "publicity",
        # who does it, as "web designer" is web design: a provider written as "publicist" is this trade
        "publicist",
        "media outreach",
        "launch pr",
        "book pr",
        # a book's publicity by its own names: "Aurora Literary PR", "a review copy mailing, a blog tour"
        "literary pr",
        "blog tour",
        "review copy mailing",
    ),
    # a book's launch sold by its own names: "launch campaigns for debut authors: BookTok creators ... review teams"
    "book marketing": (
        "book marketing",
        "book promotion",
        "book launch",
        "author marketing",
        "booktok",
        "review teams",
        "bestseller list",
    ),
    "speaking bureau": (
        "speakers bureau",
        "speakers' bureau",
        "speaker bureau",
        "speaking bureau",
        "speaker representation",
        "speaking agency",
        "speakers agency",
        "speaker agency",
        "keynote bookings",
        "book more keynotes",
        "booking agent",
    ),
    # a performer's representation: who gets them booked, under whatever name ("Elevate Artist Management ... we
    # represent 40+ jazz artists") - the trade a user's "booking agent" already is
    "artist representation": (
        "artist management",
        "artist manager",
        "artists management",
        "talent management",
        "talent manager",
        "talent agency",
        "booking agency",
        "booking agencies",
        "booking agent",
    ),
    "coaching": ("business coach", "coaching program", "executive coaching", "life coach", "mindset"),
    "lending and funding": (
        "business loan",
        "line of credit",
        "merchant cash advance",
        "funding approval",
        "financing options",
        "mortgage",
        "refinance",
        "low rate",
        "working capital",
        "small business loans",
        "equipment financing",
        "revenue-based financing",
        "invoice factoring",
    ),
    "video and photography": (
        "video production",
        "photographer",
        "photo shoot",
        "explainer video",
        "drone footage",
        "headshots",
        "headshot",
        "brand photos",
        "brand photography",
        "product photography",
        "videographer",
    ),
    "printing and merchandise": (
        "printing",
        "business cards",
        "promotional products",
        "branded merchandise",
        "branded swag",
        "swag",
        "custom apparel",
        "print shop",
        "letterpress",
        "enamel pins",
        "branded notebooks",
        "lawn signs",
        "yard signs",
        "corflute",
        "door hangers",
        "your current printer",
        "vinyl banners",
    ),
    # an engineering team's monitoring: "logs, metrics and traces in one place", "observability costs"
    "observability": (
        "observability",
        "logs, metrics and traces",
        "logs, metrics, and traces",
        "log management",
        "application performance monitoring",
        "distributed tracing",
        "apm tool",
        "apm platform",
    ),
    "office services": ("office cleaning", "coworking", "office space", "office supplies", "toner"),
    # a hall's or a sanctuary's sound and screens: "sound, lighting and livestream systems", "an acoustics audit"
    "audio-visual": (
        "audio-visual",
        "audio visual",
        "audiovisual",
        "av installation",
        "av system",
        "av systems",
        "sound system",
        "sound systems",
        "lighting and livestream",
        "livestream systems",
        "livestreaming systems",
        "acoustics audit",
        "sanctuary sound",
        "pa system",
    ),
    # a restaurant's or a hotel's linen: "we supply tablecloths, napkins, chef whites and aprons"
    "linen and laundry": (
        "linen service",
        "linen supply",
        "linen rental",
        "table linen",
        "linens",
        "tablecloth",
        "napkin",
        "chef whites",
        "chef coats",
        "kitchen towels",
        "uniform rental",
        "laundry service",
        "commercial laundry",
    ),
    # a designer's or an upholsterer's materials from a mill or its rep: "our new performance linens and
    # wallcoverings", "a first look at the spring fabric collection" (a restaurant's "linens" are its laundry's)
    "fabrics and wallcoverings": (
        "performance linen",
        "performance fabric",
        "upholstery fabric",
        "drapery fabric",
        "fabric collection",
        "fabric line",
        "textile collection",
        "wallcovering",
        "wall covering",
        "grasscloth",
    ),
    # a clinic's outside lab: "next-day reference lab work, including full bloodwork panels" (never "lab" alone,
    # which is also a dog)
    "diagnostic lab": (
        "diagnostic lab",
        "diagnostic laboratory",
        "diagnostics lab",
        "reference lab",
        "reference laboratory",
        "lab work",
        "labwork",
        "lab services",
        "laboratory services",
        "lab testing",
        "laboratory testing",
        "bloodwork",
        "blood work",
        "blood panel",
        "bloodwork panel",
        "pathology services",
        "histopathology",
    ),
    # taking card payments: "flat-rate processing at 1.9%", "cut your card processing fees", "free terminals"
    "payment processing": (
        "payment processing",
        "card processing",
        "credit card processing",
        "merchant services",
        "merchant account",
        "processing fees",
        "flat-rate processing",
        "card terminal",
        "card reader",
        "card machine",
        "card swipe",
        "card fees",
    ),
    # An evaluator's pitch in its own words: "we help foundations design evaluation frameworks and measure grantee
    # outcomes" is the program evaluation a funder already has a partner for. (Only an evaluator's service: a grantee's
    # "our program evaluation shows" or "our theory of change" sells nothing.)
    "program evaluation": (
        "evaluation framework",
        "evaluation frameworks",
        "evaluation consultant",
        "evaluation consulting",
        "evaluation services",
        "impact evaluation",
        "impact measurement",
        "measure your impact",
        "measure grantee outcomes",
        "measure outcomes",
        "outcome measurement",
        "outcomes measurement",
    ),
}

_COMPILED = {
    # A plural names the trade as well ("retirement plans", "401(k)s", "headshots").
    category: re.compile(
        r"(?<![a-z0-9])(" + "|".join(re.escape(fold(p)) for p in phrases) + r")(?:e?s)?(?![a-z0-9])"
    )
    for category, phrases in CATEGORIES.items()
}


# The reader's own tool that what is sold feeds or works with, not a trade on offer: "leads delivered straight to
# your CRM", "syncs with your existing CRM", "plugs into your booking system" (not "we bring order to your books").
_INTO_YOUR_OWN = gated(
    re.compile(
        r"\b(?:deliver(?:ed|s)?|sent|send|push(?:ed|es)?|sync(?:ed|s)?|integrat(?:es?|ed|ing)|plugs?|plugged|"
        r"connects?|connected|import(?:ed|s)?|feeds?|fed|flows?|drops?|dropped|lands?|routed)\s+(?:\w+\s+){0,2}?"
        r"(?:into|to|with|in|inside)\s+your\s+(?:existing\s+|current\s+|own\s+)?(?:[\w-]+\s+){0,2}?[\w-]+\b",
        re.IGNORECASE,
    )
)


# The sender's own website, where what they sell is shown: "on our website for a month", "your logo on the website",
# "visit our site" - a place, not web design on offer (unlike "your website", "a new website", "redesign the site").
_THEIR_OWN_SITE = gated(
    re.compile(
        r"\b(?:on|onto|in|at|from|via|through|visit|see|check\s+out)\s+(?:our|my|the)\s+(?:own\s+)?(?:web\s?)?sites?\b",
        re.IGNORECASE,
    )
)


# A gathering the sender hosts: "we're hosting an investor matchmaking day", "hosting our annual dinner" - the
# verb, not web hosting on offer ("managed hosting", "hosting for your site").
_HOSTS_A_GATHERING = re.compile(
    r"\bhosting\s+(?:a|an|our|the|this|their|my|its)\s+(?:[\w'-]+\s+){0,4}?(?:event|dinner|day|night|evening|"
    r"breakfast|lunch|brunch|meetup|meet-up|webinar|panel|workshop|summit|conference|session|gathering|party|"
    r"reception|mixer|roundtable|round-table|fundraiser|gala|tasting|series|call|showcase|retreat|festival|"
    r"hackathon|salon|supper|social)s?\b",
    re.IGNORECASE,
)


def without_own_tools(text: str) -> str:
    """The text without the reader's own tools that an offer feeds ("... delivered straight to your CRM")."""
    return _INTO_YOUR_OWN.sub(" ", text)


def detect_categories(text: str) -> list[tuple[str, str]]:
    """(category, the phrase that named it), strongest first; a trade named as the reader's own tool that the
    offer feeds ("delivered straight to your CRM") is not one."""
    folded = _HOSTS_A_GATHERING.sub(" ", _THEIR_OWN_SITE.sub(" ", _INTO_YOUR_OWN.sub(" ", fold(text))))
    found: list[tuple[int, str, str]] = []
    for category, pattern in _COMPILED.items():
        hits = pattern.findall(folded)
        if hits:
            found.append((len(hits), category, max(hits, key=len)))  # the most telling phrase
    # among as many hits, the longer phrase tells more: "art outsourcing" is an art house's, "outsourcing" anyone's
    return [(category, phrase) for _, category, phrase in sorted(found, key=lambda t: (-t[0], -len(t[2])))]


def trade_stems(text: str) -> list[str]:
    """The stems of the words that say what a trade is, initialisms too ("HR", "PR")."""
    return [stem(w) for w in words(text) if w not in STOPWORDS]


def provider_trades(category: str) -> list[str]:
    """The trades a provider's category names: "HR and payroll" is HR or payroll, "MIS (school management
    information system)" is MIS or what the brackets spell out; the whole category first."""
    trades = []
    for listed in re.split(r"[(),;/]", category):
        parts = [part.split() for part in re.split(r"\band\b|&", listed) if part.strip()]
        # "contracts and research administration" is contracts administration and research administration
        shared = parts[-1][-1:] if parts and len(parts[-1]) > 1 else []
        trades += [" ".join(part + shared if len(part) == 1 else part) for part in parts[:-1]]
        trades += [" ".join(parts[-1])] if parts else []
    return [category, *(trade for trade in trades if trade != category)]


# Trades that do one job for the same buyer: an author's publicist is who a book-marketing service would replace.
# (Not the other way: a plain "marketing" provider is not who a PR firm's pitch would replace.)
_RELATED_TRADES = {"book marketing": ("public relations",)}


def same_category(provider_category: str, detected: str) -> bool:
    """Does a provider's own wording ('financial planning', 'web designer') name this category, or a trade that
    does the same job ('book publicity' for 'book marketing')?"""
    return any(
        _names_category(trade, category)
        for trade in provider_trades(provider_category)
        for category in (detected, *_RELATED_TRADES.get(detected, ()))
    )


def _names_category(trade: str, detected: str) -> bool:
    """A trade names a category by the category's own words ("accounting"), by one of its whole phrases
    ("payroll", "office cleaning"), or by a phrase's head noun ("cleaning"); never by a word inside another
    phrase ("cleaned" of "books cleaned up", "agency" of "marketing agency" for a PR agency)."""
    own = set(trade_stems(trade))
    if not own:
        return False
    if own <= set(trade_stems(detected)):
        return True
    folded = fold(trade)
    for phrase in CATEGORIES.get(detected, ()):
        stems = trade_stems(phrase)
        if own == set(stems) or (
            stems and stems[-1] in own and own <= set(stems) and not _activity_of_a_thing(folded, phrase)
        ):
            return True
        if _whole(phrase).search(folded):  # "contract lawyer" is a lawyer, "HR and payroll" payroll
            return True
    return False


def _activity_of_a_thing(trade: str, phrase: str) -> bool:
    """Whether a trade's word is the activity ("accounting", "marketing") whose stem a phrase's head noun shares as
    a thing ("managed account", "a new market"): the same stem, another word."""
    head = fold(phrase).split()[-1]
    return any(
        word.endswith("ing") and not head.endswith("ing") and stem(word) == stem(head)
        for word in words(trade)
    )


def _whole(phrase: str) -> re.Pattern[str]:
    return re.compile(r"(?<![a-z0-9])" + re.escape(fold(phrase)) + r"(?:e?s)?(?![a-z0-9])")


def is_trade_of(category: str, trade: frozenset[str]) -> bool:
    """Whether a category is the trade these words describe ("employment law advice" is "legal services")."""
    return bool(trade) and any(
        (stems := set(content_stems(p))) and stems <= trade for p in (category, *CATEGORIES.get(category, ()))
    )
