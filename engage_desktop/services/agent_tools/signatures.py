"""Agent tools › Signatures: every agent's signatures in one list, per user, source and language.

They are the user editor's signatures (`UserSignature`), not a copy: a change here rebuilds the
user's form from the saved user, swaps the one signature and saves it through `UserService.
update_user` — so the same scope, validation, stale-edit check and `user.updated` journal apply.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import func, or_, select

from engage_desktop.models import User
from engage_desktop.models.agent_tools import SEARCH_KEY_LENGTH
from engage_desktop.models.channels import ContentSource
from engage_desktop.models.user_profile import UserSignature
from engage_desktop.services.access.scope import load_visible, user_scope, visible_users
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import ErrorCode, NotFound
from engage_desktop.services.core.listing import ListQuery, like_pattern
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP
from engage_desktop.services.core.unit_of_work import UnitOfWork
from engage_desktop.services.core.validation import is_id
from engage_desktop.services.users.records import SignatureForm, UserRow
from engage_desktop.services.users.service import UserService

SIGNATURE_GONE = ErrorCode(
    "signature.not_found",
    QT_TRANSLATE_NOOP(
        "Errors", "This signature no longer exists (it may have been deleted on another workstation)."
    ),
)


@dataclass(frozen=True)
class SignatureRow:
    id: int
    user_id: int
    user_name: str
    name: str
    language: str
    sources: str
    body: str


@dataclass(frozen=True)
class SignatureDetail:
    user_id: int
    user_name: str
    form: SignatureForm
    user_version: int  # the user's version: a signature saves through the user


class SignatureService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.users = UserService(ctx)

    def _filtered(self, stmt: Any, query: ListQuery, uow: UnitOfWork) -> Any:
        stmt = visible_users(stmt.join(User, User.id == UserSignature.user_id), user_scope(uow))
        if query.search.strip():
            pattern = like_pattern(query.search)
            stmt = stmt.where(
                or_(
                    func.lower(UserSignature.name).like(pattern, escape="\\"),
                    User.search_key.like(pattern, escape="\\"),
                )
            )
        for key, column in (("language", UserSignature.language), ("user_id", UserSignature.user_id)):
            value = query.filters.get(key)
            if value is not None:
                stmt = stmt.where(column == value)
        return stmt

    def count_signatures(self, query: ListQuery) -> int:
        with UnitOfWork(self.ctx) as uow:
            return int(
                uow.session.scalar(self._filtered(select(func.count(UserSignature.id)), query, uow)) or 0
            )

    def list_signatures(self, query: ListQuery, offset: int = 0, limit: int = 200) -> list[SignatureRow]:
        with UnitOfWork(self.ctx) as uow:
            order = {
                "name": func.lower(UserSignature.name),
                "language": UserSignature.language,
            }.get(query.sort or "", User.lastname)
            stmt = self._filtered(select(UserSignature, User), query, uow).order_by(
                order.desc() if query.descending else order, User.lastname, User.id, UserSignature.position
            )
            rows = uow.session.execute(stmt.offset(offset).limit(limit)).all()
            source_ids = sorted({s for sig, _ in rows for s in sig.source_ids})
            names = (
                dict(
                    uow.session.execute(
                        select(ContentSource.id, ContentSource.name).where(ContentSource.id.in_(source_ids))
                    ).all()
                )
                if source_ids
                else {}
            )
            return [
                SignatureRow(
                    sig.id,
                    user.id,
                    user.display_name,
                    sig.name,
                    sig.language,
                    ", ".join(sorted(names.get(s, "?") for s in sig.source_ids)),
                    " ".join(sig.body.split())[:SEARCH_KEY_LENGTH],
                )
                for sig, user in rows
            ]

    def source_choices(self) -> list[tuple[int, str]]:
        with UnitOfWork(self.ctx) as uow:
            user_scope(uow)
            stmt = select(ContentSource.id, ContentSource.name).order_by(ContentSource.name_key)
            return [(row.id, row.name) for row in uow.session.execute(stmt)]

    def get_signature(self, signature_id: int) -> SignatureDetail:
        with UnitOfWork(self.ctx) as uow:
            scope = user_scope(uow)
            signature = uow.session.get(UserSignature, signature_id) if is_id(signature_id) else None
            if signature is None:
                raise NotFound(SIGNATURE_GONE())
            user = load_visible(uow, scope, signature.user_id)
            form = SignatureForm(
                signature.name, signature.body, signature.language, tuple(signature.source_ids), signature.id
            )
            return SignatureDetail(user.id, user.display_name, form, user.version)

    # ---- changing: through the user, so every rule of the user editor applies ---------------------
    def create_signature(self, user_id: int, form: SignatureForm) -> UserRow:
        detail = self.users.get_user(user_id)
        wanted = (*detail.form.signatures, replace(form, id=None))
        return self.users.update_user(
            user_id, replace(detail.form, signatures=wanted), version=detail.version
        )

    def update_signature(
        self, user_id: int, signature_id: int, form: SignatureForm, *, version: int | None = None
    ) -> UserRow:
        """`version` is the user's version when the signature was loaded (stale: Conflict)."""
        detail = self.users.get_user(user_id)
        if not any(s.id == signature_id for s in detail.form.signatures):
            raise NotFound(SIGNATURE_GONE())
        wanted = tuple(
            replace(form, id=signature_id) if s.id == signature_id else s for s in detail.form.signatures
        )
        return self.users.update_user(user_id, replace(detail.form, signatures=wanted), version=version)

    def delete_signature(self, user_id: int, signature_id: int, *, version: int | None = None) -> UserRow:
        detail = self.users.get_user(user_id)
        if not any(s.id == signature_id for s in detail.form.signatures):
            raise NotFound(SIGNATURE_GONE())
        wanted = tuple(s for s in detail.form.signatures if s.id != signature_id)
        return self.users.update_user(user_id, replace(detail.form, signatures=wanted), version=version)


__all__ = ["SignatureDetail", "SignatureRow", "SignatureService"]
