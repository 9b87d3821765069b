"""An amount of money as mail writes it, for the readings that weigh a sum: a fee paid (decide.fees), a fee the
sender cannot pay (decide.fee_denied), pay offered by the day (decide.white_label) and the rules built on them."""

from __future__ import annotations

# An amount of money: "$400", "EUR 600", "0.80 euros".
# taken whole: "$200 discount" is never read as "$20"; and never from inside a number ("00" of "$200"): tried from
# each digit of a long run of numbers ("12,34,56,..." of a pasted table), the scan was quadratic
AMOUNT = r"(?<!\d)(?<!\d[,.])\d(?:[\d,]|\.\d)*+"


MONEY = rf"(?:[$£€]\s?{AMOUNT}|(?:usd|cad|eur|gbp|aud)\s?{AMOUNT}|{AMOUNT}\s?(?:usd|cad|eur|gbp|aud|dollars|euros|pounds)\b)"
