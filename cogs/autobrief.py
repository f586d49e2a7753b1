"""/newsbrief autobrief on|off, /newsbrief settings, and the answer to a news link posted in a chosen channel.

Thin: which posts get a briefing and making it is bot/autobrief.py. The
answer goes in a public thread started from the post where the channel and
the bot's rights allow one (the channel's conversation stays readable when
many links are posted), else as a reply. The settings live in the bot's
store (bot/state.py). Both commands need the
Manage Server permission: Discord hides them from other members by default
(default_permissions), and the bot checks again, since a server can
override Discord's defaults.
"""

from __future__ import annotations

import contextlib
import logging
from typing import TYPE_CHECKING, Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot import render
from bot.autobrief import AutoBriefer, Post
from bot.client import RequestRecord, log_request, request_log, request_record
from bot.errors import NeedsManageServer
from cogs.summarize import FullBriefingView

if TYPE_CHECKING:
    from bot.client import NewsbriefBot

log = logging.getLogger("newsbrief.bot")

THREAD_NAME_MAX = 100


def require_manager(interaction: discord.Interaction) -> int:
    """The server's id, if the member may change its settings."""
    if interaction.guild_id is None or not interaction.permissions.manage_guild:
        raise NeedsManageServer()
    return interaction.guild_id


def settings_text(channels: frozenset[int], *, per_minute: int, ttl_s: int, reads_messages: bool) -> str:
    if channels:
        listed = ", ".join(f"<#{c}>" for c in sorted(channels))
        text = (
            f"Auto-brief is on in {listed}: a news link posted there gets a short briefing "
            "in a thread (a reply where the bot may not start threads), "
            f"at most {per_minute} a minute in each channel, and the same link once in "
            f"{ttl_s / 3600:g} hours."
        )
    else:
        text = "Auto-brief is off in every channel. Turn it on in a channel with `/newsbrief autobrief on`."
    if channels and not reads_messages:
        text += (
            "\n**This bot cannot read messages yet**: the person who runs it must turn on the Message "
            "Content intent (Developer Portal > Bot > Privileged Gateway Intents) and restart it."
        )
    return text


def may_start_thread(message: discord.Message) -> bool:
    """Whether the bot can answer `message` in a public thread started from it: a server's text
    channel (not a thread, a forum or a voice chat) where it may create public threads and send
    in them. A server that wants plain replies takes Create Public Threads from the bot."""
    channel, guild = message.channel, message.guild
    if not isinstance(channel, discord.TextChannel) or guild is None or message.thread is not None:
        return False
    if guild.me is None:  # its own member not known yet: ask Discord, which refuses if it must
        return True
    rights = channel.permissions_for(guild.me)
    return rights.create_public_threads and rights.send_messages_in_threads


async def start_thread(message: discord.Message, title: str | None) -> discord.Thread | None:
    """A public thread from `message`, named after the article, or None: a reply in the channel then."""
    if not may_start_thread(message):
        return None
    try:
        return await message.create_thread(name=thread_name(title))
    except discord.HTTPException as err:  # the channel's rights changed, or a thread exists already
        log.info("auto-brief answers as a reply: Discord refused a thread (%s %s)", err.status, err.code)
        return None


async def send_in_thread(
    thread: discord.Thread, embeds: list[discord.Embed], view: discord.ui.View
) -> discord.Message | None:
    """The briefing sent in the thread just started, or None if Discord refused it (the bot may
    start threads there but not send in them): the member then gets a reply instead."""
    try:
        return await thread.send(embeds=embeds, view=view, allowed_mentions=render.NO_MENTIONS)
    except discord.HTTPException as err:
        reason = f"{err.status} {err.code}"
        log.info("auto-brief answers as a reply: Discord refused a post in its thread (%s)", reason)
        return None


async def delete_empty_thread(thread: discord.Thread) -> None:
    """Best effort: a thread named after the link with nothing in it would puzzle the member.
    Deleting needs Manage Threads, which the bot is not asked for: then the thread stays."""
    try:
        await thread.delete()
    except discord.HTTPException as err:
        reason = f"{err.status} {err.code}"
        log.info("auto-brief left an empty thread: Discord refused to delete it (%s)", reason)


