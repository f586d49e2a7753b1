"""What the quotation tests share: short news texts and a Cast built by hand (every occurrence of
each name is a mention), so the tests pin down the quotes package alone, whatever the Cast finds."""

from __future__ import annotations

import re

from newsbrief import build_document
from newsbrief.model import Cast, Country, CountryMention, Document, Mention, Person, Quote
from newsbrief.quotes.find import find_quotes

LEAD = "Officials from both governments met in the capital on Monday for a second round of talks.\n\n"


def cast_for(doc: Document, *people: Person) -> Cast:
    """A Cast that knows `people`: each full name and alias in the text is a mention."""
    spans: list[Mention] = []
    taken: set[int] = set()
    forms = sorted(
        ((form, i) for i, p in enumerate(people) for form in (p.name, *p.aliases)),
        key=lambda f: -len(f[0]),
    )
    for form, i in forms:
        for m in re.finditer(r"\b" + re.escape(form) + r"\b", doc.text):
            if taken.isdisjoint(range(m.start(), m.end())):
                taken.update(range(m.start(), m.end()))
                spans.append(Mention(m.start(), m.end(), i))
    spans.sort(key=lambda m: m.start)
    return Cast(people=tuple(people), mentions=tuple(spans))


def quotes_of(body: str, *people: Person) -> tuple[Document, tuple[Quote, ...]]:
    doc = build_document(LEAD + body)
    return doc, find_quotes(doc, cast_for(doc, *people))


def by_text(found: tuple[Quote, ...], start: str) -> Quote:
    matches = [q for q in found if q.text.startswith(start)]
    assert len(matches) == 1, [q.text for q in found]
    return matches[0]


YOON = Person("Yoon Suk Yeol", aliases=("Yoon",), title="President", country="KR", is_leader=True)


KISHIDA = Person("Fumio Kishida", aliases=("Kishida",), title="Prime Minister", country="JP", is_leader=True)


BERG = Person("Anna Berg", aliases=("Berg",), title="Foreign Minister", is_leader=True)


SAAR = Person("Viktor Saar", aliases=("Saar",))


LEE = Person("Lee Min-ho", aliases=("Lee",))


PARK = Person("Park Ji-won", aliases=("Park",))


BAER = Person("Kenneth Baer", aliases=("Baer",))


DECLARATION = Person("Washington Summit Declaration", kind="body")


def with_countries(doc: Document, cast: Cast, *places: tuple[str, str, str]) -> Cast:
    """`cast` plus a country mention for every (word, code, name) in the text."""
    mentions = sorted(
        (
            CountryMention(code, m.start(), m.end(), "demonym")
            for word, code, _ in places
            for m in re.finditer(r"\b" + word + r"\b", doc.text)
        ),
        key=lambda c: c.start,
    )
    countries = tuple(Country(code, name, 1) for _, code, name in places)
    return Cast(cast.people, cast.mentions, countries=countries, country_mentions=tuple(mentions))


MALLON = Person("Jack Mallon", aliases=("Mallon",), gender="male")


# The Cast tells a person's gender (Person.gender: "Ms", "Mr", a title or a given name; people.py);
# the speaker resolver only reads it.
STEWART = Person(
    "Nina Stewart", aliases=("Stewart",), title="Opposition Leader", is_leader=True, gender="female"
)
