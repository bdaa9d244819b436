"""Provider kinds, model choices, and local-server detection.

A :class:`ModelChoice` is what the gateway needs to make one call: the litellm model
string (``"openai/gpt-4o-mini"``, ``"ollama_chat/llama3"``), which configured provider
it belongs to, an optional ``api_base`` and a timeout. :func:`resolve_model` builds one
from the settings and a model reference (``"<provider id>/<model>"``).

Nothing here opens a socket unless a function whose name says so is called
(:func:`detect_ollama`, :func:`probe_api_base`, :func:`list_models_status` with
``check=True``); none of them runs at import.
"""

from __future__ import annotations

import enum
import os
import urllib.parse
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from consultant.core.models import AuditEntry
from consultant.core.settings import (
    ProviderSettings,
    Settings,
    default_local_inference,
    literal_loopback_host,
    split_model_ref,
)
from consultant.llm.errors import ConfigurationError

__all__ = [
    "DEFAULT_OLLAMA_BASE",
    "ENV_KEYS",
    "LOCAL_INFERENCE_LABEL",
    "ModelChoice",
    "ModelStatus",
    "OllamaStatus",
    "ProviderKind",
    "detect_ollama",
    "effective_providers",
    "is_local_choice",
    "is_loopback_url",
    "list_models_status",
    "local_refusal",
    "loopback_url",
    "probe_api_base",
    "provider_display_name",
    "resolve_model",
    "runs_on_this_machine",
]

DEFAULT_OLLAMA_BASE = "http://localhost:11434"
DEFAULT_TIMEOUT_SECONDS = 120.0


class ProviderKind(enum.StrEnum):
    OPENAI = "openai"
    ANTHROPIC = "anthropic"
    GEMINI = "gemini"
    OPENROUTER = "openrouter"
    OPENAI_COMPATIBLE = "openai_compatible"
    OLLAMA = "ollama"
    LOCAL_GGUF = "local_gguf"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]

    @property
    def needs_key(self) -> bool:
        """Whether a call cannot work without an API key."""
        return self in _KEYED_KINDS

    @property
    def env_var(self) -> str | None:
        """The environment variable litellm reads the key from, if any."""
        return ENV_KEYS.get(self)


_KIND_LABELS: dict[ProviderKind, str] = {
    ProviderKind.OPENAI: "OpenAI",
    ProviderKind.ANTHROPIC: "Anthropic",
    ProviderKind.GEMINI: "Google Gemini",
    ProviderKind.OPENROUTER: "OpenRouter",
    ProviderKind.OPENAI_COMPATIBLE: "OpenAI-compatible server",
    ProviderKind.OLLAMA: "Ollama",
    ProviderKind.LOCAL_GGUF: "Local model file",
}
_KEYED_KINDS = frozenset(
    {ProviderKind.OPENAI, ProviderKind.ANTHROPIC, ProviderKind.GEMINI, ProviderKind.OPENROUTER}
)
ENV_KEYS: dict[ProviderKind, str] = {
    ProviderKind.OPENAI: "OPENAI_API_KEY",
    ProviderKind.ANTHROPIC: "ANTHROPIC_API_KEY",
    ProviderKind.GEMINI: "GEMINI_API_KEY",
    ProviderKind.OPENROUTER: "OPENROUTER_API_KEY",
}
#: litellm's provider prefix for each kind (local_gguf does not go through litellm).
_LITELLM_PREFIX: dict[ProviderKind, str] = {
    ProviderKind.OPENAI: "openai",
    ProviderKind.ANTHROPIC: "anthropic",
    ProviderKind.GEMINI: "gemini",
    ProviderKind.OPENROUTER: "openrouter",
    ProviderKind.OPENAI_COMPATIBLE: "openai",
    ProviderKind.OLLAMA: "ollama_chat",
}
#: Offered in the model picker when a provider has no models listed.
SUGGESTED_MODELS: dict[ProviderKind, tuple[str, ...]] = {
    ProviderKind.OPENAI: ("gpt-4o-mini", "gpt-4o", "gpt-4.1", "gpt-4.1-mini"),
    ProviderKind.ANTHROPIC: ("claude-3-5-haiku-latest", "claude-sonnet-4-20250514"),
    ProviderKind.GEMINI: ("gemini-2.0-flash", "gemini-2.5-pro"),
    ProviderKind.OPENROUTER: ("openai/gpt-4o-mini", "anthropic/claude-3.5-haiku"),
}


