"""Quote marks and the quotations they enclose.

Each quote mark is read as opening or closing from the characters around it
(real pages turn curly marks the wrong way round), and marks are paired with a
stack per paragraph, so nested quotations and quotations left open at a
paragraph's end come out whole; a quotation that carries on a paragraph left
open is marked as continuing it. Data: quote_marks.tsv, elisions.txt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from newsbrief.model import Document
from newsbrief.quotes.word_lists import word_class
from newsbrief.tables import read_lines, read_table

# A quotation needs this many words; fewer is a scare quote or a term.
MIN_WORDS = 4

# Quotations open inside one another at most this deep; a mark opening deeper is not paired
# (real news nests one quotation in another, rarely two; a wall of opening marks would
# otherwise nest every one inside all before it).
MAX_NESTING = 3

# Quote marks read in one text, apostrophes included: ten times the most a real article of the
# corpus has (314 in 18,000 characters). A paste past that is no article (a wall of marks, a
# transcript): the quotations after its first so many marks are not read, so its reading
# stays short whatever its length.
MARKS_READ = 3000

# Lines of one quotation broken by line breaks that are joined into one paragraph.
_MAX_JOINED_LINES = 4

# Characters that, just before a mark, leave it free to open a quotation.
_OPENING_CONTEXT = "([{<—–-/:;"
# Characters that, just after a mark, show that it closes one.
_CLOSING_CONTEXT = ",.;:!?)]}>—–-…"


@dataclass(frozen=True)
class _MarkKind:
    family: str  # "double" or "single"
    hint: str  # "open", "close" or "either"


@cache
def _mark_kinds() -> dict[str, _MarkKind]:
    rows = read_table("quote_marks.tsv", ("mark", "family", "hint"))
    return {mark: _MarkKind(family, hint) for mark, family, hint in rows}


@cache
def quote_mark_characters() -> frozenset[str]:
    """Every one-character quote mark of the table (for code that only has to spot one)."""
    return frozenset(mark for mark in _mark_kinds() if len(mark) == 1)


@cache
def double_mark_hints() -> dict[str, str]:
    """One-character double quote marks and whether each opens, closes or may do "either"."""
    return {
        mark: kind.hint for mark, kind in _mark_kinds().items() if len(mark) == 1 and kind.family == "double"
    }


@cache
def _mark_pattern() -> re.Pattern[str]:
    marks = sorted(_mark_kinds(), key=len, reverse=True)
    # Three straight singles close a single inside a double: ' then '' (not '' then ').
    return re.compile("'(?='')|" + "|".join(re.escape(m) for m in marks))


@cache
def _elisions() -> frozenset[str]:
    return frozenset(w.lower() for w in read_lines("elisions.txt"))


@dataclass(frozen=True)
class Quoted:
    """One quotation: its words [start, end) and its marks [outer_start, outer_end)."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    paragraph: int
    closed: bool
    opens_paragraph: bool  # the paragraph starts with this quotation's mark
    continues: bool = False  # carries on a quotation left open in the paragraph before


def paragraph_spans(doc: Document) -> list[tuple[int, int]]:
    """Paragraphs for quoting: the Document's, also cut at line breaks that start a new paragraph.

    A quotation left open closes at its paragraph's end. In hard-wrapped text
    (lines broken mid-sentence) only an indented or blank line starts a
    paragraph; elsewhere every line break does.
    """
    text = doc.text
    base = [(p.start, p.end) for p in doc.paragraphs] or [(0, len(text))]
    inner = [s + m.start() for s, e in base for m in re.finditer(r"\n", text[s:e])]
    wrapped = 0
    for pos in inner:
        line_end = text[max(0, pos - 80) : pos].rstrip()
        if line_end and line_end[-1] not in ".!?:\"”’'»)":
            wrapped += 1
    hard_wrapped = bool(inner) and wrapped / len(inner) >= 0.3
    spans: list[tuple[int, int]] = []
    for s, e in base:
        cut = s
        for m in re.finditer(r"\n", text[s:e]):
            pos = s + m.start()
            nxt = text[pos + 1 : pos + 2]
            if hard_wrapped and nxt not in (" ", "\t", "\n", "\u3000"):
                continue
            if text[cut:pos].strip():
                spans.append((cut, pos))
            cut = pos + 1
        if text[cut:e].strip():
            spans.append((cut, e))
    # trim white space at both ends
    out: list[tuple[int, int]] = []
    joined = 0  # lines joined to the last paragraph so far
    limit = reading_limit(text)
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        # A quotation broken over lines runs over two or three (the whole paragraph is read
        # again at each join, so joins are bounded).
        joins = out and joined < _MAX_JOINED_LINES and e <= limit
        if joins and _quotation_runs_on(text, out[-1], (s, e)):
            out[-1] = (out[-1][0], e)
            joined += 1
        else:
            out.append((s, e))
            joined = 0
    return out


