"""Calls to a server on this computer go straight to it: no proxy, no resolver.

End to end through litellm: a recording "proxy" on 127.0.0.1 is set in
HTTP_PROXY/HTTPS_PROXY/ALL_PROXY; the model server must get the request and the proxy
nothing. A control test shows the proxy does get litellm's request without the
transport arguments, so the others test something real.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from consultant.llm.providers import ModelChoice, ProviderKind
from consultant.llm.transport import (
    NO_KEY,
    clear_transport_cache,
    litellm_transport_kwargs,
    local_base_url,
)
from tests.llm_server import LLMTestServer

os.environ["LITELLM_LOCAL_MODEL_COST_MAP"] = "True"

PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")
MESSAGES = [{"role": "user", "content": "Hello from a local-only client"}]


@dataclass
class Recorder:
    """Requests one HTTP server received (method, path, headers, body)."""

    requests: list[dict[str, Any]] = field(default_factory=list)
    url: str = ""


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        return


@contextlib.contextmanager
def serve(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    httpd = _Server(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def _recording_handler(recorder: Recorder, answer: Any) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            return

        def _record(self) -> bytes:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            recorder.requests.append(
                {
                    "method": self.command,
                    "path": self.path,
                    "headers": {k.lower(): v for k, v in self.headers.items()},
                    "body": body,
                }
            )
            return body

        def do_CONNECT(self) -> None:
            self._record()
            answer(self, b"")

        def do_GET(self) -> None:
            answer(self, self._record())

        def do_POST(self) -> None:
            answer(self, self._record())

    return Handler


def _bad_gateway(handler: BaseHTTPRequestHandler, _body: bytes) -> None:
    data = b"recording proxy: not forwarded"
    handler.send_response(502)
    handler.send_header("Content-Length", str(len(data)))
    handler.send_header("Connection", "close")
    handler.end_headers()
    handler.wfile.write(data)
    handler.close_connection = True


@pytest.fixture
def proxy(monkeypatch: pytest.MonkeyPatch) -> Iterator[Recorder]:
    """A recording proxy on 127.0.0.1 set in every proxy variable (502 for anything)."""
    recorder = Recorder()
    with serve(_recording_handler(recorder, _bad_gateway)) as url:
        recorder.url = url
        for name in PROXY_VARS:
            monkeypatch.setenv(name, url)
        for name in ("NO_PROXY", "no_proxy"):
            monkeypatch.delenv(name, raising=False)
        yield recorder


@pytest.fixture(autouse=True)
def _fresh_clients() -> Iterator[None]:
    clear_transport_cache()
    yield
    clear_transport_cache()


def _ollama_answer(handler: BaseHTTPRequestHandler, body: bytes) -> None:
    """Ollama's /api/chat streaming format (NDJSON), and its OpenAI-style /v1/embeddings."""
    request = json.loads(body or b"{}")
    if handler.path.rstrip("/") == "/v1/embeddings":
        texts = request.get("input") or []
        texts = [texts] if isinstance(texts, str) else texts
        payload = {
            "object": "list",
            "model": request.get("model"),
            "data": [
                {"object": "embedding", "index": i, "embedding": [1.0, float(len(t)), 0.5]}
                for i, t in enumerate(texts)
            ],
            "usage": {"prompt_tokens": 2, "total_tokens": 2},
        }
        data = json.dumps(payload).encode()
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)
        return
    if handler.path != "/api/chat":
        handler.send_response(404)
        handler.send_header("Content-Length", "0")
        handler.end_headers()
        return
    model = request.get("model", "llama3")
    stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    lines = [
        {"model": model, "created_at": stamp, "done": False,
         "message": {"role": "assistant", "content": piece}}
        for piece in ("Hello ", "from ", "Ollama")
    ]  # fmt: skip
    lines.append(
        {"model": model, "created_at": stamp, "done": True, "done_reason": "stop",
         "message": {"role": "assistant", "content": ""},
         "prompt_eval_count": 7, "eval_count": 3}
    )  # fmt: skip
    handler.send_response(200)
    handler.send_header("Content-Type", "application/x-ndjson")
    handler.send_header("Transfer-Encoding", "chunked")
    handler.end_headers()
    for line in lines:
        data = json.dumps(line).encode() + b"\n"
        handler.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        handler.wfile.flush()
    handler.wfile.write(b"0\r\n\r\n")
    handler.wfile.flush()


@pytest.fixture
def ollama() -> Iterator[Recorder]:
    recorder = Recorder()
    with serve(_recording_handler(recorder, _ollama_answer)) as url:
        recorder.url = url
        yield recorder


def _localhost(url: str) -> str:
    return url.replace("127.0.0.1", "localhost")


def _compatible(api_base: str, local_inference: bool = True) -> ModelChoice:
    return ModelChoice(
        "openai/test-model", "box", ProviderKind.OPENAI_COMPATIBLE, api_base=api_base,
        timeout=10.0, local_inference=local_inference,
    )  # fmt: skip


