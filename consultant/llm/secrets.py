"""API keys: in the OS keyring (service ``consultant``, username = provider id), never
anywhere else on disk.

Without a usable keyring (no backend, the ``fail``/``null`` backend, a file-based
backend from keyrings.alt, a locked keyring, or any error while storing) the desktop
app keeps the key in this process's memory for the session only, and the caller gets
a :class:`KeyStatus` whose ``message`` says so plainly. A command-line process has no
session worth the name: with ``session_fallback=False`` the key is not kept at all and
the message says how to fix it (a keyring, or the provider's environment variable).
Nothing is ever written in plain text.

A locked keyring (``keyring.errors.InitError``/``KeyringLocked``, secretstorage's
errors) is reported as such, never as "no key".

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
    "KEYRING_LOCKED",
    "SERVICE",
    "KeyDeletion",
    "KeyStatus",
    "delete_api_key",
    "forget_api_key",
    "get_api_key",
    "key_source",
    "keyring_status",
    "set_api_key",
]

log = logging.getLogger(__name__)

SERVICE = "consultant"

_session_keys: dict[str, str] = {}
_lock = threading.Lock()


#: The sentence for a keyring that exists but is locked (or would not unlock).
KEYRING_LOCKED = (
    "The system keyring is locked; unlock it (e.g. log in to your desktop session) and try again."
)
_KEYRING_ADVICE = (
    "Install or unlock a keyring (e.g. GNOME Keyring, KWallet, macOS Keychain, Windows "
    "Credential Manager)"
)
#: Exception classes (by name, over the MRO) a locked or unreachable Secret Service
#: raises: keyring's ``InitError``/``KeyringLocked`` (a bare ``InitError`` is what the
#: SecretService backend raises when the collection cannot be unlocked) and
#: secretstorage's own.
_LOCKED_ERRORS = frozenset(
    {
        "InitError",
        "KeyringLocked",
        "LockedException",
        "PromptDismissedException",
        "SecretServiceNotAvailableException",
        "SecretStorageException",
    }
)


@dataclass(frozen=True, slots=True)
class KeyStatus:
    """Where a key was put. ``stored`` is ``"keyring"``, ``"session"`` (memory, this
    process only) or ``"none"`` (not kept at all)."""

    stored: str
    message: str

    @property
    def persistent(self) -> bool:
        return self.stored == "keyring"


@dataclass(frozen=True, slots=True)
class KeyDeletion:
    """What :func:`forget_api_key` did. ``problem`` is a sentence when the keyring
    could not be asked (then ``found`` covers only the session memory)."""

    found: bool
    problem: str | None = None


def _is_locked(exc: BaseException) -> bool:
    return bool({cls.__name__ for cls in type(exc).__mro__} & _LOCKED_ERRORS)


def _error_reason(exc: BaseException) -> str:
    """Why the keyring failed, as a clause (never the exception's text: it may quote
    what was being stored)."""
    if _is_locked(exc):
        return "the system keyring is locked"
    if type(exc).__name__ == "NoKeyringError":
        return "no system keyring is available"
    return f"the keyring refused it: {type(exc).__name__}"


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
        if _is_locked(exc):
            return False, KEYRING_LOCKED
        return False, f"The system keyring could not be opened ({type(exc).__name__})."
    reason = _unusable_reason(backend)
    if reason:
        return False, (
            f"API keys cannot be saved: {reason}. Keys you enter are kept for this session "
            f"only. {_KEYRING_ADVICE} to keep them."
        )
    return True, f"API keys are stored in the system keyring ({type(backend).__name__})."


def _not_stored(
    provider_id: str, key: str, reason: str, *, session_fallback: bool, env_var: str | None
) -> KeyStatus:
    locked = reason == "the system keyring is locked"
    if session_fallback:
        with _lock:
            _session_keys[provider_id] = key
        if locked:
            return KeyStatus(
                "session",
                f"{KEYRING_LOCKED} Until then the key for {provider_id} is kept in memory "
                f"for this session only.",
            )
        return KeyStatus(
            "session",
            f"The key for {provider_id} could not be saved in the system keyring ({reason}); "
            f"it is kept in memory for this session only and you will need to enter it "
            f"again next time.",
        )
    instead = f", or set {env_var} in the environment instead" if env_var else ""
    if locked:
        return KeyStatus(
            "none",
            f"{KEYRING_LOCKED[:-1]}{instead}. The key for {provider_id} was not saved.",
        )
    return KeyStatus(
        "none",
        f"The key for {provider_id} was not saved: {reason}. {_KEYRING_ADVICE} and run "
        f"this again{instead}.",
    )


def set_api_key(
    provider_id: str,
    key: str,
    *,
    session_fallback: bool = True,
    env_var: str | None = None,
) -> KeyStatus:
    """Store ``key`` for ``provider_id``. Never raises for keyring trouble: the
    returned status says what happened.

    Without a usable keyring the key is kept in session memory
    (``session_fallback=True``, the desktop app) or not at all (``False``, the CLI:
    its session ends with the command); ``env_var`` is the provider's environment
    variable, named in the advice then."""
    key = key.strip()
    if not key:
        raise ValueError("An empty API key cannot be stored.")

    def fallback(reason: str) -> KeyStatus:
        return _not_stored(
            provider_id, key, reason, session_fallback=session_fallback, env_var=env_var
        )

    try:
        backend = _backend()
    except Exception as exc:
        return fallback(_error_reason(exc))
    reason = _unusable_reason(backend)
    if reason:
        return fallback(reason)
    try:
        backend.set_password(SERVICE, provider_id, key)
    except Exception as exc:  # keyring.errors.KeyringError and backend-specific errors
        log.warning("keyring refused to store a key: %s", type(exc).__name__)
        return fallback(_error_reason(exc))
    with _lock:
        _session_keys.pop(provider_id, None)
    return KeyStatus("keyring", f"The key for {provider_id} is saved in the system keyring.")


def _keyring_lookup(provider_id: str) -> tuple[str | None, bool]:
    """``(key or None, locked)`` from the keyring."""
    try:
        backend = _backend()
        if _unusable_reason(backend):
            return None, False
        value = backend.get_password(SERVICE, provider_id)
    except Exception as exc:
        log.warning("keyring lookup failed: %s", type(exc).__name__)
        return None, _is_locked(exc)
    return (value if isinstance(value, str) and value else None), False


def _keyring_get(provider_id: str) -> str | None:
    return _keyring_lookup(provider_id)[0]


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
    """``"session"``, ``"keyring"``, ``"environment"``, ``"locked"`` (the keyring is
    locked, so whether it holds a key is unknown) or ``None`` — never the key."""
    with _lock:
        if _session_keys.get(provider_id):
            return "session"
    value, locked = _keyring_lookup(provider_id)
    if value:
        return "keyring"
    if env_var and (os.environ if environ is None else environ).get(env_var, "").strip():
        return "environment"
    return "locked" if locked else None


def forget_api_key(provider_id: str) -> KeyDeletion:
    """Forget the key everywhere we stored it, saying when the keyring could not be
    asked (a locked keyring is not "there was no key")."""
    with _lock:
        found = _session_keys.pop(provider_id, None) is not None
    try:
        backend = _backend()
        if not _unusable_reason(backend) and backend.get_password(SERVICE, provider_id):
            backend.delete_password(SERVICE, provider_id)
            found = True
    except Exception as exc:
        log.warning("keyring delete failed: %s", type(exc).__name__)
        if _is_locked(exc):
            return KeyDeletion(found, KEYRING_LOCKED)
        return KeyDeletion(
            found, f"The system keyring could not be changed ({type(exc).__name__})."
        )
    return KeyDeletion(found)


def delete_api_key(provider_id: str) -> bool:
    """Forget the key everywhere we stored it; ``True`` if there was one."""
    return forget_api_key(provider_id).found


def clear_session_keys() -> None:
    """Forget keys held in memory (tests, and "lock" actions)."""
    with _lock:
        _session_keys.clear()
