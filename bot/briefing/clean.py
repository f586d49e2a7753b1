"""Pasted page text -> the article: interface lines out, captions and bylines marked.

People paste whole web pages: menus, share bars, link lists and footers come
with the article. The paste is cut into units (one line, or one paragraph of
hard-wrapped text), each unit is labelled from general signals (interface
words from our tables, notices addressed to the reader, bylines, datelines,
photo credits, truncated teasers, repeats, the shape of prose), and the
article is the run of units with the most prose: a maximum-sum segment over
per-unit scores, the classic body-text-extraction idea, so menus and link
lists around the story fall away without any per-site rule. Inside that run
the furniture is dropped, captions are kept but marked, and the headline
found just above it becomes the title. Everything removed is kept, with a
reason, in `CleanedText.removed` (shown by `newsbrief --debug`).
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache

from .clean_dates import full_date, published_date
from .model import CleanedText, RemovedLine, Span
from .tables import read_lines, read_tsv

# --- tables ---------------------------------------------------------------------


@cache
def _interface_lines() -> frozenset[str]:
    return frozenset(read_lines("interface_lines.txt"))


@cache
def _notice_phrase() -> re.Pattern[str]:
    phrases = sorted(read_lines("interface_phrases.txt"), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in phrases) + r")(?!\w)", re.I)


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
    """A photo credit at the end of a line: "... Jane Roe / Reuters", "(AP Photo/Jane Roe)"."""
    agencies = "|".join(re.escape(w) for w in _credit_words())
    return re.compile(
        r"(?:"
        # "Name / Agency", "Name/Agency/Getty Images", "Agency file"
        rf"(?:[\w.'’-]+(?: [\w.'’-]+){{0,4}} ?[/|] ?)+[\w.&'’ -]{{0,40}}"
        r"|\(?(?:photo|photograph|picture|image|credit|photo credit|source)s?(?: by)? ?[:/|]? ?"
        r"[^.]{2,60}\)?"
        rf"|\(?(?:{agencies})(?: photo| file| images| pool| via [\w .]{{2,40}})?\)?"
        r")\s*$",
        re.I,
    )


@cache
def word_list(name: str) -> frozenset[str]:
    """One of the word lists in data/clean_words.tsv (not_a_city, not_a_name, heading_word, ...)."""
    return frozenset(word for list_name, word in read_tsv("clean_words.tsv") if list_name == name)


@cache
def _byline_job_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in read_lines("byline_words.txt"))


# --- patterns -------------------------------------------------------------------

_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b-\u200d\u2060\ufeff]")
_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
# Sentence end: ". ! ? …" possibly followed by closing quotes or brackets, or by the
# name a quotation is credited to ("... before the deadline.” ― Ana Ruiz").
_TERMINAL = re.compile(
    r"(?:[.!?…。！？]|\.\.\.)[\"'”’)\]」』]*"
    r"(?:(?<=[\"”’])\s*[―—–]\s*[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}\.?)?$"
)
_TRUNCATED = re.compile(r"(?:\w|[,;:])\s?(?:\.\.\.|…)[\"'”’)\]]*$|\[(?:\.\.\.|…)\]$")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"https?://\S+|www\.\S+")
_HANDLE = re.compile(r"(?<![\w@])@\w{2,}")
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
_DATE_TOKEN = re.compile(
    rf"\b(?:{_MONTH}|{_WEEKDAY}|\d{{1,4}}(?:st|nd|rd|th)?|\d{{1,2}}[:.]\d{{2}}(?:[:.]\d{{2}})?"
    r"|[ap]\.?m\.?|utc|gmt|[ecmp][sd]t|bst|cet|cest|ist|jst|kst|aest|hkt|et|pt|ago|min|mins|minutes?"
    r"|hours?|hrs?|days?|weeks?|months?|years?|yesterday|today|now|just|updated|published|posted"
    r"|last|modified|on|at|by|edt|est|pst|pdt|the|of|am|pm)\b",
    re.I,
)
_HAS_DATE = re.compile(
    rf"\b{_MONTH}\s+\d{{1,2}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|\b\d{{4}}-\d{{2}}-\d{{2}}\b"
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
    r"\b[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3},(?: [^\s,()]+){0,4}"
    r" \([A-Z][\w .&-]{1,30}\) ?(?:--|—|–|-)\s"
)
# The dateline that opens a story: "VIENNA —", "DUBAI, United Arab Emirates —",
# "WASHINGTON (AP) —", "NEW DELHI:", or a line of its own "BAAR, SWITZERLAND".
_STORY_DATELINE = re.compile(
    r"^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})?"
    r"(?: \([\w .&-]{2,30}\))? ?(?:—|–|--|-|:) "
    r"|^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}, [A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}$"
)
# Words that mark a notice however they are used.
_STRONG_NOTICE = re.compile(
    r"\b(?:cookies? (?:policy|settings|preferences)|(?:use|uses|accept) (?:of )?(?:all )?cookies"
    r"|all rights reserved|privacy policy|terms of (?:use|service))\b",
    re.I,
)


def _opens_story(text: str) -> bool:
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
_SCROLL_DOWN = re.compile(r"\bScroll down (?:for (?:video|more)|to (?:see|watch|read)[^.]{0,40})\s*\.?", re.I)
# Prefixes of lines that point at other stories or widgets.
_LINK_PREFIX = re.compile(
    r"^(?:read more|read also|also read|read next|related(?: article| story| stories| coverage)?|see also"
    r"|more(?: on this)?|watch|listen|recommended|trending|most read|popular|top stories|sponsored"
    r"|click here|more from [\w ]{1,30})\s*[:>»|–—-]\s*",
    re.I,
)
_ALSO_ON = re.compile(r"^also (?:on|at|from) [\w-]+\.[a-z]{2,6}\b", re.I)
# Words run together where a pop-up card was pasted into a sentence: "Gov. Jane RoeJane Ann RoeHeadline ...".
# The card repeats the name, so one surname is glued to two different words.
_GLUED_WORDS = re.compile(r"\b([A-Z][a-z]{2,})([A-Z][a-z]{2,})")


def _pop_up_glue(text: str) -> bool:
    lefts = Counter(left for left, right in set(_GLUED_WORDS.findall(text)))
    return any(n >= 2 for n in lefts.values())


_PHOTO_PREFIX = re.compile(
    r"^\(?(?:photo|photograph|picture|image|pictured|caption|above|top|left|right|file photo|file)"
    r"(?: \d+ of \d+)?\s*[:|–—-]\s*|^file (?:photo|-|–|—)|^in this [^.]{0,80}\b(?:photo|image|picture)\b",
    re.I,
)
# The heading of the readers' comments below a story.
_COMMENTS_HEADING = re.compile(
    r"^\W*(?:\d+\s+)?(?:top[- ]rated |top |reader |readers'? |latest |recent |show |view |all |)"
    r"(?:comments?|responses?|replies|discussion)(?:\s*\(\d+\))?\W*$"
    r"|^(?:join the discussion|leave a (?:comment|reply)|add a comment|post a comment)\W*$"
    r"|^\d+ (?:thoughts|responses|comments) on\b",
    re.I,
)
# "1 Headline 2 Headline 3 Headline": a numbered list of links run into one line.
_NUMBERED_RUN = re.compile(r"(?:^|\s)1\s+\S.{3,200}?\s2\s+\S.{3,200}?\s3\s+\S")
# Headings that open what follows an article: related links, the author's bio,
# the company boilerplate of a press release.
_SECTION_END = re.compile(
    r"^about (?:the )?(?:author|writer|us\b)|^about [A-Z][\w&.-]+(?: [A-Z][\w&.-]+){0,3}$"
    r"|^(?:related|more|recommended|popular|trending|latest|more from|you may also like|you might also like"
    r"|read next|what to read next|most (?:read|popular|viewed|shared)|editor'?s? picks?|further reading)"
    r"(?: (?:posts?|articles?|stories|content|reading|news|coverage|videos?|on [\w .-]{1,40}))?\W*$"
    r"|^(?:more|latest|top stories|stories|news|popular|also|trending|videos?) (?:from|on|about|in)"
    r" [\w .&'’-]{1,40}$"
    r"|^(?:more|other|top|latest|related|popular|recommended|trending)(?: [\w'’&.-]+){0,3}"
    r" (?:stories|articles|news|videos|reads|posts|coverage|content)\W*$"
    r"|^(?:recommended for you|don'?t miss|around the web|from (?:our|the) partners?|from around the web"
    r"|(?:sponsored|promoted|partner) (?:stories|links|content)|in case you missed it|we recommend)\W*$",
    re.I,
)
_PICTURED = re.compile(
    r"\bpictured\b|\(pictured\)|\bis seen (?:here|during|at|in)\b|^(?:above|below|top|left|right):", re.I
)
_FRONT_KEY = re.compile(r"^[\w -]{1,30}:(?:\s|$)")
_RULE_LINE = re.compile(r"^\s*(?:[-=_*~#·•|]\s*){3,}$")
_MARKDOWN_HEADING = re.compile(r"^#{1,3} +(?P<text>\S.*)$")
_COUNT_LINE = re.compile(r"^[\d.,]+[kKmM]?\s*(?:\w+\s*){0,2}$")


# --- units ------------------------------------------------------------------------


@dataclass(frozen=True)
class Unit:
    """One line of the paste (or one paragraph of hard-wrapped text)."""

    text: str
    words: int
    lower_share: float  # share of words after the first that start lower-case
    terminal: bool  # ends like a sentence
    # The same share with each run of capitalised words counted as one: a news
    # lead is dense with names and titles ("He met Belgian Prime Minister Bart
    # De Wever in Brussels on Monday.") but still reads met ... in ... on.
    name_run_share: float = 0.0


@dataclass(frozen=True)
class Label:
    # prose, short, title (a line like a headline), caption, credit, byline, dateline, email,
    # interface, teaser, link, boundary (a "Related" heading), comments, repeat
    kind: str
    reason: str = ""
    author: str | None = None


def make_unit(text: str) -> Unit:
    words = _WORD.findall(text)
    rest = [w for w in words[1:] if w[0].islower() or w[0].isupper()]
    if rest:
        lower = sum(1 for w in rest if w[0].islower()) / len(rest)
    else:
        # Scripts without case (Korean, Chinese, Arabic ...) read as running text.
        lower = 1.0 if len(words) > 1 and not any(w[0].isupper() for w in words) else 0.0
    return Unit(
        text, len(words), lower, bool(_TERMINAL.search(text)), _name_run_share(words) if rest else lower
    )


def _name_run_share(words: list[str]) -> float:
    """Share of lower-case words after the first, a run of capitalised words counting once."""
    lower = runs = 0
    in_run = True  # the first word (and the run it opens) is not counted
    for word in words:
        if word[0].isupper() or word[0].isdigit():
            runs += not in_run
            in_run = True
        elif in_run and word.casefold() in word_list("name_particle"):
            continue  # "Bart De Wever", "Ursula von der Leyen"
        else:
            lower += word[0].islower()
            in_run = False
    return lower / (lower + runs) if lower + runs else 0.0


def _normalise(raw: str) -> str:
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    if "&" in text:
        text = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
    return _CONTROL.sub("", text.replace("\u00a0", " ").replace("\u2028", "\n").replace("\u2029", "\n"))


def _is_hard_wrapped(lines: list[str]) -> bool:
    """Lines of one paragraph that carry sentences across breaks (wire copy, e-mail)."""
    if len(lines) < 3:
        return False
    carried = 0
    for this, nxt in zip(lines, lines[1:], strict=False):
        this, nxt = this.strip(), nxt.strip()
        if (
            len(this) >= 30
            and nxt
            and (not _TERMINAL.search(this) and (nxt[0].islower() or this[-1] in ",;"))
        ):
            carried += 1
    return carried >= 0.3 * (len(lines) - 1)


_GLUED_SENTENCES = re.compile(
    r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z]{2})|(?<=[a-z]{2}[.!?][\"”’])(?=[A-Z][a-z]{2})"
)


def _unwrap(lines: list[str]) -> str:
    """One paragraph from hard-wrapped lines, so sentences and quotes do not break at a wrap."""
    out = lines[0]
    for ln in lines[1:]:
        out += ln if out.endswith("-") and not out.endswith(" -") else " " + ln
    return out


def _split_units(text: str) -> list[str]:
    """Paragraph-separated text -> unit texts, each stripped."""
    units: list[str] = []
    for block in re.split(r"\n[ \t]*\n", text):
        lines = [ln.rstrip() for ln in block.split("\n") if ln.strip()]
        if not lines:
            continue
        if _is_hard_wrapped(lines):
            # An indented line starts a new paragraph in wire copy.
            current: list[str] = []
            for ln in lines:
                if current and re.match(r"[ \t]+\S", ln):
                    units.append(_unwrap(current))
                    current = []
                current.append(ln.strip())
            units.append(_unwrap(current))
        else:
            for ln in lines:
                # Paragraphs run together by an extractor: "...continuous use.Nintendo Switch ..."
                units.extend(piece.strip() for piece in _GLUED_SENTENCES.split(ln) if piece.strip())
    return units


def _front_matter(text: str) -> tuple[str, list[RemovedLine], dict[str, str]]:
    """YAML front matter of a saved markdown file: removed, title and author kept."""
    m = re.match(r"\A\s*---[ \t]*\n(.*?\n)---[ \t]*\n", text, re.S)
    if not m:
        return text, [], {}
    body = m.group(1)
    lines = [ln for ln in body.split("\n") if ln.strip()]
    keyed = sum(1 for ln in lines if _FRONT_KEY.match(ln))
    if not lines or keyed < 0.5 * len(lines):
        return text, [], {}
    fields: dict[str, str] = {}
    key = ""
    for ln in body.split("\n"):
        km = _FRONT_KEY.match(ln)
        if km:
            key = ln.split(":", 1)[0].strip().casefold()
            fields[key] = ln.split(":", 1)[1].strip().strip("\"'")
        elif key and ln.strip() and not fields.get(key):
            fields[key] = ln.strip()
    removed = [RemovedLine(ln.strip(), "front matter") for ln in lines]
    return text[m.end() :], removed, fields


# --- labels -------------------------------------------------------------------


def _ui_key(text: str) -> str:
    return " ".join(re.sub(r"[\W\d_]+", " ", text.casefold()).split())


def _is_interface(unit: Unit) -> str | None:
    text = unit.text
    key = _ui_key(text)
    if not key:
        return "symbols"
    if key in _interface_lines():
        return "interface"
    if unit.words <= 8 and not unit.terminal and " " in key:
        # "Share on Facebook Share on Twitter", "Email Print Comment": only table words.
        parts = key.split()
        if all(p in _interface_lines() for p in parts):
            return "interface"
    if "©" in text or re.search(r"\bcopyright\b.{0,30}\b(?:19|20)\d\d\b", text, re.I):
        return "copyright"
    # A sentence that happens to use the words ("Economists share this view.") is
    # not a notice: notices are labels, or talk to the reader. Nor is a quotation:
    # "... go out and register to vote." ― Name is someone's words, whatever they say.
    if (
        unit.words < 30
        and _notice_phrase().search(text)
        and (
            not (unit.terminal or _quotation(text))
            or (_READER.search(text) or _READER_CALL.match(text))
            and not _quotation(text)
            or _STRONG_NOTICE.search(text)
        )
    ):
        return "notice"
    if text.count("|") >= 2 and unit.words < 40:
        return "separators"
    if _URL.search(text) and len(_URL.sub("", text).split()) <= 3:
        return "url"
    if _COUNT_LINE.match(text) and unit.words <= 3 and any(c.isdigit() for c in text):
        return "count"
    return None


# A quoted passage of three words or more, in any of the usual marks.
_QUOTATION = re.compile(r"[\"“”„«]\s*[^\"“”„«»]*?\w+\W+\w+\W+\w+[^\"“”„«»]*?[\"“”»]")


def _quotation(text: str) -> bool:
    return bool(_QUOTATION.search(text))


def _credit_line(unit: Unit) -> bool:
    """A bare photo credit: "Shutterstock", "Jane Roe/Getty Images", "(AP Photo)"."""
    if unit.text[:1] in "([" and unit.text[-1:] in ")]" and unit.words <= 6:
        return True  # "(Walt Disney Co.)" under a picture
    if unit.words > 10 or unit.terminal:
        return False
    text = unit.text.strip("()[] ")
    if text.casefold() in _credit_words():
        return True
    m = _credit_tail().search(text)
    return bool(m and m.start() == 0 and ("/" in text or any(w in text.casefold() for w in _credit_words())))


def _caption(unit: Unit) -> bool:
    text = unit.text
    if _PHOTO_PREFIX.search(text) and unit.words >= 4:
        return True
    # Prose followed by a credit: "The house in Braunau, Austria. Jane Roe / Reuters file".
    m = re.search(r"[.!?][\"'”’)]*\s+(?P<tail>[^.!?]{2,80})$", text)
    if m and not _TERMINAL.search(text):
        tail = m.group("tail")
        cm = _credit_tail().search(tail)
        if cm and cm.start() == 0 and len(tail.split()) <= 10:
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


def _dateline(unit: Unit) -> bool:
    """A line that is only a date or time stamp ("Nov. 20, 2019, 9:28 AM UTC | Updated 2h ago")."""
    if unit.words > 16 or not _HAS_DATE.search(unit.text):
        return False
    rest = _DATE_TOKEN.sub(" ", unit.text)
    rest_words = _WORD.findall(rest)
    return len(rest_words) <= 2 and not unit.terminal or len(rest_words) == 0


def _byline_author(rest: str) -> str | None:
    """The reporter's name from what follows "By" (job words, dates and agencies cut)."""
    rest = _EMAIL.sub(" ", _HANDLE.sub(" ", rest))
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


