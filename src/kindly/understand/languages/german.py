"""What kindly reads in German: a small table, honestly short, of the words where an idea is plain ("zahlen Sie"
is paying, "pro Lead" a lead's price, "Handelskammer" a chamber of commerce) and of the fixed forms of a thank-you,
a consultation asked, a service offered. German joins words ("Marketingagentur", "Dienstagnachmittag"), so a few
forms name the joined word too. kindly still reads no German sentence."""

from __future__ import annotations

import re

from kindly.understand.languages.table import Words, closing, said

# "Beratung", "Beratungstermin", "Erstberatung", "Beratungsgespräch", "Termin"
_CONSULTATION = r"termins?|beratung|beratungstermins?|beratungsgespräch|erstberatung|erstgespräch"
# "Dienstag", "dienstags", "Dienstagnachmittag", "Freitagfrüh": a weekday said alone or joined to its part of the day
_PARTS = r"(?:s|vormittags?|morgens?|früh|nachmittags?|abends?)?"
_WEEKDAY = r"montag|dienstag|mittwoch|donnerstag|freitag"
# the small businesses a client runs, as they name their own: "einen kleinen Laden", "meiner Bäckerei" (not an agency
# nor a consultancy: those are what sellers call themselves)
_BUSINESS = (
    r"firma|unternehmens?|betriebs?|ladens?|geschäfts?|restaurants?|cafés?|bar|kneipe|imbiss|bäckerei|konditorei"
    r"|friseursalons?|salons?|werkstatt|boutique|praxis|hofladens?|onlineshops?|kiosks?|pension|gasthaus|gewerbes?"
)
# the kinds of talk a meeting is, joined words too: "ein Gespräch", "ein kurzes Kennenlerngespräch", "ein Telefonat"
_TALK = r"treffen|\w*gespräch|\w*telefonat|anruf|videocall|call|austausch"

