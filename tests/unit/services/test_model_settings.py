"""Per-model settings, the one default-model rule, the estimate before sending and the
server's model list — through the services, against the local test server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from consultant.cli import main
from consultant.core.models import AuditEntry, Role, Task
from consultant.core.settings import (
    ModelSettings,
    ProviderSettings,
    Settings,
    load_settings,
    save_settings,
)
from consultant.services import models
from consultant.services.ask import AskService, SendEstimate, TurnRequest
from consultant.services.billing import BillingService
from consultant.services.workspace import ServiceError, Workspace
from tests.llm_server import LLMTestServer

#: About 60 KB of ordinary text: over 6 144 tokens by any count.
PASTE = ("The nightly export to the state registry failed again, error 504 at 02:13. " * 800)[
    :60_000
]


@pytest.fixture
def ws() -> Iterator[Workspace]:
    w = Workspace.open()
    yield w
    w.close()


def _server_settings(server: LLMTestServer, **kwargs: object) -> Settings:
    return Settings(
        providers=[
            ProviderSettings(
                id="team", kind="openai_compatible", label="Team proxy",
                api_base=server.api_base, models=["big"],
            )
        ],
        timeout_seconds=10.0,
        **kwargs,  # type: ignore[arg-type]
    )  # fmt: skip


def _conversation(ws: Workspace) -> int:
    client = ws.add_client("Registry")
    assert client.id is not None
    conv = ws.store.conversations.create(client.id, "Export", Task.CHAT)
    assert conv.id is not None
    return conv.id


# -- the one default-model rule ----------------------------------------------------


def _two(default: str = "", task_models: dict[str, str] | None = None) -> Settings:
    return Settings(
        providers=[ProviderSettings(id="team", kind="openai_compatible",
                                    api_base="http://127.0.0.1:9/v1", models=["big", "small"])],
        default_model=default, task_models=task_models or {},
    )  # fmt: skip


def test_resolution_order_given_task_default() -> None:
    settings = _two("team/big", {"reply": "team/small"})
    assert models.resolve_model_ref(settings, "team/x", Task.REPLY).ref == "team/x"
    assert models.resolve_model_ref(settings, None, Task.REPLY).source == "task"
    assert models.resolve_model_ref(settings, None, Task.REPLY).ref == "team/small"
    chat = models.resolve_model_ref(settings, "  ", Task.CHAT)
    assert (chat.ref, chat.source) == ("team/big", "default")


def test_exactly_one_configured_model_is_the_default_everywhere() -> None:
    settings = _two()
    settings.providers[0].models = ["big"]
    resolved = models.resolve_model_ref(settings, None, Task.INVOICE_TEXT)
    assert (resolved.ref, resolved.source) == ("team/big", "only")
    assert models.default_model_ref(settings, Task.CHAT) == "team/big"
    assert models.choice_for(settings, None, Task.CHAT).ref == "team/big"


def test_several_models_without_default_choose_none_and_say_so_per_front_end() -> None:
    resolved = models.resolve_model_ref(_two(), None, Task.CHAT)
    assert resolved.ref == "" and resolved.candidates == ("team/big", "team/small")
    problem = resolved.problem()
    assert problem is not None
    desktop, cli = str(problem), problem.for_front_end(models.FrontEnd.CLI)
    assert "team/big" in desktop and "Settings → Models" in desktop
    assert "--" not in desktop  # no command-line flag in the desktop's sentence
    assert "--model" in cli and "default_model" in cli
    with pytest.raises(models.ModelNotChosen) as caught:
        models.choice_for(_two(), None, Task.CHAT)
    assert isinstance(caught.value, ServiceError)


def test_nothing_configured_says_how_to_set_up() -> None:
    problem = models.resolve_model_ref(Settings()).problem()
    assert problem is not None
    assert "No model is set up yet" in str(problem) and "--" not in str(problem)
    assert "--model" in problem.cli_message


def test_cli_ask_without_a_default_says_the_cli_fix_and_stores_nothing(
    llm_server: LLMTestServer, ws: Workspace, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    settings = _server_settings(llm_server)
    settings.providers[0].models = ["big", "small"]
    save_settings(settings)
    ws.add_client("Registry")
    note = tmp_path / "note.txt"
    note.write_text("Please look at the export.")
    assert main(["ask", "--client", "Registry", str(note)]) != 0
    err = capsys.readouterr().err
    assert "--model" in err and "no default model is chosen" in err
    client = ws.client("Registry")
    assert ws.store.conversations.list_for_client(client.id or 0) == []
    assert llm_server.requests == []


def test_cli_ask_uses_the_only_model_like_the_desktop(
    llm_server: LLMTestServer, ws: Workspace, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    save_settings(_server_settings(llm_server))  # one model, no default_model
    ws.add_client("Registry")
    note = tmp_path / "note.txt"
    note.write_text("Please look at the export.")
    assert main(["ask", "--client", "Registry", str(note)]) == 0, capsys.readouterr().err
    assert llm_server.requests[-1]["model"] == "big"
    assert main(["models"]) == 0
    assert "the only configured model, team/big, is used" in capsys.readouterr().out


def test_failed_suggestion_leaves_no_empty_conversation(
    llm_server: LLMTestServer, ws: Workspace
) -> None:
    settings = _server_settings(llm_server)
    settings.providers[0].models = ["big", "small"]  # no default: nothing can be chosen
    save_settings(settings)
    ws.add_client("Acme", rate="100", currency="EUR")
    billing = BillingService(ws)
    billing.log_time("Acme", "1h", "vpn")
    invoice = billing.create_draft("Acme", all_unbilled=True)
    assert invoice.id is not None
    with pytest.raises(models.ModelNotChosen) as caught:
        billing.prepare_suggestion(invoice.id)
    assert "--" not in str(caught.value)
    assert ws.store.conversations.list_for_client(ws.client("Acme").id or 0) == []
    # A malformed model is refused the same way, before anything is stored.
    with pytest.raises(ServiceError):
        billing.prepare_suggestion(invoice.id, "no-slash")
    assert ws.store.conversations.list_for_client(ws.client("Acme").id or 0) == []


def test_suggestion_uses_the_only_model(llm_server: LLMTestServer, ws: Workspace) -> None:
    save_settings(_server_settings(llm_server))
    llm_server.reply_text = "1. Fixed the VPN"
    ws.add_client("Acme", rate="100", currency="EUR")
    billing = BillingService(ws)
    billing.log_time("Acme", "1h", "vpn")
    invoice = billing.create_draft("Acme", all_unbilled=True)
    assert invoice.id is not None
    assert billing.suggest_descriptions(invoice.id) == ["Fixed the VPN"]
    assert llm_server.requests[-1]["model"] == "big"


# -- per-model settings honoured by the ask use case ----------------------------


def test_a_60kb_paste_on_an_unknown_model_is_refused_without_a_context_window(
    llm_server: LLMTestServer, ws: Workspace
) -> None:
    conversation_id = _conversation(ws)
    service = AskService(ws, _server_settings(llm_server))
    with pytest.raises(ServiceError):
        service.prepare(TurnRequest(conversation_id, PASTE, Task.CHAT, context=[]))
    assert ws.messages(conversation_id) == []


def test_a_60kb_paste_fits_with_the_models_context_window(
    llm_server: LLMTestServer, ws: Workspace
) -> None:
    conversation_id = _conversation(ws)
    settings = _server_settings(
        llm_server,
        model_settings={"team/big": ModelSettings(200_000, 4096, 0.2)},
    )
    service = AskService(ws, settings)
    turn, reply = service.ask(TurnRequest(conversation_id, PASTE, Task.CHAT, context=[]))
    assert turn.max_tokens == 4096 and turn.temperature == 0.2
    sent = llm_server.requests[-1]
    assert sent["max_tokens"] == 4096
    assert sent["temperature"] == 0.2
    assert PASTE[:5000] in sent["messages"][-1]["content"]
    assert [m.role for m in ws.messages(conversation_id)] == [Role.USER, Role.ASSISTANT]
    assert reply.content == llm_server.reply_text


def test_cli_honours_model_settings_from_the_file(
    llm_server: LLMTestServer, ws: Workspace, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = save_settings(_server_settings(llm_server, default_model="team/big"))
    data = json.loads(path.read_text())
    data["model_settings"] = {"team/big": {"context_window": 200000, "temperature": 0.5}}
    path.write_text(json.dumps(data))
    ws.add_client("Registry")
    paste = tmp_path / "paste.txt"
    paste.write_text(PASTE)
    code = main(["ask", "--client", "Registry", "--context", "none", str(paste)])
    assert code == 0, capsys.readouterr().err
    assert llm_server.requests[-1]["temperature"] == 0.5
    assert "max_tokens" not in llm_server.requests[-1]  # automatic: the server decides


def test_model_limits_sources() -> None:
    settings = _two()
    choice = models.choice_for(settings, "team/big")
    auto = models.model_limits(settings, choice)
    assert (auto.context_window, auto.context_source) == (8192, "default")
    assert auto.input_budget == 8192 - 2048 and auto.max_output_tokens is None
    settings.model_settings["team/big"] = ModelSettings(context_window=32_000,
                                                        max_output_tokens=30_000)  # fmt: skip
    own = models.model_limits(settings, choice)
    assert (own.context_window, own.context_source) == (32_000, "settings")
    assert own.output_reserve == 16_000  # never more than half the window
    assert own.max_output_tokens == 30_000


@pytest.mark.parametrize(
    ("window", "output", "temperature", "expected", "problem"),
    [
        ("", "", "", ModelSettings(), None),
        ("200 000", "4,096", "0,2", ModelSettings(200_000, 4096, 0.2), None),
        ("200_000", "", "1", ModelSettings(200_000, None, 1.0), None),
        ("lots", "", "", None, "whole number"),
        ("100", "", "", None, "between"),
        ("", "-5", "", None, "whole number"),
        ("", "", "3", None, "0 to 2"),
        ("", "", "nan", None, "0 to 2"),
        ("8000", "8000", "", None, "smaller than the context window"),
    ],
)
def test_parse_model_settings_fields(
    window: str, output: str, temperature: str, expected: ModelSettings | None,
    problem: str | None,
) -> None:  # fmt: skip
    parsed, sentence, _field = models.parse_model_settings_fields(window, output, temperature)
    if problem is None:
        assert sentence is None and parsed == expected
    else:
        assert sentence is not None and problem in sentence


def test_automatic_limits_say_what_automatic_means(monkeypatch: pytest.MonkeyPatch) -> None:
    from consultant.llm import gateway

    monkeypatch.setattr(gateway, "litellm_loaded", lambda: True)
    monkeypatch.setattr(gateway, "context_window", lambda choice: None)
    text = models.automatic_limits(_two(), "team/big")["context_window"]
    assert text == "automatic: 8\u202f192 (litellm does not know this model)"
    monkeypatch.setattr(gateway, "context_window", lambda choice: 128_000)
    text = models.automatic_limits(_two(), "team/big")["context_window"]
    assert text == "automatic: 128\u202f000 (litellm's table)"


# -- the estimate before sending ------------------------------------------------


def test_estimate_counts_what_would_be_sent_without_sending(
    llm_server: LLMTestServer, ws: Workspace
) -> None:
    conversation_id = _conversation(ws)
    service = AskService(ws, _server_settings(llm_server))
    estimate = service.estimate(TurnRequest(conversation_id, "x" * 4000, Task.CHAT, context=[]))
    assert isinstance(estimate, SendEstimate)
    assert estimate.method == "characters"  # litellm does not know "team/big"
    assert 1000 < estimate.prompt_tokens < 2000  # 4 000 characters plus the instructions
    assert estimate.input_cost_microusd is None
    assert estimate.label.startswith("≈ ") and "estimated from characters" in estimate.label
    assert "cost unknown" in estimate.label
    assert estimate.context_window == 8192
    assert llm_server.requests == [] and ws.messages(conversation_id) == []
    assert service.estimate(TurnRequest(conversation_id, "  ", Task.CHAT)) is None


def test_estimate_uses_litellm_and_its_price_for_a_known_model(ws: Workspace) -> None:
    from consultant.llm import gateway

    gateway.preload_litellm()
    settings = Settings(providers=[ProviderSettings(id="openai", kind="openai",
                                                    models=["gpt-4o-mini"])],
                        default_model="openai/gpt-4o-mini")  # fmt: skip
    conversation_id = _conversation(ws)
    estimate = AskService(ws, settings).estimate(
        TurnRequest(conversation_id, "Hello there, how are you?", Task.CHAT, context=[])
    )
    assert estimate is not None
    assert estimate.method == "litellm"
    assert estimate.input_cost_microusd is not None and estimate.input_cost_microusd > 0
    assert "$" in estimate.label and "characters" not in estimate.label


def test_estimate_is_none_without_a_model(ws: Workspace) -> None:
    conversation_id = _conversation(ws)
    assert AskService(ws, _two()).estimate(TurnRequest(conversation_id, "hi")) is None


# -- asking the server for its models --------------------------------------------


def test_list_server_models_goes_through_the_audited_door(llm_server: LLMTestServer) -> None:
    provider = _server_settings(llm_server).providers[0]
    entries: list[AuditEntry] = []
    answer = models.list_server_models(provider, entries.append)
    assert answer.reachable and answer.models == ["test"]
    assert [path for path, _ in llm_server.gets] == ["/v1/models"]
    assert len(entries) == 1 and entries[0].outcome == "ok"


def test_list_server_models_without_an_address_sends_nothing() -> None:
    entries: list[AuditEntry] = []
    answer = models.list_server_models(
        ProviderSettings(id="team", kind="openai_compatible"), entries.append
    )
    assert not answer.reachable and "server address" in answer.message
    assert entries == []


def test_settings_file_keeps_model_settings_after_a_models_save(
    llm_server: LLMTestServer,
) -> None:
    settings = _server_settings(llm_server, model_settings={"team/big": ModelSettings(64_000)})
    models.save(settings)
    assert load_settings().settings.settings_for_model("team/big").context_window == 64_000


def test_the_clients_default_model_comes_after_an_explicit_choice() -> None:
    from consultant.core.models import Client
    from consultant.services.models import resolve_model_ref

    settings = Settings(default_model="team/big", task_models={"reply": "team/small"})
    client = Client(id=1, uid="u", name="Acme", default_model="ollama/llama3")
    assert resolve_model_ref(settings, None, Task.REPLY, client=client).source == "client"
    assert resolve_model_ref(settings, None, Task.REPLY, client=client).ref == "ollama/llama3"
    assert resolve_model_ref(settings, "team/x", Task.REPLY, client=client).ref == "team/x"
    assert resolve_model_ref(settings, None, Task.REPLY).ref == "team/small"
