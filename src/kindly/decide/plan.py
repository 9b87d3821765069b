"""A short plan for an accepted event: people to seek out, a question to ask, and where credibility is a
goal, whom to ask about speaking at a later edition."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kindly.decide.fit_reading import is_name, titled
from kindly.decide.rules import rule_ideas
from kindly.decide.words import content_stems, fold, looks_like_person, phrase_in, stem_coverage
from kindly.model import Message
from kindly.profile import GoalKind, Profile

# Open questions that serve each kind of goal without pitching anything.
_QUESTIONS = {
    GoalKind.FIND_CLIENTS: "What are you working on at the moment, and what's getting in the way?",
    GoalKind.BUILD_CREDIBILITY: "Who picks the speakers for your events, and what topics are you looking for?",
    GoalKind.MEET_PERSON: "What are you focused on this year?",
    GoalKind.HELP_CLIENT: "Who do you know that works on {topic}?",
    GoalKind.FIND_COMMUNITY: "Is there a group where people like us meet regularly?",
    GoalKind.FIND_MENTOR: "What would you do differently if you were starting where I am now?",
    GoalKind.AMPLIFY_CAMPAIGN: "Who here would care about {topic}, and how do they like to hear about it?",
    GoalKind.CUSTOM: "What brought you here, and what are you working on?",
}


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    why: str
    known: bool


@dataclass(frozen=True, slots=True)
class EventPlan:
    seek_out: tuple[Person, ...]
    question: str
    offer: str

    def lines(self) -> list[str]:
        out = []
        for person in self.seek_out:
            out.append(f"Seek out {person.name}{' (you know them)' if person.known else ''}: {person.why}")
        if self.question:
            out.append(f"Ask: {self.question}")
        if self.offer:
            out.append(self.offer)
        return out


def plan_event(message: Message, profile: Profile, known_people: set[str] | None = None) -> EventPlan:
    """People worth meeting there (new ones first: the point is not to chat only with friends)."""
    known = {fold(name) for name in known_people or set()}
    own = fold(profile.user.name)
    event = message.event
    attendees = [a.name or a.email for a in event.attendees] if event else []
    text = f"{message.subject}\n{event.description if event else message.body}"
    people: list[Person] = []
    for name in attendees:
        if not name or fold(name) == own or fold(name) == fold(profile.user.email):
            continue
        reason = _why(name, text, profile)
        if reason:
            people.append(Person(name, reason, fold(name) in known))
    for goal in profile.goals:
        for target in goal.targets:
            covered = any(fold(target) in fold(f"{p.name} {p.why}") for p in people)
            if not phrase_in(target, fold(text)) or covered:
                continue
            if (
                goal.kind is GoalKind.MEET_PERSON
                and looks_like_person(target, meant_as_person=True)
                and titled(target, text)
            ):
                # "Dr Adaeze Nwosu, Director of Payments": the person to meet, not "people from" a body
                people.append(Person(target, f"a target of your goal {goal.description!r}", False))
                continue
            if _names_a_body(target, text):
                # "CIPD" of "CIPD Greater Manchester Branch", "Free for CIPD members": an organisation, not a field
                # anyone works in; at its own event everyone is from it, so no one to seek out
                if _hosts(target, message):
                    continue
                people.append(
                    Person(f"people from {target}", f"a target of your goal {goal.description!r}", False)
                )
                continue
            people.append(Person(_whom(target), f"a target of your goal {goal.description!r}", False))
    people.sort(key=lambda p: (p.known, p.name.startswith("people ")))
    goal = profile.goals_by_priority()[0][1]
    topic = goal.targets[0] if goal.targets else goal.description
    question = _QUESTIONS[goal.kind].format(topic=topic)
    offer = ""
    credibility = [g for g in profile.goals if g.kind is GoalKind.BUILD_CREDIBILITY]
    if credibility:
        # the goal in its own words is no talk title, and "volunteer" may be what a never-rule forbids
        offer = f"Ask who programmes the talks at future editions (your goal: {credibility[0].description})."
        ideas = [set(alternative) for rule in profile.never for alternative in rule_ideas(rule.what)]
        if any({"unpaid", "speaking"} <= idea for idea in ideas):  # not "unpaid advisory roles"
            offer = offer[:-1] + " - paid slots only, as your never-rule says."
        elif any("pay_to_play" in idea for idea in ideas):
            offer = offer[:-1] + " - never a slot you pay for, as your never-rule says."
    return EventPlan(tuple(people[:6]), question, offer)


def _whom(target: str) -> str:
    """Whom to look for, by what a target is: a person by name ("Anil Chaudhry"), an organisation's people
    ("people from Harbourside Bank"), else those who work in it ("people working in heart failure")."""
    if looks_like_person(target):
        return target
    if is_name(target) and len(target.split()) > 1:
        return f"people from {target}"
    return f"people working in {target}"


# Words that follow an organisation's name: "CIPD members", "the CIPD Greater Manchester Branch", "IEEE chapter".
_BODY_WORDS = (
    r"(?:(?i:members?|membership|branch|chapter|committee|region|regional|conference|awards?|annual|council|board|"
    r"institute|society|association|federation|network)|(?:[A-Z][a-z]+\s+){1,3}(?i:branch|chapter|region|group))"
)


def _names_a_body(target: str, text: str) -> bool:
    """Whether a target is an organisation's initials ("CIPD", "FDF") that the text uses as its name: before a word
    of a body ("CIPD members", "CIPD Greater Manchester Branch"), or after "the" ("the CIPD"); "SEO" or "HR" said as
    a field ("in SEO", "HR leaders") is none."""
    word = target.strip()
    if not (word.isalpha() and word.isupper() and 2 <= len(word) <= 6):
        return False
    said = re.escape(word)
    return (
        re.search(rf"\b{said}\s+{_BODY_WORDS}\b", text) is not None
        or re.search(rf"\b[Tt]he\s+{said}\b(?!\s+(?:team|function|department|profession)\b)", text)
        is not None
    )


def _hosts(target: str, message: Message) -> bool:
    """Whether the organisation a target names is the one sending the invitation ("CIPD Greater Manchester Branch
    <events@cipd-gm.org.uk>")."""
    sender = f"{message.from_name} {message.from_addr}"
    return re.search(rf"\b{re.escape(target.strip())}\b", sender, re.IGNORECASE) is not None


def _why(name: str, text: str, profile: Profile) -> str:
    for goal in profile.goals:
        for target in goal.targets:
            if phrase_in(target, fold(name)):
                return f"named in your goal {goal.description!r}"
    # What the invitation says about them ("Priya Natarajan, founder, Fieldwork Capital").
    folded = fold(text)
    at = folded.find(fold(name))
    context = text[at : at + len(name) + 80].split("\n")[0] if at >= 0 else ""
    stems = set(content_stems(context))
    for goal in profile.goals:
        if any(stem_coverage(t, stems) >= 0.6 for t in goal.targets):
            return f"{context.strip()} - relevant to {goal.kind.value.replace('_', ' ')}"
    return context.strip() if context.strip() and context.strip() != name else ""
