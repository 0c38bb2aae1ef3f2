"""Matching a typed search against texts, ignoring case and accents (no Qt).

"elysee" finds "Élysée" and "reuters" finds "Reuters": readers type without accents,
and German or French titles should still be found.
"""

from __future__ import annotations

import unicodedata


def folded(text: str) -> str:
    """``text`` without accents, case-folded, with runs of white space made one space."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(bare.casefold().split())


def matches(query: str, *fields: str) -> bool:
    """True when every word of ``query`` occurs in one of ``fields`` (an empty query matches)."""
    haystack = " | ".join(folded(field) for field in fields)
    return all(word in haystack for word in folded(query).split())
