"""The model gateway: chat completions, streamed, through the one outbound door.

:func:`stream_completion` takes assembled chat messages, a :class:`ModelChoice` and
the client's :class:`~consultant.core.privacy.PrivacyContext`, passes them through
:func:`~consultant.llm.outbound.outbound_call` (privacy policy, masking of client
data, key, proxy-free transport for local servers, one audit entry), streams the
answer as :class:`TextDelta` events with placeholders restored, and ends with one
:class:`CompletionResult`. Every failure is raised as a typed
:class:`~consultant.llm.errors.GatewayError`.

litellm is imported lazily (inside functions, with ``LITELLM_LOCAL_MODEL_COST_MAP``
set first, so importing it never fetches anything); :func:`preload_litellm` lets the
desktop app pay the import cost in a background thread after the window is shown.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
import time
from collections import OrderedDict
from collections.abc import Generator, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from types import ModuleType, SimpleNamespace
from typing import Any

from consultant.core.privacy import PrivacyContext
from consultant.core.redaction import StreamRestorer
from consultant.llm.errors import (
    GatewayError,
    LocalModelUnavailable,
    ServerError,
    StreamInterrupted,
    map_exception,
)
from consultant.llm.outbound import AuditCallback, OutboundCall, outbound_call
from consultant.llm.providers import ModelChoice, ProviderKind

__all__ = [
    "AuditCallback",
    "CompletionResult",
    "StreamEvent",
    "TextDelta",
    "TokenEstimate",
    "estimate_prompt",
    "litellm_loaded",
    "preload_litellm",
    "stream_completion",
    "test_connection",
]

log = logging.getLogger(__name__)

ChatMessage = Mapping[str, str]

#: A key sent to OpenAI-compatible servers that need none (litellm insists on one).
_NO_KEY = "no-key-required"


@dataclass(frozen=True, slots=True)
class TextDelta:
    """A piece of the answer, already restored (placeholders replaced by real values)."""

    text: str


@dataclass(frozen=True, slots=True)
class CompletionResult:
    """The end of a stream. ``cancelled`` answers end with ``finish_reason="cancelled"``."""

    text: str
    model: str
    provider_id: str
    input_tokens: int | None
    output_tokens: int | None
    cost_microusd: int | None  # None when the model's price is unknown
    finish_reason: str | None
    cancelled: bool = False
    redactions: int = 0
    chars_sent: int = 0
    duration_s: float = 0.0


StreamEvent = TextDelta | CompletionResult


# --- litellm loading -------------------------------------------------------------

_litellm_lock = threading.Lock()
_litellm: ModuleType | None = None


def _load_litellm() -> ModuleType:
    """Import and configure litellm once (thread-safe)."""
    global _litellm
    if _litellm is not None:
        return _litellm
    with _litellm_lock:
        if _litellm is None:
            # Use the bundled price map; never fetch it from the network.
            os.environ["LITELLM_LOCAL_MODEL_COST_MAP"] = "True"
            os.environ.setdefault("LITELLM_TELEMETRY", "False")
            import litellm

            litellm.telemetry = False
            litellm.suppress_debug_info = True
            litellm.set_verbose = False
            litellm.turn_off_message_logging = True
            litellm.redact_messages_in_exceptions = True
            litellm.log_raw_request_response = False
            litellm.callbacks = []
            litellm.success_callback = []
            litellm.failure_callback = []
            litellm.input_callback = []
            litellm.num_retries = 0
            # No litellm callbacks are used (cost and audit are computed here), and
            # its per-chunk success logging runs a thread-pool task that starts an
            # event loop for every chunk: work that competes with the desktop
            # app's GUI thread for the interpreter lock while a reply streams.
            litellm.disable_streaming_logging = True
            for name in ("LiteLLM", "LiteLLM Router", "LiteLLM Proxy", "litellm"):
                logging.getLogger(name).setLevel(logging.ERROR)
            _litellm = litellm
    return _litellm


def preload_litellm() -> None:
    """Import litellm now (a few seconds). Call from a background thread after the
    first paint; errors are logged, never raised (the first call will report them)."""
    try:
        litellm = _load_litellm()
    except Exception:
        log.exception("litellm could not be loaded")
        return
    _warm_up(litellm)


def _warm_up(litellm: ModuleType) -> None:
    """Run litellm's real OpenAI-compatible streaming path once, offline.

    Its first completion imports provider, transformation and streaming modules
    lazily, holding the interpreter lock for ~200 ms at a time; on the desktop's
    streaming thread that froze the window during the first reply. Here it runs
    right after start-up against an in-memory HTTP transport (``httpx.MockTransport``):
    no socket is opened and nothing leaves the process.
    """
    try:
        import httpx
        import openai

        def answer(request: httpx.Request) -> httpx.Response:
            chunk = {
                "id": "warm-up", "object": "chat.completion.chunk", "created": 0,
                "model": "warm-up",
                "choices": [{"index": 0, "delta": {"role": "assistant", "content": "ok"},
                             "finish_reason": "stop"}],
                "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
            }  # fmt: skip
            body = f"data: {json.dumps(chunk)}\n\ndata: [DONE]\n\n"
            return httpx.Response(
                200, headers={"content-type": "text/event-stream"}, content=body.encode()
            )

        base = "http://warm-up.invalid/v1"
        client = openai.OpenAI(
            api_key=_NO_KEY, base_url=base,
            http_client=httpx.Client(transport=httpx.MockTransport(answer)),
        )  # fmt: skip
        stream = litellm.completion(
            model="openai/warm-up",
            messages=[{"role": "user", "content": "warm up"}],
            stream=True,
            stream_options={"include_usage": True},
            client=client,
            api_base=base,
            api_key=_NO_KEY,
        )
        for _chunk in stream:
            pass
        litellm.token_counter(model="openai/gpt-4o-mini", text="warm up")
    except Exception:  # only a speed-up: never fail start-up over it
        log.debug("litellm warm-up failed", exc_info=True)


def litellm_loaded() -> bool:
    return _litellm is not None


# --- context windows and token counts ------------------------------------------------

#: Characters per token when litellm is not loaded yet (deliberately pessimistic).
CHARS_PER_TOKEN_ESTIMATE = 3


def context_window(choice: ModelChoice) -> int | None:
    """The model's input limit in tokens from litellm's bundled map, or ``None``.

    Answers ``None`` instead of importing litellm when it is not loaded yet, so it
    never blocks the GUI thread for seconds; callers then use a safe default.
    """
    if _litellm is None:
        return None
    try:
        info = _litellm.get_model_info(choice.model)
    except Exception:  # unmapped model
        return None
    value = info.get("max_input_tokens") or info.get("max_tokens")
    return int(value) if isinstance(value, int) and value > 0 else None


#: Token counts by (model, digest of the text). Every send counts the
#: conversation's earlier turns again (to fit the model's window) and litellm's
#: counter costs ~0.25 ms a call; digests keep pasted texts out of memory.
_token_counts: OrderedDict[tuple[str, bytes], int] = OrderedDict()
_token_counts_lock = threading.Lock()
TOKEN_COUNT_CACHE_SIZE = 8192


def count_text_tokens(choice: ModelChoice, text: str) -> int:
    """Tokens in ``text`` with litellm's counter, or a pessimistic estimate."""
    if _litellm is not None:
        key = (choice.model, hashlib.blake2b(text.encode(), digest_size=16).digest())
        with _token_counts_lock:
            known = _token_counts.get(key)
            if known is not None:
                _token_counts.move_to_end(key)
                return known
        counted = _count_tokens(_litellm, choice.model, text=text)
        if counted is not None:
            with _token_counts_lock:
                _token_counts[key] = counted
                while len(_token_counts) > TOKEN_COUNT_CACHE_SIZE:
                    _token_counts.popitem(last=False)
            return counted
    return len(text) // CHARS_PER_TOKEN_ESTIMATE + 1


