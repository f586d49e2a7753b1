"""Load benchmark: the real bot (`python -m bot`) against the fake Discord.

    .venv/bin/python -m tests.bench.discord_load [--requests 50] [--words 1000]
    .venv/bin/python -m tests.bench.discord_load --autobrief [--links 200] [--channels 20]

--autobrief: turns auto-brief on in N channels of one server, then posts the
links all at once, spread over the channels (a different member and page for
each), and checks every one gets its briefing as a reply, the event loop never
stalls over 100 ms and heartbeats are answered; reports the time to each reply
and the memory of the largest process (and of all together).

Without it:
Sends N /summarize interactions at once (half attach a ~1,000-word article as a
file, half link to it on a local page server), each from a different user in a
different server, and checks that:
  - every one is answered (a followup with an embed),
  - none is acknowledged later than 1 s after dispatch,
  - the bot keeps answering heartbeats (the fake asks for one every 250 ms),
  - the bot's event loop is never blocked for more than 100 ms: its own watch logs the
    longest stall and, of it, the loop thread's own CPU time; the check is on the latter,
    since on a machine with more work than cores a stall is mostly waiting for a CPU.
Reports p50/p95 time to the acknowledgement and to the followup, and the bot's
peak memory (the bot and its engine worker processes together, sampled from /proc,
and the largest single process). Exit status 1 if a check fails.

The articles are generated here from sentences written for this benchmark.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import json
import os
import random
import re
import signal
import statistics
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Iterator

from aiohttp import web

from tests.fake_discord import FakeDiscord

ACK_DEADLINE_S = 1.0
LOOP_STALL_LIMIT_MS = 100.0
HEARTBEAT_ANSWER_LIMIT_S = 0.1
PROBE_EVERY_S = 1.0  # discord.py answers op 1 through its gateway rate limit (110 sends a minute)
GUILD_BASE = 910000000000000000
CHANNEL_BASE = 920000000000000000

LEADERS = [
    ("Prime Minister", "Ingrid Lunde", "Norway", "Norwegian"),
    ("President", "Jonas Keller", "Switzerland", "Swiss"),
    ("Chancellor", "Lena Hofer", "Austria", "Austrian"),
    ("Prime Minister", "Gabor Szalai", "Hungary", "Hungarian"),
    ("President", "Marta Nowicka", "Poland", "Polish"),
    ("Foreign Minister", "Pedro Alves", "Portugal", "Portuguese"),
    ("Prime Minister", "Aiko Tanabe", "Japan", "Japanese"),
    ("President", "Daniel Okafor", "Nigeria", "Nigerian"),
]
CITIES = ["Geneva", "Vienna", "Lisbon", "Warsaw", "Oslo", "Osaka", "Abuja", "Budapest"]
TOPICS = [
    "grain exports",
    "river shipping",
    "power lines",
    "fishing rights",
    "rail freight",
    "vaccine supply",
]

SENTENCES = [
    "{t1} {n1} and {t2} {n2} met in {city} on {day} for talks on {topic}.",
    "The meeting was the first between the two leaders since {n2} took office last year.",
    '"We have agreed on more than we expected," {s1} told reporters after the talks.',
    "Officials from {c1} said the two sides would set up a working group on {topic}.",
    "{s2} said {c2} wanted a deal that protected its farmers and its ports.",
    '"Nobody should expect a final agreement this week," {s2} said at a news conference.',
    "Trade between {c1} and {c2} fell by almost a fifth last year, according to customs figures.",
    "The {d1} delegation included the ministers of finance, transport and agriculture.",
    "Talks were held at a lakeside conference centre under heavy security.",
    "Several hundred protesters gathered near the venue, calling for lower food prices.",
    "Police said the demonstration was peaceful and that no arrests were made.",
    "Analysts said the outcome would depend on whether parliament in {c2} backs the plan.",
    "{s1} is expected to travel to {city2} next month for a regional summit.",
    "The {d2} government has faced criticism at home over rising energy bills.",
    '"This is a practical problem and it needs a practical answer," {s1} said.',
    "Both governments said they would publish a joint statement on {day2}.",
    "Diplomats described the atmosphere as frank but constructive.",
    "The two countries signed a framework agreement on {topic} three years ago.",
    "Business groups in {c1} welcomed the talks but asked for details on tariffs.",
    "A spokesperson for the {d2} foreign ministry said contacts would continue at expert level.",
    "The European Commission said it was following the talks closely.",
    "Shipping companies said delays on the main routes had cost them millions.",
    "{s2} also held a phone call with the prime minister of {c3} on {day}.",
    "Opposition leaders in {c1} said the government had given away too much.",
    "Economists expect {topic} to become a central issue in next year's elections.",
    "The talks ran two hours longer than planned, officials said.",
    '"We will meet again before the end of the year," {s2} said as {p2} left the building.',
    "Neither side gave figures for the cost of the measures discussed.",
    "Farmers' unions in {c2} said they would study the proposals before responding.",
    "The next round of negotiations is scheduled to take place in {city2}.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def make_article(seed: int, words: int) -> tuple[str, str]:
    """(title, text) of a news story of about `words` words, different for each seed."""
    rng = random.Random(seed)
    (t1, n1, c1, d1), (t2, n2, c2, d2), (_, _, c3, _) = rng.sample(LEADERS, 3)
    city, city2 = rng.sample(CITIES, 2)
    topic = rng.choice(TOPICS)
    day, day2 = rng.sample(DAYS, 2)
    fill = {
        "t1": t1, "n1": n1, "c1": c1, "d1": d1, "t2": t2, "n2": n2, "c2": c2, "d2": d2, "c3": c3,
        "s1": n1.split()[-1], "s2": n2.split()[-1], "p2": "she" if seed % 2 else "he",
        "city": city, "city2": city2, "topic": topic, "day": day, "day2": day2,
    }  # fmt: skip
    title = f"{n1.split()[-1]} and {n2.split()[-1]} hold talks in {city} on {topic}"
    paragraphs, count, order = [], 0, SENTENCES[:1] + rng.sample(SENTENCES[1:], len(SENTENCES) - 1)
    while count < words:
        for start in range(0, len(order), 3):
            paragraph = " ".join(s.format(**fill) for s in order[start : start + 3])
            paragraphs.append(paragraph)
            count += len(paragraph.split())
            if count >= words:
                break
        order = rng.sample(SENTENCES[1:], len(SENTENCES) - 1)
    return title, title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def tree_rss(pid: int) -> tuple[float, float]:
    """(all together, the largest one) resident MB of a process and its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    total_kb, largest_kb, todo = 0, 0, [pid]
    while todo:
        current = todo.pop()
        todo += children.get(current, [])
        try:
            with open(f"/proc/{current}/status") as f:
                kb = next(int(line.split()[1]) for line in f if line.startswith("VmRSS:"))
        except (OSError, StopIteration):
            continue
        total_kb += kb
        largest_kb = max(largest_kb, kb)
    return total_kb / 1024, largest_kb / 1024


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]


