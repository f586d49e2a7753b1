"""Steps 8 and 9 of the Cast: which state a leader belongs to when the text does not say so next to the name.

The states named closest to the person's mentions, weighed by which states have such an
office (data/offices.tsv), travel (one visits abroad), the article's home state (news
source, dateline, domestic politics words) and weak name hints."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from newsbrief import lexicon, places
from newsbrief.cast.credits import inside_spans
from newsbrief.cast.drafts import CastDraft, PersonDraft
from newsbrief.cast.names import company_words, family_first
from newsbrief.cast.title_compare import head_noun_pattern, same_title
from newsbrief.cast.titles import TitleHit
from newsbrief.model import Country
from newsbrief.tables import read_lines, read_table


@cache
def _leader_context_words() -> frozenset[str]:
    return frozenset(read_lines("leader_context_words.txt"))


@cache
def _news_sources() -> tuple[re.Pattern[str], dict[str, str]]:
    table = places.news_sources()
    return re.compile(rf"(?<![\w])(?:{places.trie_alternation(table)})(?![\w])"), table


@cache
def _travel() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:{lexicon.alternation(lexicon.TRIP_WORDS, 'travel')})\s+(?:(?:to|for|in|into)\s+)?(?:the\s+)?$"
    )


def _host_between() -> re.Pattern[str]:
    return lexicon.word_pattern(lexicon.TRIP_WORDS, "host")


def _receive_between() -> re.Pattern[str]:
    return lexicon.word_pattern(lexicon.TRIP_WORDS, "receive")


@cache
def source_verb() -> re.Pattern[str]:
    return re.compile(rf"[ \t]+(?:{lexicon.alternation(lexicon.TRIP_WORDS, 'source')})\b")


def _topic() -> re.Pattern[str]:
    return lexicon.word_before(lexicon.TRIP_WORDS, "topic")


def location_before() -> re.Pattern[str]:
    return lexicon.word_before(lexicon.TRIP_WORDS, "location")


def _counterpart_before() -> re.Pattern[str]:
    return lexicon.word_before(lexicon.TRIP_WORDS, "counterpart", re.I)


@cache
def _offices() -> tuple[tuple[str, str, frozenset[str]], ...]:
    rows = []
    for office, rule, codes in read_table("offices.tsv", ("office", "rule", "codes")):
        rows.append((office, rule, frozenset(codes.split())))
    return tuple(rows)


@cache
def _press_priors() -> dict[str, str]:
    return dict(read_table("press_priors.tsv", ("office", "code")))


def _press_prior(title: str) -> str | None:
    heads = head_noun_pattern().findall(title.lower())
    return _press_priors().get(heads[-1].lower()) if heads else None


# What may stand between a party or house word and the name: a title of one to three words.
_TITLE_REST = re.compile(r"(?:[ \t]+[\w.'’-]+){1,3},?[ \t]+")

DATELINE_WEIGHT = 1.0
PLACE_WEIGHT = 0.6


_DATELINE = re.compile(
    r"(?:^|\n)[ \t]*(?P<city>[A-Z][A-Z.'-]+(?:[ \t][A-Z][A-Z.'-]+){0,3})"  # "SEOUL", "NEW DELHI"
    r"(?:/[A-Z][A-Z.'-]+(?:[ \t][A-Z][A-Z.'-]+){0,3})?"  # "CARACAS/WASHINGTON": the first city counts
    r"(?:,[ \t]+(?P<region>[A-Z][\w.]*(?:[ \t][A-Z][\w.]*){0,2}))?"  # ", Belgium", ", Calif."
    r"(?:,[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})?"  # ", Oct. 9", ", March 2"
    r"[ \t]*(?:\([^)\n]{1,30}\)[ \t]*)?"  # "(Reuters)", "(Yonhap)"
    r"(?:—|–|--|-(?=[ \t])|:(?=[ \t])|(?<=\))|\((?=[^)\n]{1,30}\)))"
)


def _dateline_country(text: str) -> str | None:
    """ "SEOUL, Jan. 14 (Yonhap) --": the state of the dateline's capital, if it is one."""
    m = _DATELINE.search(text[:2000])
    if not m:
        return None
    region = m.group("region") or ""
    for place in (m.group("city").strip().title(), region):
        if place == region and region in places.us_state_forms():
            return "US"  # "MIAMI, Fla. (AP) -", "ATLANTA, Georgia (AP) -"
        surface = places.surfaces().get(place)
        if surface and surface.kind in ("capital", "name"):
            return surface.code
    return None


