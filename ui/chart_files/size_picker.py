"""The figure's size: a preset (slide, square, portrait, a printed page) or a width and a
height of one's own, with their ratio locked if asked; and, for PNG, its sharpness."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from explainer_core.chart_files.plan import (
    BASE_SIZE,
    MAX_FIGURE_SIDE,
    MAX_SIDE_PX,
    MIN_FIGURE_SIDE,
    SIZE_PRESETS,
    FigureSize,
    Paper,
    PlanError,
    SizePreset,
    check_pixel_size,
    parse_size,
    size_preset,
)
from explainer_core.templates import fill

CUSTOM = "custom"
SCALES: tuple[float, ...] = (1.0, 2.0, 3.0, 4.0)
DEFAULT_SCALE_CHOICE = 2.0


class SizePicker(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preset_box = QComboBox(self)
        for preset in SIZE_PRESETS:
            self.preset_box.addItem("", preset.key)
        self.preset_box.addItem("", CUSTOM)
        self.width_box = QSpinBox(self)
        self.height_box = QSpinBox(self)
        for box in (self.width_box, self.height_box):
            box.setRange(MIN_FIGURE_SIDE, MAX_FIGURE_SIDE)
            box.setSuffix(" px")
            box.setKeyboardTracking(False)  # a value typed digit by digit is one change
        self.lock_box = QCheckBox(self)
        self.lock_box.setChecked(True)
        self.times_label = QLabel("×", self)
        self.scale_label = QLabel(self)
        self.scale_box = QComboBox(self)
        for scale in SCALES:
            self.scale_box.addItem(f"{scale:g}×", scale)
        self.scale_box.setCurrentIndex(SCALES.index(DEFAULT_SCALE_CHOICE))
        self.note = QLabel(self)
        self.note.setObjectName("exportSizeNote")
        self.scale_label.setBuddy(self.scale_box)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.preset_box, 0, 0, 1, 4)
        grid.addWidget(self.width_box, 1, 0)
        grid.addWidget(self.times_label, 1, 1)
        grid.addWidget(self.height_box, 1, 2)
        grid.addWidget(self.lock_box, 1, 3)
        grid.addWidget(self.scale_label, 2, 0)
        grid.addWidget(self.scale_box, 2, 1, 1, 2)
        grid.addWidget(self.note, 3, 0, 1, 4)

        self._ratio = BASE_SIZE.aspect
        self._raster = True
        self._show(BASE_SIZE)
        self.preset_box.currentIndexChanged.connect(self._on_preset_chosen)
        self.width_box.valueChanged.connect(lambda _v: self._on_side_changed(self.width_box))
        self.height_box.valueChanged.connect(lambda _v: self._on_side_changed(self.height_box))
        self.lock_box.toggled.connect(self._on_lock_toggled)
        self.scale_box.currentIndexChanged.connect(self._on_scale_chosen)

    # -- state ----------------------------------------------------------------------
    def size(self) -> FigureSize:
        return FigureSize(self.width_box.value(), self.height_box.value())

    def figure_size(self) -> FigureSize:
        return self.size()

    def preset(self) -> SizePreset | None:
        key = self.preset_box.currentData()
        return None if key == CUSTOM else size_preset(key)

    def paper(self) -> Paper | None:
        preset = self.preset()
        return preset.paper if preset else None

    def scale(self) -> float:
        return self.scale_box.currentData()

    def set_scale(self, scale: float | None) -> None:
        index = self.scale_box.findData(scale or DEFAULT_SCALE_CHOICE)
        self.scale_box.setCurrentIndex(index if index >= 0 else SCALES.index(DEFAULT_SCALE_CHOICE))

    def remembered(self) -> str:
        """What the settings keep: the preset's key, or WIDTHxHEIGHT."""
        preset = self.preset()
        return preset.key if preset else str(self.figure_size())

    def restore(self, remembered: str | None) -> None:
        """The size kept in the settings; an unreadable one leaves the 16:9 slide."""
        if not remembered:
            return
        index = self.preset_box.findData(remembered)
        if index >= 0:
            self.preset_box.setCurrentIndex(index)
            return
        try:
            size = parse_size(remembered)
        except ValueError:
            return
        self.preset_box.setCurrentIndex(self.preset_box.findData(CUSTOM))
        self.lock_box.setChecked(False)
        self._show(size)
        self.lock_box.setChecked(True)

    def set_raster(self, raster: bool) -> None:
        """Sharpness matters for PNG only: vector files are sharp at any size."""
        self._raster = raster
        self.scale_label.setVisible(raster)
        self.scale_box.setVisible(raster)
        self._update_note()

    # -- behaviour ------------------------------------------------------------------
    def _on_preset_chosen(self) -> None:
        preset = self.preset()
        if preset is not None:
            self._show(preset.size)
        self.changed.emit()

    def _on_side_changed(self, box: QSpinBox) -> None:
        if self.lock_box.isChecked():
            other = self.height_box if box is self.width_box else self.width_box
            if box is self.width_box:
                value = box.value() / self._ratio
            else:
                value = box.value() * self._ratio
            other.blockSignals(True)
            other.setValue(round(value))
            other.blockSignals(False)
        else:
            self._ratio = self.figure_size().aspect
        self._select_preset_of(self.figure_size())
        self._update_note()
        self.changed.emit()

    def _on_scale_chosen(self) -> None:
        self._update_note()
        self.changed.emit()

    def _on_lock_toggled(self, locked: bool) -> None:
        if locked:
            self._ratio = self.figure_size().aspect

    def _show(self, size: FigureSize) -> None:
        for box, value in ((self.width_box, size.width), (self.height_box, size.height)):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)
        self._ratio = size.aspect
        self._update_note()

    def _select_preset_of(self, size: FigureSize) -> None:
        """A typed size that is a preset's selects it; any other is "Custom"."""
        key = next((p.key for p in SIZE_PRESETS if p.size == size), CUSTOM)
        current = self.preset()
        if current is not None and current.size == size:
            return
        self.preset_box.blockSignals(True)
        self.preset_box.setCurrentIndex(self.preset_box.findData(key))
        self.preset_box.blockSignals(False)

    def too_large(self) -> bool:
        """A PNG this size would be more than the app will draw (refused before drawing)."""
        if not self._raster:
            return False
        size = self.figure_size()
        scale = self.scale_box.currentData() or 1.0
        try:
            check_pixel_size(round(size.width * scale), round(size.height * scale))
        except PlanError:
            return True
        return False

    def _update_note(self) -> None:
        size = self.figure_size()
        if self.too_large():
            self.note.setText(
                fill(self.tr("Too large: at most %1 pixels a side."), str(MAX_SIDE_PX))
            )
        elif self._raster:
            scale = self.scale_box.currentData() or 1.0
            self.note.setText(
                fill(
                    self.tr("%1 × %2 pixels"),
                    str(round(size.width * scale)),
                    str(round(size.height * scale)),
                )
            )
        else:
            self.note.setText(self.tr("Vector format: sharp at any size."))

    def update_texts(self) -> None:
        names = {
            "slide": self.tr("16:9 slide, 1200 × 675"),
            "slide-large": self.tr("16:9 large, 2000 × 1125"),
            "square": self.tr("Square, 1080 × 1080"),
            "portrait": self.tr("Portrait, 1080 × 1350"),
            "a4-landscape": self.tr("A4 landscape"),
            "a4-portrait": self.tr("A4 portrait"),
            "letter-landscape": self.tr("US Letter landscape"),
            "letter-portrait": self.tr("US Letter portrait"),
            CUSTOM: self.tr("Custom size"),
        }
        for index in range(self.preset_box.count()):
            self.preset_box.setItemText(index, names[self.preset_box.itemData(index)])
        self.preset_box.setAccessibleName(self.tr("Figure size"))
        self.width_box.setAccessibleName(self.tr("Width"))
        self.height_box.setAccessibleName(self.tr("Height"))
        self.lock_box.setText(self.tr("Keep proportions"))
        self.scale_label.setText(self.tr("Sharpness:"))
        self.scale_box.setToolTip(
            self.tr("Pixels per point of the figure: 2× suits most screens and slides")
        )
        self._update_note()
