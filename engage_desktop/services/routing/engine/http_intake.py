"""The local HTTP intake: `POST /interactions` with a bearer token and one interaction as JSON.

A real asyncio server (`asyncio.start_server`), bound to 127.0.0.1 only, off unless started.
Minimal HTTP/1.1: one request per connection, a Content-Length body (no chunked bodies), headers
bounded. Answers: 201 created (200 for a message seen before), 400 malformed JSON (with the
reason), 401 without a valid token, 404/405 elsewhere, 411 without a length, 413 over the size
limit (the body is not read), 422 for a well-formed but invalid interaction. The blocking work
(token check, the engine's transaction) runs on one worker thread, so the event loop keeps
accepting while the engine sees one interaction at a time.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from engage_desktop.services.core.errors import DomainError
from engage_desktop.services.routing.engine.core import IngestOutcome
from engage_desktop.services.routing.engine.intake import InteractionError, parse_interaction
from engage_desktop.services.routing.engine.model import Interaction

HOST = "127.0.0.1"
MAX_BODY = 1_100_000  # a 1 MB text and its JSON around it
MAX_HEADERS = 16_384
REQUEST_TIMEOUT = 30.0  # seconds to send the whole request: a silent client does not hold a socket
REASONS = {
    200: "OK",
    201: "Created",
    400: "Bad Request",
    401: "Unauthorized",
    404: "Not Found",
    405: "Method Not Allowed",
    408: "Request Timeout",
    411: "Length Required",
    413: "Payload Too Large",
    422: "Unprocessable Entity",
    500: "Internal Server Error",
}

Verify = Callable[[str, str | None], bool]
Ingest = Callable[[Interaction], IngestOutcome]


@dataclass(frozen=True)
class IntakeAnswer:
    status: int
    body: dict[str, Any]


class IntakeServer:
    def __init__(
        self,
        ingest: Ingest,
        verify: Verify,
        *,
        port: int = 0,
        max_body: int = MAX_BODY,
        request_timeout: float = REQUEST_TIMEOUT,
    ) -> None:
        self.ingest = ingest
        self.verify = verify
        self.port = port
        self.max_body = max_body
        self.request_timeout = request_timeout
        self._server: asyncio.Server | None = None
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="routing-intake")

    async def start(self) -> int:
        """Listen on 127.0.0.1; returns the port (an ephemeral one when 0 was asked)."""
        self._server = await asyncio.start_server(
            self._serve, HOST, self.port, backlog=2048, limit=MAX_HEADERS
        )
        self.port = self._server.sockets[0].getsockname()[1]
        return self.port

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
        self._worker.shutdown(wait=True)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            read = await asyncio.wait_for(
                self._read(reader, writer.get_extra_info("peername")), self.request_timeout
            )
            if isinstance(read, IntakeAnswer):
                answer = read
            else:  # the whole request is in: the engine's work is not timed
                loop = asyncio.get_running_loop()
                answer = await loop.run_in_executor(self._worker, self._handle, *read)
        except TimeoutError:
            answer = _error(408, "request_timeout", f"send the request within {self.request_timeout:g} s")
        except (asyncio.IncompleteReadError, ConnectionError):
            answer = _error(400, "bad_request", "incomplete request")
        except (asyncio.LimitOverrunError, ValueError):
            answer = _error(400, "bad_request", "headers too large")
        payload = json.dumps(answer.body, ensure_ascii=False).encode("utf-8")
        head = (
            f"HTTP/1.1 {answer.status} {REASONS.get(answer.status, '')}\r\n"
            "Content-Type: application/json; charset=utf-8\r\n"
            f"Content-Length: {len(payload)}\r\nConnection: close\r\n\r\n"
        )
        try:
            writer.write(head.encode("ascii") + payload)
            await writer.drain()
            if answer.status == 413:  # let the client finish sending, so it reads the answer
                await asyncio.wait_for(_discard(reader), timeout=2)
        except (ConnectionError, TimeoutError):
            pass
        finally:
            writer.close()

    async def _read(
        self, reader: asyncio.StreamReader, peer: Any
    ) -> IntakeAnswer | tuple[str, str | None, bytes]:
        """The request's token, the client's address and the body, or the answer refusing it."""
        head = await reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        parts = lines[0].split(" ")
        if len(parts) != 3:
            return _error(400, "bad_request", "malformed request line")
        method, path, _version = parts
        headers = {}
        for line in lines[1:]:
            if ":" in line:
                name, value = line.split(":", 1)
                headers[name.strip().lower()] = value.strip()
        if path.split("?")[0] != "/interactions":
            return _error(404, "not_found", "only /interactions is served")
        if method != "POST":
            return _error(405, "method_not_allowed", "use POST")
        auth = headers.get("authorization", "")
        token = auth[7:].strip() if auth[:7].lower() == "bearer " else ""
        if "content-length" not in headers or "chunked" in headers.get("transfer-encoding", "").lower():
            return _error(411, "length_required", "send a Content-Length")
        declared = headers["content-length"].strip()
        if not (declared.isascii() and declared.isdigit()):  # RFC 9110: 1*DIGIT (no sign, no "1_0")
            return _error(400, "bad_request", "Content-Length is not a number")
        length = int(declared)
        if length > self.max_body:
            return _error(413, "payload_too_large", f"the body is limited to {self.max_body} bytes")
        body = await reader.readexactly(length)
        address = peer[0] if isinstance(peer, tuple) else None
        return token, address, body

    def _handle(self, token: str, address: str | None, body: bytes) -> IntakeAnswer:
        """On the worker thread: token, JSON, interaction, engine — in that order."""
        if not token or not self.verify(token, address):
            return _error(401, "unauthorized", "a valid bearer token is required")
        try:
            data = json.loads(body.decode("utf-8"))
        except UnicodeDecodeError as exc:
            return _error(400, "malformed_json", f"not UTF-8: {exc.reason}")
        except json.JSONDecodeError as exc:
            return _error(400, "malformed_json", f"{exc.msg} at line {exc.lineno} column {exc.colno}")
        except RecursionError:
            return _error(400, "malformed_json", "nested too deeply")
        except ValueError:  # a number past the interpreter's 4,300 digits
            return _error(400, "malformed_json", "a number is too long")
        try:
            interaction = parse_interaction(data)
            outcome = self.ingest(interaction)
        except InteractionError as exc:
            return _error(422, "invalid_interaction", str(exc.message))
        except DomainError as exc:
            return _error(422, "refused", str(exc.message))
        return IntakeAnswer(
            200 if outcome.duplicate else 201,
            {
                "content_id": outcome.content_id,
                "intervention_id": outcome.intervention_id,
                "task_id": outcome.task_id,
                "duplicate": outcome.duplicate,
            },
        )


async def _discard(reader: asyncio.StreamReader, most: int = 64 * 1024 * 1024) -> None:
    while most > 0:
        chunk = await reader.read(65536)
        if not chunk:
            return
        most -= len(chunk)


def _error(status: int, error: str, message: str) -> IntakeAnswer:
    return IntakeAnswer(status, {"error": error, "message": message, "status": status})
