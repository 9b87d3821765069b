"""Decide: weigh an understood message against the profile's goals and rules, with reasons as data."""
