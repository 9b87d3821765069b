"""The week after something a sender names: "la semaine d'après Noël", "die Woche nach der Messe", "la semana
después del congreso", "the week after the conference" - the week that follows the day of what they name, read
from a feast's day or from the day the mail gives it ("Le congrès a lieu du 15 au 17 décembre"), never as the
week after next. "La semaine d'après" said alone after a day ("Je suis au congrès du 15 au 17 décembre. La
semaine d'après?") is the week after that day; said with nothing before it to follow, it keeps its own reading
(understand/languages/: the week after next). Where a mail names what the week follows but gives no day for it
("la semaine d'après le congrès"), kindly cannot tell the week: the reply asks for the day rather than guessing.

Pure: regular expressions over the text, no model; English and every language kindly reads."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

_F = re.IGNORECASE

# what may stand between the words for "the week after" and the thing it follows: "le", "der", "del", "ao"
_ARTICLE = (
    r"the|our|your|their|this|that|le|la|les|l['’]|du|des|notre|votre|ce|cette|cet|el|los|las|nuestro|nuestra"
    r"|su|der|dem|den|die|das|unserer|unserem|unseren|ihrer|ihrem|eurer|o|os|a|as|nosso|nossa|seu|sua|il|lo"
    r"|gli|i|de|het|ons|onze|uw"
)
# the thing itself: a word, or a day ("le 17 décembre")
_THING = r"(?P<thing>\d{1,2}(?:er|\.|°)?\s+(?:de\s+)?[^\W\d_]+|[^\W\d_][\w-]*)"
# the week after next is no week after a thing (understand/languages/ reads it): "la semana después de la próxima"
_NOT_NEXT = r"(?!(?:next|prochaine|próxima|proxima|que\s+viene|nächste[nrs]?|naechste[nrs]?|prossima|volgende|komende)\b)"
_WEEK_AFTER_A_THING = re.compile(
    r"(?<!\w)(?:"
    r"week\s+(?:after|following)"
    r"|semaine\s+(?:d['’]après|après|suivant)"
    r"|semana\s+(?:después|despues|luego|siguiente|posterior|depois|a\s+seguir|seguinte)(?:\s+(?:de|a))?"
    r"|woche\s+nach"
    r"|settimana\s+(?:dopo|successiva\s+a)"
    r"|week\s+na"
    r")\s+"
    rf"(?P<named>(?P<article>(?:al|del|ao|aos|à|às|da|do|das|dos|allo|alla|all['’]|ai|agli|alle|dal|dalla|dallo)"
    rf"(?:\s+|(?<=['’]))|(?:{_ARTICLE})(?:\s+|(?<=['’])))?"
    rf"{_NOT_NEXT}(?!(?:{_ARTICLE})\b){_THING})",
    _F,
)
# "the week after" said alone, after what it follows: "la semaine d'après?", "die Woche danach", "de week erna"
_WEEK_AFTER_ALONE = re.compile(
    r"(?<!\w)(?:(?:the\s+)?week\s+after(?=\s*(?:[?!.,;:]|$|that\b|it\b))|the\s+following\s+week"
    r"|semaine\s+(?:d['’]après|suivante)(?!\s+\w)"
    r"|woche\s+danach|(?:darauf)?folgende[nr]?\s+woche"
    r"|semana\s+(?:siguiente|seguinte|a\s+seguir|depois|después|despues)(?=\s*[?!.,;:])"
    r"|settimana\s+(?:dopo|successiva|seguente)(?=\s*[?!.,;:])"
    r"|week\s+(?:erna|daarna|daarop))",
    _F,
)

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "january janvier enero januar jänner janeiro gennaio januari",
            "february février fevrier febrero februar fevereiro febbraio februari",
            "march mars marzo märz maerz março maart",
            "april avril abril aprile",
            "may mai mayo maio maggio mei",
            "june juin junio juni junho giugno",
            "july juillet julio juli julho luglio",
            "august août aout agosto augustus",
            "september septembre septiembre setiembre setembro settembre",
            "october octobre octubre oktober outubro ottobre",
            "november novembre noviembre novembro",
            "december décembre decembre diciembre dezember dezembro dicembre",
        ),
        start=1,
    )
    for name in names.split()
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
# a day of a month, the last of a span ("du 15 au 17 décembre", "vom 15. bis 17. Dezember", "December 15-17")
_DAY = re.compile(
    rf"(?<!\w)(?:(?P<day>\d{{1,2}})(?:er|\.|°|st|nd|rd|th)?\s+(?:de\s+|of\s+)?(?P<month>{_MONTH})"
    rf"|(?P<month_first>{_MONTH})\s+(?:\d{{1,2}}\s*[-–]\s*)?(?P<day_after>\d{{1,2}})(?:st|nd|rd|th)?)(?!\w)",
    _F,
)


def _easter(year: int) -> date:
    """Easter Sunday of the Western churches (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * ell) // 433
    month = (h + ell - 7 * m + 90) // 25
    return date(year, month, (h + ell - 7 * m + 33 * month + 19) % 32)


