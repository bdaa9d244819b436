"""The one Markdown sanitizer (``core.markdown_html``): no Qt, used by the reply view
and by e-mail drafts alike."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

from consultant.core import mail_draft, markdown_html
from consultant.core.markdown_html import inline_email_styles, sanitized_markdown
from consultant.ui import markdown_render

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script> hi",
        "[x](javascript:alert(1)) [y](https://example.org) [m](mailto:a@b.example)",
        '<img src="x" onerror="alert(1)">',
        "| a | b |\n|:--|--:|\n| 1 | 2 |",
        "```python\nprint('<b>')\n```",
        "<style>p{}</style>**bold**",
    ],
)
def test_drafts_and_view_render_through_one_sanitizer(text: str) -> None:
    core = sanitized_markdown(text)
    assert "<script" not in core and "javascript:" not in core
    assert re.search(r"<[^>]*onerror", core) is None  # as escaped text at most
    assert "<img" not in core and "<style" not in core
    # the draft's HTML is the core's, with mail styles; the view's adds Qt's table borders
    assert mail_draft.markdown_to_html(text).count(inline_email_styles(core)) == 1
    view = markdown_render.render_markdown(text)
    assert view == sanitized_markdown(text, table_attributes=markdown_render._QT_TABLE)
    if "|" in text:
        assert '<table border="1" cellspacing="0" cellpadding="4">' in view
        assert '<td align="right">2</td>' in core


def test_raw_html_is_text_and_links_keep_safe_schemes() -> None:
    html = sanitized_markdown("<b>x</b> [a](https://e.example) [b](file:///etc/passwd)")
    assert "&lt;b&gt;x&lt;/b&gt;" in html
    assert '<a href="https://e.example">a</a>' in html
    assert "file:" not in html


def test_email_styles_are_inline() -> None:
    out = inline_email_styles(sanitized_markdown("> quoted\n\n`code`"))
    assert '<blockquote style="border-left:3px solid #ccc;' in out
    assert '<code style="font-family:monospace;">code</code>' in out


def test_no_copy_of_the_allow_list_is_left_in_mail_draft() -> None:
    source = (ROOT / "consultant/core/mail_draft.py").read_text()
    names = {
        n.id for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Name)
    } | {t.id for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Assign)
         for t in n.targets if isinstance(t, ast.Name)}  # fmt: skip
    assert not names & {"_TAGS", "_ATTRIBUTES", "_EMAIL_CSS", "nh3"}
    assert "import nh3" not in source
    assert "import nh3" not in (ROOT / "consultant/ui/markdown_render.py").read_text()


def test_core_module_needs_no_qt_and_loads_markdown_lazily() -> None:
    code = (
        "import sys, consultant.core.markdown_html as m\n"
        "assert 'markdown' not in sys.modules\n"
        "m.warm_up()\n"
        "assert 'markdown' in sys.modules\n"
        "assert not any(k.startswith('PySide6') for k in sys.modules), 'Qt imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
    assert {"http", "https", "mailto"} == markdown_html.ALLOWED_SCHEMES
