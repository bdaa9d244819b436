"""Sending without blocking the window: the prompt of a long conversation (history,
context retrieval, token counting) is built off the GUI thread, and the result is
exactly what the synchronous path builds."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from consultant.core.errors import ServiceError
from consultant.core.models import MessageStatus, Role, Task
from consultant.core.settings import ModelSettings, load_settings
from consultant.services import conversations_read
from consultant.services.ask import DEFER_HISTORY_MESSAGES, AskService, TurnRequest, stream_turn
from consultant.services.workspace import Workspace
from consultant.ui.main_window import MainWindow
from consultant.ui.stream_worker import StreamSession
from tests.llm_server import LLMTestServer
from tests.unit.ui.window_support import (
    add_client,
    litellm_loaded,
    window,
    workspace,
)

__all__ = ["litellm_loaded", "window", "workspace"]

LONG = DEFER_HISTORY_MESSAGES + 40


@pytest.fixture(autouse=True)
def _preloaded(litellm_loaded: None) -> None:
    return None


def _long_conversation(ws: Workspace, n: int = LONG) -> int:
    client = add_client(ws)
    old = ws.store.conversations.create(client.id or 0, "Fax portal")
    ws.store.conversations.add_message(
        old.id or 0, Role.USER, "Faxtastic changed their API key format last spring."
    )
    conv = ws.store.conversations.create(client.id or 0, "long")
    with ws.store.db.atomic():
        for i in range(n):
            role = Role.USER if i % 2 == 0 else Role.ASSISTANT
            ws.store.conversations.add_message(conv.id or 0, role, f"Earlier message {i}")
    return conv.id or 0


def test_a_deferred_prompt_is_the_one_the_synchronous_path_builds(
    workspace: Workspace, configured_model: LLMTestServer
) -> None:
    conv_id = _long_conversation(workspace)
    ask = AskService(workspace)
    request = TurnRequest(conv_id, "The fax company portal is down again", Task.INTERPRET)

    deferred = ask.prepare(request)  # retrieval needed and a long history: deferred
    assert deferred.pending is not None and deferred.messages == []
    built = ask.build_prompt(deferred)
    ask.apply_prompt(deferred, built)
    assert deferred.pending is None
    # the same send, built at once (the command line's path) right after it
    workspace.store.conversations.delete_message(deferred.reply_message.id or 0)
    workspace.store.conversations.delete_message(deferred.user_message.id or 0)
    direct = ask.prepare(request, defer=False)

    assert deferred.messages == direct.messages
    assert [s.message_id for s in deferred.context] == [s.message_id for s in direct.context]
    assert deferred.context  # the fax conversation was found
    assert deferred.notes == direct.notes
    stored_user = conversations_read.message(workspace, deferred.user_message.id or 0)
    stored_reply = conversations_read.message(workspace, deferred.reply_message.id or 0)
    assert stored_user.metadata["context"] == direct.user_message.metadata["context"]
    assert stored_user.metadata["sent_as"] == direct.user_message.metadata["sent_as"]
    assert stored_reply.metadata["context"] == stored_user.metadata["context"]
    # the new message is the last one sent, once: it is not also in the history
    contents = [m["content"] for m in deferred.messages]
    assert sum("portal is down again" in c for c in contents) == 1


def test_a_message_too_long_for_the_model_is_refused_before_anything_is_stored(
    workspace: Workspace, configured_model: LLMTestServer
) -> None:
    settings = load_settings().settings
    settings.model_settings["local/test-model"] = ModelSettings(context_window=300)
    conv_id = _long_conversation(workspace)
    before = workspace.store.conversations.message_count(conv_id)
    ask = AskService(workspace, settings)
    assert ask.settings.settings_for_model("local/test-model").context_window == 300
    with pytest.raises(ServiceError, match="too long for this model"):
        ask.prepare(TurnRequest(conv_id, "word " * 2000))
    assert workspace.store.conversations.message_count(conv_id) == before


def test_an_unbuilt_turn_is_never_streamed(
    workspace: Workspace, configured_model: LLMTestServer
) -> None:
    turn = AskService(workspace).prepare(TurnRequest(_long_conversation(workspace), "Hello?"))
    with pytest.raises(ServiceError, match="not built"):
        next(stream_turn(turn, threading.Event(), lambda _e: None))
    assert configured_model.requests == []


def test_the_window_sends_a_long_conversation_with_its_history_and_context(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, configured_model: LLMTestServer
) -> None:
    configured_model.reply_text = "Noted."
    window.reload_models()
    conv_id = _long_conversation(workspace)
    window.open_message_or_conversation(conv_id)
    window.composer.edit.setPlainText("The fax company portal is down again")
    turn = window.send()
    assert turn is not None and turn.pending is not None  # the window did not wait
    assert window.view.model_.items()[-1].status == MessageStatus.STREAMING
    qtbot.waitUntil(lambda: window.view.model_.items()[-1].status == MessageStatus.COMPLETE,
                    timeout=10_000)  # fmt: skip
    sent = configured_model.requests[-1]["messages"]
    assert sent[-1]["content"].count("portal is down again") == 1
    assert any(m["content"] == f"Earlier message {LONG - 1}" for m in sent)
    assert any("API key format" in m["content"] for m in sent)  # the retrieved context
    user, reply = workspace.store.conversations.messages(conv_id)[-2:]
    assert user.role == Role.USER and user.metadata["context"]
    assert reply.metadata["context"] == user.metadata["context"]
    assert reply.status == MessageStatus.COMPLETE and reply.content == "Noted."


def test_closing_while_the_prompt_is_built_stores_the_reply_as_stopped(
    qtbot: QtBot, workspace: Workspace, configured_model: LLMTestServer
) -> None:
    conv_id = _long_conversation(workspace)
    ask = AskService(workspace)
    turn = ask.prepare(TurnRequest(conv_id, "Anything new about the fax portal?"))
    session = StreamSession(ask, turn)
    session.start()
    session.shutdown()  # before the pool's task answered
    assert session.done
    qtbot.waitUntil(session.qthread.isFinished, timeout=5000)
    stored = conversations_read.message(workspace, turn.reply_message.id or 0)
    assert stored.status == MessageStatus.CANCELLED
    assert configured_model.requests == []  # nothing was sent
    from consultant.ui.background import wait_for_background

    assert wait_for_background(10_000)


def test_a_failed_build_ends_the_reply_with_a_sentence(
    qtbot: QtBot, workspace: Workspace, configured_model: LLMTestServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    conv_id = _long_conversation(workspace)
    ask = AskService(workspace)
    turn = ask.prepare(TurnRequest(conv_id, "Anything new?", context=[]))

    def broken(_turn: object) -> object:
        raise ServiceError("The database is locked by another program.")

    monkeypatch.setattr(ask, "build_prompt", broken)
    session = StreamSession(ask, turn)
    with qtbot.waitSignal(session.sig_done, timeout=5000) as done:
        session.start()
    assert done.args is not None
    assert done.args[0].status == MessageStatus.ERROR
    assert done.args[0].error == "The database is locked by another program."
    qtbot.waitUntil(session.qthread.isFinished, timeout=5000)
    assert configured_model.requests == []


def test_the_view_pages_through_the_conversation_service(workspace: Workspace) -> None:
    conv_id = _long_conversation(workspace, 30)
    newest = conversations_read.newest_page(workspace, conv_id, 10)
    assert [m.content for m in newest] == [f"Earlier message {i}" for i in range(20, 30)]
    older = conversations_read.page_before(workspace, conv_id, newest[0], 10)
    assert [m.content for m in older] == [f"Earlier message {i}" for i in range(10, 20)]
