"""The real bot against the fake Discord: what it sends back for real interaction payloads.

One fake Discord and one bot serve the whole module. Each test uses its own user
id, so the per-user cooldown only bites where a test wants it to.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time
from collections import Counter

import pytest
import pytest_asyncio
from aiohttp import web

from tests.bot.commands_support import (
    ARTICLE,
    OTHER_GUILD,
    assert_ephemeral,
    assert_no_mentions,
    assert_within_discord_limits,
    body,
    deferral,
    engine_for_tests,
    file_named,
    new_user,
    request_lines,
)
from tests.fake_discord import (
    CALLBACK_DEFERRED,
    CALLBACK_MESSAGE,
    CALLBACK_MODAL,
    EPHEMERAL,
    GUILD_ID,
    Harness,
    running_bot,
)

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def harness(tmp_path_factory):
    cache = tmp_path_factory.mktemp("cache") / "cache.sqlite3"
    env = {
        "USER_COOLDOWN_SECONDS": "30",
        "GUILD_CONCURRENCY": "2",
        "BRIEF_WORKERS": "2",
        # Long enough for a briefing on a busy 2-core machine; the time-limit test waits this long.
        "BRIEF_TIMEOUT_SECONDS": "6",
        "CACHE_PATH": str(cache),
    }
    async with running_bot(env, brief_fn=engine_for_tests, guild_ids=(GUILD_ID, OTHER_GUILD)) as h:
        yield h


PAGE_HITS: Counter[str] = Counter()  # requests the local web server had, by path and query


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def pages():
    """A local web server with one article page, for links."""
    html = (
        "<!doctype html><html><head><title>Border crossings to reopen</title>"
        '<meta property="og:site_name" content="The Danube Ledger"></head><body><article>'
        "<h1>Leaders agree to reopen border crossings</h1>"
        + "".join(f"<p>{p}</p>" for p in ARTICLE.split("\n\n")[1:])
        + "</article></body></html>"
    )

    async def article_page(request: web.Request) -> web.Response:
        PAGE_HITS[request.path_qs] += 1
        return web.Response(text=html, content_type="text/html")

    app = web.Application()
    app.router.add_get("/news/border", article_page)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    yield f"http://127.0.0.1:{port}"
    await runner.cleanup()


# --- /summarize -------------------------------------------------------------------


async def test_text_is_deferred_at_once_and_answered_with_one_embed(harness: Harness):
    sent, reply = await harness.run(harness.fake.slash("summarize", {"text": ARTICLE}, user_id=new_user()))
    first = deferral(harness, sent.token)
    assert first.json["type"] == CALLBACK_DEFERRED
    assert harness.fake.calls_for(sent.token)[0] is first
    message = body(reply)
    assert_within_discord_limits(message)
    assert_no_mentions(message)
    assert not message.get("flags", 0) & EPHEMERAL
    (embed,) = message["embeds"]
    assert embed["title"].startswith("Leaders agree to reopen border crossings")
    lines = embed["description"].split("\n")
    assert lines[0].startswith("1. ")
    # every summary line is article text (escaping adds only backslashes)
    for line in lines:
        assert line.split(". ", 1)[1].replace("\\", "") in ARTICLE.replace("\n\n", " ")
    assert "words" in embed["footer"]["text"] and embed["footer"]["text"].endswith(" s")
    names = [f["name"] for f in embed.get("fields", [])]
    assert "Key quotes" in names
    quotes = next(f["value"] for f in embed["fields"] if f["name"] == "Key quotes")
    assert "We have found a way to let trade move again" in quotes
    # the button for the full briefing
    buttons = [c for row in message["components"] for c in row["components"]]
    assert buttons and buttons[0]["label"].startswith("Full briefing")


async def test_the_deferral_does_not_wait_for_the_engine(harness: Harness):
    sent = await harness.fake.dispatch_interaction(
        harness.fake.slash("summarize", {"text": "[slow:1] " + ARTICLE}, user_id=new_user())
    )
    (first,) = await harness.fake.wait_calls(sent.token)  # the engine is still asleep: nothing else yet
    assert first.json["type"] == CALLBACK_DEFERRED
    assert (await harness.fake.wait_reply(sent.token)).json["embeds"]


async def test_sentences_option_sets_the_summary_length(harness: Harness):
    payload = harness.fake.slash("summarize", {"text": ARTICLE, "sentences": 2}, user_id=new_user())
    _, reply = await harness.run(payload)
    assert len(body(reply)["embeds"][0]["description"].split("\n")) == 2


async def test_full_briefing_button_sends_the_markdown_file(harness: Harness):
    user = new_user()
    _, reply = await harness.run(harness.fake.slash("summarize", {"text": ARTICLE}, user_id=user))
    button = reply.message["components"][0]["components"][0]
    click = harness.fake.button_click(reply.message, button["custom_id"], user_id=user)
    _, answer = await harness.run(click)
    assert answer.json["type"] == CALLBACK_MESSAGE
    assert_ephemeral(body(answer))
    markdown = file_named(answer, ".md").decode("utf-8")
    assert markdown.startswith("# Leaders agree to reopen border crossings")
    assert "## Summary" in markdown and "We have found a way to let trade move again" in markdown


async def test_button_is_removed_when_it_expires(harness: Harness, monkeypatch):
    # the module object discord.py loaded as an extension
    monkeypatch.setattr(sys.modules["cogs.summarize"], "VIEW_TIMEOUT_S", 0.3)
    _, reply = await harness.run(harness.fake.slash("summarize", {"text": ARTICLE}, user_id=new_user()))
    edit_path = f"{reply.path}/messages/{reply.message['id']}"
    edit = await harness.fake.wait_until(
        lambda: next((r for r in harness.fake.requests if r.method == "PATCH" and r.path == edit_path), None)
    )
    assert edit.json["components"] == []


async def test_private_reply_is_ephemeral(harness: Harness):
    payload = harness.fake.slash("summarize", {"text": ARTICLE, "private": True}, user_id=new_user())
    sent, reply = await harness.run(payload)
    assert deferral(harness, sent.token).json["data"]["flags"] & EPHEMERAL
    assert_ephemeral(body(reply))


async def test_article_text_pings_no_one_and_breaks_no_formatting(harness: Harness):
    text = (
        "Protesters gathered outside parliament in Lisbon on Friday. "
        "One banner read **STOP THE CUTS** and another @everyone come out. "
        "Police said the march was peaceful. Organisers said <@412345678901234567> had called it."
    )
    _, reply = await harness.run(
        harness.fake.slash("summarize", {"text": text, "sentences": 4}, user_id=new_user())
    )
    message = body(reply)
    assert_no_mentions(message)
    description = message["embeds"][0]["description"]
    assert "\\*\\*STOP THE CUTS\\*\\*" in description
    assert "@everyone" not in description  # neutralised with a zero-width space
    assert "<@412345678901234567>" not in description


async def test_a_link_pasted_as_text_is_fetched(harness: Harness, pages: str):
    payload = harness.fake.slash("summarize", {"text": f"  <{pages}/news/border>  "}, user_id=new_user())
    _, reply = await harness.run(payload)
    assert body(reply)["embeds"][0]["url"] == f"{pages}/news/border"


async def test_direct_message_works(harness: Harness):
    payload = harness.fake.slash("summarize", {"text": ARTICLE}, user_id=new_user(), guild_id=None)
    _, reply = await harness.run(payload)
    assert "Lena Hofer" in body(reply)["embeds"][0]["description"]


async def test_two_sources_say_which_to_keep_ephemerally(harness: Harness):
    payload = harness.fake.slash(
        "summarize", {"link": "https://example.org/a", "text": ARTICLE}, user_id=new_user()
    )
    _, reply = await harness.run(payload)
    assert reply.json["type"] == CALLBACK_MESSAGE
    message = body(reply)
    assert_ephemeral(message)
    assert_no_mentions(message)
    assert message["content"].startswith("You gave a link and pasted text")
    assert "only the link or only the text" in message["content"]


async def test_one_log_line_per_request_without_article_text(harness: Harness, caplog):
    caplog.set_level("INFO", logger="newsbrief.requests")
    payload = harness.fake.summarize_file("border.txt", ARTICLE.encode("utf-8"), user_id=new_user())
    sent, _ = await harness.run(payload)
    lines = await request_lines(caplog)
    await asyncio.sleep(0.2)  # and no second line follows
    assert len(lines) == 1 == len(await request_lines(caplog))
    line = lines[0]
    assert line.startswith("command=summarize source=file words=")
    for stage in ("defer_ms=", "download_ms=", "engine_ms=", "render_ms=", "send_ms=", "total_ms="):
        assert stage in line
    assert line.endswith("outcome=ok")
    assert "Hofer" not in line and "border.txt" not in line


async def test_link_log_line_names_only_the_host(harness: Harness, pages: str, caplog):
    caplog.set_level("INFO", logger="newsbrief.requests")
    await harness.run(
        harness.fake.slash("summarize", {"link": f"{pages}/news/border?x=1"}, user_id=new_user())
    )
    (line,) = await request_lines(caplog)
    assert "source=link host=127.0.0.1 " in line and "/news/border" not in line


async def test_bad_link_is_a_short_ephemeral_error(harness: Harness):
    _, reply = await harness.run(
        harness.fake.slash("summarize", {"link": "ftp://example.org/x"}, user_id=new_user())
    )
    message = body(reply)
    assert_ephemeral(message)
    assert message["content"] and "error id" not in message["content"]


async def test_no_source_opens_the_modal_and_its_text_is_briefed(harness: Harness):
    user = new_user()
    _, modal_call = await harness.run(harness.fake.slash("summarize", {"sentences": 3}, user_id=user))
    assert modal_call.json["type"] == CALLBACK_MODAL
    inputs = [c for row in modal_call.json["data"]["components"] for c in row["components"]]
    assert inputs[0]["style"] == 2 and inputs[0]["max_length"] == 4000  # a paragraph field
    half = len(ARTICLE) // 2
    cut = ARTICLE.rfind("\n\n", 0, half)
    submit = harness.fake.modal_submit(
        modal_call,
        {"Article text": ARTICLE[:cut], "Article text, part 2 (optional)": ARTICLE[cut:].lstrip("\n")},
        user_id=user,
    )
    sent, reply = await harness.run(submit)
    assert deferral(harness, sent.token).json["type"] == CALLBACK_DEFERRED
    description = body(reply)["embeds"][0]["description"]
    assert len(description.split("\n")) == 3


async def test_file_option_briefs_the_attachment(harness: Harness):
    payload = harness.fake.summarize_file("border.txt", ARTICLE.encode("utf-8"), user_id=new_user())
    _, reply = await harness.run(payload)
    embed = body(reply)["embeds"][0]
    assert embed["title"].startswith("Leaders agree to reopen border crossings")
    assert "Austrian Chancellor Lena Hofer" in embed["description"]


async def test_wrong_file_type_is_refused_before_deferring(harness: Harness):
    payload = harness.fake.summarize_file("scan.pdf", b"%PDF-1.7 ...", "application/pdf", user_id=new_user())
    _, reply = await harness.run(payload)
    assert reply.json["type"] == CALLBACK_MESSAGE
    assert_ephemeral(body(reply))
    assert ".txt, .md or .html" in body(reply)["content"]


async def test_link_is_fetched_and_briefed(harness: Harness, pages: str):
    link = f"{pages}/news/border"
    _, reply = await harness.run(harness.fake.slash("summarize", {"link": link}, user_id=new_user()))
    embed = body(reply)["embeds"][0]
    assert embed["url"] == link
    assert "Lena Hofer" in embed["description"]
    assert_within_discord_limits(body(reply))


async def test_a_link_briefed_before_is_answered_from_the_cache(harness: Harness, pages: str, caplog):
    caplog.set_level("INFO", logger="newsbrief.requests")
    link = f"{pages}/news/border?edition=cache-test"
    _, first = await harness.run(harness.fake.slash("summarize", {"link": link}, user_id=new_user()))
    assert PAGE_HITS["/news/border?edition=cache-test"] == 1
    _, again = await harness.run(
        harness.fake.slash("summarize", {"link": link + "&utm_source=chat"}, user_id=new_user())
    )
    assert PAGE_HITS["/news/border?edition=cache-test"] == 1  # not fetched a second time
    assert body(again)["embeds"][0]["description"] == body(first)["embeds"][0]["description"]
    first_line, again_line = await request_lines(caplog, count=2)
    assert "fetch_ms=" in first_line and "cache_ms=" not in first_line
    assert "cache_ms=" in again_line and "fetch_ms=" not in again_line


async def test_message_menu_briefs_the_message_text(harness: Harness):
    message = harness.fake.message_object(ARTICLE)
    _, reply = await harness.run(harness.fake.message_menu("Summarize article", message, user_id=new_user()))
    assert "Lena Hofer" in body(reply)["embeds"][0]["description"]


async def test_message_menu_prefers_the_text_file(harness: Harness):
    attachment = harness.fake.attachment("story.md", ARTICLE.encode("utf-8"))
    message = harness.fake.message_object("Here is the story", attachments=[attachment])
    _, reply = await harness.run(harness.fake.message_menu("Summarize article", message, user_id=new_user()))
    assert "Lena Hofer" in body(reply)["embeds"][0]["description"]


async def test_message_menu_prefers_the_link(harness: Harness, pages: str):
    message = harness.fake.message_object(f"Worth a read: {pages}/news/border (via a friend)")
    _, reply = await harness.run(harness.fake.message_menu("Summarize article", message, user_id=new_user()))
    assert body(reply)["embeds"][0]["url"] == f"{pages}/news/border"


async def test_cooldown_says_when_to_try_again(harness: Harness):
    user = new_user()
    await harness.run(harness.fake.slash("summarize", {"text": ARTICLE}, user_id=user))
    _, reply = await harness.run(harness.fake.slash("summarize", {"text": ARTICLE}, user_id=user))
    assert reply.json["type"] == CALLBACK_MESSAGE
    message = body(reply)
    assert_ephemeral(message)
    assert "try again in" in message["content"] and " s." in message["content"]


async def test_busy_server_says_when_to_try_again(harness: Harness):
    slow = "[slow:1] " + ARTICLE
    first = [
        await harness.fake.dispatch_interaction(
            harness.fake.slash("summarize", {"text": slow}, user_id=new_user(), guild_id=OTHER_GUILD)
        )
        for _ in range(2)
    ]
    await asyncio.gather(*(harness.fake.wait_calls(s.token) for s in first))
    _, reply = await harness.run(
        harness.fake.slash("summarize", {"text": ARTICLE}, user_id=new_user(), guild_id=OTHER_GUILD)
    )
    assert_ephemeral(body(reply))
    assert "This server has several briefings running" in body(reply)["content"]
    for s in first:  # the two slow ones still finish
        assert (await harness.fake.wait_reply(s.token)).json["embeds"]


async def test_engine_crash_becomes_a_friendly_error_with_an_id(harness: Harness, caplog):
    sent, reply = await harness.run(
        harness.fake.slash("summarize", {"text": "[crash] " + ARTICLE}, user_id=new_user())
    )
    calls = harness.fake.calls_for(sent.token)
    # the public "thinking..." is removed so the error reaches only the user
    assert any(r.method == "DELETE" and r.path.endswith("/messages/@original") for r in calls)
    message = body(reply)
    assert_ephemeral(message)
    assert "error id" in message["content"]
    error_id = message["content"].split("`")[1]
    assert any(error_id in r.getMessage() and r.exc_info for r in caplog.records)


async def test_engine_refusal_is_worded_for_the_user(harness: Harness):
    _, reply = await harness.run(harness.fake.slash("summarize", {"text": "   ...   "}, user_id=new_user()))
    message = body(reply)
    assert_ephemeral(message)
    assert "No article text was found" in message["content"]


async def test_an_article_in_another_language_gets_one_private_message(harness: Harness):
    german = (
        "Die Außenminister beider Länder trafen sich am Dienstag in Berlin, um über die Lage an der "
        "Grenze zu sprechen. Der Bundeskanzler sagte, die Regierung werde die Hilfen für die "
        "Landwirte im kommenden Jahr erhöhen."
    )
    _, reply = await harness.run(harness.fake.slash("summarize", {"text": german}, user_id=new_user()))
    message = body(reply)
    assert_ephemeral(message)
    assert message["content"] == "newsbrief reads English news; this looks like German."


async def test_a_refused_paste_does_not_count_against_the_cooldown(harness: Harness):
    user = new_user()
    _, refused = await harness.run(harness.fake.slash("summarize", {"text": "   ...   "}, user_id=user))
    assert "No article text was found" in body(refused)["content"]
    _, reply = await harness.run(harness.fake.slash("summarize", {"text": ARTICLE}, user_id=user))
    assert body(reply)["embeds"]  # fixed at once, and not told to wait


async def test_a_job_that_cannot_finish_ends_its_worker_at_the_time_limit(harness: Harness):
    workers = harness.bot.workers
    before = {p.pid: p for p in workers.processes()}
    assert len(before) == 2
    sent, reply = await harness.run(
        harness.fake.slash("summarize", {"text": "[hang] " + ARTICLE}, user_id=new_user())
    )
    # The user hears at the time limit (6 s here), not when the job ends, which it never does.
    assert reply.at - sent.at < 6 + 2
    assert "took too long" in body(reply)["content"]
    assert_ephemeral(body(reply))
    # The worker that ran it is ended then, not a further time limit later ...
    deadline = time.monotonic() + 1.0
    while all(p.is_alive() for p in before.values()) and time.monotonic() < deadline:
        await asyncio.sleep(0.02)
    ended = [pid for pid, p in before.items() if not p.is_alive()]
    assert len(ended) == 1
    # ... and a new worker takes its place, free once it has loaded the engine.
    deadline = time.monotonic() + 60
    while workers.idle < 2 and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    after = {p.pid for p in workers.processes()}
    _, reply = await harness.run(harness.fake.slash("summarize", {"text": ARTICLE}, user_id=new_user()))
    assert body(reply)["embeds"]
    assert len(after) == 2 and ended[0] not in after


async def test_huge_briefing_stays_inside_discord_limits(harness: Harness):
    _, reply = await harness.run(
        harness.fake.slash("summarize", {"text": "[huge] filler"}, user_id=new_user())
    )
    message = body(reply)
    assert_within_discord_limits(message)
    text = json.dumps(message["embeds"], ensure_ascii=False)
    assert "... and " in text and " more" in text


async def test_two_meetings_attach_the_picture(harness: Harness):
    from bot.jobs import picture_available
    from cogs.summarize import PICTURE_NAME

    _, reply = await harness.run(
        harness.fake.slash("summarize", {"text": "[meetings] x"}, user_id=new_user())
    )
    embed = body(reply)["embeds"][0]
    meetings = next(f["value"] for f in embed["fields"] if f["name"] == "Who met whom")
    assert "Lena Hofer" in meetings and "Germany" not in meetings  # DE is not among the countries
    if not picture_available():
        pytest.skip("newsbrief.picture is not there yet")
    assert file_named(reply, ".png").startswith(b"\x89PNG")
    assert embed["image"]["url"] == f"attachment://{PICTURE_NAME}"


# --- /about and the command set -----------------------------------------------------


async def test_about_says_what_is_stored(harness: Harness):
    _, reply = await harness.run(harness.fake.slash("about", user_id=new_user()))
    message = body(reply)
    assert_ephemeral(message)
    embed = message["embeds"][0]
    fields = {f["name"]: f["value"] for f in embed["fields"]}
    assert "No pasted text" in fields["What is stored"] and "6 hours" in fields["What is stored"]
    assert "error id" in fields["Reporting a problem"]


async def test_synced_commands_match_the_issue(harness: Harness):
    summarize = harness.fake.command("summarize")
    options = {o["name"]: o for o in summarize["options"]}
    assert list(options) == ["link", "text", "file", "sentences", "private"]
    assert options["text"]["max_length"] == 6000
    assert (options["sentences"]["min_value"], options["sentences"]["max_value"]) == (1, 10)
    assert options["file"]["type"] == 11
    assert "file" in summarize["description"].lower() and len(summarize["description"]) <= 100
    assert harness.fake.command("Summarize article")["type"] == 3
    assert harness.fake.command("about")


# --- /help and reports of wrong briefings ---------------------------------------------


async def test_help_lists_commands_what_is_stored_and_how_to_report(harness: Harness):
    _, reply = await harness.run(harness.fake.slash("help", user_id=new_user()))
    message = body(reply)
    assert_ephemeral(message)
    assert_within_discord_limits(message)
    fields = {f["name"]: f["value"] for f in message["embeds"][0]["fields"]}
    assert "/summarize" in fields["Commands"] and "Summarize article" in fields["Commands"]
    assert "key quotes" in fields["What a briefing holds"]
    assert "6 hours" in fields["What is stored, for how long"]
    assert "Report a wrong briefing" in fields["A wrong briefing?"]


async def test_a_report_is_kept_with_its_briefing_and_listed_for_the_owner(harness: Harness):
    user = new_user()
    _, reply = await harness.run(harness.fake.slash("summarize", {"text": ARTICLE}, user_id=user))
    buttons = [c for row in reply.message["components"] for c in row["components"]]
    report = next(b for b in buttons if b["label"] == "Report a wrong briefing")
    _, form = await harness.run(harness.fake.button_click(reply.message, report["custom_id"], user_id=user))
    assert form.json["type"] == CALLBACK_MODAL
    submit = harness.fake.modal_submit(
        form, {"What is wrong?": "Szalai is Hungarian, not Austrian."}, user_id=user
    )
    _, thanks = await harness.run(submit)
    assert_ephemeral(body(thanks))
    assert body(thanks)["content"].startswith("Thank you: your report")
    env = {**os.environ, "CACHE_PATH": str(harness.bot.settings.cache_file)}
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "reports", env=env, stdout=asyncio.subprocess.PIPE
    )
    out, _ = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode == 0
    reports = [json.loads(line) for line in out.decode().splitlines()]
    newest = reports[0]
    assert newest["what_is_wrong"] == "Szalai is Hungarian, not Austrian."
    assert newest["user_id"] == str(user) and newest["guild_id"] == str(GUILD_ID)
    assert newest["briefing"]["source"]["title"].startswith("Leaders agree to reopen border crossings")
