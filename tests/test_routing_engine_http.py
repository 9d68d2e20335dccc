"""The local HTTP intake over a real socket: good and bad requests, and 1,000 at once."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from typing import Any

from conftest import Signed
from routing_engine_setup import Clock, build_world, message
from sqlalchemy import func, select

from engage_desktop.models.interactions import Interaction, RoutingTask
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.routing.engine import LiveRoutingEngine
from engage_desktop.services.routing.engine.http_intake import IntakeServer
from engage_desktop.services.settings.api_tokens import ApiTokenService, verify_token


async def request(
    port: int,
    body: bytes,
    *,
    token: str | None,
    path: str = "/interactions",
    method: str = "POST",
    length: int | str | None = None,
) -> tuple[int, dict[str, Any]]:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    head = f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
    if token is not None:
        head += f"Authorization: Bearer {token}\r\n"
    head += f"Content-Length: {len(body) if length is None else length}\r\n\r\n"
    writer.write(head.encode("ascii") + body)
    await writer.drain()
    answer = await reader.read()
    writer.close()
    status_line, _, rest = answer.partition(b"\r\n")
    payload = rest.split(b"\r\n\r\n", 1)[1]
    return int(status_line.split(b" ")[1]), json.loads(payload)


def serve(
    signed: Signed, scenario: Callable[[int, str], Awaitable[None]], **options: Any
) -> LiveRoutingEngine:
    ctx = ServiceContext(signed.db.session_factory)
    world = build_world(ctx, agents=3, soft=3)
    engine = LiveRoutingEngine(ctx, clock=Clock())
    for agent in world.agent_ids:
        engine.connect(agent)
    token = ApiTokenService(signed.ctx).create_api_token("intake", signed.user.id).value

    async def main() -> None:
        server = IntakeServer(
            engine.ingest, lambda value, address: verify_token(ctx, value, address) is not None, **options
        )
        port = await server.start()
        try:
            await scenario(port, token)
        finally:
            await server.stop()

    asyncio.run(main())
    return engine


def body(n: int, **changes: Any) -> bytes:
    data = message(n).as_json()
    data.update(changes)
    return json.dumps(data).encode("utf-8")


def test_good_and_bad_requests(sqlite_admin: Signed) -> None:
    answers: dict[str, tuple[int, dict[str, Any]]] = {}

    async def scenario(port: int, token: str) -> None:
        answers["created"] = await request(port, body(1), token=token)
        answers["again"] = await request(port, body(1), token=token)
        answers["no token"] = await request(port, body(2), token=None)
        answers["wrong token"] = await request(port, body(2), token="not-a-token")
        answers["malformed"] = await request(port, b'{"source": "Web chat",', token=token)
        answers["not utf-8"] = await request(port, b'{"text": "\xff"}', token=token)
        answers["invalid"] = await request(port, body(3, timestamp="yesterday"), token=token)
        answers["nul"] = await request(port, body(4, text="a\u0000b"), token=token)
        answers["unknown source"] = await request(port, body(5, source="Nowhere"), token=token)
        answers["oversize"] = await request(port, b"x" * 5000, token=token)
        answers["oversize unread"] = await request(port, b"", token=token, length=10_000_000)
        answers["wrong path"] = await request(port, body(6), token=token, path="/admin")
        answers["wrong method"] = await request(port, b"", token=token, method="GET")
        answers["big text"] = await request(port, body(7, text="é" * 400), token=token)

    serve(sqlite_admin, scenario, max_body=4096)
    status = {name: answer[0] for name, answer in answers.items()}
    assert status == {
        "created": 201,
        "again": 200,
        "no token": 401,
        "wrong token": 401,
        "malformed": 400,
        "not utf-8": 400,
        "invalid": 422,
        "nul": 422,
        "unknown source": 422,
        "oversize": 413,
        "oversize unread": 413,
        "wrong path": 404,
        "wrong method": 405,
        "big text": 201,
    }
    assert answers["created"][1]["task_id"] == 1 and answers["again"][1]["duplicate"] is True
    assert "Expecting" in answers["malformed"][1]["message"]
    assert "timestamp" in answers["invalid"][1]["message"]
    with sqlite_admin.db.session_factory() as session:
        assert session.scalar(select(func.count()).select_from(Interaction)) == 2


def test_a_content_length_is_digits_only(sqlite_admin: Signed) -> None:
    """RFC 9110's 1*DIGIT: what Python's int() would also take (a sign, "1_0", spaces inside)
    is refused before the body is read, and nothing is routed."""
    answers: dict[str, int] = {}

    async def scenario(port: int, token: str) -> None:
        data = body(1)
        for declared in (f"+{len(data)}", f"{len(data) // 10}_{len(data) % 10}", "-1", "1 2", "0x10"):
            answers[declared] = (await request(port, data, token=token, length=declared))[0]
        answers["plain"] = (await request(port, data, token=token))[0]

    serve(sqlite_admin, scenario)
    assert answers.pop("plain") == 201
    assert set(answers.values()) == {400}, answers


def test_a_thousand_concurrent_requests_each_land_once(sqlite_admin: Signed) -> None:
    statuses: list[int] = []

    async def scenario(port: int, token: str) -> None:
        # 900 distinct messages and 100 repeats, all sent at once.
        sends = [request(port, body(n), token=token) for n in range(1, 901)]
        sends += [request(port, body(n), token=token) for n in range(1, 101)]
        statuses.extend(status for status, _ in await asyncio.gather(*sends))

    engine = serve(sqlite_admin, scenario)
    assert len(statuses) == 1000 and set(statuses) <= {200, 201}
    assert statuses.count(201) == 900
    with sqlite_admin.db.session_factory() as session:
        assert session.scalar(select(func.count()).select_from(Interaction)) == 900
        assert session.scalar(select(func.count()).select_from(RoutingTask)) == 900
    assert engine.core.agents  # the engine stayed usable
