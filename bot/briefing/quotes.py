"""Direct quotations and who said them (speakers looked up in the Cast).

Three steps, all on offsets into `Document.text` (quotations may run over
sentences and paragraphs, so nothing here works sentence by sentence):

1. Marks. Each quote mark is read as opening or closing from the characters
   around it (real pages turn curly marks the wrong way round), and marks are
   paired with a stack per paragraph, so nested quotations and quotations left
   open at a paragraph's end come out whole. Data: quote_marks.tsv.
2. Speakers. Around each quotation, the nearest reporting verb ("said",
   "according to") and the phrase next to it; the phrase is resolved in the
   Cast (name, title or pronoun mention, or a body). A quotation with no cue of
   its own takes the speaker of the one before it only when the text carries
   that speaker on (same paragraph, or a paragraph that continues a quotation).
   Data: reporting_verbs.txt, quote_cue_phrases.txt, quote_skip_words.txt,
   speaker_pronouns.tsv, body_references.tsv.
3. Ranking. Leaders' quotations and quotations that take a position, threaten,
   agree or demand come first. Data: quote_signals.tsv.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from .model import Cast, Document, Mention, Person, Quote
from .tables import read_lines, read_tsv

# A quotation needs this many words; fewer is a scare quote or a term.
MIN_WORDS = 4
# A sentence's main reporting verb comes within this many tokens of its start
# ("Kremlin spokesman Dmitry Peskov said ...").
_MAIN_CLAUSE_TOKENS = 10

# Characters that, just before a mark, leave it free to open a quotation.
_OPENING_CONTEXT = "([{<—–-/:;"
# Characters that, just after a mark, show that it closes one.
_CLOSING_CONTEXT = ",.;:!?)]}>—–-…"
# "D-Va.", "R-Utah": a US lawmaker's party and state, set off by commas.
_AFFILIATION = re.compile(r"\s*[DRI]-[A-Z][\w.]*\.?\s*$")
_WORD = re.compile(r"[^\W_](?:[\w'’\-]*[^\W_])?|[^\s\w]")
_NAME_TOKEN = re.compile(
    r"(?:[A-Z][\w'’\-]*\.?|[A-Z]\.(?:[A-Z]\.)*|(?:al|el|bin|ibn|de|da|van|von|der|le|la)-?)$"
)


# --- tables ------------------------------------------------------------------


@dataclass(frozen=True)
class _MarkKind:
    family: str  # "double" or "single"
    hint: str  # "open", "close" or "either"


@cache
def _mark_kinds() -> dict[str, _MarkKind]:
    return {row[0]: _MarkKind(row[1], row[2]) for row in read_tsv("quote_marks.tsv")}


@cache
def _mark_pattern() -> re.Pattern[str]:
    marks = sorted(_mark_kinds(), key=len, reverse=True)
    # Three straight singles close a single inside a double: ' then '' (not '' then ').
    return re.compile("'(?='')|" + "|".join(re.escape(m) for m in marks))


@cache
def _cue_forms() -> frozenset[str]:
    return frozenset(form.lower() for line in read_lines("reporting_verbs.txt") for form in line.split())


@cache
def _word_class(name: str) -> frozenset[str]:
    """One class of quote_words.tsv ("determiner", "phrase_ender", ...)."""
    for row in read_tsv("quote_words.tsv"):
        if row[0] == name:
            return frozenset(w.replace("_", " ") for w in row[1].split())
    raise KeyError(name)


def _honorifics() -> frozenset[str]:
    return _word_class("title_word")


@cache
def _documents() -> frozenset[str]:
    return frozenset(w.lower() for w in read_lines("quote_documents.txt"))


@cache
def _cue_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in read_lines("cue_nouns.txt"))


@cache
def _cue_phrases() -> dict[tuple[str, ...], str]:
    """Cue phrase -> where its speaker stands: "after" ("according to X") or "before"."""
    return {tuple(row[0].lower().split()): row[1] for row in read_tsv("quote_cue_phrases.txt")}


@cache
def _skip_words() -> frozenset[str]:
    return frozenset(w.lower() for w in read_lines("quote_skip_words.txt"))


@cache
def _elisions() -> frozenset[str]:
    return frozenset(w.lower() for w in read_lines("elisions.txt"))


@cache
def _pronouns() -> dict[str, str]:
    return {row[0].lower(): row[1] for row in read_tsv("speaker_pronouns.tsv")}


@cache
def _body_words() -> dict[str, tuple[str, ...]]:
    return {row[0].lower(): tuple(row[1].split()) for row in read_tsv("body_references.tsv")}


@cache
def _body_heads() -> frozenset[str]:
    return frozenset(read_lines("quote_body_heads.txt"))


@cache
def _body_head_pattern() -> re.Pattern[str]:
    """Capitalised words after a name that end in a body's head word: " Power Party"."""
    heads = "|".join(re.escape(w) for w in sorted(_body_heads()))
    return re.compile(r"(?:[^\S\n]+[A-Z][\w'’.-]*)*?[^\S\n]+(?:" + heads + r")\b")


@cache
def _signals() -> dict[str, float]:
    return {row[0].lower(): float(row[1]) for row in read_tsv("quote_signals.tsv")}


# --- 1. marks and quotations ---------------------------------------------------


