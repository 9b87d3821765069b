"""An amount of money as mail writes it, its currency by sign, code or name, before or after the number: one list
of currencies for every reading that weighs a sum, in understand/ and decide/ alike, so a price in Singapore dollars
or euros is a price to each of them ("SGD 49", "EUR 40", "49 euros")."""

from __future__ import annotations

import re

# A currency's sign: "$400", "£40", "€0.80", "¥30,000", "₹5,000".
SIGN = r"[$£€¥₹]"

# A dollar of a country named before its sign: "US$100", "CA$100", "C$100", "A$100", "NZ$", "S$", "HK$", "NT$" (the
# "$" alone is read as the US dollar where a currency must be told: a rule's limit)
A_COUNTRYS_DOLLAR = r"\b(?:us|ca|c|au|a|nz|sg|s|hk|nt)\$"
DOLLAR_OF = {
    "us": "usd",
    "ca": "cad",
    "c": "cad",
    "au": "aud",
    "a": "aud",
    "nz": "nzd",
    "sg": "sgd",
    "s": "sgd",
    "hk": "hkd",
    "nt": "twd",
}

# ...its code ("PHP" is left out: to an engineer it is the language, "PHP 8")
CODES = r"usd|eur|gbp|cad|aud|nzd|sek|nok|dkk|chf|sgd|hkd|myr|inr|jpy|idr|thb|cny|rmb|krw|twd|aed|zar"

# ...or its name, the singular too as a rate is often written ("600 euro a day")
NAMES = r"dollars?|euros?|pounds?"

# A code as a word of its own: "SGD 40", not the "eur" of "amateur 40"; and after the number no part of a compound
# word: "3 EUR-pallets" are pallets of a standard size. A code is a currency only where it counts no thing: "3 CAD
# drawings", "2 AUD channels" (design software, audio) count drawings and channels, "CAD 3D" is a model's kind
# (a number glued to a letter other than k or m, as "EUR 5k" is a sum)
_THINGS = (
    r"drawings?|files?|models?|modell?ing|designs?|designers?|drafting|drafters?|channels?|software|tools?|"
    r"programs?|packages?|licen[cs]es?|seats?|users?|courses?|training|skills?|plans?|sets?|details?|layers?|"
    r"stations?|workstations?|technicians?|operators?|tracks?|inputs?|outputs?|interfaces?|streams?|books?"
)
_CODE_BEFORE = rf"\b(?:{CODES})"
# A currency written before its number, its sign or its code: "$", "SGD" (of "$400", "SGD 400")
BEFORE_THE_NUMBER = rf"(?:{SIGN}|{_CODE_BEFORE}\b)"
_NO_WORD_GLUED = r"(?![a-jln-z])"

# A number as a sum is written: "400", "1,250.00" (not the comma after it: "$2,500, which includes...").
# taken whole: "$200 discount" is never read as "$20"; and never from inside a number ("00" of "$200"): tried from
# each digit of a long run of numbers ("12,34,56,..." of a pasted table), the scan was quadratic
NUMBER = r"(?<!\d)(?<!\d[,.])\d(?:[,.]?\d)*+"

# A pound is a weight as often as money: "lost 20 pounds", "weighs 5 pounds", "300 pounds of canned food", "a 5 pound
# bag" are weights; "a 10 pound note", "300 pound for the article", "20 pounds" alone are sums. The singular before
# a word is money only before a word of money or of a price ("note", "fee", "for", "a day"); a dollar or a euro
# is never a weight ("a 2 dollar bill").
_WEIGHED = "".join(
    rf"(?<!\b{verb} )" for verb in ("lost", "lose", "gained", "gain", "shed", "weigh", "weighs", "weighed")
)
_MONEY_AFTER_A_POUND = (
    r"notes?|coins?|bills?|fees?|charges?|vouchers?|discounts?|donations?|deposits?|fines?|tickets?|tips?|credits?|"
    r"prizes?|bonus|budgets?|payments?|cash|cheques?|checks?|refunds?|per|a|an|each|for|off|plus|or|and|to|in|on|"
    r"from|up|back|only|total|upfront|extra|more|less|cheaper|ex|inc|incl|vat|including|excluding|is|was|will"
)
_POUNDS = rf"(?:pounds(?!\s+of\b)|pound(?![ \t]+(?!(?:{_MONEY_AFTER_A_POUND})\b)[a-z]))"
_AFTER_THE_NUMBER = rf"(?:(?:{CODES})\b(?!-)(?!\s{{1,3}}(?:{_THINGS})\b)|(?:dollars?|euros?)\b(?!-))"
_NUMBER_THEN_CURRENCY = rf"{NUMBER}\s?{_AFTER_THE_NUMBER}|{_WEIGHED}{NUMBER}\s?{_POUNDS}\b(?!-)"

# A sum with its currency, taken whole: "$400", "EUR 600", "0.80 euros", "SGD 1,800" (a pattern to build on).
MONEY = rf"(?:{SIGN}\s?{NUMBER}|{_CODE_BEFORE}\s?{NUMBER}{_NO_WORD_GLUED}|{_NUMBER_THEN_CURRENCY})"

# Whether a text names a price at all, found by the digit next to its currency ("$4" of "$450", "0 euros" of
# "40 euros"; a number in pounds whole, to tell a weight): the quick look of the readings that only ask whether a
# price is named.
AN_AMOUNT = re.compile(
    rf"{SIGN}\s?\d|{_CODE_BEFORE}\s?\d[\d,.]*+{_NO_WORD_GLUED}|\d\s?{_AFTER_THE_NUMBER}|"
    rf"{_WEIGHED}{NUMBER}\s?{_POUNDS}\b(?!-)",
    re.IGNORECASE,
)