GERMAN = Words(
    name="German",
    code="de",
    ideas=tuple(
        (said(words), english)
        for words, english in (
            # paying asked, or charged: "Sie zahlen nur ...", "wir berechnen"
            (r"(?:be)?zahl(?:en|t|st)|berechn(?:en|et)", "pay"),
            # a price per lead is a lead seller's: "45 € pro Lead", "pro qualifiziertem Interessenten"
            (
                r"pro\s+(?:qualifizierte[mn]?\s+)?(?:lead|interessent(?:en)?|neukunden?)",
                "paid lead generation",
            ),
            (r"leads|interessenten|neukunden", "leads"),
            (r"generier(?:en|t|e)", "generate"),
            (r"werbung|anzeigen?", "advertising"),
            (r"verzeichnis(?:se|sen)?|branchenbuch|firmenverzeichnis", "directory listing"),
            (r"kostenlos(?:e|en|er)?|gratis|umsonst", "free"),
            (r"steuerberatung|steuerliche[nr]?\s+(?:beratung|rat|tipps?)", "tax advice"),
            (r"rechtsberatung|rechtliche[nr]?\s+(?:beratung|rat)", "legal advice"),
            (r"per\s+e-?mail|per\s+mail", "by e-mail"),
            # a professional's time asked for, and its price: "einen Termin", "eine Beratung", "was kostet ...?"
            (_CONSULTATION, "consultation"),
            (
                r"(?:was|wie\s+viel)\s+(?:kostet|kosten|würde)|kosten|honorare?|gebühren?|stundensatz"
                r"|kostenvoranschlag"
                # "Preis" is a price and a prize: not the prize won ("Sie haben einen Preis gewonnen", "den Preis
                # abholen"), the words after it up to the sentence's end (bounded)
                r"|preise?(?![^.!?\n]{0,60}?(?:gewonnen|gewinnen|gewinner|verliehen|abholen|abzuholen|einlösen|einzulösen))",
                "cost fee",
            ),
            # help asked without paying for it: "ich kann mir keinen Steuerberater leisten"
            (
                r"kann\s+mir\s+(?:\w+\s+){0,2}nicht\s+leisten|kann\s+mir\s+(?:\w+\s+){0,2}kein\w*\s+\w+\s+leisten",
                "unpaid",
            ),
            (r"eine\s+kurze\s+frage|kurze\s+frage", "quick question"),
            # "Könnten Sie mir kurz per E-Mail sagen, ...?"
            (r"(?:können|könnten)\s+sie\s+mir\s+(?:[\w-]+\s+){0,3}(?:sagen|erklären|raten)", "your advice"),
            # the trades of the providers a user already has, as a seller names its own: "eine Marketingagentur"
            (
                r"(?:online-?)?marketing-?agentur(?:en)?|werbeagentur(?:en)?|agentur\s+für\s+(?:marketing|werbung)",
                "marketing agency",
            ),
            (r"lohnabrechnung(?:en)?|gehaltsabrechnung(?:en)?|lohnbuchhaltung", "payroll"),
            (
                r"beglaubigte\s+übersetzung(?:en)?|vereidigte[rn]?\s+übersetzer(?:in|innen)?",
                "certified translation",
            ),
            # the places, people and kinds of talk goals name: "die Handelskammer", "eine Radiosendung"
            (
                r"handelskammer(?:n)?|industrie-\s+und\s+handelskammer|IHK",
                "chamber of commerce chambers of commerce",
            ),
            (r"radiosendung(?:en)?|radiosender|radio", "radio"),
            (r"workshops?", "workshop workshops"),
            # the kinds of event and speaker a goal names, a family business, and a fee offered to the reader
            # (no price asked of them: the ideas of a call for speakers)
            (r"kongress(?:e|es)?|konferenz(?:en)?|(?:fach)?tagung(?:en)?", "conference conferences"),
            (r"familienunternehmen|familienbetrieb(?:e|en|s)?", "family business family businesses"),
            (r"keynote|referent(?:in|en|innen)?|redner(?:in)?", "speaker speakers keynote keynotes"),
            (r"honorar\s+(?:von|in\s+höhe\s+von)\s+(?:[$€]\s?)?\d[\d.,]*", "honorarium"),
            (r"kleinunternehmen|kleine[n]?\s+unternehmen|KMU", "small business small businesses"),
            (r"selbst(?:st)?ändige[n]?|freiberufler(?:in|innen)?", "self-employed workers"),
            (r"kirchen?|kirchengemeinden?|pfarreien|pfarrei", "church churches parish parishes"),
        )
    ),
    # a thank-you or a receipt: "Vielen Dank für die Beratung gestern", "Ihre Zahlung ist eingegangen"
    # ...and "Ich möchte mich herzlich für die Beratung bedanken", its verb at the end
    thanks=said(r"(?:vielen|herzlichen|besten)\s+dank\s+für|danke\s+für|bedanke|bedanken"),
    receipt=said(r"quittung|rechnung|zahlungsbestätigung|ihre\s+zahlung|zahlung\s+erhalten|zahlungseingang"),
    # "um 10 Uhr", "10:00", "14.30 Uhr"
    an_hour=re.compile(r"\d:\d\d|\d\s?uhr|(?<!\w)um\s+\d", re.IGNORECASE),
    # "Ich möchte einen Termin vereinbaren", "ich hätte gerne eine Beratung", "Termin für eine Erstberatung
    # vereinbaren", "was kostet eine Erstberatung?" (not "Vielen Dank für die Beratung" nor "ich möchte mich für
    # die Beratung bedanken": a wish of one or two words before it, or its price, must be said)
    consultation_asked=said(
        r"(?:möchte|möchten|würde|würden|hätte|hätten|bräuchte|brauche|benötige|suche)\s+(?:\w+\s+){0,2}"
        rf"(?:einen|eine|ein)\s+(?:{_CONSULTATION})"
        rf"|(?:{_CONSULTATION})\s+(?:\w+\s+){{0,3}}(?:vereinbaren|ausmachen|buchen)"
        rf"|(?:was|wie\s+viel)\s+kostet\s+(?:eine|die|ihre|ein|das)\s+(?:{_CONSULTATION})"
        # "Was ist Ihr Preis für eine Erstberatung?", "Wie hoch ist Ihr Honorar für ein Erstgespräch?"
        rf"|(?:was|wie\s+hoch)\s+(?:ist|sind)\s+(?:der|das|die|ihr|ihre)\s+(?:preis|honorar|kosten|gebühr)"
        rf"\s+für\s+(?:einen|eine|ein|die|das)\s+(?:{_CONSULTATION})"
        # "Haben Sie nächste Woche Zeit für ein Erstgespräch?"
        rf"|zeit\s+für\s+(?:einen|eine|ein)\s+(?:{_CONSULTATION})"
    ),
    # "die Steuererklärung meines Mannes", "mein kleines Café", "ich habe einen Laden", "ich führe eine kleine
    # Bäckerei" (not "wir haben eine kleine Agentur, die Ihnen helfen kann": a seller)
    own_matter=said(
        r"(?:mein|meine|meinen|meinem|meiner|meines|unser|unsere|unseren|unserem|unserer)\s+"
        r"(?:(?:kleine|erste|jährliche)[snmr]?\s+)?"
        r"(?:mann|mannes|frau|ehemann|ehefrau|partner(?:in)?|kinder?|sohn|tochter|mutter|vater|familie"
        rf"|steuererklärung|steuern|selbstständigkeit|selbständigkeit|situation|fall|erbschaft|{_BUSINESS})"
        rf"|ich\s+(?:habe|führe|betreibe)\s+(?:einen|eine|ein)\s+(?:kleine[snr]?\s+)?(?:{_BUSINESS})"
        # the construction, whatever the trade: "ich habe einen Fahrradladen", "wir führen eine Metzgerei" (a shop's
        # or a works' word at the end of the compound; not "ich habe eine Frage"), "ich betreibe ein Nagelstudio"
        r"|ich\s+(?:habe|führe|betreibe)\s+(?:einen|eine|ein)\s+(?:kleine[snr]?\s+)?\w*(?:laden|geschäft|betrieb"
        r"|werkstatt|praxis|salon|studio|handel|ei)(?!\w)"
        r"|ich\s+betreibe\s+(?:einen|eine|ein)\s+(?:kleine[snr]?\s+)?\w+"
        # "ich bin selbstständig", "ich bin seit Oktober selbstständige Grafikdesignerin"
        r"|ich\s+bin\s+(?:seit\s+\w+\s+)?(?:selbst(?:st)?ändig(?:e|er)?|freiberufler(?:in)?)"
        # "Ich bin Inhaberin eines kleinen Betriebs"
        rf"|ich\s+bin\s+(?:die\s+|der\s+)?inhaber(?:in)?\s+(?:einer|eines)\s+(?:kleine[nr]?\s+)?(?:{_BUSINESS})"
        # "Wir sind ein kleiner Familienbetrieb": their own business, as a client says it
        r"|wir\s+sind\s+(?:ein|eine)\s+(?:kleine[rsn]?\s+)?(?:familienbetrieb|familienunternehmen)"
        rf"|wir\s+sind\s+(?:ein|eine)\s+kleine[rsn]?\s+(?:{_BUSINESS})"
    ),
    # "Wir sind eine Marketingagentur", "Ich bin Beraterin für Lohnabrechnung", "wir bieten", "unsere Leistungen"
    # (not "Wir sind eine Familie aus Köln": a firm or a trade must be named)
    services_offered=said(
        r"wir\s+sind\s+(?:eine?\s+)?[\w-]*(?:agentur|firma|unternehmen|anbieter|dienstleister|plattform|startup"
        r"|kanzlei)"
        r"|ich\s+bin\s+(?:eine?\s+)?[\w-]*(?:berater|beraterin|vertriebsmitarbeiter|vertriebsmitarbeiterin)"
        r"|wir\s+(?:bieten|helfen)|unsere\s+(?:dienstleistungen|leistungen|services)"
    ),
    # ...and joined to the kind of talk: "ein Erstgespräch", "ein kurzes Kennenlerngespräch", "ein Videotelefonat"
    meeting=said(rf"{_TALK}|austauschen|kennenlernen|zusammenarbeit"),
    # "Haben Sie nächste Woche Zeit für ein Gespräch?", "Zeit für ein kurzes Telefonat", "Lust auf einen Austausch"
    time_asked=said(rf"(?:zeit|lust)\s+(?:für|auf)\s+(?:\w+\s+){{0,2}}(?:{_TALK})"),
    # "Ich bin Redakteurin bei ...", "Ich schreibe Ihnen von der Handelskammer ..."
    self_said=said(
        r"ich\s+bin|wir\s+sind|ich\s+schreibe|ich\s+arbeite|wir\s+arbeiten|ich\s+vertrete|mein\s+name\s+ist"
    ),
    weekdays=tuple(
        (said(f"{day}{_PARTS}"), english)
        for day, english in (
            ("montag", "Monday"),
            ("dienstag", "Tuesday"),
            ("mittwoch", "Wednesday"),
            ("donnerstag", "Thursday"),
            ("freitag", "Friday"),
        )
    ),
    parts_of_day=(
        # not "morgen" alone: it is tomorrow ("Freitagmorgen" is Friday morning)
        # ...and "früh" after a day ("freitags früh", "am Freitag früh"), not "zu früh"
        (
            said(rf"(?:\w+tag)?(?:vormittags?|morgens)|\w+tagmorgen|am\s+morgen|(?:{_WEEKDAY})s?\s*früh"),
            "morning",
        ),
        (said(r"(?:\w+tag)?nachmittags?"), "afternoon"),
        (said(r"(?:\w+tag)?abends?|am\s+abend"), "evening"),
    ),
    # "Dienstagnachmittag passt mir", "ich kann am Donnerstag", "am liebsten vormittags"
    suits=said(
        r"passt|passen|würde\s+passen|ginge|geht|ich\s+kann|kann\s+ich|könnte\s+ich|verfügbar|zeit|am\s+liebsten"
        r"|lieber|bevorzugt|idealerweise"
    ),
    suits_not=said(r"nicht|kein|keine|keinen|außer|ausser|nie"),
    but=re.compile(r",?\s+(?:aber|jedoch|sondern)\s+|;", re.IGNORECASE),
    weeks_ahead=(
        # "übernächste Woche", "übernächsten Dienstag", "in zwei Wochen", "in vierzehn Tagen"
        (
            said(
                rf"übernächste[nrs]?\s+(?:woche|(?:{_WEEKDAY}){_PARTS})|in\s+(?:zwei|2)\s+wochen"
                r"|in\s+(?:vierzehn|14)\s+tagen"
            ),
            2,
        ),
        # "nächste Woche", "in der kommenden Woche", "nächsten Dienstag" (not "die nächsten Wochen": no one week)
        (said(rf"(?:nächste|kommende)[nrs]?\s+(?:woche|(?:{_WEEKDAY}){_PARTS})"), 1),
    ),
    # a time the reader proposed, taken: "Donnerstag um 14.30 Uhr passt mir gut", "das geht in Ordnung"
    confirms=said(
        r"passt\s+(?:mir|uns)(?:\s+(?:gut|sehr\s+gut|prima|perfekt|bestens))?|passt\s+(?:gut|prima|perfekt)"
        r"|geht\s+(?:in\s+Ordnung|klar)|ist\s+(?:gut|perfekt)|einverstanden"
    ),
    sign_off=closing(
        r"mit freundlichen gr(?:ü|ue|u)(?:ß|ss)en|(?:freundliche|viele|beste|herzliche|liebe|schöne)\s+gr(?:ü|ue)(?:ß|ss)e"
        r"|gru(?:ß|ss)|gr(?:ü|ue)(?:ß|ss)e|mfg|vielen dank|danke(?: schön)?"
    ),
)