@dataclass(frozen=True)
class _Quoted:
    """One quotation: its words [start, end) and its marks [outer_start, outer_end)."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    paragraph: int
    closed: bool
    opens_paragraph: bool  # the paragraph starts with this quotation's mark
    continues: bool = False  # carries on a quotation left open in the paragraph before


def _paragraph_spans(doc: Document) -> list[tuple[int, int]]:
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
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        out.append((s, e))
    return out


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
    open_families: list[str] = []
    for m in _mark_pattern().finditer(text, start, end):
        s, e = m.start(), m.end()
        kind = kinds[m.group()]
        prev = text[s - 1] if s > start else " "
        nxt = text[e] if e < end else " "
        prev_is_mark = s > start and text[s - 1] in kinds
        next_is_mark = e < end and text[e] in kinds
        if kind.family == "single" and prev.isalnum() and nxt.isalnum():
            continue  # an apostrophe: don't, Kim's
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
            open_families.append(kind.family)
        elif kind.family in open_families:
            idx = len(open_families) - 1 - open_families[::-1].index(kind.family)
            del open_families[idx:]
        out.append((s, e, kind.family, role))
    return out


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _quotations(doc: Document) -> list[_Quoted]:
    """Every quotation in the text, short ones included, in order of their opening mark."""
    text = doc.text
    kinds = _mark_kinds()
    found: list[_Quoted] = []
    left_open = False  # the paragraph before ended inside a quotation
    for p_index, (p_start, p_end) in enumerate(_paragraph_spans(doc)):
        stack: list[tuple[int, int, str]] = []
        for s, e, family, role in _marks_in(text, p_start, p_end):
            if role == "open":
                same = next((i for i in range(len(stack) - 1, -1, -1) if stack[i][2] == family), None)
                if (
                    same is not None
                    and text[stack[same][0] : stack[same][1]] == text[s:e]
                    and re.search(r"[.!?,;:…]\s+$", text[stack[same][1] : s])
                ):
                    # 'unity. "That is...': the same mark opening again after a sentence
                    # means the writer left the first quotation unclosed.
                    o_start, o_end, _ = stack[same]
                    del stack[same:]
                    c_start, c_end = _trimmed(text, o_end, s)
                    found.append(_Quoted(c_start, c_end, o_start, c_end, p_index, False, o_start == p_start))
                stack.append((s, e, family))
                continue
            match = next((i for i in range(len(stack) - 1, -1, -1) if stack[i][2] == family), None)
            if match is None:
                continue
            o_start, o_end, _ = stack[match]
            del stack[match:]
            c_start, c_end = _trimmed(text, o_end, s)
            found.append(
                _Quoted(
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
        for o_start, o_end, family in stack:
            at_start = o_start == p_start or not text[p_start:o_start].strip("".join(kinds) + " \t")
            if family == "single" and not at_start:
                continue  # most likely an apostrophe read as a mark
            c_start, c_end = o_end, p_end
            stray = re.search(r"[.!?,]['’](?=\s+[A-Z])", text[o_end:p_end]) if family == "double" else None
            if stray:  # '``If we are determined ... time.' Israel has said': a typo for ''
                c_end = o_end + stray.start() + 1
            while c_end > c_start and (text[c_end - 1].isspace() or text[c_end - 1] in kinds):
                c_end -= 1
            c_start, c_end = _trimmed(text, c_start, c_end)
            found.append(
                _Quoted(c_start, c_end, o_start, p_end, p_index, False, at_start, left_open and at_start)
            )
            ends_open = True
        left_open = ends_open
    found.sort(key=lambda q: (q.outer_start, -q.outer_end))
    return found


def _is_kept(doc: Document, q: _Quoted) -> bool:
    return is_quotation(doc.text[q.start : q.end]) and not _is_term(doc.text, q.outer_start)


def _is_term(text: str, mark_start: int) -> bool:
    """'the so-called "coalition of the willing"': marks around a name for a thing, not speech."""
    before = text[max(0, mark_start - 30) : mark_start].lower().split()
    return bool(before) and (
        before[-1] in _word_class("term_marker") or " ".join(before[-2:]) in _word_class("term_marker")
    )


def _words(fragment: str) -> list[str]:
    return [w for w in fragment.split() if any(c.isalnum() for c in w)]


def is_quotation(fragment: str) -> bool:
    """A real quotation, not a scare quote or a title: 4+ words and not all title case."""
    words = _words(fragment)
    if len(words) < MIN_WORDS:
        return False
    letters = [w.strip("\"'“”‘’.,:;!?()[]") for w in words]
    if all(w.isupper() for w in letters if any(c.isalpha() for c in w)):
        return True  # a chant or a headline in capitals is still speech
    if re.search(r"\w[.!?]\s+\S", fragment):
        return True  # two sentences are speech, however capitalised: "Death to X. Death to Y."
    return not all(
        w.lower() in _word_class("title_filler")
        or not any(c.isalpha() for c in w)
        or w[:1].isupper()
        or w[:1].isdigit()
        for w in letters
    )


# --- 2. speakers -------------------------------------------------------------------


@dataclass(frozen=True)
class _Token:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()


@dataclass(frozen=True)
class _Attribution:
    speaker: str | None
    cue: str | None
    found: bool  # a cue or speaker phrase was read (even if it named nobody)
    person: Person | None = None


_NONE = _Attribution(None, None, False)


def _tokens(masked: str, start: int, end: int) -> list[_Token]:
    return [_Token(m.group(), m.start(), m.end()) for m in _WORD.finditer(masked, start, end)]


def _masked_text(text: str, quoted: list[_Quoted]) -> str:
    """The text with every quotation's words blanked out, so no cue is read inside one."""
    chars = list(text)
    for q in quoted:
        for i in range(q.outer_start, q.outer_end):
            chars[i] = "\u2007" if not text[i].isspace() else text[i]
    return "".join(chars)


def _cue_at(tokens: list[_Token], i: int) -> int:
    """How many tokens from i form a cue (0 if none)."""
    tok = tokens[i]
    for phrase in _cue_phrases():
        n = len(phrase)
        if tuple(t.lower for t in tokens[i : i + n]) == phrase:
            return n
    if tok.lower in _cue_forms() and tok.text[:1].islower():
        if i > 0 and tokens[i - 1].lower in _word_class("determiner"):
            return 0  # "the report", "a call": a noun
        if tok.lower in _cue_nouns() and any(
            t.lower in _word_class("determiner") for t in tokens[max(0, i - 3) : i]
        ):
            return 0  # "made the following comment", "his angry tweets"
        if i > 0 and tokens[i - 1].lower == "to" and tok.lower not in {"say", "tell"}:
            return 0
        return 1
    return 0


def _speaker_follows(tokens: list[_Token], i: int, n: int) -> bool:
    """True for a cue phrase whose speaker comes after it ("according to X")."""
    return n > 1 and _cue_phrases().get(tuple(t.lower for t in tokens[i : i + n])) == "after"


