"""The interface languages: codes, their own names, the default and the fallback."""

from __future__ import annotations

LANGUAGE_CODES: tuple[str, ...] = ("fr", "de", "en")
DEFAULT_LANGUAGE = "fr"  # French first, whatever the system locale.

# Each language named in its own language, as the Language menu shows it.
NATIVE_NAMES: dict[str, str] = {"fr": "Français", "de": "Deutsch", "en": "English"}


def is_supported(code: object) -> bool:
    return isinstance(code, str) and code in LANGUAGE_CODES


def supported_or_default(code: object) -> str:
    """``code`` if it is an interface language, else the French default."""
    return code if is_supported(code) else DEFAULT_LANGUAGE