def _byline(unit: Unit) -> Label | None:
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


def _name_dense_sentence(unit: Unit) -> bool:
    """A lead full of names and titles ("He met Belgian Prime Minister Bart De Wever in Brussels on Monday.").

    A headline in Title Case ("Visa Program Up for Renewal Amid Allegations of
    Fraud.") has as few lower-case words, but only its small ones.
    """
    return (
        unit.terminal
        and unit.words >= 6
        and unit.name_run_share >= 0.4
        and unit.lower_share >= 0.15
        and any(w[0].islower() and w not in word_list("minor_word") for w in _WORD.findall(unit.text))
    )


def label_unit(unit: Unit) -> Label:
    text = unit.text
    if _RULE_LINE.match(text):
        return Label("interface", "rule")
    byline = _byline(unit)
    if byline:
        return byline
    if (
        _EMAIL.search(text)
        and unit.words <= 14
        and not unit.terminal
        or (_EMAIL.fullmatch(text.strip("()<> ")))
    ):
        return Label("email", "e-mail")
    if _dateline(unit):
        return Label("dateline", "dateline")
    heading = unit.words <= 6 and not re.search(r"[^.]\.$", text)
    if heading and _COMMENTS_HEADING.match(text):
        return Label("comments", "comments heading")
    if heading and _SECTION_END.match(text):
        return Label("boundary", "section heading after the article")
    if _credit_line(unit):
        return Label("credit", "photo credit")
    reason = _is_interface(unit)
    if reason:
        return Label("interface", reason)
    if _LINK_PREFIX.match(text) and not (unit.terminal and unit.words > 25) or _ALSO_ON.match(text):
        return Label("link", "link")
    if not unit.terminal and (_NUMBERED_RUN.search(text) or text.count("...") + text.count("…") >= 2):
        return Label("link", "list of links")
    if _TRUNCATED.search(text):
        return Label("teaser", "truncated teaser")
    if (
        _READER_CALL.match(text)
        and not _QUOTE_MARK.search(text)
        and unit.words <= 30
        and (_READER.search(text) or unit.words <= 12)
    ):
        return Label("interface", "notice")  # "Subscribe to X and stay smart with your favourite writers."
    if _caption(unit):
        return Label("caption", "caption")
    if _pop_up_glue(text):
        # Kept for names and quotes, never summarised: the sentence is garbled.
        return Label("caption", "garbled (pop-up text run into the sentence)")
    if (unit.terminal or text.endswith(":")) and unit.words >= 5 and unit.lower_share >= 0.3:
        return Label("prose")
    if _name_dense_sentence(unit):
        return Label("prose")
    if unit.words >= 20 and unit.lower_share >= 0.5:
        return Label("prose")
    if unit.words >= 3 and not unit.terminal and len(text) <= 250:
        return Label("title")
    return Label("short")


