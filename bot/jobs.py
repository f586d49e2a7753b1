"""Work the bot hands to its engine worker processes, and the one way from a link to a briefing.

Module-level functions (so they can be sent to another process) that import
nothing from discord: a worker loads the engine, not the Discord client.

    briefed = await brief_link(link, n_sentences, fetcher=..., cache=..., run=bot.run_blocking,
                               brief_fn=brief)

`brief_link` is the only path from a pasted link to a Briefing the bot takes:
the cache, the guarded fetch (bot/web/fetch.py), extraction and the engine in a
worker, and the cache again.
"""

from __future__ import annotations

import importlib.util
import io
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from bot.errors import worded
from bot.web import fetch
from bot.web.page import check_page_size
from newsbrief import MAX_TEXT_CHARS, looks_like_html
from newsbrief.errors import EngineError
from newsbrief.model import Briefing, Meeting, Participant, Source

if TYPE_CHECKING:
    from bot.store import BriefingCache

# Runs a module-level function and its arguments off the event loop: the bot's
# run_blocking (its worker processes), or a thread in tests.
Runner = Callable[..., Awaitable[Any]]

MEETINGS_FOR_PICTURE = 2  # a picture of one meeting says no more than its line


@dataclass(frozen=True)
class Briefed:
    briefing: Briefing
    picture: bytes | None = None  # PNG of who met whom, when there is one


def brief_text(
    brief_fn: Callable[..., Briefing], text: str, n_sentences: int | None, html: bool | None
) -> Briefed:
    if html is None:
        html = looks_like_html(text)
    if html:
        check_page_size(text, MAX_TEXT_CHARS)  # before extraction, which a huge page would hold for long
    try:
        briefing = brief_fn(text, None, n_sentences=n_sentences, html=html)
    except EngineError as err:
        raise worded(err) from err
    return Briefed(briefing, meetings_picture(briefing) if wants_picture(briefing) else None)


def brief_page(
    brief_fn: Callable[..., Briefing], page: fetch.FetchedPage, n_sentences: int | None
) -> Briefed:
    """Extract the article from a fetched page and brief it."""
    article = page.article or fetch.read_article(page)
    try:
        briefing = brief_fn(page.html, page.url, n_sentences=n_sentences, html=True, article=article)
    except EngineError as err:
        raise worded(err) from err
    return Briefed(briefing, meetings_picture(briefing) if wants_picture(briefing) else None)


def wants_picture(briefing: Briefing) -> bool:
    return len(briefing.meetings) >= MEETINGS_FOR_PICTURE and picture_available()


def meetings_picture(briefing: Briefing) -> bytes:
    from newsbrief import picture

    out = io.BytesIO()
    picture.draw_meetings(briefing, out)
    return out.getvalue()


def warm_picture() -> None:
    """Draw once so a worker has matplotlib loaded before a user waits for it."""
    if picture_available():
        meet = Meeting((Participant("A", "NO"), Participant("B", "SE")), "talks", None, None, "")
        meetings_picture(Briefing(source=Source(), meetings=(meet, meet)))


@cache  # find_spec searches the file system; this runs on the event loop for every cached link
def picture_available() -> bool:
    return importlib.util.find_spec("newsbrief.picture") is not None


def _no_lap(stage: str) -> None:
    pass


async def brief_link(
    link: str,
    n_sentences: int | None,
    *,
    fetcher: fetch.Fetcher,
    cache: BriefingCache | None,
    run: Runner,
    brief_fn: Callable[..., Briefing],
    lap: Callable[[str], None] = _no_lap,
) -> Briefed:
    """Brief the article at `link`: from the cache if it is fresh there, else fetched and briefed.

    Extraction and the engine run through `run`, off the event loop. The
    briefing is cached under the requested link, the page's final link and
    its canonical link, the last only when it is on the same site (a page must
    not be able to plant a briefing under another site's address). `lap(stage)`
    marks the end of each stage ("cache", "fetch", "engine") for the request log.
    """
    key = fetch.normalize_url(link)
    if cache is not None:
        hit = await cache.get(key, n_sentences=n_sentences)
        if hit is not None:
            lap("cache")
            picture = await run(meetings_picture, hit) if wants_picture(hit) else None
            return Briefed(hit, picture)
    page = await fetcher.fetch_page(link)
    lap("fetch")
    briefed: Briefed = await run(brief_page, brief_fn, page, n_sentences)
    lap("engine")
    if cache is not None:
        keys = {key, fetch.normalize_url(page.url)}
        canonical = briefed.briefing.source.url
        if canonical and fetch.same_site(canonical, page.url):
            keys.add(fetch.normalize_url(canonical))
        await cache.put_all(keys, briefed.briefing, n_sentences=n_sentences)
    return briefed
