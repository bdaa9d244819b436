"""Desktop entry point: ``consultant`` with no arguments."""

from __future__ import annotations

import sys


def run() -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    from consultant import __version__
    from consultant.services.workspace import Workspace

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Consultant")
    workspace = Workspace.open()
    window = QMainWindow()
    window.setWindowTitle(f"Consultant {__version__}")
    count = len(workspace.clients())
    window.setCentralWidget(QLabel(f"{count} client(s) in {workspace.db_path}"))
    window.resize(900, 600)
    window.show()
    try:
        return int(app.exec())
    finally:
        workspace.close()
