"""Record the JSON of every article in ../shared/corpus, and compare two records.

A tool for refactoring, not a test: before a move, record what the engine
says about every real article; after each step, compare, and read every
article whose output changed.

    .venv/bin/python -m tests.bench.snapshot record OUT.jsonl [--newsbrief CMD]
    .venv/bin/python -m tests.bench.snapshot compare OLD.jsonl NEW.jsonl [--show N]

It calls the command line (`newsbrief --json`, 20 files a call), so it works
whatever the engine's modules are called. Each line of the record is
{"file": path relative to the corpus, "briefing": the JSON line}.
"""

from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# ../shared beside the repo (a worktree elsewhere finds it further up)
SHARED = next(
    (p / "shared" for p in ROOT.parents if (p / "shared" / "corpus").is_dir()), ROOT.parent / "shared"
)
CORPUS = SHARED / "corpus"
BATCH = 20


def corpus_files(corpus: Path) -> list[Path]:
    """Every article text or page under the corpus, in a stable order."""
    files = [p for p in corpus.rglob("*") if p.suffix in (".txt", ".html") and p.is_file()]
    return sorted(p for p in files if p.name != "SOURCES.tsv")


def record(out: Path, command: str) -> None:
    files = corpus_files(CORPUS)
    with out.open("w", encoding="utf-8") as sink:
        for start in range(0, len(files), BATCH):
            batch = files[start : start + BATCH]
            run = subprocess.run(
                [*shlex.split(command), "--json", *map(str, batch)], capture_output=True, text=True
            )
            lines = run.stdout.splitlines()
            if len(lines) != len(batch):
                sys.exit(f"{len(batch)} files but {len(lines)} lines: {run.stderr[-2000:]}")
            for path, line in zip(batch, lines, strict=True):
                briefing = json.loads(line)
                briefing.pop("timings_ms", None)
                row = {"file": str(path.relative_to(CORPUS)), "briefing": briefing}
                sink.write(json.dumps(row, ensure_ascii=False) + "\n")
            print(f"{start + len(batch)}/{len(files)}", file=sys.stderr, end="\r")
    print(f"\n{len(files)} briefings in {out}", file=sys.stderr)


def load(path: Path) -> dict[str, dict]:
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())
    return {row["file"]: row["briefing"] for row in rows}


def changed_parts(old: dict, new: dict) -> list[str]:
    keys = sorted(set(old) | set(new))
    return [k for k in keys if old.get(k) != new.get(k)]


def compare(old_path: Path, new_path: Path, show: int) -> int:
    old, new = load(old_path), load(new_path)
    changed = 0
    for name in sorted(set(old) | set(new)):
        a, b = old.get(name), new.get(name)
        if a == b:
            continue
        changed += 1
        if a is None or b is None:
            print(f"{name}: only in {'new' if a is None else 'old'}")
            continue
        parts = changed_parts(a, b)
        print(f"{name}: {', '.join(parts)}")
        if changed <= show:
            for part in parts:
                print(f"  - old {part}: {json.dumps(a.get(part), ensure_ascii=False)[:600]}")
                print(f"  + new {part}: {json.dumps(b.get(part), ensure_ascii=False)[:600]}")
    print(f"{changed} of {len(set(old) | set(new))} articles changed")
    return 1 if changed else 0


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="action", required=True)
    rec = sub.add_parser("record")
    rec.add_argument("out", type=Path)
    rec.add_argument("--newsbrief", default=str(ROOT / ".venv" / "bin" / "newsbrief"))
    cmp_ = sub.add_parser("compare")
    cmp_.add_argument("old", type=Path)
    cmp_.add_argument("new", type=Path)
    cmp_.add_argument("--show", type=int, default=10, help="print the changed parts of the first N articles")
    args = parser.parse_args()
    if args.action == "record":
        record(args.out, args.newsbrief)
    else:
        sys.exit(compare(args.old, args.new, args.show))


if __name__ == "__main__":
    main()
