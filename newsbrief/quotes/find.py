"""Direct quotations and who said them (speakers looked up in the Cast).

Three steps, all on offsets into `Document.text` (quotations may run over
sentences and paragraphs, so nothing here works sentence by sentence):

1. Marks (quote_marks.py). Each quote mark is read as opening or closing from
   the characters around it (real pages turn curly marks the wrong way round),
   and marks are paired with a stack per paragraph, so nested quotations and
   quotations left open at a paragraph's end come out whole.
2. Speakers. Around each quotation, the nearest reporting verb ("said",
   "according to") and the phrase next to it (quote_attribution.py); the phrase
   is resolved in the Cast: name, title or pronoun mention, or a body
   (quote_speakers.py, with quote_names.py for names the Cast lacks, and
   quote_subjects.py for who a sentence is about: "the champion said"). A
   quotation with no cue of its own takes the speaker of the one before it only
   when the text carries that speaker on (quote_carry.py).
3. Ranking (quote_ranking.py). Leaders' quotations and quotations that take a
   position, threaten, agree or demand come first.

This module runs the steps: `find_quotes(doc, cast)`.
"""

from __future__ import annotations

import re

from newsbrief.model import Cast, Document, Quote, Reading
from newsbrief.quotes.attribution import Attributor
from newsbrief.quotes.carry import carry_speakers
from newsbrief.quotes.marks import (
    MIN_WORDS,
    Quoted,
    find_quotations,
    is_kept,
    is_quotation,
    paragraph_spans,
    words_in,
)
from newsbrief.quotes.ranking import score_quote, with_variety
from newsbrief.quotes.subjects import NO_ATTRIBUTION, Attribution
from newsbrief.quotes.word_lists import cue_phrases, word_class
from newsbrief.readings import read_sentences

__all__ = ["MIN_WORDS", "find_quotes", "is_quotation"]

# The words read before a quotation stop at the end of the quotation this many back, even
# when the ones between are short names for things read past ('the so-called "Blair Babes",').
_READ_PAST = 3


def _sentence_bounds(doc: Document, offset: int, p_start: int, p_end: int) -> tuple[int, int]:
    s = doc.sentence_at(offset)
    if s is None:
        return p_start, p_end
    return max(s.start, p_start), min(s.end, p_end)


def _attribute(
    doc: Document,
    cast: Cast,
    readings: tuple[Reading, ...],
    quoted: list[Quoted],
    keep: list[Quoted],
    kept: set[Quoted],
) -> list[Attribution]:
    attributor = Attributor(doc, cast, readings, quoted)
    paragraphs = paragraph_spans(doc)
    results: list[Attribution] = []
    by_quote: dict[Quoted, Attribution] = {}
    bounding = {o for o in keep if o in kept or _ends_a_clause(doc, o)}
    opens_with_words = _SentenceOpenings(doc)
    for k, q in enumerate(keep):
        p_start, p_end = paragraphs[q.paragraph]
        # The quotations just before and after bound the words read around this one
        # (a few either side suffice: only nested ones come between). A short one that
        # names a thing is read past, but never more than a few: each word is read
        # for a few quotations at most, however densely a text quotes.
        ended = sorted(
            (o.outer_end for o in keep[max(0, k - 8) : k] if o.outer_end <= q.outer_start), reverse=True
        )
        prev_end = max(
            (o.outer_end for o in keep[max(0, k - 8) : k] if o.outer_end <= q.outer_start and o in bounding),
            default=p_start,
        )
        if len(ended) >= _READ_PAST:
            prev_end = max(prev_end, ended[_READ_PAST - 1])
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
        outer = attributor.enclosing(q)
        attributor.focus(q, by_quote.get(outer) if outer is not None else None)
        if outer is not None:
            before_start = max(before_start, outer.start)
            after_end = min(after_end, outer.end)
        first, second = None, None
        if _set_off_by_dashes(doc.text, q):
            # 'X lamented her habit - "why ...?" - and voters said ...': an aside of the clause
            # before it; the words after the closing dash are another clause.
            second = attributor.before(q, before_start)
        if second is None or second.speaker is None:
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
                found = attributor.before(Quoted(q.start, q.end, pe, pe, q.paragraph, q.closed, True), ps)
        if found is None and not opens_with_words.before(q.outer_start, p_start, p_end):
            found = attributor.previous_sentence(q)
        results.append(found or NO_ATTRIBUTION)
        by_quote[q] = found or NO_ATTRIBUTION
        if found and outer is None:  # someone quoted inside a quotation is no "last speaker"
            if found.speaker:
                attributor.resolver.speakers.append((q.outer_start, found.person, found.speaker))
            elif found.cue:  # 'a spokeswoman said'
                attributor.resolver.unnamed_turns.append(q.outer_start)
    carried = carry_speakers(doc, cast, quoted, keep, results, attributor.resolver)
    return _voiced_by_quoter(keep, carried, attributor)


