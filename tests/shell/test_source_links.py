"""The source links under a chart or in a card: each names its document, in the language's
punctuation."""

from __future__ import annotations

import re

from explainer_core.data.sources import load_sources
from explainer_core.formatting import NARROW_NBSP, formatter_for
from ui.shell.source_links import sources_html

REGISTRY = load_sources()
PAPERS = ("mdl-deepseek-r1-paper", "mdl-deepseek-v3-report")  # both published on arXiv


def link_texts(html_text: str) -> list[str]:
    return re.findall(r">([^<]+)</a>", html_text)


def test_two_documents_of_one_publisher_are_told_apart_by_their_titles(qapp):
    texts = link_texts(sources_html(PAPERS, REGISTRY, formatter_for("fr")))
    assert texts == [
        "arXiv · Publication sur DeepSeek-R1",
        "arXiv · Rapport technique de DeepSeek-V3",
    ]
    english = link_texts(sources_html(PAPERS, REGISTRY, formatter_for("en")))
    assert english == ["arXiv · DeepSeek-R1 paper", "arXiv · DeepSeek-V3 technical report"]


def test_a_source_cited_twice_is_linked_once(qapp):
    texts = link_texts(sources_html((*PAPERS, PAPERS[0]), REGISTRY, formatter_for("en")))
    assert len(texts) == 2


def test_french_puts_a_narrow_no_break_space_before_the_semicolons(qapp):
    french = sources_html(PAPERS, REGISTRY, formatter_for("fr"))
    english = sources_html(PAPERS, REGISTRY, formatter_for("en"))
    assert f"</a>{NARROW_NBSP}; <a" in french
    assert "</a>; <a" in english
