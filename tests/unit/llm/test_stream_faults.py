"""A reply is ``complete`` only with a finish reason: streams that merely end are not.

The loopback test server answers ``200 OK`` in ways a real proxy or a dying server
does — a close-delimited stream cut short, chunks without a finish reason, an HTML
error page, ``[DONE]`` alone, truncated JSON, an empty body — and the gateway, the
ask service, the CLI and the audit log must all say the reply did not finish.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from consultant.cli import main
from consultant.core.models import AuditEntry, MessageStatus, Task
from consultant.llm import errors
from consultant.llm.providers import ModelChoice, ProviderKind
from consultant.services.ask import AskService, TurnRequest
from consultant.services.workspace import Workspace
from tests.llm_server import LLMTestServer
from tests.support import complete

REPLY = "The fax portal is down because the certificate expired last night."
#: mode -> (error class, whether part of the reply arrived first)
FAULTS = {
    "close-delimited": (errors.StreamInterrupted, True),
    "no-finish": (errors.StreamInterrupted, True),
    "bad-json": (errors.GatewayError, True),
    "html": (errors.GatewayError, False),
    "done-only": (errors.GatewayError, False),
    "empty": (errors.GatewayError, False),
}


def _choice(server: LLMTestServer, model: str) -> ModelChoice:
    return ModelChoice(
        model=f"openai/{model}", provider_id="local", kind=ProviderKind.OPENAI_COMPATIBLE,
        api_base=server.api_base, timeout=5.0, label="Test server",
    )  # fmt: skip


@pytest.mark.parametrize("mode", sorted(FAULTS))
def test_gateway_never_reports_an_unfinished_stream_as_ok(
    llm_server: LLMTestServer, mode: str
) -> None:
    llm_server.reply_text = REPLY
    llm_server.cut_after = 3
    audit: list[AuditEntry] = []
    error_class, partial = FAULTS[mode]
    deltas: list[str] = []
    with pytest.raises(error_class) as caught:
        for event in complete(
            [{"role": "user", "content": "Why is the fax down?"}],
            _choice(llm_server, mode),
            audit=audit.append,
        ):
            text = getattr(event, "text", "")
            if type(event).__name__ == "TextDelta":
                deltas.append(text)
    assert caught.value.user_message and "Traceback" not in caught.value.user_message
    if partial:
        assert caught.value.partial_text, "the text that arrived is kept"
        assert REPLY.startswith(caught.value.partial_text.strip()[:10])
    assert [e.outcome for e in audit] != ["ok"] and len(audit) == 1


@pytest.mark.parametrize("mode", ["close-delimited", "no-finish", "html", "done-only"])
def test_service_stores_an_unfinished_reply_as_not_complete(
    configured_model: LLMTestServer, mode: str
) -> None:
    configured_model.reply_text = REPLY
    with Workspace.open() as ws:
        client = ws.add_client("Acme")
        conv = ws.store.conversations.create(client.id or 0, "Fax", task=Task.INTERPRET)
        with pytest.raises(errors.GatewayError):
            AskService(ws).ask(
                TurnRequest(conv.id or 0, "Why is the fax down?", model_ref=f"local/{mode}")
            )
        reply = ws.messages(conv.id or 0)[-1]
        assert reply.status in (MessageStatus.INTERRUPTED, MessageStatus.ERROR)
        assert reply.status is not MessageStatus.COMPLETE and reply.error
        if mode in ("close-delimited", "no-finish"):
            assert reply.status is MessageStatus.INTERRUPTED and reply.content
        [entry] = ws.store.audit.recent()
        assert entry.outcome != "ok"


@pytest.mark.parametrize("mode", ["close-delimited", "html"])
def test_cli_exits_non_zero_on_an_unfinished_reply(
    configured_model: LLMTestServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    mode: str,
) -> None:
    configured_model.reply_text = REPLY
    note = tmp_path / "note.txt"
    note.write_text("Why is the fax down?")
    assert main(["client", "add", "Acme"]) == 0
    capsys.readouterr()
    code = main(["ask", "--client", "Acme", "--model", f"local/{mode}", str(note)])
    _, err = capsys.readouterr()
    assert code == 1
    assert len(err.strip().splitlines()) >= 1 and "Traceback" not in err
    assert main(["audit", "--json"]) == 0
    [entry] = json.loads(capsys.readouterr().out)
    assert entry["outcome"] != "ok"