def parse_kind(kind: str) -> ProviderKind:
    try:
        return ProviderKind(kind)
    except ValueError:
        known = ", ".join(k.value for k in ProviderKind)
        raise ConfigurationError(
            f"Unknown provider kind {kind!r} in the settings (known: {known}). "
            f"Open Settings → Models to fix it."
        ) from None


@dataclass(frozen=True, slots=True)
class ModelChoice:
    """Everything the gateway needs to call one model. Holds no secret."""

    model: str  # litellm model string, e.g. "openai/gpt-4o-mini"; the file stem for GGUF
    provider_id: str
    kind: ProviderKind = ProviderKind.OPENAI
    api_base: str | None = None
    timeout: float = DEFAULT_TIMEOUT_SECONDS
    model_path: str | None = None  # local_gguf only
    label: str = ""  # e.g. "OpenAI" or the provider's own label
    #: The user declared that the server runs the model here (``ProviderSettings``).
    local_inference: bool = False

    @property
    def provider_name(self) -> str:
        """Human name used in messages: the label, or "the server at <api_base>"."""
        if self.label:
            return self.label
        if self.kind is ProviderKind.OPENAI_COMPATIBLE and self.api_base:
            return f"the server at {_display_url(self.api_base)}"  # never a password
        return self.kind.label

    @property
    def ref(self) -> str:
        """The ``provider/model`` reference for settings and the CLI."""
        prefix = _LITELLM_PREFIX.get(self.kind)
        bare = self.model
        if prefix and bare.startswith(prefix + "/"):
            bare = bare[len(prefix) + 1 :]
        return f"{self.provider_id}/{bare}"


def is_loopback_url(url: str | None) -> bool:
    """True when ``url``'s host is a literal loopback address (127.0.0.0/8, ``::1``,
    ``::ffff:127.x.x.x``) or exactly ``localhost``. Decided from the text alone: no
    name is ever looked up, and ``*.localhost`` or any other name is refused."""
    return literal_loopback_host(url) is not None


def loopback_url(url: str | None) -> str | None:
    """``url`` rebuilt on the literal loopback address it names (``localhost`` becomes
    ``127.0.0.1``, ``::ffff:127.0.0.1`` becomes ``127.0.0.1``), or ``None`` when it does
    not name one. Connecting to the result asks no resolver; scheme, port, path and
    query are kept (a missing scheme becomes ``http``)."""
    host = literal_loopback_host(url)
    if host is None or url is None:
        return None
    text = url.strip()
    parts = urllib.parse.urlsplit(text if "://" in text else "http://" + text)
    netloc = f"[{host}]" if ":" in host else host
    if parts.port is not None:
        netloc += f":{parts.port}"
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))


#: Kinds whose server may be declared as running the model here (``local_inference``).
_SERVER_KINDS = frozenset({ProviderKind.OPENAI_COMPATIBLE, ProviderKind.OLLAMA})

#: The Settings checkbox that declares a server local (also used by the Settings dialog).
LOCAL_INFERENCE_LABEL = "This server runs the model on this computer and does not forward requests"


def _server_base(choice: ModelChoice) -> str | None:
    if choice.kind is ProviderKind.OLLAMA:
        return choice.api_base or DEFAULT_OLLAMA_BASE
    return choice.api_base


