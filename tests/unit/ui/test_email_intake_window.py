"""From a dropped .eml to a stored interpretation with links to its past context."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from consultant.core.models import MessageStatus, Role, Task
from consultant.services.workspace import Workspace
from consultant.ui.conversation_view import parse_source_link, sources_html
from consultant.ui.main_window import MainWindow
from tests.llm_server import LLMTestServer
from tests.unit.ui.window_support import litellm_loaded, window, workspace

__all__ = ["litellm_loaded", "window", "workspace"]

EML = b"""From: Jane Roe <jane@acme-health.org>
To: Sam <sam@example.net>
Subject: Fax portal down again
Date: Mon, 16 Nov 2026 09:12:00 +0100
Message-ID: <1@acme-health.org>
Content-Type: text/plain; charset=utf-8

Hi Sam,

the fax company portal stopped sending referrals again. Can you look?

Jane

On Fri, 13 Nov 2026 Sam wrote:
> All fixed now.
"""


@pytest.fixture(autouse=True)
def _preloaded(litellm_loaded: None) -> None:
    return None


def _drop(win: MainWindow, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    win.dropEvent(event)


def test_dropped_eml_becomes_an_interpretation_with_sources(
    qtbot: QtBot,
    window: MainWindow,
    workspace: Workspace,
    configured_model: LLMTestServer,
    tmp_path: Path,
) -> None:
    window.reload_models()
    client = workspace.add_client("Acme Home Health", glossary="Faxtastic: the fax portal vendor")
    workspace.add_contact(client.name, "jane@acme-health.org", "Jane Roe", "Office manager")
    old = workspace.store.conversations.create(client.id or 0, "Fax setup")
    source = workspace.store.conversations.add_message(
        old.id or 0,
        Role.USER,
        "Faxtastic rotates the API keys of the referral import every 90 days.",
    )
    other = workspace.add_client("Beta Registry")
    beta_conv = workspace.store.conversations.create(other.id or 0, "Beta fax")
    workspace.store.conversations.add_message(
        beta_conv.id or 0, Role.USER, "Beta's fax portal and Faxtastic referral import"
    )
    path = tmp_path / "mail.eml"
    path.write_bytes(EML)
    _drop(window, path)
    conv = window.current_conversation
    assert conv is not None and conv.title == "Fax portal down again"
    assert window.current_client is not None and window.current_client.id == client.id
    assert window.composer.task() == Task.INTERPRET
    assert "fax company portal" in window.composer.text()
    qtbot.waitUntil(lambda: bool(window.context_panel.snippets()), timeout=5_000)
    assert [s.message_id for s in window.context_panel.snippets()] == [source.id]
    configured_model.reply_text = "## Summary\nThe referral import is failing."
    window.send()
    qtbot.waitUntil(
        lambda: window.view.model_.items()[-1].status == MessageStatus.COMPLETE, timeout=10_000
    )
    user, reply = workspace.store.conversations.messages(conv.id or 0)
    assert user.metadata["email"]["subject"] == "Fax portal down again"
    assert [c["message_id"] for c in reply.metadata["context"]] == [source.id]
    html_text = sources_html(reply)
    assert f"consultant://message/{old.id}/{source.id}" in html_text
    sent = str(configured_model.requests[-1]["messages"])
    assert "rotates the API keys" in sent and "Beta" not in sent
    # Clicking the source link opens the source message.
    assert window.view.open_link(f"consultant://message/{old.id}/{source.id}")
    assert window.current_conversation is not None
    assert window.current_conversation.id == old.id


def test_unknown_sender_can_use_current_client_once(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    client = workspace.add_client("Other Client")
    window.refresh_clients(select_id=client.id)
    window.select_client(client.id or 0)
    monkeypatch.setattr(
        window.intake, "client_for_unknown_sender", lambda received: window.current_client
    )
    path = tmp_path / "mail.eml"
    path.write_bytes(EML)
    conv = window.open_email_file(path)
    assert conv is not None and conv.client_id == client.id


def test_unreadable_file_gets_a_message(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "consultant.ui.main_window.QMessageBox.warning",
        lambda parent, title, text: shown.append(text),
    )
    path = tmp_path / "junk.eml"
    path.write_bytes(bytes(range(256)) * 1000)
    assert window.open_email_file(path) is None
    assert shown and "binary" in shown[0]


def test_source_links_parse_strictly() -> None:
    assert parse_source_link("consultant://message/3/17") == (3, 17)
    assert parse_source_link("consultant://message/3/x") is None
    assert parse_source_link("https://example.org") is None
