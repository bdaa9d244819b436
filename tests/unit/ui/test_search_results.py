"""Search results read like results: author, date, rendered snippet, filters,
collapsed repeats, typing interrupts the running query, cached row layouts."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from consultant.core.models import Role, Task
from consultant.services.search import SearchJob
from consultant.services.workspace import Workspace
from consultant.store.search import SearchRepo
from consultant.ui import background
from consultant.ui.search_dialog import NO_MATCHES_FILTERED, SearchDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

WAIT_MS = 10_000
EMAIL = {"email": {"sender": {"name": "Dana Reyes", "email": "dana@acme.test"}}}


@pytest.fixture
def ws() -> Iterator[Workspace]:
    workspace = Workspace.open()
    client = workspace.add_client("Acme Health")
    conv = workspace.store.conversations.create(client.id or 0, "Fax referrals")
    cid = conv.id or 0
    add = workspace.store.conversations.add_message
    add(cid, Role.USER, "Our **fax** line drops _referrals_.", metadata=EMAIL,
        task=Task.INTERPRET, created_at="2026-02-03T10:00:00+00:00")
    add(cid, Role.USER, "Reply about the fax line.", task=Task.REPLY,
        created_at="2026-03-03T10:00:00+00:00")
    add(cid, Role.USER, "Reply about the fax line.", task=Task.REPLY,
        created_at="2026-03-04T10:00:00+00:00")
    add(cid, Role.ASSISTANT, "## Fix\n\n- The `fax` line is fine; send the fax again.",
        task=Task.REPLY, created_at="2026-04-03T10:00:00+00:00")  # fmt: skip
    yield workspace
    background.wait_for_background(5000)
    workspace.close()


def _dialog(qtbot: QtBot, ws: Workspace) -> SearchDialog:
    dialog = SearchDialog(ws, None)
    qtbot.addWidget(dialog)
    dialog.resize(760, 560)
    dialog.show()
    return dialog


def _search(qtbot: QtBot, dialog: SearchDialog, text: str) -> None:
    dialog.query_edit.setText(text)
    dialog._run_search()
    qtbot.waitUntil(
        lambda: not dialog.is_searching() and dialog.shown_query == text, timeout=WAIT_MS
    )


def test_rows_show_author_date_and_rendered_snippet(qtbot: QtBot, ws: Workspace) -> None:
    dialog = _dialog(qtbot, ws)
    _search(qtbot, dialog, "fax")
    rows = {row.author: row for row in dialog.rows()}
    assert set(rows) == {"Dana Reyes (client)", "You", "Assistant"}
    client = rows["Dana Reyes (client)"]
    assert client.when == "3 Feb 2026"
    assert client.where == "Acme Health · Fax referrals"
    assert client.text == "Our fax line drops referrals."  # no ** or _ left
    assert [client.text[s : s + n] for s, n in client.spans] == ["fax"]
    assistant = rows["Assistant"]
    assert "`" not in assistant.text and "##" not in assistant.text
    assert assistant.badge == "2 matches"
    # The same question sent twice is one row.
    assert rows["You"].badge == "2× in this conversation"
    assert len(dialog.rows()) == 3
    assert dialog.count_label.text() == "3 results"


def test_filters_narrow_the_results(qtbot: QtBot, ws: Workspace) -> None:
    dialog = _dialog(qtbot, ws)
    _search(qtbot, dialog, "fax")
    assert len(dialog.hits()) == 3
    assert not dialog.clear_filters_button.isEnabled()

    dialog.set_filters(author="client")
    qtbot.waitUntil(lambda: not dialog.is_searching(), timeout=WAIT_MS)
    assert [r.author for r in dialog.rows()] == ["Dana Reyes (client)"]

    dialog.set_filters(task=Task.REPLY.value)
    qtbot.waitUntil(lambda: not dialog.is_searching(), timeout=WAIT_MS)
    assert sorted(r.author for r in dialog.rows()) == ["Assistant", "You"]

    dialog.set_filters(since=date(2026, 3, 1), until=date(2026, 3, 31))
    qtbot.waitUntil(lambda: not dialog.is_searching(), timeout=WAIT_MS)
    assert [r.when for r in dialog.rows()] in (["3 Mar 2026"], ["4 Mar 2026"])
    assert dialog.since_edit.isVisible() and dialog.until_edit.isVisible()

    dialog.set_filters(since=date(2025, 1, 1), until=date(2025, 2, 1))
    qtbot.waitUntil(lambda: not dialog.is_searching(), timeout=WAIT_MS)
    assert dialog.hits() == []
    assert dialog.status_label.text() == NO_MATCHES_FILTERED

    dialog.clear_filters()
    qtbot.waitUntil(lambda: not dialog.is_searching(), timeout=WAIT_MS)
    assert len(dialog.hits()) == 3
    assert not dialog.since_edit.isVisible()


def test_typing_cancels_the_running_query_at_once(
    qtbot: QtBot, ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = threading.Event()
    release = threading.Event()
    real = SearchRepo.detailed

    def detailed(self: SearchRepo, text: str, *args: Any, **kwargs: Any) -> Any:
        if text == "fax":
            started.set()
            release.wait(10)
        return real(self, text, *args, **kwargs)

    cancelled: list[str] = []
    real_cancel = SearchJob.cancel

    def cancel(self: SearchJob) -> None:
        cancelled.append(self.request.text)
        real_cancel(self)

    monkeypatch.setattr(SearchRepo, "detailed", detailed)
    monkeypatch.setattr(SearchJob, "cancel", cancel)
    dialog = _dialog(qtbot, ws)
    dialog.query_edit.setText("fax")
    dialog._run_search()
    assert started.wait(5)
    qtbot.keyClicks(dialog.query_edit, " li")  # before the pause is over
    assert cancelled and cancelled[0] == "fax"
    assert dialog._debounce.isActive()  # the next query waits for the pause
    release.set()
    qtbot.waitUntil(lambda: dialog.shown_query == "fax li", timeout=WAIT_MS)
    assert len(dialog.hits()) == 3


def test_row_layouts_are_built_once_and_again_on_width_change(
    qtbot: QtBot, ws: Workspace
) -> None:
    dialog = _dialog(qtbot, ws)
    _search(qtbot, dialog, "fax")
    view = dialog.results
    view.viewport().repaint()
    built = view.delegate.layouts_built
    assert built == 3
    view.viewport().repaint()
    view.viewport().repaint()
    assert view.delegate.layouts_built == built  # cached
    width = view.viewport().width()
    dialog.resize(600, 560)
    qtbot.waitUntil(lambda: view.viewport().width() < width, timeout=WAIT_MS)
    view.viewport().repaint()
    assert view.delegate.layouts_built == 2 * built
