"""Readings: one record per sentence, read once after the Cast (model.Reading).

What a sentence says about its own shape, so that no consumer works it out again:

- where its leading phrase ends: a sentence opening with a preposition, an adverb or a
  conjunction of time (data/pronoun_words.tsv `opener`: "After talks in Rome, ...", "While
  in Paris, ...") or a participle of more than five letters ("Speaking in London, ...")
  has a leading phrase up to its first comma outside quotation marks ('"If we lose, ..."
  Miller said' opens with Miller: the first word is read outside quotations); "King",
  "Ring" are no participles. With no comma within `LEAD_WINDOW` characters of that word
  there is no leading phrase we can bound ("After the vote Smith resigned": Smith);
- its subject, the one rule of the engine (`subject_mention`): the first person named
  outside quotation marks, past the leading phrase, not a possessive ("X's office", which
  is kept as the owner in case no one else is named) and not right after a preposition, a
  conjunction or an object-taking verb ("with X", "and X", "told X"; pronoun_words.tsv
  `object_cue`); a subject pronoun ("he", "she") is a subject too. Of a whole sentence
  whose last main clause opens with a person ("..., but McIlroy is unfazed"), that person;
- its quotation spans (quotes.marks finds them, once for the article);
- its reporting verbs outside quotations (data/reporting_verbs.txt; not after "the", "a").

The Cast is built before the record, so the Cast's own steps (pronoun links) call
`leading_phrase_end` and `subject_mention` on the draft's mentions; `read_sentences` calls
them on the finished Cast's. Every rule reads a bounded window around its point, so a
"sentence" of 20,000 words is not read again for each name in it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import cache

from newsbrief import lexicon
from newsbrief.cast.names import honorifics
from newsbrief.model import Cast, Document, Reading, Sentence, Span
from newsbrief.quotes.marks import Quoted, find_quotations

# A mention as the Cast holds it while it is built and after: start, end, person, kind.
MentionTuple = tuple[int, int, int, str]

PRONOUN_WORDS = "pronoun_words.tsv"

# A leading phrase ends at a comma within this many characters of the sentence's start.
LEAD_WINDOW = 300

_FIRST_WORD = re.compile(r"[\W_]*([A-Za-z]+)")
_ANY_WORD = re.compile(r"\w")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[\s,]*\Z")
# "..., but McIlroy is", "; X said": a later main clause opening with a name and its verb.
_JOINT_BEFORE = re.compile(r"(?:,[ \t]*([A-Za-z]+)|(;)|[ \t]+(but))[ \t]+\Z")
_JOINT_WINDOW = 40
_VERB_AFTER = re.compile(r"[ \t]+(?:also[ \t]+|then[ \t]+|has[ \t]+|had[ \t]+|is[ \t]+|was[ \t]+)?[a-z]+")
# "X's office", and "Sanders’ campaign manager": a name in -s takes a bare mark before a noun.
_WORD_AND_HONORIFIC_BEFORE = re.compile(r"([A-Za-z]+)[\s,]+([A-Z][a-z]{0,5})\.?[ \t]+\Z")
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b|(?<=[sS])['’](?=[ \t]+[a-z])")
_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")


@cache
def pronoun_words(kind: str) -> frozenset[str]:
    """One kind of data/pronoun_words.tsv: "opener", "object_cue", "subject", "clause_joint", ..."""
    return lexicon.word_set(PRONOUN_WORDS, kind)


def opens_with_phrase(
    text: str, sentence: Sentence, quoted: QuotedText | None = None
) -> re.Match[str] | None:
    """The sentence's first word outside quotation marks when it opens a leading phrase (see the
    module docstring): '"If we lose, ..." Miller said' opens with Miller, not with "If"."""
    pos = sentence.start
    while True:
        first = _FIRST_WORD.match(text, pos, sentence.end)
        if first is None:
            return None
        inside = quoted.around(first.start(1)) if quoted is not None else None
        if inside is None:
            break
        pos = inside.end
    word = first.group(1)
    if word.lower() in pronoun_words("opener"):
        return first
    # "Speaking in London, ..." opens a phrase; "Fleming, who met ..." and "Manning, a former
    # soldier, ..." open with a surname in -ing, which a comma follows at once.
    if word.endswith("ing") and len(word) > 5 and not text.startswith(",", first.end()):
        return first
    return None


def quotation_spans(quotations: Sequence[Quoted]) -> list[Span]:
    """The quotations' spans, marks included, in text order."""
    return sorted((Span(q.outer_start, q.outer_end) for q in quotations), key=lambda s: (s.start, s.end))


class QuotedText:
    """Where the article's quotations are (their marks included): the union of their spans, so
    "is this offset quoted?" is one binary search however many quotations nest."""

    def __init__(self, quotations: Sequence[Quoted]):
        self.spans = quotation_spans(quotations)
        merged: list[list[int]] = []
        for span in self.spans:
            if merged and span.start < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], span.end)
            else:
                merged.append([span.start, span.end])
        self._union = [Span(s, e) for s, e in merged]
        self._union_starts = [s for s, _ in merged]
        self._starts = [s.start for s in self.spans]
        self._longest = max((s.end - s.start for s in self.spans), default=0)

    def around(self, at: int) -> Span | None:
        """The stretch of quoted text holding `at`, if any."""
        k = bisect_left(self._union_starts, at + 1) - 1
        return self._union[k] if k >= 0 and at < self._union[k].end else None

    def within(self, start: int, end: int) -> list[Span]:
        """The quotations overlapping [start, end), in text order."""
        lo, hi = bisect_left(self._starts, start - self._longest), bisect_left(self._starts, end)
        return [s for s in self.spans[lo:hi] if s.end > start]


