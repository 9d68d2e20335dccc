"""Screenshot of File › Compare with a bundle…: the demo configuration against a bundle edited
offline (a category recoloured and made mandatory, a new tag, a user moved to French, a team
renamed), the changed object's fields shown old beside new.

    python scripts/screenshots/bundle_diff.py [output folder]
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from screenshot_kit import data_dir, new_admin_session, output_dir, save, settle, start_app

from engage_desktop.services.bundles.bundle_service import BundleService
from engage_desktop.services.demo.loader import load_demo_data
from engage_desktop.views.bundles.diff_view import BundleDiffView


def edit(folder: Path, name: str, change: object) -> None:
    path = folder / name
    records = json.loads(path.read_text())["records"]
    change(records)  # type: ignore[operator]
    data = json.dumps({"records": records}, ensure_ascii=False, indent=1, sort_keys=True).encode()
    path.write_bytes(data)
    manifest = json.loads((folder / "manifest.json").read_text())
    manifest["files"][name] = hashlib.sha256(data).hexdigest()
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=1))


def main() -> None:
    out = output_dir()
    app = start_app()
    with data_dir() as folder:
        session = new_admin_session(folder)
        load_demo_data(session.ctx.acting_as(None), users=40)
        bundle = folder / "offline"
        BundleService(session.ctx).export_bundle(bundle, origin="Northwind Support")

        def categories(records: list[dict[str, object]]) -> None:
            records[1].update(color=7, mandatory=True)

        def users(records: list[dict[str, object]]) -> None:
            records[3].update(locale="fr", timezone="Europe/Paris")

        edit(bundle, "categories.json", categories)
        edit(bundle, "users.json", users)
        edit(bundle, "tags.json", lambda r: r.append({"id": "a" * 24, "name": "VIP"}))
        edit(bundle, "teams.json", lambda r: r[0].update(name=f"{r[0]['name']} (nights)"))
        view = BundleDiffView(BundleService(session.ctx))
        view.show()
        view.compare(bundle)
        for _ in range(100):
            settle(app, 0.1)
            if view.diff is not None:
                break
        settle(app, 0.5)
        save(view, out / "bundle-diff.png")
        view.close()
        session.database.dispose()


if __name__ == "__main__":
    main()
