"""A digest: one briefing of a story told by several articles (the CLI's --digest, and /digest).

    digest = make_digest([("a.txt", briefing_a), ("b.html", briefing_b)], failures=[("c", "no such file")])
    digest_to_dict(digest)          # JSON: each article's short summary and quotes, the union of the rest

One short summary and the key quotes per article; the countries and leaders
of all (a country's mentions added up, a leader once, by name); the meetings
of all, with the same meeting told by two articles merged into one (same
people, same kind, its place and day taken from whichever article gives them).
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from typing import Any

from bot.errors import NewsbriefError, WorkTimedOut
from newsbrief.model import Briefing, Country, Meeting, Person, Source
from newsbrief.serialize import SCHEMA, briefing_to_dict

log = logging.getLogger("newsbrief.bot")

MAX_ARTICLES = 5
SUMMARY_PER_ARTICLE = 2  # sentences: the lede and one more
QUOTES_PER_ARTICLE = 2


@dataclass(frozen=True)
class DigestItem:
    source: str  # as the user gave it: a link or a file name
    briefing: Briefing


@dataclass(frozen=True)
class Digest:
    items: tuple[DigestItem, ...]
    failures: tuple[tuple[str, str], ...] = ()  # (source, why it could not be briefed)
    countries: tuple[Country, ...] = ()
    leaders: tuple[Person, ...] = ()
    meetings: tuple[Meeting, ...] = ()


def _participants_key(m: Meeting) -> frozenset[tuple[str | None, str | None]]:
    return frozenset((p.name, None if p.name else p.country) for p in m.participants)


def merge_meetings(meetings: list[Meeting]) -> tuple[Meeting, ...]:
    """Meetings of several articles, each once: the same people and kind are one meeting."""
    merged: dict[tuple[frozenset, str, bool], Meeting] = {}
    for m in meetings:
        key = (_participants_key(m), m.kind, m.planned)
        seen = merged.get(key)
        if seen is None:
            merged[key] = m
        else:  # one article may give the place, another the day
            merged[key] = replace(
                seen,
                where=seen.where or m.where,
                when=seen.when or m.when,
                background=seen.background and m.background,
            )
    return tuple(merged.values())


def make_digest(items: list[DigestItem], failures: list[tuple[str, str]] | None = None) -> Digest:
    countries: dict[str, Country] = {}
    leaders: dict[str, Person] = {}
    meetings: list[Meeting] = []
    for item in items:
        b = item.briefing
        for c in b.countries:
            had = countries.get(c.code)
            countries[c.code] = replace(had, mentions=had.mentions + c.mentions) if had else c
        for p in b.leaders:
            had_person = leaders.get(p.name)
            leaders[p.name] = (
                replace(had_person, mentions=had_person.mentions + p.mentions) if had_person else p
            )
        meetings += b.meetings
    return Digest(
        items=tuple(items),
        failures=tuple(failures or ()),
        countries=tuple(sorted(countries.values(), key=lambda c: -c.mentions)),
        leaders=tuple(sorted(leaders.values(), key=lambda p: -p.mentions)),
        meetings=merge_meetings(meetings),
    )


def digest_to_dict(d: Digest) -> dict[str, Any]:
    """The digest as JSON: per article its source, short summary and key quotes; the union of the rest."""
    articles = []
    for item in d.items:
        full = briefing_to_dict(item.briefing)
        articles.append(
            {
                "input": item.source,
                "source": full["source"],
                "summary": full["summary"][:SUMMARY_PER_ARTICLE],
                "quotes": full["quotes"][:QUOTES_PER_ARTICLE],
            }
        )
    union = briefing_to_dict(
        Briefing(source=Source(), countries=d.countries, leaders=d.leaders, meetings=d.meetings)
    )
    return {
        "schema": SCHEMA,
        "kind": "digest",  # not a briefing: a reader of briefings tells it by this key
        "digest": True,
        "articles": articles,
        "failed": [{"input": source, "error": why} for source, why in d.failures],
        "countries": union["countries"],
        "leaders": union["leaders"],
        "meetings": union["meetings"],
    }


# --- the bot's /digest: links briefed side by side -----------------------------------------


async def digest_links(
    links: list[str],
    *,
    brief_one: Callable[[str], Awaitable[Briefing]],
    time_limit_s: float,
) -> Digest:
    """Brief every link at once (each with its own time limit) and make one digest of them.

    `brief_one(link)` is the bot's one way from a link to a briefing (bot/jobs.brief_link
    with its fetcher, cache and workers). A link that fails is named with why, in
    the order given; the others are still briefed. An unexpected failure is logged
    with an error id, which the reply names.
    """

    async def one(link: str) -> Briefing:
        async with asyncio.timeout(time_limit_s):
            return await brief_one(link)

    links = list(dict.fromkeys(links))[:MAX_ARTICLES]
    results = await asyncio.gather(*(one(link) for link in links), return_exceptions=True)
    items: list[DigestItem] = []
    failures: list[tuple[str, str]] = []
    for link, result in zip(links, results, strict=True):
        if isinstance(result, Briefing):
            items.append(DigestItem(link, result))
        elif isinstance(result, NewsbriefError):
            failures.append((link, result.user_message))
        elif isinstance(result, TimeoutError):
            failures.append((link, WorkTimedOut().user_message))
        elif isinstance(result, Exception):
            error_id = secrets.token_hex(4)
            log.error("digest: unexpected error id=%s", error_id, exc_info=result)
            failures.append((link, f"Something went wrong (error id `{error_id}`)."))
        else:  # a BaseException (cancelled): not ours to swallow
            raise result
    return make_digest(items, failures)
