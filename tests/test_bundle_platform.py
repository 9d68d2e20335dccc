"""The platform stand-in and the API client, over real sockets on 127.0.0.1."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import httpx
import pytest

from engage_desktop.services.bundles.platform_client import (
    PlatformClient,
    PlatformError,
    PlatformValidationError,
)
from engage_desktop.services.bundles.stand_in import LoggedRequest, StandInThread


@pytest.fixture
def stand_in() -> Iterator[StandInThread]:
    with StandInThread(token="t0k3n", rate_limit=10_000) as server:
        yield server


def client(server: StandInThread, **options: float) -> PlatformClient:
    settings = {"max_requests": 9000, "per_seconds": 60.0, "backoff": 0.01, **options}
    return PlatformClient(server.base_url, server.token, **settings)  # type: ignore[arg-type]


def most_in_any_window(log: list[LoggedRequest], window: float) -> int:
    times = sorted(r.at for r in log)
    best, start = 0, 0
    for end, at in enumerate(times):
        while times[start] <= at - window:
            start += 1
        best = max(best, end - start + 1)
    return best


def test_envelope_pagination_and_limit_cap(stand_in: StandInThread) -> None:
    async def scenario() -> list[dict[str, object]]:
        async with client(stand_in) as api:
            for n in range(320):
                await api.create("tags", {"name": f"tag {n:03}"}, f"tag {n:03}")
            return await api.list_all("tags")

    records = asyncio.run(scenario())
    assert sorted(r["name"] for r in records) == [f"tag {n:03}" for n in range(320)]
    assert all(len(str(r["id"])) == 24 and int(str(r["id"]), 16) >= 0 for r in records)
    pages = [r for r in stand_in.state.request_log if r.method == "GET"]
    assert len(pages) == 3  # 150 + 150 + 20
    headers = {"Authorization": "Bearer t0k3n"}
    page = httpx.get(
        f"{stand_in.base_url}/tags", params={"offset": 300, "limit": 150}, headers=headers
    ).json()
    assert (page["count"], page["offset"], page["limit"], len(page["records"])) == (320, 300, 150, 20)
    default = httpx.get(f"{stand_in.base_url}/tags", headers=headers).json()
    assert (default["limit"], len(default["records"])) == (30, 30)
    too_many = httpx.get(f"{stand_in.base_url}/tags", params={"limit": 151}, headers=headers)
    assert too_many.status_code == 400


def test_token_is_checked(stand_in: StandInThread) -> None:
    answer = httpx.get(f"{stand_in.base_url}/roles", headers={"Authorization": "Bearer wrong"})
    assert answer.status_code == 401 and answer.json()["status"] == 401

    async def scenario() -> None:
        async with PlatformClient(stand_in.base_url, "wrong", backoff=0.01) as api:
            await api.list_all("roles")

    with pytest.raises(PlatformError) as caught:
        asyncio.run(scenario())
    assert caught.value.status == 401
    assert stand_in.state.store.get("roles", {}) == {}


def test_validation_errors_name_the_object_and_field(stand_in: StandInThread) -> None:
    async def scenario() -> tuple[PlatformValidationError, PlatformValidationError, PlatformValidationError]:
        async with client(stand_in) as api:
            await api.create("roles", {"label": "Agent"}, "Agent")
            errors = []
            for resource, body, key in (
                ("roles", {"label": " agent "}, "agent"),
                ("categories", {"name": "Orphan", "parent_id": "f" * 24}, "Orphan"),
                (
                    "custom_fields",
                    {"associated_type_name": "Intervention", "key": "k", "type": "string"},
                    "k",
                ),
            ):
                with pytest.raises(PlatformValidationError) as caught:
                    await api.create(resource, body, key)
                errors.append(caught.value)
            return errors[0], errors[1], errors[2]

    duplicate, dangling, blank = asyncio.run(scenario())
    assert (duplicate.resource, duplicate.key, duplicate.field) == ("roles", "agent", "label")
    assert "taken" in duplicate.detail
    assert (dangling.resource, dangling.field) == ("categories", "parent_id")
    assert (blank.resource, blank.field) == ("custom_fields", "label")
    assert "custom_fields k: label" in str(blank)
    assert len(stand_in.state.store["roles"]) == 1


def test_stand_in_answers_429_over_its_limit() -> None:
    with StandInThread(token="t", rate_limit=5, rate_window=60.0) as server:
        statuses = [
            httpx.get(f"{server.base_url}/tags", headers={"Authorization": "Bearer t"}).status_code
            for _ in range(7)
        ]
        last = httpx.get(f"{server.base_url}/tags", headers={"Authorization": "Bearer t"})
    assert statuses == [200] * 5 + [429] * 2
    assert last.json()["error"] == "rate_limit_exceeded" and last.headers["Retry-After"] == "1"


def test_client_rides_out_injected_429_500_and_dropped_connections(stand_in: StandInThread) -> None:
    async def scenario() -> tuple[dict[str, object], list[dict[str, object]], int]:
        async with client(stand_in) as api:
            stand_in.state.inject("429", "500", "drop", "drop", "500")
            created = await api.create("teams", {"name": "Night shift"}, "Night shift")
            stand_in.state.inject("drop", "429")
            listed = await api.list_all("teams")
            return created, listed, api.counts.retries

    created, listed, retries = asyncio.run(scenario())
    assert [t["id"] for t in listed] == [created["id"]]
    assert retries == 7
    statuses = [r.status for r in stand_in.state.request_log]
    assert statuses == [429, 500, 0, 0, 500, 201, 0, 429, 200]


def test_client_gives_up_after_its_attempts(stand_in: StandInThread) -> None:
    async def scenario() -> None:
        async with client(stand_in, attempts=3) as api:
            stand_in.state.inject("500", "drop", "500", "500")
            await api.list_all("tags")

    with pytest.raises(PlatformError, match="did not answer after 3 attempts"):
        asyncio.run(scenario())


def test_throttle_keeps_below_the_platform_limit() -> None:
    """40 requests a second allowed; the client asks for 36 and never meets a 429."""
    with StandInThread(token="t", rate_limit=40, rate_window=1.0) as server:

        async def scenario() -> None:
            async with PlatformClient(server.base_url, "t", max_requests=36, per_seconds=1.0) as api:
                await asyncio.gather(*(api.list_all("tags") for _ in range(120)))

        asyncio.run(scenario())
        log = list(server.state.request_log)
    assert len(log) == 120 and {r.status for r in log} == {200}
    assert most_in_any_window(log, 1.0) <= 40  # the limit (the client aims at 36: margin for jitter)


def test_hostile_text_round_trips_losslessly(stand_in: StandInThread) -> None:
    hostile = ["nul\x00inside", "lone \ud800 surrogate", "=cmd|' /C calc'!A0", "x" * 1_000_000]

    async def scenario() -> list[str]:
        async with client(stand_in) as api:
            for n, name in enumerate(hostile):
                await api.create("tags", {"name": name}, f"hostile {n}")
            return [str(r["name"]) for r in await api.list_all("tags")]

    assert sorted(asyncio.run(scenario())) == sorted(hostile)


def test_malformed_requests_close_the_connection_and_the_server_carries_on(stand_in: StandInThread) -> None:
    import socket

    for garbage in (b"GARBAGE\r\n\r\n", b"POST /1.0/tags HTTP/1.1\r\nContent-Length: 99999999\r\n\r\n"):
        with socket.create_connection(("127.0.0.1", stand_in.server.port), timeout=10) as raw:
            raw.sendall(garbage)
            assert raw.recv(100) == b""  # closed without an answer
    answer = httpx.get(f"{stand_in.base_url}/tags", headers={"Authorization": "Bearer t0k3n"})
    assert answer.status_code == 200 and answer.json()["count"] == 0
    body = httpx.post(f"{stand_in.base_url}/tags", content=b"[1,", headers={"Authorization": "Bearer t0k3n"})
    assert body.status_code == 400 and body.json()["error"] == "bad_request"
