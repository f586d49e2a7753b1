"""The publication date of a pasted article, read from its date lines.

Pages print the date near the byline ("Published 14 May 2025, 16:32 GMT |
Updated ...", "Nov. 19, 2019", "By Jane Roe, March 4, 2025"), and some wire
stories carry it in the dateline ("WASHINGTON, March 4, 2025 (AP) -"). Only a
full date (day, month and year) is taken: "March 4" alone could be any year.
The result is an ISO 8601 date ("2025-05-14"), like trafilatura's for HTML.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from newsbrief.calendar import MONTH_WORD, month_number
from newsbrief.clean.units import Label, Unit
from newsbrief.model import RemovedLine

_MONTH_NAME = rf"(?P<{{}}>{MONTH_WORD})\.?"
# A year, perhaps with the time run into it by the copy: "Nov 20 20194:29 AM".
_YEAR = r"(?P<{}>(?:19|20)\d\d)(?:(?!\d)|(?=\d{{1,2}}:\d\d))"
_DAY = r"(?P<{}>[0-3]?\d)(?:st|nd|rd|th)?"
_FULL_DATE = re.compile(
    # "March 4, 2025", "Nov. 19 2019"
    rf"\b{_MONTH_NAME.format('m1')}\s+{_DAY.format('d1')},?\s+{_YEAR.format('y1')}"
    # "14 May 2025", "20 Nov, 2019", "4th of March 2025"
    rf"|\b{_DAY.format('d2')}(?:\s+of)?\s+{_MONTH_NAME.format('m2')},?\s+{_YEAR.format('y2')}"
    # "2025-05-14", "2019-11-19T12:48:14Z", "2025.05.14 16:32", "2025/05/14"
    r"|(?<![\d.])(?P<y3>(?:19|20)\d\d)(?P<sep>[-./])(?P<m3>[01]\d)(?P=sep)(?P<d3>[0-3]\d)(?!\d)"
    # "18.11.2019", "21/06/2014", "11.14.2019": day and month told apart only when one is above 12
    r"|(?<![\d.])(?P<a4>[0-3]?\d)[./](?P<b4>[0-3]?\d)[./](?P<y4>(?:19|20)\d\d)(?!\d)",
    re.I,
)
# A date line's own words for when the story came out, and for a later change.
_PUBLISHED_WORD = re.compile(r"\b(?:published|posted|first published|released|issued)\b", re.I)
_UPDATED_WORD = re.compile(r"\b(?:updated|last updated|modified|last modified|edited|corrected)\b", re.I)


def full_date(text: str) -> str | None:
    """The first full calendar date in `text` as "YYYY-MM-DD", or None."""
    for m in _FULL_DATE.finditer(text):
        iso = _iso(m)
        if iso:
            return iso
    return None


def _iso(m: re.Match[str]) -> str | None:
    g = m.groupdict()
    if g["y1"] or g["y2"]:
        k = "1" if g["y1"] else "2"
        year, month, day = int(g["y" + k]), month_number(g["m" + k]), int(g["d" + k])
    elif g["y3"]:
        year, month, day = int(g["y3"]), int(g["m3"]), int(g["d3"])
    else:
        a, b, year = int(g["a4"]), int(g["b4"]), int(g["y4"])
        if a > 12 >= b:
            day, month = a, b
        elif b > 12 >= a:
            month, day = a, b
        else:
            return None  # 04/05/2025: April or May, depending on the country
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def published_date(date_lines: Iterable[str], lead: str | None = None) -> str | None:
    """The publication date from the page's date lines (nearest the story first), else the lead's dateline.

    A "Published ..." date wins over a bare one, and a bare one over an
    "Updated ..." one; in "Published 14 May | Updated 15 May" each half counts
    for what it says.
    """
    published: str | None = None
    bare: str | None = None
    updated: str | None = None
    for line in date_lines:
        change = _UPDATED_WORD.search(line)
        first_half, second_half = (line[: change.start()], line[change.start() :]) if change else (line, "")
        if change and change.start() == 0:
            updated = updated or full_date(line)
            continue
        date = full_date(first_half)
        if date and _PUBLISHED_WORD.search(first_half):
            published = published or date
        elif date:
            bare = bare or date
        if second_half:
            updated = updated or full_date(second_half)
    return published or bare or updated or (lead_date(lead) if lead else None)


# A wire dateline ending in a dash or colon within the first words of the lead:
# "WASHINGTON, March 4, 2025 (AP) — ...", "March 4, 2025 - ...".
_LEAD_DATELINE = re.compile(r"^(?:[^.!?\"“]|\.(?!\s+[A-Z][a-z])){0,80}?\s(?:—|–|--|-|:)\s")


def lead_date(lead: str) -> str | None:
    """A full date in the dateline that opens the story's first paragraph."""
    m = _LEAD_DATELINE.match(lead)
    return full_date(m.group(0)) if m else None


_DATE_LINE_START = re.compile(r"^\W*(?:first |last )?(?:published|posted|updated|modified)\b", re.I)


def page_published(
    units: list[Unit],
    labels: list[Label],
    span: tuple[int, int, int | None],
    inline_removed: list[RemovedLine],
    fields: dict[str, str],
) -> str | None:
    """The publication date from the date lines by the headline or the top of the story.

    The page's own date sits with the headline and byline, so date lines
    next to the headline come first, then those nearest the story's top. A
    run of lines with three different dates is a list of other stories (each
    title with its date): none of those counts.
    """
    start, end, headline = span
    for key, value in fields.items():
        # "date:", "published:", "published_at:", "pubdate:" in saved front matter
        if key in ("date", "pubdate") or key.startswith("publish"):
            date = full_date(value)
            if date:
                return date
    window = range(max(0, start - 15), min(end, start + 10))
    dated = [i for i in window if labels[i].kind in ("dateline", "byline") or _date_line_start(units[i])]
    dates = {i: full_date(units[i].text) for i in dated}
    listed = {i for i in dated if len({dates[k] for k in dated if dates[k] and abs(k - i) <= 6}) >= 3}
    anchor = headline if headline is not None else start
    near_headline = [i for i in dated if headline is not None and -3 <= i - headline <= 6 and i not in listed]
    rest = sorted((i for i in dated if i not in listed), key=lambda i: abs(i - start + 0.5))
    lines = [r.text for r in inline_removed if r.reason == "dateline" or _DATE_LINE_START.match(r.text)]
    lines += [units[i].text for i in sorted(near_headline, key=lambda i: abs(i - anchor))]
    lines += [units[i].text for i in rest if i not in near_headline]
    lead = next((units[i].text for i in range(start, end) if labels[i].kind == "prose"), None)
    return published_date(lines, lead)


def _date_line_start(unit: Unit) -> bool:
    return bool(_DATE_LINE_START.match(unit.text)) and unit.words <= 20
