""" "Leads" as a verb ("she leads their new programme") names no trade; leads sold ("$149 per lead", "verified
leads") still name lead generation, the trade a pitch offers."""

from __future__ import annotations

from kindly.model import Intent
from kindly.understand.extract import extract
from support import incoming

INTRO = """Katrin, Lena - connecting you as promised.

Katrin, Lena is an investment associate at Keimling Ventures and leads their new Grid Futures programme for grid
and flexibility startups.

Lena, Dr. Katrin Albers heads innovation at Rheinstrom Energie and is looking at how the utility can pilot with
early-stage startups in 2027. I think a coffee in Berlin would be worth it for you both.
"""

LEADS = """Hi Owen,

This week we have 12 verified small businesses in the Denver area actively looking for fractional CFO help. Leads
are exclusive to one firm per city. Pricing is $149 per lead. Want me to reserve your territory?
"""


def test_someone_who_leads_a_programme_sells_nothing() -> None:
    details = extract(incoming(INTRO, from_name="Moritz Keller"), Intent.INTRODUCTION)
    assert details.service_category == ""


def test_leads_for_sale_are_lead_generation() -> None:
    details = extract(incoming(LEADS, from_name="Nick Farrow"), Intent.SALES_PITCH)
    assert details.service_category == "search and marketing"
