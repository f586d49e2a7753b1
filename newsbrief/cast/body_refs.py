"""A body named earlier, referred back to by the last word of its name (read by titles.py).

"the Pacific Islands Forum ... The forum's secretary general" (body_named_before) and "the World
Bank ... the new head of the Bank, Barber Conable" (body_named_after_of): the one body of two
words or more named before, whose name ends in that noun.
"""

from __future__ import annotations

import re

from newsbrief.cast.title_table import Organisation, organisations

# "the forum's secretary general": the noun and its possessive right before the title.
_BODY_NOUN_OWNER = re.compile(r"\b[Tt]he[ \t]+([a-z]+)['’]s?[ \t]+$")

# "... of the Bank": the noun capitalised, as a name; not "the Bank of Spain", another body.
_BODY_BACK = re.compile(r"\s+of\s+the\s+([A-Z][a-z]+)(?![\w'’-])(?![ \t]+(?:of|for)\b)(?![ \t]+[A-Z])")


def body_named_before(
    text: str, org_spans: list[tuple[int, int, Organisation]], start: int
) -> Organisation | None:
    """ "The forum's secretary general" (the title starting at `start`): the body named earlier."""
    m = _BODY_NOUN_OWNER.search(text, max(0, start - 30), start)
    if not m:
        return None
    noun = m.group(1)
    return _one_ending_in(((s, o) for s, _, o in org_spans if s < m.start()), noun.lower())


def body_named_after_of(
    text: str, at: int, org_at_start: dict[int, tuple[int, Organisation]]
) -> tuple[int, Organisation] | None:
    """ "(head) of the Bank" read from `at`: where the reference ends and the body named earlier."""
    m = _BODY_BACK.match(text, at)
    if not m:
        return None
    named = _one_ending_in(((s, o) for s, (_, o) in org_at_start.items() if s < at), m.group(1).lower())
    return (m.end(), named) if named is not None else None


def _one_ending_in(spans, noun: str) -> Organisation | None:
    found = {o.name for _, o in spans if " " in o.name and o.name.split()[-1].lower() == noun}
    return organisations().get(found.pop()) if len(found) == 1 else None
