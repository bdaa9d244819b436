"""Text embeddings for the semantic layer of past-context retrieval.

The same door as chat completions (:func:`consultant.llm.outbound.outbound_call`):
the client's privacy policy is checked first, client text is masked for ``redact``
clients, keys are scrubbed from errors, and every batch is audited (purpose
``embedding``). Vectors come back L2-normalised, so a dot product is the cosine.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from consultant.core.privacy import PrivacyContext, data
from consultant.llm.errors import GatewayError
from consultant.llm.outbound import AuditCallback, outbound_call
from consultant.llm.providers import ModelChoice, ProviderKind

MAX_BATCH = 64
MAX_CHARS_PER_TEXT = 8000


def normalise(vector: Sequence[float]) -> list[float]:
    norm = math.sqrt(sum(x * x for x in vector))
    return [x / norm for x in vector] if norm > 0 else [0.0 for _ in vector]


def embed_texts(
    texts: Sequence[str],
    choice: ModelChoice,
    privacy: PrivacyContext,
    audit: AuditCallback,
    *,
    api_key: str | None = None,
) -> list[list[float]]:
    """One normalised vector per text (batched; blocking: call off the GUI thread).

    The texts are client data: each is masked for a ``redact`` client, and a call
    with ``PrivacyContext.no_client_data()`` is refused."""
    name = choice.provider_name
    if choice.kind is ProviderKind.LOCAL_GGUF:
        raise GatewayError(
            "Embeddings from a model file are not supported; use Ollama or a server.",
            provider=name,
        )
    vectors: list[list[float]] = []
    for start in range(0, len(texts), MAX_BATCH):
        batch = texts[start : start + MAX_BATCH]
        messages = [{"role": "user", "content": data(t[:MAX_CHARS_PER_TEXT])} for t in batch]
        with outbound_call(
            choice, privacy, audit, purpose="embedding", messages=messages, api_key=api_key
        ) as call:
            from consultant.llm.gateway import _NO_KEY, _load_litellm

            litellm = _load_litellm()
            kwargs: dict[str, Any] = {
                "model": choice.model,
                "input": [m["content"] for m in call.messages],
                "timeout": choice.timeout,
                "num_retries": 0,
            }
            if choice.api_base:
                kwargs["api_base"] = choice.api_base
            if call.key:
                kwargs["api_key"] = call.key
            elif choice.kind is ProviderKind.OPENAI_COMPATIBLE:
                kwargs["api_key"] = _NO_KEY
            kwargs.update(call.transport)
            response = litellm.embedding(**kwargs)
            rows = sorted(response.data, key=lambda d: _get(d, "index", 0))
            got = [normalise([float(x) for x in _get(d, "embedding", [])]) for d in rows]
            if len(got) != len(batch):
                raise GatewayError(
                    f"{name} returned {len(got)} embeddings for {len(batch)} texts.",
                    provider=name,
                )
            call.finish("ok", f"{len(batch)} text(s)")
            vectors += got
    return vectors


def _get(item: Any, key: str, default: Any) -> Any:
    if isinstance(item, dict):
        return item.get(key, default)
    return getattr(item, key, default)
