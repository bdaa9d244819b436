"""The gateway against a real OpenAI-compatible HTTP server on 127.0.0.1."""

from __future__ import annotations

import dataclasses
import socket
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from consultant.core.models import AuditEntry, PrivacyPolicy
from consultant.llm import errors, secrets
from consultant.llm.gateway import (
    CompletionResult,
    StreamEvent,
    TextDelta,
    test_connection,
)
from consultant.llm.providers import ModelChoice, ProviderKind
from tests.llm_server import CONTEXT_MESSAGE, LLMTestServer
from tests.support import complete

KEY = "sk-test-0123456789abcdefSECRET"
MESSAGES = [
    {"role": "system", "content": "You are helpful."},
    {"role": "user", "content": "Say hello."},
]


def choice_for(
    server: LLMTestServer,
    model: str = "gpt-4o-mini",
    *,
    timeout: float = 5.0,
    kind: ProviderKind = ProviderKind.OPENAI_COMPATIBLE,
) -> ModelChoice:
    return ModelChoice(
        model=f"openai/{model}",
        provider_id="testproxy",
        kind=kind,
        api_base=server.api_base,
        timeout=timeout,
        label="Test Proxy",
    )


def run(events: Iterator[StreamEvent]) -> tuple[list[str], CompletionResult]:
    deltas: list[str] = []
    result: CompletionResult | None = None
    for event in events:
        if isinstance(event, TextDelta):
            assert result is None, "no delta may follow the result"
            deltas.append(event.text)
        else:
            result = event
    assert result is not None
    return deltas, result


class Audit(list[AuditEntry]):
    def __call__(self, entry: AuditEntry) -> None:
        self.append(entry)


@pytest.fixture
def audit() -> Audit:
    return Audit()


# --- the happy path ----------------------------------------------------------------


def test_streams_deltas_then_result_with_usage_and_cost(
    llm_server: LLMTestServer, audit: Audit
) -> None:
    llm_server.reply_text = "Hello there, how can I help today?"
    deltas, result = run(
        complete(MESSAGES, choice_for(llm_server), api_key=KEY, audit=audit, client_id=7)
    )
    assert "".join(deltas) == llm_server.reply_text
    assert len(deltas) == len(llm_server.chunks())
    assert result.text == llm_server.reply_text
    assert result.input_tokens == llm_server.prompt_tokens
    assert result.output_tokens == len(llm_server.chunks())
    assert result.finish_reason == "stop"
    assert not result.cancelled
    # gpt-4o-mini is in litellm's bundled price map: a positive integer of micro-USD.
    assert isinstance(result.cost_microusd, int) and result.cost_microusd > 0
    sent = llm_server.requests[0]
    assert sent["stream"] is True
    assert sent["stream_options"] == {"include_usage": True}
    assert sent["messages"] == MESSAGES
    assert llm_server.headers[0]["authorization"] == f"Bearer {KEY}"
    assert len(audit) == 1
    entry = audit[0]
    assert (entry.outcome, entry.provider, entry.model, entry.client_id) == (
        "ok",
        "testproxy",
        "openai/gpt-4o-mini",
        7,
    )
    assert entry.chars_sent == sum(len(m["content"]) for m in MESSAGES)
    assert entry.redactions == 0


