"""An amount of money as mail writes it, for the readings that weigh a sum: a fee paid (decide.fees), a fee the
sender cannot pay (decide.fee_denied), pay offered by the day and the user's own rate (decide.white_label) and the
rules built on them: one pattern, so each reads a sum as the others do."""

from __future__ import annotations

# An amount of money: "$400", "EUR 600", "0.80 euros".
# taken whole: "$200 discount" is never read as "$20"; and never from inside a number ("00" of "$200"): tried from
# each digit of a long run of numbers ("12,34,56,..." of a pasted table), the scan was quadratic
AMOUNT = r"(?<!\d)(?<!\d[,.])\d(?:[\d,]|\.\d)*+"

# ...with its currency, by sign, code or name, the name singular too as a rate is often written ("600 euro a day")
_CODES = r"(?:usd|cad|eur|gbp|aud)"
MONEY = rf"(?:[$£€]\s?{AMOUNT}|{_CODES}\s?{AMOUNT}|{AMOUNT}\s?(?:{_CODES}|dollars?|euros?|pounds?)\b)"
