"""The pure engine: article text or HTML in, a frozen `Briefing` out.

One way through: clean -> Document (sentences with offsets) -> Cast (countries,
people, bodies and all their mentions) -> Readings (one record per sentence: its
subject, leading phrase, quotations, reporting verbs) -> summary, quotes,
meetings -> Briefing.
No discord, no network: callers at the edges fetch and render.
"""

from __future__ import annotations

import re
import time

from newsbrief import page_size, places, readings, sentences, summary
from newsbrief.cast import people
from newsbrief.clean import page as clean
from newsbrief.errors import InputTooLarge, NoArticleText
from newsbrief.meetings import find as meetings
from newsbrief.model import Briefing, Document, ExtractedArticle, Source
from newsbrief.quotes import find as quotes
from newsbrief.quotes.marks import find_quotations

__all__ = ["brief", "build_document", "looks_like_html", "MAX_TEXT_CHARS", "MAX_HTML_BYTES"]

# Twenty times the longest news feature; past this it is not an article.
MAX_TEXT_CHARS = 1_000_000
MAX_HTML_BYTES = 12_000_000

_HTML_START = re.compile(r"\A\s*(?:<!doctype html|<html|<\?xml[^>]*>\s*<html|<head|<body)", re.I)
_TAG = re.compile(r"<(?:p|div|span|a|br|script|meta|article|section)\b", re.I)


def looks_like_html(data: str) -> bool:
    """True for a web page rather than pasted text (a stray <b> is not a page)."""
    if _HTML_START.match(data[:2000]):
        return True
    return len(_TAG.findall(data[:20000])) >= 10


def build_document(raw_text: str, title: str | None = None) -> Document:
    """Clean a paste and split it into sentences: the one Document for a run."""
    cleaned = clean.clean_text(raw_text)
    if title and not cleaned.title:
        cleaned = clean.with_title(cleaned, title)
    return sentences.split_document(cleaned)


def brief(
    data: str,
    url: str | None = None,
    *,
    n_sentences: int | None = None,
    html: bool | None = None,
    article: ExtractedArticle | None = None,
) -> Briefing:
    """Brief one article.

    `data` is pasted text or an HTML page (`html=None` guesses which). A caller
    that has already extracted the page passes `article` instead.
    """
    timings: dict[str, float] = {}
    t_start = time.perf_counter()
    mark = t_start

    def lap(stage: str) -> None:
        nonlocal mark
        now = time.perf_counter()
        timings[stage] = round((now - mark) * 1000, 2)
        mark = now

    if article is None:
        if html is None:
            html = looks_like_html(data)
        if html:
            if len(data) > MAX_HTML_BYTES:
                raise InputTooLarge("page", size=len(data), limit=MAX_HTML_BYTES)
            # before extraction, which a page of too many tags would hold for a minute
            page_size.check_page_size(data, MAX_TEXT_CHARS)
            # Imported here: trafilatura costs about 0.2 s to import, which a paste of text never needs.
            from newsbrief import extract

            article = extract.read_html_article(data, url=url)
            lap("extract")
        else:
            article = ExtractedArticle(text=data, url=url)
    if len(article.text) > MAX_TEXT_CHARS:
        raise InputTooLarge("text", size=len(article.text), limit=MAX_TEXT_CHARS)
    from newsbrief.language import check_english, check_english_early

    check_english_early(article.text)  # a long paste in another language is refused before it is read

    cleaned = clean.clean_text(article.text)
    if article.title and not cleaned.title:
        cleaned = clean.with_title(cleaned, article.title)
    lap("clean")
    doc = sentences.split_document(cleaned)
    lap("sentences")
    if not any(s.kind == "body" for s in doc.sentences):
        raise NoArticleText()
    check_english(doc)  # newsbrief reads English: anything else is refused, not misread

    country_mentions = places.find_country_mentions(doc)
    lap("places")
    # Quote marks are read once: the Cast's pronoun links and the sentence record share them.
    quotations = find_quotations(doc)
    cast = people.build_cast(doc, country_mentions, quotations)
    lap("people")
    read = readings.read_sentences(doc, cast, quotations)
    lap("readings")
    picked = summary.summarize(doc, cast, n_sentences)
    lap("summary")
    found_quotes = quotes.find_quotes(doc, cast, read, quotations)
    lap("quotes")
    found_meetings = meetings.find_meetings(doc, cast, read)
    lap("meetings")

    source = Source(
        url=article.url or url,
        title=article.title or doc.title,
        site=article.site,
        author=article.author or doc.author,
        published=article.published or doc.published,
        words=sum(1 for _ in re.finditer(r"\w+(?:['’-]\w+)*", " ".join(s.text for s in doc.sentences))),
    )
    timings["total"] = round((time.perf_counter() - t_start) * 1000, 2)
    return Briefing(
        source=source,
        summary=picked,
        quotes=found_quotes,
        countries=cast.countries,
        leaders=cast.leaders,
        meetings=found_meetings,
        removed=doc.removed,
        timings_ms=timings,
    )
