"""The bot's small parts on their own: limits, reading uploads, what a message offers."""

from __future__ import annotations

import pickle

import pytest

from bot import errors
from bot.client import RequestLimits, RequestRecord
from bot.errors import NothingToBrief, OnCooldown, ServerBusy, UnsupportedFile
from bot.state import MemoryRates
from cogs.summarize import decode_upload, file_is_html, input_from_message


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def test_cooldown_says_how_long_is_left():
    clock = Clock()
    limits = RequestLimits(cooldown_s=10, per_guild=5, rates=MemoryRates(clock))
    (await limits.admit(1, 100)).release()
    clock.now += 4
    with pytest.raises(OnCooldown) as refused:
        await limits.admit(1, 100)
    assert refused.value.retry_after == pytest.approx(6)
    assert "try again in 6 s" in refused.value.user_message
    (await limits.admit(2, 100)).release()  # another user is not held back
    clock.now += 6
    (await limits.admit(1, 100)).release()


async def test_server_concurrency_frees_a_place_when_a_request_ends():
    limits = RequestLimits(cooldown_s=0, per_guild=2)
    first, second = await limits.admit(1, 100), await limits.admit(2, 100)
    with pytest.raises(ServerBusy) as refused:
        await limits.admit(3, 100)
    assert refused.value.retry_after >= 1 and "try again in" in refused.value.user_message
    (await limits.admit(4, 200)).release()  # another server is not affected
    first.release()
    first.release()  # releasing twice frees one place only
    await limits.admit(3, 100)
    with pytest.raises(ServerBusy):
        await limits.admit(5, 100)
    second.release()


async def test_direct_messages_count_per_user():
    limits = RequestLimits(cooldown_s=0, per_guild=1)
    await limits.admit(1, None)
    await limits.admit(2, None)  # two people in their own DMs
    with pytest.raises(ServerBusy):
        await limits.admit(1, None)


async def test_a_refused_input_is_taken_off_the_cooldown():
    clock = Clock()
    limits = RequestLimits(cooldown_s=10, per_guild=5, rates=MemoryRates(clock))
    ticket = await limits.admit(1, 100)
    await ticket.forgive()  # the paste had no sentences
    ticket.release()
    (await limits.admit(1, 100)).release()  # fixed and sent again at once: no wait
    with pytest.raises(OnCooldown):
        await limits.admit(1, 100)


def test_record_line_has_stages_and_no_content():
    record = RequestRecord("summarize", source="link", host="news.example", words=812)
    record.lap("fetch")
    record.lap("engine")
    line = record.line()
    assert line.startswith("command=summarize source=link host=news.example words=812 fetch_ms=")
    assert "engine_ms=" in line and line.endswith("outcome=ok")


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ("Café in Zürich".encode(), "Café in Zürich"),
        ("\ufeffBOM first".encode(), "BOM first"),
        ("Wide text".encode("utf-16"), "Wide text"),
        ("Caf\xe9 ol\xe9".encode("cp1252"), "Café olé"),
    ],
)
def test_uploads_are_decoded(data, text):
    assert decode_upload(data) == text


def test_binary_upload_is_refused():
    with pytest.raises(UnsupportedFile):
        decode_upload(b"PK\x03\x04\x00\x00binary")


class Attachment:
    def __init__(self, filename: str, size: int = 100) -> None:
        self.filename, self.size = filename, size


def test_file_kinds():
    assert file_is_html(Attachment("page.HTML")) is True
    assert file_is_html(Attachment("story.md")) is False
    for bad in (Attachment("scan.pdf"), Attachment("noext"), Attachment("big.txt", 3 * 1024 * 1024)):
        with pytest.raises(UnsupportedFile):
            file_is_html(bad)


class Message:
    def __init__(self, content: str, attachments=()) -> None:
        self.content, self.attachments = content, list(attachments)


def test_message_offers_link_then_text_file_then_text():
    story = Attachment("story.txt")
    assert input_from_message(Message("see https://news.example/a/b. Thanks", [story])).link == (
        "https://news.example/a/b"
    )
    assert input_from_message(Message("see this", [Attachment("pic.png"), story])).attachment is story
    assert input_from_message(Message("Just the text of it.")).text == "Just the text of it."
    with pytest.raises(NothingToBrief):
        input_from_message(Message("  ", [Attachment("pic.png")]))


