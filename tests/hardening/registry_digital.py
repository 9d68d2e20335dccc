"""Data-changing actions of the Digital section: tags, identity groups, custom fields, folders (services/digital).

Same rules as `registry.py`: each entry names the permission(s) the action needs and calls it.
"""

from __future__ import annotations

from engage_desktop.services.digital.custom_fields import CustomFieldForm, CustomFieldService
from engage_desktop.services.digital.folders import FolderForm, FolderService
from engage_desktop.services.digital.identity_groups import GroupChanges, IdentityGroupService
from engage_desktop.services.digital.identity_merge import IdentityMergeService
from engage_desktop.services.digital.tags import TagService

from .action_base import P, ServiceAction
from .context_digital import with_digital

SCORE = CustomFieldForm("IdentityGroup", "score", "Score", "integer")

ACTIONS: tuple[ServiceAction, ...] = (
    ServiceAction(
        "TagService.create_tag",
        (P.MANAGE_TAGS,),
        lambda x, c: TagService(x).create_tag("Churn"),
        setup=with_digital,
    ),
    ServiceAction(
        "TagService.update_tag",
        (P.MANAGE_TAGS,),
        lambda x, c: TagService(x).update_tag(c.extra["vip"], "Very important"),
        setup=with_digital,
    ),
    ServiceAction(
        "TagService.merge_tags",
        (P.MANAGE_TAGS,),
        lambda x, c: TagService(x).merge_tags([c.extra["press"]], c.extra["vip"]),
        setup=with_digital,
    ),
    ServiceAction(
        "TagService.delete_tag",
        (P.MANAGE_TAGS,),
        lambda x, c: TagService(x).delete_tag(c.extra["press"]),
        setup=with_digital,
    ),
    ServiceAction(
        "IdentityGroupService.update_identity_group",
        (P.UPDATE_IDENTITY,),
        lambda x, c: IdentityGroupService(x).update_identity_group(
            c.extra["group"], GroupChanges(notes="Calls")
        ),
        setup=with_digital,
    ),
    ServiceAction(
        "IdentityGroupService.set_group_tags",
        (P.UPDATE_IDENTITY,),
        lambda x, c: IdentityGroupService(x).set_group_tags(c.extra["group"], [c.extra["press"]]),
        setup=with_digital,
    ),
    ServiceAction(
        "IdentityGroupService.set_custom_field_values",
        (P.UPDATE_IDENTITY,),
        lambda x, c: IdentityGroupService(x).set_custom_field_values(c.extra["group"], {"score": "7"}),
        setup=with_digital,
    ),
    ServiceAction(
        "IdentityGroupService.update_profile",
        (P.UPDATE_IDENTITY,),
        lambda x, c: IdentityGroupService(x).update_profile(
            c.extra["group"], GroupChanges(notes="Calls"), [c.extra["press"]], {"score": "9"}
        ),
        setup=with_digital,
    ),
    ServiceAction(
        "IdentityMergeService.merge_identity",
        (P.UPDATE_IDENTITY,),
        lambda x, c: IdentityMergeService(x).merge_identity(c.extra["lone"], c.extra["group"]),
        setup=with_digital,
    ),
    ServiceAction(
        "IdentityMergeService.remove_identity_from_group",
        (P.UPDATE_IDENTITY,),
        lambda x, c: IdentityMergeService(x).remove_identity_from_group(c.extra["member"], c.extra["group"]),
        setup=with_digital,
    ),
    ServiceAction(
        "CustomFieldService.create_custom_field",
        (P.MANAGE_CUSTOM_FIELDS,),
        lambda x, c: CustomFieldService(x).create_custom_field(
            CustomFieldForm("Intervention", "reason", "Reason", "single_choice", ("Price", "Delay"))
        ),
        setup=with_digital,
    ),
    ServiceAction(
        "CustomFieldService.update_custom_field",
        (P.MANAGE_CUSTOM_FIELDS,),
        lambda x, c: CustomFieldService(x).update_custom_field(c.extra["field"], SCORE, convert=True),
        setup=with_digital,
    ),
    ServiceAction(
        "CustomFieldService.move_custom_field",
        (P.MANAGE_CUSTOM_FIELDS,),
        lambda x, c: CustomFieldService(x).move_custom_field(c.extra["field"], 3),
        setup=with_digital,
    ),
    ServiceAction(
        "CustomFieldService.delete_custom_field",
        (P.MANAGE_CUSTOM_FIELDS,),
        lambda x, c: CustomFieldService(x).delete_custom_field(c.extra["field"]),
        setup=with_digital,
    ),
    ServiceAction(
        "FolderService.create_folder",
        (P.MANAGE_FOLDERS,),
        lambda x, c: FolderService(x).create_folder(FolderForm("Press", "-tag:VIP refund")),
        setup=with_digital,
    ),
    ServiceAction(
        "FolderService.update_folder",
        (P.MANAGE_FOLDERS,),
        lambda x, c: FolderService(x).update_folder(
            c.extra["folder"], FolderForm("VIP only", "tag:VIP", role_ids=(c.role_id,))
        ),
        setup=with_digital,
    ),
    ServiceAction(
        "FolderService.move_folder",
        (P.MANAGE_FOLDERS,),
        lambda x, c: FolderService(x).move_folder(c.extra["folder"], None, 0),
        setup=with_digital,
    ),
    ServiceAction(
        "FolderService.delete_folder",
        (P.MANAGE_FOLDERS,),
        lambda x, c: FolderService(x).delete_folder(c.extra["parent_folder"]),
        setup=with_digital,
    ),
)
