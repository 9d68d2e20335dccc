"""The plain values the Users services take and give: a list row, the editor's form, a detail."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime

from engage_desktop.services.core.validation import is_id as is_id  # re-exported: the one id check

# The per-source permission flags, in the order of permissions.md and the editor's matrix.
PERMISSION_FLAGS: tuple[str, ...] = ("read", "reply", "reply_with_html", "initiate_discussion", "destroy")
APPROVAL_STEPS: tuple[int, ...] = tuple(range(0, 101, 10))


@dataclass(frozen=True)
class ReplyProblem:
    """The user may reply on a source but has no identity on its community: they could not reply."""

    source_id: int
    source_name: str
    community_name: str


@dataclass(frozen=True)
class UserRow:
    id: int
    platform_id: str
    firstname: str
    lastname: str
    nickname: str
    email: str
    role_label: str
    enabled: bool
    invitation_pending: bool
    last_sign_in_at: datetime | None
    team_names: tuple[str, ...] = ()
    problems: tuple[ReplyProblem, ...] = ()

    @property
    def name(self) -> str:
        return f"{self.firstname} {self.lastname}".strip() or self.nickname


@dataclass(frozen=True)
class SourcePermissions:
    """A user's permissions on one content source; `approval_threshold` is a share in % (0–100, by 10)."""

    source_id: int
    read: bool = False
    reply: bool = False
    reply_with_html: bool = False
    initiate_discussion: bool = False
    destroy: bool = False
    approval_threshold: int = 0

    def flags(self) -> tuple[str, ...]:
        return tuple(name for name in PERMISSION_FLAGS if getattr(self, name))

    def is_empty(self) -> bool:
        return not self.flags() and self.approval_threshold == 0

    def normalised(self) -> SourcePermissions:
        """`reply` implies `read`; HTML replies and new discussions are replies; deleting needs reading."""
        reply = self.reply or self.reply_with_html or self.initiate_discussion
        read = self.read or reply or self.destroy
        return replace(self, read=read, reply=reply)

    def summary(self) -> str:
        """For the journal: "read, reply; approval 30%"."""
        text = ", ".join(self.flags()) or "none"
        return f"{text}; approval {self.approval_threshold}%" if self.approval_threshold else text


@dataclass(frozen=True)
class SignatureForm:
    """`id` None for a new signature; an empty `source_ids` means every source."""

    name: str
    body: str = ""
    language: str = ""
    source_ids: tuple[int, ...] = ()
    id: int | None = None


@dataclass(frozen=True)
class UserForm:
    """Everything the user editor saves, all tabs at once."""

    firstname: str
    lastname: str
    nickname: str
    email: str
    role_id: int
    locale: str = "en"
    timezone: str = "UTC"
    spoken_languages: tuple[str, ...] = ()
    team_ids: tuple[int, ...] = ()
    category_ids: tuple[int, ...] = ()
    source_permissions: tuple[SourcePermissions, ...] = ()
    identity_ids: tuple[int, ...] = ()
    capacity_id: int | None = None
    signatures: tuple[SignatureForm, ...] = ()
    password: str | None = None  # creation only; an invited user sets their own


@dataclass(frozen=True)
class NewUser:
    """The short form (names, e-mail, role) used by scripts, demo data and tests."""

    firstname: str
    lastname: str
    nickname: str
    email: str
    role_id: int
    locale: str = "en"
    timezone: str = "UTC"
    password: str | None = None

    def as_form(self) -> UserForm:
        return UserForm(
            self.firstname,
            self.lastname,
            self.nickname,
            self.email,
            self.role_id,
            locale=self.locale,
            timezone=self.timezone,
            password=self.password,
        )


@dataclass(frozen=True)
class UserDetail:
    id: int
    platform_id: str
    form: UserForm
    role_label: str
    enabled: bool
    invitation_pending: bool
    invited_at: datetime | None
    last_sign_in_at: datetime | None
    created_at: datetime
    has_handled_work: bool
    problems: tuple[ReplyProblem, ...] = ()
    # Teams the user belongs to that the actor may not change (team-leader scope).
    locked_team_ids: frozenset[int] = field(default_factory=frozenset)
    # Teams the user leads (set on the Teams page; leaving a team ends the leadership).
    leader_team_ids: frozenset[int] = field(default_factory=frozenset)
    # What the editor sends back with its save (no lost update).
    version: int = 1

    @property
    def name(self) -> str:
        return f"{self.form.firstname} {self.form.lastname}".strip() or self.form.nickname


@dataclass(frozen=True)
class DeletionCheck:
    """Whether the user can be deleted, and if not, why (the view then offers to disable them)."""

    allowed: bool
    reason: str = ""
    offer_disable: bool = False
