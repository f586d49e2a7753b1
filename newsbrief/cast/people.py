"""The Cast: every person and body in the article, with all their mentions.

No statistical model: names are runs of capitalised words (with particles like
"da" or "bin"), offices come from our title table (data/titles.tsv), countries
from the country mentions `places` found. Bylines, photo credits and e-mail
addresses are cut out first. Then `_Builder.build` runs, in order:

1. Titles and names: titles.find_titles reads every title (with its state, body
   or owner); a title word read as a given name opens a name ("Amir Khan
   Muttaqi"); names.name_runs finds the runs of name words.
2. Title anchors: a title before a name ("Japanese Prime Minister Fumio
   Kishida", "Democratic Sens. A of New York, B and C"), in apposition after it
   ("X, the Brazilian president,", "X, a member of ... and Chinese foreign
   minister,") or before it with a comma ("the Brazilian president, Lula,");
   two cabinet posts joined by "and" share the first one's state.
3. People from runs: full names first (short and long forms of one name fold
   together), then one-word names with a title or honorific ("President
   Suharto", "Mr Blair"), then bare short forms ("Yoon") that fold into a
   person, or are one with evidence ("X said"); title-case lines (headlines)
   only name people the body names.
4. Bodies by last word: a name ending in a body's last word ("Hale Gallery",
   data/body_last_words.txt) is a body unless the article tells it is a person.
5. Offices from the sentence: "X visited as Burma's de facto leader", "the
   Obama administration", "X, the diplomat who chairs the AU Commission,".
6. Bare titles: "the president", "the foreign secretary's house" -> a person
   (title_refs.py); then "his Spanish counterpart X" takes an office that only
   a bare title gave.
7. States for leaders the text does not place (leader_states.py): "the South
   Korean president" elsewhere, the states named near their mentions weighed by
   data/offices.tsv, travel, the article's home state; "Kenya's William Ruto" in
   a sentence about leaders is a leader of Kenya.
8. Bodies that speak: ministries, seats of government, organisations.
9. Pronouns: "he", "she", "his", "her", "him" -> the salient person of fitting
   gender (pronoun_links.py).
10. Finish: one-word "people" with no evidence are dropped; each Person gets its
   gender (honorific, title, one-gender given name); countries are ranked.

The jobs live in sibling modules: names.py (name words and runs), title_table.py
and titles.py (the title table, and titles read in the text), credits.py (bylines
and credits), drafts.py (a person being built), title_refs.py (step 6),
leader_states.py (step 7), pronoun_links.py (step 9). This module links them
into the Cast.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from itertools import combinations

from newsbrief import lexicon, places
from newsbrief.cast.credits import credit_spans, inside_spans
from newsbrief.cast.drafts import PersonDraft
from newsbrief.cast.leader_states import StateChooser, location_before, source_verb
from newsbrief.cast.names import (
    NAME_GAP,
    NameRun,
    after_home_state,
    body_last_words,
    candidate_words,
    family_first,
    fold_name,
    honorific_gap,
    honorifics,
    name_particles,
    name_runs,
    reporting_after,
    reporting_before,
    sentence_starters,
)
from newsbrief.cast.pronoun_links import link_pronouns
from newsbrief.cast.title_refs import TitleRefResolver
from newsbrief.cast.title_table import (
    Organisation,
    TitleInfo,
    counterpart_title,
    organisations,
    title_genders,
)
from newsbrief.cast.titles import (
    POSSESSIVE_BEFORE,
    TO_AFTER,
    TitleContext,
    TitleHit,
    compatible_titles,
    find_titles,
    is_cabinet_post,
    org_pattern,
    right_of,
    skip_space_back,
    us_state_after,
)
from newsbrief.model import Cast, Country, CountryMention, Document, Mention, Person
from newsbrief.quotes.marks import Quoted, find_quotations
from newsbrief.readings import QuotedText
from newsbrief.tables import read_tsv


class _Builder(StateChooser, TitleRefResolver):
    def __init__(self, doc: Document, country_mentions: tuple[CountryMention, ...], quoted: QuotedText):
        self.doc = doc
        self.quoted = quoted
        self.text = doc.text
        self.country_mentions = country_mentions
        self.people: list[PersonDraft] = []
        self.mentions: list[tuple[int, int, int, str]] = []  # start, end, person, kind
        self.title_refs: list[tuple[TitleHit, int | None]] = []
        self.credits = credit_spans(doc)
        self._cm_starts = [m.start for m in country_mentions]
        self._by_token: dict[str, set[int]] = {}
        self._words_ever: dict[int, set[str]] = {}  # every name word a person was indexed under
        self._by_joined: dict[str, set[int]] = {}
        self._by_word_set: dict[frozenset[str], set[int]] = {}
        self._sorted_mentions: list[tuple[int, int, int, str]] = []
        self._starts_by_person: dict[int, list[int]] = {}
        self._bodies_by_name: dict[str, int] = {}
        self._ranked_countries: tuple[Country, ...] | None = None
        self._counterparts_pending: list[tuple[PersonDraft, TitleHit]] = []
        self._visited: tuple[str | None] | None = None
        # Words the article also writes in lower case are ordinary words ("Critics", "Visiting").
        self._lower_words = set(re.findall(r"(?<![\w])[a-z][\w'’-]*", self.text))

    # people

    def _new_person(self, run: NameRun) -> int:
        self.people.append(PersonDraft(tokens=run.tokens))
        self._index(len(self.people) - 1)
        return len(self.people) - 1

    def _index(self, idx: int) -> None:
        """Remember which people carry each name word, their whole name and their set of name
        words, so matching a name is a few lookups, not a scan of everyone who shares a word."""
        p = self.people[idx]
        for f in p.folded():
            self._by_token.setdefault(f, set()).add(idx)
        self._words_ever.setdefault(idx, set()).update(p.folded())
        self._by_joined.setdefault("".join(p.name_words()), set()).add(idx)
        self._by_word_set.setdefault(p.folded(), set()).add(idx)

    def _candidates(self, folded: list[str]) -> list[int]:
        found: set[int] = set()
        for f in folded:
            found |= self._by_token.get(f, set())
        return sorted(found)

    def _full_candidates(self, folded: list[str]) -> list[int]:
        """Everyone `_match_full` could match, in index order: the same whole name, or a name
        whose words hold all of these or lie inside them, among those who ever shared a word."""
        mine = set(folded)
        found = set(self._by_joined.get("".join(folded), ()))
        sets = sorted((self._by_token.get(f, set()) for f in mine), key=len)
        if sets:
            found |= sets[0].intersection(*sets[1:])  # their words hold all of mine
        if len(mine) <= _SUBSET_WORDS:
            words = sorted(mine)
            for size in range(1, len(words) + 1):
                for part in combinations(words, size):  # their words lie inside mine
                    found |= self._by_word_set.get(frozenset(part), set())
        else:  # a run of many capitalised words is no one's name: the slow way, once
            found |= set(self._candidates(folded))
        return sorted(i for i in found if self._words_ever[i] & mine)

    def _add_form(self, idx: int, run: NameRun, kind: str = "name", form: str | None = None) -> None:
        p = self.people[idx]
        written = form or run.text
        p.forms[written] = p.forms.get(written, 0) + 1
        if form:
            p.styled.add(form)
        if len(run.tokens) > len(p.tokens) or (
            len(run.tokens) == len(p.tokens) and len(run.text) > len(" ".join(p.tokens))
        ):
            p.tokens = run.tokens
            self._index(idx)
        if len(run.tokens) > 1:
            p.full_mentions += 1
        p.last_seen = run.start
        self.mentions.append((run.start, run.end, idx, "possessive" if run.possessive else kind))

    def _match_full(self, run: NameRun) -> int | None:
        """An existing person this multi-word name belongs to, if any."""
        core = [t for t in run.tokens if t.lower() not in name_particles() and not t.endswith(".")]
        folded = [fold_name(t) for t in core]
        if len(folded) == 1:
            # "Von der Leyen", "de Gaulle": one name word with its particles is a short form.
            return self._match_short(core[0], run.start)
        joined = "".join(folded)
        mine = set(folded)
        patronymic = _patronymic(run.tokens)
        best, best_score = None, 0
        for i in self._full_candidates(folded):
            p = self.people[i]
            if p.kind != "person":
                continue
            pf = p.folded()
            theirs = p.name_words()
            if joined == "".join(theirs):
                return i
            if not mine or not pf:
                continue
            # Same surname and one name's words inside the other's ("George Bush" /
            # "George W. Bush", "Inacio Lula da Silva" / "Luis Inacio Lula da Silva"); a
            # leading part is someone else ("Aung San", the father of Aung San Suu Kyi).
            same_end = bool(theirs) and (
                folded[-1] == theirs[-1]
                or (folded[0] == theirs[0] and (p.tokens[0] in family_first() or len(theirs) == 1))
            )
            if patronymic and theirs and _patronymic(p.tokens):
                if folded[0] != theirs[0]:
                    continue  # "Khaled bin Mohamed bin Zayed" is the son of "Mohamed bin Zayed"
                same_end = True  # "Mohamed bin Zayed" is "Mohamed bin Zayed Al Nahyan"
            if (mine <= pf or pf <= mine) and same_end:
                score = len(mine & pf)
                if score > best_score and (len(mine & pf) >= 2 or len(pf) == 1):
                    best, best_score = i, score
        return best

    def _match_short(
        self, token: str, at: int, gender: str = "", title: TitleHit | None = None, generation: str = ""
    ) -> int | None:
        """The person a one-word name ("Yoon", "Hu", "Lula") refers to.

        With a title ("President Obama"), a namesake holding a different office or none
        that fits ("first lady Michelle Obama") is someone else."""
        f = fold_name(token)
        best, best_key = None, None
        for i in self._candidates([f]):
            p = self.people[i]
            if p.kind != "person":
                continue
            if title is not None and p.title and not compatible_titles(p.title, title.title):
                continue
            if f not in p.folded():
                continue
            sur = p.surname_keys()
            if gender and p.gender and gender != p.gender:
                continue
            if generation and (generation == "younger") != self._introduced_as_child(p):
                continue  # "the younger Zardari" is the one introduced as "his son"
            rank = 2 if sur and f == sur[0] else 1 if f in sur else 0
            # A namesake in office now beats one who held an office once ("Sharif" is the prime
            # minister, not his brother the former prime minister); between equals, the nearer.
            in_office = p.title_kind in ("head", "office", "org") and not (p.title or "").startswith("former")
            key = (rank, in_office, p.full_mentions, -abs(at - p.last_seen))
            if best_key is None or key > best_key:
                best, best_key = i, key
        return best

    def _generation_before(self, at: int) -> str:
        """ "the younger Zardari" -> "younger", "the elder Bush" -> "elder"."""
        m = _GENERATION_BEFORE.search(self.text, max(0, at - 16), at)
        return m.group(1).lower() if m else ""

    def _introduced_as_child(self, p: PersonDraft) -> bool:
        """Is the person's full name first written after "his son", "her daughter", "younger brother"?"""
        full = " ".join(p.tokens)
        k = self.text.find(full)
        return k > 0 and bool(_CHILD_BEFORE.search(self.text, max(0, k - 24), k))

    # steps

    def build(self) -> Cast:
        doc, text = self.doc, self.text
        blocked = [(m.start, m.end) for m in self.country_mentions] + places.place_word_spans(text)
        orgs = [
            (m.start(), m.end(), organisations()[re.sub(r"^the\s+", "", m.group(0))])
            for m in org_pattern().finditer(text)
        ]
        blocked += [(s, e) for s, e, _ in orgs]
        self._body_matches = list(_body_pattern().finditer(text))
        ctx = TitleContext(
            body_at_end={m.end("body"): m.start() for m in self._body_matches},
            doc=doc,
            country_at_end={m.end: m for m in self.country_mentions},
            country_at_start={m.start: m for m in self.country_mentions},
            org_at_end={e: (s, o) for s, e, o in orgs},
            org_at_start={s: (e, o) for s, e, o in orgs},
        )
        self._ctx = ctx
        titles = find_titles(ctx)
        self._title_at = {t.start: t for t in titles}
        self._owned = {
            m.start for t in titles if t.country for m in self._country_mentions_in(t.start, t.end)
        }
        blocked += [(t.title_start, max(t.title_end, t.end)) for t in titles]
        blocked.sort()
        words = candidate_words(text)
        runs = [r for r in name_runs(text, words, blocked) if not inside_spans(self.credits, r.start, r.end)]
        runs = self._given_name_titles(runs)
        run_at = {r.start: r for r in runs}
        runs_by_end = {r.end: r for r in runs}

        # 1. Title anchors.
        anchored: dict[int, tuple[TitleHit, str]] = {}  # run start -> title hit, how
        for t in titles:
            for run in self._names_after_title(t, run_at):
                anchored.setdefault(run.start, (t, "before"))
        self._share_states(anchored, run_at)
        anchoring = {id(v[0]) for v in anchored.values()}
        title_at = {t.start: t for t in titles}
        for t in titles:
            if id(t) in anchoring:
                continue
            run = self._name_before_title(t, runs_by_end)
            if run is not None and _outranks(t, anchored.get(run.start)):
                anchored[run.start] = (t, "apposition")
                continue
            run = self._name_after_comma(t, run_at)
            if run is not None and _outranks(t, anchored.get(run.start)):
                anchored[run.start] = (t, "apposition")
                continue
            run = self._name_after_joined_titles(t, title_at, run_at)
            if run is not None and _outranks(t, anchored.get(run.start)):
                anchored[run.start] = (t, "apposition")
                continue
            self.title_refs.append((t, None))

        # 2. People from runs: full names first, then titled or honoured one-word
        # names ("President Suharto", "Mr Blair"), then bare short forms. Headlines
        # and other title-case lines only name people the body names.
        self._mid_sentence_firsts = {r.tokens[0] for r in runs if len(r.tokens) > 1 and not self._opens(r)}
        runs = [self._drop_opener(r, anchored) for r in runs]
        headline = [r for r in runs if self._in_headline(r)]
        runs = [r for r in runs if not self._in_headline(r)]
        multi = [r for r in runs if len(r.tokens) > 1]
        single = [r for r in runs if len(r.tokens) == 1]
        for run in multi:
            idx = self._match_full(run)
            if idx is None:
                idx = self._new_person(run)
            gender = self._honorific_before(run)[1]
            if gender and not self.people[idx].gender:
                self.people[idx].gender = gender  # "Ms. Ana Kowal": "she" may mean her, "he" not
            self._take_run(ctx, idx, run, anchored.get(run.start), "")
        pending: list[NameRun] = []
        for run in single:
            hit = anchored.get(run.start)
            hon, gender = self._honorific_before(run)
            if hit is None and not hon:
                pending.append(run)
                continue
            idx = self._match_short(run.tokens[0], run.start, gender, hit[0] if hit else None)
            if idx is None:
                idx = self._new_person(run)
            if gender:
                self.people[idx].gender = gender
            self._take_run(ctx, idx, run, hit, hon)
        for run in pending:
            idx = self._match_short(run.tokens[0], run.start, generation=self._generation_before(run.start))
            if idx is None:
                if not self._has_speech_evidence(run):
                    continue
                idx = self._new_person(run)
                self.people[idx].evidence += 1
            self._add_form(idx, run)
        for run in headline:
            parts = self._known_parts(run)
            for idx, part in parts:
                self._add_form(idx, part)
            hit = anchored.get(run.start)
            if hit is not None and len(parts) == 1 and parts[0][1].start == run.start:
                self._give_title(self.people[parts[0][0]], hit[0])

        self._bodies_by_last_word()
        self._titles_by_context(titles, anchored)
        self._offices_in_relative_clauses(orgs)
        self._resolve_title_refs()
        self._counterparts_of_offices_by_reference()
        self._countries_from_evidence()
        self._leaders_by_possessive()
        self._bodies(ctx, orgs)
        self._pronouns()
        return self._finish()

    def _bodies_by_last_word(self) -> None:
        """ "the Hale Gallery", "People Power Party": a name ending in a body's last word
        (names.body_last_words) is a body, unless the article tells it is a person: an honorific,
        a gendered title or a one-gender given name ("Margaret Court"), or an office it holds."""
        for p in self.people:
            if (
                p.kind == "person"
                and len(p.tokens) > 1
                and p.tokens[-1] in body_last_words()
                and not p.known_gender()
                and p.title_kind not in ("head", "office", "org")
            ):
                p.kind = "body"

    def _given_name_titles(self, runs: list[NameRun]) -> list[NameRun]:
        """ "Afghanistan's acting foreign minister, Amir Khan Muttaqi,", "Amir Khan said": a title
        word find_titles read as a given name (TitleContext.given_name_starts) opens the name."""
        out = []
        for run in runs:
            m = _GIVEN_NAME_TITLE_BEFORE.search(self.text, max(0, run.start - 24), run.start)
            if m and m.start(1) in self._ctx.given_name_starts:
                run = NameRun(m.start(1), run.end, (m.group(1), *run.tokens), run.possessive)
            out.append(run)
        return out

    def _share_states(self, anchored: dict[int, tuple[TitleHit, str]], run_at: dict[int, NameRun]) -> None:
        """ "Indonesian Foreign Minister Sugiono and Defence Minister Sjafrie": two different
        cabinet posts joined by "and" share the state written before the first. (Heads are not
        joined so: "Japanese Prime Minister Ishiba and President Lee" are of two states.)"""
        for start, (t, how) in sorted(anchored.items()):
            if how != "before" or t.country or t.organization or not is_cabinet_post(t.title):
                continue
            joined = re.search(r"(?<![\w])and[ \t]+$", self.text[max(0, t.start - 8) : t.start])
            if not joined:
                continue
            end = t.start - len(joined.group(0))
            end = skip_space_back(self.text, end)
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

    def _take_run(
        self, ctx: TitleContext, idx: int, run: NameRun, hit: tuple[TitleHit, str] | None, honorific: str
    ) -> None:
        p = self.people[idx]
        if hit is not None and hit[1] == "apposition":
            hit = (self._with_joined_state(hit[0]), hit[1])
        if hit is not None:
            self._give_title(p, hit[0])
            p.evidence += 1
            if hit[0].country is None and hit[0].organization is None:
                # "Foreign Minister X of Y"
                _, of_country, of_org = right_of(ctx, run.end)
                if not (of_country or of_org) and us_state_after(self.text, run.end, hit[0].title):
                    of_country = "US"  # "Senator Lindsey Graham of South Carolina"
                if of_country and not of_org:
                    p.country, p.country_from_text = of_country, True
                elif of_org:
                    self._give_title(p, replace(hit[0], organization=of_org, country=of_country))
        if honorific:
            p.evidence += 1
        if hit is None and p.country is None:
            before = POSSESSIVE_BEFORE.search(self.text[max(0, run.start - 4) : run.start])
            if before:
                cm = ctx.country_at_end.get(run.start - len(before.group(0)))
                if cm is not None and cm.kind in ("name", "capital"):
                    p.country, p.country_from_text = cm.code, True  # "Brazil's Lula", "India's Narendra Modi"
                    p.placed_at = run.start
            rank = _STATE_RANK_BEFORE.search(self.text, max(0, run.start - 40), run.start)
            if rank and p.title is None and rank.group(2) in lexicon.word_set(lexicon.TITLE_WORDS, "rank"):
                # "Burkina Faso's Captain Ibrahim Traore": a state's officer, named by rank.
                cm = ctx.country_at_end.get(rank.start(1) + len(rank.group(1)))
                if cm is not None and cm.kind in ("name", "demonym"):
                    info = TitleInfo(rank.group(2).rstrip("."), "office", None, False)
                    self._give_title(
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
            written = self.text[hit[0].title_start : hit[0].title_end]
            if written[:1].isupper() and NAME_GAP.fullmatch(self.text[hit[0].title_end : run.start]):
                form = f"{written} {run.text}"  # "President Bush", an alias as the article writes it
        self._add_form(idx, run, form=form)
        if hit is not None and hit[1] == "apposition" and hit[0].start > run.end:
            # "Wang Yi, ... and Chinese foreign minister, met": the office next to the verb is him too.
            self.mentions.append((hit[0].start, hit[0].end, idx, "title"))

    def _with_joined_state(self, t: TitleHit) -> TitleHit:
        """ "X, Vice President and Prime Minister of the UAE and Ruler of Dubai,": offices joined by
        "and" in one appositive are of the state the next one names."""
        if t.country or t.organization:
            return t
        end = t.end
        for _ in range(3):
            joined = re.match(r"[ \t]+and[ \t]+", self.text[end : end + 8])
            nxt = self._title_at.get(end + joined.end()) if joined else None
            if nxt is None or nxt.organization:
                return t
            if nxt.country:
                return replace(t, country=nxt.country)
            end = nxt.end
        return t

    def _honorific_before(self, run: NameRun) -> tuple[str, str]:
        m = re.search(r"(?<![\w])([A-Z][a-z]{1,7})\.?[ \t]+$", self.text[max(0, run.start - 12) : run.start])
        if m and m.group(1) in honorifics():
            return m.group(0).strip(), honorifics()[m.group(1)]
        return "", ""

    def _names_after_title(self, t: TitleHit, run_at: dict[int, NameRun]) -> list[NameRun]:
        text = self.text
        end = t.end
        to = TO_AFTER.match(text, end)
        if to and t.info.kind == "office":
            # "ambassador to the United Nations Nikki Haley", "envoy to China X"
            target = self._ctx.country_at_start.get(to.end()) or self._ctx.org_at_start.get(to.end() - 4)
            target = target or self._ctx.org_at_start.get(to.end())
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
        rank = self._title_at.get(pos) if run is None and (t.country or t.organization) else None
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
            opens = not re.search(r"\w", text[self._sentence_start(t.start) : t.start])
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
                after = after_home_state(self.text, pos)
                m = re.match(r"(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)", text[after : after + 10])
                if not m:
                    break
                nxt = run_at.get(after + m.end())
                if nxt is None:
                    break
                found.append(nxt)
                pos = nxt.end
        return found

    def _sentence_start(self, at: int) -> int:
        sentence = self.doc.sentence_at(at)
        return sentence.start if sentence is not None else at

    def _name_before_title(self, t: TitleHit, runs_by_end: dict[int, NameRun]) -> NameRun | None:
        """ "Lula, the Brazilian president," / "Kang, Japan's foreign minister" / "X as the envoy"."""
        if t.info.plural:
            return None  # "Parents, lawmakers and teachers"
        if re.match(r"['’]s?\b", self.text[t.end : t.end + 2]):
            return None  # "Jim Smith, the president's spokesman"
        before = self.text[max(0, t.start - 40) : t.start]
        m = re.search(r",[ \t]*\n?[ \t]*(?:(?:the|a|an|his|her|its)[ \t]+)?(?:also[ \t]+)?$", before)
        if not m:
            m = re.search(r"[ \t]+(?:was|is|as|became|becomes)[ \t]+(?:the[ \t]+)?$", before)
        if not m:
            # "Sitiveni Rabuka, the former coup leader turned Fijian prime minister,": the office now.
            m = re.search(r",[ \t]+(?:the|a|an)[ \t]+[^,.;:\"“”()]{1,40}?[ \t]turned[ \t]+$", before)
        if not m and self.text[t.end : t.end + 1] == "," and t.info.kind != "role":
            # "Wang Yi, a member of the Political Bureau of the CPC Central Committee and Chinese
            # foreign minister, met ...": the office closes a longer appositive.
            before = self.text[max(0, t.start - 160) : t.start]
            m = _LONG_APPOSITIVE.search(before)
        if not m:
            return None
        if re.search(r"\ban?[ \t]+$", m.group(0)) and source_verb().match(self.text, t.end):
            return None  # "Kagame declined to meet Suminwa, a Congolese official said": the source
        end = t.start - (len(before) - m.start())
        run = runs_by_end.get(end)
        if run is None:
            return None
        if location_before().search(self.text[max(0, run.start - 8) : run.start]):
            return None  # "the debate in Las Vegas as the candidate's guest", "in Chelsea, the mayor"
        return run

    def _name_after_comma(self, t: TitleHit, run_at: dict[int, NameRun]) -> NameRun | None:
        """ "the Brazilian president, Luiz Inacio Lula da Silva, said"."""
        m = re.match(r",[ \t]+", self.text[t.end : t.end + 4])
        if not m or not (t.info.bare or t.named_body) and t.country is None and t.organization is None:
            return None
        if (
            t.country is None
            and t.organization is None
            and not re.search(r"\bthe[ \t]+$", self.text[max(0, t.start - 5) : t.start], re.I)
        ):
            return None  # "division vice president, Nissan Sales & Regional Operations"
        pos = t.end + m.end()
        gap = honorific_gap().match(self.text, pos, pos + 30)  # "the Minister of Works, Engr. X"
        run = run_at.get(gap.end() if gap else pos)
        if run is None or len(run.tokens) < 2:
            return None
        after = self.text[run.end : run.end + 2]
        return run if after[:1] in (",", " ", ".") else None

    def _name_after_joined_titles(
        self, t: TitleHit, title_at: dict[int, TitleHit], run_at: dict[int, NameRun]
    ) -> NameRun | None:
        """ "Qatar's Prime Minister and Minister of Foreign Affairs, Sheikh Mohammed bin
        Abdulrahman Al Thani, met ...": two offices of one person, then the name. The person
        takes the first, which carries the state."""
        joined = re.match(r"[ \t]+and[ \t]+", self.text[t.end : t.end + 8])
        if not joined or not (t.country or t.organization) or t.info.plural:
            return None
        second = title_at.get(t.end + joined.end())
        if second is None or second.info.kind == "role" or second.info.plural:
            return None
        comma = re.match(r",[ \t]+", self.text[second.end : second.end + 4])
        if not comma:
            return None
        pos = second.end + comma.end()
        gap = honorific_gap().match(self.text, pos, pos + 30)
        run = run_at.get(gap.end() if gap else pos)
        if run is None or len(run.tokens) < 2 or self.text[run.end : run.end + 1] not in (",", " ", "."):
            return None
        return run

    def _give_title(self, p: PersonDraft, t: TitleHit) -> None:
        info = t.info
        rank = {"head": 4, "org": 3, "office": 2, "counterpart": 2, "role": 1}
        kind = info.kind
        if kind == "org" and not t.organization:
            kind = "role"
        if kind == "counterpart":
            return self._counterpart(p, t)
        if t.owner_pronoun and not t.country and not t.organization:
            p.owner_at = t.title_start
        title = t.title
        if not p.gender:
            p.gender = title_genders().get(t.title, "")
        modifiers = (t.modifier or "").split()
        if "shadow" in modifiers:
            # "Shadow Home Secretary X": the opposition's spokesman for the office, not its holder.
            title, kind = "Shadow " + title, "office"
        if modifiers[:1] in (["former"], ["ex"]):
            title = "former " + title
        former, had_former = title.startswith("former"), (p.title or "").startswith("former")
        if former and p.title_kind not in (None, "role") and not had_former:
            return  # "AU Commission chairperson X, the former Djiboutian foreign minister": the office now
        outranks = p.title_kind is None or rank.get(kind, 0) > rank.get(p.title_kind, 0)
        if outranks or (had_former and not former):
            p.title, p.title_kind = title, kind
            if t.organization:
                p.organization = t.organization
        country = t.country or (info.country if not t.organization else None)
        if t.organization and not t.country:
            org = organisations().get(t.organization)
            country = org.country if org else None
        if country and (p.country is None or not p.country_from_text):
            p.country = country
            p.country_from_text = bool(t.country)

    def _counterpart(self, p: PersonDraft, t: TitleHit) -> None:
        """ "his Brazilian counterpart X": X holds the same office in another state."""
        holders = [
            q
            for q in self.people
            if q is not p and q.title_kind in ("head", "office") and q.last_seen < t.start
        ]
        if holders:
            other = max(holders, key=lambda q: q.last_seen)
            p.title, p.title_kind = counterpart_title(other.title), other.title_kind
        else:
            self._counterparts_pending.append((p, t))
        if t.country:
            p.country, p.country_from_text = t.country, True

    def _counterparts_of_offices_by_reference(self) -> None:
        """ "Jack Straw's residence ... the foreign secretary's house ... Mr Straw and his Spanish
        counterpart X": the office came from a bare title, after X was read; X holds it too."""
        for p, t in self._counterparts_pending:
            if p.title is not None:
                continue
            holders = [
                (self._last_mention_before(i, t.start), q)
                for i, q in enumerate(self.people)
                if q is not p and q.kind == "person" and q.title_kind in ("head", "office")
            ]
            holders = [(at, q) for at, q in holders if at >= 0]
            if holders:
                other = max(holders, key=lambda aq: aq[0])[1]
                p.title, p.title_kind = counterpart_title(other.title), other.title_kind

    def _in_headline(self, run: NameRun) -> bool:
        sentence = self.doc.sentence_at(run.start)
        return sentence is not None and sentence.kind in ("headline", "fragment")

    def _drop_opener(self, run: NameRun, anchored: dict[int, tuple[TitleHit, str]]) -> NameRun | None:
        """ "Like Corker, ...", "Visiting Brazilian ...": an ordinary word opening the
        sentence is not the first name of the person after it."""
        if len(run.tokens) == 1 or run.start in anchored or not self._looks_like_non_person(run):
            return run
        second = self.text.find(run.tokens[1], run.start + len(run.tokens[0]))
        return NameRun(second, run.end, run.tokens[1:], run.possessive)

    def _known_parts(self, run: NameRun) -> list[tuple[int, NameRun]]:
        """The people a title-case line names: the whole run if known, else its known words."""
        idx = self._match_full(run) if len(run.tokens) > 1 else None
        if idx is not None and {fold_name(t) for t in run.tokens} <= self.people[idx].folded():
            return [(idx, run)]
        parts = []
        pos = run.start
        for token in run.tokens:
            at = self.text.find(token, pos)
            pos = at + len(token)
            idx = self._match_short(token, at)
            if idx is not None:
                parts.append((idx, NameRun(at, pos, (token,), run.possessive and pos == run.end)))
        return parts

    def _opens(self, run: NameRun) -> bool:
        sentence = self.doc.sentence_at(run.start)
        return sentence is not None and not re.search(r"\w", self.text[sentence.start : run.start])

    def _looks_like_non_person(self, run: NameRun) -> bool:
        # A first word that is an ordinary sentence opener ("Visiting", "Critics").
        if self._opens(run):
            first = run.tokens[0]
            if (
                first in family_first()
                or first in self._mid_sentence_firsts
                or first.lower() in name_particles()
            ):
                return False  # "Von der Leyen said" opens with her name
            if len(first) > 5 and first.endswith("ing"):
                return True  # "Visiting Brazilian President ...", "Speaking in London, ..."
            return first.lower() in self._lower_words or first.lower() in sentence_starters()
        return False

    def _has_speech_evidence(self, run: NameRun) -> bool:
        if run.tokens[0] in places.surfaces():
            return False  # "Georgia said" (a state, even when it is not a country here)
        after = self.text[run.end : run.end + 30]
        if _ADMINISTRATION.match(after):
            return True  # "the Obama administration"
        before = self.text[max(0, run.start - 30) : run.start]
        if reporting_after().match(after) or reporting_before().search(before):
            return run.tokens[0].lower() not in self._lower_words
        return False

    def _titles_by_context(self, titles: list[TitleHit], anchored: dict[int, tuple[TitleHit, str]]) -> None:
        """Titles given by the sentence rather than next to the name.

        "X visited Washington as Burma's de facto leader", "Arafat's role as head
        of the PLO", "the Obama administration" (a president).
        """
        kept = []
        for t, who in self.title_refs:
            before = self.text[max(0, t.start - 60) : t.start]
            m = _AS_TITLE.search(before)
            # "as president he would ...", "said as home secretary he gave ...": the office of the
            # clause's own subject; "no-one ... could become premier": no one's office.
            hypothetical = _HYPOTHETICAL.match(self.text, t.end) or _UNREAL_BECOME.search(before)
            if not m or t.info.kind == "role" or t.info.plural or hypothetical:
                kept.append((t, who))
                continue
            at = t.start - (len(before) - m.start())
            owners = []
            role = _role_of().search(before[: m.start()])
            if role:
                owner = self._person_ending_at(t.start - (len(before) - role.start()))
                if owner is not None:
                    owners.append(owner)
            if not owners or _takes_over().search(before):
                subject = self._sentence_subject(at)
                if subject is not None and subject not in owners:
                    owners.append(subject)
            if not owners:
                kept.append((t, who))
                continue
            for idx in owners:
                self._give_title(self.people[idx], t)
                self.people[idx].evidence += 1
        self.title_refs = kept
        for _, end, idx, _ in list(self.mentions):
            p = self.people[idx]
            if p.title is None and _ADMINISTRATION.match(self.text, end):
                p.title, p.title_kind = "President", "head"

    def _offices_in_relative_clauses(self, orgs: list[tuple[int, int, Organisation]]) -> None:
        """ "Mahmoud Ali Youssouf, the Djiboutian diplomat who chairs the African Union Commission,"
        and "X, a former minister who now heads the WHO,": the person named before the appositive
        holds the body's office."""
        for s, e, org in orgs:
            if not re.match(r"[ \t]*(?:[,.;)]|and\b|$)", self.text[e : e + 5]):
                continue  # "who runs the WHO office in Lagos": a branch, not the body
            window = self.text[max(0, s - 200) : s]
            m = _office_verb_before().search(window)
            if not m:
                continue
            at = s - (len(window) - m.start())
            idx = self._person_ending_at(at)
            if idx is None or self.people[idx].kind != "person":
                continue
            title = _office_verbs()[" ".join(m.group("verb").split())]
            info = TitleInfo(title, "org", None, False, organization=org.name)
            hit = TitleHit(s, s, s, s, info, title, org.country, org.name, None)
            p = self.people[idx]
            if p.title_kind in (None, "role") or (p.title or "").startswith("former"):
                # The office now beats an earlier one, and its state ("a former Brazilian minister").
                p.title, p.title_kind = None, None
                p.country, p.country_from_text = None, False
            self._give_title(p, hit)
            p.evidence += 1

    def _person_ending_at(self, end: int) -> int | None:
        for _, e, idx, _ in self.mentions:
            if e == end and self.people[idx].kind == "person":
                return idx
        return None

    def _sentence_subject(self, at: int) -> int | None:
        """The person the clause before `at` is about: the nearest one named earlier in the
        sentence, skipping possessives ("After Arafat's death, Speaker X was sworn in as ...")."""
        sentence = self.doc.sentence_at(at)
        if sentence is None:
            return None
        found = [
            (s, idx)
            for s, _, idx, kind in self.mentions
            if sentence.start <= s < at and self.people[idx].kind == "person" and kind in ("name", "title")
        ]
        return max(found)[1] if found else None

    def _mentions_by_start(self) -> list[tuple[int, int, int, str]]:
        if len(self._sorted_mentions) != len(self.mentions):
            self._sorted_mentions = sorted(self.mentions)
        return self._sorted_mentions

    def _mentions_within(self, start: int, end: int) -> list[tuple[int, int, int, str]]:
        """Mentions that start in [start, end), in text order (a bisect, not a scan)."""
        mentions = self._mentions_by_start()
        return mentions[bisect_left(mentions, (start,)) : bisect_left(mentions, (end,))]

    def _someone_between(self, idx: int, start: int, end: int) -> bool:
        """Is another person named between two offsets?"""
        mentions = self._mentions_by_start()
        k = bisect_left(mentions, (start,))
        while k < len(mentions) and mentions[k][0] < end:
            if mentions[k][2] != idx and self.people[mentions[k][2]].kind == "person":
                return True
            k += 1
        return False

    def _country_mentions_in(self, start: int, end: int) -> list[CountryMention]:
        starts = self._cm_starts
        i = bisect_left(starts, start)
        out = []
        while i < len(starts) and starts[i] < end:
            out.append(self.country_mentions[i])
            i += 1
        return out

    def _bodies(self, ctx: TitleContext, orgs: list[tuple[int, int, Organisation]]) -> None:
        """Bodies that speak: ministries, seats of government, international organisations."""
        text = self.text
        for m in self._body_matches:
            if inside_spans(self.credits, m.start(), m.end()):
                continue
            name = re.sub(r"\s+", " ", m.group("body"))
            country = None
            cm = ctx.country_at_end.get(m.start("body") - 1) or ctx.country_at_end.get(m.start("body") - 3)
            if cm:
                country = cm.code
            if country:
                name = f"{name} of {places.country_name(country)}"
            self._body_mention(name, country, None, m.start(), m.end())
        for m in self.country_mentions:
            if text[m.start : m.end] in places.seats():
                self._body_mention(text[m.start : m.end], m.code, None, m.start, m.end)
        for s, e, org in orgs:
            self._body_mention(org.name, org.country, org.name, s, e)

    def _body_mention(self, name: str, country: str | None, org: str | None, start: int, end: int) -> None:
        i = self._bodies_by_name.get(name)
        if i is None:
            self.people.append(PersonDraft(tokens=(name,), kind="body", country=country, organization=org))
            i = self._bodies_by_name[name] = len(self.people) - 1
        p = self.people[i]
        p.forms[name] = p.forms.get(name, 0) + 1
        self.mentions.append((start, end, i, "name"))

    def _pronouns(self) -> None:
        """ "he", "she", "his", "her", "him": the salient fitting person (pronoun_links.py)."""
        self.mentions += link_pronouns(self.doc, self.people, self.mentions, self.quoted)

    def _finish(self) -> Cast:
        # Drop one-word "people" that are only ever a bare word with no evidence.
        keep: dict[int, int] = {}
        people: list[Person] = []
        counts = Counter(i for _, _, i, k in self.mentions if k != "pronoun")
        for i, p in enumerate(self.people):
            if p.kind == "person" and len(p.tokens) == 1 and p.evidence == 0 and sum(p.forms.values()) < 2:
                continue
            keep[i] = len(people)
            name = p.name
            aliases = tuple(sorted({f for f in p.forms if f != name}, key=lambda f: (-p.forms[f], f)))
            is_leader = p.kind == "person" and p.title_kind in ("head", "office", "org")
            country = p.country if (is_leader or p.country_from_text or p.kind == "body") else p.country
            people.append(
                Person(
                    name=name,
                    aliases=aliases,
                    title=p.title,
                    country=country,
                    organization=p.organization,
                    is_leader=is_leader,
                    kind=p.kind,
                    mentions=counts[i],
                    gender=p.known_gender(),
                )
            )
        mentions = sorted(
            {Mention(s, e, keep[i], k) for s, e, i, k in self.mentions if i in keep},
            key=lambda m: (m.start, m.end, m.person, m.kind),  # ties in a fixed order, run to run
        )
        required: dict[str, int] = {}
        for p in people:
            if p.is_leader and p.country:
                required[p.country] = 1
        countries = places.rank_countries(self.doc, self.country_mentions, required)
        return Cast(
            people=tuple(people),
            mentions=tuple(_drop_overlaps(mentions)),
            countries=countries,
            country_mentions=self.country_mentions,
        )


# A name of up to this many words is matched by looking up each subset of its words.
_SUBSET_WORDS = 6


def _patronymic(tokens: tuple[str, ...]) -> bool:
    return any(t.lower() in lexicon.word_set(lexicon.NAME_WORDS, "patronymic") for t in tokens)


_GENERATION_BEFORE = re.compile(r"\b[Tt]he[ \t]+(younger|elder|older)[ \t]+$")
_CHILD_BEFORE = re.compile(
    r"\b(?:son|daughter|grandson|granddaughter|younger[ \t]+(?:brother|sister))\b,?[ \t]+(?:[a-z]+[ \t]+)?$",
    re.I,
)


# "Burkina Faso's Captain ", "Malian Colonel ": a state, then a military rank, before a name.
_STATE_RANK_BEFORE = re.compile(r"((?:[A-Z][\w-]*[ \t]+)*[A-Z][\w-]*)(?:['’]s)?[ \t]+([A-Z][a-z]+\.?)[ \t]+$")


_ACRONYM_AFTER = re.compile(r"[ \t]*\([A-Z][A-Za-z.&-]{1,11}\)")


_GIVEN_NAME_TITLE_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)[ \t]+$")


