"""Whether a message is written in English, the only language kindly's model and rules read - and, where it is
not, which language it seems to be and whether it looks like it asks something of the user.

Pure: counts the most common words of each language; no model, no download. kindly cannot translate: a mail in
another language is never answered, only shown to the user with what little these word lists can tell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kindly.understand.people import NAME_PARTICLE

# reason code of a mail in another language that looks like an invitation, an enquiry or a pitch: read first
NOT_ENGLISH_ASK = "not_english_invitation"

# The words that make up about a fifth of any English text, whatever its subject.
_COMMON = frozenset(
    """the a an and or but to of in on at for with from by is are was were be been am i you we they he she it
    this that these those my your our their me us them do does did have has had will would could can should
    not no if as so what when where who how which there here about just all any some more very""".split()  # noqa: SIM905
)
# ...and of the languages a European mailbox most often holds besides: a terse English invoice notice has few
# of either. Words shared with English names and places ("Los Angeles", "Van Ness", "per client", "La Sauge",
# "Café de Flore") are left out, or count only written small (below); so are English words ("car", "ton", "hat",
# "Mon" of a date).
_ELSEWHERE: dict[str, frozenset[str]] = {
    language: frozenset(words.split())
    for language, words in {
        "Swedish": "och att det som för med är på av till inte jag du vi ni har kan vill eller hej tack också",
        "Norwegian or Danish": "og jeg ikke",
        "German": """und der das ist nicht ich sie wir mit für auf ein eine einen zu von dem auch bitte ihr ihre
            ihnen uns unser unsere sich sind wird werden haben noch nach bei oder aber wie wenn dass kann
            können würde würden möchte möchten gerne vielen danke hallo liebe lieber sehr geehrte
            geehrter grüßen einem einer eines ihren ihrem unserer unseren unserem zwei viele zum zur vom über
            schon doch wieder diese dieser dieses jetzt nur mir dir euch beste dank""",
        # not "van", "die", "door", "over", "op" (English's too), nor "je" (French's); "hallo", "beste" and "dank"
        # are German's too ("Beste Grüße", "Vielen Dank")
        "Dutch": """het een niet zijn voor met wij ik dat ook maar als om bij naar heeft hebben heb kan kunt kunnen
            zou zouden graag bedankt dank hartelijk groet groeten vriendelijke beste geachte hallo onze mijn uw
            jullie deze dit nog wel geen uit tot wil willen wordt worden hoe waar wanneer tijd goedendag""",
        "French": """les des est et une pour avec pas vous nous dans sur qui que je tu il elle ils elles un au aux
            ce cette ces ça mais où donc chez sans très aussi notre nos votre vos mes tes leur
            leurs merci bonjour salut être avoir peux pouvez qu""",
        "Spanish": """las es y una por para con usted nosotros del un su sus muy más pero como cuando
            gracias hola está están estamos somos nuestro nuestra""",
        # "il" is French's too, "con un una" Spanish's; "mia", "ci" and "la" count only written small (below)
        "Italian": """di che non è sono gli della delle degli dello nella nelle nel alla alle il sul sulla dal dalla
            con un una
            grazie buongiorno buonasera ciao gentile egregio egregia cordiali saluti vorrei vorremmo siamo abbiamo
            ho anche molto questo questa questi mio miei suo nostro nostra nostri vostro vostra sarebbe potrebbe
            può più perché essere""",
        "Portuguese": """uma não você vocês nós nosso nossa nossos nossas com pelo pela pelos pelas dos das nos nas
            muito obrigado obrigada olá também mas quando como está estão estamos somos gostaríamos gostaria
            seria tem temos são sua seu seus suas ao aos à às é que o os para por um até""",
    }.items()
}
# written small, these are another language's; capitalised they are as often part of a name
_SMALL_ONLY: dict[str, frozenset[str]] = {
    "French": frozenset(["de", "du", "le", "la"]),
    "Spanish": frozenset(["de", "la", "en", "el", "los", "se"]),
    "Portuguese": frozenset(["de", "da", "do", "em", "se"]),
    "Italian": frozenset(["mia", "ci", "la"]),
    "Dutch": frozenset(["de", "en", "te"]),
}
_LINKS = re.compile(r"\S+@\S+|(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|org|net|io|example)\S*", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")
MIN_WORDS = 8  # fewer words than this say too little to tell a language by
# another language's share of the common words from which a mail is written in two: its English part alone may
# not say what is asked ("Je pars un collectif..., first meeting is Tuesday at 3pm. Tu serais partante?")
PARTLY_FROM = 1 / 3


@dataclass(frozen=True)
class Reading:
    """How much of a text reads as English and as each other language (by their commonest words)."""

    words: int
    english: int
    elsewhere: dict[str, int]  # a word two languages share ("de", "la", "un") counts for both
    other: int  # words of any other language, each once

    @property
    def language(self) -> str:
        """The other language with the most words ("another language" where none has any)."""
        if not self.other:
            return "another language"
        return max(self.elsewhere.items(), key=lambda kv: kv[1])[0]


# What the sender quotes ("as my mentor says, « le cash est roi »") is not the language they write in.
_QUOTED = re.compile(r'"[^"\n]{1,300}"|“[^”\n]{1,300}”|«[^»\n]{1,300}»')


def reading(text: str) -> Reading:
    text = _QUOTED.sub(" ", _LINKS.sub(" ", text[:5_000]))
    found = list(_WORD.finditer(text))
    counts: dict[str, int] = {}
    english = other = 0
    for match in found:
        word = match.group(0)
        small = word.lower()
        if small in _COMMON:
            english += 1
            continue
        if _name_or_acronym(word, text, match.start()) or _opens_a_name(word, text, match.end()):
            continue  # "MIT", "UN", "EST", "Wei Su", "de la Cruz": names and acronyms, in any language
        # a word shared by two languages counts for each: "de la ... un" is Spanish as much as French, and the
        # words only one has ("para", "una", "nuestro") tell them apart
        languages = [
            language
            for language, common in _ELSEWHERE.items()
            if small in common or (word == small and small in _SMALL_ONLY.get(language, ()))
        ]
        for language in languages:
            counts[language] = counts.get(language, 0) + 1
        other += bool(languages)
    return Reading(len(found), english, counts, other)


# A small word that opens a name ("de la Cruz", "van der Berg"): followed by more of them, then a capital. Besides
# a name's own particles (people.NAME_PARTICLE), the "y" or "e" between two surnames ("Ortega y Gasset"): kept out
# of the particles people.py reads names by, where "Ana y Carlos" is two people, not one name.
_PART_OF_A_NAME = re.compile(rf"(?:\s+(?:{NAME_PARTICLE}|y|e))*\s+[A-Z]")
_PARTICLE = re.compile(rf"{NAME_PARTICLE}|y|e", re.IGNORECASE)


def _opens_a_name(word: str, text: str, end: int) -> bool:
    """Whether a word is a name's particle before the rest of it ("de la Cruz", "van der Berg") - only such a
    word: any other before a capital is the language's own ("vielen Dank", "für Ihre Nachricht", German writing
    its nouns capitalised)."""
    return _PARTICLE.fullmatch(word) is not None and _PART_OF_A_NAME.match(text, end) is not None


def _name_or_acronym(word: str, text: str, start: int) -> bool:
    """An acronym ("MIT"), or a capitalised word inside a sentence ("Wei Su", "Paseo"): not the commonest words
    of a language, which open a sentence or are written small."""
    if len(word) >= 2 and word.isupper():
        return True
    if not word[:1].isupper():
        return False
    at = start - 1
    while at >= 0 and text[at] in " \t":  # back over the blanks before it, without copying the text
        at -= 1
    return at >= 0 and text[at] not in ".!?:;\n\"'«“(-–—"


def reads_as_english(text: str) -> bool:
    """Whether the text reads as English: not where the commonest words of another language outnumber
    English's. Short texts count as English (too few words to tell), but for those with at least two of
    another language's commonest words and twice as many as English's ("Hola Ana, ¿nos vemos el martes?"): one
    foreign word or name in a short English mail ("Merci! See you at the café") leaves it English."""
    read = reading(text)
    if read.words < MIN_WORDS:
        return read.other < 2 or read.other <= 2 * read.english
    return _english(read)


def _english(read: Reading) -> bool:
    return not (read.other > read.english and read.other >= 0.1 * read.words)


def partly_english(text: str) -> bool:
    """Whether English is only part of the text: read as English, yet another language has at least a third of
    the common words ("Salut Amélie! Je pars un collectif ..., first meeting is Tuesday at 3pm")."""
    read = reading(text)
    if read.words < MIN_WORDS or not _english(read):
        return False
    return read.other >= 3 and read.other >= PARTLY_FROM * (read.other + read.english)


def language_of(text: str) -> str:
    """The language a text not in English seems to be in, by its commonest words ("French")."""
    return reading(text).language


def not_a_name(name: str, text: str) -> bool:
    """Whether a run of capitalised words that looks like a name is the common words of the language `text` is
    in, where it is not English: German writes its nouns and its polite "Sie" capitalised ("Hätten Sie Lust",
    "Eine Stunde sollte reichen", "Liebe Grüße"), which are no one's names."""
    if reads_as_english(text):
        return False
    common = _ELSEWHERE.get(language_of(text), frozenset())
    return any(word.casefold() in common for word in name.split())


