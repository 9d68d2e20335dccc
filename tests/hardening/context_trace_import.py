"""Setup for importing an interaction trace: a one-line trace on the shared context's chat source,
in a scratch folder (a refusal must leave the database as it was)."""

from __future__ import annotations

import json
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from conftest import Signed

from engage_desktop.models import ContentSource

from .action_context import Context, build_context


def with_trace_file(admin: Signed) -> Context:
    context = build_context(admin)
    with admin.db.session_factory() as session:
        source = session.get(ContentSource, context.chat_source_id)
        assert source is not None
        name = source.name
    trace = Path(tempfile.mkdtemp(prefix="trace-import-")) / "hardening-trace.jsonl"
    line = {
        "source": name,
        "foreign_id": "hardening-1",
        "thread": "hardening",
        "author": "someone",
        "text": "Hello",
        "language": "en",
        "timestamp": datetime.now(UTC).isoformat(),
    }
    trace.write_text(json.dumps(line) + "\n", encoding="utf-8")
    context.extra["database"] = admin.db
    context.extra["trace"] = trace
    return context