NO_QUOTATIONS = QuotedText(())


def leading_phrase_end(text: str, sentence: Sentence, quoted: QuotedText = NO_QUOTATIONS) -> int:
    """Where the sentence's leading phrase ends (past its comma and spaces); its start if it has
    none, or if the phrase's comma is not within LEAD_WINDOW characters."""
    first = opens_with_phrase(text, sentence, quoted)
    if first is None:
        return sentence.start
    limit = min(sentence.end, first.start() + LEAD_WINDOW)
    pos = first.end()
    while True:
        comma = text.find(",", pos, limit)
        if comma < 0:
            return sentence.start  # no comma near: no leading phrase we can bound
        inside = quoted.around(comma)
        if inside is None:
            break
        pos = inside.end  # a comma inside a quotation ends no leading phrase
    end = comma + 1
    while end < sentence.end and text[end] in " \t":
        end += 1
    return end


def _last_clause_subject(
    text: str, sentence: Sentence, mentions: Sequence[MentionTuple]
) -> MentionTuple | None:
    found = None
    for start, stop, idx, kind in mentions:
        joint = _JOINT_BEFORE.search(text, max(sentence.start, start - _JOINT_WINDOW), start)
        if (
            joint
            and next(g for g in joint.groups() if g).lower() in pronoun_words("clause_joint") | {";"}
            and kind in ("name", "title")
            and _VERB_AFTER.match(text, stop)
        ):
            found = (start, stop, idx, kind)
    return found


def subject_mention(
    text: str,
    sentence: Sentence,
    mentions: Sequence[MentionTuple],
    lead_end: int,
    limit: int | None = None,
) -> MentionTuple | None:
    """The mention of the person the sentence (up to `limit`) is about, by the one subject rule
    (module docstring).

    `mentions` are the sentence's mentions of people (not bodies) outside quotation marks, in
    text order (the draft's or the Cast's: whom a mention means is resolved before);
    `lead_end` is `leading_phrase_end` of the sentence."""
    if limit is None:
        last = _last_clause_subject(text, sentence, mentions)
        if last is not None:
            return last
    end = sentence.end if limit is None else limit
    first_word = _ANY_WORD.search(text, sentence.start, sentence.end)
    owner = None
    objects: set[int] = set()
    for start, stop, idx, kind in mentions:
        if start < lead_end or start >= end:
            continue
        before = _WORD_BEFORE.search(text, max(sentence.start, start - 24), start)
        titled = _WORD_AND_HONORIFIC_BEFORE.search(text, max(sentence.start, start - 30), start)
        if before is None and titled is not None and titled.group(2) in honorifics():
            before = titled  # "asked Mrs. Clinton": the word before the honorific
        cue = (
            start != lead_end  # "As he has before, Cruz ...": the word before ends the leading phrase
            and before is not None
            and before.group(1).lower() in pronoun_words("object_cue")
            and first_word is not None
            and first_word.start() < before.start()  # not "And he said"
        )
        if idx in objects or cue:
            objects.add(idx)  # and "of Aung San, the Burmese leader": the apposition too
            continue
        if (
            kind == "possessive"
            or _POSSESSIVE_AFTER.match(text, stop, stop + 3)
            or (kind == "pronoun" and text[start:stop].lower() not in pronoun_words("subject"))
        ):
            owner = (start, stop, idx, kind) if owner is None else owner  # "His audio was ...", "X's office"
            continue
        return (start, stop, idx, kind)
    # "Mr. Obama's bet is that ...": with no person as the subject, the first owner named.
    return owner


def _reporting_verbs(text: str, sentence: Sentence, quoted: QuotedText) -> tuple[Span, ...]:
    found = []
    previous = ""
    for m in _WORD.finditer(text, sentence.start, sentence.end):
        word = m.group().lower()
        if (
            word in lexicon.reporting_verb_forms()
            and previous not in ("the", "a", "an")
            and not quoted.around(m.start())
        ):
            found.append(Span(m.start(), m.end()))
        previous = word
    return tuple(found)


def read_sentences(
    doc: Document, cast: Cast, quotations: Sequence[Quoted] | None = None
) -> tuple[Reading, ...]:
    """One Reading per sentence of `doc`, in order. `quotations` are quotes.marks'
    find_quotations(doc), found once for the article (found here if not given)."""
    text = doc.text
    quoted = QuotedText(find_quotations(doc) if quotations is None else quotations)
    people = cast.people
    out = []
    for sentence in doc.sentences:
        lead_end = leading_phrase_end(text, sentence, quoted)
        named = [
            (m.start, m.end, m.person, m.kind)
            for m in cast.mentions_in(sentence.start, sentence.end)
            if m.start >= sentence.start and people[m.person].kind == "person" and not quoted.around(m.start)
        ]
        subject = subject_mention(text, sentence, named, lead_end)
        out.append(
            Reading(
                index=sentence.index,
                start=sentence.start,
                end=sentence.end,
                lead_end=lead_end,
                subject=Span(subject[0], subject[1]) if subject else None,
                subject_person=subject[2] if subject else None,
                quotations=tuple(
                    Span(max(q.start, sentence.start), min(q.end, sentence.end))
                    for q in quoted.within(sentence.start, sentence.end)
                ),
                reporting_verbs=_reporting_verbs(text, sentence, quoted),
            )
        )
    return tuple(out)
