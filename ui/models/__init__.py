"""The model comparison tab: R1 against the models it was compared with."""
