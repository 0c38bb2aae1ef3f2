"""How many decimals each figure of the export-controls tab is written with (pure Python):
as many as the figure needs, and never so few that it reads as a threshold it does not
reach (a TPP of 4,799.92 is not "4,800", a density of 5.9198 not "5.92")."""

from __future__ import annotations

from explainer_core.chip_controls import rules
from explainer_core.chip_controls.rules import Quantity
from explainer_core.precision import decimals_of, decimals_to_tell_apart, significant_decimals

TPP_THRESHOLDS: tuple[float, ...] = (
    rules.TPP_THRESHOLD_2022,
    rules.TPP_THRESHOLD_3A090A1,
    rules.TPP_FLOOR_3A090A2,
    rules.TPP_FLOOR_3A090B1,
    rules.TPP_CEILING_CASE_BY_CASE_2026,
)
PD_THRESHOLDS: tuple[float, ...] = (
    rules.PD_THRESHOLD_3A090A2,
    rules.PD_FLOOR_3A090B1,
    rules.PD_FLOOR_3A090B2,
)
BANDWIDTH_THRESHOLDS: tuple[float, ...] = (
    rules.INTERCONNECT_THRESHOLD_2022_GBPS,
    rules.DRAM_CEILING_CASE_BY_CASE_2026_GBPS,
)
DENSITY_DECIMALS = 2  # performance density: TPP per mm², to the hundredth


def tpp_decimals(value: float) -> int:
    """A TPP: whole when it is whole."""
    return decimals_to_tell_apart(value, TPP_THRESHOLDS, significant_decimals(value))


def density_decimals(value: float) -> int:
    return decimals_to_tell_apart(value, PD_THRESHOLDS, DENSITY_DECIMALS)


def bandwidth_decimals(value: float) -> int:
    return decimals_to_tell_apart(value, BANDWIDTH_THRESHOLDS, decimals_of(value, 1))


def threshold_decimals(value: float) -> int:
    """A threshold as the rule writes it: 4800, 5.92, 1.6."""
    return decimals_of(value)


def quantity_decimals(quantity: Quantity, value: float) -> int:
    if quantity is Quantity.TPP:
        return tpp_decimals(value)
    if quantity is Quantity.PERFORMANCE_DENSITY:
        return density_decimals(value)
    return bandwidth_decimals(value)