def _voiced_by_quoter(
    keep: list[Quoted], results: list[Attribution], attributor: Attributor
) -> list[Attribution]:
    """A quotation inside another with no cue of its own there ('"The question is, 'Ninety percent of
    what?'" said King', '"... traditional notions that, 'I better get someone like me'"') is
    spoken in the voice of the one quoted around it: that speaker says those words. One that a
    cue inside gives to someone ('he said, "..."', 'People say, "..."') keeps that reading, even
    when the cue names no one the text can resolve."""
    at = {q: k for k, q in enumerate(keep)}
    out = list(results)
    for k, q in enumerate(keep):
        outer = attributor.enclosing(q)
        if outer is None or out[k].found or out[k].speaker or outer not in at:
            continue
        around = out[at[outer]]
        if around.speaker and not _someone_else_before(q, outer, around, attributor):
            out[k] = Attribution(around.speaker, None, False, around.person)
    return out


def _someone_else_before(q: Quoted, outer: Quoted, around: Attribution, attributor: Attributor) -> bool:
    """In the quoter's sentence before q, another person acts: one the Cast names ("Gov. Smith
    comes up to me, '...'", "the President's instructions were, '...'") or "he", "they" ("he
    goes, '...'"). The words quoted after may be that one's: no one is read into them."""
    attributor.focus(q, around)
    sentence = attributor.doc.sentence_at(q.outer_start)
    start = max(outer.start, sentence.start if sentence else outer.start)
    lead = attributor.masked[start : q.outer_start]
    if any(w in word_class("third_person") for w in re.findall(r"[a-z]+", lead.lower())):
        return True
    people = attributor.resolver.cast.people
    return any(
        people[m.person].kind == "person" and people[m.person] is not around.person
        for m in attributor.resolver.index.between(start, q.outer_start)
        if m.kind != "pronoun"
    )


class _SentenceOpenings:
    """Whether words come before an offset in its sentence: where each sentence's first word
    is, found once per sentence (a long sentence with many quotations is not read again for
    each)."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.first_word: dict[tuple[int, int], int] = {}

    def before(self, offset: int, p_start: int, p_end: int) -> bool:
        start, end = _sentence_bounds(self.doc, offset, p_start, p_end)
        if (start, end) not in self.first_word:
            found = _WORD_CHARACTER.search(self.doc.text, start, end)
            self.first_word[start, end] = found.start() if found else end
        return self.first_word[start, end] < offset


_WORD_CHARACTER = re.compile(r"\w")


_DASH_BEFORE = re.compile(r"\s[\u2014\u2013-]\s*\Z")
_DASH_AFTER = re.compile(r"\s*[\u2014\u2013-]\s")


def _set_off_by_dashes(text: str, q: Quoted) -> bool:
    """A dash before the quotation and one after it, as an aside inside a sentence."""
    return bool(_DASH_BEFORE.search(text, max(0, q.outer_start - 4), q.outer_start)) and bool(
        _DASH_AFTER.match(text, q.outer_end, q.outer_end + 4)
    )


def _ends_a_clause(doc: Document, q: Quoted) -> bool:
    """A quotation before another ends the words read for its attribution when it is kept or ends
    a clause; a short name for a thing inside the sentence does not ('one of the so-called "Blair
    Babes", told')."""
    return q.end > q.start and doc.text[q.end - 1] in ",.!?"


def _names_a_source(found: Attribution) -> bool:
    """An attribution by a phrase whose speaker follows it ("according to X")."""
    return bool(found.cue) and cue_phrases().get(tuple(found.cue.lower().split())) == "after"


# --- the step ----------------------------------------------------------------------


def find_quotes(
    doc: Document,
    cast: Cast,
    readings: tuple[Reading, ...] | None = None,
    quotations: list[Quoted] | None = None,
) -> tuple[Quote, ...]:
    """Every direct quotation of 4+ words with its speaker and cue, best first. `readings` is the
    sentence record (newsbrief/readings.py) and `quotations` quotes.marks' find_quotations(doc),
    each read once for the article (read here when not given)."""
    if not doc.text:
        return ()
    quoted = find_quotations(doc) if quotations is None else list(quotations)
    if readings is None:
        readings = read_sentences(doc, cast, quoted)
    kept = {q for q in quoted if is_kept(doc, q)}
    # Short quotations are read too: '"It's heartbreaking," Ryan said. "And this country ..."'
    # passes Ryan on to the quotation after it, and "he" later in the story may be Ryan.
    spoken = [q for q in quoted if q in kept or q.closed and words_in(doc.text[q.start : q.end])]
    attributions = _attribute(doc, cast, readings, quoted, spoken, kept)
    out = []
    for q, a in zip(spoken, attributions, strict=True):
        if q not in kept:
            continue
        text = doc.text[q.start : q.end]
        out.append(Quote(text, a.speaker, a.cue, score_quote(q, text, a, len(doc.text)), q.start, q.end))
    return with_variety(_without_repeats(out))


def _without_repeats(quotes: list[Quote]) -> list[Quote]:
    """One entry per quoted text: pages repeat a quotation in a caption or a pull quote.

    The copy that names its speaker is kept, else the first."""
    kept: dict[str, Quote] = {}
    for quote in quotes:
        key = " ".join(quote.text.split()).casefold()
        if key not in kept or (kept[key].speaker is None and quote.speaker is not None):
            kept[key] = quote
    chosen = set(kept.values())
    return [quote for quote in quotes if quote in chosen]
