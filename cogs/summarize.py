"""/summarize, its paste modal, and the "Summarize article" message menu.

The cog parses the interaction into an `ArticleInput`, checks the limits,
defers at once, runs the engine on the bot's worker pool and sends one reply
built by `bot.render`. Errors are raised, never answered here: the tree's one
`on_error` words them (modal and button errors are routed to it too).
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import discord
from discord import app_commands
from discord.ext import commands

from bot import render
from bot.client import RequestRecord, log_request, request_record
from bot.errors import InputError, NothingToBrief, TooManySources, UnsupportedFile, file_kinds_text
from bot.jobs import Briefed, brief_link, brief_text, warm_picture
from bot.store import REPORT_MAX_CHARS
from bot.web.page import BINARY_SCAN_BYTES, decode_bytes, sniff_binary
from newsbrief.model import Briefing

log = logging.getLogger("newsbrief.bot")

if TYPE_CHECKING:
    from bot.client import NewsbriefBot

FILE_SUFFIXES = {".txt": False, ".md": False, ".html": True, ".htm": True}  # suffix -> is HTML
FILE_MAX_BYTES = 2 * 1024 * 1024
SHOWN_SUFFIXES = (".txt", ".md", ".html")  # what help and refusals name (.htm goes without saying)
TEXT_OPTION_MAX = 6000  # Discord's limit for a string option
MODAL_FIELD_MAX = 4000  # Discord's limit for one text input
MODAL_FIELDS = 5  # Discord allows five inputs: 20,000 characters, a long feature
VIEW_TIMEOUT_S = 14 * 60  # interaction tokens (needed to edit the reply) last 15 minutes
PICTURE_NAME = "who-met-whom.png"

_LINK = re.compile(r"https?://[^\s<>()\"']+", re.I)
_LONE_LINK = re.compile(r"<?https?://\S+?>?", re.I)

SUMMARIZE_DESCRIPTION = (
    "Brief a news article from a link, text or file. Long article? Attach a file, or give no option."
)


@dataclass(frozen=True)
class ArticleInput:
    """What to brief: exactly one of a link, pasted text or an attachment."""

    kind: str  # "link", "text", "file", "message", "modal" (for the log line)
    link: str | None = None
    text: str | None = None
    attachment: discord.Attachment | None = None


def unsupported_file() -> UnsupportedFile:
    return UnsupportedFile(SHOWN_SUFFIXES, FILE_MAX_BYTES)


def file_is_html(attachment: discord.Attachment) -> bool:
    """Whether an attachment we accept is a web page; refuses what we do not accept."""
    name = attachment.filename.lower()
    suffix = name[name.rfind(".") :] if "." in name else ""
    if suffix not in FILE_SUFFIXES or attachment.size > FILE_MAX_BYTES:
        raise unsupported_file()
    return FILE_SUFFIXES[suffix]


def decode_upload(data: bytes) -> str:
    """The text of an uploaded file (bot/web/page.py's one decoder); a binary file is refused."""
    if sniff_binary(data[:BINARY_SCAN_BYTES]):
        raise unsupported_file()
    return decode_bytes(data)[0]


def input_from_message(message: discord.Message) -> ArticleInput:
    """The message menu briefs the message's link, else its text file, else its text."""
    found = _LINK.search(message.content or "")
    if found:
        return ArticleInput("message", link=found.group(0).rstrip(".,;:!?"))
    for attachment in message.attachments:
        name = attachment.filename.lower()
        if any(name.endswith(suffix) for suffix in FILE_SUFFIXES):
            return ArticleInput("message", attachment=attachment)
    if message.content and message.content.strip():
        return ArticleInput("message", text=message.content)
    raise NothingToBrief()


def _host(link: str) -> str | None:
    try:
        return urlsplit(link).hostname
    except ValueError:
        return None


class FullBriefingView(discord.ui.View):
    """The "Full briefing" button: the whole briefing as a Markdown file, to whoever asks."""

    def __init__(self, bot: NewsbriefBot, briefing: Briefing, elapsed_s: float) -> None:
        super().__init__(timeout=VIEW_TIMEOUT_S)
        self.bot, self.briefing, self.elapsed_s = bot, briefing, elapsed_s
        self.message: discord.WebhookMessage | None = None

    @discord.ui.button(
        label="Full briefing (.md)", emoji="\N{PAGE FACING UP}", style=discord.ButtonStyle.secondary
    )
    async def full_briefing(self, interaction: discord.Interaction, button: discord.ui.Button[Any]) -> None:
        request_record(interaction, "full-briefing").words = self.briefing.source.words
        text = render.briefing_markdown(self.briefing, elapsed_s=self.elapsed_s)
        file = discord.File(
            io.BytesIO(text.encode("utf-8")), filename=render.markdown_filename(self.briefing)
        )
        await interaction.response.send_message(
            file=file, ephemeral=True, allowed_mentions=render.NO_MENTIONS
        )
        log_request(interaction)

    @discord.ui.button(
        label="Report a wrong briefing", emoji="\N{WARNING SIGN}", style=discord.ButtonStyle.secondary
    )
    async def report(self, interaction: discord.Interaction, button: discord.ui.Button[Any]) -> None:
        request_record(interaction, "report").outcome = "form-opened"
        await interaction.response.send_modal(ReportModal(self.bot, self.briefing))
        log_request(interaction)

    async def on_timeout(self) -> None:
        if self.message is not None:
            # The reply may be deleted or the token expired: then there is nothing to tidy.
            with contextlib.suppress(discord.HTTPException):
                await self.message.edit(view=None)

    async def on_error(self, interaction: discord.Interaction, error: Exception, item: Any) -> None:
        await self.bot.tree.on_error(interaction, error)  # type: ignore[arg-type]


class ReportModal(discord.ui.Modal, title="Report a wrong briefing"):
    """What is wrong, in the reporter's words; kept with the briefing's JSON for the bot's owner."""

    def __init__(self, bot: NewsbriefBot, briefing: Briefing) -> None:
        super().__init__(timeout=15 * 60)
        self.bot, self.briefing = bot, briefing
        self.what = discord.ui.TextInput(
            label="What is wrong?",
            style=discord.TextStyle.paragraph,
            max_length=REPORT_MAX_CHARS,
            placeholder="A wrong leader or country, a meeting that did not happen, a quote given "
            "to the wrong person ...",
        )
        self.add_item(self.what)

    async def on_submit(self, interaction: discord.Interaction) -> None:
        request_record(interaction, "report")
        number = await self.bot.reports.add(
            self.briefing, self.what.value, user_id=interaction.user.id, guild_id=interaction.guild_id
        )
        await interaction.response.send_message(
            f"Thank you: your report (number {number}) is kept, with the briefing, for the person "
            "who runs this bot.",
            ephemeral=True,
            allowed_mentions=render.NO_MENTIONS,
        )
        log_request(interaction)

    async def on_error(self, interaction: discord.Interaction, error: Exception) -> None:
        await self.bot.tree.on_error(interaction, error)  # type: ignore[arg-type]


class PasteModal(discord.ui.Modal, title="Paste the article"):
    """For articles longer than a text option holds: five boxes of 4,000 characters."""

    def __init__(self, cog: Summarize, n_sentences: int | None, private: bool) -> None:
        super().__init__(timeout=15 * 60)
        self.cog, self.n_sentences, self.private = cog, n_sentences, private
        self.parts: list[discord.ui.TextInput[Any]] = []
        for i in range(MODAL_FIELDS):
            part = discord.ui.TextInput(
                label="Article text" if i == 0 else f"Article text, part {i + 1} (optional)",
                style=discord.TextStyle.paragraph,
                max_length=MODAL_FIELD_MAX,
                required=i == 0,
                placeholder="Paste the headline and article here."
                if i == 0
                else "If it did not all fit above.",
            )
            self.parts.append(part)
            self.add_item(part)

    async def on_submit(self, interaction: discord.Interaction) -> None:
        text = "\n".join(p.value for p in self.parts if p.value)
        request_record(interaction, "summarize").source = "modal"
        await self.cog.answer(interaction, ArticleInput("modal", text=text), self.n_sentences, self.private)

    async def on_error(self, interaction: discord.Interaction, error: Exception) -> None:
        await self.cog.bot.tree.on_error(interaction, error)  # type: ignore[arg-type]


class Summarize(commands.Cog):
    def __init__(self, bot: NewsbriefBot) -> None:
        self.bot = bot
        self.menu = app_commands.ContextMenu(name="Summarize article", callback=self.summarize_message)

    async def cog_load(self) -> None:
        self.bot.tree.add_command(self.menu)
        try:
            await asyncio.gather(
                *(self.bot.run_blocking(warm_picture) for _ in range(self.bot.settings.brief_workers))
            )
        except Exception:  # drawing is optional; a broken one shows with an error id later
            log.exception("the meetings picture failed to warm up")

    async def cog_unload(self) -> None:
        self.bot.tree.remove_command(self.menu.name, type=self.menu.type)

    @app_commands.command(name="summarize", description=SUMMARIZE_DESCRIPTION)
    @app_commands.describe(
        link="The article's web address",
        text="The article pasted (up to 6,000 characters; longer: attach a file or give no option)",
        file=f"The article as {file_kinds_text(SHOWN_SUFFIXES, FILE_MAX_BYTES)}",
        sentences="How many summary sentences (1 to 10)",
        private="Reply only to me",
    )
    async def summarize(
        self,
        interaction: discord.Interaction,
        link: str | None = None,
        text: app_commands.Range[str, 1, TEXT_OPTION_MAX] | None = None,
        file: discord.Attachment | None = None,
        sentences: app_commands.Range[int, 1, 10] | None = None,
        private: bool = False,
    ) -> None:
        record = request_record(interaction, "summarize")
        given = [name for name, value in (("link", link), ("text", text), ("file", file)) if value]
        if len(given) > 1:
            raise TooManySources(given)
        if not given:
            record.source, record.outcome = "modal", "modal-opened"
            await interaction.response.send_modal(PasteModal(self, sentences, private))
            log_request(interaction)
            return
        if file is not None:
            file_is_html(file)  # refuse a wrong file before deferring, so the refusal is immediate
            article = ArticleInput("file", attachment=file)
        elif link is not None:
            article = ArticleInput("link", link=link.strip())
        elif text is not None and _LONE_LINK.fullmatch(text.strip()):
            article = ArticleInput("link", link=text.strip().strip("<>"))  # a link pasted as text
        else:
            article = ArticleInput("text", text=text)
        record.source = article.kind
        await self.answer(interaction, article, sentences, private)

    async def summarize_message(self, interaction: discord.Interaction, message: discord.Message) -> None:
        record = request_record(interaction, "summarize-message")
        article = input_from_message(message)
        if article.attachment is not None:
            file_is_html(article.attachment)
        record.source = "message"
        await self.answer(interaction, article, None, False)

    # --- the one way through -------------------------------------------------

    async def answer(
        self, interaction: discord.Interaction, article: ArticleInput, n_sentences: int | None, private: bool
    ) -> None:
        record = request_record(interaction, "summarize")
        ticket = await self.bot.limits.admit(interaction.user.id, interaction.guild_id)
        try:
            await interaction.response.defer(thinking=True, ephemeral=private)
            interaction.extras["deferred_public"] = not private
            record.lap("defer")
            async with asyncio.timeout(self.bot.settings.brief_timeout_seconds):
                briefed = await self.brief(article, n_sentences, record)
            record.words = briefed.briefing.source.words
            await self.send(interaction, briefed.briefing, briefed.picture, private, record)
            record.lap("send")
            log_request(interaction)
        except InputError:
            await ticket.forgive()  # no sentences, too long, not English: fixing it must not mean waiting
            raise
        finally:
            ticket.release()

    async def brief(self, article: ArticleInput, n_sentences: int | None, record: RequestRecord) -> Briefed:
        """The briefing and its picture, made in one worker job (one place in the queue)."""
        bot = self.bot
        if article.link is not None:
            record.host = _host(article.link)
            assert bot.fetcher is not None, "setup_hook starts the fetcher"
            return await brief_link(
                article.link,
                n_sentences,
                fetcher=bot.fetcher,
                cache=bot.cache,
                run=bot.run_blocking,
                brief_fn=bot.brief_fn,
                lap=record.lap,
            )
        if article.attachment is not None:
            html = file_is_html(article.attachment)
            data = await article.attachment.read()
            record.lap("download")
            if len(data) > FILE_MAX_BYTES:
                raise unsupported_file()
            text = decode_upload(data)
            briefed = await bot.run_blocking(brief_text, bot.brief_fn, text, n_sentences, html)
        else:
            briefed = await bot.run_blocking(brief_text, bot.brief_fn, article.text or "", n_sentences, None)
        record.lap("engine")
        return briefed

    async def send(
        self,
        interaction: discord.Interaction,
        briefing: Briefing,
        picture: bytes | None,
        private: bool,
        record: RequestRecord,
    ) -> None:
        elapsed = record.elapsed_s
        embeds = render.briefing_embeds(
            briefing, elapsed_s=elapsed, picture=PICTURE_NAME if picture else None
        )
        record.lap("render")
        view = FullBriefingView(self.bot, briefing, elapsed)
        files = [discord.File(io.BytesIO(picture), filename=PICTURE_NAME)] if picture else []
        view.message = await interaction.followup.send(
            embeds=embeds,
            files=files,
            view=view,
            ephemeral=private,
            allowed_mentions=render.NO_MENTIONS,
            wait=True,
        )


async def setup(bot: NewsbriefBot) -> None:
    await bot.add_cog(Summarize(bot))
