"""/about: what the bot does, what it keeps, and how to report a problem."""

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


async def setup(bot: NewsbriefBot) -> None:
    await bot.add_cog(About(bot))
