"""Which of the profile's resources a draft offers: the one that shares most words with what the message asks
about, in its words or the related words kindly knows (an "attendance playbook" for "chronic absenteeism"), never
for a word such as "guide" alone or the user's own school or firm (kindly.reply.compose offers it)."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

from kindly.decide.candidates import CANDIDATE as _CANDIDATE
from kindly.decide.candidates import job_resource
from kindly.decide.referral import ANY_REQUEST_SAYS, already_has, topic_stems
from kindly.decide.related import implied_stems
from kindly.decide.words import content_stems, fold
from kindly.domains import within_domain
from kindly.model import Decision, Intent, Message, Referral, Verdict
from kindly.profile import GoalKind, Profile, Resource


def campaign_resource(profile: Profile, message: Message) -> Resource | None:
    """The resource with a link that the user's campaign is about, for someone offering to share it: the one that
    shares most words with the campaign goal and the offer (they know the campaign; its link is what they need)."""
    said = " ".join(
        f"{g.description} {' '.join(g.targets)}" for g in profile.goals if g.kind is GoalKind.AMPLIFY_CAMPAIGN
    )
    stems = set(content_stems(f"{said}\n{message.own_text}")) if said else set()
    return most_alike([r for r in profile.resources if r.link], stems)


def job_referral(verdict: Verdict, intent: Intent | None, message: Message | None) -> Referral | None:
    """Where a job seeker asking the user for work is referred (a careers page, the recruiter who hires for the
    user): answered as today's kind no, with the place to apply."""
    if verdict.decision is not Decision.REFER or intent is not Intent.RECRUITING or message is None:
        return None
    return verdict.referral if _CANDIDATE.search(message.own_text) else None


def job_seekers_resource(profile: Profile, message: Message) -> Resource | None:
    """A resource of the profile for job seekers (a careers page), where a candidate asks the user for work."""
    return job_resource(profile, message.own_text)


def best_resource(resources: list[Resource], text: str, own_address: str = "") -> Resource | None:
    """The resource sharing most words with `text` (two at least), one of them what it is about (its title's
    words) or whom it is for (the people its `helps` names first): "culinary students looking for a stage" for a
    student, not "companies and groups planning a private dinner" for an organiser whose meeting will "plan"
    a day and "share a dinner" (words in passing, not what the sender needs). The words of the user's own school
    or firm, as their address spells it ("Lakeview Hills" of dholloway@lakeviewhills.org), are no topic: any mail
    to them names it; nor are words nearly any request says ("I admire your work", "for a day")."""
    literal = topic_stems(text, own_address) - _kind_of_document(text) - ANY_REQUEST_SAYS
    stems = _with_related(literal, text)
    return most_alike(
        [
            r
            for r in resources
            if not already_has(r, text) and not stems.isdisjoint(_what_it_is_for(r, own_address))
        ],
        stems,
        related=stems - literal,
    )


# Words for the kind of thing a resource is, which say nothing of what it is about: "is there a guide or a plan
# you'd recommend?" is met by no "Family night guide" for it
_DOCUMENT_WORDS = frozenset(
    {
        "guide",
        "guides",
        "plan",
        "plans",
        "checklist",
        "checklists",
        "toolkit",
        "toolkits",
        "template",
        "templates",
    }
    | {
        "playbook",
        "playbooks",
        "handbook",
        "handbooks",
        "resource",
        "resources",
        "tips",
        "overview",
        "document",
    }
)


def _kind_of_document(text: str) -> set[str]:
    """The stems of `text` said only as a kind of document ("plan" of "a plan", not of "wedding planners")."""
    words = [w.lower() for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text)]
    kinds = set(content_stems(" ".join(w for w in words if w in _DOCUMENT_WORDS)))
    return kinds - set(content_stems(" ".join(w for w in words if w not in _DOCUMENT_WORDS)))


