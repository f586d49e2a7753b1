"""Which words may stand between a meeting word and its participants, or inside a list of them."""

from __future__ import annotations

import re

from newsbrief.meetings.tables import tables
from newsbrief.quotes.marks import quote_mark_characters

_TOKEN = re.compile(r"[^\W\d_][\w'’.\-]*|\d[\d,.:]*|[^\w\s]")

# What a list of countries is made of, between its group word and each country.
LIST_JOINERS = frozenset({",", "and", "&", "the", "of", "from", "-", "–", "—"})
_LIST_PUNCT = frozenset(",()&-–—")

# A hyphenated modifier of a meeting noun: "delegation-level", "wide-ranging", "two-day".
_COMPOUND = re.compile(r"[a-z]+(?:-[a-z]+)+")

# Subjects and owners are looked for at most this far before the meeting word.
_MAX_SUBJECT_TOKENS = 16

# A relative clause closed by its comma ("X, who denied the talks, met Y"): no part of the main clause.
CLOSED_RELATIVE = re.compile(r",\s+(?:who|whose|which)\b[^,;:]*,")

# What may stand before a sentence's subject: titles and names ("Prime Minister Yoon", "the
# Japanese", "Yoon and"), after at most one capitalised opener and its comma ("Later in the day,").
_NAMES_LEAD = r"(?:(?:[A-Z][\w.'’\-]*|the|of|and|,)\s*)*"
NAME_LEAD = re.compile(r"\A" + _NAMES_LEAD + r"\Z")
SUBJECT_LEAD = re.compile(r"\A(?:[A-Z][^,;:]{0,40},\s*)?" + _NAMES_LEAD + r"\Z")


def word_tokens(text: str) -> list[str]:
    """The words, numbers and marks of `text`, a possessive 's dropped ("Yoon's" -> "Yoon")."""
    return _TOKEN.findall(re.sub(r"['’]s\b", " ", text))


def _surely_too_long(text: str, max_tokens: int) -> bool:
    """More than three times `max_tokens` raw tokens: too long whatever a scare quote takes off (two
    marks around one word at most). Counted lazily, so a check stops early however long the gap."""
    limit = 3 * max_tokens + 3
    return any(count > limit for count, _ in enumerate(_TOKEN.finditer(text), 1))


def gap_ok(text: str, roles: tuple[str, ...], *, adverbs: bool = False, max_tokens: int = 40) -> bool:
    """True when every word of `text` may stand inside a participant list."""
    t = tables()
    if _surely_too_long(text, max_tokens):
        return False
    tokens = word_tokens(text)
    if len(tokens) > max_tokens:
        return False
    for tok in tokens:
        low = tok.lower()
        if tok in _LIST_PUNCT or tok == "." or tok.isdigit():
            continue
        if t.has(low, "stop") and not t.has(low, *roles):
            return False
        if tok[0].isupper() or t.has(low, *roles, "qualifier"):
            continue
        if adverbs and low.endswith("ly") and len(low) > 4:
            continue
        if "light" in roles and _COMPOUND.fullmatch(low):
            continue  # "held delegation-level talks", "wide-ranging talks"
        return False
    return True


# A word or three in quote marks ("will travel ``soon'' to meet") breaks no clause.
_SCARE_QUOTED = re.compile(r"(?:``|[\"“‘'`«])(\w+(?:[ \t-]\w+){0,2})(?:''|[\"”’'»])")


def gap_clean(text: str, max_tokens: int = _MAX_SUBJECT_TOKENS) -> bool:
    """A subject may be this far from its verb: no clause break, no quote mark but a scare quote's."""
    t = tables()
    if _surely_too_long(text, max_tokens):
        return False
    tokens = word_tokens(_SCARE_QUOTED.sub(r"\1", text))
    if len(tokens) > max_tokens:
        return False
    return not any(
        tok in quote_mark_characters() or tok in ";:" or t.has(tok.lower(), "stop") for tok in tokens
    )
