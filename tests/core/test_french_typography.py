"""French texts of the data follow French typography: a no-break space before : ; ! ? % and
inside « », so a line never breaks between a word and its punctuation."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from explainer_core.data.paths import DATA_DIR

PLAIN_SPACE_BEFORE_PUNCTUATION = re.compile(r"(?<=\S) [:;!?»%]|« ")
# The article's quotes are kept exactly as published; the views add the spaces on display.
VERBATIM_COLUMNS = {"quote_fr"}


@pytest.mark.parametrize("path", sorted(DATA_DIR.glob("*.csv")), ids=lambda p: p.name)
def test_french_texts_use_no_break_spaces(path):
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    for column in [c for c in frame.columns if c.endswith("_fr") and c not in VERBATIM_COLUMNS]:
        for line, text in enumerate(frame[column], start=2):
            assert not PLAIN_SPACE_BEFORE_PUNCTUATION.search(text), f"{path.name}:{line} {column}"
