"""clean.dates: the publication date of a paste."""

from __future__ import annotations

import pytest

from newsbrief import brief
from newsbrief.clean import dates as clean_dates
from newsbrief.clean import page as clean

DATE_STORY = (
    "The regional parliament approved the budget on Tuesday after a debate that lasted two days, "
    "the speaker's office said.\n\nThe opposition voted against it and said the plan cut too much."
)


@pytest.mark.parametrize(
    ("top", "published"),
    [
        ("Published 3 February 2024, 09:15 GMT | Updated 4 February 2024, 11:00 GMT", "2024-02-03"),
        ("By Lena Brandt\n\nFeb. 3, 2024, 9:15 a.m. ET", "2024-02-03"),
        ("Updated: 5 March 2024 10:02", "2024-03-05"),
        ("By Lena Brandt - 2024-02-03T09:15:00Z", "2024-02-03"),
        ("March 4", None),  # no year: no date
        ("04/05/2024", None),  # April or May, depending on the country
        ("18/05/2024 09:15", "2024-05-18"),
        ("HARBOUR CITY HERALD | Thursday, November 26, 2026", "2026-11-26"),
        ("The Coast Ledger · 26 November 2026", "2026-11-26"),
    ],
)
def test_the_publication_date_comes_from_a_date_line(top: str, published: str | None) -> None:
    cleaned = clean.clean_text(f"Budget approved after two-day debate\n\n{top}\n\n{DATE_STORY}")
    assert cleaned.published == published
    assert "2024" not in cleaned.text  # the date lines are not story text


def test_the_publication_date_from_a_dateline_with_the_year() -> None:
    wire = "NAIROBI, Feb. 3, 2024 (AP) — " + DATE_STORY
    assert clean.clean_text(wire).published == "2024-02-03"
    assert clean.clean_text("NAIROBI, Feb. 3 (Reuters) - " + DATE_STORY).published is None
    assert brief(wire).source.published == "2024-02-03"


def test_dates_in_a_list_of_other_stories_are_not_the_publication_date() -> None:
    related = []
    for k, title in enumerate(
        ["Rail strike ends", "Port reopens after storm", "Mayor resigns", "Bridge opens"]
    ):
        related += ["NEWS", title, f"{k + 10} March 2019"]
    lines = [
        "Menu",
        "Budget approved after two-day debate",
        *related,
        DATE_STORY,
        "Related stories",
        "Floods",
    ]
    assert clean.clean_text("\n\n".join(lines)).published is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Tuesday 4 March 2025 10.02 GMT", "2025-03-04"),
        ("Published : Mar. 4, 2025 - 10:02", "2025-03-04"),
        ("March 4th, 2025", "2025-03-04"),
        ("Posted 2025.03.04 10:02", "2025-03-04"),
        ("Published Tue, Mar 4 20259:15 AM EST", "2025-03-04"),  # the time run into the year
        ("31/02/2025", None),  # no such day
        ("Version 2.1.2025", None),
        ("The 2025 budget", None),
    ],
)
def test_full_dates_are_read_in_the_usual_orders(text: str, iso: str | None) -> None:
    assert clean_dates.full_date(text) == iso
