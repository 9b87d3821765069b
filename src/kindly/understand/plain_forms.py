"""What a mail in a language kindly has a table for (understand/languages/) plainly is: the ideas its words say,
and whether it is a thank-you or a receipt, a prospective client asking for a consultation about their own
matter, or someone offering their services. A few fixed forms, honestly short; kindly still reads no sentence of
these languages, so a mail that says none of them plainly is left to the user.

Pure: regular expressions over the text, no model."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from itertools import accumulate

from kindly.understand.language import language_of, reads_as_english
from kindly.understand.languages import READ, Words

_QUESTION = re.compile(r"[?¿]")
_SENTENCE_END = re.compile(r"(?<=[.!])\s+|\n\s*\n")


def words_of(text: str) -> Words | None:
    """The table of the language a text is written in, where it is not English and kindly has one."""
    if reads_as_english(text):
        return None
    return READ.get(language_of(text))


def ideas_in(text: str, part: str | None = None) -> tuple[tuple[str, str], ...]:
    """The words of a text (or of a `part` of it) that say one of kindly's ideas in its language, each with the
    English words of it, in order and each once (("Pague", "pay"), ("por cada prospecto", "paid lead
    generation")); none for a text in English or in a language kindly has no table for."""
    words = words_of(text)
    if words is None:
        return ()
    read = text if part is None else part
    found = sorted(
        (match.start(), match.group(0), english)
        for pattern, english in words.ideas
        for match in pattern.finditer(read)
    )
    seen: dict[str, tuple[str, str]] = {}
    for _, said, english in found:
        seen.setdefault(english, (said, english))
    return tuple(seen.values())


def thanks_or_receipt(words: Words, text: str, named: Sequence[str] = ()) -> str:
    """The words that make a mail a thank-you or a receipt that asks nothing ("gracias por", "merci pour",
    "recibo"), or "" where it asks something (a question, an hour named, a matter of theirs) or is neither. The
    words of a meeting it `named` ("consulta", "llamada") must be the thanks' or the receipt's own: "Gracias por su
    mensaje. Le propongo una reunión." proposes one."""
    if _QUESTION.search(text) or words.an_hour.search(text):
        return ""
    parts = _SENTENCE_END.split(text)
    thanked = [part for part in parts if words.thanks.search(part) or words.receipt.search(part)]
    if not thanked or own_matter(words, " ".join(part for part in parts if part not in thanked)):
        return ""  # "Gracias por la consulta. Mi hermano también necesita ayuda con su residencia." asks more
    said = " ".join(thanked).lower()
    if any(not re.search(rf"(?<!\w){re.escape(word.lower())}(?!\w)", said) for word in named):
        return ""
    found = words.thanks.search(thanked[0]) or words.receipt.search(thanked[0])
    return found.group(0) if found else ""


# a sentence, to read what it says of days: up to its end, a question's too ("¿Le queda bien el martes?")
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n\s*\n")


def days_that_suit(words: Words, text: str) -> tuple[str, ...]:
    """The days and the parts of the day a sender says suit them, in the English words kindly's times are read by,
    each day with the part said for it ("Puedo los martes por la tarde o el jueves": ("Tuesday afternoon",
    "Thursday")) - a part said only after the last day covers them all ("el martes o el jueves por la tarde":
    ("Tuesday Thursday afternoon",)) - from the sentences (or the halves of one, "Je ne peux pas le lundi, mais
    je suis libre le mercredi") that say so and say no "no" ("No puedo el lunes"); none where none does."""
    said: list[str] = []
    for sentence in _halves(words, text):
        # ...or that names a day of the week they ask for ("Pourrions-nous nous voir mardi prochain?")
        suits = words.suits.search(sentence) or _day_of_a_week_asked(words, sentence)
        if suits and not words.suits_not.search(sentence):
            said += _days_with_their_parts(words, sentence)
    return tuple(dict.fromkeys(said))


def weeks_ahead(words: Words, text: str) -> int:
    """How many weeks after the one they wrote in the sender asks to meet: 1 for "nächste Woche", "la semaine
    prochaine", "el próximo martes"; 2 for "übernächste Woche"; 0 where they ask for no such week, or say it does
    not suit ("Nächste Woche bin ich nicht da, aber übernächste Woche ginge es": 2), or say it of something else
    than meeting ("Nächste Woche habe ich einen Termin beim Finanzamt."): a week read where it is asked, said to
    suit, or said of the meeting asked for. A "no" inside the words of the week is theirs, not a "no" to it: "la
    semana que viene no, la siguiente" asks for the week after next (2)."""
    return _week_asked(words, text)[0]


def day_named_by_next_week(words: Words, text: str) -> bool:
    """Whether the week a sender asks for is next week, named by a day of it ("el próximo martes", "nächsten
    Dienstag", "mardi prochain") rather than by the week ("la semana que viene"): written earlier in the same week,
    as English "next Tuesday" on a Monday, it may mean this week's day as well."""
    weeks, said = _week_asked(words, text)
    return weeks == 1 and any(day.search(said) for day, _ in words.weekdays)


def _week_asked(words: Words, text: str) -> tuple[int, str]:
    for sentence in _halves(words, text):
        if not _asks_or_suits(words, sentence):
            continue
        for pattern, weeks in words.weeks_ahead:
            found = pattern.search(sentence)
            if found is None:
                continue
            if words.suits_not.search(f"{sentence[: found.start()]} {sentence[found.end() :]}"):
                break  # "Nächste Woche kann ich leider nicht.": this sentence asks for no week
            return weeks, found.group(0)
    return 0, ""


def _asks_or_suits(words: Words, sentence: str) -> bool:
    return bool(
        _QUESTION.search(sentence)
        or words.suits.search(sentence)
        or words.meeting.search(sentence)
        or words.consultation_asked.search(sentence)
    )


def _halves(words: Words, text: str) -> list[str]:
    """The sentences of a text, each split where it turns round ("No puedo el lunes, pero el martes sí") - not
    inside the words of a week, which may turn round themselves ("la semana que viene no, sino la siguiente")."""
    return [half for whole in _SENTENCE.split(text) for half in _split_at_turns(words, whole)]


def _split_at_turns(words: Words, sentence: str) -> list[str]:
    # the words of a week that turn round themselves: seldom any, and then found by bisection (long text stays fast)
    weeks = sorted(
        found.span()
        for pattern, _ in words.weeks_ahead
        for found in pattern.finditer(sentence)
        if words.but.search(found.group(0))
    )
    if not weeks:
        return words.but.split(sentence)
    starts = [first for first, _ in weeks]
    reach = list(accumulate((last for _, last in weeks), max))  # the furthest end of the weeks begun so far
    halves: list[str] = []
    start = 0
    for turn in words.but.finditer(sentence):
        before = bisect_left(starts, turn.start()) - 1
        if before < 0 or reach[before] <= turn.start():
            halves.append(sentence[start : turn.start()])
            start = turn.end()
    return [*halves, sentence[start:]]


def _day_of_a_week_asked(words: Words, sentence: str) -> bool:
    """Whether a sentence names a day by the week it is in: "nächsten Dienstag", "mardi prochain"."""
    return any(
        day.search(found.group(0))
        for pattern, _ in words.weeks_ahead
        for found in pattern.finditer(sentence)
        for day, _ in words.weekdays
    )


def _days_with_their_parts(words: Words, sentence: str) -> list[str]:
    """The days one sentence says suit, each with the part of the day said between it and the next day."""
    days = sorted(
        (found.start(), found.group(0), english)
        for pattern, english in words.weekdays
        for found in pattern.finditer(sentence)
    )
    if not days:
        return [part] if (part := _part_in(words, sentence)) else []
    before = _part_in(words, sentence[: days[0][0]])  # "por la tarde, el martes o el jueves": all of them
    ends = [start for start, _, _ in days[1:]] + [len(sentence)]
    # a day's own part first: "Donnerstagnachmittag, vormittags aber nicht" is Thursday afternoon
    parts = [
        _part_in(words, day) or _part_in(words, sentence[start:end])
        for (start, day, _), end in zip(days, ends, strict=True)
    ]
    names = list(dict.fromkeys(english for _, _, english in days))
    # "el martes o el jueves por la tarde": one part for every day said - not one joined to the last day's own
    # word, which is that day's alone ("freitags oder Dienstagnachmittag": Friday, and Tuesday afternoon)
    if not any(parts[:-1]) and not _part_in(words, days[-1][1]):
        return [" ".join(filter(None, (*names, before or parts[-1])))]
    return [
        " ".join(filter(None, (english, part or before)))
        for (_, _, english), part in zip(days, parts, strict=True)
    ]


def _part_in(words: Words, text: str) -> str:
    return next((english for pattern, english in words.parts_of_day if pattern.search(text)), "")


def _first(pattern: re.Pattern[str], text: str) -> str:
    found = pattern.search(text)
    return found.group(0) if found else ""


def consultation_asked(words: Words, text: str) -> str:
    """The words in which a mail asks for a consultation ("agendar una consulta", "prendre rendez-vous"), or ""."""
    return _first(words.consultation_asked, text)


def time_asked(words: Words, text: str) -> str:
    """The words in which a mail asks for the reader's time for a talk ("Zeit für ein Gespräch", "tiempo para una
    charla"), or "": a consultation where a client names their own matter, a meeting asked by anyone else."""
    return _first(words.time_asked, text)


def own_matter(words: Words, text: str) -> str:
    """The words in which the sender names their own matter or their family's ("mi esposo", "mon dossier")."""
    return _first(words.own_matter, text)


def services_offered(words: Words, text: str) -> str:
    """The words in which the sender offers their services ("Somos una", "Nous sommes une agence"), or "" - not
    where they name their own business as a client does ("Wij zijn een familiebedrijf", "Siamo una piccola impresa
    familiare": own_matter's words), which offers nothing."""
    own = [found.span() for found in words.own_matter.finditer(text)]
    for found in words.services_offered.finditer(text):
        if not any(start < found.end() and found.start() < end for start, end in own):
            return found.group(0)
    return ""


def meeting_asked(words: Words, text: str) -> str:
    """The word for the meeting a mail asks for ("reunión", "rencontre"), or ""."""
    return _first(words.meeting, text)
