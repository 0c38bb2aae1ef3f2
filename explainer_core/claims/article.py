"""What the claims tab checks: one French-language news article of January 2025.

The copy of the article the claims were taken from (the project's reference facts on the
claims) names neither the outlet that published it nor the day: its first claim is about
Monday 27 January 2025. So the app names no outlet, says that it cannot, and dates the
article by its month only.
"""

from __future__ import annotations

import datetime as dt

ARTICLE_LANGUAGE = "fr"  # its own words are always shown; other readers also get a translation
ARTICLE_MONTH = dt.date(2025, 1, 1)  # the month only: the copy gives no day of publication


def keep_guillemets_attached(quote: str) -> str:
    """The article's words with no-break spaces inside « », so a line never starts with »."""
    return quote.replace("« ", "«\u00a0").replace(" »", "\u00a0»")
