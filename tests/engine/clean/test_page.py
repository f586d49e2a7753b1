"""clean.page.clean_text on whole pastes: the article out, with what was removed, and why.

The fixture articles in tests/articles/clean_*.txt are written for these tests
(invented news, laid out the way a browser's select-all-and-copy gives pages).
"""

from __future__ import annotations

import pytest

from newsbrief import brief, sentences
from newsbrief.clean import page as clean
from newsbrief.errors import NoArticleText
from newsbrief.model import CleanedText
from tests.engine.clean.common import assert_well_formed, body_sentences, load

PAGE_PARAGRAPHS = [
    "ARUSHA, Tanzania — Kenya and Tanzania agreed on Tuesday to reopen the busy Namanga border crossing",
    "The agreement was reached after two days of talks in Arusha between Kenyan Trade Minister",
    '"We have listened to the drivers and to the traders who depend on this road," Mutua told reporters',
    "Under the deal, trucks carrying food and fuel will be cleared first",
    "Mollel said the closure had cost traders on the Tanzanian side",
    "The crossing was closed in December after a row over new inspection fees",
    "Business groups in Nairobi welcomed the agreement",
]


PAGE_FURNITURE = [
    "Skip to main content",
    "We use cookies",
    "Share this article",
    "Facebook",
    "Advertisement",
    "Read more:",
    "By Amina Wekesa",
    "March 4, 2025",
    "Amina Wekesa is a correspondent",
    "Related stories",
    "Uganda opens new rail freight link",
    "Comments (14)",
    "This should have happened months ago",
    "Good news for the drivers",
    "Floods cut road",
    "Sign up for our daily newsletter",
    "All rights reserved",
    "Privacy policy",
]


@pytest.fixture(scope="module")
def page() -> CleanedText:
    return clean.clean_text(load("clean_pasted_page.txt"))


def test_page_keeps_every_article_paragraph_verbatim(page: CleanedText) -> None:
    raw = load("clean_pasted_page.txt")
    for start in PAGE_PARAGRAPHS:
        assert start in page.text
    for p in page.paragraphs:
        assert page.text[p.start : p.end] in raw  # kept lines are copied, never rewritten
    assert_well_formed(page)


@pytest.mark.parametrize("furniture", PAGE_FURNITURE)
def test_page_drops_menus_notices_bylines_bios_links_and_comments(page: CleanedText, furniture: str) -> None:
    assert furniture not in page.text


def test_page_body_sentences_all_come_from_the_article(page: CleanedText) -> None:
    raw = load("clean_pasted_page.txt")
    story = raw[raw.index(PAGE_PARAGRAPHS[0]) : raw.index("Amina Wekesa is a correspondent")]
    story = story.replace("Advertisement", "").replace("Read more:", "")
    body = body_sentences(page)
    assert len(body) == 11
    assert all(s in story for s in body)
    assert not any("Photo:" in s for s in body)


def test_page_headline_author_and_caption(page: CleanedText) -> None:
    assert page.title == "Kenya and Tanzania agree to reopen border crossing after talks in Arusha"
    assert page.author == "Amina Wekesa"
    captions = [page.text[c.start : c.end] for c in page.captions]
    assert captions == [
        "Drivers wait beside their trucks near the border post at Namanga. Photo: Sarah Kimani/AFP"
    ]
    doc = sentences.split_document(page)
    assert doc.sentences[0].kind == "headline"
    assert {s.kind for s in doc.sentences if "Sarah Kimani" in s.text} == {"caption"}


def test_page_standfirst_stays_out_of_the_text(page: CleanedText) -> None:
    assert (
        "The two governments said trucks carrying food and fuel would be the first to cross." not in page.text
    )


def test_page_removed_lines_say_why(page: CleanedText) -> None:
    reasons = {r.text: r.reason for r in page.removed}
    assert "byline" in reasons["By Amina Wekesa"]
    assert reasons["Advertisement"] == "interface"
    assert reasons["Read more: East African trade ministers to meet in Kampala next month"] == "link"
    assert "comments" in reasons["Comments (14)"]
    assert "repeated" in reasons["Reply"]  # the second one; the first is outside the article
    # The caption printed twice under the picture: both copies accounted for.
    twice = "Trucks queue at the Namanga crossing on Monday. Peter Odhiambo / Reuters"
    assert [r.reason for r in page.removed if r.text == twice] == [
        "outside article (caption)",
        "outside article (repeated)",
    ]


