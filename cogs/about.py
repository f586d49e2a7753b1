"""/about and /help: what the bot does, its commands, what it keeps, and how to report a problem."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot import __version__, render
from bot.client import log_request, request_record

if TYPE_CHECKING:
    from bot.client import NewsbriefBot


def about_embed(cache_ttl_seconds: int, support_text: str) -> discord.Embed:
    hours = cache_ttl_seconds / 3600
    kept = (
        f"Briefings of links are cached for {hours:g} hours, so the same link is quick the second time "
        "(the briefing only, not the page)."
        if cache_ttl_seconds
        else "Nothing is cached."
    )
    embed = discord.Embed(
        title="newsbrief",
        description=(
            "Turns a news article into a briefing: a short extractive summary (sentences copied "
            "from the article, never rewritten), key quotes with who said them, the countries and "
            "leaders named, and who met whom.\n\n"
            "Use `/summarize` with a link, pasted text or a .txt/.md/.html file, or with no option "
            "to paste a long article; or right-click a message and choose Apps > Summarize article."
        ),
        colour=discord.Colour.blurple(),
    )
    embed.add_field(
        name="What is stored",
        value=(
            "No pasted text or file is kept: it is read in memory and forgotten. "
            f"{kept} The log keeps the command, the kind of source, a link's site, word count "
            "and timings, never article text."
        ),
        inline=False,
    )
    report = support_text or "Tell the person who runs this bot."
    embed.add_field(
        name="Reporting a problem",
        value=(
            "When something goes wrong the bot answers with an error id. Report it with that id, "
            f"and the link or file if you can share it. {report}"
        ),
        inline=False,
    )
    embed.set_footer(text=f"newsbrief {__version__}")
    return embed


def help_embed(cache_ttl_seconds: int, support_text: str) -> discord.Embed:
    hours = cache_ttl_seconds / 3600
    embed = discord.Embed(
        title="newsbrief: help",
        description="Briefings of English news articles, made on this bot's own machine.",
        colour=discord.Colour.blurple(),
    )
    embed.add_field(
        name="Commands",
        value=(
            "`/summarize link` a news link · `/summarize text` pasted text (up to 6,000 characters) · "
            "`/summarize file` a .txt, .md or .html file (up to 2 MB) · `/summarize` alone opens a "
            "form for a long article (up to 20,000 characters). Options: `sentences` (1 to 10), "
            "`private` (only you see the reply).\n"
            "Right-click a message > Apps > **Summarize article**: its link, file or text.\n"
            "`/digest link1 link2 ...` (up to 5): one briefing of a story told by several articles.\n"
            "`/newsbrief autobrief on|off` (server managers): news links posted in this channel get a "
            "short briefing · `/newsbrief settings`: where that is on.\n"
            "`/about`: what the bot is · `/help`: this."
        ),
        inline=False,
    )
    embed.add_field(
        name="What a briefing holds",
        value=(
            "A summary of sentences copied from the article (never rewritten), up to three key quotes "
            "with who said them, the countries and leaders named, and who met whom (with a picture "
            "when there are two meetings or more). **Full briefing** sends it all as a Markdown file. "
            "newsbrief reads English news only."
        ),
        inline=False,
    )
    kept = f"link briefings are cached for {hours:g} hours" if cache_ttl_seconds else "nothing is cached"
    embed.add_field(
        name="What is stored, for how long",
        value=(
            f"Pasted text and files are never kept; {kept}; a report you send is kept with its "
            "briefing until the bot's owner deletes it; the channels auto-brief is on in are kept "
            "until turned off, and the links briefed there for the cache time. "
            "The log never holds article text."
        ),
        inline=False,
    )
    embed.add_field(
        name="A wrong briefing?",
        value=(
            "Press **Report a wrong briefing** under the reply and say what is wrong: the report and "
            "the briefing are kept for the person who runs this bot. "
            + (support_text or "For anything else, tell the person who runs this bot.")
        ),
        inline=False,
    )
    embed.set_footer(text=f"newsbrief {__version__}")
    return embed


class About(commands.Cog):
    def __init__(self, bot: NewsbriefBot) -> None:
        self.bot = bot

    @app_commands.command(
        name="about", description="What this bot does, what it stores, how to report a problem"
    )
    async def about(self, interaction: discord.Interaction) -> None:
        request_record(interaction, "about")
        settings = self.bot.settings
        embed = about_embed(settings.cache_ttl_seconds, settings.support_text)
        await interaction.response.send_message(
            embed=embed, ephemeral=True, allowed_mentions=render.NO_MENTIONS
        )
        log_request(interaction)

    @app_commands.command(name="help", description="The commands, what a briefing holds, how to report one")
    async def help(self, interaction: discord.Interaction) -> None:
        request_record(interaction, "help")
        settings = self.bot.settings
        embed = help_embed(settings.cache_ttl_seconds, settings.support_text)
        await interaction.response.send_message(
            embed=embed, ephemeral=True, allowed_mentions=render.NO_MENTIONS
        )
        log_request(interaction)


async def setup(bot: NewsbriefBot) -> None:
    await bot.add_cog(About(bot))
