"""What an idea a never-rule can name is: its wording in a rule, how a message shows it, the intents that are
it by definition (the table of ideas is kindly.decide.rules.concepts)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kindly.decide.fees import DENIED
from kindly.model import Intent

_F = re.IGNORECASE


@dataclass(frozen=True, slots=True)
class Concept:
    """An idea a never-rule can name, and how a message shows it."""

    rule: re.Pattern[str]  # how the idea is worded in a never-rule
    message: re.Pattern[str] | None = None  # how a message shows it
    intents: frozenset[Intent] = frozenset()  # intents that are this idea by definition
    # phrases an honest message may use once, which show the idea only two together ("your workshop changed
    # my life" alone; "a second income stream ... a few spots on my team left" together)
    together: re.Pattern[str] | None = None

    def shown_by(self, text: str) -> str | None:
        """The words of the message that show the idea, or None; not where the message denies it ("No referral
        fees", "without any commission")."""
        for match in self.message.finditer(text) if self.message else ():
            if not DENIED.search(text, max(0, match.start() - 25), match.start()):
                return match.group(0)
        if self.together is None:
            return None
        found = dict.fromkeys(m.group(0).lower() for m in self.together.finditer(text))
        return " ... ".join(found) if len(found) >= 2 else None
