"""The draft checker: a draft is offered only if it has the steps its decision needs, states no fact
absent from the profile and the message, fits its channel and names the right people."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kindly.channels import DM_APPS, signature_for
from kindly.model import Draft, Message, Referral
from kindly.profile import Profile
from kindly.reply.compose import first_name
from kindly.reply.languages import WRITTEN

_URL = re.compile(r"https?://[^\s)]+")
# a yes and an honest no in the fixed sentences kindly writes in other languages ("cuente conmigo", "avec plaisir")
_IN_OTHER_LANGUAGES = {
    "accept": "|".join(phrases.accept_marks for phrases in WRITTEN.values()),
    "decline": "|".join(phrases.decline_marks for phrases in WRITTEN.values()),
}
_STEP_MARKERS: dict[str, re.Pattern[str]] = {
    "ask_details": re.compile(r"\?(\s|$)"),
    "accept": re.compile(
        r"\b(glad|happy|pleased|count me in|let's do it|i'd like that|i would like that|works for me|see you|speak to you|keep me posted|"
        rf"hear about the next|{_IN_OTHER_LANGUAGES['accept']})\b",
        re.IGNORECASE,
    ),
    "honest_reason": re.compile(
        r"\b(pass|not looking|rule against|isn't something|is not something|not the right fit|can't make it|"
        rf"cannot make it|{_IN_OTHER_LANGUAGES['decline']})\b",
        re.IGNORECASE,
    ),
    "offer_resource": re.compile(
        r"(https?://|\boverview\b|\bkeep it in mind\b|\bput you in touch\b|\bpoint you\b|\bmight help\b|\buseful\b|"
        r"\bcan share\b|\bsuggest a colleague\b|\bpoint you to someone\b|\bthe next one\b|\bwithout (any )?(referral )?fees\b|\bno fees involved\b|"
        r"\bmention it to\b|\bpass the details on\b|\btell them about it\b|\bpass your details on\b|\bsuggest your event\b|\bput them in touch\b|"
        # the meeting a conditional rule allows: "If a meeting with council staff present would suit, ..."
        r"\bwould suit, just let me know\b|\bif that suits you\b|\bto meet (with|if|when)\b[^.]*\bdo let me know\b|"
        # a reference declined to a stranger: "someone who knows your work first-hand"
        r"\bknows your work\b|"
        # a seat on a board declined: "I'll gladly pass the role on to anyone I know who would be a strong fit"
        r"\bpass the role on\b|"
        # a job seeker's coffee declined: "I'll gladly keep you in mind if I hear of a director of sales role"
        r"\b(keep you in mind if I hear of|if I hear of .{1,60}, I'll be sure to let you know|keep an ear out for)\b|"
        # a job seeker pointed to the recruiter who hires for the user: "do mention that I pointed you their way"
        r"\bpointed you their way\b|\bsay I sent you\b|\bmention my name\b|"
        # the user's own answer on what a never-rule allows: "What I can do instead: ..."
        r"\bcan (do|offer) instead\b|"
        # a planner's own cut refused, not their business: "I'd still be glad to work with you on standard agency
        # commission"
        r"\bwork (with you|together) on\b|"
        # a talk declined for its day alone: "If another day could work for you, I'd love to."
        r"\banother day (that )?(could work|is possible)\b|"
        # an introduction declined for a full week: "I'd be glad to connect then"
        r"\b(glad to connect then|reintroduce us|pick this up in a few weeks)\b|"
        # a peer's coffee declined for a full week: "I'd be glad to meet then", "a time in a few weeks"
        r"\b(glad to meet then|a time in a few weeks)\b)",
        re.IGNORECASE,
    ),
}


@dataclass(frozen=True, slots=True)
class CheckResult:
    ok: bool
    problems: tuple[str, ...] = ()


def check_draft(
    draft: Draft, message: Message, profile: Profile, referral: Referral | None = None
) -> CheckResult:
    problems: list[str] = []
    for step in draft.steps:
        marker = _STEP_MARKERS.get(step)
        if step == "refer":
            if referral is None or referral.name not in draft.text:
                problems.append("step refer is missing: the draft does not name who or what it points to")
        elif step == "saved_answer":
            if not any(
                answer.answer.strip() in draft.text for answer in profile.answers if answer.answer.strip()
            ):
                problems.append(
                    "step saved_answer is missing: the draft does not give the user's saved answer"
                )
        elif marker is None or not marker.search(draft.text):
            problems.append(f"step {step} is missing")
    allowed_links = {r.link.rstrip("/.") for r in profile.resources if r.link}
    # the user's own saved answers may carry a link too ("everything is in our share pack at https://...")
    allowed_links |= {
        link.rstrip(".,;:!?").rstrip("/.")
        for answer in profile.answers
        for link in _URL.findall(answer.answer)
    }
    if referral is not None and referral.contact:
        allowed_links.add(referral.contact.rstrip("/."))
    for found in _URL.findall(draft.text):
        link = found.rstrip(".,;:!?")  # the sentence's punctuation is not part of the link
        if link.rstrip("/.") not in allowed_links and link not in message.body:
            problems.append(f"link {link} is in neither the profile nor the message")
    # the user's own saved answers may name a provider of theirs ("My publicist Tom Ashby can send a proof copy"):
    # what they wrote to be said is no leak; any other mention of a provider's name is
    own_words = draft.text
    for answer in profile.answers:
        own_words = own_words.replace(answer.answer.strip(), " ")
    for provider in profile.providers:
        # asked to introduce them, or pointed to them by the name the profile gives before their address
        # ("Devon Reyes, Northlight Talent (devon@...)": a manager who handles the rates asked for)
        introduced = referral is not None and bool(referral.name) and referral.name in provider.name
        # ...or named by the user's own choice (`name_providers`), in the decline that says the place is taken
        if provider.name in own_words and not introduced and not profile.user.name_providers:
            problems.append(f"names the user's provider {provider.name!r}")
    app = DM_APPS.get(draft.channel)
    if app is not None and len(draft.text) > app.limit:  # a DM copied into LinkedIn, Instagram, WhatsApp...
        problems.append(f"{len(draft.text)} characters, over {app.limit} for {app.message}")
    if app is not None and draft.subject:
        problems.append(f"has a subject, which {app.message} does not")
    lines = [line for line in draft.text.splitlines() if line.strip()]
    name = first_name(message)
    if name and (not lines or name not in lines[0]):
        problems.append(f"the greeting does not name {name}")
    # a signature may be a block of lines ("Professor Amara Okafor" over "School of Economics")
    # (a direct message is signed with its first line alone: kindly.channels)
    sign_off = signature_for(profile.user.sign_off, draft.channel)
    signature = [line.strip() for line in sign_off.splitlines() if line.strip()]
    if not lines or [line.strip() for line in lines[-len(signature) :]] != signature:
        problems.append(f"not signed {sign_off!r}")
    every = draft.text.rstrip("\n").split("\n")
    closing = len(every) - len(sign_off.rstrip("\n").split("\n")) - 1  # the "Warmly," line
    if (
        closing >= 1 and every[closing - 1].strip()
    ):  # "...work for you?" then a blank line, "Warmly,", the name
        problems.append("the closing runs on from the last paragraph")
    return CheckResult(not problems, tuple(problems))