def is_local_choice(choice: ModelChoice) -> bool:
    """Whether a ``local_only`` client may use ``choice``: a model file run in-process,
    or an OpenAI-compatible/Ollama server the user has declared as running the model on
    this computer (``local_inference``) whose address is a literal loopback address or
    exactly ``localhost``. A loopback address alone is not enough (a LiteLLM proxy on
    localhost may forward to the cloud); cloud kinds never are local."""
    if choice.kind is ProviderKind.LOCAL_GGUF:
        return True
    if choice.kind not in _SERVER_KINDS or not choice.local_inference:
        return False
    return is_loopback_url(_server_base(choice))


def runs_on_this_machine(choice: ModelChoice) -> bool:
    """A model that runs here (so ``redact`` need not mask for it): the same rule as
    :func:`is_local_choice`."""
    return is_local_choice(choice)


def _display_url(url: str) -> str:
    """``url`` without user info (never show a password in a message)."""
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:
        return url
    if "@" not in parts.netloc:
        return url
    netloc = parts.netloc.rpartition("@")[2]
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc))


def local_refusal(choice: ModelChoice) -> str | None:
    """``None`` when a ``local_only`` client may use ``choice``; otherwise the sentence
    that tells the user why not and which setting would allow it."""
    if is_local_choice(choice):
        return None
    prefix = "This client is set to local-only"
    fallback = "choose a local model file, or change the client's privacy setting."
    if choice.kind not in _SERVER_KINDS:
        return (
            f"{prefix}, and {choice.provider_name} is a cloud service, so nothing may be "
            f"sent to it; choose a model that runs on this computer in Settings → Models "
            f"(Ollama, a local model file, or a server ticked “{LOCAL_INFERENCE_LABEL}”), "
            f"or change the client's privacy setting."
        )
    base = _display_url(_server_base(choice) or "")
    kind_name = "the Ollama server" if choice.kind is ProviderKind.OLLAMA else "the server"
    server = f"{kind_name} at {base}"
    if choice.label:
        server = f"{choice.label} ({server})"
    if not is_loopback_url(base):
        declared = (
            "is declared as running the model on this computer, but its address is not"
            if choice.local_inference
            else "is not on this computer: its address is not"
        )
        return (
            f"{prefix}, and {server} {declared} a loopback address (localhost, 127.x.x.x "
            f"or ::1; names such as gpu.localhost are not accepted). In Settings → Models, "
            f"give it a loopback address such as http://127.0.0.1:<port> if it runs here, "
            f"{fallback}"
        )
    return (
        f"{prefix}, and {server} is not declared as running the model on this computer. "
        f"In Settings → Models, tick “{LOCAL_INFERENCE_LABEL}” for it "
        f'("local_inference": true in settings.json), {fallback}'
    )


def provider_display_name(provider: ProviderSettings) -> str:
    if provider.label:
        return provider.label
    kind = parse_kind(provider.kind)
    if kind is ProviderKind.OPENAI_COMPATIBLE and provider.api_base:
        return f"the server at {_display_url(provider.api_base)}"
    return kind.label


def effective_providers(
    settings: Settings, environ: Mapping[str, str] | None = None
) -> list[ProviderSettings]:
    """Configured providers, plus one per cloud kind whose key is set in the environment
    (``OPENAI_API_KEY`` …) and that has no configured provider of that kind."""
    environ = os.environ if environ is None else environ
    result = [p for p in settings.providers if p.enabled]
    kinds = {p.kind for p in settings.providers}
    ids = {p.id for p in settings.providers}
    for kind, var in ENV_KEYS.items():
        if environ.get(var, "").strip() and kind.value not in kinds and kind.value not in ids:
            result.append(ProviderSettings(id=kind.value, kind=kind.value))
    return result


