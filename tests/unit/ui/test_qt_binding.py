"""The Qt binding itself: void calls keep ``None`` alive, and the pins are installed.

PySide6-Essentials 6.12.0 on Python 3.11 drops one reference to ``None`` on every
Qt call that returns nothing; after some thousand ``QLabel.setText`` calls the
count reaches zero and the process ends with "Fatal Python error: none_dealloc".
``pyproject.toml`` therefore pins PySide6-Essentials and shiboken6 exactly (see
docs/dependencies.md). On Python 3.12 and later ``None`` is immortal: its count
never moves and the first test passes trivially.
"""

from __future__ import annotations

import re
import sys
import tomllib
from importlib.metadata import version
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QLabel

PYPROJECT = Path(__file__).resolve().parents[3] / "pyproject.toml"
CALLS = 100_000
BATCH = 1_000
#: Slack for unrelated code (the garbage collector) releasing ``None`` references.
TOLERANCE = 200


def test_void_qt_calls_do_not_drop_references_to_none(qapp: QApplication) -> None:
    label = QLabel()
    obj = QObject()
    texts = ("Sunrise Home Health", "Beta Registry")
    names = ("conversation-view", "composer")
    start = sys.getrefcount(None)
    for batch in range(CALLS // BATCH):
        for i in range(BATCH):
            label.setText(texts[i & 1])  # void: returns None
            obj.setObjectName(names[i & 1])  # void: returns None
        # Checked per batch, so a leaking binding fails here before None is freed.
        now = sys.getrefcount(None)
        assert now >= start - TOLERANCE, (
            f"None lost {start - now} references after {(batch + 1) * BATCH} pairs of "
            "void Qt calls: this PySide6/shiboken6 build has the none_dealloc bug"
        )
    assert label.text() == texts[1] and obj.objectName() == names[1]


def _exact_pins() -> dict[str, str]:
    """``{distribution: version}`` for every ``name==version`` dependency."""
    with PYPROJECT.open("rb") as handle:
        dependencies = tomllib.load(handle)["project"]["dependencies"]
    pins: dict[str, str] = {}
    for spec in dependencies:
        match = re.fullmatch(r"\s*([A-Za-z0-9._-]+)\s*==\s*([0-9][0-9A-Za-z.+!-]*)\s*", spec)
        if match:
            pins[match.group(1).lower()] = match.group(2)
    return pins


@pytest.mark.parametrize("distribution", ["PySide6-Essentials", "shiboken6"])
def test_qt_binding_is_pinned_exactly_and_installed(distribution: str) -> None:
    pins = _exact_pins()
    # A range (">=6.11", "~=6.11.3", "==6.11.*") would admit 6.12.0: only "==X.Y.Z" passes.
    assert distribution.lower() in pins, f"{distribution} must be pinned with == in pyproject"
    assert version(distribution) == pins[distribution.lower()]


def test_imported_modules_are_the_pinned_build() -> None:
    import PySide6
    import shiboken6

    pins = _exact_pins()
    assert PySide6.__version__ == pins["pyside6-essentials"]
    assert shiboken6.__version__ == pins["shiboken6"]
    assert pins["pyside6-essentials"] == pins["shiboken6"]  # built together, used together
