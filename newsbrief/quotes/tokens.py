"""The words around quotations, as tokens with offsets, read in a text whose quotations are blanked."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsbrief.quotes.marks import Quoted

WORD = re.compile(r"[^\W_](?:[\w'’\-]*[^\W_])?|[^\s\w]")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()


def tokens_in(masked: str, start: int, end: int) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in WORD.finditer(masked, start, end)]


def masked_text(text: str, quoted: list[Quoted], deeper_than: int = 0) -> str:
    """The text with the words of quotations blanked, so no cue is read inside one: every quotation's
    (`deeper_than` 0), or only where more than `deeper_than` quotations enclose a character (the text
    as read inside a quotation, its own quotations blanked). White space is kept.

    One sweep over the marks' spans, however the quotations nest."""
    events = sorted([(q.outer_start, 1) for q in quoted] + [(q.outer_end, -1) for q in quoted])
    pieces: list[str] = []
    depth, cut, blank_from = 0, 0, -1
    for at, step in events:
        depth += step
        if depth > deeper_than and blank_from < 0:
            blank_from = at
        elif depth <= deeper_than and blank_from >= 0:
            pieces.append(text[cut:blank_from])
            pieces.append(_BLANKABLE.sub("\u2007", text[blank_from:at]))
            cut, blank_from = at, -1
    pieces.append(text[cut:])
    return "".join(pieces)


_BLANKABLE = re.compile(r"\S")
