"""Tab 2: how the US export controls decide which AI chips may be sold to China.

Three sections: the rules timeline (2019 to the latest entry, one lane per kind of
event), the chip map (TPP against the rule's second figure, with the rule's zones)
and the classifier. Selecting a chip rings the events that concern it; selecting an
event rings the chips it names; the three rules' events switch the map's rule.
"""

from __future__ import annotations

import datetime as dt
import html
import math

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QSignalBlocker, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QFont,
    QFontMetricsF,
    QIcon,
    QKeySequence,
    QPainter,
    QPen,
    QPixmap,
    QPolygonF,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from explainer_core.chip_controls import rules
from explainer_core.chip_controls.chip_map import (
    DEEPSEEK_CHIP_ID,
    Y_QUANTITY,
    ZoneKind,
    axis_ticks,
    guide_lines,
    map_frame,
    map_points,
    slipped_under_2022,
    x_thresholds,
    y_thresholds,
    zones,
)
from explainer_core.chip_controls.rules import Quantity, Rule, Status
from explainer_core.chip_controls.timeline import (
    LANES,
    RULE_EVENT_IDS,
    lane_y,
    rule_of_event,
    short_citation,
    timeline_span,
)
from explainer_core.data.export_controls import (
    FIRST_DATE,
    Chip,
    EventKind,
    ExportControlsData,
    RuleEvent,
    load_export_controls,
)
from explainer_core.formatting import LocaleFormatter
from explainer_core.layout.label_placement import LabelSpot
from explainer_core.precision import decimals_of
from explainer_core.templates import fill
from ui import registry
from ui.chip_controls.classifier_form import ChipClassifierForm, FormPreset
from ui.chip_controls.texts import (
    STATUS_COLOURS,
    axis_title,
    bandwidth_text,
    by_the_thresholds,
    density_text,
    kind_name,
    reason_text,
    rule_name,
    status_name,
    threshold_label,
    tpp_text,
    zone_label,
)
from ui.shell.language import LanguageService
from ui.shell.source_links import sources_html
from ui.shell.tab_view import TabView
from widgets.chart_panel import ChartPanel
from widgets.chart_theme import ChartColours, chart_colours, drawing_style, text_colour
from widgets.lane_markers import LaneMark, LaneMarkers
from widgets.legend_entries import clear_legend
from widgets.localized_axes import (
    SECONDS_PER_DAY,
    LocalizedDateAxis,
    LocalizedValueAxis,
    epoch_seconds,
)
from widgets.palette import OKABE_ITO
from widgets.zone_scatter import ScatterPoint, ZoneScatter, ZoneShape

TIMELINE_CHART_ID = "export-rules-timeline"
MAP_CHART_ID = "chip-classification"
TIMELINE_PADDING_DAYS = 75  # room right of the latest marker
MIN_TIMELINE_DAYS = 120  # the closest zoom: about four months across

SECTION_TIMELINE, SECTION_MAP, SECTION_CLASSIFIER = 0, 1, 2
RULE_BUTTON_ORDER: tuple[Rule, ...] = (Rule.OCTOBER_2022, Rule.OCTOBER_2023, Rule.JANUARY_2026)
DEFAULT_RULE = Rule.OCTOBER_2023

HOLLOW_STATUSES = frozenset({Status.NOT_APPLICABLE, Status.UNDETERMINED})
ZONE_FILLS: dict[ZoneKind, str | None] = {
    ZoneKind.LICENCE_3A090A: "#D55E0033",
    ZoneKind.NOTIFICATION_3A090B: "#E69F0055",
    ZoneKind.OUTSIDE_3A090: None,
    ZoneKind.NOTE_2: "#44444466",
    ZoneKind.CONTROLLED_2022: "#D55E0033",
    ZoneKind.NOT_CONTROLLED_2022: None,
    ZoneKind.CASE_BY_CASE_2026: "#0072B233",
    ZoneKind.PRESUMPTION_2026: "#D55E0026",
}
# Zone names in darker shades of their zone's colour, readable on its light tint…
ZONE_LABEL_COLOURS: dict[ZoneKind, str] = {
    ZoneKind.LICENCE_3A090A: "#9A3F00",
    ZoneKind.NOTIFICATION_3A090B: "#8A5A00",
    ZoneKind.CONTROLLED_2022: "#9A3F00",
    ZoneKind.CASE_BY_CASE_2026: "#004C7A",
    ZoneKind.PRESUMPTION_2026: "#9A3F00",
}
# Each kind of event has its own shape as well as its own colour.
KIND_STYLES: dict[EventKind, tuple[str, str]] = {
    EventKind.US_RULE: ("s", OKABE_ITO[1]),
    EventKind.COMPANY_RESPONSE: ("o", OKABE_ITO[2]),
    EventKind.CHINESE_REACTION: ("t1", OKABE_ITO[3]),
    EventKind.MARKET_EVENT: ("d", OKABE_ITO[4]),
}
# …and in lighter ones on a dark chart.
ZONE_LABEL_COLOURS_DARK: dict[ZoneKind, str] = {
    ZoneKind.LICENCE_3A090A: "#F59B63",
    ZoneKind.NOTIFICATION_3A090B: "#F2C14E",
    ZoneKind.CONTROLLED_2022: "#F59B63",
    ZoneKind.CASE_BY_CASE_2026: "#7CC0F0",
    ZoneKind.PRESUMPTION_2026: "#F59B63",
}
NOTE_2_FILL_DARK = "#BBBBBB66"  # the hatching of Note 2, visible on a dark chart
ICON_SIZE = 14
LEGEND_SPACING = 12  # pixels between a legend sample, its label and the next entry
PAGE_MARGINS = (4, 6, 4, 4)
MIN_TIMELINE_PAGE = (880, 520)  # pixels
MIN_MAP_PAGE = (1060, 600)


def chip_symbol(chip: Chip) -> str:
    """Circle: datacenter chip; square: not for datacenters; triangle: a Chinese chip."""
    if chip.domestic_chinese:
        return "t1"
    return "o" if chip.datacenter else "s"


