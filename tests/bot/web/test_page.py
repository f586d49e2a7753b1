"""What a fetched body is: charsets, kinds of file, and pages that hold no article."""

from __future__ import annotations

import codecs

import pytest

from bot.errors import InputTooLarge, NotAWebPage, PageTooComplex
from bot.web.page import (
    check_page_size,
    codec_for,
    decode_bytes,
    media_kind,
    plain_text_page,
    refuse_unless_page,
    sniff_binary,
)
from newsbrief.page_size import MAX_PAGE_TAGS
from tests.pages import KOREAN, RUSSIAN, page


@pytest.mark.parametrize(
    ("label", "codec"),
    [
        ("EUC-KR", "cp949"),
        ("ks_c_5601-1987", "cp949"),
        ("Shift_JIS", "cp932"),
        ("iso-8859-1", "cp1252"),
        ("windows-1251", "cp1251"),
        ('"utf-8"', "utf-8"),
        ("GB2312", "gb18030"),
        ("no-such-charset", None),
        ("", None),
    ],
)
def test_charset_labels_map_to_the_codecs_browsers_use(label: str, codec: str | None) -> None:
    assert codec_for(label) == codec


def test_a_byte_order_mark_wins_over_a_wrong_header() -> None:
    body = codecs.BOM_UTF8 + page(f"<p>{RUSSIAN}</p>").encode("utf-8")
    text, codec = decode_bytes(body, "text/html; charset=windows-1251")
    assert RUSSIAN in text and codec == "utf-8"


def test_the_header_wins_over_the_meta_tag() -> None:
    body = page(f"<p>{RUSSIAN}</p>", '<meta charset="utf-8">').encode("koi8_r")
    text, codec = decode_bytes(body, "text/html; charset=KOI8-R")
    assert RUSSIAN in text and codec == "koi8-r"


def test_utf8_sent_as_latin1_is_read_as_utf8() -> None:
    body = page("<p>Café owners in Zürich said “no” to the plan.</p>").encode("utf-8")
    text, codec = decode_bytes(body, "text/html; charset=ISO-8859-1")
    assert "Café owners in Zürich said “no”" in text and codec == "utf-8"


def test_real_latin1_stays_latin1() -> None:
    body = page("<p>Café owners in Zürich said no.</p>").encode("cp1252")
    text, _ = decode_bytes(body, "text/html; charset=ISO-8859-1")
    assert "Café owners in Zürich" in text


@pytest.mark.parametrize(
    ("text", "encoding"),
    [(RUSSIAN * 4, "cp1251"), (RUSSIAN * 4, "koi8_r"), (KOREAN * 4, "euc_kr"), (KOREAN * 4, "utf-8")],
)
def test_undeclared_charsets_are_detected(text: str, encoding: str) -> None:
    decoded, _ = decode_bytes(page(f"<p>{text}</p>").encode(encoding), "text/html")
    assert text in decoded


def test_a_utf8_body_cut_inside_a_character_is_still_utf8() -> None:
    body = page(f"<p>{KOREAN * 3}</p>").encode("utf-8")
    cut = body[: body.index("철도".encode()) + 1]  # in the middle of a three-byte character
    text, codec = decode_bytes(cut, "text/html")
    assert codec == "utf-8" and "정부는" in text


@pytest.mark.parametrize(
    ("content_type", "kind", "description"),
    [
        ("text/html; charset=utf-8", "html", "a web page"),
        ("application/xhtml+xml", "html", "a web page"),
        ("TEXT/PLAIN", "text", "plain text"),
        ("", "sniff", "a file"),
        ("application/octet-stream", "sniff", "a file"),
        ("application/pdf", "refuse", "a PDF document"),
        ("image/webp", "refuse", "an image (WEBP)"),
        ("image/svg+xml", "refuse", "an image (SVG)"),
        ("video/mp4", "refuse", "a video (MP4)"),
        ("audio/mpeg", "refuse", "an audio file (MPEG)"),
        ("application/rss+xml", "refuse", "a news feed (RSS), not one article"),
        ("application/vnd.google-earth.kml+xml", "refuse", "an XML document"),
        ("application/x-shockwave-flash", "refuse", "a file of type application/x-shockwave-flash"),
    ],
)
def test_media_types(content_type: str, kind: str, description: str) -> None:
    found = media_kind(content_type)
    assert (found.kind, found.description) == (kind, description)


