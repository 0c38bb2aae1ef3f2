"""Fill the numbered places (%1, %2 …) of a translated sentence, as Qt's ``QString::arg``."""

from __future__ import annotations

import re

_PLACE = re.compile(r"%(\d+)")


def fill(template: str, *values: str) -> str:
    """``template`` with each ``%n`` replaced by the n-th value, in one pass: a value that
    itself contains "%2" (a folder name, a quoted claim) is never filled in again, and
    ``%1`` never eats the start of ``%10``. A place with no value is left as it is."""

    def value_of(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return values[number - 1] if 1 <= number <= len(values) else match.group(0)

    return _PLACE.sub(value_of, template)
