"""What the timeline leaves out or breaks, said under it in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from explainer_core.templates import fill


def timeline_notes(left_out: list[str], seamed: list[str], isolated: str) -> list[str]:
    """One sentence for each: instruments kept off an axis of dollars (``left_out``, their
    names), lines that change kind of close in view (``seamed``), a series shown alone."""
    notes = []
    if left_out:
        notes.append(
            fill(
                QCoreApplication.translate(
                    "TimelineNotes",
                    "Not drawn in price mode: %1. An index is quoted in points, not "
                    "dollars, and on the same axis would flatten the shares. Choose "
                    "the indices alone, or compare them rebased or in %.",
                ),
                ", ".join(left_out),
            )
        )
    if seamed:
        notes.append(
            fill(
                QCoreApplication.translate(
                    "TimelineNotes",
                    "◇ %1: the line breaks where the data switches between as-traded "
                    "and dividend-adjusted closes, which are not comparable.",
                ),
                ", ".join(seamed),
            )
        )
    if isolated:
        notes.append(
            fill(
                QCoreApplication.translate(
                    "TimelineNotes",
                    "Only %1 is shown: click its legend entry to show all series.",
                ),
                isolated,
            )
        )
    return notes
