"""Categories at the service layer (SQLite and PostgreSQL): tree integrity, deletion choices in one
unit of work with one journal event per object touched, CSV round trip, two sessions racing."""

from __future__ import annotations

import pytest
from conftest import Signed
from test_roles_service import journal, user_with_role

from engage_desktop.models.channels import (
    CATEGORY_LINK_DEFAULT,
    Community,
    ContentSource,
    ContentSourceCategory,
)
from engage_desktop.models.routing import Category, RoutingChannel, RoutingChannelAutoCompleteCategory
from engage_desktop.models.user_profile import UserCategory
from engage_desktop.services.core.errors import Conflict, PermissionDenied, ValidationError
from engage_desktop.services.routing.categories import CategoryForm, CategoryService
from engage_desktop.services.routing.category_csv import (
    CategoryCsvService,
    CategoryImportRefused,
)
from engage_desktop.services.routing.category_deletion import CategoryDeletionService, ChildrenChoice


def tree(signed: Signed) -> dict[str, int]:
    """{"Sales/Leads": id, …} for the current tree."""
    return {n.path_text: n.id for n in CategoryService(signed.ctx).list_tree()}


def make(signed: Signed, name: str, parent: int | None = None, **more: object) -> int:
    return CategoryService(signed.ctx).create_category(CategoryForm(name, parent, **more)).id  # type: ignore[arg-type]


def source(signed: Signed, name: str) -> int:
    with signed.db.session_factory() as session, session.begin():
        community = session.query(Community).filter_by(name="Mail").one_or_none()
        if community is None:
            community = Community(name="Mail", name_key="mail", type="email")
            session.add(community)
            session.flush()
        row = ContentSource(name=name, name_key=name.casefold(), type="email", community_id=community.id)
        session.add(row)
        session.flush()
        return row.id


def test_create_lists_tree_with_paths_and_sibling_names_unique_ignoring_case_and_accents(
    admin: Signed,
) -> None:
    sales = make(admin, "Sales", color=3)
    leads = make(admin, "Leads", sales)
    make(admin, "Hot", leads, mandatory=True)
    make(admin, "Hot", sales)  # same name elsewhere in the tree is fine
    assert list(tree(admin)) == ["Sales", "Sales/Hot", "Sales/Leads", "Sales/Leads/Hot"]
    with pytest.raises(ValidationError) as caught:
        make(admin, "  LÉADS ", sales)
    assert caught.value.errors["name"].code == "category.name_taken_under"
    with pytest.raises(ValidationError) as caught:
        make(admin, "sales")
    assert caught.value.errors["name"].code == "category.name_taken_at_root"
    with pytest.raises(ValidationError) as caught:
        make(admin, "A/B", color=12)
    assert set(caught.value.errors) == {"name", "color"}
    (event,) = [e for e in journal(admin, "category.created") if e.changes["name"]["to"] == "Sales"]
    assert event.changes["color"] == {"from": None, "to": 3}


def test_database_index_refuses_sibling_duplicates_even_without_the_service(admin: Signed) -> None:
    from sqlalchemy.exc import IntegrityError

    with admin.db.session_factory() as session:
        session.add_all([Category(name="Billing"), Category(name="BILLING")])
        with pytest.raises(IntegrityError):
            session.commit()


def test_move_refuses_cycles_and_name_clashes_and_journals_the_parent(admin: Signed) -> None:
    service = CategoryService(admin.ctx)
    sales = make(admin, "Sales")
    leads = make(admin, "Leads", sales)
    hot = make(admin, "Hot", leads)
    make(admin, "Hot", sales)
    for target in (sales, leads, hot):
        with pytest.raises(ValidationError) as caught:
            service.move_category(sales, target if target != sales else hot)
        assert caught.value.errors["parent_id"].code == "category.cycle"
    with pytest.raises(ValidationError) as caught:
        service.move_category(hot, sales)
    assert caught.value.errors["name"].code == "category.name_taken_under"
    moved = service.move_category(leads, None)
    assert moved.path == ("Leads",)
    assert "Leads/Hot" in tree(admin)
    (event,) = journal(admin, "category.updated")
    assert event.changes == {"parent": {"from": "Sales", "to": None}}


def test_search_returns_matches_with_their_ancestors(admin: Signed) -> None:
    sales = make(admin, "Sales")
    leads = make(admin, "Leads", sales)
    make(admin, "Hôt prospects", leads)
    make(admin, "Billing")
    found = CategoryService(admin.ctx).list_tree("HOT")
    assert [(n.path_text, n.matches) for n in found] == [
        ("Sales", False),
        ("Sales/Leads", False),
        ("Sales/Leads/Hôt prospects", True),
    ]


