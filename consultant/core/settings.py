"""The settings file: configured model providers, default models, the user's profile.

A small JSON file, ``settings.json`` in the config folder (see
:func:`consultant.core.paths.config_dir`). Written atomically (temporary file in the
same folder, fsync, rename). A missing file gives defaults; an unreadable or corrupt
one gives defaults plus a clear warning, and is moved aside (``settings.json.corrupt``)
so the next save does not destroy what the user may want to recover.

Secrets are never stored here: API keys live in the OS keyring (``consultant.llm.secrets``).
Unknown keys in the file (a hand-added ``"api_key"`` included) are ignored and dropped
on the next save.

``local_inference`` (per provider) is the user's declaration that the server runs the
model on this computer and forwards nothing (a LiteLLM proxy on localhost may forward
to the cloud, so a loopback address alone is not enough). Off unless the file says
``true``; an Ollama entry on a loopback (or no) address without the key reads as on,
and an explicit ``false`` stays off.

Model references are ``"<provider id>/<model>"``, split at the first ``/``:
``"openai/gpt-4o-mini"``, ``"ollama/llama3:8b"``, ``"openrouter/anthropic/claude-3.5-haiku"``.

``model_settings`` (top level) tunes single models, keyed by model reference::

    "model_settings": {"team/big": {"context_window": 200000,
                                    "max_output_tokens": 4096, "temperature": 0.2}}

Each field is optional ("automatic": litellm's table, else a safe default); a value
of the wrong type or out of range (see :data:`MODEL_SETTING_LIMITS`) is ignored, as
is an entry whose key is not a model reference. ``theme`` is ``"system"`` (default),
``"light"`` or ``"dark"``.
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import os
import tempfile
import urllib.parse
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from consultant.core import paths
from consultant.core.paths import config_dir

__all__ = [
    "MODEL_SETTING_LIMITS",
    "SETTINGS_FILENAME",
    "THEMES",
    "LoadedSettings",
    "ModelSettings",
    "Profile",
    "ProviderSettings",
    "Settings",
    "SettingsError",
    "default_local_inference",
    "literal_loopback_host",
    "load_settings",
    "parse_model_settings",
    "save_settings",
    "settings_path",
    "split_model_ref",
]

SETTINGS_FILENAME = "settings.json"
SETTINGS_VERSION = 1
DEFAULT_TIMEOUT_SECONDS = 120.0
DEFAULT_INVOICE_NUMBER_FORMAT = "{year}-{seq:04d}"
_PROFILE_FIELDS = (
    "name", "business", "email", "signature", "address", "phone", "website", "tax_id",
    "bank_name", "iban", "bic", "logo_path", "country", "vat_id",
)  # fmt: skip
_MAX_FILE_BYTES = 2_000_000
THEMES = ("system", "light", "dark")
#: Accepted ranges (inclusive) of the per-model settings; anything else is ignored.
MODEL_SETTING_LIMITS: dict[str, tuple[float, float]] = {
    "context_window": (512, 100_000_000),
    "max_output_tokens": (1, 10_000_000),
    "temperature": (0.0, 2.0),
}


class SettingsError(Exception):
    """The settings could not be saved; ``str(err)`` is a sentence for the user."""


@dataclass(slots=True)
class ProviderSettings:
    """One configured provider. ``kind`` is one of ``consultant.llm.providers.ProviderKind``."""

    id: str
    kind: str
    label: str = ""
    api_base: str | None = None
    model_path: str | None = None  # local_gguf only
    models: list[str] = field(default_factory=list)
    enabled: bool = True
    #: The user declares that this server runs the model on this computer and does not
    #: forward requests (what lets ``local_only`` clients use it). See the module notes.
    local_inference: bool = False


@dataclass(slots=True)
class Profile:
    """The user, as written into replies and invoices."""

    name: str = ""
    business: str = ""
    email: str = ""
    signature: str = ""
    #: Business details printed on invoices (multi-line address).
    address: str = ""
    phone: str = ""
    website: str = ""
    #: The national tax number (German Steuernummer); ``vat_id`` is the VAT id.
    tax_id: str = ""
    #: ISO 3166 alpha-2 code of the business's country.
    country: str = ""
    vat_id: str = ""
    #: Small-business VAT exemption (German § 19 UStG): invoices carry no VAT.
    small_business: bool = False
    bank_name: str = ""
    iban: str = ""
    bic: str = ""
    #: Path of an image file printed at the top of invoices ("" for none).
    logo_path: str = ""


@dataclass(slots=True)
class ModelSettings:
    """One model's limits; ``None`` means automatic (see the module notes)."""

    context_window: int | None = None
    max_output_tokens: int | None = None
    temperature: float | None = None

    def is_empty(self) -> bool:
        return self.context_window is None and self.max_output_tokens is None and (
            self.temperature is None
        )

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}


