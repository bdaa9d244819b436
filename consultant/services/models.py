"""Model set-up use cases: providers, keys, defaults, connection tests.

Front ends reach the ``llm`` layer only through here. Nothing in this module
imports litellm; ``test_connection`` and ``preload`` do so lazily inside ``llm``.
"""

from __future__ import annotations

import dataclasses
import enum
from dataclasses import dataclass

from consultant.core.errors import ServiceError
from consultant.core.models import Client, Task
from consultant.core.settings import (
    MODEL_SETTING_LIMITS,
    LoadedSettings,
    ModelSettings,
    ProviderSettings,
    Settings,
    load_settings,
    save_settings,
)
from consultant.llm import gateway, providers, secrets
from consultant.llm.errors import ConfigurationError
from consultant.llm.listing import ModelList, list_models
from consultant.llm.outbound import AuditCallback
from consultant.llm.providers import ModelChoice, ModelStatus, OllamaStatus, ProviderKind

__all__ = [
    "KIND_LABELS",
    "FrontEnd",
    "KeyResult",
    "ModelChoice",
    "ModelList",
    "ModelNotChosen",
    "ModelResolution",
    "ModelSettings",
    "ModelStatus",
    "OllamaStatus",
    "automatic_limits",
    "available_models",
    "choice_for",
    "default_model_ref",
    "delete_key",
    "detect_ollama",
    "forget_key",
    "key_source",
    "keyring_status",
    "list_server_models",
    "load",
    "model_limits",
    "models_status",
    "parse_model_settings_fields",
    "preload",
    "resolve_model_ref",
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


class FrontEnd(enum.StrEnum):
    """Who shows a message: each front end names its own way to fix things."""

    DESKTOP = "desktop"
    CLI = "cli"


class ModelNotChosen(ServiceError):
    """No model could be chosen. ``str(err)`` is the desktop's sentence (no command-line
    flag in it); :meth:`for_front_end` gives the CLI's."""

    def __init__(self, desktop: str, cli: str) -> None:
        super().__init__(desktop)
        self.desktop_message = desktop
        self.cli_message = cli

    def for_front_end(self, front_end: FrontEnd) -> str:
        return self.cli_message if front_end is FrontEnd.CLI else self.desktop_message


@dataclass(frozen=True, slots=True)
class ModelResolution:
    """Which model a turn uses and why.

    ``source``: ``"given"`` (picked in the composer or ``--model``), ``"client"`` (the
    client's default model), ``"task"``
    (``task_models``), ``"default"`` (``default_model``), ``"only"`` (no default but
    exactly one model configured) or ``"none"`` (``ref`` is ``""``: see
    :meth:`problem`)."""

    ref: str
    source: str
    #: The models on offer (what the pickers list).
    candidates: tuple[str, ...] = ()

    def problem(self) -> ModelNotChosen | None:
        """Why no model was chosen, worded for each front end; ``None`` when one was."""
        if self.ref:
            return None
        if not self.candidates:
            return ModelNotChosen(
                "No model is set up yet. Open Settings → Models, add a provider (a cloud "
                "service with its key, a LiteLLM proxy, Ollama or a model file) and pick "
                "the default model there.",
                "No model is set up yet. Add a provider in the desktop app (Settings → "
                "Models) or in settings.json, then set \"default_model\" there or pass "
                "--model PROVIDER/MODEL, e.g. --model ollama/llama3.",
            )
        shown = ", ".join(self.candidates[:4]) + (" …" if len(self.candidates) > 4 else "")
        return ModelNotChosen(
            f"Several models are set up ({shown}) but no default model is chosen. Pick one "
            f"in the model list above the message, or choose the default model in "
            f"Settings → Models.",
            f"Several models are set up ({shown}) but no default model is chosen. Pass "
            f"--model PROVIDER/MODEL, or set \"default_model\" in settings.json (the "
            f"desktop app: Settings → Models → Default model).",
        )


def resolve_model_ref(
    settings: Settings,
    model_ref: str | None = None,
    task: Task = Task.CHAT,
    *,
    client: Client | None = None,
) -> ModelResolution:
    """The one rule every front end and task uses to choose a model.

    1. an explicit reference (the composer's pick, ``--model``);
    1b. the client's own default model (``Client.default_model``), when it is set;
    2. the task's own entry in ``task_models``;
    3. ``default_model``;
    4. when neither is set and exactly one model is configured (the list the pickers
       show, :func:`available_models`): that model;
    5. otherwise none — :meth:`ModelResolution.problem` says why, per front end.
    """
    given = (model_ref or "").strip()
    if given:
        return ModelResolution(given, "given")
    client_ref = (client.default_model if client is not None else "").strip()
    if client_ref:
        return ModelResolution(client_ref, "client")
    task_ref = settings.task_models.get(task.value, "").strip()
    if task_ref:
        return ModelResolution(task_ref, "task")
    default = settings.default_model.strip()
    if default:
        return ModelResolution(default, "default")
    candidates = tuple(available_models(settings))
    if len(candidates) == 1:
        return ModelResolution(candidates[0], "only", candidates)
    return ModelResolution("", "none", candidates)


def default_model_ref(settings: Settings, task: Task = Task.CHAT) -> str:
    """What a picker should preselect for ``task``: the resolved default, or ``""``
    when the user has to choose (pickers then show no model rather than guess)."""
    return resolve_model_ref(settings, None, task).ref


def choice_for(
    settings: Settings,
    model_ref: str | None,
    task: Task = Task.CHAT,
    *,
    client: Client | None = None,
) -> ModelChoice:
    """The model to use, by :func:`resolve_model_ref`.

    Raises :class:`ModelNotChosen` (a ``ServiceError``) when none can be chosen, and
    ``ConfigurationError`` (a ``GatewayError`` with a sentence) for a malformed or
    unknown reference.
    """
    resolution = resolve_model_ref(settings, model_ref, task, client=client)
    problem = resolution.problem()
    if problem is not None:
        raise problem
    return providers.resolve_model(settings, resolution.ref)


# -- per-model settings ----------------------------------------------------------

#: What "automatic" means when litellm does not know a model (or is not loaded yet).
DEFAULT_CONTEXT_WINDOW = 8192
DEFAULT_OUTPUT_RESERVE = 2048


@dataclass(frozen=True, slots=True)
class ModelLimits:
    """The limits a turn uses for one model, and where each comes from."""

    context_window: int
    #: ``"settings"``, ``"litellm"`` or ``"default"``.
    context_source: str
    #: Passed to the model as ``max_tokens``; ``None``: the server decides.
    max_output_tokens: int | None
    temperature: float | None
    #: Tokens kept free for the reply when the prompt is fitted into the window.
    output_reserve: int

    @property
    def input_budget(self) -> int:
        return max(1024, self.context_window - self.output_reserve)


def model_limits(settings: Settings, choice: ModelChoice) -> ModelLimits:
    """The settings' values for ``choice`` where given, else litellm's table, else
    :data:`DEFAULT_CONTEXT_WINDOW`. Never imports litellm (see ``gateway.context_window``)."""
    own = settings.settings_for_model(choice.ref)
    if own.context_window is not None:
        window, source = own.context_window, "settings"
    else:
        known = gateway.context_window(choice)
        window, source = (known, "litellm") if known else (DEFAULT_CONTEXT_WINDOW, "default")
    if own.max_output_tokens is not None:
        reserve = min(own.max_output_tokens, window // 2)
    else:
        reserve = min(DEFAULT_OUTPUT_RESERVE, window // 4)
    return ModelLimits(window, source, own.max_output_tokens, own.temperature, reserve)


def automatic_limits(settings: Settings, ref: str) -> dict[str, str]:
    """What each empty field means for ``ref``, as shown next to it in Settings."""
    try:
        choice = providers.resolve_model(settings, ref)
    except ConfigurationError:
        known = None
    else:
        known = gateway.context_window(choice)
    if known:
        window = f"automatic: {_grouped(known)} (litellm's table)"
    elif gateway.litellm_loaded():
        window = f"automatic: {_grouped(DEFAULT_CONTEXT_WINDOW)} (litellm does not know this model)"
    else:
        window = (
            f"automatic: litellm's table when it knows the model, else "
            f"{_grouped(DEFAULT_CONTEXT_WINDOW)}"
        )
    return {
        "context_window": window,
        "max_output_tokens": "automatic: the server's own limit",
        "temperature": "automatic: the model's default",
    }


def _grouped(number: int) -> str:
    return f"{number:,}".replace(",", "\u202f")


_FIELD_NAMES = {
    "context_window": "The context window",
    "max_output_tokens": "The maximum output",
    "temperature": "The temperature",
}


def parse_model_settings_fields(
    context_window: str, max_output_tokens: str, temperature: str
) -> tuple[ModelSettings, str | None, str | None]:
    """The three Settings fields as typed → (settings, problem sentence, field name).

    Empty means automatic. Spaces, thin spaces, ``_`` and ``,`` between digits are
    accepted in the whole numbers (``200 000``, ``200,000``); ``,`` or ``.`` as the
    decimal mark of the temperature."""
    values: dict[str, int | float] = {}
    whole = (("context_window", context_window), ("max_output_tokens", max_output_tokens))
    for name, text in whole:
        cleaned = "".join(text.split()).replace("_", "").replace(",", "").replace("\u202f", "")
        if not cleaned:
            continue
        low, high = MODEL_SETTING_LIMITS[name]
        label = _FIELD_NAMES[name]
        if not cleaned.isdigit():
            return ModelSettings(), f"{label} is a whole number of tokens, e.g. 128000.", name
        number = int(cleaned)
        if not low <= number <= high:
            return (
                ModelSettings(),
                f"{label} must be between {_grouped(int(low))} and {_grouped(int(high))} "
                f"tokens (or empty for automatic).",
                name,
            )
        values[name] = number
    cleaned = temperature.strip().replace(",", ".")
    if cleaned:
        low, high = MODEL_SETTING_LIMITS["temperature"]
        try:
            value = float(cleaned)
        except ValueError:
            value = float("nan")
        if not low <= value <= high:  # also NaN
            return (
                ModelSettings(),
                "The temperature is a number from 0 to 2, e.g. 0.2 (or empty for automatic).",
                "temperature",
            )
        values["temperature"] = value
    window, output = values.get("context_window"), values.get("max_output_tokens")
    if window is not None and output is not None and output >= window:
        return (
            ModelSettings(),
            "The maximum output must be smaller than the context window (the prompt needs "
            "room too).",
            "max_output_tokens",
        )
    return (
        ModelSettings(
            context_window=int(window) if window is not None else None,
            max_output_tokens=int(output) if output is not None else None,
            temperature=values.get("temperature"),
        ),
        None,
        None,
    )


def list_server_models(provider: ProviderSettings, audit: AuditCallback) -> ModelList:
    """Ask the provider's server for its models (``/v1/models``, or Ollama's
    ``/api/tags``) through the audited outbound door. Blocking (a few seconds at most):
    run it on a worker, and only when the user asked."""
    try:
        kind = providers.parse_kind(provider.kind)
    except ConfigurationError as exc:
        return ModelList(False, [], exc.user_message)
    if not provider.api_base and kind is not ProviderKind.OLLAMA:
        return ModelList(False, [], "Give the server address first, e.g. http://localhost:4000.")
    choice = ModelChoice(
        model="",
        provider_id=provider.id,
        kind=kind,
        api_base=provider.api_base or "http://localhost:11434",
        label=provider.label,
        local_inference=provider.local_inference,
    )
    return list_models(choice, audit, timeout=5.0)


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
