"""Geometry that knows nothing of the data: label placement, stacking in rows (no Qt)."""
