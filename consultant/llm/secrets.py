"""API keys: in the OS keyring (service ``consultant``, username = provider id), never
anywhere else on disk.

Without a usable keyring (no backend, the ``fail``/``null`` backend, a file-based
backend from keyrings.alt, or any error while storing) the key is kept in this
process's memory for the session only, and the caller gets a :class:`KeyStatus` whose
``message`` says so plainly. Nothing is ever written in plain text.

Lookup order for a call: session memory, keyring, then the environment variable
litellm itself honours (``OPENAI_API_KEY`` …).

``keyring`` is imported lazily (it probes backends when first used).
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

__all__ = [
    "SERVICE",
    "KeyStatus",
    "delete_api_key",
    "get_api_key",
    "key_source",
    "keyring_status",
    "set_api_key",
]

log = logging.getLogger(__name__)

SERVICE = "consultant"

_session_keys: dict[str, str] = {}
_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class KeyStatus:
    """Where a key was put. ``stored`` is ``"keyring"`` or ``"session"``."""

    stored: str
    message: str

    @property
    def persistent(self) -> bool:
        return self.stored == "keyring"


def _backend() -> Any:
    import keyring

    return keyring.get_keyring()


def _unusable_reason(backend: Any) -> str | None:
    """Why this keyring backend must not hold keys, or ``None`` if it may."""
    module = type(backend).__module__
    name = type(backend).__name__
    if module.startswith("keyring.backends.fail") or module.startswith("keyring.backends.null"):
        return "no system keyring is available"
    if module.startswith("keyrings.alt"):
        return f"the only keyring found ({name}) stores keys in a file, which is not allowed"
    if name == "ChainerBackend" and not getattr(backend, "backends", None):
        return "no system keyring is available"
    return None


def keyring_status() -> tuple[bool, str]:
    """``(usable, sentence)`` about the keyring, for the Settings dialog and the CLI."""
    try:
        backend = _backend()
    except Exception as exc:  # keyring raises a variety of errors when probing
        return False, f"The system keyring could not be opened ({type(exc).__name__})."
    reason = _unusable_reason(backend)
    if reason:
        return False, (
            f"API keys cannot be saved: {reason}. Keys you enter are kept for this session "
            f"only. Install or unlock a keyring (e.g. GNOME Keyring, KWallet, macOS "
            f"Keychain, Windows Credential Manager) to keep them."
        )
    return True, f"API keys are stored in the system keyring ({type(backend).__name__})."


def _session_only(provider_id: str, key: str, reason: str) -> KeyStatus:
    with _lock:
        _session_keys[provider_id] = key
    return KeyStatus(
        "session",
        f"The key for {provider_id} could not be saved in the system keyring ({reason}); "
        f"it is kept in memory for this session only and you will need to enter it again "
        f"next time.",
    )


def set_api_key(provider_id: str, key: str) -> KeyStatus:
    """Store ``key`` for ``provider_id``. Never raises for keyring trouble: falls back
    to session memory and says so in the returned status."""
    key = key.strip()
    if not key:
        raise ValueError("An empty API key cannot be stored.")
    try:
        backend = _backend()
    except Exception as exc:
        return _session_only(provider_id, key, type(exc).__name__)
    reason = _unusable_reason(backend)
    if reason:
        return _session_only(provider_id, key, reason)
    try:
        backend.set_password(SERVICE, provider_id, key)
    except Exception as exc:  # keyring.errors.KeyringError and backend-specific errors
        log.warning("keyring refused to store a key: %s", type(exc).__name__)
        return _session_only(provider_id, key, f"the keyring refused it: {type(exc).__name__}")
    with _lock:
        _session_keys.pop(provider_id, None)
    return KeyStatus("keyring", f"The key for {provider_id} is saved in the system keyring.")


def _keyring_get(provider_id: str) -> str | None:
    try:
        backend = _backend()
        if _unusable_reason(backend):
            return None
        value = backend.get_password(SERVICE, provider_id)
    except Exception as exc:
        log.warning("keyring lookup failed: %s", type(exc).__name__)
        return None
    return value if isinstance(value, str) and value else None


def get_api_key(
    provider_id: str,
    env_var: str | None = None,
    *,
    environ: Mapping[str, str] | None = None,
) -> str | None:
    """The key for ``provider_id``: session memory, keyring, then ``env_var``."""
    with _lock:
        key = _session_keys.get(provider_id)
    if key:
        return key
    key = _keyring_get(provider_id)
    if key:
        return key
    if env_var:
        value = (os.environ if environ is None else environ).get(env_var, "").strip()
        return value or None
    return None


def key_source(
    provider_id: str,
    env_var: str | None = None,
    *,
    environ: Mapping[str, str] | None = None,
) -> str | None:
    """``"session"``, ``"keyring"``, ``"environment"`` or ``None`` — never the key."""
    with _lock:
        if _session_keys.get(provider_id):
            return "session"
    if _keyring_get(provider_id):
        return "keyring"
    if env_var and (os.environ if environ is None else environ).get(env_var, "").strip():
        return "environment"
    return None


def delete_api_key(provider_id: str) -> bool:
    """Forget the key everywhere we stored it; ``True`` if there was one."""
    with _lock:
        found = _session_keys.pop(provider_id, None) is not None
    try:
        backend = _backend()
        if not _unusable_reason(backend) and backend.get_password(SERVICE, provider_id):
            backend.delete_password(SERVICE, provider_id)
            found = True
    except Exception as exc:
        log.warning("keyring delete failed: %s", type(exc).__name__)
    return found


def clear_session_keys() -> None:
    """Forget keys held in memory (tests, and "lock" actions)."""
    with _lock:
        _session_keys.clear()