def test_usage_counts_users_sources_and_channels(admin: Signed) -> None:
    billing = make(admin, "Billing")
    mailbox = source(admin, "support@acme")
    with admin.db.session_factory() as session, session.begin():
        session.add(UserCategory(user_id=admin.user.id, category_id=billing))
        session.add(ContentSourceCategory(source_id=mailbox, category_id=billing, kind=CATEGORY_LINK_DEFAULT))
        channel = RoutingChannel(name="Chat")
        session.add(channel)
        session.flush()
        session.add(RoutingChannelAutoCompleteCategory(channel_id=channel.id, category_id=billing))
    (node,) = CategoryService(admin.ctx).list_tree()
    assert node.usage == {"users": 1, "sources": 1, "channels": 1}


def _used_branch(admin: Signed) -> dict[str, int]:
    orders = make(admin, "Orders")
    tracking = make(admin, "Tracking", orders)
    late = make(admin, "Late", tracking)
    make(admin, "Refund", orders)
    other = make(admin, "Billing")
    make(admin, "Refund", other)
    mailbox = source(admin, "support@acme")
    with admin.db.session_factory() as session, session.begin():
        session.add_all(
            [
                UserCategory(user_id=admin.user.id, category_id=orders),
                UserCategory(user_id=admin.user.id, category_id=late),
                ContentSourceCategory(source_id=mailbox, category_id=late, kind=CATEGORY_LINK_DEFAULT),
            ]
        )
    return tree(admin)


def test_delete_needs_a_choice_when_it_has_children_or_is_used(admin: Signed) -> None:
    ids = _used_branch(admin)
    deletion = CategoryDeletionService(admin.ctx)
    impact = deletion.deletion_impact(ids["Orders"])
    assert (impact.child_count, impact.branch_size) == (2, 3)
    assert impact.usage == {"users": 1}
    assert impact.branch_usage == {"users": 2, "sources": 1}
    with pytest.raises(Conflict) as caught:
        deletion.delete_category(ids["Orders"])
    assert caught.value.code == "category.children_choice_needed"
    with pytest.raises(Conflict) as caught:
        deletion.delete_category(ids["Orders"], ChildrenChoice.TO_PARENT)
    assert caught.value.code == "category.in_use"
    with pytest.raises(ValidationError):
        deletion.delete_category(
            ids["Orders"],
            ChildrenChoice.TO_CATEGORY,
            target_id=ids["Orders/Tracking"],
            remove_references=True,
        )
    # Moving "Refund" next to Billing's "Refund" would clash: nothing happens at all.
    with pytest.raises(Conflict) as caught:
        deletion.delete_category(
            ids["Orders"], ChildrenChoice.TO_CATEGORY, target_id=ids["Billing"], remove_references=True
        )
    assert caught.value.code == "category.name_taken_under"
    assert tree(admin) == ids
    assert journal(admin, "category.destroyed") == []


def test_delete_moving_children_up_is_one_unit_with_one_event_per_object(admin: Signed) -> None:
    ids = _used_branch(admin)
    CategoryDeletionService(admin.ctx).delete_category(
        ids["Orders"], ChildrenChoice.TO_PARENT, remove_references=True
    )
    assert sorted(tree(admin)) == ["Billing", "Billing/Refund", "Refund", "Tracking", "Tracking/Late"]
    assert [e.changes["name"]["from"] for e in journal(admin, "category.destroyed")] == ["Orders"]
    moved = journal(admin, "category.updated")
    assert sorted(e.changes["parent"]["from"] for e in moved) == ["Orders", "Orders"]
    (user_event,) = journal(admin, "user.updated")
    assert user_event.changes == {"categories": {"added": [], "removed": ["Orders"]}}
    assert journal(admin, "content_source.updated") == []


def test_delete_branch_removes_every_reference(admin: Signed) -> None:
    ids = _used_branch(admin)
    CategoryDeletionService(admin.ctx).delete_category(
        ids["Orders"], ChildrenChoice.DELETE_BRANCH, remove_references=True
    )
    assert sorted(tree(admin)) == ["Billing", "Billing/Refund"]
    destroyed = sorted(e.changes["name"]["from"] for e in journal(admin, "category.destroyed"))
    assert destroyed == ["Late", "Orders", "Refund", "Tracking"]
    (user_event,) = journal(admin, "user.updated")
    assert user_event.changes["categories"]["removed"] == ["Late", "Orders"]
    (source_event,) = journal(admin, "content_source.updated")
    assert source_event.changes == {"default_categories": {"added": [], "removed": ["Late"]}}
    with admin.db.session_factory() as session:
        assert session.query(UserCategory).count() == 0


def test_delete_to_another_category(admin: Signed) -> None:
    ids = _used_branch(admin)
    archive = make(admin, "Archive")
    CategoryDeletionService(admin.ctx).delete_category(
        ids["Orders/Tracking"], ChildrenChoice.TO_CATEGORY, target_id=archive, remove_references=True
    )
    assert "Archive/Late" in tree(admin)


