"""The search dialog: typing, scope, hostile input, opening a hit, stale results."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from consultant.core.models import Role
from consultant.services.workspace import Workspace
from consultant.store.search import SearchRepo
from consultant.ui import background
from consultant.ui.search_dialog import EMPTY_TEXT, NO_MATCHES, SearchDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

WAIT_MS = 10_000


@dataclass
class Data:
    workspace: Workspace
    acme: int
    beta: int
    acme_conv: int
    acme_msg: int
    beta_conv: int
    beta_msg: int


@pytest.fixture
def data() -> Iterator[Data]:
    ws = Workspace.open()
    acme = ws.add_client("Acme Health")
    beta = ws.add_client("Beta Registry")
    assert acme.id is not None and beta.id is not None
    conv_a = ws.store.conversations.create(acme.id, "VPN access")
    conv_b = ws.store.conversations.create(beta.id, "Firewall change")
    assert conv_a.id is not None and conv_b.id is not None
    msg_a = ws.store.conversations.add_message(
        conv_a.id, Role.USER, "Please open the firewall for the billing server."
    )
    ws.store.conversations.add_message(conv_a.id, Role.ASSISTANT, "Sure, which port?")
    msg_b = ws.store.conversations.add_message(
        conv_b.id, Role.USER, "The firewall rule for the registry upload is missing."
    )
    assert msg_a.id is not None and msg_b.id is not None
    yield Data(ws, acme.id, beta.id, conv_a.id, msg_a.id, conv_b.id, msg_b.id)
    background.wait_for_background(5000)
    ws.close()


def _dialog(qtbot: QtBot, data: Data, client_id: int | None = None) -> SearchDialog:
    dialog = SearchDialog(data.workspace, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _settled(dialog: SearchDialog, query: str) -> bool:
    return not dialog.is_searching() and dialog.shown_query == query


def test_empty_state_then_typing_finds_results_across_clients(qtbot: QtBot, data: Data) -> None:
    dialog = _dialog(qtbot, data)
    assert dialog.status_label.text() == EMPTY_TEXT
    assert dialog.status_label.isVisible()
    qtbot.keyClicks(dialog.query_edit, "firew")  # prefix match while typing
    qtbot.waitUntil(lambda: _settled(dialog, "firew"), timeout=WAIT_MS)
    hits = dialog.hits()
    assert {h.client_name for h in hits} == {"Acme Health", "Beta Registry"}
    assert all("\ue000" in h.snippet for h in hits)  # highlighted by the delegate
    assert not dialog.status_label.isVisible()
    assert dialog.results.currentRow() == 0
    assert dialog.query_edit.hasFocus() or not dialog.isActiveWindow()


def test_no_matches(qtbot: QtBot, data: Data) -> None:
    dialog = _dialog(qtbot, data)
    dialog.query_edit.setText("xylophone")
    qtbot.waitUntil(lambda: _settled(dialog, "xylophone"), timeout=WAIT_MS)
    assert dialog.hits() == []
    assert dialog.status_label.text() == NO_MATCHES
    dialog.query_edit.clear()
    qtbot.waitUntil(lambda: dialog.status_label.text() == EMPTY_TEXT, timeout=WAIT_MS)


def test_scope_toggle_filters_to_one_client(qtbot: QtBot, data: Data) -> None:
    dialog = _dialog(qtbot, data, data.beta)
    dialog.query_edit.setText("firewall")
    qtbot.waitUntil(lambda: _settled(dialog, "firewall"), timeout=WAIT_MS)
    assert len(dialog.hits()) == 2

    dialog.this_client_button.click()
    assert dialog.scope_client_id() == data.beta
    qtbot.waitUntil(lambda: not dialog.is_searching() and len(dialog.hits()) == 1, timeout=WAIT_MS)
    assert [h.client_name for h in dialog.hits()] == ["Beta Registry"]

    dialog.set_client(data.acme)
    qtbot.waitUntil(
        lambda: not dialog.is_searching() and dialog.hits()[0].client_name == "Acme Health",
        timeout=WAIT_MS,
    )
    assert len(dialog.hits()) == 1

    dialog.set_client(None)  # no client open: back to all clients
    assert not dialog.this_client_button.isEnabled()
    assert dialog.all_clients_button.isChecked()
    qtbot.waitUntil(lambda: len(dialog.hits()) == 2, timeout=WAIT_MS)


@pytest.mark.parametrize(
    "text",
    [
        '"unbalanced',
        "firewall) OR (",
        "NEAR(a b) AND * ^col:x",
        "🔥🧯 firewall 🔥",
        "a" * 10_000,
        "fire " * 2_000,
        "\x00\ue000\ue001",
    ],
    ids=["quote", "parens", "fts-syntax", "emoji", "10k-chars", "many-words", "control"],
)
def test_hostile_input_never_raises(qtbot: QtBot, data: Data, text: str) -> None:
    dialog = _dialog(qtbot, data)
    dialog.query_edit.setText(text)
    dialog._run_search()  # no need to wait for the debounce
    qtbot.waitUntil(lambda: not dialog.is_searching(), timeout=WAIT_MS)
    assert "failed" not in dialog.status_label.text()
    assert dialog.shown_query is None or dialog.shown_query == text[:10_000]


def test_enter_emits_open_message_with_ids_and_closes(qtbot: QtBot, data: Data) -> None:
    dialog = _dialog(qtbot, data, data.acme)
    dialog.this_client_button.click()
    dialog.query_edit.setText("billing")
    qtbot.waitUntil(lambda: _settled(dialog, "billing"), timeout=WAIT_MS)
    with qtbot.waitSignal(dialog.sig_open_message, timeout=WAIT_MS) as blocker:
        qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Return)
    assert blocker.args == [data.acme_conv, data.acme_msg]
    assert not dialog.isVisible()


def test_enter_before_results_arrive_opens_the_first(qtbot: QtBot, data: Data) -> None:
    dialog = _dialog(qtbot, data, data.beta)
    with qtbot.waitSignal(dialog.sig_open_message, timeout=WAIT_MS) as blocker:
        qtbot.keyClicks(dialog.query_edit, "upload")
        qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Return)  # within the debounce
    assert blocker.args == [data.beta_conv, data.beta_msg]


def test_up_down_move_through_results_with_focus_in_query(qtbot: QtBot, data: Data) -> None:
    dialog = _dialog(qtbot, data)
    dialog.activateWindow()
    dialog.query_edit.setFocus()
    dialog.query_edit.setText("firewall")
    qtbot.waitUntil(lambda: _settled(dialog, "firewall"), timeout=WAIT_MS)
    assert dialog.results.currentRow() == 0
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Down)
    assert dialog.results.currentRow() == 1
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Down)  # stays on the last
    assert dialog.results.currentRow() == 1
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Up)
    assert dialog.results.currentRow() == 0
    assert dialog.query_edit.text() == "firewall"
    second = dialog.hits()[1]
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Down)
    with qtbot.waitSignal(dialog.sig_open_message) as blocker:
        qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Enter)
    assert blocker.args == [second.conversation_id, second.message_id]


def test_double_click_opens(qtbot: QtBot, data: Data) -> None:
    dialog = _dialog(qtbot, data)
    dialog.query_edit.setText("registry upload")
    qtbot.waitUntil(lambda: _settled(dialog, "registry upload"), timeout=WAIT_MS)
    index = dialog.results.model_.index(0, 0)
    with qtbot.waitSignal(dialog.sig_open_message) as blocker:
        dialog.results.doubleClicked.emit(index)
    assert blocker.args == [data.beta_conv, data.beta_msg]


def test_stale_results_are_dropped(
    qtbot: QtBot, data: Data, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A slow search for an old query finishing after a newer one never shows."""
    release = threading.Event()
    started = threading.Event()
    real_search = SearchRepo.detailed

    def search(self: SearchRepo, text: str, *args: Any, **kwargs: Any) -> Any:
        if text == "firewall":
            started.set()
            release.wait(10)
        return real_search(self, text, *args, **kwargs)

    monkeypatch.setattr(SearchRepo, "detailed", search)
    dialog = _dialog(qtbot, data)
    dialog.query_edit.setText("firewall")
    dialog._run_search()
    assert started.wait(5)
    dialog.query_edit.setText("billing")
    dialog._run_search()
    qtbot.waitUntil(lambda: _settled(dialog, "billing"), timeout=WAIT_MS)
    release.set()
    qtbot.waitUntil(lambda: background.pending_count() == 0, timeout=WAIT_MS)
    qtbot.wait(50)  # let any late queued delivery run (it must be ignored)
    assert dialog.shown_query == "billing"
    assert [h.message_id for h in dialog.hits()] == [data.acme_msg]


def test_search_runs_off_the_gui_thread(
    qtbot: QtBot, data: Data, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[int] = []
    real_search = SearchRepo.detailed

    def search(self: SearchRepo, text: str, *args: Any, **kwargs: Any) -> Any:
        threads.append(threading.get_ident())
        assert self.db is not data.workspace.store.db  # a reader of its own
        return real_search(self, text, *args, **kwargs)

    monkeypatch.setattr(SearchRepo, "detailed", search)
    dialog = _dialog(qtbot, data)
    dialog.query_edit.setText("firewall")
    qtbot.waitUntil(lambda: _settled(dialog, "firewall"), timeout=WAIT_MS)
    assert threads and threading.get_ident() not in threads
