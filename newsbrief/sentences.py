"""Sentence splitting on nltk's Punkt classes with parameters we own.

No NLTK data is loaded, ever: the abbreviations and sentence starters Punkt
would learn from a corpus are our tables (data/abbreviations.txt,
data/sentence_starters.txt). Offsets always point into the cleaned text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from newsbrief.errors import InputTooLarge
from newsbrief.model import CleanedText, Document, Sentence, Span
from newsbrief.quotes.marks import double_mark_hints
from newsbrief.tables import read_lines, sentence_starters

_TERMINAL = re.compile(r"[.!?…。！？][\"'”’)\]」』）]*\s*$")
# Chinese and Japanese end sentences with full-width marks and no space, which
# Punkt (built for spaced scripts) never splits on.
_CJK_END = re.compile(r"[。！？](?![」』）”])(?=\S)")
# A line break inside a paragraph is a hard wrap, not a boundary, when the
# next line carries on the sentence.
_CONTINUES_BEFORE = re.compile(
    r"[,;:(\-–—“‘\"]\s*$|\b(?:the|a|an|of|and|or|to|in|for|with|by|Mr|Mrs|Ms|Dr)\s*$"
)
_CONTINUES_AFTER = re.compile(r"^\s*[a-z0-9(,;]")
# "Anna J. Park": Punkt may end a sentence at a middle initial.
_INITIAL_END = re.compile(r"(?<!\S)[A-Z][a-z]+\s+[A-Z]\.$")
# "President F.W. | de Klerk", "Ms J.K. | van Dyke": initials before a lower-case name
# particle; a sentence of news never opens with a lower-case word.
_INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]\.\s?){1,3}$")
_LOWER_START = re.compile(r"\s*[a-z]")
# The first word of a piece, after an opening quotation mark or bracket.
_FIRST_WORD = re.compile(r"[\"“‘'(\[]?([^\W\d_][\w'’-]*)")
# Patterns that test how a piece ends look at most this many characters back,
# so that joining a long run of pieces stays linear.
_TAIL = 64


@cache
def _title_end() -> re.Pattern[str]:
    """A piece ending in an abbreviated title ("... Speaker Rt.", "... and Engr.")."""
    titles = sorted(read_lines("title_abbreviations.txt"), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, titles)) + r")\.$")


def _tail(segment: str, start: int, end: int) -> str:
    """The end of segment[start:end], cut at a word start when the piece is longer than _TAIL."""
    if end - start <= _TAIL:
        return segment[start:end]
    tail = segment[end - _TAIL : end]
    space = re.search(r"\s", tail)
    return tail[space.end() :] if space else tail


def _continues_after_title(segment: str, piece: list[int], next_start: int) -> bool:
    """Punkt ended a piece at a title before a name ("Rt. | Hon. Ada Obi", "Engr. | Tunde Bakare").

    The piece is joined to the next when it ends in an abbreviated title and
    the next opens with a capitalised word that is not a sentence starter, so
    a sentence that really ends in one ("... promoted to Brig. Gen. | The
    ceremony") still ends there.
    """
    if not _title_end().search(_tail(segment, piece[0], piece[1])):
        return False
    first = _FIRST_WORD.match(segment, next_start)
    return bool(first) and first.group(1)[0].isupper() and first.group(1).lower() not in sentence_starters()


@cache
def punkt() -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types = set(read_lines("abbreviations.txt"))
    params.sent_starters = set(sentence_starters())
    return PunktSentenceTokenizer(params)


def sentence_spans(
    text: str, start: int = 0, end: int | None = None, most: int | None = None
) -> list[tuple[int, int]]:
    """(start, end) of each sentence in text[start:end], trimmed of white space.

    With `most`, splitting stops once `most` sentences are found (the rest are not needed).
    """
    end = len(text) if end is None else end
    chunk = text[start:end]
    # Hard-wrapped lines are joined for Punkt by turning the newline into a
    # space (same length, so offsets hold); other newlines end a sentence.
    pieces: list[tuple[int, int]] = []
    line_starts = [0] + [m.end() for m in re.finditer(r"\n", chunk)]
    seg_start = 0
    for i in range(1, len(line_starts)):
        prev_line = chunk[line_starts[i - 1] : line_starts[i] - 1]
        next_line_end = chunk.find("\n", line_starts[i])
        next_line = chunk[line_starts[i] : next_line_end if next_line_end >= 0 else len(chunk)]
        if not prev_line.strip() or not (
            _CONTINUES_AFTER.match(next_line) or (_CONTINUES_BEFORE.search(prev_line) and next_line.strip())
        ):
            pieces.append((seg_start, line_starts[i] - 1))
            seg_start = line_starts[i]
    pieces.append((seg_start, len(chunk)))

    spans: list[tuple[int, int]] = []
    tokenizer = punkt()
    for p_start, p_end in pieces:
        segment = chunk[p_start:p_end].replace("\n", " ")
        if not segment.strip():
            continue
        merged: list[list[int]] = []
        for s, e in _raw_spans(tokenizer, segment):
            if most is not None and len(spans) + len(merged) > most + MAX_JOINED_SENTENCES:
                break  # enough: a few beyond `most`, so joins at the cut come out as without it
            if merged and (
                _INITIAL_END.search(_tail(segment, *merged[-1]))
                or (_INITIALS.search(_tail(segment, *merged[-1])) and _LOWER_START.match(segment, s))
                or _continues_after_title(segment, merged[-1], s)
            ):
                merged[-1][1] = e
            else:
                merged.append([s, e])
        merged = _join_split_quotes(segment, _split_cjk(segment, merged))
        for s, e in merged:
            piece = segment[s:e]
            s += len(piece) - len(piece.lstrip())
            e -= len(piece) - len(piece.rstrip())
            if e > s:
                spans.append((start + p_start + s, start + p_start + e))
        if most is not None and len(spans) >= most:
            return spans[:most]
    return spans


# A run of initials (six or more) or of initials and short abbreviations (twelve or
# more) longer than any name and its titles ("J. R. R. Tolkien" has three initials,
# "Rt. Hon. Lt. Gen. J. R. Smith" six stops): a
# list, a spelled-out acronym or junk ("Gov. Sen. Rt. Hon. Lt. Gen. ..."). Punkt weighs
# every full stop in it against its neighbours, which on a long run is slow and
# yields one endless "sentence".
_INITIAL_RUN = re.compile(r"(?<![\w.])(?:(?:[A-Z]\.(?:\s+|$)){6,}+|(?:[A-Z][a-z]{0,4}\.(?:\s+|$)){12,}+)")
INITIALS_PER_SENTENCE = 10


# A full stop after a plain word (letters only, neither an abbreviation nor a
# title), then a space and a letter: Punkt with our parameters (no collocations,
# no learned case statistics) always ends a sentence there, whatever the next
# word's case or script ("... said. the", "... שלום. الرئيس"). The text is cut
# there first and Punkt reads only the pieces holding a stop it must weigh: it
# costs tens of microseconds a stop, which a text with a stop every few words
# ("Said Kim. Said Lee. ...") turns into seconds.
_SURE_END = re.compile(r"(?<![\w.'’-])([^\W\d_]{2,})\.(?=\s+[^\W\d_])")
_OTHER_STOP = re.compile(r"[.!?…。！？]")


@cache
def _not_sure_ends() -> frozenset[str]:
    return frozenset(read_lines("abbreviations.txt")) | {
        t.lower() for t in read_lines("title_abbreviations.txt")
    }


def _punkt_spans(tokenizer: PunktSentenceTokenizer, text: str) -> Iterator[tuple[int, int]]:
    pos = 0
    for end in _SURE_END.finditer(text):
        if end.group(1).lower() not in _not_sure_ends():
            yield from _chunk_spans(tokenizer, text, pos, end.end())
            pos = end.end()
    yield from _chunk_spans(tokenizer, text, pos, len(text))


def _chunk_spans(
    tokenizer: PunktSentenceTokenizer, text: str, start: int, end: int
) -> Iterator[tuple[int, int]]:
    chunk = text[start:end]
    body = chunk.strip()
    if not body:
        return
    if not _OTHER_STOP.search(body, 0, len(body) - 1):
        first = start + len(chunk) - len(chunk.lstrip())
        yield first, first + len(body)  # one sentence: no stop inside for Punkt to weigh
        return
    for s, e in tokenizer.span_tokenize(chunk):
        yield start + s, start + e


def _raw_spans(tokenizer: PunktSentenceTokenizer, segment: str) -> Iterator[tuple[int, int]]:
    """Punkt's sentence spans, with each long run of initials cut into sentences of its own."""
    pos = 0
    for run in _INITIAL_RUN.finditer(segment):
        if segment[pos : run.start()].strip():
            for s, e in _punkt_spans(tokenizer, segment[pos : run.start()]):
                yield pos + s, pos + e
        stops = [m.end() for m in re.finditer(r"\.", segment[run.start() : run.end()])]
        start = run.start()
        for k in range(INITIALS_PER_SENTENCE - 1, len(stops), INITIALS_PER_SENTENCE):
            yield start, run.start() + stops[k]
            start = run.start() + stops[k]
        if start < run.start() + stops[-1]:
            yield start, run.start() + stops[-1]
        pos = run.end()
    if segment[pos:].strip():
        for s, e in _punkt_spans(tokenizer, segment[pos:]):
            yield pos + s, pos + e


@cache
def _double_quote() -> re.Pattern[str]:
    return re.compile("[" + re.escape("".join(double_mark_hints())) + "]")


def quote_open_after(text: str, open_at_start: bool = False) -> bool:
    """Is a double quotation still open at the end of `text`?"""
    is_open = open_at_start
    hints = double_mark_hints()
    for mark in _double_quote().findall(text):
        hint = hints[mark]
        is_open = hint == "open" if hint != "either" else not is_open
    return is_open


MAX_JOINED_SENTENCES = 3
MAX_JOINED_WORDS = 70


def _join_split_quotes(segment: str, spans: list[list[int]]) -> list[list[int]]:
    """A quotation of a few sentences stays one sentence with its attribution.

    `"America has spoken. The rest should listen," she said.` and
    `He said: "Maybe. We'll see. I talk to everybody."`: Punkt ends sentences
    inside the quotation, and a piece like `He said: "Maybe.` cannot stand
    alone. When the quotation closes within a few sentences, the pieces are
    joined; a long or unclosed quotation is left split.
    """
    out: list[list[int]] = []
    k = 0
    while k < len(spans):
        start, end = spans[k]
        joined_to = k
        if quote_open_after(segment[start:end]):
            words = len(segment[start:end].split())
            for j in range(k + 1, min(len(spans), k + MAX_JOINED_SENTENCES)):
                words += len(segment[spans[j][0] : spans[j][1]].split())
                if words > MAX_JOINED_WORDS:
                    break
                if not quote_open_after(segment[start : spans[j][1]]):
                    joined_to = j
                    break
        out.append([start, spans[joined_to][1]])
        k = joined_to + 1
    return out


def _split_cjk(segment: str, spans: list[list[int]]) -> list[list[int]]:
    out: list[list[int]] = []
    for start, end in spans:
        for mark in _CJK_END.finditer(segment, start, end):
            out.append([start, mark.end()])
            start = mark.end()
        out.append([start, end])
    return out


def _in_any(start: int, end: int, spans: tuple[Span, ...]) -> bool:
    return any(sp.start <= start and end <= sp.end for sp in spans)


# Four and a half times the sentences of the longest news feature at hand (about 650; a
# 20,000-word article has about 1,100). A paste longer than that is not one article, and is
# refused (InputTooLarge "sentences") as soon as the splitter has read one sentence more, so a
# paste of a sentence every few words ("A. B. C. D. ...", "Mr. Ana said.") costs no more than a
# long article. Refused, not cut short: a briefing of the first part only would be taken for a
# briefing of the whole (issue 15).
MAX_SENTENCES = 3_000


def split_document(cleaned: CleanedText) -> Document:
    text = cleaned.text
    out: list[Sentence] = []
    for p_index, para in enumerate(cleaned.paragraphs):
        quote_open = False
        for s, e in sentence_spans(text, para.start, para.end, most=MAX_SENTENCES + 1 - len(out)):
            if len(out) == MAX_SENTENCES:
                raise InputTooLarge("sentences", size=MAX_SENTENCES + 1, limit=MAX_SENTENCES)
            sentence_text = text[s:e]
            # Inside a quotation (a multi-paragraph quote, a long one left split),
            # a sentence reads as the reporter's own words when shown alone.
            in_quote = quote_open or quote_open_after(sentence_text)
            quote_open = quote_open_after(sentence_text, quote_open)
            kind = "body"
            if _in_any(s, e, cleaned.captions):
                kind = "caption"
            elif cleaned.title and sentence_text.strip() == cleaned.title.strip():
                kind = "headline"
            elif not _TERMINAL.search(sentence_text) and len(sentence_text.split()) < 12:
                # Headlines, section labels and link text: words without a full stop.
                kind = "fragment"
            out.append(Sentence(len(out), s, e, p_index, sentence_text, kind, in_quote))
    return Document(
        text=text,
        sentences=tuple(out),
        paragraphs=cleaned.paragraphs,
        removed=cleaned.removed,
        title=cleaned.title,
        author=cleaned.author,
        published=cleaned.published,
    )


# Words of letters, with inner hyphens and apostrophes ("Kim's", "don't",
# "Guinea-Bissau"); numbers and punctuation are not words for ranking. One
# regex pass: nltk's Treebank word tokenizer runs some thirty substitutions
# per sentence and was the summary's largest cost.
_WORD_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s$", re.I)


def words(sentence: str) -> tuple[str, ...]:
    """Word tokens with letters (no punctuation, no numbers), as sumy wants them.

    A possessive "'s" is dropped ("Kim's" -> "Kim"), as nltk's tokenizer
    splits it off and sumy's stop words would drop it.
    """
    # (the test before _POSSESSIVE: most words end in no "s" after an apostrophe)
    return tuple(
        _POSSESSIVE.sub("", w) if w[-1] in "sSſ" and w[-2:-1] in "'’" else w
        for w in _WORD_TOKEN.findall(sentence)
    )


class SumyTokenizer:
    """What sumy calls a tokenizer: `to_sentences` and `to_words`, no NLTK data."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(paragraph[s:e] for s, e in sentence_spans(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return words(sentence)
