"""HTML to text on lxml: output conventions and hostile markup."""

from __future__ import annotations

import subprocess
import sys

import pytest

from consultant.core.intake import html_to_text, match_client


def test_conventions() -> None:
    text = html_to_text(
        "<html><head><title>T</title><style>p{color:red}</style></head><body>"
        "<script>alert(1)</script><h1>Title</h1><p>Caf&eacute; &amp; more&nbsp;here</p>"
        "<ul><li>a</li><li>b</li></ul>"
        "<p><a href='https://x.example/doc'>the doc</a>, <a href='https://y.example/'>"
        "https://y.example</a>, <a href='mailto:a@b.example'>mail me</a></p>"
        "<table><tr><th>Host</th><th>Port</th></tr><tr><td>app1</td><td>443</td></tr></table>"
        "<blockquote>q1<blockquote>q2</blockquote></blockquote>"
        "<pre>  keep\n    indent</pre><p>Logo <img src='https://t.example/p.gif' alt='ACME'></p>"
        "<span style='display: none'>secret</span><hr></body></html>"
    )
    lines = text.splitlines()
    assert lines[0] == "Title"
    assert "Café & more here" in lines
    assert "- a" in lines and "- b" in lines
    assert "the doc (https://x.example/doc), https://y.example, mail me (a@b.example)" in lines
    assert "Host | Port" in lines and "app1 | 443" in lines
    assert "> q1" in lines and "> > q2" in lines
    assert "  keep" in lines and "    indent" in lines
    assert "Logo [ACME]" in lines
    assert lines[-1] == "---"
    for dropped in ("alert", "color:red", "secret", "t.example", "\nT\n"):
        assert dropped not in text


def test_br_and_paragraph_blank_lines() -> None:
    assert html_to_text("<p>One<br>Two<br><br>Three</p><p>Four</p>") == (
        "One\nTwo\n\nThree\n\nFour"
    )


def test_unsafe_links_are_not_shown() -> None:
    text = html_to_text("<a href='javascript:alert(1)'>click</a> <a href='data:x'>d</a>")
    assert text == "click d"


def test_output_is_bounded() -> None:
    text = html_to_text("<p>" + "word " * 1_000_000 + "</p>", max_chars=10_000)
    assert len(text) <= 10_000
    text = html_to_text("<p>x</p>" * 100_000, max_chars=10**9, max_lines=1000)
    assert len(text.splitlines()) <= 2001


@pytest.mark.parametrize(
    "html",
    [
        "<div>" * 100_000 + "deep" + "</div>" * 100_000 + "after",
        "<blockquote>" * 100_000 + "deep",
        "<ul><li>" * 100_000 + "deep",
        "<span>" * 200_000 + "deep",
    ],
)
def test_deep_nesting_keeps_text(html: str) -> None:
    text = html_to_text(html)
    assert "deep" in text
    assert len(text) < 100_000


@pytest.mark.parametrize(
    "html",
    [
        "<p title='" + "a" * 5_000_000 + "'>text</p>",
        "<p title='" + "a" * 1_000_000,
        "<p>a\x00b</p>\x00<d\x00iv>c</div>",
        "<<<>>><p<div>x</p></div></table><td>y<tr><li>z</ul></blockquote>" * 200,
        "<p>a\ud800b</p>",
        "<?xml version='1.0' encoding='latin-1'?><p>é</p>",
        "<!-- only a comment -->",
        "<script>" + "x" * 100_000,
        "".join(chr(i) for i in range(1, 32)) + "<p>ok</p>",
        "",
        "   ",
    ],
)
def test_hostile_markup_gives_text(html: str) -> None:
    assert isinstance(html_to_text(html), str)


def test_huge_attribute_keeps_following_text() -> None:
    assert "text" in html_to_text("<p title='" + "a" * 5_000_000 + "'>text</p>")
    assert html_to_text("<p>a\x00b</p>") == "ab"


def test_importing_core_does_not_import_lxml() -> None:
    code = "import sys, consultant.core.intake; print('lxml' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_match_client_mailto_and_idn() -> None:
    contacts = {"bob@acme.example": 2}
    domains = {"müller.example": 5}
    assert match_client("mailto:Bob@Acme.example", contacts, domains).client_id == 2
    result = match_client("jo@Müller.example", contacts, domains)
    assert (result.client_id, result.kind) == (5, "domain")
    assert match_client("x@mail.gmail.com", contacts, {"mail.gmail.com": 1}).client_id is None


def test_stdlib_fallback_without_lxml(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "lxml", None)  # "import lxml" now raises ImportError
    text = html_to_text("<p>One<br>Two</p><ul><li>a</li></ul><blockquote>q</blockquote>")
    assert text == "One\nTwo\n\n- a\n>\n> q"