class _MentionIndex:
    """The Cast's mentions by offset: those in a span, and those before a point (nearest first)."""

    def __init__(self, cast: Cast):
        self.mentions = sorted(cast.mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.longest = max((m.end - m.start for m in self.mentions), default=0)

    def between(self, start: int, end: int) -> list[Mention]:
        lo = bisect_left(self.starts, start - self.longest)
        hi = bisect_left(self.starts, end)
        return [m for m in self.mentions[lo:hi] if m.end > start]

    def before(self, offset: int) -> Iterator[Mention]:
        for i in range(bisect_left(self.starts, offset) - 1, -1, -1):
            yield self.mentions[i]


class _Resolver:
    """Speaker phrases -> canonical names: through the Cast first, then plain text for what it lacks."""

    def __init__(self, doc: Document, cast: Cast):
        self.doc = doc
        self.text = doc.text
        self.masked = doc.text  # the text with quotations blanked (set by the attributor)
        self.quoter: _Attribution | None = None  # who speaks the quotation being read inside
        self.cast = cast
        self.index = _MentionIndex(cast)
        self._all_runs: list[tuple[int, int]] | None = None  # capitalised runs of the whole text
        self._mid_sentence: dict[str, bool] = {}
        self._full_names: dict[str, str] = {}
        # (offset, person, name) of the speakers resolved so far
        self.speakers: list[tuple[int, Person | None, str]] = []

    # -- Cast look-ups

    def _mentions(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.index.between(start, end) if not self._possessive(m)]

    def _possessive(self, m: Mention) -> bool:
        return m.kind == "possessive" or self.text[m.end : m.end + 2] in ("'s", "’s")

    def _person_before(self, offset: int, kind: str = "person") -> Person | None:
        for m in self.index.before(offset):
            p = self.cast.people[m.person]
            if p.kind == kind and self.masked[m.start] != "\u2007":
                return p
        return None

    # -- phrases

    def resolve(self, start: int, end: int, prefer_last: bool, clause: bool = False) -> _Attribution | None:
        """The speaker a phrase names: a Cast mention, a pronoun, a body, or a proper name.

        A noun phrase ("a State Department official") names the head, not its
        modifiers; a `clause` ("Blige sings to Clinton") names its first person.
        """
        start, end = _trimmed(self.text, start, end)
        if end <= start:
            return None
        phrase = self.text[start:end]
        if phrase.lower() in _pronouns():
            return self.pronoun(phrase.lower(), start)
        mentions = [
            m
            for m in self._mentions(start, end)
            if clause or not _modifier(self.text, self._name_end(m, end), end)
        ]
        if mentions:
            m = mentions[-1] if prefer_last else mentions[0]
            p = self.cast.people[m.person]
            name_end = self._name_end(m, end)
            if name_end != m.end:  # "People Power Party": a body, not the person "People Power"
                return _Attribution(self.text[m.start : name_end], None, True)
            return _Attribution(p.name, None, True, p)
        body = self._national_body(start, end)
        if body:
            return body
        name = self._proper_name(start, end, prefer_last, clause)
        if name:
            return name
        return self._common_noun([w.lower().strip(".,") for w in phrase.split()], start, end)

    def _name_end(self, m: Mention, end: int) -> int:
        """Where the name at m ends: past capitalised words up to a body's head word when m is a
        person's mention cut short ("People Power" of "People Power Party"), else at m.end."""
        if self.cast.people[m.person].kind != "person":
            return m.end
        found = _body_head_pattern().match(self.text, m.end, end)
        return found.end() if found else m.end

    def _national_body(self, start: int, end: int) -> _Attribution | None:
        """ "China's foreign ministry", "the Japanese defence ministry": that country's body.

        The Cast's body when it has one for the country, else named as the
        issue asks ("Foreign Ministry of China").
        """
        countries = [c for c in self.cast.country_mentions if start <= c.start and c.end <= end]
        if not countries:
            return None
        country = countries[-1]
        rest = self.text[country.end : end]
        m = re.fullmatch(r"(?:['’]s)?((?:\s+[a-z][\w-]*){0,2}?)\s+([a-z]+)", rest)
        if not m or m.group(2) not in _body_words():
            return None
        noun = m.group(2)
        for p in self.cast.people:
            if p.kind == "body" and p.country == country.code and noun in p.name.lower():
                return _Attribution(p.name, None, True, p)
        names = {c.code: c.name for c in self.cast.countries}
        if country.code not in names:
            return None
        head = " ".join(w.capitalize() for w in (m.group(1) + " " + noun).split())
        return _Attribution(f"{head} of {names[country.code]}", None, True)

    def pronoun(self, pronoun: str, offset: int) -> _Attribution:
        """ "he said": the subject of this or a recent sentence, else the last speaker, else the last person.

        The nearest name before a pronoun is often an object ("...the ousting of
        Saddam Hussein. 'We are...,' he told the BBC"); the subject of a sentence
        is the better guess, and a speaker already quoted the next.
        """
        if _pronouns()[pronoun] == "quoter":
            # "I" inside a quotation is whoever is quoted saying it.
            return self.quoter or _Attribution(None, None, True)
        if _pronouns()[pronoun] != "person":
            return _Attribution(None, None, True)
        p = self._sentence_subject(offset)
        if p is not None:
            return _Attribution(p.name, None, True, p)
        for at, person, name in reversed(self.speakers):
            if at < offset:
                return _Attribution(name, None, True, person)
        p = self._person_before(offset)
        if p is not None:
            return _Attribution(p.name, None, True, p)
        return _Attribution(None, None, True)

    def _sentence_subject(self, offset: int, sentences_back: int = 3) -> Person | None:
        """The person named first, near the start, in the pronoun's sentence or one of the few before."""
        sentence = self.doc.sentence_at(offset)
        if sentence is None:
            return None
        index = sentence.index
        for back in range(sentences_back):
            if index - back < 0:
                break
            s = self.doc.sentences[index - back]
            end = min(s.end, offset)
            words = 0
            for m in _WORD.finditer(self.masked, s.start, end):
                word = m.group()
                if word.lower() in _pronouns():
                    break  # the subject here is itself a pronoun: look further back
                mention = next(
                    (x for x in self.index.between(m.start(), m.end()) if x.kind != "pronoun"), None
                )
                if mention is not None and not self._possessive(mention):
                    person = self.cast.people[mention.person]
                    if person.kind == "person":
                        return person
                if word[:1].isalpha():
                    words += 1
                if words > 8:
                    break
        return None

    def _common_noun(self, words: list[str], offset: int, end: int) -> _Attribution | None:
        """ "the president", "the German leader", "the ministry", "the letter": the one meant, or no one."""
        if not words or words[0] not in _word_class("determiner"):
            return None
        if words[0] in ("a", "an", "one", "another"):
            return _Attribution(None, None, True)  # "a spokesman said": someone not named
        head = words[-1]
        owner = self._owner_of(head, offset)
        if owner is not None:
            return owner
        # "the German leader", "the French president": a person of that country, nearest
        # before, whom the noun fits; a person of another country never fits.
        codes = [c.code for c in self.cast.country_mentions if offset <= c.start and c.end <= end]
        country = codes[-1] if codes else None
        others = {m.person for m in self.index.between(*self._leading_adjunct(offset))}
        for m in self.index.before(offset):
            p = self.cast.people[m.person]
            if p.kind != "person" or self.masked[m.start] == "\u2007" or m.person in others:
                continue
            if country is not None and p.country != country and p.country is not None:
                continue
            titled = bool(p.title) and head in p.title.lower().split()
            leader = country is not None and p.country == country and head in _word_class("leader_noun")
            if titled or leader and (p.is_leader or head != "leader"):
                return _Attribution(p.name, None, True, p)
        names = _body_words().get(head)
        if names:
            for m in self.index.before(offset):
                p = self.cast.people[m.person]
                if p.kind == "body" and any(n.lower() in p.name.lower().split() for n in names):
                    return _Attribution(p.name, None, True, p)
            for at, person, name in reversed(self.speakers):  # "the ministry" quoted before
                if at < offset and any(n in name.split() for n in names):
                    return _Attribution(name, None, True, person)
            body = self._named_body_before(offset, names)
            if body:
                return _Attribution(body, None, True)
        return _Attribution(None, None, True)

    def _leading_adjunct(self, offset: int) -> tuple[int, int]:
        """The phrase opening the sentence before a subject at offset ("Speaking alongside Ishiba, the
        prime minister said"): who it names is someone else than the subject. Empty if none."""
        sentence = self.doc.sentence_at(offset)
        if sentence is None:
            return (0, 0)
        lead = self.masked[sentence.start : offset]
        first = re.match(r"\W*([A-Za-z]+)", lead)
        comma = lead.rfind(",")
        if not first or comma < 0:
            return (0, 0)
        word = first.group(1).lower()
        if word in _word_class("introducer") or word.endswith("ing"):
            return (sentence.start, sentence.start + comma)
        return (0, 0)

    def _owner_of(self, head: str, offset: int) -> _Attribution | None:
        """ "the letter" after "Powell's resignation letter": the one whose document it is."""
        if head not in _documents():
            return None
        sentence = self.doc.sentence_at(offset)
        start = self.doc.sentences[max(0, sentence.index - 3)].start if sentence else max(0, offset - 600)
        pattern = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}?" + re.escape(head) + r"\b", re.I)
        best = None
        for m in pattern.finditer(self.masked, start, offset):
            owner = [x for x in self.index.between(m.start() - 1, m.start()) if x.end == m.start()]
            if owner:
                p = self.cast.people[owner[-1].person]
                best = _Attribution(p.name, None, True, p)
            else:
                run = re.search(
                    r"([A-Z][\w.-]*(?: [A-Z][\w.-]*)*)$", self.text[max(0, m.start() - 60) : m.start()]
                )
                if run:
                    best = _Attribution(self._full_name(run.group(1)), None, True)
        return best

    def _named_body_before(self, offset: int, names: tuple[str, ...]) -> str | None:
        """Plain-text fallback: the nearest capitalised name before offset that has one of `names`."""
        if self._all_runs is None:
            self._all_runs = _capital_runs(self.text, 0, len(self.text))
        for run_start, run_end in reversed(self._all_runs[: bisect_left(self._all_runs, (offset, 0))]):
            run = self.text[run_start:run_end]
            if any(n in run.split() for n in names):
                return run
        return None

    def _proper_name(
        self, start: int, end: int, prefer_last: bool, clause: bool = False
    ) -> _Attribution | None:
        """A capitalised name in the phrase that the Cast has no mention for (a body, or a name it missed).

        Places are not speakers: a run the Cast knows as a country is skipped.
        """
        runs = [
            r
            for r in _body_names_joined(self.text, _capital_runs(self.text, start, end))
            if not (_opens_sentence(self.text, *r) and not self._named_mid_sentence(self.text[r[0] : r[1]]))
            and not self._is_country(*r)
            and (clause or not _modifier(self.text, r[1], end))
        ]
        if not runs:
            return None
        run_start, run_end = runs[-1] if prefer_last else runs[0]
        name = self.text[run_start:run_end]
        for p in self.cast.people:  # a short form of someone the Cast knows
            if name in p.aliases or p.name.endswith(" " + name):
                return _Attribution(p.name, None, True, p)
        return _Attribution(self._full_name(name), None, True)

    def _is_country(self, start: int, end: int) -> bool:
        """The run is a place and nothing more ("Korea"; not "Democratic Party of Korea")."""
        rest = list(self.text[start:end])
        for c in self.cast.country_mentions:
            if c.start < end and c.end > start:
                rest[max(c.start, start) - start : min(c.end, end) - start] = " " * (
                    min(c.end, end) - max(c.start, start)
                )
        return len(rest) != end - start or not re.search(r"[^\W\d_]{2}", "".join(rest))

    def _named_mid_sentence(self, word: str) -> bool:
        """The text capitalises `word` inside a sentence too, so it is a name, not an opener."""
        if word not in self._mid_sentence:
            found = re.search(r"[\w,;] " + re.escape(word) + r"\b", self.text)
            self._mid_sentence[word] = found is not None
        return self._mid_sentence[word]

    def _full_name(self, name: str) -> str:
        """ "Caddell" -> "Pat Caddell" when the text names him in full somewhere (plain-text fallback)."""
        if " " in name:
            return name
        if name not in self._full_names:
            self._full_names[name] = self._find_full_name(name)
        return self._full_names[name]

    def _find_full_name(self, name: str) -> str:
        best = name
        for m in re.finditer(r"\b([A-Z][a-z][\w'’\-]*) " + re.escape(name) + r"\b", self.text):
            first = m.group(1)
            if first.lower() in _skip_words() or first in _honorifics():
                continue
            best = f"{first} {name}"
            break
        return best