async def start_page_server(articles: dict[str, tuple[str, str]]) -> tuple[web.AppRunner, str]:
    async def page(request: web.Request) -> web.Response:
        title, text = articles[request.match_info["name"]]
        paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n\n")[1:])
        html = (
            f"<!doctype html><html><head><title>{title}</title></head><body>"
            f"<article><h1>{title}</h1>{paragraphs}</article></body></html>"
        )
        return web.Response(text=html, content_type="text/html")

    app = web.Application()
    app.router.add_get("/news/{name}", page)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    return runner, f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}"  # type: ignore[union-attr]


class BotProcess:
    """`python -m bot` against the fake Discord, from start to SIGTERM: its log lines and the
    peak memory of its process tree, sampled from /proc every 0.1 s.

        async with BotProcess(fake, {"BRIEF_WORKERS": "2"}) as bot:   # ready for interactions
            ...
        bot.loop_figures()    # read from the line it logs when it stops
    """

    log_path = ""  # --log: the bot's whole log is written there when it stops

    def __init__(self, fake: FakeDiscord, env: dict[str, str]) -> None:
        self.fake, self.lines = fake, []
        self.peak_all_mb = self.peak_largest_mb = 0.0
        self.data_dir = tempfile.mkdtemp(prefix="newsbrief-bench-")
        base = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "SYNC_", "SHARD_"))}
        self.env = {**base, **fake.env(), "XDG_DATA_HOME": self.data_dir, "LOG_LEVEL": "INFO", **env}

    async def __aenter__(self) -> BotProcess:
        self.proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", cwd=self.data_dir, env=self.env, stderr=asyncio.subprocess.PIPE
        )
        self._tasks = [asyncio.create_task(self._read_log()), asyncio.create_task(self._sample_memory())]
        await self.fake.wait_ready(timeout=120)
        await self.fake.wait_until(lambda: self.fake.commands, timeout=60)
        await asyncio.sleep(2.5)  # discord.py waits for the guilds before it is ready
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self.proc.returncode is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            await asyncio.wait_for(self.proc.wait(), 30)
        except TimeoutError:
            self.proc.kill()
            await self.proc.wait()
        await self._tasks[0]
        self._tasks[1].cancel()
        if self.log_path:
            with open(self.log_path, "w", encoding="utf-8") as log:
                log.write("\n".join(self.lines) + "\n")

    async def _read_log(self) -> None:
        assert self.proc.stderr is not None
        async for raw in self.proc.stderr:
            self.lines.append(raw.decode(errors="replace").rstrip())

    async def _sample_memory(self) -> None:
        while self.proc.returncode is None:
            together, largest = tree_rss(self.proc.pid)
            self.peak_all_mb = max(self.peak_all_mb, together)
            self.peak_largest_mb = max(self.peak_largest_mb, largest)
            await asyncio.sleep(0.1)

    def loop_figures(self) -> dict[str, float | int]:
        """The longest stall of the bot's event loop, of it the loop thread's own CPU time (its
        watch logs both when it stops), and how many stalls it warned of."""

        def largest(pattern: str) -> float:
            found = [float(m.group(1)) for line in self.lines if (m := re.search(pattern, line))]
            return max(found, default=float("nan"))

        return {
            "loop_stall_max_ms": largest(r"longest event-loop stall (\d+) ms"),
            "loop_busy_max_ms": largest(r"loop itself was busy (\d+) ms"),
            "loop_stall_warnings": len(self.stall_warnings()),
        }

    def stall_warnings(self) -> list[str]:
        return [line for line in self.lines if "event loop stalled" in line]

    def slow_callbacks(self) -> list[str]:
        """asyncio's own warnings of a slow callback (PYTHONASYNCIODEBUG=1 in the environment)."""
        return [line for line in self.lines if "asyncio" in line and " took " in line]