def test_openai_stream_is_read_below_litellms_wrapper(
    llm_server: LLMTestServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from consultant.llm.gateway import _load_litellm

    litellm = _load_litellm()
    rebuilt: list[int] = []
    original = litellm.stream_chunk_builder

    def counting_builder(*args: Any, **kwargs: Any) -> Any:
        rebuilt.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(litellm, "stream_chunk_builder", counting_builder)
    llm_server.reply_text = "one two three four"
    results = [run(complete(MESSAGES, choice_for(llm_server)))[1] for _ in range(2)]
    for result in results:
        assert result.text == llm_server.reply_text
        # the provider's own usage, read from the raw end of the stream
        assert (result.input_tokens, result.output_tokens) == (llm_server.prompt_tokens, 4)
        assert result.finish_reason == "stop" and result.cost_microusd
    assert rebuilt == []  # litellm's end-of-stream rebuild never ran


def test_unmapped_model_has_no_cost_and_no_crash(llm_server: LLMTestServer) -> None:
    _, result = run(
        complete(MESSAGES, choice_for(llm_server, "totally-unknown-model-xyz"))
    )
    assert result.text == llm_server.reply_text
    assert result.cost_microusd is None
    assert result.output_tokens == len(llm_server.chunks())


def test_stored_key_is_used_when_none_is_given(llm_server: LLMTestServer) -> None:
    status = secrets.set_api_key("testproxy", KEY)
    assert status.persistent
    run(complete(MESSAGES, choice_for(llm_server)))
    assert llm_server.headers[0]["authorization"] == f"Bearer {KEY}"


def test_compatible_server_without_key_gets_a_placeholder(llm_server: LLMTestServer) -> None:
    _, result = run(complete(MESSAGES, choice_for(llm_server)))
    assert result.text == llm_server.reply_text
    assert llm_server.headers[0]["authorization"] == "Bearer no-key-required"


def test_max_tokens_and_temperature_are_sent(llm_server: LLMTestServer) -> None:
    run(complete(MESSAGES, choice_for(llm_server), max_tokens=5, temperature=0.2))
    assert llm_server.requests[0]["max_tokens"] == 5
    assert llm_server.requests[0]["temperature"] == 0.2


def test_invalid_messages_are_refused_and_audited(llm_server: LLMTestServer, audit: Audit) -> None:
    with pytest.raises(errors.GatewayError):
        run(complete([{"role": "user"}], choice_for(llm_server), audit=audit))
    assert not llm_server.requests
    assert [e.outcome for e in audit] == ["bad_request"]


# --- cancel --------------------------------------------------------------------------


def test_cancel_between_chunks_keeps_partial_text(llm_server: LLMTestServer, audit: Audit) -> None:
    llm_server.reply_text = " ".join(f"w{i}" for i in range(200))
    llm_server.chunk_delay = 0.002
    cancel = threading.Event()
    deltas: list[str] = []
    result: CompletionResult | None = None
    for event in complete(MESSAGES, choice_for(llm_server), cancel=cancel, audit=audit):
        if isinstance(event, TextDelta):
            deltas.append(event.text)
            if len(deltas) == 3:
                cancel.set()
        else:
            result = event
    assert result is not None and result.cancelled
    assert result.finish_reason == "cancelled"
    assert deltas == ["w0 ", "w1 ", "w2 "]
    assert result.text == "w0 w1 w2 "
    assert [e.outcome for e in audit] == ["cancelled"]


def test_cancel_before_start_sends_nothing(llm_server: LLMTestServer, audit: Audit) -> None:
    cancel = threading.Event()
    cancel.set()
    deltas, result = run(
        complete(MESSAGES, choice_for(llm_server), cancel=cancel, audit=audit)
    )
    assert result.cancelled and deltas == [] and result.text == ""
    assert llm_server.requests == []
    assert audit[0].outcome == "cancelled" and audit[0].chars_sent == 0


def test_closing_the_generator_counts_as_cancel(llm_server: LLMTestServer, audit: Audit) -> None:
    llm_server.reply_text = "a b c d e f g h"
    events = complete(MESSAGES, choice_for(llm_server), audit=audit)
    first = next(events)
    assert isinstance(first, TextDelta) and first.text == "a "
    events.close()
    assert [e.outcome for e in audit] == ["cancelled"]


# --- the error matrix ----------------------------------------------------------------


def expect_error(
    server: LLMTestServer,
    model: str,
    cls: type[errors.GatewayError],
    audit: Audit,
    *,
    timeout: float = 5.0,
) -> errors.GatewayError:
    with pytest.raises(cls) as caught:
        run(
            complete(
                MESSAGES, choice_for(server, model, timeout=timeout), api_key=KEY, audit=audit
            )
        )
    error = caught.value
    assert error.kind == cls.kind
    for text in (error.user_message, error.detail, str(error), repr(error)):
        assert KEY not in text
        assert "0123456789abcdef" not in text
    assert [e.outcome for e in audit] == [cls.kind]
    return error


def test_rejected_key(llm_server: LLMTestServer, audit: Audit) -> None:
    error = expect_error(llm_server, "err-401", errors.AuthenticationFailed, audit)
    assert error.user_message == (
        "Test Proxy rejected the API key (401). Open Settings → Models to replace it."
    )
    # The server echoed the key back; it must be gone from the technical detail too.
    assert "Incorrect API key provided" in error.detail
    assert "[redacted]" in error.detail


def test_rate_limit(llm_server: LLMTestServer, audit: Audit) -> None:
    error = expect_error(llm_server, "err-429", errors.RateLimited, audit)
    assert "Test Proxy" in error.user_message and "429" in error.user_message
    assert error.retryable


def test_context_window(llm_server: LLMTestServer, audit: Audit) -> None:
    error = expect_error(llm_server, "err-context", errors.ContextTooLong, audit)
    assert CONTEXT_MESSAGE[:40] in error.detail
    assert "too long" in error.user_message


@pytest.mark.parametrize("model", ["err-500", "err-503"])
def test_server_error(llm_server: LLMTestServer, audit: Audit, model: str) -> None:
    error = expect_error(llm_server, model, errors.ServerError, audit)
    assert model[-3:] in error.user_message


def test_timeout(llm_server: LLMTestServer, audit: Audit) -> None:
    llm_server.slow_delay = 5
    error = expect_error(llm_server, "slow", errors.GatewayTimeout, audit, timeout=0.3)
    assert "did not respond in time" in error.user_message


def test_stream_cut_keeps_partial_text(llm_server: LLMTestServer, audit: Audit) -> None:
    llm_server.reply_text = "one two three four five"
    llm_server.cut_after = 2
    error = expect_error(llm_server, "cut", errors.StreamInterrupted, audit)
    assert error.partial_text == "one two "
    assert "partial reply is kept" in error.user_message


def test_connection_refused(audit: Audit) -> None:
    with socket.socket() as probe:  # a loopback port with nothing listening
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    choice = ModelChoice(
        model="openai/gpt-4o-mini",
        provider_id="proxy",
        kind=ProviderKind.OPENAI_COMPATIBLE,
        api_base=f"http://127.0.0.1:{port}/v1",
        timeout=3,
    )
    with pytest.raises(errors.ConnectionFailed) as caught:
        run(complete(MESSAGES, choice, api_key=KEY, audit=audit))
    assert type(caught.value) is errors.ConnectionFailed
    assert f"the server at http://127.0.0.1:{port}/v1" in caught.value.user_message
    assert audit[0].outcome == "connection"


def test_ollama_not_running(audit: Audit) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    choice = ModelChoice(
        model="ollama_chat/llama3",
        provider_id="ollama",
        kind=ProviderKind.OLLAMA,
        api_base=f"http://127.0.0.1:{port}",
        timeout=3,
    )
    with pytest.raises(errors.OllamaNotRunning) as caught:
        run(complete(MESSAGES, choice, audit=audit))
    assert "ollama serve" in caught.value.user_message
    assert audit[0].outcome == "ollama_not_running"


def test_missing_key_is_refused_before_any_connection(
    monkeypatch: pytest.MonkeyPatch, audit: Audit
) -> None:
    attempts = record_connections(monkeypatch)
    choice = ModelChoice(
        model="anthropic/claude-3-5-haiku-latest",
        provider_id="anthropic",
        kind=ProviderKind.ANTHROPIC,
    )
    with pytest.raises(errors.MissingKey) as caught:
        run(complete(MESSAGES, choice, audit=audit))
    assert caught.value.user_message.startswith("No API key is set for Anthropic.")
    assert attempts == []
    assert audit[0].outcome == "missing_key"


def test_environment_key_counts(llm_server: LLMTestServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    choice = ModelChoice(
        model="openai/gpt-4o-mini",
        provider_id="openai",
        kind=ProviderKind.OPENAI,
        api_base=llm_server.api_base,
        timeout=5,
    )
    _, result = run(complete(MESSAGES, choice))
    assert result.text == llm_server.reply_text
    assert llm_server.headers[0]["authorization"] == f"Bearer {KEY}"


def test_missing_llama_cpp_says_how_to_install(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Any, audit: Audit
) -> None:
    monkeypatch.setitem(__import__("sys").modules, "llama_cpp", None)  # import fails
    model_file = tmp_path / "tiny.gguf"
    model_file.write_bytes(b"GGUF")
    choice = ModelChoice(
        model="tiny", provider_id="local", kind=ProviderKind.LOCAL_GGUF, model_path=str(model_file)
    )
    with pytest.raises(errors.LocalModelUnavailable) as caught:
        run(complete(MESSAGES, choice, privacy=PrivacyPolicy.LOCAL_ONLY, audit=audit))
    assert "pip install consultant[local]" in caught.value.user_message
    assert audit[0].outcome == "local_model_unavailable"


# --- privacy -------------------------------------------------------------------------


def record_connections(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Record (and block) every outbound connection attempt."""
    attempts: list[Any] = []

    def connect(self: socket.socket, address: Any) -> None:
        attempts.append(address)
        raise ConnectionRefusedError("blocked by test")

    def create_connection(address: Any, *args: Any, **kwargs: Any) -> socket.socket:
        attempts.append(address)
        raise ConnectionRefusedError("blocked by test")

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect)
    monkeypatch.setattr(socket, "create_connection", create_connection)
    return attempts


@pytest.mark.parametrize(
    ("kind", "model", "api_base"),
    [
        (ProviderKind.OPENAI_COMPATIBLE, "openai/gpt-4o-mini", "http://10.255.255.1:9/v1"),
        (ProviderKind.OPENAI, "openai/gpt-4o-mini", None),
        (ProviderKind.ANTHROPIC, "anthropic/claude-3-5-haiku-latest", None),
        (ProviderKind.OLLAMA, "ollama_chat/llama3", "http://192.168.1.20:11434"),
        (ProviderKind.OPENAI_COMPATIBLE, "openai/x", "http://localhost.example.com/v1"),
    ],
)
def test_local_only_refuses_non_local_before_any_socket(
    monkeypatch: pytest.MonkeyPatch,
    audit: Audit,
    kind: ProviderKind,
    model: str,
    api_base: str | None,
) -> None:
    attempts = record_connections(monkeypatch)
    choice = ModelChoice(model=model, provider_id="p", kind=kind, api_base=api_base, timeout=1)
    with pytest.raises(errors.PrivacyRefused) as caught:
        run(
            complete(
                MESSAGES, choice, privacy=PrivacyPolicy.LOCAL_ONLY, api_key=KEY, audit=audit
            )
        )
    assert "local-only" in caught.value.user_message
    assert attempts == []
    assert len(audit) == 1
    assert (audit[0].outcome, audit[0].chars_sent) == ("privacy_refused", 0)


def test_local_only_allows_a_server_declared_local(llm_server: LLMTestServer, audit: Audit) -> None:
    declared = dataclasses.replace(choice_for(llm_server), local_inference=True)
    _, result = run(complete(MESSAGES, declared, privacy=PrivacyPolicy.LOCAL_ONLY, audit=audit))
    assert result.text == llm_server.reply_text
    assert audit[0].outcome == "ok"


def test_local_only_refuses_a_loopback_server_not_declared_local(
    llm_server: LLMTestServer, audit: Audit
) -> None:
    with pytest.raises(errors.PrivacyRefused) as caught:
        run(complete(MESSAGES, choice_for(llm_server), privacy=PrivacyPolicy.LOCAL_ONLY,
                     audit=audit))  # fmt: skip
    assert "local_inference" in caught.value.user_message
    assert llm_server.requests == []
    assert [(e.outcome, e.chars_sent) for e in audit] == [("privacy_refused", 0)]


SECRET_MAIL = "jane.doe@acme-health.com"


def test_redact_masks_what_leaves_and_restores_what_is_shown(
    llm_server: LLMTestServer, audit: Audit
) -> None:
    messages = [
        {"role": "system", "content": "Client contact: Jane Doe."},
        {
            "role": "user",
            "content": f"Jane Doe ({SECRET_MAIL}, +1 415 555 0100) asks about SSN 123-45-6789 "
            f"and card 4556 7375 8689 9855. Write back to {SECRET_MAIL}.",
        },
    ]
    # The model answers with placeholders, split mid-placeholder across chunks.
    llm_server.reply_text = "Dear [PERSON_1], I will mail [EMAIL_1] about [SSN_1]. [UNKNOWN_9]"
    llm_server.chunk_chars = 4
    deltas, result = run(
        complete(
            messages,
            choice_for(llm_server),
            privacy=PrivacyPolicy.REDACT,
            contact_names=["Jane Doe"],
            audit=audit,
        )
    )
    sent = llm_server.requests[0]["messages"]
    wire = " ".join(m["content"] for m in sent)
    for secret in (SECRET_MAIL, "Jane", "Doe", "555 0100", "123-45-6789", "4556 7375"):
        assert secret not in wire
    assert sent[0]["content"] == "Client contact: [PERSON_1]."
    assert "[EMAIL_1]" in sent[1]["content"] and sent[1]["content"].count("[EMAIL_1]") == 2
    expected = f"Dear Jane Doe, I will mail {SECRET_MAIL} about 123-45-6789. [UNKNOWN_9]"
    assert "".join(deltas) == expected
    assert result.text == expected
    assert not any("[EMAIL" in d or "[PERSON" in d for d in deltas)
    assert result.redactions == 7  # 2 names, 2 e-mails, phone, SSN, card
    assert audit[0].redactions == 7
    assert audit[0].chars_sent == sum(len(m["content"]) for m in sent)


def test_cloud_policy_sends_text_unchanged(llm_server: LLMTestServer) -> None:
    messages = [{"role": "user", "content": f"Mail {SECRET_MAIL}"}]
    run(complete(messages, choice_for(llm_server), contact_names=["Jane"]))
    assert llm_server.requests[0]["messages"][0]["content"] == f"Mail {SECRET_MAIL}"


def test_partial_text_on_error_is_restored(llm_server: LLMTestServer) -> None:
    llm_server.reply_text = "Hi [PERSON_1] and more words here"
    llm_server.cut_after = 2
    with pytest.raises(errors.StreamInterrupted) as caught:
        run(
            complete(
                [{"role": "user", "content": "About Jane"}],
                choice_for(llm_server, "cut"),
                privacy=PrivacyPolicy.REDACT,
                contact_names=["Jane"],
            )
        )
    assert caught.value.partial_text == "Hi Jane "


# --- test_connection -------------------------------------------------------------------


def test_test_connection_ok(llm_server: LLMTestServer, audit: Audit) -> None:
    ok, message = test_connection(choice_for(llm_server), audit, api_key=KEY)
    assert ok, message
    assert message.startswith("Test Proxy answered with openai/gpt-4o-mini")
    assert llm_server.requests[0]["max_tokens"] == 1
    assert [(e.purpose, e.outcome, e.client_id) for e in audit] == [
        ("connection test", "ok", None)
    ]


def test_test_connection_reports_the_typed_error(llm_server: LLMTestServer, audit: Audit) -> None:
    ok, message = test_connection(choice_for(llm_server, "err-401"), audit, api_key=KEY)
    assert not ok
    assert message == "Test Proxy rejected the API key (401). Open Settings → Models to replace it."
    assert [(e.purpose, e.outcome) for e in audit] == [("connection test", "auth_failed")]


def test_audit_callback_failure_does_not_lose_the_answer(llm_server: LLMTestServer) -> None:
    def broken(entry: AuditEntry) -> None:
        raise RuntimeError("database is locked")

    _, result = run(complete(MESSAGES, choice_for(llm_server), audit=broken))
    assert result.text == llm_server.reply_text


class _FakeLlama:
    """Stands in for llama_cpp.Llama: same streaming call shape, no model file needed."""

    def __init__(self, model_path: str, **kwargs: Any) -> None:
        self.model_path = model_path
        self.seen: list[Any] = []

    def tokenize(self, data: bytes) -> list[int]:
        return list(range(len(data.split())))

    def create_chat_completion(self, messages: Any, stream: bool) -> Iterator[dict[str, Any]]:
        assert stream is True
        self.seen.append(messages)
        yield {"choices": [{"delta": {"role": "assistant"}, "finish_reason": None}]}
        for piece in ("Local ", "answer ", "for [PERSON_1]"):
            yield {"choices": [{"delta": {"content": piece}, "finish_reason": None}]}
        yield {"choices": [{"delta": {}, "finish_reason": "stop"}]}


def test_local_gguf_streams_in_process_without_network(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Any, audit: Audit
) -> None:
    import sys
    import types

    fake = types.ModuleType("llama_cpp")
    fake.Llama = _FakeLlama  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "llama_cpp", fake)
    attempts = record_connections(monkeypatch)
    model_file = tmp_path / "tiny.gguf"
    model_file.write_bytes(b"GGUF")
    choice = ModelChoice(
        model="tiny", provider_id="local", kind=ProviderKind.LOCAL_GGUF, model_path=str(model_file)
    )
    deltas, result = run(
        complete(
            [{"role": "user", "content": "Hello from Jane"}],
            choice,
            privacy=PrivacyPolicy.REDACT,
            contact_names=["Jane"],
            audit=audit,
        )
    )
    # A model file runs here: nothing is masked, and no socket is opened.
    assert "".join(deltas) == "Local answer for [PERSON_1]"
    assert (result.input_tokens, result.output_tokens, result.cost_microusd) == (3, 3, 0)
    assert result.finish_reason == "stop" and result.redactions == 0
    assert attempts == []
    assert audit[0].outcome == "ok" and audit[0].provider == "local"


class _FakeGemmaWithoutTemplate(_FakeLlama):
    """A Gemma file without an embedded chat template (llama-cpp-python then picks
    the Llama 2 format, which Gemma answers with an immediate end of text)."""

    metadata = {"general.architecture": "gemma3"}  # noqa: RUF012
    chat_handler = None

    def __init__(self, model_path: str, **kwargs: Any) -> None:
        super().__init__(model_path, **kwargs)
        self.chat_format = "llama-2"
        self.kwargs = kwargs

    def create_chat_completion(self, messages: Any, stream: bool, **options: Any) -> Any:
        self.options = options
        return super().create_chat_completion(messages, stream)


def test_local_gguf_without_template_uses_gemma_format_and_limits(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    import sys
    import types

    from consultant.llm import gateway

    fake = types.ModuleType("llama_cpp")
    fake.Llama = _FakeGemmaWithoutTemplate  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "llama_cpp", fake)
    model_file = tmp_path / "gemma.gguf"
    model_file.write_bytes(b"GGUF")
    monkeypatch.setattr(gateway, "_gguf_models", {})
    choice = ModelChoice(
        model="gemma", provider_id="local", kind=ProviderKind.LOCAL_GGUF, model_path=str(model_file)
    )
    run(complete(MESSAGES, choice, max_tokens=5, temperature=0.0))
    model = gateway._gguf_models[str(model_file)]
    assert model.chat_format == "gemma"
    assert model.kwargs["n_ctx"] == gateway.GGUF_CONTEXT_TOKENS
    assert model.options == {"max_tokens": 5, "temperature": 0.0}
    # The built-in Gemma format drops system messages: they go in front of the user's.
    assert model.seen == [[{"role": "user", "content": "You are helpful.\n\nSay hello."}]]


def test_token_counts_are_remembered_per_model_and_text(
    monkeypatch: pytest.MonkeyPatch, llm_server: LLMTestServer
) -> None:
    from consultant.llm import gateway

    litellm = gateway._load_litellm()
    gateway._token_counts.clear()
    calls: list[str] = []
    original = litellm.token_counter

    def counting(*args: Any, **kwargs: Any) -> int:
        calls.append(kwargs.get("text", ""))
        return int(original(*args, **kwargs))

    monkeypatch.setattr(litellm, "token_counter", counting)
    choice = choice_for(llm_server)
    first = gateway.count_text_tokens(choice, "an earlier turn of the conversation")
    again = gateway.count_text_tokens(choice, "an earlier turn of the conversation")
    other = gateway.count_text_tokens(choice, "the new message")
    assert first == again > 0 and other > 0
    assert calls == ["an earlier turn of the conversation", "the new message"]
    assert all(len(digest) == 16 for _model, digest in gateway._token_counts)  # no texts kept
    gateway._token_counts.clear()
