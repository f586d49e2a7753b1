"""Engine speed and memory, measured side by side (a benchmark, not a test).

    .venv/bin/python -m tests.bench.engine [--repeat N] [--quick] [--clock cpu]

1. Every article of ../shared/corpus/dev, ../shared/corpus/polnear-dev and the
   pastes of ../shared/corpus/pages-dev (our own test articles when those are
   not there): the whole engine (`brief`) against sumy's LexRank alone (4
   sentences) on the same text, per article; the median ratio should be < 1.
2. First-article overhead: in a fresh process, the first brief minus the same
   article's warm time (< 50 ms).
3. A 20,000-word article: engine time (< 0.5 s) and the peak memory of one
   `newsbrief --json` process on it (< 150 MB).

With --clock cpu every time is the process's CPU time (all its threads) instead of the
wall clock: on a machine other jobs share, wall time also counts the waits for a core,
which swing the ratio by several tenths from run to run; CPU time leaves them out (and
so also leaves out what a program waits for by itself, such as idle threads).

Measuring material stays outside the repo; this only reads it.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from newsbrief import brief, build_document

ROOT = Path(__file__).resolve().parents[2]
# ../shared beside the repo (a worktree elsewhere finds it further up)
SHARED = next(
    (p / "shared" for p in ROOT.parents if (p / "shared" / "corpus").is_dir()), ROOT.parent / "shared"
)
CORPUS = SHARED / "corpus"
LEXRANK_SENTENCES = 4


def corpus_files() -> list[Path]:
    """The real articles timed: dev, polnear-dev and the pages-dev pastes."""
    files = sorted((CORPUS / "dev").glob("*.txt")) + sorted((CORPUS / "polnear-dev").glob("*.txt"))
    files += sorted((CORPUS / "pages-dev").glob("*.paste.txt"))
    return files or sorted((ROOT / "tests" / "articles").glob("*.txt"))


def words(text: str) -> int:
    return len(text.split())


def article_of_about(articles: list[str], target: int) -> str:
    """The article closest to `target` words, or several joined to reach it."""
    single = min(articles, key=lambda a: abs(words(a) - target))
    if abs(words(single) - target) < target * 0.2:
        return single
    parts, total = [], 0
    for a in sorted(articles, key=words, reverse=True):
        parts.append(a)
        total += words(a)
        if total >= target:
            break
    return "\n\n".join(parts)


CLOCK = time.perf_counter  # or time.process_time (--clock cpu)


def best_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = CLOCK()
        fn()
        times.append((CLOCK() - t) * 1000)
    return min(times), statistics.median(times)


class SumyWordsTokenizer:
    """sumy's own Tokenizer, less the Punkt model it would download.

    Words as sumy makes them (nltk's word tokenizer, then sumy's word pattern);
    sentences are given, so to_sentences is never timed.
    """

    language = "english"
    _WORD = re.compile(r"^[^\W\d_](?:[^\W\d_]|['-])*$")

    def __init__(self) -> None:
        from nltk.tokenize import NLTKWordTokenizer

        self._words = NLTKWordTokenizer()

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return (paragraph,)

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(w for w in self._words.tokenize(sentence) if self._WORD.match(w))


def lexrank_ms(text: str, repeat: int) -> tuple[float, float]:
    """sumy's LexRank as sumy runs it (4 sentences), on our sentences of the same article."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words

    doc = build_document(text)
    sentences = [s.text for s in doc.sentences if s.kind == "body"]
    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    tokenizer = SumyWordsTokenizer()

    def run():
        document = ObjectDocumentModel([Paragraph([Sentence(t, tokenizer) for t in sentences])])
        summarizer(document, LEXRANK_SENTENCES)

    return best_ms(run, repeat)


def peak_rss_mb(article: Path) -> float:
    """Peak resident memory of one `newsbrief --json ARTICLE` process."""
    exe = Path(sys.executable).with_name("newsbrief")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "bot.cli"]
    code = (
        "import resource, subprocess, sys\n"
        "subprocess.run(sys.argv[1:], check=True, capture_output=True)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code, *cmd, "--json", str(article)], capture_output=True, text=True
    )
    return int(run.stdout.strip()) / 1024


FIRST_BRIEF = """
import json, statistics, sys, time
from newsbrief import brief
clock = getattr(time, sys.argv[2])
text = open(sys.argv[1], encoding="utf-8").read()
t = clock(); brief(text); first = (clock() - t) * 1000
warm = []
for _ in range(5):
    t = clock(); brief(text); warm.append((clock() - t) * 1000)
print(json.dumps({"first": first, "warm": statistics.median(warm)}))
"""


def first_article_overhead_ms(article: Path) -> tuple[float, float]:
    """(first brief, warm brief) of one article in a fresh process; imports are not counted."""
    run = subprocess.run(
        [sys.executable, "-c", FIRST_BRIEF, str(article), CLOCK.__name__],
        capture_output=True,
        text=True,
        check=True,
    )
    found = json.loads(run.stdout)
    return found["first"], found["warm"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--quick", action="store_true", help="every fifth article only")
    ap.add_argument("--clock", choices=("wall", "cpu"), default="wall", help="what a time is (see above)")
    args = ap.parse_args()
    global CLOCK
    CLOCK = time.process_time if args.clock == "cpu" else time.perf_counter
    print(f"times: {'CPU time of the process' if args.clock == 'cpu' else 'wall clock'}")
    files = corpus_files()
    if args.quick:
        files = files[::5]
    texts = [f.read_text(encoding="utf-8") for f in files]
    brief(texts[0])  # load tables once, as a running bot has

    ratios = []
    print(f"{'article':<48} {'words':>6} {'engine':>8} {'lexrank':>8} {'ratio':>6}")
    for path, text in zip(files, texts, strict=True):
        try:
            _, engine = best_ms(lambda text=text: brief(text), args.repeat)
        except Exception as err:  # an article the engine refuses is reported, not timed
            print(f"{path.parent.name + '/' + path.name:<48} refused: {type(err).__name__}")
            continue
        _, lex = lexrank_ms(text, args.repeat)
        ratios.append(engine / lex)
        name = f"{path.parent.name}/{path.name}"[:48]
        print(f"{name:<48} {words(text):>6} {engine:>7.1f}ms {lex:>7.1f}ms {engine / lex:>6.2f}")
    quartiles = statistics.quantiles(ratios, n=4)
    print(
        f"engine/LexRank over {len(ratios)} articles: median {statistics.median(ratios):.2f} "
        f"(quartiles {quartiles[0]:.2f}-{quartiles[2]:.2f}; goal < 1.0)"
    )

    overheads = []
    for path in files[:: max(1, len(files) // 5)][:5]:
        first, warm = first_article_overhead_ms(path)
        overheads.append(first - warm)
        print(f"first brief in a fresh process: {path.name[:40]} first {first:.0f} ms, warm {warm:.0f} ms")
    print(f"first-article overhead: median {statistics.median(overheads):.0f} ms (goal < 50)")

    long_text = article_of_about(texts, 20000)
    long_best, long_median = best_ms(lambda: brief(long_text), 3)
    print(f"long article: {words(long_text)} words")
    print(f"  engine best {long_best:.0f} ms, median {long_median:.0f} ms (goal < 500)")
    stages = brief(long_text).timings_ms
    print("  stages (ms): " + ", ".join(f"{k} {v}" for k, v in stages.items()))
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as sink:
        sink.write(long_text)
    print(f"peak memory of `newsbrief --json` on it: {peak_rss_mb(Path(sink.name)):.0f} MB (goal < 150)")
    Path(sink.name).unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
