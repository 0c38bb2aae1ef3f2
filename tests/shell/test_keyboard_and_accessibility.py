"""Everything works from the keyboard, in a sensible order, and every control has a name
that a screen reader can say."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QTabWidget,
    QWidget,
)

from ui.registry import TAB_IDS
from ui.shell.presenter_mode import FONT_SCALE, font_scale, font_scale_for

MAX_TAB_STOPS = 200


@pytest.fixture
def window(make_window, qtbot):
    window = make_window("fr")
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    yield window
    window.presenter.set_active(False)


def press(qtbot, widget: QWidget, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, key, modifiers)
    qtbot.wait(10)


# -- shortcuts ------------------------------------------------------------------------------------
def test_ctrl_1_to_4_switch_tabs(window, qtbot):
    keys = (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4)
    for tab_id, key in reversed(list(zip(TAB_IDS, keys, strict=True))):
        press(qtbot, window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.current_tab_id() == tab_id


def test_ctrl_e_opens_the_export_and_ctrl_shift_c_copies_the_chart(window, qtbot, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(
        window.exporter, "choose_and_export", lambda panel=None: asked.append("export")
    )
    monkeypatch.setattr(
        window.exporter, "copy_to_clipboard", lambda panel=None: asked.append("copy")
    )
    press(qtbot, window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    press(
        qtbot,
        window,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert asked == ["export", "copy"]


def test_arrow_keys_step_through_the_market_events(window, qtbot):
    window.show_tab("market")
    view = window.view("market")
    view.timeline.chart.graphics.setFocus()
    first = view.selected_event
    press(qtbot, view.timeline.chart.graphics, Qt.Key.Key_Right)
    assert view.selected_event != first
    press(qtbot, view.timeline.chart.graphics, Qt.Key.Key_Left)
    assert view.selected_event == first


def test_f11_enters_presenter_mode_with_larger_text_and_escape_leaves_it(window, qtbot):
    window.show_tab("market")
    heading = window.view("market").intro.heading  # a font of its own (1.5 × the text)
    body_size = QApplication.font().pointSizeF()
    heading_size = heading.font().pointSizeF()

    press(qtbot, window, Qt.Key.Key_F11)
    assert window.presenter.is_active
    assert window.isFullScreen()
    assert window.presenter_action.isChecked()
    assert font_scale() == FONT_SCALE  # the test screen is 1200 pixels high
    assert QApplication.font().pointSizeF() == pytest.approx(body_size * FONT_SCALE)
    assert heading.font().pointSizeF() == pytest.approx(heading_size * FONT_SCALE)

    press(qtbot, window, Qt.Key.Key_Escape)
    assert not window.presenter.is_active
    assert not window.isFullScreen()
    assert QApplication.font().pointSizeF() == pytest.approx(body_size)
    assert heading.font().pointSizeF() == pytest.approx(heading_size)
    assert font_scale() == 1.0


def test_presenter_text_grows_less_on_smaller_projectors():
    assert font_scale_for(1080) == FONT_SCALE
    assert font_scale_for(720) == 1.0  # at 720 lines the charts need all the room
    assert 1.0 < font_scale_for(900) < FONT_SCALE


def test_escape_does_nothing_outside_presenter_mode(window, qtbot):
    press(qtbot, window, Qt.Key.Key_Escape)
    assert not window.presenter.is_active
    assert not window.isFullScreen()


# -- Tab order and names --------------------------------------------------------------------------
def tab_stops(window, qtbot) -> list[QWidget]:
    """The widgets Tab visits from the main tab bar, in order, once round."""
    start = window.tabs.tabBar()
    start.setFocus()
    qtbot.wait(5)
    stops: list[QWidget] = []
    for _ in range(MAX_TAB_STOPS):
        window.focusNextChild()
        widget = QApplication.focusWidget()
        if widget is start or widget in stops or widget is None:
            break
        stops.append(widget)
    return stops


def pages(window, qtbot):
    """Every tab, and every section of the tabs that have sections, shown in turn."""
    for tab_id in TAB_IDS:
        window.show_tab(tab_id)
        qtbot.wait(5)
        view = window.view(tab_id)
        sections = view.findChildren(QTabWidget)
        if not sections:
            yield tab_id, view
            continue
        for index in range(sections[0].count()):
            sections[0].setCurrentIndex(index)
            qtbot.wait(5)
            yield f"{tab_id}/{sections[0].tabText(index)}", view


def accessible_name(widget: QWidget) -> str:
    """What a screen reader calls the widget: its own name, else its label's text (Qt names
    a combo box after its current text on Linux and links the label separately)."""
    if widget.accessibleName():
        return widget.accessibleName()
    for candidate in (widget, widget.parentWidget()):
        if isinstance(candidate, (QComboBox, QAbstractSpinBox)):
            labels = candidate.window().findChildren(QLabel)
            return next((label.text() for label in labels if label.buddy() is candidate), "")
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def test_every_tab_stop_has_an_accessible_name(window, qtbot):
    nameless = []
    for page, _view in pages(window, qtbot):
        for widget in tab_stops(window, qtbot):
            if not accessible_name(widget).strip():
                nameless.append(f"{page}: {type(widget).__name__} {widget.objectName()!r}")
    assert nameless == []


def shares_a_tab_stop(widget: QWidget) -> bool:
    """Buttons of an exclusive group share one Tab stop; the arrow keys move inside it."""
    if not isinstance(widget, QAbstractButton):
        return False
    group = widget.group()
    return widget.autoExclusive() or (group is not None and group.exclusive())


def test_every_visible_control_can_be_reached_with_tab(window, qtbot):
    unreachable = []
    for page, view in pages(window, qtbot):
        stops = tab_stops(window, qtbot)
        for widget in view.findChildren(QWidget):
            tab_focus = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            if not (widget.isVisible() and widget.isEnabled() and tab_focus):
                continue
            if widget.focusProxy() is not None or widget in stops or shares_a_tab_stop(widget):
                continue
            unreachable.append(f"{page}: {type(widget).__name__} {accessible_name(widget)!r}")
    assert unreachable == []


def test_every_chart_has_a_name_and_a_description(window, qtbot):
    for tab_id in TAB_IDS:
        for panel in window.chart_panels(tab_id):
            assert panel.graphics.accessibleName() == panel.title_label.text()
            assert panel.graphics.accessibleDescription().strip(), panel.chart_id
            assert "<a" not in panel.graphics.accessibleDescription()


def tab_order_of(window, qtbot, tab_id: str) -> list[str]:
    window.show_tab(tab_id)
    qtbot.wait(5)
    return [accessible_name(widget) for widget in tab_stops(window, qtbot)]


def test_the_market_tab_order_follows_the_columns(window, qtbot):
    names = tab_order_of(window, qtbot, "market")
    order = [
        "Le choc",  # presets, then the instruments of the left column
        "Valeurs affichées sur le graphique",
        "Jour de référence\u00a0:",  # the controls above the chart
        "Réinitialiser",
        "Exporter le graphique…",  # the chart's title row, then the chart
        "Nvidia et le marché autour du 27\u00a0janvier\u00a02025",
        "Événement précédent (←)",  # the event card under it
        "Événement suivant (→)",
        "27\u00a0janvier\u00a02025\u00a0: les variations de la séance",  # the right column last
    ]
    positions = [names.index(name) for name in order]
    assert positions == sorted(positions), names


def test_the_classifier_fields_are_visited_row_by_row(window, qtbot):
    window.show_tab("export-controls")
    view = window.view("export-controls")
    view.show_section(2)
    qtbot.wait(5)
    form = view.classifier
    stops = tab_stops(window, qtbot)
    fields = [
        form.preset_box,
        *(form.fields[key] for key in list(form.fields)[:1]),
        form.bit_box,
        *(form.fields[key] for key in list(form.fields)[1:]),
        form.datacenter_box,
    ]
    reached = [stops.index(field.focusProxy() or field) for field in fields]
    assert reached == sorted(reached)


def test_closing_in_presenter_mode_reopens_as_a_window(window, make_window, qtbot):
    press(qtbot, window, Qt.Key.Key_F11)
    assert window.isFullScreen()
    window.close()
    reopened = make_window("fr")
    reopened.show()
    qtbot.waitExposed(reopened)
    assert not reopened.isFullScreen()
    assert QApplication.font().pointSizeF() == pytest.approx(reopened.font().pointSizeF())


def test_every_control_of_the_dialogs_has_an_accessible_name(window, qtbot):
    from ui.chart_files.export_all_dialog import ExportAllDialog
    from ui.chart_files.export_dialog import ExportDialog

    dialogs = [
        window.show_sources(),
        window.show_about(),
        ExportDialog(
            window.exporter.chart_choices(), "market-movers", "fr", window.settings, window
        ),
        ExportAllDialog("fr", str(Path.home()), parent=window),
    ]
    nameless = []
    for dialog in dialogs:
        dialog.show()
        qtbot.waitExposed(dialog)
        for widget in dialog.findChildren(QWidget):
            tab_focus = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            if not (widget.isVisible() and tab_focus) or widget.focusProxy() is not None:
                continue
            if not accessible_name(widget).strip():
                nameless.append(f"{type(dialog).__name__}: {type(widget).__name__}")
        dialog.close()
    assert nameless == []
