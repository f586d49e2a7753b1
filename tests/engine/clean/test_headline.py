"""The headline of a pasted page is the headline, not the standfirst under it."""

from __future__ import annotations

from newsbrief import build_document
from newsbrief.clean import page as clean
from tests.engine.clean.common import body_sentences

STANDFIRST = (
    "Storms and strikes have closed the harbour twice this month. The port authority must plan for both"
)
LEAD = (
    "The port of Dover closed again on Monday after a storm drove ferries back to harbour, "
    "the second closure at the port this month."
)
MORE = (
    "The port authority said ferries would resume on Tuesday, but lorry drivers waiting near "
    "the harbour said the closures were costing them a week's pay."
)
PAGE = f"""Skip to main content
Home
World
Business
Opinion
Ports

The view on the port of Dover: a harbour under strain

Editorial
{STANDFIRST}

Mon 18 Nov 2019 18.54 GMT

{LEAD}

{MORE}

Hauliers have asked the port to publish a plan for storms, strikes and other closures before the winter.
"""


def test_the_headline_above_a_two_sentence_standfirst_is_the_title() -> None:
    assert build_document(PAGE).title == "The view on the port of Dover: a harbour under strain"


def test_a_page_without_a_standfirst_keeps_its_headline() -> None:
    page = PAGE.replace(STANDFIRST + "\n", "")
    assert build_document(page).title == "The view on the port of Dover: a harbour under strain"


STORY = [
    "Engineers in Lakeford closed the old river bridge on Monday after finding cracks in two of its piers,"
    " the county said.",
    "Traffic will use the new bypass until repairs are finished next year, according to the roads department,"
    " which expects the work to cost about $4 million.",
    "Residents of the east bank said the detour adds twenty minutes to the trip to the hospital.",
]
SHARE_BAR = ["Facebook", "Twitter", "Show more sharing options", "LinkedIn", "Email", "Copy Link", "Print"]


def title_of(lines: list[str]) -> str | None:
    return build_document("\n\n".join([*lines, *STORY, "Most Popular", "Ten walks near the river"])).title


def test_the_headline_is_found_above_a_long_share_bar() -> None:
    # The share bar's lines (printed twice on the page) do not count towards how far up to look.
    menu = ["Home", "News", "Sport", "Weather", *SHARE_BAR, "Local"]
    head = ["Lakeford closes cracked river bridge", "By Dana Roe", "Nov. 19, 2024", "5:50 PM"]
    assert title_of([*menu, *head, *SHARE_BAR, *SHARE_BAR]) == "Lakeford closes cracked river bridge"


def test_a_headline_above_the_agency_name_is_no_caption() -> None:
    lines = [
        "Home",
        "Science",
        "Lakeford Closes Its Cracked River Bridge Until Next Year",
        "REUTERS",
        "19 NOV 2024",
    ]
    assert title_of(lines) == "Lakeford Closes Its Cracked River Bridge Until Next Year"


def test_a_headline_printed_again_in_the_page_is_still_the_headline() -> None:
    headline = "Lakeford closes cracked river bridge"
    sections = ["Home", "News", "Sport", "Weather", "Business", "Arts", "Travel", "Food", "Cars", "Jobs"]
    menu = [f"{name} {kind}" for name in sections[:8] for kind in ("news", "videos")]
    # Its first copy heads the page's menu of today's stories; the second is above the story.
    lines = [headline, *menu, headline, "Nov. 19, 2024"]
    assert title_of(lines) == headline


def test_a_headline_sharing_no_word_with_the_lead_is_found_by_its_place_above_the_byline() -> None:
    lines = [
        "Home",
        "Opinion",
        "Commentary",
        "Water Under a Broken Span?",
        "A county learns what a century of deferred upkeep costs. The bill arrives now.",
        "By",
        "Dana Roe",
        "Nov. 19, 2024 8:03 am ET",
    ]
    assert title_of(lines) == "Water Under a Broken Span?"


def test_a_run_that_opens_with_the_headline_above_the_date_line_keeps_it_as_the_title() -> None:
    headline = 'Lakeford shuts river bridge: "We had no choice!"'
    lines = [
        "Home",
        "News",
        "Watch Live",
        headline,
        "Updated on: November 19, 2024 / 10:07 AM / Lakeford Post",
    ]
    assert title_of(lines) == headline


def test_a_title_case_headline_ending_in_a_point_is_still_the_headline() -> None:
    headline = "Harbour Board Votes for New Ferry Terminal Amid Protests from Fishermen."
    story = (
        "The harbour board voted on Monday to build a ferry terminal on the north quay, its chairman said."
    )
    cleaned = clean.clean_text(f"{headline}\n\n{story}")
    assert cleaned.title == headline
    assert body_sentences(cleaned) == [story]


def test_a_sentence_case_headline_ending_in_a_point_is_the_headline_when_the_lede_retells_it() -> None:
    headline = "Mayor says bridge closure 'unavoidable' after cracks found."
    lede = (
        "Lakeford Mayor Dana Roe said on Monday that closing the old river bridge was unavoidable after"
        " engineers found cracks in two of its piers."
    )
    doc = build_document("\n\n".join([headline, lede, STORY[1], STORY[2]]))
    assert doc.title == headline
    assert [s.kind for s in doc.sentences][:2] == ["headline", "body"]


def test_a_short_first_sentence_that_the_next_does_not_retell_stays_in_the_story() -> None:
    first = "The bridge is closed."
    doc = build_document("\n\n".join([first, *STORY]))
    assert doc.title is None
    assert doc.sentences[0].kind == "body"


def _page(*head: str) -> str:
    menu = "Skip to main content\nHome\nWorld\nBusiness\nOpinion\nPorts\n\n"
    last = "Hauliers have asked the port to publish a plan for storms before the winter."
    story = f"\n\n{LEAD}\n\n{MORE}\n\n{last}\n"
    return menu + "\n\n".join(head) + story


def test_the_headline_right_above_the_byline_beats_the_site_name_further_up():
    # The blog's name shares more of the story's words ("harbour", "port") than the headline.
    page = _page(
        "The Harbour Port Blog",
        "Another week of trouble at Dover",
        "Previous Post",
        "Mon 18 Nov 2019 | by Jane Roe",
    )
    assert clean.clean_text(page).title == "Another week of trouble at Dover"


def test_a_breadcrumb_is_no_headline():
    page = _page(
        "Another week of trouble at Dover", "Home > Ports > Dover > Harbour", "Mon 18 Nov 2019 | by Jane Roe"
    )
    assert clean.clean_text(page).title == "Another week of trouble at Dover"


def test_a_headline_sharing_no_word_with_the_story_is_found_over_its_picture_credit():
    page = _page("Channel Chaos Again", "© REUTERS / POOL", "Opinion", "by Jane Roe")
    assert clean.clean_text(page).title == "Channel Chaos Again"


def test_a_link_under_a_line_does_not_make_a_block_hard_wrapped():
    from newsbrief.clean.units import split_units

    block = "Breaking News\n\nHarbour worker hurt in fall identified\nPort strike: unions call a vote on pay\nhttps://example.com/news/port-closes-again-1234.php"
    assert split_units(block)[1:] == block.split("\n\n")[1].split("\n")
