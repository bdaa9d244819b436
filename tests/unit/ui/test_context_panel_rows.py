"""Context snippets read like results: rendered text, hits marked, who and when."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from consultant.core.prompts import ContextSnippet
from consultant.ui.context_panel import ContextPanel, ResultDelegate
from consultant.ui.item_models import ResultRow, RowRole

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _snippet(**kwargs: object) -> ContextSnippet:
    values: dict[str, object] = {
        "message_id": 11, "conversation_id": 4, "conversation_title": "Fax referrals",
        "date": "2026-03-02", "role": "user",
        "text": "Client: Our **fax** line drops `referrals` again. "
                "Answer: ## Fix - Resend the **fax** from the portal.",
        "score": 0.9, "reason": "matching words: fax, referral",
    }  # fmt: skip
    values.update(kwargs)
    return ContextSnippet(**values)  # type: ignore[arg-type]


def test_snippet_row_is_rendered_text_with_speakers_and_hits(qtbot: QtBot) -> None:
    panel = ContextPanel()
    qtbot.addWidget(panel)
    panel.set_snippets([_snippet()])
    row = panel.model_.index(0, 0).data(RowRole)
    assert isinstance(row, ResultRow)
    assert row.when == "2 Mar 2026"
    assert row.author == "Fax referrals"  # the header; the speakers are on the lines
    lines = row.text.split("\u2028")
    assert lines == [
        "Client: Our fax line drops referrals again.",
        "Assistant: Fix - Resend the fax from the portal.",
    ]
    marked = [row.text[s : s + n].casefold() for s, n in row.spans]
    assert marked == ["fax", "referrals", "fax"]
    assert "matching words: fax, referral" in row.note


def test_assistant_snippet_is_labelled_and_panel_paints(qtbot: QtBot) -> None:
    panel = ContextPanel()
    qtbot.addWidget(panel)
    panel.resize(320, 500)
    panel.show()
    panel.set_snippets([_snippet(role="assistant", text="plain text, no markup", reason="")])
    row = panel.model_.index(0, 0).data(RowRole)
    assert row.text == "Assistant: plain text, no markup"
    assert row.spans == () and row.note == ""
    delegate = panel.list.itemDelegate()
    assert isinstance(delegate, ResultDelegate)
    qtbot.waitUntil(lambda: delegate.layouts_built == 1, timeout=5000)  # painted
    panel.list.viewport().repaint()
    assert delegate.layouts_built == 1  # and cached


def test_open_source_emits_the_message_id(qtbot: QtBot) -> None:
    panel = ContextPanel()
    qtbot.addWidget(panel)
    panel.set_snippets([_snippet()])
    panel.list.setCurrentIndex(panel.model_.index(0, 0))
    with qtbot.waitSignal(panel.sig_open_message) as blocker:
        panel.open_button.click()
    assert blocker.args == [4, 11]
