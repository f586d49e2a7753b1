"""How long our side of a fetch takes: bytes -> decoded page -> extracted, checked article.

    .venv/bin/python -m tests.bench.extract_speed [PAGES_DIR] [--repeat N]

PAGES_DIR holds *.html pages (default: ../shared/corpus/pages-dev beside the
repository, if it is there). Without pages, a synthetic 200 KB news page
(written here: an article wrapped in menus, scripts and link lists, like a
real news site) is measured instead. The goal: a typical 200 KB page in
under 100 ms. The network is not involved: this is engine time only.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from bot.web.page import decode_bytes
from newsbrief import extract
from newsbrief.article_check import check_article
from newsbrief.errors import EngineError

ROOT = Path(__file__).resolve().parents[2]
# ../shared beside the repo (a worktree elsewhere finds it further up)
DEFAULT_DIR = next(
    (p / "shared" for p in ROOT.parents if (p / "shared" / "corpus").is_dir()), ROOT.parent / "shared"
)
DEFAULT_DIR = DEFAULT_DIR / "corpus" / "pages-dev"
GOAL_MS = 100.0
TYPICAL = (120_000, 320_000)  # bytes: what "a typical 200 KB page" means here


def synthetic_page(target_bytes: int = 200_000) -> bytes:
    paragraph = (
        "<p>The two governments said on Tuesday that the new rail link would cut the journey between "
        "the capitals to under three hours, and that work on the tunnels would begin next spring, "
        "once the last environmental studies are finished and published.</p>"
    )
    article = "\n".join(paragraph for _ in range(14))
    menu = "\n".join(f'<li><a href="/section/{k}">Section {k}</a></li>' for k in range(120))
    script = "<script>window.__STATE__ = {" + ",".join(f'"k{k}": {k}' for k in range(800)) + "};</script>"
    related = "\n".join(
        f'<li><a href="/news/{k}">Related story number {k} about markets</a></li>' for k in range(150)
    )
    page = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Rail link agreed | Example News</title>'
        f"{script}</head><body><nav><ul>{menu}</ul></nav>"
        f"<article><h1>Rail link agreed</h1>{article}</article>"
        f"<aside><ul>{related}</ul></aside>"
    )
    filler = "<!-- " + "x" * 1000 + " -->\n"
    while len(page) < target_bytes:
        page += f"<div class=ad>{filler}</div>"
    return (page + "</body></html>").encode("utf-8")


def measure(data: bytes, repeat: int) -> tuple[float, float, float, str]:
    """Best-of-`repeat` milliseconds for decode, extract and check, and the outcome."""
    best = [float("inf")] * 3
    outcome = "ok"
    for _ in range(repeat):
        t0 = time.perf_counter()
        html, _codec = decode_bytes(data, "text/html")
        t1 = time.perf_counter()
        try:
            article = extract.extract_article(html)
        except EngineError:
            article = None
        t2 = time.perf_counter()
        try:
            check_article(html, article)
        except EngineError as err:
            outcome = type(err).__name__
        t3 = time.perf_counter()
        for k, ms in enumerate(((t1 - t0) * 1000, (t2 - t1) * 1000, (t3 - t2) * 1000)):
            best[k] = min(best[k], ms)
    return best[0], best[1], best[2], outcome


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    pages = sorted(args.pages.glob("*.html")) if args.pages.is_dir() else []
    samples = [(p.name, p.read_bytes()) for p in pages] or [("synthetic-200kb.html", synthetic_page())]
    extract.extract_article(samples[0][1].decode("utf-8", "replace"))  # warm up lxml and trafilatura

    rows = []
    print(f"{'page':<24} {'KB':>6} {'decode':>7} {'extract':>8} {'check':>6} {'total':>7}  outcome")
    for name, data in samples:
        decode_ms, extract_ms, check_ms, outcome = measure(data, args.repeat)
        total = decode_ms + extract_ms + check_ms
        rows.append((len(data), total))
        print(
            f"{name[:24]:<24} {len(data) / 1000:>6.0f} {decode_ms:>7.1f} {extract_ms:>8.1f} "
            f"{check_ms:>6.1f} {total:>7.1f}  {outcome}"
        )
    totals = [t for _, t in rows]
    typical = [t for size, t in rows if TYPICAL[0] <= size <= TYPICAL[1]] or totals
    print(f"\n{len(rows)} pages, ms per page (best of {args.repeat}):")
    print(f"  all pages      median {statistics.median(totals):6.1f}   max {max(totals):6.1f}")
    band = f"{TYPICAL[0] // 1000}-{TYPICAL[1] // 1000} KB ({len(typical)})"
    print(
        f"  {band} median {statistics.median(typical):6.1f}   max {max(typical):6.1f}   goal < {GOAL_MS:.0f}"
    )
    return 0 if statistics.median(typical) < GOAL_MS else 1


if __name__ == "__main__":
    sys.exit(main())
