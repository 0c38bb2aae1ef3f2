"""A classifier verdict as plain text for a report, in the interface language: the chip's
figures, then for each rule its status, the reason, the clause, every test with its
outcome and the rule's lines, then where the thresholds come from. The structure is the
core's (``verdict``); so are the words of rules, statuses and reasons (``texts``,
``reason_texts``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from explainer_core.chip_controls.chip_form import FormCheck
from explainer_core.chip_controls.reason_texts import (
    check_text,
    clause_text,
    missing_text,
    plain_text,
    reason_text,
    rule_lines,
)
from explainer_core.chip_controls.rules import Quantity, Rule
from explainer_core.chip_controls.texts import (
    bandwidth_text,
    density_text,
    in_turn,
    labelled,
    rule_name,
    status_name,
    tpp_text,
    unknown_value,
)
from explainer_core.chip_controls.verdict import Verdict
from explainer_core.formatting import LocaleFormatter
from explainer_core.precision import decimals_of
from explainer_core.templates import fill
from explainer_core.words import Words

INDENT = "    "


def verdict_text(
    verdict: Verdict,
    check: FormCheck,
    name: str | None,
    citations: dict[Rule, str],
    words: Words,
    formatter: LocaleFormatter,
) -> str:
    """The whole verdict; ``name``: the chip the figures are from (None: the reader's own)."""
    title = QCoreApplication.translate("VerdictText", "Your chip") if name is None else name
    lines = [
        fill(
            QCoreApplication.translate(
                "VerdictText", "US export controls on AI chips: what each rule makes of %1"
            ),
            title,
        ),
        "",
        *figure_lines(check, words, formatter),
    ]
    for rule_verdict in verdict.rules:
        classification = rule_verdict.classification
        rule = classification.rule
        heading = rule_name(words, rule)
        if citations.get(rule):
            heading = f"{heading} ({citations[rule]})"
        lines += ["", labelled(words, heading, status_name(words, classification.status))]
        lines.append(INDENT + reason_text(words, formatter, classification))
        missing = missing_text(words, classification)
        if missing:
            lines.append(INDENT + missing)
        clause = clause_text(words, classification)
        if clause:
            lines.append(INDENT + clause)
        for tests in rule_verdict.tests:
            checks = in_turn(words, [check_text(words, formatter, each) for each in tests.checks])
            lines.append(INDENT + labelled(words, tests.clause, checks))
        lines_heading = QCoreApplication.translate("VerdictText", "Lines of the rule")
        lines.append(INDENT + plain_text(rule_lines(words, formatter, rule, lines_heading)))
    lines += [
        "",
        QCoreApplication.translate(
            "VerdictText",
            "Thresholds as quoted in the rules; the January 2026 policy's other conditions "
            "(supply, volume cap, testing) are not taken into account.",
        ),
        fill(
            QCoreApplication.translate("VerdictText", "Worked out with %1."),
            QCoreApplication.translate("VerdictText", "DeepSeek Shock Explainer"),
        ),
    ]
    return "\n".join(lines)


def figure_lines(check: FormCheck, words: Words, formatter: LocaleFormatter) -> list[str]:
    """The chip's figures as entered, an unknown one said so."""
    specs = check.specs
    if specs.tpp is None:
        tpp = unknown_value(words, Quantity.TPP)
    elif check.throughput is not None and check.bit_length is not None:
        tpp = fill(
            QCoreApplication.translate("VerdictText", "%1 (= %2 × %3 bits)"),
            tpp_text(formatter, specs.tpp),
            formatter.number(check.throughput, decimals_of(check.throughput)),
            str(check.bit_length),
        )
    else:
        tpp = tpp_text(formatter, specs.tpp)
    density = specs.performance_density
    area = specs.die_area_mm2
    if area is None:
        area_text = QCoreApplication.translate("VerdictText", "unknown", "the die area")
    else:
        area_text = fill(
            QCoreApplication.translate("VerdictText", "%1 mm²"),
            formatter.number(area, decimals_of(area)),
        )
    values = [
        (QCoreApplication.translate("VerdictText", "TPP"), tpp),
        (
            QCoreApplication.translate("VerdictText", "Performance density"),
            unknown_value(words, Quantity.PERFORMANCE_DENSITY)
            if density is None
            else density_text(formatter, density),
        ),
        (QCoreApplication.translate("VerdictText", "Die area"), area_text),
        (
            QCoreApplication.translate("VerdictText", "Chip-to-chip bandwidth"),
            _bandwidth(words, formatter, Quantity.INTERCONNECT_GBPS, specs.interconnect_gbps),
        ),
        (
            QCoreApplication.translate("VerdictText", "Memory bandwidth"),
            _bandwidth(words, formatter, Quantity.DRAM_BANDWIDTH_GBPS, specs.dram_bandwidth_gbps),
        ),
    ]
    lines = [labelled(words, label, value) for label, value in values]
    lines.append(
        QCoreApplication.translate("VerdictText", "Designed or marketed for datacenters")
        if specs.datacenter
        else QCoreApplication.translate("VerdictText", "Not designed or marketed for datacenters")
    )
    return lines


def _bandwidth(
    words: Words, formatter: LocaleFormatter, quantity: Quantity, value: float | None
) -> str:
    if value is None:
        return unknown_value(words, quantity)
    return bandwidth_text(words, formatter, value)
