"""What the meeting tests share: people, country words, a hand-built Cast marked by surface forms
(so the tests exercise the meeting reader alone), a plain sentence splitter, and pair helpers."""

from __future__ import annotations

import re

from newsbrief.meetings.find import find_meetings
from newsbrief.model import (
    Cast,
    CountryMention,
    Document,
    Meeting,
    Mention,
    Participant,
    Person,
    Sentence,
    Span,
)

YOON = Person("Yoon Suk Yeol", ("Yoon",), "President", "KR", is_leader=True)


KISHIDA = Person("Fumio Kishida", ("Kishida",), "Prime Minister", "JP", is_leader=True)


PUTIN = Person("Vladimir Putin", ("Putin",), "President", "RU", is_leader=True)


KIM = Person("Kim Jong-un", ("Kim",), "leader", "KP", is_leader=True)


BIDEN = Person("Joe Biden", ("Biden",), "President", "US", is_leader=True)


MARQUEZ = Person("Elena Marquez", ("Marquez",), "Foreign Minister", "CL", is_leader=True)


OKAFOR = Person("Daniel Okafor", ("Okafor",), "President", "NG", is_leader=True)


LINDQVIST = Person("Anna Lindqvist", ("Lindqvist",), "Prime Minister", "SE", is_leader=True)


REPORTER = Person("Tom Hale", ("Hale",), None, None)


YOON_P = Participant("Yoon Suk Yeol", "KR")


COUNTRIES = {
    "South Korea": "KR",
    "South Korean": "KR",
    "Japan": "JP",
    "Japanese": "JP",
    "Tokyo": "JP",
    "Russia": "RU",
    "North Korea": "KP",
    "Germany": "DE",
    "Canada": "CA",
    "the Netherlands": "NL",
    "Sweden": "SE",
    "the Czech Republic": "CZ",
    "Finland": "FI",
    "Poland": "PL",
    "Chile": "CL",
    "Chilean": "CL",
    "Nigeria": "NG",
    "Nigerian": "NG",
    "Washington": "US",
    "Beijing": "CN",
    "China": "CN",
    "Chinese": "CN",
    "Brazil": "BR",
    "Brazilian": "BR",
    "Palestinian": "PS",
    "Egypt": "EG",
    "Britain": "GB",
    "British": "GB",
    "Warsaw": "PL",
    "Santiago": "CL",
    "Downing Street": "GB",
    "Kremlin": "RU",
}


_KINDS = {
    "Warsaw": "place",
    "Santiago": "place",
    "Downing Street": "capital",
    "Kremlin": "capital",
    "Japanese": "demonym",
    "South Korean": "demonym",
    "Chilean": "demonym",
    "Nigerian": "demonym",
    "Chinese": "demonym",
    "Brazilian": "demonym",
    "Palestinian": "demonym",
    "British": "demonym",
    "Tokyo": "capital",
    "Washington": "capital",
    "Beijing": "capital",
}


