"""The sources behind the export-controls figures' rows: every id each row cites, once,
and the publishers a table names beside each row (its notes list the sources in full)."""

from __future__ import annotations

from collections.abc import Iterable

from explainer_core.charts import Writing


def cited(rows_sources: Iterable[Iterable[str]]) -> list[str]:
    """Every source id the rows cite, each once, in the order first cited."""
    return list(dict.fromkeys(source for sources in rows_sources for source in sources))


def publishers(source_ids: Iterable[str], writing: Writing) -> list[str]:
    """The publishers of a row's sources, each once."""
    registry = writing.sources
    return list(
        dict.fromkeys(registry[source].publisher for source in source_ids if source in registry)
    )
