"""Step 2 of the Cast: titles anchored to names.

A title before a name ("Japanese Prime Minister Fumio Kishida", "Democratic Sens. A of New
York, B and C"), in apposition after it ("X, the Brazilian president,", "X, a member of ... and
Chinese foreign minister,") or before it with a comma ("the Brazilian president, Lula,"); two
cabinet posts joined by "and" share the first one's state. Titles next to no name are kept as
title references for step 6 (title_refs.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsbrief.cast.drafts import CastDraft
from newsbrief.cast.leader_states import location_before, source_verb
from newsbrief.cast.names import NameRun, after_home_state, honorific_gap
from newsbrief.cast.title_compare import is_cabinet_post
from newsbrief.cast.titles import TO_AFTER, TitleHit, skip_space_back
from newsbrief.model import CountryMention


def title_anchors(draft: CastDraft) -> None:
    """Fill the draft's anchored (run start -> title, how) and title_refs (titles next to no name)."""
    titles, runs = draft.titles, draft.runs
    run_at = {r.start: r for r in runs}
    runs_by_end = {r.end: r for r in runs}
    anchored: dict[int, tuple[TitleHit, str]] = {}  # run start -> title hit, how
    for t in titles:
        for run in _names_after_title(draft, t, run_at):
            anchored.setdefault(run.start, (t, "before"))
    _share_states(draft, anchored, run_at)
    anchoring = {id(v[0]) for v in anchored.values()}
    title_at = {t.start: t for t in titles}
    for t in titles:
        if id(t) in anchoring:
            continue
        run = _name_before_title(draft, t, runs_by_end)
        if run is not None and _outranks(t, anchored.get(run.start)):
            anchored[run.start] = (t, "apposition")
            continue
        run = _name_after_comma(draft, t, run_at)
        if run is not None and _outranks(t, anchored.get(run.start)):
            anchored[run.start] = (t, "apposition")
            continue
        run = _name_after_joined_titles(draft, t, title_at, run_at)
        if run is not None and _outranks(t, anchored.get(run.start)):
            anchored[run.start] = (t, "apposition")
            continue
        draft.title_refs.append((t, None))
    draft.anchored = anchored


def _share_states(
    draft: CastDraft, anchored: dict[int, tuple[TitleHit, str]], run_at: dict[int, NameRun]
) -> None:
    """ "Indonesian Foreign Minister Sugiono and Defence Minister Sjafrie": two different
    cabinet posts joined by "and" share the state written before the first. (Heads are not
    joined so: "Japanese Prime Minister Ishiba and President Lee" are of two states.)"""
    for start, (t, how) in sorted(anchored.items()):
        if how != "before" or t.country or t.organization or not is_cabinet_post(t.title):
            continue
        joined = re.search(r"(?<![\w])and[ \t]+$", draft.text[max(0, t.start - 8) : t.start])
        if not joined:
            continue
        end = t.start - len(joined.group(0))
        end = skip_space_back(draft.text, end)
        first = next(
            (
                hit
                for s, (hit, h) in anchored.items()
                if h == "before" and run_at.get(s) is not None and run_at[s].end == end
            ),
            None,
        )
        if (
            first is not None
            and first.country
            and is_cabinet_post(first.title)
            and first.title.lower() != t.title.lower()
        ):
            anchored[start] = (replace(t, country=first.country), how)


