"""How a verdict looks and is called: its symbol, its colour and its name.

Each verdict has its own symbol as well as its colour (Okabe–Ito, colour-blind safe), so
the five never rest on colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from explainer_core.data.claims import Verdict
from widgets.palette import OKABE_ITO
from widgets.verdict_badge import BadgeSymbol

VERDICT_STYLES: dict[Verdict, tuple[BadgeSymbol, str]] = {
    Verdict.ACCURATE: (BadgeSymbol.CHECK, OKABE_ITO[3]),  # bluish green
    Verdict.IMPRECISE: (BadgeSymbol.APPROX, OKABE_ITO[2]),  # orange
    Verdict.MISLEADING: (BadgeSymbol.WARNING, OKABE_ITO[4]),  # reddish purple
    Verdict.WRONG: (BadgeSymbol.CROSS, OKABE_ITO[0]),  # vermillion
    Verdict.UNVERIFIABLE: (BadgeSymbol.QUESTION, OKABE_ITO[1]),  # blue
}


def verdict_name(verdict: Verdict) -> str:
    """The verdict's name in the interface language."""
    names = {
        Verdict.ACCURATE: QCoreApplication.translate("Verdicts", "Accurate"),
        Verdict.IMPRECISE: QCoreApplication.translate("Verdicts", "Imprecise"),
        Verdict.MISLEADING: QCoreApplication.translate("Verdicts", "Misleading"),
        Verdict.WRONG: QCoreApplication.translate("Verdicts", "Wrong"),
        Verdict.UNVERIFIABLE: QCoreApplication.translate("Verdicts", "Unverifiable"),
    }
    return names[verdict]
