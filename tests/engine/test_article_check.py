"""Does an HTML page hold an article? Home pages, shells, sign-in walls, teasers and error pages."""

from __future__ import annotations

import pytest

from newsbrief.article_check import check_article, count_words, visible_text
from newsbrief.errors import JavaScriptOnlyPage, PageWithoutArticle, PaywallTeaser
from newsbrief.model import ExtractedArticle
from tests.pages import ARTICLE, KOREAN, page


def test_words_are_counted_in_any_script() -> None:
    assert count_words("The minister's plan, so-called “green”, costs 4.5 billion.") == 8
    assert count_words("東京の市民は春の祭りを待っている") == 8  # 16 characters, two a word
    assert count_words(KOREAN) == 15


def article(text: str, title: str | None = "Rail line") -> ExtractedArticle:
    return ExtractedArticle(text=text, title=title)


def test_a_real_article_passes() -> None:
    check_article(page(f"<p>{ARTICLE}</p>" * 2), article(ARTICLE + "\n" + ARTICLE))


def test_a_full_article_on_a_metered_site_is_not_a_teaser() -> None:
    head = '<script type="application/ld+json">{"isAccessibleForFree": false, "wordCount": 220}</script>'
    text = "\n".join([ARTICLE] * 4)
    check_article(page(f"<p>{text}</p>", head), article(text))


def test_a_short_extraction_of_a_page_that_shows_the_whole_article_is_not_a_teaser() -> None:
    head = '<script type="application/ld+json">{"wordCount": "600"}</script>'
    shown = f"<p>{ARTICLE}</p>" * 7  # all 600 words are on the page
    check_article(page(shown, head), article(ARTICLE))


def test_a_page_promising_many_more_words_than_it_shows_is_a_teaser() -> None:
    head = '<script type="application/ld+json">{"wordCount": 1500}</script>'
    with pytest.raises(PaywallTeaser) as info:
        check_article(page(f"<p>{ARTICLE}</p>", head), article(ARTICLE))
    assert (info.value.sign, info.value.promised_words) == ("word_count", 1500)


def test_a_short_page_behind_paywall_markup_is_a_teaser() -> None:
    body = f'<p>{ARTICLE}</p><div class="paywall">Subscribe to continue reading</div>'
    with pytest.raises(PaywallTeaser):
        check_article(page(body), article(ARTICLE))


def test_a_short_brief_on_a_site_with_a_paywall_sign_in_widget_is_an_article() -> None:
    # One sign alone, a sign-in link every page of the site carries in its header.
    body = f'<div class="paywall-header-wrap"><a href="/login">Log in</a></div><p>{ARTICLE}</p>'
    check_article(page(body), article(ARTICLE))


@pytest.mark.parametrize(
    ("body", "text", "error", "shows"),
    [
        (
            "<p>Markets rise.</p><p>Storm heads north.</p>",
            "Markets rise.\nStorm heads north.",
            PageWithoutArticle,
            "",
        ),
        ('<div id="app"></div><script src="/a.js"></script>', None, JavaScriptOnlyPage, "javascript"),
        ("<script>render()</script><p>Loading</p>", None, JavaScriptOnlyPage, "javascript"),
        (
            "<form><p>Please sign in to continue.</p></form>",
            "Please sign in to continue.",
            PageWithoutArticle,
            "sign_in",
        ),
    ],
)
def test_pages_with_little_text_are_told_apart(
    body: str, text: str | None, error: type[Exception], shows: str
) -> None:
    with pytest.raises(error) as info:
        check_article(page(body), article(text) if text else None)
    assert info.value.shows == shows


def test_an_error_page_served_with_200_is_named() -> None:
    html = "<html><head><title>404 Not Found</title></head><body><p>Nothing here.</p></body></html>"
    with pytest.raises(PageWithoutArticle) as info:
        check_article(html, article("Nothing here.", title=None))
    assert (info.value.shows, info.value.title) == ("error_page", "404 Not Found")


def test_a_long_article_whose_headline_says_not_found_passes() -> None:
    check_article(
        page(f"<p>{ARTICLE}</p>" * 5), article("\n".join([ARTICLE] * 5), title="Missing hiker not found")
    )


def test_an_unclosed_script_tag_is_read_in_linear_time():
    # A quadratic pattern took many seconds here; the size makes one obvious in the suite's time.
    page = "<html><body>" + "<script " * 50_000 + "</body></html>"
    assert "script" not in visible_text(page)
