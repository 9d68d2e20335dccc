"""A local stand-in of the platform's REST API (`api.md`), for tests and demos.

An asyncio HTTP/1.1 server on 127.0.0.1 with the documented envelopes, pagination (limit ≤ 150),
422 errors naming the field, 429 above the request rate limit and a bearer token check, over an
in-memory store with 24-hex ids. Tests inject 429s, 500s and dropped connections, and read
`request_log` to measure what a client really sent."""

from __future__ import annotations

import asyncio
import contextlib
import json
import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit

from engage_desktop.services.bundles.platform_resources import BY_PATH, RESOURCES, SERVER_FIELDS, ResourceSpec
from engage_desktop.services.bundles.stand_in_rules import Store, api_error, forget_references, validate

API_PREFIX = "/1.0"
MAX_LIMIT = 150
MAX_BODY = 2_000_000
REASONS = {200: "OK", 201: "Created", 204: "No Content", 400: "Bad Request", 401: "Unauthorized"}
REASONS |= {404: "Not Found", 405: "Method Not Allowed", 413: "Payload Too Large"}
REASONS |= {422: "Unprocessable Entity", 429: "Too Many Requests", 500: "Internal Server Error"}


@dataclass(frozen=True)
class LoggedRequest:
    at: float  # time.monotonic() when the request arrived
    method: str
    path: str
    status: int  # 0 for a connection dropped on purpose


@dataclass
class StandInState:
    token: str
    rate_limit: int = 500
    rate_window: float = 60.0
    store: Store = field(default_factory=dict)
    request_log: list[LoggedRequest] = field(default_factory=list)
    faults: deque[str] = field(default_factory=deque)  # "429", "500", "drop": for the next requests
    _recent: deque[float] = field(default_factory=deque)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def inject(self, *faults: str) -> None:
        """The next requests fail in this order (one fault each), then service resumes."""
        with self.lock:
            self.faults.extend(faults)

    def seed(self, configuration: dict[str, list[dict[str, Any]]]) -> int:
        """Hold what only the platform makes (communities, routing channels, content sources) as
        `configuration` has them, ids kept, credentials left out: a fresh account for a demo."""
        count = 0
        with self.lock:
            for spec in RESOURCES:
                if spec.creatable or spec.singleton:
                    continue
                records = self.store.setdefault(spec.name, {})
                for record in configuration.get(spec.name, []):
                    kept = {k: v for k, v in record.items() if k not in spec.secret_fields}
                    records[str(kept["id"])] = kept
                    count += 1
        return count

    def writes(self) -> list[LoggedRequest]:
        with self.lock:
            return [r for r in self.request_log if r.method != "GET" and r.status in (200, 201, 204)]


