"""Importing the model layer must not import litellm nor open any socket."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


def test_import_loads_no_litellm_and_opens_no_socket() -> None:
    code = textwrap.dedent(
        """
        import socket, sys
        attempts = []
        real_connect = socket.socket.connect
        def connect(self, address):
            attempts.append(address)
            return real_connect(self, address)
        socket.socket.connect = connect
        real_create = socket.create_connection
        def create_connection(address, *args, **kwargs):
            attempts.append(address)
            return real_create(address, *args, **kwargs)
        socket.create_connection = create_connection

        import consultant.llm
        import consultant.llm.gateway
        import consultant.llm.errors
        import consultant.llm.providers
        import consultant.llm.secrets
        import consultant.core.redaction
        import consultant.core.settings

        assert "litellm" not in sys.modules, "litellm was imported"
        assert "keyring" not in sys.modules, "keyring was imported"
        assert not attempts, attempts
        print("clean")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "clean"


def test_preload_sets_local_cost_map_and_quiets_litellm() -> None:
    code = textwrap.dedent(
        """
        import os, sys
        os.environ.pop("LITELLM_LOCAL_MODEL_COST_MAP", None)
        from consultant.llm.gateway import litellm_loaded, preload_litellm
        assert not litellm_loaded()
        preload_litellm()
        assert litellm_loaded()
        import litellm
        assert os.environ["LITELLM_LOCAL_MODEL_COST_MAP"] == "True"
        assert litellm.suppress_debug_info is True
        assert litellm.telemetry is False
        assert litellm.success_callback == [] and litellm.callbacks == []
        print("ok")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
    # Loading from the bundled map means no "fetch attempt failed" warnings.
    assert "model cost map fetch" not in done.stderr


def test_preload_warms_up_without_opening_a_socket(monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    from consultant.llm import gateway

    attempts: list[object] = []
    real = socket.socket.connect

    def record(self: socket.socket, address: object) -> None:
        attempts.append(address)
        real(self, address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", record)
    gateway.preload_litellm()
    assert gateway.litellm_loaded()
    assert attempts == []
