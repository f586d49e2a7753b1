"""The bot's stores in Redis (REDIS_URL): the link cache, the rates, per-server settings and reports of
wrong briefings, shared by every bot process on every machine that points at the same Redis.

    state = await open_redis_state(settings)    # refuses to start when Redis does not answer

The same methods as the one-machine stores (bot/store.BriefingCache and
bot/state.py), so the bot does not know which it has. Keys start with
"newsbrief:". Cache entries and rate windows expire by Redis's own TTL; the
cache has no entry count bound of its own here: give Redis a `maxmemory` and
`maxmemory-policy volatile-ttl` to bound it. A cache that fails is a miss (the
bot carries on and says so once in the log), as with SQLite; a rate that cannot
be read lets the request through (one log line); settings and reports that fail
are an error the user hears about. Reports are the one thing kept without a
TTL: `volatile-ttl` never evicts them.
"""

from __future__ import annotations

import json
import logging
import time
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import redis.asyncio as redis
from redis.exceptions import RedisError

from bot.errors import SettingsError
from bot.state import State
from bot.store import REPORT_MAX_CHARS, cache_record, report_listing
from newsbrief.model import Briefing
from newsbrief.serialize import briefing_from_dict, briefing_to_dict

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from bot.config import Settings

log = logging.getLogger(__name__)

PREFIX = "newsbrief:"

# One fixed window per key: the first take starts it; more than `limit` takes in it wait for its end.
_TAKE = """
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
if n > tonumber(ARGV[1]) then
  redis.call('DECR', KEYS[1])
  local left = redis.call('PTTL', KEYS[1])
  if left < 0 then
    redis.call('PEXPIRE', KEYS[1], ARGV[2])
    left = tonumber(ARGV[2])
  end
  return math.max(left, 1)
end
return 0
"""
_GIVE_BACK = """
local n = tonumber(redis.call('GET', KEYS[1]) or '0')
if n > 1 then return redis.call('DECR', KEYS[1]) end
redis.call('DEL', KEYS[1])
return 0
"""


def where(url: str) -> str:
    """The Redis address for the log, without a password."""
    parts = urlsplit(url)
    if not parts.hostname:  # unix:///path/to/redis.sock
        return f"Redis at {parts.scheme}://{parts.path}"
    port = f":{parts.port}" if parts.port else ""
    return f"Redis at {parts.scheme}://{parts.hostname}{port}{parts.path}"


class RedisLinkCache:
    """Briefings by (normalised link, summary length), each with the cache's time to live."""

    def __init__(self, client: redis.Redis, *, ttl_seconds: float) -> None:
        self._client, self.ttl_seconds = client, ttl_seconds
        self.problem: str | None = None  # the last failure, reported once until it works again

    @property
    def enabled(self) -> bool:
        return self.ttl_seconds > 0

    @staticmethod
    def _key(url: str, n_sentences: int | None) -> str:
        return f"{PREFIX}brief:{n_sentences or 0}:{url}"

    async def open(self) -> None:
        pass

    async def close(self) -> None:
        pass  # the client is State's, closed with the rates

    async def get(self, url: str, *, n_sentences: int | None = None) -> Briefing | None:
        if not self.enabled:
            return None
        try:
            raw = await self._client.get(self._key(url, n_sentences))
        except RedisError as err:
            self._trouble(err)
            return None
        self._fine()
        if raw is None:
            return None
        try:
            return briefing_from_dict(json.loads(raw))
        except (ValueError, KeyError, TypeError) as err:
            log.warning("dropping an unreadable link-cache entry for %s: %r", url, err)
            return None

    async def put(self, url: str, briefing: Briefing, *, n_sentences: int | None = None) -> None:
        await self.put_all((url,), briefing, n_sentences=n_sentences)

    async def put_all(
        self, urls: Iterable[str], briefing: Briefing, *, n_sentences: int | None = None
    ) -> None:
        if not self.enabled:
            return
        record = cache_record(briefing)
        ttl_ms = int(self.ttl_seconds * 1000)
        try:
            async with self._client.pipeline(transaction=False) as pipe:
                for url in dict.fromkeys(urls):
                    pipe.set(self._key(url, n_sentences), record, px=ttl_ms)
                await pipe.execute()
        except RedisError as err:
            self._trouble(err)
            return
        self._fine()

    async def count(self) -> int:
        n = 0
        async for _ in self._client.scan_iter(match=f"{PREFIX}brief:*", count=500):
            n += 1
        return n

    def _trouble(self, err: RedisError) -> None:
        if self.problem is None:
            self.problem = f"{type(err).__name__}: {err}"
            log.warning("The link cache in Redis does not answer (%s); briefing without it.", self.problem)

    def _fine(self) -> None:
        if self.problem is not None:
            log.info("The link cache in Redis answers again.")
            self.problem = None


