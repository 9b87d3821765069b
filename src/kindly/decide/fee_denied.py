"""A fee the sender says they cannot pay, whatever amount it names: no fee."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kindly.amounts import CODES, MONEY, SIGN

_F = re.IGNORECASE

# The sender's "we can't pay", "we're unable to offer", "there is no budget for", just before the fee it denies
# ("... the usual $500 honorarium", "... an honorarium of $500"); within one clause, and never where the fee is
# only capped ("we can't pay more than $500": a fee up to it) or the reader is the one who cannot pay ("if you
# can't pay the $300 registration, ask about bursaries": a price the reader pays).
_DENIED_BEFORE = re.compile(
    r"(?<!\bif you )(?<!\bif you're )(?<!\bif you are )(?<!\bunless you )(?<!\bin case you )"
    r"(?:\b(?:(?:can|do|does|did|will|would|could|wo|ca)n['’]?t|cannot|can not|unable to|not able to|"
    r"(?:do|does|will|would|could) not|no longer)"
    r"(?:\s+(?:be able to|afford to|again|currently|yet|really))*"
    r"\s+(?:pay|offer|provide|fund|give|cover|afford|extend|stretch to|budget for)\b"
    r"|\bno (?:budget|funds?|funding|money|means)\s+(?:for|to (?:pay|offer|cover|fund))\b"
    r"|\bbudget (?:doesn['’]?t|does not|won['’]?t|can['’]?t|cannot) (?:stretch|extend|cover|allow|run)\w*(?: to)?)"
    # the words between: "the usual", "an honorarium of", "the $500 speaker" (no "more than", no "but", no clause
    # break - nor one after an amount: "We can't pay $1,000. We can offer a $500 honorarium")
    rf"(?:\s*(?:{MONEY}|(?!(?:more|less|over|above|beyond|than|up|only|just|but|and|or|for|towards?|except)\b)"
    r"[\w'’]+)){0,5}\s*" + rf"(?:{SIGN}|(?:{CODES})\s?)?\s*$",
    _F,
)
_REACH = 80  # characters before the fee where its denial is said


def fee_denied(text: str, at: int) -> bool:
    """Whether the fee or amount said at `at` is one the sender says they cannot pay: "We can't pay the $500
    honorarium", "there is no budget for the $500 fee"."""
    return denial_before(text, at) is not None


def denial_before(text: str, at: int) -> re.Match[str] | None:
    """The words that deny the fee said at `at` ("can't pay the $"), or None."""
    return _DENIED_BEFORE.search(text, max(0, at - _REACH), at)


def fees_paid(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of `pattern` (words of a fee or of pay) that no denial before them takes back."""
    return (found for found in pattern.finditer(text) if not fee_denied(text, found.start()))


def first_fee_paid(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match of `pattern` that no denial before it takes back, or None."""
    return next(fees_paid(pattern, text), None)
