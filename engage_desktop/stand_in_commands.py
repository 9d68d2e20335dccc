"""`engage-desktop stand-in`: a local stand-in of the platform's API for demos and manual tests."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
from pathlib import Path
from typing import Any


def add_stand_in_parser(sub: Any) -> None:
    parser = sub.add_parser("stand-in", help="run a local stand-in of the platform API on 127.0.0.1")
    parser.add_argument("--port", type=int, default=8750, help="port (default 8750; 0 picks a free one)")
    parser.add_argument("--token", required=True, help="the API token clients must send")
    parser.add_argument(
        "--rate-limit", type=int, default=500, metavar="N", help="requests a minute (default 500)"
    )
    parser.add_argument(
        "--seed",
        type=Path,
        metavar="BUNDLE",
        help="start with the communities, routing channels and content sources of this bundle "
        "(what only the platform creates), so a bundle exported here can be applied to it",
    )


def run_stand_in(args: argparse.Namespace) -> int:
    from engage_desktop.services.bundles.bundle_format import BundleError, load_bundle
    from engage_desktop.services.bundles.stand_in import serve_forever

    seed = None
    if args.seed is not None:
        try:
            seed = load_bundle(args.seed).resources
        except BundleError as exc:
            for problem in exc.problems:
                print(f"error: {problem}", file=sys.stderr)
            return 1
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve_forever(args.port, args.token, args.rate_limit, seed))
    return 0
