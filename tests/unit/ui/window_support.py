"""Fixtures for the main-window tests (imported by the test modules that need them)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from consultant.core.models import Client, Conversation
from consultant.services.workspace import Workspace
from consultant.ui.main_window import MainWindow


@pytest.fixture
def workspace(consultant_home: Path) -> Iterator[Workspace]:
    ws = Workspace.open(consultant_home)
    yield ws
    ws.close()


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace) -> Iterator[MainWindow]:
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def shown_window(
    qtbot: QtBot, workspace: Workspace | None = None, home: Path | None = None
) -> MainWindow:
    """A main window on screen: with the data, or (``home`` only) the frame before it."""
    win = MainWindow(workspace, home=home)
    qtbot.addWidget(win)
    win.show()
    return win


def add_client(ws: Workspace, name: str = "Acme Health", **fields: str) -> Client:
    return ws.add_client(name, **fields)


def open_new_conversation(win: MainWindow, client: Client, title: str = "") -> Conversation:
    win.refresh_clients(select_id=client.id)
    assert win.select_client(client.id or 0)
    conv = win.new_conversation(title)
    assert conv is not None
    assert win.current_conversation is not None
    assert win.current_conversation.id == conv.id
    return conv


@pytest.fixture(scope="session")
def litellm_loaded() -> None:
    """Import litellm once, up front, so stream timeouts don't include the import."""
    from consultant.services import models

    models.preload()
