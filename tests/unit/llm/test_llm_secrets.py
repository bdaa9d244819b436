"""API keys in the keyring, or in memory only when there is no usable keyring."""

from __future__ import annotations

from pathlib import Path

import keyring
import keyring.backends.fail
import keyring.backends.null
import pytest

from consultant.llm import secrets

from .conftest import MemoryKeyring, RefusingKeyring

KEY = "sk-test-keyring-0123456789"


def files_containing(root: Path, needle: str) -> list[Path]:
    hits = []
    for path in root.rglob("*"):
        if path.is_file() and needle.encode() in path.read_bytes():
            hits.append(path)
    return hits


def test_key_goes_to_the_keyring(memory_keyring: MemoryKeyring) -> None:
    status = secrets.set_api_key("openai", f"  {KEY}\n")
    assert status.persistent and status.stored == "keyring"
    assert memory_keyring.store == {("consultant", "openai"): KEY}
    assert secrets.get_api_key("openai") == KEY
    assert secrets.key_source("openai") == "keyring"


def test_delete(memory_keyring: MemoryKeyring) -> None:
    secrets.set_api_key("anthropic", KEY)
    assert secrets.delete_api_key("anthropic") is True
    assert memory_keyring.store == {}
    assert secrets.get_api_key("anthropic") is None
    assert secrets.delete_api_key("anthropic") is False


def test_empty_key_is_refused() -> None:
    with pytest.raises(ValueError):
        secrets.set_api_key("openai", "   ")


@pytest.mark.parametrize(
    "backend",
    [keyring.backends.fail.Keyring(), keyring.backends.null.Keyring(), RefusingKeyring()],
    ids=["fail", "null", "refusing"],
)
def test_without_usable_keyring_the_key_is_session_only(
    backend: keyring.backend.KeyringBackend, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CONSULTANT_HOME", str(tmp_path))
    keyring.set_keyring(backend)
    status = secrets.set_api_key("openai", KEY)
    assert status.stored == "session" and not status.persistent
    assert "session only" in status.message and "openai" in status.message
    assert KEY not in status.message
    assert secrets.get_api_key("openai") == KEY
    assert secrets.key_source("openai") == "session"
    assert files_containing(tmp_path, KEY) == []
    secrets.clear_session_keys()
    assert secrets.get_api_key("openai") is None


def test_keyring_status_reports_unusable_backend() -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    usable, message = secrets.keyring_status()
    assert not usable
    assert "session only" in message


def test_keyring_status_with_memory_backend() -> None:
    usable, message = secrets.keyring_status()
    assert usable and "MemoryKeyring" in message


def test_environment_variable_is_the_last_resort(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-from-env-123456")
    assert secrets.get_api_key("openai", "OPENAI_API_KEY") == "sk-from-env-123456"
    assert secrets.key_source("openai", "OPENAI_API_KEY") == "environment"
    secrets.set_api_key("openai", KEY)
    assert secrets.get_api_key("openai", "OPENAI_API_KEY") == KEY
    assert secrets.key_source("openai", "OPENAI_API_KEY") == "keyring"


def test_key_status_repr_never_holds_the_key() -> None:
    status = secrets.set_api_key("gemini", KEY)
    assert KEY not in repr(status)
