"""Word lists from the data files (kind<TAB>word tables), as sets and regex alternations."""

from __future__ import annotations

import re
from functools import cache

from newsbrief.places import trie_alternation
from newsbrief.tables import read_lines, read_table

# The kind<TAB>word files
TITLE_WORDS = "title_words.tsv"
NAME_WORDS = "name_words.tsv"
TRIP_WORDS = "trip_words.tsv"
SPEECH_WORDS = "speech_words.tsv"
CREDIT_WORDS = "credit_words.tsv"


@cache
def _kinds(file: str) -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for kind, word in read_table(file, ("kind", "word")):
        table.setdefault(kind, []).append(word)
    return {kind: tuple(words) for kind, words in table.items()}


def words(file: str, kind: str) -> tuple[str, ...]:
    """The words of one kind, in the file's order."""
    return _kinds(file).get(kind, ())


@cache
def word_set(file: str, kind: str) -> frozenset[str]:
    return frozenset(words(file, kind))


@cache
def alternation(file: str, kind: str) -> str:
    """A regex alternation of the words of one kind (spaces match any run of white space);
    a longer word wins over its prefix."""
    return trie_alternation(words(file, kind)).replace("\\ ", "\\s+")


@cache
def word_pattern(file: str, kind: str, flags: int = 0) -> re.Pattern[str]:
    """The words of one kind as whole words anywhere ("hosted", "received")."""
    return re.compile(rf"\b(?:{alternation(file, kind)})\b", flags)


@cache
def word_before(file: str, kind: str, flags: int = 0) -> re.Pattern[str]:
    """A word of one kind, and "the" if any, right at the end of a text ("in the", "talks on")."""
    return re.compile(rf"\b(?:{alternation(file, kind)})\s+(?:the\s+)?$", flags)


@cache
def reporting_verb_forms() -> frozenset[str]:
    """Every form of the verbs of saying, lower case (data/reporting_verbs.txt: a verb a line, its
    forms separated by spaces). The one loader: the sentence record and the quotes read it."""
    return frozenset(form.lower() for line in read_lines("reporting_verbs.txt") for form in line.split())
