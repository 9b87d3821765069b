"""Whether a message is written in English, the only language kindly's model and rules read.

Pure: counts the most common English words; no model, no download.
"""

from __future__ import annotations

import re

# The words that make up about a fifth of any English text, whatever its subject.
_COMMON = frozenset(
    """the a an and or but to of in on at for with from by is are was were be been am i you we they he she it
    this that these those my your our their me us them do does did have has had will would could can should
    not no if as so what when where who how which there here about just all any some more very""".split()  # noqa: SIM905
)
# ...and of the languages a European mailbox most often holds besides (Swedish, Danish, Norwegian, German,
# Dutch, French, Spanish, Italian, Portuguese): a terse English invoice notice has few of either.
_COMMON_ELSEWHERE = frozenset(
    """och att det som för med är på av till inte jag du vi ni har kan vill eller hej tack också
    og jeg ikke
    und der das ist nicht ich sie wir mit für auf ein eine zu von dem auch bitte
    het een niet zijn voor met wij
    les des est et une pour avec pas vous nous dans sur qui que
    las es y una por para con usted nosotros del
    di che non è sono gli della
    uma não você""".split()  # noqa: SIM905
)
# Words shared with English names and places ("Los Angeles", "Van Ness", "per client") are left out above;
# links and addresses are not words of any language.
_LINKS = re.compile(r"\S+@\S+|(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|org|net|io|example)\S*", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")
MIN_WORDS = 8  # fewer words than this say too little to tell a language by


def reads_as_english(text: str) -> bool:
    """Whether the text reads as English: not where the commonest words of another language outnumber
    English's. Short texts count as English (too few words to tell)."""
    words = [w.lower() for w in _WORD.findall(_LINKS.sub(" ", text[:5_000]))]
    if len(words) < MIN_WORDS:
        return True
    english = sum(w in _COMMON for w in words)
    elsewhere = sum(w in _COMMON_ELSEWHERE and w not in _COMMON for w in words)
    return not (elsewhere > english and elsewhere >= 0.1 * len(words))