@dataclass(slots=True)
class Settings:
    providers: list[ProviderSettings] = field(default_factory=list)
    #: Task value (``"reply"``, ``"interpret"``, …) → model reference.
    task_models: dict[str, str] = field(default_factory=dict)
    #: Model reference used for a task without its own entry.
    default_model: str = ""
    profile: Profile = field(default_factory=Profile)
    timeout_seconds: float = DEFAULT_TIMEOUT_SECONDS
    #: Whether Ollama on localhost may be probed after start-up.
    detect_ollama: bool = True
    #: Embedding model reference for semantic past-context retrieval ("" = off).
    embedding_model: str = ""
    #: Invoice numbers: ``{year}`` and ``{seq}`` (the gapless number in the year).
    invoice_number_format: str = DEFAULT_INVOICE_NUMBER_FORMAT
    #: Tax rate in percent for new invoices, as text (``"19"``, ``"7.5"``).
    default_tax_rate: str = "0"
    #: Payment terms printed on new invoices.
    default_payment_terms: str = ""
    #: Days from the issue date to the due date (0: due on receipt, the issue date).
    payment_days: int = 14
    #: Model reference → its context window, output limit and temperature.
    model_settings: dict[str, ModelSettings] = field(default_factory=dict)
    #: ``"system"``, ``"light"`` or ``"dark"``.
    theme: str = "system"
    #: IMAP accounts by name (no secrets: the password is in the keyring), validated by
    #: ``consultant.mail.accounts.MailAccount.from_json`` when used.
    mail_accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: Sync mail every this many minutes while the app runs (0 = only on "Sync now").
    mail_sync_minutes: int = 0

    def provider(self, provider_id: str) -> ProviderSettings | None:
        for provider in self.providers:
            if provider.id == provider_id:
                return provider
        return None

    def model_for(self, task: str) -> str:
        """The model reference for ``task`` (a ``Task`` value), or the default; may be ``""``."""
        return self.task_models.get(str(task)) or self.default_model

    def settings_for_model(self, ref: str) -> ModelSettings:
        """The per-model settings of ``ref`` (empty ones when it has none)."""
        return self.model_settings.get(ref.strip()) or ModelSettings()

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["model_settings"] = {
            ref: values.to_dict()
            for ref, values in sorted(self.model_settings.items())
            if not values.is_empty()
        }
        data["version"] = SETTINGS_VERSION
        return data


@dataclass(slots=True)
class LoadedSettings:
    settings: Settings
    #: A sentence for the user when the file could not be used, else ``None``.
    warning: str | None = None


def split_model_ref(ref: str) -> tuple[str, str]:
    """``"openrouter/anthropic/claude"`` → ``("openrouter", "anthropic/claude")``."""
    provider_id, sep, model = ref.strip().partition("/")
    if not sep or not provider_id or not model:
        raise ValueError(f"A model is written as provider/model, e.g. openai/gpt-4o-mini: {ref!r}")
    return provider_id, model