def _assign_distinct(scores: list[dict[str, float]]) -> list[str | None]:
    """One state per holder, no state twice, the largest total score (few holders: exhaustive)."""
    options = [sorted(s, key=lambda c: -s[c])[:4] + [None] for s in scores]
    best: tuple[float, list[str | None]] = (float("-inf"), [None] * len(scores))

    def search(i: int, used: set[str], total: float, chosen: list[str | None]) -> None:
        nonlocal best
        if i == len(scores):
            if total > best[0]:
                best = (total, list(chosen))
            return
        for code in options[i]:
            if code is not None and code in used:
                continue
            gain = scores[i][code] if code is not None else 0.0
            chosen.append(code)
            search(i + 1, used | ({code} if code else set()), total + gain, chosen)
            chosen.pop()

    if len(scores) > 5:  # a crowd of namesake offices: each takes its own best
        return [max(s, key=lambda c: s[c]) if s else None for s in scores]
    search(0, set(), 0.0, [])
    return best[1]


def _dominant(ranked: tuple[Country, ...]) -> bool:
    """The story is about one state: named at least three times and twice as often as any other."""
    if not ranked or ranked[0].mentions < 3:
        return False
    return ranked[0].mentions >= 2 * max((c.mentions for c in ranked[1:]), default=0)


def _one_per_state(p: PersonDraft) -> bool:
    """A current office one person holds in a state (president, foreign minister), unlike
    "former president", "senator" or a bare "minister"."""
    title = (p.title or "").lower()
    return (
        p.title_kind == "head"
        and not title.startswith("former")
        and title not in lexicon.word_set(lexicon.TITLE_WORDS, "shared_title")
    )


@cache
def _domestic_cues() -> tuple[re.Pattern[str], dict[str, str]]:
    table = dict(read_table("domestic_cues.tsv", ("phrase", "code")))
    return re.compile(rf"(?<![\w])(?:{places.trie_alternation(table)})(?![\w])"), table


def _office_exists(title: str, code: str) -> bool:
    """False when the state has no such office (no prime minister in the United States)."""
    low = title.lower().removeprefix("former ")
    heads = head_noun_pattern().findall(low)
    if not heads:
        return True
    head = heads[-1].lower()
    whole = any(office == low for office, _, _ in _offices())
    for office, rule, codes in _offices():
        if office == (low if whole else head):
            return (code in codes) if rule == "only" else (code not in codes)
    return True


def _home_country(draft: CastDraft) -> str | None:
    """The state the article is written from: its news source ("SEOUL (Yonhap)"),
    else the state whose own politics it is full of (Senate, Republicans, Downing Street).
    A dateline abroad ("RIYADH (AP)") makes the news source no hint at all."""
    dateline = _dateline_country(draft.text)
    pattern, table = _news_sources()
    for m in pattern.finditer(draft.text):
        in_dateline = m.start() < 400 or draft.text[m.start() - 1 : m.start()] == "("
        if in_dateline or inside_spans(draft.credits, m.start(), m.end()):
            home = table[m.group(0)]
            return home if dateline in (None, home) else None
    outlet = _page_outlet(draft)
    if outlet is not None:
        return outlet if dateline in (None, outlet) else None
    cue_pattern, cues = _domestic_cues()
    counts = Counter(cues[m.group(0)] for m in cue_pattern.finditer(draft.text) if cues[m.group(0)] != "-")
    ranked = counts.most_common(2)
    if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        # Kept under a dateline abroad: a story full of one state's own politics is written
        # for its readers ("JERUSALEM - ... the Republican front-runner").
        return ranked[0][0]
    if len(ranked) == 1 and all(
        m.code == ranked[0][0] and m.kind not in places.COUNTING_KINDS for m in draft.country_mentions
    ):
        # A domestic story that names no state, only its own house or party ("the Commons")
        # and its own places ("Greenwich, London"): written from that state.
        return ranked[0][0]
    return None


