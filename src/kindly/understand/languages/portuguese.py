"""What kindly reads in Portuguese: a small table, honestly short, of the words where an idea is plain ("pague" is
paying, "por cada lead" a lead's price, "Câmara de Comércio" a chamber of commerce) and of the fixed forms of a
thank-you, a consultation asked, a service offered, as Portugal and Brazil write them. kindly still reads no
Portuguese sentence."""

from __future__ import annotations

import re

from kindly.understand.languages.table import Words, closing, said

# the kinds of talk a meeting is: "uma reunião", "uma chamada", "uma conversa"
_TALK = r"reuni(?:ão|ões)|encontro|chamada|videochamada|conversa"
_WEEKDAY = r"segunda|terça|quarta|quinta|sexta"
# the small businesses a client runs, as they name their own: "uma pequena loja", "o meu café" (not an agency nor a
# consultancy: those are what sellers call themselves)
_BUSINESS = (
    r"empresa|negócio|restaurante|loja|café|pastelaria|padaria|cabeleireiro|salão|oficina|mercearia|bar|tasca"
    r"|quiosque|alojamento\s+local|PME"
)

PORTUGUESE = Words(
    name="Portuguese",
    code="pt",
    ideas=tuple(
        (said(words), english)
        for words, english in (
            # paying asked, or charged: "Pague apenas por ...", "cobramos"
            (r"pag(?:ar|ue|uem|a|amos)|cobr(?:ar|amos|a|am)", "pay"),
            # a price per lead is a lead seller's: "45 € por lead", "por cada cliente potencial"
            (r"por\s+(?:cada\s+)?(?:lead|contacto|contato|cliente\s+potencial)", "paid lead generation"),
            (r"leads|clientes\s+potenciais|potenciais\s+clientes", "leads"),
            (r"ger(?:ar|amos|a|am)", "generate"),
            (r"anúncios?|publicidade", "advertising"),
            (r"diretórios?|directórios?|listagens?", "directory listing"),
            (r"grátis|gratuit[oa]s?|gratuitamente|sem\s+custos?", "free"),
            (r"aconselhamento\s+fiscal|conselhos?\s+fisca(?:l|is)|consultoria\s+fiscal", "tax advice"),
            (r"aconselhamento\s+jurídico|conselhos?\s+jurídicos?", "legal advice"),
            (r"por\s+e-?mail|por\s+correio\s+eletr[óô]nico", "by e-mail"),
            # a professional's time asked for, and its price: "uma consulta", "quanto custa?"
            (r"consultas?|marcação", "consultation"),
            (
                r"quanto\s+(?:custa|cobra|cobram|custaria)|preços?|custos?|honorários|tarifas?|orçamentos?",
                "cost fee",
            ),
            # help asked without paying for it: "não posso pagar um contabilista"
            (r"não\s+(?:posso|podemos|consigo)\s+pagar|não\s+tenho\s+dinheiro", "unpaid"),
            (r"uma\s+pergunta\s+rápida|uma\s+(?:pequena\s+)?dúvida(?:\s+rápida)?", "quick question"),
            (
                r"(?:pode|poderia)(?:-me)?\s+(?:me\s+)?(?:dizer|explicar|aconselhar|orientar)(?:-me)?",
                "your advice",
            ),
            # the trades of the providers a user already has, as a seller names its own: "agência de marketing"
            (r"agências?\s+de\s+(?:marketing|publicidade|comunicação)", "marketing agency"),
            (
                r"processamento\s+(?:de\s+)?salários|processamento\s+salarial|folha\s+de\s+pagamento",
                "payroll",
            ),
            (r"traduç(?:ão|ões)\s+certificadas?", "certified translation"),
            # the places and kinds of talk goals name: "a Câmara de Comércio", "o programa de rádio"
            (r"câmaras?\s+de\s+comércio", "chamber of commerce chambers of commerce"),
            (r"programas?\s+de\s+rádio|rádio", "radio"),
            (r"workshops?|oficinas?", "workshop workshops"),
            # the kinds of event and speaker a goal names, a family business, and a fee offered to the reader
            # (no price asked of them: the ideas of a call for speakers)
            (r"congressos?|conferências?", "conference conferences"),
            (r"empresas?\s+familiar(?:es)?", "family business family businesses"),
            (r"orador(?:a|es|as)?|palestrantes?|keynote", "speaker speakers keynote keynotes"),
            (r"(?:cachê|honorários|remuneração)\s+de\s+(?:[$€]\s?)?\d[\d.,]*", "honorarium"),
            (r"pequenas?\s+empresas?|PME", "small business small businesses"),
            (r"trabalhador(?:es|as?)?\s+independentes?|freelancers?", "self-employed workers"),
            (r"centros?\s+comunitários?", "community centre community centres"),
            (r"igrejas?|paróquias?", "church churches parish parishes"),
        )
    ),
    # a thank-you or a receipt: "Muito obrigada pela consulta de ontem", "Segue o comprovativo do pagamento"
    thanks=said(r"obrigad[oa]s?\s+(?:pela|pelo|por)|agradeço|agradecemos"),
    receipt=said(r"recibo|comprovativo|comprovante|fatura|factura|o\s+seu\s+pagamento|pagamento\s+recebido"),
    # "às 10h", "10h30", "10:00"
    an_hour=re.compile(r"\d:\d\d|\d\s?h(?!\w)|\d\s?h\d\d|(?<!\w)às\s+\d", re.IGNORECASE),
    # "marcar uma consulta", "gostaria de marcar uma reunião", "quanto custa a consulta?" (not "obrigada pela
    # consulta de ontem": a verb of asking, or its price, must be said)
    consultation_asked=said(
        r"(?:marcar|agendar|pedir|solicitar|reservar|gostaria\s+de|queria|quero|preciso\s+de)"
        r"\s+(?:\w+\s+){0,2}(?:consulta|reunião|marcação)s?"
        r"|quanto\s+(?:custa|cobra|custaria)\s+(?:por\s+)?(?:a\s+|uma\s+|sua\s+)?consulta"
        # "Quais são os seus honorários para uma consulta?", "qual é o preço de uma primeira consulta"
        r"|qua(?:l|is)\s+(?:é|são)\s+(?:o\s+|a\s+|os\s+|as\s+)?(?:seus?\s+|suas?\s+)?(?:preços?|tarifas?|honorários"
        r"|valor(?:es)?)\s+(?:por|para|de)\s+(?:\w+\s+){0,2}consultas?"
        # "gostava de uma consulta", as Portugal says it (not "gostava de agradecer a consulta": a thank-you)
        r"|gostava\s+de\s+(?:uma|outra)\s+(?:consulta|reunião|marcação)"
    ),
    # "o IRS do meu marido", "o meu pequeno restaurante", "tenho uma loja"
    own_matter=said(
        r"(?:meu|minha|meus|minhas|nosso|nossa)\s+(?:pequen[oa]\s+)?(?:marido|mulher|esposa|esposo|filh[oa]s?|mãe"
        rf"|pai|irmã|irmão|família|declaração|IRS|impostos|situação|caso|contabilidade|atividade|{_BUSINESS})"
        r"|(?:tenho|gero|dirijo|sou\s+(?:don[oa]|proprietári[oa])\s+de)\s+(?:um|uma)\s+(?:pequen[oa]\s+)?"
        rf"(?:{_BUSINESS})"
        # the construction, whatever the trade: "Tenho uma sapataria" ("-aria", a shop's ending; not "tenho uma
        # pergunta"), "sou dona de uma tipografia" (only a business is owned so)
        r"|(?:tenho|gero|dirijo)\s+(?:um|uma)\s+(?:pequen[oa]\s+)?\w+[ae]ria"
        r"|sou\s+(?:o\s+|a\s+)?(?:don[oa]|proprietári[oa])\s+de\s+(?:um|uma)\s+\w+"
        r"|sou\s+trabalhador(?:a)?\s+independente|sou\s+freelancer"
        # "Somos uma pequena empresa familiar": their own business, as a client says it
        rf"|somos\s+uma?\s+(?:pequen[oa]\s+)?empresa\s+familiar|somos\s+uma?\s+pequen[oa]\s+(?:{_BUSINESS})"
    ),
    # "Somos uma agência de marketing", "Sou consultora de ...", "oferecemos", "os nossos serviços" (not "Somos uma
    # família de Braga": a firm or a trade must be named)
    services_offered=said(
        r"somos\s+(?:uma?\s+)?(?:agência|empresa|consultora|plataforma|startup|fornecedor\w*|gabinete)"
        r"|sou\s+(?:uma?\s+)?(?:consultor|consultora|representante)|oferecemos|nossos\s+serviços"
    ),
    meeting=said(rf"{_TALK}|conversar|colaborar"),
    # "Teria tempo para uma conversa?", "disponibilidade para uma chamada", "tempo para falarmos"
    time_asked=said(
        rf"(?:tempo|disponibilidade|uns\s+minutos|um\s+momento)\s+para\s+(?:\w+\s+){{0,2}}"
        rf"(?:{_TALK}|conversar|conversarmos|falar|falarmos)"
    ),
    # "Sou produtora do programa ...", "Escrevo-lhe da Câmara de Comércio ..."
    self_said=said(r"sou|somos|escrevo(?:-lhe)?|trabalho|trabalhamos|represento|representamos|chamo-me"),
    weekdays=tuple(
        (said(f"{day}s?(?:-feiras?)?"), english)
        for day, english in (
            ("segunda", "Monday"),
            ("terça", "Tuesday"),
            ("quarta", "Wednesday"),
            ("quinta", "Thursday"),
            ("sexta", "Friday"),
        )
    ),
    # not "tarde" alone: it is also "late" ("mais tarde")
    parts_of_day=(
        (said(r"(?:de|pela|na)\s+manhã|(?:às|nas|pelas)\s+manhãs"), "morning"),
        (said(r"(?:à|pela|na|de)\s+tarde|(?:às|nas|pelas)\s+tardes"), "afternoon"),
        (said(r"(?:à|pela|na|de)\s+noite|(?:às|nas|pelas)\s+noites"), "evening"),
    ),
    # "Posso às terças à tarde", "a quinta-feira dá-me jeito", "estou disponível na segunda"
    suits=said(
        r"posso|poderia|dá-me\s+jeito|dá\s+jeito|convém|disponível|livre|prefiro|preferencialmente|idealmente"
        r"|funciona"
    ),
    # "menos" is "except", not "pelo menos", "ao menos": at least
    suits_not=said(r"não|nunca|exceto|excepto|(?<!\bpelo\s)(?<!\bao\s)menos|salvo"),
    but=re.compile(r",?\s+(?:mas|porém|contudo)\s+|;", re.IGNORECASE),
    # "na próxima semana", "na semana que vem", "na próxima terça", "na terça-feira que vem"
    weeks_ahead=(
        # "daqui a duas semanas", "daqui a quinze dias", "na semana depois da próxima"
        (
            said(
                r"(?:daqui\s+a|dentro\s+de|em)\s+(?:duas|2)\s+semanas|(?:daqui\s+a|dentro\s+de)\s+(?:quinze|15)\s+dias"
                r"|semana\s+(?:depois\s+da|a\s+seguir\s+à)\s+próxima"
                r"|(?:semana\s+que\s+vem|próxima\s+semana)\s+não,?\s+(?:mas\s+)?(?:na\s+|a\s+)?(?:outra|seguinte)"
            ),
            2,
        ),
        (
            said(
                rf"próxima\s+semana|semana\s+que\s+vem|próxim[oa]\s+(?:{_WEEKDAY})(?:-feira)?"
                rf"|(?:{_WEEKDAY})(?:-feira)?\s+que\s+vem"
            ),
            1,
        ),
    ),
    # a time the reader proposed, taken: "Quinta-feira às 14h30 fica bom para mim", "está ótimo"
    confirms=said(
        r"fica\s+(?:bom|bem|ótimo|perfeito)|(?:está|é)\s+(?:ótimo|perfeito)|serve-me|(?:me|nos)\s+serve"
        r"|dá-me\s+jeito|confirmo|combinado"
    ),
    sign_off=closing(
        r"atenciosamente|(?:com os )?(?:melhores )?cumprimentos|com cumprimentos|saudações|(?:um )?abraços?"
        r"|(?:muito )?obrigad[oa]"
    ),
)