@pytest.mark.parametrize(
    ("head", "what"),
    [
        (b"%PDF-1.7\n", "a PDF document"),
        (b"\r\n  %PDF-1.4", "a PDF document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "an image (PNG)"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "an image (JPEG)"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "an image (WebP)"),
        (b"\x00\x00\x00\x20ftypisom", "a video (MP4 or QuickTime)"),
        (b"PK\x03\x04\x14\x00", "a ZIP archive or Office document"),
        (b"\x01\x02\x00\x00\x05binary", "a binary file"),
        (b"<!DOCTYPE html><html>", None),
        (codecs.BOM_UTF16_LE + "<html>".encode("utf-16-le"), None),
        (b"Plain article text.", None),
        (codecs.BOM_UTF16_BE + "Text".encode("utf-16-be"), None),
        (codecs.BOM_UTF32_LE + "Text".encode("utf-32-le"), None),
        (b"Text with " + b"\x02\x03" * 5 + b" control bytes", "a binary file"),
        (b"\x1b$B;3\x1b(B: ISO-2022-JP switches with escapes", None),
    ],
)
def test_first_bytes_tell_files_from_pages(head: bytes, what: str | None) -> None:
    assert sniff_binary(head) == what


def test_a_pdf_sent_as_html_is_refused() -> None:
    with pytest.raises(NotAWebPage) as info:
        refuse_unless_page("text/html", b"%PDF-1.5 ...")
    assert "PDF" in str(info.value)


def test_plain_text_becomes_paragraphs_with_its_words_intact() -> None:
    html = plain_text_page("Title <not a tag>\n\nFirst paragraph & more.\n\n\nSecond one.")
    assert "<p>Title &lt;not a tag&gt;</p>" in html
    assert "<p>First paragraph &amp; more.</p>" in html and "<p>Second one.</p>" in html


@pytest.mark.parametrize(
    ("line", "encoding"),
    [
        ("<p>정부는 화요일 두 도시를 잇는 새 철도를 건설하겠다고 발표했다.</p>\n", "euc_kr"),
        (
            "<p>東京の市民は春の祭りを待っている。市長は今年の祭りでもっと多くの木を植えると述べた。</p>\n",
            "shift_jis",
        ),
    ],
)
def test_a_long_undeclared_page_is_detected_from_a_sample_cut_at_a_tag(line: str, encoding: str) -> None:
    body = (line * 3000).encode(encoding)  # longer than the detector's sample
    text, _ = decode_bytes(body, "text/html")
    assert line in text


def test_a_non_text_codec_declared_by_a_page_is_ignored_not_a_crash():
    text, codec = decode_bytes(
        b'<html><head><meta charset="zlib"></head><body>Hello</body></html>', "text/html"
    )
    assert "Hello" in text
    assert codec == "utf-8"


def test_unclosed_script_and_meta_tags_are_read_in_linear_time():
    # Quadratic patterns took many seconds here; linear ones take milliseconds.
    # The check is on the result, the size makes a quadratic pattern obvious in the suite's time.
    assert decode_bytes(b"<meta " * 50_000, "text/html")[1] == "utf-8"


@pytest.mark.parametrize(
    "label", ["idna", "punycode", "undefined", "unicode_escape", "raw_unicode_escape", "utf-7", "rot13"]
)
def test_a_python_codec_that_is_no_page_encoding_is_not_used(label: str) -> None:
    assert codec_for(label) is None
    body = page(f"<p>{RUSSIAN}</p>", f'<meta charset="{label}">').encode("cp1251")
    text, codec = decode_bytes(body, f"text/html; charset={label}")
    assert RUSSIAN in text and codec == "cp1251"


@pytest.mark.parametrize(
    ("data", "text", "codec"),
    [
        ("Café in Zürich".encode(), "Café in Zürich", "utf-8"),
        ("\ufeffMark first".encode(), "Mark first", "utf-8"),
        ("Wide text".encode("utf-16"), "Wide text", "utf-16-le"),
        (codecs.BOM_UTF16_BE + "Wide text".encode("utf-16-be"), "Wide text", "utf-16-be"),
        ("Four wide".encode("utf-32"), "Four wide", "utf-32-le"),
        ("Caf\xe9 ol\xe9".encode("cp1252"), "Café olé", "cp1252"),  # too short to detect: Windows-1252
    ],
)
def test_one_decoder_reads_files_and_pages_alike(data: bytes, text: str, codec: str) -> None:
    assert decode_bytes(data) == (text, codec)


# --- what a page can become, told before extraction (newsbrief.page_size), worded ---------


def test_a_page_of_short_paragraphs_past_the_tag_limit_is_refused_before_extraction() -> None:
    html = page("".join(f"<p>Line {i}.</p>" for i in range(MAX_PAGE_TAGS)))
    with pytest.raises(PageTooComplex) as info:
        check_page_size(html, 1_000_000)
    assert "too large to read as one article" in str(info.value)


def test_a_page_with_more_text_than_one_article_is_refused_before_extraction() -> None:
    html = page("<p>" + "The minister said the talks would go on. " * 30_000 + "</p>")
    with pytest.raises(InputTooLarge) as info:
        check_page_size(html, 1_000_000)
    assert info.value.what == "text" and info.value.size > 1_000_000
