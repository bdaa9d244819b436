"""The audit log window lists recorded outbound calls and filters by client."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from pytestqt.qtbot import QtBot

from consultant.core.models import AuditEntry
from consultant.services.audit import NO_CLIENT
from consultant.services.workspace import Workspace
from consultant.ui.audit_view import AuditLogWindow, show_audit_log

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)


@pytest.fixture
def ws() -> Iterator[Workspace]:
    workspace = Workspace.open()
    yield workspace
    workspace.close()


def _record(ws: Workspace, client_id: int | None, **kwargs: object) -> None:
    values: dict[str, object] = {
        "id": None, "created_at": datetime(2026, 3, 2, 9, 30, tzinfo=UTC),
        "provider": "openai", "model": "gpt-4o-mini", "client_id": client_id,
        "chars_sent": 12_345, "redactions": 3, "outcome": "ok", "purpose": "chat",
    }  # fmt: skip
    values.update(kwargs)
    ws.store.audit.record(AuditEntry(**values))  # type: ignore[arg-type]


def test_lists_a_recorded_call_with_every_column(qtbot: QtBot, ws: Workspace) -> None:
    acme = ws.add_client("Acme Health")
    _record(ws, acme.id)
    window = show_audit_log(None, ws)
    qtbot.addWidget(window)
    model = window.model_
    assert model.rowCount() == 1
    texts = [model.text(0, c) for c in range(model.columnCount())]
    assert texts[1:] == ["Chat", "openai · gpt-4o-mini", "Acme Health", "12.3k chars", "3", "Sent"]
    assert "2026" in texts[0]
    assert window.summary.text() == "1 call · 3 redactions"
    assert window.stack.currentWidget() is window.table


def test_filter_by_client_and_failed_outcome(qtbot: QtBot, ws: Workspace) -> None:
    acme = ws.add_client("Acme Health")
    beta = ws.add_client("Beta Registry")
    _record(ws, acme.id)
    _record(ws, beta.id, outcome="rate_limit", detail="OpenAI: too many requests", redactions=0)
    _record(ws, None, purpose="connection test", chars_sent=2, redactions=0)
    window = AuditLogWindow(ws)
    qtbot.addWidget(window)
    assert window.model_.rowCount() == 3
    assert [window.client_combo.itemText(i) for i in range(window.client_combo.count())] == [
        "All clients", "Acme Health", "Beta Registry", "Calls for no client",
    ]  # fmt: skip
    window.set_client(beta.id)
    assert [r.client_name for r in window.model_.rows()] == ["Beta Registry"]
    assert window.model_.text(0, 6) == "Failed: rate limit"
    index = window.model_.index(0, 6)
    from PySide6.QtCore import Qt

    assert index.data(Qt.ItemDataRole.ToolTipRole) == "OpenAI: too many requests"
    assert "1 failed or refused" in window.summary.text()
    window.set_client(NO_CLIENT)
    assert [r.entry.purpose for r in window.model_.rows()] == ["connection test"]


def test_empty_log_says_so(qtbot: QtBot, ws: Workspace) -> None:
    window = AuditLogWindow(ws)
    qtbot.addWidget(window)
    assert window.stack.currentWidget() is window.empty_label
    assert "No calls" in window.empty_label.text()


def test_show_audit_log_reuses_the_open_window(qtbot: QtBot, ws: Workspace) -> None:
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    first = show_audit_log(parent, ws)
    _record(ws, None)
    second = show_audit_log(parent, ws)
    assert second is first
    assert first.model_.rowCount() == 1  # reloaded: the new call is listed
