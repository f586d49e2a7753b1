"""Months and weekdays, read once from data/calendar.tsv, for every rule that reads dates.

Regexes take the ready-made alternations (`MONTH`, `WEEKDAY`): non-capturing
groups of every name and abbreviation, longest first so that "June" is not
read as "Jun" and "Sept" not as "Sep", each optionally followed by a full
stop ("Nov.", "Tues."). They carry no case flag: compile with re.I where
"MARCH 4" or "nov" should match, or use them as they are for capitalised text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsbrief.tables import read_table


@dataclass(frozen=True)
class CalendarName:
    """A month or a weekday: its number (1-12, or 1-7 from Monday), full name and short forms."""

    kind: str
    number: int
    name: str
    abbreviations: tuple[str, ...]

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.abbreviations)


def _load(kind: str) -> tuple[CalendarName, ...]:
    rows = read_table("calendar.tsv", ("kind", "number", "name", "abbreviations"), optional=1)
    return tuple(
        CalendarName(row_kind, int(number), name, tuple(abbreviations.split()))
        for row_kind, number, name, abbreviations in rows
        if row_kind == kind
    )


MONTHS: tuple[CalendarName, ...] = _load("month")
WEEKDAYS: tuple[CalendarName, ...] = _load("weekday")

MONTH_NAMES: tuple[str, ...] = tuple(m.name for m in MONTHS)
WEEKDAY_NAMES: tuple[str, ...] = tuple(d.name for d in WEEKDAYS)
MONTH_ABBREVIATIONS: tuple[str, ...] = tuple(a for m in MONTHS for a in m.abbreviations)
WEEKDAY_ABBREVIATIONS: tuple[str, ...] = tuple(a for d in WEEKDAYS for a in d.abbreviations)

_MONTH_NUMBERS = {form.casefold(): m.number for m in MONTHS for form in m.forms}
_WEEKDAY_NUMBERS = {form.casefold(): d.number for d in WEEKDAYS for form in d.forms}


def _alternation(forms: tuple[str, ...]) -> str:
    return "(?:" + "|".join(re.escape(f) for f in sorted(set(forms), key=lambda f: (-len(f), f))) + ")"


# Full names only; names or abbreviations (to capture the word); and either
# with the abbreviation's optional full stop (to match it in running text).
MONTH_NAME = _alternation(MONTH_NAMES)
WEEKDAY_NAME = _alternation(WEEKDAY_NAMES)
MONTH_WORD = _alternation(MONTH_NAMES + MONTH_ABBREVIATIONS)
WEEKDAY_WORD = _alternation(WEEKDAY_NAMES + WEEKDAY_ABBREVIATIONS)
MONTH = f"(?:{MONTH_WORD}\\.?)"
WEEKDAY = f"(?:{WEEKDAY_WORD}\\.?)"


def month_number(word: str) -> int | None:
    """1-12 for a month's name or abbreviation in any case, with or without its full stop."""
    return _MONTH_NUMBERS.get(word.rstrip(".").casefold())


def weekday_number(word: str) -> int | None:
    """1 (Monday) to 7 for a weekday's name or abbreviation in any case."""
    return _WEEKDAY_NUMBERS.get(word.rstrip(".").casefold())
