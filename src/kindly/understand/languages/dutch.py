"""What kindly reads in Dutch: a small table, honestly short, of the words where an idea is plain ("betaal" is
paying, "per lead" a lead's price, "Kamer van Koophandel" a chamber of commerce) and of the fixed forms of a
thank-you, a consultation asked, a service offered. Dutch joins words ("marketingbureau", "dinsdagmiddag") and puts
its verb last ("een afspraak maken"), so a few forms name the joined word or the verb after. kindly still reads no
Dutch sentence."""

from __future__ import annotations

import re

from kindly.understand.languages.table import Words, closing, said

# "een afspraak", "een adviesgesprek", "een kennismakingsgesprek", "een eerste consult"
_CONSULTATION = r"afspraak|adviesgesprek|kennismakingsgesprek|intakegesprek|consult"
# the few words that may stand between a wish and what it asks: "graag een eerste afspraak met u" (not any word:
# "graag bedanken voor het adviesgesprek" thanks for one)
_BETWEEN = r"(?:(?:een|het|de|eerste|kort|korte|nieuw|nieuwe|vrijblijvend|vrijblijvende)\s+)"
# "dinsdag", "dinsdagen", "dinsdagmiddag": a weekday said alone or joined to its part of the day
# the kinds of talk a meeting is, joined words too: "een gesprek", "een kennismakingsgesprek", "een belletje"
_TALK = r"\w*gesprek|afspraak|overleg|belletje|videocall|call|koffie"
_PARTS = r"(?:en|s)?(?:ochtend|middag|avond)?(?:en)?"
# "prijs" is a price and a prize: not the prize won or handed out ("U heeft een prijs gewonnen", "uw prijs te
# claimen", "er zijn mooie prijzen te winnen", "de uitreiking van de prijs"), which asks no price (the words after
# it, up to the sentence's end: bounded)
_A_PRICE = (
    r"(?<!uitreiking\svan\sde\s)(?<!winnaar\svan\sde\s)(?<!genomineerd\svoor\sde\s)(?:prijs|prijzen)"
    r"(?![^.!?\n]{0,60}?(?:gewonnen|winnen|winnaar|uitgereikt|claimen|ophalen|op\s+te\s+halen))"
)