# What an invitation, an enquiry or a pitch says in the languages of business mail kindly meets most: a small
# list, honestly short. It says a mail looks like it asks something, never what it asks.
_WHAT = (
    # French
    r"invitation|invit(?:er|e|ons|ez)|invitée?s?|rencontres?|rencontrer|réunion|café|souper|dîner|conférences?|conférencier"
    r"|conférencière|atelier|panel|démo|démonstration|entrevue|balado|collectif|partenariat|collaboration"
    r"|traiteur|soumission|devis|réservation|réserver|privatiser|échantillons|commandite|kiosque"
    # ...and a professional's time asked for: "prendre rendez-vous", "une consultation"
    r"|rendez-vous|consultation"
    # ...and Quebec's after-work cocktail, an invitation by its name: "notre 5 à 7"
    r"|5\s?à\s?7|cinq\s+à\s+sept"
    # Spanish
    r"|invitación|invitar(?:te|le|la|lo|los|las)?|invita|reunión|conferencia|charla|cita|colaboración"
    r"|propuesta|presupuesto|taller|congreso|ponente"
    r"|cotización|reserva|reservación|muestras"
    # ...a meeting by the kind of talk it is, or by the verb for meeting ("una llamada de 15 minutos", "una
    # consulta", "reunirnos", "vernos"); paying asked of the reader ("Pague solo por cada prospecto")
    r"|llamada|videollamada|entrevista|consulta|reunirnos|reunirme|vernos|pague|páguenos"
    # German
    r"|einladung|einladen|treffen|kaffee|konferenz|vortrag|veranstaltung|zusammenarbeit|kostenvoranschlag"
    r"|angebot|reservierung|termin|interesse|beratung|beratungstermin|erstberatung|erstgespräch"
    # Portuguese
    r"|convite|convid(?:ar|amos|á-lo|á-la)|reunião|encontro|jantar|almoço|conferência|palestra|colaboração"
    r"|parceria|proposta|orçamento|reserva|demonstração|participar|participação"
    # Italian
    r"|invito|invitar(?:e|la|vi|ti)|incontro|incontrarci|riunione|appuntamento|consulenza|aperitivo|cena|pranzo"
    r"|conferenza|convegno|seminario|workshop|intervista|collaborazione|preventivo|prenotazione"
    r"|telefonata|videochiamata|partecipare|partecipazione"
    # Dutch
    r"|uitnodiging|uitnodigen|nodigen|afspraak|kennismakingsgesprek|adviesgesprek|gesprek|borrel|netwerkborrel"
    r"|bijeenkomst|evenement|lezing|samenwerking|voorstel|offerte|reservering"
)
# ...and the forms a request is put in ("pourriez-vous", "¿podría...?", "könnten Sie"), named after the above
_HOW = (
    r"pourriez|pourrais|pourrait|seriez|serais|aimeriez|aimerais|voudriez|voudrais|intéresserait|disponible"
    # ...and asked of "you" by the verb before its pronoun: "pouvez-vous me dire ...?"
    r"|pouvez-vous"
    r"|podría|podrías|podríamos|interesaría|quisiera|estaría|estarías|disponibles?"
    # ...asked of "you" by the pronoun before the verb: "¿Le gustaría...?", "¿Usted me puede decir...?", "¿Nos
    # puede ayudar?", "¿Le interesa?" (not "me gustaría darle las gracias": the sender's own wish, said of "me"
    # where it is no verb of asking or meeting that follows)
    r"|(?:le|te|les)\s+(?:gustaría|gustarían|interesa|interesan|parece|viene)"
    r"|(?:me|nos)\s+(?:puede|puedes|pueden|podrá|podrás)"
    r"|(?:me|nos)\s+gustaría\s+(?:invitar\w*|proponer\w*|reunir\w*|conversar|hablar|conocer\w*|saber|pedir\w*"
    r"|contratar\w*|agendar|programar|consultar\w*|presentar\w*)"
    # ...or opening a question to "you": "¿Quiere más clientes?", "¿Tendría 20 minutos?", "¿Puede venir?"
    r"|¿\s*(?:usted\s+|tú\s+)?(?:quiere|quieres|puede|puedes|tiene|tienes|tendría|tendrías|necesita|necesitas)"
    r"|könnten|würden|hätten"
    # ...and the reader's time asked: "Haben Sie nächste Woche Zeit ...?", "Auriez-vous le temps ...?", "Teria tempo
    # para uma conversa?" (not "j'aurais besoin", "teria sido": the sender's own)
    r"|(?:haben\s+sie|hast\s+du|habt\s+ihr)\s+(?:[\w.-]+\s+){0,5}zeit|auriez"
    r"|(?:tiene|tienes|tendría|tendrías)\s+(?:usted\s+)?tiempo"
    r"|poderia|poderíamos|gostaríamos|gostaria|estaria|interessaria|disponível"
    r"|(?:teria|terias)\s+(?:\w+\s+)?(?:tempo|disponibilidade)|(?:tem|tens)\s+(?:\w+\s+)?tempo\s+para"
    # ...and "pode dizer-me ...?", "podia ajudar-me?": a request to "you" by its verb
    r"|pode-me|pode\s+dizer-me|podia|poderá"
    # ...and Italian's, to "Lei": "Potrebbe ...?", "Le andrebbe ...?", "Sarebbe disponibile ...?"
    r"|potrebbe|potrebbero|potremmo|sarebbe|sarebbero|vorrebbe|avrebbe|le\s+(?:andrebbe|interessa|interesserebbe)"
    r"|disponibile|può\s+(?:dirmi|spiegarmi|indicarmi|consigliarmi)"
    # ...and Dutch's, to "u": "Zou u ...?", "Kunt u ...?", "Heeft u tijd ...?", "Lijkt het u ...?"
    r"|(?:zou|zoudt|kunt|wilt|heeft|hebt|bent)\s+u|lijkt\s+het\s+u|schikt|beschikbaar"
)
_ASKS = [re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE) for words in (_WHAT, _HOW)]
# ...but not the courtesies a thank-you or a receipt closes with, which ask nothing: the sender staying at the
# reader's disposal ("Resto disponibile per qualsiasi domanda", "Je reste disponible", "Quedo disponible", "Fico
# disponível", "Ik blijf beschikbaar") and a regret ("sarebbe stato bello vederti": it would have been)
_COURTESY = re.compile(
    r"(?<!\w)(?:(?:resto|rimango|restiamo|rimaniamo|reste|restons|demeure|demeurons|quedo|quedamos|sigo|seguimos"
    r"|fico|ficamos|continuo|continuamos|blijf|blijven)\s+(?:(?:a|à|ik|we|wij|sempre|toujours|totalmente|"
    r"completamente|volledig|graag)\s+)?(?:disponibile|disponibili|disponible|disponibles|disponível|disponíveis"
    r"|beschikbaar)|sarebbe(?:ro)?\s+stat[oaie])(?!\w)",
    re.IGNORECASE,
)