def _page_outlet(draft: CastDraft) -> str | None:
    """The state of the outlet whose page this is, from the furniture cleaning removed: its
    name in two or more lines (logo, byline, "Published in Dawn", "Dawn © 2026"), one outlet
    only. Captions are left out: their photo credits name agencies, not the page."""
    pattern, table = _news_sources()
    lines: Counter[str] = Counter()
    for line in draft.doc.removed:
        if "caption" not in line.reason:
            lines.update({table[m.group(0)] for m in pattern.finditer(line.text)})
    ranked = lines.most_common(2)
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[1][1] < 2):
        return ranked[0][0]
    return None


def _visited_state(draft: CastDraft) -> str | None:
    """The one state leaders placed elsewhere travel to in the article ("President Muizzu
    is on a State Visit to India"), if there is exactly one."""
    if draft.visited is not None:
        return draft.visited[0]
    found: set[str] = set()
    placed = {
        i: p.country
        for i, p in enumerate(draft.people)
        if p.kind == "person" and p.country_from_text and p.title_kind in ("head", "office")
    }
    for m in draft.country_mentions:
        if m.kind not in places.COUNTING_KINDS or m.start in draft.owned:
            continue
        if not _travel().search(draft.text[max(0, m.start - 24) : m.start].lower()):
            continue  # "on a state visit to India", "arrived in Tokyo": a trip's destination
        sentence = draft.doc.sentence_at(m.start)
        if sentence is None:
            continue
        travellers = {
            placed[i]
            for _, _, i, kind in draft.mentions_within(sentence.start, m.start)
            if i in placed and kind != "pronoun"
        }
        if travellers and m.code not in travellers:
            found.add(m.code)
    draft.visited = (found.pop() if len(found) == 1 else None,)
    return draft.visited[0]


def states_from_evidence(draft: CastDraft) -> None:
    """A leader introduced without a country takes one from the article's evidence.

    In order: "the South Korean president" elsewhere in the text (same office,
    nobody else holds it); then the state named closest to the person's mentions
    among the states that have such an office and do not already have a holder.
    People with more mentions choose first, so two presidents get two states.
    """
    todo = [
        p
        for p in draft.people
        if p.kind == "person"
        and p.title_kind in ("head", "office")
        and not p.country_from_text
        and not p.organization  # "European Council President Donald Tusk" has no state
    ]
    for p in todo:
        for t, who in draft.title_refs:
            if (
                who is None
                and t.country
                and p.title
                and same_title(p.title, t.title)
                and not _office_taken(draft, p, t.country)
                and _office_exists(p.title, t.country)
                and near_and_not_a_counterpart(draft, p, t)
            ):
                p.country, p.country_from_text = t.country, True
                break
    todo = [p for p in todo if not p.country_from_text and not p.country]
    # Offices the text places in a state are fixed from here on: index them by state once.
    draft.placed_offices = {}
    for q in draft.people:
        if (
            q.kind == "person"
            and q.country
            and q.country_from_text
            and q.title
            and not q.title.startswith("former")
        ):
            draft.placed_offices.setdefault(q.country, []).append(q)
    draft.home = _home_country(draft) if todo else None
    draft.dateline = _dateline_country(draft.text) if todo else None
    # The source's own president is one person: the unplaced holder named most.
    offices: dict[str, list[PersonDraft]] = {}
    for p in sorted(todo, key=lambda q: -sum(q.forms.values())):
        offices.setdefault((p.title or "").lower(), []).append(p)
    for holders in offices.values():
        scores = {id(p): _country_scores(draft, p, home=i == 0) for i, p in enumerate(holders)}
        for p in holders:
            s = scores[id(p)]
            p.country = max(s, key=lambda c: s[c]) if s else None
        # Two presidents named together hold office in two states: the best joint choice.
        for group in _named_together(draft, [p for p in holders if _one_per_state(p)]):
            chosen = _assign_distinct([scores[id(p)] for p in group])
            for p, code in zip(group, chosen, strict=True):
                p.country = code
    for p in todo:
        state = _owner_state(draft, p.owner_at) if p.owner_at >= 0 else None
        owner = _owner(draft, p)
        if state:
            p.country = state  # "Bolivia sent Foreign Minister X", "Iran said its ambassador"
        elif owner is not None and owner.country:
            p.country = owner.country  # "Trump's remarks came as his ambassador ..."