def literal_loopback_host(url: str | None) -> str | None:
    """The loopback address to connect to for ``url``, or ``None`` when its host is not
    a literal loopback address.

    Accepted: a literal IP in 127.0.0.0/8, ``::1`` (returned as ``"::1"``), an
    IPv4-mapped ``::ffff:127.x.x.x`` (returned as its IPv4 form), and exactly
    ``localhost`` (returned as ``"127.0.0.1"``, so no resolver is ever asked). Any other
    name — ``gpu.localhost``, ``localhost.``, ``127.0.0.1.nip.io`` — is refused
    without a DNS lookup, and so is a URL with user info or an unparsable port.

    It lives here, not in ``consultant.llm``, because the settings' default for Ollama
    needs it and ``core`` imports nothing from ``llm``.
    """
    if not url or not isinstance(url, str):
        return None
    text = url.strip()
    try:
        parts = urllib.parse.urlsplit(text if "://" in text else "http://" + text)
        host = parts.hostname
        _port = parts.port  # raises ValueError for a malformed port
    except ValueError:
        return None
    if not host or "@" in parts.netloc or "\\" in parts.netloc:
        return None
    if host == "localhost":  # urlsplit lower-cases; no ".localhost" names, no trailing dot
        return "127.0.0.1"
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address):
        mapped = address.ipv4_mapped
        if mapped is not None:
            return str(mapped) if mapped.is_loopback else None
        return str(address) if address.is_loopback else None
    return str(address) if address.is_loopback else None


def default_local_inference(kind: str, api_base: str | None) -> bool:
    """``local_inference`` for a provider whose entry does not say: on only for Ollama
    on a loopback address (or none, which means ``localhost:11434``)."""
    return kind == "ollama" and (api_base is None or literal_loopback_host(api_base) is not None)


