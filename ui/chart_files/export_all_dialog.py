"""File ▸ Export all charts…: the folder, the languages, the formats and the PNG scale."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from explainer_core.chart_files.plan import EXPORT_FORMATS
from explainer_core.languages import LANGUAGE_CODES, NATIVE_NAMES
from ui.chart_files.export_dialog import DEFAULT_SCALE_CHOICE, SCALES
from ui.shell.dialog import AppDialog
from ui.shell.settings import AppSettings


class ExportAllDialog(AppDialog):
    settings_name = "exportAll"

    def __init__(
        self,
        language_code: str,
        folder: str,
        settings: AppSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(settings, parent)
        self.folder_edit = QLineEdit(folder, self)
        self.browse_button = QPushButton(self)
        self.browse_button.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)
        self.language_boxes = {code: QCheckBox(NATIVE_NAMES[code], self) for code in LANGUAGE_CODES}
        self.language_boxes[language_code].setChecked(True)
        languages_row = QHBoxLayout()
        for box in self.language_boxes.values():
            box.toggled.connect(self._update_ok)
            languages_row.addWidget(box)
        self.format_boxes = {fmt: QCheckBox(fmt.upper(), self) for fmt in EXPORT_FORMATS}
        self.format_boxes["png"].setChecked(True)
        formats_row = QHBoxLayout()
        for box in self.format_boxes.values():
            box.toggled.connect(self._update_ok)
            formats_row.addWidget(box)
        self.scale_box = QComboBox(self)
        for scale in SCALES:
            self.scale_box.addItem(f"{scale:g}×", scale)
        self.scale_box.setCurrentIndex(self.scale_box.findData(DEFAULT_SCALE_CHOICE))

        self.folder_label = QLabel(self)
        self.languages_label = QLabel(self)
        self.formats_label = QLabel(self)
        self.scale_label = QLabel(self)
        # The labels name their fields for screen readers (a form row's QLabel does not).
        self.folder_label.setBuddy(self.folder_edit)
        self.scale_label.setBuddy(self.scale_box)
        form = QFormLayout(self)
        form.addRow(self.folder_label, folder_row)
        form.addRow(self.languages_label, languages_row)
        form.addRow(self.formats_label, formats_row)
        form.addRow(self.scale_label, self.scale_box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.finish_setup()
        self._update_ok()

    def choices(self) -> tuple[Path, tuple[str, ...], tuple[str, ...], float]:
        languages = tuple(c for c, box in self.language_boxes.items() if box.isChecked())
        formats = tuple(f for f, box in self.format_boxes.items() if box.isChecked())
        return (
            Path(self.folder_edit.text()).expanduser(),
            languages,
            formats,
            self.scale_box.currentData(),
        )

    def _update_ok(self) -> None:
        _folder, languages, formats, _scale = self.choices()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(languages) and bool(formats) and bool(self.folder_edit.text()))

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Export all charts"), self.folder_edit.text()
        )
        if chosen:
            self.folder_edit.setText(chosen)

    def update_texts(self) -> None:
        self.setWindowTitle(self.tr("Export all charts"))
        self.folder_label.setText(self.tr("Folder:"))
        self.languages_label.setText(self.tr("Languages:"))
        self.formats_label.setText(self.tr("Formats:"))
        self.scale_label.setText(self.tr("PNG size:"))
        self.browse_button.setText(self.tr("Browse…"))