# --- the article run ----------------------------------------------------------------

_SCORE = {
    "short": -3.0,
    "title": -4.0,
    "interface": -6.0,
    "teaser": -8.0,
    "link": -5.0,
    "repeat": -3.0,
    "caption": -1.0,
    "credit": -1.0,
    "byline": -1.0,
    "dateline": -1.0,
    "email": -1.0,
    "boundary": -12.0,
    "comments": -12.0,
}


def unit_scores(units: list[Unit], labels: list[Label]) -> list[float]:
    """Prose scores its words; furniture scores below zero.

    A byline or time stamp below the first real paragraph opens another item
    (a comment, the next story), so there it is a strong break; a comments
    heading with comments below it is a hard one (see `article_run`).
    """
    scores: list[float] = []
    seen_prose = False
    for unit, label in zip(units, labels, strict=True):
        if label.kind == "prose":
            scores.append(float(unit.words))
            seen_prose = seen_prose or unit.words >= 15
        elif label.kind == "comments" and _comments_follow(units, labels, len(scores)):
            scores.append(HARD_BREAK)
        elif label.kind in ("byline", "dateline") and seen_prose:
            scores.append(-15.0)
        else:
            scores.append(_SCORE.get(label.kind, -3.0))
    return scores


HARD_BREAK = -40.0


