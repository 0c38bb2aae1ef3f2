"""File ▸ Export all charts…: the folder, the languages, the formats and one size for every
chart."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from explainer_core.chart_files.plan import EXPORT_FORMATS, IMAGE_FORMATS
from explainer_core.languages import LANGUAGE_CODES, NATIVE_NAMES
from ui.chart_files.chart_output import FileSpec
from ui.chart_files.size_picker import SizePicker
from ui.shell.dialog import AppDialog
from ui.shell.settings import AppSettings

FORMAT_COLUMNS = 3


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
        formats_grid = QGridLayout()
        for index, box in enumerate(self.format_boxes.values()):
            box.toggled.connect(self._update_ok)
            formats_grid.addWidget(box, index // FORMAT_COLUMNS, index % FORMAT_COLUMNS)
        self.sizes = SizePicker(self)
        if settings is not None:
            self.sizes.restore(settings.export_size())
            self.sizes.set_scale(settings.export_scale())

        self.folder_label = QLabel(self)
        self.languages_label = QLabel(self)
        self.formats_label = QLabel(self)
        self.size_label = QLabel(self)
        # The labels name their fields for screen readers (a form row's QLabel does not).
        self.folder_label.setBuddy(self.folder_edit)
        self.size_label.setBuddy(self.sizes.preset_box)
        form = QFormLayout(self)
        form.addRow(self.folder_label, folder_row)
        form.addRow(self.languages_label, languages_row)
        form.addRow(self.formats_label, formats_grid)
        form.addRow(self.size_label, self.sizes)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.finish_setup()
        self._update_ok()

    def folder(self) -> Path:
        return Path(self.folder_edit.text().strip()).expanduser()

    def languages(self) -> tuple[str, ...]:
        return tuple(code for code, box in self.language_boxes.items() if box.isChecked())

    def formats(self) -> tuple[str, ...]:
        return tuple(fmt for fmt, box in self.format_boxes.items() if box.isChecked())

    def spec(self) -> FileSpec:
        """The size, sharpness and paper of every file (the format is each one's own)."""
        return FileSpec("png", self.sizes.figure_size(), self.sizes.scale(), self.sizes.paper())

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ready = bool(self.languages()) and bool(self.formats()) and bool(self.folder_edit.text())
        ok.setEnabled(ready)
        self.sizes.setEnabled(any(fmt in IMAGE_FORMATS for fmt in self.formats()))
        self.sizes.set_raster("png" in self.formats())

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
        self.size_label.setText(self.tr("Size:"))
        self.browse_button.setText(self.tr("Browse…"))
        self.format_boxes["csv"].setText(self.tr("CSV (data)"))
        self.format_boxes["xlsx"].setText(self.tr("XLSX (data)"))
        self.sizes.update_texts()
