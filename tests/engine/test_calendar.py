"""The one table of months and weekdays, and the regex pieces made from it."""

from __future__ import annotations

import re

from newsbrief import calendar
from newsbrief.clean.dates import full_date


def test_twelve_months_and_seven_weekdays_in_order() -> None:
    assert [m.number for m in calendar.MONTHS] == list(range(1, 13))
    assert calendar.MONTH_NAMES[0] == "January" and calendar.MONTH_NAMES[-1] == "December"
    assert [d.number for d in calendar.WEEKDAYS] == list(range(1, 8))
    assert calendar.WEEKDAY_NAMES[0] == "Monday"


def test_numbers_of_names_and_abbreviations_in_any_case() -> None:
    assert calendar.month_number("Sept.") == 9
    assert calendar.month_number("MAY") == 5
    assert calendar.month_number("Mayday") is None
    assert calendar.weekday_number("tues") == 2
    assert calendar.weekday_number("Sunday") == 7


def test_alternations_take_the_longest_form_first() -> None:
    month = re.compile(rf"\b{calendar.MONTH}", re.I)
    assert month.match("June 4").group(0) == "June"
    assert month.match("Sept. 4").group(0) == "Sept."
    weekday = re.compile(rf"\b{calendar.WEEKDAY}", re.I)
    assert weekday.match("Thurs. night").group(0) == "Thurs."
    assert re.fullmatch(calendar.MONTH_NAME, "March") and not re.fullmatch(calendar.MONTH_NAME, "Mar")


def test_dates_read_through_the_table() -> None:
    assert full_date("Posted Sept. 3, 2024 at noon") == "2024-09-03"
    assert full_date("the 4th of March 2025") == "2025-03-04"
    assert full_date("on Mayday 2025") is None
