"""Briefing -> Discord embeds (inside Discord's limits) and the Markdown file.

The one renderer for the bot. Lists are cut at item boundaries with
"... and N more" and long single items at a word boundary, never mid-word.
Article text is escaped for Discord markdown and mentions, so an article that
says "@everyone" or "**" neither pings nor breaks the layout (messages are
also sent with mentions disabled; see `NO_MENTIONS`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import discord

from newsbrief.model import Briefing, Meeting, Participant, Person, Quote

# Discord's limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits).
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FIELDS_PER_EMBED = 25
FOOTER_LIMIT = 2048
MESSAGE_EMBED_CHARS = 6000  # all embeds of one message together
EMBEDS_PER_MESSAGE = 10
URL_LIMIT = 2048

COMPACT_SUMMARY = 3  # sentences in an auto-brief: the channel is a conversation, not a report
KEY_QUOTES = 3  # the reply shows the best few; the Markdown file has them all
QUOTE_CHARS = 300  # a longer quote is shortened at a word in the embed
ELLIPSIS = "…"

NO_MENTIONS = discord.AllowedMentions.none()

# When the whole message is too long, items go first from the section using the
# most room per unit of weight: the summary is what the reader came for.
SECTION_WEIGHT = {"Summary": 2.0}

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class _Section:
    """One list in the reply: the summary (the description) or a field."""

    name: str
    items: tuple[str, ...]
    separator: str = "\n"


_MARKUP_OPEN = re.compile(r"<(?=[#@/:a!t])")


def escape(text: str) -> str:
    """Article text made inert for Discord: one line, no markdown, no mentions."""
    one_line = _SPACE.sub(" ", text).strip()
    inert = discord.utils.escape_mentions(discord.utils.escape_markdown(one_line))
    # Channel links <#id>, command links </cmd:id>, timestamps <t:...> and custom
    # emoji <:name:id> are not mentions but still render: break every "<" markup.
    return _MARKUP_OPEN.sub("<\u200b", inert)


def shorten(text: str, limit: int) -> str:
    """`text` if it fits, else cut at the last word boundary with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: max(0, limit - len(ELLIPSIS))]
    space = cut.rfind(" ")
    if space > 0:
        cut = cut[:space]
    # A trailing backslash would escape the ellipsis; a dangling escape is no word.
    return cut.rstrip(" \\,;:") + ELLIPSIS


def flag(code: str | None) -> str:
    """The flag emoji of an ISO 3166-1 alpha-2 code ("" when there is none)."""
    if not code or len(code) != 2 or not code.isascii() or not code.isalpha():
        return ""
    return "".join(chr(0x1F1E6 + ord(letter) - ord("A")) for letter in code.upper())


def _more(n: int) -> str:
    return f"... and {n} more"


def fit_items(items: tuple[str, ...], limit: int, separator: str = "\n", shown: int | None = None) -> str:
    """Join as many whole items as fit in `limit`, saying how many were left out."""
    return _fit(items, limit, separator, shown)[0]


def _fit(items: tuple[str, ...], limit: int, separator: str, shown: int | None) -> tuple[str, int]:
    shown = len(items) if shown is None else min(shown, len(items))
    while shown >= 0:
        body = separator.join(items[:shown])
        rest = len(items) - shown
        text = body if rest == 0 else (body + ("\n" if body else "") + _more(rest))
        if len(text) <= limit:
            return text, shown
        shown -= 1
    return shorten(_more(len(items)), limit), 0


# --- the parts of a briefing as display lines ----------------------------------


def _country_names(b: Briefing) -> dict[str, str]:
    return {c.code: c.name for c in b.countries}


def _participant(p: Participant, names: dict[str, str]) -> str:
    mark = flag(p.country)
    who = escape(p.name) if p.name else names.get(p.country or "", p.country or "someone")
    return f"{mark} {who}".strip()


def _standing(m: Meeting) -> str:
    """A meeting not held in this story says so: one only announced, or one long past."""
    return " (planned)" if m.planned else " (earlier)" if m.background else ""


def _meeting_line(m: Meeting, names: dict[str, str]) -> str:
    people = " ↔ ".join(_participant(p, names) for p in m.participants)
    details = [m.kind] + [escape(x) for x in (m.where, m.when) if x]
    return f"{people}: {', '.join(details)}{_standing(m)}"


def _leader_line(p: Person) -> str:
    mark = flag(p.country)
    office = p.title or ""
    if p.organization and p.organization not in office:
        office = f"{office} ({p.organization})" if office else p.organization
    line = f"**{escape(p.name)}**" + (f", {escape(office)}" if office else "")
    return f"{mark} {line}".strip()