@cache
def _office_verbs() -> dict[str, str]:
    return {verb: title for verb, title in read_tsv("office_verbs.tsv")[1:]}


@cache
def _office_verb_before() -> re.Pattern[str]:
    """Before a body's name: the end of a name, its appositive if any, "who", an office verb."""
    verbs = places.trie_alternation(sorted(_office_verbs(), key=len, reverse=True)).replace("\\ ", "\\s+")
    return re.compile(
        rf"(,[ \t]+(?:a|an|the)[ \t]+[^,.;:\"“”()]{{1,120}}?)?,?[ \t]+who[ \t]+(?:now[ \t]+|currently[ \t]+)?"
        rf"(?P<verb>{verbs})[ \t]+(?:the[ \t]+)?$"
    )


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


def _drop_overlaps(mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        if out and m.start < out[-1].end:
            if (m.end - m.start) > (out[-1].end - out[-1].start):
                out[-1] = m
            continue
        out.append(m)
    return out


# ", a member of the ... and ": an appositive (no comma or full stop inside) whose last part is an office.
_LONG_APPOSITIVE = re.compile(
    r",[ \t]+(?:a|an|the)[ \t]+[^,.;:\n\"“”()]{3,140}?[ \t]and[ \t]+(?:the[ \t]+)?$"
)


_AS_TITLE = re.compile(
    r"\b(?:as|became|becomes|become|becoming)\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:new\s+)?$"
)


_HYPOTHETICAL = re.compile(
    r",?\s+(?:(?:he|she|they|I|we|you)\s+(?:would|will|could|might|can|'d)\b|(?-i:he|she|they|I|we)\s+[a-z]+)",
    re.I,
)


# "could become premier", "wants to become president": an office someone might hold, not one they hold.
_UNREAL_BECOME = re.compile(
    r"\b(?:could|would|might|may|can|cannot|can't|couldn't|should|to|never)\s+(?:not\s+)?become\s+"
    r"(?:(?:the|a|an)\s+)?(?:new\s+)?$",
    re.I,
)


@cache
def _role_of() -> re.Pattern[str]:
    return re.compile(rf"['’]s?\s+(?:{lexicon.alternation('title_words.tsv', 'role_noun')})\s+$")


@cache
def _takes_over() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{lexicon.alternation(lexicon.TRIP_WORDS, 'takes_over')})\b", re.I)


