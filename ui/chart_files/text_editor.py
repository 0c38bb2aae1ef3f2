"""The figure's texts, rewritable before export: title, subtitle, notes, source line, byline
and the alternative text, each starting from the app's own text in the figure's language."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from explainer_core.figure import Figure
from ui.chart_files.chart_figures import TextEdits

NOTES_LINES = 3
PARAGRAPH_SEPARATOR = "\u2029"


def typed_text(edit: QPlainTextEdit) -> str:
    """The text as typed: ``toPlainText`` would turn French no-break spaces into spaces."""
    return edit.document().toRawText().replace(PARAGRAPH_SEPARATOR, "\n")


class FigureTextEditor(QWidget):
    changed = Signal()  # a text was edited (not when the app's own texts are shown)
    copied = Signal()  # the alternative text went to the clipboard

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._defaults: Figure | None = None
        self.title_edit = QLineEdit(self)
        self.subtitle_edit = QLineEdit(self)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)
        line = self.notes_edit.fontMetrics().lineSpacing()
        self.notes_edit.setFixedHeight(line * NOTES_LINES + 12)
        self.source_edit = QLineEdit(self)
        self.byline_edit = QLineEdit(self)
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(line * NOTES_LINES + 12)
        self.copy_button = QPushButton(self)
        self.copy_button.clicked.connect(self.copy_description)
        self.reset_button = QPushButton(self)
        self.reset_button.clicked.connect(self.reset)

        self.labels = {name: QLabel(self) for name in self._fields()}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for name, edit in self._fields().items():
            self.labels[name].setBuddy(edit)
            form.addRow(self.labels[name], edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)
        form.addRow(buttons)
        for edit in self._fields().values():
            edit.textChanged.connect(lambda *_text: self.changed.emit())

    def _fields(self) -> dict[str, QLineEdit | QPlainTextEdit]:
        return {
            "title": self.title_edit,
            "subtitle": self.subtitle_edit,
            "notes": self.notes_edit,
            "source": self.source_edit,
            "byline": self.byline_edit,
            "description": self.description_edit,
        }

    # -- texts ----------------------------------------------------------------------
    def show_texts(self, defaults: Figure, edits: TextEdits) -> None:
        """The app's texts for this figure, with the user's earlier edits over them."""
        self._defaults = defaults
        shown = edits.applied_to(defaults)
        values = {
            "title": shown.title,
            "subtitle": shown.subtitle,
            "notes": "\n".join(shown.notes),
            "source": shown.source,
            "byline": shown.byline,
            "description": shown.alternative_text
            if edits.description is None
            else shown.description,
        }
        for name, edit in self._fields().items():
            with QSignalBlocker(edit):
                if isinstance(edit, QLineEdit):
                    edit.setText(values[name])
                    edit.setCursorPosition(0)
                else:
                    edit.setPlainText(values[name])

    def edits(self) -> TextEdits:
        """Only the texts that differ from the app's own."""
        if self._defaults is None:
            return TextEdits()
        figure = self._defaults
        notes = tuple(
            note.strip() for note in typed_text(self.notes_edit).splitlines() if note.strip()
        )
        typed = {
            "title": self.title_edit.text(),
            "subtitle": self.subtitle_edit.text(),
            "source": self.source_edit.text(),
            "byline": self.byline_edit.text(),
            "description": typed_text(self.description_edit).strip(),
        }
        defaults = {
            "title": figure.title,
            "subtitle": figure.subtitle,
            "source": figure.source,
            "byline": figure.byline,
            "description": figure.alternative_text,
        }
        changed = {k: v for k, v in typed.items() if v != defaults[k]}
        if notes != tuple(figure.notes):
            changed["notes"] = notes
        return TextEdits(**changed)

    def reset(self) -> None:
        """Back to the app's own texts."""
        if self._defaults is not None:
            self.show_texts(self._defaults, TextEdits())
            self.changed.emit()

    def copy_description(self) -> None:
        QGuiApplication.clipboard().setText(typed_text(self.description_edit))
        self.copied.emit()

    def update_texts(self) -> None:
        names = {
            "title": self.tr("Title:"),
            "subtitle": self.tr("Subtitle:"),
            "notes": self.tr("Notes:"),
            "source": self.tr("Source line:"),
            "byline": self.tr("Byline:"),
            "description": self.tr("Alternative text:"),
        }
        for name, label in self.labels.items():
            label.setText(names[name])
        self.notes_edit.setToolTip(self.tr("One note a line"))
        self.byline_edit.setPlaceholderText(self.tr("e.g. Chart: your name, your newsroom"))
        self.description_edit.setToolTip(
            self.tr(
                "Read by screen readers; written into the SVG's description and the PDF's subject"
            )
        )
        self.copy_button.setText(self.tr("Copy alternative text"))
        self.reset_button.setText(self.tr("Reset texts"))
