"""/digest: one briefing of a story told by up to five articles (links), for study groups.

Thin: the links are briefed and merged by bot/digest.py (the CLI's --digest
makes the same digest) and drawn by bot/render_digest.py. A link that fails
is named in the reply; the others are still briefed.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot import render
from bot.client import log_request, request_record
from bot.digest import digest_links
from bot.errors import NothingBriefed
from bot.jobs import brief_link
from bot.render_digest import digest_embeds, digest_markdown, failures_text
from cogs.summarize import VIEW_TIMEOUT_S

if TYPE_CHECKING:
    from bot.client import NewsbriefBot
    from bot.digest import Digest
    from newsbrief.model import Briefing

DIGEST_FILE = "digest.md"


class FullDigestView(discord.ui.View):
    """The "Full digest" button: everything, as a Markdown file, to whoever asks."""

    def __init__(self, bot: NewsbriefBot, digest: Digest) -> None:
        super().__init__(timeout=VIEW_TIMEOUT_S)
        self.bot, self.digest = bot, digest

    @discord.ui.button(
        label="Full digest (.md)", emoji="\N{PAGE FACING UP}", style=discord.ButtonStyle.secondary
    )
    async def full_digest(self, interaction: discord.Interaction, button: discord.ui.Button[Any]) -> None:
        request_record(interaction, "full-digest")
        text = digest_markdown(self.digest)
        file = discord.File(io.BytesIO(text.encode("utf-8")), filename=DIGEST_FILE)
        await interaction.response.send_message(
            file=file, ephemeral=True, allowed_mentions=render.NO_MENTIONS
        )
        log_request(interaction)

    async def on_error(self, interaction: discord.Interaction, error: Exception, item: Any) -> None:
        await self.bot.tree.on_error(interaction, error)  # type: ignore[arg-type]


class DigestCog(commands.Cog):
    def __init__(self, bot: NewsbriefBot) -> None:
        self.bot = bot

    @app_commands.command(
        name="digest", description="One briefing of a story told by 2 to 5 articles (links)"
    )
    @app_commands.describe(
        link1="An article's web address",
        link2="Another article on the same story",
        link3="(optional) a third",
        link4="(optional) a fourth",
        link5="(optional) a fifth",
    )
    async def digest(
        self,
        interaction: discord.Interaction,
        link1: str,
        link2: str,
        link3: str | None = None,
        link4: str | None = None,
        link5: str | None = None,
    ) -> None:
        record = request_record(interaction, "digest")
        record.source = "links"
        links = [link.strip().strip("<>") for link in (link1, link2, link3, link4, link5) if link]
        bot = self.bot
        ticket = await bot.limits.admit(interaction.user.id, interaction.guild_id)
        try:
            await interaction.response.defer(thinking=True)
            interaction.extras["deferred_public"] = True
            record.lap("defer")

            async def brief_one(link: str) -> Briefing:
                assert bot.fetcher is not None, "setup_hook starts the fetcher"
                briefed = await brief_link(
                    link,
                    None,
                    fetcher=bot.fetcher,
                    cache=bot.cache,
                    run=bot.run_blocking,
                    brief_fn=bot.brief_fn,
                )
                return briefed.briefing

            digest = await digest_links(
                links, brief_one=brief_one, time_limit_s=bot.settings.brief_timeout_seconds
            )
            record.lap("briefs")
            if not digest.items:
                await ticket.forgive()
                raise NothingBriefed(failures_text(digest))
            record.words = sum(item.briefing.source.words for item in digest.items)
            await interaction.followup.send(
                content=failures_text(digest) or None,
                embeds=digest_embeds(digest),
                view=FullDigestView(bot, digest),
                allowed_mentions=render.NO_MENTIONS,
                wait=True,
            )
            record.lap("send")
            if digest.failures:
                record.outcome = f"ok:{len(digest.failures)}-failed"
            log_request(interaction)
        finally:
            ticket.release()


async def setup(bot: NewsbriefBot) -> None:
    await bot.add_cog(DigestCog(bot))
