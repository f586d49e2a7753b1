"""/digest against the fake Discord and the local news server: one bad link of three, and the limits."""

from __future__ import annotations

import pytest
import pytest_asyncio

from bot.digest import DigestItem, make_digest
from bot.render import MESSAGE_EMBED_CHARS, total_chars
from bot.render_digest import digest_embeds, digest_markdown
from newsbrief.model import Briefing, Meeting, Participant, Quote, Source, SummarySentence
from tests.fake_discord import CALLBACK_MESSAGE, EPHEMERAL, Harness, running_bot
from tests.fetch_server import ARTICLE_TITLE, SECOND_TITLE

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def harness(tmp_path_factory):
    env = {"CACHE_PATH": str(tmp_path_factory.mktemp("digest") / "cache.sqlite3"), "BRIEF_WORKERS": "2"}
    async with running_bot(env) as h:
        yield h


async def test_one_bad_link_of_three_is_named_and_the_rest_briefed(harness: Harness, news):
    links = {
        "link1": f"{news.base}/news/cable",
        "link2": f"{news.base}/missing",
        "link3": f"{news.base}/news/border-post",
    }
    _, reply = await harness.run(harness.fake.slash("digest", links, user_id=700000000000000901))
    reply = await followup(harness, reply.token)
    message = reply.json
    assert message["allowed_mentions"] == {"parse": []}
    assert not message.get("flags", 0) & EPHEMERAL
    content = message["content"]
    assert f"<{news.base}/missing>" in content and "404" in content  # the failing link, and why
    assert f"{news.base}/news/cable" not in content
    embeds = message["embeds"]
    titles = [e.get("title", "") for e in embeds]
    assert titles[0].startswith(ARTICLE_TITLE) and titles[1].startswith(SECOND_TITLE)  # in the order given
    assert titles[2] == "In all 2 articles"
    shared = {f["name"]: f["value"] for f in embeds[2]["fields"]}
    assert "Portugal" in shared["Countries"] and "Kenya" in shared["Countries"]
    assert "Kiprono" in shared["Who met whom"]
    assert total_chars_of(embeds) <= 6000
    for embed in embeds[:2]:
        assert 1 <= len(embed["description"].split("\n")) <= 2  # a short summary of each
    button = reply.message["components"][0]["components"][0]
    assert button["label"].startswith("Full digest")
    _, answer = await harness.run(harness.fake.button_click(reply.message, button["custom_id"]))
    assert answer.json["type"] == CALLBACK_MESSAGE
    markdown = answer.files["digest.md"].decode("utf-8")
    assert "## In all the articles" in markdown and "## Not briefed" in markdown
    assert f"## {ARTICLE_TITLE}" in markdown and f"## {SECOND_TITLE}" in markdown
    assert "This cable ties our grids" in markdown and "Our traders have waited long enough" in markdown


async def test_no_link_briefed_is_one_private_message_naming_each(harness: Harness, news):
    links = {"link1": f"{news.base}/missing", "link2": "ftp://example.org/story"}
    _, reply = await harness.run(harness.fake.slash("digest", links, user_id=700000000000000902))
    reply = await followup(harness, reply.token)
    message = reply.json
    assert message["flags"] & EPHEMERAL
    assert message["content"].startswith("None of those links could be briefed:")
    assert "/missing>" in message["content"] and "ftp://example.org/story" in message["content"]


async def followup(h: Harness, token: str):
    """The followup message (after the "thinking..." deferral, which `run` returns)."""

    def sent():
        return next(
            (r for r in h.fake.calls_for(token) if r.method == "POST" and "/webhooks/" in r.path), None
        )

    return await h.fake.wait_until(sent, timeout=30)


def total_chars_of(embeds: list[dict]) -> int:
    total = 0
    for e in embeds:
        total += len(e.get("title", "")) + len(e.get("description", ""))
        total += sum(len(f["name"]) + len(f["value"]) for f in e.get("fields", []))
        total += len(e.get("footer", {}).get("text", ""))
    return total


def long_briefing(k: int) -> Briefing:
    sentence = f"Story {k}: the committee heard evidence " + "about harbour dredging and port fees " * 30
    meet = Meeting((Participant(f"Leader {k}", "NO"), Participant(None, "SE")), "talks", "Oslo", None, "x")
    return Briefing(
        source=Source(title="A very long hearing " * 20, url=f"https://news.example/{k}", words=9000),
        summary=tuple(SummarySentence(sentence + f"number {i}.", i) for i in range(6)),
        quotes=tuple(Quote(sentence, f"Speaker {i}", "said", 0.9, 0, 10) for i in range(4)),
        meetings=(meet,),
    )


async def test_five_long_articles_fit_in_one_message():
    digest = make_digest([DigestItem(f"https://news.example/{k}", long_briefing(k)) for k in range(5)])
    embeds = digest_embeds(digest)
    assert len(embeds) == 6
    assert total_chars(embeds) <= MESSAGE_EMBED_CHARS
    assert all(len(e.description or "") <= 4096 for e in embeds)
    markdown = digest_markdown(digest)
    assert markdown.count("number 5.") == 5  # the file carries every sentence the embeds shortened
