"""The helper that lets tests accept a plural message before and after English gets its forms."""

from __future__ import annotations

from plural_text import english_forms, plural_text


def test_english_forms_follow_the_number_before_each_marked_word() -> None:
    assert english_forms("2 of 72 permission(s)") == "2 of 72 permissions"
    assert english_forms("Given to 1 user(s).") == "Given to 1 user."
    assert english_forms("4 category(ies) · 1 entry(ies)") == "4 categories · 1 entry"
    assert english_forms("0 member(s) · 1 leader(s)") == "0 members · 1 leader"
    assert plural_text("Import 1 user(s)") == ("Import 1 user(s)", "Import 1 user")
