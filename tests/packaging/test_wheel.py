"""The built wheel, installed into a fresh virtual environment outside the checkout.

The wheel is built from a copy of the source (``pip wheel --no-deps``) and installed
with ``--no-deps --no-index`` into a new venv in a temporary folder. Dependencies
(PySide6, litellm …) are not reinstalled: a ``.pth`` file makes the project's
``.venv`` site-packages visible *after* the new venv's own. ``.pth`` files inside
that folder are not processed, so the editable install's finder (which points at
the checkout) stays inactive; the test checks ``consultant`` is imported from the
new venv. Everything runs with the temporary folder as working directory.
"""

from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
import venv
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from consultant import __version__

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.packaging


@dataclass
class Installed:
    wheel: Path
    venv: Path
    source: Path  # the copy the wheel was built from
    work: Path

    @property
    def bin(self) -> Path:
        return self.venv / ("Scripts" if os.name == "nt" else "bin")

    @property
    def python(self) -> Path:
        return self.bin / ("python.exe" if os.name == "nt" else "python")

    @property
    def consultant(self) -> Path:
        return self.bin / ("consultant.exe" if os.name == "nt" else "consultant")

    def env(self, home: Path, **extra: str) -> dict[str, str]:
        env = {
            k: v
            for k, v in os.environ.items()
            if k not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSTARTUP"}
        }
        env.update(
            CONSULTANT_HOME=str(home),
            QT_QPA_PLATFORM="offscreen",
            PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
            LITELLM_LOCAL_MODEL_COST_MAP="True",
            **extra,
        )
        return env

    def run(
        self, args: list[str], home: Path, timeout: float = 120, **extra: str
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            args,
            cwd=self.work,
            env=self.env(home, **extra),
            capture_output=True,
            text=True,
            timeout=timeout,
        )


def _copy_source(target: Path) -> None:
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "build", "dist")
    target.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, target / name)
    shutil.copytree(ROOT / "consultant", target / "consultant", ignore=ignore)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    base = tmp_path_factory.mktemp("wheel")
    source = base / "src"
    _copy_source(source)
    wheelhouse = base / "wheelhouse"
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--disable-pip-version-check",
         "-q", "-w", str(wheelhouse), str(source)],
        capture_output=True, text=True, timeout=600, cwd=base,
    )  # fmt: skip
    assert built.returncode == 0, built.stdout + built.stderr
    (wheel,) = wheelhouse.glob("consultant-*.whl")

    env_dir = base / "venv"
    venv.EnvBuilder(with_pip=False, clear=True).create(env_dir)
    result = Installed(wheel, env_dir, source, base)
    pip_install = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(result.python), "install",
         "--no-deps", "--no-index", "--disable-pip-version-check", "-q", str(wheel)],
        capture_output=True, text=True, timeout=300, cwd=base,
    )  # fmt: skip
    assert pip_install.returncode == 0, pip_install.stdout + pip_install.stderr
    # The dependencies: this environment's site-packages, after the new venv's own.
    purelib = subprocess.run(
        [str(result.python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        capture_output=True, text=True, check=True, cwd=base,
    ).stdout.strip()  # fmt: skip
    deps = [p for p in site.getsitepackages() if Path(p).is_dir()]
    Path(purelib, "zz_consultant_test_deps.pth").write_text("\n".join(deps) + "\n")
    yield result


def test_wheel_contains_every_resource(installed: Installed) -> None:
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    package = installed.source / "consultant"
    expected = {
        p.relative_to(installed.source).as_posix()
        for p in (package / "resources").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert expected, "no resources found in the source"
    assert expected <= names, sorted(expected - names)
    for needed in (
        "consultant/resources/prompts/_system.md",
        "consultant/resources/icons/consultant.svg",
        "consultant/resources/styles/app.qss",
        "consultant/resources/desktop/consultant.desktop",
        "consultant/resources/desktop/icons/consultant-256.png",
    ):
        assert needed in names
    assert not any(n.startswith(("tests/", "packaging/")) for n in names)
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    assert (
        "consultant = consultant.cli:main"
        in zipfile.ZipFile(installed.wheel).read(entry_points).decode()
    )


def test_installed_package_is_the_wheel_not_the_checkout(
    installed: Installed, tmp_path: Path
) -> None:
    probe = installed.run(
        [
            str(installed.python),
            "-c",
            "import consultant, consultant.core.paths as p; "
            "print(consultant.__file__); print(p.bundled_resources_dir())",
        ],
        tmp_path / "home",
    )
    assert probe.returncode == 0, probe.stderr
    module_file, resources = (Path(line) for line in probe.stdout.splitlines())
    assert module_file.is_relative_to(installed.venv), module_file
    assert not module_file.is_relative_to(ROOT)
    assert resources.is_relative_to(installed.venv) and (resources / "prompts").is_dir()


def test_version_and_data_commands(installed: Installed, tmp_path: Path) -> None:
    home = tmp_path / "home"
    version = installed.run([str(installed.consultant), "--version"], home)
    assert (version.returncode, version.stdout.strip()) == (0, f"consultant {__version__}")
    added = installed.run(
        [str(installed.consultant), "client", "add", "Acme Home Health", "--rate", "120",
         "--currency", "EUR"],
        home,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    listed = installed.run([str(installed.consultant), "client", "list"], home)
    assert listed.returncode == 0 and "Acme Home Health" in listed.stdout, listed.stderr
    assert (home / "consultant.sqlite").is_file()


def test_prompt_templates_load_from_the_installed_package(
    installed: Installed, tmp_path: Path
) -> None:
    code = (
        "from consultant.core.models import Task\n"
        "from consultant.core.prompts import list_templates, load_system_rules, load_template\n"
        "t = load_template(Task.INTERPRET)\n"
        "assert t.body.strip() and load_system_rules().strip()\n"
        "print(len(list_templates()), t.source)\n"
    )
    result = installed.run([str(installed.python), "-c", code], tmp_path / "home")
    assert result.returncode == 0, result.stderr
    count, source = result.stdout.split()
    assert int(count) >= 6
    assert Path(source).is_relative_to(installed.venv)


def test_desktop_starts_offscreen_and_exits(installed: Installed, tmp_path: Path) -> None:
    result = installed.run(
        [str(installed.consultant)], tmp_path / "home", timeout=60, CONSULTANT_EXIT_AFTER_PAINT="1"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("painted "), result.stdout
    assert "Traceback" not in result.stderr and "Error" not in result.stderr, result.stderr


def test_install_desktop_entry_points_at_the_venv(installed: Installed, tmp_path: Path) -> None:
    xdg = tmp_path / "xdg"
    result = installed.run(
        [str(installed.consultant), "--install-desktop-entry"],
        tmp_path / "home",
        XDG_DATA_HOME=str(xdg),
    )
    assert result.returncode == 0, result.stderr
    text = (xdg / "applications" / "consultant.desktop").read_text(encoding="utf-8")
    assert f"Exec={installed.consultant}" in text.splitlines()
    assert (xdg / "icons/hicolor/48x48/apps/consultant.png").is_file()