def _thanksgiving(year: int) -> date:
    first = date(year, 11, 1)
    return first + timedelta(days=(3 - first.weekday()) % 7 + 21)  # the fourth Thursday of November


# the feasts whose day every reader knows, in every language kindly reads
_FEASTS = (
    (
        re.compile(r"christmas|xmas|no[eë]l|navidad(?:es)?|weihnachten|natal|natale|kerst(?:mis)?", _F),
        "christmas",
    ),
    (
        re.compile(
            r"new\s+year|nouvel\s+an|jour\s+de\s+l['’]an|año\s+nuevo|neujahr|ano\s+novo|capodanno|nieuwjaar",
            _F,
        ),
        "new year",
    ),
    (re.compile(r"easter|p[âa]ques|pascua|ostern|p[áa]scoa|pasqua|pasen", _F), "easter"),
    (re.compile(r"thanksgiving", _F), "thanksgiving"),
)
_FEAST_DAY = {
    "christmas": lambda year: date(year, 12, 25),
    "new year": lambda year: date(year, 1, 1),
    "easter": _easter,
    "thanksgiving": _thanksgiving,
}
# a sentence ends at its stop, not at a German day's ("vom 15. bis 17. Dezember")
_SENTENCE = re.compile(r"(?<=[.!?])(?<!\d\.)\s+|\n\s*\n")
_SHORT = re.compile(r"^(?:the|and|for|with|une?|les?|des?|der|die|das|dem|den|del|los|las|het|een)$", _F)


@dataclass(frozen=True)
class WeekAfter:
    """The week after something a sender names: their words, what it follows, and the Monday of that week (None
    where the mail gives no day for what it follows)."""

    said: str  # "week after the fair"
    after: str  # "the fair" ("" for "the week after" said alone, after a day)
    monday: date | None


# what makes the words of a week the week a sender wants: a question, or a clause that asks, wishes or offers
# ("Auriez-vous le temps", "Vorrei fissare", "I'm free", "me conviendría"), in every language kindly reads - not
# one that says where they are then ("Je serai absent la semaine d'après Noël", "I'm away the week after the fair")
_ASKS_OR_OFFERS = re.compile(
    r"(?<!\w)(?:"
    r"could|would|can|may|shall|are\s+you|do\s+you|let['’]?s|free|available|works?\s+for|suits?|how\s+about"
    r"|what\s+about|(?:like|love|want)\s+to|hop(?:e|ing)|prefer\w*|book|schedule|best|ideal|better|good\s+for"
    r"|suggest|propose|propos\w*|propong\w*|propon\w*|vorschlag\w*|schlage|stel\s+voor|meilleur|mejor|melhor"
    r"|meglio|am\s+besten|beste|ideaal|idéal\w*|ideale"
    r"|auriez|pourriez|pourrions|pourrait|seriez|serait|voulez|voudriez|aimerais|aimerions|voudrais|souhait\w*"
    r"|libres?|disponibles?|convien\w*|est-ce\s+que|rendez-vous|préfér\w*"
    r"|tiene|tendría|podr[ií]\w*|podemos|puede|quisiera|quiero|gustar[ií]a|viene\s+bien|agendar"
    r"|haben\s+sie|hätten\s+sie|habt\s+ihr|könnten|können|möchte\w*|würde\w*|gerne?|frei|zeit|passt|passen"
    r"|ginge|lieber|teria|tem|poderia|podíamos|pode|gostaria|gostava|queria|disponível|livre|dá\s+jeito|marcar"
    r"|vorrei|vorremmo|potrebbe|potremmo|possiamo|avrebbe|sarebbe|disponibili?|liber[oaie]|va\s+bene|fissare"
    r"|heeft\s+u|hebt\s+u|heb\s+je|zou|zouden|kunnen|graag|wil|willen|beschikbaar|tijd|schikt|liever"
    r")(?!\w)",
    _F,
)
# ...and what says a time does not suit ("Je ne serai pas là", "Ich bin nicht da", "I'm not around")
_NOT = re.compile(
    r"(?<!\w)(?:not|ne|pas|no|nicht|kein\w*|não|non|niet|geen)(?!\w)|n['’]t\b|(?<!\w)n['’](?=\w)", _F
)
# the clauses of a sentence, each read apart: "Je serai absent la semaine d'après Noël, mais pourrions-nous ...?"
_CLAUSE = re.compile(
    r",?\s+(?:but|so|mais|donc|aber|pero|mas|ma|però|maar|dus)\s+|;|,\s+(?=(?:could|would|can|pourri|auriez|"
    r"könnten|haben\s+sie|podría|tiene|teria|poderia|potrebbe|vorrei|heeft\s+u|kunnen)\b)",
    _F,
)


