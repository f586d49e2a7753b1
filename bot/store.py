"""The link cache: briefings of fetched pages, by link, in an embedded SQLite file (aiosqlite).

A second /summarize of the same link within the time to live answers from
here without fetching. The cache is a convenience, never a reason to fail: a
corrupt, locked or unwritable database is reported once in the log and the
bot carries on without it.
"""

from __future__ import annotations

import contextlib
import json
import logging
import sqlite3
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import aiosqlite

from newsbrief.model import Briefing
from newsbrief.serialize import briefing_from_dict, briefing_to_dict

if TYPE_CHECKING:
    from bot.config import Settings

log = logging.getLogger(__name__)


async def close_quietly(db: aiosqlite.Connection | None, what: str) -> None:
    """Close a store's connection at shutdown; a failure then is logged, not raised."""
    if db is None:
        return
    try:
        await db.close()
    except (sqlite3.Error, OSError, ValueError) as err:
        log.debug("closing %s failed: %r", what, err)


_SCHEMA = """
CREATE TABLE IF NOT EXISTS briefings (
    url TEXT NOT NULL,
    sentences INTEGER NOT NULL,   -- the summary length asked for; 0 = the default
    stored_at REAL NOT NULL,      -- seconds since the epoch
    record TEXT NOT NULL,         -- JSON, see cache_record()
    PRIMARY KEY (url, sentences)
);
CREATE INDEX IF NOT EXISTS briefings_by_age ON briefings (stored_at);
"""


def cache_record(b: Briefing) -> str:
    """The contract's JSON plus what it leaves out (exact scores, quote offsets, removed lines)."""
    d: dict[str, Any] = briefing_to_dict(b, debug=True)
    for out, q in zip(d["quotes"], b.quotes, strict=True):
        out.update(score=q.score, start=q.start, end=q.end)
    return json.dumps(d, ensure_ascii=False)


