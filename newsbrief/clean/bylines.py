"""Bylines, datelines, time stamps, photo credits and captions in a pasted page.

These are kept out of the summary: bylines and date lines are removed (the
reporter's name becomes `source.author`), captions stay in the text but are
marked, credits go. Tabloid datelines and wire bylines run into a paragraph
are cut out of it (`split_inline_furniture`).
"""

from __future__ import annotations

import re
from functools import cache

from newsbrief.calendar import MONTH, WEEKDAY
from newsbrief.clean.units import EMAIL, TERMINAL, WORD, Label, Unit, word_list
from newsbrief.model import RemovedLine
from newsbrief.tables import read_lines


@cache
def _credit_words() -> tuple[str, ...]:
    return tuple(sorted((w.casefold() for w in read_lines("photo_credits.txt")), key=len, reverse=True))


@cache
def _credit_alternation() -> str:
    return r"\b(?:" + "|".join(re.escape(w) for w in _credit_words()) + r")\b"


@cache
def _credit_alternation_re() -> re.Pattern[str]:
    return re.compile(_credit_alternation(), re.I)


@cache
def _credit_tail() -> re.Pattern[str]:
    """A photo credit that is the whole of a short text: "Jane Roe / Reuters", "(AP Photo/Jane Roe)".

    Used with `match` (the credit starts the text); its word runs are possessive,
    so a long run of word characters is read once.
    """
    agencies = "|".join(re.escape(w) for w in _credit_words())
    return re.compile(
        r"(?:"
        # "Name / Agency", "Name/Agency/Getty Images", "Agency file"
        rf"(?:[\w.'’-]++(?: [\w.'’-]++){{0,4}} ?[/|] ?)+[\w.&'’ -]{{0,40}}"
        r"|\(?(?:photo|photograph|picture|image|credit|photo credit|source)s?(?: by)? ?[:/|]? ?"
        r"[^.]{2,60}\)?"
        rf"|\(?(?:{agencies})(?: photo| file| images| pool| via [\w .]{{2,40}})?\)?"
        r")\s*$",
        re.I,
    )


@cache
def _byline_job_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in read_lines("byline_words.txt"))


_HANDLE = re.compile(r"(?<![\w@])@\w{2,}")
_DATE_TOKEN = re.compile(
    rf"\b(?:{MONTH}|{WEEKDAY}|\d{{1,4}}(?:st|nd|rd|th)?|\d{{1,2}}[:.]\d{{2}}(?:[:.]\d{{2}})?"
    r"|[ap]\.?m\.?|utc|gmt|[ecmp][sd]t|bst|cet|cest|ist|jst|kst|aest|hkt|et|pt|ago|min|mins|minutes?"
    r"|hours?|hrs?|days?|weeks?|months?|years?|yesterday|today|now|just|updated|published|posted"
    r"|last|modified|on|at|by|edt|est|pst|pdt|the|of|am|pm)\b",
    re.I,
)
_HAS_DATE = re.compile(
    rf"\b{MONTH}\s+\d{{1,2}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}|\b\d{{4}}-\d{{2}}-\d{{2}}\b"
    r"|\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d+\s+(?:min(?:ute)?s?|hours?|days?)\s+ago\b",
    re.I,
)
# "By Jane Roe", "By . Jane Roe . PUBLISHED: ...", "Written by Jane Roe", "Words by ...".
_BYLINE = re.compile(
    r"^(?:(?:written|posted|words|story|text|report(?:ed|ing)?)\s+)?by\b[\s.:|]*(?P<rest>.*)$", re.I
)
# "(Reporting by Jane Roe; Editing by John Doe)" closing wire copy.
_CREDITS_LINE = re.compile(
    r"^[(\[]?(?:additional |with )?(?:reporting|writing|editing|compiled|produced|research|graphics)"
    r"(?: and (?:editing|writing))? by\b",
    re.I,
)
# A wire dateline that opens the story: "SEOUL, Dec. 29 (Yonhap) --", "RAMALLAH, West Bank (AP) -".
_WIRE_DATELINE = re.compile(
    r"\b[A-Z][A-Z.'’-]++(?: [A-Z][A-Z.'’-]++){0,3},(?: [^\s,()]++){0,4}"
    r" \([A-Z][\w .&-]{1,30}\) ?(?:--|—|–|-)\s"
)
# The dateline that opens a story: "VIENNA —", "DUBAI, United Arab Emirates —",
# "WASHINGTON (AP) —", "NEW DELHI:", or a line of its own "BAAR, SWITZERLAND".
_STORY_DATELINE = re.compile(
    r"^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})?"
    r"(?: \([\w .&-]{2,30}\))? ?(?:—|–|--|-|:) "
    r"|^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}, [A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}$"
)


def opens_story(text: str) -> bool:
    """A paragraph that starts with a story's dateline ("VIENNA —", "NEW DELHI:")."""
    m = _STORY_DATELINE.match(text)
    if not m:
        return False
    place = re.split(r"[,(—–:-]", m.group(0))[0].strip()
    return place not in word_list("not_a_city") and len(place) >= 3