def test_without_manage_categories_nothing_is_possible(admin: Signed) -> None:
    billing = make(admin, "Billing")
    agent = user_with_role(admin, "Agents", ["receive_tasks"], "agent")
    with pytest.raises(PermissionDenied):
        CategoryService(agent.ctx).list_tree()
    with pytest.raises(PermissionDenied):
        CategoryService(agent.ctx).create_category(CategoryForm("X"))
    with pytest.raises(PermissionDenied):
        CategoryService(agent.ctx).move_category(billing, None)
    with pytest.raises(PermissionDenied):
        CategoryDeletionService(agent.ctx).delete_category(billing)
    with pytest.raises(PermissionDenied):
        CategoryCsvService(agent.ctx).import_csv(
            b"path,color,mandatory,multiple,unselectable,post_qualification\n"
        )


def test_two_sessions_editing_one_category_conflict(admin: Signed) -> None:
    service = CategoryService(admin.ctx)
    billing = service.get_category(make(admin, "Billing"))
    service.update_category(billing.id, CategoryForm("Billing", color=4), version=billing.version)
    with pytest.raises(Conflict) as caught:
        service.update_category(billing.id, CategoryForm("Invoices", color=1), version=billing.version)
    assert caught.value.is_stale_edit
    assert caught.value.theirs["color"] == 4
    assert service.get_category(billing.id).name == "Billing"


def test_sources_where_it_applies(admin: Signed) -> None:
    mailbox = source(admin, "support@acme")
    service = CategoryService(admin.ctx)
    node = service.create_category(CategoryForm("Billing", source_ids=(mailbox,)))
    assert node.source_ids == (mailbox,)
    updated = service.update_category(node.id, CategoryForm("Billing"), version=node.version)
    assert updated.source_ids == ()
    assert updated.version > node.version
    (event,) = journal(admin, "category.updated")
    assert event.changes["sources"] == {"added": [], "removed": ["support@acme"]}
    with pytest.raises(ValidationError) as caught:
        service.create_category(CategoryForm("Refund", source_ids=(999,)))
    assert "source_ids" in caught.value.errors


# ---- CSV -------------------------------------------------------------------------------------------------
HEADER = "path,color,mandatory,multiple,unselectable,post_qualification\r\n"


def test_csv_round_trip_with_formula_neutralised(admin: Signed) -> None:
    sales = make(admin, "Sales", color=2, unselectable=True)
    make(admin, "=HYPERLINK(evil)", sales, mandatory=True)
    make(admin, "+33 hotline", color=11, post_qualification=True)
    csv_text = CategoryCsvService(admin.ctx).export_csv()
    assert csv_text.splitlines() == [
        HEADER.strip(),
        "'+33 hotline,11,0,0,0,1",
        "Sales,2,0,0,1,0",
        "Sales/=HYPERLINK(evil),0,1,0,0,0",
    ]
    before = CategoryService(admin.ctx).list_tree()
    report = CategoryCsvService(admin.ctx).import_csv(csv_text.encode())
    assert (report.created, report.updated, report.unchanged) == (0, 0, 3)
    assert CategoryService(admin.ctx).list_tree() == before


def test_csv_import_creates_paths_updates_flags_all_or_nothing(admin: Signed) -> None:
    make(admin, "Sales")
    data = HEADER + "Sales/Leads/Hot,5,1,0,0,0\r\nSales,7,0,0,1,0\r\n"
    report = CategoryCsvService(admin.ctx).import_csv(data.encode())
    assert (report.created, report.updated) == (2, 1)
    nodes = {n.path_text: n for n in CategoryService(admin.ctx).list_tree()}
    assert nodes["Sales/Leads/Hot"].color == 5 and nodes["Sales/Leads/Hot"].mandatory
    assert nodes["Sales"].unselectable and nodes["Sales"].color == 7


def test_csv_malformed_lines_are_reported_and_nothing_is_written(admin: Signed) -> None:
    data = HEADER + (
        "Good/One,1,0,0,0,0\r\n"
        "Bad//Path,1,0,0,0,0\r\n"
        "Colour,12,0,0,0,0\r\n"
        "Flag,1,maybe,0,0,0\r\n"
        "Short,1\r\n"
        "good/ONE,1,0,0,0,0\r\n"
    )
    with pytest.raises(CategoryImportRefused) as caught:
        CategoryCsvService(admin.ctx).import_csv(data.encode())
    found = [(i.line, i.column, i.message.code) for i in caught.value.issues]
    assert found == [
        (3, "path", "category_csv.empty_level"),
        (4, "color", "category_csv.bad_colour"),
        (5, "mandatory", "category_csv.bad_flag"),
        (6, "", "category_csv.wrong_width"),
        (7, "path", "category_csv.repeated_path"),
    ]
    assert tree(admin) == {}
    with pytest.raises(CategoryImportRefused) as caught:
        CategoryCsvService(admin.ctx).import_csv(b"name;colour\nx;1\n")
    assert caught.value.issues[0].message.code == "category_csv.bad_header"
    with pytest.raises(CategoryImportRefused):
        CategoryCsvService(admin.ctx).import_csv(b"\xff\xfe")
