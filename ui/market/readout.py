"""The timeline crosshair's tooltip: the day, then for each series in view its close (in
dollars, or points for an index) with its rebased or % value and the day's move."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication

from explainer_core.formatting import LocaleFormatter
from explainer_core.market.timeline_plan import ValueUnit
from explainer_core.market.timeline_readout import ReadoutRow
from explainer_core.templates import fill
from ui.market.series_styles import SeriesStyles

SEAM_MARK = "†"


def close_text(formatter: LocaleFormatter, row: ReadoutRow) -> str:
    if row.close_unit is ValueUnit.POINTS:
        return fill(
            QCoreApplication.translate("TimelineReadout", "%1 points"),
            formatter.number(row.close, 2),
        )
    return formatter.usd(row.close)


def row_text(formatter: LocaleFormatter, row: ReadoutRow) -> str:
    """``83,03 · close 118,42 $ (−16,97 % on the day)``; in price mode the close alone."""
    close = close_text(formatter, row)
    if row.value is None:
        text = close
    else:
        if row.value_unit is ValueUnit.PERCENT:
            value = formatter.percent(row.value, signed=True)
        else:
            value = formatter.number(row.value, 2)
        text = fill(QCoreApplication.translate("TimelineReadout", "%1 · close %2"), value, close)
    if row.daily_move_pct is not None:
        move = formatter.percent(row.daily_move_pct, signed=True)
        text = fill(QCoreApplication.translate("TimelineReadout", "%1 (%2 on the day)"), text, move)
    if row.reference_kind_differs:
        text += f" {SEAM_MARK}"
    return text


def readout_html(
    formatter: LocaleFormatter, day: dt.date, rows: list[ReadoutRow], styles: SeriesStyles
) -> str:
    lines = [f"<b>{html.escape(formatter.long_date(day))}</b>"]
    for row in rows:
        colour = styles.colour(row.ticker)
        name = html.escape(row.name)
        text = html.escape(row_text(formatter, row))
        entry = QCoreApplication.translate("TimelineReadout", "%1: %2")
        lines.append(f'<span style="color:{colour}">■</span> {fill(entry, name, text)}')
    if any(row.reference_kind_differs for row in rows):
        note = QCoreApplication.translate(
            "TimelineReadout",
            "%1 Across a seam: this close and the reference close are of different kinds "
            "(as traded, dividend-adjusted), so the comparison is approximate.",
        )
        lines.append(f"<small>{html.escape(fill(note, SEAM_MARK))}</small>")
    return "<br>".join(lines)
