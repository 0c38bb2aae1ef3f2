"""The tab ids, in tab order; light enough for the command line to import before Qt."""

MARKET = "market"
EXPORT_CONTROLS = "export-controls"
MODELS = "models"
CLAIMS = "claims"
TAB_IDS: tuple[str, ...] = (MARKET, EXPORT_CONTROLS, MODELS, CLAIMS)

# The tab that shows each chart (ARCHITECTURE.md lists the chart ids). A view may also name
# its charts in ``TabView.chart_ids``; both must agree, which a test checks.
CHART_TABS: dict[str, str] = {
    "market-timeline": MARKET,
    "market-movers": MARKET,
    "export-rules-timeline": EXPORT_CONTROLS,
    "chip-classification": EXPORT_CONTROLS,
    "model-benchmarks": MODELS,
    "model-compute": MODELS,
    "model-price": MODELS,
}
