"""What kindly reads in French: a small table, honestly short, of the words where an idea is plain ("payez" is
paying, "par client potentiel" a lead's price, "chambre de commerce" a chamber of commerce) and of the fixed forms
of a thank-you, a consultation asked, a service offered. kindly still reads no French sentence."""

from __future__ import annotations

import re

from kindly.understand.languages.table import Words, closing, said

_APOSTROPHE = "['’]"
# the kinds of talk a meeting is: "un échange", "un appel", "une rencontre"
_TALK = r"réunion|rencontre|appel|visioconférence|échange|entretien"
_WEEKDAY = r"lundi|mardi|mercredi|jeudi|vendredi"
# the small businesses a client runs, as they name their own: "un petit café", "ma boutique" (not an agency, a
# firm of consultants nor "notre société": those are what sellers call themselves)
_BUSINESS = (
    r"entreprise|commerce|restaurant|café|bistro|boutique|magasin|boulangerie|pâtisserie|salon|atelier|bar"
    r"|épicerie|dépanneur|garage|gîte|ferme|PME"
)

FRENCH = Words(
    name="French",
    code="fr",
    ideas=tuple(
        (said(words), english)
        for words, english in (
            # paying asked, or charged: "Payez seulement ...", "nous facturons"
            (r"pa(?:yer|yez|yons|yé|yée|ie|iez)|factur(?:er|ons|ez|e)", "pay"),
            # a price per lead is a lead seller's: "45 $ par client potentiel", "par prospect"
            (r"par\s+(?:chaque\s+)?(?:prospect|lead|client\s+potentiel)", "paid lead generation"),
            (r"prospects|clients\s+potentiels", "leads"),
            (r"génér(?:er|ons|ez|e|ent)", "generate"),
            (r"publicités?|annonces?", "advertising"),
            (r"répertoires?|annuaires?", "directory listing"),
            (r"gratuit(?:e|s|es)?|gratuitement|sans\s+frais", "free"),
            (r"conseils?\s+fiscaux|conseil\s+fiscal|avis\s+fiscal", "tax advice"),
            (r"conseils?\s+juridiques?|avis\s+juridique", "legal advice"),
            (r"par\s+courriel|par\s+e-?mail|par\s+courrier\s+électronique", "by e-mail"),
            # a professional's time asked for, and its price: "un rendez-vous", "combien coûte ..."
            (r"consultations?|rendez-vous", "consultation"),
            (
                r"combien\s+(?:coûte|coûterait|facturez|chargez)|coûts?|honoraires|tarifs?|soumissions?|devis"
                # "prix" is a price and a prize: not the prize won ("vous avez gagné un prix", "lauréate du prix",
                # "des prix à gagner")
                r"|(?<!gagné\sun\s)(?<!gagné\sle\s)(?<!remporté\sun\s)(?<!remporté\sle\s)(?<!lauréat\sdu\s)"
                r"(?<!lauréate\sdu\s)prix(?![^.!?\n]{0,60}?(?:à\s+gagner|gagné|remis|réclamer))",
                "cost fee",
            ),
            # help asked without paying for it: "je ne peux pas payer", "pas les moyens"
            (r"(?:ne\s+)?(?:veux|peux|peut|pouvons)\s+pas\s+payer|pas\s+les\s+moyens", "unpaid"),
            (r"une\s+petite\s+question|une\s+question\s+rapide", "quick question"),
            (r"(?:pourriez|pouvez)-vous\s+me\s+(?:dire|expliquer|conseiller|orienter)", "your advice"),
            # the trades of the providers a user already has, as a seller names its own: "agence de marketing"
            (r"agences?\s+de\s+(?:marketing|publicité|communication)", "marketing agency"),
            (r"(?:services?|gestion|traitement)\s+de\s+(?:la\s+)?paie", "payroll"),
            (r"traductions?\s+certifiées?|traduct(?:eur|rice)s?\s+agréé(?:e|s|es)?", "certified translation"),
            # the places, people and kinds of talk goals name: "la Chambre de commerce", "une émission de radio"
            (r"chambres?\s+de\s+commerce", "chamber of commerce chambers of commerce"),
            (r"émissions?\s+de\s+radio|stations?\s+de\s+radio|radio", "radio"),
            (r"ateliers?", "workshop workshops"),
            # the kinds of event and speaker a goal names, a family business, and a fee offered to the reader
            # (no price asked of them: the ideas of a call for speakers)
            (r"congrès|conférences?", "conference conferences"),
            (r"entreprises?\s+familiales?", "family business family businesses"),
            (r"conférenci(?:er|ère)s?", "speaker speakers keynote keynotes"),
            (
                r"(?:un\s+)?cachet\s+de\s+(?:[$€]\s?)?\d[\d.,]*|honoraires\s+de\s+(?:[$€]\s?)?\d[\d.,]*",
                "honorarium",
            ),
            (r"petites?\s+entreprises?|PME", "small business small businesses"),
            (r"travailleu(?:rs?|ses?)\s+autonomes?", "self-employed workers"),
            (r"centres?\s+communautaires?", "community centre community centres"),
            (r"organismes?\s+communautaires?", "community organisation community organisations"),
            (r"églises?|paroisses?", "church churches parish parishes"),
        )
    ),
    # a thank-you or a receipt: "Merci pour la consultation d'hier", "Je vous remercie de votre paiement" (not
    # "Merci de me rappeler": "merci de" before a verb asks, so only before a noun's article or "d'avoir")
    thanks=said(
        rf"(?:merci(?:\s+beaucoup|\s+bien)?|je\s+vous\s+remercie|nous\s+vous\s+remercions)\s+"
        rf"(?:pour|de\s+(?:votre|vos|la|le|ce|cette|ces)|d{_APOSTROPHE}avoir)"
    ),
    receipt=said(r"reçu|facture|votre\s+paiement|paiement\s+reçu|confirmation\s+de\s+paiement"),
    # "à 10 h", "14 h 30", "14h30", "10:00"
    an_hour=re.compile(r"\d:\d\d|\d\s?h(?!\w)|\d\s?h\s?\d\d|(?<!\w)à\s+\d", re.IGNORECASE),
    # "prendre rendez-vous", "J'aimerais avoir une consultation", "combien coûte la consultation" (not "merci pour
    # la consultation d'hier": a verb of asking, or its price, must be said)
    consultation_asked=said(
        rf"(?:prendre|fixer|obtenir|avoir|réserver|demander|planifier|céduler|j{_APOSTROPHE}aimerais"
        r"|je\s+voudrais|je\s+souhaiterais|je\s+souhaite|besoin\s+d['’]\w+)"
        r"\s+(?:\w+\s+){0,2}(?:rendez-vous|consultation)s?"
        r"|combien\s+(?:coûte|coûterait)\s+(?:la\s+|une\s+|votre\s+)?(?:consultation|rendez-vous)"
        # "Quel est votre prix pour une première consultation?", "quels sont vos tarifs pour un rendez-vous"
        r"|(?:quel|quels)\s+(?:est|sont)\s+(?:le|les|votre|vos)\s+(?:prix|tarifs?|honoraires)\s+(?:pour\s+|d['’])"
        r"(?:\w+\s+){0,2}(?:consultation|rendez-vous)"
    ),
    # "les impôts de mon mari", "ma petite entreprise", "j'ai un dossier", "j'ai un petit café", "je tiens une
    # boutique" (not "nous avons une petite agence qui peut vous aider": a seller)
    own_matter=said(
        r"(?:mon|ma|mes|notre|nos)\s+(?:petite?\s+)?(?:mari|femme|conjointe?|époux|épouse|enfants?|fils|fille|mère"
        rf"|père|frère|sœur|soeur|famille|dossier|déclaration|impôts|situation|succession|{_BUSINESS})"
        rf"|j{_APOSTROPHE}ai\s+un\s+dossier"
        rf"|(?:j{_APOSTROPHE}ai|je\s+(?:tiens|gère|dirige|possède|exploite))\s+(?:un|une)\s+(?:petite?\s+)?"
        rf"(?:{_BUSINESS})"
        # the construction, whatever the trade: "J'ai une quincaillerie" ("-erie", a shop's ending; not "j'ai une
        # question"), "je suis propriétaire d'une imprimerie" (only a business is owned so)
        rf"|(?:j{_APOSTROPHE}ai|je\s+(?:tiens|gère|dirige|possède|exploite))\s+(?:un|une)\s+(?:petite?\s+)?\w+erie"
        rf"|je\s+suis\s+(?:la\s+|le\s+)?propriétaire\s+d{_APOSTROPHE}(?:une?\s+)?\w+"
        # "Je suis propriétaire d'une entreprise familiale"
        rf"|je\s+suis\s+(?:la\s+|le\s+)?propriétaire\s+d{_APOSTROPHE}(?:une?\s+)?(?:petite?\s+)?(?:{_BUSINESS})"
        # "Nous sommes une petite entreprise familiale": their own business, as a client says it
        rf"|nous\s+sommes\s+une?\s+(?:petite?\s+)?entreprise\s+familiale|nous\s+sommes\s+une?\s+petite?\s+(?:{_BUSINESS})"
    ),
    # "Nous sommes une agence de marketing", "Je suis conseillère en paie", "nous offrons", "nos services" (not
    # "Nous sommes une famille de Laval": a firm or a trade must be named)
    services_offered=said(
        r"nous\s+sommes\s+(?:une?\s+)?(?:agence|entreprise|firme|compagnie|société|plateforme|start-?up"
        r"|fournisseur\w*|cabinet)"
        r"|je\s+suis\s+(?:une?\s+)?(?:consultante?|conseill(?:er|ère)|représentante?)"
        r"|nous\s+(?:vous\s+)?(?:offrons|proposons)|nos\s+services"
    ),
    meeting=said(rf"{_TALK}|rencontrer|collaborer|discuter|échanger"),
    # "Auriez-vous le temps pour un échange?", "quelques minutes pour un appel", "le temps d'échanger"
    time_asked=said(
        rf"(?:le\s+temps|quelques\s+minutes|un\s+moment)\s+(?:pour|de)\s+(?:\w+\s+){{0,2}}(?:{_TALK})"
        rf"|le\s+temps\s+(?:de|d{_APOSTROPHE})\s*(?:échanger|discuter|se\s+parler|nous\s+parler)"
    ),
    # "Je suis animatrice de l'émission ...", "Je vous écris de la Chambre de commerce ..."
    self_said=said(
        rf"je\s+suis|nous\s+sommes|je\s+vous\s+écris|j{_APOSTROPHE}écris|je\s+travaille|nous\s+travaillons"
        r"|je\s+représente|nous\s+représentons"
    ),
    weekdays=tuple(
        (said(words), english)
        for words, english in (
            ("lundis?", "Monday"),
            ("mardis?", "Tuesday"),
            ("mercredis?", "Wednesday"),
            ("jeudis?", "Thursday"),
            ("vendredis?", "Friday"),
        )
    ),
    parts_of_day=(
        (said(r"matins?|matinées?|avant-midi"), "morning"),
        (said(r"après-midi"), "afternoon"),
        (said(r"soirs?|soirées?"), "evening"),
    ),
    # "Je suis disponible les mardis après-midi", "le jeudi me conviendrait", "je peux jeudi"
    suits=said(
        r"convien(?:t|nent|drait|draient)|disponible|libre|je\s+peux|je\s+pourrais|je\s+préfère|idéalement"
        r"|de\s+préférence|l['’]idéal"
    ),
    # a "ne" elided ("je n'ai pas"), not "n'importe quel jour": any day
    suits_not=said(r"ne|n['’](?!importe)\w+|pas|sauf|excepté|jamais"),
    but=re.compile(r",?\s+(?:mais|par\s+contre)\s+|;", re.IGNORECASE),
    weeks_ahead=(
        # "dans deux semaines", "dans quinze jours", "la semaine d'après", "pas la semaine prochaine mais la suivante"
        (
            said(
                r"dans\s+(?:deux|2)\s+semaines|dans\s+(?:quinze|15)\s+jours|semaine\s+d['’]après"
                r"|(?:pas\s+)?(?:la\s+)?semaine\s+prochaine,?\s+(?:non,?\s+)?(?:mais\s+)?(?:celle\s+d['’]après|la\s+suivante)"
            ),
            2,
        ),
        # "la semaine prochaine", "la prochaine semaine", "mardi prochain"
        (said(rf"semaine\s+prochaine|prochaine\s+semaine|(?:{_WEEKDAY})\s+prochain"), 1),
    ),
    # a time the reader proposed, taken: "Le jeudi 10 décembre à 14 h 30 me convient", "c'est parfait pour moi"
    confirms=said(
        r"(?:me|nous)\s+(?:convient|va|vont|conviennent)(?:\s+(?:très\s+)?bien|\s+parfaitement)?"
        r"|c['’]est\s+parfait|(?:ça|cela)\s+marche|c['’]est\s+noté"
    ),
    sign_off=closing(
        r"(?:bien )?cordialement|bien à vous|au plaisir|merci(?: beaucoup)?|bonne journée|amitiés"
        r"|(?:sincères |bien des )?salutations(?: distinguées)?"
    ),
)