class BriefingCache:
    """Briefings by (normalised link, summary length), with a time to live and a size bound.

    `clock` (seconds, like time.time) is injectable for tests. Every method is
    safe to call when the cache is closed or disabled: get() then misses and
    put() does nothing. Await close() on shutdown: aiosqlite's worker thread
    keeps the process alive until then.
    """

    def __init__(
        self,
        path: Path | str,
        *,
        ttl_seconds: float = 6 * 3600,
        max_entries: int = 2000,
        busy_timeout: float = 1.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.path = Path(path)
        self.ttl_seconds = ttl_seconds
        self.max_entries = max_entries
        self.busy_timeout = busy_timeout
        self._clock = clock
        self._db: aiosqlite.Connection | None = None
        self.problem: str | None = None  # why the cache was turned off, once it has been

    @classmethod
    def from_settings(cls, settings: Settings) -> BriefingCache:
        return cls(
            settings.cache_file,
            ttl_seconds=settings.cache_ttl_seconds,
            max_entries=settings.cache_max_entries,
        )

    @property
    def enabled(self) -> bool:
        return self._db is not None

    async def open(self) -> None:
        """Open (or create) the database; on any failure, carry on without a cache."""
        if self._db is not None or self.problem is not None:
            return
        if self.ttl_seconds <= 0 or self.max_entries <= 0:
            self.problem = "turned off by its settings (time to live or size 0)"
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = await aiosqlite.connect(self.path, timeout=self.busy_timeout)
            await self._db.execute("PRAGMA journal_mode=WAL")
            await self._db.executescript(_SCHEMA)
            await self._db.commit()
        except (sqlite3.Error, OSError, ValueError) as err:
            await self._give_up(err)

    async def close(self) -> None:
        db, self._db = self._db, None
        await close_quietly(db, "the link cache")

    async def __aenter__(self) -> BriefingCache:
        await self.open()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def get(self, url: str, *, n_sentences: int | None = None) -> Briefing | None:
        """The cached briefing for `url`, if one younger than the time to live is there."""
        if self._db is None:
            return None
        oldest = self._clock() - self.ttl_seconds
        try:
            async with self._db.execute(
                "SELECT record FROM briefings WHERE url = ? AND sentences = ? AND stored_at > ?",
                (url, n_sentences or 0, oldest),
            ) as cursor:
                row = await cursor.fetchone()
        except (sqlite3.Error, OSError, ValueError) as err:
            await self._give_up(err)
            return None
        if row is None:
            return None
        try:
            return briefing_from_dict(json.loads(row[0]))
        except (ValueError, KeyError, TypeError) as err:
            log.warning("dropping an unreadable link-cache entry for %s: %r", url, err)
            await self._run("DELETE FROM briefings WHERE url = ? AND sentences = ?", (url, n_sentences or 0))
            return None

    async def put(self, url: str, briefing: Briefing, *, n_sentences: int | None = None) -> None:
        """Store a briefing, drop expired ones, and keep only the newest max_entries."""
        await self.put_all((url,), briefing, n_sentences=n_sentences)

    async def put_all(
        self, urls: Iterable[str], briefing: Briefing, *, n_sentences: int | None = None
    ) -> None:
        """Store one briefing under several links (serialised once, one transaction), then tidy up."""
        if self._db is None:
            return
        now = self._clock()
        record = cache_record(briefing)
        inserts: list[Any] = []
        for url in dict.fromkeys(urls):
            inserts += [
                "INSERT OR REPLACE INTO briefings (url, sentences, stored_at, record) VALUES (?, ?, ?, ?)",
                (url, n_sentences or 0, now, record),
            ]
        await self._run(
            *inserts,
            "DELETE FROM briefings WHERE stored_at <= ?",
            (now - self.ttl_seconds,),
            "DELETE FROM briefings WHERE rowid IN "
            "(SELECT rowid FROM briefings ORDER BY stored_at DESC, rowid DESC LIMIT -1 OFFSET ?)",
            (self.max_entries,),
        )

    async def count(self) -> int:
        if self._db is None:
            return 0
        try:
            async with self._db.execute("SELECT COUNT(*) FROM briefings") as cursor:
                row = await cursor.fetchone()
        except (sqlite3.Error, OSError, ValueError) as err:
            await self._give_up(err)
            return 0
        return int(row[0]) if row else 0

    async def _run(self, *statements: Any) -> None:
        """Run (sql, params) pairs in one transaction; a failure turns the cache off."""
        if self._db is None:
            return
        try:
            for sql, params in zip(statements[::2], statements[1::2], strict=True):
                await self._db.execute(sql, params)
            await self._db.commit()
        except (sqlite3.Error, OSError, ValueError) as err:
            await self._give_up(err)

    async def _give_up(self, err: BaseException) -> None:
        """Report the problem once and go on without a cache."""
        if self.problem is None:
            self.problem = f"{type(err).__name__}: {err}"
            log.warning(
                "The link cache at %s does not work (%s); going on without it. "
                "Delete or move the file to start a fresh cache.",
                self.path,
                self.problem,
            )
        await self.close()


# --- reports of wrong briefings ----------------------------------------------------------

_REPORTS_SCHEMA = """
CREATE TABLE IF NOT EXISTS reports (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    reported_at REAL NOT NULL,    -- seconds since the epoch
    user_id INTEGER NOT NULL,     -- who reported (to thank or ask back); no name, no message text
    guild_id INTEGER,             -- where; NULL in a direct message
    what_is_wrong TEXT NOT NULL,  -- the reporter's words
    briefing TEXT NOT NULL        -- the briefing's JSON, as the contract gives it
);
"""
REPORT_MAX_CHARS = 1000  # what the report form takes


class ReportStore:
    """Reports of wrong briefings, with the briefing's JSON, for the bot's owner.

    Kept in the cache's SQLite file (its own table, never expired); the owner
    lists them with `newsbrief-bot reports`. With REDIS_URL they go to Redis
    instead (bot/redis_store.RedisReports), where every process's reports meet.
    Unlike the cache, a report that cannot be stored is an error the reporter
    is told about.
    """

    def __init__(
        self, path: Path | str, *, busy_timeout: float = 5.0, clock: Callable[[], float] = time.time
    ):
        self.path, self.busy_timeout, self._clock = Path(path), busy_timeout, clock

    @classmethod
    def from_settings(cls, settings: Settings) -> ReportStore:
        return cls(settings.cache_file)

    async def add(self, briefing: Briefing, what_is_wrong: str, *, user_id: int, guild_id: int | None) -> int:
        """Keep one report; returns its number."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        record = json.dumps(briefing_to_dict(briefing), ensure_ascii=False)
        async with aiosqlite.connect(self.path, timeout=self.busy_timeout) as db:
            await db.executescript(_REPORTS_SCHEMA)
            cursor = await db.execute(
                "INSERT INTO reports (reported_at, user_id, guild_id, what_is_wrong, briefing) "
                "VALUES (?, ?, ?, ?, ?)",
                (self._clock(), user_id, guild_id, what_is_wrong[:REPORT_MAX_CHARS], record),
            )
            await db.commit()
            return int(cursor.lastrowid or 0)

    async def close(self) -> None:
        pass  # a connection for each report: nothing stays open


def list_reports(path: Path | str) -> list[dict[str, Any]]:
    """Every report in the database at `path`, newest first (for `newsbrief-bot reports`)."""
    if not Path(path).exists():
        return []
    with contextlib.closing(sqlite3.connect(path)) as db:
        db.executescript(_REPORTS_SCHEMA)
        rows = db.execute(
            "SELECT id, reported_at, user_id, guild_id, what_is_wrong, briefing FROM reports "
            "ORDER BY reported_at DESC, id DESC"
        ).fetchall()
    return [report_listing(*row) for row in rows]


def report_listing(
    number: int, at: float, user_id: int, guild_id: int | None, what_is_wrong: str, briefing: str
) -> dict[str, Any]:
    """One report as `newsbrief-bot reports` prints it, from either store."""
    return {
        "id": number,
        "reported_at": datetime.fromtimestamp(at, tz=UTC).isoformat(timespec="seconds"),
        "user_id": str(user_id),
        "guild_id": str(guild_id) if guild_id is not None else None,
        "what_is_wrong": what_is_wrong,
        "briefing": json.loads(briefing),
    }
