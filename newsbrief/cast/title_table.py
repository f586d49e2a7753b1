"""The title and organisation tables (data/titles.tsv, organisations.tsv, departments.txt)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from newsbrief.tables import read_lines, read_table


@dataclass(frozen=True)
class TitleInfo:
    title: str
    kind: str  # head | office | org | role | counterpart
    country: str | None
    bare: bool
    plural: bool = False
    organization: str | None = None  # the one body whose office this is ("Commission President")
    exact: str | None = None  # an abbreviation that is a title only as written ("PM", not "pm")


@dataclass(frozen=True)
class Organisation:
    name: str
    country: str | None


TITLES_COLUMNS = ("phrase", "title", "kind", "country", "bare", "org")


@cache
def title_phrases() -> tuple[str, ...]:
    """The title phrases as titles.tsv writes them ("prime minister", "Sens.", "PM")."""
    return tuple(row[0] for row in read_table("titles.tsv", TITLES_COLUMNS, optional=1))


@cache
def titles_by_phrase() -> dict[str, TitleInfo]:
    """Every title phrase as written, in lower case (with plural forms) -> what it is: the one
    reader of titles.tsv (places reads its phrases through title_phrases)."""
    table: dict[str, TitleInfo] = {}
    for phrase, title, kind, country, bare, org in read_table("titles.tsv", TITLES_COLUMNS, optional=1):
        info = TitleInfo(
            title,
            kind,
            None if country in ("", "-") else country,
            bare == "yes",
            organization=None if org in ("", "-") else org,
            exact=phrase if phrase != phrase.lower() else None,
        )
        table[phrase.lower()] = info
    table["counterpart"] = TitleInfo("Counterpart", "counterpart", None, False)
    # Plural forms introduce lists of people ("Democratic Sens. A, B and C").
    for phrase, info in list(table.items()):
        if phrase.endswith("."):
            continue
        plural = phrase[:-1] + "ies" if phrase.endswith("y") else phrase + "s"
        table.setdefault(plural, replace(info, bare=False, plural=True))
    table["sens."] = TitleInfo("Senator", "office", "US", False, True)
    return table


@cache
def departments() -> tuple[str, ...]:
    return tuple(sorted(read_lines("departments.txt"), key=len, reverse=True))


@cache
def organisations() -> dict[str, Organisation]:
    table: dict[str, Organisation] = {}
    for name, country, variants in read_table(
        "organisations.tsv", ("name", "country", "variants"), optional=1
    ):
        org = Organisation(name, None if country in ("", "-") else country)
        for form in (name, *(v for v in variants.split("|") if v)):
            table[form] = org
    return table


@cache
def counterpart_titles() -> dict[str, str]:
    """One state's name for an office -> the name a counterpart abroad holds it under."""
    return dict(read_table("counterpart_titles.tsv", ("title", "counterpart")))


def counterpart_title(title: str) -> str:
    return counterpart_titles().get(title, title)


@cache
def title_genders() -> dict[str, str]:
    return dict(read_table("title_genders.tsv", ("title", "gender")))


@cache
def political_qualifiers() -> frozenset[str]:
    return frozenset(read_lines("political_qualifiers.txt"))
