"""Where Consultant keeps its files.

``CONSULTANT_HOME`` overrides everything (tests point it at a temporary folder);
otherwise the platform's user data folder is used (XDG on Linux). Inside it:

- ``consultant.sqlite`` — the one database file
- ``backups/`` — file copies taken before migrations and on request
- ``config/`` — ``settings.json`` and user overrides of bundled resources
  (a file there with the same relative path as one under ``resources/`` wins)
"""

from __future__ import annotations

import os
from pathlib import Path

DB_FILENAME = "consultant.sqlite"


def data_dir() -> Path:
    """The data folder (not created)."""
    override = os.environ.get("CONSULTANT_HOME", "").strip()
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("consultant", appauthor=False))


def db_path() -> Path:
    return data_dir() / DB_FILENAME


def backups_dir() -> Path:
    return data_dir() / "backups"


def config_dir() -> Path:
    return data_dir() / "config"


def bundled_resources_dir() -> Path:
    """``consultant/resources/``: prompts, templates, icons, styles (inside the wheel)."""
    return Path(__file__).resolve().parents[1] / "resources"


def resource_path(relative: str) -> Path:
    """A resource file, preferring the user's override in the config folder."""
    override = config_dir() / relative
    if override.is_file():
        return override
    return bundled_resources_dir() / relative