def cast_for(text: str, people: dict[Person, tuple[str, ...]]) -> Cast:
    """Mark every surface form of each person, and every country word, in `text`."""
    mentions = []
    taken: list[tuple[int, int]] = []
    forms = [(form, k) for k, p in enumerate(people) for form in people[p]]
    ordered = sorted(forms, key=lambda f: -len(f[0]))
    for form, k in ordered:
        for m in re.finditer(r"(?<![\w])" + re.escape(form) + r"(?![\w])", text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            kind = "pronoun" if form.islower() else "title" if form.startswith("the ") else "name"
            mentions.append(Mention(m.start(), m.end(), k, kind))
    countries = []
    for name in sorted(COUNTRIES, key=len, reverse=True):
        for m in re.finditer(r"(?<![\w])" + re.escape(name) + r"(?![\w])", text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            countries.append(CountryMention(COUNTRIES[name], m.start(), m.end(), _KINDS.get(name, "name")))
    return Cast(
        people=tuple(people),
        mentions=tuple(sorted(mentions, key=lambda m: m.start)),
        country_mentions=tuple(sorted(countries, key=lambda c: c.start)),
    )


def document(text: str) -> Document:
    """Sentences split at a full stop before a capital: enough for these texts, and independent
    of the cleaner and splitter, which have their own tests."""
    sentences = []
    start = 0
    for m in re.finditer(r"(?<=[.!?\"”])\s+(?=[A-Z\"“])|$", text):
        if m.start() > start:
            sentences.append(Sentence(len(sentences), start, m.start(), 0, text[start : m.start()]))
        start = m.end()
    return Document(text, tuple(sentences), (Span(0, len(text)),))


def meet(text: str, people: dict[Person, tuple[str, ...]]) -> tuple[Meeting, ...]:
    return find_meetings(document(text), cast_for(text, people))


def pairs(meetings) -> set[frozenset[str]]:
    out = set()
    for m in meetings:
        names = [p.name or p.country for p in m.participants]
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                out.add(frozenset((a, b)))
    return out


def pair(a: str, b: str) -> frozenset[str]:
    return frozenset((a, b))


LEADERS = {
    YOON: ("Yoon Suk Yeol", "Yoon", "the South Korean president", "The South Korean president"),
    KISHIDA: ("Fumio Kishida", "Kishida"),
    PUTIN: ("Vladimir Putin", "Putin"),
    KIM: ("Kim Jong-un", "Kim"),
    BIDEN: ("Joe Biden", "Biden"),
}


WIDER = {
    **LEADERS,
    MARQUEZ: ("Elena Marquez", "Marquez", "she", "her"),
    OKAFOR: ("Daniel Okafor", "Okafor"),
    LINDQVIST: ("Anna Lindqvist", "Lindqvist"),
}


VARGA = Person("Ines Varga", ("Varga",), "Spokesperson", "SE")


CASA = Person("Casa Verde", (), None, "NG")  # a residence a Cast mistook for a name


DUVAL = Person("Claire Duval", ("Duval",), "President", "FR", is_leader=True)


PARK = Person("Park Min-jae", ("Park",), "President", "KR", is_leader=True)


TRAVELLERS = {**WIDER, PARK: ("Park Min-jae", "Park", "he"), DUVAL: ("Claire Duval", "Duval")}


VAN_DER_BERG = Person("Lena van der Berg", ("Berg",), "President", "EU", is_leader=True)


BIN_RASHID = Person("Omar bin Rashid", ("Rashid",), "Crown Prince", "AE", is_leader=True)


VAN_DAM = Person("Pieter Van Dam", ("Dam",), "Prime Minister", "NL", is_leader=True)


def cast_with_pronoun(text: str, people: dict[Person, tuple[str, ...]], word: str, person: Person) -> Cast:
    """A Cast whose pronoun `word` (any case) was given to `person`, as a Cast that picks the last
    person named may do."""
    cast = cast_for(text, people)
    index = list(people).index(person)
    extra = [
        Mention(m.start(), m.end(), index, "pronoun") for m in re.finditer(r"\b" + word + r"\b", text, re.I)
    ]
    return Cast(
        people=cast.people,
        mentions=tuple(sorted((*cast.mentions, *extra), key=lambda m: m.start)),
        country_mentions=cast.country_mentions,
    )


APPOSED = {
    OKAFOR: ("Daniel Okafor", "Okafor", "the Nigerian president"),
    LINDQVIST: ("Anna Lindqvist", "Lindqvist"),
    MARQUEZ: ("Elena Marquez", "Marquez"),
}


ALL_THREE = {
    pair("Daniel Okafor", "Anna Lindqvist"),
    pair("Daniel Okafor", "Fumio Kishida"),
    pair("Anna Lindqvist", "Fumio Kishida"),
}


GALLERY = Person("Hale Gallery", (), None, None, kind="body")  # the Cast makes it a body (people.py)


REED = Person("Ian Reed", ("Reed",), None, None)


ROJAS = Person("Pablo Rojas", ("Rojas",), "Finance Minister", "CL", is_leader=True)
