"""Pasted text -> units: one line of the paste, or one paragraph of hard-wrapped text.

The cleaner's first step (see clean.py). Text is normalised (line ends,
entities, invisible characters), YAML front matter of a saved markdown file is
set aside, and each unit is measured for the shape of prose: how many words,
how many of them lower-case, whether it ends like a sentence. `Label` is what
clean_labels.py makes of a unit.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import cache

from newsbrief.model import RemovedLine
from newsbrief.tables import read_table


@cache
def word_list(name: str) -> frozenset[str]:
    """One of the word lists in data/clean_words.tsv (not_a_city, not_a_name, heading_word, ...)."""
    return frozenset(
        word for list_name, word in read_table("clean_words.tsv", ("list", "word")) if list_name == name
    )


_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b-\u200d\u2060\ufeff]")
WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
# Sentence end: ". ! ? …" possibly followed by closing quotes or brackets, or by the
# name a quotation is credited to ("... before the deadline.” ― Ana Ruiz").
TERMINAL = re.compile(
    r"(?:[.!?…。！？]|\.\.\.)[\"'”’)\]」』]*"
    r"(?:(?<=[\"”’])\s*[―—–]\s*[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}\.?)?$"
)
# Starts only where a run of address characters starts, and its runs are
# possessive: a long run of word characters with no "@" is read once, not once
# per starting position.
_TERMINAL_WINDOW = 200
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)+")
_FRONT_KEY = re.compile(r"^[\w -]{1,30}:(?:\s|$)")
MARKDOWN_HEADING = re.compile(r"^#{1,3} +(?P<text>\S.*)$")


@dataclass(frozen=True)
class Unit:
    """One line of the paste (or one paragraph of hard-wrapped text)."""

    text: str
    words: int
    lower_share: float  # share of words after the first that start lower-case
    terminal: bool  # ends like a sentence


@dataclass(frozen=True)
class Label:
    # prose, short, title (a line like a headline), caption, credit, byline, dateline, email,
    # interface, teaser, link, boundary (a "Related" heading), comments, repeat
    kind: str
    reason: str = ""
    author: str | None = None


def make_unit(text: str) -> Unit:
    words = WORD.findall(text)
    rest = [w for w in words[1:] if w[0].islower() or w[0].isupper()]
    if rest:
        lower = sum(1 for w in rest if w[0].islower()) / len(rest)
    else:
        # Scripts without case (Korean, Chinese, Arabic ...) read as running text.
        lower = 1.0 if len(words) > 1 and not any(w[0].isupper() for w in words) else 0.0
    # How a line ends is read from its last characters only (a sentence end and
    # the name a quotation is credited to), so a long line costs no more.
    return Unit(text, len(words), lower, bool(TERMINAL.search(text[-_TERMINAL_WINDOW:])))


def name_run_share(unit: Unit) -> float:
    """`lower_share` with each run of capitalised words counted as one word.

    A news lead is dense with names and titles ("He met Belgian Prime Minister
    Bart De Wever in Brussels on Monday.") but still reads met ... in ... on.
    """
    lower = runs = 0
    in_run = True  # the first word (and the run it opens) is not counted
    for word in WORD.findall(unit.text):
        if word[0].isupper() or word[0].isdigit():
            runs += not in_run
            in_run = True
        elif in_run and word.casefold() in word_list("name_particle"):
            continue  # "Bart De Wever", "Ursula von der Leyen"
        else:
            lower += word[0].islower()
            in_run = False
    return lower / (lower + runs) if lower + runs else 0.0


# An HTML tag left in a paste (copied from an editor's source, or escaped as &lt;span ...&gt;):
# its attribute values in quote marks are no quotation.
# Only real tag names: "<The Palace: Tale of Jang Noksu>" is a title in angle brackets.
_TAG_NAMES = (
    "a|abbr|article|aside|audio|b|blockquote|br|button|center|cite|code|div|em|figcaption|figure|font"
    "|footer|form|h[1-6]|header|hr|i|iframe|img|input|label|li|link|meta|nav|ol|p|path|picture|pre|script"
    "|section|small|source|span|strong|style|sub|sup|svg|table|tbody|td|th|thead|time|tr|u|ul|video"
)
_TAG = re.compile(
    rf"</?(?:{_TAG_NAMES})(?:\s+[A-Za-z_:][\w:.-]*(?:\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s\"'<>]+))?)*\s*/?>",
    re.IGNORECASE,
)


def normalise(raw: str) -> str:
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    if "&" in text:
        text = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
    if "<" in text:
        text = _TAG.sub("", text)
    return _CONTROL.sub("", text.replace("\u00a0", " ").replace("\u2028", "\n").replace("\u2029", "\n"))


_ADDRESS_START = re.compile(r"(?:https?://|www\.)\S")


def _is_hard_wrapped(lines: list[str]) -> bool:
    """Lines of one paragraph that carry sentences across breaks (wire copy, e-mail)."""
    if len(lines) < 3:
        return False
    carried = 0
    for this, nxt in zip(lines, lines[1:], strict=False):
        this, nxt = this.strip(), nxt.strip()
        if _ADDRESS_START.match(nxt):
            continue  # a link under a line ("https://...", "www...") carries no sentence on
        if len(this) >= 30 and nxt and (not TERMINAL.search(this) and (nxt[0].islower() or this[-1] in ",;")):
            carried += 1
    return carried >= 0.3 * (len(lines) - 1)


_GLUED_SENTENCES = re.compile(
    r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z]{2})|(?<=[a-z]{2}[.!?][\"”’])(?=[A-Z][a-z]{2})"
)
# Every glued join has a stop (and perhaps a closing mark) right before a capital: a line
# without one is not split, and the look-behinds above are not tried at each of its characters.
_GLUED_HINT = re.compile(r"[.!?][\"”’]?[A-Z]")


def _unwrap(lines: list[str]) -> str:
    """One paragraph from hard-wrapped lines, so sentences and quotes do not break at a wrap."""
    out = lines[0]
    for ln in lines[1:]:
        out += ln if out.endswith("-") and not out.endswith(" -") else " " + ln
    return out


# Where a heading element runs into the next element with no space between them, as a
# page's text does when a card's title and blurb are inline elements side by side:
# "Top 3 Cheese ShopsWondering where ...", "Is Violence On The Rise?Violence is ...".
# The word before a junction is a whole word of four letters or more: "MacDonald" and
# "YouTube" run a short prefix into a capital.
_JUNCTION = re.compile(r"(?<=[A-Za-z][a-z]{3})(?=[A-Z][a-z]*\s)|(?<=[a-z][?!])(?=[A-Z])")


def glued_heading(text: str) -> bool:
    """A heading in Title Case run into a sentence at a junction with no space.

    The part before the junction is a heading (three capitalised words or more, Title Case, no full
    stop); the part after is a sentence (six words or more, mostly lower-case). A brand
    name inside a heading ("New PlayStation Controller") leaves Title Case after it.
    """
    if len(text) > 600:
        return False
    for m in _JUNCTION.finditer(text, 0, 200):
        head, rest = text[: m.start()], text[m.start() :]
        head_words, rest_words = WORD.findall(head), WORD.findall(rest)
        capitalised = sum(1 for w in head_words if w[:1].isupper() or w[:1].isdigit())
        if capitalised < 3 or len(rest_words) < 6 or "." in head or not title_case(head):
            continue
        lower = sum(1 for w in rest_words[1:] if w[:1].islower())
        if lower >= 0.5 * (len(rest_words) - 1):
            return True
    return False


def split_units(text: str) -> list[str]:
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
                # A card's heading glued to its blurb stays one line: mark_cards reads it whole.
                if not _GLUED_HINT.search(ln) or glued_heading(ln):
                    units.append(ln.strip())
                    continue
                units.extend(piece.strip() for piece in _GLUED_SENTENCES.split(ln) if piece.strip())
    return units


def front_matter(text: str) -> tuple[str, list[RemovedLine], dict[str, str]]:
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


def title_case(text: str) -> bool:
    words = [w for w in WORD.findall(text) if len(w) > 3]
    return bool(words) and sum(1 for w in words if w[0].isupper()) >= 0.6 * len(words)