# Tabloid datelines run into the text: "By . Jane Roe . PUBLISHED: . 14:11 EST, 25 October 2013 . |".
_TABLOID_DATELINE = re.compile(
    r"(?:\bBy \. (?P<name>[^.|]{2,80}?) \. )?"
    r"(?:PUBLISHED|UPDATED|Last updated):? \.? ?[^|]{0,60}?\d{4} \.?(?: \| \.?)?"
    r"(?: ?(?:UPDATED|Last updated):? \.? ?[^|]{0,60}?\d{4} \.?(?: \| \.?)?)?",
)
# The same byline with no date after it, opening the story's first line: "By . Jane Roe . The ...".
_TABLOID_BYLINE = re.compile(
    r"^By \. (?P<name>[A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|and|de|van|von|der|la|le|du|da|bin|al)){0,5})"
    r" \. (?=\S)"
)
_SCROLL_DOWN = re.compile(r"\bScroll down (?:for (?:video|more)|to (?:see|watch|read)[^.]{0,40})\s*\.?", re.I)
_PHOTO_PREFIX = re.compile(
    r"^\(?(?:photo|photograph|picture|image|pictured|caption|above|top|left|right|file photo|file)"
    r"(?: \d+ of \d+)?\s*[:|–—-]\s*|^file (?:photo|-|–|—)|^in this [^.]{0,80}\b(?:photo|image|picture)\b",
    re.I,
)
_PICTURED = re.compile(
    r"\bpictured\b|\(pictured\)|\bis seen (?:here|during|at|in)\b|^(?:above|below|top|left|right):", re.I
)


def is_credit_line(unit: Unit) -> bool:
    """A bare photo credit: "Shutterstock", "Jane Roe/Getty Images", "(AP Photo)"."""
    if unit.text[:1] in "([" and unit.text[-1:] in ")]" and unit.words <= 6:
        return True  # "(Walt Disney Co.)" under a picture
    if unit.words > 10 or unit.terminal:
        return False
    text = unit.text.strip("()[] ")
    if text.casefold() in _credit_words():
        return True
    m = _credit_tail().match(text)
    return bool(m and ("/" in text or any(w in text.casefold() for w in _credit_words())))


def is_caption(unit: Unit) -> bool:
    text = unit.text
    if _PHOTO_PREFIX.search(text) and unit.words >= 4:
        return True
    # Prose followed by a credit: "The house in Braunau, Austria. Jane Roe / Reuters file".
    m = re.search(r"[.!?][\"'”’)]*\s+(?P<tail>[^.!?]{2,80})$", text)
    if m and not TERMINAL.search(text):
        tail = m.group("tail")
        cm = _credit_tail().match(tail)
        if cm and len(tail.split()) <= 10:
            return True
    if re.search(r"\((?:[A-Z]{2,5} )?(?:photo|image|picture|credit)s?\b[^)]{0,60}\)\s*$", text, re.I):
        return True  # "... outside a store. (AP Photo/Jane Roe, File)"
    if unit.words <= 45 and _PICTURED.search(text) and not re.search(r"[\"“”]", text):
        return True
    tail = re.search(r"\(([^()]{2,80})\)$", text)
    if tail and unit.words <= 40 and ("/" in tail.group(1) or _credit_alternation_re().search(tail.group(1))):
        return True  # "Titan in false colour, 2004. (NASA/JPL/Space Science Institute)"
    # "... back to the Moon [SpaceX via Nasa]": a bracketed credit closing the line.
    bracket = re.search(r"\[([^\]]{2,60})\]$", text)
    return bool(bracket and re.search(r"\bvia\b|/|" + _credit_alternation(), bracket.group(1), re.I))


def has_date(text: str) -> bool:
    """A date or clock time somewhere in the text ("18.11.2019 21:17", "Nov 19", "2 hours ago")."""
    return bool(_HAS_DATE.search(text) or re.search(r"\b\d{1,2}\.\d{1,2}\.\d{2,4}\b", text))


def is_date_line(unit: Unit) -> bool:
    """A line that is only a date or time stamp ("Nov. 20, 2019, 9:28 AM UTC | Updated 2h ago")."""
    if unit.words > 16 or not _HAS_DATE.search(unit.text):
        return False
    rest = _DATE_TOKEN.sub(" ", unit.text)
    rest_words = WORD.findall(rest)
    if len(rest_words) <= 2 and not unit.terminal or len(rest_words) == 0:
        return True
    # "BUENOS AIRES TIMES | Thursday, November 26, 2026": a date beside the paper's name.
    pieces = _DIVIDER.split(unit.text)
    dated = [p for p in pieces if _HAS_DATE.search(p) and not WORD.findall(_DATE_TOKEN.sub(" ", p))]
    named = [p for p in pieces if p not in dated]
    return bool(dated) and all(
        0 < len(words := WORD.findall(p)) <= 5 and all(w[:1].isupper() for w in words) for p in named
    )


