"""How big a page is before it is extracted: extraction costs time and memory by the page's tags.

    check_page_size(html, max_text_chars)   # raises PageTooComplex or InputTooLarge("text")

Read before trafilatura parses a page (newsbrief.brief, and the bot's fetch and
command line before they hand a page on), so a page that cannot be one article
is refused in a fraction of a second, not after a minute of parsing.
"""

from __future__ import annotations

import re

from newsbrief.errors import InputTooLarge, PageTooComplex

# Extraction (trafilatura) takes time and memory by the page's tags, not its
# bytes: 200,000 short <p> took a minute and 380 MB, and each paragraph costs
# about 0.2 ms of CPU. The largest real news pages at hand have 3,200 tags
# (opening and closing); a page of 20,000 tags, all short paragraphs, is
# extracted and briefed in under 3 s of CPU. Past it a page is refused before
# it is parsed.
MAX_PAGE_TAGS = 20_000
_TAG_START = re.compile(r"<[A-Za-z/!?]")
# Searched in the lower-cased page: case-insensitive matching was ten times slower on runs of "<".
_UNSEEN_START = re.compile(r"<(script|style|template|svg)\b|<!--")
# A tag: "<" and a letter, "/", "!" or "?", to its ">" or to where the next "<"
# starts, so no scan runs past the next "<" (a stray "<" is text, as in a browser).
_TAG = re.compile(r"<[A-Za-z/!?][^<>]*+>?")


def count_tags(html: str, stop_after: int = MAX_PAGE_TAGS) -> int:
    """Tags in `html`, counted up to `stop_after` + 1 (past that the count does not matter)."""
    count = 0
    for _ in _TAG_START.finditer(html):
        count += 1
        if count > stop_after:
            break
    return count


def visible_text_chars(html: str) -> int:
    """About how many characters of text the page shows: tags, scripts, styles and comments out.

    The article trafilatura finds is part of this text, so it is never longer.
    Linear in the page: each script (or comment) is skipped to its end, found
    once; one left open hides the rest of the page. Read after `count_tags`
    has bounded the number of tags.
    """
    lowered = html.lower()
    seen: list[str] = []
    pos = 0
    while (start := _UNSEEN_START.search(lowered, pos)) is not None:
        seen.append(html[pos : start.start()])
        end_mark = "-->" if start.group(1) is None else f"</{start.group(1)}"
        end = lowered.find(end_mark, start.end())
        if end < 0:
            pos = len(html)
            break
        pos = end + len(end_mark)
        if start.group(1) is not None:  # past the closing tag's ">"
            pos = html.find(">", pos) + 1 or len(html)
    seen.append(html[pos:])
    return sum(len(" ".join(_TAG.sub(" ", part).split())) for part in seen)


def check_page_size(html: str, max_text_chars: int) -> None:
    """Refuse, before extraction, a page extraction would take long over or whose text is refused anyway.

    Raises PageTooComplex (too many tags to be one article page) or
    InputTooLarge("text") (more text than one article can have).
    """
    if count_tags(html) > MAX_PAGE_TAGS:
        raise PageTooComplex(limit=MAX_PAGE_TAGS)
    if len(html) <= max_text_chars:
        return  # its text cannot be longer than the page
    chars = visible_text_chars(html)
    if chars > max_text_chars:
        raise InputTooLarge("text", size=chars, limit=max_text_chars)
