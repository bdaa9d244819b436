"""One local model file is used by one generation at a time (llama.cpp objects are not
thread-safe); a second stream waits, and can be cancelled while it waits."""

from __future__ import annotations

import sys
import threading
import time
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from consultant.core.models import AuditEntry
from consultant.llm import gateway
from consultant.llm.errors import GatewayError
from consultant.llm.gateway import CompletionResult, StreamEvent, TextDelta
from consultant.llm.providers import ModelChoice, ProviderKind
from tests.support import complete

MESSAGES = [{"role": "user", "content": "Hello"}]


class _ExclusiveLlama:
    """A ``llama_cpp.Llama`` stand-in that records any two calls overlapping on one
    object. ``gate`` (when set by a test) holds a generation after its first piece."""

    instances: list[_ExclusiveLlama] = []  # noqa: RUF012

    def __init__(self, model_path: str, **kwargs: Any) -> None:
        self.model_path = model_path
        self.active = 0
        self.overlaps = 0
        self.generations = 0
        self.started = threading.Event()
        self.gate: threading.Event | None = None
        self.fail_after_first = False
        self._guard = threading.Lock()
        _ExclusiveLlama.instances.append(self)

    def _enter(self) -> None:
        with self._guard:
            self.active += 1
            if self.active > 1:
                self.overlaps += 1

    def _leave(self) -> None:
        with self._guard:
            self.active -= 1

    def tokenize(self, data: bytes) -> list[int]:
        self._enter()
        try:
            time.sleep(0.005)
            return list(range(len(data.split())))
        finally:
            self._leave()

    def create_chat_completion(self, messages: Any, stream: bool) -> Iterator[dict[str, Any]]:
        assert stream is True
        self._enter()
        try:
            self.generations += 1
            self.started.set()
            yield {"choices": [{"delta": {"content": "one "}, "finish_reason": None}]}
            if self.gate is not None:
                assert self.gate.wait(10), "the test never released the generation"
            if self.fail_after_first:
                raise RuntimeError("llama_decode returned -1")
            for piece in ("two ", "three"):
                time.sleep(0.01)
                yield {"choices": [{"delta": {"content": piece}, "finish_reason": None}]}
            yield {"choices": [{"delta": {}, "finish_reason": "stop"}]}
        finally:
            self._leave()


@pytest.fixture
def model_choice(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> ModelChoice:
    fake = types.ModuleType("llama_cpp")
    fake.Llama = _ExclusiveLlama  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "llama_cpp", fake)
    monkeypatch.setattr(gateway, "_gguf_models", {})
    _ExclusiveLlama.instances = []
    path = tmp_path / "tiny.gguf"
    path.write_bytes(b"GGUF")
    return ModelChoice(
        model="tiny", provider_id="local", kind=ProviderKind.LOCAL_GGUF, model_path=str(path)
    )


def the_model() -> _ExclusiveLlama:
    (model,) = _ExclusiveLlama.instances
    return model


class Stream(threading.Thread):
    """One conversation streaming in a thread of its own."""

    def __init__(self, choice: ModelChoice, cancel: threading.Event | None = None) -> None:
        super().__init__(daemon=True)
        self.choice = choice
        self.cancel = cancel
        self.events: list[StreamEvent] = []
        self.audit: list[AuditEntry] = []
        self.error: BaseException | None = None
        self.first_delta = threading.Event()

    def run(self) -> None:
        try:
            for event in complete(MESSAGES, self.choice, audit=self.audit.append,
                                  cancel=self.cancel):  # fmt: skip
                self.events.append(event)
                if isinstance(event, TextDelta):
                    self.first_delta.set()
        except BaseException as exc:
            self.error = exc

    @property
    def result(self) -> CompletionResult:
        last = self.events[-1]
        assert isinstance(last, CompletionResult), self.error
        return last


