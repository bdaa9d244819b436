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


# --- no keyring, a locked keyring, and the command line ---------------------------------

import io  # noqa: E402

import keyring.errors  # noqa: E402
import secretstorage.exceptions  # noqa: E402

from consultant.cli import main  # noqa: E402
from tests.support import MemoryKeyring as _Memory  # noqa: E402

LOCKED_SENTENCE = (
    "The system keyring is locked; unlock it (e.g. log in to your desktop session) and try again."
)


class LockedKeyring(_Memory):
    """A Secret Service keyring whose collection will not unlock."""

    def __init__(self, error: Exception) -> None:
        super().__init__()
        self.error = error

    def get_password(self, service: str, username: str) -> str | None:
        raise self.error

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.error

    def delete_password(self, service: str, username: str) -> None:
        raise self.error


LOCKED_ERRORS = [
    keyring.errors.InitError(),  # bare: what the SecretService backend raises
    keyring.errors.KeyringLocked("Failed to unlock the keyring!"),
    secretstorage.exceptions.LockedException("Item is locked!"),
    secretstorage.exceptions.PromptDismissedException("Prompt dismissed."),
]


def test_without_keyring_a_cli_style_store_keeps_nothing_and_names_the_fix() -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    status = secrets.set_api_key("openai", KEY, session_fallback=False, env_var="OPENAI_API_KEY")
    assert status.stored == "none" and not status.persistent
    assert "this session" not in status.message
    assert "was not saved" in status.message and "no system keyring is available" in status.message
    assert "Install or unlock a keyring" in status.message
    assert "OPENAI_API_KEY" in status.message
    assert KEY not in status.message
    assert secrets.get_api_key("openai") is None  # nothing kept in memory either


@pytest.mark.parametrize("error", LOCKED_ERRORS, ids=lambda e: type(e).__name__)
def test_locked_keyring_is_a_sentence(error: Exception) -> None:
    keyring.set_keyring(LockedKeyring(error))
    desktop = secrets.set_api_key("anthropic", KEY)
    assert desktop.stored == "session"
    assert desktop.message.startswith(LOCKED_SENTENCE)
    assert "for this session only" in desktop.message
    secrets.clear_session_keys()
    cli = secrets.set_api_key("anthropic", KEY, session_fallback=False, env_var="ANTHROPIC_API_KEY")
    assert cli.stored == "none"
    assert cli.message.startswith(LOCKED_SENTENCE[:-1])
    assert "ANTHROPIC_API_KEY" in cli.message and "this session" not in cli.message
    # A locked keyring is not "no key" …
    assert secrets.key_source("anthropic") == "locked"
    # … and not "there was no key" when deleting.
    deletion = secrets.forget_api_key("anthropic")
    assert deletion.problem == LOCKED_SENTENCE


def test_keyring_status_says_locked_when_opening_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    def locked() -> object:
        raise keyring.errors.InitError()

    monkeypatch.setattr(secrets, "_backend", locked)
    assert secrets.keyring_status() == (False, LOCKED_SENTENCE)


def key_set(monkeypatch: pytest.MonkeyPatch, provider: str, key: str = KEY) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(key + "\n"))
    return main(["key", "set", provider])


def test_cli_key_set_without_keyring_does_not_claim_a_session(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    assert key_set(monkeypatch, "openai") == 1
    out, err = capsys.readouterr()
    assert "this session" not in out + err
    assert err.startswith("consultant: The key for openai was not saved: no system keyring")
    assert "Install or unlock a keyring" in err and "OPENAI_API_KEY" in err
    assert KEY not in out + err


def test_cli_key_set_names_a_configured_providers_variable(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from consultant.core.settings import ProviderSettings, Settings, save_settings

    save_settings(Settings(providers=[ProviderSettings(id="work", kind="gemini")]))
    keyring.set_keyring(keyring.backends.fail.Keyring())
    assert key_set(monkeypatch, "work") == 1
    assert "GEMINI_API_KEY" in capsys.readouterr().err


def test_cli_with_a_locked_keyring(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    keyring.set_keyring(LockedKeyring(keyring.errors.InitError()))
    assert key_set(monkeypatch, "openai") == 1
    err = capsys.readouterr().err
    assert err.startswith("consultant: The system keyring is locked; unlock it")
    assert "InitError" not in err and "this session" not in err
    assert main(["key", "delete", "openai"]) == 1
    assert capsys.readouterr().err == f"consultant: {LOCKED_SENTENCE}\n"
    assert main(["models"]) == 0
    assert "openai" not in capsys.readouterr().out  # nothing known about it


def test_cli_key_set_with_a_keyring(
    monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    assert key_set(monkeypatch, "openai") == 0
    assert memory_keyring.store == {("consultant", "openai"): KEY}
    assert "saved in the system keyring" in capsys.readouterr().out


def test_keys_stored_with_key_set_show_in_models(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from consultant.core.settings import ProviderSettings, Settings, save_settings

    save_settings(
        Settings(providers=[
            ProviderSettings(id="work", kind="anthropic"),
            ProviderSettings(id="proxy", kind="openai_compatible",
                             api_base="http://127.0.0.1:4000"),
        ])
    )  # fmt: skip
    for provider in ("work", "proxy", "openai"):  # configured ones and a kind name
        assert key_set(monkeypatch, provider, f"{KEY}-{provider}") == 0
    capsys.readouterr()
    assert main(["models", "--json"]) == 0
    import json

    rows = {r["id"]: r for r in json.loads(capsys.readouterr().out)["providers"]}
    assert rows["work"]["key"] == "keyring"
    assert rows["proxy"]["key"] == "keyring"
    assert rows["openai"]["key"] == "keyring" and rows["openai"]["kind"] == "openai"
    assert "gemini" not in rows  # no key stored, none in the environment
    assert main(["models"]) == 0
    out = capsys.readouterr().out
    assert "openai (OpenAI) — key in keyring" in out
    assert "work (Anthropic) — key in keyring" in out
    assert KEY not in out


def test_locked_keyring_shows_in_models(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from consultant.core.settings import ProviderSettings, Settings, save_settings

    save_settings(Settings(providers=[ProviderSettings(id="work", kind="openai")]))
    keyring.set_keyring(LockedKeyring(secretstorage.exceptions.LockedException("locked")))
    assert main(["models"]) == 0
    out = capsys.readouterr().out
    assert "work (OpenAI) — keyring locked: unlock it" in out
    assert "no key: consultant key set work" not in out