def thread_name(title: str | None) -> str:
    """The article's title as a thread's name (Discord takes 1 to 100 characters); a page may have none."""
    name = " ".join((title or "").split()) or "Briefing"
    return (
        name
        if len(name) <= THREAD_NAME_MAX
        else name[: THREAD_NAME_MAX - 1].rstrip() + "\N{HORIZONTAL ELLIPSIS}"
    )


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class ServerSettings(commands.GroupCog, group_name="newsbrief", group_description="newsbrief's settings"):
    def __init__(self, bot: NewsbriefBot) -> None:
        self.bot = bot
        assert bot.state is not None and bot.fetcher is not None, "setup_hook opens them first"
        self.briefer = AutoBriefer(
            bot.settings,
            bot.state,
            fetcher=bot.fetcher,
            run=bot.run_blocking,
            brief_fn=bot.brief_fn,
            record=RequestRecord,
        )

    @app_commands.command(name="autobrief", description="Brief news links posted in this channel")
    @app_commands.describe(turn="on: reply to news links posted here with a short briefing; off: stop")
    async def autobrief(self, interaction: discord.Interaction, turn: Literal["on", "off"]) -> None:
        request_record(interaction, "newsbrief-autobrief")
        guild_id = require_manager(interaction)
        assert self.bot.state is not None
        channel_id = interaction.channel_id or 0
        await self.bot.state.servers.set_autobrief(guild_id, channel_id, turn == "on")
        channels = await self.bot.state.servers.autobrief_channels(guild_id)
        done = f"Auto-brief is now {turn} in <#{channel_id}>."
        await self._answer(interaction, done, channels)

    @app_commands.command(name="settings", description="What newsbrief does in this server")
    async def settings(self, interaction: discord.Interaction) -> None:
        request_record(interaction, "newsbrief-settings")
        guild_id = require_manager(interaction)
        assert self.bot.state is not None
        channels = await self.bot.state.servers.autobrief_channels(guild_id)
        await self._answer(interaction, "", channels)

    async def _answer(self, interaction: discord.Interaction, first: str, channels: frozenset[int]) -> None:
        settings = self.bot.settings
        text = settings_text(
            channels,
            per_minute=settings.autobrief_per_minute,
            ttl_s=settings.cache_ttl_seconds,
            reads_messages=self.bot.intents.message_content,
        )
        await interaction.response.send_message(
            f"{first}\n{text}".strip(), ephemeral=True, allowed_mentions=render.NO_MENTIONS
        )
        log_request(interaction)

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        post = Post(
            guild_id=message.guild.id if message.guild else None,
            channel_id=message.channel.id,
            parent_id=getattr(message.channel, "parent_id", None),
            from_bot=message.author.bot or message.webhook_id is not None,
            content=message.content or "",
            message_id=message.id,
        )
        reply = await self.briefer.brief_post(post)
        if reply is None:
            return
        briefing, record = reply.briefed.briefing, reply.record
        view = FullBriefingView(self.bot, briefing, record.elapsed_s)
        embeds = render.compact_embeds(briefing, elapsed_s=record.elapsed_s)
        record.lap("render")
        try:
            thread = await start_thread(message, briefing.source.title)
            sent = await send_in_thread(thread, embeds, view) if thread is not None else None
            if sent is not None:
                record.outcome = "ok:thread"
            else:
                try:
                    sent = await message.reply(
                        embeds=embeds, view=view, mention_author=False, allowed_mentions=render.NO_MENTIONS
                    )
                finally:
                    if thread is not None:  # started, but Discord refused the briefing in it
                        await delete_empty_thread(thread)
                record.outcome = "ok:reply"
            view.message = sent
        except discord.HTTPException as err:  # deleted meanwhile, or no right to send here: quietly
            record.outcome = f"not-sent:{err.status}"
            with contextlib.suppress(Exception):
                view.stop()
        record.lap("send")
        request_log.info(record.line())


async def setup(bot: NewsbriefBot) -> None:
    await bot.add_cog(ServerSettings(bot))