class StandIn:
    """The server. `await start()` then `port`; or `StandInThread` to run it beside a test."""

    def __init__(self, token: str, *, rate_limit: int = 500, rate_window: float = 60.0) -> None:
        self.state = StandInState(token=token, rate_limit=rate_limit, rate_window=rate_window)
        self.port = 0
        self._server: asyncio.Server | None = None

    async def start(self, port: int = 0) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", port)
        self.port = self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._server.wait_closed(), 2)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}{API_PREFIX}"

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                request = await _read_request(reader)
                if request is None:
                    break
                method, target, headers, body = request
                answer = self._answer(method, target, headers, body)
                if answer is None:  # an injected dropped connection
                    writer.transport.abort()
                    return
                status, payload = answer
                data = b"" if payload is None else json.dumps(payload).encode()
                head = f"HTTP/1.1 {status} {REASONS.get(status, 'Status')}\r\n"
                head += f"Content-Type: application/json\r\nContent-Length: {len(data)}\r\n"
                if status == 429:
                    head += "Retry-After: 1\r\n"
                writer.write(head.encode() + b"\r\n" + data)
                await writer.drain()
                if headers.get("connection", "").lower() == "close":
                    break
        except (ConnectionError, asyncio.IncompleteReadError, ValueError):
            pass
        finally:
            writer.close()

    def _answer(
        self, method: str, target: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, Any] | None:
        state = self.state
        now = time.monotonic()
        url = urlsplit(target)
        with state.lock:
            fault = state.faults.popleft() if state.faults else None
            status, payload = self._decide(fault, now, method, url.path, url.query, headers, body)
            state.request_log.append(LoggedRequest(now, method, url.path, 0 if fault == "drop" else status))
        return None if fault == "drop" else (status, payload)

    def _decide(
        self,
        fault: str | None,
        now: float,
        method: str,
        path: str,
        query: str,
        headers: dict[str, str],
        body: bytes,
    ) -> tuple[int, Any]:
        state = self.state
        if fault == "drop":
            return 0, None
        if fault == "500":
            return api_error(500, "internal_error", "Injected failure")
        if headers.get("authorization", "") != f"Bearer {state.token}":
            return api_error(401, "unauthorized", "Missing or wrong API access token")
        recent = state._recent
        while recent and recent[0] <= now - state.rate_window:
            recent.popleft()
        if fault == "429" or len(recent) >= state.rate_limit:
            return api_error(429, "rate_limit_exceeded", "Too many requests")
        recent.append(now)
        parts = [p for p in path.removeprefix(API_PREFIX).split("/") if p]
        spec = BY_PATH.get("/".join(parts[:2])) if len(parts) >= 2 else None
        if spec is not None:
            parts = [spec.api_path, *parts[2:]]
        else:
            spec = BY_PATH.get(parts[0]) if parts else None
        if spec is None or len(parts) > 2 or not path.startswith(API_PREFIX + "/"):
            return api_error(404, "not_found", "No such endpoint")
        records = state.store.setdefault(spec.name, {})
        if spec.singleton:
            return _singleton(state.store, spec, method, len(parts), body)
        if len(parts) == 1:
            if method == "GET":
                return _list(state.store, spec, records, parse_qs(query))
            if method == "POST" and spec.creatable:
                return _create(state.store, spec, body)
            return api_error(405, "method_not_allowed", "Method not allowed")
        record = records.get(parts[1])
        if record is None:
            return api_error(404, "not_found", f"No {spec.name} with id {parts[1]}")
        if method == "GET":
            return 200, _render(state.store, spec, record)
        if method == "PUT" and spec.updatable:
            return _update(state.store, spec, record, body)
        if method == "DELETE" and spec.deletable:
            return _delete(state.store, spec, record)
        return api_error(405, "method_not_allowed", "Method not allowed")


def _render(store: Store, spec: ResourceSpec, record: dict[str, Any]) -> dict[str, Any]:
    rendered = {k: v for k, v in record.items() if k not in spec.secret_fields}
    for name, (resource, listing) in spec.derived.items():
        holders = store.get(resource, {}).values()
        rendered[name] = sorted(str(h["id"]) for h in holders if record["id"] in (h.get(listing) or []))
    return rendered


def _singleton(store: Store, spec: ResourceSpec, method: str, parts: int, body: bytes) -> tuple[int, Any]:
    """`GET/PUT /settings`: the account's one record, made with the platform's defaults."""
    records = store.setdefault(spec.name, {})
    if not records:
        record = {"id": secrets.token_hex(12), "name": "", "locale": "en", "timezone": "UTC"}
        records[record["id"]] = record
    [record] = records.values()
    if parts != 1:
        return api_error(404, "not_found", "No such endpoint")
    if method == "GET":
        return 200, _render(store, spec, record)
    if method == "PUT":
        return _update(store, spec, record, body)
    return api_error(405, "method_not_allowed", "Method not allowed")


def _list(
    store: Store, spec: ResourceSpec, records: dict[str, dict[str, Any]], query: dict[str, list[str]]
) -> tuple[int, Any]:
    try:
        offset = int(query.get("offset", ["0"])[0])
        limit = int(query.get("limit", ["30"])[0])
    except ValueError:
        return api_error(400, "bad_request", "offset and limit are integers")
    if offset < 0 or not 1 <= limit <= MAX_LIMIT:
        return api_error(400, "bad_request", f"limit is between 1 and {MAX_LIMIT}, offset ≥ 0")
    ordered = sorted(records.values(), key=lambda r: str(r["id"]))
    page = ordered[offset : offset + limit]
    rendered = [_render(store, spec, r) for r in page]
    return 200, {"count": len(ordered), "offset": offset, "limit": limit, "records": rendered}