# most mail says none of them: a cheap look first
_COURTESY_CHEAP = re.compile(r"dispon|beschikbaar|stat[oaie]\b", re.IGNORECASE)


def _without_courtesies(text: str) -> str:
    return _COURTESY.sub(" ", text) if _COURTESY_CHEAP.search(text) else text


# a newsletter or a mailing is sent to many: what it announces asks nothing of this user
_MAILING = re.compile(
    r"désabonner|désinscri|infolettre|newsletter|unsubscribe|darse de baja|abmelden|abbestellen|"
    r"cancelar (?:a )?(?:sua )?subscrição|anular (?:a )?subscrição|disiscriv|afmelden|uitschrijven",
    re.IGNORECASE,
)


def asks_by_its_form(text: str) -> bool:
    """Whether a mail in another language puts a request in the form of one ("pourriez-vous", "¿Le gustaría...?",
    "quisiera"), not only names a meeting ("la consulta de ayer")."""
    return not _MAILING.search(text) and _ASKS[1].search(_without_courtesies(text)) is not None


def asks_in_another_language(text: str) -> tuple[str, ...]:
    """The words that make a mail in another language look like an invitation, an enquiry or a pitch
    ("invitation", "traiteur", "pourriez"), in the order they come; none for a newsletter."""
    if _MAILING.search(text):
        return ()
    found: list[str] = []
    read = _without_courtesies(text)
    for asks in _ASKS:
        for match in asks.finditer(read):
            word = match.group(0).lower()
            if word not in found:
                found.append(word)
    return tuple(found)


