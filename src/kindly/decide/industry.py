"""Industry: a drug, vaccine or device company as the sender or the sponsor of what a message offers, and the
paid engagements such a company asks of the people who prescribe or buy its products.

What a mail says of its sponsor shows its kind: a pharma company by its name ("Helixa Therapeutics", "Novamed
Pharmaceuticals", "Orion Biotech"), by the title its people sign with ("Medical Science Liaison", "Medical Affairs") or by what "our" new product is ("our new RSV vaccine", "our once-weekly GLP-1"), by a brand
named with its generic ("Cardivex (sacubitril/valsartan)"), by "our medical team" or "the latest clinical data"
from a company, or by a company named as the sponsor of a clinical talk with its country or its legal form
("sponsored by AstraVita Canada", "an educational grant from Corvex Inc." for an evening on heart failure). A
hospital's foundation, a college, a charity named for a disease ("Diabetes Canada") or a colleague is none.

A medical device company (decide.industry.device_sponsor: "SonoView Medical", "our new insulin pump", a
"Clinical Specialist") is industry too, but no drug company: a rule against "pharma-sponsored dinners" leaves
its dinner alone, one against "industry-sponsored dinners" does not.

A company's advisory board, consultancy, speakers' bureau or market-research panel about its own product ("We're
convening a small advisory board of Ontario family physicians on our new RSV vaccine ... with a $1,500
honorarium") is its marketing: an industry engagement, however much it reads like a group of peers. A
professional college's or a hospital's advisory committee is a committee.

Pure: reads the message only.
"""

from __future__ import annotations

import re

from kindly.amounts import AN_AMOUNT
from kindly.decide.member_bodies import member_body
from kindly.decide.once import once
from kindly.decide.sellers import SALES_TITLE
from kindly.model import Message

_F = re.IGNORECASE

# A pharma company by its name: "Helixa Therapeutics", "Novamed Pharmaceuticals Canada", "Orion BioPharma".
_PHARMA_NAME = re.compile(
    r"\b[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,2}\s+(?:Pharmaceuticals?|Pharma|Therapeutics|Biotech|Biotechnology|"
    r"Biosciences?|Biopharma(?:ceuticals)?|Biologics|Vaccines)\b|\b[A-Z]\w*(?:pharma|Pharma)\b"
)
# ...by its people's titles: a liaison or a rep of a drug company.
_PHARMA_TITLE = re.compile(
    r"\b(?:medical science liaison|msl|pharmaceutical (?:sales )?rep(?:resentative)?|drug rep|medical affairs)\b",
    _F,
)
# ...by what it sells: "our new RSV vaccine", "our once-weekly GLP-1", "our new molecule".
_PHARMA_PRODUCT = re.compile(
    r"\bour\s+(?:new\s+|latest\s+|once-\w+\s+|novel\s+)?(?:[\w-]+\s+){0,3}?(?:vaccines?|drugs?|medications?|"
    r"medicines?|molecules?|therap(?:y|ies)|inhalers?|biologics?|biosimilars?|formulations?|glp-1)\b",
    _F,
)

