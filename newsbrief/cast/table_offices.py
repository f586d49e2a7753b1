"""Steps 10 and 11 of the Cast: offices from the world-leaders table (newsbrief/leader_table.py).

"Putin and Erdogan spoke by phone", "Evo Morales said": a person the text names in full at
least once, to whom the text gives no office, and whose full name the table lists with a term
covering the article's date (leader_table.article_day: Document.published, a year-only date
as its 1 July, else today), holds that term's office, in its state or organisation; the
Person says so (`office_from="table"`), since the text did not.
A state the text gives the person ("Kenya's William Ruto") must be the table's.

"Prime Minister Yasuhiro Nakasone" in a wire that never says which state's, "Treasury Secretary
James Baker" whom the words around him placed in Britain (states_from_table): the text gave an
office but not its state, and when every state office the table lists for that full name, at any
date and of any kind, is one state's, the person is that state's (a person does not serve two
states); a state the text itself gives the person stays. A leader never named in full
("President Obama") is the state's of the one holder of that office and surname in the days the
article may have been written (table_days). The date is not asked: an undated 1987
wire is read today, and the office is the text's, not the table's.

An article with no date is not taken to be today's when it writes only earlier years: a 2016
campaign story ("the 2016 race") read today would make its candidate of then today's
president. Its date is then the latest year it writes (as that year's 1 July).
"""

from __future__ import annotations

import datetime as dt
import re

from newsbrief import leader_table
from newsbrief.cast.drafts import CastDraft
from newsbrief.leader_table import FOREIGN_OFFICES, find_leader_published, terms_of
from newsbrief.model import Document

_YEAR = re.compile(r"(?<![\w.,-])(19[5-9]\d|20\d\d)(?![\w-])")


def article_date(doc: Document, today: dt.date | None = None) -> str | None:
    """Document.published, else the latest year the text writes when it is before this
    year, else None (today)."""
    if doc.published:
        return doc.published
    this_year = (today or dt.date.today()).year
    years = [int(y) for y in _YEAR.findall(doc.text)]
    latest = max((y for y in years if y <= this_year), default=None)
    return str(latest) if latest is not None and latest < this_year else None


def table_days(draft: CastDraft) -> tuple[dt.date, dt.date]:
    """The days the article may have been written on, for the world-leaders table: its date, or,
    undated, from the latest year it writes (table_offices.article_date) to today."""
    if draft.table_days is None:
        today = dt.date.today()
        day = leader_table.article_day(article_date(draft.doc), today)
        draft.table_days = (day, day) if draft.doc.published else (day, max(day, today))
    return draft.table_days


def offices_from_table(draft: CastDraft) -> None:
    published = article_date(draft.doc)
    # No date and no year written: the days the offices the text names were held together
    # ("President Ali Khamenei, Prime Minister Mir-Hossein Mousavi": 1981-1989), else today.
    era = _era_of_offices(draft) if published is None else None
    for p in draft.people:
        if p.kind != "person" or p.title is not None or p.full_mentions == 0 or len(p.tokens) < 2:
            continue
        if p.title_kind is not None and p.placed_at < 0:
            continue  # an office the text gave, if not by name
        full = [f for f in sorted(p.forms, key=lambda f: (f != p.name, f)) if len(f.split()) > 1]
        if era is not None:
            term = next((t for f in full if f not in p.styled for t in terms_of(f) if _spans(t, era)), None)
        else:
            term = next(
                (t for t in (find_leader_published(f, published) for f in full if f not in p.styled) if t),
                None,
            )
        if term is None or (p.country_from_text and p.country and p.country != term.country):
            continue
        p.title = term.office
        p.title_kind = "org" if term.organization else "office" if term.office in FOREIGN_OFFICES else "head"
        p.organization = term.organization
        p.country, p.country_from_text = term.country, term.country is not None
        p.office_from = "table"


def _era_of_offices(draft: CastDraft, today: dt.date | None = None) -> tuple[dt.date, dt.date] | None:
    """The days (to today at the latest) on which every person the text names with a current
    office held it by the table, when at least one such person is in it and the terms meet;
    else None. An undated wire naming 'Prime Minister Yasuhiro Nakasone' is of 1982-1987."""
    today = today or dt.date.today()
    first, last = dt.date.min, dt.date.max
    found = False
    for p in draft.people:
        if p.kind != "person" or not p.title or p.office_from or p.title.startswith("former"):
            continue
        if len(p.tokens) < 2:
            # "President Obama": the one holder of that office and surname in the table, if one
            terms = list(leader_table.holders(p.tokens[0], p.title, dt.date.min, today))
            if len({t.name for t in terms}) != 1:
                continue
        else:
            terms = [
                t
                for f in p.forms
                if len(f.split()) > 1 and f not in p.styled
                for t in terms_of(f)
                if _office_key(t.office) == _office_key(p.title)
            ]
        if not terms:
            continue
        found = True
        first = max(first, min(t.start for t in terms))
        ends = [t.end or (t.as_of or today) for t in terms]
        last = min(last, max(ends))
    if not found or first > last:
        return None
    return first, min(last, today)


def _spans(term: leader_table.TableLeader, era: tuple[dt.date, dt.date]) -> bool:
    """Was the term held for three quarters of the era or more? ("Hillary Clinton" is no Secretary
    of State in a text of Obama's eight years: she held it for four.)"""
    first, last = era
    end = term.end or term.as_of or last
    held = (min(end, last) - max(term.start, first)).days
    return held >= 0.75 * max((last - first).days, 0)


def _office_key(office: str) -> str:
    """An office as the text and the table both may say it: "former" left out, the foreign
    offices one ("Foreign Secretary" in GB, "Secretary of State" in the US)."""
    office = office.lower().removeprefix("former ").strip()
    return "foreign" if office in _FOREIGN_KEYS else office


_FOREIGN_KEYS = frozenset(o.lower() for o in FOREIGN_OFFICES)
# A term of another office tells the person's state only when it lies this near the article's
# days: 'Treasury Secretary James Baker' in 1987 is the Secretary of State of 1989, but 'Health
# Minister John Howard' in a 2025 Nairobi story is not the Australian prime minister of 1996-2007.
# A text that writes no date and no year may be of any time.
OTHER_OFFICE_YEARS = 8


def states_from_table(draft: CastDraft) -> None:
    if article_date(draft.doc) is None:
        near = (dt.date.min, dt.date.max)  # no date and no year written: any term may be the one
    else:
        first, last = table_days(draft)
        years = dt.timedelta(days=365 * OTHER_OFFICE_YEARS)
        near = (first - years, last + years)
    for p in draft.people:
        if p.kind != "person" or p.country_from_text or p.organization or not p.title:
            continue
        if p.title_kind not in ("head", "office") or p.office_from:
            continue
        states = {
            t.country
            for form in p.forms
            if form not in p.styled and len(form.split()) > 1
            for t in terms_of(form)
            if t.country is not None and (_office_key(t.office) == _office_key(p.title) or t.meets(*near))
        }
        if not states and len(p.tokens) == 1:
            # "President Obama", never named in full: the one holder of that surname and office
            # when the article was written.
            states = {t.country for t in leader_table.holders(p.tokens[0], p.title, *table_days(draft))}
        if len(states) == 1 and None not in states:
            p.country = states.pop()
