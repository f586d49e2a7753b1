"""What the Cast's tests share: the Cast of a text the test writes, and its leaders."""

import re

from newsbrief.cast.people import build_cast
from newsbrief.model import CleanedText, Span
from newsbrief.places import find_country_mentions
from newsbrief.sentences import split_document


def doc_of(text: str, published: str | None = None):
    paragraphs = tuple(Span(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text))
    return split_document(CleanedText(text=text, paragraphs=paragraphs, published=published))


def cast_of(text: str, published: str | None = None):
    doc = doc_of(text, published)
    return build_cast(doc, find_country_mentions(doc))


def leaders(text: str) -> dict[str, tuple]:
    """name -> (title, country, organization) of every leader."""
    return {p.name: (p.title, p.country, p.organization) for p in cast_of(text).leaders}


def person(cast, name: str):
    found = [p for p in cast.people if p.name == name]
    assert found, f"{name!r} not in {[p.name for p in cast.people]}"
    return found[0]


def pronoun_owner(text: str, at: str, nth: int = 0) -> str | None:
    """The name of the person the Cast gives the pronoun starting `at` (its `nth` occurrence)."""
    cast = cast_of(text)
    start = -1
    for _ in range(nth + 1):
        start = text.index(at, start + 1)
    found = [m for m in cast.mentions if m.start == start and m.kind == "pronoun"]
    return cast.people[found[0].person].name if found else None
