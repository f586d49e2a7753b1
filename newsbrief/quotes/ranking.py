"""Quotation scores: what a briefing reader wants first, and variety among the first few speakers.

Leaders' quotations and quotations that take a position, threaten, agree or
demand come first. Data: quote_signals.tsv.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from newsbrief.model import Quote
from newsbrief.quotes.marks import Quoted
from newsbrief.quotes.subjects import Attribution
from newsbrief.tables import read_table


@cache
def _signals() -> dict[str, float]:
    return {
        word.lower(): float(weight) for word, weight in read_table("quote_signals.tsv", ("word", "weight"))
    }


def score_quote(q: Quoted, text: str, attribution: Attribution, doc_length: int) -> float:
    """What a briefing reader wants first: leaders' words that take a position, not logistics."""
    score = 0.2
    p = attribution.person
    if p is not None and p.is_leader:
        score += 0.3
    elif attribution.speaker:
        score += 0.15
    words = [w.strip(".,;:!?\"'“”‘’()").lower() for w in text.split()]
    signal = sum(_signals().get(w, 0.0) for w in words)
    score += max(-0.2, min(0.3, signal))
    n = len(words)
    if 8 <= n <= 60:
        score += 0.1
    elif n < 6:
        score -= 0.05
    score += 0.1 * (1 - q.start / max(doc_length, 1))
    return round(max(0.0, min(1.0, score)), 3)


# Each further quotation by the same speaker scores this much less, so the first
# few shown are not all one voice when others were heard.
_REPEAT_PENALTY = 0.08


def with_variety(found: list[Quote]) -> tuple[Quote, ...]:
    found = sorted(found, key=lambda x: (-x.score, x.start))
    seen: dict[str, int] = {}
    adjusted = []
    for q in found:
        repeats = seen.get(q.speaker, 0) if q.speaker else 0
        if q.speaker:
            seen[q.speaker] = repeats + 1
        score = round(max(0.0, q.score - _REPEAT_PENALTY * min(repeats, 3)), 3)
        adjusted.append(replace(q, score=score))
    adjusted.sort(key=lambda x: (-x.score, x.start))
    return tuple(adjusted)
