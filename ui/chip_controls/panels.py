"""The building blocks of the tab's text panels: wrapped labels, scrolling columns, headings,
and the links between them (``chip:ID``, ``event:ID``; any other link opens the browser)."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QWidget

CHIP_LINK = "chip:"
EVENT_LINK = "event:"


def link(href: str, text: str) -> str:
    return f'<a href="{html.escape(href, quote=True)}">{html.escape(text)}</a>'


def chip_link(chip_id: str, text: str) -> str:
    return link(CHIP_LINK + chip_id, text)


def event_link(event_id: str, text: str) -> str:
    return link(EVENT_LINK + event_id, text)


def follow_link(href: str, on_chip: Callable[[str], None], on_event: Callable[[str], None]) -> None:
    """A chip's or an event's link selects it in the tab; other links open the browser."""
    if href.startswith(CHIP_LINK):
        on_chip(href.removeprefix(CHIP_LINK))
    elif href.startswith(EVENT_LINK):
        on_event(href.removeprefix(EVENT_LINK))
    else:
        QDesktopServices.openUrl(QUrl(href))


def wrapped_label(parent: QWidget, name: str, rich: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    flags = (
        Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.LinksAccessibleByMouse
    )
    if rich:  # its links are reached with Tab too (a plain text would be a Tab stop for nothing)
        flags |= Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    label.setTextInteractionFlags(flags)
    return label


def make_heading(label: QLabel) -> None:
    """Bold and a little larger: the name on top of a panel."""
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)


def make_small(label: QLabel) -> None:
    """A little smaller: sources and references."""
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.9)
    label.setFont(font)


def make_faint(label: QLabel) -> None:
    """In the palette's quieter text colour: caveats and remarks."""
    label.setStyleSheet("color: palette(placeholder-text);")


def scrolling(widget: QWidget, parent: QWidget, *, focusable: bool = True) -> QScrollArea:
    """``focusable``: a Tab stop, to scroll texts with the keys; a page of controls needs
    none (the focused control is scrolled into view)."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    if not focusable:
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area
