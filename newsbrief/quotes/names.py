"""Capitalised names in plain text: the fallback for speakers the Cast has no mention of; and what
a phrase's words tell of its speaker without the Cast (an owner, an honorific, a described sex)."""

from __future__ import annotations

import re

from newsbrief.cast.title_table import titles_by_phrase
from newsbrief.model import Person
from newsbrief.quotes.word_lists import body_heads, document_nouns, honorifics

_NAME_TOKEN = re.compile(
    r"(?:[A-Z][\w'’\-]*\.?|[A-Z]\.(?:[A-Z]\.)*|(?:al|el|bin|ibn|de|da|van|von|der|le|la)-?)$"
)


def capital_runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Runs of capitalised words in text[start:end] (plain-text fallback for names), titles dropped."""
    runs: list[tuple[int, int]] = []
    cur: list[tuple[int, int]] = []

    def flush() -> None:
        stripped = False
        while len(cur) > 1 and text[cur[0][0] : cur[0][1]] in honorifics():
            cur.pop(0)
            stripped = True
        if len(cur) == 1 and not stripped and text[cur[0][0] : cur[0][1]] in honorifics():
            cur.pop()  # a title alone ("President") names no one; "Mr. King" does
        while cur and not text[cur[-1][0]].isupper():
            cur.pop()
        if cur:
            runs.append((cur[0][0], cur[-1][1]))
        cur.clear()

    for m in re.finditer(r"\S+", text[start:end]):
        s = start + m.start()
        word = m.group()
        core = word.rstrip(",;:)”\"'’")
        lead = len(word) - len(word.lstrip("(“\"'‘"))
        if lead:
            flush()
        if core and _NAME_TOKEN.match(core.lstrip("(“\"'‘")):
            cur.append((s + lead, s + len(core)))
            if core != word or core.endswith(".") and not re.search(r"\b[A-Z][a-z]?\.$|[A-Z]\.$", core):
                flush()
        else:
            flush()
    flush()
    return runs


def body_names_joined(text: str, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Capitalised runs with a body's "of", "and", "for" or "on" rejoined: "Democratic Party" + "Korea",
    "Science" + "Technology Committee"."""
    out: list[tuple[int, int]] = []
    for run in runs:
        if out:
            prev_start, prev_end = out[-1]
            last_word = text[prev_start:prev_end].split()[-1]
            if last_word in body_heads() and re.fullmatch(r" of (?:the )?", text[prev_end : run[0]]):
                out[-1] = (prev_start, run[1])
                continue
            # "Science and Technology Committee", "Council on Foreign Relations": one body's name
            this_last = text[run[0] : run[1]].split()[-1]
            if (this_last in body_heads() or last_word in body_heads()) and re.fullmatch(
                r" (?:and|&|for|on) ", text[prev_end : run[0]]
            ):
                out[-1] = (prev_start, run[1])
                continue
        out.append(run)
    return out


def opens_sentence(text: str, start: int, end: int) -> bool:
    """A lone capitalised word that opens a sentence ("Officials", "Asked"): a name only if
    the text also capitalises it mid-sentence."""
    if " " in text[start:end]:
        return False
    if re.search(r"(?:\A|\n[ \t]*\n|[.!?:\"”'’»][ \t]*\n)[ \t]*\Z", text[max(0, start - 8) : start]):
        return True  # a paragraph's first word
    if start > 0 and text[start - 1] in "\"“'‘«„`":
        return True  # right after an opening mark: the quoted words' first
    before = text[max(0, start - 3) : start].rstrip()
    if before and before[-1] in "\"”'’»" and before[:-1].rstrip()[-1:] not in ".!?":
        return False
    if before and before[-1] not in ".!?\n\"”'’»":
        return False
    abbreviation = re.search(r"\b([A-Z][a-z]{0,3})\.\s*$", text[max(0, start - 8) : start])
    return not abbreviation  # "Ms. Moore", "Sen. Kaine"


def is_modifier(text: str, run_end: int, phrase_end: int) -> bool:
    """A name that only qualifies the head noun after it: "a State Department official"."""
    rest = text[run_end:phrase_end]
    return bool(re.match(r"(?:['’]s)?\s+[a-z]", rest))


# A short capitalised word before a name: an honorific ("Mr.", "Mrs").
HONORIFIC_BEFORE = re.compile(r"\b([A-Z][a-z]{1,4})\.?\s+\Z")


def owner_run(text: str, start: int, end: int) -> bool:
    """A run of capitalised words that is an owner ("Schilling's son", "Sanders' campaign"): it
    ends in a possessive mark, or one follows it."""
    run, after = text[start:end], text[end : end + 2]
    return (
        run.endswith(("'s", "’s"))
        or after in ("'s", "’s")
        or run.endswith("s")
        and after[:1] in ("'", "’")
        and not after[1:].isalnum()
    )


def described_sex(head: str) -> str:
    """ "female" for "the woman", "male" for "the man", "" for a description that tells no sex."""
    return "female" if head.endswith("woman") else "male" if head.endswith("man") else ""


def other_role(person: Person, head: str) -> bool:
    """ "said the analyst" cannot stand for Finance Minister Marcel: the description is a role
    of titles.tsv and the person holds a title that is not it."""
    info = titles_by_phrase().get(head)
    return info is not None and bool(person.title) and head not in person.title.lower().split()


def names_a_document(text: str, run_end: int, phrase_end: int) -> bool:
    """ "the IMF report", "a White House statement": the name is the document's author."""
    words = text[run_end:phrase_end].split()
    return bool(words) and words[-1].lower().strip(".,") in document_nouns()
