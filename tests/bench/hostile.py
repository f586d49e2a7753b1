"""Hostile input: does every stage stay linear on text nobody expected? (a benchmark, not a test)

    .venv/bin/python -m tests.bench.hostile [--sizes 10000 100000 990000] [--only NAME ...]
                                            [--timeout 60]

Anyone can paste 20,000 characters into the bot's form or attach a 2 MB file,
so the engine must stay fast on shapes that are not news: a transcript with no
punctuation, walls of quote marks, runs of initials, HTML made of tiny
paragraphs. Each family below is generated at each size and briefed in a fresh
process (so peak memory is its own), with a time limit; the table shows the
engine time (import excluded), the peak memory, what happened, and the growth
of time per doubling of size between neighbouring sizes. Times and growth are
CPU seconds of the engine's process: on a machine shared with other jobs the
wall clock (shown beside) also counts their turns, two or three times over.

Goals (issue 15): every input under 1,000,000 characters briefed or refused
with a clear message in under 2 s of engine time; growth at most 2.5x per
doubling; peak memory under 300 MB; HTML pages up to the 5 MB fetch cap
(--html-cap) under 3 s and 300 MB.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
from collections.abc import Callable

WORDS = [
    "minister",
    "talks",
    "border",
    "trade",
    "summit",
    "capital",
    "leaders",
    "agreed",
    "visit",
    "envoy",
    "council",
    "vote",
    "ceasefire",
    "sanctions",
    "treaty",
    "parliament",
    "election",
    "budget",
    "tariffs",
    "embassy",
    "delegation",
]
NAMES = [
    "Ana",
    "Boris",
    "Chen",
    "Dara",
    "Emil",
    "Farah",
    "Goran",
    "Hana",
    "Ivo",
    "Jana",
    "Kofi",
    "Lena",
    "Milo",
    "Nina",
    "Omar",
    "Pia",
]


def cycle(parts: list[str], size: int, sep: str = " ") -> str:
    """Repeat `parts` joined by `sep`, whole parts only, up to `size` characters.

    Whole parts, so the text ends the same way at every size: a text cut inside
    its last part ("... Y. Z") can be refused at one size and read at the next,
    which makes the growth between them meaningless.
    """
    out, total, k = [], 0, 0
    while True:
        piece = parts[k % len(parts)]
        if total + len(piece) > size:
            break
        out.append(piece)
        total += len(piece) + len(sep)
        k += 1
    return sep.join(out)


def words_no_punctuation(size: int) -> str:
    return cycle([f"{w} {NAMES[k % len(NAMES)]}" for k, w in enumerate(WORDS)], size)


def straight_quotes(size: int) -> str:
    return cycle([f'{w} "' for w in WORDS], size)


def curly_quotes(size: int) -> str:
    return cycle([f"{w} \u201c{WORDS[(k + 3) % len(WORDS)]}" for k, w in enumerate(WORDS)], size)


def alternating_curly_quotes(size: int) -> str:
    """Opening and closing marks in turn, a few words apart: many short quotations in one sentence."""
    return cycle([f"\u201c{w} {WORDS[(k + 5) % len(WORDS)]}\u201d" for k, w in enumerate(WORDS)], size)


def straight_quote_every_third_word(size: int) -> str:
    return cycle([f'{a} {b} "{c}' for a, b, c in zip(WORDS, WORDS[1:], WORDS[2:], strict=False)], size)


def title_abbreviations(size: int) -> str:
    return cycle(["Gov.", "Sen.", "Rt.", "Hon.", "Lt.", "Gen."], size)


def single_quotes(size: int) -> str:
    return cycle([f"{w} '" for w in WORDS] + ["\u2018said", "\u2019 he"], size)


def capitalised_short_sentences(size: int) -> str:
    return cycle(
        [f"{a} {b} Met {c} {d}." for a, b, c, d in zip(NAMES, NAMES[1:], NAMES[2:], NAMES[3:], strict=False)],
        size,
    )


def hyphenated_words(size: int) -> str:
    return cycle([f"{a}-{b}-{c}" for a, b, c in zip(WORDS, WORDS[1:], WORDS[2:], strict=False)], size)


def mr_before_names(size: int) -> str:
    return cycle(
        [f"Mr. {n} said Mr. {m} met Mrs. {n}." for n, m in zip(NAMES, reversed(NAMES), strict=True)], size
    )


def runs_of_initials(size: int) -> str:
    return cycle([f"{chr(65 + k % 26)}." for k in range(26)], size)


def runs_of_dots(size: int) -> str:
    return cycle(["word........"], size, sep="")


def numbered_dots(size: int) -> str:
    return ".".join(str(k % 10) for k in range(size // 2 + 1))[:size]


def said_capitalised(size: int) -> str:
    return cycle([f"Said {n} Said the {w} Said." for n, w in zip(NAMES, WORDS, strict=False)], size)


def nested_brackets(size: int) -> str:
    depth = size // 4
    return ("(" * depth + "talks " + ")" * depth)[:size]


def combining_marks(size: int) -> str:
    return cycle(["minis\u0301ter", "ta\u0300\u0301lks", "Pre\u0308sident", "Ana\u0301 said."], size)


def right_to_left(size: int) -> str:
    return cycle(
        [
            "\u0627\u0644\u0631\u0626\u064a\u0633",
            "\u0642\u0627\u0644",
            "Abbas",
            "met",
            "\u05e9\u05dc\u05d5\u05dd.",
        ],
        size,
    )


def one_word_lines(size: int) -> str:
    return cycle(WORDS + NAMES, size, sep="\n")


def one_long_word(size: int) -> str:
    return "a" * size


def email_like_runs(size: int) -> str:
    return cycle(["x" * 200 + "@" + "y" * 200, "Photo:" + "z" * 300], size)


def speaker_quotes(size: int) -> str:
    """Balanced quotations with speakers: the shape of a long transcript."""
    return cycle(
        [
            f"\u201cWe {w} today,\u201d said {n}. {n} met {m} in Rome."
            for w, n, m in zip(WORDS, NAMES, NAMES[3:], strict=False)
        ],
        size,
    )


def html_tiny_paragraphs(size: int) -> str:
    body = cycle([f"<p>{w}</p>" for w in WORDS], size - 40, sep="")
    return f"<html><body>{body}</body></html>"


def html_nested_divs(size: int) -> str:
    depth = (size - 40) // 11
    return "<html><body>" + "<div>" * depth + "talks" + "</div>" * depth + "</body></html>"


FAMILIES: dict[str, Callable[[int], str]] = {
    f.__name__: f
    for f in (
        words_no_punctuation,
        straight_quotes,
        curly_quotes,
        alternating_curly_quotes,
        straight_quote_every_third_word,
        single_quotes,
        capitalised_short_sentences,
        hyphenated_words,
        mr_before_names,
        runs_of_initials,
        title_abbreviations,
        runs_of_dots,
        numbered_dots,
        said_capitalised,
        nested_brackets,
        combining_marks,
        right_to_left,
        one_word_lines,
        one_long_word,
        email_like_runs,
        speaker_quotes,
        html_tiny_paragraphs,
        html_nested_divs,
    )
}

RUN_ONE = """
import json, resource, sys, time
from tests.bench.hostile import FAMILIES
from newsbrief import brief
from newsbrief.errors import EngineError
from tests import ARTICLES
brief((ARTICLES / "summit.txt").read_text(encoding="utf-8"))  # tables loaded: time the input alone
text = FAMILIES[sys.argv[1]](int(sys.argv[2]))
t, cpu = time.perf_counter(), time.process_time()
try:
    b = brief(text)
    outcome = f"{len(b.summary)} sent, {len(b.quotes)} q, {len(b.meetings)} m"
