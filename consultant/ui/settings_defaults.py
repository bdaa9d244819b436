"""Settings → Defaults: a model per task, and the embedding model for past context.

:class:`DefaultsPage` is one tab of the settings dialog; :meth:`DefaultsPage.apply_to`
puts what it shows into a ``Settings`` copy (an empty task uses the default model of
the Models tab). :meth:`DefaultsPage.refresh_choices` offers the models of providers
added meanwhile.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QVBoxLayout, QWidget

from consultant.core.models import Task
from consultant.core.settings import Settings
from consultant.services import models
from consultant.ui.settings_common import model_combo, muted, wrapping

__all__ = ["SAME_AS_DEFAULT", "DefaultsPage"]

SAME_AS_DEFAULT = "Same as the default model"


class DefaultsPage(QWidget):
    """The Defaults tab."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings  # the dialog's copy: its providers give the choices
        layout = QVBoxLayout(self)
        intro = muted(
            wrapping(
                "Each task may use its own model, e.g. a stronger one for documentation "
                "and a fast local one for chat; an empty task uses the default model "
                "(chosen on the Models tab). Models are written provider/model."
            )
        )
        layout.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.task_combos: dict[Task, QComboBox] = {}
        for task in Task:
            combo = model_combo(SAME_AS_DEFAULT)
            combo.setCurrentText(settings.task_models.get(task.value, ""))
            self.task_combos[task] = combo
            form.addRow(f"{task.label}:", combo)
        layout.addLayout(form)
        semantic = QFormLayout()
        semantic.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.embedding_combo = model_combo("off — past context found by keywords only")
        self.embedding_combo.setCurrentText(settings.embedding_model)
        self.embedding_combo.setToolTip(
            "An embedding model (e.g. ollama/nomic-embed-text) lets past context be found "
            "by meaning as well as by words. Each client's messages are embedded under its "
            "privacy policy; leave empty to turn this off."
        )
        semantic.addRow("&Embedding model:", self.embedding_combo)
        layout.addWidget(
            muted(
                wrapping(
                    "Optional: with an embedding model, past context is also found by "
                    "meaning (“the fax company” finds “Faxtastic”)."
                )
            )
        )
        layout.addLayout(semantic)
        layout.addStretch(1)

    def refresh_choices(self) -> None:
        """Offer the models the providers have now; what is typed stays."""
        choices = models.available_models(self._settings)
        for combo in self.task_combos.values():
            text = combo.currentText()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem("")
            combo.addItems(choices)
            combo.setCurrentText(text)
            combo.blockSignals(False)

    def apply_to(self, settings: Settings) -> None:
        settings.embedding_model = self.embedding_combo.currentText().strip()
        settings.task_models = {
            task.value: combo.currentText().strip()
            for task, combo in self.task_combos.items()
            if combo.currentText().strip()
        }
