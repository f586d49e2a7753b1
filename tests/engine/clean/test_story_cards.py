"""Story cards (a linked headline run into its blurb on one line) are not the story."""

from __future__ import annotations

from newsbrief.clean import page as clean
from newsbrief.clean.labels import label_unit, mark_cards
from newsbrief.clean.units import make_unit

CARDS = [
    "Council Votes To Close Harbour Pool After Roof Leak The city council voted on Monday to close the"
    " harbour pool until its roof is repaired.",
    "Bakery Owner Hands Out Free Bread For A Week After Fire Neighbours lined up on Friday as the owner of"
    " the Mill Street bakery gave away the last of her stock.",
    "Top 5 Autumn Walks Near Lakeford Looking for a walk this weekend? Our writers picked the trails worth"
    " the drive.",
    "Ferry Timetable Changes From Sunday Passengers on the island route will find two fewer sailings on"
    " weekday mornings from this weekend.",
]
STORY = [
    "LAKEFORD, Ore. (AP) — Health officials in Lakeford County reported a second case of a mosquito-borne"
    " virus on Tuesday.",
    "County Health Department officials said the patient, a man in his sixties, was being treated at the"
    " regional hospital and was in stable condition.",
    "The county will spray the wetlands east of the town this week, the department said.",
]


def labels_of(paragraphs: list[str]) -> list[str]:
    units = [make_unit(p) for p in paragraphs]
    labels = [label_unit(u) for u in units]
    mark_cards(units, labels)
    return [lab.kind for lab in labels]


def test_title_case_headlines_run_into_their_blurbs_are_cards() -> None:
    assert labels_of(CARDS) == ["teaser"] * len(CARDS)


def test_a_lone_headline_run_into_its_lead_is_no_list_of_cards() -> None:
    # A crawled story can glue its own headline to its lead; one such line is no link list.
    assert labels_of([CARDS[0], *STORY]) == ["prose"] * (1 + len(STORY))


def test_a_story_lead_with_names_and_a_wire_dateline_is_prose() -> None:
    for paragraph in STORY:
        assert label_unit(make_unit(paragraph)).kind == "prose", paragraph
    lead = "SANTA ROSA, N.M. (AP) — A dog missing for three years was found in a town 400 miles away."
    assert label_unit(make_unit(lead)).kind == "prose"


def test_a_list_of_cards_above_a_short_story_does_not_take_its_place() -> None:
    page = "\n\n".join(
        [
            "Latest Headlines",
            *CARDS,
            "Weather",
            "Sports",
            "Video",
            "Mosquito virus: second case in Lakeford",
            "November 19, 2024 at 9:45 am",
            *STORY,
            "© 2024 The Associated Press. All rights reserved.",
        ]
    )
    cleaned = clean.clean_text(page)
    assert cleaned.text.endswith("\n\n".join(STORY))
    assert not any(card[:20] in cleaned.text for card in CARDS)
    assert cleaned.title == "Mosquito virus: second case in Lakeford"


# Cards whose title and blurb elements run together with no space between them, and whose
# titles capitalise no small word: the glue is what gives them away.
GLUED_CARDS = [
    "Lakeford's Best Bakeries Ranked By ReadersLooking for a loaf this weekend? We counted the votes and"
    " tasted the winners.",
    "Is Harbour Parking Getting Worse?Drivers say finding a space near the ferry takes longer every summer,"
    " and the council agrees.",
    "Three New Cafes Open Downtown ThisMonth brings a burst of openings on Mill Street, where empty shops"
    " had stood for years.",
]


def test_a_heading_glued_to_its_blurb_is_a_card() -> None:
    from newsbrief.clean.units import glued_heading

    assert all(glued_heading(card) for card in GLUED_CARDS)
    # Brand names and names with a prefix run a capital into a word; prose is no heading.
    assert not glued_heading("Sony Unveils New PlayStation Controller For Gamers Everywhere")
    assert not glued_heading("The new PlayStation controller is out and costs more than the old one did.")
    assert not glued_heading("Labour MP John MacDonald said the party would back the plan on Monday night.")
    assert not glued_heading("He asked: what now?The answer came from the minister when he spoke to them.")
    assert labels_of(GLUED_CARDS) == ["teaser"] * len(GLUED_CARDS)


def test_glued_cards_above_a_story_do_not_take_its_place() -> None:
    page = "\n\n".join(
        ["Latest Headlines", *GLUED_CARDS, "Weather", "Video", "Mosquito virus: second case in Lakeford"]
        + ["November 19, 2024 at 9:45 am", *STORY, "© 2024 The Associated Press. All rights reserved."]
    )
    cleaned = clean.clean_text(page)
    assert cleaned.text.endswith("\n\n".join(STORY))
    assert not any(card[:20] in cleaned.text for card in GLUED_CARDS)
    assert cleaned.title == "Mosquito virus: second case in Lakeford"