def _litellm() -> Any:
    from consultant.llm.gateway import _load_litellm

    return _load_litellm()


def _stream_text(stream: Any) -> str:
    parts: list[str] = []
    for chunk in stream:
        delta = chunk.choices[0].delta if chunk.choices else None
        if delta is not None and delta.content:
            parts.append(delta.content)
    return "".join(parts)


# --- what is returned ----------------------------------------------------------------


def test_cloud_and_remote_servers_keep_the_users_proxy_settings() -> None:
    for choice in (
        ModelChoice("openai/gpt-4o", "openai", ProviderKind.OPENAI),
        ModelChoice("anthropic/claude", "anthropic", ProviderKind.ANTHROPIC,
                    api_base="http://127.0.0.1:9"),
        _compatible("http://192.168.1.20:4000/v1"),
        _compatible("http://gpu.localhost:4000/v1"),
        ModelChoice("ollama_chat/llama3", "o", ProviderKind.OLLAMA,
                    api_base="http://10.0.0.5:11434", local_inference=True),
    ):  # fmt: skip
        assert litellm_transport_kwargs(choice, api_key="sk-x") == {}
        assert litellm_transport_kwargs(choice, api_key=None, for_embeddings=True) == {}


@pytest.mark.parametrize(
    ("api_base", "expected"),
    [
        ("http://localhost:4000/v1", "http://127.0.0.1:4000/v1"),
        ("http://LOCALHOST:4000", "http://127.0.0.1:4000"),
        ("http://127.0.0.2:8080/v1", "http://127.0.0.2:8080/v1"),
        ("http://[::1]:8080/v1", "http://[::1]:8080/v1"),
        ("http://[::ffff:127.0.0.1]:8080/v1", "http://127.0.0.1:8080/v1"),
        ("localhost:4000", "http://127.0.0.1:4000"),
        ("https://localhost/v1?x=1", "https://127.0.0.1/v1?x=1"),
    ],
)
def test_loopback_bases_are_rewritten_to_literal_addresses(api_base: str, expected: str) -> None:
    assert local_base_url(_compatible(api_base)) == expected
    kwargs = litellm_transport_kwargs(_compatible(api_base), api_key=None)
    assert kwargs["api_base"] == expected
    assert str(kwargs["client"].base_url).startswith(expected.split("?")[0])


def test_a_loopback_server_bypasses_proxies_even_when_not_declared_local() -> None:
    # Not a privacy decision: a proxy cannot reach this computer's loopback anyway.
    kwargs = litellm_transport_kwargs(_compatible("http://localhost:4000", False), api_key=None)
    assert kwargs["api_base"] == "http://127.0.0.1:4000"


def test_clients_are_cached_per_address_and_key_and_never_show_the_key() -> None:
    choice = _compatible("http://localhost:4000/v1")
    first = litellm_transport_kwargs(choice, api_key="sk-secret-123456")["client"]
    again = litellm_transport_kwargs(choice, api_key="sk-secret-123456")["client"]
    other_key = litellm_transport_kwargs(choice, api_key="sk-other-654321")["client"]
    other_base = litellm_transport_kwargs(_compatible("http://127.0.0.1:4001/v1"), api_key=None)
    assert first is again
    assert other_key is not first and other_base["client"] is not first
    assert first.api_key == "sk-secret-123456"
    assert litellm_transport_kwargs(choice, api_key=None)["client"].api_key == NO_KEY
    assert "sk-secret" not in repr(first) and "sk-secret" not in repr(first._client)
    from consultant.llm import transport

    assert all(b"sk-secret" not in repr(k).encode() for k in transport._clients)
    assert not first._client._trust_env
    assert first._client.follow_redirects is False
    assert first.timeout == 10.0 and first.max_retries == 0


# --- end to end through litellm --------------------------------------------------------


def test_control_without_transport_litellm_goes_through_the_proxy(
    llm_server: LLMTestServer, proxy: Recorder
) -> None:
    """The defect being fixed: litellm's own client sends a loopback call to the proxy."""
    litellm = _litellm()
    with pytest.raises(Exception):  # noqa: B017  # the proxy answers 502
        stream = litellm.completion(
            model="openai/test-model", messages=MESSAGES, api_base=_localhost(llm_server.api_base),
            api_key="sk-must-not-leave", stream=True, num_retries=0, max_retries=0, timeout=10,
        )  # fmt: skip
        _stream_text(stream)
    assert proxy.requests, "litellm did not use the proxy: the tests below prove nothing"
    assert llm_server.requests == []