@contextlib.asynccontextmanager
async def probing_heartbeats(fake: FakeDiscord) -> AsyncIterator[list[float]]:
    """Ask the bot for a heartbeat every PROBE_EVERY_S meanwhile (and twice more at the end).

    Yields this process's own event-loop stalls (ms, filled meanwhile): a probe's time is
    taken here, so a stall here (the fake busy, or no CPU for it) counts in it as well.
    """
    own_stalls: list[float] = []

    async def probe() -> None:
        while True:
            await fake.probe_heartbeat()
            await asyncio.sleep(PROBE_EVERY_S)

    async def watch() -> None:
        loop = asyncio.get_running_loop()
        while True:
            before = loop.time()
            await asyncio.sleep(0.05)
            own_stalls.append((loop.time() - before - 0.05) * 1000)

    tasks = [asyncio.create_task(probe()), asyncio.create_task(watch())]
    try:
        yield own_stalls
        await asyncio.sleep(PROBE_EVERY_S * 2)
    finally:
        for task in tasks:
            task.cancel()


@contextlib.contextmanager
def quiet_collector() -> Iterator[None]:
    """No garbage collection in this (the measuring) process meanwhile: its pauses, over 100 ms
    with hundreds of recorded requests, delayed the fake's own answers and timestamps, and were
    counted as the bot's heartbeat latency. One wait for all the answers, for the same reason
    (hundreds of waiters woken on every request the fake records)."""
    gc.collect()
    gc.freeze()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.unfreeze()


def print_outcome(report: dict, checks: dict[str, bool], bot: BotProcess, errors: list[str]) -> int:
    print(json.dumps(report, indent=2))
    for name, ok in checks.items():
        print(f"{'PASS' if ok else 'FAIL'}  {name}")
    for error in errors[:5]:
        print(f"  error: {error}")
    for line in bot.stall_warnings()[:5]:
        print(f"  {line}")
    for line in bot.slow_callbacks()[:10]:
        print(f"  {line[:160]} ... {line[-120:]}")
    return 0 if all(checks.values()) else 1


def heartbeat_figures(probes: list[float], bench_stalls: list[float]) -> dict[str, float | int | None]:
    return {
        "heartbeat_probes": len(probes),
        "heartbeat_answer_p50_ms": round(statistics.median(probes) * 1000, 1) if probes else None,
        "heartbeat_answer_p95_ms": round(percentile(probes, 95) * 1000, 1) if probes else None,
        "heartbeat_answer_max_ms": round(max(probes) * 1000, 1) if probes else None,
        "bench_process_loop_stall_max_ms": round(max(bench_stalls, default=0.0), 1),
    }