@pytest.mark.parametrize(
    "error",
    [
        errors.NoArticleText(),
        errors.TooManySources(["link", "file"]),
        errors.OnCooldown(4.5),
        errors.UnexpectedError("0badc0de", "Ask in #help."),
        errors.HttpStatusError(404),
        errors.HttpStatusError(418, "I'm a Teapot"),
        errors.BadUrl("scheme", scheme="ftp"),
        errors.AddressRefused("loopback address", host="intranet.example", address="127.0.0.1"),
        errors.DnsFailure("news.example", found_nothing=True),
        errors.ConnectionFailed("news.example", "certificate"),
        errors.FetchTimeout("news.example", 5.0, connecting=True),
        errors.TooManyRedirects(5),
        errors.NotAWebPage("a PDF document"),
        errors.PageWithoutArticle("error_page", title="404 Not Found"),
        errors.PaywallTeaser("word_count", shown_words=120, promised_words=900),
        errors.JavaScriptOnlyPage(),
        errors.UnsupportedFile((".txt", ".md"), 1_048_576),
        errors.SettingsError("not_finite", name="FETCH_TOTAL_TIMEOUT", raw="nan"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_errors_survive_the_trip_from_a_worker_process(error):
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is type(error)
    assert back.user_message == error.user_message
    assert back.__dict__ == error.__dict__


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (errors.BadUrl("too_long", length=3000), "too long (3,000 characters)"),
        (
            errors.BadUrl("scheme", scheme="ftp"),
            "ftp:// links are not supported: newsbrief opens only http://",
        ),
        (errors.BadUrl("scheme"), "That is not a full web address"),
        (errors.AddressRefused("loopback address", address="127.0.0.1"), "127.0.0.1 is a loopback address"),
        (errors.AddressRefused("private network address", host="intranet.example"), "intranet.example's"),
        (errors.DnsFailure("news.example"), "'news.example' could not be found"),
        (errors.DnsFailure("news.example", found_nothing=True), "'news.example' has no address"),
        (errors.ConnectionFailed("news.example", "refused"), "news.example could not be reached"),
        (errors.ConnectionFailed("news.example"), "connection to news.example broke off"),
        (errors.FetchTimeout("news.example", 5.0, connecting=True), "a connection within 5 s"),
        (errors.FetchTimeout("news.example", 15.0), "too long to answer (over 15 s)"),
        (errors.TooManyRedirects(5), "more than 5 times"),
        (errors.HttpStatusError(302), "redirect (HTTP 302) to nowhere"),
        (errors.HttpStatusError(204), "HTTP 204 instead of a page"),
        (errors.HttpStatusError(403), "HTTP 403: it refused to show the page to a bot"),
        (errors.HttpStatusError(502, "Bad Gateway"), "HTTP 502: the site has a problem"),
        (errors.HttpStatusError(418, "I'm a Teapot"), "HTTP 418: i'm a teapot"),
        (errors.PageWithoutArticle("error_page", title="  Page not found " + "x" * 100), "(“Page not found"),
        (errors.PageWithoutArticle("cookie_notice"), "cookie or consent notice"),
        (
            errors.PaywallTeaser("word_count", shown_words=120, promised_words=1500),
            "120 of the article's 1,500",
        ),
        (errors.PaywallTeaser(), "only the start of the article"),
        (errors.SettingsError("too_small", name="GUILD_CONCURRENCY", raw="0", minimum=1), "at least 1."),
        (errors.SettingsError("not_one_of", name="LOG_LEVEL", raw="x", choices=("A", "B")), "one of A, B"),
        (errors.GatewayRefused(4004), "Discord refused DISCORD_TOKEN (gateway close code 4004)"),
        (
            errors.UnsupportedFile((".txt", ".md", ".html"), 2 * 1_048_576),
            "a .txt, .md or .html file (up to 2 MB)",
        ),
        (errors.UnsupportedFile((".txt",), 512 * 1024), "attach a .txt file (up to 0.5 MB)."),
        (errors.NoArticleText(on_page=True), "No article text was found on that page."),
        (errors.InputTooLarge("page", size=13_000_000, limit=12_000_000), "(over 12 MB of HTML)"),
        (errors.InputTooLarge("text", size=2_500_000, limit=2_000_000), "(2,500,000 characters; the limit"),
        (errors.InputTooLarge("file", size=13_000_000, source="'big.html'"), "'big.html' is too large"),
        (errors.InputTooLarge("sentences", size=3_001, limit=3_000), "(more than 3,000 sentences;"),
        (errors.InputTooLarge("lines", size=20_000, limit=10_000), "(more than 10,000 lines;"),
        (errors.UnreadableInput("Standard input", "empty"), "Standard input is empty."),
        (errors.UnreadableInput("'a.bin'", "binary"), "'a.bin' is a binary file"),
        (errors.UnreadableInput("'x.txt'", "unreadable", "Permission denied"), "read: Permission denied."),
    ],
)
def test_errors_are_worded_from_their_facts(error, words):
    assert words in error.user_message