def reading_limit(text: str) -> int:
    """Where quotations stop being read: at the mark after the first MARKS_READ, else the end."""
    for n, m in enumerate(_mark_pattern().finditer(text), 1):
        if n > MARKS_READ:
            return m.start()
    return len(text)


def _quotation_runs_on(text: str, line: tuple[int, int], nxt: tuple[int, int]) -> bool:
    """A line left inside a double quotation whose next line closes it before opening another: one
    quotation broken over two lines ('"Some countries have tried it.\nI will not judge," Rao said.').
    A new paragraph of quotation opens with a mark of its own, so it is never joined."""
    open_doubles = 0
    for _, _, family, role in _marks_in(text, *line):
        if family == "double":
            open_doubles = open_doubles + 1 if role == "open" else max(0, open_doubles - 1)
    if open_doubles != 1:
        return False
    first = next((role for _, _, family, role in _marks_in(text, *nxt) if family == "double"), None)
    return first == "close"


def _is_year_or_elision(text: str, pos: int) -> bool:
    """True when the ' at pos-1 starts "'90s" or "'em" rather than a quotation."""
    m = re.match(r"(\d\d)s?\b|([A-Za-z]+)\b", text[pos : pos + 12])
    if not m:
        return False
    return bool(m.group(1)) or (m.group(2) or "").lower() in _elisions()


