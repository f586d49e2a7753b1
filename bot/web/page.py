"""What a fetched body or an uploaded file is: its kind and its text encoding.

Pure functions on bytes and strings (no network), used by bot/web/fetch.py,
the command line and the bot's uploads, and testable on their own. The tables
live in bot/web/data: content_types.tsv, file_signatures.tsv, charset_aliases.tsv.
Whether a page holds an article is the engine's question (newsbrief.article_check).
"""

from __future__ import annotations

import codecs
import html as html_lib
import re
from dataclasses import dataclass
from functools import cache

from bot.errors import NotAWebPage
from newsbrief.tables import read_tsv

# How far into the bytes a <meta charset> is looked for.
META_SCAN_BYTES = 65_536
# How much of a page with no declared charset the detector reads.
DETECT_SAMPLE_BYTES = 200_000


# --- the kind of body ---------------------------------------------------------


@dataclass(frozen=True)
class MediaKind:
    kind: str  # "html", "text", "sniff" or "refuse"
    description: str  # "a PDF document", shown to users


def media_kind(content_type: str | None) -> MediaKind:
    """What to do with a body of this Content-Type (parameters ignored)."""
    media = (content_type or "").split(";", 1)[0].strip().lower()
    if not media:
        return MediaKind("sniff", "a file")
    table = _media_table()
    if media in table:
        return table[media]
    family = media.split("/", 1)[0] + "/*"
    if family in table:
        found = table[family]
        subtype = media.split("/", 1)[-1].removeprefix("x-").split("+", 1)[0].upper()
        return MediaKind(found.kind, f"{found.description} ({subtype})" if subtype else found.description)
    if media.endswith("+xml") or media.endswith("/xml"):
        return MediaKind("refuse", "an XML document")
    return MediaKind("refuse", f"a file of type {media}")


@cache
def _media_table() -> dict[str, MediaKind]:
    return {
        media: MediaKind(kind, description)
        for media, kind, description in read_tsv("content_types.tsv", "bot.web")
    }


@cache
def _signatures() -> tuple[tuple[int, bytes, str], ...]:
    return tuple(
        (int(offset), bytes.fromhex(hexbytes), what)
        for offset, hexbytes, what in read_tsv("file_signatures.tsv", "bot.web")
    )


def sniff_binary(head: bytes) -> str | None:
    """What a body that starts with `head` is, if its first bytes say it is not text."""
    start = head.lstrip(b" \t\r\n")
    for offset, magic, what in _signatures():
        if start[offset : offset + len(magic)] == magic:
            return what
    sample = head[:4096]
    if b"\x00" in sample and not sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "a binary file"
    return None


def refuse_unless_page(content_type: str | None, head: bytes) -> MediaKind:
    """Raise NotAWebPage for a PDF, image, video ...: by header first, then by first bytes."""
    kind = media_kind(content_type)
    if kind.kind == "refuse":
        raise NotAWebPage(kind.description)
    binary = sniff_binary(head)
    if binary:
        raise NotAWebPage(binary)
    return kind


# --- the text encoding ----------------------------------------------------------

# Bounded: an unbounded lazy run over a page of "<meta <meta ..." is quadratic.
_META_CHARSET = re.compile(rb"""<meta\b[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_WESTERN_SINGLE_BYTE = frozenset({"cp1252", "latin_1", "iso8859-1", "ascii"})


@cache
def _charset_aliases() -> dict[str, str]:
    return {label.lower(): codec for label, codec in read_tsv("charset_aliases.tsv", "bot.web")}


def codec_for(label: str | None) -> str | None:
    """The Python codec for a declared charset label, or None if unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    name = _charset_aliases().get(label, label)
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None
    # "zlib", "base64", "rot13" are codecs too, but not text encodings: a page
    # declaring one gets detection instead of a crash in bytes.decode.
    return info.name if getattr(info, "_is_text_encoding", True) else None


def header_charset(content_type: str | None) -> str | None:
    match = re.search(r"charset\s*=\s*[\"']?([^\"';\s]+)", content_type or "", re.I)
    return match.group(1) if match else None


def meta_charset(body: bytes) -> str | None:
    match = _META_CHARSET.search(body[:META_SCAN_BYTES])
    return match.group(1).decode("ascii", "replace") if match else None


def _is_utf8(body: bytes) -> bool:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError as err:
        # A body cut at the byte cap may end inside a character.
        return err.start >= len(body) - 3 and err.reason == "unexpected end of data"
    return True


def decode_page(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Bytes of a page -> (text, codec used), as a browser would decode them.

    Order (WHATWG): a byte-order mark, then the HTTP header's charset, then a
    <meta charset> or http-equiv near the top, then a detector; UTF-8 with
    replacement characters if all else fails.
    """
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return body[len(bom) :].decode(codec, "replace"), codec
    codec = codec_for(header_charset(content_type)) or codec_for(meta_charset(body))
    if codec in _WESTERN_SINGLE_BYTE and not body.isascii() and _is_utf8(body):
        # Servers that default every page to ISO-8859-1 are common; real
        # Windows-1252 text almost never forms valid multi-byte UTF-8.
        codec = "utf-8"
    if codec is None:
        codec = "utf-8" if _is_utf8(body) else _detect(body)
    return body.decode(codec, "replace"), codec


def _detect(body: bytes) -> str:
    from charset_normalizer import from_bytes  # installed with trafilatura

    sample = body[:DETECT_SAMPLE_BYTES]
    if len(body) > DETECT_SAMPLE_BYTES:
        # End the sample at a tag, not inside a multi-byte character, which
        # would rule the right encoding out.
        sample = sample[: sample.rfind(b">") + 1] or sample
    best = from_bytes(sample).best()
    return codec_for(best.encoding) if best is not None and codec_for(best.encoding) else "utf-8"


def plain_text_page(text: str) -> str:
    """A text/plain body as a minimal page, one <p> per blank-line paragraph."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    body = "\n".join(f"<p>{html_lib.escape(p, quote=False)}</p>" for p in paragraphs)
    head = '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>'
    return f"{head}<body><article>\n{body}\n</article></body></html>"