_COMMENT_FURNITURE = re.compile(
    r"^(?:reply|like|likes|report|flag|share|upvote|downvote|rating|votes?|points?)\b"
    r"|\b\d+ (?:votes?|likes?|points|replies|upvotes)\b",
    re.I,
)


# A comments heading that says so beyond the bare word: "Top Rated Comments",
# "Comments (14)", "167 comments", "Leave a reply".
_STRONG_COMMENTS_HEADING = re.compile(
    r"\d|\b(?:top|rated|reader|readers|latest|recent|join|leave|add|post)\b", re.I
)


def _comments_follow(units: list[Unit], labels: list[Label], heading: int) -> bool:
    """Comments below a comments heading: time stamps, names, "Reply" and vote lines.

    A bare "Comments" link in a share bar has none of these below it.
    """
    if _STRONG_COMMENTS_HEADING.search(units[heading].text):
        return True
    signs = 0
    for i in range(heading + 1, min(len(units), heading + 16)):
        if labels[i].kind in ("dateline", "byline") or _COMMENT_FURNITURE.search(units[i].text):
            signs += 1
    return signs >= 2


def _best_run(scores: list[float], lo: int, hi: int) -> tuple[float, int, int]:
    """Maximum-sum run of scores[lo:hi] as (sum, start, end)."""
    best, best_span = 0.0, (lo, lo)
    total, start = 0.0, lo
    for i in range(lo, hi):
        if total <= 0:
            total, start = 0.0, i
        total += scores[i]
        if total > best:
            best, best_span = total, (start, i + 1)
    return best, best_span[0], best_span[1]


