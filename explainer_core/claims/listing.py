"""What the list of claims shows: a verdict filter, and the classroom mode's hidden verdicts.

One state for the whole tab, so its parts cannot disagree: the counters and the filter box
show the same verdict, and in classroom mode no part can give away a verdict that the
teacher has not revealed (filtering by verdict would: it is off in that mode).
"""

from __future__ import annotations

from collections.abc import Sequence

from explainer_core.data.claims import Claim, Verdict


class ClaimsListing:
    """The claims in the article's order, which of them are shown and whose verdict is."""

    def __init__(self, claims: Sequence[Claim]) -> None:
        self.claims: tuple[Claim, ...] = tuple(claims)
        self.verdict_filter: Verdict | None = None
        self.classroom = False
        self._revealed: set[int] = set()

    # -- reading ----------------------------------------------------------------
    @property
    def numbers(self) -> list[int]:
        return [claim.number for claim in self.claims]

    def claim(self, number: int) -> Claim:
        for claim in self.claims:
            if claim.number == number:
                return claim
        raise KeyError(f"the article has no claim {number}")

    def shown_numbers(self) -> list[int]:
        """The claims the list shows: those with the chosen verdict, or all of them."""
        return [
            claim.number for claim in self.claims if self.verdict_filter in (None, claim.verdict)
        ]

    def verdict_visible(self, number: int) -> bool:
        """Whether claim ``number``'s verdict (and the facts behind it) may be shown."""
        return not self.classroom or number in self._revealed

    def revealed_numbers(self) -> list[int]:
        return [number for number in self.numbers if number in self._revealed]

    def verdict_counts(self) -> dict[Verdict, int]:
        """How many claims have each verdict (every verdict, zero included, in order),
        counting in classroom mode only the verdicts revealed so far."""
        counts = dict.fromkeys(Verdict, 0)
        for claim in self.claims:
            if self.verdict_visible(claim.number):
                counts[claim.verdict] += 1
        return counts

    @property
    def can_filter(self) -> bool:
        return not self.classroom

    # -- changing ---------------------------------------------------------------
    def choose_verdict(self, verdict: Verdict | None) -> bool:
        """Show only the claims with ``verdict`` (None: all). Refused in classroom mode."""
        if verdict is not None and not self.can_filter:
            return False
        self.verdict_filter = verdict
        return True

    def toggle_verdict(self, verdict: Verdict) -> bool:
        """A verdict's counter: the first press shows only that verdict, the next all."""
        return self.choose_verdict(None if self.verdict_filter is verdict else verdict)

    def set_classroom(self, active: bool) -> None:
        """Entering classroom mode hides every verdict and shows every claim; leaving it
        shows every verdict again. Each lesson starts with nothing revealed."""
        self.classroom = active
        self._revealed.clear()
        if active:
            self.verdict_filter = None

    def reveal(self, number: int, revealed: bool = True) -> None:
        self.claim(number)  # an unknown number fails here, not later
        if revealed:
            self._revealed.add(number)
        else:
            self._revealed.discard(number)

    def reveal_all(self) -> None:
        self._revealed.update(self.numbers)

    def hide_all(self) -> None:
        self._revealed.clear()
