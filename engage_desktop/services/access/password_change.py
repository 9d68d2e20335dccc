"""Changing a password: one's own, or a reset by whoever may change the user. Either ends the
user's other sessions (UnitOfWork.actor compares password_changed_at with the session's sign-in)."""

from __future__ import annotations

from datetime import datetime

from engage_desktop.models import utcnow
from engage_desktop.services.access.passwords import check_policy, hash_password, verify_password
from engage_desktop.services.access.scope import load_editable, refuse_more_powerful, user_scope
from engage_desktop.services.access.sign_in_messages import WRONG_CURRENT_PASSWORD
from engage_desktop.services.core.errors import ValidationError
from engage_desktop.services.core.reference_data import security_policy
from engage_desktop.services.core.unit_of_work import UnitOfWork
from engage_desktop.services.settings.password_rules import refuse_reused_password, remember_old_password


def change_password(
    uow: UnitOfWork, user_id: int, current_password: str | None, new_password: str
) -> datetime:
    """One's own password (the current one required), or a reset of another's (`current_password`
    None) by whoever may change that user and holds every permission their role holds: a reset
    hands its author the account, so it must give them nothing more than they have.

    Sets `password_changed_at`: every session signed in before it ends at its next action. Returns
    that time, so the session that changed its own password goes on with it as its `signed_in_at`.
    The journal's `user.password_changed` never holds a password.
    """
    actor = uow.actor()
    reset = user_id != actor.id
    if reset:
        (user,) = load_editable(uow, user_scope(uow), [user_id])
        refuse_more_powerful(actor.role.permission_names, [user])
    else:
        user = actor
        if current_password is None or not verify_password(user.password_hash, current_password):
            raise ValidationError("current_password", WRONG_CURRENT_PASSWORD())
    policy = security_policy(uow.session)
    check_policy(new_password, policy, field="new_password")
    refuse_reused_password(uow.session, user, new_password, policy)
    remember_old_password(uow.session, user, policy)
    changed_at = utcnow()
    user.password_hash = hash_password(new_password)
    user.password_changed_at = changed_at
    uow.record(
        "user.password_changed", object_type="user", object_id=user.platform_id, details={"reset": reset}
    )
    return changed_at
