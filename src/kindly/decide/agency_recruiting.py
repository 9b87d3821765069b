"""A user who recruits for others: an agency recruiter whose clients are the companies that hire ("heads of talent
and engineering hiring managers who need senior engineers placed") and whose goals seek the candidates she places.
To her, a mail about hiring is her own trade, not a recruiter's approach to be told "I'm not looking for a new
role": a company that needs to hire asks for her work (a client's enquiry), an engineer looking for their next role
is a candidate her goal wants to meet, and a friend introducing one offers a clear meeting.

Pure: reads text only.
"""

from __future__ import annotations

import re

from kindly.decide.candidates import asks_for_work
from kindly.decide.hiring import hiring_goal
from kindly.model import Intent, Message, Understanding
from kindly.profile import Goal, GoalKind, Profile

# Whom a find-clients goal serves, where they are the people who hire: "heads of talent", "hiring managers",
# "talent acquisition", "companies hiring engineers", "who need senior engineers placed".
_CLIENTS_WHO_HIRE = re.compile(
    r"\b(?:heads? of talent|talent acquisition|hiring managers?|hiring teams?|(?:companies|startups|firms|employers)"
    r"\s+(?:that\s+are\s+|who\s+are\s+)?hiring|need\s+(?:[\w-]+\s+){0,3}?(?:placed|hired))\b",
    re.IGNORECASE,
)
# ...and a goal that seeks the people placed with them: "candidates", "job seekers".
_SEEKS_CANDIDATES = re.compile(r"\b(?:candidates?|job seekers?)\b", re.IGNORECASE)

# The writer's own search for a role: "I'm starting to look around for my next role", "I'd like to explore staff or
# principal roles", "I'm open to new opportunities", "he is quietly looking" (not a recruiter's "are you open to new
# roles?").
_OWN_SEARCH = re.compile(
    r"\b(?:(?:I(?:'m|’m| am)\s+(?:[\w-]+\s+){0,3}?|(?:starting|beginning|ready)\s+to\s+)(?:look(?:ing)?|search(?:ing)?)"
    r"\s+(?:around\s+)?for\s+(?:my|a|an)\s+(?:next|new)\s+(?:[\w-]+\s+){0,2}?(?:role|job|position|opportunit(?:y|ies))"
    r"|I(?:'m|’m| am)\s+(?:[\w-]+\s+){0,2}?open\s+to\s+(?:new\s+)?(?:roles|opportunities|a\s+move)"
    r"|I(?:'d| would)\s+(?:like|love)\s+to\s+explore\s+(?:[\w-]+\s+){0,4}?(?:roles|opportunities|positions)"
    r"|(?:is|are|'s|’s)\s+(?:quietly|actively|now)\s+looking)\b",
    re.IGNORECASE,
)
# A company's own hiring, asked help with: "We need to hire three senior backend engineers", "we're planning to hire
# several senior engineers in Q1", "we're growing the team by six senior engineers", "help us hire".
_HIRES_AND_ASKS = re.compile(
    r"\b(?:we|I)\s*(?:'re|’re|are|'m|’m|am)?\s+(?:planning|looking|going|hoping)\s+to\s+hire\b"
    r"|\b(?:we|I)\s+(?:need|want|have)\s+to\s+(?:hire|fill)\b"
    r"|\bwe(?:'re|’re| are)\s+(?:hiring|growing\s+(?:the|our)\s+(?:[\w-]+\s+)?team)\b"
    r"|\bhelp\s+(?:us|me)\s+(?:hire|recruit|find|fill)\b",
    re.IGNORECASE,
)
# ...which is not a role offered to the user: "your background looks like a strong fit", "join our team", "we'd
# love you to join us".
_ROLE_FOR_YOU = re.compile(
    r"\b(?:your\s+(?:background|profile|experience)\s+(?:looks|seems|is)|join\s+(?:our|the)\s+team|join\s+us\b|"
    r"(?:love|like|want)\s+(?:for\s+)?you\s+to\s+(?:join|lead|head|run|build)|"
    r"you(?:'d|’d| would)\s+be\s+(?:a\s+)?(?:great|strong|perfect|good)\s+(?:fit|match))\b",
    re.IGNORECASE,
)


def recruits_for_others(profile: Profile) -> bool:
    """Whether the user places people with the companies that hire: a find-clients goal whose people hire and a
    goal that seeks candidates."""
    texts = [(goal.kind, f"{goal.description} {' '.join(goal.targets)}") for goal in profile.goals]
    return any(
        kind is GoalKind.FIND_CLIENTS and _CLIENTS_WHO_HIRE.search(text) for kind, text in texts
    ) and any(_SEEKS_CANDIDATES.search(text) for _, text in texts)


def candidate_writes(text: str) -> str:
    """The words in which the writer (or the one they introduce) looks for a role, or ""."""
    found = _OWN_SEARCH.search(text)
    if found:
        return found.group(0)
    return "asks for work" if asks_for_work(text) else ""


def company_hires(text: str) -> str:
    """The words in which a company asks help with its own hiring, or "" (also where it offers the user a role)."""
    found = _HIRES_AND_ASKS.search(text)
    return found.group(0) if found and not _ROLE_FOR_YOU.search(text) else ""


def candidate_the_goal_seeks(goal: Goal, intent: Intent, text: str) -> str:
    """The words in which a candidate looks for a role, where the goal seeks candidates to place (not the user's own
    team's hiring, which its careers page answers) and they ask to talk or are introduced; else ""."""
    if intent not in (Intent.COFFEE_CHAT, Intent.INTRODUCTION) or hiring_goal(goal.description):
        return ""
    if not _SEEKS_CANDIDATES.search(f"{goal.description} {' '.join(goal.targets)}"):
        return ""
    return candidate_writes(" ".join(text[:20_000].split()))


def role_offered_to_you(text: str) -> bool:
    """Whether a recruiter's mail offers the user a role of their own ("your background looks like a strong fit")."""
    return _ROLE_FOR_YOU.search(" ".join(text[:20_000].split())) is not None


def with_own_trade(understanding: Understanding, profile: Profile, message: Message) -> Understanding:
    """To a user who recruits for others, a "recruiter's approach" read by who writes: a company asking help to hire
    is a client's enquiry, a candidate asking to talk a coffee chat her candidates goal weighs; an introduction of
    a candidate says what it is for."""
    intent = understanding.intent
    if intent not in (Intent.RECRUITING, Intent.INTRODUCTION) or not recruits_for_others(profile):
        return understanding
    text = " ".join(f"{message.subject}\n{message.own_text[:20_000]}".split())
    if intent is Intent.RECRUITING and (hires := company_hires(text)):
        return understanding.read_as(
            Intent.CLIENT_INQUIRY,
            f'client_inquiry: a company asks your help to hire ("{hires}"), not a recruiter',
        )
    seeks = candidate_writes(text)
    if not seeks:
        return understanding
    if intent is Intent.INTRODUCTION:
        return understanding.read_as(Intent.INTRODUCTION, f'introduction: of a candidate ("{seeks}")')
    return understanding.read_as(
        Intent.COFFEE_CHAT, f'coffee_chat: a candidate writes to you ("{seeks}"), not a recruiter'
    )
