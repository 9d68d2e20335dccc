"""What the Digital actions act on: two tags (one on a profile), a profile holding two identities,
a lone identity with its own profile, a custom field with a value, two folders."""

from __future__ import annotations

from conftest import Signed

from engage_desktop.models.channels import Identity
from engage_desktop.services.channels.identities import build_identity
from engage_desktop.services.digital.custom_fields import CustomFieldForm, CustomFieldService
from engage_desktop.services.digital.folders import FolderForm, FolderService
from engage_desktop.services.digital.identity_groups import IdentityGroupService, build_identity_group
from engage_desktop.services.digital.tags import TagService

from .action_context import Context, build_context


def with_digital(admin: Signed) -> Context:
    context = build_context(admin)
    fb = context.world.communities["Facebook"]
    with admin.db.session_factory() as session, session.begin():
        group = build_identity_group(firstname="Chloé", lastname="Dubois")
        lone = build_identity_group(firstname="Marc")
        session.add_all([group, lone])
        session.flush()
        members = [build_identity(fb, display_name=n, identity_group_id=group.id) for n in ("Chloé", "C. D.")]
        single = build_identity(fb, display_name="Marc", identity_group_id=lone.id)
        session.add_all([*members, single])
        session.flush()
        ids: dict[str, int] = {"group": group.id, "lone": single.id, "member": members[1].id}
        assert all(isinstance(i, Identity) for i in (*members, single))
    tags = TagService(admin.ctx)
    vip, press = tags.create_tag("VIP"), tags.create_tag("Press")
    IdentityGroupService(admin.ctx).set_group_tags(ids["group"], [vip.id])
    field = CustomFieldService(admin.ctx).create_custom_field(
        CustomFieldForm("IdentityGroup", "score", "Score", "string")
    )
    IdentityGroupService(admin.ctx).set_custom_field_values(ids["group"], {"score": "12"})
    folders = FolderService(admin.ctx)
    parent = folders.create_folder(FolderForm("Customers"))
    folder = folders.create_folder(FolderForm("VIP", "tag:VIP", parent_id=parent.id))
    context.extra.update(
        ids,
        vip=vip.id,
        press=press.id,
        field=field.id,
        folder=folder.id,
        parent_folder=parent.id,
    )
    return context
