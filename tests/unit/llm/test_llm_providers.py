"""Provider kinds, model resolution, loopback rules and local-server detection."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from consultant.core.settings import ProviderSettings, Settings
from consultant.llm import secrets
from consultant.llm.errors import ConfigurationError
from consultant.llm.providers import (
    DEFAULT_OLLAMA_BASE,
    ModelChoice,
    ProviderKind,
    detect_ollama,
    effective_providers,
    is_local_choice,
    is_loopback_url,
    list_models_status,
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
        ("http://user@evil.com#@127.0.0.1", False),
        ("", False),
        (None, False),
    ],
)
def test_is_loopback_url(url: str | None, expected: bool) -> None:
    assert is_loopback_url(url) is expected


def test_local_choices() -> None:
    gguf = ModelChoice("m", "local", ProviderKind.LOCAL_GGUF, model_path="/x.gguf")
    ollama = ModelChoice("ollama_chat/llama3", "ollama", ProviderKind.OLLAMA)
    remote_ollama = ModelChoice(
        "ollama_chat/llama3", "o", ProviderKind.OLLAMA, api_base="http://10.0.0.5:11434"
    )
    proxy = ModelChoice("openai/x", "p", ProviderKind.OPENAI_COMPATIBLE, "http://127.0.0.1:4000")
    cloud = ModelChoice("openai/gpt-4o", "openai", ProviderKind.OPENAI)
    assert [is_local_choice(c) for c in (gguf, ollama, remote_ollama, proxy, cloud)] == [
        True,
        True,
        False,
        True,
        False,
    ]
    # A loopback proxy may forward to the cloud: redaction still applies to it.
    assert [runs_on_this_machine(c) for c in (gguf, ollama, remote_ollama, proxy, cloud)] == [
        True,
        True,
        False,
        False,
        False,
    ]


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
    status = detect_ollama(fake_ollama)
    assert status.running
    assert status.models == ["llama3:8b", "qwen2.5:7b"]


def test_detect_ollama_not_running_is_quick_and_quiet() -> None:
    status = detect_ollama(f"http://127.0.0.1:{closed_port()}", timeout=0.2)
    assert not status.running and status.models == []
    assert "not running" in status.message


def test_probe_api_base(llm_server: LLMTestServer) -> None:
    assert probe_api_base(llm_server.api_base)[0] is True
    ok, message = probe_api_base(f"http://127.0.0.1:{closed_port()}/v1", timeout=0.2)
    assert not ok and "Nothing answered" in message


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
    checked = {r.provider_id: r for r in list_models_status(settings, check=True, environ={})}
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
    [row] = list_models_status(settings, check=True, environ={})
    assert row.key_source == "keyring"
    assert row.reachable is True, row.message
    assert llm_server.requests[0]["max_tokens"] == 1
