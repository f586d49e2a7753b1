"""Starting the bot: `python -m bot` and its settings, command sync, sharding, reconnects."""

from __future__ import annotations

import asyncio
import os
import signal
import sys

import pytest

from tests.fake_discord import GUILD_ID, FakeDiscord, running_bot

GOOD_TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB"


def bot_env(tmp_path, **settings: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "SYNC_", "SHARD_"))}
    env.update(
        XDG_DATA_HOME=str(tmp_path), LOG_LEVEL="INFO", BRIEF_WORKERS="1", WORKER_NICENESS="0", **settings
    )
    return env


async def run_bot_process(tmp_path, env: dict[str, str], timeout: float = 30) -> tuple[int, str]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        cwd=tmp_path,  # no stray .env
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    _, err = await asyncio.wait_for(proc.communicate(), timeout)
    return proc.returncode, err.decode()


async def test_missing_token_is_one_clear_line_and_exit_2(tmp_path):
    code, err = await run_bot_process(tmp_path, bot_env(tmp_path, DISCORD_TOKEN=""))
    assert code == 2
    assert err.strip().splitlines() == [
        "newsbrief-bot: DISCORD_TOKEN is not set: put your bot's token in .env or the environment."
    ]


async def test_malformed_token_is_refused_before_connecting(tmp_path):
    code, err = await run_bot_process(
        tmp_path, bot_env(tmp_path, DISCORD_TOKEN="client-secret-pasted-by-mistake")
    )
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "does not look like a bot token" in err


async def test_dotenv_in_the_working_directory_is_read(tmp_path):
    (tmp_path / ".env").write_text("DISCORD_TOKEN=pasted-the-client-secret\n", encoding="utf-8")
    env = bot_env(tmp_path)
    env.pop("DISCORD_TOKEN", None)
    code, err = await run_bot_process(tmp_path, env)
    assert code == 2 and "does not look like a bot token" in err


async def test_token_refused_by_discord_is_one_clear_line_and_exit_2(tmp_path):
    fake = await FakeDiscord().start()
    fake.valid_token = GOOD_TOKEN
    try:
        env = bot_env(tmp_path, **{**fake.env(), "DISCORD_TOKEN": "d3Jvbmc.dG9rZW4.aGVyZQ"})
        code, err = await run_bot_process(tmp_path, env)
    finally:
        await fake.close()
    assert code == 2
    lines = [line for line in err.strip().splitlines() if line.startswith("newsbrief-bot:")]
    assert len(lines) == 1 and lines[0].startswith(
        "newsbrief-bot: Discord refused DISCORD_TOKEN: copy the token"
    )
    assert "Traceback" not in err


async def test_python_m_bot_connects_answers_and_stops_on_sigterm(tmp_path):
    fake = await FakeDiscord().start()
    env = bot_env(tmp_path, **fake.env())
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", cwd=tmp_path, env=env, stderr=asyncio.subprocess.PIPE
    )
    try:
        await fake.wait_ready(timeout=90)  # the worker loads the engine first: slow on a busy machine
        await fake.wait_until(lambda: fake.commands, timeout=10)
        sent = await fake.dispatch_interaction(fake.slash("about"))
        reply = await fake.wait_reply(sent.token)
        assert reply.json["data"]["embeds"][0]["title"] == "newsbrief"
        proc.send_signal(signal.SIGTERM)
        _, err = await asyncio.wait_for(proc.communicate(), 20)
    finally:
        if proc.returncode is None:
            proc.kill()
        await fake.close()
    assert proc.returncode == 0
    log = err.decode()
    assert "command=about source=- " in log and "outcome=ok" in log
    assert GOOD_TOKEN not in log and "fake.bot.token" not in log


async def test_commands_sync_to_listed_servers_only():
    async with running_bot({"SYNC_COMMANDS": f"{GUILD_ID}"}) as h:
        puts = [r for r in h.fake.requests if r.method == "PUT"]
        assert [r.path for r in puts] == [f"/applications/900000000000000001/guilds/{GUILD_ID}/commands"]
        sent, reply = await h.run(h.fake.slash("about"))
        assert reply.json["data"]["embeds"]


async def test_sync_off_syncs_nothing():
    async with running_bot({"SYNC_COMMANDS": "off"}) as h:
        assert not [r for r in h.fake.requests if r.method == "PUT"]


async def test_commands_sync_once_not_on_reconnect():
    async with running_bot() as h:
        assert len([r for r in h.fake.requests if r.method == "PUT"]) == 1
        identifies = len(h.fake.identifies)
        for conn in list(h.fake._connections):
            await conn.ws.close(code=4000)  # "unknown error": the bot reconnects and resumes
        await h.fake.wait_until(lambda: any(c.identified.is_set() for c in h.fake._connections), timeout=15)
        sent, reply = await h.run(h.fake.slash("about"))
        assert reply.json["data"]["embeds"]
        assert len([r for r in h.fake.requests if r.method == "PUT"]) == 1
        assert len(h.fake.identifies) == identifies  # resumed, not identified again


@pytest.mark.parametrize("shards", [2])
async def test_shard_count_runs_an_auto_sharded_bot(shards):
    second_shard_guild = next(
        g for g in range(GUILD_ID, GUILD_ID + (8 << 22), 1 << 22) if (g >> 22) % shards == 1
    )
    async with running_bot({"SHARD_COUNT": str(shards)}, guild_ids=(GUILD_ID, second_shard_guild)) as h:
        assert sorted(tuple(i["shard"]) for i in h.fake.identifies) == [(0, shards), (1, shards)]
        sent, reply = await h.run(h.fake.slash("about", guild_id=second_shard_guild))
        assert reply.json["data"]["embeds"]


async def test_shard_ids_run_only_this_process_part_of_the_shards():
    # Two of four shards here; another process (or machine) would run 0 and 3.
    async with running_bot({"SHARD_COUNT": "4", "SHARD_IDS": "1-2"}, guild_ids=(GUILD_ID,)) as h:
        await h.fake.wait_ready(shards=2)
        assert sorted(tuple(i["shard"]) for i in h.fake.identifies) == [(1, 4), (2, 4)]
