"""Comparing titles: could one person be called both ("Secretary" and "former Secretary of
State"), does a bare title name an office ("the foreign minister" is not the defence minister),
is it a cabinet post. The office's noun comes from data/title_words.tsv (`head_noun`)."""

from __future__ import annotations

import re
from functools import cache

from newsbrief import lexicon


def is_cabinet_post(title: str) -> bool:
    """ "Foreign Minister", "Defence Secretary": a post in a government, not its head."""
    words = title.lower().split()
    return len(words) > 1 and words[-1] in ("minister", "secretary") and "prime" not in words


@cache
def head_noun_pattern() -> re.Pattern[str]:
    """The noun naming the office in a title; no word boundary before ("undersecretary")."""
    return re.compile(rf"({lexicon.alternation(lexicon.TITLE_WORDS, 'head_noun')})\b", re.I)


@cache
def refers_to(reference: str, title: str) -> bool:
    """ "the former secretary of state" may name "Secretary Clinton"; "the foreign minister"
    does not name the defence minister."""
    if same_title(reference, title):
        return True
    heads = head_noun_pattern().findall(title.lower())
    bare = title.lower().replace("former ", "").strip()
    return bool(heads) and bare == heads[-1].lower() and compatible_titles(reference, title)


@cache
def compatible_titles(a: str, b: str) -> bool:
    """Could one person be called both? ("Secretary" and "former Secretary of State": yes;
    "President" and "First Lady": no.)"""
    ha, hb = head_noun_pattern().findall(a.lower()), head_noun_pattern().findall(b.lower())
    if not ha or not hb:
        return a.lower().replace("former ", "") == b.lower().replace("former ", "")
    return ha[-1].lower() == hb[-1].lower() and ("vice" in a.lower()) == ("vice" in b.lower())


@cache
def same_title(a: str, b: str) -> bool:
    a, b = a.lower().replace("former ", ""), b.lower().replace("former ", "")
    if a == b:
        return True
    if "vice" in a or "vice" in b or "deputy" in a or "deputy" in b:
        return False
    ha, hb = head_noun_pattern().findall(a), head_noun_pattern().findall(b)
    if "foreign" in a or "foreign" in b:
        return ("foreign" in a) == ("foreign" in b) and bool(ha) and ha[-1:] == hb[-1:]
    return bool(ha) and ha[-1:] == hb[-1:] and len(a.split()) <= 2 and len(b.split()) <= 2