LONG_GAP = -60.0


def article_run(scores: list[float]) -> tuple[int, int]:
    """[start, end) of the article among unit scores (empty if nothing scores).

    A comments heading below a real run of prose (two paragraphs or more,
    so not a standfirst above a "Comments" link) ends the article: what
    follows (comments, sidebars) can be longer than the story itself. A long
    stretch of furniture (menus, link lists) also splits the page; of the
    parts, the article is the first whose best run is worth at least half
    the best part's, as stories come before the sidebars and footers.
    """
    end = len(scores)
    for i, s in enumerate(scores):
        if s <= HARD_BREAK and _best_run(scores, 0, i)[0] >= 30 and sum(1 for x in scores[:i] if x > 0) >= 2:
            end = i
            break
    parts: list[tuple[int, int]] = []
    lo, gap = 0, 0.0
    for i in range(end):
        if scores[i] > 0:
            if gap <= LONG_GAP:
                parts.append((lo, i))
                lo = i
            gap = 0.0
        else:
            gap += scores[i]
    parts.append((lo, end))
    runs = [r for r in (_best_run(scores, a, b) for a, b in parts) if r[0] > 0]
    if not runs:
        return 0, 0
    best = max(r[0] for r in runs)
    first = next(r for r in runs if r[0] >= 0.5 * best)
    return first[1], first[2]


# Units that make up a list of links under a heading.
_LINK_LIKE = frozenset({"title", "link", "teaser", "short"})
_READER = re.compile(
    r"\b(?:you|your|yours|you['’](?:re|ll|d|ve)|we|our|us|we['’](?:re|ll|d|ve)|here['’]s our)\b", re.I
)
_READER_CALL = re.compile(
    r"^(?:sign up|subscribe|join|follow|download|share|click|tap|register|log in|sign in|start your day"
    r"|stay up to date|get (?:the|our|breaking|more|your)|want more|have a tip|like this|enjoy(?:ed)? this"
    r"|thanks? (?:you )?for|don't miss|never miss|see our|read our)\b(?![-‐])",
    re.I,
)
_BIO = re.compile(
    r"^(?:[A-Z][\w.'’-]+ ){0,3}[A-Z][\w.'’-]+(?: \([^)]{1,40}\))?"
    r" (?:is|has been|was) (?:a|an|the|[A-Z][\w.]+['’]s)\b"
    r"[^.]{0,80}\b(?:reporter|writer|editor|correspondent|contributor|journalist|author|columnist|host"
    r"|curator|native|freelancer?|blogger|producer|photographer|staff|covers|newsroom"
    # ... and the company boilerplate closing a press release.
    r"|provider|company|firm|manufacturer|developer|supplier|maker|platform|agency)\b"
    r"|\b(?:can|may) be reached at\b|^(?:follow|contact|email|e-mail) (?:him|her|them|me)\b",
)
_QUOTE_MARK = re.compile(r"[\"“”]")


def _reader_notice(unit: Unit) -> bool:
    """Prose addressed to the reader (sign-up boxes, comment rules), not reporting."""
    text = unit.text
    if _QUOTE_MARK.search(text):
        return False
    if _READER_CALL.match(text) and unit.words <= 40:
        return True
    hits = len(_READER.findall(text))
    if _EMAIL.search(text) and unit.words <= 60 and hits:
        return True  # "... here's our email: letters@example.com."
    return hits >= 2 and hits >= 0.07 * unit.words and unit.words <= 60