def _quote_line(q: Quote) -> str:
    speaker = f"**{escape(q.speaker)}**" if q.speaker else "unattributed"
    return f"“{escape(shorten(q.shown, QUOTE_CHARS))}” — {speaker}"


_QUOTE_MARKS = "\"'“”‘’«»„"
# A quote and a summary sentence are the same text when one holds the other and
# the shorter is this much of the longer: a quote is often its sentence less
# the attribution ('"...," Lunde said after the talks.').
SAME_TEXT_SHARE = 0.6


def _bare(text: str) -> str:
    """Text for comparing a quote with a sentence: one line, no quote marks, no end punctuation."""
    words = " ".join(text.split())
    return words.translate(str.maketrans("", "", _QUOTE_MARKS)).strip(" .,;:!?").casefold()


def _repeats_summary(q: Quote, sentences: list[str]) -> bool:
    quote = _bare(q.text)
    for sentence in sentences:
        shorter, longer = sorted((quote, sentence), key=len)
        if shorter and shorter in longer and len(shorter) >= SAME_TEXT_SHARE * len(longer):
            return True
    return False


def key_quotes(b: Briefing) -> list[Quote]:
    """The quotes the reply shows: the best KEY_QUOTES, leaving out any that is a whole
    summary sentence (already shown above it; the next quote takes its place)."""
    sentences = [_bare(s.text) for s in b.summary]
    return [q for q in b.quotes if not _repeats_summary(q, sentences)][:KEY_QUOTES]


def _footer(b: Briefing, elapsed_s: float | None) -> str:
    parts = [b.source.site or "", (b.source.published or "")[:10], f"{b.source.words:,} words"]
    if elapsed_s is not None:
        parts.append(f"{elapsed_s:.1f} s")
    return shorten(" · ".join(p for p in parts if p), FOOTER_LIMIT)


def _sections(b: Briefing, compact: bool = False) -> tuple[_Section, list[_Section]]:
    sentences = b.summary[:COMPACT_SUMMARY] if compact else b.summary
    summary = _Section(
        "Summary", tuple(f"{i}. {escape(s.text)}" for i, s in enumerate(sentences, 1)) or ("No summary.",)
    )
    names = _country_names(b)
    if compact:
        return summary, [
            f
            for f in [_Section("Who met whom", tuple(_meeting_line(m, names) for m in b.meetings))]
            if f.items
        ]
    fields = [
        _Section("Key quotes", tuple(_quote_line(q) for q in key_quotes(b))),
        _Section("Countries", tuple(f"{flag(c.code)} {escape(c.name)}".strip() for c in b.countries), ", "),
        _Section("Leaders", tuple(_leader_line(p) for p in b.leaders)),
        _Section("Who met whom", tuple(_meeting_line(m, names) for m in b.meetings)),
    ]
    return summary, [f for f in fields if f.items]


# --- embeds ------------------------------------------------------------------


def _summary_pages(section: _Section, shown: int) -> list[str]:
    """The numbered summary over one description, or more if it needs them."""
    pages: list[str] = []
    items = section.items[:shown]
    left_out = len(section.items) - len(items)
    current: list[str] = []
    for item in items:
        item = shorten(item, DESCRIPTION_LIMIT)
        if current and len("\n".join([*current, item])) > DESCRIPTION_LIMIT:
            pages.append("\n".join(current))
            current = []
        current.append(item)
    if left_out:
        tail = _more(left_out)
        if current and len("\n".join([*current, tail])) > DESCRIPTION_LIMIT:
            pages.append("\n".join(current))
            current = []
        current.append(tail)
    pages.append("\n".join(current))
    return pages


def _build(
    b: Briefing, summary: _Section, fields: list[_Section], shown: dict[str, int], elapsed_s: float | None
) -> list[discord.Embed]:
    title = shorten(escape(b.source.title or "") or "Briefing", TITLE_LIMIT)
    url = b.source.url if b.source.url and b.source.url.startswith(("http://", "https://")) else None
    if url and len(url) > URL_LIMIT:
        url = None
    pages = _summary_pages(summary, shown[summary.name])
    embeds = [discord.Embed(title=title, url=url, description=pages[0], colour=discord.Colour.blurple())]
    embeds += [discord.Embed(description=page, colour=discord.Colour.blurple()) for page in pages[1:]]
    for section in fields[:FIELDS_PER_EMBED]:
        value = fit_items(section.items, FIELD_VALUE_LIMIT, section.separator, shown[section.name])
        embeds[-1].add_field(name=shorten(section.name, FIELD_NAME_LIMIT), value=value, inline=False)
    embeds[-1].set_footer(text=_footer(b, elapsed_s))
    return embeds[:EMBEDS_PER_MESSAGE]


