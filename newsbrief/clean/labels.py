"""What each unit of a paste is: prose, a title, interface, a notice, a link, a caption ...

Labels come from general signals: interface words from our tables
(interface_lines.txt, interface_phrases.txt), notices addressed to the
reader, link prefixes and numbered link runs, section headings that close a
story, comment headings, truncated teasers, repeats, and the shape of prose.
Bylines, datelines and captions are told by clean_bylines.py.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from newsbrief.clean.bylines import byline_label, credit_like_name, is_caption, is_credit_line, is_date_line
from newsbrief.clean.units import EMAIL, WORD, Label, Unit, glued_heading, name_run_share, word_list
from newsbrief.tables import read_lines


@cache
def _interface_lines() -> frozenset[str]:
    return frozenset(read_lines("interface_lines.txt"))


@cache
def _notice_phrase() -> re.Pattern[str]:
    phrases = sorted(read_lines("interface_phrases.txt"), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in phrases) + r")(?!\w)", re.I)


_TRUNCATED = re.compile(r"(?:\w|[,;:])\s?(?:\.\.\.|…)[\"'”’)\]]*$|\[(?:\.\.\.|…)\]$")
_URL = re.compile(r"https?://\S+|www\.\S+")
# Words that mark a notice however they are used.
_STRONG_NOTICE = re.compile(
    r"\b(?:cookies? (?:policy|settings|preferences)|(?:use|uses|accept) (?:of )?(?:all )?cookies"
    r"|all rights reserved|privacy policy|terms of (?:use|service))\b",
    re.I,
)
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
    # "About Jane Roe" heads a bio: the name is capitalised ("About bugs" is a headline)
    r"^about (?:the )?(?:author|writer|us\b)|^about (?-i:[A-Z][\w&.-]+(?: [A-Z][\w&.-]+){0,3})$"
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
_RULE_LINE = re.compile(r"^\s*(?:[-=_*~#·•|]\s*){3,}$")
_COUNT_LINE = re.compile(r"^[\d.,]+[kKmM]?\s*(?:\w+\s*){0,2}$")


def _ui_key(text: str) -> str:
    return " ".join(re.sub(r"[\W\d_]+", " ", text.casefold()).split())


# A passage in quotation marks (any of the usual ones, none inside it).
_QUOTED = re.compile(r"[\"“”„«][^\"“”„«»]+[\"“”»]")


def _unquoted(text: str) -> str:
    """The text without its quotations of three words or more."""
    return _QUOTED.sub(lambda m: " " if len(WORD.findall(m.group(0))) >= 3 else m.group(0), text)


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
    # not a notice: notices are labels, or talk to the reader. Nor are someone's
    # quoted words ("... go out and register to vote." ― Name): only the text
    # outside quotation marks counts.
    unquoted = _unquoted(text)
    if (
        unit.words < 30
        and _notice_phrase().search(unquoted)
        and (
            not unit.terminal
            or _READER.search(unquoted)
            or _READER_CALL.match(unquoted)
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


def _name_dense_sentence(unit: Unit) -> bool:
    """A lead full of names and titles ("He met Belgian Prime Minister Bart De Wever in Brussels on Monday.").

    A headline in Title Case ("Visa Program Up for Renewal Amid Allegations of
    Fraud.") has as few lower-case words, but only its small ones.
    """
    return (
        unit.terminal
        and unit.words >= 6
        and unit.lower_share >= 0.15
        and name_run_share(unit) >= 0.4
        and any(w[0].islower() and w not in word_list("minor_word") for w in WORD.findall(unit.text))
    )


# Where a story's dateline ends ("SANTA FE, N.M. (AP) — A cat ..."): a card's headline has none.
_DATELINE_END = re.compile(r"\s(?:—|–|--?)\s|\(")


def _card_lead(unit: Unit, *, to_comma: bool = False) -> list[str]:
    """The capitalised words a line opens with, when a sentence follows them.

    A story card of a link list is a headline in Title Case run into its blurb on
    one line: "Council Votes To Close Pool After Leak The city council voted ...".
    With `to_comma`, a comma ends the lead: a name in apposition ("Mount Lee
    Lacy, 21, told ...") is a sentence's subject.
    """
    if unit.words < 12 or not unit.terminal:
        return []
    head = _DATELINE_END.split(unit.text[:200], maxsplit=1)[0]
    if to_comma:
        head = head.split(",", 1)[0]
    lead: list[str] = []
    for word in WORD.findall(head):
        if not (word[:1].isupper() or word[:1].isdigit()):
            break
        lead.append(word)
    title_case_words = [w for w in lead if w[:1].isupper() and any(c.islower() for c in w)]
    if len(lead) < 4 or len(lead) > unit.words - 6 or len(title_case_words) < 2:
        return []
    return lead


def _card(unit: Unit) -> bool:
    """A card whose headline capitalises a small word ("To", "After", "Of") only a headline
    capitalises; a story's own lead ("Michigan health officials said ...") leaves them lower-case."""
    return any(w.casefold() in _HEADLINE_ONLY_CAPITALS and w[:1].isupper() for w in _card_lead(unit)[1:])


# Small words only a headline capitalises; "The" and "A" also open names and titles
# in running text ("On The Steve Harvey Morning Show on Tuesday, ...").
_HEADLINE_ONLY_CAPITALS = word_list("minor_word") - {"a", "an", "the"}


def mark_cards(units: list[Unit], labels: list[Label]) -> None:
    """Story cards of a link list (several together) become teasers.

    A card gives itself away by a capitalised small word in its headline, or by a
    headline glued to its blurb with no space ("Top 3 Cheese ShopsWondering where ...",
    the title and blurb elements side by side); a line
    that opens with four capitalised words between two cards is one too ("Top 3
    Cheese Shops Wondering where ..."). A page with a single such line has no
    list of cards: a crawled story can run its own headline into its lead.
    """
    prose = [i for i, lab in enumerate(labels) if lab.kind == "prose"]
    strong = {i for i in prose if _card(units[i]) or glued_heading(units[i].text)}
    weak = {i for i in prose if i not in strong and _card_lead(units[i], to_comma=True)}
    cards = strong if len(strong) >= 2 else set()
    cards |= {i for i in weak if any(0 < i - k <= 2 for k in cards) and any(0 < k - i <= 2 for k in cards)}
    for i in cards:
        labels[i] = Label("teaser", _CARD)


_CARD = "headline and blurb of another story"


def label_unit(unit: Unit) -> Label:
    text = unit.text
    if _RULE_LINE.match(text):
        return Label("interface", "rule")
    byline = byline_label(unit)
    if byline:
        return byline
    if "@" in text and (  # an address holds an "@": most lines are not searched for one
        EMAIL.search(text)
        and unit.words <= 14
        and not unit.terminal
        or (EMAIL.fullmatch(text.strip("()<> ")))
    ):
        return Label("email", "e-mail")
    if is_date_line(unit):
        return Label("dateline", "dateline")
    heading = unit.words <= 6 and not re.search(r"[^.]\.$", text)
    if heading and _COMMENTS_HEADING.match(text):
        return Label("comments", "comments heading")
    if heading and _SECTION_END.match(text):
        return Label("boundary", "section heading after the article")
    if is_credit_line(unit):
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
    if is_caption(unit):
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


_READER = re.compile(
    r"\b(?:you|your|yours|you['’](?:re|ll|d|ve)|we|our|us|we['’](?:re|ll|d|ve)|here['’]s our)\b", re.I
)
_READER_CALL = re.compile(
    r"^(?:sign up|subscribe|join|follow|download|share|click|tap|register|log in|sign in|start your day"
    r"|stay up to date|get (?:the|our|breaking|more|your)|want more|have a tip|like this|enjoy(?:ed)? this"
    r"|thanks? (?:you )?for|don't miss|never miss|see our|read our)\b(?![-‐])",
    re.I,
)
_QUOTE_MARK = re.compile(r"[\"“”]")


def reader_notice(unit: Unit, *, we_alone: bool = True) -> bool:
    """Prose addressed to the reader (sign-up boxes, comment rules), not reporting.

    With `we_alone` False a run of "we" and "our" is not enough: a column may open
    in the first person ("We'd buy a game and play it to the end"), where a notice
    speaks to "you".
    """
    text = unit.text
    if _QUOTE_MARK.search(text):
        return False
    if _READER_CALL.match(text) and unit.words <= 40:
        return True
    hits = len(_READER.findall(text))
    if "@" in text and EMAIL.search(text) and unit.words <= 60 and hits:
        return True  # "... here's our email: letters@example.com."
    if not we_alone and not _SECOND_PERSON.search(text):
        return False
    return hits >= 2 and hits >= 0.07 * unit.words and unit.words <= 60


_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|you['’](?:re|ll|d|ve))\b", re.I)
_LINK_OR_HANDLE = re.compile(r"(?:^|\s)@\w|https?://|\bwww\.")


def call_to_reader(unit: Unit) -> bool:
    """A call to the reader inside an article ("Follow us at @x", "Sign up for our newsletter").

    Stricter than `reader_notice`, which reads the edges of a page: inside the
    story, "Share prices fell", "Join talks resumed" and reported speech without
    quotation marks ("The minister said we must protect our borders") are news.
    A call counts only when it also speaks to the reader or names a link, handle
    or address; a run of reader words ("we", "our") counts unless the sentence
    reports someone's words.
    """
    text = unit.text
    if _QUOTE_MARK.search(text) or unit.words > 60:
        return False
    speaks_to_reader = bool(_SECOND_PERSON.search(text))
    names_a_channel = bool(_LINK_OR_HANDLE.search(text) or EMAIL.search(text))
    if _READER_CALL.match(text) and (speaks_to_reader or names_a_channel or _READER.search(text)):
        return unit.words <= 40
    hits = len(_READER.findall(text))
    if names_a_channel and hits:
        return True
    return hits >= 2 and hits >= 0.07 * unit.words and not _REPORTED.search(text)


_REPORTED = re.compile(r"\b(?:said|says|told|tells|added|according to|urged|warned)\b", re.I)


def may_call_reader(text: str) -> bool:
    """False where call_to_reader is surely False: no call opens the text and no reader word is
    in it (every way call_to_reader says yes needs one). A test before a sentence is made into
    a Unit for it: most sentences of an article end here."""
    return bool(_READER_CALL.match(text) or _READER.search(text))


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
            and credit_like_name(units[i].text)
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
