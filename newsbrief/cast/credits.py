"""Bylines, photo credits and e-mail addresses: spans whose names are nobody in the story."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from newsbrief import lexicon, places
from newsbrief.model import Document
from newsbrief.tables import read_lines

_NAME_RUN = r"(?:[A-Z][\w'’.-]*[ \t]+){0,3}[A-Z][\w'’.-]*"  # up to four capitalised words


def _first_letters(words: tuple[str, ...]) -> str:
    """A look-ahead class of the words' first letters, to skip most positions at a glance."""
    return "".join(sorted({re.escape(w[0]) for w in words}))


@cache
def _credits() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each credit pattern with a cheap guard: the pattern runs only when its guard is in the text."""
    by_lead = lexicon.words(lexicon.CREDIT_WORDS, "by_lead")
    photo = lexicon.words(lexicon.CREDIT_WORDS, "photo_word")
    staff = lexicon.words(lexicon.CREDIT_WORDS, "staff")
    leads, photos = (
        lexicon.alternation(lexicon.CREDIT_WORDS, "by_lead"),
        lexicon.alternation(lexicon.CREDIT_WORDS, "photo_word"),
    )
    staff_words = lexicon.alternation(lexicon.CREDIT_WORDS, "staff")
    agencies = places.trie_alternation(read_lines("photo_agencies.txt"))
    patterns = [
        (
            "By",
            re.compile(
                rf"(?=[ \tB])(?:(?:^|(?<=[\n)\]|]))[ \t]*By[ \t]+{_NAME_RUN}"
                rf"|\bBy[ \t]+{_NAME_RUN}(?=[ \t]*(?:\n|$|[|,(]|[A-Z]{{3,}}\b)))",
                re.MULTILINE,
            ),
        ),
        (
            " by",
            re.compile(
                rf"(?=[{_first_letters(by_lead)}])\b(?:{leads})[ \t]+by[ \t]+[^.;\n]*"
                r"|(?=P)\b(?:Photo|Photograph|Picture)[ \t]+by[ \t]+(?:[A-Z][\w'’.-]*[ \t]*){1,4}"
            ),
        ),
        (
            ":",
            re.compile(rf"(?=[{_first_letters(photo)}p])\b(?:{photos})s?(?:[ \t]+by)?[ \t]*[:：][^\n]*"),
        ),
        ("：", re.compile(rf"\b(?:{photos})s?[ \t]*：[^\n]*")),
        # An address starts where a run of address characters starts, and its runs are possessive:
        # a long run of word characters around an "@" is read once, not once per starting position.
        ("@", re.compile(r"(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)+")),
        ("(", re.compile(r"\((?:[A-Z][\w'’.-]*[ \t]*){1,3}(?:/|\)[ \t]*$)[^)\n]*\)?", re.MULTILINE)),
        (
            "/",
            re.compile(
                r"(?=[A-Z])(?<![\w'’-])[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3}[ \t]*/[ \t]*"
                rf"(?:{agencies})\b"
            ),
        ),
        (
            " reported from ",
            # "Melissa Eddy reported from Berlin, and Andrew Higgins from Warsaw." (a closing credit line)
            re.compile(r"^[ \t]*(?:[A-Z][\w'’.-]+[ \t]+){1,3}reported from [^\n]*$", re.MULTILINE),
        ),
    ]
    for role in lexicon.words(lexicon.CREDIT_WORDS, "staff_role"):
        pattern = rf"(?=[{_first_letters(staff)}])\b(?:{staff_words})[ \t]+{role}s?\b"
        patterns.append((" " + role, re.compile(pattern)))
    return tuple(patterns)


_CONTRIBUTED = re.compile(r"\bcontributed[ \t]+(?:to[ \t]+)?(?:this[ \t]+)?(?:report|reporting|story)\b")


def credit_spans(doc: Document) -> list[tuple[int, int]]:
    text = doc.text
    spans = [
        (m.start(), m.end()) for guard, pattern in _credits() if guard in text for m in pattern.finditer(text)
    ]
    if "contributed" in text:
        for m in _CONTRIBUTED.finditer(text):
            # "AP writers Lisa Mascaro and Mary Clare Jalonick contributed to this report."
            sentence = doc.sentence_at(m.start())
            start = sentence.start if sentence else max(text.rfind("\n", 0, m.start()), 0)
            spans.append((start, m.end()))
    for s in doc.sentences:
        if s.kind == "byline":
            spans.append((s.start, s.end))
    return sorted(spans)


def inside_spans(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    starts = [s for s, _ in spans]
    i = bisect_left(starts, end)
    return any(spans[j][1] > start and spans[j][0] < end for j in range(max(0, i - 3), i))
