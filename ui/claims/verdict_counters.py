"""The row that counts the verdicts: one button per verdict, which filters the list by it.

Pressed, a counter asks for its verdict; the view answers by checking it (and the filter
box) or, pressed again, by showing every claim. In classroom mode the counters count only
the verdicts revealed so far, as a plain tally: filtering would give the others away.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from explainer_core.data.claims import Verdict
from explainer_core.templates import fill
from ui.claims.verdict_look import VERDICT_STYLES, verdict_name
from ui.shell.language import LanguageService
from widgets.verdict_badge import VerdictBadge

COUNT_SCALE = 1.6


class VerdictCounter(QPushButton):
    """A count beside its verdict's badge; checked while the list shows only that verdict."""

    def __init__(self, verdict: Verdict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verdict = verdict
        self.setObjectName(f"counter-{verdict.value}")
        self.setFlat(True)
        self.count_label = QLabel(self)
        self.count_label.setObjectName(f"count-{verdict.value}")
        font = self.count_label.font()
        font.setPointSizeF(font.pointSizeF() * COUNT_SCALE)
        font.setBold(True)
        self.count_label.setFont(font)
        self.badge = VerdictBadge(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.setSpacing(6)
        layout.addWidget(self.count_label)
        layout.addWidget(self.badge)
        for child in (self.count_label, self.badge):  # the press is the button's
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.set_interactive(True)

    def set_interactive(self, interactive: bool) -> None:
        """A filter button, or (classroom mode) a plain tally that cannot be pressed:
        not greyed out, so that a class can read it from the back of the room."""
        self.setCheckable(interactive)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, not interactive)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if interactive else Qt.FocusPolicy.NoFocus)
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if interactive else Qt.CursorShape.ArrowCursor
        )

    @property
    def interactive(self) -> bool:
        return self.isCheckable()

    def sizeHint(self) -> QSize:
        return self.layout().sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.layout().minimumSize()


class VerdictCounters(QWidget):
    """ "Verdicts: 6 ✓ Accurate  5 ≈ Imprecise …", each count a button."""

    verdictClicked = Signal(str)  # the verdict's value

    def __init__(self, language: LanguageService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.setObjectName("claimsSummary")
        self.heading = QLabel(self)
        self.heading.setObjectName("claimsSummaryHeading")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        self.counters: dict[Verdict, VerdictCounter] = {}
        for verdict in Verdict:
            counter = VerdictCounter(verdict, self)
            counter.clicked.connect(lambda _checked=False, v=verdict: self._clicked(v))
            layout.addWidget(counter)
            self.counters[verdict] = counter
        layout.addStretch(1)
        self.counts: dict[Verdict, int] = dict.fromkeys(Verdict, 0)
        self.active: Verdict | None = None
        self.revealed: tuple[int, int] | None = None  # classroom mode: (revealed, of all)

    def _clicked(self, verdict: Verdict) -> None:
        if not self.counters[verdict].interactive:
            return
        # The view says which counter is checked (set_active): a refused press unchecks.
        self.counters[verdict].setChecked(self.active is verdict)
        self.verdictClicked.emit(verdict.value)

    def show_counts(
        self, counts: dict[Verdict, int], revealed: tuple[int, int] | None = None
    ) -> None:
        """``revealed``: classroom mode, where the counts are of the verdicts revealed so
        far (``revealed[0]`` of ``revealed[1]``) and the counters do not filter."""
        self.counts = dict(counts)
        self.revealed = revealed
        for counter in self.counters.values():
            counter.set_interactive(revealed is None)
        self.update_texts()

    def set_active(self, verdict: Verdict | None) -> None:
        """Check the counter of the verdict the list is filtered by (None: none)."""
        self.active = verdict
        for each, counter in self.counters.items():
            counter.setChecked(each is verdict)

    def update_texts(self) -> None:
        formatter = self.language.formatter
        if self.revealed is None:
            self.heading.setText(self.tr("Verdicts:"))
        else:
            self.heading.setText(
                fill(self.tr("Revealed so far (%1 of %2):"), *map(formatter.number, self.revealed))
            )
        for verdict, counter in self.counters.items():
            symbol, colour = VERDICT_STYLES[verdict]
            name = verdict_name(verdict)
            count = formatter.number(self.counts[verdict])
            counter.count_label.setText(count)
            counter.badge.set_verdict(symbol, colour, name)
            counter.setAccessibleName(fill(self.tr("%1: %2"), name, count))
            if self.revealed is not None:
                tip = self.tr(
                    "In classroom mode the counters count only the verdicts revealed so far"
                )
            else:
                tip = fill(
                    self.tr("Show only the claims judged “%1”; press again to show them all"),
                    name,
                )
            counter.setToolTip(tip)
            counter.setAccessibleDescription(tip)
