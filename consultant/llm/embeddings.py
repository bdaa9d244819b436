"""Text embeddings for the optional semantic layer of past-context retrieval.

Same rules as chat completions (DESIGN.md §3): the client's privacy policy is
checked first — ``local_only`` refuses any model that does not run locally before
a socket is opened, ``redact`` masks personal data in what is sent — errors are
typed ``GatewayError``s with keys scrubbed, and every call is reported to the
audit callback. Vectors come back L2-normalised, so a dot product is the cosine.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from consultant.core.models import AuditEntry, PrivacyPolicy
from consultant.core.redaction import Redactor
from consultant.llm import secrets
from consultant.llm.errors import GatewayError, MissingKey, PrivacyRefused, map_exception, scrub
from consultant.llm.providers import (
    ModelChoice,
    ProviderKind,
    is_local_choice,
    runs_on_this_machine,
)

MAX_BATCH = 64
MAX_CHARS_PER_TEXT = 8000


def normalise(vector: Sequence[float]) -> list[float]:
    norm = math.sqrt(sum(x * x for x in vector))
    return [x / norm for x in vector] if norm > 0 else [0.0 for _ in vector]


def embed_texts(
    texts: Sequence[str],
    choice: ModelChoice,
    *,
    privacy: PrivacyPolicy | str = PrivacyPolicy.CLOUD,
    contact_names: Sequence[str] = (),
    client_id: int | None = None,
    audit: Callable[[AuditEntry], None] | None = None,
    api_key: str | None = None,
) -> list[list[float]]:
    """One normalised vector per text (batched; blocking: call off the GUI thread)."""
    policy = PrivacyPolicy(privacy)
    name = choice.provider_name

    def report(outcome: str, chars: int, redactions: int, detail: str = "") -> None:
        if audit is None:
            return
        with contextlib.suppress(Exception):  # an audit failure must not hide the answer
            audit(
                AuditEntry(
                    id=None, created_at=datetime.now(UTC), provider=choice.provider_id,
                    model=choice.model, client_id=client_id, chars_sent=chars,
                    redactions=redactions, outcome=outcome, detail=f"embedding {detail}".strip(),
                )
            )  # fmt: skip

    if policy is PrivacyPolicy.LOCAL_ONLY and not is_local_choice(choice):
        refused = PrivacyRefused(
            f"This client is set to local-only, so nothing may be sent to {name} for "
            "embedding. Choose a local embedding model, or none, in Settings.",
            provider=name,
        )
        report(refused.kind, 0, 0, refused.user_message)
        raise refused
    if choice.kind is ProviderKind.LOCAL_GGUF:
        raise GatewayError(
            "Embeddings from a model file are not supported; use Ollama or a server.",
            provider=name,
        )
    outbound = [t[:MAX_CHARS_PER_TEXT] for t in texts]
    redactor = Redactor(contact_names)
    if policy is PrivacyPolicy.REDACT and not runs_on_this_machine(choice):
        outbound = [redactor.redact(t) for t in outbound]
    chars = sum(len(t) for t in outbound)
    key = api_key or secrets.get_api_key(choice.provider_id, choice.kind.env_var)
    if choice.kind.needs_key and not key:
        missing = MissingKey(
            f"No API key is set for {name}. Open Settings → Models to add one.", provider=name
        )
        report(missing.kind, 0, redactor.count, missing.user_message)
        raise missing
    from consultant.llm.gateway import _NO_KEY, _load_litellm

    vectors: list[list[float]] = []
    try:
        litellm = _load_litellm()
        for start in range(0, len(outbound), MAX_BATCH):
            kwargs: dict[str, Any] = {
                "model": choice.model,
                "input": outbound[start : start + MAX_BATCH],
                "timeout": choice.timeout,
                "num_retries": 0,
            }
            if choice.api_base:
                kwargs["api_base"] = choice.api_base
            if key:
                kwargs["api_key"] = key
            elif choice.kind is ProviderKind.OPENAI_COMPATIBLE:
                kwargs["api_key"] = _NO_KEY
            response = litellm.embedding(**kwargs)
            data = sorted(response.data, key=lambda d: _get(d, "index", 0))
            vectors += [normalise([float(x) for x in _get(d, "embedding", [])]) for d in data]
    except GatewayError as exc:
        report(exc.kind, chars, redactor.count, exc.user_message)
        raise
    except Exception as exc:
        error = map_exception(exc, provider=name, provider_kind=choice.kind.value, secrets=[key])
        error.detail = scrub(error.detail, [key])
        report(error.kind, chars, redactor.count, error.user_message)
        raise error from None
    if len(vectors) != len(texts):
        raise GatewayError(f"{name} returned {len(vectors)} embeddings for {len(texts)} texts.")
    report("ok", chars, redactor.count, f"{len(texts)} text(s)")
    return vectors


def _get(item: Any, key: str, default: Any) -> Any:
    if isinstance(item, dict):
        return item.get(key, default)
    return getattr(item, key, default)
