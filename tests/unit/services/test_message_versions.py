"""Versions of a turn: regenerate and edit keep earlier text; history follows the
chosen version (real SQLite, the local test LLM server)."""

from __future__ import annotations

from pathlib import Path

import pytest

from consultant.core.errors import ServiceError
from consultant.core.models import MessageStatus, Role
from consultant.llm.errors import GatewayError
from consultant.services.ask import AskService, PreparedTurn, TurnRequest, stream_turn
from consultant.services.workspace import Workspace
from consultant.store import Store
from tests.llm_server import LLMTestServer


def _run(service: AskService, turn: PreparedTurn) -> None:
    result = list(stream_turn(turn, None, service.record_audit))[-1]
    service.finish(turn, result)  # type: ignore[arg-type]


def _contents(ws: Workspace, conversation_id: int) -> list[str]:
    return [m.content for m in ws.messages(conversation_id)]


def test_regenerate_keeps_versions_and_history_uses_the_chosen_one(
    configured_model: LLMTestServer,
) -> None:
    with Workspace.open() as ws:
        client = ws.add_client("Acme")
        conv = ws.store.conversations.create(client.id or 0, "t")
        cid = conv.id or 0
        service = AskService(ws)
        configured_model.reply_text = "first answer"
        _, first = service.ask(TurnRequest(cid, "question", context=[]))
        configured_model.reply_text = "second answer"
        turn = service.prepare_retry(first.id or 0)
        _run(service, turn)
        second = turn.reply_message
        assert _contents(ws, cid) == ["question", "second answer"]
        versions = ws.message_versions(second.id or 0)
        assert [v.content for v in versions] == ["first answer", "second answer"]
        assert ws.version_positions(cid) == {second.id: (2, 2)}

        # flip back: version 1 is shown and is what the next turn sends as history
        assert ws.flip_version(second.id or 0, -1) is not None
        assert ws.flip_version(first.id or 0, -1) is None  # no version before 1
        assert _contents(ws, cid) == ["question", "first answer"]
        assert ws.version_positions(cid) == {first.id: (1, 2)}
        configured_model.reply_text = "third"
        service.ask(TurnRequest(cid, "follow-up", context=[]))
        sent = [m["content"] for m in configured_model.requests[-1]["messages"]]
        assert "first answer" in sent and "second answer" not in sent
        assert _contents(ws, cid) == ["question", "first answer", "follow-up", "third"]

        # the follow-up belongs to version 1: choosing version 2 leaves it behind
        ws.choose_version(second.id or 0)
        assert _contents(ws, cid) == ["question", "second answer"]
        ws.choose_version(first.id or 0)
        assert _contents(ws, cid)[-1] == "third"


def test_the_choice_survives_a_restart(configured_model: LLMTestServer) -> None:
    with Workspace.open() as ws:
        client = ws.add_client("Acme")
        cid = ws.store.conversations.create(client.id or 0, "t").id or 0
        service = AskService(ws)
        configured_model.reply_text = "one"
        _, first = service.ask(TurnRequest(cid, "q", context=[]))
        configured_model.reply_text = "two"
        _run(service, service.prepare_retry(first.id or 0))
        ws.choose_version(first.id or 0)
    with Workspace.open() as ws:
        assert _contents(ws, cid) == ["q", "one"]
        assert ws.version_positions(cid) == {first.id: (1, 2)}


def test_a_cut_regeneration_is_kept_as_interrupted(configured_model: LLMTestServer) -> None:
    with Workspace.open() as ws:
        client = ws.add_client("Acme")
        cid = ws.store.conversations.create(client.id or 0, "t").id or 0
        service = AskService(ws)
        configured_model.reply_text = "alpha beta gamma delta epsilon zeta"
        _, first = service.ask(TurnRequest(cid, "q", context=[]))
        turn = service.prepare_retry(first.id or 0, model_ref="local/cut")
        events = stream_turn(turn, None, service.record_audit)
        shown = ""
        with pytest.raises(GatewayError) as caught:
            for event in events:
                shown += getattr(event, "text", "")
        stored = service.fail(turn, caught.value, shown)
        assert stored.status == MessageStatus.INTERRUPTED
        versions = ws.message_versions(first.id or 0)
        assert [v.status for v in versions] == [MessageStatus.COMPLETE, MessageStatus.INTERRUPTED]
        assert versions[0].content == "alpha beta gamma delta epsilon zeta"


def test_edit_makes_a_new_user_version_and_keeps_the_old_branch(
    configured_model: LLMTestServer,
) -> None:
    with Workspace.open() as ws:
        client = ws.add_client("Acme")
        cid = ws.store.conversations.create(client.id or 0, "t").id or 0
        service = AskService(ws)
        configured_model.reply_text = "r1"
        first_turn, _ = service.ask(TurnRequest(cid, "first question", context=[]))
        configured_model.reply_text = "r2"
        service.ask(TurnRequest(cid, "second question", context=[]))
        configured_model.reply_text = "r1 edited"
        turn = service.prepare_edit(first_turn.user_message.id or 0, "first question, better")
        _run(service, turn)
        assert _contents(ws, cid) == ["first question, better", "r1 edited"]
        sent = [m["content"] for m in configured_model.requests[-1]["messages"]]
        assert not any("second question" in c or c == "r1" for c in sent)
        new_user = turn.user_message
        assert new_user.role == Role.USER
        assert ws.version_positions(cid)[new_user.id or 0] == (2, 2)
        ws.flip_version(new_user.id or 0, -1)
        assert _contents(ws, cid) == ["first question", "r1", "second question", "r2"]
        with pytest.raises(ServiceError, match="empty"):
            service.prepare_edit(new_user.id or 0, "   ")
        with pytest.raises(ServiceError, match="Only a message of yours"):
            service.prepare_edit(turn.reply_message.id or 0, "x")


def test_delete_conversation_takes_a_backup_first(configured_model: LLMTestServer) -> None:
    with Workspace.open() as ws:
        client = ws.add_client("Acme")
        cid = ws.store.conversations.create(client.id or 0, "t").id or 0
        AskService(ws).ask(TurnRequest(cid, "keep me in the backup", context=[]))
        backup = ws.delete_conversation(cid)
        assert ws.store.conversations.list_for_client(client.id or 0) == []
        with pytest.raises(ServiceError):
            ws.delete_conversation(cid)
    saved = Store.open(backup)
    try:
        first = saved.conversations.messages(cid)[0]
        assert first.content == "keep me in the backup"
    finally:
        saved.close()


def test_cli_conversation_export(
    configured_model: LLMTestServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from consultant.cli import main

    with Workspace.open() as ws:
        client = ws.add_client("Acme")
        cid = ws.store.conversations.create(client.id or 0, "Portal <b>").id or 0
        configured_model.reply_text = "first"
        _, first = AskService(ws).ask(TurnRequest(cid, "a & b &lt;", context=[]))
        configured_model.reply_text = "second"
        service = AskService(ws)
        _run(service, service.prepare_retry(first.id or 0))
    out_md, out_html = tmp_path / "c.md", tmp_path / "c.html"
    assert main(["conversation", "export", str(cid), "-o", str(out_md)]) == 0
    assert main(["conversation", "export", str(cid), "--format", "html", "-o", str(out_html)]) == 0
    md = out_md.read_text()
    assert "a & b &amp;lt;" in md and "second" in md and "first" not in md  # the chosen version
    assert "<title>Portal &lt;b&gt;</title>" in out_html.read_text()
    assert main(["conversation", "export", "999", "-o", str(out_md)]) == 1
    assert "no conversation with id 999" in capsys.readouterr().err
