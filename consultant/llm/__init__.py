"""llm layer: the only code that calls litellm (lazily, never at import).

Public surface (importing this package imports neither litellm nor keyring):

- :func:`consultant.llm.gateway.stream_completion` — stream one completion through the
  privacy check, redaction, error mapping and audit callback.
- :func:`consultant.llm.gateway.test_connection`, :func:`preload_litellm`.
- :mod:`consultant.llm.providers` — :class:`ModelChoice`, :func:`resolve_model`,
  Ollama detection, :func:`list_models_status`.
- :mod:`consultant.llm.secrets` — API keys in the OS keyring.
- :mod:`consultant.llm.errors` — :class:`GatewayError` and its subclasses.
"""

from consultant.llm.errors import GatewayError, PrivacyRefused
from consultant.llm.gateway import (
    CompletionResult,
    StreamEvent,
    TextDelta,
    preload_litellm,
    stream_completion,
    test_connection,
)
from consultant.llm.providers import ModelChoice, ProviderKind, resolve_model

__all__ = [
    "CompletionResult",
    "GatewayError",
    "ModelChoice",
    "PrivacyRefused",
    "ProviderKind",
    "StreamEvent",
    "TextDelta",
    "preload_litellm",
    "resolve_model",
    "stream_completion",
    "test_connection",
]