def resolve_model(
    settings: Settings,
    ref: str,
    *,
    environ: Mapping[str, str] | None = None,
) -> ModelChoice:
    """The :class:`ModelChoice` for ``"<provider id>/<model>"``.

    A reference whose provider id is a kind name (``"openai/gpt-4o-mini"``,
    ``"ollama/llama3"``) works without configuration. Raises :class:`ConfigurationError`.
    """
    try:
        provider_id, model = split_model_ref(ref)
    except ValueError as exc:
        raise ConfigurationError(str(exc)) from None
    provider = next(
        (p for p in effective_providers(settings, environ) if p.id == provider_id), None
    )
    if provider is None:
        configured = settings.provider(provider_id)
        if configured is not None and not configured.enabled:
            raise ConfigurationError(
                f"The provider {provider_id!r} is switched off. Open Settings → Models to "
                f"switch it on."
            )
        if provider_id in {k.value for k in ProviderKind}:
            provider = ProviderSettings(
                id=provider_id,
                kind=provider_id,
                local_inference=default_local_inference(provider_id, None),
            )
        else:
            raise ConfigurationError(
                f"No provider called {provider_id!r} is configured. Open Settings → Models "
                f"to add it, or pick another model."
            )
    kind = parse_kind(provider.kind)
    timeout = settings.timeout_seconds
    label = provider.label
    if kind is ProviderKind.LOCAL_GGUF:
        path = provider.model_path
        if not path:
            raise ConfigurationError(
                f"The local model provider {provider.id!r} has no model file. Open "
                f"Settings → Models to choose a .gguf file."
            )
        return ModelChoice(
            model=model,
            provider_id=provider.id,
            kind=kind,
            timeout=timeout,
            model_path=path,
            label=label,
        )
    api_base = provider.api_base
    if kind is ProviderKind.OLLAMA:
        api_base = api_base or DEFAULT_OLLAMA_BASE
    if kind is ProviderKind.OPENAI_COMPATIBLE and not api_base:
        raise ConfigurationError(
            f"The OpenAI-compatible provider {provider.id!r} has no server address. Open "
            f"Settings → Models to set it (e.g. http://localhost:4000)."
        )
    return ModelChoice(
        model=f"{_LITELLM_PREFIX[kind]}/{model}",
        provider_id=provider.id,
        kind=kind,
        api_base=api_base,
        timeout=timeout,
        label=label,
        local_inference=provider.local_inference and kind in _SERVER_KINDS,
    )


# --- detection ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OllamaStatus:
    running: bool
    models: list[str] = field(default_factory=list)
    message: str = ""


def _not_loopback(api_base: str) -> str:
    return (
        f"{_display_url(api_base)} is not a loopback address (localhost, 127.x.x.x or "
        f"::1), so it was not asked: a model on this computer must be reached there."
    )


def _server_choice(
    kind: ProviderKind, api_base: str, provider_id: str = "", label: str = ""
) -> ModelChoice:
    return ModelChoice(
        model="", provider_id=provider_id or kind.value, kind=kind, api_base=api_base,
        label=label,
    )  # fmt: skip


def detect_ollama(
    api_base: str,
    audit: Callable[[AuditEntry], None],
    timeout: float = 0.5,
    *,
    local_only: bool = False,
) -> OllamaStatus:
    """Ask Ollama for its models (``GET /api/tags``, through the outbound door and
    audited). Blocking for at most about ``timeout`` seconds; call it from a
    background thread, never at import.

    ``local_only=True`` (for deciding whether a model runs on this computer) refuses,
    without any network access, an address that is not a literal loopback address or
    exactly ``localhost``."""
    from consultant.llm.listing import list_models

    if local_only and not is_loopback_url(api_base):
        return OllamaStatus(False, [], _not_loopback(api_base))
    answer = list_models(_server_choice(ProviderKind.OLLAMA, api_base), audit, timeout=timeout)
    if not answer.reachable or (answer.status or 200) >= 300:
        return OllamaStatus(False, [], f"Ollama is not running at {api_base} ({answer.message})")
    count = len(answer.models)
    return OllamaStatus(
        True, answer.models, f"Ollama is running at {api_base} with {count} model(s)."
    )


