"""A pattern that first asks whether its words are in the text at all.

Most of kindly's patterns look for words that most mail never uses ("headhunt", "keynote", "unsubscribe"), and
Python's `re` tries every position of a long text before it says "no". The words any match must contain are read
from the pattern itself (its parse tree), so the cheap check never turns away a text the pattern would match:
`gated(pattern).search(text)` is `pattern.search(text)`, only faster on the many texts where none of them occurs.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from re import _casefix, _constants, _parser  # type: ignore[attr-defined]
from typing import Any

# Below this length the pattern itself is as quick as the check.
_SHORT = 160

# A case-blind match also pairs letters that lower() keeps apart ("ı" and "i", "ſ" and "s"), and "İ" lowers to two
# characters: the text and the words are both brought to one letter of each such pair.
_ONE_OF_A_PAIR = {code: min([code, *others]) for code, others in _casefix._EXTRA_CASES.items()}
_BEFORE_LOWER = {0x130: "i"}


def _folded(text: str) -> str:
    global _last  # the patterns of one reading ask about one text in turn: it is folded once (one tuple: thread-safe)
    last = _last
    if last[0] is text:
        return last[1]
    folded = (
        text.lower() if text.isascii() else text.translate(_BEFORE_LOWER).lower().translate(_ONE_OF_A_PAIR)
    )
    _last = (text, folded)
    return folded


_last: tuple[str, str] = ("", "")


def required_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which every match of `pattern` contains (lowered and folded when it ignores case), or None
    when no such strings can be told."""
    if not isinstance(pattern.pattern, str):
        return None
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - a pattern re compiled always parses; anything odd simply goes ungated
        return None
    folds = bool(pattern.flags & re.IGNORECASE)
    try:
        words = _required(list(tree), folds)
    except _CaseBlindPart:
        return None
    if not words or "" in words:
        return None
    if folds:
        words = frozenset(_folded(word) for word in words)
    return words


class _CaseBlindPart(Exception):
    """A part of a case-sensitive pattern that ignores case ("(?i:...)"): its words may appear in any case."""


def _required(items: list[tuple[Any, Any]], folds: bool) -> frozenset[str] | None:
    """One set of strings that a match of this sequence of parse items must contain (the most telling of those
    the sequence requires), or None. `folds`: the pattern ignores case. Items that match one of a few strings
    ("(would|could) (you|we)") are joined into the strings they make together."""
    found: list[frozenset[str]] = []
    joined: frozenset[str] = frozenset([""])

    def end_joined() -> None:
        nonlocal joined
        if "" not in joined:
            found.append(joined)
        joined = frozenset([""])

    for op, arg in items:
        exact = _exactly(op, arg, folds)
        if exact is not None and len(joined) * len(exact) <= _MOST_JOINED:
            joined = frozenset(before + after for before in joined for after in exact)
            continue
        end_joined()
        if exact is not None:
            joined = exact
            continue
        if (inner := _inner_required(op, arg, folds)) is not None:
            found.append(inner)
    end_joined()
    if not found:
        return None
    return max(found, key=lambda words: (min(map(len, words)), -len(words)))


_MOST_JOINED = 64


def _exactly(op: Any, arg: Any, folds: bool) -> frozenset[str] | None:
    """Every string this parse item can match, when they are few; else None."""
    if op is _constants.LITERAL:
        return frozenset([chr(arg)])
    if op is _constants.AT:
        return frozenset([""])  # takes no characters: what is either side stays side by side
    if op is _constants.SUBPATTERN:
        if arg[1] & re.IGNORECASE and not folds:
            raise _CaseBlindPart
        return _sequence_exactly(list(arg[3]), folds)
    if op is _constants.BRANCH:
        branches = [_sequence_exactly(list(branch), folds) for branch in arg[1]]
        if any(branch is None for branch in branches):
            return None
        union = frozenset().union(*(branch for branch in branches if branch is not None))
        return union if len(union) <= _MOST_JOINED else None
    if op is _constants.IN:
        if all(kind is _constants.LITERAL for kind, _ in arg) and len(arg) <= 8:
            return frozenset(chr(code) for _, code in arg)
        return None
    if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT):
        low, high, item = arg
        if (low, high) != (0, 1):
            return None
        once = _sequence_exactly(list(item), folds)
        return None if once is None else once | {""}
    return None


def _sequence_exactly(items: list[tuple[Any, Any]], folds: bool) -> frozenset[str] | None:
    strings = frozenset([""])
    for op, arg in items:
        exact = _exactly(op, arg, folds)
        if exact is None or len(strings) * len(exact) > _MOST_JOINED:
            return None
        strings = frozenset(before + after for before in strings for after in exact)
    return strings


def _inner_required(op: Any, arg: Any, folds: bool) -> frozenset[str] | None:
    """What an item that matches too many strings to list must contain, or None."""
    if op is _constants.SUBPATTERN:
        if arg[1] & re.IGNORECASE and not folds:
            raise _CaseBlindPart
        return _required(list(arg[3]), folds)
    if op is _constants.ATOMIC_GROUP:
        return _required(list(arg), folds)
    if op is _constants.BRANCH:
        branches = [_required(list(branch), folds) for branch in arg[1]]
        if any(branch is None for branch in branches):
            return None
        return frozenset().union(*(branch for branch in branches if branch is not None))
    if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT):
        low, _high, item = arg
        return _required(list(item), folds) if low >= 1 else None
    return None  # a class, any character, a look-around, a back-reference: no word of its own


class Gated:
    """`pattern`, with `search`, `finditer`, `findall` and `sub` answering at once where none of the words every
    match needs is in the text; everything else is the pattern's own."""

    __slots__ = ("_folds", "_words", "compiled")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.compiled = pattern
        self._words: frozenset[str] | bool | None = False  # read when first asked: not at every start-up
        self._folds = bool(pattern.flags & re.IGNORECASE)

    @property
    def words(self) -> frozenset[str] | None:
        """The strings one of which every match contains, or None."""
        if self._words is False:
            self._words = required_words(self.compiled)
        return None if isinstance(self._words, bool) else self._words

    def _absent(self, text: str) -> bool:
        if len(text) < _SHORT:
            return False
        words = self.words
        if words is None:
            return False
        haystack = _folded(text) if self._folds else text
        return not any(map(haystack.__contains__, words))

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._absent(text):
            return None
        return self.compiled.search(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if self._absent(text):
            return iter(())
        return self.compiled.finditer(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        if self._absent(text):
            return []
        return self.compiled.findall(text, pos, endpos)

    def sub(self, repl: Any, text: str, count: int = 0) -> str:
        if self._absent(text):
            return text
        return self.compiled.sub(repl, text, count)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled, name)


def gated(pattern: re.Pattern[str]) -> Gated:
    return Gated(pattern)
