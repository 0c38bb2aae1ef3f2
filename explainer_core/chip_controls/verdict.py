"""A chip's verdict as a report gives it (pure Python): for each rule, in the order they
came, the status and the clauses met, and every test the rule makes, grouped by clause,
with the chip's figure, the threshold and whether it is met (``None``: the figure is
unknown). The interface writes it in words; nothing here is rounded."""

from __future__ import annotations

from dataclasses import dataclass

from explainer_core.chip_controls.rules import Check, ChipSpecs, Classification, Rule, classify
from explainer_core.chip_controls.timeline import RULE_ORDER


@dataclass(frozen=True)
class ClauseTests:
    """The tests of one clause (3A090.b.1: TPP from 2400, below 4800, density from 1.6 …)."""

    clause: str
    checks: tuple[Check, ...]

    @property
    def met(self) -> bool | None:
        """True if every test is met, False if one fails, None if unknown figures leave it
        open."""
        results = [check.met for check in self.checks]
        if False in results:
            return False
        if None in results:
            return None
        return True


@dataclass(frozen=True)
class RuleVerdict:
    classification: Classification
    tests: tuple[ClauseTests, ...]

    @property
    def rule(self) -> Rule:
        return self.classification.rule


@dataclass(frozen=True)
class Verdict:
    specs: ChipSpecs
    rules: tuple[RuleVerdict, ...]


def clause_tests(classification: Classification) -> tuple[ClauseTests, ...]:
    """The classification's tests by clause, in the order the rule makes them."""
    by_clause: dict[str, list[Check]] = {}
    for check in classification.checks:
        by_clause.setdefault(check.clause, []).append(check)
    return tuple(ClauseTests(clause, tuple(checks)) for clause, checks in by_clause.items())


def verdict_for(specs: ChipSpecs) -> Verdict:
    return Verdict(
        specs,
        tuple(
            RuleVerdict(classification, clause_tests(classification))
            for classification in (classify(rule, specs) for rule in RULE_ORDER)
        ),
    )
