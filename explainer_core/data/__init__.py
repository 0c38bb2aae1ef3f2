"""Loading and validating the shipped datasets (pandas, no Qt)."""
