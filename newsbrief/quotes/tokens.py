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


def masked_text(text: str, quoted: list[Quoted]) -> str:
    """The text with every quotation's words blanked out, so no cue is read inside one."""
    chars = list(text)
    for q in quoted:
        for i in range(q.outer_start, q.outer_end):
            chars[i] = "\u2007" if not text[i].isspace() else text[i]
    return "".join(chars)