def symbol_icon(symbol: str, colour: str, hollow: bool = False) -> QIcon:
    """A small picture of a chart marker, for lists: shape and colour, as on the chart."""
    colours = chart_colours()
    icon = QIcon()
    for ratio in (1, 2):  # sharp on high-density screens too
        icon.addPixmap(_symbol_pixmap(symbol, colour, hollow, ratio, colours))
    return icon


def _symbol_pixmap(
    symbol: str, colour: str, hollow: bool, ratio: int, colours: ChartColours
) -> QPixmap:
    pixmap = QPixmap(ICON_SIZE * ratio, ICON_SIZE * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(colour if hollow else colours.foreground), 1.5 if hollow else 0.8))
    painter.setBrush(QColor(colours.hollow_fill if hollow else colour))
    inner = ICON_SIZE - 3
    if symbol == "s":
        painter.drawRect(2, 2, inner - 1, inner - 1)
    elif symbol == "t1":
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(ICON_SIZE / 2, 1.5),
                    QPointF(ICON_SIZE - 1.5, ICON_SIZE - 2),
                    QPointF(1.5, ICON_SIZE - 2),
                ]
            )
        )
    else:
        painter.drawEllipse(2, 2, inner - 1, inner - 1)
    painter.end()
    return pixmap


def two_lines(text: str, longest: int = 18) -> str:
    """A long lane name on two lines, broken at the space nearest its middle, so that the
    axis stays narrow."""
    if len(text) <= longest or " " not in text:
        return text
    middle = len(text) / 2
    spaces = [index for index, char in enumerate(text) if char == " "]
    cut = min(spaces, key=lambda index: abs(index - middle))
    return text[:cut] + "\n" + text[cut + 1 :]


def fit_axis_width(axis: pg.AxisItem, labels: list[str], with_label: bool = True) -> None:
    """Give a vertical axis room for its widest tick label (and its title) before it is
    first drawn: pyqtgraph drops labels that do not fit and widens the axis only at the
    next paint, too late for a chart exported before it was ever shown."""
    metrics = QFontMetricsF(axis.style.get("tickFont") or QFont())
    widest = max(
        (metrics.horizontalAdvance(line) for label in labels for line in label.split("\n")),
        default=0.0,
    )
    title = metrics.height() + 8 if with_label else 0
    axis.setWidth(math.ceil(widest + 16 + title))


def legend_columns(widths: list[float], room: float) -> int:
    """The most columns whose widths add up within ``room``, entries filling rows first
    (as pyqtgraph's legend places them): entry ``i`` goes to column ``i % columns``."""
    for columns in range(len(widths), 1, -1):
        column_widths = [max(widths[start::columns]) for start in range(columns)]
        if sum(column_widths) <= room:
            return columns
    return 1


def _log(value: float) -> float:
    return math.log10(value)


def _link(href: str, text: str) -> str:
    return f'<a href="{html.escape(href, quote=True)}">{html.escape(text)}</a>'


def _wrapped_label(parent: QWidget, name: str, rich: bool = True) -> QLabel:
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