def trim_run(
    units: list[Unit], labels: list[Label], start: int, end: int, *, furniture: bool = True
) -> tuple[int, int]:
    """Cut what the maximum-sum run swallowed at its edges.

    A "Related" or "About the company" heading with less prose below it than
    above ends the story; notices to the reader and the author's bio at the
    ends of the run are not the story either.
    """
    words = [u.words if lab.kind == "prose" else 0 for u, lab in zip(units, labels, strict=True)]
    for i in range(start, end):
        if labels[i].kind in ("boundary", "comments"):
            before, after = sum(words[start:i]), sum(words[i:end])
            # Below the story's end come link titles, or a few teasers; a lone
            # heading word followed by more paragraphs is inside the story.
            below = [k for k in range(i + 1, end) if labels[k].kind != "repeat"]
            listing = any(labels[k].kind in _LINK_LIKE for k in below[:2]) or after < 0.2 * before
            if before >= 50 and after < before and listing:
                end = i
                break
    # A sign-up box near the end: what little prose follows it belongs to the box or the footer.
    for i in range(start, end):
        if labels[i].reason in ("notice", "copyright"):
            before, after = sum(words[start:i]), sum(words[i:end])
            if before >= 100 and after < min(100, 0.15 * before):
                end = i
                break
    for i in range(max(start, end - 8), end):
        if labels[i].kind in ("prose", "caption") and _BIO.search(units[i].text) and sum(words[i:end]) < 150:
            end = i
            break
    if not furniture:
        # Clean text: only notices and bios go; a closing list or sign-off stays.
        while end > start and labels[end - 1].kind == "prose" and _reader_notice(units[end - 1]):
            end -= 1
        return start, end
    while end > start and (labels[end - 1].kind != "prose" or _reader_notice(units[end - 1])):
        end -= 1
    while start < end and (labels[start].kind != "prose" or _reader_notice(units[start])):
        start += 1
    return start, end


def _is_headline(unit: Unit, label: Label) -> bool:
    text = unit.text
    if not (3 <= unit.words <= 30 and len(text) <= 220 and "\n" not in text):
        return False
    if label.kind not in ("title", "short", "prose", "caption") or text.endswith((":", ",", ";")):
        return False
    if text.endswith(".") and not _title_case(text):
        return False  # a sentence, unless Written In Title Case.
    return text[:1].isupper() or text[:1].isdigit() or text[:1] in "\"'“‘"


def _find_headline(units: list[Unit], labels: list[Label], start: int, end: int) -> int | None:
    """The headline above the article, if the paste has one.

    A paste that opens with a title-like line has its headline there. On a
    whole page, of the title-like lines above the story, the headline is the
    one that shares most words with the story's first paragraphs ("Breaking
    News Emails" or a related link shares none).
    """
    if (
        start + 1 < len(units)
        and units[start].words <= 20
        and not re.search(r"[.!?]\s", units[start].text)
        and _opens_story(units[start + 1].text)
    ):
        return start  # "Sanders says ... endorsement." above "ROME - Bernie Sanders met ..."
    candidates = [
        i
        for i in range(max(0, start - 15), start)
        if _is_headline(units[i], labels[i]) and labels[i].kind not in ("caption", "repeat")
    ]
    if not candidates:
        return None
    if start <= 2 and candidates[0] == 0:
        # The paste opens with it (and perhaps a standfirst).
        return 0
    lead = [units[i].text for i in range(start, end) if labels[i].kind == "prose"][:3]
    story = _content_words(" ".join(lead))
    # The headline stands above the byline and the date, when the page has them.
    markers = [i for i in range(max(0, start - 15), start) if labels[i].kind in ("byline", "dateline")]
    above = [i for i in candidates if markers and i < markers[-1]]
    for group in (above, candidates):
        best, best_share = None, 0.0
        for i in group:
            words = _content_words(units[i].text)
            shared = len(words & story)
            share = shared / len(words) if words else 0.0
            if shared >= 2 and share >= 0.3 and share >= best_share:
                best, best_share = i, share
        if best is not None:
            return best
    return None


def _content_words(text: str) -> set[str]:
    words = (w.casefold().rstrip("s").rstrip("'’") for w in _WORD.findall(text))
    return {w for w in words if len(w) >= 4 and w not in word_list("headline_stopword")}


# --- the cleaner -------------------------------------------------------------------


def _split_inline_furniture(unit_text: str) -> tuple[list[str], list[RemovedLine], str | None]:
    """Furniture run into a line: tabloid datelines, "Scroll down for video", wire-byline prefixes."""
    removed: list[RemovedLine] = []
    author: str | None = None
    pieces: list[str] = []
    pos = 0
    for m in sorted(
        [*_TABLOID_DATELINE.finditer(unit_text), *_SCROLL_DOWN.finditer(unit_text)], key=lambda m: m.start()
    ):
        if m.start() < pos or not m.group(0).strip():
            continue
        pieces.append(unit_text[pos : m.start()])
        removed.append(RemovedLine(m.group(0).strip(), "dateline" if "By" in m.group(0)[:3] else "interface"))
        if m.re is _TABLOID_DATELINE and m.group("name"):
            author = author or _byline_author(m.group("name"))
        pos = m.end()
    pieces.append(unit_text[pos:])
    pieces = [p.strip() for p in pieces if p.strip()]
    # "(LEAD) ... By Jane Roe SEOUL, Dec. 29 (Yonhap) -- President ...": keep from the dateline on.
    if pieces:
        first = pieces[0]
        head = first[:400]
        by = re.search(r"\bBy\s+(?=[A-Z])", head)
        wire = _WIRE_DATELINE.search(first, by.end() if by else 0) if by else None
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