def leaders_by_possessive(draft: CastDraft) -> None:
    """ "Kenya's William Ruto and Tanzania's Samia Suluhu Hassan also met": in an article
    about leaders, a full name a state's possessive introduces, in a sentence about leaders
    (another leader named, or a word like "met", "summit", "said"), is a leader of that state."""
    if not any(p.kind == "person" and p.title_kind == "head" and p.country for p in draft.people):
        return
    for idx, p in enumerate(draft.people):
        if p.placed_at < 0 or p.title_kind is not None or len(p.tokens) < 2 or p.kind != "person":
            continue
        if any(t in company_words() for t in p.tokens):
            continue  # "Japan's Toyota Motor"
        sentence = draft.doc.sentence_at(p.placed_at)
        if sentence is None or sentence.kind != "body":
            continue
        words = set(re.findall(r"[a-z]+", draft.text[sentence.start : sentence.end]))
        others = any(
            i != idx and _is_leader_like(draft, draft.people[i])
            for _, _, i, _ in draft.mentions_within(sentence.start, sentence.end)
        )
        if others or words & _leader_context_words():
            p.title_kind = "office"


def _is_leader_like(draft: CastDraft, p: PersonDraft) -> bool:
    return p.kind == "person" and (p.title_kind in ("head", "office", "org") or p.placed_at >= 0)


def _ranked(draft: CastDraft) -> tuple[Country, ...]:
    """The article's countries by mentions, computed once."""
    if draft.ranked_countries is None:
        draft.ranked_countries = places.rank_countries(draft.doc, draft.country_mentions)
    return draft.ranked_countries


def _named_together(draft: CastDraft, holders: list[PersonDraft]) -> list[list[PersonDraft]]:
    """Groups of holders named in the same or neighbouring sentences (joined transitively)."""
    if len(holders) < 2:
        return []
    where: dict[int, set[int]] = {}
    for s, _, i, k in draft.mentions:
        if k != "pronoun":
            sentence = draft.doc.sentence_at(s)
            if sentence is not None:
                where.setdefault(i, set()).add(sentence.index)
    index = {id(p): draft.index_of(p) for p in holders}
    groups: list[list[PersonDraft]] = []
    for p in holders:
        near = {n + d for n in where.get(index[id(p)], ()) for d in (-1, 0, 1)}
        joined = [g for g in groups if any(where.get(index[id(q)], set()) & near for q in g)]
        merged = [p] + [q for g in joined for q in g]
        groups = [g for g in groups if g not in joined] + [merged]
    return [g for g in groups if len(g) > 1]


def _owner(draft: CastDraft, p: PersonDraft) -> PersonDraft | None:
    """Whose "his"/"her" an office was: the person last named before it, within two sentences."""
    if p.owner_at < 0:
        return None
    sentence = draft.doc.sentence_at(p.owner_at)
    if sentence is None:
        return None
    limit = draft.doc.sentences[sentence.index - 1].start if sentence.index > 0 else sentence.start
    before = [
        (s, i)
        for s, _, i, k in draft.mentions_within(limit, p.owner_at)
        if draft.people[i] is not p and draft.people[i].kind == "person"
    ]
    return draft.people[max(before)[1]] if before else None


def _owner_state(draft: CastDraft, at: int) -> str | None:
    """The state that is the sentence's subject before `at` ("Iran said its ambassador",
    "Bolivia, which joined last year, sent Foreign Minister X"), with nobody named between."""
    sentence = draft.doc.sentence_at(at)
    if sentence is None:
        return None
    states = [
        m
        for m in draft.country_mentions_in(sentence.start, at)
        if m.kind in ("name", "capital") and m.start not in draft.owned
    ]
    if not states or draft.someone_between(-1, states[0].end, at):
        return None
    return states[0].code


