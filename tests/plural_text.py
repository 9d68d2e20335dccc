"""What a plural message shows in English: the marked source text ("2 of 72 permission(s)") until the
translator gives English its plural forms, then the word that fits the number before it ("2 of 72
permissions", "1 user"). Tests accept either, so they hold before and after that run."""

from __future__ import annotations

import re

MARKED = re.compile(r"(?P<n>\d+)(?P<between>\D*?)(?P<stem>[A-Za-z]+)\((?P<suffix>s|ies)\)")


def english_forms(text: str) -> str:
    """The marked words of `text` in the form the number before each asks for."""

    def form(match: re.Match[str]) -> str:
        one = match["n"] == "1"
        stem = match["stem"]
        if match["suffix"] == "ies":  # "category(ies)"
            word = stem if one else stem[:-1] + "ies"
        else:
            word = stem if one else stem + "s"
        return match["n"] + match["between"] + word

    return MARKED.sub(form, text)


def plural_text(marked: str) -> tuple[str, str]:
    """The texts a plural message may show: as marked, and with its English forms."""
    return marked, english_forms(marked)
