"""What each developer made public, model by model: no Qt, no formatting."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from explainer_core.data.models import Model, ModelsData
from explainer_core.models.comparison import decimals_needed

# The openness table shows the models available when the shock happened.
OPENNESS_CUTOFF = dt.date(2025, 1, 31)


def openness_models(data: ModelsData, include_later: bool = False) -> list[Model]:
    """Models released by the end of January 2025, newest first; with ``include_later``
    also the later ones and those whose release date the data does not give (last)."""
    dated = [m for m in data.models if m.release_date is not None]
    if not include_later:
        dated = [m for m in dated if m.release_date <= OPENNESS_CUTOFF]
    dated.sort(key=lambda m: m.release_date, reverse=True)
    undated = [m for m in data.models if m.release_date is None] if include_later else []
    return dated + undated


@dataclass(frozen=True)
class Parameters:
    """Billions of parameters; ``active_b`` only for a mixture of experts, whose tokens
    each go through a part of the model."""

    total_b: float
    active_b: float | None
    total_decimals: int  # to write each without rounding
    active_decimals: int


def parameters_of(model: Model) -> Parameters | None:
    """None when the developer did not disclose the model's size."""
    total, active = model.params_total_b, model.params_active_b
    if total is None:
        return None
    if active is not None and math.isclose(active, total):
        active = None  # a dense model: every parameter is active
    return Parameters(
        total,
        active,
        decimals_needed([total]),
        decimals_needed([active]) if active is not None else 0,
    )
