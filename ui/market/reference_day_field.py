"""The reference day as text the user types (applied on Enter or on leaving the field),
with a calendar beside it for those who prefer to pick."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)


class ReferenceDayField(QWidget):
    """Reports what was typed, whole, once (``textEntered``), or the day picked in the
    calendar (``dayPicked``); the owner reads it and says what it made of it.

    A line edit, not a date edit: it keeps its editing keys (← →, Home, End) from the
    tab's shortcuts (Qt lets a focused line edit override them), and nothing is read
    until the typing is finished."""

    textEntered = Signal(str)
    dayPicked = Signal(object)  # dt.date

    def __init__(self, first_day: dt.date, last_day: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self._shown_text = ""
        self.edit = QLineEdit(self)
        self.edit.setObjectName("referenceDayEdit")
        self.edit.editingFinished.connect(self._on_editing_finished)
        self.calendar_menu = QMenu(self)
        # A child of the menu from the start: a parentless widget would be a window of its
        # own until first shown, and be closed (and deleted) with the windows.
        self.calendar = QCalendarWidget(self.calendar_menu)
        self.calendar.setDateRange(QDate(first_day), QDate(last_day))
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._on_calendar_clicked)
        holder = QWidgetAction(self.calendar_menu)
        holder.setDefaultWidget(self.calendar)
        self.calendar_menu.addAction(holder)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setObjectName("referenceDayCalendar")
        self.calendar_button.setArrowType(Qt.ArrowType.DownArrow)
        self.calendar_button.setMenu(self.calendar_menu)
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.calendar_button)
        self.setFocusProxy(self.edit)

    def show_day(self, day: dt.date, text: str) -> None:
        """Show ``day`` written as ``text`` (as the interface language writes it)."""
        self._shown_text = text
        self.edit.setText(text)
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance(text + "MMMM"))
        self.calendar.setSelectedDate(QDate(day))

    def restore(self) -> None:
        """Put back the day shown before an entry that could not be used."""
        self.edit.setText(self._shown_text)

    def set_texts(self, name: str, hint: str, calendar_name: str, locale) -> None:
        self.edit.setAccessibleName(name)
        self.edit.setToolTip(hint)
        self.edit.setPlaceholderText(self._shown_text)
        self.calendar_button.setToolTip(calendar_name)
        self.calendar_button.setAccessibleName(calendar_name)
        self.calendar.setLocale(locale)

    def _on_editing_finished(self) -> None:
        text = self.edit.text().strip()
        if text and text != self._shown_text:
            self.textEntered.emit(text)
        elif not text:
            self.restore()

    def _on_calendar_clicked(self, qdate: QDate) -> None:
        self.calendar_menu.hide()
        self.dayPicked.emit(qdate.toPython())