DUTCH = Words(
    name="Dutch",
    code="nl",
    ideas=tuple(
        (said(words), english)
        for words, english in (
            # paying asked, or charged: "U betaalt alleen ...", "wij rekenen € 40", "in rekening brengen" (not "op
            # iemand rekenen", to count on them: "u kunt op mij rekenen", "wij rekenen op uw komst")
            (
                r"betaal|betaalt|betalen|factureren|in\s+rekening"
                r"|(?:(?:wij|we)\s+rekenen|rekenen\s+(?:wij|we))(?!(?:\s+\w+)?\s+(?:er)?op(?!\w))",
                "pay",
            ),
            # a price per lead is a lead seller's: "€ 40 per gekwalificeerde lead", "per aanvraag"
            (r"per\s+(?:gekwalificeerde\s+)?(?:lead|aanvraag|nieuwe\s+klant)", "paid lead generation"),
            (r"leads|potentiële\s+klanten", "leads"),
            (r"genereren|genereert|genereer", "generate"),
            (r"advertenties?|reclame", "advertising"),
            # a listing sold: "een vermelding in onze bedrijvengids" (not "onder vermelding van het factuurnummer",
            # a mention)
            (
                r"bedrijvengids|bedrijvenregister|vermelding(?:en)?\s+(?:in|op)\s+(?:\w+\s+){0,2}?\w*(?:gids|register"
                r"|overzicht|platform|website|lijst)",
                "directory listing",
            ),
            (r"gratis|kosteloos|kosteloze", "free"),
            (r"belastingadvies|fiscaal\s+advies|belastingtips?", "tax advice"),
            (r"juridisch\s+advies|rechtsadvies", "legal advice"),
            (r"(?:per|via)\s+(?:e-?mail|de\s+mail|mail)", "by e-mail"),
            # a professional's time asked for, and its price: "een afspraak", "wat kost ...?"
            (_CONSULTATION, "consultation"),
            (
                rf"(?:wat|hoeveel)\s+(?:kost|kosten|rekent|vraagt)|{_A_PRICE}|kosten|tarief"
                r"|tarieven|uurtarief|offerte",
                "cost fee",
            ),
            # help asked without paying for it: "ik kan op dit moment geen boekhouder betalen", "niet veroorloven"
            (r"kan\s+(?:\w+\s+){0,3}(?:niet|geen\s+\w+)\s+(?:betalen|veroorloven)", "unpaid"),
            (r"een\s+(?:korte|snelle)\s+vraag|een\s+vraagje", "quick question"),
            # "Kunt u mij per e-mail laten weten ...?"
            (
                r"(?:kunt|zou)\s+u\s+(?:mij|me)\s+(?:[\w-]+\s+){0,3}(?:vertellen|uitleggen|adviseren|laten\s+weten)",
                "your advice",
            ),
            # the trades of the providers a user already has, as a seller names its own: "een marketingbureau"
            (r"(?:online\s+)?marketingbureaus?|reclamebureaus?|communicatiebureaus?", "marketing agency"),
            (r"salarisadministratie|loonadministratie|salarisverwerking|loonstroken", "payroll"),
            (r"beëdigde\s+vertalingen?|beëdigd(?:e)?\s+vertalers?", "certified translation"),
            # the places, people and kinds of talk goals name: "de Kamer van Koophandel" (not "KvK 12345678", the
            # registration number every Dutch firm signs with)
            (
                r"kamers?\s+van\s+koophandel|KvK(?![\s:-]*(?:nummer|nr|\d))",
                "chamber of commerce chambers of commerce",
            ),
            (r"radioprogramma's|radioprogramma|radio", "radio"),
            (r"workshops?", "workshop workshops"),
            # the kinds of event and speaker a goal names, a family business, and a fee offered to the reader
            # (no price asked of them: the ideas of a call for speakers)
            (r"congres(?:sen)?|conferenties?", "conference conferences"),
            (r"familiebedrij(?:f|ven)", "family business family businesses"),
            (r"sprekers?|keynote", "speaker speakers keynote keynotes"),
            (r"(?:vergoeding|honorarium)\s+van\s+(?:[$€]\s?)?\d[\d.,]*", "honorarium"),
            (r"kleine\s+ondernemers?|kleine\s+bedrijven|mkb(?:['’]?ers)?", "small business small businesses"),
            (
                r"zzp(?:['’]?ers?)?|zelfstandigen|zelfstandige\s+ondernemers?|freelancers?",
                "self-employed workers",
            ),
            (r"buurthuis|buurthuizen|wijkcentrum|buurtcentrum", "community centre community centres"),
            (r"kerken?|parochies?", "church churches parish parishes"),
        )
    ),
    # a thank-you or a receipt: "Hartelijk dank voor het adviesgesprek van gisteren", "Bedankt voor" (not "alvast
    # bedankt voor": thanks before asking)
    thanks=said(
        r"(?<!alvast\s)(?:(?:hartelijk|heel\s+erg|erg|nogmaals|veel)\s+)?"
        r"(?:bedankt|dank(?:\s+(?:u|je|jullie))?(?:\s+wel)?)\s+voor"
    ),
    receipt=said(
        r"betalingsbewijs|betaalbewijs|kwitantie|factuur|uw\s+betaling|betaling\s+ontvangen"
        r"|bevestiging\s+van\s+(?:uw\s+|de\s+)?betaling"
    ),
    # "om 10 uur", "10.00 uur", "10:00" (not "1.200 euro": a thousand)
    an_hour=re.compile(r"\d[:.]\d\d(?!\d)|\d\s?uur|(?<!\w)om\s+\d", re.IGNORECASE),
    # "Ik wil graag een afspraak maken", "een kennismakingsgesprek inplannen", "wat kost een eerste consult?" (not
    # "Bedankt voor de afspraak van gisteren": a wish, the verb after it, or its price, must be said)
    consultation_asked=said(
        rf"(?:graag|wil|zou|kan\s+ik|mag\s+ik)\s+{_BETWEEN}{{0,3}}(?:{_CONSULTATION})"
        rf"|(?:{_CONSULTATION})\s+(?:met\s+u\s+|bij\s+u\s+)?(?:te\s+)?(?:maken|inplannen|plannen|boeken|aanvragen)"
        rf"|(?:wat|hoeveel)\s+kost\s+(?:een|het|uw)\s+{_BETWEEN}{{0,2}}(?:{_CONSULTATION})"
        # "Wat is de prijs van een eerste adviesgesprek?", "wat zijn uw tarieven voor een intakegesprek"
        rf"|wat\s+(?:is|zijn)\s+(?:de|uw)\s+(?:prijs|kosten|tarief|tarieven)\s+(?:van|voor)\s+(?:een|het|uw)\s+"
        rf"{_BETWEEN}{{0,2}}(?:{_CONSULTATION})"
    ),
    # "de aangifte van mijn man", "mijn kleine café", "ik heb een eenmanszaak", "ik ben zzp'er"
    own_matter=said(
        r"(?:mijn|ons|onze)\s+(?:kleine\s+)?(?:man|vrouw|partner|echtgenoot|echtgenote|kinderen|kind|zoon|dochter"
        r"|moeder|vader|familie|bedrijf|bedrijfje|zaak|winkel|restaurant|café|bakkerij|kapsalon|eenmanszaak|aangifte"
        r"|belastingaangifte|administratie|boekhouding|situatie|btw)"
        r"|ik\s+heb\s+(?:een\s+)?(?:klein\s+|kleine\s+)?(?:bedrijf|bedrijfje|zaak|winkel|restaurant|café"
        r"|bakkerij|kapsalon|eenmanszaak|webshop)"
        # the construction, whatever the trade: "ik heb een fietsenwinkel", "ik heb een slagerij" (a shop's or a
        # firm's word at the end of the compound; not "ik heb een vraag"), "ik ben eigenaar van een drukkerij"
        r"|ik\s+(?:heb|run|leid)\s+(?:een\s+)?(?:klein\s+|kleine\s+)?\w*(?:winkel|zaak|bedrijf|bedrijfje|praktijk"
        r"|salon|studio|erij|werkplaats)(?!\w)"
        r"|ik\s+ben\s+(?:de\s+)?eigena(?:ar|resse)\s+van\s+(?:een\s+)?\w+"
        r"|ik\s+ben\s+(?:zzp['’]?er|zelfstandige|freelancer|zelfstandig\s+ondernemer)"
        # "Wij zijn een familiebedrijf", "we zijn een kleine bakkerij": their own business, as a client says it
        r"|(?:wij|we)\s+zijn\s+(?:een\s+)?(?:klein\s+)?familiebedrijf(?:je)?"
        r"|(?:wij|we)\s+zijn\s+(?:een\s+)?kleine?\s+(?:bedrijf|bedrijfje|zaak|winkel|bakkerij|restaurant|webshop)"
    ),
    # "Wij zijn een marketingbureau", "Ik ben adviseur salarisadministratie", "wij bieden", "onze diensten" (not
    # "Wij zijn een gezin uit Utrecht": a firm or a trade must be named)
    services_offered=said(
        r"(?:wij|we)\s+zijn\s+(?:een\s+)?[\w-]*(?:bureau|bedrijf|platform|leverancier|agency|startup|dienstverlener)"
        r"|ik\s+ben\s+(?:een\s+)?[\w-]*(?:adviseur|consultant|vertegenwoordiger)"
        r"|(?:wij|we)\s+(?:bieden|helpen)|onze\s+diensten"
    ),
    # ...and joined to the kind of talk: "een kennismakingsgesprek", "een videogesprek"
    meeting=said(rf"{_TALK}|bellen|samenwerken|samenwerking"),
    # "Heeft u tijd voor een gesprek?", "even tijd voor een kort belletje", "tijd voor een kop koffie"
    time_asked=said(rf"tijd\s+voor\s+(?:\w+\s+){{0,3}}(?:{_TALK})"),
    # "Ik ben redacteur bij ...", "Ik schrijf u namens de Kamer van Koophandel ..."
    self_said=said(
        r"ik\s+ben|(?:wij|we)\s+zijn|ik\s+schrijf|ik\s+werk|(?:wij|we)\s+werken|ik\s+vertegenwoordig"
        r"|mijn\s+naam\s+is|namens"
    ),
    weekdays=tuple(
        (said(f"{day}{_PARTS}"), english)
        for day, english in (
            ("maandag", "Monday"),
            ("dinsdag", "Tuesday"),
            ("woensdag", "Wednesday"),
            ("donderdag", "Thursday"),
            ("vrijdag", "Friday"),
        )
    ),
    parts_of_day=(
        (said(r"(?:\w+dag)?ochtend(?:en)?|['’]s\s+ochtends|in\s+de\s+ochtend"), "morning"),
        (said(r"(?:\w+dag)?middag(?:en)?|['’]s\s+middags|in\s+de\s+middag"), "afternoon"),
        (said(r"(?:\w+dag)?avond(?:en)?|['’]s\s+avonds|in\s+de\s+avond"), "evening"),
    ),
    # "Dinsdagmiddag komt mij goed uit", "ik kan op donderdag", "het liefst 's ochtends"
    suits=said(
        r"komt\s+(?:mij|me)\s+(?:goed\s+)?uit|schikt|past|ik\s+kan|kan\s+ik|beschikbaar|het\s+liefst|liever"
        r"|bij\s+voorkeur|ideaal"
    ),
    suits_not=said(r"niet|geen|behalve|nooit"),
    but=re.compile(r",?\s+(?:maar|echter)\s+|;", re.IGNORECASE),
    weeks_ahead=(
        # "over twee weken", "over veertien dagen", "overvolgende week", "de week na volgende week"
        (
            said(
                r"over\s+(?:twee|2)\s+weken|over\s+(?:veertien|14)\s+dagen|overvolgende\s+week"
                r"|week\s+na\s+(?:volgende|komende)\s+week"
            ),
            2,
        ),
        # "volgende week", "komende week", "volgende dinsdag" (not "de komende weken": no one week)
        (said(r"(?:volgende|komende)\s+(?:week|maandag|dinsdag|woensdag|donderdag|vrijdag)"), 1),
    ),
    # a time the reader proposed, taken: "Donderdag om 14.30 uur past mij goed", "dat komt mij prima uit"
    confirms=said(
        r"past\s+(?:mij|me|ons)(?:\s+(?:goed|prima|uitstekend|perfect))?|komt\s+(?:mij|me|ons)\s+(?:goed|prima)\s+uit"
        r"|is\s+(?:goed|prima|akkoord)|schikt\s+(?:mij|me|ons)|akkoord"
    ),
    sign_off=closing(
        r"(?:met )?(?:vriendelijke|hartelijke) groet(?:en)?|groet(?:en)?|mvg|alvast bedankt|bedankt|hartelijk dank"
    ),
)
