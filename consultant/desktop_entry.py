"""Install the Linux desktop entry, icons and AppStream metainfo for the current user.

``consultant --install-desktop-entry`` copies, under ``$XDG_DATA_HOME`` (default
``~/.local/share``):

- ``applications/consultant.desktop`` with ``Exec=`` pointing at the program that
  is running now (the PyInstaller binary, or the ``consultant`` script of the
  virtual environment / pipx install), so the menu starts this installation;
- ``icons/hicolor/<N>x<N>/apps/consultant.png`` for every bundled size and
  ``icons/hicolor/scalable/apps/consultant.svg``;
- ``metainfo/<id>.metainfo.xml`` (software centres read it).

``--uninstall-desktop-entry`` removes exactly those files. Pure standard library:
the files are read from ``consultant/resources/desktop/`` with importlib.resources,
so this works from a checkout, a wheel and a frozen build alike.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

APP_ID = "consultant"
METAINFO_NAME = "io.github.consultant.Consultant.metainfo.xml"

__all__ = ["APP_ID", "Installed", "data_home", "install", "launcher_command", "uninstall"]


@dataclass
class Installed:
    """Files written (or removed) under ``data_home``."""

    data_home: Path
    files: list[Path] = field(default_factory=list)


def data_home() -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` when it is unset, empty or relative."""
    value = os.environ.get("XDG_DATA_HOME", "").strip()
    if value and Path(value).is_absolute():
        return Path(value)
    return Path.home() / ".local" / "share"


def _desktop_dir() -> Traversable:
    return resources.files("consultant").joinpath("resources", "desktop")


def _svg() -> Traversable:
    return resources.files("consultant").joinpath("resources", "icons", "consultant.svg")


def _icon_sizes() -> list[tuple[int, Traversable]]:
    found: list[tuple[int, Traversable]] = []
    for entry in _desktop_dir().joinpath("icons").iterdir():
        stem, _, suffix = entry.name.rpartition(".")
        prefix, _, size = stem.rpartition("-")
        if suffix == "png" and prefix == APP_ID and size.isdigit():
            found.append((int(size), entry))
    return sorted(found, key=lambda item: item[0])


def _quote_exec_arg(arg: str) -> str:
    """Quote one argument for a desktop entry ``Exec`` key (Desktop Entry spec §7)."""
    reserved = set(" \t\n\"'\\><~|&;$*?#()`")
    if arg and not (set(arg) & reserved):
        return arg.replace("%", "%%")
    escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`")
    return '"' + escaped.replace("$", "\\$").replace("%", "%%") + '"'


def launcher_command() -> list[str]:
    """The command that starts this installation of Consultant."""
    if getattr(sys, "frozen", False):  # PyInstaller: the binary itself
        return [str(Path(sys.executable).resolve())]
    bindir = Path(sys.executable).parent
    for name in ("consultant", "consultant.exe"):
        script = bindir / name
        if script.is_file():
            return [str(script)]
    found = shutil.which("consultant")
    if found:
        return [str(Path(found).resolve())]
    return [str(Path(sys.executable).resolve()), "-m", "consultant"]


def _desktop_text(command: list[str]) -> str:
    template = _desktop_dir().joinpath(f"{APP_ID}.desktop").read_text(encoding="utf-8")
    exec_line = "Exec=" + " ".join(_quote_exec_arg(part) for part in command)
    lines = [exec_line if line.startswith("Exec=") else line for line in template.splitlines()]
    return "\n".join(lines) + "\n"


def _targets(home: Path) -> list[Path]:
    icons = home / "icons" / "hicolor"
    return [
        home / "applications" / f"{APP_ID}.desktop",
        home / "metainfo" / METAINFO_NAME,
        icons / "scalable" / "apps" / f"{APP_ID}.svg",
        *(icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png" for size, _ in _icon_sizes()),
    ]


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _refresh(home: Path) -> None:
    """Let menus and icon themes notice the change (best effort, tools may be absent)."""
    hicolor = home / "icons" / "hicolor"
    if hicolor.is_dir():
        os.utime(hicolor)  # the icon theme spec's cache check looks at the mtime
    tool = shutil.which("update-desktop-database")
    if tool and (home / "applications").is_dir():
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            subprocess.run(
                [tool, "-q", str(home / "applications")],
                check=False,
                timeout=30,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )


def install(home: Path | None = None, command: list[str] | None = None) -> Installed:
    """Write the desktop entry, icons and metainfo under ``home`` (default: XDG)."""
    home = home or data_home()
    result = Installed(home)
    desktop, metainfo, svg, *pngs = _targets(home)
    _write(desktop, _desktop_text(command or launcher_command()).encode("utf-8"))
    _write(metainfo, _desktop_dir().joinpath(METAINFO_NAME).read_bytes())
    _write(svg, _svg().read_bytes())
    for target, (_, source) in zip(pngs, _icon_sizes(), strict=True):
        _write(target, source.read_bytes())
    result.files = [desktop, metainfo, svg, *pngs]
    _refresh(home)
    return result


def uninstall(home: Path | None = None) -> Installed:
    """Remove the files ``install`` writes; other files are left alone."""
    home = home or data_home()
    result = Installed(home)
    for path in _targets(home):
        if path.is_file():
            path.unlink()
            result.files.append(path)
    _refresh(home)
    return result
