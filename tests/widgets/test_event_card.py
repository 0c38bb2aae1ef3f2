"""The event card under the market timeline: one scrolling document for the explanation,
its sources and the details, at a height that does not change from event to event."""

from __future__ import annotations

from PySide6.QtGui import QPalette

from widgets.event_card import EventCard

LINK = '<a href="https://example.org/report">Reuters, 27 Jan 2025</a>'
DETAILS = "<p><b>Why did it fall?</b></p>" + "<p>A long explanation.</p>" * 60


def test_the_explanation_sources_and_details_read_in_order_and_links_open_outside(qtbot):
    card = EventCard()
    qtbot.addWidget(card)
    card.show_event("Monday, January 27, 2025", "Black Monday", "Nvidia <fell> 17%", LINK, DETAILS)
    shown = card.body.toPlainText()
    assert shown.index("Nvidia <fell> 17%") < shown.index("Reuters") < shown.index("Why did it")
    assert card.body.openExternalLinks()
    assert card.body.document().toHtml().count("https://example.org/report") == 1
    assert (card.text(), card.sources_html(), card.details_html()) == (
        "Nvidia <fell> 17%",
        LINK,
        DETAILS,
    )
    assert card.body.accessibleName() == "Black Monday"


def test_a_long_event_scrolls_inside_a_card_of_constant_height(qtbot):
    card = EventCard()
    qtbot.addWidget(card)
    card.resize(600, card.height())
    card.show()
    card.show_event("Jan 20, 2025", "R1", "Short.", "", "")
    height = card.height()
    assert card.body.verticalScrollBar().maximum() == 0
    card.show_event("Jan 27, 2025", "Black Monday", "Long.", LINK, DETAILS)
    qtbot.waitUntil(lambda: card.body.verticalScrollBar().maximum() > 0)
    assert card.height() == height
    card.body.verticalScrollBar().setValue(50)
    card.show_event("Jan 28, 2025", "Rebound", "Next.", LINK, DETAILS)
    assert card.body.verticalScrollBar().value() == 0  # each event starts at its top


def test_the_card_background_shows_through_the_text(qtbot):
    card = EventCard()
    qtbot.addWidget(card)
    assert card.body.palette().color(QPalette.ColorRole.Base).alpha() == 0
