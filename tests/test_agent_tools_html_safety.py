"""The HTML sanitiser (nh3) used for reply-assistant versions and e-mail templates: what it removes
(scripts, event handlers, javascript: URLs, CSS expressions, remote images unless allowed) and
what it keeps; the diff the import preview shows; hostile text for templates and groups."""

from __future__ import annotations

import pytest
from conftest import Signed

from engage_desktop.services.agent_tools.email_templates import EmailTemplateService, TemplateForm, render
from engage_desktop.services.agent_tools.groups import GroupForm, ReplyAssistantGroupService
from engage_desktop.services.agent_tools.html_safety import html_to_text, sanitiser_changes, sanitize_html
from engage_desktop.services.core.errors import ValidationError
from engage_desktop.services.core.listing import ListQuery

REMOVED = {
    "script": ("<p>a</p><script>alert(1)</script>", "<script"),
    "script content": ("<script>document.cookie</script>ok", "document.cookie"),
    "style element": ("<style>body{background:url(x)}</style>ok", "background"),
    "onerror": ('<img src="cid:logo" onerror="alert(1)">', "onerror"),
    "onclick": ('<p onclick="steal()">x</p>', "onclick"),
    "onmouseover upper case": ('<a ONMOUSEOVER="x()" href="https://a.example">x</a>', "mouseover"),
    "javascript: href": ('<a href="javascript:alert(1)">x</a>', "javascript"),
    "javascript: with entities": ('<a href="jav&#x61;script:alert(1)">x</a>', "script:"),
    "javascript: with spaces": ('<a href=" javascript:alert(1)">x</a>', "javascript"),
    "data: URL": ('<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>', "data:"),
    "vbscript": ('<a href="vbscript:msgbox(1)">x</a>', "vbscript"),
    "CSS expression": ('<p style="width: expression(alert(1))">x</p>', "expression"),
    "CSS url()": ('<p style="background-image: url(https://tracker.example/p.gif)">x</p>', "tracker"),
    "CSS position": ('<p style="position: fixed; top: 0">x</p>', "position"),
    "iframe": ('<iframe src="https://evil.example"></iframe>ok', "iframe"),
    "object": ('<object data="x.swf"></object>ok', "object"),
    "form": ('<form action="https://evil.example"><input name="p"></form>ok', "form"),
    "svg onload": ('<svg onload="alert(1)"><circle/></svg>ok', "onload"),
    "meta refresh": ('<meta http-equiv="refresh" content="0;url=https://evil.example">ok', "refresh"),
    "remote image": ('<img src="https://tracker.example/pixel.gif">', "tracker"),
    "protocol-relative image": ('<img src="//tracker.example/pixel.gif">', "tracker"),
    "comment": ("<!--[if IE]><script>x</script><![endif]-->ok", "<!--"),
}


@pytest.mark.parametrize("case", sorted(REMOVED))
def test_dangerous_markup_is_removed(case: str) -> None:
    markup, bad = REMOVED[case]
    cleaned = sanitize_html(markup)
    assert bad.casefold() not in cleaned.casefold()
    assert sanitize_html(cleaned) == cleaned  # stable: cleaning again changes nothing


SAFE = [
    "<p>Hello <b>bold</b> <i>italic</i> <u>underlined</u> <s>struck</s></p>",
    '<ul><li>one</li><li>two</li></ul><ol start="3"><li>three</li></ol>',
    "<h2>Title</h2><blockquote>quoted</blockquote><pre>code</pre><hr>",
    '<a href="https://help.example/refunds" rel="noopener noreferrer">guide</a>',
    '<a href="mailto:care@example.com" rel="noopener noreferrer">mail</a>',
    '<img src="cid:logo" alt="logo" width="40">',
    '<p style="color:#B42318;font-weight:bold;text-align:center">styled</p>',
    "<table><tbody><tr><th>Plan</th><td>Pro</td></tr></tbody></table>",
    "<p>Caf\u00e9 &amp; cr\u00e8me &lt;3</p>",
]


@pytest.mark.parametrize("markup", SAFE)
def test_safe_markup_is_kept_as_is(markup: str) -> None:
    assert sanitize_html(markup) == markup


def test_remote_images_only_when_allowed() -> None:
    markup = '<img src="https://cdn.example/logo.png" alt="logo">'
    assert "cdn.example" not in sanitize_html(markup)
    assert sanitize_html(markup, allow_remote_images=True) == markup


def test_the_import_preview_diff_names_what_was_removed() -> None:
    before = '<p onclick="x()">Hi</p><script>steal()</script>'
    diff = sanitiser_changes(before, sanitize_html(before))
    assert '-<p onclick="x()">Hi' in diff and "+<p>Hi" in diff and "-<script>steal()" in diff
    assert sanitiser_changes("<p>same</p>", "<p>same</p>") == []
    assert html_to_text("<p>Caf&eacute; <b>au</b>\nlait</p>") == "Café au lait"


def test_template_values_are_escaped_in_html_and_kept_in_text() -> None:
    form = TemplateForm(
        "t", "Re: {{customer_firstname}}", "<p>{{customer_firstname}}</p>", "{{customer_firstname}}"
    )
    hostile = '<img src=x onerror="alert(1)">'
    rendered = render(form, {"customer_firstname": hostile})
    assert "<img" not in rendered.html and "&lt;img" in rendered.html  # shown as text, never run
    assert rendered.text == hostile and rendered.subject == f"Re: {hostile}"


@pytest.mark.parametrize("text", ["nul\x00name", "lone \ud800", "x" * 1_000_001, "bell\x07"])
def test_hostile_text_is_refused_by_templates_and_groups(sqlite_admin: Signed, text: str) -> None:
    templates = EmailTemplateService(sqlite_admin.ctx)
    with pytest.raises(ValidationError):
        templates.create_template(TemplateForm(text[:200], "Subject", "", "Body"))
    with pytest.raises(ValidationError):
        templates.create_template(TemplateForm("Name", "Subject", text, ""))
    with pytest.raises(ValidationError):
        ReplyAssistantGroupService(sqlite_admin.ctx).create_group(GroupForm(text[:200]))
    assert templates.count_templates(ListQuery()) == 0


def test_formula_like_template_text_is_stored_as_typed(sqlite_admin: Signed) -> None:
    templates = EmailTemplateService(sqlite_admin.ctx)
    created = templates.create_template(TemplateForm("=SUM(A1)", "@subject", "", "=cmd|' /C calc'!A0"))
    assert (created.form.name, created.form.subject, created.form.body_text) == (
        "=SUM(A1)",
        "@subject",
        "=cmd|' /C calc'!A0",
    )