class RedisRates:
    """Fixed windows in Redis: a user's cooldown holds in every process."""

    def __init__(self, client: redis.Redis) -> None:
        self._client = client
        self._take = client.register_script(_TAKE)
        self._give_back = client.register_script(_GIVE_BACK)
        self._warned = False

    async def take(self, key: str, limit: int, window_s: float) -> float:
        try:
            left_ms = await self._take(
                keys=[f"{PREFIX}rate:{key}"], args=[limit, max(1, int(window_s * 1000))]
            )
        except RedisError as err:
            if not self._warned:
                self._warned = True
                log.warning("Rates in Redis cannot be read (%r); letting requests through meanwhile.", err)
            return 0.0
        self._warned = False
        return int(left_ms) / 1000

    async def give_back(self, key: str) -> None:
        try:
            await self._give_back(keys=[f"{PREFIX}rate:{key}"])
        except RedisError as err:
            log.debug("giving back a rate failed: %r", err)

    async def close(self) -> None:
        await self._client.aclose()


class RedisServerSettings:
    """Per-server settings as Redis sets, and the links briefed in a channel as keys with a TTL."""

    def __init__(self, client: redis.Redis) -> None:
        self._client = client

    async def open(self) -> None:
        pass

    async def close(self) -> None:
        pass  # the client is closed with the rates

    async def autobrief_channels(self, guild_id: int) -> frozenset[int]:
        members = await self._client.smembers(f"{PREFIX}guild:{guild_id}:autobrief")
        return frozenset(int(m) for m in members)

    async def set_autobrief(self, guild_id: int, channel_id: int, on: bool) -> None:
        key = f"{PREFIX}guild:{guild_id}:autobrief"
        if on:
            await self._client.sadd(key, str(channel_id))
        else:
            await self._client.srem(key, str(channel_id))

    async def first_post(self, channel_id: int, link: str, ttl_s: float) -> bool:
        key = f"{PREFIX}seen:{channel_id}:{link}"
        return bool(await self._client.set(key, int(time.time()), nx=True, px=max(1, int(ttl_s * 1000))))

    async def forget_post(self, channel_id: int, link: str) -> None:
        await self._client.delete(f"{PREFIX}seen:{channel_id}:{link}")


class RedisReports:
    """Reports of wrong briefings as one Redis list, newest first, numbered by a shared counter:
    `newsbrief-bot reports` on any machine lists every process's reports."""

    LIST, COUNTER = f"{PREFIX}reports", f"{PREFIX}reports:last"

    def __init__(self, client: redis.Redis, *, clock: Callable[[], float] = time.time) -> None:
        self._client, self._clock = client, clock

    async def add(self, briefing: Briefing, what_is_wrong: str, *, user_id: int, guild_id: int | None) -> int:
        """Keep one report; returns its number."""
        number = int(await self._client.incr(self.COUNTER))
        report = {
            "id": number,
            "reported_at": self._clock(),
            "user_id": user_id,
            "guild_id": guild_id,
            "what_is_wrong": what_is_wrong[:REPORT_MAX_CHARS],
            "briefing": json.dumps(briefing_to_dict(briefing), ensure_ascii=False),
        }
        await self._client.lpush(self.LIST, json.dumps(report, ensure_ascii=False))
        return number

    async def listing(self) -> list[dict[str, Any]]:
        """Every report, newest first, as `newsbrief-bot reports` prints it."""
        rows = [json.loads(raw) for raw in await self._client.lrange(self.LIST, 0, -1)]
        rows.sort(key=lambda r: (r["reported_at"], r["id"]), reverse=True)  # machines' clocks differ a little
        return [
            report_listing(
                r["id"], r["reported_at"], r["user_id"], r["guild_id"], r["what_is_wrong"], r["briefing"]
            )
            for r in rows
        ]

    async def close(self) -> None:
        pass  # the client is closed with the rates


async def list_redis_reports(url: str) -> list[dict[str, Any]]:
    """The reports kept in the Redis at `url` (for `newsbrief-bot reports` with REDIS_URL set)."""
    client = redis.from_url(url, socket_connect_timeout=5, socket_timeout=5)
    try:
        return await RedisReports(client).listing()
    except (RedisError, OSError) as err:
        raise SettingsError("redis_unreachable", raw=type(err).__name__) from None
    finally:
        await client.aclose()


async def open_redis_state(settings: Settings) -> State:
    """The stores in the Redis at REDIS_URL; a Redis that does not answer stops the start, clearly."""
    client = redis.from_url(settings.redis_url, socket_connect_timeout=5, socket_timeout=5)
    try:
        await client.ping()
    except (RedisError, OSError) as err:
        await client.aclose()
        raise SettingsError("redis_unreachable", raw=type(err).__name__) from None
    return State(
        RedisLinkCache(client, ttl_seconds=settings.cache_ttl_seconds),
        RedisRates(client),
        RedisServerSettings(client),
        RedisReports(client),
        where=where(settings.redis_url),
    )