def _asked_or_offered(sentence: str, start: int) -> bool:
    """Whether the clause of `sentence` that holds `start` (where the words of a week begin) asks for a time or
    offers one: a question, or words of asking, wishing or being free that say no "not"."""
    begin, end = 0, len(sentence)
    for cut in _CLAUSE.finditer(sentence):
        if cut.end() <= start:
            begin = cut.end()
        elif cut.start() >= start:
            end = cut.start()
            break
    clause = sentence[begin:end]
    if (end == len(sentence) and re.search(r"\?\s*$", clause)) or "¿" in clause:
        return True
    return _ASKS_OR_OFFERS.search(clause) is not None and _NOT.search(clause) is None


def week_after(text: str, written: date) -> WeekAfter | None:
    """The week after something `text` names, counted from the day it was `written`; None where it names none,
    or says "the week after" alone with no day before it (the week after next, in French: its own reading). Only
    the words of a week the sender asks for or offers count: "Je serai absent la semaine d'après Noël" says when
    they are away, not when they would meet."""
    sentences = [part for part in _SENTENCE.split(text) if part.strip()]
    for at, sentence in enumerate(sentences):
        found = _WEEK_AFTER_A_THING.search(sentence)
        if found is not None and not _asked_or_offered(sentence, found.start()):
            found = None
        if found is not None and (thing := _thing_named(found)):
            day = _day_of(sentence[found.start("thing") :], written)
            rest = [
                *sentences[:at],
                sentence[: found.start()] + sentence[found.end() :],
                *sentences[at + 1 :],
            ]
            day = day or _day_given(thing, rest, written)
            return WeekAfter(found.group(0), found.group("named"), _monday_after(day) if day else None)
        alone = _WEEK_AFTER_ALONE.search(sentence)
        if alone is not None and _asked_or_offered(sentence, alone.start()):
            before = " ".join([*sentences[max(0, at - 1) : at], sentence[: alone.start()]])
            day = _last_day_in(before, written)
            if day is not None:
                return WeekAfter(alone.group(0), "", _monday_after(day))
    return None


def _thing_named(found: re.Match[str]) -> str:
    """The thing a week is said to follow, where it is one: a feast or a day, a word after an article ("le
    congrès"), or a name ("Noël", "Weihnachten") - not a word that goes on with the sentence ("la semaine d'après
    pour un échange": the week after next)."""
    thing = found.group("thing")
    if thing[0].isdigit():
        return thing if _DAY.match(thing) else ""  # "the week after 2 rounds of review" follows no day
    if found.group("article") or thing[0].isupper() or _feast(thing):
        return thing
    return ""


def _feast(text: str) -> str:
    return next((feast for pattern, feast in _FEASTS if pattern.match(text)), "")


def _monday_after(day: date) -> date:
    return day + timedelta(days=7 - day.weekday())


def _day_of(thing: str, written: date) -> date | None:
    """The day a thing that opens `thing` is by itself: a feast ("Noël", "New Year") or a date ("17 décembre")."""
    if feast := _feast(thing):
        day = _FEAST_DAY[feast]
        found: date = day(written.year)
        return found if found >= written - timedelta(days=7) else day(written.year + 1)
    found_day = _DAY.match(thing)
    return _last_day_in(found_day.group(0), written) if found_day else None


def _day_given(thing: str, sentences: list[str], written: date) -> date | None:
    """The day the rest of the mail gives the thing: "Le congrès a lieu du 15 au 17 décembre"."""
    if _SHORT.match(thing) or len(thing) < 3:
        return None
    named = re.compile(rf"(?<!\w){re.escape(thing[:-1])}\w?(?!\w)", _F)  # "congrès", "Messe" / "Messen"
    for sentence in sentences:
        if named.search(sentence) and (day := _last_day_in(sentence, written)):
            return day
    return None


def _last_day_in(text: str, written: date) -> date | None:
    """The last day of a month a text names ("du 15 au 17 décembre": the 17th), or the last feast it names."""
    days: list[tuple[int, date]] = []
    for found in _DAY.finditer(text):
        month = _MONTHS[(found.group("month") or found.group("month_first")).lower()]
        number = int(found.group("day") or found.group("day_after"))
        if (day := _in_its_year(month, number, written)) is not None:
            days.append((found.start(), day))
    for pattern, _ in _FEASTS:
        for found in pattern.finditer(text):
            if (day := _day_of(text[found.start() :], written)) is not None:
                days.append((found.start(), day))
    return max(days)[1] if days else None


def _in_its_year(month: int, number: int, written: date) -> date | None:
    try:
        day = date(written.year, month, number)
        return day if day >= written - timedelta(days=7) else date(written.year + 1, month, number)
    except ValueError:
        return None
