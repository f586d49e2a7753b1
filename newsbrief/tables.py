"""Loading the engine's data tables (newsbrief/data), once per process."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def read_lines(name: str, package: str = "newsbrief") -> tuple[str, ...]:
    """Non-empty, non-comment lines of a data file in `package`'s data folder, stripped."""
    text = resources.files(package).joinpath("data", name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            rows.append(line)
    return tuple(rows)


@cache
def read_tsv(name: str, package: str = "newsbrief") -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated data file (comments and blank lines skipped)."""
    return tuple(tuple(cell.strip() for cell in line.split("\t")) for line in read_lines(name, package))
