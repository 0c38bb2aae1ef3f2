"""Reusable Qt pieces: chart view, axes, markers, cards."""
