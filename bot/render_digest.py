"""A digest (bot/digest.py) -> Discord embeds inside Discord's limits, and its Markdown file.

One embed per article (its title and link, its short summary, its key quotes),
then one with what the articles share: the countries and leaders of all, and
the meetings of all with duplicates merged. Five articles at full length would
pass Discord's 6,000 characters for a message, so sentences and quotes are
shortened (at a word) step by step until the whole fits; the Markdown file
carries everything.
"""

from __future__ import annotations

import re

import discord

from bot.digest import QUOTES_PER_ARTICLE, SUMMARY_PER_ARTICLE, Digest
from bot.render import (
    FIELD_VALUE_LIMIT,
    MESSAGE_EMBED_CHARS,
    TITLE_LIMIT,
    URL_LIMIT,
    _leader_line,
    _meeting_line,
    _quote_line,
    briefing_markdown,
    escape,
    fit_items,
    flag,
    shorten,
    total_chars,
)
from newsbrief.model import Briefing, Source

# (characters per summary sentence, per field of the shared embed), tried in order until the message fits.
SQUEEZE = ((600, FIELD_VALUE_LIMIT), (350, 700), (220, 450), (140, 300), (90, 200))


def _article_embed(source: str, b: Briefing, sentence_chars: int) -> discord.Embed:
    title = shorten(escape(b.source.title or "") or source, TITLE_LIMIT)
    url = b.source.url or source
    url = url if url.startswith(("http://", "https://")) and len(url) <= URL_LIMIT else None
    lines = [f"{i}. {shorten(escape(s.text), sentence_chars)}" for i, s in enumerate(b.summary, 1)]
    embed = discord.Embed(
        title=title,
        url=url,
        description="\n".join(lines[:SUMMARY_PER_ARTICLE]) or "No summary.",
        colour=discord.Colour.blurple(),
    )
    quotes = tuple(_quote_line(q) for q in b.quotes[:QUOTES_PER_ARTICLE])
    if quotes:
        embed.add_field(name="Key quotes", value=fit_items(quotes, sentence_chars * 2), inline=False)
    parts = [b.source.site or "", f"{b.source.words:,} words"]
    embed.set_footer(text=" · ".join(p for p in parts if p))
    return embed


def _shared_embed(d: Digest, field_chars: int) -> discord.Embed | None:
    names = {c.code: c.name for c in d.countries}
    sections = [
        ("Countries", tuple(f"{flag(c.code)} {escape(c.name)}".strip() for c in d.countries), ", "),
        ("Leaders", tuple(_leader_line(p) for p in d.leaders), "\n"),
        ("Who met whom", tuple(_meeting_line(m, names) for m in d.meetings), "\n"),
    ]
    sections = [s for s in sections if s[1]]
    if not sections:
        return None
    embed = discord.Embed(title=f"In all {len(d.items)} articles", colour=discord.Colour.dark_teal())
    for name, items, separator in sections:
        embed.add_field(name=name, value=fit_items(items, field_chars, separator), inline=False)
    return embed


def digest_embeds(d: Digest) -> list[discord.Embed]:
    """One embed per article and one for what they share, together inside 6,000 characters."""
    for sentence_chars, field_chars in SQUEEZE:
        embeds = [_article_embed(item.source, item.briefing, sentence_chars) for item in d.items]
        shared = _shared_embed(d, field_chars)
        if shared is not None:
            embeds.append(shared)
        if total_chars(embeds) <= MESSAGE_EMBED_CHARS:
            break
    return embeds


def failures_text(d: Digest) -> str:
    """The links that could not be briefed, each with why (links in <> so Discord shows no preview)."""
    if not d.failures:
        return ""
    lines = [f"- <{shorten(source, 300)}>: {why}" for source, why in d.failures]
    head = "None of those links could be briefed:" if not d.items else "Not briefed (the others are below):"
    return shorten("\n".join([head, *lines]), 1900)


def digest_markdown(d: Digest) -> str:
    """Everything, for the "Full digest" button: what the articles share, then each whole briefing."""
    out = [f"# Digest of {len(d.items)} article{'s' if len(d.items) != 1 else ''}", ""]
    shared = briefing_markdown(
        Briefing(source=Source(), countries=d.countries, leaders=d.leaders, meetings=d.meetings)
    )
    first = [shared.find(f"## {name}") for name in ("Countries", "Leaders", "Who met whom")]
    found = [i for i in first if i >= 0]
    if found:
        out += ["## In all the articles", "", re.sub(r"^## ", "### ", shared[min(found) :], flags=re.M), ""]
    if d.failures:
        out += ["## Not briefed", ""] + [f"- <{source}>: {why}" for source, why in d.failures] + [""]
    for item in d.items:
        out += [briefing_markdown(item.briefing).replace("# ", "## ", 1), ""]
    return "\n".join(out)
