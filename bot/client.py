"""The Discord client: a small commands.Bot subclass, its limits and its one error handler.

`create_bot(settings)` points discord.py at the configured REST and gateway
endpoints (the only discord.py internals we touch: `Route.BASE` and the
gateway URL), and builds a plain or auto-sharded bot. `setup_hook` starts the
fetcher, the cache and the cogs and syncs commands once per process.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import secrets
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import discord
import yarl
from discord import app_commands
from discord.ext import commands
from discord.gateway import DiscordWebSocket
from discord.http import Route

from bot import store
from bot.config import Settings
from bot.errors import CommandFailed, NewsbriefError, OnCooldown, ServerBusy, UnexpectedError, WorkTimedOut
from bot.render import NO_MENTIONS
from bot.state import MemoryRates, Rates, State, open_state
from bot.web import fetch
from bot.workers import WorkerPool
from newsbrief import brief

log = logging.getLogger("newsbrief.bot")
request_log = logging.getLogger("newsbrief.requests")

EXTENSIONS = ("cogs.summarize", "cogs.about", "cogs.autobrief", "cogs.digest")  # about.py: /about, /help
DISCORD_REST_BASE = Route.BASE
DISCORD_GATEWAY = DiscordWebSocket.DEFAULT_GATEWAY
LOOP_WATCH_INTERVAL = 0.05  # seconds between event-loop stall checks
LOOP_STALL_WARNING_MS = 100.0  # a stall this long delays heartbeats and first responses

T = TypeVar("T")

# Briefed once at start so the engine's tables and imports load before the first
# user waits (and before the gateway connects, so no heartbeat waits either).
WARMUP_TEXT = (
    "Ministers from two neighbouring countries met in the capital on Tuesday. "
    '"We have agreed to keep talking," the foreign minister said after the meeting. '
    "The talks covered trade, energy and the border."
)


_read_one_gateway_event = DiscordWebSocket.poll_event


async def _read_one_gateway_event_then_yield(self: DiscordWebSocket) -> None:
    await _read_one_gateway_event(self)
    # aiohttp hands over frames already received without suspending, so discord.py
    # would parse a whole burst (200 posted messages: 100 ms and more on a busy
    # machine) in one go, and heartbeats and replies would wait behind it.
    await asyncio.sleep(0)


def yield_between_gateway_events() -> None:
    """Let the event loop run between gateway events (discord.py's read loop, patched once per process)."""
    DiscordWebSocket.poll_event = _read_one_gateway_event_then_yield  # type: ignore[method-assign]


def point_discord_at(settings: Settings) -> None:
    """Send REST calls and the gateway connection where the settings say (proxy, tests).

    discord.py keeps both as class attributes, so they apply to the whole process.
    """
    Route.BASE = settings.discord_api_base or DISCORD_REST_BASE
    gateway = settings.discord_gateway_url
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway) if gateway else DISCORD_GATEWAY


# --- one request: its log line -----------------------------------------------


@dataclass
class RequestRecord:
    """What the one log line of a request says. Never article text or user content."""

    command: str
    source: str = "-"  # link, text, file, message, modal
    host: str | None = None  # a link's host, nothing more of it
    words: int | None = None
    stages_ms: dict[str, float] = field(default_factory=dict)
    outcome: str = "ok"
    started: float = field(default_factory=time.perf_counter)
    _mark: float = field(default_factory=time.perf_counter)

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.stages_ms[stage] = round((now - self._mark) * 1000, 1)
        self._mark = now

    @property
    def elapsed_s(self) -> float:
        return time.perf_counter() - self.started

    def line(self) -> str:
        parts = [f"command={self.command}", f"source={self.source}"]
        if self.host:
            parts.append(f"host={self.host}")
        if self.words is not None:
            parts.append(f"words={self.words}")
        parts += [f"{stage}_ms={ms}" for stage, ms in self.stages_ms.items()]
        parts += [f"total_ms={round(self.elapsed_s * 1000, 1)}", f"outcome={self.outcome}"]
        return " ".join(parts)


def request_record(interaction: discord.Interaction, command: str) -> RequestRecord:
    """The record for this interaction, kept in `interaction.extras` until it is logged."""
    record = interaction.extras.get("request")
    if record is None:
        record = interaction.extras["request"] = RequestRecord(command)
    return record


def log_request(interaction: discord.Interaction) -> None:
    record = interaction.extras.pop("request", None)
    if record is not None:
        request_log.info(record.line())


