"""What the bot remembers besides link briefings: rate limits and each server's settings.

    rates = MemoryRates()                       # one process: cooldowns in memory
    wait = await rates.take("user:42", 1, 10.0)  # 0.0: go ahead; else seconds to wait
    servers = SqliteServerSettings(path)         # per-server settings, in the SQLite file
    await servers.set_autobrief(guild_id, channel_id, True)

Two kinds of each, with the same methods: these (one machine: memory and the
SQLite file of the link cache) and the Redis ones in bot/redis_store.py (many
processes on many machines sharing one Redis), chosen by `open_state`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import aiosqlite

from bot.store import close_quietly

if TYPE_CHECKING:
    from bot.config import Settings
    from bot.store import BriefingCache, ReportStore

log = logging.getLogger(__name__)


class Rates(Protocol):
    """At most `limit` takes of a key in a window of `window_s` seconds (a fixed window from the first)."""

    async def take(self, key: str, limit: int, window_s: float) -> float:
        """0.0 if taken; else the seconds until the key's window ends."""
        ...

    async def give_back(self, key: str) -> None:
        """Undo one take of `key` (a refused paste must not count against the user)."""
        ...

    async def close(self) -> None: ...


class ServerSettings(Protocol):
    """Per-server settings (which channels are auto-briefed) and the links briefed in a channel."""

    async def open(self) -> None: ...

    async def close(self) -> None: ...

    async def autobrief_channels(self, guild_id: int) -> frozenset[int]: ...

    async def set_autobrief(self, guild_id: int, channel_id: int, on: bool) -> None: ...

    async def first_post(self, channel_id: int, link: str, ttl_s: float) -> bool:
        """True the first time `link` comes in `channel_id` within `ttl_s` seconds (and marks it)."""
        ...

    async def forget_post(self, channel_id: int, link: str) -> None:
        """Unmark `link` in `channel_id`: its brief failed for a reason that may pass."""
        ...


class MemoryRates:
    """Rates in this process's memory: right for one process, lost on restart (they are seconds long)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic, max_keys: int = 10_000) -> None:
        self._clock, self._max_keys = clock, max_keys
        self._windows: dict[str, tuple[float, float, int]] = {}  # key -> (start, window_s, count)

    async def take(self, key: str, limit: int, window_s: float) -> float:
        now = self._clock()
        start, length, count = self._windows.get(key, (now, window_s, 0))
        if now - start >= length:
            start, length, count = now, window_s, 0
        if count >= limit:
            return length - (now - start)
        self._windows[key] = (start, length, count + 1)
        if len(self._windows) > self._max_keys:  # forget keys whose window is over
            self._windows = {k: w for k, w in self._windows.items() if now - w[0] < w[1]}
        return 0.0

    async def give_back(self, key: str) -> None:
        window = self._windows.get(key)
        if window is None:
            return
        start, length, count = window
        if count <= 1:
            del self._windows[key]
        else:
            self._windows[key] = (start, length, count - 1)

    async def close(self) -> None:
        pass


_SETTINGS_SCHEMA = """
CREATE TABLE IF NOT EXISTS autobrief_channels (
    guild_id INTEGER NOT NULL,
    channel_id INTEGER NOT NULL,
    since REAL NOT NULL,           -- seconds since the epoch
    PRIMARY KEY (guild_id, channel_id)
);
CREATE TABLE IF NOT EXISTS channel_links (
    channel_id INTEGER NOT NULL,
    url TEXT NOT NULL,             -- normalised (bot/web/fetch.normalize_url)
    briefed_at REAL NOT NULL,      -- seconds since the epoch
    PRIMARY KEY (channel_id, url)
);
CREATE INDEX IF NOT EXISTS channel_links_by_age ON channel_links (briefed_at);
"""


class SqliteServerSettings:
    """Per-server settings in the SQLite file of the link cache (their own tables), kept across restarts.

    Unlike the cache, a settings store that fails is an error the user hears about
    (with an error id): a manager who turns auto-brief on must know it did not stick.
    """

    def __init__(
        self, path: Path | str, *, busy_timeout: float = 5.0, clock: Callable[[], float] = time.time
    ) -> None:
        self.path, self.busy_timeout, self._clock = Path(path), busy_timeout, clock
        self._db: aiosqlite.Connection | None = None

    async def open(self) -> None:
        if self._db is not None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = await aiosqlite.connect(self.path, timeout=self.busy_timeout)
        await self._db.execute("PRAGMA journal_mode=WAL")
        await self._db.executescript(_SETTINGS_SCHEMA)
        await self._db.commit()

    async def close(self) -> None:
        db, self._db = self._db, None
        await close_quietly(db, "the settings store")

    async def _conn(self) -> aiosqlite.Connection:
        if self._db is None:
            await self.open()
        assert self._db is not None
        return self._db

    async def autobrief_channels(self, guild_id: int) -> frozenset[int]:
        db = await self._conn()
        async with db.execute(
            "SELECT channel_id FROM autobrief_channels WHERE guild_id = ?", (guild_id,)
        ) as cursor:
            rows = await cursor.fetchall()
        return frozenset(int(row[0]) for row in rows)

    async def set_autobrief(self, guild_id: int, channel_id: int, on: bool) -> None:
        db = await self._conn()
        if on:
            await db.execute(
                "INSERT OR IGNORE INTO autobrief_channels (guild_id, channel_id, since) VALUES (?, ?, ?)",
                (guild_id, channel_id, self._clock()),
            )
        else:
            await db.execute(
                "DELETE FROM autobrief_channels WHERE guild_id = ? AND channel_id = ?", (guild_id, channel_id)
            )
        await db.commit()

    async def first_post(self, channel_id: int, link: str, ttl_s: float) -> bool:
        db = await self._conn()
        now = self._clock()
        await db.execute("DELETE FROM channel_links WHERE briefed_at <= ?", (now - ttl_s,))
        cursor = await db.execute(
            "INSERT OR IGNORE INTO channel_links (channel_id, url, briefed_at) VALUES (?, ?, ?)",
            (channel_id, link, now),
        )
        await db.commit()
        return cursor.rowcount == 1

    async def forget_post(self, channel_id: int, link: str) -> None:
        db = await self._conn()
        await db.execute("DELETE FROM channel_links WHERE channel_id = ? AND url = ?", (channel_id, link))
        await db.commit()


@dataclass(frozen=True)
class State:
    """The stores one bot process uses; `where` names them for the log."""

    cache: BriefingCache | Any  # BriefingCache or RedisLinkCache: get, put_all, open, close
    rates: Rates
    servers: ServerSettings
    reports: ReportStore | Any  # ReportStore or RedisReports: add, close
    where: str

    async def close(self) -> None:
        for part in (self.cache, self.servers, self.reports, self.rates):  # the rates close the Redis client
            await part.close()


async def open_state(settings: Settings) -> State:
    """Redis when REDIS_URL is set (shared by every process), else this machine's memory and SQLite."""
    if settings.redis_url:
        from bot.redis_store import open_redis_state

        return await open_redis_state(settings)
    from bot.store import BriefingCache, ReportStore

    cache = BriefingCache.from_settings(settings)
    await cache.open()
    servers = SqliteServerSettings(settings.cache_file)
    await servers.open()
    reports = ReportStore.from_settings(settings)
    return State(cache, MemoryRates(), servers, reports, where=f"SQLite at {settings.cache_file}")
