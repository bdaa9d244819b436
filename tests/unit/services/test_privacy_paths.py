"""What reaches a model server, through the real front ends, for each privacy policy.

A typical home-health e-mail whose people are NOT the client's contacts (only the
sender is) goes through the ask service, the CLI and the desktop window to the
OpenAI-compatible test server on 127.0.0.1; the tests read what the server
received. Dropping the client's policy anywhere on the way (or its names) makes
them fail.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from consultant.cli import main
from consultant.core.models import MessageStatus, Role, Task
from consultant.core.settings import ProviderSettings, Settings, save_settings
from consultant.services.ask import AskService, TurnRequest
from consultant.services.workspace import Workspace
from tests.llm_server import LLMTestServer

EMAIL = """From: Maria Delgado <maria.delgado@sunrise-hh.org>
To: Sam Carter <sam@carter-consulting.io>
Subject: SRFax not sending referrals again

Hi Sam,

SRFax stopped sending our referral packets again this morning. Nurse Tamsin tried
twice from the Availity screen for Mr. Okafor (DOB 03/14/1952, MRN 00482913) and
Mrs. Hannelore Brandt, who lives at 1420 Elm Street, Apt 3B, Springfield, IL 62704.
The fax went to (217) 555-0143 and came back with ERR-4012 at 11:07.
Her Medicaid ID is 123456789A and her daughter's cell is 217.555.0199.

Can you look before Friday? Ticket INC0012345 is open with their support.

