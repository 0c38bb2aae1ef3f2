"""Training compute and what it cost, as disclosed: no Qt, no formatting.

GPU-hours are one dot per model on a logarithmic axis (a bar on a log axis would start at an
arbitrary decade, and its length would suggest a ratio it does not show). Every reported
cost figure is a numbered footnote with its scope, and one of them is the headline.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum

from explainer_core.data.models import CostFigure, Model, ModelsData
from explainer_core.models.comparison import HIGHLIGHTED_MODEL, decimals_needed

# The data give GPU-hours and dollars in millions.
UNITS_PER_MILLION = 1_000_000
# The cost figure behind the famous "$6M": DeepSeek's rental-price estimate for the final
# training run of V3, R1's base model. It is the one the coverage of 27 January 2025
# quoted, so it is the one the introduction names (with what it leaves out).
HEADLINE_COST_ID = "deepseek-v3-final-run"


def usd_of(cost: CostFigure) -> float | None:
    """The cost in US dollars; None for a remark with no figure."""
    if cost.value_usd_m is None:
        return None
    return cost.value_usd_m * UNITS_PER_MILLION


def headline_cost(data: ModelsData) -> CostFigure:
    return next(cost for cost in data.costs if cost.id == HEADLINE_COST_ID)


# --- footnotes --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Footnote:
    number: int
    cost: CostFigure
    is_part: bool  # a component of the footnote above it


def cost_footnotes(data: ModelsData) -> list[Footnote]:
    """Every cost figure, numbered: model by model in file order, each total followed by
    its parts, so a part is always read under the total it belongs to."""
    by_model: dict[str, list[CostFigure]] = {}
    for cost in data.costs:
        by_model.setdefault(cost.model, []).append(cost)
    ordered: list[tuple[CostFigure, bool]] = []
    for costs in by_model.values():
        for total in (cost for cost in costs if cost.component_of is None):
            ordered.append((total, False))
            ordered += [(part, True) for part in costs if part.component_of == total.id]
    return [Footnote(n, cost, part) for n, (cost, part) in enumerate(ordered, start=1)]


def footnote_numbers(footnotes: list[Footnote], model_id: str) -> list[int]:
    """The numbers of a model's cost totals (not their parts), to mark beside its dot."""
    return [f.number for f in footnotes if f.cost.model == model_id and not f.is_part]


# --- GPU-hours --------------------------------------------------------------------------------


def compute_models(data: ModelsData) -> list[Model]:
    """Models with disclosed training GPU-hours, the most first."""
    known = [model for model in data.models if model.training_gpu_hours_m is not None]
    return sorted(known, key=lambda model: -(model.training_gpu_hours_m or 0.0))


class ComputeRole(str, Enum):
    """How a dot is set apart: R1, another model of its developer, or anyone else's."""

    HIGHLIGHTED = "highlighted"
    SAME_DEVELOPER = "same_developer"
    OTHER = "other"


@dataclass(frozen=True)
class ComputeDot:
    """One model's disclosed training compute, with what its figure rests on."""

    model: Model
    gpu_hours_m: float  # millions, as disclosed
    decimals: int  # to write ``gpu_hours_m`` without rounding
    role: ComputeRole
    developer: str  # who disclosed the figure: the developer's own report or card
    on_top_of: str | None  # the base model whose own training the figure leaves out
    footnotes: tuple[int, ...]  # the model's cost totals

    @property
    def gpu_hours(self) -> float:
        """The exact number of GPU-hours."""
        return self.gpu_hours_m * UNITS_PER_MILLION


def compute_dots(data: ModelsData, footnotes: list[Footnote]) -> list[ComputeDot]:
    """One dot per model with disclosed GPU-hours, the most first."""
    developer = data.model(HIGHLIGHTED_MODEL).developer
    dots = []
    for model in compute_models(data):
        hours = model.training_gpu_hours_m or 0.0
        if model.id == HIGHLIGHTED_MODEL:
            role = ComputeRole.HIGHLIGHTED
        elif model.developer == developer:
            role = ComputeRole.SAME_DEVELOPER
        else:
            role = ComputeRole.OTHER
        dots.append(
            ComputeDot(
                model,
                hours,
                decimals_needed([hours]),
                role,
                model.developer,
                model.base_model,
                tuple(footnote_numbers(footnotes, model.id)),
            )
        )
    return dots


def decade_above(values: list[float]) -> float:
    """The power of ten at or above the largest value: the axis labels stop there, the
    room beyond is for the dots' labels."""
    return float(10 ** math.ceil(math.log10(max(values, default=1.0))))
