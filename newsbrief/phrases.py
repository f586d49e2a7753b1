"""Finding the phrases of a long table in a text, without compiling them all into one regex.

A regex alternation of a thousand phrases (every country name, demonym and capital) costs
tens of milliseconds to compile, and a process pays that on its first article. A
`PhraseSet` compiles only the phrases' first four characters (a few hundred short heads,
shaped as a trie: a few milliseconds) to find where a phrase may start, and keys the
phrases by their head in a dict; at a candidate it slices the text at each length the
phrases under that head have, longest first. It finds what the regex of all the phrases
(`places.trie_alternation`) with the same look-arounds finds: at a position no word
character or "$" precedes, the longest phrase of the table that starts there and that no
word character follows; left to right, no overlaps.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

HEAD = 4  # characters of a phrase that the start pattern holds


def is_word_char(ch: str) -> bool:
    """What regex `\\w` matches in a str pattern: a letter, digit or number, or "_"."""
    return ch.isalnum() or ch == "_"


def _trie(forms: Iterable[str]) -> str:
    from newsbrief.places import trie_alternation  # places builds its tables with a PhraseSet

    return trie_alternation(sorted(forms))


def _head(phrase: str) -> str:
    """A phrase's first HEAD characters, and the next one after a space among them: "the B" of
    "the Bahamas", so that not every "the " of a text is a place to look."""
    head = phrase[:HEAD]
    return phrase[: HEAD + 1] if head.endswith(" ") else head


class PhraseSet:
    """Exact, case-sensitive phrases, found where they stand alone in a text."""

    def __init__(self, phrases: Iterable[str]) -> None:
        self.phrases = frozenset(p for p in phrases if p)
        lengths: dict[str, set[int]] = {}
        for phrase in self.phrases:
            lengths.setdefault(_head(phrase), set()).add(len(phrase))
        # head -> the lengths of its phrases, longest first; a head shorter than HEAD is a phrase
        self._lengths = {head: tuple(sorted(found, reverse=True)) for head, found in lengths.items()}
        # Zero-width, so that no start inside a head is skipped; the group is the longest head.
        # The leading class of first characters lets the scan skip most positions at a glance.
        firsts = "".join(sorted({re.escape(head[0]) for head in self._lengths}))
        self._start = (
            re.compile(rf"(?=[{firsts}])(?<![\w$])(?=({_trie(self._lengths)}))") if self._lengths else None
        )

    def finditer(self, text: str) -> Iterator[tuple[int, int]]:
        """(start, end) of each phrase standing alone in the text, as the regex
        `(?<![\\w$])(?:PHRASES)(?![\\w])` with the longest phrase first would find them."""
        if self._start is None:
            return
        pos, size, lengths, phrases = 0, len(text), self._lengths, self.phrases
        for candidate in self._start.finditer(text):
            start = candidate.start()
            if start < pos:
                continue
            head = candidate.group(1)
            end = -1
            for length in lengths[head]:
                stop = start + length
                if (
                    stop <= size
                    and (stop == size or not is_word_char(text[stop]))
                    and text[start:stop] in phrases
                ):
                    end = stop
                    break
            # shorter phrases that are a prefix of this head ("Ira" under "Iraq") come last
            for length in range(len(head) - 1, 0, -1) if end < 0 else ():
                stop = start + length
                if head[:length] in phrases and (stop == size or not is_word_char(text[stop])):
                    end = stop
                    break
            if end >= 0:
                yield start, end
                pos = end
