"""`engage-desktop stand-in`: a local stand-in of the platform's API for demos and manual tests."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
from typing import Any


def add_stand_in_parser(sub: Any) -> None:
    parser = sub.add_parser("stand-in", help="run a local stand-in of the platform API on 127.0.0.1")
    parser.add_argument("--port", type=int, default=8750, help="port (default 8750; 0 picks a free one)")
    parser.add_argument("--token", required=True, help="the API token clients must send")
    parser.add_argument(
        "--rate-limit", type=int, default=500, metavar="N", help="requests a minute (default 500)"
    )


def run_stand_in(args: argparse.Namespace) -> int:
    from engage_desktop.services.bundles.stand_in import serve_forever

    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve_forever(args.port, args.token, args.rate_limit))
    return 0
