"""The headline of a pasted page is the headline, not the standfirst under it."""

from __future__ import annotations

from newsbrief import build_document

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
