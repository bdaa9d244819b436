"""Provider kinds, model resolution, loopback rules and local-server detection."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from consultant.core.models import AuditEntry
from consultant.core.settings import ProviderSettings, Settings
from consultant.llm import secrets
from consultant.llm.errors import ConfigurationError
from consultant.llm.providers import (
    DEFAULT_OLLAMA_BASE,
    LOCAL_INFERENCE_LABEL,
    ModelChoice,
    ProviderKind,
    detect_ollama,
    effective_providers,
    is_local_choice,
    is_loopback_url,
    list_models_status,
    local_refusal,
    loopback_url,
    probe_api_base,
    resolve_model,
    runs_on_this_machine,
)
from tests.llm_server import LLMTestServer


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://localhost:11434", True),
        ("http://LOCALHOST/v1", True),
        ("http://127.0.0.1:4000/v1", True),
        ("http://127.8.9.10", True),
        ("http://[::1]:8080/v1", True),
        ("http://[::ffff:127.0.0.1]/", True),
        ("127.0.0.1:4000", True),
        ("http://10.255.255.1:9/v1", False),
        ("http://192.168.1.2:11434", False),
        ("https://api.openai.com/v1", False),
        ("http://localhost.example.com", False),
        ("http://127.0.0.1.nip.io", False),
        ("http://gpu.localhost:8000", False),
        ("http://localhost.:8000", False),
        ("http://0.0.0.0:8000", False),
        ("http://127.1:8000", False),
        ("http://2130706433/", False),
        ("http://user@evil.com#@127.0.0.1", False),
        ("http://127.0.0.1:4000@evil.com/v1", False),
        ("http://127.0.0.1:99999", False),
        ("", False),
        (None, False),
    ],
)
def test_is_loopback_url(url: str | None, expected: bool) -> None:
    assert is_loopback_url(url) is expected


def _server(
    kind: ProviderKind, api_base: str | None, local_inference: bool, label: str = ""
) -> ModelChoice:
    prefix = "ollama_chat" if kind is ProviderKind.OLLAMA else "openai"
    return ModelChoice(
        f"{prefix}/m", "p", kind, api_base=api_base, local_inference=local_inference, label=label
    )


OLLAMA = ProviderKind.OLLAMA
COMPATIBLE = ProviderKind.OPENAI_COMPATIBLE


@pytest.mark.parametrize(
    ("choice", "allowed", "words"),
    [
        (ModelChoice("m", "f", ProviderKind.LOCAL_GGUF, model_path="/x.gguf"), True, ""),
        # Ollama: on by default on loopback (resolve_model fills the flag), off when unticked.
        (_server(OLLAMA, None, True), True, ""),
        (_server(OLLAMA, "http://localhost:11434", True), True, ""),
        (_server(OLLAMA, "http://localhost:11434", False), False, "not declared"),
        (_server(OLLAMA, "http://10.0.0.5:11434", True), False, "declared as running"),
        # OpenAI-compatible on loopback: only with the flag.
        (_server(COMPATIBLE, "http://127.0.0.1:4000", False), False, "not declared"),
        (_server(COMPATIBLE, "http://127.0.0.1:4000", True), True, ""),
        (_server(COMPATIBLE, "http://localhost:4000/v1", True), True, ""),
        (_server(COMPATIBLE, "http://[::1]:4000/v1", True), True, ""),
        (_server(COMPATIBLE, "http://[::ffff:127.0.0.1]:4000", True), True, ""),
        (_server(COMPATIBLE, "http://127.9.8.7:4000", True), True, ""),
        # Names other than exactly "localhost" are never resolved, never local.
        (_server(COMPATIBLE, "http://gpu.localhost:4000", True), False, "declared as running"),
        (_server(COMPATIBLE, "http://localhost.evil.com", True), False, "declared as running"),
        (_server(COMPATIBLE, "http://127.0.0.1.nip.io", True), False, "declared as running"),
        (_server(COMPATIBLE, "http://0.0.0.0:4000", True), False, "declared as running"),
        (_server(COMPATIBLE, "http://192.168.1.20:4000", True), False, "declared as running"),
        (_server(COMPATIBLE, "http://192.168.1.20:4000", False), False, "is not on this computer"),
        # Cloud kinds are never local, whatever the flag or address says.
        (ModelChoice("openai/gpt-4o", "openai", ProviderKind.OPENAI), False, "cloud service"),
        (
            ModelChoice(
                "openai/gpt-4o",
                "openai",
                ProviderKind.OPENAI,
                api_base="http://127.0.0.1:4000",
                local_inference=True,
            ),
            False,
            "cloud service",
        ),
        (ModelChoice("anthropic/c", "anthropic", ProviderKind.ANTHROPIC), False, "cloud service"),
    ],
)
def test_local_choice_matrix(choice: ModelChoice, allowed: bool, words: str) -> None:
    assert is_local_choice(choice) is allowed
    # redact need not mask exactly when the model runs here.
    assert runs_on_this_machine(choice) is allowed
    refusal = local_refusal(choice)
    if allowed:
        assert refusal is None
    else:
        assert refusal is not None and words in refusal
        assert refusal.startswith("This client is set to local-only")
        assert "privacy setting" in refusal


def test_refusal_for_an_undeclared_loopback_server_names_the_setting() -> None:
    refusal = local_refusal(_server(COMPATIBLE, "http://127.0.0.1:4000", False))
    assert refusal == (
        "This client is set to local-only, and the server at http://127.0.0.1:4000 is not "
        "declared as running the model on this computer. In Settings → Models, tick “This "
        "server runs the model on this computer and does not forward requests” for it "
        '("local_inference": true in settings.json), choose a local model file, or change '
        "the client's privacy setting."
    )
    assert LOCAL_INFERENCE_LABEL in refusal


def test_refusals_are_distinct_and_never_show_a_password() -> None:
    undeclared = local_refusal(_server(COMPATIBLE, "http://127.0.0.1:4000", False))
    remote = local_refusal(_server(COMPATIBLE, "http://u:hunter2@10.1.1.1:4000", True))
    cloud = local_refusal(ModelChoice("openai/gpt-4o", "openai", ProviderKind.OPENAI))
    assert len({undeclared, remote, cloud}) == 3
    assert remote is not None and "hunter2" not in remote and "10.1.1.1:4000" in remote
    assert cloud is not None and "OpenAI is a cloud service" in cloud
    labelled = local_refusal(_server(OLLAMA, "http://localhost:11434", False, label="Box"))
    assert labelled is not None
    assert "Box (the Ollama server at http://localhost:11434)" in labelled


def test_resolve_model_fills_local_inference() -> None:
    settings = Settings(
        providers=[
            ProviderSettings(id="box", kind="openai_compatible", api_base="http://localhost:8080"),
            ProviderSettings(
                id="mine", kind="openai_compatible", api_base="http://localhost:8081",
                local_inference=True,
            ),
            ProviderSettings(id="oll", kind="ollama", local_inference=True),
            ProviderSettings(id="off", kind="ollama", local_inference=False),
            ProviderSettings(id="cloud", kind="openai", local_inference=True),
        ]
    )  # fmt: skip
    flags = {
        ref.split("/")[0]: resolve_model(settings, ref).local_inference
        for ref in ("box/m", "mine/m", "oll/m", "off/m", "cloud/m", "ollama/llama3")
    }
    # An unconfigured "ollama/..." reference is Ollama on localhost: on by default.
    assert flags == {
        "box": False, "mine": True, "oll": True, "off": False, "cloud": False, "ollama": True
    }  # fmt: skip
    assert is_local_choice(resolve_model(settings, "ollama/llama3"))
    assert not is_local_choice(resolve_model(settings, "box/m"))
    assert is_local_choice(resolve_model(settings, "mine/m"))


def test_resolve_model_for_configured_and_builtin_providers() -> None:
    settings = Settings(
        providers=[
            ProviderSettings(
                id="work",
                kind="openai_compatible",
                api_base="http://127.0.0.1:4000",
                label="Work proxy",
            ),
            ProviderSettings(id="mine", kind="local_gguf", model_path="/models/q4.gguf"),
            ProviderSettings(id="lan", kind="ollama"),
        ],
        timeout_seconds=30,
    )
    work = resolve_model(settings, "work/gpt-4o-mini")
    assert (work.model, work.kind, work.api_base, work.timeout, work.provider_name) == (
        "openai/gpt-4o-mini",
        ProviderKind.OPENAI_COMPATIBLE,
        "http://127.0.0.1:4000",
        30,
        "Work proxy",
    )
    assert work.ref == "work/gpt-4o-mini"
    gguf = resolve_model(settings, "mine/q4")
    assert (gguf.kind, gguf.model_path) == (ProviderKind.LOCAL_GGUF, "/models/q4.gguf")
    lan = resolve_model(settings, "lan/llama3:8b")
    assert (lan.model, lan.api_base) == ("ollama_chat/llama3:8b", DEFAULT_OLLAMA_BASE)
    router = resolve_model(settings, "openrouter/anthropic/claude-3.5-haiku")
    assert router.model == "openrouter/anthropic/claude-3.5-haiku"
    assert router.provider_name == "OpenRouter"
    assert router.ref == "openrouter/anthropic/claude-3.5-haiku"


@pytest.mark.parametrize("ref", ["nobody/model", "gpt-4o", "/x", "work/"])
def test_resolve_model_errors_are_clear(ref: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        resolve_model(Settings(), ref)
    assert caught.value.user_message


def test_disabled_and_incomplete_providers_are_refused() -> None:
    settings = Settings(
        providers=[
            ProviderSettings(id="off", kind="openai", enabled=False),
            ProviderSettings(id="proxy", kind="openai_compatible"),
            ProviderSettings(id="weird", kind="martian"),
        ]
    )
    for ref, words in [
        ("off/x", "switched off"),
        ("proxy/x", "server address"),
        ("weird/x", "Unknown provider kind"),
    ]:
        with pytest.raises(ConfigurationError, match=words):
            resolve_model(settings, ref)


def test_environment_keys_count_as_configured_providers() -> None:
    env = {"ANTHROPIC_API_KEY": "sk-ant-xyz", "GEMINI_API_KEY": " "}
    providers = effective_providers(Settings(), env)
    assert [(p.id, p.kind) for p in providers] == [("anthropic", "anthropic")]
    rows = list_models_status(Settings(), environ=env)
    assert [(r.provider_id, r.key_source, r.reachable) for r in rows] == [
        ("anthropic", "environment", None)
    ]


class _FakeOllama(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = json.dumps({"models": [{"name": "llama3:8b"}, {"name": "qwen2.5:7b"}]}).encode()
        self.send_response(200 if self.path == "/api/tags" else 404)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        return


@pytest.fixture
def fake_ollama() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _FakeOllama)
    thread = threading.Thread(target=httpd.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_detect_ollama_running(fake_ollama: str) -> None:
    audit: list[AuditEntry] = []
    status = detect_ollama(fake_ollama, audit.append)
    assert status.running
    assert status.models == ["llama3:8b", "qwen2.5:7b"]
    assert [(e.purpose, e.outcome, e.provider) for e in audit] == [("model list", "ok", "ollama")]


def test_detect_ollama_not_running_is_quick_and_quiet() -> None:
    audit: list[AuditEntry] = []
    status = detect_ollama(f"http://127.0.0.1:{closed_port()}", audit.append, timeout=0.2)
    assert not status.running and status.models == []
    assert "not running" in status.message
    assert len(audit) == 1 and audit[0].outcome != "ok"


def test_probes_for_local_decisions_refuse_names_without_any_network(
    llm_server: LLMTestServer,
) -> None:
    for base in ("http://gpu.localhost:11434", "http://localhost.evil.com", "http://10.0.0.5:1"):
        status = detect_ollama(base, _ignore, local_only=True)
        assert not status.running and "not a loopback address" in status.message
        ok, message = probe_api_base(base + "/v1", _ignore, local_only=True)
        assert not ok and "not a loopback address" in message
    # localhost is asked as 127.0.0.1 (no resolver): the server sees the literal Host.
    local = llm_server.api_base.replace("127.0.0.1", "localhost")
    assert probe_api_base(local, _ignore, local_only=True)[0] is True


def test_loopback_url_rebuilds_on_the_literal_address() -> None:
    assert loopback_url("http://localhost:4000/v1") == "http://127.0.0.1:4000/v1"
    assert loopback_url("http://[::1]/v1") == "http://[::1]/v1"
    assert loopback_url("http://[::ffff:127.0.0.3]:9/") == "http://127.0.0.3:9/"
    assert loopback_url("http://gpu.localhost:4000") is None
    assert loopback_url(None) is None


def _ignore(entry: AuditEntry) -> None:
    """Audit sink for probes whose entries a test does not look at."""


def test_probe_api_base(llm_server: LLMTestServer) -> None:
    assert probe_api_base(llm_server.api_base, _ignore)[0] is True
    ok, message = probe_api_base(f"http://127.0.0.1:{closed_port()}/v1", _ignore, timeout=0.2)
    assert not ok and "no server answered" in message


def test_probe_sends_the_key_and_a_refusal_is_not_ok(
    llm_server: LLMTestServer, memory_keyring: object
) -> None:
    from consultant.llm import secrets

    secrets.set_api_key("team", "sk-team-key-987")
    audit: list[AuditEntry] = []
    assert probe_api_base(llm_server.api_base, audit.append, provider_id="team")[0] is True
    assert llm_server.gets[-1][1].get("authorization") == "Bearer sk-team-key-987"
    assert [(e.purpose, e.provider) for e in audit] == [("model list", "team")]


def test_list_models_status_checks_only_when_asked(
    fake_ollama: str, llm_server: LLMTestServer, tmp_path: Path
) -> None:
    model_file = tmp_path / "m.gguf"
    model_file.write_bytes(b"GGUF")
    settings = Settings(
        providers=[
            ProviderSettings(id="ollama", kind="ollama", api_base=fake_ollama),
            ProviderSettings(
                id="proxy",
                kind="openai_compatible",
                api_base=llm_server.api_base,
                models=["gpt-4o-mini"],
            ),
            ProviderSettings(id="file", kind="local_gguf", model_path=str(model_file)),
            ProviderSettings(id="gone", kind="local_gguf", model_path=str(tmp_path / "no.gguf")),
            ProviderSettings(id="openai", kind="openai"),
        ]
    )
    rows = list_models_status(settings, environ={})
    assert all(r.reachable is None for r in rows)
    assert llm_server.requests == []
    audits: list[AuditEntry] = []
    checked = {
        r.provider_id: r
        for r in list_models_status(settings, check=True, environ={}, audit=audits.append)
    }
    assert checked["ollama"].reachable is True
    assert checked["proxy"].reachable is True
    assert checked["file"].reachable is True
    assert checked["gone"].reachable is False
    assert checked["openai"].reachable is False and "No API key" in checked["openai"].message
    assert checked["openai"].models  # suggested models are offered


def test_list_models_status_runs_a_test_call_for_keyed_cloud_providers(
    llm_server: LLMTestServer,
) -> None:
    secrets.set_api_key("openai", "sk-test-abcdef123456")
    settings = Settings(
        providers=[
            ProviderSettings(
                id="openai", kind="openai", api_base=llm_server.api_base, models=["gpt-4o-mini"]
            )
        ]
    )
    audits: list[AuditEntry] = []
    [row] = list_models_status(settings, check=True, environ={}, audit=audits.append)
    assert [entry.provider for entry in audits] == ["openai"]
    assert row.key_source == "keyring"
    assert row.reachable is True, row.message
    assert llm_server.requests[0]["max_tokens"] == 1
