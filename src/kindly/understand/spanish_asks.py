"""What a mail in Spanish plainly is, beyond the ideas kindly reads in its words (language.ideas_in_spanish): a
thank-you or a receipt, a prospective client asking for a consultation about their own matter, or someone
offering their services. A few fixed forms, honestly short; kindly still reads no Spanish sentence, so a mail
that says none of them plainly is left to the user.

Pure: regular expressions over the text, no model."""

from __future__ import annotations

import re
from collections.abc import Sequence

_F = re.IGNORECASE

# A thank-you or a receipt: "Muchas gracias por la consulta de ayer", "Gracias por su pago de $89.00"
_THANKS = re.compile(r"(?<!\w)(?:gracias\s+por|le\s+agradezco|les\s+agradezco|agradecid[oa]s?)(?!\w)", _F)
_RECEIPT = re.compile(r"(?<!\w)(?:recibo|comprobante|factura|su\s+pago|pago\s+recibido)(?!\w)", _F)
# ...that asks nothing: no question, and no hour named ("Podemos vernos el martes a las 10:00")
_QUESTION = re.compile(r"[?¿]")
_AN_HOUR = re.compile(r"\d:\d\d|\d\s?h(?!\w)|(?<!\w)a\s+las\s+\d", _F)
_SENTENCE_END = re.compile(r"(?<=[.!])\s+|\n\s*\n")

# A consultation asked for: "agendar una consulta", "hacer una consulta con usted", "quisiera una cita", "¿cuánto
# cuesta la consulta?" (not "gracias por la consulta de ayer": a verb of asking, or its price, must be said)
_CONSULTATION_ASKED = re.compile(
    r"(?<!\w)(?:agendar|programar|hacer|pedir|solicitar|reservar|tener|sacar|quisiera|quiero|necesito)"
    r"\s+(?:\w+\s+){0,2}(?:consulta|cita)s?(?!\w)"
    r"|(?<!\w)cu[aá]nto\s+(?:cuesta|cobra|sale)\s+(?:la\s+|una\s+|su\s+)?(?:consulta|cita)(?!\w)",
    _F,
)
# ...about the sender's own matter or their family's: "la residencia de mi esposo", "mi prima", "tengo un caso"
_OWN_MATTER = re.compile(
    r"(?<!\w)(?:mis?|nuestr[oa]s?)\s+(?:esposo|esposa|marido|mujer|hij[oa]s?|madre|padre|mamá|papá|herman[oa]s?|"
    r"prim[oa]s?|sobrin[oa]s?|familia|caso|visa|residencia|papeles|situación|novi[oa]|pareja)(?!\w)"
    r"|(?<!\w)tengo\s+un\s+caso(?!\w)",
    _F,
)
# A sender who offers their services: "Somos una agencia de marketing", "Soy consultor de recursos humanos",
# "ofrecemos", "nuestros servicios" (not "Somos una familia de Venezuela", "mi esposo y yo manejamos un
# restaurante": a firm or a trade must be named)
_OFFERS_SERVICES = re.compile(
    r"(?<!\w)(?:somos\s+(?:una?\s+)?(?:agencia|empresa|compañía|firma|consultora|plataforma|startup|proveedor\w*)"
    r"|soy\s+(?:una?\s+)?(?:consultor|consultora|asesor|asesora|representante)|(?:le\s+)?ofrecemos"
    r"|nuestros\s+servicios)(?!\w)",
    _F,
)
# A meeting asked for: "una reunión", "una llamada", "reunirnos", "colaborar"
_MEETING = re.compile(
    r"(?<!\w)(?:reuni[oó]n|llamada|videollamada|reunirnos|vernos|colaborar|conversar|hablar)(?!\w)", _F
)


def thanks_or_receipt(text: str, named: Sequence[str] = ()) -> str:
    """The words that make a mail in Spanish a thank-you or a receipt that asks nothing ("gracias por", "recibo"),
    or "" where it asks something (a question, an hour named, a matter of theirs) or is neither. The words of a
    meeting it `named`
    ("consulta", "llamada") must be the thanks' or the receipt's own: "Gracias por su mensaje. Le propongo una
    reunión." proposes one."""
    if _QUESTION.search(text) or _AN_HOUR.search(text):
        return ""
    parts = _SENTENCE_END.split(text)
    thanked = [part for part in parts if _THANKS.search(part) or _RECEIPT.search(part)]
    if not thanked or own_matter(" ".join(part for part in parts if part not in thanked)):
        return ""  # "Gracias por la consulta. Mi hermano también necesita ayuda con su residencia." asks more
    said = " ".join(thanked).lower()
    if any(not re.search(rf"(?<!\w){re.escape(word.lower())}(?!\w)", said) for word in named):
        return ""
    found = _THANKS.search(thanked[0]) or _RECEIPT.search(thanked[0])
    return found.group(0) if found else ""


def consultation_asked(text: str) -> str:
    """The words in which a mail in Spanish asks for a consultation ("agendar una consulta"), or ""."""
    found = _CONSULTATION_ASKED.search(text)
    return found.group(0) if found else ""


def own_matter(text: str) -> str:
    """The words in which the sender names their own matter or their family's ("mi esposo", "tengo un caso")."""
    found = _OWN_MATTER.search(text)
    return found.group(0) if found else ""


def services_offered(text: str) -> str:
    """The words in which the sender offers their services ("Somos una", "Soy consultor"), or ""."""
    found = _OFFERS_SERVICES.search(text)
    return found.group(0) if found else ""


def meeting_asked(text: str) -> str:
    """The word for the meeting a mail in Spanish asks for ("reunión", "llamada"), or ""."""
    found = _MEETING.search(text)
    return found.group(0) if found else ""
