"""Shared widgets written once and used by every section."""
