"""Model set-up use cases: providers, keys, defaults, connection tests.

Front ends reach the ``llm`` layer only through here. Nothing in this module
imports litellm; ``test_connection`` and ``preload`` do so lazily inside ``llm``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from consultant.core.models import Task
from consultant.core.settings import (
    LoadedSettings,
    ProviderSettings,
    Settings,
    load_settings,
    save_settings,
)
from consultant.llm import gateway, providers, secrets
from consultant.llm.errors import ConfigurationError
from consultant.llm.outbound import AuditCallback
from consultant.llm.providers import ModelChoice, ModelStatus, OllamaStatus, ProviderKind

__all__ = [
    "KIND_LABELS",
    "KeyResult",
    "ModelChoice",
    "ModelStatus",
    "OllamaStatus",
    "available_models",
    "choice_for",
    "delete_key",
    "detect_ollama",
    "forget_key",
    "key_source",
    "keyring_status",
    "load",
    "models_status",
    "preload",
    "save",
    "set_key",
    "test_connection",
]

KIND_LABELS: dict[str, str] = {k.value: k.label for k in ProviderKind}


@dataclass(frozen=True, slots=True)
class KeyResult:
    persistent: bool
    message: str
    #: ``"keyring"``, ``"session"`` (memory, this process only) or ``"none"``.
    stored: str = "keyring"


def load() -> LoadedSettings:
    return load_settings()


def save(settings: Settings) -> None:
    save_settings(settings)


def choice_for(settings: Settings, model_ref: str | None, task: Task = Task.CHAT) -> ModelChoice:
    """The model to use: an explicit reference, else the task's default.

    Raises ``ConfigurationError`` (a ``GatewayError`` with a sentence) when nothing
    is configured or the reference is malformed.
    """
    ref = (model_ref or "").strip() or settings.model_for(task.value)
    if not ref:
        raise ConfigurationError(
            "No model is chosen yet. Open Settings → Models to add a provider and pick a "
            "default model (or pass --model, e.g. --model ollama/llama3)."
        )
    return providers.resolve_model(settings, ref)


def available_models(settings: Settings) -> list[str]:
    """Model references offered in pickers: configured models, then task defaults."""
    refs: list[str] = []
    for provider in providers.effective_providers(settings):
        for model in provider.models:
            ref = f"{provider.id}/{model}"
            if ref not in refs:
                refs.append(ref)
    for ref in [settings.default_model, *settings.task_models.values()]:
        if ref and ref not in refs:
            refs.append(ref)
    return refs


def models_status(
    settings: Settings, *, check: bool = False, audit: AuditCallback | None = None
) -> list[ModelStatus]:
    """Configured providers; with ``check``, each is tried (audited through ``audit``,
    required then: a check is an outbound call)."""
    if check and audit is None:
        raise ValueError("checking providers makes outbound calls: pass an audit callback")
    return providers.list_models_status(_with_stored_kind_keys(settings), check=check, audit=audit)


def _with_stored_kind_keys(settings: Settings) -> Settings:
    """``settings`` plus a provider per cloud kind whose key was stored under the kind's
    name (``consultant key set openai``) without a provider of that id being configured:
    ``openai/<model>`` works with that key, so ``consultant models`` lists it (keys in
    the environment are added by ``providers.effective_providers`` already)."""
    ids = {p.id for p in settings.providers}
    extra = [
        ProviderSettings(id=kind.value, kind=kind.value)
        for kind in ProviderKind
        if kind.needs_key
        and kind.value not in ids
        and secrets.key_source(kind.value) in ("keyring", "session")
    ]
    if not extra:
        return settings
    return dataclasses.replace(settings, providers=[*settings.providers, *extra])


def detect_ollama(api_base: str, audit: AuditCallback) -> OllamaStatus:
    """Blocking (short timeout): call from a worker thread. Audited like any call."""
    return providers.detect_ollama(api_base, audit)


def set_key(provider_id: str, key: str, *, session_fallback: bool = True) -> KeyResult:
    """Store a key in the keyring. Without a usable one, the desktop app
    (``session_fallback=True``) keeps it in memory for its session and says so; the
    CLI (``False``) keeps nothing and is told how to fix it, naming the provider's
    environment variable when it has one."""
    status = secrets.set_api_key(
        provider_id, key, session_fallback=session_fallback, env_var=_env_var_for(provider_id)
    )
    return KeyResult(status.persistent, status.message, status.stored)


def _env_var_for(provider_id: str) -> str | None:
    """The environment variable a provider's key may come from, if any."""
    configured = load_settings().settings.provider(provider_id)
    kind_name = configured.kind if configured is not None else provider_id
    try:
        return ProviderKind(kind_name).env_var
    except ValueError:
        return None


def delete_key(provider_id: str) -> bool:
    return secrets.delete_api_key(provider_id)


def forget_key(provider_id: str) -> secrets.KeyDeletion:
    """Delete a key; ``problem`` says when the keyring could not be asked (locked)."""
    return secrets.forget_api_key(provider_id)


def key_source(provider: ProviderSettings) -> str | None:
    kind = providers.parse_kind(provider.kind)
    return secrets.key_source(provider.id, kind.env_var)


def keyring_status() -> tuple[bool, str]:
    return secrets.keyring_status()


def test_connection(settings: Settings, model_ref: str, audit: AuditCallback) -> tuple[bool, str]:
    """A one-token call (blocking: run it on a worker thread). Audited like any
    outbound call; a worker collects the entry and the writer thread stores it."""
    try:
        choice = providers.resolve_model(settings, model_ref)
    except ConfigurationError as exc:
        return False, exc.user_message
    return gateway.test_connection(choice, audit)


def preload() -> None:
    """Import litellm in the background after the window is painted."""
    gateway.preload_litellm()
