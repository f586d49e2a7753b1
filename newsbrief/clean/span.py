"""Where the article is among the labelled units, and its headline.

The article is the run of units with the most prose: a maximum-sum segment
over per-unit scores (prose scores its words, furniture below zero), the
classic body-text-extraction idea, so menus and link lists around the story
fall away without any per-site rule. `trim_run` cuts what the run swallowed
at its edges (related links, sign-up boxes, the author's bio), and
`find_headline` picks the headline above it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from nltk.stem.snowball import EnglishStemmer

from newsbrief.clean.bylines import credit_like_name, has_date, opens_story
from newsbrief.clean.labels import reader_notice
from newsbrief.clean.units import WORD, Label, Unit, title_case, word_list

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


def unit_scores(units: list[Unit], labels: list[Label], live_stamps: list[int]) -> list[float]:
    """Prose scores its words; furniture scores below zero.

    A byline or time stamp below the first real paragraph opens another item
    (a comment, the next story), so there it is a strong break; a comments
    heading with comments below it is a hard one (see `article_run`).
    """
    scores: list[float] = []
    seen_prose = False
    live = len(live_stamps) >= 3
    for unit, label in zip(units, labels, strict=True):
        if label.kind == "prose":
            scores.append(float(unit.words))
            seen_prose = seen_prose or unit.words >= 15
        elif label.kind == "comments" and _comments_follow(units, labels, len(scores)):
            scores.append(HARD_BREAK)
        elif live and label.kind == "dateline" and _CLOCK_STAMP.match(unit.text):
            scores.append(-3.0)  # a live page's post header: the next post of the same story
        elif label.kind in ("byline", "dateline") and seen_prose:
            scores.append(-15.0)
        else:
            scores.append(_SCORE.get(label.kind, -3.0))
    return scores


HARD_BREAK = -40.0

# A live page's post header: "12:15", "Posted at 12:15", "12.15 GMT", "3:40 p.m. ET".
_CLOCK_STAMP = re.compile(
    r"^\s*(?:posted at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?"
    r"\s*(?:gmt|bst|utc|cet|cest|e[sd]t|et|p[sd]t|pt)?\s*$",
    re.I,
)


def live_post_stamps(units: list[Unit], labels: list[Label]) -> list[int]:
    """Units that head a live page's post with a clock time."""
    return [i for i, u in enumerate(units) if labels[i].kind == "dateline" and _CLOCK_STAMP.match(u.text)]


def with_first_live_post(
    units: list[Unit], labels: list[Label], stamps: list[int], start: int, end: int
) -> int:
    """The run's end, moved down over a live page's first post.

    A live page (three or more posts stamped with a clock time) puts its newest post
    first and its first post, where the story starts, at the bottom: often a few
    short lines under an advert and a share bar, too little prose for the run to
    reach. When only furniture stands between the run and the last stamp, the prose
    after that stamp is the story's too.
    """
    if len(stamps) < 3 or not any(start <= i < end for i in stamps) or stamps[-1] < end:
        return end
    last = stamps[-1]
    if any(labels[i].kind == "prose" for i in range(end, last)):
        return end
    new_end = end
    for i in range(last + 1, len(units)):
        if labels[i].kind == "prose":
            new_end = i + 1
        elif labels[i].kind not in ("title", "short", "dateline"):
            break
    return new_end


