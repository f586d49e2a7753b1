"""Step 1 of the Cast: titles and names as the text writes them.

titles.find_titles reads every title (with its state, body or owner); organisations and bodies
(ministries, named documents) are found; names.name_runs finds the runs of name words outside
country names, titles, bylines and credits; a title word read as a given name opens a name
("Amir Khan Muttaqi").

A "sentence" longer than SENTENCE_READ characters (no news sentence is: the corpora's longest is
about 700) is read for titles and names in its first SENTENCE_READ characters only, so a paste
with no full stop is not read word by word to its end (issue 15).
"""

from __future__ import annotations

import re

from newsbrief import places
from newsbrief.cast.bodies import body_pattern
from newsbrief.cast.credits import inside_spans
from newsbrief.cast.drafts import CastDraft
from newsbrief.cast.names import NameRun, candidate_words, name_runs
from newsbrief.cast.title_table import organisations
from newsbrief.cast.titles import TitleContext, find_titles, org_pattern

SENTENCE_READ = 20_000


def readable_ranges(draft: CastDraft) -> tuple[tuple[int, int], ...] | None:
    """The stretches read for titles and names: the whole text (None) unless a sentence is longer
    than SENTENCE_READ, whose tail is then left out."""
    sentences = draft.doc.sentences
    if all(s.end - s.start <= SENTENCE_READ for s in sentences):
        return None
    ranges, pos = [], 0
    for s in sentences:
        if s.end - s.start > SENTENCE_READ:
            ranges.append((pos, s.start + SENTENCE_READ))
            pos = s.end
    ranges.append((pos, len(draft.text)))
    return tuple((a, b) for a, b in ranges if b > a)


def titles_and_names(draft: CastDraft) -> None:
    """Fill the draft's orgs, body_matches, ctx, titles, title_at, owned and runs."""
    doc, text = draft.doc, draft.text
    blocked = [(m.start, m.end) for m in draft.country_mentions] + places.place_word_spans(text)
    orgs = [
        (m.start(), m.end(), organisations()[re.sub(r"^the\s+", "", m.group(0))])
        for m in org_pattern().finditer(text)
    ]
    draft.orgs = orgs
    blocked += [(s, e) for s, e, _ in orgs]
    draft.body_matches = list(body_pattern().finditer(text))
    ctx = TitleContext(
        body_at_end={m.end("body"): m.start() for m in draft.body_matches},
        doc=doc,
        country_at_end={m.end: m for m in draft.country_mentions},
        country_at_start={m.start: m for m in draft.country_mentions},
        org_at_end={e: (s, o) for s, e, o in orgs},
        org_at_start={s: (e, o) for s, e, o in orgs},
        ranges=readable_ranges(draft),
    )
    draft.ctx = ctx
    titles = find_titles(ctx)
    draft.titles = titles
    draft.title_at = {t.start: t for t in titles}
    draft.owned = {m.start for t in titles if t.country for m in draft.country_mentions_in(t.start, t.end)}
    blocked += [(t.title_start, max(t.title_end, t.end)) for t in titles]
    blocked.sort()
    words = candidate_words(text, ctx.ranges)
    runs = [r for r in name_runs(text, words, blocked) if not inside_spans(draft.credits, r.start, r.end)]
    draft.runs = _given_name_titles(draft, runs)
    _drop_states_inside_names(draft)


def _drop_states_inside_names(draft: CastDraft) -> None:
    """A capital inside a leader's name ("Miguel de la Madrid", names.name_runs) names no state.
    Runs and mentions are both in text order: one walk over the two."""
    runs = sorted((r.start, r.end) for r in draft.runs)
    kept, k = [], 0
    for m in draft.country_mentions:
        while k < len(runs) and runs[k][1] <= m.start:
            k += 1
        if not (k < len(runs) and runs[k][0] <= m.start and m.end <= runs[k][1]):
            kept.append(m)
    if len(kept) != len(draft.country_mentions):
        draft.set_country_mentions(tuple(kept))


def _given_name_titles(draft: CastDraft, runs: list[NameRun]) -> list[NameRun]:
    """ "Afghanistan's acting foreign minister, Amir Khan Muttaqi,", "Amir Khan said": a title
    word find_titles read as a given name (TitleContext.given_name_starts) opens the name."""
    out = []
    for run in runs:
        m = _GIVEN_NAME_TITLE_BEFORE.search(draft.text, max(0, run.start - 24), run.start)
        if m and m.start(1) in draft.ctx.given_name_starts:
            run = NameRun(m.start(1), run.end, (m.group(1), *run.tokens), run.possessive)
        out.append(run)
    return out


_GIVEN_NAME_TITLE_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)[ \t]+$")
