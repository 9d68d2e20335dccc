"""HTML that agents send goes through nh3 (a maintained, Rust-backed sanitiser) before it is stored.

Kept: ordinary formatting (paragraphs, lists, tables, links, images, a few inline styles).
Removed: scripts and styles with their content, event handlers (`onerror`, `onclick`…), URLs
other than http(s), mailto, tel and cid (no `javascript:`, no `data:`), CSS other than a short list
of properties and any value holding `expression(`, `url(` or `javascript:`, and — unless the account
allows them — images loaded from a remote server (they tell the sender when a mail is read).
"""

from __future__ import annotations

import difflib
import html
import re

import nh3

TAGS = frozenset(nh3.ALLOWED_TAGS) - {"map", "area"} | {"font"}
ATTRIBUTES: dict[str, set[str]] = {
    **{tag: set(names) for tag, names in nh3.ALLOWED_ATTRIBUTES.items()},
    "*": {"style", "title", "dir", "lang"},
    "font": {"color", "face", "size"},
}
URL_SCHEMES = frozenset({"http", "https", "mailto", "tel", "cid"})
STYLE_PROPERTIES = frozenset(
    {
        "color",
        "background-color",
        "font-weight",
        "font-style",
        "font-size",
        "font-family",
        "text-decoration",
        "text-align",
        "margin",
        "padding",
        "border",
        "width",
        "height",
    }
)
DANGEROUS_STYLE = re.compile(r"expression\s*\(|url\s*\(|javascript:|behavior\s*:|-moz-binding", re.I)
REMOTE = re.compile(r"^\s*(https?:)?//", re.I)
TAG_RE = re.compile(r"<[^>]*>")


def sanitize_html(text: str, *, allow_remote_images: bool = False) -> str:
    """The markup as it may be stored and shown; idempotent (cleaning twice changes nothing)."""

    def keep(element: str, attribute: str, value: str) -> str | None:
        if attribute == "style" and DANGEROUS_STYLE.search(value):
            return None
        if element == "img" and attribute == "src" and REMOTE.match(value) and not allow_remote_images:
            return None
        return value

    if not isinstance(text, str):
        return ""
    # A lone surrogate cannot reach the sanitiser (nor any file or database): shown as U+FFFD.
    text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return nh3.clean(
        text,
        tags=set(TAGS),
        attributes=ATTRIBUTES,
        attribute_filter=keep,
        url_schemes=set(URL_SCHEMES),
        filter_style_properties=set(STYLE_PROPERTIES),
        strip_comments=True,
    )


def sanitiser_changes(before: str, after: str) -> list[str]:
    """What the sanitiser removed, as a line diff a preview can show ("-" lines taken out)."""
    if before == after:
        return []
    split = re.compile(r"(?=<)")
    lines_before = [part for part in split.split(before) if part]
    lines_after = [part for part in split.split(after) if part]
    return [
        line
        for line in difflib.unified_diff(lines_before, lines_after, "before", "after", lineterm="", n=0)
        if not line.startswith(("---", "+++", "@@"))
    ]


def html_to_text(markup: str) -> str:
    """Plain text of a body (for the search key and the text shown in lists)."""
    return " ".join(html.unescape(TAG_RE.sub(" ", markup)).split())