_COMMENT_FURNITURE = re.compile(
    r"^(?:reply|like|likes|report|flag|share|upvote|downvote|rating|votes?|points?)\b"
    r"|\b\d+ (?:votes?|likes?|points|replies|upvotes)\b"
    # A comment's header line: "Jane Roe on May 2, 2019 at 4:47 pm said:", "Jane says:".
    r"|^[^.!?]{2,120}\b(?:said|says|wrote|writes|commented)\s*:$",
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
_BIO = re.compile(
    r"^(?:[A-Z][\w.'’-]+ ){0,3}[A-Z][\w.'’-]+(?: \([^)]{1,40}\))?"
    r" (?:is|has been|was) (?:a|an|the|[A-Z][\w.]+['’]s)\b"
    r"[^.]{0,80}(?<![\w-])(?:reporter|writer|editor|correspondent|contributor|journalist|author|columnist|host"
    r"|curator|native|freelancer?|blogger|producer|photographer|staff|covers|newsroom"
    # ... and the company boilerplate closing a press release.
    r"|provider|company|firm|manufacturer|developer|supplier|maker|platform|agency)\b"
    r"|\b(?:can|may) be reached at\b|^(?:follow|contact|email|e-mail) (?:him|her|them|me)\b",
)


# A bio is about the writer, not reported: "..., his advisers say" or a quotation
# after it ("Lopez is the author of the bill ... 'This bill ...,' Lopez said") is news.
_REPORTED = re.compile(r"\b(?:says?|said|told|noted|according to)\b")
_QUOTATION = re.compile(r"[\"“„«][^\"“”„«»]*?\w+\W+\w+\W+\w+\W+\w+[^\"“”„«»]*[\"”»]")


def _is_bio(units: list[Unit], i: int, end: int) -> bool:
    text = units[i].text
    if not _BIO.search(text) or _REPORTED.search(text):
        return False
    return not any(_QUOTATION.search(u.text) for u in units[i + 1 : end])


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
        if labels[i].kind in ("prose", "caption") and _is_bio(units, i, end) and sum(words[i:end]) < 150:
            end = i
            break
    if not furniture:
        # Clean text: only notices and bios go; a closing list or sign-off stays.
        while end > start and labels[end - 1].kind == "prose" and reader_notice(units[end - 1]):
            end -= 1
        return start, end
    while end > start and (labels[end - 1].kind != "prose" or reader_notice(units[end - 1])):
        end -= 1
    while start < end and (labels[start].kind != "prose" or reader_notice(units[start], we_alone=False)):
        start += 1
    return start, end


def _is_headline(unit: Unit, label: Label) -> bool:
    text = unit.text
    if not (3 <= unit.words <= 30 and len(text) <= 220 and "\n" not in text):
        return False
    if label.kind not in ("title", "short", "prose", "caption") or text.endswith((":", ",", ";")):
        return False
    if text.endswith(".") and not title_case(text):
        return False  # a sentence, unless Written In Title Case.
    if re.search(r"\s[>»›]\s", text):
        return False  # a breadcrumb: "Blog > Nutrition > Meal Plans"
    return text[:1].isupper() or text[:1].isdigit() or text[:1] in "\"'“‘["


def find_headline(units: list[Unit], labels: list[Label], start: int, end: int) -> int | None:
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
        and opens_story(units[start + 1].text)
    ):
        return start  # "Sanders says ... endorsement." above "ROME - Bernie Sanders met ..."
    if start == 0 and _retold_below(units, labels):
        return 0  # "Flynn says Trump 'absolutely right' on generals." above the lede that tells it
    window = _headline_window(labels, start)
    candidates = [
        i for i in window if _is_headline(units[i], labels[i]) and _may_be_headline(units[i], labels[i])
    ]
    # The run can open with the headline itself, right above the date line or byline
    # ("Video shows rescue of girl: "We got her!"" / "Updated on: November 19, 2019").
    if (
        labels[start].reason == "standfirst"
        and 3 <= units[start].words < 20
        and "\n" not in units[start].text
        and start + 1 < end
        and labels[start + 1].kind in ("dateline", "byline")
        # Below another date line it is a caption under the page's header block.
        and not (start > 0 and labels[start - 1].kind in ("dateline", "byline"))
    ):
        return start
    if not candidates:
        return None
    if start <= 2 and candidates[0] == 0:
        # The paste opens with it (and perhaps a standfirst).
        return 0
    lead = [units[i].text for i in range(start, end) if labels[i].kind == "prose"][:3]
    story = _content_words(" ".join(lead))
    # The headline stands above the byline and the date, when the page has them.
    markers = [i for i in window if labels[i].kind in ("byline", "dateline")]
    above = [i for i in candidates if markers and i < markers[-1]]
    for group in (above, candidates):
        best, best_share = None, 0.0
        fitting = []
        for i in group:
            words = _content_words(units[i].text)
            shared = len(words & story)
            share = shared / len(words) if words else 0.0
            if shared >= 2 and share >= 0.3:
                fitting.append(i)
                if share >= best_share:
                    best, best_share = i, share
        if best is not None and _reads_as_standfirst(units[best]):
            # The standfirst under the headline retells the story and so shares
            # more of its words; the headline is the shorter line just above it.
            above_best = [i for i in fitting if best - 4 <= i < best and not _reads_as_standfirst(units[i])]
            best = above_best[-1] if above_best else best
        if best is not None and group is above:
            # The headline sits right above the byline and date; a line further up that
            # shares more words is the site's or section's name ("The Lakeford Blog").
            nearest = [
                i
                for i in fitting
                if best < i
                and units[i].words < 15  # a longer line right above the byline is a standfirst
                and not _reads_as_standfirst(units[i])
                and all(labels[k].kind not in _BETWEEN_HEADLINE_AND_BYLINE for k in range(i + 1, markers[-1]))
            ]
            best = nearest[-1] if nearest else best
        if best is not None:
            return best
    # A headline that shares no words with the lead (a pun, a question): the page's
    # layout still puts it above the byline and the date, over any names and outlet.
    # Not a name or a date, and not one of a menu's lines (a title-like line on each side).
    # The headline has its standfirst or its picture's caption (or credit) below it, in prose;
    # a letterhead or a list of labels above a date line has none. (A standfirst
    # that opens the run stands where the byline would.)
    last_marker = markers[-1] if markers else start

    def pictured(i: int) -> bool:
        # The headline's picture: a credit line right below it ("© REUTERS / POOL").
        return i + 1 < last_marker and (
            labels[i + 1].kind == "credit" or (units[i + 1].text.startswith("©") and units[i + 1].words <= 6)
        )

    framed = [
        i
        for i in (above or (candidates if labels[start].reason == "standfirst" else []))
        if any(labels[k].kind in ("prose", "caption") for k in range(i + 1, last_marker))
        or labels[start].reason == "standfirst"
        or pictured(i)
    ]
    laid_out = [
        i
        for i in framed
        if (units[i].words >= 4 or pictured(i))
        and not (credit_like_name(units[i].text) and not pictured(i))
        and not has_date(units[i].text)
        and not _reads_as_standfirst(units[i])
        and not (0 < i < len(units) - 1 and {labels[i - 1].kind, labels[i + 1].kind} <= {"title", "short"})
    ]
    return laid_out[-1] if laid_out else None