# --- limits ------------------------------------------------------------------


class Ticket:
    """A running request's place in its server's concurrency budget, and its user's cooldown."""

    def __init__(self, limits: RequestLimits, key: int, user_id: int) -> None:
        self._limits, self._key, self._started = limits, key, time.monotonic()
        self._user_id = user_id
        self._released = False

    async def forgive(self) -> None:
        """Take this request off its user's cooldown: its input was refused, and the
        user who fixes it at once should not be told to wait."""
        if self._limits.cooldown_s:
            await self._limits.rates.give_back(_user_key(self._user_id))

    def release(self) -> None:
        if not self._released:
            self._released = True
            self._limits._finish(self._key, time.monotonic() - self._started)


def _user_key(user_id: int) -> str:
    return f"user:{user_id}"


class RequestLimits:
    """Per-user cooldown and per-server concurrency, both answered with when to retry.

    The cooldown lives in `rates` (memory, or Redis shared by every process); the
    concurrency budget is this process's own, as the worker processes it guards are:
    Discord sends all of a server's events to the one shard (so the one process) it
    is on, so this count is the server's whole count.
    """

    def __init__(self, cooldown_s: float, per_guild: int, rates: Rates | None = None) -> None:
        self.cooldown_s, self.per_guild = cooldown_s, per_guild
        self.rates: Rates = rates if rates is not None else MemoryRates()
        self._running: dict[int, int] = {}
        self._durations: deque[float] = deque(maxlen=20)

    async def admit(self, user_id: int, guild_id: int | None) -> Ticket:
        key = guild_id if guild_id is not None else -user_id  # a DM is its own small server
        if self._running.get(key, 0) >= self.per_guild:
            raise ServerBusy(self.typical_duration())
        if self.cooldown_s:
            wait = await self.rates.take(_user_key(user_id), 1, self.cooldown_s)
            if wait > 0:
                raise OnCooldown(wait)
        self._running[key] = self._running.get(key, 0) + 1
        return Ticket(self, key, user_id)

    def typical_duration(self) -> float:
        if not self._durations:
            return 5.0
        ordered = sorted(self._durations)
        return max(1.0, ordered[len(ordered) // 2])

    def _finish(self, key: int, duration: float) -> None:
        self._durations.append(duration)
        left = self._running.get(key, 1) - 1
        if left > 0:
            self._running[key] = left
        else:
            self._running.pop(key, None)


# --- the one error handler ---------------------------------------------------


def _unwrap(error: BaseException) -> BaseException:
    """The error a command raised, out of discord.py's wrapper."""
    if isinstance(error, app_commands.CommandInvokeError):
        return error.original
    if isinstance(error, app_commands.TransformerError) and error.__cause__ is not None:
        return error.__cause__
    return error


async def send_ephemeral(interaction: discord.Interaction, message: str) -> None:
    """Tell only the user, whatever state the interaction is in."""
    if not interaction.response.is_done():
        await interaction.response.send_message(message, ephemeral=True, allowed_mentions=NO_MENTIONS)
        return
    if interaction.extras.get("deferred_public"):
        # A public "thinking..." would carry the error to everyone: remove it first,
        # so the followup below is a new message that only the user sees.
        with contextlib.suppress(discord.HTTPException):
            await interaction.delete_original_response()
    await interaction.followup.send(message, ephemeral=True, allowed_mentions=NO_MENTIONS)


class NewsbriefTree(app_commands.CommandTree):
    async def on_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        await handle_error(interaction, error, self.client)  # type: ignore[arg-type]


async def handle_error(interaction: discord.Interaction, error: BaseException, client: Any) -> None:
    """Map an error to a short ephemeral message; log unexpected ones with an id."""
    original = _unwrap(error)
    record = request_record(interaction, _command_name(interaction))
    if isinstance(original, TimeoutError):  # asyncio.TimeoutError is TimeoutError since 3.11
        original = WorkTimedOut()
    if isinstance(original, NewsbriefError):
        record.outcome = f"refused:{type(original).__name__}"
        message = original.user_message
    elif isinstance(original, app_commands.AppCommandError):
        record.outcome = f"refused:{type(original).__name__}"
        message = str(original) or CommandFailed().user_message
    else:
        error_id = secrets.token_hex(4)
        record.outcome = f"crash:{error_id}"
        log.error("unexpected error id=%s", error_id, exc_info=original)
        support = getattr(getattr(client, "settings", None), "support_text", "")
        message = UnexpectedError(error_id, support).user_message
    try:
        await send_ephemeral(interaction, message)
    except discord.HTTPException as exc:
        log.warning("could not send an error message: %s", exc)
    finally:
        log_request(interaction)


def _command_name(interaction: discord.Interaction) -> str:
    command = interaction.command
    if command is not None:
        return command.name
    return "component" if interaction.type is discord.InteractionType.component else "modal"


# --- the bot -----------------------------------------------------------------


class _Newsbrief:
    """What the plain and the auto-sharded bot share (mixed in before the discord.py class)."""

    settings: Settings
    # Set by `python -m bot`, the bot's own process; tests run several bots in one process
    # and must not pin their objects.
    freeze_after_setup = False

    def _setup_newsbrief(self, settings: Settings, brief_fn: Callable[..., Any]) -> None:
        self.settings = settings
        self.brief_fn = brief_fn
        self.limits = RequestLimits(settings.user_cooldown_seconds, settings.guild_concurrency)
        self.state: State | None = None  # the stores (cache, rates, server settings), set in setup_hook
        self.workers = WorkerPool(
            settings.brief_workers, warm_up=(brief_fn, WARMUP_TEXT), niceness=settings.worker_niceness
        )
        self.fetcher: fetch.Fetcher | None = None  # set in setup_hook, closed in close()
        self.cache: store.BriefingCache | None = None
        self.reports: Any = None  # reports of wrong briefings: the state's, set in setup_hook
        self.loop_stall_max_ms = 0.0
        self.loop_busy_max_ms = 0.0  # of a stall, the loop thread's own CPU time (see _watch_loop)
        self._watch_task: asyncio.Task[None] | None = None
        self._synced = False

    async def run_blocking(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
        """Run CPU-bound work (the engine, drawing) in a worker process, off the event loop.

        `fn` and its arguments cross to a worker process: module-level functions and
        plain data only. A job still running when its request times out ends with
        its process (bot/workers.py), and a new worker takes its place.
        """
        return await self.workers.run(fn, *args, **kwargs)

    async def setup_hook(self) -> None:
        await self._warm_up()
        await self._open_link_services()
        for name in EXTENSIONS:
            await self.load_extension(name)  # type: ignore[attr-defined]
        await self._sync_commands()
        if self.freeze_after_setup:
            # What start-up made (modules, discord.py's and aiohttp's state) lives as long as
            # the process: out of the collector's sight, a full collection under load scans only
            # what requests make (one of the whole bot took 201 ms, measured at start-up).
            gc.freeze()
        self._watch_task = asyncio.create_task(self._watch_loop(), name="newsbrief-loop-watch")

    async def _warm_up(self) -> None:
        """Start every worker and load the engine in it before the first user waits."""
        started = time.perf_counter()
        try:
            jobs = [self.run_blocking(self.brief_fn, WARMUP_TEXT) for _ in range(self.settings.brief_workers)]
            await asyncio.gather(*jobs)
        except Exception:  # a broken engine shows on the first request, with an error id
            log.exception("the engine failed to warm up")
            return
        log.info("engine warmed up in %.0f ms", (time.perf_counter() - started) * 1000)

    async def _open_link_services(self) -> None:
        """Start the link fetcher (one HTTP session) and the stores: cache, rates, server settings."""
        self.fetcher = fetch.Fetcher(fetch.FetchPolicy.from_settings(self.settings))
        await self.fetcher.start()
        self.state = await open_state(self.settings)
        self.cache = self.state.cache
        self.limits.rates = self.state.rates
        self.reports = self.state.reports
        log.info("link cache, cooldowns, server settings and reports: %s", self.state.where)

    async def _sync_commands(self) -> None:
        # setup_hook runs once per process, so commands sync on start and never on reconnect.
        if self._synced or self.settings.sync_commands == "off":
            return
        tree: app_commands.CommandTree = self.tree  # type: ignore[attr-defined]
        if self.settings.sync_guild_ids:
            for guild_id in self.settings.sync_guild_ids:
                guild = discord.Object(id=guild_id)
                tree.copy_global_to(guild=guild)
                synced = await tree.sync(guild=guild)
                log.info("synced %d commands to server %s", len(synced), guild_id)
        else:
            synced = await tree.sync()
            log.info("synced %d commands globally", len(synced))
        self._synced = True

    async def _watch_loop(self) -> None:
        """Measure how long the event loop goes without running us: heartbeats wait as long.

        Two figures: the stall (wall time past the wake-up) and, of it, the loop's own
        work (the CPU time of its thread meanwhile). A stall with little work of its own
        is the machine not giving the process a CPU, not code blocking the loop.
        """
        loop = asyncio.get_running_loop()
        while True:
            before, cpu_before = loop.time(), time.thread_time()
            await asyncio.sleep(LOOP_WATCH_INTERVAL)
            stall_ms = (loop.time() - before - LOOP_WATCH_INTERVAL) * 1000
            busy_ms = (time.thread_time() - cpu_before) * 1000
            self.loop_busy_max_ms = max(self.loop_busy_max_ms, min(busy_ms, stall_ms + 1))
            if stall_ms > self.loop_stall_max_ms:
                self.loop_stall_max_ms = stall_ms
            if stall_ms > LOOP_STALL_WARNING_MS:
                log.warning("event loop stalled for %.0f ms (its own work: %.0f ms)", stall_ms, busy_ms)

    async def on_message(self, message: discord.Message) -> None:
        """Posted messages are never commands here (slash commands only); auto-brief reads
        them with its own listener. commands.Bot's default would try "@newsbrief word" as
        a command and log a CommandNotFound traceback for each."""

    async def close(self) -> None:
        if self._watch_task is not None:
            self._watch_task.cancel()
        await super().close()  # type: ignore[misc]
        for service in (self.fetcher, self.state):
            if service is not None:
                await service.close()
        await self.workers.close()
        log.info(
            "stopped; longest event-loop stall %.0f ms; longest the loop itself was busy %.0f ms",
            self.loop_stall_max_ms,
            self.loop_busy_max_ms,
        )


MESSAGE_CONTENT_MISSING = (
    "Auto-brief is off: Discord refused the Message Content intent, which reading links in messages "
    "needs. Turn it on in the Developer Portal (your application > Bot > Privileged Gateway Intents > "
    "Message Content Intent) and restart the bot, or set AUTOBRIEF=off to stop asking. "
    "Slash commands and the message menu work without it; carrying on without it."
)


def _intents(settings: Settings) -> discord.Intents:
    # Interactions arrive without any intent; guilds keeps the server cache; the
    # message menu gets its message in the interaction. Auto-brief reads posted
    # messages: guild_messages, and message_content (privileged) to see their links.
    intents = discord.Intents(guilds=True)
    if settings.autobrief:
        intents.guild_messages = intents.message_content = True
    return intents


def _client_options(settings: Settings) -> dict[str, Any]:
    """What both bot classes tell discord.py: slash commands only, nobody pinged."""
    return {
        "command_prefix": commands.when_mentioned,
        "intents": _intents(settings),
        "max_messages": None,  # no cache of posted messages: auto-brief reads each once, as it comes
        "tree_cls": NewsbriefTree,
        "allowed_mentions": NO_MENTIONS,
        "help_command": None,
    }


class NewsbriefBot(_Newsbrief, commands.Bot):
    def __init__(self, settings: Settings, *, brief_fn: Callable[..., Any] = brief) -> None:
        super().__init__(**_client_options(settings))
        self._setup_newsbrief(settings, brief_fn)


class ShardedNewsbriefBot(_Newsbrief, commands.AutoShardedBot):
    def __init__(self, settings: Settings, *, brief_fn: Callable[..., Any] = brief) -> None:
        # SHARD_IDS: this process runs only these of SHARD_COUNT shards (others run the rest).
        shard_ids = list(settings.shard_ids) if settings.shard_ids is not None else None
        super().__init__(**_client_options(settings), shard_count=settings.shard_count, shard_ids=shard_ids)
        self._setup_newsbrief(settings, brief_fn)


def create_bot(settings: Settings, *, brief_fn: Callable[..., Any] = brief) -> commands.Bot:
    """The bot for these settings: one process, or auto-sharded when SHARD_COUNT is set.

    `brief_fn` is the engine (tests pass one that fails on purpose).
    """
    point_discord_at(settings)
    yield_between_gateway_events()
    if settings.shard_count is not None:
        return ShardedNewsbriefBot(settings, brief_fn=brief_fn)
    return NewsbriefBot(settings, brief_fn=brief_fn)
