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

from bot.errors import NotAWebPage, worded
from newsbrief import page_size
from newsbrief.errors import EngineError
from newsbrief.tables import read_table, read_tsv

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
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE, whose mark it starts with
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_WESTERN_SINGLE_BYTE = frozenset({"cp1252", "latin_1", "iso8859-1", "ascii"})
# Bytes a text file holds (tab, line feed, form feed, carriage return, and the
# escape that ISO-2022-JP switches with); other control bytes mean binary data.
_TEXT_CONTROLS = frozenset(b"\t\n\x0c\r\x1b")
MAX_CONTROL_BYTES = 8  # in the first BINARY_SCAN_BYTES; a few stray ones happen in pasted text
BINARY_SCAN_BYTES = 8192
# What browsers read an undeclared, undetectable page as (WHATWG: most locales).
FALLBACK_CODEC = "cp1252"


@cache
def _charset_aliases() -> dict[str, str]:
    return {
        label.lower(): codec
        for label, codec in read_table("charset_aliases.tsv", ("label", "codec"), package="bot.web")
    }


@cache
def _text_encodings() -> frozenset[str]:
    rows = read_table("text_encodings.tsv", ("codec", "script"), package="bot.web")
    return frozenset(codecs.lookup(codec).name for codec, _ in rows)


def codec_for(label: str | None) -> str | None:
    """The Python codec for a declared charset label, or None if unknown or unfit for web text.

    Only the encodings browsers read pages in count (text_encodings.tsv): Python
    also has codecs named "idna", "punycode", "unicode_escape", "undefined" or
    "zlib", which cannot (or must not) decode a page; a page declaring one is
    decoded by detection instead.
    """
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    name = _charset_aliases().get(label, label)
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None
    return info.name if info.name in _text_encodings() else None


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


def _byte_order_mark(data: bytes) -> tuple[bytes, str] | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return bom, codec
    return None


def sniff_binary(head: bytes) -> str | None:
    """What bytes that start with `head` are, if their first bytes say they are not text.

    A file format's signature names it ("a PDF document"); NUL or other control
    bytes make it "a binary file", unless a byte-order mark says the text is
    UTF-16 or UTF-32, whose ASCII characters carry NUL bytes.
    """
    start = head.lstrip(b" \t\r\n")
    for offset, magic, what in _signatures():
        if start[offset : offset + len(magic)] == magic:
            return what
    if _byte_order_mark(head) is not None:
        return None
    sample = head[:BINARY_SCAN_BYTES]
    if b"\x00" in sample:
        return "a binary file"
    controls = sum(1 for byte in sample if byte < 32 and byte not in _TEXT_CONTROLS)
    return "a binary file" if controls > MAX_CONTROL_BYTES else None


def decode_bytes(data: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Bytes of a page, an uploaded file or a file on disk -> (text, codec used). Never raises.

    The one decoder of the bot and the command line. Order (WHATWG, as a browser
    reads a page): a byte-order mark, then the HTTP header's charset, then a
    <meta charset> near the top, then UTF-8 if the bytes are valid UTF-8, then a
    detector; Windows-1252 when nothing can be told. Bytes a codec cannot read
    become replacement characters. Whether the bytes are text at all is
    `sniff_binary`'s question, asked first by the caller, who words the refusal.
    """
    mark = _byte_order_mark(data)
    if mark is not None:
        bom, codec = mark
        return data[len(bom) :].decode(codec, "replace"), codec
    codec = codec_for(header_charset(content_type)) or codec_for(meta_charset(data))
    if codec in _WESTERN_SINGLE_BYTE and not data.isascii() and _is_utf8(data):
        # Servers that default every page to ISO-8859-1 are common; real
        # Windows-1252 text almost never forms valid multi-byte UTF-8.
        codec = "utf-8"
    if codec is None:
        codec = "utf-8" if _is_utf8(data) else _detect(data)
    try:
        return data.decode(codec, "replace"), codec
    except (UnicodeError, LookupError):  # a listed codec that still fails: read as most pages are
        return data.decode(FALLBACK_CODEC, "replace"), FALLBACK_CODEC


def _detect(body: bytes) -> str:
    from charset_normalizer import from_bytes  # installed with trafilatura

    sample = body[:DETECT_SAMPLE_BYTES]
    if len(body) > DETECT_SAMPLE_BYTES:
        # End the sample at a tag, not inside a multi-byte character, which
        # would rule the right encoding out.
        sample = sample[: sample.rfind(b">") + 1] or sample
    best = from_bytes(sample).best()
    # On a few bytes the detector guesses freely (Urdu cp1006 for "Caf\xe9"):
    # only an encoding browsers use for pages is taken.
    return (codec_for(best.encoding) if best is not None else None) or FALLBACK_CODEC


# --- what a page can become ----------------------------------------------------------


def check_page_size(html: str, max_text_chars: int) -> None:
    """newsbrief.page_size.check_page_size, its failures worded for a person (bot.errors)."""
    try:
        page_size.check_page_size(html, max_text_chars)
    except EngineError as err:
        raise worded(err) from None


def plain_text_page(text: str) -> str:
    """A text/plain body as a minimal page, one <p> per blank-line paragraph."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    body = "\n".join(f"<p>{html_lib.escape(p, quote=False)}</p>" for p in paragraphs)
    head = '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>'
    return f"{head}<body><article>\n{body}\n</article></body></html>"