def test_openai_compatible_stream_bypasses_the_proxy(
    llm_server: LLMTestServer, proxy: Recorder
) -> None:
    litellm = _litellm()
    base = _localhost(llm_server.api_base)
    choice = _compatible(base)
    kwargs: dict[str, Any] = {
        "model": choice.model, "messages": MESSAGES, "api_base": base, "api_key": NO_KEY,
        "stream": True, "stream_options": {"include_usage": True}, "timeout": choice.timeout,
        "num_retries": 0, "max_retries": 0, "drop_params": True,
    }  # fmt: skip
    kwargs.update(litellm_transport_kwargs(choice, api_key=None))
    text = _stream_text(litellm.completion(**kwargs))
    assert text == LLMTestServer.reply_text
    assert proxy.requests == []
    assert len(llm_server.requests) == 1
    assert llm_server.requests[0]["messages"][0]["content"] == MESSAGES[0]["content"]
    # The literal address was connected to (no resolver), so that is the Host sent.
    assert llm_server.headers[0]["host"].startswith("127.0.0.1:")
    # A second streamed call reuses the same client.
    again = litellm_transport_kwargs(choice, api_key=None)
    assert again["client"] is kwargs["client"]
    assert _stream_text(litellm.completion(**{**kwargs, **again})) == LLMTestServer.reply_text
    assert proxy.requests == [] and len(llm_server.requests) == 2


def test_a_key_sent_to_a_loopback_server_never_reaches_the_proxy(
    llm_server: LLMTestServer, proxy: Recorder
) -> None:
    litellm = _litellm()
    base = _localhost(llm_server.api_base)
    choice = _compatible(base)
    kwargs: dict[str, Any] = {
        "model": choice.model, "messages": MESSAGES, "api_base": base,
        "api_key": "sk-local-key-123456", "stream": True, "num_retries": 0, "max_retries": 0,
    }  # fmt: skip
    kwargs.update(litellm_transport_kwargs(choice, api_key="sk-local-key-123456"))
    assert _stream_text(litellm.completion(**kwargs)) == LLMTestServer.reply_text
    assert proxy.requests == []
    assert llm_server.headers[0]["authorization"] == "Bearer sk-local-key-123456"


def test_openai_compatible_embeddings_bypass_the_proxy(
    llm_server: LLMTestServer, proxy: Recorder
) -> None:
    litellm = _litellm()
    base = _localhost(llm_server.api_base)
    choice = ModelChoice(
        "openai/embed", "box", ProviderKind.OPENAI_COMPATIBLE, api_base=base, timeout=10.0,
        local_inference=True,
    )  # fmt: skip
    kwargs: dict[str, Any] = {
        "model": choice.model, "input": ["first text", "second"], "api_base": base,
        "api_key": NO_KEY, "timeout": choice.timeout, "num_retries": 0,
    }  # fmt: skip
    kwargs.update(litellm_transport_kwargs(choice, api_key=None, for_embeddings=True))
    response = litellm.embedding(**kwargs)
    assert len(response.data) == 2
    assert proxy.requests == []
    assert llm_server.requests[0]["input"] == ["first text", "second"]


def test_ollama_chat_stream_bypasses_the_proxy(ollama: Recorder, proxy: Recorder) -> None:
    litellm = _litellm()
    base = _localhost(ollama.url)
    choice = ModelChoice(
        "ollama_chat/llama3", "ollama", ProviderKind.OLLAMA, api_base=base, timeout=10.0,
        local_inference=True,
    )  # fmt: skip
    kwargs: dict[str, Any] = {
        "model": choice.model, "messages": MESSAGES, "api_base": base, "stream": True,
        "timeout": choice.timeout, "num_retries": 0, "max_retries": 0, "drop_params": True,
    }  # fmt: skip
    kwargs.update(litellm_transport_kwargs(choice, api_key=None))
    assert kwargs["api_base"] == ollama.url
    text = _stream_text(litellm.completion(**kwargs))
    assert text == "Hello from Ollama"
    assert proxy.requests == []
    [request] = ollama.requests
    assert request["path"] == "/api/chat"
    assert json.loads(request["body"])["messages"][0]["content"] == MESSAGES[0]["content"]
    assert request["headers"]["host"].startswith("127.0.0.1:")


def test_ollama_embeddings_bypass_the_proxy(ollama: Recorder, proxy: Recorder) -> None:
    litellm = _litellm()
    base = _localhost(ollama.url)
    choice = ModelChoice(
        "ollama_chat/nomic-embed-text", "ollama", ProviderKind.OLLAMA, api_base=base,
        timeout=10.0, local_inference=True,
    )  # fmt: skip
    kwargs: dict[str, Any] = {
        "model": choice.model, "input": ["a text"], "api_base": base, "timeout": choice.timeout,
        "num_retries": 0,
    }  # fmt: skip
    kwargs.update(litellm_transport_kwargs(choice, api_key=None, for_embeddings=True))
    assert kwargs["model"] == "openai/nomic-embed-text"
    response = litellm.embedding(**kwargs)
    assert [list(d["embedding"]) for d in response.data] == [[1.0, 6.0, 0.5]]
    assert proxy.requests == []
    [request] = ollama.requests
    assert request["path"] == "/v1/embeddings"
    assert json.loads(request["body"])["model"] == "nomic-embed-text"