def loop_checks(bot: BotProcess, probes: list[float]) -> dict[str, bool]:
    return {
        f"heartbeats answered within {HEARTBEAT_ANSWER_LIMIT_S * 1000:.0f} ms": bool(probes)
        and max(probes) <= HEARTBEAT_ANSWER_LIMIT_S,
        f"event loop never blocked (its own work) over {LOOP_STALL_LIMIT_MS:.0f} ms": bot.loop_figures()[
            "loop_busy_max_ms"
        ]
        <= LOOP_STALL_LIMIT_MS,
    }


async def main(n_requests: int, words: int) -> int:
    guilds = tuple(GUILD_BASE + (i << 22) for i in range(n_requests))
    fake = await FakeDiscord(guild_ids=guilds, heartbeat_interval_ms=5000).start()
    articles = {f"story-{i}": make_article(i, words) for i in range(n_requests)}
    runner, pages = await start_page_server(articles)
    bot = BotProcess(fake, {"USER_COOLDOWN_SECONDS": "10"})
    try:
        async with bot:
            payloads = []
            for i, guild in enumerate(guilds):
                name = f"story-{i}"
                user = 800000000000000000 + i
                if i % 2:
                    link = f"{pages}/news/{name}"
                    payloads.append(fake.slash("summarize", {"link": link}, user_id=user, guild_id=guild))
                else:
                    data = articles[name][1].encode("utf-8")
                    payloads.append(fake.summarize_file(f"{name}.txt", data, user_id=user, guild_id=guild))
            beats_before = len(fake.heartbeats)
            started = time.monotonic()
            sent = [await fake.dispatch_interaction(p) for p in payloads]
            with quiet_collector():
                async with probing_heartbeats(fake) as bench_stalls:
                    with contextlib.suppress(TimeoutError):
                        await fake.wait_until(lambda: all(fake.reply_for(s.token) for s in sent), timeout=120)
                    elapsed = time.monotonic() - started
            replies = [fake.reply_for(s.token) or TimeoutError("no reply") for s in sent]
    finally:
        await runner.cleanup()
        await fake.close()

    acks, followups, answered, errors = [], [], 0, []
    for s, reply in zip(sent, replies, strict=True):
        calls = [r for r in fake.calls_for(s.token) if r.path.endswith("/callback")]
        if calls:
            acks.append(calls[0].at - s.at)
        if isinstance(reply, BaseException):
            errors.append(f"no reply: {reply!r}")
            continue
        message = reply.json if reply.path.startswith("/webhooks/") else reply.json.get("data", {})
        if message.get("embeds"):
            answered += 1
            followups.append(reply.at - s.at)
        else:
            errors.append(message.get("content", "?"))
    stages: dict[str, list[float]] = {}
    for line in bot.lines:
        if "newsbrief.requests" in line:
            for stage, ms in re.findall(r"(\w+)_ms=([\d.]+)", line):
                stages.setdefault(stage, []).append(float(ms))
    probes = fake.probe_latencies
    checks = {
        f"all {n_requests} answered with a briefing": answered == n_requests,
        f"every acknowledgement within {ACK_DEADLINE_S:.0f} s": len(acks) == n_requests
        and max(acks) <= ACK_DEADLINE_S,
        **loop_checks(bot, probes),
    }
    report = {
        "requests": n_requests,
        "words_per_article": words,
        "answered": answered,
        "wall_s": round(elapsed, 2),
        "ack_p50_ms": round(statistics.median(acks) * 1000, 1) if acks else None,
        "ack_p95_ms": round(percentile(acks, 95) * 1000, 1) if acks else None,
        "ack_max_ms": round(max(acks) * 1000, 1) if acks else None,
        "followup_p50_s": round(statistics.median(followups), 2) if followups else None,
        "followup_p95_s": round(percentile(followups, 95), 2) if followups else None,
        "followup_max_s": round(max(followups), 2) if followups else None,
        "stage_p50_ms": {stage: round(statistics.median(v), 1) for stage, v in stages.items()},
        **heartbeat_figures(probes, bench_stalls),
        "heartbeats_during_run": len(fake.heartbeats) - beats_before,
        **bot.loop_figures(),
        "bot_peak_rss_mb_all_processes": round(bot.peak_all_mb, 1),
        "bot_peak_rss_mb_largest_process": round(bot.peak_largest_mb, 1),
        "cpu_count": os.cpu_count(),
    }
    return print_outcome(report, checks, bot, errors)


