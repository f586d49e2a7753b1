"""Engine speed and memory, measured side by side (a benchmark, not a test).

    .venv/bin/python -m tests.bench.engine [--corpus DIR] [--repeat N]

1. A typical ~1,000-word article: the whole engine (`brief`) against sumy's
   LexRank alone on the same sentences; the ratio should be below 1.
2. A 20,000-word article: engine time, which should stay under 1 s.
3. Peak memory of one `newsbrief --json` process on one article (< 150 MB).

Articles are the BBC reference set in ../shared/eval/data/bbc when it is
there (measuring material stays outside the repo), else our own test articles.
"""

from __future__ import annotations

import argparse
import re
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from newsbrief import brief, build_document

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CORPUS = ROOT.parent / "shared" / "eval" / "data" / "bbc"


def load_articles(corpus: Path) -> list[str]:
    files = sorted(corpus.glob("*.article.txt")) if corpus.is_dir() else []
    if not files:
        files = sorted((ROOT / "tests" / "articles").glob("*.txt"))
    return [f.read_text(encoding="utf-8") for f in files]


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


def best_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
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
    """sumy's LexRank as sumy runs it, on our sentences of the same article."""
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
        summarizer(document, 5)

    return best_ms(run, repeat)


def peak_rss_mb(article: Path) -> float:
    exe = Path(sys.executable).with_name("newsbrief")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "newsbrief"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    subprocess.run([*cmd, "--json", str(article)], check=True, capture_output=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(before, after) / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()
    articles = load_articles(args.corpus)
    brief(articles[0])  # load tables once, as a running bot has

    typical = article_of_about(articles, 1000)
    engine_best, engine_median = best_ms(lambda: brief(typical), args.repeat)
    lex_best, lex_median = lexrank_ms(typical, args.repeat)
    print(f"typical article: {words(typical)} words")
    print(f"  engine (whole brief)   best {engine_best:7.1f} ms   median {engine_median:7.1f} ms")
    print(f"  sumy LexRank alone     best {lex_best:7.1f} ms   median {lex_median:7.1f} ms")
    print(f"  ratio engine/LexRank   {engine_median / lex_median:.2f} (goal < 1)")
    stages = brief(typical).timings_ms
    print("  stages (ms): " + ", ".join(f"{k} {v}" for k, v in stages.items()))

    long_text = article_of_about(articles, 20000)
    long_best, long_median = best_ms(lambda: brief(long_text), max(2, args.repeat // 3))
    print(f"long article: {words(long_text)} words")
    print(f"  engine best {long_best:.0f} ms, median {long_median:.0f} ms (goal < 1000)")
    stages = brief(long_text).timings_ms
    print("  stages (ms): " + ", ".join(f"{k} {v}" for k, v in stages.items()))

    sample = ROOT / "tests" / "articles" / "summit.txt"
    print(f"peak memory of `newsbrief --json {sample.name}`: {peak_rss_mb(sample):.0f} MB (goal < 150)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