def _number_in(name: str, value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        return None
    low, high = MODEL_SETTING_LIMITS[name]
    return float(value) if low <= value <= high else None


def parse_model_settings(data: Any) -> ModelSettings:
    """One ``model_settings`` entry; anything malformed or out of range is dropped."""
    if not isinstance(data, dict):
        return ModelSettings()
    values: dict[str, Any] = {}
    for name in ("context_window", "max_output_tokens"):
        raw = data.get(name)
        number = _number_in(name, raw)
        if number is not None and number.is_integer():
            values[name] = int(number)
    temperature = _number_in("temperature", data.get("temperature"))
    if temperature is not None:
        values["temperature"] = temperature
    return ModelSettings(**values)


def _model_settings_from(data: Any) -> dict[str, ModelSettings]:
    result: dict[str, ModelSettings] = {}
    if not isinstance(data, dict):
        return result
    for ref, raw in data.items():
        if not isinstance(ref, str):
            continue
        provider_id, sep, model = ref.strip().partition("/")
        if not sep or not provider_id or not model:
            continue
        values = parse_model_settings(raw)
        if not values.is_empty():
            result[ref.strip()] = values
    return result


def _mail_accounts_from(data: Any) -> dict[str, dict[str, Any]]:
    """``"mail_accounts"``: name → object of scalar fields; anything else is dropped."""
    if not isinstance(data, dict):
        return {}
    return {
        name: {
            key: value
            for key, value in raw.items()
            if isinstance(key, str) and isinstance(value, str | int | bool)
        }
        for name, raw in data.items()
        if isinstance(name, str) and name.strip() and isinstance(raw, dict)
    }


def _sync_minutes(value: Any) -> int:
    """``"mail_sync_minutes"``: 0 (off) or 5–1440 minutes; anything else is off."""
    if isinstance(value, int) and not isinstance(value, bool) and 5 <= value <= 1440:
        return value
    return 0


def settings_path() -> Path:
    return config_dir() / SETTINGS_FILENAME


def _str(value: Any, default: str = "") -> str:
    return value if isinstance(value, str) else default


def _opt_str(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _provider_from(data: Any) -> ProviderSettings | None:
    if not isinstance(data, dict):
        return None
    provider_id = _str(data.get("id")).strip()
    kind = _str(data.get("kind")).strip()
    if not provider_id or not kind or "/" in provider_id:
        return None
    models = data.get("models")
    api_base = _opt_str(data.get("api_base"))
    if "local_inference" in data:
        local_inference = data.get("local_inference") is True  # non-bool → off
    else:
        local_inference = default_local_inference(kind, api_base)
    return ProviderSettings(
        id=provider_id,
        kind=kind,
        label=_str(data.get("label")),
        api_base=api_base,
        model_path=_opt_str(data.get("model_path")),
        models=[m for m in models if isinstance(m, str) and m.strip()]
        if isinstance(models, list)
        else [],
        enabled=data.get("enabled") is not False,
        local_inference=local_inference,
    )


def settings_from_dict(data: dict[str, Any]) -> Settings:
    """Build settings from parsed JSON, ignoring anything malformed or unknown."""
    providers: list[ProviderSettings] = []
    seen: set[str] = set()
    raw_providers = data.get("providers")
    for raw in raw_providers if isinstance(raw_providers, list) else []:
        provider = _provider_from(raw)
        if provider is not None and provider.id not in seen:
            seen.add(provider.id)
            providers.append(provider)
    raw_tasks = data.get("task_models")
    task_models = (
        {k: v for k, v in raw_tasks.items() if isinstance(k, str) and isinstance(v, str) and v}
        if isinstance(raw_tasks, dict)
        else {}
    )
    raw_profile = data.get("profile")
    profile_data = raw_profile if isinstance(raw_profile, dict) else {}
    profile_fields: dict[str, Any] = {n: _str(profile_data.get(n)) for n in _PROFILE_FIELDS}
    profile = Profile(
        **profile_fields, small_business=profile_data.get("small_business") is True
    )
    timeout = data.get("timeout_seconds")
    timeout_seconds = (
        float(timeout)
        if isinstance(timeout, int | float) and not isinstance(timeout, bool) and timeout >= 1
        else DEFAULT_TIMEOUT_SECONDS
    )
    number_format = _str(data.get("invoice_number_format")).strip()
    days = data.get("payment_days")
    payment_days = (
        days if isinstance(days, int) and not isinstance(days, bool) and 0 <= days <= 365 else 14
    )
    return Settings(
        invoice_number_format=number_format or DEFAULT_INVOICE_NUMBER_FORMAT,
        default_tax_rate=_str(data.get("default_tax_rate"), "0").strip() or "0",
        default_payment_terms=_str(data.get("default_payment_terms")),
        payment_days=payment_days,
        providers=providers,
        task_models=task_models,
        default_model=_str(data.get("default_model")),
        profile=profile,
        timeout_seconds=min(timeout_seconds, 3600.0),
        detect_ollama=data.get("detect_ollama") is not False,
        embedding_model=_str(data.get("embedding_model")).strip(),
        model_settings=_model_settings_from(data.get("model_settings")),
        mail_accounts=_mail_accounts_from(data.get("mail_accounts")),
        mail_sync_minutes=_sync_minutes(data.get("mail_sync_minutes")),
        theme=theme if (theme := _str(data.get("theme")).strip().lower()) in THEMES else "system",
    )


def load_settings(path: Path | None = None) -> LoadedSettings:
    """Read the settings file. Never raises for a missing, unreadable or corrupt file."""
    path = path or settings_path()
    try:
        if path.stat().st_size > _MAX_FILE_BYTES:
            raise ValueError("the file is implausibly large")
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return LoadedSettings(Settings())
    except (OSError, ValueError) as exc:
        return LoadedSettings(
            Settings(),
            f"The settings file {path} could not be read ({exc}); default settings are used.",
        )
    try:
        data = json.loads(raw)
        if not isinstance(data, dict):
            raise ValueError("it does not contain a JSON object")
    except ValueError as exc:
        aside = path.with_name(path.name + ".corrupt")
        moved = False
        with contextlib.suppress(OSError):
            os.replace(path, aside)
            moved = True
        kept = f" The broken file was kept as {aside}." if moved else ""
        reason = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
        return LoadedSettings(
            Settings(),
            f"The settings file {path} is damaged ({reason}); default settings are used.{kept}",
        )
    return LoadedSettings(settings_from_dict(data))


def save_settings(settings: Settings, path: Path | None = None) -> Path:
    """Write the settings atomically; raises :class:`SettingsError` with a clear sentence."""
    path = path or settings_path()
    data = settings.to_dict()
    text = json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    tmp_name: str | None = None
    try:
        paths.private_dir(path.parent)
        fd, tmp_name = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
        tmp_name = None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise SettingsError(f"The settings could not be saved to {path}: {reason}.") from exc
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
    return path
