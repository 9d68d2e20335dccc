"""Hostile input to every Agent tools create/update entry point (hypothesis): wrong types, 2**70 ids,
NUL, lone surrogates, control characters, 1 MB text, formulas. Each call succeeds or raises a typed
DomainError with nothing written; no stored text holds NUL, control characters or surrogates."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from conftest import Signed
from hardening.test_hostile_input import EXAMPLES, attempt, hostile, ids, texts
from hypothesis import given
from hypothesis import strategies as st
from users_helpers import World, build_world, quick_user

from engage_desktop.services.agent_tools.email_templates import EmailTemplateService, TemplateForm
from engage_desktop.services.agent_tools.entries import (
    AttachmentForm,
    EntryForm,
    ReplyAssistantService,
    VersionForm,
)
from engage_desktop.services.agent_tools.groups import GroupForm, ReplyAssistantGroupService
from engage_desktop.services.agent_tools.signatures import SignatureService
from engage_desktop.services.users.records import SignatureForm

id_lists = st.one_of(hostile, st.lists(ids, max_size=3))
NUMBERS = itertools.count()


@pytest.fixture
def world(sqlite_admin: Signed) -> World:
    return build_world(sqlite_admin)


@EXAMPLES
@given(label=hostile, body=hostile, language=hostile, fmt=hostile, some_ids=id_lists, shortcut=texts)
def test_entries(
    sqlite_admin: Signed,
    world: World,
    label: Any,
    body: Any,
    language: Any,
    fmt: Any,
    some_ids: Any,
    shortcut: Any,
) -> None:
    service = ReplyAssistantService(sqlite_admin.ctx)
    attempt(
        sqlite_admin,
        lambda: service.create_entry(
            EntryForm(label, (shortcut,), versions=(VersionForm("en", "text", body),))
        ),
    )
    attempt(
        sqlite_admin,
        lambda: service.create_entry(EntryForm("Ok", versions=(VersionForm(language, fmt, "x"),))),
    )
    attempt(
        sqlite_admin,
        lambda: service.create_entry(EntryForm("Ok", category_ids=some_ids, source_ids=some_ids)),
    )
    attempt(sqlite_admin, lambda: service.create_entry(EntryForm("Ok", shortcuts=label, versions=body)))
    attempt(
        sqlite_admin,
        lambda: service.create_entry(
            EntryForm(
                "Ok", versions=(VersionForm("en", "text", "x", attachments=(AttachmentForm(label, body),)),)
            )
        ),
    )
    attempt(
        sqlite_admin,
        lambda: service.update_entry(some_ids if not isinstance(some_ids, list) else 2**70, EntryForm("x")),
    )


@EXAMPLES
@given(name=hostile, some_ids=id_lists, position=hostile)
def test_groups_and_templates(
    sqlite_admin: Signed, world: World, name: Any, some_ids: Any, position: Any
) -> None:
    groups = ReplyAssistantGroupService(sqlite_admin.ctx)
    attempt(sqlite_admin, lambda: groups.create_group(GroupForm(name, name, some_ids)))
    attempt(
        sqlite_admin, lambda: groups.move_group(some_ids if not isinstance(some_ids, list) else 1, position)
    )
    templates = EmailTemplateService(sqlite_admin.ctx)
    attempt(sqlite_admin, lambda: templates.create_template(TemplateForm(name, name, name, name, some_ids)))
    attempt(sqlite_admin, lambda: templates.preview(TemplateForm(name, name, name, name)))
    attempt(
        sqlite_admin,
        lambda: templates.update_template(
            some_ids if not isinstance(some_ids, list) else 0, TemplateForm("x", "y", "", "z")
        ),
    )


@EXAMPLES
@given(name=hostile, body=hostile, language=hostile, some_ids=id_lists)
def test_signatures(
    sqlite_admin: Signed, world: World, name: Any, body: Any, language: Any, some_ids: Any
) -> None:
    service = SignatureService(sqlite_admin.ctx)
    agent = quick_user(sqlite_admin, world, f"agent{next(NUMBERS)}")
    attempt(
        sqlite_admin, lambda: service.create_signature(agent, SignatureForm(name, body, language, some_ids))
    )