# A company's paid engagement: an advisory board, a consultancy, a speakers' bureau, a market-research panel.
# ...by a brand named with its generic: "Cardivex (sacubitril/valsartan)", "Glucaria(R) (semaglutide)". A generic
# is known by its stem (the WHO's INN stems: -mab, -tinib, -sartan, -gliflozin, -glutide ...).
_GENERIC = (
    r"[a-z]{3,}(?:mab|tinib|pril|sartan|olol|statin|gliflozin|glutide|gliptin|prazole|xaban|gatran|dipine|"
    r"lukast|floxacin|cycline|cillin|parin|semide|thiazide|triptan|oxetine|azepam|tide|vir)"
)
_BRAND_WITH_GENERIC = re.compile(
    rf"\b[A-Z][\w-]+(?:\s?[®™]|\s?\((?:R|TM)\))?\s*\((?:[a-z]+\s*[/+,]\s*)*{_GENERIC}(?:\s*[/+,]\s*[a-z]+)*(?:\s+[\w-]+)?\)"
)
# ...by the team a drug company sends: "our medical team", "our medical affairs team"; by "the latest clinical data"
# it presents. Read only where the sender is no hospital, college or society (whose doctors are a medical team).
_MEDICAL_TEAM = re.compile(
    r"\bour\s+(?:medical|clinical\s+science|medical\s+education)\s+(?:team|department|colleagues|experts)\b|"
    r"\b(?:the\s+)?(?:latest|new(?:est)?|recent)\s+(?:clinical|trial|phase\s+(?:iii|3|ii|2))\s+(?:trial\s+)?data\b",
    _F,
)
# ...by a company named as the sponsor of the evening with its country or its legal form: "sponsored by AstraVita
# Canada", "supported by an unrestricted educational grant from Corvex Inc.".
_SPONSOR_WITH_FORM = re.compile(
    r"\b(?:sponsored|hosted|supported|presented|funded|brought\s+to\s+you|made\s+possible)\s+by\s+"
    r"(?:an?\s+)?(?:(?:unrestricted\s+)?(?:educational\s+)?grant\s+from\s+)?"
    r"(?P<name>[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,3}?)\s+"
    r"(?:Canada|USA|U\.S\.A?\.?|US|UK|Inc\.?|Ltd\.?|LLC|GmbH|AG|plc|Corp\.?|Corporation|Limited|Ltée|S\.A\.|"
    r"Pharma(?:ceuticals)?)\b"
)
# A clinical talk: what it is about is a disease, an organ's illness or a treatment.
_CLINICAL = re.compile(
    r"\b(?:heart\s+failure|ejection\s+fraction|cardi\w+|diabet\w+|hypertensi\w+|asthma|copd|cancers?|oncolog\w+|"
    r"arthritis|migraines?|psoriasis|eczema|dermatitis|obesity|lipids?|cholesterol|kidney|renal|hepat\w+|"
    r"rsv|hiv|vaccin\w+|infections?|depressi\w+|anxiety|schizophren\w+|dementia|alzheimer\w*|osteopor\w+|"
    r"atrial\s+fibrillation|stroke|thrombo\w+|anticoagula\w+|insulin|glp-1|sglt2|dosing|prescrib\w+|"
    r"patients?\s+with|treatment\s+of|therap(?:y|ies))\b",
    _F,
)
# Who is no drug company, whatever it sponsors: a bank, an insurer, a device maker (device_sponsor), a charity.
_NOT_A_DRUG_MAKER = re.compile(
    r"\b(?:bank|financial|insurance|capital|wealth|credit|realty|foundation|society|association|college|"
    r"university|hospital|health|medical|devices?|diagnostics|surgical|imaging|medtech|scientific|"
    r"instruments|systems|technologies)\b",
    _F,
)

# A medical device company: by its name ("SonoView Medical", "Orion Diagnostics", "Kestrel Surgical"), not a
# hospital's or a school's ("Sunnybrook Medical Centre"); by what "our" device is ("our new insulin pump",
# "our handheld ultrasound probe"); by its rep's title ("Clinical Specialist").
_DEVICE_NAME = re.compile(
    r"\b[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,2}\s+(?:Medical(?:\s+Devices?|\s+Technolog(?:y|ies)|\s+Systems)?|"
    r"Medtech|MedTech|Diagnostics|Surgical|Orthopa?edics|Imaging|Devices)\b"
    r"(?!\s+(?:Cent(?:re|er)|Group|Clinic|Associates?|Society|School|College|Building|Arts|Staff|Office|Officer|"
    r"Director|Education|Events?|Students?|Association|Foundation|Corps|Residents?|Day|Unit|Department)\b)"
)
_DEVICE_PRODUCT = re.compile(
    r"\bour\s+(?:new\s+|latest\s+|next-generation\s+)?(?:[\w-]+\s+){0,3}?(?:devices?|probes?|scanners?|"
    r"monitors?|pumps?|implants?|stents?|catheters?|analy[sz]ers?|sensors?|ultrasounds?|glucose\s+meters?|"
    r"cgms?|defibrillators?|pacemakers?|prosthes[ie]s|wearables?)\b",
    _F,
)
_DEVICE_TITLE = re.compile(r"\bclinical (?:specialist|consultant|application specialist)s?\b", _F)

_ENGAGEMENT = re.compile(
    r"\b(?:advisory (?:board|panel|meeting|council)s?|consult(?:ing|ancy|ant) (?:engagement|role|meeting|"
    r"session|panel)s?|speakers?'? (?:bureau|program(?:me)?)s?|market[- ]research (?:panel|study|survey|"
    r"interview|session)s?|focus groups?|expert (?:panel|input) (?:meeting|session)s?)\b",
    _F,
)
_SELLER = re.compile(rf"\b(?:{SALES_TITLE})\b", _F)
# ...for pay: an honorarium, a fee, an amount in any currency ("$1,500", "CAD 500", "500 euros").
_PAID = re.compile(rf"\b(?:honorari(?:um|a)|fee|compensat\w+|paid|stipend)\b|{AN_AMOUNT.pattern}", _F)
# Who is no industry, whatever board it convenes: a hospital, a college, a university, a ministry, a foundation.
_PUBLIC_BODY = re.compile(
    r"\b(?:hospital|health (?:centre|center|network|authority)|college of|university|ministry|department of|"
    r"foundation|association|society|academy|public health)\b",
    _F,
)


