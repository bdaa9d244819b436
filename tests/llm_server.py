"""A tiny OpenAI-compatible chat-completions server for tests, on 127.0.0.1.

Usable from any test package::

    from tests.llm_server import run_server

    with run_server() as server:
        server.reply_text = "Hello there"
        litellm.completion(model="openai/test", api_base=server.base_url + "/v1",
                           api_key="sk-dummy", messages=[...])
        assert server.requests[0]["messages"][0]["content"] == ...

Behaviour is chosen by ``server.mode`` (default ``"ok"``) or, per request, by the model
name: a model called ``err-401`` (litellm: ``"openai/err-401"``) behaves like mode
``"401"`` whatever ``server.mode`` is. Modes:

- ``ok`` — a normal answer: ``reply_text`` split into chunks of ``tokens_per_chunk``
  words, ``chunk_delay`` seconds between chunks; with ``stream_options.include_usage``
  a final usage chunk is sent.
- ``401``, ``429``, ``500``, ``503`` — that HTTP status with an OpenAI-style error body.
- ``context`` — 400 "This model's maximum context length is ...".
- ``slow`` — waits ``slow_delay`` seconds (or until the server stops) before answering.
- ``cut`` — streams ``cut_after`` chunks, then closes the socket without ``[DONE]``.
- Faults of a stream that looks fine at the HTTP level (a reply is complete only
  with a finish reason): ``close-delimited`` (no chunked framing, ``cut_after``
  chunks, then the server closes), ``no-finish`` (every chunk and ``[DONE]``, but
  no finish reason), ``html`` (``200`` with an HTML error page), ``done-only``
  (only ``[DONE]``), ``bad-json`` (a truncated JSON event, then close), ``empty``
  (``200`` with an empty body).

Every request body received is appended to ``server.requests`` (parsed JSON), headers
to ``server.headers``.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

CONTEXT_MESSAGE = (
    "This model's maximum context length is 8192 tokens. However, your messages "
    "resulted in 9001 tokens. Please reduce the length of the messages."
)

_STATUS_ERRORS: dict[str, tuple[int, str, str]] = {
    "401": (401, "Incorrect API key provided.", "invalid_api_key"),
    "429": (429, "Rate limit reached for requests. Please try again later.", "rate_limit_exceeded"),
    "500": (500, "The server had an error while processing your request.", "server_error"),
    "503": (503, "The engine is currently overloaded.", "server_error"),
    "context": (400, CONTEXT_MESSAGE, "context_length_exceeded"),
}


@dataclass
class LLMTestServer:
    """State shared with the handler threads; tweak attributes between calls."""

    mode: str = "ok"
    reply_text: str = "Hello from the test server."
    tokens_per_chunk: int = 1
    #: When set, split the reply every ``chunk_chars`` characters instead of by words.
    chunk_chars: int | None = None
    chunk_delay: float = 0.0
    cut_after: int = 2
    slow_delay: float = 5.0
    prompt_tokens: int = 11
    base_url: str = ""
    requests: list[dict[str, Any]] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)
    #: GET requests (model lists): path and headers.
    gets: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    stopping: threading.Event = field(default_factory=threading.Event)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def api_base(self) -> str:
        """What to pass to litellm as ``api_base``."""
        return self.base_url + "/v1"

    def record(self, body: dict[str, Any], headers: dict[str, str]) -> None:
        with self._lock:
            self.requests.append(body)
            self.headers.append(headers)

    #: Words the embedding endpoint treats as the same concept (a stand-in for a
    #: real model's notion of meaning, so tests can show paraphrases matching).
    synonyms: dict[str, str] = field(default_factory=dict)
    dimensions: int = 64

    def embed(self, text: str) -> list[float]:
        """A deterministic bag-of-concepts vector."""
        import re
        import zlib

        vector = [0.0] * self.dimensions
        for word in re.findall(r"\w+", text.lower()):
            concept = self.synonyms.get(word, word)
            vector[zlib.crc32(concept.encode()) % self.dimensions] += 1.0
        return vector

    def chunks(self) -> list[str]:
        if self.chunk_chars:
            n = self.chunk_chars
            return [self.reply_text[i : i + n] for i in range(0, len(self.reply_text), n)]
        words = self.reply_text.split(" ")
        pieces = [w + " " for w in words[:-1]] + [words[-1]] if words else []
        n = max(1, self.tokens_per_chunk)
        return ["".join(pieces[i : i + n]) for i in range(0, len(pieces), n)]


_FAULTS = frozenset({"close-delimited", "no-finish", "html", "done-only", "bad-json", "empty"})


def _mode_for(server: LLMTestServer, model: str) -> str:
    name = model.rsplit("/", 1)[-1]
    if name.startswith("err-"):
        return name[4:]
    if name in {"slow", "cut", *_FAULTS}:
        return name
    return server.mode


def _make_handler(server: LLMTestServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def handle(self) -> None:
            # Clients (litellm, cancelled streams) drop keep-alive connections at will.
            with contextlib.suppress(ConnectionError, TimeoutError):
                super().handle()

        def log_message(self, format: str, *args: Any) -> None:
            return

        def _json(self, status: int, payload: dict[str, Any]) -> None:
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            with server._lock:
                server.gets.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
            if self.path.rstrip("/").endswith("/models"):
                self._json(200, {"object": "list", "data": [{"id": "test", "object": "model"}]})
            else:
                self._json(404, {"error": {"message": "not found"}})

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b"{}"
            try:
                body = json.loads(raw or b"{}")
            except json.JSONDecodeError:
                body = {"_raw": raw.decode("utf-8", "replace")}
            server.record(body, {k.lower(): v for k, v in self.headers.items()})
            embeddings = self.path.rstrip("/").endswith("/embeddings")
            if not embeddings and not self.path.rstrip("/").endswith("/chat/completions"):
                self._json(404, {"error": {"message": f"no route {self.path}"}})
                return
            mode = _mode_for(server, str(body.get("model", "")))
            if mode in _STATUS_ERRORS:
                status, message, code = _STATUS_ERRORS[mode]
                if mode == "401":
                    # Like OpenAI, echo the key that was sent (the gateway must scrub it).
                    sent = self.headers.get("Authorization", "").removeprefix("Bearer ")
                    message = f"Incorrect API key provided: {sent}."
                self._json(
                    status,
                    {"error": {"message": message, "type": "invalid_request_error", "code": code}},
                )
                return
            if embeddings:
                self._embeddings(body)
                return
            if mode == "slow":
                server.stopping.wait(server.slow_delay)
            if mode in _FAULTS:
                self._fault(body, mode)
            elif body.get("stream"):
                self._stream(body, mode)
            else:
                self._plain(body)

        def _embeddings(self, body: dict[str, Any]) -> None:
            texts = body.get("input") or []
            if isinstance(texts, str):
                texts = [texts]
            data = [
                {"object": "embedding", "index": i, "embedding": server.embed(str(t))}
                for i, t in enumerate(texts)
            ]
            self._json(
                200,
                {
                    "object": "list",
                    "data": data,
                    "model": body.get("model", "test-embed"),
                    "usage": {"prompt_tokens": 1, "total_tokens": 1},
                },
            )

        def _usage(self, completion_tokens: int) -> dict[str, int]:
            return {
                "prompt_tokens": server.prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": server.prompt_tokens + completion_tokens,
            }

        def _plain(self, body: dict[str, Any]) -> None:
            text = server.reply_text
            self._json(
                200,
                {
                    "id": "chatcmpl-test",
                    "object": "chat.completion",
                    "created": int(time.time()),
                    "model": body.get("model", "test"),
                    "choices": [
                        {
                            "index": 0,
                            "message": {"role": "assistant", "content": text},
                            "finish_reason": "stop",
                        }
                    ],
                    "usage": self._usage(len(server.chunks())),
                },
            )

        def _send_event(self, payload: dict[str, Any] | str) -> None:
            data = payload if isinstance(payload, str) else json.dumps(payload)
            line = f"data: {data}\n\n".encode()
            self.wfile.write(f"{len(line):x}\r\n".encode() + line + b"\r\n")
            self.wfile.flush()

        def _fault(self, body: dict[str, Any], mode: str) -> None:
            """Answers that are 200 OK at the HTTP level but not a finished reply."""
            self.close_connection = True
            self.send_response(200)
            if mode in {"html", "empty"}:
                page = (
                    b"<html><body><h1>502 Bad Gateway</h1></body></html>" if mode == "html" else b""
                )
                self.send_header("Content-Type", "text/html" if page else "text/event-stream")
                self.send_header("Content-Length", str(len(page)))
                self.end_headers()
                self.wfile.write(page)
                return
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()  # no length, no chunked framing: the close ends the body
            model = body.get("model", "test")

            def event(delta: dict[str, Any], finish: str | None = None) -> bytes:
                payload = {
                    "id": "chatcmpl-test", "object": "chat.completion.chunk", "created": 0,
                    "model": model,
                    "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
                }  # fmt: skip
                return f"data: {json.dumps(payload)}\n\n".encode()

            pieces = server.chunks()
            with contextlib.suppress(OSError):
                if mode == "done-only":
                    self.wfile.write(b"data: [DONE]\n\n")
                elif mode == "bad-json":
                    self.wfile.write(event({"role": "assistant", "content": pieces[0]}))
                    self.wfile.write(b'data: {"id": "chatcmpl-test", "choi')
                elif mode == "close-delimited":
                    for piece in pieces[: server.cut_after]:
                        self.wfile.write(event({"content": piece}))
                else:  # no-finish
                    for piece in pieces:
                        self.wfile.write(event({"content": piece}))
                    self.wfile.write(b"data: [DONE]\n\n")
                self.wfile.flush()
                self.connection.shutdown(2)

        def _stream(self, body: dict[str, Any], mode: str) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Transfer-Encoding", "chunked")
            self.send_header("Cache-Control", "no-cache")
            self.end_headers()
            model = body.get("model", "test")
            created = int(time.time())

            def chunk(delta: dict[str, Any], finish: str | None) -> dict[str, Any]:
                return {
                    "id": "chatcmpl-test",
                    "object": "chat.completion.chunk",
                    "created": created,
                    "model": model,
                    "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
                }

            pieces = server.chunks()
            try:
                self._send_event(chunk({"role": "assistant", "content": ""}, None))
                for i, piece in enumerate(pieces):
                    if mode == "cut" and i >= server.cut_after:
                        self.wfile.flush()
                        self.close_connection = True
                        with contextlib.suppress(OSError):
                            self.connection.shutdown(2)
                        return
                    if server.chunk_delay and server.stopping.wait(server.chunk_delay):
                        return
                    self._send_event(chunk({"content": piece}, None))
                self._send_event(chunk({}, "stop"))
                if (body.get("stream_options") or {}).get("include_usage"):
                    usage_chunk = chunk({}, None)
                    usage_chunk["choices"] = []
                    usage_chunk["usage"] = self._usage(len(pieces))
                    self._send_event(usage_chunk)
                self._send_event("[DONE]")
                self.wfile.write(b"0\r\n\r\n")
                self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                # The client went away (cancel); nothing to do.
                self.close_connection = True

    return Handler


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        return


@contextlib.contextmanager
def run_server(**settings: Any) -> Iterator[LLMTestServer]:
    """Start the server on an ephemeral 127.0.0.1 port; stop it on exit."""
    server = LLMTestServer(**settings)
    httpd = _QuietServer(("127.0.0.1", 0), _make_handler(server))
    port = httpd.server_address[1]
    server.base_url = f"http://127.0.0.1:{port}"
    thread = threading.Thread(
        target=httpd.serve_forever, args=(0.02,), name="llm-test-server", daemon=True
    )
    thread.start()
    try:
        yield server
    finally:
        server.stopping.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def llm_server_fixture() -> Iterator[LLMTestServer]:
    """Body of a pytest fixture; use as ``fixture(llm_server_fixture)`` in a conftest."""
    with run_server() as server:
        yield server


def main(argv: list[str] | None = None) -> int:
    """Serve from a process of its own (benchmarks: a real model server is never in
    the app's process, so it must not compete for the app's interpreter lock).

    Prints the ``api_base`` on the first line of stdout, then serves until stdin
    is closed.
    """
    import argparse
    import sys

    parser = argparse.ArgumentParser(prog="python -m tests.llm_server")
    parser.add_argument("--reply-text", default=LLMTestServer.reply_text)
    parser.add_argument("--chunk-delay", type=float, default=0.0)
    parser.add_argument("--tokens-per-chunk", type=int, default=1)
    args = parser.parse_args(argv)
    with run_server(
        reply_text=args.reply_text,
        chunk_delay=args.chunk_delay,
        tokens_per_chunk=args.tokens_per_chunk,
    ) as server:
        sys.stdout.write(server.api_base + "\n")
        sys.stdout.flush()
        sys.stdin.read()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
