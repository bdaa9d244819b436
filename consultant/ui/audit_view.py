"""The audit log window: every outbound model call, newest first.

``show_audit_log(parent, workspace)`` opens it (one window per parent, raised if
already open). Columns: when, purpose, model, client, size sent, redactions,
outcome (the error's message as a tooltip). A client filter narrows the list
("Calls for no client" are connection tests and model lists). Entries are read
through ``services.audit``; the view never writes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from consultant.services.audit import (
    NO_CLIENT,
    AuditRow,
    audit_clients,
    audit_log,
    describe_outcome,
)
from consultant.services.workspace import Workspace

__all__ = ["AuditLogWindow", "AuditTableModel", "show_audit_log"]

LIMIT = 5000
COLUMNS = ["When", "Purpose", "Model", "Client", "Sent", "Redactions", "Outcome"]
_Index = QModelIndex | QPersistentModelIndex


def format_size(chars: int) -> str:
    """Characters sent, as a reader counts them: ``950 chars``, ``12.3k chars``."""
    if chars < 1000:
        return f"{chars} chars"
    if chars < 1_000_000:
        return f"{chars / 1000:.1f}k chars"
    return f"{chars / 1_000_000:.1f}M chars"


class AuditTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AuditRow] = []

    def set_rows(self, rows: list[AuditRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[AuditRow]:
        return list(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section] if 0 <= section < len(COLUMNS) else None
        return None

    def text(self, row: int, column: int) -> str:
        item = self._rows[row]
        entry = item.entry
        if column == 0:
            local = entry.created_at.astimezone()
            return f"{local.day} {local.strftime('%b %Y %H:%M:%S')}"
        if column == 1:
            return entry.purpose.capitalize() if entry.purpose else "Chat"
        if column == 2:
            return f"{entry.provider} · {entry.model}" if entry.provider else entry.model
        if column == 3:
            return item.client_name or "—"
        if column == 4:
            if entry.chars_sent == 0 and entry.outcome == "privacy_refused":
                return "not sent"
            return format_size(entry.chars_sent)
        if column == 5:
            return str(entry.redactions) if entry.redactions else "—"
        return describe_outcome(entry.outcome)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = index.row(), index.column()
        entry = self._rows[row].entry
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 6 and entry.detail:
                return entry.detail
            if column == 0:
                return entry.created_at.astimezone().isoformat(timespec="seconds")
            if column == 4:
                return f"{entry.chars_sent:,} characters left this computer".replace(",", " ")
            if column in (2, 3):
                return self.text(row, column)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (4, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == 6 and entry.outcome not in (
            "ok",
            "cancelled",
        ):
            return QColor("#d9534f") if _dark() else QColor("#b3261e")
        return None


def _dark() -> bool:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    return app.palette().color(QPalette.ColorRole.Base).lightness() < 128


class AuditLogWindow(QDialog):
    """Every outbound model call, newest first, filterable by client."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.setWindowTitle("Audit log")
        self.resize(980, 560)
        intro = QLabel(
            "Every request that left this computer for a model: chats, embeddings, "
            "connection tests and model lists. Redactions are the personal details "
            "masked before sending."
        )
        intro.setWordWrap(True)
        self.client_combo = QComboBox()
        self.client_combo.setMinimumWidth(220)
        self.client_combo.currentIndexChanged.connect(self.refresh)
        client_label = QLabel("&Client:")
        client_label.setBuddy(self.client_combo)
        self.summary = QLabel()
        self.summary.setStyleSheet("color: palette(placeholder-text);")
        self.refresh_button = QPushButton("Refresh")
        self.refresh_button.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(client_label)
        top.addWidget(self.client_combo)
        top.addSpacing(12)
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button)

        self.model_ = AuditTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model_)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().lineSpacing() + 10
        )
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # The model takes what is left; the outcome is never cut off.
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(60)
        for column, width in ((0, 150), (1, 110), (3, 150), (4, 80), (5, 84)):
            self.table.setColumnWidth(column, width)

        self.empty_label = QLabel("No calls to a model have been made yet.")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: palette(placeholder-text); padding: 24px;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        """Read the clients and the entries again (new calls since opening)."""
        chosen = self.client_combo.currentData()
        self.client_combo.blockSignals(True)
        self.client_combo.clear()
        self.client_combo.addItem("All clients", None)
        for client_id, name in audit_clients(self._workspace):
            self.client_combo.addItem(name, client_id)
        self.client_combo.addItem("Calls for no client", NO_CLIENT)
        index = self.client_combo.findData(chosen)
        self.client_combo.setCurrentIndex(max(0, index))
        self.client_combo.blockSignals(False)
        self.refresh()

    def set_client(self, client_id: int | None) -> None:
        """Show only one client's calls (None: all; ``NO_CLIENT``: no client)."""
        index = self.client_combo.findData(client_id)
        if index >= 0:
            self.client_combo.setCurrentIndex(index)

    def refresh(self) -> None:
        client_id = self.client_combo.currentData()
        rows = audit_log(self._workspace, client_id=client_id, limit=LIMIT)
        self.model_.set_rows(rows)
        failed = sum(1 for r in rows if r.entry.outcome not in ("ok", "cancelled"))
        masked = sum(r.entry.redactions for r in rows)
        more = "+" if len(rows) >= LIMIT else ""
        parts = [f"{len(rows)}{more} call{'s' if len(rows) != 1 else ''}"]
        if failed:
            parts.append(f"{failed} failed or refused")
        if masked:
            parts.append(f"{masked} redactions")
        self.summary.setText(" · ".join(parts))
        if rows:
            self.stack.setCurrentWidget(self.table)
        else:
            self.empty_label.setText(
                "No calls to a model have been made yet."
                if client_id is None
                else "No calls to a model for this choice."
            )
            self.stack.setCurrentWidget(self.empty_label)


def show_audit_log(parent: QWidget | None, workspace: Workspace) -> AuditLogWindow:
    """Open (or raise) the audit log window of ``parent``."""
    existing = parent.findChild(AuditLogWindow) if parent is not None else None
    if isinstance(existing, AuditLogWindow):
        existing.reload()
        existing.show()
        existing.raise_()
        existing.activateWindow()
        return existing
    window = AuditLogWindow(workspace, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    window.show()
    return window