def test_clean_article_loses_nothing_and_its_headline_becomes_the_title() -> None:
    raw = load("clean_plain_article.txt")
    cleaned = clean.clean_text(raw)
    assert cleaned.removed == ()
    assert cleaned.title == "Port authority approves new ferry terminal"
    assert cleaned.text == raw.strip()
    kinds = [s.kind for s in sentences.split_document(cleaned).sentences]
    assert kinds[0] == "headline" and set(kinds[1:]) == {"body"}


def test_a_cookie_banner_alone_is_no_article() -> None:
    raw = (
        "We use cookies to give you the best experience on our website.\n"
        "Accept all\nReject all\nCookie settings\nPrivacy policy"
    )
    cleaned = clean.clean_text(raw)
    assert body_sentences(cleaned) == []
    with pytest.raises(NoArticleText):
        brief(raw)


@pytest.mark.parametrize(
    ("name", "title", "author", "first", "last", "furniture"),
    [
        (
            "clean_wire_service_page.txt",
            "Chile’s Congress approves pension overhaul after decade of debate",
            "Maria Vera",
            "SANTIAGO, Chile (AP) — Chile’s Congress approved an overhaul",
            "Associated Press writer Carla Ruiz in Buenos Aires, Argentina, contributed to this report.",
            ["FILE - In this", "AP Photo", "All Rights Reserved", "Terms of Use", "World News"],
        ),
        (
            "clean_broadcaster_page.txt",
            "Ghana court halts sale of state power company",
            "Kwame Asante",
            "A court in Ghana has suspended the sale",
            "The finance ministry said it would respect the ruling and defend the deal in court.",
            ["Image source", "Workers at a power station", "Business reporter", "Power cuts hit", "Malawi"],
        ),
    ],
)
def test_page_layouts(
    name: str, title: str, author: str, first: str, last: str, furniture: list[str]
) -> None:
    cleaned = clean.clean_text(load(name))
    assert cleaned.title == title
    assert cleaned.author == author
    body = body_sentences(cleaned)
    assert body[0].startswith(first)
    assert body[-1] == last
    for junk in furniture:
        assert junk not in cleaned.text
    assert_well_formed(cleaned)


def test_text_in_a_script_without_letter_case_is_kept() -> None:
    raw = (
        "Share\n\n서울시는 월요일 새 교통 계획을 발표했다. 시는 내년까지 버스 노선을 늘린다."
        "\n\n시장은 시민 의견을 듣겠다고 말했다."
    )
    cleaned = clean.clean_text(raw)
    assert cleaned.text.startswith("서울시는 월요일")
    assert cleaned.text.endswith("말했다.")


@pytest.mark.parametrize(
    "sentence",
    [
        "He met Greek Prime Minister Nikos Andreou and Cypriot President Eleni Charalambous in Nicosia "
        "on Friday.",
        "Kenyan President Daniel Kiprono Mwangi and Ghanaian President Akua Serwaa Boateng held talks "
        "at State House.",
        "Ruto met Hassan.",
    ],
)
def test_a_paste_of_one_sentence_is_an_article(sentence: str) -> None:
    cleaned = clean.clean_text(sentence)
    assert body_sentences(cleaned) == [sentence]
    assert [s.text for s in brief(sentence).summary] == [sentence]


@pytest.mark.parametrize("message", ["Page not found.", "Something went wrong."])
def test_a_short_message_naming_nobody_is_no_article(message: str) -> None:
    assert body_sentences(clean.clean_text(message)) == []


def test_a_one_line_paste_shaped_like_a_bio_is_still_briefed() -> None:
    briefing = brief("Okonkwo is the final decision-maker on any grain deal, advisers say.")
    assert [s.text for s in briefing.summary] == [
        "Okonkwo is the final decision-maker on any grain deal, advisers say."
    ]