# The days, dates, hours and street addresses kindly can read in German, French, Spanish, Portuguese, Italian and
# Dutch: numbers and the names of days and months, never the sentences around them ("Donnerstag, 10. Dezember um
# 10:00 Uhr", "mardi 8 décembre à 14h30", "el martes 8 de diciembre a las 10:00", "martedì 8 dicembre alle 12",
# "Paul-Lincke-Ufer 39"). They are shown as written: kindly cannot tell what they are for.
_WEEKDAYS = (
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo"
    r"|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira"
    r"|lunedì|lunedi|martedì|martedi|mercoledì|mercoledi|giovedì|giovedi|venerdì|venerdi|sabato|domenica"
    r"|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
)
_MONTHS_DE = (
    r"januar|jänner|februar|märz|maerz|april|mai|juni|juli|august|september|oktober|november|dezember"
)
_MONTHS_FR = (
    r"janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre"
)
_MONTHS_ES = (
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
)
_MONTHS_PT = r"janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro"
_MONTHS_IT = r"gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre"
_MONTHS_NL = r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
_DATE = (
    rf"\d{{1,2}}\.\s?(?:{_MONTHS_DE})(?:\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:er)?\s+(?:{_MONTHS_FR})(?:\s+\d{{4}})?"
    rf"|\d{{1,2}}°?\s+(?:{_MONTHS_IT})(?:\s+\d{{4}})?"
    rf"|\d{{1,2}}\s+de\s+(?:{_MONTHS_ES}|{_MONTHS_PT})(?:\s+(?:de\s+)?\d{{4}})?"
    r"|\d{1,2}\.\d{1,2}\.(?:\d{2,4})?"
)
# "10:00 Uhr", "14h30", "14 h 30", and in Quebec "12 h" (its space kept)
# ...and Spain's "10.30 h", "18:00 h"
_HOUR = (
    r"\d{1,2}(?:[:.]\d{2})?\s?uhr|\d{1,2}[:.]\d{2}\s?h(?!\w)|\d{1,2}\s?h\s?\d{2}|\d{1,2}\s?h(?!\w)"
    r"|\d{1,2}:\d{2}(?:\s?uhr)?"
)
_AT_HOUR = rf"(?:,?\s+(?:um|ab|von|gegen|à|às|a\s+las|a\s+la|de|desde)?\s*)(?:{_HOUR})(?:\s*(?:-|–|bis|à|a|hasta)\s*(?:{_HOUR}))?"
_HOUR_ALONE = rf"(?:um|ab|von|à|às|a\s+las)\s+(?:{_HOUR})(?:\s*(?:-|–|bis|à|a|hasta)\s*(?:{_HOUR}))?"
# ...and Italy's, said with its preposition, the minutes after a colon or a dot: "alle 10", "dalle 18 alle 20", "alle
# ore 10.30", "ore 18:30" (not "ore" before a bare number: an English word). Read in Italian mail only: German's
# "alle 14 Tage" is every fortnight.
_HOUR_IT = r"(?:alle|dalle)\s+(?:ore\s+)?\d{1,2}(?:[:.]\d{2})?(?![:.]?\d)|ore\s+\d{1,2}[:.]\d{2}(?![:.]?\d)"
_HOURS_IT = rf"(?:{_HOUR_IT})(?:\s*[-–]\s*\d{{1,2}}(?:[:.]\d{{2}})?|\s+(?:{_HOUR_IT}))?"