def near_and_not_a_counterpart(draft: CastDraft, p: PersonDraft, t: TitleHit) -> bool:
    """ "Yoon will attend ... the South Korean president has joined": next to the person's
    own mentions, and not someone met or spoken to ("a call with the president of Ukraine")."""
    if _counterpart_before().search(draft.text[max(0, t.start - 30) : t.start]):
        return False
    here = draft.doc.sentence_at(t.start)
    if here is None:
        return False
    idx = draft.index_of(p)
    for s, _, _, k in draft.mentions_of(idx):
        if k != "pronoun":
            there = draft.doc.sentence_at(s)
            if there is not None and abs(there.index - here.index) <= 1:
                return True
    return False


def _office_taken(draft: CastDraft, p: PersonDraft, code: str, placed: bool = False) -> bool:
    """Does someone the text places in `code` hold p's office? (`placed`: look only at
    draft.placed_offices, the index states_from_evidence keeps once the text's states are read.)"""
    if (p.title or "").lower() in lexicon.word_set(lexicon.TITLE_WORDS, "shared_title"):
        return False  # a state has many party leaders and ministers
    return any(
        q is not p
        and q.kind == "person"
        and q.country == code
        and q.country_from_text
        and q.title
        and p.title
        and not q.title.startswith("former")
        and not p.title.startswith("former")
        and same_title(q.title, p.title)
        for q in (draft.placed_offices.get(code, ()) if placed else draft.people)
    )