def _scrolling(widget: QWidget, parent: QWidget, *, focusable: bool = True) -> QScrollArea:
    """``focusable``: a Tab stop, to scroll texts with the keys; a page of controls needs
    none (the focused control is scrolled into view)."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    if not focusable:
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area


class ChipControlsView(TabView):
    tab_id = registry.CHIP_CONTROLS

    chipSelected = Signal(str)
    eventSelected = Signal(str)
    ruleViewChanged = Signal(object)  # Rule

    def __init__(self, language: LanguageService, parent: QWidget | None = None) -> None:
        super().__init__(language, parent)
        self.data: ExportControlsData | None
        layout, self.data = self.start_with_intro(
            lambda sources: load_export_controls(sources=sources)
        )
        if self.data is None:
            self.update_texts()
            return

        self.rule_view = DEFAULT_RULE
        self.selected_chip: str | None = None
        self.selected_event: str | None = None

        self.sections = QTabWidget(self)
        self.sections.setObjectName("exportSections")
        self.sections.setDocumentMode(True)
        # Below a useful size a section scrolls rather than crushing its chart.
        timeline_page = self._build_timeline_page()
        timeline_page.setMinimumSize(*MIN_TIMELINE_PAGE)
        map_page = self._build_map_page()
        map_page.setMinimumSize(*MIN_MAP_PAGE)
        self.sections.addTab(_scrolling(timeline_page, self.sections, focusable=False), "")
        self.sections.addTab(_scrolling(map_page, self.sections, focusable=False), "")
        self.sections.addTab(self._build_classifier_page(), "")
        layout.addWidget(self.sections, 1)

        self._style_fixed_items()
        self.update_texts()
        self.select_chip(DEEPSEEK_CHIP_ID)
        self.select_event(RULE_EVENT_IDS[DEFAULT_RULE])
        self.sections.setCurrentIndex(SECTION_MAP)

    # -- building: timeline -----------------------------------------------------------------------
    def _build_timeline_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(*PAGE_MARGINS)
        self.timeline_intro = _wrapped_label(page, "timelineIntro", rich=False)
        layout.addWidget(self.timeline_intro)
        splitter = QSplitter(Qt.Orientation.Horizontal, page)

        self.lane_axis = pg.AxisItem("left")
        self.date_axis = LocalizedDateAxis(self._formatter, "bottom")
        self.timeline = ChartPanel(
            TIMELINE_CHART_ID,
            {"left": self.lane_axis, "bottom": self.date_axis},
            with_legend=False,
            parent=splitter,
        )
        self.timeline.plot.showGrid(x=True, y=False, alpha=0.12)
        view = self.timeline.plot.getViewBox()
        view.setMouseEnabled(x=True, y=False)
        first, last = timeline_span(self.data.events, FIRST_DATE)
        self._timeline_x = (
            epoch_seconds(first),
            epoch_seconds(last) + TIMELINE_PADDING_DAYS * SECONDS_PER_DAY,
        )
        view.setLimits(
            xMin=self._timeline_x[0],
            xMax=self._timeline_x[1],
            minXRange=MIN_TIMELINE_DAYS * SECONDS_PER_DAY,
        )
        self._lane_separators: list[pg.InfiniteLine] = []
        for kind in LANES[1:]:  # light separators between the lanes
            separator = pg.InfiniteLine(pos=lane_y(kind) + 0.5, angle=0)
            self.timeline.plot.addItem(separator, ignoreBounds=True)
            self._lane_separators.append(separator)
        self.timeline.plot.setXRange(*self._timeline_x, padding=0)
        self.lane_markers = LaneMarkers(self.timeline.plot)
        self.lane_markers.markClicked.connect(self.select_event)
        splitter.addWidget(self.timeline)
        splitter.addWidget(self._build_event_details(splitter))
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([860, 380])
        layout.addWidget(splitter, 1)
        for key, step in ((Qt.Key.Key_Left, -1), (Qt.Key.Key_Right, 1)):
            shortcut = QShortcut(QKeySequence(key), page)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self.step_event(s))
        return page

    def _build_event_details(self, parent: QWidget) -> QWidget:
        column = QWidget(parent)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(4, 0, 0, 0)
        navigation = QHBoxLayout()
        self.previous_event_button = QToolButton(column)
        self.previous_event_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_event_button.clicked.connect(lambda: self.step_event(-1))
        self.next_event_button = QToolButton(column)
        self.next_event_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_event_button.clicked.connect(lambda: self.step_event(1))
        self.event_position_label = QLabel(column)
        navigation.addWidget(self.previous_event_button)
        navigation.addWidget(self.event_position_label, 1, Qt.AlignmentFlag.AlignCenter)
        navigation.addWidget(self.next_event_button)
        layout.addLayout(navigation)

        card = QWidget(column)
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(0, 0, 6, 0)
        self.event_date_label = _wrapped_label(card, "eventDate", rich=False)
        self.event_title_label = _wrapped_label(card, "eventTitle", rich=False)
        font = self.event_title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.event_title_label.setFont(font)
        self.event_meta_label = _wrapped_label(card, "eventMeta", rich=False)
        self.event_meta_label.setStyleSheet("color: palette(placeholder-text);")
        self.event_text_label = _wrapped_label(card, "eventText", rich=False)
        self.event_chips_label = _wrapped_label(card, "eventChips")
        self.event_scope_label = _wrapped_label(card, "eventScope", rich=False)
        self.event_citation_label = _wrapped_label(card, "eventCitation", rich=False)
        self.event_sources_label = _wrapped_label(card, "eventSources")
        small = self.event_sources_label.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        for label in (self.event_citation_label, self.event_sources_label):
            label.setFont(small)
        for label in (
            self.event_date_label,
            self.event_title_label,
            self.event_meta_label,
            self.event_text_label,
            self.event_chips_label,
            self.event_scope_label,
            self.event_citation_label,
            self.event_sources_label,
        ):
            label.linkActivated.connect(self.open_link)
            card_layout.addWidget(label)
        card_layout.addStretch(1)
        self.event_scroll = _scrolling(card, column)
        layout.addWidget(self.event_scroll, 1)
        return column

    # -- building: chip map -----------------------------------------------------------------------
    def _build_map_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(*PAGE_MARGINS)
        # The introduction and the rule switch share a row: the chart keeps the height.
        controls = QHBoxLayout()
        self.map_intro = _wrapped_label(page, "mapIntro", rich=False)
        controls.addWidget(self.map_intro, 1)
        controls.addSpacing(12)
        self.rule_buttons_label = QLabel(page)
        controls.addWidget(self.rule_buttons_label)
        self.rule_buttons: dict[Rule, QPushButton] = {}
        self.rule_button_group = QButtonGroup(page)
        self.rule_button_group.setExclusive(True)
        for rule in RULE_BUTTON_ORDER:
            button = QPushButton(page)
            button.setCheckable(True)
            button.clicked.connect(lambda _c=False, r=rule: self.set_rule_view(r))
            self.rule_button_group.addButton(button)
            controls.addWidget(button)
            self.rule_buttons[rule] = button
        layout.addLayout(controls)

        splitter = QSplitter(Qt.Orientation.Horizontal, page)
        self.chip_list = QListWidget(splitter)
        self.chip_list.setObjectName("chipList")
        self.chip_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.chip_list.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        for chip in self.data.chips:
            item = QListWidgetItem(chip.name, self.chip_list)
            item.setData(Qt.ItemDataRole.UserRole, chip.id)
        self.chip_list.currentItemChanged.connect(self._on_chip_list_changed)
        splitter.addWidget(self.chip_list)

        self.x_axis = LocalizedValueAxis(self._formatter, "bottom")
        self.y_axis = LocalizedValueAxis(self._formatter, "left")
        self.chip_map = ChartPanel(
            MAP_CHART_ID,
            {"left": self.y_axis, "bottom": self.x_axis},
            with_legend=False,
            parent=splitter,
        )
        self.chip_map.plot.showGrid(x=False, y=False)
        self.chip_map.plot.getViewBox().setMouseEnabled(x=False, y=False)
        # The key sits in the chart's own scene, under the plot, so exports carry it too.
        self.map_legend = pg.LegendItem(
            labelTextColor=chart_colours().foreground,
            labelTextSize="8pt",  # a key, smaller than the chart's own names
            colCount=4,
            horSpacing=LEGEND_SPACING,
        )
        self.chip_map.graphics.addItem(self.map_legend, row=2, col=0)
        self._legend_drawn: tuple | None = None  # the statuses and style the key shows
        self.chip_map.plot.getViewBox().sigResized.connect(self._fit_legend)
        self.zone_scatter = ZoneScatter(self.chip_map.plot)
        self.zone_scatter.pointClicked.connect(self.select_chip)
        self._guide_items: list[pg.InfiniteLine] = []
        self.zero_line = pg.InfiniteLine(pos=0, angle=0)
        self.chip_map.plot.addItem(self.zero_line, ignoreBounds=True)
        splitter.addWidget(self.chip_map)
        splitter.addWidget(self._build_map_side(splitter))
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 3)  # a narrower window takes mostly from the details
        splitter.setStretchFactor(2, 1)
        splitter.setSizes([165, 735, 360])
        layout.addWidget(splitter, 1)
        return page

    def _build_map_side(self, parent: QWidget) -> QWidget:
        side = QSplitter(Qt.Orientation.Vertical, parent)
        details = QWidget(side)
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(4, 0, 6, 0)
        self.chip_name_label = _wrapped_label(details, "chipName", rich=False)
        font = self.chip_name_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.chip_name_label.setFont(font)
        self.chip_specs_label = _wrapped_label(details, "chipSpecs")
        self.chip_rules_label = _wrapped_label(details, "chipRules")
        self.chip_note_label = _wrapped_label(details, "chipNote", rich=False)
        self.chip_caveat_label = _wrapped_label(details, "chipCaveat", rich=False)
        self.chip_caveat_label.setStyleSheet("color: palette(placeholder-text);")
        self.chip_events_label = _wrapped_label(details, "chipEvents")
        self.chip_sources_label = _wrapped_label(details, "chipSources")
        small = self.chip_sources_label.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.chip_sources_label.setFont(small)
        for label in (
            self.chip_name_label,
            self.chip_specs_label,
            self.chip_rules_label,
            self.chip_note_label,
            self.chip_caveat_label,
            self.chip_events_label,
            self.chip_sources_label,
        ):
            label.linkActivated.connect(self.open_link)
            details_layout.addWidget(label)
        details_layout.addStretch(1)
        self.chip_scroll = _scrolling(details, side)
        side.addWidget(self.chip_scroll)

        card = QFrame(side)
        card.setObjectName("deepseekCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(8, 6, 8, 6)
        self.deepseek_heading = QLabel(card)
        self.deepseek_heading.setObjectName("deepseekHeading")
        heading_font = self.deepseek_heading.font()
        heading_font.setBold(True)
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.1)
        self.deepseek_heading.setFont(heading_font)
        self.deepseek_body = _wrapped_label(card, "deepseekBody")
        self.deepseek_body.linkActivated.connect(self.open_link)
        inner = QWidget(card)
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 4, 0)
        inner_layout.addWidget(self.deepseek_body)
        inner_layout.addStretch(1)
        card_layout.addWidget(self.deepseek_heading)
        self.deepseek_scroll = _scrolling(inner, card)
        card_layout.addWidget(self.deepseek_scroll, 1)
        side.addWidget(card)
        side.setSizes([330, 270])
        return side

    # -- building: classifier ---------------------------------------------------------------------
    def _build_classifier_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(*PAGE_MARGINS)
        self.classifier_intro = _wrapped_label(page, "classifierIntro", rich=False)
        layout.addWidget(self.classifier_intro)
        self.classifier = ChipClassifierForm(self.language, page)
        self.classifier.set_presets(
            [
                FormPreset(
                    chip.id,
                    chip.name,
                    chip.tpp_throughput,
                    chip.tpp_bits,
                    chip.die_area_mm2,
                    chip.interconnect_gbps,
                    chip.dram_bandwidth_gbps,
                    chip.datacenter,
                )
                for chip in self.data.chips
            ]
        )
        self.classifier.apply_preset(DEEPSEEK_CHIP_ID)
        layout.addWidget(_scrolling(self.classifier, page, focusable=False), 1)
        return page

    def _formatter(self) -> LocaleFormatter:
        """The current language's formatter, read by the axes each time they paint."""
        return self.language.formatter

    # -- behaviour --------------------------------------------------------------------------------
    def show_section(self, index: int) -> None:
        self.sections.setCurrentIndex(index)

    def current_section(self) -> int:
        return self.sections.currentIndex()

    def select_chip(self, chip_id: str) -> None:
        """Select a chip everywhere: list, map, details; ring the events that concern it."""
        if self.data is None or chip_id not in {chip.id for chip in self.data.chips}:
            return
        self.selected_chip = chip_id
        with QSignalBlocker(self.chip_list):
            for row in range(self.chip_list.count()):
                item = self.chip_list.item(row)
                if item.data(Qt.ItemDataRole.UserRole) == chip_id:
                    self.chip_list.setCurrentItem(item)
        self.zone_scatter.set_selected(chip_id)
        self.lane_markers.set_highlighted(self.highlighted_events())
        self._show_chip_details()
        self._update_timeline_subtitle()
        self.chipSelected.emit(chip_id)

    def select_event(self, event_id: str) -> None:
        """Select an event: its details, its chips ringed on the map; a rule's own event
        also switches the map to that rule."""
        if self.data is None or event_id not in {event.id for event in self.data.events}:
            return
        self.selected_event = event_id
        self.lane_markers.set_selected(event_id)
        self.zone_scatter.set_highlighted(self.highlighted_chips())
        self._mark_listed_chips()
        self._show_event_details()
        rule = rule_of_event(event_id)
        if rule is not None and rule is not self.rule_view:
            self.set_rule_view(rule)
        self.eventSelected.emit(event_id)

    def show_chart_item(self, chart_id: str, item: str) -> bool:
        """Show a claim's item: on the chip map a chip (by id or name), on the timeline an
        event (by id) or the event nearest a date (ISO); an empty item shows the chart."""
        if self.data is None or chart_id not in self.chart_ids:
            return False
        wanted = item.strip().casefold()
        if chart_id == MAP_CHART_ID:
            self.show_section(SECTION_MAP)
            if not wanted:
                return True
            chip = next(
                (c for c in self.data.chips if wanted in (c.id.casefold(), c.name.casefold())),
                None,
            )
            if chip is None:
                return False
            self.select_chip(chip.id)
            return True
        self.show_section(SECTION_TIMELINE)
        if not wanted:
            return True
        event = next((e for e in self.data.events if e.id.casefold() == wanted), None)
        if event is None:
            try:
                day = dt.date.fromisoformat(item.strip())
            except ValueError:
                return False
            event = min(self.data.events, key=lambda e: abs((e.date - day).days))
        self.select_event(event.id)
        return True

    def step_event(self, step: int) -> None:
        ids = [event.id for event in self.data.events]
        current = ids.index(self.selected_event) if self.selected_event in ids else -1
        self.select_event(ids[min(max(current + step, 0), len(ids) - 1)])

    def set_rule_view(self, rule: Rule) -> None:
        """Show the chip map under ``rule``; the timeline selects the rule's event."""
        rule = Rule(rule)
        changed = rule is not self.rule_view
        self.rule_view = rule
        self.rule_buttons[rule].setChecked(True)
        if changed:
            self._draw_map()
            self._update_chip_icons()
            self.ruleViewChanged.emit(rule)
        event_id = RULE_EVENT_IDS[rule]
        if self.selected_event != event_id:
            self.select_event(event_id)

    def highlighted_events(self) -> set[str]:
        """The events that name the selected chip (ringed on the timeline)."""
        if self.data is None or self.selected_chip is None:
            return set()
        return {event.id for event in self.data.events_for_chip(self.selected_chip)}

    def highlighted_chips(self) -> set[str]:
        """The chips the selected event names (ringed on the map)."""
        if self.data is None or self.selected_event is None:
            return set()
        return set(self.data.event(self.selected_event).chips)

    def open_link(self, href: str) -> None:
        """``chip:ID`` and ``event:ID`` select inside the tab; other links open the browser."""
        if href.startswith("chip:"):
            self.select_chip(href.removeprefix("chip:"))
            self.show_section(SECTION_MAP)
        elif href.startswith("event:"):
            self.select_event(href.removeprefix("event:"))
            self.show_section(SECTION_TIMELINE)
        else:
            QDesktopServices.openUrl(QUrl(href))

    def _on_chip_list_changed(self, current: QListWidgetItem | None, _previous) -> None:
        if current is not None:
            self.select_chip(current.data(Qt.ItemDataRole.UserRole))

    # -- timeline drawing -------------------------------------------------------------------------
    def _draw_timeline(self) -> None:
        code = self.language.language
        marks = []
        for event in self.data.events:
            symbol, colour = KIND_STYLES[event.kind]
            tooltip = f"{self._event_date_text(event)}\n{event.title(code)}"
            marks.append(
                LaneMark(
                    event.id,
                    epoch_seconds(event.date),
                    int(lane_y(event.kind)),
                    symbol,
                    colour,
                    hollow=event.reported,
                    tooltip=tooltip,
                )
            )
        self.lane_markers.set_marks(marks)
        known = {event.id for event in self.data.events}
        self.lane_markers.set_captions(
            {
                event_id: rule_name(rule)
                for rule, event_id in RULE_EVENT_IDS.items()
                if event_id in known
            }
        )
        self.lane_markers.set_selected(self.selected_event)
        self.lane_markers.set_highlighted(self.highlighted_events())
        lane_ticks = [(lane_y(kind), two_lines(kind_name(kind))) for kind in LANES]
        self.lane_axis.setTicks([lane_ticks])
        fit_axis_width(self.lane_axis, [label for _, label in lane_ticks], with_label=False)
        self.date_axis.refresh()

    def _event_date_text(self, event: RuleEvent) -> str:
        formatter = self.language.formatter
        if event.date_approximate:
            return fill(self.tr("%1 (exact day not known)"), formatter.month_and_year(event.date))
        return formatter.long_date(event.date)

    def _show_event_details(self) -> None:
        if self.data is None or self.selected_event is None:
            return
        event = self.data.event(self.selected_event)
        code = self.language.language
        formatter = self.language.formatter
        self.event_date_label.setText(self._event_date_text(event))
        self.event_title_label.setText(event.title(code))
        meta = f"{kind_name(event.kind)} · {event.authority}"
        if event.reported:
            meta += "\n" + self.tr("Reported in the media; no official text has been published.")
        self.event_meta_label.setText(meta)
        self.event_text_label.setText(event.text(code))
        if event.chips:
            names = ", ".join(
                _link(f"chip:{chip_id}", self.data.chip(chip_id).name) for chip_id in event.chips
            )
            self.event_chips_label.setText(
                fill(html.escape(self.tr("Chips concerned (ringed on the chip map): %1")), names)
            )
        self.event_chips_label.setVisible(bool(event.chips))
        scope = event.scope(code)
        self.event_scope_label.setText(fill(self.tr("Scope: %1"), scope or ""))
        self.event_scope_label.setVisible(bool(scope))
        citation = fill(self.tr("Official reference: %1"), event.citation)
        if not event.citation_verified:
            citation += " " + self.tr("(not verified)")
        self.event_citation_label.setText(citation)
        self.event_sources_label.setText(sources_html(event.sources, self.sources, formatter))
        ids = [each.id for each in self.data.events]
        position = ids.index(event.id)
        self.event_position_label.setText(
            fill(
                self.tr("Event %1 of %2"),
                formatter.number(position + 1),
                formatter.number(len(ids)),
            )
        )
        self.previous_event_button.setEnabled(position > 0)
        self.next_event_button.setEnabled(position < len(ids) - 1)

    def _update_timeline_subtitle(self) -> None:
        if self.data is None:
            return
        parts = [
            self.tr(
                "One lane per kind of event; hollow markers: reported in the media, "
                "with no official text."
            )
        ]
        if self.selected_chip is not None:
            parts.append(
                fill(
                    self.tr("Ringed: the events that concern the %1."),
                    self.data.chip(self.selected_chip).name,
                )
            )
        first, last = timeline_span(self.data.events, FIRST_DATE)
        self.timeline.set_texts(
            fill(
                self.tr("US export controls on AI chips, %1 to %2"), str(first.year), str(last.year)
            ),
            " ".join(parts),
            self.tr(
                "Sources: the Federal Register, BIS, company filings and the press, listed "
                "with each event."
            ),
        )

    # -- chip map drawing -------------------------------------------------------------------------
    def _draw_map(self) -> None:
        if self.data is None:
            return
        with self.zone_scatter.batch():  # the labels are placed once, at the end
            self._draw_map_items()
        self._update_map_texts()
        self._fill_legend(self.rule_view)
        self.x_axis.refresh()
        self.y_axis.refresh()

    def _draw_map_items(self) -> None:
        rule = self.rule_view
        formatter = self.language.formatter
        frame = map_frame(rule, self.data.chips)
        colours = chart_colours()
        label_colours = ZONE_LABEL_COLOURS_DARK if colours.is_dark else ZONE_LABEL_COLOURS
        self.zone_scatter.set_zones(
            [
                ZoneShape(
                    zone.kind.value,
                    tuple((_log(x), y) for x, y in zone.polygon),
                    zone_label(zone.kind, formatter),
                    tuple(
                        LabelSpot(_log(spot.x), spot.y, spot.h_align, spot.v_align)
                        for spot in zone.label_spots
                    ),
                    fill=self._zone_fill(zone.kind),
                    border=None if zone.hatched or not zone.filled else colours.zone_border,
                    hatched=zone.hatched,
                    label_colour=label_colours.get(zone.kind, colours.secondary),
                )
                for zone in zones(rule, frame)
            ]
        )
        chips = {chip.id: chip for chip in self.data.chips}
        points = []
        for point in map_points(rule, self.data.chips, frame):
            chip = chips[point.chip_id]
            status = chip.status(rule)
            points.append(
                ScatterPoint(
                    chip.id,
                    _log(point.x),
                    point.y,
                    chip.name,
                    chip_symbol(chip),
                    STATUS_COLOURS[status],
                    hollow=status in HOLLOW_STATUSES,
                    tooltip=f"{chip.name}\n{self._labelled(rule_name(rule), status_name(status))}",
                )
            )
        self.zone_scatter.set_points(points)
        pairs = slipped_under_2022(self.data.chips) if rule is Rule.OCTOBER_2022 else ()
        self.zone_scatter.set_arrows(list(pairs))
        self.zone_scatter.set_selected(self.selected_chip)
        self.zone_scatter.set_highlighted(self.highlighted_chips())
        self._draw_guides(rule)
        self._set_map_ticks(rule, frame.x_min, frame.x_max, frame.y_max, frame.unknown_y)
        plot = self.chip_map.plot
        plot.setXRange(_log(frame.x_min), _log(frame.x_max), padding=0)
        plot.setYRange(frame.y_min, frame.y_max, padding=0)
        self.chip_map.set_axis_labels(axis_title(Y_QUANTITY[rule]), axis_title(Quantity.TPP))

    @staticmethod
    def _zone_fill(kind: ZoneKind) -> str | None:
        if kind is ZoneKind.NOTE_2 and chart_colours().is_dark:
            return NOTE_2_FILL_DARK
        return ZONE_FILLS[kind]

    def _draw_guides(self, rule: Rule) -> None:
        for item in self._guide_items:
            self.chip_map.plot.removeItem(item)
        self._guide_items = []
        for line in guide_lines(rule):
            vertical = line.axis == "x"
            item = pg.InfiniteLine(
                pos=_log(line.value) if vertical else line.value,
                angle=90 if vertical else 0,
                pen=pg.mkPen(chart_colours().guide, width=1.2, style=Qt.PenStyle.DashLine),
            )
            item.setZValue(-1)
            self.chip_map.plot.addItem(item, ignoreBounds=True)
            self._guide_items.append(item)

    def _set_map_ticks(
        self, rule: Rule, x_min: float, x_max: float, y_max: float, unknown_y: float
    ) -> None:
        formatter = self.language.formatter
        x_ticks = axis_ticks(x_min, x_max, x_thresholds(rule), log=True)
        self.x_axis.setTicks(
            [[(_log(value), formatter.number(value, decimals_of(value))) for value, _ in x_ticks]]
        )
        y_ticks = [
            (value, formatter.number(value, decimals_of(value)))
            for value, _ in axis_ticks(0.0, y_max, y_thresholds(rule), log=False)
        ]
        y_ticks.append((unknown_y, self.tr("unknown")))
        self.y_axis.setTicks([y_ticks])
        fit_axis_width(self.y_axis, [label for _, label in y_ticks])

    def _update_map_texts(self) -> None:
        if self.data is None:
            return
        rule = self.rule_view
        event = next((e for e in self.data.events if e.id == RULE_EVENT_IDS[rule]), None)
        reference = short_citation(event.citation) if event is not None else ""
        self.chip_map.set_texts(
            fill(self.tr("Chip map: %1"), rule_name(rule)),
            self._map_subtitle(rule),
            fill(
                self.tr(
                    "Sources: %1 (thresholds); chip figures from datasheets and the press, "
                    "listed with each chip."
                ),
                reference,
            ),
        )

    def _map_subtitle(self, rule: Rule) -> str:
        rings = self.tr(
            "Circles: datacenter chips; squares: not for datacenters; triangles: Chinese "
            "chips, as US exports. Thick ring: the selected chip; dashed: named by the "
            "selected event."
        )
        return f"{self._rule_subtitle(rule)} {rings}"

    def _rule_subtitle(self, rule: Rule) -> str:
        formatter = self.language.formatter
        if rule is Rule.OCTOBER_2022:
            io_line = float(rules.INTERCONNECT_THRESHOLD_2022_GBPS)
            pairs = slipped_under_2022(self.data.chips)
            names = ", ".join(
                f"{self.data.chip(original).name} → {self.data.chip(cut).name}"
                for original, cut in pairs
            )
            return fill(
                self.tr(
                    "A chip needed a licence only if it crossed both lines. Arrows: the same "
                    "computing power with a slower chip-to-chip link slipped under the %1 "
                    "line (%2)."
                ),
                threshold_label(formatter, Quantity.INTERCONNECT_GBPS, io_line),
                names,
            )
        if rule is Rule.OCTOBER_2023:
            return self.tr(
                "The interconnect test is gone: TPP and performance density decide. "
                "Colour: each chip's status under the rule."
            )
        return self.tr(
            "Exports from the US to China: licences for chips under both lines are reviewed "
            "case by case. Hollow: chips needing no 3A090 licence, which it does not concern."
        )

    def _fill_legend(self, rule: Rule) -> None:
        """The colours of the statuses found under this rule (the shapes are told in the
        subtitle): in the chart's scene, so that an exported chart keeps its key."""
        statuses = sorted({chip.status(rule) for chip in self.data.chips}, key=list(Status).index)
        drawn = (tuple(statuses), drawing_style())
        if drawn == self._legend_drawn:
            # The same entries (a language switch): new names on the labels already there.
            for (_sample, label), status in zip(self.map_legend.items, statuses, strict=True):
                label.setText(status_name(status))
            self._fit_legend()
            return
        self._legend_drawn = drawn
        clear_legend(self.map_legend)
        for status in statuses:
            hollow = status in HOLLOW_STATUSES
            colour = STATUS_COLOURS[status]
            sample = pg.PlotDataItem(  # one point: the legend draws the symbol from it
                [0.0],
                [0.0],
                pen=None,
                symbol="o",
                symbolSize=11,
                symbolBrush=chart_colours().hollow_fill if hollow else colour,
                symbolPen=pg.mkPen(
                    colour if hollow else chart_colours().foreground, width=2 if hollow else 1
                ),
            )
            self.map_legend.addItem(sample, status_name(status))
        self._fit_legend()

    def _fit_legend(self, *_args) -> None:
        """As many legend columns as the chart's width holds, so the key never widens it."""
        items = self.map_legend.items
        if not items:
            return
        # Each entry: its sample, a gap, its label, a gap before the next column.
        widths = [
            sample.boundingRect().width() + label.item.boundingRect().width() + 2 * LEGEND_SPACING
            for sample, label in items
        ]
        room = self.chip_map.graphics.width() - 2 * LEGEND_SPACING
        columns = legend_columns(widths, room)
        if columns != self.map_legend.columnCount:
            self.map_legend.setColumnCount(columns)
        self.map_legend.layout.invalidate()

    def _update_chip_icons(self) -> None:
        if self.data is None:
            return
        for row in range(self.chip_list.count()):
            item = self.chip_list.item(row)
            chip = self.data.chip(item.data(Qt.ItemDataRole.UserRole))
            status = chip.status(self.rule_view)
            item.setIcon(
                symbol_icon(chip_symbol(chip), STATUS_COLOURS[status], status in HOLLOW_STATUSES)
            )
            verdict = self._labelled(rule_name(self.rule_view), status_name(status))
            item.setToolTip(f"{chip.vendor} · {verdict}")

    def _mark_listed_chips(self) -> None:
        """Bold in the list: the chips the selected event names."""
        highlighted = self.highlighted_chips()
        for row in range(self.chip_list.count()):
            item = self.chip_list.item(row)
            font = item.font()
            font.setBold(item.data(Qt.ItemDataRole.UserRole) in highlighted)
            item.setFont(font)

    # -- chip details -----------------------------------------------------------------------------
    def _show_chip_details(self) -> None:
        if self.data is None or self.selected_chip is None:
            return
        chip = self.data.chip(self.selected_chip)
        code = self.language.language
        formatter = self.language.formatter
        self.chip_name_label.setText(f"{chip.name} ({chip.vendor}, {chip.launch_year})")
        self.chip_specs_label.setText(self._specs_html(chip))
        self.chip_rules_label.setText(self._rules_html(chip))
        self.chip_note_label.setText(chip.note(code))
        caveat = chip.caveat(code)
        self.chip_caveat_label.setText(caveat or "")
        self.chip_caveat_label.setVisible(bool(caveat))
        events = self.data.events_for_chip(chip.id)
        if events:
            links = "<br>".join(
                self._labelled(
                    html.escape(formatter.date(event.date)),
                    _link(f"event:{event.id}", event.title(code)),
                )
                for event in events
            )
            heading = html.escape(self.tr("Events that concern it (ringed on the timeline):"))
            self.chip_events_label.setText(f"<b>{heading}</b><br>{links}")
        self.chip_events_label.setVisible(bool(events))
        self.chip_sources_label.setText(sources_html(chip.sources, self.sources, formatter))

    def _specs_html(self, chip: Chip) -> str:
        formatter = self.language.formatter
        star = "*"

        def mark(field_name: str) -> str:
            return star if chip.is_uncertain(field_name) else ""

        rows: list[tuple[str, str]] = []
        rows.append(
            (
                self.tr("TPP"),
                fill(
                    self.tr("%1 (= %2 × %3 bits)"),
                    tpp_text(formatter, chip.tpp),
                    formatter.number(chip.tpp_throughput, decimals_of(chip.tpp_throughput)),
                    str(chip.tpp_bits),
                )
                + mark("tpp_throughput"),
            )
        )
        if chip.performance_density is not None:
            density = density_text(formatter, chip.performance_density)
            rows.append((self.tr("Performance density"), density + mark("die_area_mm2")))
        else:
            rows.append(
                (self.tr("Performance density"), self.tr("unknown (die area not published)"))
            )
        if chip.die_area_mm2 is not None:
            area = fill(
                self.tr("%1 mm²"),
                formatter.number(chip.die_area_mm2, decimals_of(chip.die_area_mm2)),
            )
            rows.append((self.tr("Die area"), area + mark("die_area_mm2")))
        interconnect = chip.interconnect_kind
        if chip.interconnect_gbps is not None:
            interconnect += ", " + bandwidth_text(formatter, chip.interconnect_gbps)
            interconnect += mark("interconnect_gbps")
        rows.append((self.tr("Chip-to-chip link"), interconnect))
        if chip.dram_bandwidth_gbps is not None:
            rows.append(
                (
                    self.tr("Memory bandwidth"),
                    bandwidth_text(formatter, chip.dram_bandwidth_gbps)
                    + mark("dram_bandwidth_gbps"),
                )
            )
        if chip.memory_gb is not None or chip.memory_type:
            memory = " ".join(
                part
                for part in (
                    fill(self.tr("%1 GB"), formatter.number(chip.memory_gb))
                    if chip.memory_gb is not None
                    else "",
                    chip.memory_type or "",
                )
                if part
            )
            rows.append((self.tr("Memory"), memory + mark("memory_gb")))
        rows.append(
            (
                self.tr("Use"),
                self.tr("designed or marketed for datacenters")
                if chip.datacenter
                else self.tr("not designed or marketed for datacenters"),
            )
        )
        body = "".join(
            f"<tr><td>{html.escape(name)}&nbsp;</td><td>{value}</td></tr>" for name, value in rows
        )
        notes = []
        if chip.uncertain_fields:
            notes.append(self.tr("* approximate, estimated or not confirmed: see the caveat."))
        if chip.domestic_chinese:
            notes.append(
                self.tr(
                    "A Chinese chip: its statuses say what the rules would make of it as a "
                    "US export."
                )
            )
        extra = "".join(f"<br><small>{html.escape(note)}</small>" for note in notes)
        return f"<table>{body}</table>{extra}"

    def _rules_html(self, chip: Chip) -> str:
        formatter = self.language.formatter
        blocks = []
        for rule in RULE_BUTTON_ORDER:
            classification = chip.classification(rule)
            status = classification.status
            colour = STATUS_COLOURS[status]
            computed = ""
            if chip.facts_status(rule) is None:
                computed = " " + html.escape(f"({by_the_thresholds()})")
            name = html.escape(rule_name(rule))
            if rule is self.rule_view:
                name = f"<u>{name}</u>"
            verdict = (
                f'<b style="color:{text_colour(colour)}">{html.escape(status_name(status))}</b>'
            )
            reason = html.escape(reason_text(classification, formatter))
            blocks.append(f"{self._labelled(name, verdict)}{computed}<br><small>{reason}</small>")
        return "<p>" + "</p><p>".join(blocks) + "</p>"

    def _labelled(self, label: str, value: str) -> str:
        """``label: value`` with the language's punctuation (a space before the colon in
        French)."""
        return fill(self.tr("%1: %2"), label, value)

    # -- the DeepSeek card ------------------------------------------------------------------------
    def _show_deepseek_card(self) -> None:
        code = self.language.language
        formatter = self.language.formatter
        self.deepseek_heading.setText(self.tr("What DeepSeek used"))
        self.deepseek_scroll.setAccessibleName(self.deepseek_heading.text())
        blocks = []
        for fact in self.data.hardware:
            title = html.escape(fact.title(code))
            if fact.chip is not None:
                title = _link(f"chip:{fact.chip}", fact.title(code))
            sources = sources_html(fact.sources, self.sources, formatter)
            blocks.append(
                f"<p><b>{title}</b><br>{html.escape(fact.text(code))}<br><small>{sources}</small></p>"
            )
        self.deepseek_body.setText("".join(blocks))

    # -- appearance -------------------------------------------------------------------------------
    def _style_fixed_items(self) -> None:
        """The items drawn once at build time, in the current chart colours."""
        colours = chart_colours()
        for separator in self._lane_separators:
            separator.setPen(pg.mkPen(colours.separator, width=1))
        self.zero_line.setPen(pg.mkPen(colours.rule, width=1))
        self.map_legend.setLabelTextColor(colours.foreground)

    def redraw(self) -> None:
        if self.data is not None:
            self._style_fixed_items()
        super().redraw()

    # -- language ---------------------------------------------------------------------------------
    def update_texts(self) -> None:
        self.intro.set_texts(
            self.tr("Which AI chips may be sold to China?"),
            self.tr(
                "US rules decide from two or three figures of a chip whether it may be sold to "
                "China: its computing power (TPP), how densely that power is packed and, at "
                "first, how fast it talks to other chips. Nvidia answered each rule with "
                "cut-down chips; DeepSeek trained its V3 model on one of them, the H800."
            ),
        )
        if self.data is not None:
            self.when_shown(self._update_content_texts)

    def _update_content_texts(self) -> None:
        """The three sections: their texts at once, their charts when they can be seen."""
        self.sections.setTabText(SECTION_TIMELINE, self.tr("Rules timeline"))
        self.sections.setTabText(SECTION_MAP, self.tr("Chip map"))
        self.sections.setTabText(SECTION_CLASSIFIER, self.tr("Classifier"))
        self.timeline_intro.setText(
            self.tr(
                "From the first measures against Huawei to the case-by-case licences of the "
                "latest policy: the US rules and licence decisions, how chip makers answered, "
                "how Beijing reacted, and the market shock. Click an event (or use ← and →) to "
                "read what changed."
            )
        )
        self.map_intro.setText(
            self.tr(
                "Each chip sits by its computing power (TPP, across) and the second figure the "
                "rule tests (up). Switch rules to see the lines move: at first a slower link "
                "was enough to escape; since the second rule, density counts instead."
            )
        )
        self.classifier_intro.setText(
            self.tr(
                "Try it yourself: TPP is the dense peak throughput times its bit length, and "
                "performance density is TPP divided by the die area in mm². Enter a chip's "
                "figures, or start from a chip of the list."
            )
        )
        self.rule_buttons_label.setText(self.tr("Rule:"))
        for rule, button in self.rule_buttons.items():
            button.setText(rule_name(rule))
        self.rule_buttons[self.rule_view].setChecked(True)
        self.previous_event_button.setToolTip(self.tr("Previous event (←)"))
        self.previous_event_button.setAccessibleName(self.tr("Previous event (←)"))
        self.next_event_button.setToolTip(self.tr("Next event (→)"))
        self.next_event_button.setAccessibleName(self.tr("Next event (→)"))
        self.chip_list.setAccessibleName(self.tr("Chips on the map"))
        self.event_scroll.setAccessibleName(self.tr("Selected event"))
        self.chip_scroll.setAccessibleName(self.tr("Selected chip"))
        self.timeline.set_axis_labels("")
        # The charts are drawn now if they can be seen, else when their section is shown.
        self.timeline.draw_when_shown(self._draw_timeline)
        self._update_timeline_subtitle()
        self._show_event_details()
        self._update_map_texts()
        self.chip_map.draw_when_shown(self._draw_map)
        self._update_chip_icons()
        self._show_chip_details()
        self._show_deepseek_card()
        self.classifier.update_texts()
