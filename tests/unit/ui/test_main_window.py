"""The real main window driven with qtbot against the local test LLM server."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from consultant.core.models import MessageStatus, Role, Task
from consultant.services.workspace import Workspace
from consultant.ui.conversation_view import copy_message
from consultant.ui.main_window import INTERPRET_REPLY_INSTRUCTIONS, MainWindow
from tests.llm_server import LLMTestServer
from tests.unit.ui.window_support import (
    add_client,
    litellm_loaded,
    open_new_conversation,
    shown_window,
    window,
    workspace,
)

__all__ = ["litellm_loaded", "window", "workspace"]


@pytest.fixture(autouse=True)
def _preloaded(litellm_loaded: None) -> None:
    return None


def _last(win: MainWindow):  # type: ignore[no-untyped-def]
    return win.view.model_.items()[-1]


def test_empty_state_offers_first_client(window: MainWindow) -> None:
    assert window.right_stack.currentIndex() == 0
    assert window.empty_button.text() == "Add your first client"
    assert window.empty_model_button.isVisible()  # no model configured


def test_send_streams_and_renders_reply(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, configured_model: LLMTestServer
) -> None:
    configured_model.reply_text = "Here is **bold** and a table:\n\n| a | b |\n|---|---|\n| 1 | 2 |"
    configured_model.chunk_chars = 6
    window.reload_models()
    client = add_client(workspace)
    conv = open_new_conversation(window, client)
    assert window.right_stack.currentIndex() == 1
    window.composer.edit.setPlainText("Please interpret this e-mail from the client.")
    window.send()
    assert window.composer.text() == ""
    qtbot.waitUntil(lambda: _last(window).status == MessageStatus.COMPLETE, timeout=10_000)
    reply = _last(window)
    assert reply.content == configured_model.reply_text
    stored = workspace.store.conversations.messages(conv.id or 0)
    assert [m.role for m in stored] == [Role.USER, Role.ASSISTANT]
    assert stored[1].status == MessageStatus.COMPLETE
    assert stored[1].output_tokens is not None
    doc = window.view.delegate.document(reply, 0, 400)
    assert "<table" in doc.toHtml()
    # the conversation got a title from the first line
    assert window.current_conversation is not None
    assert window.current_conversation.title.startswith("Please interpret")


def test_stop_mid_stream_marks_cancelled(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, configured_model: LLMTestServer
) -> None:
    configured_model.reply_text = " ".join(f"word{i}" for i in range(200))
    configured_model.chunk_delay = 0.02
    window.reload_models()
    client = add_client(workspace)
    conv = open_new_conversation(window, client)
    window.send("Tell me a long story")
    qtbot.waitUntil(lambda: len(_last(window).content) > 20, timeout=10_000)
    assert window.composer.stop_button.isVisible()
    window.stop()
    qtbot.waitUntil(lambda: _last(window).status == MessageStatus.CANCELLED, timeout=10_000)
    stored = workspace.store.conversations.messages(conv.id or 0)[-1]
    assert stored.status == MessageStatus.CANCELLED
    assert stored.content.startswith("word0")
    assert len(stored.content) < len(configured_model.reply_text)
    assert not window.composer.stop_button.isVisible()


def test_regenerate_replaces_last_reply(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, configured_model: LLMTestServer
) -> None:
    window.reload_models()
    client = add_client(workspace)
    conv = open_new_conversation(window, client)
    configured_model.reply_text = "first answer"
    window.send("Question?")
    qtbot.waitUntil(lambda: _last(window).status == MessageStatus.COMPLETE, timeout=10_000)
    first_id = _last(window).id
    configured_model.reply_text = "second answer"
    assert window.regenerate(first_id or 0) is not None
    qtbot.waitUntil(
        lambda: (
            _last(window).status == MessageStatus.COMPLETE
            and _last(window).content == "second answer"
        ),
        timeout=10_000,
    )
    stored = workspace.store.conversations.messages(conv.id or 0)
    assert [m.content for m in stored] == ["Question?", "second answer"]
    assert window.view.model_.rowCount() == 2


def test_error_reply_shows_reason_and_retry_works(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, configured_model: LLMTestServer
) -> None:
    window.reload_models()
    client = add_client(workspace)
    open_new_conversation(window, client)
    configured_model.mode = "500"
    window.send("Hello?")
    qtbot.waitUntil(lambda: _last(window).status == MessageStatus.ERROR, timeout=10_000)
    failed = _last(window)
    assert failed.error
    assert "retry" in window.view.delegate._pills(failed)
    configured_model.mode = "ok"
    configured_model.reply_text = "Recovered."
    window.regenerate(failed.id or 0)
    qtbot.waitUntil(lambda: _last(window).content == "Recovered.", timeout=10_000)


def test_copy_as_html_puts_rich_and_plain_text(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, configured_model: LLMTestServer
) -> None:
    window.reload_models()
    client = add_client(workspace)
    open_new_conversation(window, client)
    configured_model.reply_text = "Dear *client*,\n\n```\ncode here\n```"
    window.send("Draft it")
    qtbot.waitUntil(lambda: _last(window).status == MessageStatus.COMPLETE, timeout=10_000)
    copy_message(_last(window), "html")
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasHtml() and mime.hasText()
    assert "<em>client</em>" in mime.html()
    assert "<pre" in mime.html()
    assert "*client*" not in mime.text()
    assert "Dear client" in mime.text()
    copy_message(_last(window), "markdown")
    assert QGuiApplication.clipboard().text() == configured_model.reply_text


def test_hostile_output_is_sanitized_and_bad_links_not_opened(
    qtbot: QtBot,
    window: MainWindow,
    workspace: Workspace,
    configured_model: LLMTestServer,
    monkeypatch: object,
) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(  # type: ignore[attr-defined]
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toString()) or True)
    )
    if hasattr(window.view, "url_opener"):  # the view keeps the opener it was built with

        def record(url: QUrl) -> bool:
            opened.append(url.toString())
            return True

        window.view.url_opener = record
    window.reload_models()
    client = add_client(workspace)
    open_new_conversation(window, client)
    configured_model.reply_text = (
        "<script>alert(1)</script> [click](javascript:alert(1)) ![x](https://evil/p.png) "
        "[ok](https://example.com)"
    )
    window.send("Go")
    qtbot.waitUntil(lambda: _last(window).status == MessageStatus.COMPLETE, timeout=10_000)
    html = window.view.delegate.document(_last(window), 99, 400).toHtml()
    assert "<script" not in html
    assert "javascript:" not in html
    assert "evil" not in html
    assert window.view.open_link("javascript:alert(1)") is False
    assert window.view.open_link("file:///etc/passwd") is False
    assert opened == []
    assert window.view.open_link("https://example.com") is True
    assert opened == ["https://example.com"]


def test_draft_persists_across_reopen(
    qtbot: QtBot, window: MainWindow, workspace: Workspace
) -> None:
    client = add_client(workspace)
    conv = open_new_conversation(window, client)
    qtbot.keyClicks(window.composer.edit, "half-written reply")
    qtbot.waitUntil(
        lambda: workspace.store.conversations.get(conv.id or 0).draft == "half-written reply",
        timeout=3000,
    )
    other = window.new_conversation("other")
    assert other is not None
    assert window.composer.text() == ""
    window.select_conversation(conv.id or 0)
    assert window.composer.text() == "half-written reply"


def test_large_paste_is_refused_with_message(window: MainWindow, workspace: Workspace) -> None:
    from PySide6.QtCore import QMimeData

    client = add_client(workspace)
    open_new_conversation(window, client)
    mime = QMimeData()
    mime.setText("x" * 1_200_000)
    window.composer.edit.insertFromMimeData(mime)
    assert window.composer.text() == ""
    assert "too large" in window.composer.notice.text()
    mime.setText("y" * 500_000)  # one unbroken line: must not take minutes to lay out
    window.composer.edit.insertFromMimeData(mime)
    assert len(window.composer.text()) == 500_000


def test_no_model_send_keeps_text(window: MainWindow, workspace: Workspace) -> None:
    client = add_client(workspace)
    conv = open_new_conversation(window, client)
    assert window.composer.setup_button.isVisible()
    window.composer.edit.setPlainText("Keep me")
    window.send()
    assert window.composer.text() == "Keep me"
    assert "model" in window.composer.notice.text().lower()
    assert workspace.store.conversations.messages(conv.id or 0) == []


def test_interpret_then_draft_reply(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, configured_model: LLMTestServer
) -> None:
    window.reload_models()
    client = add_client(workspace)
    open_new_conversation(window, client)
    window.composer.set_task(Task.INTERPRET)
    configured_model.reply_text = "## Questions to ask\n1. Which server?"
    window.send("Can you set up the thing on the box?")
    qtbot.waitUntil(lambda: _last(window).status == MessageStatus.COMPLETE, timeout=10_000)
    assert window.interpret_bar.isVisible()
    configured_model.reply_text = "Dear client, which server?"
    turn = window.draft_reply_from_interpretation()
    assert turn is not None and turn.task == Task.REPLY
    qtbot.waitUntil(lambda: _last(window).content == "Dear client, which server?", timeout=10_000)
    assert not window.interpret_bar.isVisible()
    sent = configured_model.requests[-1]["messages"][-1]["content"]
    assert INTERPRET_REPLY_INSTRUCTIONS in sent


def test_conversation_list_rename_pin_archive(window: MainWindow, workspace: Workspace) -> None:
    client = add_client(workspace)
    a = open_new_conversation(window, client, "Alpha")
    b = window.new_conversation("Beta")
    assert b is not None
    titles = [c.title for c in window.conv_model.items()]
    assert titles[0] == "Beta"  # newest first
    window.set_pinned(a.id or 0, True)
    assert window.conv_model.items()[0].title == "Alpha"
    window.rename_conversation(a.id or 0, "Alpha renamed")
    assert window.conv_model.items()[0].title == "Alpha renamed"
    window.set_conversation_archived(b.id or 0)
    assert [c.title for c in window.conv_model.items()] == ["Alpha renamed"]


def test_client_filter_archive_and_badge(window: MainWindow, workspace: Workspace) -> None:
    add_client(workspace, "Registry Office", privacy="local_only")
    add_client(workspace, "Therapy Practice", privacy="redact")
    window.refresh_clients()
    texts = [window.client_model.data(window.client_model.index(r, 0)) for r in range(2)]
    assert any("◆ local only" in t for t in texts)
    window.client_filter.setText("thera")
    assert window.client_model.rowCount() == 1
    window.client_filter.clear()
    registry = workspace.client("Registry Office")
    window.set_client_archived(registry, True)
    assert window.client_model.rowCount() == 1
    window.show_archived.setChecked(True)
    assert window.client_model.rowCount() == 2


def test_other_conversation_usable_while_streaming(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, configured_model: LLMTestServer
) -> None:
    configured_model.reply_text = " ".join(f"w{i}" for i in range(100))
    configured_model.chunk_delay = 0.02
    window.reload_models()
    client = add_client(workspace)
    first = open_new_conversation(window, client, "first")
    window.send("long one")
    qtbot.waitUntil(lambda: len(_last(window).content) > 5, timeout=10_000)
    second = window.new_conversation("second")
    assert second is not None
    assert not window.composer.stop_button.isVisible()
    window.composer.edit.setPlainText("typing meanwhile")
    # back to the first: the stream continues there
    window.select_conversation(first.id or 0)
    qtbot.waitUntil(lambda: _last(window).status == MessageStatus.COMPLETE, timeout=15_000)
    assert _last(window).content == configured_model.reply_text


def test_close_while_streaming_joins_and_stores(
    qtbot: QtBot, workspace: Workspace, configured_model: LLMTestServer
) -> None:
    configured_model.reply_text = " ".join(f"w{i}" for i in range(500))
    configured_model.chunk_delay = 0.02
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.show()
    client = add_client(workspace)
    conv = open_new_conversation(win, client)
    win.send("stream then close")
    qtbot.waitUntil(lambda: len(_last(win).content) > 10, timeout=10_000)
    win.close()
    assert win._live == []
    reply = workspace.store.conversations.messages(conv.id or 0)[-1]
    assert reply.status == MessageStatus.CANCELLED
    assert reply.content.startswith("w0")


@pytest.mark.parametrize("how", ["stop", "close"])
def test_stop_or_close_before_the_request_starts_sends_nothing(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, configured_model: LLMTestServer,
    how: str,
) -> None:
    win = window
    win.reload_models()
    conv = open_new_conversation(win, add_client(workspace))
    win.send("never sent")
    session = win.sessions[conv.id or 0]
    assert not session.qthread.isRunning()  # the request starts after the window is drawn
    if how == "stop":
        win.stop()
        qtbot.waitUntil(lambda: _last(win).status == MessageStatus.CANCELLED, timeout=10_000)
        win.close()
    else:
        win.close()
    assert win._live == []
    reply = workspace.store.conversations.messages(conv.id or 0)[-1]
    assert reply.status == MessageStatus.CANCELLED
    assert configured_model.requests == []  # nothing left the machine


def test_geometry_and_splitters_remembered(
    qtbot: QtBot, workspace: Workspace, consultant_home: Path
) -> None:
    win = shown_window(qtbot, workspace)
    win.resize(780, 560)
    win.splitter.setSizes([200, 200, 380])
    sizes = win.splitter.sizes()
    win.close()
    assert (consultant_home / "config" / "ui.ini").exists()
    again = shown_window(qtbot, workspace)
    assert again.size().width() == 780
    assert again.splitter.sizes()[0] == sizes[0]
    again.close()


def test_billing_panel_and_log_time_from_a_conversation(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    from consultant.ui import billing_views

    client = add_client(workspace, rate="100", currency="EUR")
    conv = open_new_conversation(window, client, "Firewall")
    dialog = window.open_billing()
    assert dialog is not None and "Acme Health" in dialog.windowTitle()
    assert dialog.findChild(billing_views.BillingPanel) is not None
    dialog.close()

    seen: dict[str, object] = {}

    class FakeDialog:
        def __init__(
            self, ws: Workspace, client_id: int, parent: object, *, conversation_id: int | None
        ) -> None:
            seen.update(client_id=client_id, conversation_id=conversation_id)

        def exec(self) -> int:
            return 1

    monkeypatch.setattr(billing_views, "LogTimeDialog", FakeDialog)
    assert window.log_time()
    assert seen == {"client_id": client.id, "conversation_id": conv.id}


def test_frame_before_data_is_inert_then_attach_shows_the_data(
    qtbot: QtBot, workspace: Workspace, consultant_home: Path
) -> None:
    client = add_client(workspace, "Frame Client")
    conv = workspace.store.conversations.create(client.id or 0, title="kept open")
    win = shown_window(qtbot, home=consultant_home)
    qtbot.waitExposed(win)
    assert not win.ready
    enabled = {a.text() for a in win.actions() if a.isEnabled()}
    # nothing that needs the data can be triggered
    assert enabled == {"Quit", "Keyboard shortcuts"}
    win.client_filter.setText("Fr")  # typing and clicking early are harmless
    win.add_client_button.click()
    win.empty_button.click()
    assert win.client_model.rowCount() == 0
    assert not win.empty_button.isVisible()

    with qtbot.waitSignal(win.sig_ready, timeout=5000):
        win.attach(workspace)
    assert win.ready
    assert all(a.isEnabled() for a in win.actions())
    assert [c.name for c in win.client_model.items()] == ["Frame Client"]  # filter kept
    win.select_client(client.id or 0)
    assert win.current_conversation is not None
    assert win.current_conversation.id == conv.id
    assert win.right_stack.currentWidget() is win.inner_splitter
    win.close()


def test_closing_before_the_data_is_open_keeps_the_layout(
    qtbot: QtBot, workspace: Workspace, consultant_home: Path
) -> None:
    first = shown_window(qtbot, workspace)
    first.inner_splitter.setSizes([500, 300])
    inner = first.inner_splitter.sizes()
    first.close()
    early = shown_window(qtbot, home=consultant_home)
    early.resize(760, 560)  # within the offscreen screen (800 × 600)
    early.close()  # no workspace yet: saves the geometry only
    again = shown_window(qtbot, workspace)
    assert again.size().width() == 760
    assert again.inner_splitter.sizes() == inner  # not lost by the early close
    again.close()


def test_edited_ui_ini_and_early_drops_are_harmless(
    qtbot: QtBot, workspace: Workspace, consultant_home: Path, tmp_path: Path
) -> None:
    (consultant_home / "config").mkdir(parents=True, exist_ok=True)
    (consultant_home / "config" / "ui.ini").write_text(
        "[last]\nclient=not-a-number\nconversation=\n", encoding="utf-8"
    )
    frame = shown_window(qtbot, home=consultant_home)
    email = tmp_path / "mail.eml"
    email.write_text("From: a@b.example\nSubject: Hi\n\nHello", encoding="utf-8")
    assert frame.open_email_file(email) is None  # before the data is open: ignored
    frame.attach(workspace)  # the bad saved selection is ignored
    assert frame.ready and frame.current_client is None
