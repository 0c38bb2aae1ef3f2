"""The model comparison's colours, the same on screen and in files (no Qt)."""

from __future__ import annotations

from explainer_core.figure.palette import HIGHLIGHT_COLOUR, OKABE_ITO, series_colour_and_dash
from explainer_core.models.comparison import COMPARISON_MODELS, HIGHLIGHTED_MODEL

OTHER_MODEL_COLOUR = "#8C8C8C"  # models outside the six of the R1 paper's main table
SAME_DEVELOPER_COLOUR = OKABE_ITO[5]  # sky blue: DeepSeek's other models beside R1


def model_colours() -> dict[str, str]:
    """R1 in the highlight colour, the others in the palette's order: stable across the
    three charts."""
    others = [model for model in COMPARISON_MODELS if model != HIGHLIGHTED_MODEL]
    colours = {HIGHLIGHTED_MODEL: HIGHLIGHT_COLOUR}
    colours.update({model: series_colour_and_dash(i)[0] for i, model in enumerate(others)})
    return colours


def model_colour(model_id: str) -> str:
    return model_colours().get(model_id, OTHER_MODEL_COLOUR)
