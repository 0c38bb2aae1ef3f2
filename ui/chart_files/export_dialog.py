"""File ▸ Export chart…: which chart, which format and size, its texts, where; with a live
preview of the file. The folder, format, size and rewritten texts are remembered."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from explainer_core.chart_files.plan import DATA_FORMATS, EXPORT_FORMATS, export_file_name
from explainer_core.figure import Figure
from explainer_core.templates import fill
from ui.chart_files.chart_figures import ChartRequest, TextEdits, build_figure
from ui.chart_files.chart_output import FileSpec
from ui.chart_files.figure_preview import FigurePreview
from ui.chart_files.size_picker import SizePicker
from ui.chart_files.text_editor import FigureTextEditor
from ui.shell.dialog import AppDialog
from ui.shell.settings import AppSettings

CHOICES_MIN_WIDTH = 460  # pixels: the fields' column, at least


@dataclass(frozen=True)
class ChartChoice:
    """A chart the dialog offers, with the state the user left it in (None: its opening
    state, for a tab not opened yet)."""

    chart_id: str
    name: str
    state: Any = None


@dataclass(frozen=True)
class ExportChoice:
    request: ChartRequest
    spec: FileSpec
    path: Path


def default_folder() -> str:
    pictures = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    return pictures or str(Path.home())


def with_extension(path: Path, file_format: str) -> Path:
    """A name typed without its extension gets the format's."""
    if path.suffix.lower() == f".{file_format}":
        return path
    return path.with_name(path.name + f".{file_format}")


def highlighted_item(state: Any) -> str | None:
    """The item a chart's state singles out (a ticker, a chip …), if the state has one."""
    return getattr(state, "highlighted", None)


