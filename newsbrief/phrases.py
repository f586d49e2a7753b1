"""Finding the phrases of a long table in a text, without compiling them into one regex.

A regex alternation of a thousand phrases (every country name, demonym and capital) costs
tens of milliseconds to compile, and a process pays that on its first article. A
`PhraseSet` is a dict of the phrases keyed by their first two characters, built in well
under a millisecond; a lookup slices the text at each length the phrases under that key
have, longest first. It matches what `places.trie_alternation` compiled with the same
look-arounds matches: at a position, the longest phrase of the table that starts there
and that the text does not continue with a word character, left to right, no overlaps.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_HEAD = 2  # characters of a phrase's key


def is_word_char(ch: str) -> bool:
    """What regex `\\w` matches in a str pattern: a letter, digit or number, or "_"."""
    return ch.isalnum() or ch == "_"


class PhraseSet:
    """Exact, case-sensitive phrases, looked up by the text at a position."""

    def __init__(self, phrases: Iterable[str]) -> None:
        self.phrases = frozenset(p for p in phrases if p)
        lengths: dict[str, set[int]] = {}
        for phrase in self.phrases:
            lengths.setdefault(phrase[:_HEAD], set()).add(len(phrase))
        # one-character phrases are keyed by their character, longer ones by their first two
        self._lengths = {head: tuple(sorted(found, reverse=True)) for head, found in lengths.items()}
        self._short = frozenset(p for p in self.phrases if len(p) < _HEAD)
        starts = "".join(sorted({re.escape(p[0]) for p in self.phrases}))
        # A position no word character or "$" touches, whose character can start a phrase.
        self._start = re.compile(rf"(?<![\w$])[{starts}]") if starts else None

    def longest_at(self, text: str, pos: int) -> int:
        """End of the longest phrase at `pos` that no word character follows, or -1."""
        size = len(text)
        for length in self._lengths.get(text[pos : pos + _HEAD], ()):
            end = pos + length
            if end > size:
                continue
            if (end == size or not is_word_char(text[end])) and text[pos:end] in self.phrases:
                return end
        if self._short and text[pos : pos + 1] in self._short:
            end = pos + 1
            if end == len(text) or not is_word_char(text[end]):
                return end
        return -1

    def finditer(self, text: str) -> Iterator[tuple[int, int]]:
        """(start, end) of each phrase standing alone in the text, as the regex
        `(?<![\\w$])(?:PHRASES)(?![\\w])` with the longest phrase first would find them."""
        if self._start is None:
            return
        pos = 0
        for candidate in self._start.finditer(text):
            start = candidate.start()
            if start < pos:
                continue
            end = self.longest_at(text, start)
            if end >= 0:
                yield start, end
                pos = end
