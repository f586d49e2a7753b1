"""extract: article text and metadata from HTML (trafilatura), and refusing pages without one.

The pages in tests/articles/extract_*.html are written for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief import brief, extract
from newsbrief.errors import JavaScriptOnlyPage, NoArticleText, PaywallTeaser
from tests import ARTICLES

STORY = [
    "SANTIAGO, Chile — Chile and Argentina signed an agreement on Monday",
    "The pact was signed in Santiago by Chilean Mining Minister Ana Soto",
    '"Together we hold more than half of the world\'s known lithium reserves in brine," Soto said',
    "Under the agreement, the two countries will share geological data",
    "Quiroga said the first projects could be announced before the end of the year.",
    "Environmental groups in both countries criticised the agreement",
]


def load(name: str) -> str:
    return (ARTICLES / name).read_text(encoding="utf-8")


def test_text_and_metadata_of_a_news_page() -> None:
    article = extract.extract_article(load("extract_news_page.html"), "https://short.example/x")
    for start in STORY:
        assert start in article.text
    for furniture in ("Sign in", "cookies", "Most read", "Central bank holds", "newsletter", "All rights"):
        assert furniture not in article.text
    assert (
        article.title == "Chile and Argentina sign lithium cooperation pact"
    )  # without "| The Southern Ledger"
    assert article.site == "The Southern Ledger"
    assert article.author == "Lucia Ferreyra"
    assert article.published == "2025-05-12"
    assert article.url == "https://www.southernledger.example/world/2025/05/12/chile-argentina-lithium-pact"


def test_the_same_page_twice_gives_the_same_text() -> None:
    first = extract.extract_article(load("extract_news_page.html"))
    assert extract.extract_article(load("extract_news_page.html")) == first


def test_bytes_are_read_too() -> None:
    article = extract.extract_article(load("extract_news_page.html").encode("utf-8"))
    assert STORY[0] in article.text


def test_the_briefing_of_a_page_summarises_only_its_article() -> None:
    b = brief(load("extract_news_page.html"), html=True)
    assert b.summary
    story_text = extract.extract_article(load("extract_news_page.html")).text
    assert all(s.text in story_text for s in b.summary)
    assert b.source.title == "Chile and Argentina sign lithium cooperation pact"
    assert b.source.site == "The Southern Ledger"


def test_a_page_with_no_text_raises_no_article_text() -> None:
    with pytest.raises(NoArticleText):
        extract.extract_article(
            "<html><head><title>Empty</title></head><body><div id=app></div></body></html>"
        )


def test_a_short_page_given_as_bytes_reads_like_the_same_page_as_text() -> None:
    # a short page takes the paste fallback, which once called str methods on the bytes
    page = "<html><body><p>Menu</p><footer><p>All rights reserved.</p></footer></body></html>"
    as_text = extract.extract_article(page)
    assert extract.extract_article(page.encode("utf-8")).text == as_text.text


def test_javascript_shell_is_refused_with_its_reason() -> None:
    with pytest.raises(JavaScriptOnlyPage):
        extract.read_html_article(load("extract_javascript_shell.html"))
    with pytest.raises(NoArticleText):  # nothing to summarise on the plain path either
        brief(load("extract_javascript_shell.html"), html=True)


def test_paywall_teaser_is_refused() -> None:
    page = load("extract_paywall_teaser.html")
    assert "ran out of cash" in extract.extract_article(page).text  # the teaser is there ...
    with pytest.raises(PaywallTeaser):  # ... but it is not the article
        extract.read_html_article(page)


def test_read_html_article_passes_a_real_article() -> None:
    article = extract.read_html_article(load("extract_news_page.html"), None)
    assert STORY[-1] in article.text


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        ("Opinion | Port strike ends after pay deal", None, "Port strike ends after pay deal"),
        ("Port strike ends after pay deal - Harbour News", "Harbour News", "Port strike ends after pay deal"),
        ("Port strike ends after pay deal - harbournews.com", None, "Port strike ends after pay deal"),
        ("Kenya - Uganda rail talks resume", None, "Kenya - Uganda rail talks resume"),
        ("  ", None, None),
        (None, None, None),
    ],
)
def test_clean_title(title: str | None, site: str | None, expected: str | None) -> None:
    assert extract.clean_title(title, site) == expected


def test_a_200_kb_page_with_scripts_links_and_ads_gives_just_the_story() -> None:
    page = load("extract_news_page.html")
    # Like a real news site: a large inline state script, a long related-links list, ad slots.
    state = (
        "<script>window.__STATE__ = {"
        + ",".join(f'"item{k}": "{k:08d}"' for k in range(5000))
        + "};</script>"
    )
    related = "".join(
        f'<li><a href="/news/{k}">Related story number {k} about markets</a></li>' for k in range(300)
    )
    ads = "".join(f"<div class=ad><!-- {'x' * 900} --></div>" for k in range(70))
    big = page.replace("</head>", state + "</head>").replace("</aside>", f"<ul>{related}</ul></aside>{ads}")
    assert len(big) > 200_000
    # Speed is measured by `python -m tests.bench.extract_speed`, not here.
    article = extract.extract_article(big)
    assert STORY[0] in article.text
    assert "Related story number" not in article.text


FOOTER_STORY = [
    "The council of Ardmore voted on Monday to close the old river bridge after engineers found cracks in"
    " two of its piers, the mayor said.",
    "Traffic will be sent over the new bypass, which opened in March, until repairs are finished next year,"
    " according to the roads department.",
    "Residents of the east bank told the council that the detour adds twenty minutes to their trip to the"
    " hospital and the school.",
]


def test_a_story_that_trafilatura_drops_is_read_from_the_page_as_a_paste() -> None:
    # The story sits in a <footer>, which trafilatura takes for page furniture.
    paragraphs = "".join(f"<p>{p}</p>" for p in FOOTER_STORY)
    page = (
        "<html><head><title>Bridge closed | Ardmore Post</title><script>var x = 1;</script></head><body>"
        "<ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul>"
        f"<h1>Ardmore closes its old river bridge</h1><footer>{paragraphs}</footer></body></html>"
    )
    article = extract.read_html_article(page)
    assert all(p in article.text for p in FOOTER_STORY)
    assert "var x" not in article.text and "News\n" not in article.text
    briefing = brief(page)
    assert briefing.summary and all(s.text in " ".join(FOOTER_STORY) for s in briefing.summary)


def test_page_lines_put_each_block_on_its_line_and_keep_inline_text_together() -> None:
    page = "<div>Top<p>One <b>bold</b> word.</p><p>Two</p>tail</div><style>p {}</style>"
    assert extract.page_lines(page) == "Top\nOne bold word.\nTwo\ntail"
