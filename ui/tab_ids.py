"""The tab ids, in tab order; light enough for the command line to import before Qt."""

MARKET = "market"
EXPORT_CONTROLS = "export-controls"
MODELS = "models"
TAB_IDS: tuple[str, ...] = (MARKET, EXPORT_CONTROLS, MODELS)
