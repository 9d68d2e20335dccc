"""A fingerprint of everything stored: every table's rows, in key order, hashed; and the journal."""

from __future__ import annotations

import hashlib
import warnings

from conftest import Signed
from sqlalchemy import MetaData, func, select

from engage_desktop.models import AuditEvent


def fingerprint(signed: Signed) -> dict[str, str]:
    """Table name -> hash of its rows (the same data gives the same value on either database)."""
    metadata = _tables(signed)
    out: dict[str, str] = {}
    with signed.db.engine.connect() as connection:
        for name, table in sorted(metadata.tables.items()):
            order = list(table.primary_key.columns) or list(table.columns)
            digest = hashlib.sha256()
            for row in connection.execute(select(table).order_by(*order)):
                digest.update(repr(tuple(row)).encode("utf-8", "backslashreplace"))
            out[name] = digest.hexdigest()
    return out


_REFLECTED: dict[int, MetaData] = {}


def _tables(signed: Signed) -> MetaData:
    key = id(signed.db.engine)
    if key not in _REFLECTED:
        metadata = MetaData()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # expression indexes are not reflected; rows are what counts
            metadata.reflect(signed.db.engine)
        _REFLECTED[key] = metadata
    return _REFLECTED[key]


def stored_texts(signed: Signed) -> list[tuple[str, str, str]]:
    """(table, column, value) of every text value stored."""
    out = []
    with signed.db.engine.connect() as connection:
        for name, table in sorted(_tables(signed).tables.items()):
            for row in connection.execute(select(table)):
                for column, value in row._mapping.items():
                    if isinstance(value, str):
                        out.append((name, column, value))
    return out


def journal_length(signed: Signed) -> int:
    with signed.db.session_factory() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEvent)) or 0)
