"""Where Consultant keeps its files.

``CONSULTANT_HOME`` overrides everything (tests point it at a temporary folder);
otherwise the platform's user data folder is used (XDG on Linux). Inside it:

- ``consultant.sqlite`` — the one database file
- ``backups/`` — file copies taken before migrations and on request
- ``config/`` — ``settings.json`` and user overrides of bundled resources
  (a file there with the same relative path as one under ``resources/`` wins)
- ``logs/`` — ``consultant.log``

The folder holds health data, so only its owner may read it: folders are 0700 and
files 0600, set explicitly (never left to the umask). :func:`private_dir`,
:func:`create_private_file` and :func:`write_private_file` are the only ways code
should create anything there or in an export folder; :func:`secure_data_dir` takes
away group and other bits from what an older version left behind. On Windows
``chmod`` only toggles the read-only flag, so these calls are harmless no-ops
there; the user's profile folder is already private.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

DB_FILENAME = "consultant.sqlite"
#: The folders inside the data folder; :func:`secure_data_dir` tightens all of them.
SUBFOLDERS = ("backups", "config", "logs")
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
_POSIX = os.name == "posix"


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


# -- private files and folders -------------------------------------------------
def _owned_by_me(info: os.stat_result) -> bool:
    return not hasattr(os, "getuid") or info.st_uid == os.getuid()


def private_dir(path: Path, *, tighten: bool = True) -> Path:
    """Create ``path`` (and missing parents) with the leaf folder 0700.

    An existing folder owned by the current user loses its group and other bits
    (0755 becomes 0700) unless ``tighten`` is false (a folder the user picked for an
    export keeps its mode; the files written into it are 0600). Parents that had
    to be created get the usual mode, as ``mkdir -p`` gives them.
    """
    path = Path(path)
    try:
        path.mkdir(parents=True, mode=PRIVATE_DIR_MODE)
    except FileExistsError:
        if not path.is_dir():
            raise
        if tighten:
            _tighten(path, follow=True)
    else:
        if _POSIX:  # exactly 0700, whatever the umask took away
            os.chmod(path, PRIVATE_DIR_MODE)
    return path


def _open_private(path: Path, flags: int) -> int:
    """``os.open`` with mode 0600, then ``fchmod`` so an existing file is 0600 too."""
    fd = os.open(path, flags | getattr(os, "O_BINARY", 0), PRIVATE_FILE_MODE)
    if _POSIX:
        try:
            os.fchmod(fd, PRIVATE_FILE_MODE)
        except BaseException:
            os.close(fd)
            raise
    return fd


def create_private_file(path: Path) -> Path:
    """Make sure ``path`` exists and is private, without changing its content.

    A new file is created 0600; an existing one owned by the current user loses
    its group and other bits (0644 becomes 0600; a file the user made read-only
    stays read-only). Used before another library opens the file (SQLite,
    ``logging``), so the file is private before the first byte is written.
    """
    path = Path(path)
    try:
        os.close(_open_private(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL))
    except FileExistsError:
        _tighten(path, follow=True)
    return path


def write_private_file(path: Path, data: str | bytes, *, encoding: str = "utf-8") -> Path:
    """Write ``data`` to ``path`` (replacing its content); the file is 0600 before
    anything is written, also when it existed with a looser mode."""
    payload = data.encode(encoding) if isinstance(data, str) else data
    fd = _open_private(Path(path), os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    with os.fdopen(fd, "wb") as handle:
        handle.write(payload)
    return Path(path)


def _tighten(entry: str | Path, *, follow: bool = False) -> None:
    """Drop group and other bits from one entry owned by the current user
    (0755 becomes 0700, 0644 becomes 0600; owner bits are kept)."""
    if not _POSIX:
        return
    with contextlib.suppress(OSError):
        info = os.stat(entry) if follow else os.lstat(entry)
        if stat.S_ISLNK(info.st_mode) or not _owned_by_me(info):
            return
        mode = stat.S_IMODE(info.st_mode)
        if mode & 0o077:
            os.chmod(entry, mode & ~0o077)


def tighten_tree(root: Path) -> None:
    """Remove group and other bits from ``root`` and everything below it.

    Only entries owned by the current user are changed; symbolic links inside are
    neither followed nor changed. Owner bits are kept: 0755 becomes 0700 and
    0644 becomes 0600. Errors (a file vanishing meanwhile) are ignored.
    """
    root = Path(root)
    if not _POSIX or not root.is_dir():
        return
    _tighten(root, follow=True)
    for folder, dirs, files in os.walk(root):
        for name in (*dirs, *files):
            _tighten(os.path.join(folder, name))


def secure_data_dir(folder: Path, db_name: str = DB_FILENAME) -> None:
    """Take group and other bits from what Consultant keeps in ``folder``.

    The folder itself, the database with its ``-wal``/``-shm``/``-journal`` files
    (and anything else named after it), ``consultant.lock``, and everything under
    ``backups/``, ``config/`` and ``logs/``. Other entries are left alone: the
    folder may be one the user also keeps other things in.
    """
    folder = Path(folder)
    if not _POSIX or not folder.is_dir():
        return
    _tighten(folder, follow=True)
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if entry.name.startswith(db_name) or entry.name == "consultant.lock":
                _tighten(entry.path)
    for name in SUBFOLDERS:
        tighten_tree(folder / name)
