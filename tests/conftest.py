"""Shared fixtures: every test gets its own data folder and no outside network.

- ``CONSULTANT_HOME`` points at a fresh ``tmp_path`` folder (autouse), so no test
  touches the user's real data.
- Qt runs offscreen.
- Connections to anything but loopback fail loudly: tests never reach the internet.
"""

from __future__ import annotations

import ipaddress
import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.llm_server import LLMTestServer, run_server
from tests.support import MemoryKeyring

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LITELLM_LOCAL_MODEL_COST_MAP"] = "True"

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _is_local(address: object) -> bool:
    if not isinstance(address, tuple) or not address:
        return True  # AF_UNIX paths and the like
    host = str(address[0])
    if host in {"localhost", ""}:
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


def _guarded_connect(self: socket.socket, address: object) -> None:
    if not _is_local(address):
        raise OSError(f"tests may not connect to {address!r} (loopback only)")
    _real_connect(self, address)  # type: ignore[arg-type]


def _guarded_connect_ex(self: socket.socket, address: object) -> int:
    if not _is_local(address):
        raise OSError(f"tests may not connect to {address!r} (loopback only)")
    return _real_connect_ex(self, address)  # type: ignore[arg-type]


socket.socket.connect = _guarded_connect  # type: ignore[method-assign]
socket.socket.connect_ex = _guarded_connect_ex  # type: ignore[method-assign]


PROVIDER_ENV_VARS = ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GEMINI_API_KEY", "OPENROUTER_API_KEY")


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    """Every test uses an in-memory keyring: the real one is never read or written."""
    import keyring

    from consultant.llm import secrets

    for name in PROVIDER_ENV_VARS:
        monkeypatch.delenv(name, raising=False)
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    secrets.clear_session_keys()
    yield backend
    secrets.clear_session_keys()
    keyring.set_keyring(previous)


@pytest.fixture
def llm_server() -> Iterator[LLMTestServer]:
    """An OpenAI-compatible server on 127.0.0.1 (see tests/llm_server.py)."""
    with run_server() as server:
        yield server


@pytest.fixture
def configured_model(llm_server: LLMTestServer, consultant_home: Path) -> LLMTestServer:
    """Settings whose default model is ``local/test-model`` on the test server."""
    from consultant.core.settings import ProviderSettings, Settings, save_settings

    save_settings(
        Settings(
            providers=[
                ProviderSettings(
                    id="local", kind="openai_compatible", label="Test server",
                    api_base=llm_server.api_base, models=["test-model", "slow", "cut"],
                )
            ],
            default_model="local/test-model",
            timeout_seconds=5.0,
        )
    )  # fmt: skip
    return llm_server


@pytest.fixture(autouse=True)
def _clear_offscreen_clipboard() -> Iterator[None]:
    """Qt's offscreen platform crashes at exit while the clipboard holds QMimeData
    (PySide6 6.12; the xcb platform does not); empty it after every test."""
    yield
    import sys

    if "PySide6.QtGui" not in sys.modules:
        return
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is not None and QGuiApplication.platformName() == "offscreen":
        QGuiApplication.clipboard().clear()


@pytest.fixture(autouse=True)
def consultant_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "consultant-home"
    monkeypatch.setenv("CONSULTANT_HOME", str(home))
    yield home
