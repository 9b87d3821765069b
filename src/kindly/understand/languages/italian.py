"""What kindly reads in Italian: a small table, honestly short, of the words where an idea is plain ("paghi" is
paying, "per ogni contatto" a lead's price, "Camera di Commercio" a chamber of commerce) and of the fixed forms of
a thank-you, a consultation asked, a service offered. kindly still reads no Italian sentence."""

from __future__ import annotations

import re

from kindly.understand.languages.table import Words, closing, said

_APOSTROPHE = "['’]"
# the kinds of talk a meeting is: "un incontro", "una telefonata", "una chiacchierata"
_TALK = r"incontro|chiamata|telefonata|videochiamata|call|colloquio|chiacchierata|confronto"
# the few words that may stand between a verb of asking and what it asks: "fissare un appuntamento per una prima
# consulenza" (not any word: "vorrei ringraziarLa della consulenza" thanks for one)
_BETWEEN = rf"(?:(?:un|una|uno|il|la|le|della|del|dell{_APOSTROPHE}|per|sua|prima|primo|breve|nuova|nuovo|altra|altro)\s+)"

ITALIAN = Words(
    name="Italian",
    code="it",
    ideas=tuple(
        (said(words), english)
        for words, english in (
            # paying asked, or charged: "Paghi solo per ...", "fatturiamo"
            (r"pag(?:are|hi|hiamo|ate)|fattur(?:iamo|are)", "pay"),
            # a price per lead is a lead seller's: "40 € per ogni contatto qualificato", "per lead"
            (
                r"per\s+(?:ogni\s+|ciascun\s+)?(?:lead|contatto|nominativo|cliente\s+potenziale)",
                "paid lead generation",
            ),
            (r"lead|clienti\s+potenziali|potenziali\s+clienti", "leads"),
            (r"gener(?:are|iamo|a|ano)", "generate"),
            (r"pubblicità|annunci|inserzion[ei]", "advertising"),
            # a listing sold: "l'inserimento nel nostro elenco", "un elenco di aziende" (not "l'elenco dei
            # partecipanti", any list)
            (
                r"annuari|annuario|directory|(?:inserimento|iscrizione|presenza)\s+(?:nel|nell['’]|in)\s*"
                r"(?:\w+\s+){0,2}?(?:elenco|elenchi)|elenc(?:o|hi)\s+(?:\w+\s+)?(?:di|delle|degli|dei)\s+"
                r"(?:aziende|imprese|attività|professionisti|fornitori)",
                "directory listing",
            ),
            (r"gratis|gratuit[oaie]|gratuitamente|senza\s+costi|a\s+titolo\s+gratuito", "free"),
            (r"consulenza\s+fiscale|consigli?\s+fiscal[ei]|parere\s+fiscale", "tax advice"),
            (r"consulenza\s+legale|consigli?\s+legal[ei]|parere\s+legale", "legal advice"),
            (r"(?:via|per|tramite)\s+e-?mail|via\s+mail|per\s+mail", "by e-mail"),
            # a professional's time asked for, and its price: "un appuntamento", "quanto costa ...?"
            (r"consulenz[ae]|appuntament[oi]", "consultation"),
            (
                r"quanto\s+(?:costa|costerebbe|costano|chiede)|prezz[oi]|cost[oi]|onorari|onorario|tariff[ae]"
                r"|preventiv[oi]|parcella",
                "cost fee",
            ),
            # help asked without paying for it: "non posso permettermi un commercialista"
            (
                r"non\s+(?:posso|possiamo)\s+(?:pagare|permettermi|permetterci)|non\s+riesco\s+a\s+pagare"
                r"|non\s+ho\s+(?:i\s+)?soldi",
                "unpaid",
            ),
            (
                r"una\s+(?:domanda|domandina)\s+(?:veloce|rapida)|una\s+breve\s+domanda|un\s+piccolo\s+dubbio",
                "quick question",
            ),
            # "Mi potrebbe dire via e-mail ...?", "Può spiegarmi ...?"
            (
                r"(?:mi\s+)?(?:può|potrebbe)\s+(?:dirmi|spiegarmi|consigliarmi|indicarmi|dire|spiegare|consigliare)",
                "your advice",
            ),
            # the trades of the providers a user already has, as a seller names its own: "agenzia di marketing"
            (
                r"agenzi[ae]\s+(?:di\s+(?:marketing|pubblicità|comunicazione)|pubblicitari[ae]|marketing)"
                r"|web\s+agency",
                "marketing agency",
            ),
            (
                r"(?:elaborazione|gestione)\s+(?:delle\s+)?(?:buste\s+paga|paghe)|buste\s+paga|servizi?\s+paghe"
                r"|cedolini",
                "payroll",
            ),
            (
                r"traduzion[ei]\s+(?:giurat[ae]|asseverat[ae]|certificat[ae])|tradutt(?:ore|rice|ori)\s+giurat[oia]",
                "certified translation",
            ),
            # the places, people and kinds of talk goals name: "la Camera di Commercio", "un programma radio"
            (r"camer[ae]\s+di\s+commercio", "chamber of commerce chambers of commerce"),
            (r"programm[ai]\s+radio(?:fonic[oi])?|trasmission[ei]\s+radio(?:fonic[ae])?|radio", "radio"),
            (r"workshop|laboratori|laboratorio", "workshop workshops"),
            # the kinds of event and speaker a goal names, a family business, and a fee offered to the reader
            # (no price asked of them: the ideas of a call for speakers)
            (r"convegn[oi]|congress[oi]|conferenz[ae]", "conference conferences"),
            (r"(?:impres[ae]|aziend[ae])\s+familiar[ei]", "family business family businesses"),
            (r"relat(?:ore|rice|ori|rici)|keynote", "speaker speakers keynote keynotes"),
            (r"(?:compenso|gettone|cachet)\s+di\s+(?:[$€]\s?)?\d[\d.,]*", "honorarium"),
            (
                r"piccol[ae]\s+(?:e\s+medie\s+)?(?:impres[ae]|aziend[ae])|PMI",
                "small business small businesses",
            ),
            (
                r"lavorat(?:ore|ori|rice|rici)\s+autonom[oaie]|liber[oi]\s+professionist[ai]|libera\s+professionista"
                r"|partite\s+IVA",
                "self-employed workers",
            ),
            (
                r"centr[oi]\s+(?:civic[oi]|comunitari[oi]|di\s+quartiere)",
                "community centre community centres",
            ),
            (r"chies[ae]|parrocchi[ae]", "church churches parish parishes"),
        )
    ),
    # a thank-you or a receipt: "La ringrazio molto per la consulenza di ieri", "Grazie mille per", "In allegato la
    # ricevuta del bonifico" (thanks before what it is for: "per", "della", "di averci")
    thanks=said(
        r"(?:grazie(?:\s+(?:mille|infinite|ancora|tante))?|(?:la|vi|ti)\s+ringrazio|ringrazio|ringraziamo)"
        r"(?:\s+(?:molto|tanto|di\s+cuore|ancora|sentitamente|davvero))?"
        rf"\s+(?:per|della|del|dello|dei|degli|delle|dell{_APOSTROPHE}\w+|di\s+(?:avermi|averci|aver))"
    ),
    receipt=said(
        r"ricevut[ae]|fattur[ae]|contabile\s+del\s+bonifico|(?:il\s+)?suo\s+pagamento|pagamento\s+ricevuto"
        r"|conferma\s+(?:di|del)\s+pagamento|quietanza"
    ),
    # "alle 10", "alle ore 10", "ore 18:30", "10:00", "10.30" (not "1.200 €": a thousand)
    an_hour=re.compile(r"\d[:.]\d\d(?!\d)|(?<!\w)(?:alle|dalle|ore)\s+(?:ore\s+)?\d", re.IGNORECASE),
    # "vorrei fissare un appuntamento", "vorrei una prima consulenza", "quanto costa la consulenza?" (not "La
    # ringrazio per la consulenza di ieri": a verb of asking, or its price, must be said)
    consultation_asked=said(
        r"(?:fissare|prendere|prenotare|richiedere|chiedere|chiederLe|avere|vorrei|desidererei|gradirei"
        r"|(?:ho|avrei|avremmo)\s+bisogno\s+di|disponibilità\s+per)"
        rf"\s+{_BETWEEN}{{0,3}}(?:appuntament[oi]|consulenz[ae])"
        rf"|quanto\s+(?:costa|costerebbe|chiede|chiederebbe|prende)\s+{_BETWEEN}{{0,3}}consulenza"
        # "Qual è la sua tariffa per una consulenza?", "quali sono i suoi onorari per un primo appuntamento"
        r"|qual(?:i|\s+è|e)?\s+(?:sono\s+)?(?:il\s+|la\s+|i\s+|le\s+)?(?:suo\s+|sua\s+|suoi\s+|sue\s+)?"
        r"(?:prezz[oi]|tariff[ae]|onorari[oi]?|cost[oi]|compens[oi])"
        rf"\s+(?:per|di|della|del)\s+{_BETWEEN}{{0,3}}(?:consulenz[ae]|appuntament[oi])"
    ),
    # "mio marito", "il mio piccolo bar", "ho un'attività", "sono una lavoratrice autonoma"
    own_matter=said(
        r"(?:mio|mia|miei|mie|nostro|nostra|nostri|nostre)\s+(?:piccol[oa]\s+)?(?:marito|moglie|compagn[oa]"
        r"|figli[oa]?|figlie|madre|padre|mamma|papà|fratello|sorella|famiglia|azienda|impresa|attività|ditta"
        r"|negozio|ristorante|bar|locale|dichiarazione|730|situazione|pratica|partita\s+IVA|contabilità"
        r"|commercialista|tasse|successione)"
        rf"|ho\s+(?:un\s+|una\s+|un{_APOSTROPHE})(?:piccol[oa]\s+)?(?:azienda|impresa|attività|ditta|negozio"
        r"|ristorante|bar|locale)"
        # the construction, whatever the trade: "ho una macelleria", "ho un calzaturificio" ("-eria", "-ificio": a
        # shop's or a works' ending; not "ho una domanda"), "gestisco una ferramenta", "sono titolare di una
        # tipografia" (only a business is run or owned so)
        rf"|ho\s+(?:un\s+|una\s+|un{_APOSTROPHE})(?:piccol[oa]\s+)?\w+(?:eria|ificio)"
        rf"|(?:gestisco|sono\s+(?:il\s+|la\s+)?(?:titolare|proprietari[oa])\s+di)\s+(?:un\s+|una\s+|un{_APOSTROPHE})"
        r"(?:piccol[oa]\s+)?\w+"
        r"|sono\s+(?:un\s+|una\s+)?(?:lavorat(?:ore|rice)\s+autonom[oa]|liber[oa]\s+professionista|freelance)"
        r"|ho\s+(?:la\s+|una\s+)?partita\s+IVA"
        # "Siamo una piccola impresa familiare": their own business, as a client says it
        rf"|siamo\s+(?:un{_APOSTROPHE}\s*|una\s+|un\s+)(?:piccol[oa]\s+)?(?:impresa|azienda|attività|ditta)\s+familiare"
        rf"|siamo\s+(?:un{_APOSTROPHE}\s*|una\s+|un\s+)piccol[oa]\s+(?:impresa|azienda|attività|ditta|negozio|ristorante)"
    ),
    # "Siamo un'agenzia di marketing", "Sono una consulente", "offriamo", "i nostri servizi" (not "Siamo una
    # famiglia di Monza": a firm or a trade must be named)
    services_offered=said(
        rf"siamo\s+(?:un{_APOSTROPHE}\s*|una\s+|un\s+)?(?:agenzia|azienda|società|startup|start-up|piattaforma"
        r"|fornitore|team|web\s+agency)"
        r"|sono\s+(?:un\s+|una\s+)?(?:consulente|rappresentante|agente)|offriamo|proponiamo|i\s+nostri\s+servizi"
    ),
    meeting=said(rf"riunion[ei]|{_TALK}|incontrarci|incontrarLa|incontrarla|collaborare|collaborazione"),
    # "Avrebbe tempo per una chiacchierata?", "tempo la prossima settimana per una breve telefonata", "qualche
    # minuto per un confronto" (when may come between: Italian says it before the talk)
    time_asked=said(
        rf"(?:tempo|qualche\s+minuto|un\s+momento)\s+(?:\w+\s+){{0,3}}?per\s+(?:\w+\s+){{0,2}}(?:{_TALK})"
    ),
    # "Sono la conduttrice del programma ...", "Le scrivo dalla Camera di Commercio ..."
    self_said=said(
        r"sono|siamo|(?:le|vi)\s+scrivo|scrivo|lavoro|lavoriamo|rappresento|rappresentiamo|mi\s+chiamo"
    ),
    weekdays=tuple(
        (said(f"{day}(?:ì|i)"), english)
        for day, english in (
            ("luned", "Monday"),
            ("marted", "Tuesday"),
            ("mercoled", "Wednesday"),
            ("gioved", "Thursday"),
            ("venerd", "Friday"),
        )
    ),
    parts_of_day=(
        (said(r"mattin[ao]|mattine|mattinata"), "morning"),
        (said(r"pomeriggio|pomeriggi"), "afternoon"),
        (said(r"sera|sere|serata"), "evening"),
    ),
    # "Sono libero il martedì pomeriggio o giovedì", "il giovedì mi andrebbe bene", "posso giovedì"
    suits=said(
        r"liber[oaie]|disponibile|disponibili|(?:mi\s+)?va\s+bene|(?:mi\s+)?andrebbe(?:ro)?\s+bene|preferisco"
        r"|preferirei|preferibilmente|posso|potrei|idealmente|(?:mi\s+)?(?:è|sarebbe)\s+(?:più\s+)?comodo"
    ),
    suits_not=said(r"non|mai|tranne|eccetto|salvo|escluso|esclusi"),
    but=re.compile(r",?\s+(?:ma|però|tuttavia)\s+|;", re.IGNORECASE),
    weeks_ahead=(
        # "fra due settimane", "tra quindici giorni", "la settimana dopo la prossima"
        (
            said(
                r"(?:tra|fra)\s+(?:due|2)\s+settimane|(?:tra|fra)\s+(?:quindici|15)\s+giorni"
                r"|settimana\s+dopo\s+(?:la\s+)?prossima"
            ),
            2,
        ),
        # "la prossima settimana", "la settimana prossima", "martedì prossimo", "il prossimo martedì"
        (
            said(
                r"prossima\s+settimana|settimana\s+(?:prossima|che\s+viene)"
                r"|(?:luned|marted|mercoled|gioved|venerd)[iì]\s+prossimo"
                r"|prossimo\s+(?:luned|marted|mercoled|gioved|venerd)[iì]"
            ),
            1,
        ),
    ),
    # a time the reader proposed, taken: "Giovedì 10 dicembre alle 14.30 mi va bene", "per me va benissimo"
    confirms=said(
        r"(?:mi|ci)\s+va\s+(?:bene|benissimo)|(?:per\s+me\s+)?va\s+benissimo|(?:mi|ci)\s+sta\s+bene"
        r"|(?:è|sarebbe)\s+perfetto|confermo|d['’]accordo"
    ),
    sign_off=closing(
        r"(?:cordiali|distinti|cari|molti) saluti|saluti|un (?:caro |cordiale )?saluto|buona giornata|grazie(?: mille)?"
        r"|a presto|cordialmente"
    ),
)