async def main_autobrief(n_links: int, n_channels: int, words: int, workers: str) -> int:
    from tests.fake_discord import MANAGER_PERMISSIONS

    guild = GUILD_BASE
    channels = tuple(CHANNEL_BASE + i for i in range(n_channels))
    fake = await FakeDiscord(guild_ids=(guild,), channel_ids=channels, heartbeat_interval_ms=5000).start()
    articles = {f"story-{i}": make_article(i, words) for i in range(n_links)}
    runner, pages = await start_page_server(articles)
    bot = BotProcess(
        fake, {"AUTOBRIEF_PER_MINUTE": str(n_links), **({"BRIEF_WORKERS": workers} if workers else {})}
    )
    posted: list[tuple[dict, float]] = []
    try:
        async with bot:
            for channel in channels:  # a manager turns auto-brief on in each channel
                on = fake.slash(
                    "newsbrief",
                    {"turn": "on"},
                    sub="autobrief",
                    guild_id=guild,
                    channel_id=channel,
                    permissions=MANAGER_PERMISSIONS,
                )
                sent = await fake.dispatch_interaction(on)
                await fake.wait_reply(sent.token, timeout=30)
            started = time.monotonic()
            for i in range(n_links):
                message = await fake.post_message(
                    f"Have you seen this? {pages}/news/story-{i}",
                    guild_id=guild,
                    channel_id=channels[i % n_channels],
                    author_id=800000000000000000 + i,
                )
                posted.append((message, time.monotonic()))
            with quiet_collector():
                async with probing_heartbeats(fake) as bench_stalls:
                    with contextlib.suppress(TimeoutError):
                        await fake.wait_until(lambda: all(fake.answers_to(m) for m, _ in posted), timeout=600)
                    elapsed = time.monotonic() - started
            replies = [(fake.answers_to(m) or [TimeoutError("no answer")])[0] for m, _ in posted]
    finally:
        await runner.cleanup()
        await fake.close()

    times = [
        r.at - at for (_, at), r in zip(posted, replies, strict=True) if not isinstance(r, BaseException)
    ]
    answered = sum(1 for r in replies if not isinstance(r, BaseException) and (r.json or {}).get("embeds"))
    in_threads = sum(1 for r in replies if not isinstance(r, BaseException) and fake.in_thread(r))
    outcomes: dict[str, int] = {}
    for line in bot.lines:
        if "command=autobrief" in line and (m := re.search(r"outcome=(\S+)", line)):
            outcomes[m.group(1)] = outcomes.get(m.group(1), 0) + 1
    probes = fake.probe_latencies
    workers_line = next((line for line in bot.lines if "engine warmed up" in line), "")
    checks = {
        f"all {n_links} links answered with a briefing": answered == n_links,
        **loop_checks(bot, probes),
    }
    report = {
        "links": n_links,
        "channels": n_channels,
        "words_per_article": words,
        "brief_workers": workers or "default (cores, at most 4)",
        "answered": answered,
        "answered_in_threads": in_threads,
        "outcomes": outcomes,
        "wall_s": round(elapsed, 2),
        "reply_p50_s": round(statistics.median(times), 2) if times else None,
        "reply_p95_s": round(percentile(times, 95), 2) if times else None,
        "reply_max_s": round(max(times), 2) if times else None,
        **heartbeat_figures(probes, bench_stalls),
        **bot.loop_figures(),
        "peak_rss_mb_largest_process": round(bot.peak_largest_mb, 1),
        "peak_rss_mb_all_processes": round(bot.peak_all_mb, 1),
        "cpu_count": os.cpu_count(),
        "load_average_1min_at_end": round(os.getloadavg()[0], 2),
        "warm_up": workers_line.split("newsbrief.bot: ")[-1],
    }
    return print_outcome(report, checks, bot, [])


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--words", type=int, default=1000)
    parser.add_argument("--autobrief", action="store_true", help="links posted in auto-brief channels")
    parser.add_argument("--links", type=int, default=200, help="--autobrief: links posted at once")
    parser.add_argument("--channels", type=int, default=20, help="--autobrief: channels they are spread over")
    parser.add_argument("--workers", default="", help="BRIEF_WORKERS for the bot (default: its own)")
    parser.add_argument("--log", default="", help="write the bot's log (its standard error) to this file")
    args = parser.parse_args()
    BotProcess.log_path = args.log
    if args.autobrief:
        sys.exit(asyncio.run(main_autobrief(args.links, args.channels, args.words, args.workers)))
    sys.exit(asyncio.run(main(args.requests, args.words)))