def _names_after_title(draft: CastDraft, t: TitleHit, run_at: dict[int, NameRun]) -> list[NameRun]:
    text = draft.text
    end = t.end
    to = TO_AFTER.match(text, end)
    if to and t.info.kind == "office":
        # "ambassador to the United Nations Nikki Haley", "envoy to China X"
        target = draft.ctx.country_at_start.get(to.end()) or draft.ctx.org_at_start.get(to.end() - 4)
        target = target or draft.ctx.org_at_start.get(to.end())
        if isinstance(target, CountryMention):
            end = target.end
        elif target:
            end = target[0]
    acronym = _ACRONYM_AFTER.match(text, end)
    if acronym and (t.organization or t.country):
        end = acronym.end()  # "the Director-General of the World Health Organisation (WHO), Dr X"
    gap = honorific_gap().match(text[end : end + 30])
    pos = end + (gap.end() if gap else 0)
    if pos == end:
        return []
    run = run_at.get(pos)
    if run is None and text[pos : pos + 1] == "(":
        inner = run_at.get(pos + 1)
        if inner is not None and ")" in text[inner.start : inner.end]:
            run = inner  # "Prime Minister (Brian) Mulroney": names.py reads the bracketed given name in
    rank = draft.title_at.get(pos) if run is None and (t.country or t.organization) else None
    if (
        rank is not None
        and not (rank.country or rank.organization)
        and re.fullmatch(r",?[ \t]+", text[end:pos])
    ):
        # "Niger's ruler General Abdourahamane Tiani": the office with the state, then a rank.
        gap = honorific_gap().match(text[rank.end : rank.end + 30])
        run = run_at.get(rank.end + (gap.end() if gap else 0)) if gap and gap.end() else None
    of_body = bool(t.organization) and t.end > t.title_end  # "the Director-General of the WHO, X"
    if text[end : end + 1] == "," and not (
        (t.info.bare or t.named_body or of_body)
        and (
            t.country
            or t.organization
            or t.owner_pronoun
            or t.named_body
            or re.search(r"\bthe[ \t]+$", text[t.start - 5 : t.start], re.I)
        )
    ):
        # "the Brazilian president, Lula," but not "division vice president, Nissan Sales". A
        # capitalised title opening its sentence with the name set off by commas is the
        # Nigerian and South Asian style: "Foreign Affairs Minister, Geoffrey Onyeama, said".
        opens = not re.search(r"\w", text[draft.sentence_start(t.start) : t.start])
        if not (
            opens
            and text[t.title_start].isupper()
            and t.info.kind in ("head", "office")
            and run is not None
            and len(run.tokens) > 1
            and re.match(r",[ \t]+[a-z]", text[run.end : run.end + 4])  # ", said", not ", Tom Hill"
        ):
            return []
    if run is None or (t.info.plural and len(run.tokens) < 2):
        return []  # "Lawmakers Parents ...": a plural title names a list of full names
    found = [run]
    if t.info.plural:
        pos = run.end
        while True:
            after = after_home_state(draft.text, pos)
            m = re.match(r"(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)", text[after : after + 10])
            if not m:
                break
            nxt = run_at.get(after + m.end())
            if nxt is None:
                break
            found.append(nxt)
            pos = nxt.end
    return found


def _name_before_title(draft: CastDraft, t: TitleHit, runs_by_end: dict[int, NameRun]) -> NameRun | None:
    """ "Lula, the Brazilian president," / "Kang, Japan's foreign minister" / "X as the envoy"."""
    if t.info.plural:
        return None  # "Parents, lawmakers and teachers"
    if re.match(r"['’]s?\b", draft.text[t.end : t.end + 2]):
        return None  # "Jim Smith, the president's spokesman"
    before = draft.text[max(0, t.start - 40) : t.start]
    # "X, the president,", "X, also a deputy prime minister,"
    m = re.search(
        r",[ \t]*\n?[ \t]*(?:also[ \t]+)?(?:(?:the|a|an|his|her|its)[ \t]+)?(?:also[ \t]+)?$", before
    )
    if not m:
        # "X was president", "whose father-in-law, X, was president of Ukraine"
        m = re.search(
            r"(?:,[ \t]+(?:was|is)|[ \t]+(?:was|is|as|became|becomes))[ \t]+(?:the[ \t]+)?$", before
        )
    if not m:
        # "Sitiveni Rabuka, the former coup leader turned Fijian prime minister,": the office now.
        m = re.search(r",[ \t]+(?:the|a|an)[ \t]+[^,.;:\"“”()]{1,40}?[ \t]turned[ \t]+$", before)
    if not m and draft.text[t.end : t.end + 1] == "," and t.info.kind != "role":
        # "Wang Yi, a member of the Political Bureau of the CPC Central Committee and Chinese
        # foreign minister, met ...": the office closes a longer appositive.
        before = draft.text[max(0, t.start - 160) : t.start]
        m = _LONG_APPOSITIVE.search(before)
    if not m:
        return None
    if re.search(r"\ban?[ \t]+$", m.group(0)) and source_verb().match(draft.text, t.end):
        return None  # "Kagame declined to meet Suminwa, a Congolese official said": the source
    end = t.start - (len(before) - m.start())
    run = runs_by_end.get(end)
    if run is None:
        return None
    if location_before().search(draft.text[max(0, run.start - 8) : run.start]):
        return None  # "the debate in Las Vegas as the candidate's guest", "in Chelsea, the mayor"
    return run


