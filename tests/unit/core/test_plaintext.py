"""HTML → plain text that keeps its shape (core.plaintext), pure."""

from __future__ import annotations

from consultant.core.plaintext import html_to_text, text_width

TABLE = (
    '<table border="1"><thead><tr><th>Item</th><th align="right">Hours</th></tr></thead>'
    '<tbody><tr><td>VPN setup</td><td align="right">1.5</td></tr>'
    '<tr><td>Accounts</td><td align="right">10</td></tr></tbody></table>'
)


def test_ordered_lists_keep_their_numbers_and_start() -> None:
    text = html_to_text('<ol start="3"><li>Third</li><li>Fourth</li></ol>')
    assert text == "3. Third\n4. Fourth"


def test_nested_bullets_are_indented_under_their_item() -> None:
    text = html_to_text("<ol><li>Step<ul><li>a</li><li>b</li></ul></li><li>Next</li></ol>")
    assert text == "1. Step\n   ◦ a\n   ◦ b\n2. Next"


def test_loose_list_keeps_blank_lines_between_items() -> None:
    text = html_to_text("<ul><li><p>one</p></li><li><p>two</p><p>more</p></li></ul>")
    assert text == "• one\n\n• two\n\n  more"


def test_table_becomes_aligned_columns() -> None:
    lines = html_to_text(TABLE).split("\n")
    assert lines == [
        "Item       Hours",
        "---------  -----",
        "VPN setup    1.5",
        "Accounts      10",
    ]


def test_table_as_tab_separated_rows() -> None:
    assert html_to_text(TABLE, tables="tsv") == "Item\tHours\nVPN setup\t1.5\nAccounts\t10"


def test_wide_characters_count_double_for_alignment() -> None:
    assert text_width("東京") == 4
    lines = html_to_text(
        "<table><tr><th>City</th><th>N</th></tr><tr><td>東京</td><td>1</td></tr></table>"
    ).split("\n")
    head, row = lines[0], lines[2]
    assert text_width(head[: head.index("N")]) == text_width(row[: row.index("1")])


def test_code_is_verbatim_and_quotes_are_marked() -> None:
    html = (
        "<p>Run:</p><pre><code>if x:\n    y  =  1\n</code></pre>"
        "<blockquote><p>quoted</p><p>twice</p></blockquote>"
    )
    assert html_to_text(html) == "Run:\n\nif x:\n    y  =  1\n\n> quoted\n>\n> twice"


def test_links_show_their_address_and_entities_are_decoded() -> None:
    html = '<p>See <a href="https://x.org/a">the docs</a> &amp; <a href="https://y.org">https://y.org</a></p>'
    assert html_to_text(html) == "See the docs (https://x.org/a) & https://y.org"


def test_whitespace_collapses_and_br_breaks_lines() -> None:
    assert html_to_text("<p>a\n   b<br>\nc</p><h2>Title</h2>") == "a b\nc\n\nTitle"


def test_scripts_and_styles_are_dropped_and_bad_html_never_raises() -> None:
    assert html_to_text("<script>alert(1)</script><style>p{}</style><p>ok") == "ok"
    assert html_to_text("<td><tr></table></ul><li>x") == "x"
    assert html_to_text("") == ""