def _country_scores(draft: CastDraft, p: PersonDraft, home: bool = False) -> dict[str, float]:
    """How well each state fits this person: named close to their mentions, among the
    states that have such an office (and no holder named with it).

    Country words that belong to someone else's title ("British Prime Minister
    Tony Blair") do not count; a state one travels to ("leaves for Japan") counts less.
    """
    idx = draft.index_of(p)
    spans = [(s, e) for s, e, _, k in draft.mentions_of(idx) if k != "pronoun"]
    scores: dict[str, float] = {}
    # States something in the text ties to this person: named in a sentence that names
    # them (not as what is talked about), the dateline, the news source. Only these can be
    # chosen; the rest of the scores only rank them ("President X said" alone has no state).
    tied: set[str] = set()
    cue_pattern, cues = _domestic_cues()
    for s, e in spans:
        sentence = draft.doc.sentence_at(s)
        if sentence is None:
            continue
        for cue in cue_pattern.finditer(draft.text, max(sentence.start, s - 40), s):
            # A state's own party or house in the title: "Tory leader X", "Republican Sen. X".
            if cues[cue.group(0)] != "-" and _TITLE_REST.fullmatch(draft.text, cue.end(), s):
                code = cues[cue.group(0)]
                scores[code] = scores.get(code, 0.0) + 1.0
                tied.add(code)
        for m in draft.country_mentions_in(sentence.start, sentence.end):
            if m.start in draft.owned:
                continue
            distance = m.start - e if m.start >= e else s - m.end
            weight = 1.0 + 2.0 / (1.0 + max(distance, 0) / 20.0)
            before = draft.text[max(0, m.start - 24) : m.start]
            if _travel().search(before):
                # One travels abroad ("X leaves for Japan", "a visit to Tokyo by X") to
                # meet someone at home ("travel to Washington to meet President Trump").
                between = draft.text[m.end : s] if m.end <= s else ""
                if not between and _receive_between().search(draft.text, e, m.start):
                    # "President X received Y, who is on a state visit to India": the host.
                    weight = 2.0 * weight + 1.0
                    tied.add(m.code)
                    scores[m.code] = scores.get(m.code, 0.0) + weight
                    continue
                if not between and draft.someone_between(idx, e, m.start):
                    continue  # "Xi invited Lee to visit Beijing": Lee travels, not Xi
                if not between or re.search(r"\bby\b", between):
                    weight = -0.5 * weight  # the traveller: "X leaves for Japan", "a visit to Tokyo by X"
                elif _host_between().search(between):
                    weight = 2.0 * weight + 1.0  # the host: "travel to Paris to meet President Macron"
                else:
                    continue  # someone else's trip: "Nakasone's visit to the US, weeks after Reagan ..."
            elif m.kind not in places.COUNTING_KINDS:
                # A capital as the place the person is named at, not travelled to ("met his
                # Turkish counterpart in Amman"): people are most often named at home.
                weight *= PLACE_WEIGHT
            elif _topic().search(before):
                weight *= 0.3  # what they talk about: "to discuss Syria's future"
                scores[m.code] = scores.get(m.code, 0.0) + weight
                continue
            elif location_before().search(before):
                weight *= 0.3
                if m.kind == "name":
                    # Where they are ("talked about the situation in Gaza"): often abroad.
                    # ("in the Japanese telecoms industry" is whose industry: it still counts.)
                    scores[m.code] = scores.get(m.code, 0.0) + weight
                    continue
            if weight > 0:
                tied.add(m.code)
            scores[m.code] = scores.get(m.code, 0.0) + weight
    # English-language news leaves its own state's president or prime minister
    # unqualified: with evidence for that state, that one holder counts it double.
    prior = _press_prior(p.title or "")
    if prior in scores and home:
        scores[prior] *= 1.5
    counted = _ranked(draft)
    # States in the story: named, or home to someone already placed ("Secretary of State Kerry").
    counted_codes = {c.code for c in counted} | {
        q.country for q in draft.people if q.country and q is not p and q.kind == "person"
    }
    if prior and home and prior in counted_codes:
        scores[prior] = max(scores.get(prior, 0.0), 0.0) + 1.0  # the one unplaced president
        # A story written for that state's readers or about it (among the two states
        # named most, more than once, or the only state named), not one naming it in passing.
        if (
            prior == draft.home
            or any(c.code == prior and c.mentions > 1 for c in counted[:2])
            or [c.code for c in counted] == [prior]
        ):
            tied.add(prior)
    visited = _visited_state(draft)
    if visited and home:
        # The state a placed foreign leader is visiting hosts the story: its unplaced offices
        # are most often the hosts' ("Muizzu is on a state visit to India ... President Murmu").
        tied.add(visited)
        scores[visited] = scores.get(visited, 0.0) + 1.0
    if _dominant(counted):
        tied.add(counted[0].code)  # "President Htin Kyaw" in a story about Myanmar
    for rank, c in enumerate(counted[:5]):
        scores[c.code] = scores.get(c.code, 0.0) + 0.5 / (1 + rank)
    # Weak hints: the news source's own state, and where a family-name-first name is common.
    if draft.home and home:
        scores[draft.home] = scores.get(draft.home, 0.0) + 3.0
    if draft.home and (home or not _one_per_state(p)):
        tied.add(draft.home)  # the source's own ministers and party leaders are many
    # The dateline's state: an office named there without a state is most often its own
    # ("AMMAN - Foreign Minister Ayman Safadi", "SEOUL -- President Lee").
    # Not for an office the English-language press leaves unqualified for its own state when
    # that state is in the story: "JERUSALEM - ... the Obama administration" is a US president.
    prior_here = prior in counted_codes or prior == draft.home
    if draft.dateline and home and not (prior and prior != draft.dateline and prior_here):
        scores[draft.dateline] = scores.get(draft.dateline, 0.0) + DATELINE_WEIGHT
    if draft.dateline and home:
        tied.add(draft.dateline)
    origins = family_first().get(p.tokens[0], ()) if len(p.tokens) > 1 else ()
    named_anyhow = draft.named_states  # capitals as places too
    for rank, code in enumerate(origins):
        scores[code] = scores.get(code, 0.0) + 1.0 / (1 + rank)
        if code in counted_codes or code in named_anyhow:
            tied.add(code)  # "Foreign Minister Cho Hyun" in a story that names South Korea

    def fits(code: str) -> bool:
        return _office_exists(p.title or "", code) and not _office_taken(draft, p, code, placed=True)

    feasible = {c: v for c, v in scores.items() if c in tied and fits(c)}
    if not feasible and _one_per_state(p):
        # By elimination: "a summit in Ottawa with President Ronald Reagan. Canada wants the
        # United States to act": of the states in the story, only one has such an office free.
        free = [c for c in counted_codes if fits(c)]
        if len(free) == 1:
            return {free[0]: scores.get(free[0], 0.1)}
    return feasible
