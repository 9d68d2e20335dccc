"""What the hardening suite checked, for its closing line (refusals seen, hostile calls made)."""

from __future__ import annotations

from collections import Counter

COUNTS: Counter[str] = Counter()