def industry_sponsor(message: Message) -> str:
    """The words that show the message's sender (or the sponsor it names) is a drug, vaccine or biotech company
    ('"Helixa Therapeutics"', '"Medical Science Liaison"', '"our new RSV vaccine"'), or ""."""
    return once(message, "industry_sponsor", lambda: _industry_sponsor(message))


def _industry_sponsor(message: Message) -> str:
    text = " ".join(f"{message.sender}\n{message.subject}\n{message.own_text}\n{message.signature}".split())
    for pattern in (_PHARMA_NAME, _PHARMA_TITLE, _PHARMA_PRODUCT, _BRAND_WITH_GENERIC):
        if found := pattern.search(text):
            return f'"{found.group(0)}"'
    # the softer signs hold for a company only: a hospital's or a society's doctors are a medical team too
    if _PUBLIC_BODY.search(f"{message.sender}\n{message.signature}") or member_body(message):
        return ""
    if device_sponsor(message):
        return ""  # a device maker's clinical specialists present clinical data too
    if found := _MEDICAL_TEAM.search(text):
        return f'"{found.group(0)}"'
    return _clinical_talks_sponsor(text)


def _clinical_talks_sponsor(text: str) -> str:
    """A company named, with its country or legal form, as the sponsor of a clinical talk ('"sponsored by
    AstraVita Canada", for a clinical talk ("heart failure")'), or "": not a charity named for a disease
    ("Diabetes Canada"), a bank, a foundation or a device maker."""
    clinical = _CLINICAL.search(text)
    if clinical is None:
        return ""
    for found in _SPONSOR_WITH_FORM.finditer(text):
        name = found.group("name")
        if _CLINICAL.search(name) or _NOT_A_DRUG_MAKER.search(name) or _DEVICE_NAME.search(found.group(0)):
            continue
        return f'"{found.group(0)}", for a clinical talk ("{clinical.group(0)}")'
    return ""


def device_sponsor(message: Message) -> str:
    """The words that show the message's sender (or the sponsor it names) makes medical devices ('"SonoView
    Medical"', '"our new insulin pump"', '"Clinical Specialist"'), or "". A hospital, a college or a society is
    none, whatever equipment it names."""
    return once(message, "device_sponsor", lambda: _device_sponsor(message))


def _device_sponsor(message: Message) -> str:
    if member_body(message):
        return ""
    text = " ".join(f"{message.sender}\n{message.subject}\n{message.own_text}\n{message.signature}".split())
    for pattern in (_DEVICE_NAME, _DEVICE_PRODUCT, _DEVICE_TITLE):
        for found in pattern.finditer(text):
            if not _PUBLIC_BODY.search(found.group(0)):
                return f'"{found.group(0)}"'
    return ""


def industry_engagement(message: Message) -> str:
    """The words that show a company's paid engagement about its own product: an advisory board, a
    consultancy, a speakers' bureau or a research panel, paid or about "our" product, asked by a drug or device
    company ('"advisory board"; "Helixa Therapeutics"'), or "". A hospital's or a college's committee is none.
    Read once a message: the reading, the policy and the draft each ask."""
    return once(message, "industry_engagement", lambda: _industry_engagement(message))


def _industry_engagement(message: Message) -> str:
    said = " ".join(
        f"{message.own_text}\n{message.subject}".split()
    )  # its own words first, then the subject's
    engagement = _ENGAGEMENT.search(said)
    if engagement is None or member_body(message):
        return ""
    # a drug company, or any company whose seller asks ("Account Executive", "Head of Sales")
    seller = _SELLER.search(f"{said}\n{message.signature}")
    sponsor = industry_sponsor(message) or (f'"{seller.group(0)}"' if seller else "")
    if not sponsor:
        return ""
    # the sponsor is the company asking, not a hospital or a college that names a drug company in passing
    if _PUBLIC_BODY.search(f"{message.sender}\n{message.signature}") and not _PHARMA_NAME.search(
        message.sender
    ):
        return ""
    if not (_PAID.search(said) or _PHARMA_PRODUCT.search(said)):
        return ""
    return f'"{engagement.group(0)}"; {sponsor}'