except EngineError as err:
    outcome = "refused: " + type(err).__name__
seconds, cpu = time.perf_counter() - t, time.process_time() - cpu
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "cpu": cpu, "peak_mb": peak, "outcome": outcome}))
"""


def run_one(family: str, size: int, timeout: float) -> dict:
    try:
        run = subprocess.run(
            [sys.executable, "-c", RUN_ONE, family, str(size)],
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return {"seconds": math.inf, "cpu": math.inf, "peak_mb": math.nan, "outcome": f"over {timeout:.0f} s"}
    if run.returncode:
        last = (run.stderr.strip().splitlines() or ["?"])[-1]
        return {"seconds": math.nan, "cpu": math.nan, "peak_mb": math.nan, "outcome": f"crash: {last[:60]}"}
    return json.loads(run.stdout)


def growth_per_doubling(t1: float, t2: float, s1: int, s2: int) -> float:
    """How many times longer each doubling of size takes, between two sizes."""
    if not (math.isfinite(t1) and math.isfinite(t2)) or t1 <= 0:
        return math.nan
    # Below a few ms, timer noise and fixed costs dominate: count from a 5 ms floor.
    t1, t2 = max(t1, 0.005), max(t2, 0.005)
    return (t2 / t1) ** (math.log(2) / math.log(s2 / s1))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 990_000])
    ap.add_argument("--only", nargs="+", choices=sorted(FAMILIES), help="these families only")
    ap.add_argument("--timeout", type=float, default=60)
    ap.add_argument("--html-cap", type=int, default=5_000_000, help="also run the HTML families at this size")
    args = ap.parse_args()
    families = args.only or list(FAMILIES)
    worst_time = worst_growth = worst_memory = 0.0
    print(f"{'family':<28} {'size':>9} {'cpu s':>7} {'wall s':>7} {'peak MB':>8} {'growth/2x':>9}  outcome")
    for family in families:
        sizes = list(args.sizes)
        if family.startswith("html") and args.html_cap:
            sizes.append(args.html_cap)
        previous = None
        for size in sizes:
            found = run_one(family, size, args.timeout)
            growth = (
                growth_per_doubling(previous[1], found["cpu"], previous[0], size) if previous else math.nan
            )
            previous = (size, found["cpu"])
            worst_time = max(worst_time, found["cpu"]) if size < 1_000_000 else worst_time
            worst_growth = max(worst_growth, growth) if math.isfinite(growth) else worst_growth
            worst_memory = (
                max(worst_memory, found["peak_mb"]) if math.isfinite(found["peak_mb"]) else worst_memory
            )
            shown_growth = f"{growth:9.2f}" if math.isfinite(growth) else f"{'-':>9}"
            print(
                f"{family:<28} {size:>9,} {found['cpu']:>7.3f} {found['seconds']:>7.3f} "
                f"{found['peak_mb']:>8.0f} {shown_growth}  {found['outcome']}",
                flush=True,
            )
    print(
        f"worst under 1,000,000 characters: {worst_time:.2f} s of CPU (goal < 2); "
        f"worst growth per doubling {worst_growth:.2f} (goal <= 2.5); "
        f"peak memory {worst_memory:.0f} MB (goal < 300)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
