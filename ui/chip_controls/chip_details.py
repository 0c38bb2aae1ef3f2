"""The selected chip, told in full: its figures (approximate ones starred), its status under
each rule with the reason, its note and caveat, the events that name it (links to the
timeline) and its sources."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from explainer_core.chip_controls.chip_map_marking import (
    UNCERTAIN_MARK,
    status_by_the_thresholds,
)
from explainer_core.chip_controls.reason_texts import by_the_thresholds, reason_text
from explainer_core.chip_controls.rules import Rule
from explainer_core.chip_controls.styles import STATUS_COLOURS
from explainer_core.chip_controls.texts import (
    bandwidth_text,
    density_text,
    labelled,
    rule_name,
    status_name,
    tpp_text,
)
from explainer_core.chip_controls.timeline import RULE_ORDER
from explainer_core.data.export_controls import Chip, ExportControlsData
from explainer_core.data.sources import SourceRegistry
from explainer_core.precision import decimals_of
from explainer_core.templates import fill
from ui.chip_controls.panels import (
    event_link,
    follow_link,
    make_faint,
    make_heading,
    make_small,
    scrolling,
    wrapped_label,
)
from ui.shell.language import LanguageService
from ui.shell.source_links import sources_html
from widgets.chart_theme import text_colour


class ChipDetailsPanel(QWidget):
    """Asks for an event it links to (``eventRequested``: the event's id)."""

    eventRequested = Signal(str)

    def __init__(
        self,
        data: ExportControlsData,
        sources: SourceRegistry,
        language: LanguageService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.data = data
        self.sources = sources
        self.language = language
        self.chip_id: str | None = None
        self.rule = Rule.OCTOBER_2023  # the map's rule: underlined among the verdicts
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        details = QWidget(self)
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(4, 0, 6, 0)
        self.name_label = wrapped_label(details, "chipName", rich=False)
        make_heading(self.name_label)
        self.specs_label = wrapped_label(details, "chipSpecs")
        self.rules_label = wrapped_label(details, "chipRules")
        self.note_label = wrapped_label(details, "chipNote", rich=False)
        self.caveat_label = wrapped_label(details, "chipCaveat", rich=False)
        make_faint(self.caveat_label)
        self.events_label = wrapped_label(details, "chipEvents")
        self.sources_label = wrapped_label(details, "chipSources")
        make_small(self.sources_label)
        for label in (
            self.name_label,
            self.specs_label,
            self.rules_label,
            self.note_label,
            self.caveat_label,
            self.events_label,
            self.sources_label,
        ):
            label.linkActivated.connect(self.open_link)
            details_layout.addWidget(label)
        details_layout.addStretch(1)
        self.scroll = scrolling(details, self)
        layout.addWidget(self.scroll)

    def open_link(self, href: str) -> None:
        follow_link(href, lambda _chip_id: None, self.eventRequested.emit)

    def show_chip(self, chip_id: str) -> None:
        self.chip_id = chip_id
        self._show()

    def set_rule(self, rule: Rule) -> None:
        self.rule = rule
        self._show()

    def update_texts(self) -> None:
        self.scroll.setAccessibleName(self.tr("Selected chip"))
        self._show()

    def _show(self) -> None:
        if self.chip_id is None:
            return
        chip = self.data.chip(self.chip_id)
        code = self.language.language
        formatter = self.language.formatter
        self.name_label.setText(f"{chip.name} ({chip.vendor}, {chip.launch_year})")
        self.specs_label.setText(self._specs_html(chip))
        self.rules_label.setText(self._rules_html(chip))
        self.note_label.setText(chip.note(code))
        caveat = chip.caveat(code)
        self.caveat_label.setText(caveat or "")
        self.caveat_label.setVisible(bool(caveat))
        events = self.data.events_for_chip(chip.id)
        if events:
            links = "<br>".join(
                labelled(
                    self.language.words,
                    html.escape(formatter.date(event.date)),
                    event_link(event.id, event.title(code)),
                )
                for event in events
            )
            heading = html.escape(self.tr("Events that concern it (ringed on the timeline):"))
            self.events_label.setText(f"<b>{heading}</b><br>{links}")
        self.events_label.setVisible(bool(events))
        self.sources_label.setText(sources_html(chip.sources, self.sources, formatter))

    def _specs_html(self, chip: Chip) -> str:
        words, formatter = self.language.words, self.language.formatter

        def mark(field_name: str) -> str:
            return UNCERTAIN_MARK if chip.is_uncertain(field_name) else ""

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
            interconnect += ", " + bandwidth_text(words, formatter, chip.interconnect_gbps)
            interconnect += mark("interconnect_gbps")
        rows.append((self.tr("Chip-to-chip link"), interconnect))
        if chip.dram_bandwidth_gbps is not None:
            rows.append(
                (
                    self.tr("Memory bandwidth"),
                    bandwidth_text(words, formatter, chip.dram_bandwidth_gbps)
                    + mark("dram_bandwidth_gbps"),
                )
            )
        if chip.memory_gb is not None or chip.memory_type:
            parts = (
                fill(self.tr("%1 GB"), formatter.number(chip.memory_gb))
                if chip.memory_gb is not None
                else "",
                chip.memory_type or "",
            )
            memory = " ".join(part for part in parts if part)
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
        words, formatter = self.language.words, self.language.formatter
        blocks = []
        for rule in RULE_ORDER:
            classification = chip.classification(rule)
            status = classification.status
            computed = ""
            if status_by_the_thresholds(chip, rule):
                computed = " " + html.escape(f"({by_the_thresholds(words)})")
            name = html.escape(rule_name(words, rule))
            if rule is self.rule:
                name = f"<u>{name}</u>"
            colour = text_colour(STATUS_COLOURS[status])
            verdict = f'<b style="color:{colour}">{html.escape(status_name(words, status))}</b>'
            reason = html.escape(reason_text(words, formatter, classification))
            blocks.append(f"{labelled(words, name, verdict)}{computed}<br><small>{reason}</small>")
        return "<p>" + "</p><p>".join(blocks) + "</p>"
