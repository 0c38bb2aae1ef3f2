"""Qt-free core of DeepSeek Shock Explainer: data, calculations and locale formatting.

Nothing in this package may import Qt: it is tested without a GUI and the
views in ``ui/`` and ``widgets/`` only present what it computes.
"""

__version__ = "0.1.0"
APP_NAME = "DeepSeek Shock Explainer"
