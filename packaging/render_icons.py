"""Render the application icon's PNG sizes from the SVG with Qt.

    .venv/bin/python packaging/render_icons.py        # (re)write the PNGs
    .venv/bin/python packaging/render_icons.py --check  # fail if they are stale

Source: ``consultant/resources/icons/consultant.svg``. Output:
``consultant/resources/desktop/icons/consultant-<size>.png`` for the hicolor theme
sizes below; ``consultant --install-desktop-entry`` copies them to
``$XDG_DATA_HOME/icons/hicolor/<size>x<size>/apps/consultant.png``. The PNGs are
committed so that building a wheel does not need a display or this script.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "consultant" / "resources" / "icons" / "consultant.svg"
OUT = ROOT / "consultant" / "resources" / "desktop" / "icons"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def render(size: int) -> bytes:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "icon.png"
        if not image.save(str(path)):
            raise SystemExit(f"could not write a {size}px PNG")
        return path.read_bytes()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the PNGs are current")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (fonts, image I/O)
    stale = []
    OUT.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        target = OUT / f"consultant-{size}.png"
        data = render(size)
        if target.exists() and target.read_bytes() == data:
            continue
        stale.append(target.name)
        if not args.check:
            target.write_bytes(data)
    if args.check and stale:
        print("stale icons (run packaging/render_icons.py): " + ", ".join(stale), file=sys.stderr)
        return 1
    print(f"{len(SIZES) - len(stale)} icons current, {0 if args.check else len(stale)} written")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