# ...and the Netherlands', "dinsdag 8 december om 10.00 uur", "om 14.30 uur": read in Dutch mail only, where "8
# december" is no English date
_DATE_NL = rf"\d{{1,2}}\s+(?:{_MONTHS_NL})(?:\s+\d{{4}})?"
_HOUR_NL = r"\d{1,2}(?:[:.]\d{2})?\s?uur|\d{1,2}[:.]\d{2}"
_HOURS_NL = rf"(?:om|vanaf|van)\s+(?:{_HOUR_NL})(?:\s*(?:-|–|tot)\s*(?:{_HOUR_NL}))?"


def _moment(at_hour: str, hour_alone: str, date: str = _DATE) -> re.Pattern[str]:
    return re.compile(
        # "bis 15. Dezember", "avant le 4 décembre", "até ao dia 4 de dezembro", "entro il 4 dicembre": a day to
        # answer by, shown with the word that says so
        rf"(?<!\w)(?:(?:bis(?:\s+zum)?\s+|avant\s+le\s+|jusqu'au\s+|antes\s+d(?:el?|o)\s+(?:dia\s+)?|hasta\s+el\s+"
        rf"|até\s+(?:ao\s+)?(?:dia\s+)?|entro\s+(?:il\s+|l['’])?|uiterlijk\s+|vóór\s+)?"
        rf"(?:(?:{_WEEKDAYS}),?\s+(?:den\s+|le\s+|el\s+|dia\s+)?)?(?:{date})(?:{at_hour})?"
        rf"|(?:{_WEEKDAYS})(?:{at_hour})?"
        rf"|{hour_alone})(?!\w)",
        re.IGNORECASE,
    )


