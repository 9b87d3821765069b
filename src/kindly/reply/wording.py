"""How a rendered draft's words are put: a description set inside a sentence, a formal letter's verbs spelled out
("I would be glad") and its turns of phrase, one blank line between paragraphs (kindly.reply.compose applies them
to what its templates render)."""

from __future__ import annotations

import re


def lower_first(text: str) -> str:
    """A description set inside a sentence: "A two-page checklist" becomes "a two-page checklist"; an acronym
    ("CPA guide") and "I" keep their capitals."""
    first = text.split(" ", 1)[0]
    if first == "I" or first.startswith(("I'", "I’")) or (len(first) > 1 and first[:2].isupper()):
        return text
    return text[:1].lower() + text[1:]


# A formal letter spells its verbs out: "I would be glad", not "I'd be glad".
_CONTRACTIONS = {
    "i'd": "I would",
    "i'll": "I will",
    "i'm": "I am",
    "i've": "I have",
    "you'd": "you would",
    "you're": "you are",
    "you've": "you have",
    "we'd": "we would",
    "we're": "we are",
    "it's": "it is",
    "that's": "that is",
    "here's": "here is",
    "there's": "there is",
    "don't": "do not",
    "doesn't": "does not",
    "isn't": "is not",
    "can't": "cannot",
    "won't": "will not",
    "wouldn't": "would not",
    "couldn't": "could not",
}


_CONTRACTION = re.compile(r"\b(" + "|".join(map(re.escape, _CONTRACTIONS)) + r")\b", re.IGNORECASE)


def without_contractions(text: str, kept: tuple[str, ...] = ()) -> str:
    """The text with its verbs spelled out, but not inside `kept` (a resource's title and link, the user's own
    answers: their words as they wrote them) nor inside a link."""
    spans = [(m.start(), m.end()) for k in kept if k for m in re.finditer(re.escape(k), text)]
    spans += [(m.start(), m.end()) for m in re.finditer(r"https?://\S+", text)]

    def spelled(found: re.Match[str]) -> str:
        if _TAG_QUESTION.match(text, found.end()) or any(a <= found.start() < b for a, b in spans):
            return found.group(0)  # "isn't it?" stays a question; their words stay theirs
        full = _CONTRACTIONS[found.group(0).lower()]
        return full[:1].upper() + full[1:] if found.group(0)[:1].isupper() else full

    return _CONTRACTION.sub(spelled, text)


# Casual turns of phrase a formal letter puts otherwise.
_FORMAL_PHRASES = (
    ("Count me in - see you on", "I would be glad to attend, and I look forward to seeing you on"),
    ("Count me in - see you", "I would be glad to attend, and I look forward to seeing you"),
    # a call is joined and spoken on, not attended: "I would be glad to join, and I look forward to speaking"
    ("Count me in - speak to you on", "I would be glad to join, and I look forward to speaking with you on"),
    ("Count me in - speak to you", "I would be glad to join, and I look forward to speaking with you"),
    ("Count me in.", "I would be glad to attend."),
    ("let's have a short call so I can quote accurately", "a short call would let me quote accurately"),
    ("what you are after", "what you are looking for"),
    ("when the next one comes round", "when the next one takes place"),
    ("Thanks so much", "Thank you very much"),
    ("lovely to meet you", "it is a pleasure to meet you"),
)


def formally(text: str) -> str:
    for casual, formal in _FORMAL_PHRASES:
        text = text.replace(casual, formal)
    return text


_TAG_QUESTION = re.compile(r"\s+(?:it|you|they|we|there|he|she)\s*\?")


def tidy(rendered: str) -> str:
    """One blank line between paragraphs, no stray spaces: templates stay readable, drafts stay neat."""
    lines = [line.strip() for line in rendered.splitlines()]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