def _marks_in(text: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """(start, end, family, role) of each quote mark in text[start:end], role "open" or "close".

    Roles come from the characters around a mark; the mark's own shape decides
    only when they do not, and a straight mark then closes what is open.
    """
    kinds = _mark_kinds()
    out: list[tuple[int, int, str, str]] = []
    open_families = _FamilyStack()
    for m in _mark_pattern().finditer(text, start, end):
        s, e = m.start(), m.end()
        kind = kinds[m.group()]
        prev = text[s - 1] if s > start else " "
        nxt = text[e] if e < end else " "
        prev_is_mark = s > start and text[s - 1] in kinds
        next_is_mark = e < end and text[e] in kinds
        if kind.family == "single" and prev.isalnum() and nxt.isalnum():
            continue  # an apostrophe: don't, Kim's
        if (
            kind.family == "double"
            and kind.hint == "either"
            and prev.isdigit()
            and "double" not in open_families
        ):
            continue  # an inch mark with nothing open: 'a 70"+ TV', 'the 65" model'
        opens = (prev.isspace() or prev in _OPENING_CONTEXT or prev_is_mark) and not (
            nxt.isspace() or nxt in _CLOSING_CONTEXT
        )
        closes = not prev.isspace() and (nxt.isspace() or nxt in _CLOSING_CONTEXT or next_is_mark or e >= end)
        if opens and closes:  # between two marks: ""'
            opens = kind.hint == "open" or (kind.hint == "either" and kind.family not in open_families)
            closes = not opens
        if kind.family == "single":
            if opens and not (nxt.isalnum() or next_is_mark or nxt in "(["):
                opens = False
            if opens and _is_year_or_elision(text, e):
                continue
            if closes and kind.family not in open_families:
                continue  # a closing ' with nothing open is an apostrophe: leaders'
        if not opens and not closes:
            if kind.hint == "open":
                opens = True
            elif kind.hint == "close" or kind.family in open_families:
                closes = True
            else:
                opens = True
        role = "open" if opens else "close"
        if role == "open":
            open_families.push(kind.family)
        else:
            open_families.close(kind.family)
        out.append((s, e, kind.family, role))
    return out


class _FamilyStack:
    """The families of the marks open so far, innermost last; `in` answers in constant time (a wall
    of opening marks must not make each mark's reading longer)."""

    def __init__(self) -> None:
        self.order: list[str] = []
        self.count: dict[str, int] = {}

    def __contains__(self, family: str) -> bool:
        return self.count.get(family, 0) > 0

    def push(self, family: str) -> None:
        self.order.append(family)
        self.count[family] = self.count.get(family, 0) + 1

    def close(self, family: str) -> None:
        """Closing a family closes what opened inside it too."""
        if family not in self:
            return
        while True:
            top = self.order.pop()
            self.count[top] -= 1
            if top == family:
                return


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _after_a_stop(text: str, since: int, at: int) -> bool:
    """text[since:at] ends in a stop or comma and white space (only that tail is read)."""
    j = at
    while j > since and text[j - 1].isspace():
        j -= 1
    return since < j < at and text[j - 1] in ".!?,;:…"


def find_quotations(doc: Document) -> list[Quoted]:
    """Every quotation in the text, short ones included, in order of their opening mark."""
    text = doc.text
    kinds = _mark_kinds()
    found: list[Quoted] = []
    left_open = False  # the paragraph before ended inside a quotation
    limit = reading_limit(text)
    for p_index, (p_start, p_end) in enumerate(paragraph_spans(doc)):
        if p_start >= limit:
            break
        p_end = min(p_end, limit)
        stack: list[tuple[int, int, str]] = []
        for s, e, family, role in _marks_in(text, p_start, p_end):
            if role == "open":
                same = next((i for i in range(len(stack) - 1, -1, -1) if stack[i][2] == family), None)
                if (
                    same is not None
                    and text[stack[same][0] : stack[same][1]] == text[s:e]
                    and _after_a_stop(text, stack[same][1], s)
                ):
                    # 'unity. "That is...': the same mark opening again after a sentence
                    # means the writer left the first quotation unclosed.
                    o_start, o_end, _ = stack[same]
                    del stack[same:]
                    c_start, c_end = trimmed(text, o_end, s)
                    found.append(Quoted(c_start, c_end, o_start, c_end, p_index, False, o_start == p_start))
                if len(stack) < MAX_NESTING:
                    stack.append((s, e, family))
                continue
            match = next((i for i in range(len(stack) - 1, -1, -1) if stack[i][2] == family), None)
            if match is None:
                continue
            o_start, o_end, _ = stack[match]
            del stack[match:]
            c_start, c_end = trimmed(text, o_end, s)
            found.append(
                Quoted(
                    c_start,
                    c_end,
                    o_start,
                    e,
                    p_index,
                    True,
                    o_start == p_start,
                    continues=left_open and o_start == p_start,
                )
            )
        ends_open = False
        left: set[str] = set()
        for o_start, o_end, family in stack:
            if family in left:
                continue  # a mark of the same kind inside a quotation left open: a stray one
            left.add(family)
            at_start = o_start == p_start or not text[p_start:o_start].strip("".join(kinds) + " \t")
            if family == "single" and not at_start:
                continue  # most likely an apostrophe read as a mark
            c_start, c_end = o_end, p_end
            stray = re.search(r"[.!?,]['’](?=\s+[A-Z])", text[o_end:p_end]) if family == "double" else None
            if stray:  # '``If we are determined ... time.' Israel has said': a typo for ''
                c_end = o_end + stray.start() + 1
            while c_end > c_start and (text[c_end - 1].isspace() or text[c_end - 1] in kinds):
                c_end -= 1
            c_start, c_end = trimmed(text, c_start, c_end)
            found.append(
                Quoted(c_start, c_end, o_start, p_end, p_index, False, at_start, left_open and at_start)
            )
            ends_open = True
        left_open = ends_open
    found.sort(key=lambda q: (q.outer_start, -q.outer_end))
    return found


def is_kept(doc: Document, q: Quoted) -> bool:
    return is_quotation(doc.text[q.start : q.end]) and not _is_term(doc.text, q.outer_start)


def _is_term(text: str, mark_start: int) -> bool:
    """'the so-called "coalition of the willing"': marks around a name for a thing, not speech."""
    before = text[max(0, mark_start - 30) : mark_start].lower().split()
    return bool(before) and (
        before[-1] in word_class("term_marker") or " ".join(before[-2:]) in word_class("term_marker")
    )


def words_in(fragment: str) -> list[str]:
    return [w for w in fragment.split() if any(c.isalnum() for c in w)]


def is_quotation(fragment: str) -> bool:
    """A real quotation, not a scare quote or a title: 4+ words and not all title case."""
    words = words_in(fragment)
    if len(words) < MIN_WORDS:
        return False
    letters = [w.strip("\"'“”‘’.,:;!?()[]") for w in words]
    if all(w.isupper() for w in letters if any(c.isalpha() for c in w)):
        return True  # a chant or a headline in capitals is still speech
    if re.search(r"\w[.!?]\s+\S", fragment):
        return True  # two sentences are speech, however capitalised: "Death to X. Death to Y."
    return not all(
        w.lower() in word_class("title_filler")
        or not any(c.isalpha() for c in w)
        or w[:1].isupper()
        or w[:1].isdigit()
        for w in letters
    )
