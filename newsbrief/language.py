"""The language of an article: newsbrief reads English news, and says so of anything else.

    check_english(doc)      # raises errors.NotEnglish("de", "German") for a German article

The language is identified by pycld2, Chromium's compact language detector
(CLD2; its tables are compiled into the extension: nothing is loaded or
downloaded at run time). It replaced py3langid, which had been chosen over
lingua-language-detector: py3langid's model costs about 1 s of CPU to load,
paid by the first article of every `newsbrief` run, where pycld2 imports in
about 13 ms and reads an article in under 1 ms. On the corpus articles it
agrees with py3langid (every English article English; the Dutch and
Portuguese Wikinews pages in corpus/unlabeled not), and it names Indonesian,
which py3langid took for Malay.
"""

from __future__ import annotations

import re
from functools import cache

import pycld2

from newsbrief.errors import NotEnglish
from newsbrief.model import Document
from newsbrief.tables import read_lines

SAMPLE_CHARS = 3000  # the body text read; a language shows in its first paragraphs
MIN_LETTERS = 100  # fewer letters than this tell no language reliably: they are read as English
# The article is refused only when another language leads and under half its text
# reads as English: English news full of foreign names and quoted words reads as
# 90% English and more; a foreign page with English menus and tags stays refused.
ENGLISH_PERCENT_AT_LEAST = 50
# CLD2 reads a short English text crowded with foreign names as another language ('During
# President Lee Jae-myung's visit to Tokyo, Prime Minister Shigeru Ishiba said ...' is Danish
# to it, "reliably"). English function words settle it: they make up a third or more of the
# lower-case words of English news and next to none of German, French or Dutch prose.
ENGLISH_FUNCTION_SHARE_AT_LEAST = 0.15
# The function words are counted among lower-case Latin words only, so they can speak for the
# text only when most of its letters are Latin: a Japanese post about 'Kindle for PC' has a few
# Latin words, and 'for' among them is not a sign that the post is English.
LATIN_LETTER_SHARE_AT_LEAST = 0.5
LATIN_LETTERS_END = 0x250  # Basic Latin to Latin Extended-B
_LOWER_WORD = re.compile(r"\b[^\W\d_A-Z]+\b")
_LINK = re.compile(r"\S*(?:://|www\.)\S*")  # 'amzn.to/...' in a foreign page's links is no English


@cache
def _english_function_words() -> frozenset[str]:
    return frozenset(read_lines("english_function_words.txt"))


def english_function_share(text: str) -> float:
    """The share of `text`'s lower-case words that are English function words ('the', 'of', 'said')."""
    words = [word for word in _LOWER_WORD.findall(_LINK.sub(" ", text)) if word.islower()]
    if not words:
        return 0.0
    function_words = _english_function_words()
    return sum(word in function_words for word in words) / len(words)


def latin_letter_share(text: str) -> float:
    """The share of `text`'s letters that are Latin ('a', 'é', 'ž'), against kana, Han, Cyrillic ..."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    return sum(ord(ch) < LATIN_LETTERS_END for ch in letters) / len(letters)


def language_of(text: str) -> str | None:
    """The ISO 639 code of the language `text` is in when it is surely not English, else None."""
    sample = text[:SAMPLE_CHARS]
    # (counted over the first 500 characters first: they hold enough letters in any prose)
    if sum(map(str.isalpha, sample[:500])) < MIN_LETTERS and sum(map(str.isalpha, sample)) < MIN_LETTERS:
        return None
    # CLD2 refuses control characters (a stray C1 byte from a mis-decoded page): spaces instead.
    if not sample.replace("\n", "").replace("\t", "").isprintable():
        sample = "".join(ch if ch.isprintable() or ch in "\n\t" else " " for ch in sample)
    try:
        reliable, _, found = pycld2.detect(sample)
    except pycld2.error:
        return None  # a text CLD2 cannot read is not refused for its language
    english = sum(percent for _, code, percent, _ in found if code == "en")
    top = found[0][1]
    if not reliable or top in ("en", "un") or english >= ENGLISH_PERCENT_AT_LEAST:
        return None
    if (
        english_function_share(sample) >= ENGLISH_FUNCTION_SHARE_AT_LEAST
        and latin_letter_share(sample) >= LATIN_LETTER_SHARE_AT_LEAST
    ):
        return None
    return top


def language_name(code: str) -> str:
    """'German' for 'de'; the code itself for a language pycountry does not know."""
    import pycountry

    found = pycountry.languages.get(alpha_2=code) if len(code) == 2 else pycountry.languages.get(alpha_3=code)
    return getattr(found, "name", code) if found is not None else code


# A long paste is first checked on three samples of its raw text (its start, middle and end):
# cleaning and splitting a text of hundreds of thousands of characters costs seconds, and one
# whose three samples all read as the same other language is refused without them. A shorter
# text, or a long one whose samples do not agree, is checked on its body text (check_english).
EARLY_CHECK_CHARS = 50_000


def early_language_of(raw: str) -> str | None:
    """The language a long raw text is surely in when it is not English, else None."""
    if len(raw) < EARLY_CHECK_CHARS:
        return None
    middle = len(raw) // 2
    samples = (raw[:SAMPLE_CHARS], raw[middle : middle + SAMPLE_CHARS], raw[-SAMPLE_CHARS:])
    codes = {language_of(sample) for sample in samples}
    return codes.pop() if len(codes) == 1 else None


def check_english_early(raw: str) -> None:
    """Raise NotEnglish before any cleaning when a long text is surely in another language."""
    code = early_language_of(raw)
    if code is not None:
        raise NotEnglish(code, language_name(code))


def check_english(doc: Document) -> None:
    """Raise NotEnglish when the article's body text is in another language."""
    body = " ".join(s.text for s in doc.sentences if s.kind == "body")
    code = language_of(body)
    if code is not None:
        raise NotEnglish(code, language_name(code))