def _name_after_comma(draft: CastDraft, t: TitleHit, run_at: dict[int, NameRun]) -> NameRun | None:
    """ "the Brazilian president, Luiz Inacio Lula da Silva, said"."""
    m = re.match(r",[ \t]+", draft.text[t.end : t.end + 4])
    # "the energy and mines minister, Wilfredo Huayta,": a portfolio names one office, as a
    # state or body would.
    portfolio = t.info.kind in ("head", "office") and _PORTFOLIO.search(draft.text, t.start, t.title_end)
    named = t.info.bare or t.named_body or portfolio
    if not m or not named and t.country is None and t.organization is None:
        return None
    if (
        t.country is None
        and t.organization is None
        and not re.search(r"\bthe[ \t]+$", draft.text[max(0, t.start - 5) : t.start], re.I)
        and not (portfolio and _THE_AND_A_WORD.search(draft.text, max(0, t.start - 24), t.start))
    ):
        return None  # "division vice president, Nissan Sales & Regional Operations"
    pos = t.end + m.end()
    gap = honorific_gap().match(draft.text, pos, pos + 30)  # "the Minister of Works, Engr. X"
    run = run_at.get(gap.end() if gap else pos)
    if run is None or len(run.tokens) < 2:
        return None
    after = draft.text[run.end : run.end + 2]
    return run if after[:1] in (",", " ", ".") else None


def _name_after_joined_titles(
    draft: CastDraft, t: TitleHit, title_at: dict[int, TitleHit], run_at: dict[int, NameRun]
) -> NameRun | None:
    """ "Qatar's Prime Minister and Minister of Foreign Affairs, Sheikh Mohammed bin
    Abdulrahman Al Thani, met ...": two offices of one person, then the name. The person
    takes the first, which carries the state."""
    joined = re.match(r"[ \t]+and[ \t]+", draft.text[t.end : t.end + 8])
    if not joined or not (t.country or t.organization) or t.info.plural:
        return None
    second = title_at.get(t.end + joined.end())
    if second is None or second.info.kind == "role" or second.info.plural:
        return None
    comma = re.match(r",[ \t]+", draft.text[second.end : second.end + 4])
    if not comma:
        return None
    pos = second.end + comma.end()
    gap = honorific_gap().match(draft.text, pos, pos + 30)
    run = run_at.get(gap.end() if gap else pos)
    if run is None or len(run.tokens) < 2 or draft.text[run.end : run.end + 1] not in (",", " ", "."):
        return None
    return run


_ACRONYM_AFTER = re.compile(r"[ \t]*\([A-Z][A-Za-z.&-]{1,11}\)")


_RANK = {"head": 4, "org": 3, "office": 2, "counterpart": 2, "role": 1}


def _outranks(t: TitleHit, anchor: tuple[TitleHit, str] | None) -> bool:
    """ "Wang Yi, a member of the Political Bureau ... and Chinese foreign minister,": of two
    offices in one appositive the higher one names the person (a minister over a Politburo seat)."""
    if anchor is None:
        return True
    old = anchor[0]
    if old.info.kind == "role" and old.start >= t.end and _RANK.get(t.info.kind, 0) > 1:
        return True  # "the Minister of Health, Prof. X": the academic title sits inside the apposition
    return (
        anchor[1] == "apposition"
        and old.start < t.start
        and _RANK.get(t.info.kind, 0) > _RANK.get(old.info.kind, 0)
    )


# "The peruvian energy minister": a wire's lower-case demonym between "the" and the office.
_THE_AND_A_WORD = re.compile(r"\b[Tt]he[ \t]+[a-z]+[ \t]+$")
_PORTFOLIO = re.compile(r"(?i)\b[a-z]+\s+(?:minister|secretary)$")

_VERB_BEFORE_TITLE = re.compile(
    r"(?:,[ \t]+(?:was|is)|[ \t]+(?:was|is|as|became|becomes))[ \t]+(?:the[ \t]+)?$"
)

# ", a member of the ... and ": an appositive (no comma or full stop inside) whose last part is an office.
_LONG_APPOSITIVE = re.compile(
    r",[ \t]+(?:a|an|the)[ \t]+[^,.;:\n\"“”()]{3,140}?[ \t]and[ \t]+(?:the[ \t]+)?$"
)
