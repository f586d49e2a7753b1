"""The test suite; it mirrors the tree: tests/engine/<job>/ for newsbrief/, tests/bot/ for bot/ and cogs/."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "tests" / "articles"  # articles we wrote ourselves, in news style