#: Characters per token for the estimate shown before sending (a fair average for
#: English prose; the trimming above stays pessimistic with 3).
CHARS_PER_TOKEN_DISPLAY = 4


@dataclass(frozen=True, slots=True)
class TokenEstimate:
    """Prompt tokens before sending, and what the input would cost."""

    tokens: int
    #: ``"litellm"`` (its counter, the model is in its table) or ``"characters"``
    #: (characters / 4: litellm is not loaded yet or does not know the model).
    method: str
    #: Input cost in millionths of a US dollar, when litellm knows the price.
    input_cost_microusd: int | None = None


def estimate_prompt(choice: ModelChoice, texts: Sequence[str], per_text: int = 4) -> TokenEstimate:
    """Tokens of ``texts`` (the messages of a prompt) and their input cost. Never
    imports litellm: before it is loaded, the answer is a character estimate."""
    litellm = _litellm
    if litellm is not None and context_window(choice) is not None:
        counted = [_count_tokens(litellm, choice.model, text=t) for t in texts]
        if all(c is not None for c in counted):
            tokens = sum(int(c or 0) + per_text for c in counted)
            return TokenEstimate(tokens, "litellm", _cost_microusd(litellm, choice, tokens, 0))
    chars = sum(len(t) for t in texts)
    tokens = -(-chars // CHARS_PER_TOKEN_DISPLAY) + per_text * len(texts)
    return TokenEstimate(tokens, "characters", None)


# --- helpers ---------------------------------------------------------------------


def _to_microusd(cost: float | None) -> int | None:
    if cost is None or cost != cost or cost < 0:  # None, NaN, negative
        return None
    return int(Decimal(repr(cost)).scaleb(6).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _cost_microusd(
    litellm: ModuleType,
    choice: ModelChoice,
    input_tokens: int | None,
    output_tokens: int | None,
) -> int | None:
    """Cost through litellm's price map; ``None`` for unmapped models, never an error."""
    if input_tokens is None or output_tokens is None:
        return None
    try:
        prompt_cost, completion_cost = litellm.cost_per_token(
            model=choice.model,
            prompt_tokens=input_tokens,
            completion_tokens=output_tokens,
        )
        return _to_microusd(float(prompt_cost) + float(completion_cost))
    except Exception:  # litellm raises for models missing from its map
        return None


def _count_tokens(litellm: ModuleType, model: str, **kwargs: Any) -> int | None:
    try:
        return int(litellm.token_counter(model=model, **kwargs))
    except Exception:
        return None


# --- the gateway -----------------------------------------------------------------


def stream_completion(
    messages: Sequence[ChatMessage],
    choice: ModelChoice,
    privacy: PrivacyContext,
    audit: AuditCallback,
    *,
    cancel: threading.Event | None = None,
    api_key: str | None = None,
    max_tokens: int | None = None,
    temperature: float | None = None,
    purpose: str = "chat",
) -> Generator[StreamEvent, None, None]:
    """Stream one completion: :class:`TextDelta` events, then one :class:`CompletionResult`.

    - ``privacy`` (required): the client's :class:`PrivacyContext`, or
      ``PrivacyContext.no_client_data()`` for the app's own text. ``local_only``
      refuses any model not declared to run on this computer before anything is
      sent; ``redact`` masks personal data in the client-data segments of what is
      sent and restores it in what is yielded.
    - ``audit`` (required): called exactly once per call with outcome ``"ok"``,
      ``"cancelled"`` or the error kind.
    - ``cancel``: checked between chunks; when set, the stream is closed and the result
      has ``cancelled=True`` and the text so far.
    - ``api_key``: overrides the stored key (``consultant.llm.secrets``) for this call.

    The work happens while iterating (it is a generator); all errors are
    :class:`GatewayError` subclasses carrying the text streamed so far in
    ``partial_text``. Closing the generator early counts as cancelling.
    """
    with outbound_call(
        choice, privacy, audit, purpose=purpose, messages=messages, api_key=api_key
    ) as call:
        yield from _stream(call, cancel, max_tokens, temperature)


def _stream(
    call: OutboundCall,
    cancel: threading.Event | None,
    max_tokens: int | None,
    temperature: float | None,
) -> Generator[StreamEvent, None, None]:
    """The request itself, inside the door (:func:`outbound_call`)."""
    choice = call.choice
    outbound = call.messages
    redactions = call.outbound.redactions
    chars_sent = call.outbound.chars
    key = call.key

    # Stopped before it started: nothing is sent, no model loaded.
    if cancel is not None and cancel.is_set():
        call.finish("cancelled", "stopped before it was sent", chars=0)
        yield CompletionResult(
            text="", model=choice.model, provider_id=choice.provider_id, input_tokens=None,
            output_tokens=None, cost_microusd=None, finish_reason="cancelled", cancelled=True,
            redactions=redactions, chars_sent=0, duration_s=time.monotonic() - call.started,
        )  # fmt: skip
        return

    restorer = StreamRestorer(call.outbound.redactor)
    shown: list[str] = []
    cancelled = False
    finish_reason: str | None = None
    input_tokens: int | None = None
    output_tokens: int | None = None
    cost: int | None = None
    stream_started = False
    stream: Any = None

    def fail(exc: BaseException) -> GatewayError:
        tail = restorer.flush()
        if tail:
            shown.append(tail)
        return map_exception(
            exc,
            provider=choice.provider_name,
            provider_kind=choice.kind.value,
            secrets=call.secrets,
            partial_text="".join(shown),
            stream_started=stream_started,
        )

    litellm: ModuleType | None = None
    chunks: Iterator[tuple[str, str | None, Any]] = iter(())
    try:
        if choice.kind is ProviderKind.LOCAL_GGUF:
            chunks = _gguf_chunks(
                choice, outbound, max_tokens=max_tokens, temperature=temperature, cancel=cancel
            )
        else:
            litellm = _load_litellm()
            kwargs: dict[str, Any] = {
                "model": choice.model,
                "messages": outbound,
                "stream": True,
                "stream_options": {"include_usage": True},
                "timeout": choice.timeout,
                "num_retries": 0,
                "max_retries": 0,
                "drop_params": True,
            }
            if choice.api_base:
                kwargs["api_base"] = choice.api_base
            if key:
                kwargs["api_key"] = key
            elif choice.kind is ProviderKind.OPENAI_COMPATIBLE:
                kwargs["api_key"] = _NO_KEY
            if max_tokens is not None:
                kwargs["max_tokens"] = max_tokens
            if temperature is not None:
                kwargs["temperature"] = temperature
            kwargs.update(call.transport)
            if cancel is not None and cancel.is_set():
                cancelled = True
                chunks = iter(())
            else:
                stream = litellm.completion(**kwargs)
                read = _openai_chunks if choice.kind in _OPENAI_STREAMS else _litellm_chunks
                chunks = read(stream)
        for text, finish, usage in chunks:
            if cancel is not None and cancel.is_set():
                cancelled = True
                break
            stream_started = True
            if finish:
                finish_reason = finish
            if usage is not None:
                input_tokens = _int_or_none(getattr(usage, "prompt_tokens", None), input_tokens)
                output_tokens = _int_or_none(
                    getattr(usage, "completion_tokens", None), output_tokens
                )
            if text:
                visible = restorer.feed(text)
                if visible:
                    shown.append(visible)
                    yield TextDelta(visible)
                    if cancel is not None and cancel.is_set():
                        cancelled = True
                        break
    except GeneratorExit:
        _close_stream(stream)
        _close_chunks(chunks)
        raise
    except GatewayError as exc:
        _close_stream(stream)
        _close_chunks(chunks)
        raise fail(exc) from None
    except Exception as exc:
        _close_stream(stream)
        _close_chunks(chunks)
        raise fail(exc) from None

    if cancelled:
        _close_stream(stream)
        _close_chunks(chunks)  # a local model's generation lock is released now
    tail = restorer.flush()
    if tail:
        shown.append(tail)
        yield TextDelta(tail)
    text = "".join(shown)
    if cancelled:
        finish_reason = "cancelled"
    elif finish_reason is None:
        # A reply is complete only when the model says so. A stream that simply
        # ends (a cut connection, a proxy's error page, "[DONE]" alone) is not.
        _close_stream(stream)
        raise _unfinished(choice, text)
    if litellm is not None:
        if input_tokens is None and not cancelled:
            input_tokens = _count_tokens(litellm, choice.model, messages=outbound)
        if output_tokens is None and not cancelled:
            output_tokens = _count_tokens(litellm, choice.model, text=text)
        cost = _cost_microusd(litellm, choice, input_tokens, output_tokens)
    elif choice.kind is ProviderKind.LOCAL_GGUF:
        cost = 0
    call.finish("cancelled" if cancelled else "ok", finish_reason or "")
    yield CompletionResult(
        text=text,
        model=choice.model,
        provider_id=choice.provider_id,
        input_tokens=input_tokens,
        output_tokens=output_tokens,
        cost_microusd=cost,
        finish_reason=finish_reason,
        cancelled=cancelled,
        redactions=redactions,
        chars_sent=chars_sent,
        duration_s=time.monotonic() - call.started,
    )


def _unfinished(choice: ModelChoice, text: str) -> GatewayError:
    name = choice.provider_name
    said = name[:1].upper() + name[1:]  # "the server at …" opens a sentence here
    if text.strip():
        return StreamInterrupted(
            f"The reply from {name} stopped before it was finished: the stream ended "
            f"without the model saying it was done. The text so far is kept; Retry asks "
            f"again.",
            provider=name,
            partial_text=text,
        )
    return ServerError(
        f"{said} answered, but not with a model reply (an empty stream or a page that is "
        f"not an answer). Check the server address in Settings → Models, then Retry.",
        provider=name,
    )


def _int_or_none(value: Any, previous: int | None) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else previous


#: Providers streamed through the OpenAI SDK: their raw chunks are read directly.
_OPENAI_STREAMS = frozenset({ProviderKind.OPENAI, ProviderKind.OPENAI_COMPATIBLE})


def _field(obj: Any, name: str) -> Any:
    return obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)


def _chunk_fields(chunk: Any) -> tuple[str, str | None, Any]:
    """(text, finish_reason, usage) of one OpenAI-format chunk."""
    text = ""
    finish: str | None = None
    choices = _field(chunk, "choices") or ()
    if choices:
        first = choices[0]
        delta = _field(first, "delta")
        content = _field(delta, "content") if delta is not None else None
        if isinstance(content, str):
            text = content
        reason = _field(first, "finish_reason")
        if isinstance(reason, str):
            finish = reason
    usage = _field(chunk, "usage")
    if isinstance(usage, dict):
        usage = SimpleNamespace(**usage)
    return text, finish, usage


def _litellm_chunks(stream: Any) -> Iterator[tuple[str, str | None, Any]]:
    """(text, finish_reason, usage) per litellm stream chunk."""
    for chunk in stream:
        yield _chunk_fields(chunk)


def _openai_chunks(stream: Any) -> Iterator[tuple[str, str | None, Any]]:
    """The same, read from the OpenAI SDK stream under litellm's wrapper.

    The wrapper costs ~1 ms of Python per chunk (this ~0.25 ms) and, at the end,
    rebuilds the whole response from every chunk for its own logging (30–60 ms
    per 300 chunks): time spent holding the interpreter lock that the desktop
    window's thread needs while a reply streams. Usage comes in the last chunk
    (``include_usage``); without it the caller counts the tokens itself.
    """
    raw = getattr(stream, "completion_stream", None)
    if raw is None or isinstance(raw, str | bytes) or not hasattr(raw, "__iter__"):
        yield from _litellm_chunks(stream)
        return
    for chunk in raw:
        yield _chunk_fields(chunk)


def _close_stream(stream: Any) -> None:
    """Close the HTTP response under a litellm stream (drops the connection)."""
    if stream is None:
        return
    inner = getattr(stream, "completion_stream", None)
    for target in (inner, getattr(inner, "response", None)):
        close = getattr(target, "close", None)
        if callable(close):
            try:
                close()
            except Exception:
                log.debug("closing the stream failed", exc_info=True)
            return


# --- local GGUF models (optional extra) -----------------------------------------

_gguf_lock = threading.Lock()
_gguf_models: dict[str, Any] = {}
#: One lock per model file: a ``Llama`` object is not thread-safe, so one generation
#: (tokenize + ``create_chat_completion`` to its last chunk) runs at a time per file;
#: a second stream waits for it, checking its cancel event while it waits.
_gguf_run_locks: dict[str, threading.Lock] = {}
#: How often a stream waiting for a busy model file looks at its cancel event (s).
GGUF_WAIT_POLL_SECONDS = 0.05

#: Context size a model file is loaded with. llama.cpp's ``n_ctx=0`` means the model's
#: training context (32k for Gemma 3, 128k for Llama 3.1), whose KV cache alone can
#: take many GiB; 8192 matches the window the prompt assembler assumes for models
#: litellm does not know (``services.ask.DEFAULT_CONTEXT_WINDOW``).
GGUF_CONTEXT_TOKENS = 8192


@dataclass(frozen=True, slots=True)
class _GgufUsage:
    prompt_tokens: int | None
    completion_tokens: int | None


def _gguf_path(path: str) -> str:
    return os.path.abspath(os.path.expanduser(path))


def _gguf_run_lock(resolved: str) -> threading.Lock:
    """The generation lock of one model file (created on first use)."""
    with _gguf_lock:
        lock = _gguf_run_locks.get(resolved)
        if lock is None:
            lock = _gguf_run_locks[resolved] = threading.Lock()
    return lock


def _close_chunks(chunks: Iterator[Any]) -> None:
    """Close a chunk generator that was stopped early (runs its ``finally``)."""
    close = getattr(chunks, "close", None)
    if callable(close):
        try:
            close()
        except Exception:
            log.debug("closing the chunk generator failed", exc_info=True)


def _gguf_model(path: str) -> Any:
    try:
        import llama_cpp
    except ImportError:
        raise LocalModelUnavailable(
            "Running a local model file needs the optional extra: pip install consultant[local]",
            provider="the local model",
        ) from None
    resolved = _gguf_path(path)
    if not os.path.isfile(resolved):
        raise LocalModelUnavailable(
            f"The model file {resolved} was not found. Open Settings → Models to choose "
            f"another .gguf file.",
            provider="the local model",
        )
    with _gguf_lock:
        model = _gguf_models.get(resolved)
        if model is None:
            try:
                model = llama_cpp.Llama(
                    model_path=resolved, n_ctx=GGUF_CONTEXT_TOKENS, verbose=False
                )
            except Exception as exc:
                raise LocalModelUnavailable(
                    f"The model file {resolved} could not be loaded ({type(exc).__name__}). "
                    f"Is it a GGUF model?",
                    provider="the local model",
                ) from None
            fallback = _gguf_fallback_format(model)
            if fallback is not None:
                model.chat_format = fallback
            _gguf_models[resolved] = model
    return model


def _gguf_fallback_format(model: Any) -> str | None:
    """A chat format for a file without an embedded chat template, or ``None``.

    llama-cpp-python falls back to the Llama 2 format then; a Gemma model answers that
    prompt with an immediate end of text (an empty reply). Gemma files get the Gemma
    format instead."""
    metadata = getattr(model, "metadata", None)
    if not isinstance(metadata, Mapping) or "tokenizer.chat_template" in metadata:
        return None
    if getattr(model, "chat_handler", None) is not None:
        return None
    architecture = str(metadata.get("general.architecture", ""))
    return "gemma" if architecture.startswith("gemma") else None


def _fold_system_messages(messages: list[dict[str, str]]) -> list[dict[str, str]]:
    """Put system text in front of the first user message (Gemma's own template does
    this; llama-cpp-python's built-in Gemma format drops system messages)."""
    system = "\n\n".join(m["content"] for m in messages if m["role"] == "system")
    rest = [dict(m) for m in messages if m["role"] != "system"]
    if not system:
        return rest
    for message in rest:
        if message["role"] == "user":
            message["content"] = f"{system}\n\n{message['content']}"
            return rest
    return [{"role": "user", "content": system}, *rest]


def _gguf_chunks(
    choice: ModelChoice,
    messages: list[dict[str, str]],
    *,
    max_tokens: int | None = None,
    temperature: float | None = None,
    cancel: threading.Event | None = None,
) -> Iterator[tuple[str, str | None, Any]]:
    """Stream from llama-cpp-python in-process, in the same shape as litellm chunks.

    Without ``max_tokens`` llama.cpp generates until the model stops or the context is
    full, so the limit is passed on (``test_connection`` asks for one token).

    The model file's generation lock is held from before the prompt is tokenized
    until the last chunk, or until this generator is closed (cancel, an error, the
    reader going away). A stream that finds the model busy waits; when ``cancel`` is
    set while it waits, it yields one empty chunk without having touched the model
    (the reader checks ``cancel`` before each chunk and ends as cancelled)."""
    model = _gguf_model(choice.model_path or "")
    lock = _gguf_run_lock(_gguf_path(choice.model_path or ""))
    while not lock.acquire(timeout=GGUF_WAIT_POLL_SECONDS):
        if cancel is not None and cancel.is_set():
            yield "", None, None
            return
    try:
        if cancel is not None and cancel.is_set():
            yield "", None, None
            return
        if getattr(model, "chat_format", None) == "gemma":
            messages = _fold_system_messages(messages)
        options: dict[str, Any] = {}
        if max_tokens is not None:
            options["max_tokens"] = max_tokens
        if temperature is not None:
            options["temperature"] = temperature
        prompt_tokens: int | None = None
        try:
            joined = "\n".join(m["content"] for m in messages)
            prompt_tokens = len(model.tokenize(joined.encode("utf-8")))
        except Exception:
            prompt_tokens = None
        produced = 0
        completion = model.create_chat_completion(messages=messages, stream=True, **options)
        try:
            for chunk in completion:
                choices = chunk.get("choices") or [{}]
                delta = choices[0].get("delta") or {}
                text = delta.get("content") or ""
                if text:
                    produced += 1
                yield text, choices[0].get("finish_reason"), None
        finally:
            _close_chunks(completion)  # llama.cpp's own generator stops before the lock goes
        yield "", None, _GgufUsage(prompt_tokens, produced)
    finally:
        lock.release()


# --- connection test -------------------------------------------------------------


def test_connection(
    choice: ModelChoice,
    audit: AuditCallback,
    *,
    api_key: str | None = None,
) -> tuple[bool, str]:
    """A 1-token completion to check a model works: ``(ok, sentence for the user)``.

    It sends only the app's own text (no client data) and is audited like any call."""
    started = time.monotonic()
    try:
        result: CompletionResult | None = None
        for event in stream_completion(
            [{"role": "user", "content": "Reply with the single word OK."}],
            choice,
            PrivacyContext.no_client_data(),
            audit,
            api_key=api_key,
            max_tokens=1,
            purpose="connection test",
        ):
            if isinstance(event, CompletionResult):
                result = event
    except GatewayError as exc:
        return False, exc.user_message
    elapsed = time.monotonic() - started
    model = result.model if result else choice.model
    return True, f"{choice.provider_name} answered with {model} in {elapsed:.1f} s."


test_connection.__test__ = False  # type: ignore[attr-defined]  # not a pytest test