# What may not stand between the headline and its byline: text of the page's own.
_BETWEEN_HEADLINE_AND_BYLINE = frozenset({"prose", "title", "caption"})


def _retold_below(units: list[Unit], labels: list[Label]) -> bool:
    """The paste opens with a short one-sentence line that the longer paragraph below retells.

    A headline written as a sentence ends with a point like one; what gives it
    away is that the lede under it says the same with more words.
    """
    first = units[0]
    # One sentence: a point after a lone capital is an initial ("Mary J. Blige sings ...").
    if not 4 <= first.words <= 16 or re.search(r"(?<!\b[A-Z])[.!?][\"'”’]?\s", first.text):
        return False
    words = _content_words(first.text)
    # The lede may come after a standfirst.
    ledes = [
        k
        for k in (1, 2)
        if k < len(units) and labels[k].kind == "prose" and units[k].words >= 1.5 * first.words
    ]
    return len(words) >= 3 and any(
        len(words & _content_words(units[k].text)) >= 0.6 * len(words) for k in ledes
    )


# Lines that do not count towards how far above the story a headline is looked for:
# a share bar, a repeated menu, the date and the byline stand between them.
_FURNITURE_LINES = frozenset({"repeat", "interface", "credit", "dateline", "byline", "email"})


def _headline_window(labels: list[Label], start: int) -> list[int]:
    """The 15 lines above the story (furniture not counted), at most 30 units up, top first."""
    window: list[int] = []
    counted = 0
    for i in range(start - 1, max(-1, start - 31), -1):
        window.append(i)
        counted += labels[i].kind not in _FURNITURE_LINES
        if counted >= 15:
            break
    return window[::-1]


def _may_be_headline(unit: Unit, label: Label) -> bool:
    """Not a caption, except a line with no full stop above a credit ("REUTERS"), which
    mark_captions took for one; a repeat may be the headline printed again in a gallery."""
    if label.kind != "caption":
        return True
    return label.reason == "caption (above a credit)" and not unit.terminal


def _reads_as_standfirst(unit: Unit) -> bool:
    """Two sentences, or a long one: a standfirst, not a headline."""
    return unit.words >= 20 or bool(re.search(r"[.!?][\"'”’]?\s+[A-Z]", unit.text))


def _content_words(text: str) -> set[str]:
    """Stems of the longer words ("glitches" and "glitch" match), stop words left out."""
    words = (w.casefold().removesuffix("'s").removesuffix("’s") for w in WORD.findall(text))
    return {_STEM(w) for w in words if len(w) >= 4 and w not in word_list("headline_stopword")}


_STEM = lru_cache(maxsize=100_000)(EnglishStemmer().stem)  # news repeats words


def mark_standfirst(units: list[Unit], labels: list[Label], start: int, end: int) -> None:
    """A standfirst (and caption) above the byline or dateline is not the story.

    Only near the top (two paragraphs at most above the marker): a time stamp
    further down is a live-blog entry, not the story's byline.
    """
    marker = None
    prose_above = 0
    for i in range(start, end):
        if labels[i].kind in ("byline", "dateline") or opens_story(units[i].text):
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
