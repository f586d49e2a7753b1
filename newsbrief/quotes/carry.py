"""Speakers carried on: a quotation with no cue of its own keeps the speaker of the one before it."""

from __future__ import annotations

import re

from newsbrief.model import Cast, Document, Mention
from newsbrief.quotes.marks import Quoted, paragraph_spans
from newsbrief.quotes.speakers import SpeakerResolver
from newsbrief.quotes.subjects import Attribution
from newsbrief.quotes.word_lists import speaker_pronouns


def _named(cast: Cast, resolver: SpeakerResolver, m: Mention) -> str | None:
    """Who a mention names; a pronoun by our own reading ("He didn't ..." after Obama spoke)."""
    if m.kind == "pronoun":
        word = resolver.text[m.start : m.end].lower()
        if word in speaker_pronouns():
            # whether "He" goes on with the speaker is the text's to say, not the Cast's guess
            return resolver.pronoun(word, m.start, linked=False).speaker
    return cast.people[m.person].name


def _inside_any(offset: int, resolver: SpeakerResolver) -> bool:
    """The offset (a word's first character) lies inside a quotation: blanked in the masked text."""
    return resolver.masked[offset] == "\u2007"


def carry_speakers(
    doc: Document,
    cast: Cast,
    quoted: list[Quoted],
    keep: list[Quoted],
    results: list[Attribution],
    resolver: SpeakerResolver,
) -> list[Attribution]:
    """A quotation with no cue of its own keeps the speaker of the one before it when the text carries on.

    That is: it continues a quotation left open, or it follows the previous
    quotation in the same paragraph, or it is a paragraph of quotation right
    after a quoted speaker's paragraph, with no other person named in between.
    """
    out = list(results)
    index = resolver.index  # the resolver's, built once for the article
    top = 0  # the last quotation not nested inside another: one quoted inside it is no speaker's turn
    for k in range(1, len(keep)):
        q, p = keep[k], top
        if keep[top].outer_end <= q.outer_start:
            top = k
        prev = keep[p]
        if out[k].speaker or not out[p].speaker:
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
                if cast.people[m.person].name != out[p].speaker and not _inside_any(m.start, resolver)
            ]
            if not named:
                out[k] = Attribution(out[p].speaker, out[k].cue, True, out[p].person)
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
        speaker = out[p].speaker
        others = [
            m
            for m in index.between(max(gap_start, after_attribution), gap_end)
            if cast.people[m.person].kind == "person"
            and not _inside_any(m.start, resolver)
            and _named(cast, resolver, m) != speaker
        ]
        if others and not q.continues:
            continue
        out[k] = Attribution(out[p].speaker, out[k].cue, False, out[p].person)
    _fill_runs_before_attribution(doc, cast, keep, out)
    # A quotation left open whose continuation (next paragraph) names the speaker.
    for k in range(len(keep) - 2, -1, -1):
        q = keep[k]
        j = next((j for j in range(k + 1, min(len(keep), k + 9)) if keep[j].outer_start >= q.outer_end), None)
        if j is None or out[k].speaker or q.closed or not keep[j].continues or not out[j].speaker:
            continue
        out[k] = Attribution(out[j].speaker, out[k].cue, out[k].found, out[j].person)
    return out


def _fill_runs_before_attribution(
    doc: Document, cast: Cast, keep: list[Quoted], out: list[Attribution]
) -> None:
    """'"It hurts." / "It was my mistake." / "I lost because of what I did," said Greer.': paragraphs
    that are one quotation each, with no attribution, run on to a paragraph whose quotation is
    attributed after it; all are that speaker's. Only when nothing but quotation stands between."""
    spans = paragraph_spans(doc)

    def only_quotation(q: Quoted) -> bool:
        p_start, p_end = spans[q.paragraph]
        return q.outer_start == p_start and not re.search(r"\w", doc.text[q.outer_end : p_end])

    def named_after(q: Quoted, said: Attribution) -> bool:
        """'"...," said Greer.': the speaker named by name (not "he") after the quotation."""
        p_start, p_end = spans[q.paragraph]
        if q.outer_start != p_start or not said.speaker:
            return False
        if said.person is None:
            return said.speaker.split()[-1] in doc.text[q.outer_end : p_end]
        return any(
            m.kind != "pronoun" and cast.people[m.person] is said.person
            for m in cast.mentions_in(q.outer_end, p_end)
        )

    for k in range(len(keep) - 2, -1, -1):
        q, nxt = keep[k], keep[k + 1]
        if out[k].speaker or out[k].found or not out[k + 1].speaker or q.continues:
            continue
        if nxt.paragraph != q.paragraph + 1 or not only_quotation(q):
            continue
        if not (named_after(nxt, out[k + 1]) and out[k + 1].found) and not (
            only_quotation(nxt) and not out[k + 1].found
        ):
            continue
        out[k] = Attribution(out[k + 1].speaker, None, False, out[k + 1].person)
