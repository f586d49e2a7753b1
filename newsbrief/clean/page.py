"""Pasted page text -> the article: interface lines out, captions and bylines marked.

People paste whole web pages: menus, share bars, link lists and footers come
with the article. The paste is cut into units (one line, or one paragraph of
hard-wrapped text), each unit is labelled from general signals (interface
words from our tables, notices addressed to the reader, bylines, datelines,
photo credits, truncated teasers, repeats, the shape of prose), and the
article is the run of units with the most prose: a maximum-sum segment over
per-unit scores, the classic body-text-extraction idea, so menus and link
lists around the story fall away without any per-site rule. Inside that run
the furniture is dropped, captions are kept but marked, and the headline
found just above it becomes the title. Everything removed is kept, with a
reason, in `CleanedText.removed` (shown by `newsbrief --debug`).

The steps live in sibling modules, one job each: clean_units.py (text ->
units and their shape), clean_bylines.py (bylines, datelines, credits,
captions), clean_labels.py (what each unit is), clean_span.py (where the
article and its headline are) and clean_dates.py (the publication date).
This module runs them and assembles the CleanedText.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsbrief.clean.bylines import split_inline_furniture
from newsbrief.clean.dates import page_published
from newsbrief.clean.labels import label_unit, mark_captions, mark_cards, mark_repeats
from newsbrief.clean.span import (
    article_run,
    find_headline,
    live_post_stamps,
    mark_standfirst,
    trim_run,
    unit_scores,
    with_first_live_post,
)
from newsbrief.clean.units import (
    EMAIL,
    MARKDOWN_HEADING,
    WORD,
    Unit,
    front_matter,
    make_unit,
    normalise,
    split_units,
    title_case,
)
from newsbrief.errors import InputTooLarge
from newsbrief.model import CleanedText, RemovedLine, Span


def clean_text(raw: str) -> CleanedText:
    """The article in a paste: furniture out, captions marked, headline and author found."""
    text, removed, fields = front_matter(normalise(raw))
    pieces = split_units(text)
    if len(pieces) > MAX_UNITS:
        raise InputTooLarge("lines", size=len(pieces), limit=MAX_UNITS)
    units, inline_removed, author = _units_of(pieces)
    removed += inline_removed
    labels = [label_unit(u) for u in units]
    mark_repeats(units, labels)
    mark_captions(units, labels)
    mark_cards(units, labels)

    # Text with no page furniture at all is an article already (a wire story,
    # a pasted body): everything from its first paragraph on is kept.
    looks_clean = not any(lab.kind in _FURNITURE for lab in labels)
    if looks_clean:
        first = next((i for i, lab in enumerate(labels) if lab.kind == "prose"), None)
        if first is None:
            # A paste of a sentence or two too short to read as prose ("Putin met Xi."):
            # news names someone or somewhere; "Page not found." names nobody.
            first = next((i for i, u in enumerate(units) if u.terminal and u.words >= 3 and _names(u)), None)
        start, end = (first, len(units)) if first is not None else (0, 0)
    else:
        live_stamps = live_post_stamps(units, labels)
        start, end = article_run(unit_scores(units, labels, live_stamps))
        end = with_first_live_post(units, labels, live_stamps, start, end)
    start, end = trim_run(units, labels, start, end, furniture=not looks_clean)
    mark_standfirst(units, labels, start, end)

    headline = find_headline(units, labels, start, end) if end > start else None
    title = units[headline].text if headline is not None else fields.get("title")
    author = author or next(
        (
            labels[i].author
            for i in range(max(0, start - 12), end)
            if labels[i].kind == "byline" and labels[i].author
        ),
        None,
    )
    if not author and fields.get("author"):
        author = EMAIL.sub("", fields["author"]).strip(" ()<>[]") or None
    published = page_published(units, labels, (start, end, headline), inline_removed, fields)

    kept: list[tuple[str, bool]] = []  # (text, is_caption)
    for i, (u, lab) in enumerate(zip(units, labels, strict=True)):
        if i == headline:
            # Kept as the first paragraph; sentences.py marks it "headline" (or "caption"
            # below, when it holds more than one sentence), so it is never summarised.
            kept.append((u.text, bool(re.search(r"[.!?]\s", u.text))))
        elif not start <= i < end:
            removed.append(
                RemovedLine(u.text, f"outside article ({lab.reason or _KIND_NAMES.get(lab.kind, lab.kind)})")
            )
        elif lab.kind in _DROPPED_IN_ARTICLE and (not looks_clean or lab.kind in _DROPPED_IN_CLEAN_TEXT):
            removed.append(RemovedLine(u.text, lab.reason or lab.kind))
        elif not looks_clean and lab.kind == "title" and 12 <= u.words <= 30 and title_case(u.text):
            removed.append(RemovedLine(u.text, "headline of another story"))
        else:
            kept.append((u.text, lab.kind == "caption"))
    return replace(_assemble(kept, tuple(removed), title, author), published=published)


def _names(unit: Unit) -> bool:
    """A capitalised word after the first: the sentence names someone or something."""
    return any(w[:1].isupper() for w in WORD.findall(unit.text)[1:])


# Thirty times the lines of the longest page pasted in the corpora (about 320). Each line is
# labelled on its own; a paste of more lines (a word a line, a long list) is no one article,
# and is refused (InputTooLarge "lines") before any line is labelled: it costs no more than a
# long page, and nobody is given a briefing of its first part as if of the whole (issue 15).
MAX_UNITS = 10_000


def _units_of(pieces: list[str]) -> tuple[list[Unit], list[RemovedLine], str | None]:
    """Units of the text's pieces, with furniture run into lines cut out first."""
    unit_texts: list[str] = []
    removed: list[RemovedLine] = []
    author: str | None = None
    for piece in pieces:
        md = MARKDOWN_HEADING.match(piece)
        if md:
            piece = md.group("text").strip()
        pieces, inline_removed, inline_author = split_inline_furniture(piece)
        unit_texts.extend(pieces)
        removed.extend(inline_removed)
        author = author or inline_author
    return [make_unit(t) for t in unit_texts], removed, author


# What a unit with no particular reason to go is, for `newsbrief --debug`.
_KIND_NAMES = {"short": "short line", "title": "title-like line", "prose": "prose away from the story"}
# Labels that only page furniture gets; text without any is a clean article.
_FURNITURE = frozenset({"interface", "boundary", "comments", "credit", "link", "email"})
_DROPPED_IN_ARTICLE = frozenset(
    {"byline", "dateline", "email", "interface", "teaser", "link", "credit", "repeat", "boundary", "comments"}
)
_DROPPED_IN_CLEAN_TEXT = frozenset({"byline", "dateline", "email", "repeat"})


def _assemble(
    kept: list[tuple[str, bool]], removed: tuple[RemovedLine, ...], title: str | None, author: str | None
) -> CleanedText:
    parts: list[str] = []
    paragraphs: list[Span] = []
    captions: list[Span] = []
    pos = 0
    for unit_text, is_caption in kept:
        if parts:
            parts.append("\n\n")
            pos += 2
        span = Span(pos, pos + len(unit_text))
        parts.append(unit_text)
        pos = span.end
        paragraphs.append(span)
        if is_caption:
            captions.append(span)
    return CleanedText(
        text="".join(parts),
        paragraphs=tuple(paragraphs),
        captions=tuple(captions),
        removed=removed,
        title=title,
        author=author,
    )


def with_title(cleaned: CleanedText, title: str) -> CleanedText:
    return replace(cleaned, title=title.strip() or None)
