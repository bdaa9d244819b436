"""Settings → Data: where the data lives, a backup on demand, the keyring's state.

:class:`DataPage` is one tab of the settings dialog. "Back up now" runs
``Workspace.backup`` through ``run_in_background`` (the store copies through a
read-only connection of its own) and shows the result next to the button.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from consultant.core.settings import settings_path
from consultant.services import models
from consultant.services.workspace import ServiceError, Workspace
from consultant.ui.background import run_in_background
from consultant.ui.settings_common import (
    ERROR_COLOR,
    OK_COLOR,
    WARN_COLOR,
    BackgroundTasks,
    muted,
    path_field,
    say,
    wrapping,
)

__all__ = ["DataPage"]


class DataPage(QWidget):
    """The Data tab."""

    def __init__(
        self, workspace: Workspace, tasks: BackgroundTasks, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._tasks = tasks
        self.backup_running = False
        self.last_backup: Path | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        self.folder_label = path_field(str(workspace.home))
        self.open_folder_button = QPushButton("Open folder")
        self.open_folder_button.clicked.connect(self.open_data_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.open_folder_button)
        form.addRow("Data folder:", folder_row)
        form.addRow("Database:", path_field(str(workspace.db_path)))
        form.addRow("Settings file:", path_field(str(settings_path())))
        layout.addLayout(form)

        layout.addSpacing(12)
        backup_title = QLabel("Backup")
        backup_title.setStyleSheet("font-weight: 600;")
        layout.addWidget(backup_title)
        layout.addWidget(
            muted(
                wrapping(
                    "A copy of the database goes into the backups folder inside the data "
                    "folder. Copies are also taken before every upgrade."
                )
            )
        )
        self.backup_button = QPushButton("Back up now")
        self.backup_button.clicked.connect(self.backup_now)
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_button)
        backup_row.addStretch(1)
        layout.addLayout(backup_row)
        self.backup_label = wrapping()
        self.backup_label.hide()
        layout.addWidget(self.backup_label)

        layout.addSpacing(12)
        keys_title = QLabel("API keys")
        keys_title.setStyleSheet("font-weight: 600;")
        layout.addWidget(keys_title)
        usable, sentence = models.keyring_status()
        self.keyring_label = wrapping(("✓ " if usable else "⚠ ") + sentence)
        self.keyring_label.setStyleSheet(f"color: {OK_COLOR if usable else WARN_COLOR};")
        layout.addWidget(self.keyring_label)
        layout.addStretch(1)

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._workspace.home)))

    def backup_now(self) -> None:
        if self.backup_running:
            return
        self.backup_running = True
        self.backup_button.setEnabled(False)
        say(self.backup_label, "Backing up…")
        workspace = self._workspace

        def done(path: Path) -> None:
            self.backup_running = False
            self.backup_button.setEnabled(True)
            self.last_backup = path
            say(self.backup_label, f"✓ Backup saved: {path}", OK_COLOR)

        def failed(exc: BaseException) -> None:
            self.backup_running = False
            self.backup_button.setEnabled(True)
            reason = str(exc) if isinstance(exc, ServiceError | OSError) else repr(exc)
            say(self.backup_label, f"✗ The backup failed: {reason}", ERROR_COLOR)

        # Store.backup copies through a read-only connection of its own.
        self._tasks.track(run_in_background(workspace.backup, done, failed, self))