_DIVIDER = re.compile(r"\s+[|·•—–]\s+")


def _byline_author(rest: str) -> str | None:
    """The reporter's name from what follows "By" (job words, dates and agencies cut)."""
    rest = EMAIL.sub(" ", _HANDLE.sub(" ", rest))
    rest = re.split(r"\s(?:\||/|·|•|-|–|—)\s|\s*[|,;(]\s*|\s\.\s|\s+(?=\d)", rest, maxsplit=1)[0]
    # Keep the point of an initial ("Troy L. Smith"); drop other trailing marks.
    words = [w.strip(":") if re.fullmatch(r"[A-Z]\.", w) else w.strip(".:") for w in rest.split()]
    names: list[str] = []
    for k, word in enumerate(words):
        tail = " ".join(words[k:]).casefold()
        if names and any(tail == j or tail.startswith(j + " ") for j in _byline_job_words()):
            break
        if names and names[0].isupper() and not word.isupper():
            break  # "RAVI NESSMAN Associated Press Writer"
        if names and _DATE_TOKEN.fullmatch(word.casefold()):
            break  # "Jane Roe November 18, 2019"
        names.append(word)
    parts = [n for n in names if n]
    if not 1 <= len(parts) <= 5 or not all(
        p[:1].isupper() or p.casefold() in word_list("name_particle") for p in parts
    ):
        return None
    name = " ".join(parts)
    return name.title() if name.isupper() else name


def byline_label(unit: Unit) -> Label | None:
    if _CREDITS_LINE.match(unit.text) and unit.words <= 45:
        return Label("byline", "reporting credits")
    if unit.words > 25:
        return None
    m = _BYLINE.match(unit.text)
    if m and unit.text[:1].isupper() or (m and unit.text[:2].casefold() == "by"):
        rest = m.group("rest")
        if not rest or not rest.lstrip(". ")[:1].isupper():
            return None
        first = rest.lstrip(". ").split()[0].strip(",.").casefold()
        if first in word_list("not_a_name") or _DATE_TOKEN.fullmatch(first):
            return None  # "By Tuesday, officials said ...", "By The end of ..."
        if unit.terminal and unit.words > 12 and not _HAS_DATE.search(unit.text):
            return None  # "By the end of the year, ..." is a sentence
        return Label("byline", "byline", _byline_author(rest.lstrip(". ")))
    return None


def split_inline_furniture(unit_text: str) -> tuple[list[str], list[RemovedLine], str | None]:
    """Furniture run into a line: tabloid datelines, "Scroll down for video", wire-byline prefixes."""
    removed: list[RemovedLine] = []
    author: str | None = None
    pieces: list[str] = []
    pos = 0
    byline = _TABLOID_BYLINE.match(unit_text)
    found = [*_TABLOID_DATELINE.finditer(unit_text), *_SCROLL_DOWN.finditer(unit_text)]
    if byline and not any(m.start() == 0 for m in found):
        found.append(byline)
    for m in sorted(found, key=lambda m: m.start()):
        if m.start() < pos or not m.group(0).strip():
            continue
        pieces.append(unit_text[pos : m.start()])
        removed.append(RemovedLine(m.group(0).strip(), "dateline" if "By" in m.group(0)[:3] else "interface"))
        if m.re in (_TABLOID_DATELINE, _TABLOID_BYLINE) and m.group("name"):
            author = author or _byline_author(m.group("name"))
        pos = m.end()
    pieces.append(unit_text[pos:])
    pieces = [p.strip() for p in pieces if p.strip()]
    # "(LEAD) ... By Jane Roe SEOUL, Dec. 29 (Yonhap) -- President ...": keep from the dateline on.
    if pieces:
        first = pieces[0]
        head = first[:400]
        by = re.search(r"\bBy\s+(?=[A-Z])", head)
        # The dateline must start within 120 characters of "By": search no further.
        wire = _WIRE_DATELINE.search(first, by.end(), by.end() + 240) if by else None
        if (
            by
            and wire
            and wire.start() - by.end() < 120
            and not re.search(r"[.!?]\s+[A-Z]", first[: by.start()])
        ):
            name = _byline_author(first[by.end() : wire.start()])
            author = author or name
            removed.append(RemovedLine(first[: wire.start()].strip(), "byline"))
            pieces[0] = first[wire.start() :]
    return pieces, removed, author


def credit_like_name(text: str) -> bool:
    """A lone name under a picture: two to four capitalised words, no verb-like lower-case word."""
    words = text.split()
    return (
        2 <= len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and not any(w.casefold() in word_list("heading_word") for w in words)
        and not TERMINAL.search(text)
        and not text.isupper()  # "FRANCE WINS" is a subheading
        and not _STORY_DATELINE.match(text)
    )