_MOMENT = _moment(_AT_HOUR, _HOUR_ALONE)
_MOMENTS_IN = {
    "Italian": _moment(rf"{_AT_HOUR}|,?\s+{_HOURS_IT}", rf"{_HOUR_ALONE}|{_HOURS_IT}"),
    "Dutch": _moment(rf"{_AT_HOUR}|,?\s+{_HOURS_NL}", rf"{_HOUR_ALONE}|{_HOURS_NL}", rf"{_DATE}|{_DATE_NL}"),
}
_STREET = re.compile(
    r"(?<!\w)(?:[A-ZÄÖÜ][\w.-]*(?i:straße|strasse|str\.|ufer|platz|allee|damm|gasse|weg|ring|markt)\s+\d{1,4}[a-z]?"
    r"|\d{1,4},?\s+(?:rue|avenue|boulevard|bd|place|quai|allée|impasse)\s+(?:(?:de|du|des|la|le|l')\s*)*"
    r"[A-ZÀ-Ý][\w'-]*(?:\s+[A-ZÀ-Ý][\w'-]*)*"
    r"|(?i:calle|c/|avenida|avda\.|plaza|paseo)\s+(?:de\s+(?:la\s+|los\s+|las\s+)?)?[A-ZÁÉÍÓÚÑ][\w-]*(?:\s+[A-ZÁÉÍÓÚÑ][\w-]*)*"
    r"(?:,?\s+\d{1,4})?)",
)


_TO_ANSWER_BY = re.compile(
    r"(?:bis|avant|jusqu'au|antes|hasta|até|entro|uiterlijk|vóór)(?!\w)", re.IGNORECASE
)


# a moment with its hour, not a day alone: "sábado 12 de diciembre a las 10:00", "mardi 8 décembre à 14h30", "um 10
# Uhr", "martedì 8 dicembre alle 12", "dinsdag 8 december om 12.00 uur"
_WITH_ITS_HOUR = re.compile(
    r"\d:\d\d|\d\s?h|\d\s?u(?:h|u)r|(?<!\w)(?:alle|dalle|ore)\s+(?:ore\s+)?\d|(?<!\w)om\s+\d", re.IGNORECASE
)


def names_its_hour(moment: str) -> bool:
    """Whether a moment `moments_and_places` found names its hour ("martedì 8 dicembre alle 12"), not a day alone."""
    return _WITH_ITS_HOUR.search(moment) is not None


def to_answer_by(moment: str) -> bool:
    """Whether a moment `moments_and_places` found is a day to answer by ("até 4 de dezembro às 17h"), not a
    meeting's day."""
    return _TO_ANSWER_BY.match(moment) is not None


def moments_and_places(text: str) -> tuple[str, ...]:
    """The days, hours and street addresses a text in German, French, Spanish, Portuguese, Italian or Dutch names,
    as written and in order, each once ("Donnerstag, 10. Dezember um 10:00 Uhr", "Paul-Lincke-Ufer 39"); an hour
    said with its preposition alone ("alle 12", "om 12 uur") or a Dutch date only in a text in its language."""
    flat = " ".join(text.split())
    moment = _MOMENTS_IN.get(language_of(flat), _MOMENT)
    found = sorted(
        [(m.start(), m.group(0).strip(" ,")) for m in moment.finditer(flat)]
        + [(m.start(), m.group(0).strip(" ,")) for m in _STREET.finditer(flat)]
    )
    return tuple(
        dict.fromkeys(said for _, said in found if any(ch.isdigit() for ch in said) or len(said) > 3)
    )