def _parse_body(spec: ResourceSpec, body: bytes) -> dict[str, Any] | tuple[int, Any]:
    try:
        data = json.loads(body or b"{}")
    except (UnicodeDecodeError, json.JSONDecodeError):
        return api_error(400, "bad_request", "The body is not JSON")
    if not isinstance(data, dict):
        return api_error(400, "bad_request", "The body is a JSON object")
    return {k: v for k, v in data.items() if k not in SERVER_FIELDS and k not in spec.derived}


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _create(store: Store, spec: ResourceSpec, body: bytes) -> tuple[int, Any]:
    data = _parse_body(spec, body)
    if isinstance(data, tuple):
        return data
    problem = validate(store, spec, data, None)
    if problem is not None:
        return problem
    record = {
        "id": secrets.token_hex(12),
        **_defaults(spec),
        **data,
        "created_at": _now(),
        "updated_at": _now(),
    }
    store.setdefault(spec.name, {})[record["id"]] = record
    return 201, _render(store, spec, record)


def _defaults(spec: ResourceSpec) -> dict[str, Any]:
    """The fields the platform renders for a record created without them (the bundle schema's defaults)."""
    from engage_desktop.services.bundles.bundle_records import RECORD_MODELS

    model = RECORD_MODELS.get(spec.name)
    if model is None:
        return {}
    return {
        name: info.get_default(call_default_factory=True)
        for name, info in model.model_fields.items()
        if name not in SERVER_FIELDS and not info.is_required()
    }


def _update(store: Store, spec: ResourceSpec, record: dict[str, Any], body: bytes) -> tuple[int, Any]:
    data = _parse_body(spec, body)
    if isinstance(data, tuple):
        return data
    candidate = {**record, **data}
    problem = validate(store, spec, candidate, record["id"])
    if problem is not None:
        return problem
    record.update(data, updated_at=_now())
    return 200, _render(store, spec, record)


def _delete(store: Store, spec: ResourceSpec, record: dict[str, Any]) -> tuple[int, Any]:
    if spec.self_parent and any(r.get(spec.self_parent) == record["id"] for r in store[spec.name].values()):
        return api_error(422, "validation_failed", "has children", "id")
    del store[spec.name][record["id"]]
    forget_references(store, spec.name, record["id"])
    return 204, None


async def _read_request(reader: asyncio.StreamReader) -> tuple[str, str, dict[str, str], bytes] | None:
    line = await reader.readline()
    if not line:
        return None
    method, target, _version = line.decode("latin-1").split(" ", 2)
    headers: dict[str, str] = {}
    while True:
        raw = await reader.readline()
        if raw in (b"\r\n", b"\n", b""):
            break
        name, _, value = raw.decode("latin-1").partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0") or 0)
    if length > MAX_BODY:
        raise ValueError("body too large")
    body = await reader.readexactly(length) if length else b""
    return method.upper(), target, headers, body


class StandInThread:
    """The stand-in on its own event loop in a daemon thread (tests, benches): `with` starts and stops it."""

    def __init__(self, token: str = "stand-in-token", **limits: Any) -> None:
        self.server = StandIn(token, **limits)
        self.token = token
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True, name="stand-in")

    def __enter__(self) -> StandInThread:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self.server.start(), self._loop).result(10)
        return self

    def __exit__(self, *exc: object) -> None:
        asyncio.run_coroutine_threadsafe(self.server.stop(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()

    @property
    def base_url(self) -> str:
        return self.server.base_url

    @property
    def state(self) -> StandInState:
        return self.server.state


async def serve_forever(
    port: int, token: str, rate_limit: int = 500, seed: dict[str, list[dict[str, Any]]] | None = None
) -> None:
    """`engage-desktop stand-in`: runs until interrupted."""
    server = StandIn(token, rate_limit=rate_limit)
    if seed:
        print(f"Seeded {server.state.seed(seed)} objects the platform makes.", flush=True)
    await server.start(port)
    print(f"Platform stand-in at {server.base_url} (token required; Ctrl-C stops it)", flush=True)
    try:
        await asyncio.Event().wait()
    finally:
        await server.stop()