def probe_api_base(
    api_base: str,
    audit: Callable[[AuditEntry], None],
    timeout: float = 1.0,
    *,
    local_only: bool = False,
    provider_id: str = "",
    label: str = "",
) -> tuple[bool, str]:
    """Whether an OpenAI-compatible server answers ``GET <api_base>/models`` with the
    provider's key (through the outbound door, audited): a refused key is not "ok".
    ``local_only`` as in :func:`detect_ollama`."""
    from consultant.llm.listing import list_models

    if local_only and not is_loopback_url(api_base):
        return False, _not_loopback(api_base)
    choice = _server_choice(ProviderKind.OPENAI_COMPATIBLE, api_base, provider_id, label)
    answer = list_models(choice, audit, timeout=timeout)
    if not answer.reachable:
        return False, answer.message
    if answer.status is not None and answer.status >= 300:
        return False, answer.message
    return True, answer.message


@dataclass(frozen=True, slots=True)
class ModelStatus:
    """One row of ``consultant models``."""

    provider_id: str
    kind: str
    name: str
    models: list[str]
    key_source: str | None  # "keyring", "session", "environment" or None
    needs_key: bool
    reachable: bool | None  # None: not checked
    message: str = ""


def list_models_status(
    settings: Settings,
    *,
    check: bool = False,
    environ: Mapping[str, str] | None = None,
    audit: Callable[[AuditEntry], None] | None = None,
) -> list[ModelStatus]:
    """Configured providers with their models and key status. With ``check=True``,
    also whether each is reachable: local servers are probed over HTTP, a model file
    must exist, and a cloud provider gets a 1-token test call (only on explicit request;
    audited through ``audit``, which that call requires).
    """
    from consultant.llm import secrets

    rows: list[ModelStatus] = []
    for provider in effective_providers(settings, environ):
        try:
            kind = parse_kind(provider.kind)
        except ConfigurationError as exc:
            rows.append(
                ModelStatus(
                    provider.id,
                    provider.kind,
                    provider.id,
                    [],
                    None,
                    False,
                    False,
                    exc.user_message,
                )
            )
            continue
        name = provider_display_name(provider)
        models = list(provider.models) or list(SUGGESTED_MODELS.get(kind, ()))
        source = secrets.key_source(provider.id, kind.env_var, environ=environ)
        reachable: bool | None = None
        message = ""
        if kind.needs_key and source is None:
            message = f"No API key. Run `consultant key set {provider.id}` or open Settings."
        if check:
            reachable, message = _check_provider(settings, provider, kind, models, source, audit)
        rows.append(
            ModelStatus(
                provider.id, kind.value, name, models, source, kind.needs_key, reachable, message
            )
        )
    return rows


def _check_provider(
    settings: Settings,
    provider: ProviderSettings,
    kind: ProviderKind,
    models: list[str],
    source: str | None,
    audit: Callable[[AuditEntry], None] | None,
) -> tuple[bool, str]:
    if kind is not ProviderKind.LOCAL_GGUF and audit is None:
        raise ValueError("checking a provider is an outbound call: pass an audit callback")
    assert audit is not None or kind is ProviderKind.LOCAL_GGUF
    if kind is ProviderKind.LOCAL_GGUF:
        path = provider.model_path
        if path and Path(path).expanduser().is_file():
            return True, f"Model file found: {path}"
        return False, f"Model file not found: {path or '(none chosen)'}"
    assert audit is not None
    if kind is ProviderKind.OLLAMA:
        status = detect_ollama(provider.api_base or DEFAULT_OLLAMA_BASE, audit)
        return status.running, status.message
    if kind is ProviderKind.OPENAI_COMPATIBLE:
        return probe_api_base(
            provider.api_base or "", audit, provider_id=provider.id, label=provider.label
        )
    if kind.needs_key and source is None:
        return False, f"No API key. Run `consultant key set {provider.id}` or open Settings."
    if not models:
        return False, "No model listed to test."
    from consultant.llm.gateway import test_connection

    choice = resolve_model(settings, f"{provider.id}/{models[0]}")
    return test_connection(choice, audit)
