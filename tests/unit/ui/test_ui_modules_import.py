"""Every module under ``consultant/ui`` imports: a broken dialog import fails here,
loudly, instead of turning into a silently missing feature (issue #15)."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

import consultant.ui

UI = Path(consultant.ui.__file__).resolve().parent
MODULES = sorted(
    "consultant.ui." + ".".join(p.relative_to(UI).with_suffix("").parts)
    for p in UI.rglob("*.py")
    if p.name != "__init__.py"
)


def test_the_ui_package_has_its_modules() -> None:
    assert "consultant.ui.settings_dialog" in MODULES
    assert "consultant.ui.settings_models" in MODULES
    assert "consultant.ui.email_intake" in MODULES


@pytest.mark.parametrize("name", MODULES)
def test_every_ui_module_imports(name: str) -> None:
    module = importlib.import_module(name)
    assert module.__name__ == name
    for public in getattr(module, "__all__", []):  # what it promises exists
        assert hasattr(module, public), f"{name} lists {public} but has no such name"