class ExportDialog(AppDialog):
    settings_name = "export"
    default_size = QSize(1100, 700)

    def __init__(
        self,
        charts: list[ChartChoice],
        current: str | None,
        language_code: str,
        settings: AppSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(settings, parent)
        self._charts = charts
        self._language = language_code
        self._folder = settings.export_folder() or default_folder()
        self._defaults: dict[tuple[str, bool], Figure] = {}

        self.chart_box = QComboBox(self)
        for chart in charts:
            self.chart_box.addItem(chart.name, chart.chart_id)
        ids = [chart.chart_id for chart in charts]
        if current in ids:
            self.chart_box.setCurrentIndex(ids.index(current))
        self.format_box = QComboBox(self)
        for file_format in EXPORT_FORMATS:
            self.format_box.addItem("", file_format)
        remembered = settings.export_format()
        if remembered in EXPORT_FORMATS:
            self.format_box.setCurrentIndex(EXPORT_FORMATS.index(remembered))
        self.sizes = SizePicker(self)
        self.sizes.restore(settings.export_size())
        self.sizes.set_scale(settings.export_scale())
        self.highlight_box = QCheckBox(self)
        self.texts = FigureTextEditor(self)
        self.texts_group = QGroupBox(self)
        QVBoxLayout(self.texts_group).addWidget(self.texts)
        self.path_edit = QLineEdit(self)
        self.browse_button = QPushButton(self)
        self.browse_button.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("exportProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        self.preview = FigurePreview(self)

        self.form = QFormLayout()
        self.chart_label = QLabel(self)
        self.format_label = QLabel(self)
        self.size_label = QLabel(self)
        self.path_label = QLabel(self)
        for label, field in (
            (self.chart_label, self.chart_box),
            (self.format_label, self.format_box),
            (self.size_label, self.sizes.preset_box),
            (self.path_label, self.path_edit),
        ):
            label.setBuddy(field)
        self.form.addRow(self.chart_label, self.chart_box)
        self.form.addRow(self.format_label, self.format_box)
        self.form.addRow(self.size_label, self.sizes)
        self.form.addRow(self.highlight_box)
        self.form.addRow(self.texts_group)
        self.form.addRow(self.path_label, path_row)
        self.form.addRow(self.problem_label)
        self.choices = QWidget(self)
        self.choices.setLayout(self.form)
        scroller = QScrollArea(self)
        scroller.setWidgetResizable(True)
        scroller.setWidget(self.choices)
        scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        # Scrolls up and down in a low window, never sideways: its width follows its
        # fields' (``_fit_choices``), whatever the language writes in them.
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Not a tab stop of its own: Tab goes from field to field, scrolled into view.
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroller = scroller
        # The fields' widths change with the language and the chart's texts: refit then.
        self.choices.installEventFilter(self)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        columns = QHBoxLayout()
        columns.addWidget(self.scroller, 0)
        columns.addWidget(self.preview, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)

        self.chart_box.currentIndexChanged.connect(self._on_chart_changed)
        self.format_box.currentIndexChanged.connect(self._on_format_changed)
        self.sizes.changed.connect(self.preview.redraw)
        self.highlight_box.toggled.connect(self._on_highlight_toggled)
        self.texts.changed.connect(self.preview.redraw)
        self.path_edit.textEdited.connect(lambda _text: self.problem_label.hide())
        self.finish_setup()
        self._on_chart_changed()
        self.preview.show_figure_of(self._preview_figure)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.choices and event.type() == QEvent.Type.LayoutRequest:
            self._fit_choices()
        return super().eventFilter(watched, event)

    def _fit_choices(self) -> None:
        """Room for the longest field row in the interface language (German's are the
        widest), and the vertical scroll bar beside it."""
        needed = (
            self.choices.sizeHint().width() + self.scroller.verticalScrollBar().sizeHint().width()
        )
        self.scroller.setMinimumWidth(max(CHOICES_MIN_WIDTH, needed))

    # -- state ----------------------------------------------------------------------
    def chart(self) -> ChartChoice:
        return self._charts[self.chart_box.currentIndex()]

    def file_format(self) -> str:
        return self.format_box.currentData()

    def state(self) -> Any:
        state = self.chart().state
        if highlighted_item(state) is not None and not self.highlight_box.isChecked():
            state = dataclasses.replace(state, highlighted=None)
        return state

    def chart_request(self) -> ChartRequest:
        return ChartRequest(self.chart().chart_id, self._language, self.state(), self.texts.edits())

    def spec(self) -> FileSpec:
        return FileSpec(
            self.file_format(), self.sizes.figure_size(), self.sizes.scale(), self.sizes.paper()
        )

    def choice(self) -> ExportChoice:
        path = Path(self.path_edit.text().strip()).expanduser()
        path = with_extension(path, self.file_format())
        return ExportChoice(self.chart_request(), self.spec(), path)

    def _default_figure(self) -> Figure:
        """The app's own figure for the chart and highlight chosen (the texts' defaults)."""
        key = (self.chart().chart_id, self.highlight_box.isChecked())
        if key not in self._defaults:
            request = ChartRequest(self.chart().chart_id, self._language, self.state())
            self._defaults[key] = build_figure(request)
        return self._defaults[key]

    def _preview_figure(self):
        return self.texts.edits().applied_to(self._default_figure()), self.sizes.figure_size()

    # -- behaviour ------------------------------------------------------------------
    def _on_chart_changed(self) -> None:
        item = highlighted_item(self.chart().state)
        self.highlight_box.setVisible(item is not None)
        self.highlight_box.blockSignals(True)
        self.highlight_box.setChecked(False)
        self.highlight_box.blockSignals(False)
        self._update_highlight_text()
        self._show_texts()
        self._on_format_changed()

    def _on_highlight_toggled(self) -> None:
        self._show_texts()
        self.preview.redraw()

    def _show_texts(self) -> None:
        stored = self.settings.export_texts(self.chart().chart_id, self._language)
        self.texts.show_texts(self._default_figure(), TextEdits.from_dict(stored))

    def _on_format_changed(self) -> None:
        current = Path(self.path_edit.text()) if self.path_edit.text() else None
        if current is not None and current.parent.is_dir():
            self._folder = str(current.parent)
        self.path_edit.setText(self._proposed_path())
        is_data = self.file_format() in DATA_FORMATS
        self.sizes.setEnabled(not is_data)
        self.sizes.set_raster(self.file_format() == "png")
        self.problem_label.hide()
        self.preview.redraw()

    def _proposed_path(self) -> str:
        name = export_file_name(self.chart().chart_id, self._language, self.file_format())
        return str(Path(self._folder) / name)

    def _browse(self) -> None:
        file_format = self.file_format()
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export chart"),
            self.path_edit.text() or self._proposed_path(),
            f"{file_format.upper()} (*.{file_format})",
        )
        if chosen:
            self.path_edit.setText(str(with_extension(Path(chosen), file_format)))

    def problem(self) -> str | None:
        """Why the chosen file cannot be written as it stands, or None."""
        text = self.path_edit.text().strip()
        if not text or not Path(text).name:
            return self.tr("Type a file name.")
        folder = Path(text).expanduser().parent
        if not folder.is_dir():
            return fill(self.tr("The folder %1 does not exist."), str(folder))
        if self.file_format() == "png" and self.sizes.too_large():
            return self.sizes.note.text()
        return None

    def _accept_if_valid(self) -> None:
        problem = self.problem()
        if problem is not None:
            self.problem_label.setText(problem)
            self.problem_label.show()
            self.path_edit.setFocus()
            return
        choice = self.choice()
        self.path_edit.setText(str(choice.path))
        self.settings.remember_export(
            str(choice.path.parent), self.file_format(), self.sizes.scale()
        )
        self.settings.set_export_size(self.sizes.remembered())
        self.settings.set_export_texts(
            choice.request.chart_id, self._language, choice.request.edits.to_dict()
        )
        self.accept()

    # -- language -------------------------------------------------------------------
    def _update_highlight_text(self) -> None:
        item = highlighted_item(self.chart().state) or ""
        self.highlight_box.setText(fill(self.tr("Highlight %1, as on screen"), item))

    def update_texts(self) -> None:
        self.setWindowTitle(self.tr("Export chart"))
        self.chart_label.setText(self.tr("Chart:"))
        self.format_label.setText(self.tr("Format:"))
        self.size_label.setText(self.tr("Size:"))
        self.path_label.setText(self.tr("File:"))
        self.browse_button.setText(self.tr("Browse…"))
        self.texts_group.setTitle(self.tr("Texts of the figure"))
        names = {
            "png": self.tr("PNG image"),
            "svg": self.tr("SVG drawing (editable)"),
            "pdf": self.tr("PDF document"),
            "csv": self.tr("CSV data (the numbers)"),
            "xlsx": self.tr("Excel workbook (the numbers)"),
        }
        for index in range(self.format_box.count()):
            self.format_box.setItemText(index, names[self.format_box.itemData(index)])
        self.preview.setAccessibleName(self.tr("Preview of the exported figure"))
        self.sizes.update_texts()
        self.texts.update_texts()
        self._update_highlight_text()
