"""The model comparison's choices (no Qt)."""