def _capital_runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Runs of capitalised words in text[start:end] (plain-text fallback for names), titles dropped."""
    runs: list[tuple[int, int]] = []
    cur: list[tuple[int, int]] = []

    def flush() -> None:
        stripped = False
        while len(cur) > 1 and text[cur[0][0] : cur[0][1]] in _honorifics():
            cur.pop(0)
            stripped = True
        if len(cur) == 1 and not stripped and text[cur[0][0] : cur[0][1]] in _honorifics():
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


def _names_body(before_of: _Token, after_of: _Token) -> bool:
    """ "Party of Korea", "Ministry of the Interior": "of" inside a body's name."""
    return before_of.text in _body_heads() and (after_of.text[:1].isupper() or after_of.lower == "the")


def _body_names_joined(text: str, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Capitalised runs with a body's "of" rejoined: "Democratic Party" + "Korea"."""
    out: list[tuple[int, int]] = []
    for run in runs:
        if out:
            prev_start, prev_end = out[-1]
            last_word = text[prev_start:prev_end].split()[-1]
            if last_word in _body_heads() and re.fullmatch(r" of (?:the )?", text[prev_end : run[0]]):
                out[-1] = (prev_start, run[1])
                continue
        out.append(run)
    return out


def _opens_sentence(text: str, start: int, end: int) -> bool:
    """A lone capitalised word that opens a sentence ("Officials", "Asked"): a name only if
    the text also capitalises it mid-sentence."""
    if " " in text[start:end]:
        return False
    before = text[max(0, start - 3) : start].rstrip()
    if before and before[-1] in "\"”'’»" and before[:-1].rstrip()[-1:] not in ".!?":
        return False
    if before and before[-1] not in ".!?\n\"”'’»":
        return False
    abbreviation = re.search(r"\b([A-Z][a-z]{0,3})\.\s*$", text[max(0, start - 8) : start])
    return not abbreviation  # "Ms. Moore", "Sen. Kaine"


def _modifier(text: str, run_end: int, phrase_end: int) -> bool:
    """A name that only qualifies the head noun after it: "a State Department official"."""
    rest = text[run_end:phrase_end]
    return bool(re.match(r"(?:['’]s)?\s+[a-z]", rest))


def _abbreviation(word: str) -> bool:
    """An initial or a short title that a full stop follows without ending the sentence."""
    return bool(re.fullmatch(r"[A-Z]|[A-Z][a-z]{1,3}", word)) and word not in {"The", "It", "He", "She", "We"}


def _chunks(masked: str, start: int, end: int) -> list[tuple[int, int]]:
    """Comma-separated pieces of masked[start:end] (appositives, asides)."""
    pieces = []
    cut = start
    for m in re.finditer(r"\([^()]*\)|[,;:()\u2014\u2013]| - ", masked[start:end]):
        pieces.append((cut, start + m.start()))
        cut = start + m.end()
    pieces.append((cut, end))
    # Asides that name no one: "(R-Utah)", "D-Va.", "25".
    return [
        (s, e)
        for s, e in pieces
        if re.search(r"[^\W\d_]", masked[s:e]) and not _AFFILIATION.match(masked[s:e])
    ]


def _strip_skips(masked: str, start: int, end: int) -> int:
    """End of the subject once trailing adverbs and times are dropped ("Moon on Tuesday" -> "Moon")."""
    toks = _tokens(masked, start, end)
    while toks and (toks[-1].lower in _skip_words() or not any(c.isalnum() for c in toks[-1].text)):
        toks.pop()
    return toks[-1].end if toks else start


def _descriptor(masked: str, start: int, end: int) -> bool:
    """An appositive or aside: "a former adviser", "who runs ...", "in a statement"."""
    toks = _tokens(masked, start, end)
    return bool(toks) and toks[0].text[:1].islower() and toks[0].lower not in _pronouns()


class _Attributor:
    def __init__(self, doc: Document, cast: Cast, quoted: list[_Quoted]):
        self.doc = doc
        self.text = doc.text
        self.quoted = quoted
        self.top_masked = _masked_text(doc.text, quoted)
        self.masked = self.top_masked
        self.resolver = _Resolver(doc, cast)
        self.resolver.masked = self.top_masked
        # The innermost quotation around each one, in one pass (quotations nest).
        self.outer: dict[_Quoted, _Quoted | None] = {}
        stack: list[_Quoted] = []
        for q in sorted(quoted, key=lambda o: (o.outer_start, -o.outer_end)):
            while stack and not (stack[-1].start <= q.outer_start and q.outer_end <= stack[-1].outer_end):
                stack.pop()
            self.outer[q] = stack[-1] if stack else None
            stack.append(q)
        self._inner_masks: dict[_Quoted, str] = {}

    def enclosing(self, q: _Quoted) -> _Quoted | None:
        """The innermost quotation that q is quoted inside ("X said that 'Y said "..."'")."""
        return self.outer.get(q)

    def focus(self, q: _Quoted) -> None:
        """Read around q; inside an enclosing quotation only that one's inner quotations are blanked."""
        outer = self.enclosing(q)
        if outer is None:
            self.masked = self.top_masked
            return
        if outer not in self._inner_masks:
            inner = [
                o for o in self.quoted if outer.start <= o.outer_start and o.outer_end <= outer.outer_end
            ]
            local = _masked_text(self.text[: outer.outer_end], inner)[outer.start :]
            self._inner_masks[outer] = (
                self.top_masked[: outer.start] + local + self.top_masked[outer.outer_end :]
            )
        self.masked = self._inner_masks[outer]

    def subject_before(self, start: int, cue_start: int) -> _Attribution | None:
        """The speaker phrase ending at a cue: "Yoon said", "Kenneth Baer, a former official, said"."""
        toks = _tokens(self.masked, start, cue_start)
        while toks and toks[-1].lower in _skip_words():
            toks.pop()
        cue = _tokens(self.masked, cue_start, cue_start + 30)[:1]
        if (
            toks
            and (toks[-1].text == "," or toks[-1].lower in _word_class("participle_link"))
            and cue
            and cue[0].lower.endswith("ing")
        ):
            # '..., he said, adding: "...', 'rallied supporters by warning that "...':
            # the participle belongs to the main clause.
            toks.pop()
            earlier = next((j for j in range(len(toks) - 1, -1, -1) if _cue_at(toks, j) == 1), None)
            if earlier is not None:
                found = self.subject_before(start, toks[earlier].start)
                if found and found.speaker:
                    return found
            subject = self.clause_subject(start, toks[-1].start if toks else start)
            if subject is not None:
                return subject
        if len(toks) > 1 and toks[-1].lower in _word_class("coordinator"):
            # "Powell said Bush accepted it and added": the subject of the clause's first verb.
            first_cue = next((j for j in range(len(toks) - 1) if _cue_at(toks, j) == 1), None)
            if first_cue is not None:
                return self.subject_before(start, toks[first_cue].start)
            clause = _chunks(self.masked, start, toks[-1].start)
            return self.resolver.resolve(*clause[-1], False, clause=True) if clause else None
        chunks = _chunks(self.masked, start, cue_start)
        for i in range(len(chunks) - 1, -1, -1):
            s, e = chunks[i]
            e2 = _strip_skips(self.masked, s, e)
            if e2 <= s:
                continue
            toks = _tokens(self.masked, s, e2)
            last = toks[-1]
            if last.lower in _pronouns():
                return self.resolver.resolve(last.start, last.end, True)
            # "Speaking alongside Micheál Martin, the prime minister said": a noun phrase
            # running into the verb with no closing comma is the subject itself.
            subject = not re.search(r"[,;:()\u2014\u2013-]", self.masked[e:cue_start]) and (
                toks[0].lower in _word_class("determiner")
            )
            if _descriptor(self.masked, s, e2) and i > 0 and i == len(chunks) - 1 and not subject:
                # "X, the former minister, said": X is the speaker if it is a name.
                found = self._subject_before_asides(chunks[: i + 1])
                if found:
                    return found
            return self.resolver.resolve(*self._tail(s, e2), True)
        return None

    def _subject_before_asides(self, chunks: list[tuple[int, int]]) -> _Attribution | None:
        """The subject before one or more asides: "Scott Pruitt, the attorney general of Oklahoma,
        one of the states suing the EPA, said" -> Pruitt; "The letter, seen by the Guardian, says"
        -> the letter (no one named), not the Guardian; "The statement, issued by the ministry, said"
        -> its author. The last piece of `chunks` is the aside just before the verb."""
        asides = chunks[1:]
        chunks = chunks[:-1]
        for j in range(len(chunks) - 1, -1, -1):
            s, e = _trimmed(self.masked, *chunks[j])
            head = self._tail(s, e)
            whole = head[0] == s  # the piece is one noun phrase, not "the attorney general of Ohio"
            if j > 0 and _descriptor(self.masked, s, e) and not whole:
                continue  # another aside: the names in it are no subject
            found = self.resolver.resolve(*head, True)
            if found and found.speaker:
                return found
            opens_with_determiner = _tokens(self.masked, s, e)[0].lower in _word_class("determiner")
            if j == 0 and found and whole and opens_with_determiner:
                return self._author_in(asides) or found
            if not _descriptor(self.masked, s, e):
                break
        return None

    def _author_in(self, asides: list[tuple[int, int]]) -> _Attribution | None:
        """The author an aside names: "issued by the Foreign Ministry", "signed by 60 MPs"."""
        for s, e in asides:
            toks = _tokens(self.masked, s, e)
            if len(toks) > 2 and toks[0].lower in _word_class("author_participle") and toks[1].lower == "by":
                found = self.resolver.resolve(toks[2].start, toks[-1].end, True)
                if found and found.speaker:
                    return found
        return None

    def previous_sentence(self, q: _Quoted) -> _Attribution | None:
        """'It will be business as usual, he said. "I fully intend ..."': a sentence just before,
        in the same paragraph, that ends in its own attribution and quotes nothing."""
        sentence = self.doc.sentence_at(q.outer_start)
        if sentence is None or sentence.index == 0:
            return None
        prev = self.doc.sentences[sentence.index - 1]
        quotes_something = any(prev.start <= o.outer_start < prev.end for o in self.quoted)
        if prev.paragraph != sentence.paragraph or quotes_something:
            return None
        toks = [t for t in _tokens(self.masked, prev.start, prev.end) if t.text not in ".!?"]
        # Its own attribution at its end, or a main clause reporting someone's words
        # ('Peskov said the talks went well. "We are ready ..."').
        ending = range(len(toks) - 1, max(-1, len(toks) - 5), -1)
        opening = range(1, min(len(toks), _MAIN_CLAUSE_TOKENS))
        for i in (*ending, *opening):
            if _cue_at(toks, i) == 1 and i > 0:
                found = self.subject_before(prev.start, toks[i].start)
                if found and found.speaker:
                    return _Attribution(found.speaker, toks[i].text, True, found.person)
        return None

    def clause_subject(self, start: int, end: int) -> _Attribution | None:
        """The subject of the main clause: the name opening the first piece that is not an aside.

        "Like Corker, Menendez also rejected the notion ..." -> Menendez.
        """
        for s, e in _chunks(self.masked, start, end):
            toks = [t for t in _tokens(self.masked, s, e) if any(c.isalnum() for c in t.text)]
            if not toks or toks[0].lower in _word_class("introducer"):
                continue
            head = toks[: min(len(toks), 5)]
            found = self.resolver.resolve(head[0].start, head[-1].end, False, clause=True)
            return found if found and found.speaker else None
        return None

    def _tail(self, start: int, end: int) -> tuple[int, int]:
        """The noun phrase at the end of a piece: from its last clause word on."""
        toks = _tokens(self.masked, start, end)
        cut, stop = 0, len(toks)
        for i, t in enumerate(toks):
            if t.lower == "of" and 0 < i < len(toks) - 1 and _names_body(toks[i - 1], toks[i + 1]):
                continue  # "the Democratic Party of Korea", "the Ministry of Foreign Affairs": one name
            if t.lower in _word_class("phrase_ender") or t.lower in _cue_forms() and t.text[:1].islower():
                if t.lower == "of" and self._name_of_place(toks, cut, i):
                    stop = i  # "Lindsey Graham of South Carolina": the name before "of"
                    break
                if t.lower == "in" and self._name_in_place(toks, cut, i):
                    stop = i  # "The Foreign Ministry in Beijing": the name before "in"
                    break
                cut = i + 1
        toks = toks[cut:stop]
        if not toks:
            return start, start
        return toks[0].start, toks[-1].end

    def _name_in_place(self, toks: list[_Token], cut: int, at: int) -> bool:
        """ "The Foreign Ministry in Beijing", "the U.S. Embassy in Seoul": a name, then where it sits
        (capitalised words to the end of the phrase)."""
        before = toks[cut:at]
        after = [t for t in toks[at + 1 :] if t.lower != "the"]
        named = any(t.text[:1].isupper() and t.text not in _honorifics() for t in before)
        return named and bool(after) and all(t.text[:1].isupper() or t.text == "." for t in after)

    def _name_of_place(self, toks: list[_Token], cut: int, of: int) -> bool:
        """ "Graham of South Carolina", not "Secretary of State" nor "Trump of showering praise"."""
        before = toks[cut:of]
        after = toks[of + 1 : of + 3]
        named = any(t.text[:1].isupper() and t.text not in _honorifics() for t in before)
        place = bool(after) and (after[0].text[:1].isupper() or after[0].lower == "the")
        return named and place

    def object_after(self, cue_end: int, end: int) -> _Attribution | None:
        """The speaker phrase after a cue: "said Yoon", "according to the ministry"."""
        toks = _tokens(self.masked, cue_end, end)
        phrase: list[_Token] = []
        last_end = cue_end
        for t in toks:
            if "\u2007" in self.masked[last_end : t.start]:
                break  # a quotation lies between: the phrase ended before it
            last_end = t.end
            if t.text == "." and phrase and _abbreviation(phrase[-1].text):
                continue  # "Sen. Claire McCaskill", "Julie A. Diaz"
            if t.text in ",;:.()!?" or t.lower in _word_class("phrase_ender"):
                break
            phrase.append(t)
        if not phrase:
            return None
        found = self.resolver.resolve(phrase[0].start, phrase[-1].end, True)
        if found and found.speaker is None and not found.found:
            return None
        return found

    def after(self, q: _Quoted, end: int) -> _Attribution | None:
        """Attribution in the words after a quotation: '"...," Yoon said' / '"...," said Yoon'."""
        dash = re.match(r"[^\S\n]*[―—–-][^\S\n]*(?=[A-Z])", self.masked[q.outer_end : q.outer_end + 8])
        if dash:  # a testimonial: '"..." ― Sonya Herridge'
            line_end = self.masked.find("\n", q.outer_end)
            stop = len(self.masked) if line_end < 0 else line_end
            found = self.object_after(q.outer_end + dash.end(), max(end, stop))
            if found and found.speaker:
                return found
        toks = _tokens(self.masked, q.outer_end, end)
        if toks and self.text[q.start : q.end].endswith(".") and toks[0].text[:1].isupper():
            return None  # '..." Hamdallah, chairman of ...': a new sentence, not an attribution
        words = [t for t in toks if any(c.isalnum() for c in t.text)]
        if words and words[0].lower in _word_class("subordinator"):
            return None  # '"That makes me smart," when Clinton blasted him': another clause
        for i in range(min(len(toks), 40)):
            n = _cue_at(toks, i)
            if not n:
                continue
            cue = " ".join(t.text for t in toks[i : i + n])
            before = [t for t in toks[:i] if any(c.isalnum() for c in t.text)]
            if before and not _speaker_follows(toks, i, n):
                found = self.subject_before(q.outer_end, toks[i].start)
            else:
                found = self.object_after(toks[i + n - 1].end, end)
            if found:
                return _Attribution(found.speaker, cue, True, found.person)
            return _Attribution(None, cue, True)
        return None

    def before(self, q: _Quoted, start: int) -> _Attribution | None:
        """Attribution in the words before a quotation: 'Yoon said: "..."', 'according to X, "..."'."""
        toks = _tokens(self.masked, start, q.outer_start)
        nearest: _Attribution | None = None
        for i in range(len(toks) - 1, -1, -1):
            n = _cue_at(toks, i)
            if not n:
                continue
            cue = " ".join(t.text for t in toks[i : i + n])
            if _speaker_follows(toks, i, n) or not any(any(c.isalnum() for c in t.text) for t in toks[:i]):
                # 'according to X, "..."' and the second half of a split quotation: ', said X, "...'
                found = self.object_after(toks[i + n - 1].end, q.outer_start)
            else:
                found = self.subject_before(start, toks[i].start)
            if found and found.speaker:
                return _Attribution(found.speaker, cue, True, found.person)
            # 'Obama accused Trump of showering praise ... "...": an earlier cue may name the speaker.
            nearest = nearest or _Attribution(None, cue, True)
        if nearest:
            return nearest
        # 'Yoon: "..."'
        lead = self.masked[start : q.outer_start].rstrip()
        if lead.endswith(":"):
            pieces = _chunks(self.masked, start, start + len(lead) - 1)
            if pieces:
                s, e = pieces[-1]
                if len(_tokens(self.masked, s, e)) <= 6:
                    found = self.resolver.resolve(s, e, True)
                    if found and found.speaker:
                        return _Attribution(found.speaker, None, True, found.person)
        return None


def _sentence_bounds(doc: Document, offset: int, p_start: int, p_end: int) -> tuple[int, int]:
    s = doc.sentence_at(offset)
    if s is None:
        return p_start, p_end
    return max(s.start, p_start), min(s.end, p_end)


def _attribute(doc: Document, cast: Cast, quoted: list[_Quoted], keep: list[_Quoted]) -> list[_Attribution]:
    attributor = _Attributor(doc, cast, quoted)
    paragraphs = _paragraph_spans(doc)
    results: list[_Attribution] = []
    by_quote: dict[_Quoted, _Attribution] = {}
    for k, q in enumerate(keep):
        p_start, p_end = paragraphs[q.paragraph]
        # The quotations just before and after bound the words read around this one
        # (a few either side suffice: only nested ones come between).
        prev_end = max(
            (o.outer_end for o in keep[max(0, k - 8) : k] if o.outer_end <= q.outer_start), default=p_start
        )
        later = (o.outer_start for o in keep[k + 1 : k + 9] if o.outer_start >= q.outer_end)
        next_start = min(later, default=p_end)
        after_end = min(_sentence_bounds(doc, max(q.outer_end - 1, 0), p_start, p_end)[1], next_start, p_end)
        # The sentence after the closing mark, when the mark ends the sentence inside
        # ('..." Yoon said.'). A stop after the mark ('...China". Peskov said') ends the
        # sentence outside it (British style): the next sentence is someone else's.
        if after_end <= q.outer_end + 1 and not re.match(r"[.!?]", doc.text[q.outer_end : q.outer_end + 1]):
            after_end = min(_sentence_bounds(doc, min(q.outer_end + 1, len(doc.text) - 1), p_start, p_end)[1],
                            next_start, p_end)  # fmt: skip
        before_start = max(_sentence_bounds(doc, q.outer_start, p_start, p_end)[0], prev_end, p_start)
        if q.continues or (q.opens_paragraph and q.outer_start == p_start):
            before_start = q.outer_start
        attributor.focus(q)
        outer = attributor.enclosing(q)
        if outer is not None:
            before_start = max(before_start, outer.start)
            after_end = min(after_end, outer.end)
        attributor.resolver.quoter = by_quote.get(outer) if outer is not None else None
        first, second = attributor.after(q, after_end), None
        if first is None or first.speaker is None or _names_a_source(first):
            second = attributor.before(q, before_start)
        found = first if first and (first.speaker or not second) else second
        if first and first.speaker and _names_a_source(first) and second and second.speaker and second.cue:
            # 'Francis said those who thought so should "look for a psychiatrist," according to
            # Reuters': the sentence's own speaker said it; "according to" names the report.
            found = second
        if found is None and q.opens_paragraph and q.paragraph > 0:
            # 'Caddell continued:' closing the paragraph before.
            ps, pe = paragraphs[q.paragraph - 1]
            if doc.text[ps:pe].rstrip().endswith(":"):
                found = attributor.before(_Quoted(q.start, q.end, pe, pe, q.paragraph, q.closed, True), ps)
        if found is None and not re.search(
            r"\w", doc.text[_sentence_bounds(doc, q.outer_start, p_start, p_end)[0] : q.outer_start]
        ):
            found = attributor.previous_sentence(q)
        results.append(found or _NONE)
        by_quote[q] = found or _NONE
        if (
            found and found.speaker and outer is None
        ):  # someone quoted inside a quotation is no "last speaker"
            attributor.resolver.speakers.append((q.outer_start, found.person, found.speaker))
    return _carry_speakers(doc, cast, quoted, keep, results, attributor.resolver)


def _names_a_source(found: _Attribution) -> bool:
    """An attribution by a phrase whose speaker follows it ("according to X")."""
    return bool(found.cue) and _cue_phrases().get(tuple(found.cue.lower().split())) == "after"


def _named(cast: Cast, resolver: _Resolver, m: Mention) -> str | None:
    """Who a mention names; a pronoun by our own reading ("He didn't ..." after Obama spoke)."""
    if m.kind == "pronoun":
        word = resolver.text[m.start : m.end].lower()
        if word in _pronouns():
            return resolver.pronoun(word, m.start).speaker
    return cast.people[m.person].name


def _inside_any(offset: int, quoted: list[_Quoted]) -> bool:
    return any(q.outer_start <= offset < q.outer_end for q in quoted)


def _carry_speakers(
    doc: Document,
    cast: Cast,
    quoted: list[_Quoted],
    keep: list[_Quoted],
    results: list[_Attribution],
    resolver: _Resolver,
) -> list[_Attribution]:
    """A quotation with no cue of its own keeps the speaker of the one before it when the text carries on.

    That is: it continues a quotation left open, or it follows the previous
    quotation in the same paragraph, or it is a paragraph of quotation right
    after a quoted speaker's paragraph, with no other person named in between.
    """
    out = list(results)
    index = _MentionIndex(cast)
    for k in range(1, len(keep)):
        q, prev = keep[k], keep[k - 1]
        if out[k].speaker or not out[k - 1].speaker:
            continue
        if prev.outer_end > q.outer_start:
            continue  # nested inside the previous one: its speaker is quoted, not the quoter
        gap_start, gap_end = prev.outer_end, q.outer_start
        if out[k].found:
            # A cue that named no one ('called it "a disgrace" and said "..."') keeps the
            # sentence's speaker when nobody else is named between the two.
            sentence = doc.sentence_at(q.outer_start)
            if sentence is None or sentence.start > prev.outer_start:
                continue
            named = [
                m
                for m in index.between(gap_start, gap_end)
                if cast.people[m.person].name != out[k - 1].speaker and not _inside_any(m.start, quoted)
            ]
            if not named:
                out[k] = _Attribution(out[k - 1].speaker, out[k].cue, True, out[k - 1].person)
            continue
        same_paragraph = prev.paragraph == q.paragraph
        next_paragraph = q.paragraph == prev.paragraph + 1 and q.opens_paragraph
        if not (q.continues or same_paragraph or next_paragraph):
            continue
        sentence = doc.sentence_at(q.outer_start)
        lead_in = doc.text[max(sentence.start if sentence else gap_start, gap_start) : q.outer_start]
        same_sentence = sentence is not None and sentence.start <= prev.outer_start
        if re.search(r"\w", lead_in) and not same_sentence:
            continue  # a phrase quoted inside narrative, not a speaker carrying on
        # Another person named in the sentences between (not in the attribution
        # of the quotation before, nor inside a quotation) takes the floor.
        said = doc.sentence_at(max(prev.outer_end - 1, 0))
        after_attribution = said.end if said else gap_start
        speaker = out[k - 1].speaker
        others = [
            m
            for m in index.between(max(gap_start, after_attribution), gap_end)
            if cast.people[m.person].kind == "person"
            and not _inside_any(m.start, quoted)
            and _named(cast, resolver, m) != speaker
        ]
        if others and not q.continues:
            continue
        out[k] = _Attribution(out[k - 1].speaker, out[k].cue, False, out[k - 1].person)
    # A quotation left open whose continuation (next paragraph) names the speaker.
    for k in range(len(keep) - 2, -1, -1):
        q = keep[k]
        j = next((j for j in range(k + 1, min(len(keep), k + 9)) if keep[j].outer_start >= q.outer_end), None)
        if j is None or out[k].speaker or q.closed or not keep[j].continues or not out[j].speaker:
            continue
        out[k] = _Attribution(out[j].speaker, out[k].cue, out[k].found, out[j].person)
    return out


# --- 3. ranking --------------------------------------------------------------------


def _score(q: _Quoted, text: str, attribution: _Attribution, doc_length: int) -> float:
    """What a briefing reader wants first: leaders' words that take a position, not logistics."""
    score = 0.2
    p = attribution.person
    if p is not None and p.is_leader:
        score += 0.3
    elif attribution.speaker:
        score += 0.15
    words = [w.strip(".,;:!?\"'“”‘’()").lower() for w in text.split()]
    signal = sum(_signals().get(w, 0.0) for w in words)
    score += max(-0.2, min(0.3, signal))
    n = len(words)
    if 8 <= n <= 60:
        score += 0.1
    elif n < 6:
        score -= 0.05
    score += 0.1 * (1 - q.start / max(doc_length, 1))
    return round(max(0.0, min(1.0, score)), 3)


# --- the step ----------------------------------------------------------------------


def find_quotes(doc: Document, cast: Cast) -> tuple[Quote, ...]:
    """Every direct quotation of 4+ words with its speaker and cue, best first."""
    if not doc.text:
        return ()
    quoted = _quotations(doc)
    # Short quotations are read too: '"It's heartbreaking," Ryan said. "And this country ..."'
    # passes Ryan on to the quotation after it.
    spoken = [q for q in quoted if _words(doc.text[q.start : q.end]) and q.closed or _is_kept(doc, q)]
    attributions = _attribute(doc, cast, quoted, spoken)
    out = []
    for q, a in zip(spoken, attributions, strict=True):
        if not _is_kept(doc, q):
            continue
        text = doc.text[q.start : q.end]
        out.append(Quote(text, a.speaker, a.cue, _score(q, text, a, len(doc.text)), q.start, q.end))
    return _with_variety(out)


# Each further quotation by the same speaker scores this much less, so the first
# few shown are not all one voice when others were heard.
_REPEAT_PENALTY = 0.08


def _with_variety(found: list[Quote]) -> tuple[Quote, ...]:
    found = sorted(found, key=lambda x: (-x.score, x.start))
    seen: dict[str, int] = {}
    adjusted = []
    for q in found:
        repeats = seen.get(q.speaker, 0) if q.speaker else 0
        if q.speaker:
            seen[q.speaker] = repeats + 1
        score = round(max(0.0, q.score - _REPEAT_PENALTY * min(repeats, 3)), 3)
        adjusted.append(replace(q, score=score))
    adjusted.sort(key=lambda x: (-x.score, x.start))
    return tuple(adjusted)
