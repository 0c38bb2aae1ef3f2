"""The market timeline's calculations and editorial choices (no Qt)."""
