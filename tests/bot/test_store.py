"""The link cache: round trips, time to live, size bound, and carrying on when the file is bad."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest

from bot.store import BriefingCache
from newsbrief.model import (
    Briefing,
    Country,
    Meeting,
    Participant,
    Person,
    Quote,
    RemovedLine,
    Source,
    SummarySentence,
)
from newsbrief.serialize import briefing_from_dict, briefing_to_dict


def sample(title: str = "Leaders meet in Lisbon") -> Briefing:
    return Briefing(
        source=Source(
            url="https://news.example/a", title=title, site="Newswire", author="Rita Oliveira", words=312
        ),
        summary=(SummarySentence("Portugal and Morocco agreed on a cable.", 0),),
        quotes=(Quote("This cable ties our grids.", "Ana Ferreira", "said", 0.8123456, 40, 66),),
        countries=(Country("PT", "Portugal", 4), Country("MA", "Morocco", 3)),
        leaders=(
            Person("Ana Ferreira", ("Ferreira",), "Prime Minister", "PT", None, True, "person", 5),
            Person("Jan Visser", (), "Secretary General", None, "NATO", True, "person", 1),
        ),
        meetings=(
            Meeting(
                (Participant("Ana Ferreira", "PT"), Participant(None, "MA")),
                "talks",
                "Lisbon",
                "on Tuesday",
                "Ferreira held talks with a Moroccan delegation in Lisbon on Tuesday.",
                False,
            ),
        ),
        removed=(RemovedLine("Share this article", "share button"),),
        timings_ms={"total": 12.5},
    )


class Clock:
    def __init__(self, now: float = 1_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_briefing_from_dict_inverts_briefing_to_dict() -> None:
    b = sample()
    d = briefing_to_dict(b, timings=True, debug=True)
    back = briefing_from_dict(d)
    assert briefing_to_dict(back, timings=True, debug=True) == d
    assert back.leaders[0].is_leader and back.leaders[1].organization == "NATO"
    assert back.meetings == b.meetings
    assert back.timings_ms == {"total": 12.5}


def test_briefing_from_dict_reads_a_plain_contract_dict() -> None:
    d = briefing_to_dict(sample())
    back = briefing_from_dict(d)
    assert back.removed == ()
    assert back.quotes[0].score == pytest.approx(0.812)


async def test_a_put_briefing_comes_back_equal(tmp_path: Path) -> None:
    async with BriefingCache(tmp_path / "c.sqlite3") as cache:
        assert cache.enabled
        await cache.put("https://news.example/a", sample())
        got = await cache.get("https://news.example/a")
        assert got == sample()  # exact scores, quote offsets and removed lines included
        assert await cache.get("https://news.example/other") is None


async def test_one_briefing_is_stored_under_several_links_at_once(tmp_path: Path) -> None:
    links = ["https://news.example/a", "https://news.example/amp/a", "https://news.example/a"]
    async with BriefingCache(tmp_path / "c.sqlite3", max_entries=2) as cache:
        await cache.put_all(links, sample("both"), n_sentences=2)
        assert await cache.count() == 2  # the repeated link is stored once
        for link in links:
            assert (await cache.get(link, n_sentences=2)).source.title == "both"


async def test_the_summary_length_is_part_of_the_key(tmp_path: Path) -> None:
    async with BriefingCache(tmp_path / "c.sqlite3") as cache:
        await cache.put("https://news.example/a", sample("three"), n_sentences=3)
        assert await cache.get("https://news.example/a") is None
        assert (await cache.get("https://news.example/a", n_sentences=3)).source.title == "three"


async def test_entries_expire_after_the_time_to_live(tmp_path: Path) -> None:
    clock = Clock()
    async with BriefingCache(tmp_path / "c.sqlite3", ttl_seconds=3600, clock=clock) as cache:
        await cache.put("https://news.example/a", sample())
        clock.now += 3599
        assert await cache.get("https://news.example/a") is not None
        clock.now += 2
        assert await cache.get("https://news.example/a") is None
        await cache.put("https://news.example/b", sample())  # a put sweeps out what has expired
        assert await cache.count() == 1


async def test_the_cache_keeps_only_the_newest_entries(tmp_path: Path) -> None:
    clock = Clock()
    async with BriefingCache(tmp_path / "c.sqlite3", max_entries=3, clock=clock) as cache:
        for k in range(5):
            clock.now += 1
            await cache.put(f"https://news.example/{k}", sample(str(k)))
        assert await cache.count() == 3
        assert await cache.get("https://news.example/0") is None
        assert await cache.get("https://news.example/1") is None
        assert (await cache.get("https://news.example/4")).source.title == "4"


async def test_entries_survive_a_restart(tmp_path: Path) -> None:
    async with BriefingCache(tmp_path / "c.sqlite3") as cache:
        await cache.put("https://news.example/a", sample())
    async with BriefingCache(tmp_path / "c.sqlite3") as cache:
        assert await cache.get("https://news.example/a") == sample()


async def test_a_corrupt_file_is_reported_once_and_the_cache_is_off(tmp_path: Path, caplog) -> None:
    path = tmp_path / "c.sqlite3"
    path.write_bytes(b"this is not a database, just garbage " * 200)
    caplog.set_level(logging.WARNING, logger="bot.store")
    cache = BriefingCache(path)
    await cache.open()
    assert not cache.enabled
    assert await cache.get("https://news.example/a") is None
    await cache.put("https://news.example/a", sample())  # no error
    assert await cache.get("https://news.example/a") is None
    await cache.open()  # a second open does not try again, nor warn again
    await cache.close()
    warnings = [r for r in caplog.records if r.name == "bot.store"]
    assert len(warnings) == 1
    assert "going on without it" in warnings[0].getMessage()
    assert path.read_bytes().startswith(b"this is not a database")  # never overwritten


async def test_a_locked_database_turns_the_cache_off_without_crashing(tmp_path: Path, caplog) -> None:
    path = tmp_path / "c.sqlite3"
    async with BriefingCache(path) as cache:
        await cache.put("https://news.example/a", sample())
    other = sqlite3.connect(path)
    other.execute("PRAGMA journal_mode=DELETE")
    other.execute("BEGIN EXCLUSIVE")
    try:
        caplog.set_level(logging.WARNING, logger="bot.store")
        cache = BriefingCache(path, busy_timeout=0.05)
        await cache.open()
        assert await cache.get("https://news.example/a") is None
        await cache.put("https://news.example/b", sample())
        assert not cache.enabled
        await cache.close()
        assert len([r for r in caplog.records if r.name == "bot.store"]) == 1
    finally:
        other.rollback()
        other.close()


async def test_a_database_that_fails_after_opening_is_turned_off(tmp_path: Path, caplog) -> None:
    cache = BriefingCache(tmp_path / "c.sqlite3")
    await cache.open()
    await cache._db.execute("DROP TABLE briefings")  # as if the file were damaged while in use
    await cache._db.commit()
    caplog.set_level(logging.WARNING, logger="bot.store")
    await cache.put("https://news.example/a", sample())
    assert not cache.enabled
    assert await cache.get("https://news.example/a") is None
    await cache.close()


async def test_an_unreadable_entry_is_a_miss_and_is_dropped(tmp_path: Path) -> None:
    async with BriefingCache(tmp_path / "c.sqlite3") as cache:
        await cache.put("https://news.example/a", sample())
        await cache._db.execute("UPDATE briefings SET record = '{\"summary\": [{}]}'")
        await cache._db.commit()
        assert await cache.get("https://news.example/a") is None
        assert cache.enabled
        assert await cache.count() == 0


async def test_a_folder_that_cannot_be_made_is_reported_not_raised(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    cache = BriefingCache(blocker / "sub" / "c.sqlite3")
    await cache.open()
    assert not cache.enabled and cache.problem


async def test_zero_entries_or_zero_ttl_turn_the_cache_off(tmp_path: Path) -> None:
    for cache in (BriefingCache(tmp_path / "a", max_entries=0), BriefingCache(tmp_path / "b", ttl_seconds=0)):
        await cache.open()
        assert not cache.enabled
        await cache.put("https://news.example/a", sample())
        assert await cache.get("https://news.example/a") is None