def _with_related(stems: set[str], text: str) -> set[str]:
    """`stems` and the general words `text` implies by naming a kind of them (kindly.decide.related): "chronic
    absenteeism" is attendance, so a resource on attendance meets it, and a "truancy toolkit" is about attendance."""
    return stems | set(implied_stems(fold(text)))


# Where the people a resource helps end and what they do begins: "school leaders | working on chronic absenteeism",
# "university researchers | who want to run a study", "companies and groups | planning a private dinner"
_QUALIFIED = re.compile(
    r"\b(?:who|that|which|whose|with|without|in|on|at|for|from|of|about|into|to|new|after|before|\w{3,}ing)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=256)
def _what_it_is_for(resource: Resource, own_address: str = "") -> frozenset[str]:
    """The stems of what a resource is about and whom it is for: its title's words (not the user's own firm's:
    "Casa Ferreira private dining menu") and the people its `helps` names before saying what they do. Read once
    for each of the profile's resources (and the user's address), not again for every draft."""
    first, _, rest = resource.helps.strip().partition(" ")  # "wedding planners ...": its first word is theirs
    people = f"{first} {_QUALIFIED.split(f' {rest}', maxsplit=1)[0]}"
    return frozenset(
        _with_related(topic_stems(f"{resource.title} {people}", own_address), f"{resource.title} {people}")
    )


def users_own_page(link: str, profile: Profile) -> bool:
    """Whether a resource's link is on the user's own site, as their address or `own_domains` spell it
    ("https://lincolnparkhs.org/attendance-playbook" of awhitfield@lincolnparkhs.org), on a platform where people
    publish their own writing and talks (a Substack post, a YouTube recording), or there is no link: what they
    wrote up themselves; "https://www.cps.edu/about/research-review-board" is another organisation's page."""
    host = (urlsplit(link).hostname or "") if "://" in link else link.split("/")[0]
    host = host.lower().removeprefix("www.")
    if not host:
        return True
    # the user's own domains compared as they are: a page is never at a webmail host, so none is set aside here
    ours = [profile.user.email.rpartition("@")[2].lower(), *profile.user.own_domains]
    return any(within_domain(host, domain) for domain in ours + list(_PUBLISHING_PLATFORMS))


# Where people publish their own posts, talks, slides and templates: a link there is the user's own work
_PUBLISHING_PLATFORMS = (
    "medium.com",
    "substack.com",
    "wordpress.com",
    "blogspot.com",
    "github.io",
    "github.com",
    "notion.site",
    "youtube.com",
    "youtu.be",
    "vimeo.com",
    "linkedin.com",
    "docs.google.com",
    "drive.google.com",
    "dropbox.com",
    "gumroad.com",
    "speakerdeck.com",
    "slideshare.net",
)


def most_alike(
    resources: list[Resource], stems: set[str], related: set[str] | None = None
) -> Resource | None:
    """The resource whose title, description and audience share most of `stems` (two at least; the first of equals).
    Where `related` is given (the general words the text implies by naming a kind of them, never a generic word:
    "chronic absenteeism" is attendance), each resource is read with the general words it implies too, and one of
    those met counts twice: the text named that topic in its own words ("attendance playbook" for "chronic
    absenteeism"), a word in passing does not ("guide")."""
    scored = []
    for i, resource in enumerate(resources):
        shared = _resource_stems(resource, implied=related is not None) & stems
        scored.append((len(shared) + len(shared & (related or set())), -i, resource))
    scored = [s for s in scored if s[0] >= 2]
    return max(scored, key=lambda s: (s[0], s[1]))[2] if scored else None


@lru_cache(maxsize=256)
def _resource_stems(resource: Resource, *, implied: bool) -> frozenset[str]:
    """The stems of a resource's title, description and audience (with the general words they imply where
    `implied`), read once for each of the profile's resources, not again for every draft."""
    said = f"{resource.title} {resource.description} {resource.helps}"
    own = set(content_stems(said))
    return frozenset(_with_related(own, said) if implied else own)