def test_two_streams_on_one_model_never_overlap(model_choice: ModelChoice) -> None:
    # Load the model once, then hold the first generation in the middle.
    list(complete(MESSAGES, model_choice))
    model = the_model()
    model.gate = threading.Event()
    first, second = Stream(model_choice), Stream(model_choice)
    first.start()
    assert first.first_delta.wait(5)
    second.start()
    time.sleep(0.3)  # the second has had every chance to start generating
    assert model.generations == 2  # the warm-up call and the first stream only
    assert not second.first_delta.is_set()
    model.gate.set()
    first.join(10)
    second.join(10)
    assert first.error is None and second.error is None
    assert first.result.text == second.result.text == "one two three"
    assert model.overlaps == 0 and model.generations == 3


def test_many_concurrent_streams_take_turns(model_choice: ModelChoice) -> None:
    streams = [Stream(model_choice) for _ in range(6)]
    for stream in streams:
        stream.start()
    for stream in streams:
        stream.join(20)
    assert all(s.error is None and s.result.text == "one two three" for s in streams)
    assert the_model().overlaps == 0


def test_a_waiting_stream_can_be_cancelled(model_choice: ModelChoice) -> None:
    list(complete(MESSAGES, model_choice))
    model = the_model()
    model.gate = threading.Event()
    first = Stream(model_choice)
    first.start()
    assert first.first_delta.wait(5)
    cancel = threading.Event()
    waiting = Stream(model_choice, cancel)
    waiting.start()
    time.sleep(0.15)
    started = time.monotonic()
    cancel.set()
    waiting.join(5)
    assert not waiting.is_alive() and time.monotonic() - started < 2
    assert waiting.error is None
    assert waiting.result.cancelled and waiting.result.text == ""
    assert [e.outcome for e in waiting.audit] == ["cancelled"]
    assert model.generations == 2  # it never touched the model
    model.gate.set()
    first.join(10)
    assert first.result.text == "one two three" and model.overlaps == 0


def test_lock_is_released_when_a_stream_is_closed_early(model_choice: ModelChoice) -> None:
    stream = complete(MESSAGES, model_choice)
    assert next(stream) == TextDelta("one ")
    stream.close()  # the reader went away mid-answer
    again = Stream(model_choice)
    again.start()
    again.join(5)
    assert again.error is None and again.result.text == "one two three"


def test_lock_is_released_after_a_cancel_mid_answer(model_choice: ModelChoice) -> None:
    cancel = threading.Event()
    stream = complete(MESSAGES, model_choice, cancel=cancel)
    assert next(stream) == TextDelta("one ")
    cancel.set()
    result = next(stream)
    assert isinstance(result, CompletionResult) and result.cancelled
    # The generator is still suspended on its last yield: the model is free already.
    again = Stream(model_choice)
    again.start()
    again.join(5)
    assert again.error is None and again.result.text == "one two three"
    stream.close()


def test_lock_is_released_after_an_error(model_choice: ModelChoice) -> None:
    list(complete(MESSAGES, model_choice))
    model = the_model()
    model.fail_after_first = True
    with pytest.raises(GatewayError) as info:
        list(complete(MESSAGES, model_choice))
    assert info.value.partial_text == "one "
    model.fail_after_first = False
    again = Stream(model_choice)
    again.start()
    again.join(5)
    assert again.error is None and again.result.text == "one two three"


def test_different_model_files_do_not_wait_for_each_other(
    model_choice: ModelChoice, tmp_path: Path
) -> None:
    other_path = tmp_path / "other.gguf"
    other_path.write_bytes(b"GGUF")
    other = ModelChoice(
        model="other", provider_id="local", kind=ProviderKind.LOCAL_GGUF,
        model_path=str(other_path),
    )  # fmt: skip
    list(complete(MESSAGES, model_choice))
    first_model = the_model()
    first_model.gate = threading.Event()
    first = Stream(model_choice)
    first.start()
    assert first.first_delta.wait(5)
    second = Stream(other)
    second.start()
    second.join(5)
    assert second.error is None and second.result.text == "one two three"
    first_model.gate.set()
    first.join(10)
    assert first.result.text == "one two three"
