"""Windows and tab views (Qt). They present what ``explainer_core`` computes."""
