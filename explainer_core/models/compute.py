"""Training compute and what it cost, as disclosed: no Qt, no formatting.

GPU-hours are one dot per model on a logarithmic axis (a bar on a log axis would start at an
arbitrary decade, and its length would suggest a ratio it does not show). Every reported
cost figure is a numbered note with its scope; a dot's label gives the cost its developer
reported, with its note's number, and one cost figure is the headline.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum

from explainer_core.data.models import CostFigure, Model, ModelsData
from explainer_core.figure.palette import HIGHLIGHT_COLOUR
from explainer_core.models.colours import OTHER_MODEL_COLOUR, SAME_DEVELOPER_COLOUR
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


# --- GPU-hours --------------------------------------------------------------------------------


def compute_models(data: ModelsData) -> list[Model]:
    """Models with disclosed training GPU-hours, the most first."""
    known = [model for model in data.models if model.training_gpu_hours_m is not None]
    return sorted(known, key=lambda model: -(model.training_gpu_hours_m or 0.0))


def developer_costs(data: ModelsData, model: Model) -> list[CostFigure]:
    """The cost totals a model's developer reported itself (DeepSeek's $5.576M for V3): the
    figures the dots' labels give. Estimates by others and the parts of a total are not."""
    return [
        cost
        for cost in data.costs_of(model.id)
        if cost.component_of is None
        and cost.who_said == model.developer
        and cost.value_usd_m is not None
    ]


# --- notes on the cost figures ----------------------------------------------------------------


@dataclass(frozen=True)
class Footnote:
    """A cost total and its parts (read under it, with no number of their own)."""

    number: int
    cost: CostFigure
    parts: tuple[CostFigure, ...]
    on_chart: bool  # a dot's label gives it: its developer's own figure for a model shown


def cost_footnotes(data: ModelsData) -> list[Footnote]:
    """Every cost total, numbered. First those the dots' labels give (each developer's own
    figure, in the dots' order), so that a figure's notes run [1], [2] …; then the others
    (estimates by others, remarks, models without disclosed GPU-hours), model by model in
    the dots' order, then the file's."""
    models = compute_models(data)
    labelled = [cost for model in models for cost in developer_costs(data, model)]
    labelled_ids = {cost.id for cost in labelled}
    rank = {model.id: index for index, model in enumerate(models)}
    others = [
        cost for cost in data.costs if cost.component_of is None and cost.id not in labelled_ids
    ]
    others.sort(key=lambda cost: rank.get(cost.model, len(rank)))  # stable: file order
    parts: dict[str, list[CostFigure]] = {}
    for cost in data.costs:
        if cost.component_of is not None:
            parts.setdefault(cost.component_of, []).append(cost)
    return [
        Footnote(number, cost, tuple(parts.get(cost.id, ())), cost.id in labelled_ids)
        for number, cost in enumerate(labelled + others, start=1)
    ]


def footnote_numbers(footnotes: list[Footnote], model_id: str) -> list[int]:
    """The numbers of every cost total of a model."""
    return [f.number for f in footnotes if f.cost.model == model_id]


# --- the dots ---------------------------------------------------------------------------------


class ComputeRole(str, Enum):
    """How a dot is set apart: R1, another model of its developer, or anyone else's."""

    HIGHLIGHTED = "highlighted"
    SAME_DEVELOPER = "same_developer"
    OTHER = "other"


ROLE_COLOURS = {
    ComputeRole.HIGHLIGHTED: HIGHLIGHT_COLOUR,
    ComputeRole.SAME_DEVELOPER: SAME_DEVELOPER_COLOUR,
    ComputeRole.OTHER: OTHER_MODEL_COLOUR,
}


@dataclass(frozen=True)
class ComputeDot:
    """One model's disclosed training compute, with what its figure rests on."""

    model: Model
    gpu_hours_m: float  # millions, as disclosed
    decimals: int  # to write ``gpu_hours_m`` without rounding
    role: ComputeRole
    developer: str  # who disclosed the figure: the developer's own report or card
    on_top_of: str | None  # the base model whose own training the figure leaves out
    costs: tuple[Footnote, ...]  # the cost figures its label gives, with their numbers

    @property
    def gpu_hours(self) -> float:
        """The exact number of GPU-hours."""
        return self.gpu_hours_m * UNITS_PER_MILLION

    @property
    def colour(self) -> str:
        return ROLE_COLOURS[self.role]


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
                tuple(f for f in footnotes if f.on_chart and f.cost.model == model.id),
            )
        )
    return dots


def decade_above(values: list[float]) -> float:
    """The power of ten at or above the largest value: the axis labels stop there, the
    room beyond is for the dots' labels."""
    return float(10 ** math.ceil(math.log10(max(values, default=1.0))))
