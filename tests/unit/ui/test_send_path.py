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


def _settled_long_turn(ws: Workspace, ask: AskService, conv_id: int) -> tuple[int, int]:
    """A last turn (user message, complete reply) with context in its metadata."""
    snippet = ask.propose_context(conv_id, "fax company API key", index=False)[:1]
    turn = ask.prepare(TurnRequest(conv_id, "What changed at the fax company?",
                                   context=snippet), defer=False)  # fmt: skip
    ws.store.conversations.finish_message(turn.reply_message.id or 0, content="The key format.",
                                          status=MessageStatus.COMPLETE)  # fmt: skip
    assert turn.context  # the snippet is stored with the user's message
    return turn.user_message.id or 0, turn.reply_message.id or 0


def test_a_deferred_regenerate_sends_what_the_synchronous_one_sends(
    workspace: Workspace, configured_model: LLMTestServer
) -> None:
    conv_id = _long_conversation(workspace)
    ask = AskService(workspace)
    user_id, reply_id = _settled_long_turn(workspace, ask, conv_id)

    direct = ask.prepare_retry(reply_id, defer=False)
    workspace.store.conversations.finish_message(direct.reply_message.id or 0, content="v2",
                                                 status=MessageStatus.COMPLETE)  # fmt: skip
    deferred = ask.prepare_retry(reply_id)  # a long conversation: deferred by default
    assert deferred.pending is not None and deferred.messages == []
    stored = conversations_read.message(workspace, user_id)
    assert stored.metadata["context"]  # kept while the prompt is built
    ask.apply_prompt(deferred, ask.build_prompt(deferred))

    assert deferred.pending is None
    assert deferred.messages == direct.messages
    assert "What changed at the fax company?" in deferred.messages[-1]["content"]
    assert any(f"Earlier message {LONG - 1}" in m["content"] for m in deferred.messages)
    assert [s.message_id for s in deferred.context] == [s.message_id for s in direct.context]
    reply = conversations_read.message(workspace, deferred.reply_message.id or 0)
    assert (
        reply.metadata["context"]
        == conversations_read.message(workspace, user_id).metadata["context"]
    )
    assert [v.content for v in workspace.message_versions(reply.id or 0)] == [
        "The key format.",
        "v2",
        "",
    ]


def test_a_deferred_edit_sends_what_the_synchronous_one_sends(
    workspace: Workspace, configured_model: LLMTestServer
) -> None:
    conv_id = _long_conversation(workspace)
    ask = AskService(workspace)
    user_id, _reply_id = _settled_long_turn(workspace, ask, conv_id)

    direct = ask.prepare_edit(user_id, "What changed at Faxtastic?", defer=False)
    workspace.store.conversations.finish_message(direct.reply_message.id or 0, content="v2",
                                                 status=MessageStatus.COMPLETE)  # fmt: skip
    deferred = ask.prepare_edit(user_id, "What changed at Faxtastic?")
    assert deferred.pending is not None
    ask.apply_prompt(deferred, ask.build_prompt(deferred))

    assert deferred.messages == direct.messages
    assert sum("changed at Faxtastic" in m["content"] for m in deferred.messages) == 1
    assert not any("changed at the fax company" in m["content"] for m in deferred.messages)
    user = conversations_read.message(workspace, deferred.user_message.id or 0)
    assert user.metadata["sent_as"] == direct.user_message.metadata["sent_as"]
    assert user.metadata["context"] == direct.user_message.metadata["context"]
    assert user.metadata["context"]


def test_a_deferred_edit_too_long_for_the_model_stores_nothing(
    workspace: Workspace, configured_model: LLMTestServer
) -> None:
    conv_id = _long_conversation(workspace)
    user_id, _reply_id = _settled_long_turn(workspace, AskService(workspace), conv_id)
    settings = load_settings().settings
    settings.model_settings["local/test-model"] = ModelSettings(context_window=300)
    ask = AskService(workspace, settings)
    versions = len(workspace.message_versions(user_id))
    before = workspace.store.conversations.message_count(conv_id)
    with pytest.raises(ServiceError, match="too long for this model"):
        ask.prepare_edit(user_id, "word " * 2000)
    assert workspace.store.conversations.message_count(conv_id) == before
    assert len(workspace.message_versions(user_id)) == versions


def test_the_window_regenerates_in_a_long_conversation_without_waiting(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, configured_model: LLMTestServer
) -> None:
    conv_id = _long_conversation(workspace)
    _user_id, reply_id = _settled_long_turn(workspace, AskService(workspace), conv_id)
    configured_model.reply_text = "Regenerated."
    window.reload_models()
    window.open_message_or_conversation(conv_id)
    turn = window.regenerate(reply_id)
    assert turn is not None and turn.pending is not None  # built off the GUI thread
    qtbot.waitUntil(lambda: window.view.model_.items()[-1].status == MessageStatus.COMPLETE,
                    timeout=10_000)  # fmt: skip
    sent = configured_model.requests[-1]["messages"]
    assert "What changed at the fax company?" in sent[-1]["content"]
    assert any(f"Earlier message {LONG - 1}" in m["content"] for m in sent)
    assert any("API key format" in m["content"] for m in sent)  # the turn's context
    assert window.view.model_.items()[-1].content == "Regenerated."