_ADMINISTRATION = re.compile(r"['’]?s?\s+administration\b")


@cache
def _body_pattern() -> re.Pattern[str]:
    """Ministries, seats of ministries and named documents that speak ("the Foreign Ministry",
    "Ministry of National Defense", "the State Department", "the Washington Summit Declaration")."""
    ministry, ministry_of = (
        lexicon.alternation(lexicon.SPEECH_WORDS, "ministry"),
        lexicon.alternation(lexicon.SPEECH_WORDS, "ministry_of"),
    )
    offices, documents = (
        lexicon.alternation(lexicon.SPEECH_WORDS, "body_office"),
        lexicon.alternation(lexicon.SPEECH_WORDS, "document"),
    )
    return re.compile(
        rf"(?<![\w-])(?=[tA-Z])(?:the[ \t]+)?(?P<body>(?:{ministry})[ \t]+(?:Ministry|Office)"
        rf"|Ministry[ \t]+of[ \t]+(?:the[ \t]+)?(?:{ministry_of})|{offices}"
        rf"|(?:[A-Z][\w-]+[ \t]+){{1,3}}(?:{documents}))"
    )


def build_cast(
    doc: Document, country_mentions: tuple[CountryMention, ...], quotations: Sequence[Quoted] | None = None
) -> Cast:
    """The Cast of the article. `quotations` are quotes.marks' find_quotations(doc), found once
    for the article (found here if not given)."""
    if not doc.text:
        return Cast(country_mentions=country_mentions)
    quoted = QuotedText(find_quotations(doc) if quotations is None else quotations)
    return _Builder(doc, country_mentions, quoted).build()
