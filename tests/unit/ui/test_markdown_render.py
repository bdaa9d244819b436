"""markdown_render: table alignment survives the sanitizer; shaped plain text."""

from __future__ import annotations

from consultant.ui.markdown_render import email_html, markdown_to_text, render_markdown

TABLE = "| Item | Hours |\n|:--|--:|\n| VPN | 1.5 |\n| Accounts | 10 |"


def test_table_alignment_is_kept_as_an_attribute() -> None:
    html = render_markdown(TABLE)
    assert '<td align="right">1.5</td>' in html
    assert "style=" not in html
    assert 'align="right"' in email_html(TABLE)


def test_markdown_to_text_keeps_lists_and_aligned_tables() -> None:
    text = markdown_to_text("Steps:\n\n1. three\n2. four\n\n- a\n- b\n\n" + TABLE)
    assert "1. three\n2. four" in text
    assert "• a\n• b" in text
    assert text.endswith("Item      Hours\n--------  -----\nVPN         1.5\nAccounts     10")


def test_markdown_to_text_never_shows_raw_html_from_the_model() -> None:
    text = markdown_to_text("<script>alert(1)</script> and <b>bold</b>")
    assert "alert(1)" in text  # shown as text, as the view does
    assert "<" in text
