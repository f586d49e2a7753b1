"""What the tests of the bot's commands share: the bot against the fake Discord with an engine that
fails on demand, a local article page, and the checks every reply must pass."""

from __future__ import annotations

import asyncio
import itertools
import time

from newsbrief import brief
from newsbrief.model import Briefing, Meeting, Participant, Source, SummarySentence
from tests.fake_discord import EPHEMERAL, GUILD_ID, Harness, Recorded

OTHER_GUILD = GUILD_ID + (1 << 22)  # lands on the same shard; a second server for the busy test

ARTICLE = (
    "Leaders agree to reopen border crossings after two days of talks\n\n"
    "VIENNA — Austrian Chancellor Lena Hofer and Hungarian Prime Minister Gabor Szalai agreed on "
    "Thursday to reopen three border crossings closed since the spring floods, ending a dispute "
    "that had stranded freight lorries for weeks.\n\n"
    "The two leaders met for more than four hours at the chancellery in Vienna, their first "
    "meeting since Szalai took office in March.\n\n"
    '"We have found a way to let trade move again without weakening our flood defences," Hofer '
    "told reporters after the talks.\n\n"
    'Szalai said the agreement was "a practical answer to a practical problem" and that engineers '
    "from both countries would inspect the crossings next week.\n\n"
    "The crossings carry about a fifth of the road freight between the two countries, according "
    "to figures from the Austrian transport ministry.\n\n"
    "Hofer is due to travel to Berlin on Monday for talks with German Chancellor Klaus Weber on "
    "energy prices.\n"
)

_users = itertools.count(700000000000000001)


def new_user() -> int:
    return next(_users)


def engine_for_tests(data: str, url: str | None = None, **kwargs):
    """The real engine, with markers that make it crash, stall or return a set briefing."""
    if "[crash]" in data:
        raise RuntimeError("engine bug for the test")
    if "[hang]" in data:  # a job that cannot finish
        while True:
            time.sleep(60)
    if "[slow:" in data:
        seconds = float(data.split("[slow:", 1)[1].split("]", 1)[0])
        time.sleep(seconds)
    if "[huge]" in data:
        return huge_briefing()
    if "[meetings]" in data:
        return meetings_briefing()
    return brief(data, url, **kwargs)


def huge_briefing() -> Briefing:
    sentence = "The committee heard evidence " + "about harbour dredging and port fees " * 24
    return Briefing(
        source=Source(title="A very long hearing " * 30, words=9000),
        summary=tuple(SummarySentence(f"{sentence.strip()} number {i}.", i) for i in range(10)),
    )


def meetings_briefing() -> Briefing:
    meet = Meeting(
        (Participant("Lena Hofer", "AT"), Participant("Gabor Szalai", "HU")), "talks", "Vienna", None, "x"
    )
    call = Meeting(
        (Participant("Lena Hofer", "AT"), Participant(None, "DE")), "phone call", None, "Monday", "y"
    )
    return Briefing(
        source=Source(title="Two meetings", words=120),
        summary=(SummarySentence("Hofer met Szalai.", 0),),
        meetings=(meet, call),
    )


# --- what every reply must respect -------------------------------------------------


def body(rec: Recorded) -> dict:
    """The message part of a callback or webhook call."""
    if rec.path.endswith("/callback"):
        return rec.json.get("data") or {}
    return rec.json


def assert_within_discord_limits(message: dict) -> None:
    embeds = message.get("embeds") or []
    assert len(embeds) <= 10
    total = 0
    for e in embeds:
        assert len(e.get("title", "")) <= 256
        assert len(e.get("description", "")) <= 4096
        assert len(e.get("fields", [])) <= 25
        for f in e.get("fields", []):
            assert 0 < len(f["name"]) <= 256 and 0 < len(f["value"]) <= 1024
        assert len(e.get("footer", {}).get("text", "")) <= 2048
        total += len(e.get("title", "")) + len(e.get("description", ""))
        total += sum(len(f["name"]) + len(f["value"]) for f in e.get("fields", []))
        total += len(e.get("footer", {}).get("text", ""))
    assert total <= 6000


def assert_no_mentions(message: dict) -> None:
    assert message.get("allowed_mentions") == {"parse": []}


def assert_ephemeral(message: dict) -> None:
    assert message.get("flags", 0) & EPHEMERAL


def deferral(h: Harness, token: str) -> Recorded:
    calls = [r for r in h.fake.calls_for(token) if r.path.endswith("/callback")]
    assert calls, "the bot never answered the interaction"
    return calls[0]


async def request_lines(caplog, timeout: float = 10.0, count: int = 1) -> list[str]:
    """The request log lines so far, once there are `count` (the bot logs just after it replies)."""
    deadline = time.monotonic() + timeout
    while True:
        lines = [r.getMessage() for r in caplog.records if r.name == "newsbrief.requests"]
        if len(lines) >= count or time.monotonic() > deadline:
            return lines
        await asyncio.sleep(0.02)


def file_named(rec: Recorded, suffix: str) -> bytes:
    matches = [data for name, data in rec.files.items() if name.endswith(suffix)]
    assert matches, f"no {suffix} file in {list(rec.files)}"
    return matches[0]
