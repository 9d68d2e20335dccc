"""The folded keys stored beside names: what uniqueness and search compare.

They live with the models because columns are filled from them (a user's `search_key` on every
write); services import them from here.
"""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """The comparison key for 'unique, case-insensitive after trimming' (NFC first, so the
    composed and decomposed spellings of one name are the same key)."""
    return unicodedata.normalize("NFC", " ".join(text.split())).casefold()


def search_fold(text: str) -> str:
    """What a search compares, on both sides: case, accents and runs of spaces do not count
    ('Chloé  Dubois' is stored as 'chloe dubois'; 'CHLOE', 'chloé' and 'loé du' all find it)."""
    decomposed = unicodedata.normalize("NFKD", " ".join(text.split()).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
