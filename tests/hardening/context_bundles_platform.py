"""Calls of the platform side of bundles (services/bundles/platform_service.py) for the registry:
a plan that creates one tag, applied to a stand-in of the platform on 127.0.0.1."""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

from engage_desktop.services.bundles.apply import ApplyReport
from engage_desktop.services.bundles.plan import make_plan, save_plan
from engage_desktop.services.bundles.platform_client import PlatformClient
from engage_desktop.services.bundles.platform_service import PlatformService
from engage_desktop.services.bundles.stand_in import StandInThread
from engage_desktop.services.core.context import ServiceContext

from .action_context import Context

UNREACHABLE = "http://127.0.0.1:9/1.0"


def apply_one_tag(ctx: ServiceContext, c: Context) -> ApplyReport:
    folder = Path(c.tmp) if c.tmp is not None else Path(tempfile.mkdtemp(prefix="apply-hardening-"))
    with StandInThread(token="hardening", rate_limit=10_000) as server:
        plan = make_plan({"tags": [{"id": "tag-new", "name": "Applied tag"}]}, {}, server.base_url)
        plan_file = folder / "plan.json"
        save_plan(plan, plan_file)

        async def run() -> ApplyReport:
            async with PlatformClient(server.base_url, server.token, max_requests=9_000, backoff=0.01) as api:
                return await PlatformService(ctx).apply_plan(plan, plan_file, api)

        report = asyncio.run(run())
        assert [t["name"] for t in server.state.store["tags"].values()] == ["Applied tag"]
        return report
