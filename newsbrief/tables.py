"""Loading the engine's data tables (newsbrief/data), once per process.

`read_table` is the reader for tab-separated tables: the file's first row must
name its columns, and every row must have that many cells (trailing optional
columns may be left empty), so a table with a missing tab fails loudly when
it is first read, with its file and line, instead of being misread.
`read_lines` reads plain word lists. Two word lists several subsystems share are read
here once: `sentence_starters` (lower case: Punkt's starters, pronouns that are no
speaker) and `not_names` (capitalised words that are never part of a person's
name, which include every sentence starter capitalised: one fact in one place).
"""

from __future__ import annotations

from functools import cache
from importlib import resources


class TableError(ValueError):
    """A data table whose header or rows do not have the shape its reader expects."""


def _text(name: str, package: str) -> str:
    return resources.files(package).joinpath("data", name).read_text(encoding="utf-8")


def _content_lines(text: str) -> list[tuple[int, str]]:
    """(line number, line) of the lines that are not blank or comments; spaces around a
    line go, tabs stay (a trailing tab is an empty last cell)."""
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        bare = line.strip()
        if bare and bare[0] != "#":
            found.append((number, line.strip(" \r\n")))
    return found


@cache
def read_lines(name: str, package: str = "newsbrief") -> tuple[str, ...]:
    """Non-empty, non-comment lines of a data file in `package`'s data folder, stripped."""
    return tuple(line.strip() for _, line in _content_lines(_text(name, package)))


@cache
def read_tsv(name: str, package: str = "newsbrief") -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated data file, header included, unchecked (prefer `read_table`)."""
    return tuple(tuple(map(str.strip, line.split("\t"))) for line in read_lines(name, package))


@cache
def read_table(
    name: str, columns: tuple[str, ...], *, optional: int = 0, package: str = "newsbrief"
) -> tuple[tuple[str, ...], ...]:
    """The rows of a tab-separated table whose header row is `columns`, header left out.

    Each row has len(columns) cells; the last `optional` columns may be missing
    and are then "". Raises TableError naming the file and line otherwise.
    """
    lines = _content_lines(_text(name, package))
    if not lines:
        raise TableError(f"{name}: empty, expected the header {columns}")
    number, header = lines[0]
    found = tuple(cell.strip() for cell in header.split("\t"))
    if found != columns:
        raise TableError(f"{name}:{number}: header {found}, expected {columns}")
    rows = []
    width, fewest = len(columns), len(columns) - optional
    for number, line in lines[1:]:
        cells = tuple(map(str.strip, line.split("\t")))
        if len(cells) != width:
            if not fewest <= len(cells) <= width:
                raise TableError(f"{name}:{number}: {len(cells)} cells, expected {width}: {line[:80]!r}")
            cells += ("",) * (width - len(cells))
        rows.append(cells)
    return tuple(rows)


@cache
def sentence_starters() -> frozenset[str]:
    """Lower-case words that, capitalised after an abbreviation, start a sentence
    (data/sentence_starters.txt)."""
    return frozenset(read_lines("sentence_starters.txt"))


@cache
def not_names() -> frozenset[str]:
    """Capitalised words never part of a person's name (data/not_names.txt), and every
    sentence starter capitalised ("The", "However")."""
    return frozenset(read_lines("not_names.txt")) | {w[:1].upper() + w[1:] for w in sentence_starters()}
