"""``consultant --install-desktop-entry``: files under $XDG_DATA_HOME, validated."""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from consultant import cli, desktop_entry

SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
RESOURCES = Path(desktop_entry.__file__).parent / "resources"


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", data[16:24])
    return int(width), int(height)


@pytest.fixture
def xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


def test_install_writes_entry_icons_and_metainfo(xdg: Path) -> None:
    done = desktop_entry.install()
    assert done.data_home == xdg
    desktop = xdg / "applications" / "consultant.desktop"
    assert desktop in done.files
    text = desktop.read_text(encoding="utf-8")
    assert "Name=Consultant" in text and "Icon=consultant" in text
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    program = exec_line.removeprefix("Exec=").split(" ")[0].strip('"')
    assert Path(program).is_absolute(), exec_line  # this installation, not whatever is on PATH
    for size in SIZES:
        png = xdg / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "consultant.png"
        assert _png_size(png) == (size, size)
    assert (xdg / "icons/hicolor/scalable/apps/consultant.svg").read_bytes().startswith(b"<svg")
    assert (xdg / "metainfo" / desktop_entry.METAINFO_NAME).is_file()
    assert len(done.files) == 3 + len(SIZES)


def test_install_is_idempotent_and_uninstall_removes_only_its_files(xdg: Path) -> None:
    first = desktop_entry.install()
    second = desktop_entry.install()
    assert first.files == second.files
    other = xdg / "applications" / "someone-else.desktop"
    other.write_text("[Desktop Entry]\n", encoding="utf-8")
    removed = desktop_entry.uninstall()
    assert sorted(removed.files) == sorted(first.files)
    assert not any(path.exists() for path in first.files)
    assert other.exists()
    assert desktop_entry.uninstall().files == []


def test_relative_xdg_data_home_is_ignored(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", "relative/path")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert desktop_entry.data_home() == tmp_path / ".local" / "share"


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        (["/opt/consultant/consultant"], "Exec=/opt/consultant/consultant"),
        (["/home/a b/.venv/bin/consultant"], 'Exec="/home/a b/.venv/bin/consultant"'),
        (["/usr/bin/python3", "-m", "consultant"], "Exec=/usr/bin/python3 -m consultant"),
        (["/tmp/100%/consultant"], "Exec=/tmp/100%%/consultant"),
    ],
)
def test_exec_line_is_quoted(xdg: Path, command: list[str], expected: str) -> None:
    desktop_entry.install(command=command)
    text = (xdg / "applications" / "consultant.desktop").read_text(encoding="utf-8")
    assert expected in text.splitlines()


def test_launcher_is_the_frozen_binary(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    binary = tmp_path / "consultant"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(binary))
    assert desktop_entry.launcher_command() == [str(binary.resolve())]


def test_cli_flags(xdg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--install-desktop-entry"]) == 0
    assert "Installed" in capsys.readouterr().out
    assert (xdg / "applications" / "consultant.desktop").is_file()
    assert cli.main(["--uninstall-desktop-entry"]) == 0
    assert "Removed 12 files" in capsys.readouterr().out
    assert not (xdg / "applications" / "consultant.desktop").exists()


def test_bundled_icons_match_the_svg() -> None:
    """The committed PNGs are what packaging/render_icons.py makes of the SVG now."""
    script = Path(__file__).resolve().parents[2] / "packaging" / "render_icons.py"
    result = subprocess.run(
        [sys.executable, str(script), "--check"], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_desktop_file_validates(xdg: Path) -> None:
    desktop_entry.install(command=["/opt/Consultant dir/consultant"])
    for path in (
        RESOURCES / "desktop" / "consultant.desktop",
        xdg / "applications" / "consultant.desktop",
    ):
        result = subprocess.run(
            ["desktop-file-validate", str(path)], capture_output=True, text=True, timeout=60
        )
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream")
def test_metainfo_validates() -> None:
    path = RESOURCES / "desktop" / desktop_entry.METAINFO_NAME
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
