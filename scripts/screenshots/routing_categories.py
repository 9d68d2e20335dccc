"""Renders Routing › Categories (the demo's tree with colour chips and usage counts) and the routing
channel editor offscreen into docs/screenshots/, from a throwaway SQLite database with demo data.

Run from the repository root: `.venv/bin/python scripts/screenshots/routing_categories.py [output_dir [en|fr]]`.
"""

from __future__ import annotations

import random
import sys

from screenshot_kit import data_dir, new_admin_session, output_dir, save, settle, start_app
from sqlalchemy import select

from engage_desktop.i18n import install_translations
from engage_desktop.models.channels import ContentSource, ContentSourceCategory
from engage_desktop.models.routing import Category
from engage_desktop.models.user_profile import UserCategory
from engage_desktop.models.users import User
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.demo.loader import load_demo_data
from engage_desktop.views.routing.categories_page import CategoriesPage
from engage_desktop.views.routing.routing_channel_editor import RoutingChannelEditorDialog


def give_skills_and_defaults(session: AppSession) -> None:
    """Demo agents get skills and sources default categories, so the usage columns have numbers."""
    rng = random.Random(7)
    with session.database.session_factory() as db, db.begin():
        categories = list(db.scalars(select(Category.id).where(Category.parent_id.is_not(None))))
        for user_id in db.scalars(select(User.id)):
            for category_id in rng.sample(categories, 3):
                db.add(UserCategory(user_id=user_id, category_id=category_id))
        for source_id in db.scalars(select(ContentSource.id)):
            db.add(ContentSourceCategory(source_id=source_id, category_id=rng.choice(categories)))


def main() -> None:
    out = output_dir()
    language = sys.argv[2] if len(sys.argv) > 2 else "en"
    app = start_app(locale="fr_FR" if language == "fr" else "en_US")
    install_translations(app, language)
    suffix = "" if language == "en" else f"-{language}"
    with data_dir() as folder:
        session = new_admin_session(folder)
        load_demo_data(session.ctx.acting_as(None), users=60)
        give_skills_and_defaults(session)
        page = CategoriesPage(session)
        page.resize(1100, 680)
        page.show()
        page.tree.expandAll()
        settle(app)
        save(page, out / f"routing-categories{suffix}.png")
        channel = max(session.routing_channels.list_channels(ListQuery()), key=lambda r: r.source_count)
        editor = RoutingChannelEditorDialog(session.routing_channels, channel.id)
        editor.show()
        settle(app)
        save(editor, out / f"routing-channel-editor{suffix}.png")


if __name__ == "__main__":
    main()
