"""Settings → Profile: how replies and requests the assistant drafts are signed.

:class:`ProfilePage` is one tab of the settings dialog; name, business and e-mail
are on the Invoicing tab (``ui/settings_invoicing.py``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QPlainTextEdit, QVBoxLayout, QWidget

from consultant.core.settings import Settings
from consultant.ui.settings_common import muted, wrapping

__all__ = ["ProfilePage"]


class ProfilePage(QWidget):
    """The Profile tab."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(
            muted(
                wrapping(
                    "How you sign replies and requests the assistant drafts for you. Your "
                    "name, business and e-mail are on the Invoicing tab."
                )
            )
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.signature_edit = QPlainTextEdit(settings.profile.signature)
        self.signature_edit.setPlaceholderText("Best regards,\nAlex\nExample Software Services")
        self.signature_edit.setMinimumHeight(110)
        form.addRow("&Signature:", self.signature_edit)
        layout.addLayout(form)
        layout.addStretch(1)

    def apply_to(self, settings: Settings) -> None:
        settings.profile.signature = self.signature_edit.toPlainText().rstrip()
