"""What a page can become, told before extraction: its tags and its visible text."""

from __future__ import annotations

import contextlib

import pytest

from newsbrief import brief
from newsbrief.errors import InputTooLarge, PageTooComplex
from newsbrief.page_size import MAX_PAGE_TAGS, check_page_size, count_tags, visible_text_chars
from tests.pages import ARTICLE, page


def test_visible_text_leaves_out_tags_scripts_styles_and_comments() -> None:
    html = (
        "<html><head><STYLE>p { color: red }</STYLE><script>var s = '<p>not text</p>';</script></head>"
        "<body><!-- a comment --><p>Hello <b>world</b>, 3 < 4.</p></body></html>"
    )
    assert visible_text_chars(html) == len("Hello world , 3 < 4.")


def test_a_real_sized_article_page_passes() -> None:
    check_page_size(page(f"<article><p>{ARTICLE}</p></article>" * 200), 1_000_000)


def test_the_engine_refuses_a_page_of_too_many_tags_before_it_extracts_it() -> None:
    # Extracted, these short paragraphs would give no article text (NoArticleText) after seconds.
    html = page("".join(f"<p>minister {i}</p>" for i in range(MAX_PAGE_TAGS)))
    with pytest.raises(PageTooComplex) as info:
        brief(html, html=True)
    assert info.value.limit == MAX_PAGE_TAGS


def test_the_engine_refuses_a_page_with_more_text_than_one_article_before_it_extracts_it() -> None:
    html = page("<p>" + "The minister said the talks would go on. " * 30_000 + "</p>")
    with pytest.raises(InputTooLarge) as info:
        brief(html, html=True)
    assert info.value.what == "text"


@pytest.mark.parametrize(
    "html",
    ["<" * 2_000_000, "<script>" * 500_000, "<!--" * 500_000, "</p" * 500_000, "<a b" * 500_000],
    ids=["lone-less-than", "open-scripts", "open-comments", "closing-tags", "unclosed-tags"],
)
def test_hostile_markup_is_sized_in_linear_time(html: str) -> None:
    # Counted on the result: a quadratic scan of these would not finish in the suite's time.
    with contextlib.suppress(PageTooComplex, InputTooLarge):
        check_page_size(html, 1_000_000)
    assert count_tags(html) in (0, MAX_PAGE_TAGS + 1)
