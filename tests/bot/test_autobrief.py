"""Auto-brief against the fake Discord: chosen channels answered, others silent, managers only.

One fake Discord, one bot and one local news server serve the module. Each test
posts its own link (a different ?edition=), so "a link once per channel" only
bites where a test wants it to.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import sys

import pytest
import pytest_asyncio

from bot.autobrief import AutoBriefer, Post, links_in
from bot.state import SqliteServerSettings
from cogs.autobrief import thread_name
from tests.fake_discord import (
    BOT_USER_ID,
    CALLBACK_MESSAGE,
    CHANNEL_ID,
    EPHEMERAL,
    MANAGER_PERMISSIONS,
    OTHER_CHANNEL_ID,
    FakeDiscord,
    Harness,
    running_bot,
)
from tests.fetch_server import ARTICLE_TITLE, NewsServer

pytestmark = pytest.mark.asyncio(loop_scope="module")

THIRD_CHANNEL_ID = OTHER_CHANNEL_ID + 1
CHANNELS = (CHANNEL_ID, OTHER_CHANNEL_ID, *(THIRD_CHANNEL_ID + i for i in range(7)))  # the server's channels
_editions = itertools.count(1)


class Decisions:
    """What the bot's auto-briefer decided for each post, by the message's id (two posts may have
    the same text): a test waits for the decision itself, not a while, so a bot that answers late
    still fails a "silent" test."""

    def __init__(self, briefer: AutoBriefer) -> None:
        self._made: dict[str, bool] = {}  # message id -> briefed (True) or passed over
        self._changed = asyncio.Condition()
        decide = briefer.brief_post

        async def recorded(post: Post):
            reply = await decide(post)
            async with self._changed:
                self._made[str(post.message_id)] = reply is not None
                self._changed.notify_all()
            return reply

        briefer.brief_post = recorded  # type: ignore[method-assign]

    async def briefed(self, message: dict, timeout: float = 60) -> bool:
        """Whether the bot decided to brief `message` (waits for the decision)."""
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(lambda: message["id"] in self._made), timeout)
            return self._made[message["id"]]


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def harness(tmp_path_factory):
    env = {
        "CACHE_PATH": str(tmp_path_factory.mktemp("autobrief") / "cache.sqlite3"),
        "AUTOBRIEF_PER_MINUTE": "3",
        "BRIEF_TIMEOUT_SECONDS": "20",
    }
    async with running_bot(env, channel_ids=CHANNELS) as h:
        for channel in (CHANNEL_ID, THIRD_CHANNEL_ID):
            _, reply = await h.run(turn(h, "on", channel))
            assert "Auto-brief is now on" in reply.json["data"]["content"]
        h.decisions = Decisions(h.bot.get_cog("ServerSettings").briefer)  # type: ignore[attr-defined]
        yield h


def turn(h: Harness, on_or_off: str, channel: int, permissions: str = MANAGER_PERMISSIONS) -> dict:
    return h.fake.slash(
        "newsbrief", {"turn": on_or_off}, sub="autobrief", channel_id=channel, permissions=permissions
    )


def link(news: NewsServer) -> str:
    return f"{news.base}/news/cable?edition={next(_editions)}"


async def silent(h: Harness, message: dict) -> bool:
    """True if the bot passed over `message` (once it has decided) and sent nothing for it."""
    briefed = await h.decisions.briefed(message)  # type: ignore[attr-defined]
    return not briefed and not h.fake.answers_to(message)


# --- what the pure parts decide ----------------------------------------------------


async def test_links_in_a_message_leave_hidden_ones_alone():
    text = (
        "Read https://a.example/x, and https://b.example/y. Hidden: ||https://c.example/z|| "
        "and <https://d.example/w>; again https://a.example/x"
    )
    assert links_in(text) == ["https://a.example/x", "https://b.example/y"]


async def test_a_thread_is_named_after_the_article_within_discords_limit():
    assert thread_name("  Leaders   agree\non a cable ") == "Leaders agree on a cable"
    assert thread_name(None) == thread_name("") == "Briefing"  # a page without a title
    long = thread_name("Grid " * 40)
    assert len(long) == 100 and long.endswith("…")


async def test_settings_survive_a_restart(tmp_path):
    path = tmp_path / "cache.sqlite3"
    store = SqliteServerSettings(path)
    await store.set_autobrief(1, 10, True)
    await store.set_autobrief(1, 11, True)
    await store.set_autobrief(1, 11, False)
    await store.set_autobrief(2, 20, True)
    await store.close()
    reopened = SqliteServerSettings(path)
    assert await reopened.autobrief_channels(1) == {10}
    assert await reopened.autobrief_channels(2) == {20}
    assert await reopened.first_post(10, "https://a.example/x", 60)
    assert not await reopened.first_post(10, "https://a.example/x", 60)
    assert await reopened.first_post(11, "https://a.example/x", 60)  # another channel
    await reopened.close()


# --- auto-brief in the channels chosen -------------------------------------------------


async def test_a_link_in_a_chosen_channel_gets_a_compact_briefing_in_a_thread(harness: Harness, news):
    message = await harness.fake.post_message(f"Worth a read: {link(news)}", channel_id=CHANNEL_ID)
    reply = await harness.fake.wait_answer_to(message, timeout=30)
    assert harness.fake.in_thread(reply)  # a public thread started from the post, named after the article
    (started,) = [
        r
        for r in harness.fake.requests
        if r.path == f"/channels/{CHANNEL_ID}/messages/{message['id']}/threads"
    ]
    assert started.json["name"].startswith(ARTICLE_TITLE[:50])
    body = reply.json
    assert body["allowed_mentions"]["parse"] == []
    (embed,) = body["embeds"]
    assert embed["title"].startswith(ARTICLE_TITLE)
    lines = embed["description"].split("\n")
    assert 1 <= len(lines) <= 3  # compact: the summary's first sentences
    names = [f["name"] for f in embed.get("fields", [])]
    assert "Key quotes" not in names and "Leaders" not in names  # the rest is behind the button
    buttons = [c for row in body["components"] for c in row["components"]]
    assert buttons[0]["label"].startswith("Full briefing")


async def test_where_the_bot_may_not_start_threads_it_replies(harness: Harness, news):
    denied, refused = THIRD_CHANNEL_ID + 3, THIRD_CHANNEL_ID + 4
    for channel in (denied, refused):
        await harness.run(turn(harness, "on", channel))
    # a manager took Create Public Threads from the bot there: the bot sees it and does not ask
    await harness.fake.deny_threads(denied)
    message = await harness.fake.post_message(link(news), channel_id=denied)
    reply = await harness.fake.wait_answer_to(message, timeout=30)
    assert not harness.fake.in_thread(reply)
    assert str(reply.json["message_reference"]["message_id"]) == message["id"]
    assert reply.json["allowed_mentions"] == {"parse": [], "replied_user": False}
    assert not [r for r in harness.fake.requests if r.path.startswith(f"/channels/{denied}/messages/")]
    # Discord refuses a thread the bot thought it could start: the answer comes as a reply all the same
    harness.fake.refuse_threads.add(refused)
    message = await harness.fake.post_message(link(news), channel_id=refused)
    reply = await harness.fake.wait_answer_to(message, timeout=30)
    assert str(reply.json["message_reference"]["message_id"]) == message["id"]


async def test_a_thread_that_refuses_the_briefing_gives_way_to_a_reply(harness: Harness, news):
    # The bot may start threads here but Discord refuses its post in one (no Send Messages in
    # Threads): the member gets a reply all the same, and the empty thread is deleted.
    channel = THIRD_CHANNEL_ID + 5
    await harness.run(turn(harness, "on", channel))
    harness.fake.refuse_thread_posts.add(channel)
    message = await harness.fake.post_message(link(news), channel_id=channel)
    reply = await harness.fake.wait_answer_to(message, timeout=30)
    assert not harness.fake.in_thread(reply)
    assert str(reply.json["message_reference"]["message_id"]) == message["id"]
    assert harness.fake.threads[message["id"]] == channel  # the thread was started first ...
    await harness.fake.wait_until(lambda: message["id"] in harness.fake.deleted_threads, timeout=10)


async def test_posts_of_the_same_text_are_decided_apart(harness: Harness, news):
    channel = THIRD_CHANNEL_ID + 6  # its own: the rate of CHANNEL_ID is spent by other tests
    await harness.run(turn(harness, "on", channel))
    again = link(news)
    posts = [await harness.fake.post_message(again, channel_id=channel) for _ in range(2)]
    decided = [await harness.decisions.briefed(m) for m in posts]  # type: ignore[attr-defined]
    assert sorted(decided) == [False, True]  # one briefed, the other passed over as seen
    await harness.fake.wait_answer_to(posts[decided.index(True)], timeout=30)


async def test_the_button_under_an_auto_brief_sends_everything(harness: Harness, news):
    message = await harness.fake.post_message(link(news), channel_id=THIRD_CHANNEL_ID)
    reply = await harness.fake.wait_answer_to(message, timeout=30)
    button = reply.message["components"][0]["components"][0]
    _, answer = await harness.run(harness.fake.button_click(reply.message, button["custom_id"]))
    assert answer.json["type"] == CALLBACK_MESSAGE
    markdown = next(data for name, data in answer.files.items() if name.endswith(".md")).decode()
    assert "## Quotes" in markdown and "This cable ties our grids" in markdown


async def test_a_message_that_mentions_the_bot_is_no_command(harness: Harness, news, caplog):
    caplog.set_level("INFO")
    message = await harness.fake.post_message(f"<@{BOT_USER_ID}> help me", channel_id=OTHER_CHANNEL_ID)
    assert await silent(harness, message)
    assert not [r for r in caplog.records if r.levelname == "ERROR"]  # no CommandNotFound traceback


async def test_a_channel_not_chosen_stays_silent(harness: Harness, news):
    message = await harness.fake.post_message(link(news), channel_id=OTHER_CHANNEL_ID)
    assert await silent(harness, message)


async def test_a_bots_message_is_never_read(harness: Harness, news):
    message = await harness.fake.post_message(link(news), channel_id=CHANNEL_ID, bot=True)
    assert await silent(harness, message)


async def test_a_link_posted_again_is_answered_once(harness: Harness, news):
    again = link(news)
    first = await harness.fake.post_message(again, channel_id=CHANNEL_ID)
    await harness.fake.wait_answer_to(first, timeout=30)
    second = await harness.fake.post_message(f"as I said: {again}", channel_id=CHANNEL_ID)
    assert await silent(harness, second)
    # in another chosen channel the same link is news again (from the cache)
    elsewhere = await harness.fake.post_message(again, channel_id=THIRD_CHANNEL_ID)
    await harness.fake.wait_answer_to(elsewhere, timeout=10)


async def test_a_link_whose_site_was_down_is_briefed_when_posted_again(harness: Harness, news):
    # a failure that may pass (the site down, a timeout) does not mark the link as briefed
    channel = THIRD_CHANNEL_ID + 1  # a channel of its own: the other tests' posts spend CHANNEL_ID's rate
    await harness.run(turn(harness, "on", channel))
    down_once = f"{news.base}/news/flaky?edition={next(_editions)}"
    first = await harness.fake.post_message(down_once, channel_id=channel)
    assert await silent(harness, first)
    assert news.flaky_hits  # it asked for the page and had its 503
    again = await harness.fake.post_message(f"it is back up: {down_once}", channel_id=channel)
    await harness.fake.wait_answer_to(again, timeout=30)


async def test_a_page_that_is_no_article_is_skipped_quietly(harness: Harness, news, caplog):
    caplog.set_level("INFO", logger="newsbrief.requests")
    before = len(harness.fake.channel_posts(CHANNEL_ID))
    message = await harness.fake.post_message(f"{news.base}/home", channel_id=CHANNEL_ID)
    assert await silent(harness, message)
    assert len(harness.fake.channel_posts(CHANNEL_ID)) == before  # no error message in the channel
    lines = [r.getMessage() for r in caplog.records if r.name == "newsbrief.requests"]
    assert any(line.startswith("command=autobrief") and "outcome=skipped:" in line for line in lines)


async def test_a_member_without_manage_server_cannot_change_settings(harness: Harness):
    synced = harness.fake.command("newsbrief")
    assert int(synced["default_member_permissions"]) == 1 << 5  # Discord shows it to managers only
    assert synced.get("contexts") == [0] or synced.get("dm_permission") is False
    # ... and when a server overrides that, the bot still refuses
    _, reply = await harness.run(turn(harness, "on", OTHER_CHANNEL_ID, permissions="2248473465835073"))
    message = reply.json["data"]
    assert message["flags"] & EPHEMERAL
    assert "Manage Server" in message["content"]
    _, shown = await harness.run(
        harness.fake.slash("newsbrief", sub="settings", permissions=MANAGER_PERMISSIONS)
    )
    text = shown.json["data"]["content"]
    assert f"<#{CHANNEL_ID}>" in text and f"<#{THIRD_CHANNEL_ID}>" in text
    assert f"<#{OTHER_CHANNEL_ID}>" not in text


async def test_a_channel_turned_off_goes_silent(harness: Harness, news):
    channel = THIRD_CHANNEL_ID + 1
    await harness.run(turn(harness, "on", channel))
    _, reply = await harness.run(turn(harness, "off", channel))
    assert "Auto-brief is now off" in reply.json["data"]["content"]
    message = await harness.fake.post_message(link(news), channel_id=channel)
    assert await silent(harness, message)


async def test_a_busy_channel_is_rate_limited(harness: Harness, news):
    channel = THIRD_CHANNEL_ID + 2
    await harness.run(turn(harness, "on", channel))
    messages = [await harness.fake.post_message(link(news), channel_id=channel) for _ in range(5)]
    briefed = [m for m in messages if await harness.decisions.briefed(m)]  # type: ignore[attr-defined]
    assert len(briefed) == 3  # AUTOBRIEF_PER_MINUTE
    for m in briefed:
        await harness.fake.wait_answer_to(m, timeout=30)
    assert not [m for m in messages if m not in briefed and harness.fake.answers_to(m)]


# --- without the message content intent ---------------------------------------------------


async def test_without_the_intent_one_clear_line_and_slash_commands_still_work(tmp_path):
    fake = await FakeDiscord().start()
    fake.allow_message_content = False
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "SYNC_", "SHARD_"))}
    # The data folder apart from the working one: a ./newsbrief folder would shadow the package.
    env.update(fake.env(), XDG_DATA_HOME=str(tmp_path / "data"), BRIEF_WORKERS="1", WORKER_NICENESS="0")
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", cwd=tmp_path, env=env, stderr=asyncio.subprocess.PIPE
    )
    try:
        await fake.wait_until(lambda: fake.commands, timeout=90)
        await fake.wait_ready(timeout=30)
        await asyncio.sleep(2.5)  # discord.py waits for the guilds before it is ready
        sent = await fake.dispatch_interaction(fake.slash("help"))
        reply = await fake.wait_reply(sent.token, timeout=20)
        assert reply.json["data"]["embeds"]
    finally:
        proc.terminate()
        _, err = await asyncio.wait_for(proc.communicate(), 30)
        await fake.close()
    text = err.decode()
    warnings = [line for line in text.splitlines() if "Message Content" in line]
    assert len(warnings) == 1 and "Auto-brief is off" in warnings[0]
    # Up to the stop (Python's own exit can print noise about worker pipes already closed).
    running = text.split("stopping on signal")[0]
    assert "Traceback" not in running and " ERROR " not in running, running
    first, second = fake.identifies[0]["intents"], fake.identifies[-1]["intents"]
    assert first & (1 << 15) and not second & (1 << 15)
