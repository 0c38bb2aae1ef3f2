"""Copy and Export act on the chart the user works with, and say which; their shortcuts
work whichever control has the focus."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLineEdit

from ui.chart_files.export_dialog import ExportDialog


def market(make_window, qtbot):
    window = make_window("en")
    window.resize(1400, 900)
    window.show_tab("market")
    window.show()
    qtbot.waitExposed(window)
    view = window.view("market")
    panels = {panel.chart_id: panel for panel in window.chart_panels("market")}
    return window, view, panels


def click(qtbot, widget) -> None:
    QTest.mouseClick(
        widget.viewport() if hasattr(widget, "viewport") else widget,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        QPoint(60, 60),
    )
    qtbot.wait(10)


def test_copy_takes_the_chart_last_clicked_and_says_which(make_window, qtbot):
    window, view, panels = market(make_window, qtbot)
    click(qtbot, panels["market-movers"].graphics)
    # Then a control beside both charts (the instruments): the movers stay the chart worked with.
    view.instruments.picker.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(view.instruments.picker.hasFocus)
    window.copy_chart_action.trigger()
    assert window.statusBar().currentMessage() == (
        "Copied “Moves on the day of the shock” to the clipboard."
    )
    click(qtbot, panels["market-timeline"].graphics)
    QGuiApplication.clipboard().clear()
    QTest.keyClick(
        QGuiApplication.focusWindow(),
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.wait(10)
    assert window.statusBar().currentMessage() == "Copied “Market timeline” to the clipboard."
    assert not QGuiApplication.clipboard().image().isNull()


class ClaimsCtrlE(QLineEdit):
    """A text field that claims Ctrl+E for itself, as Qt's do under the X11 keyboard scheme
    (end of line, as in Emacs)."""

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and event.keyCombination() == (
            Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_E
        ):
            event.accept()
            return True
        return super().event(event)


def test_ctrl_e_works_in_a_text_field_that_claims_it_and_proposes_the_timeline(
    make_window, qtbot, monkeypatch
):
    _window, view, panels = market(make_window, qtbot)
    click(qtbot, panels["market-movers"].graphics)  # the movers first …
    controls = view.timeline.controls
    field = ClaimsCtrlE(controls)  # … then a field of the timeline's own controls
    controls.layout().addWidget(field)
    field.show()
    field.setFocus(Qt.FocusReason.MouseFocusReason)  # … then the timeline's own field
    qtbot.waitUntil(field.hasFocus)
    proposed = []

    def look_and_cancel(dialog) -> int:
        if isinstance(dialog, ExportDialog):
            proposed.append(dialog.chart().chart_id)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QDialog, "exec", look_and_cancel)
    QTest.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(10)
    assert proposed == ["market-timeline"]
