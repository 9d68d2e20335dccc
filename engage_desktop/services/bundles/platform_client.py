"""Async client of a platform account (`api.md`): pages, throttles, backs off, names the field at fault.

The platform allows 500 requests a minute; the client stays below with a token bucket whose burst
plus refill over any window never exceeds `max_requests` per `per_seconds`, and backs off
exponentially on 429, 5xx and dropped connections (a dropped write is retried: the plan's resume
check catches a create that did reach the platform)."""

from __future__ import annotations

import asyncio
import json as json_module
import time
from dataclasses import dataclass
from typing import Any

import httpx

from engage_desktop.services.core.errors import DomainError, ErrorCode
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP

PAGE_LIMIT = 150
PLATFORM_RATE_LIMIT = 500

PLATFORM_REFUSED = ErrorCode(
    "bundles.platform_refused",
    QT_TRANSLATE_NOOP("Errors", "The platform refused {method} {path}: {status} {message}"),
)
PLATFORM_FIELD_INVALID = ErrorCode(
    "bundles.platform_field_invalid",
    QT_TRANSLATE_NOOP("Errors", "The platform refused {resource} {key}: {field}: {message}"),
)
PLATFORM_UNREACHABLE = ErrorCode(
    "bundles.platform_unreachable",
    QT_TRANSLATE_NOOP("Errors", "The platform at {url} did not answer after {attempts} attempts: {reason}"),
)


class PlatformError(DomainError):
    def __init__(self, message: str, status: int = 0) -> None:
        super().__init__(message)
        self.status = status


class PlatformValidationError(PlatformError):
    """A 422: which object (resource and natural key or id) and which field."""

    def __init__(self, resource: str, key: str, field: str, message: str) -> None:
        super().__init__(
            PLATFORM_FIELD_INVALID(resource=resource, key=key, field=field, message=message), 422
        )
        self.resource, self.key, self.field, self.detail = resource, key, field, message


class TokenBucket:
    """At most `max_requests` in any window of `per_seconds` (burst + refill over the window)."""

    def __init__(self, max_requests: int, per_seconds: float, burst: int = 5) -> None:
        self.burst = max(1, min(burst, max_requests // 2))
        self.rate = (max_requests - self.burst) / per_seconds
        self.tokens = float(self.burst)
        self.stamp = time.monotonic()
        self._lock = asyncio.Lock()

    async def take(self) -> None:
        async with self._lock:
            while True:
                now = time.monotonic()
                self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
                self.stamp = now
                if self.tokens >= 1:
                    self.tokens -= 1
                    return
                await asyncio.sleep((1 - self.tokens) / self.rate)


@dataclass
class RequestCounts:
    reads: int = 0
    writes: int = 0
    retries: int = 0


class PlatformClient:
    """`async with PlatformClient(url, token) as client:` then `list_all`, `create`, `update`, `delete`."""

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        max_requests: int = 450,
        per_seconds: float = 60.0,
        attempts: int = 6,
        backoff: float = 0.5,
        timeout: float = 20.0,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.bucket = TokenBucket(max_requests, per_seconds)
        self.attempts = attempts
        self.backoff = backoff
        self.counts = RequestCounts()
        self._http = httpx.AsyncClient(
            base_url=self.base_url,
            headers={"Authorization": f"Bearer {token}", "Accept": "application/json"},
            timeout=timeout,
        )

    async def __aenter__(self) -> PlatformClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self._http.aclose()

    async def list_all(self, resource: str) -> list[dict[str, Any]]:
        """Every record, page by page (limit 150)."""
        records: list[dict[str, Any]] = []
        offset = 0
        while True:
            page = await self._call("GET", f"/{resource}", params={"offset": offset, "limit": PAGE_LIMIT})
            batch = page.get("records", []) if isinstance(page, dict) else []
            records.extend(batch)
            offset += len(batch)
            if not batch or offset >= int(page.get("count", 0)):
                return records

    async def get(self, resource: str) -> dict[str, Any]:
        """One record at a bare path (`GET /settings`: the account's only record)."""
        record = await self._call("GET", f"/{resource}")
        return dict(record) if isinstance(record, dict) else {}

    async def create(self, resource: str, body: dict[str, Any], key: str) -> dict[str, Any]:
        return dict(await self._call("POST", f"/{resource}", json=body, resource=resource, key=key))

    async def update(self, resource: str, object_id: str, body: dict[str, Any], key: str) -> dict[str, Any]:
        """`PUT /resource/id`; without an id, the bare path (`PUT /settings`)."""
        path = f"/{resource}/{object_id}" if object_id else f"/{resource}"
        return dict(await self._call("PUT", path, json=body, resource=resource, key=key))

    async def delete(self, resource: str, object_id: str, key: str) -> None:
        try:
            await self._call("DELETE", f"/{resource}/{object_id}", resource=resource, key=key)
        except PlatformError as exc:
            if exc.status != 404:  # already gone: what the step wanted
                raise

    async def _call(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        json: dict[str, Any] | None = None,
        resource: str = "",
        key: str = "",
    ) -> Any:
        reason = ""
        # ASCII-escaped JSON: a lone surrogate in a name travels as \ud800 instead of failing to encode
        content = None if json is None else json_module.dumps(json).encode("ascii")
        headers = {} if json is None else {"Content-Type": "application/json"}
        for attempt in range(self.attempts):
            if attempt:
                self.counts.retries += 1
            await self.bucket.take()
            if method == "GET":
                self.counts.reads += 1
            else:
                self.counts.writes += 1
            try:
                response = await self._http.request(
                    method, path, params=params, content=content, headers=headers
                )
            except httpx.TransportError as exc:
                reason = type(exc).__name__
                await asyncio.sleep(self.backoff * 2**attempt)
                continue
            if response.status_code == 429 or response.status_code >= 500:
                reason = f"{response.status_code}"
                wait = self.backoff * 2**attempt
                retry_after = response.headers.get("Retry-After", "")
                if response.status_code == 429 and retry_after.isdigit():
                    wait = max(wait, float(retry_after))
                await asyncio.sleep(wait)
                continue
            return self._result(response, method, path, resource, key)
        raise PlatformError(PLATFORM_UNREACHABLE(url=self.base_url, attempts=self.attempts, reason=reason))

    @staticmethod
    def _result(response: httpx.Response, method: str, path: str, resource: str, key: str) -> Any:
        payload: Any = None
        if response.content:
            try:
                payload = response.json()
            except ValueError:
                payload = None
        if response.is_success:
            return payload if payload is not None else {}
        details = payload if isinstance(payload, dict) else {}
        message = str(details.get("message") or response.reason_phrase)
        if response.status_code == 422:
            errors = details.get("errors")
            field, detail = "", message
            if isinstance(errors, dict) and errors:
                field = str(next(iter(errors)))
                value = errors[field]
                detail = str(value[0] if isinstance(value, list) and value else value)
            raise PlatformValidationError(resource or path, key, field or "?", detail)
        raise PlatformError(
            PLATFORM_REFUSED(method=method, path=path, status=response.status_code, message=message),
            response.status_code,
        )
