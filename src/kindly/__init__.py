"""kindly: triage networking invitations against your goals, and decline the rest kindly."""

__version__ = "0.1.0"