Thanks,
Maria Delgado
Intake Coordinator, Sunrise Home Health
"""

#: Personal data in EMAIL: none of it may reach the server for a ``redact`` client.
SECRETS = (
    "Maria", "Delgado", "maria.delgado@sunrise-hh.org", "Tamsin", "Okafor", "Hannelore",
    "Brandt", "03/14/1952", "00482913", "1420 Elm", "62704", "555-0143", "555.0199",
    "123456789A",
)  # fmt: skip
#: What must stay readable so the answer is useful.
KEEP = ("SRFax", "Availity", "ERR-4012", "11:07", "INC0012345", "Medicaid")

REPLY = "Dear [PERSON_1], I will check SRFax for [PERSON_3]."


def _wire(server: LLMTestServer) -> str:
    assert server.requests, "the server received nothing"
    return json.dumps(server.requests[-1]["messages"], ensure_ascii=False)


def _setup(ws: Workspace, policy: str) -> int:
    client = ws.add_client("Sunrise Home Health", privacy=policy)
    assert client.id is not None
    ws.add_contact("Sunrise Home Health", "maria.delgado@sunrise-hh.org", name="Maria Delgado")
    return client.id


def _ask(ws: Workspace, client_id: int) -> AskService:
    conv = ws.store.conversations.create(client_id, "Referrals", task=Task.INTERPRET)
    service = AskService(ws)
    service.ask(TurnRequest(conv.id or 0, EMAIL, Task.INTERPRET))
    return service


def test_service_redact_sends_no_personal_data(configured_model: LLMTestServer) -> None:
    configured_model.reply_text = "Summary for [PERSON_1]: SRFax fails."
    with Workspace.open() as ws:
        client_id = _setup(ws, "redact")
        _ask(ws, client_id)
        wire = _wire(configured_model)
        leaked = [s for s in SECRETS if s in wire]
        assert leaked == []
        kept = [k for k in KEEP if k in wire]
        assert kept == list(KEEP)
        # The app's own instructions are never masked.
        assert "[PERSON_" not in configured_model.requests[-1]["messages"][0]["content"][:200]
        [conv] = ws.store.conversations.list_for_client(client_id)
        reply = ws.messages(conv.id or 0)[-1]
        assert reply.status == MessageStatus.COMPLETE
        assert "[PERSON_" not in reply.content
        assert reply.content.startswith("Summary for ")
        [entry] = ws.store.audit.recent()
        assert entry.redactions >= len(SECRETS) - 4 and entry.client_id == client_id


def test_service_cloud_sends_the_text_as_written(configured_model: LLMTestServer) -> None:
    with Workspace.open() as ws:
        _ask(ws, _setup(ws, "cloud"))
    wire = _wire(configured_model)
    assert all(s in wire for s in SECRETS)


def test_service_local_only_refuses_a_loopback_server_not_declared_local(
    configured_model: LLMTestServer,
) -> None:
    with Workspace.open() as ws:
        client_id = _setup(ws, "local_only")
        with pytest.raises(Exception, match="local") as caught:
            _ask(ws, client_id)
        assert "local_inference" in str(caught.value) or "this computer" in str(caught.value)
        [entry] = ws.store.audit.recent()
        assert entry.outcome == "privacy_refused" and entry.chars_sent == 0
    assert configured_model.requests == []


def test_service_local_only_goes_through_to_a_declared_local_server(
    llm_server: LLMTestServer,
) -> None:
    save_settings(
        Settings(
            providers=[
                ProviderSettings(
                    id="box", kind="openai_compatible", api_base=llm_server.api_base,
                    models=["test-model"], local_inference=True,
                )
            ],
            default_model="box/test-model",
            timeout_seconds=5.0,
        )
    )  # fmt: skip
    with Workspace.open() as ws:
        _ask(ws, _setup(ws, "local_only"))
    # The model runs on this machine: nothing needs masking, and the call went through.
    assert all(s in _wire(llm_server) for s in SECRETS)


def test_cli_redact_sends_no_personal_data_and_shows_it_restored(
    configured_model: LLMTestServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mail = tmp_path / "mail.eml"
    mail.write_text(EMAIL, encoding="utf-8")
    assert main(["client", "add", "Sunrise Home Health", "--privacy", "redact"]) == 0
    assert main(["contact", "add", "--client", "Sunrise Home Health",
                 "maria.delgado@sunrise-hh.org", "--name", "Maria Delgado"]) == 0  # fmt: skip
    capsys.readouterr()
    configured_model.reply_text = REPLY
    code = main(["ask", "--client", "Sunrise Home Health", "--model", "local/test-model",
                 "--task", "interpret", str(mail)])  # fmt: skip
    out, err = capsys.readouterr()
    assert code == 0, err
    wire = _wire(configured_model)
    assert [s for s in SECRETS if s in wire] == []
    assert all(k in wire for k in KEEP)
    # The answer the user sees has the real values back.
    assert "[PERSON_" not in out
    assert out.startswith("Dear ")
    assert main(["audit", "--json"]) == 0
    [entry] = json.loads(capsys.readouterr().out)
    assert entry["redactions"] > 0 and entry["outcome"] == "ok"


def test_cli_local_only_refused_and_nothing_sent(
    configured_model: LLMTestServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mail = tmp_path / "mail.eml"
    mail.write_text(EMAIL, encoding="utf-8")
    assert main(["client", "add", "Registry", "--privacy", "local_only"]) == 0
    capsys.readouterr()
    code = main(["ask", "--client", "Registry", "--model", "local/test-model", str(mail)])
    _, err = capsys.readouterr()
    assert code == 1
    assert "local_inference" in err and len(err.strip().splitlines()) == 1
    assert configured_model.requests == []


def test_desktop_redact_sends_no_personal_data(
    qtbot: QtBot, configured_model: LLMTestServer, consultant_home: Path
) -> None:
    from consultant.ui.main_window import MainWindow
    from tests.unit.ui.window_support import open_new_conversation

    configured_model.reply_text = REPLY
    ws = Workspace.open(consultant_home)
    try:
        client_id = _setup(ws, "redact")
        window = MainWindow(ws)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.reload_models()
        open_new_conversation(window, ws.store.clients.get(client_id))
        window.composer.set_task(Task.INTERPRET)
        window.composer.edit.setPlainText(EMAIL)
        window.send()

        def finished() -> bool:
            conv = window.current_conversation
            if conv is None:
                return False
            messages = ws.messages(conv.id or 0)
            return len(messages) == 2 and messages[-1].status == MessageStatus.COMPLETE

        qtbot.waitUntil(finished, timeout=10_000)
        wire = _wire(configured_model)
        assert [s for s in SECRETS if s in wire] == []
        assert all(k in wire for k in KEEP)
        conv = window.current_conversation
        assert conv is not None
        shown = ws.messages(conv.id or 0)[-1].content
        assert shown.startswith("Dear ") and "[PERSON_" not in shown
        window.close()
    finally:
        ws.close()


def test_cli_client_mask_lists_reach_the_redactor(
    configured_model: LLMTestServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mail = tmp_path / "mail.txt"
    mail.write_text("Hi Sam, Parker (our EHR) fails on Ward 7B again. Tamsin\n", encoding="utf-8")
    assert main(["client", "add", "Sunrise Home Health", "--privacy", "redact"]) == 0
    assert main(["client", "edit", "Sunrise Home Health", "--never-mask", "Parker",
                 "--always-mask", "Ward 7B"]) == 0  # fmt: skip
    assert main(["client", "show", "Sunrise Home Health", "--json"]) == 0
    shown = json.loads(_last_json(capsys))
    assert shown["never_mask"] == ["Parker"] and shown["always_mask"] == ["Ward 7B"]
    code = main(["ask", "--client", "Sunrise Home Health", "--model", "local/test-model",
                 str(mail)])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    wire = _wire(configured_model)
    assert "Parker" in wire and "Ward 7B" not in wire and "Tamsin" not in wire
    # An empty value clears a list.
    assert main(["client", "edit", "Sunrise Home Health", "--never-mask", ""]) == 0
    capsys.readouterr()
    assert main(["client", "show", "Sunrise Home Health", "--json"]) == 0
    assert json.loads(_last_json(capsys))["never_mask"] == []


def _last_json(capsys: pytest.CaptureFixture[str]) -> str:
    out = capsys.readouterr().out
    return out[out.index("{") :]


def test_a_removed_snippet_is_not_sent_when_context_is_retrieved_at_send(
    configured_model: LLMTestServer,
) -> None:
    with Workspace.open() as ws:
        client = ws.add_client("Acme")
        old = ws.store.conversations.create(client.id or 0, "Fax")
        secret = ws.store.conversations.add_message(
            old.id or 0, Role.USER, "The fax portal Faxtastic rejects referrals again."
        )
        conv = ws.store.conversations.create(client.id or 0, "New")
        service = AskService(ws)
        request = TurnRequest(conv.id or 0, "Faxtastic rejects referrals", Task.CHAT)
        proposed = service.propose_context(conv.id or 0, request.text)
        assert secret.id in [s.message_id for s in proposed]
        request.exclude_context = frozenset({secret.id or 0})
        turn, _ = service.ask(request)
        assert secret.id not in [s.message_id for s in turn.context]
    assert "again." not in _wire(configured_model)