def clean_text(raw: str) -> CleanedText:
    """The article in a paste: furniture out, captions marked, headline and author found."""
    text, removed, fields = _front_matter(_normalise(raw))
    units, inline_removed, author = _units_of(text)
    removed += inline_removed
    labels = [label_unit(u) for u in units]
    mark_repeats(units, labels)
    mark_captions(units, labels)

    # Text with no page furniture at all is an article already (a wire story,
    # a pasted body): everything from its first paragraph on is kept.
    looks_clean = not any(lab.kind in _FURNITURE for lab in labels)
    if looks_clean:
        first = next((i for i, lab in enumerate(labels) if lab.kind == "prose"), None)
        if first is None:
            # A paste of a sentence or two too short to read as prose ("Putin met Xi.").
            first = next((i for i, u in enumerate(units) if u.terminal and u.words >= 3), None)
        start, end = (first, len(units)) if first is not None else (0, 0)
    else:
        start, end = article_run(unit_scores(units, labels))
    start, end = trim_run(units, labels, start, end, furniture=not looks_clean)
    mark_standfirst(units, labels, start, end)

    headline = _find_headline(units, labels, start, end) if end > start else None
    title = units[headline].text if headline is not None else fields.get("title")
    author = author or next(
        (
            labels[i].author
            for i in range(max(0, start - 12), end)
            if labels[i].kind == "byline" and labels[i].author
        ),
        None,
    )
    if not author and fields.get("author"):
        author = _EMAIL.sub("", fields["author"]).strip(" ()<>[]") or None
    published = _published(units, labels, (start, end, headline), inline_removed, fields)

    kept: list[tuple[str, bool]] = []  # (text, is_caption)
    for i, (u, lab) in enumerate(zip(units, labels, strict=True)):
        if i == headline:
            # Kept as the first paragraph; sentences.py marks it "headline" (or "caption"
            # below, when it holds more than one sentence), so it is never summarised.
            kept.append((u.text, bool(re.search(r"[.!?]\s", u.text))))
        elif not start <= i < end:
            removed.append(
                RemovedLine(u.text, "outside article" + (f" ({lab.reason})" if lab.reason else ""))
            )
        elif lab.kind in _DROPPED_IN_ARTICLE and (not looks_clean or lab.kind in _DROPPED_IN_CLEAN_TEXT):
            removed.append(RemovedLine(u.text, lab.reason or lab.kind))
        elif not looks_clean and lab.kind == "title" and 12 <= u.words <= 30 and _title_case(u.text):
            removed.append(RemovedLine(u.text, "headline of another story"))
        else:
            kept.append((u.text, lab.kind == "caption"))
    return replace(_assemble(kept, tuple(removed), title, author), published=published)


_DATE_LINE_START = re.compile(r"^\W*(?:first |last )?(?:published|posted|updated|modified)\b", re.I)


def _published(
    units: list[Unit],
    labels: list[Label],
    span: tuple[int, int, int | None],
    inline_removed: list[RemovedLine],
    fields: dict[str, str],
) -> str | None:
    """The publication date from the date lines by the headline or the top of the story.

    The page's own date sits with the headline and byline; a run of dated
    lines is a list of other stories (each title with its date), so those
    count only beside the headline.
    """
    start, end, headline = span
    for key, value in fields.items():
        # "date:", "published:", "published_at:", "pubdate:" in saved front matter
        if key in ("date", "pubdate") or key.startswith("publish"):
            date = full_date(value)
            if date:
                return date
    window = range(max(0, start - 15), min(end, start + 10))
    dated = [i for i in window if labels[i].kind in ("dateline", "byline") or _date_line_start(units[i])]
    dates = {i: full_date(units[i].text) for i in dated}
    listed = {i for i in dated if len({dates[k] for k in dated if dates[k] and abs(k - i) <= 6}) >= 3}
    anchor = headline if headline is not None else start
    near_headline = [i for i in dated if headline is not None and -3 <= i - headline <= 6 and i not in listed]
    rest = sorted((i for i in dated if i not in listed), key=lambda i: abs(i - start + 0.5))
    lines = [r.text for r in inline_removed if r.reason == "dateline" or _DATE_LINE_START.match(r.text)]
    lines += [units[i].text for i in sorted(near_headline, key=lambda i: abs(i - anchor))]
    lines += [units[i].text for i in rest if i not in near_headline]
    lead = next((units[i].text for i in range(start, end) if labels[i].kind == "prose"), None)
    return published_date(lines, lead)


def _date_line_start(unit: Unit) -> bool:
    return bool(_DATE_LINE_START.match(unit.text)) and unit.words <= 20


def _units_of(text: str) -> tuple[list[Unit], list[RemovedLine], str | None]:
    """Units of the text, with furniture run into lines cut out first."""
    unit_texts: list[str] = []
    removed: list[RemovedLine] = []
    author: str | None = None
    for piece in _split_units(text):
        md = _MARKDOWN_HEADING.match(piece)
        if md:
            piece = md.group("text").strip()
        pieces, inline_removed, inline_author = _split_inline_furniture(piece)
        unit_texts.extend(pieces)
        removed.extend(inline_removed)
        author = author or inline_author
    return [make_unit(t) for t in unit_texts], removed, author


