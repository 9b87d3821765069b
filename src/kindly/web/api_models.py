"""Request and response models of the REST API: separate classes, so that what comes in is never
confused with what goes out."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

from kindly.model import Decision, Intent
from kindly.profile import Profile
from kindly.web import invitations as views
from kindly.web.imports import ImportJob

DecisionName = Literal["accept", "ask_details", "decline", "refer", "ignore"]
IntentName = Literal[
    "none",
    "work_meeting",
    "coffee_chat",
    "sales_pitch",
    "event_invitation",
    "speaking_invitation",
    "mentorship_request",
    "introduction",
    "recruiting",
    "partnership_proposal",
    "community_invitation",
    "client_inquiry",
]
assert set(get_args(DecisionName)) == {d.value for d in Decision}
assert set(get_args(IntentName)) == {i.value for i in Intent}


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


# -- errors ------------------------------------------------------------------------------------------


class ErrorDetail(BaseModel):
    field: str
    message: str


class ErrorInfo(BaseModel):
    code: str = Field(description="not_found, unauthorized, invalid, conflict, too_large, ...")
    message: str
    details: list[ErrorDetail] | None = None


class ErrorOut(BaseModel):
    """The shape of every failure."""

    error: ErrorInfo


ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorOut, "description": text}
    for status, text in (
        (401, "No valid API token"),
        (404, "Not found"),
        (409, "Not possible in this state"),
        (422, "Invalid request"),
    )
}


# -- invitations -------------------------------------------------------------------------------------


class GoalOut(BaseModel):
    kind: str
    description: str
    fit: float


class InvitationSummaryOut(BaseModel):
    id: int
    sender: str
    sender_address: str
    subject: str
    date: datetime | None
    channel: str
    ask: str
    intent: str
    goal: GoalOut | None
    decision: str
    reason: str
    draft_status: str

    @classmethod
    def of(cls, row: views.InboxRow) -> InvitationSummaryOut:
        return cls.model_validate(row, from_attributes=True)  # the same fields, the goal's too


class InvitationListOut(BaseModel):
    items: list[InvitationSummaryOut]
    total: int
    offset: int
    limit: int


class FitOut(BaseModel):
    goal_index: int
    kind: str
    description: str
    score: float
    evidence: list[str]


class AnalysisOut(BaseModel):
    is_invitation: bool
    intent: str
    purpose_clear: bool | None
    confidence: float
    intent_scores: dict[str, float]
    understanding_evidence: list[str]
    fits: list[FitOut]
    goal: GoalOut | None
    decision: str
    reason: str
    reason_code: str
    decision_evidence: list[str]
    provider: str
    never_rule: str
    decided_at: datetime


class WaitingOut(BaseModel):
    """A reply you sent that asks something back and that no one answered yet."""

    draft_id: int | None = Field(
        description="kindly's draft that went; null for your own mail sent outside kindly"
    )
    invitation_id: int
    to: str
    subject: str
    since: datetime = Field(description="when it went (by SMTP), else when it left kindly")
    went: str = Field(description='how it left: "sent ... to ...", "exported (eml) ..., not sent by kindly"')
    first_line: str
    days: int = Field(description="whole days it has waited")
    follow_up_due: bool = Field(description="a week or more without an answer: time to follow up")


class DraftOut(BaseModel):
    id: int
    status: str = Field(description="pending | approved | sent | discarded")
    decision: str
    channel: str
    subject: str
    text: str
    steps: list[str]
    created_at: datetime
    problems: list[str] = Field(default_factory=list, description="what the draft checker finds in it")
    notes: list[str] = Field(
        default_factory=list,
        description="where it was just written (again): what of your calendar could not be read, so its times "
        "may fall in busy time (the page says the same)",
    )

    @classmethod
    def of(cls, draft: views.DraftView, problems: tuple[str, ...] = ()) -> DraftOut:
        return cls(
            id=draft.id,
            status=draft.status,
            decision=draft.decision,
            channel=draft.channel,
            subject=draft.subject,
            text=draft.text,
            steps=list(draft.steps),
            created_at=draft.created_at,
            problems=list(problems),
        )


class ThreadItemOut(BaseModel):
    id: int
    sender: str
    date: datetime | None
    subject: str
    text: str
    decision: str


class InvitationOut(BaseModel):
    id: int
    thread_id: str
    source: str
    channel: str
    sender: str
    sender_name: str
    sender_address: str
    subject: str
    date: datetime | None
    own_text: str = Field(description="the sender's own newest words")
    quoted_text: str = Field(description="quoted or forwarded history")
    signature: str
    event: dict[str, Any] | None
    event_status: str
    details: dict[str, str]
    analysis: AnalysisOut | None
    draft: DraftOut | None
    thread: list[ThreadItemOut]

    @classmethod
    def of(cls, view: views.InvitationView, problems: tuple[str, ...] = ()) -> InvitationOut:
        a = view.analysis
        analysis = None
        if a is not None:
            analysis = AnalysisOut(
                is_invitation=a.is_invitation,
                intent=a.intent,
                purpose_clear=a.purpose_clear,
                confidence=a.confidence,
                intent_scores=dict(a.intent_scores),
                understanding_evidence=list(a.understanding_evidence),
                fits=[
                    FitOut(
                        goal_index=f.goal_index,
                        kind=f.kind,
                        description=f.description,
                        score=f.score,
                        evidence=list(f.evidence),
                    )
                    for f in a.fits
                ],
                goal=GoalOut(kind=a.goal.kind, description=a.goal.description, fit=a.goal.fit)
                if a.goal
                else None,
                decision=a.decision,
                reason=a.reason,
                reason_code=a.reason_code,
                decision_evidence=list(a.decision_evidence),
                provider=a.provider,
                never_rule=a.never_rule,
                decided_at=a.decided_at,
            )
        return cls(
            id=view.id,
            thread_id=view.thread_id,
            source=view.source,
            channel=view.channel,
            sender=view.sender,
            sender_name=view.sender_name,
            sender_address=view.sender_address,
            subject=view.subject,
            date=view.date,
            own_text=view.own_text,
            quoted_text=view.quoted_text,
            signature=view.signature,
            event=view.event,
            event_status=view.event_status,
            details=dict(view.details),
            analysis=analysis,
            draft=DraftOut.of(view.draft, problems) if view.draft else None,
            thread=[
                ThreadItemOut(
                    id=t.id, sender=t.sender, date=t.date, subject=t.subject, text=t.text, decision=t.decision
                )
                for t in view.thread
            ],
        )


_REPLACE_EDITED = (
    "Where the draft holds words you saved, replace them with kindly's draft for the new decision (without it, "
    "such a request is refused with 409, as the page asks first)."
)


class DecisionIn(_In):
    decision: DecisionName
    replace_edited: bool = Field(default=False, description=_REPLACE_EDITED)


class IntentIn(_In):
    intent: IntentName
    purpose_clear: bool | None = None
    replace_edited: bool = Field(default=False, description=_REPLACE_EDITED)


class DraftIn(_In):
    """Either new text for the draft, or a tone and/or channel to write it again in (not both)."""

    text: str | None = Field(default=None, max_length=20_000)
    subject: str | None = Field(default=None, max_length=998)
    tone: Literal["warm", "formal", "brief"] | None = None
    # "email" or a direct message's app ("linkedin", "instagram", "whatsapp"...: kindly.channels.DRAFT_CHANNELS)
    channel: str | None = Field(default=None, max_length=16)
    replace_edited: bool = Field(
        default=False,
        description="With a tone or channel, where the draft holds words you saved, write kindly's draft over "
        "them (without it, such a request is refused with 409, as the page asks first).",
    )


class ApproveIn(_In):
    text: str | None = Field(
        default=None, max_length=20_000, description="final words, saved before approving"
    )


# -- profile -----------------------------------------------------------------------------------------


class ProfileIn(Profile):
    """The whole profile, as in profile.toml."""


class ProfileOut(BaseModel):
    profile: Profile
    path: str


class ProfileSavedOut(ProfileOut):
    redecided: int = Field(description="open invitations whose decision changed")
    notes: list[str] = Field(
        default_factory=list,
        description="what of your calendar could not be read when their drafts were written again",
    )


# -- directory ---------------------------------------------------------------------------------------


class DirectoryEntryIn(_In):
    name: str = Field(min_length=1, max_length=300)
    category: str = Field(min_length=1, max_length=300, description="the service, e.g. bookkeeping")
    organisation: str = Field(default="", max_length=300)
    contact: str = Field(default="", max_length=300)
    overview: str = Field(default="", max_length=3000)


class DirectoryEntryOut(BaseModel):
    id: int
    name: str
    category: str
    organisation: str
    contact: str
    overview: str
    added: datetime | None
    score: float | None = Field(default=None, description="how well it matches the search, when searched")
    why: str | None = None


# -- imports -----------------------------------------------------------------------------------------


class ImportOut(BaseModel):
    id: str
    name: str
    size: int
    state: Literal["queued", "running", "done", "failed"]
    format: str
    done: int
    total: int | None
    error: str
    summary: dict[str, Any]
    skipped: list[str]
    invitations: list[int]

    @classmethod
    def of(cls, job: ImportJob) -> ImportOut:
        return cls.model_validate(job, from_attributes=True)  # the job's fields, as they are now


class PastedIn(_In):
    text: str = Field(min_length=1, description="a message as pasted, with optional From: and Subject: lines")
