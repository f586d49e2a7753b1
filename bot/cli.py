"""The `newsbrief` command line: articles in, briefings out (text or JSON).

newsbrief ARTICLE                 a readable briefing
newsbrief --json ARTICLE          the contract's JSON (shared/briefing-format.md)
newsbrief --json A.txt B.txt      JSON Lines, one briefing (or error) a line
newsbrief --json -                the article from standard input
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

from bot.digest import (
    MAX_ARTICLES,
    QUOTES_PER_ARTICLE,
    SUMMARY_PER_ARTICLE,
    Digest,
    DigestItem,
    digest_to_dict,
    make_digest,
)
from bot.errors import BadUrl, InputTooLarge, NewsbriefError, UnreadableInput, worded
from bot.web.page import check_page_size
from newsbrief import MAX_HTML_BYTES, MAX_TEXT_CHARS, brief, looks_like_html
from newsbrief.errors import EngineError
from newsbrief.model import Briefing, ExtractedArticle, Source
from newsbrief.serialize import briefing_to_dict, error_dict

MAX_SENTENCES = 500  # a long summary of a long report is fine; a runaway number is not


@dataclass(frozen=True)
class ArticleInput:
    text: str
    is_html: bool
    url: str | None = None
    article: ExtractedArticle | None = None  # already extracted (a fetched link)


def decode_file(data: bytes, *, what: str) -> str:
    """Bytes of an article file or standard input -> str, by the bot's one decoder
    (byte-order mark, <meta charset>, UTF-8, detection); binary data is an error a person can read."""
    from bot.web.page import BINARY_SCAN_BYTES, decode_bytes, sniff_binary

    if not data.strip():
        raise UnreadableInput(what, "empty")
    if sniff_binary(data[:BINARY_SCAN_BYTES]):
        raise UnreadableInput(what, "binary")
    text = decode_bytes(data)[0]
    if not text.strip():  # whitespace in UTF-16
        raise UnreadableInput(what, "empty")
    return text


_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")


def read_article(arg: str) -> ArticleInput:
    scheme = _SCHEME.match(arg)
    if scheme and not arg.lower().startswith(("http://", "https://")):
        # "ftp://..." or a typo ("htp://") is a link, not a file name: say so.
        raise BadUrl("scheme", scheme=scheme.group(0)[:-3].lower())
    if arg.lower().startswith(("http://", "https://")):
        from bot.web.fetch import fetch_page_blocking  # the one module that touches the network

        page = fetch_page_blocking(arg)
        return ArticleInput(page.html, True, page.url, page.article)
    if arg == "-":
        data = sys.stdin.buffer.read()
        what = "Standard input"
    else:
        path = Path(arg)
        what = f"'{arg}'"
        if not path.exists():
            raise UnreadableInput(what, "missing")
        if path.is_dir():
            raise UnreadableInput(what, "folder")
        if path.stat().st_size > MAX_HTML_BYTES:
            raise InputTooLarge("file", size=path.stat().st_size, limit=MAX_HTML_BYTES, source=what)
        try:
            data = path.read_bytes()
        except OSError as err:
            raise UnreadableInput(what, "unreadable", err.strerror or "") from err
    text = decode_file(data, what=what)
    is_html = arg.lower().endswith((".html", ".htm", ".xhtml")) or looks_like_html(text)
    return ArticleInput(text, is_html)


# --- human output -------------------------------------------------------------


def render_text(b: Briefing, width: int) -> str:
    wrap = textwrap.TextWrapper(width=width, subsequent_indent="    ")
    out: list[str] = []
    title = b.source.title or "Briefing"
    out.append(title)
    out.append("=" * min(len(title), width))
    facts = [x for x in (b.source.site, b.source.author, b.source.published) if x]
    facts.append(f"{b.source.words:,} words")
    out.append(" · ".join(facts))
    if b.source.url:
        out.append(b.source.url)

    out += ["", "Summary", "-------"]
    for k, s in enumerate(b.summary, 1):
        wrap.initial_indent = f"{k:>2}. "
        out.append(wrap.fill(s.text))
    if b.quotes:
        out += ["", "Key quotes", "----------"]
        for q in b.quotes[:5]:
            who = q.speaker or "unattributed"
            wrap.initial_indent = "  - "
            out.append(wrap.fill(f"“{q.shown}” — {who}"))
    if b.countries:
        out += ["", "Countries", "---------"]
        wrap.initial_indent = "    "
        out.append(wrap.fill(", ".join(f"{c.name} ({c.code})" for c in b.countries)))
    if b.leaders:
        out += ["", "Leaders", "-------"]
        for p in b.leaders:
            role = ", ".join(x for x in (p.title, p.country or p.organization) if x)
            wrap.initial_indent = "  - "
            out.append(wrap.fill(f"{p.name}" + (f" ({role})" if role else "")))
    if b.meetings:
        out += ["", "Who met whom", "------------"]
        country_names = {c.code: c.name for c in b.countries}
        for m in b.meetings:
            names = " and ".join(
                f"{x.name} ({x.country})"
                if x.name and x.country
                else x.name or country_names.get(x.country or "", x.country or "?")
                for x in m.participants
            )
            detail = ", ".join(x for x in (m.kind, m.where, m.when) if x)
            wrap.initial_indent = "  - "
            standing = " (planned)" if m.planned else " (earlier)" if m.background else ""
            out.append(wrap.fill(f"{names}: {detail}{standing}"))
    return "\n".join(out)


# --- digests ----------------------------------------------------------------------


def brief_one(arg: str, n_sentences: int | None) -> Briefing:
    """One article (a file, '-' or a link) briefed, or a NewsbriefError a person can read."""
    article = read_article(arg)
    if article.is_html and article.article is None:
        check_page_size(article.text, MAX_TEXT_CHARS)
    try:
        return brief(
            article.text, article.url, n_sentences=n_sentences, html=article.is_html, article=article.article
        )
    except EngineError as err:
        raise worded(err) from err


def render_digest(d: Digest, width: int) -> str:
    wrap = textwrap.TextWrapper(width=width, subsequent_indent="       ")
    title = f"Digest of {len(d.items)} article{'s' if len(d.items) != 1 else ''}"
    out = [title, "=" * len(title)]
    for k, item in enumerate(d.items, 1):
        b = item.briefing
        out += ["", f"{k}. {b.source.title or item.source}", f"   {b.source.url or item.source}"]
        for j, s in enumerate(b.summary[:SUMMARY_PER_ARTICLE], 1):
            wrap.initial_indent = f"   {j:>2}. "
            out.append(wrap.fill(s.text))
        for q in b.quotes[:QUOTES_PER_ARTICLE]:
            wrap.initial_indent = "     - "
            out.append(wrap.fill(f"“{q.shown}” — {q.speaker or 'unattributed'}"))
    if d.failures:
        out += ["", "Not briefed", "-----------"]
        out += [f"  - {source}: {why}" for source, why in d.failures]
    union = render_text(
        Briefing(source=Source(title="-"), countries=d.countries, leaders=d.leaders, meetings=d.meetings),
        width,
    )
    # The union's sections as a briefing shows them: from its first section after the (empty) summary.
    starts = [union.find(f"\n{name}\n") for name in ("Countries", "Leaders", "Who met whom")]
    found = [i for i in starts if i >= 0]
    if found:
        out.append(union[min(found) :])
    return "\n".join(out)


def run_digest(args: argparse.Namespace) -> int:
    """`newsbrief --digest A B C`: one briefing of several articles; a failing one is named."""
    if not 2 <= len(args.articles) <= MAX_ARTICLES:
        print(f"newsbrief: --digest takes 2 to {MAX_ARTICLES} articles", file=sys.stderr)
        return 2
    items: list[DigestItem] = []
    failures: list[tuple[str, str]] = []
    for arg in args.articles:
        try:
            items.append(DigestItem(arg, brief_one(arg, args.sentences)))
        except NewsbriefError as err:
            failures.append((arg, str(err)))
            named = f"{arg}: " if not getattr(err, "source", "") else ""
            print(f"newsbrief: {named}{err}", file=sys.stderr)
    if not items:
        return 1
    digest = make_digest(items, failures)
    if args.json:
        print(json.dumps(digest_to_dict(digest), ensure_ascii=False, indent=2))
    else:
        width = max(40, min(100, shutil.get_terminal_size((88, 24)).columns))
        print(render_digest(digest, width))
    return 1 if failures else 0


# --- main -----------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsbrief",
        description="Turn a news article into a briefing: summary, quotes, countries, leaders, meetings.",
    )
    p.add_argument(
        "articles", nargs="+", metavar="ARTICLE", help=".txt or .html file, '-' for stdin, or a URL"
    )
    p.add_argument("--json", action="store_true", help="print the JSON contract (JSON Lines for several)")
    p.add_argument("--sentences", type=int, metavar="N", help="summary length (default: 3 to 6 by length)")
    p.add_argument("--timings", action="store_true", help="add timings_ms measured inside the process")
    p.add_argument("--debug", action="store_true", help="add the lines cleaning removed, and why")
    p.add_argument("--graph", metavar="PNG", help="draw who met whom to this PNG file")
    p.add_argument(
        "--digest",
        action="store_true",
        help="one briefing of a story told by 2 to 5 articles: a short summary of each, the rest merged",
    )
    return p


def main(argv: list[str] | None = None) -> int:
    try:
        return run(build_parser().parse_args(argv))
    except BrokenPipeError:
        # `newsbrief ... | head`: the reader has gone; that is not an error of ours.
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        return 130


def run(args: argparse.Namespace) -> int:
    if args.sentences is not None and not 1 <= args.sentences <= MAX_SENTENCES:
        print(f"newsbrief: --sentences takes a number from 1 to {MAX_SENTENCES}", file=sys.stderr)
        return 2
    if args.digest:
        return run_digest(args)
    lines_mode = args.json and len(args.articles) > 1
    width = max(40, min(100, shutil.get_terminal_size((88, 24)).columns))
    failed = 0
    for k, arg in enumerate(args.articles):
        try:
            article = read_article(arg)
            if article.is_html and article.article is None:
                check_page_size(article.text, MAX_TEXT_CHARS)  # before extraction: see bot/web/page.py
            try:
                b = brief(
                    article.text,
                    article.url,
                    n_sentences=args.sentences,
                    html=article.is_html,
                    article=article.article,
                )
            except EngineError as err:
                raise worded(err) from err
        except NewsbriefError as err:
            failed += 1
            # An error that names the file itself ("'a.txt': no such file.") needs no second name.
            named = f"{arg}: " if not getattr(err, "source", "") else ""
            print(f"newsbrief: {named}{err}", file=sys.stderr)
            if lines_mode:
                print(json.dumps(error_dict(str(err)), ensure_ascii=False), flush=True)
            continue
        except Exception as err:  # a bug of ours: one line, and the other articles go on
            failed += 1
            message = f"internal error ({type(err).__name__}): please report it with this article"
            print(f"newsbrief: {arg}: {message}", file=sys.stderr)
            if lines_mode:
                print(json.dumps(error_dict(message), ensure_ascii=False), flush=True)
            continue
        if args.graph:
            from newsbrief.picture import draw_meetings

            try:
                draw_meetings(b, args.graph)
                # On standard error, so --json output stays one JSON document.
                what = "who met whom" if b.meetings else "an empty picture (no meetings found)"
                print(f"newsbrief: wrote {what} to {args.graph}", file=sys.stderr)
            except OSError as err:
                failed += 1
                print(
                    f"newsbrief: {args.graph}: the picture could not be written: {err.strerror}",
                    file=sys.stderr,
                )
        if args.json:
            payload = briefing_to_dict(b, timings=args.timings, debug=args.debug)
            if lines_mode:
                print(json.dumps(payload, ensure_ascii=False), flush=True)
            else:
                print(json.dumps(payload, ensure_ascii=False, indent=2))
        else:
            if k:
                print("\n")
            print(render_text(b, width))
            if args.timings:
                print("\nTimings (ms): " + ", ".join(f"{k}={v}" for k, v in b.timings_ms.items()))
            if args.debug and b.removed:
                print("\nRemoved by cleaning:")
                for r in b.removed:
                    print(f"  [{r.reason}] {r.text}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