def _repeat_key(unit: Unit) -> str:
    return " ".join(unit.text.casefold().split())


def mark_repeats(units: list[Unit], labels: list[Label]) -> None:
    """Second copies become "repeat"; prose printed twice is a caption.

    Pages print each photo caption twice, menus at top and bottom, teasers in
    two lists. (If most of the prose is doubled, the page holds the story
    twice and the first copy stays plain prose.)
    """
    counts = Counter(_repeat_key(u) for u in units)
    seen: set[str] = set()
    twice: set[str] = set()
    for i, u in enumerate(units):
        key = _repeat_key(u)
        if key in seen:
            labels[i] = Label("repeat", "repeated")
        elif counts[key] > 1 and labels[i].kind == "prose":
            twice.add(key)
        seen.add(key)
    prose_total = sum(u.words for u, lab in zip(units, labels, strict=True) if lab.kind == "prose")
    if twice and sum(u.words for u in units if _repeat_key(u) in twice) < 0.5 * prose_total:
        for i, u in enumerate(units):
            if labels[i].kind == "prose" and _repeat_key(u) in twice:
                labels[i] = Label("caption", "caption (printed twice)")


def mark_captions(units: list[Unit], labels: list[Label]) -> None:
    """Captions told by what is around them: a credit below, a "Video" label above."""
    for i in range(1, len(units)):
        if (
            labels[i].kind == "credit"
            and labels[i - 1].kind in ("prose", "title")
            and units[i - 1].words <= 120
            # A picture sits between paragraphs; "Reuters" after the last one signs the story off.
            and any(lab.kind == "prose" for lab in labels[i + 1 : i + 4])
        ):
            labels[i - 1] = Label("caption", "caption (above a credit)")
        elif (
            # A short sentence followed by a lone name: "... this week." / "Berkeley Earth".
            labels[i].kind in ("title", "short")
            and labels[i - 1].kind == "prose"
            and units[i - 1].words <= 30
            and _credit_like_name(units[i].text)
            and i + 1 < len(units)
            and labels[i + 1].kind == "prose"
        ):
            labels[i - 1] = Label("caption", "caption (above a credit)")
            labels[i] = Label("credit", "photo credit")
    for i in range(len(units) - 2):
        if (
            labels[i].kind == "interface"
            and _ui_key(units[i].text) in word_list("media_label")
            and labels[i + 1].kind == "title"
            and labels[i + 2].kind == "prose"
            and units[i + 2].words <= 40
        ):
            labels[i + 1] = Label("caption", "video or gallery title")
            labels[i + 2] = Label("caption", "video or gallery caption")


def mark_standfirst(units: list[Unit], labels: list[Label], start: int, end: int) -> None:
    """A standfirst (and caption) above the byline or dateline is not the story.

    Only near the top (two paragraphs at most above the marker): a time stamp
    further down is a live-blog entry, not the story's byline.
    """
    marker = None
    prose_above = 0
    for i in range(start, end):
        if labels[i].kind in ("byline", "dateline") or _opens_story(units[i].text):
            marker = i
            break
        prose_above += labels[i].kind == "prose"
        if prose_above > 2:
            return
    if marker is None:
        return
    before = sum(units[i].words for i in range(start, marker) if labels[i].kind == "prose")
    after = sum(units[i].words for i in range(marker, end) if labels[i].kind == "prose")
    if before and after >= 3 * before:
        for i in range(start, marker):
            if labels[i].kind == "prose":
                labels[i] = Label("caption", "standfirst")


# Labels that only page furniture gets; text without any is a clean article.
_FURNITURE = frozenset({"interface", "boundary", "comments", "credit", "link", "email"})
_DROPPED_IN_ARTICLE = frozenset(
    {"byline", "dateline", "email", "interface", "teaser", "link", "credit", "repeat", "boundary", "comments"}
)
_DROPPED_IN_CLEAN_TEXT = frozenset({"byline", "dateline", "email", "repeat"})


def _credit_like_name(text: str) -> bool:
    """A lone name under a picture: two to four capitalised words, no verb-like lower-case word."""
    words = text.split()
    return (
        2 <= len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and not any(w.casefold() in word_list("heading_word") for w in words)
        and not _TERMINAL.search(text)
        and not text.isupper()  # "FRANCE WINS" is a subheading
        and not _STORY_DATELINE.match(text)
    )


def _title_case(text: str) -> bool:
    words = [w for w in _WORD.findall(text) if len(w) > 3]
    return bool(words) and sum(1 for w in words if w[0].isupper()) >= 0.6 * len(words)


def _assemble(
    kept: list[tuple[str, bool]], removed: tuple[RemovedLine, ...], title: str | None, author: str | None
) -> CleanedText:
    parts: list[str] = []
    paragraphs: list[Span] = []
    captions: list[Span] = []
    pos = 0
    for unit_text, is_caption in kept:
        if parts:
            parts.append("\n\n")
            pos += 2
        span = Span(pos, pos + len(unit_text))
        parts.append(unit_text)
        pos = span.end
        paragraphs.append(span)
        if is_caption:
            captions.append(span)
    return CleanedText(
        text="".join(parts),
        paragraphs=tuple(paragraphs),
        captions=tuple(captions),
        removed=removed,
        title=title,
        author=author,
    )


def with_title(cleaned: CleanedText, title: str) -> CleanedText:
    return replace(cleaned, title=title.strip() or None)
