"""PhraseSet finds what one regex alternation of the same phrases, longest first, would find."""

import re

from newsbrief.phrases import PhraseSet, is_word_char
from newsbrief.places import trie_alternation

PHRASES = ["South Korea", "South Korean", "South", "Korea", "the Gambia", "U.S.", "UK", "A", "Côte d'Ivoire"]


def regex_spans(text: str) -> list[tuple[int, int]]:
    starts = "".join(sorted({re.escape(p[0]) for p in PHRASES}))
    pattern = re.compile(rf"(?=[{starts}])(?<![\w$])(?:{trie_alternation(PHRASES)})(?![\w])")
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def test_the_same_spans_as_the_regex():
    texts = [
        "South Korean officials met South Korea's envoy in the Gambia.",
        "The U.S.-UK talks; US$5 for UKraine, A team, a South Koreans' view.",
        "Southern Korea, South_Korea, $Korea, Côte d'Ivoire's coast, the Gambian side.",
        "Ends with South Kore",
        "A",
        "",
    ]
    phrases = PhraseSet(PHRASES)
    for text in texts:
        assert list(phrases.finditer(text)) == regex_spans(text), text


def test_word_characters_are_what_the_regex_calls_words():
    for ch in "aZé9_٣ⅢΣ":
        assert is_word_char(ch) == bool(re.match(r"\w", ch))
    for ch in " -.'$’\u00a0":
        assert is_word_char(ch) == bool(re.match(r"\w", ch))
