"""Step 3 of the Cast: people from the runs of name words.

Full names first (short and long forms of one name fold together, matching.py), then one-word
names with a title or honorific ("President Suharto", "Mr Blair"), then bare short forms
("Yoon") that fold into a person, or are one with evidence ("X said"); title-case lines
(headlines) only name people the body names. A title anchored to a run (step 2) gives its
person the office, state or body.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsbrief import lexicon, places
from newsbrief.cast.drafts import CastDraft
from newsbrief.cast.matching import add_form, generation_before, match_full, match_short, new_person
from newsbrief.cast.names import (
    NAME_GAP,
    NameRun,
    family_first,
    fold_name,
    honorifics,
    name_particles,
    reporting_after,
    reporting_before,
    sentence_starters,
)
from newsbrief.cast.offices import give_title
from newsbrief.cast.sentence_offices import ADMINISTRATION
from newsbrief.cast.title_table import TitleInfo
from newsbrief.cast.titles import POSSESSIVE_BEFORE, TitleContext, TitleHit, right_of, us_state_after


def people_from_runs(draft: CastDraft) -> None:
    ctx, anchored = draft.ctx, draft.anchored
    assert ctx is not None
    runs = draft.runs
    draft.mid_sentence_firsts = {r.tokens[0] for r in runs if len(r.tokens) > 1 and not _opens(draft, r)}
    runs = [_drop_opener(draft, r, anchored) for r in runs]
    headline = [r for r in runs if _in_headline(draft, r)]
    runs = [r for r in runs if not _in_headline(draft, r)]
    multi = [r for r in runs if len(r.tokens) > 1]
    single = [r for r in runs if len(r.tokens) == 1]
    for run in multi:
        idx = match_full(draft, run)
        if idx is None:
            idx = new_person(draft, run)
        gender = _honorific_before(draft, run)[1]
        if gender and not draft.people[idx].gender:
            draft.people[idx].gender = gender  # "Ms. Ana Kowal": "she" may mean her, "he" not
        _take_run(draft, ctx, idx, run, anchored.get(run.start), "")
    pending: list[NameRun] = []
    for run in single:
        hit = anchored.get(run.start)
        hon, gender = _honorific_before(draft, run)
        if hit is None and not hon:
            pending.append(run)
            continue
        idx = match_short(draft, run.tokens[0], run.start, gender, hit[0] if hit else None)
        if idx is None:
            idx = new_person(draft, run)
        if gender:
            draft.people[idx].gender = gender
        _take_run(draft, ctx, idx, run, hit, hon)
    for run in pending:
        idx = match_short(draft, run.tokens[0], run.start, generation=generation_before(draft, run.start))
        if idx is None:
            if not _has_speech_evidence(draft, run):
                continue
            idx = new_person(draft, run)
            draft.people[idx].evidence += 1
        add_form(draft, idx, run)
    for run in headline:
        parts = _known_parts(draft, run)
        for idx, part in parts:
            add_form(draft, idx, part)
        hit = anchored.get(run.start)
        if hit is not None and len(parts) == 1 and parts[0][1].start == run.start:
            give_title(draft, draft.people[parts[0][0]], hit[0])


def _take_run(
    draft: CastDraft,
    ctx: TitleContext,
    idx: int,
    run: NameRun,
    hit: tuple[TitleHit, str] | None,
    honorific: str,
) -> None:
    p = draft.people[idx]
    if hit is not None and hit[1] == "apposition":
        hit = (_with_joined_state(draft, hit[0]), hit[1])
    if hit is not None:
        give_title(draft, p, hit[0])
        p.evidence += 1
        if hit[0].country is None and hit[0].organization is None:
            # "Foreign Minister X of Y"
            _, of_country, of_org = right_of(ctx, run.end)
            if not (of_country or of_org) and us_state_after(draft.text, run.end, hit[0].title):
                of_country = "US"  # "Senator Lindsey Graham of South Carolina"
            if of_country and not of_org:
                p.country, p.country_from_text = of_country, True
            elif of_org:
                give_title(draft, p, replace(hit[0], organization=of_org, country=of_country))
    if honorific:
        p.evidence += 1
    if hit is None and p.country is None:
        before = POSSESSIVE_BEFORE.search(draft.text[max(0, run.start - 4) : run.start])
        if before:
            cm = ctx.country_at_end.get(run.start - len(before.group(0)))
            if cm is not None and cm.kind in ("name", "capital"):
                p.country, p.country_from_text = cm.code, True  # "Brazil's Lula", "India's Narendra Modi"
                p.placed_at = run.start
        rank = _STATE_RANK_BEFORE.search(draft.text, max(0, run.start - 40), run.start)
        if rank and p.title is None and rank.group(2) in lexicon.word_set(lexicon.TITLE_WORDS, "rank"):
            # "Burkina Faso's Captain Ibrahim Traore": a state's officer, named by rank.
            cm = ctx.country_at_end.get(rank.start(1) + len(rank.group(1)))
            if cm is not None and cm.kind in ("name", "demonym"):
                info = TitleInfo(rank.group(2).rstrip("."), "office", None, False)
                give_title(
                    draft,
                    p,
                    TitleHit(
                        rank.start(),
                        run.start,
                        rank.start(2),
                        rank.end(2),
                        info,
                        info.title,
                        cm.code,
                        None,
                        None,
                    ),
                )
                p.country, p.country_from_text = cm.code, True
    form = f"{honorific} {run.text}" if honorific and len(run.tokens) == 1 else None
    if form is None and hit is not None and hit[1] == "before" and len(run.tokens) == 1:
        written = draft.text[hit[0].title_start : hit[0].title_end]
        if written[:1].isupper() and NAME_GAP.fullmatch(draft.text[hit[0].title_end : run.start]):
            form = f"{written} {run.text}"  # "President Bush", an alias as the article writes it
    add_form(draft, idx, run, form=form)
    if hit is not None and hit[1] == "apposition" and hit[0].start > run.end:
        # "Wang Yi, ... and Chinese foreign minister, met": the office next to the verb is him too.
        draft.mentions.append((hit[0].start, hit[0].end, idx, "title"))


def _with_joined_state(draft: CastDraft, t: TitleHit) -> TitleHit:
    """ "X, Vice President and Prime Minister of the UAE and Ruler of Dubai,": offices joined by
    "and" in one appositive are of the state the next one names."""
    if t.country or t.organization:
        return t
    end = t.end
    for _ in range(3):
        joined = re.match(r"[ \t]+and[ \t]+", draft.text[end : end + 8])
        nxt = draft.title_at.get(end + joined.end()) if joined else None
        if nxt is None or nxt.organization:
            return t
        if nxt.country:
            return replace(t, country=nxt.country)
        end = nxt.end
    return t


def _honorific_before(draft: CastDraft, run: NameRun) -> tuple[str, str]:
    m = re.search(r"(?<![\w])([A-Z][a-z]{1,7})\.?[ \t]+$", draft.text[max(0, run.start - 12) : run.start])
    if m and m.group(1) in honorifics():
        return m.group(0).strip(), honorifics()[m.group(1)]
    return "", ""


def _in_headline(draft: CastDraft, run: NameRun) -> bool:
    sentence = draft.doc.sentence_at(run.start)
    return sentence is not None and sentence.kind in ("headline", "fragment")


def _drop_opener(draft: CastDraft, run: NameRun, anchored: dict[int, tuple[TitleHit, str]]) -> NameRun | None:
    """ "Like Corker, ...", "Visiting Brazilian ...": an ordinary word opening the
    sentence is not the first name of the person after it."""
    if len(run.tokens) == 1 or run.start in anchored or not _looks_like_non_person(draft, run):
        return run
    second = draft.text.find(run.tokens[1], run.start + len(run.tokens[0]))
    return NameRun(second, run.end, run.tokens[1:], run.possessive)


def _known_parts(draft: CastDraft, run: NameRun) -> list[tuple[int, NameRun]]:
    """The people a title-case line names: the whole run if known, else its known words."""
    idx = match_full(draft, run) if len(run.tokens) > 1 else None
    if idx is not None and {fold_name(t) for t in run.tokens} <= draft.people[idx].folded():
        return [(idx, run)]
    parts = []
    pos = run.start
    for token in run.tokens:
        at = draft.text.find(token, pos)
        pos = at + len(token)
        idx = match_short(draft, token, at)
        if idx is not None:
            parts.append((idx, NameRun(at, pos, (token,), run.possessive and pos == run.end)))
    return parts


def _opens(draft: CastDraft, run: NameRun) -> bool:
    sentence = draft.doc.sentence_at(run.start)
    return sentence is not None and not re.search(r"\w", draft.text[sentence.start : run.start])


def _looks_like_non_person(draft: CastDraft, run: NameRun) -> bool:
    # A first word that is an ordinary sentence opener ("Visiting", "Critics").
    if _opens(draft, run):
        first = run.tokens[0]
        if first in family_first() or first in draft.mid_sentence_firsts or first.lower() in name_particles():
            return False  # "Von der Leyen said" opens with her name
        if len(first) > 5 and first.endswith("ing"):
            return True  # "Visiting Brazilian President ...", "Speaking in London, ..."
        return first.lower() in draft.lower_words or first.lower() in sentence_starters()
    return False


def _has_speech_evidence(draft: CastDraft, run: NameRun) -> bool:
    if run.tokens[0] in places.surfaces():
        return False  # "Georgia said" (a state, even when it is not a country here)
    after = draft.text[run.end : run.end + 30]
    if ADMINISTRATION.match(after):
        return True  # "the Obama administration"
    before = draft.text[max(0, run.start - 30) : run.start]
    if reporting_after().match(after) or reporting_before().search(before):
        return run.tokens[0].lower() not in draft.lower_words
    return False


# "Burkina Faso's Captain ", "Malian Colonel ": a state, then a military rank, before a name.
_STATE_RANK_BEFORE = re.compile(r"((?:[A-Z][\w-]*[ \t]+)*[A-Z][\w-]*)(?:['’]s)?[ \t]+([A-Z][a-z]+\.?)[ \t]+$")
