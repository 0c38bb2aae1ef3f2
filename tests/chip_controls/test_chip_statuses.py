"""Every chip of the data under every rule, as the fact base works it out (no Qt)."""

from __future__ import annotations

import pytest

from explainer_core.chip_controls.rules import Rule, Status

LR, NOTE, NC = Status.LICENCE_REQUIRED, Status.NOTIFICATION, Status.NOT_CONTROLLED
CBC, POD, NA, UND = (
    Status.CASE_BY_CASE,
    Status.PRESUMPTION_OF_DENIAL,
    Status.NOT_APPLICABLE,
    Status.UNDETERMINED,
)

# thresholds.md §8 (worked examples and quick checks) and chips.csv of the fact base:
# chip → statuses under the October 2022 rule, the October 2023 rule, the January 2026 policy.
pytest_plugins = ("chip_fixtures",)
WORKED_EXAMPLES = {
    "h100": (LR, LR, CBC),
    "h800": (NC, LR, CBC),
    "a100": (LR, LR, CBC),
    "a800": (NC, LR, UND),  # no DRAM figure: the 2026 lines cannot be applied
    "h20": (NC, NC, NA),
    "h200": (LR, LR, CBC),
    "b200": (LR, LR, POD),  # 2022 by the thresholds: the chip post-dates the rule
    "l20": (NC, NC, NA),
    "l40s": (NC, LR, CBC),
    "rtx-4090": (NC, NOTE, NA),
    "rtx-4090d": (NC, NC, NA),
    "mi250x": (LR, LR, CBC),
    "mi300x": (LR, LR, CBC),
    "ascend-910b": (UND, LR, UND),
    "ascend-910c": (UND, LR, CBC),
}
RULES = (Rule.OCTOBER_2022, Rule.OCTOBER_2023, Rule.JANUARY_2026)


def test_every_chip_of_the_data_is_checked_here(export_data):
    assert {chip.id for chip in export_data.chips} == set(WORKED_EXAMPLES)


@pytest.mark.parametrize("chip_id", sorted(WORKED_EXAMPLES))
def test_each_chip_is_classified_as_the_facts_work_it_out(export_data, chip_id):
    chip = export_data.chip(chip_id)
    for rule, expected in zip(RULES, WORKED_EXAMPLES[chip_id], strict=True):
        assert chip.status(rule) is expected, rule
        if chip.facts_status(rule) is not None:
            assert chip.facts_status(rule) is expected