def total_chars(embeds: list[discord.Embed]) -> int:
    """What Discord counts toward the 6,000 characters of a message's embeds."""
    return sum(len(e) for e in embeds)


def briefing_embeds(
    b: Briefing, *, elapsed_s: float | None = None, picture: str | None = None, compact: bool = False
) -> list[discord.Embed]:
    """One embed (more only if the summary needs them) inside all of Discord's limits.

    `picture` names an attachment (the who-met-whom drawing) to show in the embed;
    `compact` keeps only the summary's first sentences and who met whom.
    """
    summary, fields = _sections(b, compact)
    shown = {s.name: len(s.items) for s in [summary, *fields]}
    while True:
        embeds = _build(b, summary, fields, shown, elapsed_s)
        if total_chars(embeds) <= MESSAGE_EMBED_CHARS:
            break
        # Too long as a whole: drop one item from the section that uses the most room.
        sizes = {summary.name: sum(len(e.description or "") for e in embeds)}
        for section in fields:
            text, fitted = _fit(section.items, FIELD_VALUE_LIMIT, section.separator, shown[section.name])
            sizes[section.name], shown[section.name] = len(text), fitted
        candidates = [name for name in sizes if shown[name] > (1 if name == summary.name else 0)]
        if not candidates:
            break
        shown[max(candidates, key=lambda name: sizes[name] / SECTION_WEIGHT.get(name, 1.0))] -= 1
    if picture:
        embeds[-1].set_image(url=f"attachment://{picture}")
    return embeds


def compact_embeds(b: Briefing, *, elapsed_s: float | None = None) -> list[discord.Embed]:
    """The auto-brief of a link posted in a channel: the summary's first sentences and who met whom.

    The rest (quotes, countries, leaders) is behind the "Full briefing" button.
    """
    return briefing_embeds(b, elapsed_s=elapsed_s, compact=True)


# --- the full briefing as Markdown -------------------------------------------


def markdown_filename(b: Briefing) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", (b.source.title or "").lower()).strip("-")[:60].strip("-")
    return f"briefing-{slug}.md" if slug else "briefing.md"


def briefing_markdown(b: Briefing, *, elapsed_s: float | None = None) -> str:
    """Everything in the briefing, for the "Full briefing" button."""
    names = _country_names(b)
    out = [f"# {b.source.title or 'Briefing'}", ""]
    if b.source.url:
        out += [f"<{b.source.url}>", ""]
    meta = [b.source.site, b.source.author and f"by {b.source.author}", b.source.published]
    out += [" · ".join([*(m for m in meta if m), f"{b.source.words:,} words"]), ""]
    out += ["## Summary", ""] + [f"{i}. {s.text}" for i, s in enumerate(b.summary, 1)] + [""]
    if b.quotes:
        out += ["## Quotes", ""]
        for q in b.quotes:
            out += [f"> “{q.shown}”", f"> — {q.speaker or 'unattributed'}", ""]
    if b.countries:
        out += ["## Countries", ""]
        out += [f"- {flag(c.code)} {c.name} ({c.code}), {_count(c.mentions, 'mention')}" for c in b.countries]
        out += [""]
    if b.leaders:
        out += ["## Leaders", ""]
        for p in b.leaders:
            office = ", ".join(
                x for x in (p.title, p.organization, names.get(p.country or "", p.country)) if x
            )
            aliases = f" (also: {', '.join(p.aliases)})" if p.aliases else ""
            out.append(f"- {flag(p.country)} {p.name}{aliases}" + (f": {office}" if office else ""))
        out.append("")
    if b.meetings:
        out += ["## Who met whom", ""]
        for m in b.meetings:
            who = " and ".join(
                f"{p.name} ({p.country})"
                if p.name and p.country
                else (p.name or names.get(p.country or "", "?"))
                for p in m.participants
            )
            where = f" in {m.where}" if m.where else ""
            when = f", {m.when}" if m.when else ""
            standing = (
                " (planned, not yet held)"
                if m.planned
                else " (earlier meeting, given as background)"
                if m.background
                else ""
            )
            out += [f"- {who}: {m.kind}{where}{when}{standing}", f"  > {m.evidence}", ""]
    if elapsed_s is not None:
        out += [f"_Briefed in {elapsed_s:.1f} s by newsbrief._", ""]
    return "\n".join(out)


def _count(n: int, noun: str) -> str:
    """'1 mention', '3 mentions'."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
