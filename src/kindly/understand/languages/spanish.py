"""What kindly reads in Spanish: a small table, honestly short, of the words where an idea is plain ("pague" is
paying, "prospecto" a lead, "Parroquia" a parish) and of the fixed forms of a thank-you, a consultation asked, a
service offered. kindly still reads no Spanish sentence."""

from __future__ import annotations

import re

from kindly.understand.languages.table import Words, closing, said

# the kinds of talk a meeting is: "una reunión", "una llamada", "una charla"
_TALK = r"reuni[oó]n|llamada|videollamada|charla|conversaci[oó]n|plática"
_WEEKDAY = r"lunes|martes|mi[eé]rcoles|jueves|viernes"
# the small businesses a client runs, as they name their own: "una pequeña tienda", "mi negocio" (not an agency
# nor a consultancy: those are what sellers call themselves)
_BUSINESS = (
    r"negocio|empresa|tienda|tiendita|restaurante|café|cafetería|bar|panadería|pastelería|peluquería|taller"
    r"|local|comercio|emprendimiento|pyme|fonda|taquería"
)

SPANISH = Words(
    name="Spanish",
    code="es",
    ideas=tuple(
        (said(words), english)
        for words, english in (
            # paying asked, or charged: "Pague solo por ...", "cobramos", "páguenos"
            (r"pag(?:ar|ue|uen|a|as|amos|ado|ada)|páguenos|cobr(?:ar|amos|an|a)", "pay"),
            # a price per lead is a lead seller's: "$45 por lead", "por cada prospecto", "por cliente potencial"
            (r"por\s+(?:cada\s+)?(?:prospecto|lead|cliente\s+potencial)", "paid lead generation"),
            (r"prospectos?|clientes\s+potenciales", "leads"),
            (r"gener(?:ar|amos|a|an)", "generate"),
            (r"anuncios?|publicidad", "advertising"),
            (r"listados?|directorios?", "directory listing"),
            (r"gratis|gratuit[oa]s?|sin\s+costo", "free"),
            (r"asesoría\s+legal|consejos?\s+legal(?:es)?|orientación\s+legal", "legal advice"),
            (r"por\s+correo(?:\s+electrónico)?|por\s+e-?mail", "by e-mail"),
            # a professional's time asked for, and its price: "una consulta", "una cita", "¿cuánto cuesta?"
            (r"consultas?|citas?", "consultation"),
            (
                r"cu[aá]nto\s+(?:cuesta|cobra|cobran|costaría|sale)|precios?|costos?|honorarios|tarifas?",
                "cost fee",
            ),
            # help asked without paying for it: "no necesito contratar", "no puedo pagar un abogado"
            (
                r"no\s+(?:necesito|necesitamos|quiero|queremos|puedo|podemos)\s+(?:contratar|pagar)\w*"
                r"|no\s+tengo\s+(?:dinero|para\s+pagar)",
                "unpaid",
            ),
            (r"una\s+pregunta\s+rápida|una\s+preguntita", "quick question"),
            (r"(?:me|nos)\s+(?:puede|podría)\s+(?:decir|explicar|orientar|aconsejar)", "your advice"),
            # the trades of the providers a user already has, as a seller names its own: "agencia de marketing"
            (r"agencias?\s+de\s+(?:marketing|mercadeo|publicidad)", "marketing agency"),
            (
                r"traducci(?:ón|ones)\s+certificadas?|traductor(?:a|es)?\s+certificad[oa]s?",
                "certified translation",
            ),
            (r"recursos\s+humanos", "human resources HR"),
            (r"(?:gerentes?|directora?|directores|jef[ae]s?)\s+de\s+recursos\s+humanos", "HR managers"),
            (r"empresas?\s+que\s+patrocinan\s+visas?", "employers who sponsor visas"),
            # the places and kinds of talk goals name: "Parroquia San Juan Bosco", "el programa de radio"
            (r"parroquias?|iglesias?", "church churches parish parishes"),
            (r"programas?\s+de\s+radio|emisoras?|radio", "radio"),
            (r"centros?\s+comunitarios?", "community centre community centres"),
            (r"organizaci(?:ón|ones)\s+comunitarias?", "community organisation community organisations"),
            (r"talleres?", "workshop workshops"),
            # the kinds of event and speaker a goal names, a family business, and a fee offered to the reader
            # (no price asked of them: the ideas of a call for speakers)
            (r"cámaras?\s+de\s+comercio", "chamber of commerce chambers of commerce"),
            (r"pequeñas?\s+empresas?|pymes?", "small business small businesses"),
            (r"congresos?|conferencias?", "conference conferences"),
            (r"empresas?\s+familiar(?:es)?", "family business family businesses"),
            (r"ponentes?|conferenciantes?|orador(?:a|es|as)?", "speaker speakers keynote keynotes"),
            (
                r"honorarios\s+de\s+(?:[$€]\s?)?\d[\d.,]*|(?:ofrecemos|pagamos)\s+(?:unos\s+)?honorarios",
                "honorarium",
            ),
        )
    ),
    # a thank-you or a receipt: "Muchas gracias por la consulta de ayer", "Gracias por su pago de $89.00"
    thanks=said(r"gracias\s+por|le\s+agradezco|les\s+agradezco|agradecid[oa]s?"),
    receipt=said(r"recibo|comprobante|factura|su\s+pago|pago\s+recibido"),
    # "Podemos vernos el martes a las 10:00"
    an_hour=re.compile(r"\d:\d\d|\d\s?h(?!\w)|(?<!\w)a\s+las\s+\d", re.IGNORECASE),
    # "agendar una consulta", "hacer una consulta con usted", "quisiera una cita", "¿cuánto cuesta la consulta?"
    # (not "gracias por la consulta de ayer": a verb of asking, or its price, must be said)
    consultation_asked=said(
        r"(?:agendar|programar|hacer|pedir|solicitar|reservar|tener|sacar|quisiera|quiero|necesito)"
        r"\s+(?:\w+\s+){0,2}(?:consulta|cita)s?"
        r"|cu[aá]nto\s+(?:cuesta|cobra|sale)\s+(?:por\s+)?(?:la\s+|una\s+|su\s+)?(?:consulta|cita)"
        # "¿Cuáles son sus honorarios por una consulta?", "¿cuál es su tarifa para una primera cita?"
        r"|cu[aá]l(?:es)?\s+(?:es|son)\s+(?:el\s+|la\s+|los\s+|las\s+|sus?\s+)(?:precios?|tarifas?|honorarios|costos?)"
        r"\s+(?:por|para|de)\s+(?:\w+\s+){0,2}(?:consulta|cita)s?"
    ),
    # "la residencia de mi esposo", "mi prima", "tengo un caso", "tengo una pequeña tienda", "mi negocio" (not
    # "nuestra empresa" nor "tenemos una pequeña agencia que puede ayudarle": a seller's words for itself)
    own_matter=said(
        r"(?:mis?|nuestr[oa]s?)\s+(?:esposo|esposa|marido|mujer|hij[oa]s?|madre|padre|mamá|papá|herman[oa]s?|"
        r"prim[oa]s?|sobrin[oa]s?|familia|caso|visa|residencia|papeles|situación|novi[oa]|pareja)"
        r"|tengo\s+un\s+caso"
        # "Somos una pequeña empresa familiar": their own business, as a client says it
        rf"|somos\s+una?\s+(?:pequeñ[oa]\s+)?(?:empresa|negocio)\s+familiar|somos\s+una?\s+pequeñ[oa]\s+(?:{_BUSINESS})"
        rf"|mi\s+(?:pequeñ[oa]\s+)?(?:{_BUSINESS})"
        r"|(?:tengo|llevo|manejo|dirijo|administro|soy\s+(?:dueñ[oa]|propietari[oa])\s+de)\s+(?:un|una)\s+"
        rf"(?:pequeñ[oa]\s+)?(?:{_BUSINESS})"
        # the construction, whatever the trade: "Tengo una ferretería", "llevo una imprenta" ("-ería", a shop's
        # ending; not "tengo una pregunta"), "soy dueña de una imprenta" (only a business is owned so)
        r"|(?:tengo|llevo|manejo|dirijo|administro|regento)\s+(?:un|una)\s+(?:pequeñ[oa]\s+)?\w+er[ií]a"
        r"|(?:soy\s+(?:el\s+|la\s+)?(?:dueñ[oa]|propietari[oa])\s+de|regento)\s+(?:un|una)\s+\w+"
    ),
    # "Somos una agencia de marketing", "Soy consultor de recursos humanos", "ofrecemos", "nuestros servicios" (not
    # "Somos una familia de Venezuela": a firm or a trade must be named)
    services_offered=said(
        r"somos\s+(?:una?\s+)?(?:agencia|empresa|compañía|firma|consultora|plataforma|startup|proveedor\w*)"
        r"|soy\s+(?:una?\s+)?(?:consultor|consultora|asesor|asesora|representante)|(?:le\s+)?ofrecemos"
        r"|nuestros\s+servicios"
    ),
    meeting=said(rf"{_TALK}|reunirnos|vernos|colaborar|conversar|hablar"),
    # "¿Tiene tiempo para una charla?", "unos minutos para una llamada", "tiempo para hablar"
    time_asked=said(
        rf"(?:tiempo|unos\s+minutos|un\s+momento)\s+para\s+(?:\w+\s+){{0,2}}"
        rf"(?:{_TALK}|hablar|conversar|reunirnos|vernos)"
    ),
    # "Soy productora de ...", "Le escribo de la Parroquia ..."
    self_said=said(r"soy|somos|(?:le|te|les)\s+escribo|escribo|trabajo|trabajamos|represento|representamos"),
    weekdays=tuple(
        (said(words), english)
        for words, english in (
            ("lunes", "Monday"),
            ("martes", "Tuesday"),
            ("mi[eé]rcoles", "Wednesday"),
            ("jueves", "Thursday"),
            ("viernes", "Friday"),
        )
    ),
    # not "mañana" alone: it is tomorrow
    parts_of_day=(
        (said(r"(?:por|en)\s+las?\s+mañanas?|las\s+mañanas"), "morning"),
        (said(r"(?:por|en)\s+las?\s+tardes?|las\s+tardes"), "afternoon"),
        (said(r"(?:por|en)\s+las?\s+noches?|las\s+noches"), "evening"),
    ),
    # "Puedo los martes por la tarde", "el jueves me queda bien", "estoy disponible el lunes"
    suits=said(
        r"puedo|podría|me\s+(?:queda|quedan|viene|vienen|conviene|convienen|sirve|sirven)|disponible|libre"
        r"|prefiero|preferiblemente|mejor"
    ),
    # "menos" is "except", not "al menos", "por lo menos": at least
    suits_not=said(r"no|nunca|excepto|salvo|(?<!\bal\s)(?<!\blo\s)menos"),
    but=re.compile(r",?\s+(?:pero|sino)\s+|;", re.IGNORECASE),
    # "dentro de dos semanas", "la semana que viene no, la siguiente" (the "no" is the week's own: it still asks);
    # "la semana próxima", "la próxima semana", "la semana que viene", "el próximo martes", "el martes que viene"
    weeks_ahead=(
        (
            said(
                r"(?:dentro\s+de|en|de\s+aquí\s+a)\s+(?:dos|2)\s+semanas|(?:dentro\s+de|en)\s+(?:quince|15)\s+días"
                r"|semana\s+(?:después\s+de\s+la|siguiente\s+a\s+la)\s+próxima"
                r"|(?:semana\s+(?:que\s+viene|próxima)|próxima\s+semana)\s+no,?\s+(?:sino\s+)?(?:la\s+)?"
                r"(?:siguiente|otra|de\s+después)"
            ),
            2,
        ),
        (
            said(
                r"(?:próxima|siguiente)\s+semana|semana\s+(?:próxima|que\s+viene|entrante)"
                rf"|próximo\s+(?:{_WEEKDAY})|(?:{_WEEKDAY})\s+(?:próximo|que\s+viene)"
            ),
            1,
        ),
    ),
    # a time the reader proposed, taken: "El jueves a las 14:30 me viene bien", "me parece perfecto"
    confirms=said(
        r"(?:me|nos)\s+(?:viene|va|queda|conviene|sirve)\s+(?:bien|perfecto|genial)"
        r"|(?:me|nos)\s+parece\s+(?:bien|perfecto)|confirmo|de\s+acuerdo"
    ),
    sign_off=closing(
        r"saludos(?: cordiales)?|un saludo(?: cordial)?|atentamente|cordialmente|un abrazo|muchas gracias|gracias"
    ),
)
