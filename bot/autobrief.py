"""Auto-brief: a news link posted in a channel a server manager chose gets a short briefing (in a thread).

    briefer = AutoBriefer(settings, state, fetcher=..., run=bot.run_blocking, brief_fn=brief)
    reply = await briefer.brief_post(Post(guild_id, channel_id, parent_id, from_bot, content))
    # reply.briefed to send, reply.record to log once sent;
    # None: nothing to say (not opted in, no link, seen, rate-limited, not an article ...)

The rules, in order: a bot's or webhook's message is never read; the channel
(or the channel a thread is in) must be turned on for its server; the first
link in the message not briefed in this channel within the cache time is the
one briefed; a channel gets at most AUTOBRIEF_PER_MINUTE briefings a minute.
A link that fails (not an article, not English, cannot be fetched) is skipped
quietly: one log line, nothing in the channel, where a stream of error
messages would be noise. The Discord side (reading the message, sending the
reply) is cogs/autobrief.py.
"""

from __future__ import annotations

import asyncio
import logging
import re
import secrets
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from bot.errors import FetchError, NewsbriefError, TryLater, WorkTimedOut
from bot.jobs import Briefed, Runner, brief_link
from bot.web import fetch

if TYPE_CHECKING:
    from bot.client import RequestRecord
    from bot.config import Settings
    from bot.state import State

log = logging.getLogger("newsbrief.bot")
request_log = logging.getLogger("newsbrief.requests")

_LINK = re.compile(r"https?://[^\s<>()\"']+", re.I)
_SPOILER_OR_SUPPRESSED = re.compile(r"\|\|.*?\|\||<https?://[^\s>]+>", re.S)  # hidden on purpose
LINKS_PER_MESSAGE = 3  # looked at; one is briefed
RATE_WINDOW_S = 60.0


@dataclass(frozen=True)
class Post:
    """What auto-brief reads of a posted message: where it is, who sent it, its text."""

    guild_id: int | None
    channel_id: int
    parent_id: int | None  # the channel a thread is in
    from_bot: bool  # a bot or a webhook
    content: str
    message_id: int | None = None  # posts of the same text are different posts (logs, tests)


@dataclass(frozen=True)
class AutoBrief:
    """A briefing to send, and its request record (logged by the cog once the reply is sent)."""

    briefed: Briefed
    record: RequestRecord


def links_in(content: str) -> list[str]:
    """The http(s) links of a message, in order, once each; links the poster hid
    (in a spoiler, or <in angle brackets>, which stops Discord's preview) are left alone."""
    visible = _SPOILER_OR_SUPPRESSED.sub(" ", content)
    found = [m.group(0).rstrip(".,;:!?") for m in _LINK.finditer(visible)]
    return list(dict.fromkeys(found))[:LINKS_PER_MESSAGE]


def _host(link: str) -> str | None:
    try:
        return urlsplit(link).hostname
    except ValueError:
        return None


def _store_errors() -> tuple[type[BaseException], ...]:
    """Redis's errors when redis-py is installed (REDIS_URL needs it), else none."""
    try:
        from redis.exceptions import RedisError
    except ImportError:
        return ()
    return (RedisError,)


class AutoBriefer:
    """Decides whether a post gets a briefing and makes it; sending is the cog's."""

    def __init__(
        self,
        settings: Settings,
        state: State,
        *,
        fetcher: fetch.Fetcher,
        run: Runner,
        brief_fn: Callable[..., Any],
        record: Callable[[str], RequestRecord],
    ) -> None:
        self.settings, self.state, self.fetcher = settings, state, fetcher
        self.run, self.brief_fn, self._record = run, brief_fn, record
        # Briefings under way at once: twice the workers, so fetches overlap engine work.
        # The time limit starts when a place is free, not while a burst of posts queues.
        self._places = asyncio.Semaphore(max(1, settings.brief_workers) * 2)
        self._store_failing = False  # the store's failure is logged once, until it answers again

    async def brief_post(self, post: Post) -> AutoBrief | None:
        """The briefing a post gets, or None; a store that fails is logged once and the post is
        passed over quietly (a message event has no one to tell, and must not log a traceback)."""
        try:
            return await self._brief_post(post)
        except (OSError, sqlite3.Error, *_store_errors()) as err:
            if not self._store_failing:
                log.warning("auto-brief skipped: the store does not answer (%s)", type(err).__name__)
            self._store_failing = True
            return None

    async def _brief_post(self, post: Post) -> AutoBrief | None:
        if post.from_bot or post.guild_id is None:
            return None
        links = links_in(post.content)
        if not links:
            return None
        channels = await self.state.servers.autobrief_channels(post.guild_id)
        self._store_failing = False
        if post.channel_id not in channels and post.parent_id not in channels:
            return None
        rate_key = f"autobrief:{post.channel_id}"
        for link in links:
            record = self._record("autobrief")
            record.source, record.host = "message", _host(link)
            wait = await self.state.rates.take(rate_key, self.settings.autobrief_per_minute, RATE_WINDOW_S)
            if wait > 0:  # left unmarked: posted again later, it is briefed then
                record.outcome = "skipped:channel-rate"
                request_log.info(record.line())
                return None
            key = fetch.normalize_url(link)
            if not await self.state.servers.first_post(post.channel_id, key, self.settings.cache_ttl_seconds):
                await self.state.rates.give_back(rate_key)  # briefed in this channel within the cache time
                continue
            briefed, may_pass = await self._brief(link, record)
            if briefed is None and may_pass:
                # a timeout or an unreachable site may pass: posted again, the link is tried again
                await self.state.servers.forget_post(post.channel_id, key)
            return AutoBrief(briefed, record) if briefed is not None else None
        return None

    async def _brief(self, link: str, record: RequestRecord) -> tuple[Briefed | None, bool]:
        """The briefing of a link, or None and whether the failure may pass if tried again."""
        try:
            async with self._places:
                record.lap("queue")
                async with asyncio.timeout(self.settings.brief_timeout_seconds):
                    briefed = await brief_link(
                        link,
                        None,
                        fetcher=self.fetcher,
                        cache=self.state.cache,
                        run=self.run,
                        brief_fn=self.brief_fn,
                        lap=record.lap,
                    )
        except NewsbriefError as err:  # not an article, not English, unreachable: quietly
            record.outcome = f"skipped:{type(err).__name__}"
            request_log.info(record.line())
            return None, isinstance(err, (FetchError, TryLater, WorkTimedOut))
        except TimeoutError:
            record.outcome = "skipped:WorkTimedOut"
            request_log.info(record.line())
            return None, True
        except Exception:
            error_id = secrets.token_hex(4)
            record.outcome = f"crash:{error_id}"
            log.exception("auto-brief failed, error id=%s", error_id)
            request_log.info(record.line())
            return None, True
        record.words = briefed.briefing.source.words
        return briefed, False
