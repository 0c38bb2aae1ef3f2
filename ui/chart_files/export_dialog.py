"""File ▸ Export chart…: which chart, which format and size, where; remembered for next time."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize, QStandardPaths
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from explainer_core.chart_files.plan import (
    EXPORT_FORMATS,
    MAX_SIDE_PX,
    MIN_SIDE_PX,
    PlanError,
    check_pixel_size,
    export_file_name,
)
from explainer_core.templates import fill
from ui.chart_files.writing import logical_size
from ui.shell.dialog import AppDialog
from ui.shell.settings import AppSettings
from widgets.chart_panel import ChartPanel

SCALES: tuple[float, ...] = (1.0, 2.0, 3.0, 4.0)
CUSTOM_SIZE = 0.0  # the scale box's entry for a custom pixel size
DEFAULT_SCALE_CHOICE = 2.0


@dataclass(frozen=True)
class ExportRequest:
    panel: ChartPanel
    path: Path
    file_format: str
    scale: float
    pixel_size: QSize | None  # set only for a custom PNG size


def default_folder() -> str:
    pictures = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    return pictures or str(Path.home())


class ExportDialog(AppDialog):
    settings_name = "export"

    def __init__(
        self,
        panels: list[ChartPanel],
        current: ChartPanel | None,
        language_code: str,
        settings: AppSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(settings, parent)
        self._panels = panels
        self._language = language_code
        self._settings = settings
        self._folder = settings.export_folder() or default_folder()

        self.chart_box = QComboBox(self)
        for panel in panels:
            self.chart_box.addItem(panel.title_label.text() or panel.chart_id, panel.chart_id)
        if current is not None and current in panels:
            self.chart_box.setCurrentIndex(panels.index(current))
        self.format_box = QComboBox(self)
        for file_format in EXPORT_FORMATS:
            self.format_box.addItem(file_format.upper(), file_format)
        remembered = settings.export_format()
        if remembered in EXPORT_FORMATS:
            self.format_box.setCurrentIndex(EXPORT_FORMATS.index(remembered))
        self.scale_box = QComboBox(self)
        for scale in SCALES:
            self.scale_box.addItem(f"{scale:g}×", scale)
        self.scale_box.addItem("", CUSTOM_SIZE)
        # A remembered scale the box does not offer (a hand-edited 2.5) falls back to 2×:
        # with no item chosen, every size computation would fail.
        index = self.scale_box.findData(settings.export_scale() or DEFAULT_SCALE_CHOICE)
        self.scale_box.setCurrentIndex(
            index if index >= 0 else self.scale_box.findData(DEFAULT_SCALE_CHOICE)
        )
        self.width_box = QSpinBox(self)
        self.height_box = QSpinBox(self)
        for box in (self.width_box, self.height_box):
            box.setRange(MIN_SIDE_PX, MAX_SIDE_PX)
            box.setSuffix(" px")
            box.valueChanged.connect(self._update_size_note)
        size_row = QHBoxLayout()
        size_row.addWidget(self.width_box)
        size_row.addWidget(QLabel("×", self))
        size_row.addWidget(self.height_box)
        self.size_note = QLabel(self)
        self.size_note.setObjectName("exportSizeNote")
        self.path_edit = QLineEdit(self)
        self.browse_button = QPushButton(self)
        self.browse_button.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)

        self.form = QFormLayout()
        self.chart_label = QLabel(self)
        self.format_label = QLabel(self)
        self.scale_label = QLabel(self)
        self.custom_label = QLabel(self)
        self.path_label = QLabel(self)
        # Each label names its field for screen readers (a form row's QLabel does not).
        for label, field in (
            (self.chart_label, self.chart_box),
            (self.format_label, self.format_box),
            (self.scale_label, self.scale_box),
            (self.custom_label, self.width_box),
            (self.path_label, self.path_edit),
        ):
            label.setBuddy(field)
        self.form.addRow(self.chart_label, self.chart_box)
        self.form.addRow(self.format_label, self.format_box)
        self.form.addRow(self.scale_label, self.scale_box)
        self.form.addRow(self.custom_label, size_row)
        self.form.addRow("", self.size_note)
        self.form.addRow(self.path_label, path_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        self.form.addRow(self.buttons)
        self.setLayout(self.form)

        self.chart_box.currentIndexChanged.connect(self._on_choice_changed)
        self.format_box.currentIndexChanged.connect(self._on_choice_changed)
        self.scale_box.currentIndexChanged.connect(self._on_choice_changed)
        self.finish_setup()
        self._on_choice_changed()

    # -- state --------------------------------------------------------------------
    def panel(self) -> ChartPanel:
        return self._panels[self.chart_box.currentIndex()]

    def file_format(self) -> str:
        return self.format_box.currentData()

    def pixel_size(self) -> QSize:
        """The PNG's size in pixels as chosen (scale × on-screen size, or the custom size)."""
        scale = self.scale_box.currentData()
        if scale == CUSTOM_SIZE:
            return QSize(self.width_box.value(), self.height_box.value())
        logical = logical_size(self.panel())
        return QSize(round(logical.width() * scale), round(logical.height() * scale))

    def request(self) -> ExportRequest:
        scale = self.scale_box.currentData()
        custom = scale == CUSTOM_SIZE and self.file_format() == "png"
        return ExportRequest(
            self.panel(),
            Path(self.path_edit.text()).expanduser(),
            self.file_format(),
            scale if scale != CUSTOM_SIZE else 1.0,
            self.pixel_size() if custom else None,
        )

    def _proposed_path(self) -> str:
        name = export_file_name(self.panel().chart_id, self._language, self.file_format())
        return str(Path(self._folder) / name)

    def _on_choice_changed(self) -> None:
        current = Path(self.path_edit.text()) if self.path_edit.text() else None
        if current is not None and current.parent.is_dir():
            self._folder = str(current.parent)
        self.path_edit.setText(self._proposed_path())
        raster = self.file_format() == "png"
        custom = self.scale_box.currentData() == CUSTOM_SIZE
        self.scale_box.setEnabled(raster)
        self.width_box.setEnabled(raster and custom)
        self.height_box.setEnabled(raster and custom)
        if not custom:
            size = self.pixel_size()
            for box, value in ((self.width_box, size.width()), (self.height_box, size.height())):
                box.blockSignals(True)
                box.setValue(min(value, MAX_SIDE_PX))
                box.blockSignals(False)
        self._update_size_note()

    def _update_size_note(self) -> None:
        if self.file_format() != "png":
            self.size_note.setText(self.tr("Vector format: sharp at any size."))
            return
        size = self.pixel_size()
        try:
            check_pixel_size(size.width(), size.height())
        except PlanError:
            self.size_note.setText(
                fill(self.tr("Too large: at most %1 pixels a side."), str(MAX_SIDE_PX))
            )
            return
        self.size_note.setText(
            fill(self.tr("%1 × %2 pixels"), str(size.width()), str(size.height()))
        )

    def _browse(self) -> None:
        file_format = self.file_format()
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export chart"),
            self.path_edit.text() or self._proposed_path(),
            f"{file_format.upper()} (*.{file_format})",
        )
        if chosen:
            if not chosen.lower().endswith(f".{file_format}"):
                chosen += f".{file_format}"
            self.path_edit.setText(chosen)

    def _accept_if_valid(self) -> None:
        request = self.request()
        if self.file_format() == "png":
            size = self.pixel_size()
            try:
                check_pixel_size(size.width(), size.height())
            except PlanError:
                self._update_size_note()
                return
        if not request.path.name:
            return
        self._settings.remember_export(
            str(request.path.parent), request.file_format, self.scale_box.currentData() or 1.0
        )
        self.accept()

    # -- language -----------------------------------------------------------------
    def update_texts(self) -> None:
        self.setWindowTitle(self.tr("Export chart"))
        self.chart_label.setText(self.tr("Chart:"))
        self.format_label.setText(self.tr("Format:"))
        self.scale_label.setText(self.tr("Size:"))
        self.custom_label.setText(self.tr("Custom size:"))
        self.path_label.setText(self.tr("File:"))
        self.browse_button.setText(self.tr("Browse…"))
        self.width_box.setAccessibleName(self.tr("Width"))
        self.height_box.setAccessibleName(self.tr("Height"))
        self.scale_box.setItemText(len(SCALES), self.tr("Custom size"))
        self._update_size_note()
