"""clean.span: where the article is among the labelled units, and its edges."""

from __future__ import annotations

import pytest

from newsbrief import brief
from newsbrief.clean import page as clean
from tests.engine.clean.common import body_sentences

COLUMN = [
    "Board games used to be so simple. We'd buy a box, set it up on the kitchen table and play until our"
    " parents sent us to bed.",
    "Now the rules come as apps, the expansions arrive every season and the tables are online, where"
    " strangers from three continents play the same game at once.",
    "Publishers say the shift has doubled their sales since 2019, and the biggest of them plan to release"
    " more digital editions next year.",
]


def test_a_column_that_opens_in_the_first_person_keeps_its_first_paragraph() -> None:
    page = "\n\n".join(
        [
            "Sections",
            "Search",
            "Home",
            "So many ways to play board games now",
            "By Jo Park",
            "Nov. 19, 2024 8:03 am ET",
            *COLUMN,
            "Most Popular Articles",
            "Ten places to travel next year",
        ]
    )
    cleaned = clean.clean_text(page)
    assert cleaned.text.endswith("\n\n".join(COLUMN))


def test_a_notice_speaking_to_the_reader_at_the_top_is_still_dropped() -> None:
    notice = (
        "We'd love to hear from you. Tell us what you think of our new site and help us improve it for you."
    )
    page = "\n\n".join(["Home", "News", notice, *COLUMN[1:], "Most Popular Articles"])
    assert notice not in clean.clean_text(page).text


def test_comments_longer_than_the_story_do_not_take_its_place() -> None:
    story = [
        "The regional airline will resume flights between the two islands on Friday, its chief said.",
        "Flights were suspended last month after a runway inspection found cracks in the tarmac.",
        "Repairs were finished ahead of schedule, the airport authority said in a statement on Wednesday.",
    ]
    comment = (
        "I have flown this route for twenty years and I have never seen the airline treat people so badly, "
        "with refunds that took weeks and a phone line that nobody ever answered when we called it."
    )
    lines = ["Airline to resume island flights", "By Tom Reyes", *story, "12 comments"]
    for k in range(6):
        lines += [f"reader{k}", f"{k + 1} hours ago", comment.replace("twenty", str(20 + k)), "Reply"]
    cleaned = clean.clean_text("\n\n".join(lines))
    assert body_sentences(cleaned) == story
    assert cleaned.title == "Airline to resume island flights"


def test_a_time_stamp_inside_a_live_story_does_not_make_its_top_a_standfirst() -> None:
    entries = [
        "The river rose above the flood barrier in the old town shortly after dawn, the fire service said.",
        "Residents of about two hundred homes were told to leave, and schools in the district were closed.",
        "10:45 a.m.",
        "The mayor said the water was expected to peak around noon and asked people to avoid the bridges.",
        "Army trucks carried sandbags to the north bank, where the barrier is lowest, officials said.",
        "Rail services between the two halves of the city were suspended until further notice.",
        "Menu",
    ]
    cleaned = clean.clean_text("\n\n".join(entries))
    assert cleaned.captions == ()
    assert body_sentences(cleaned)[0] == entries[0]


def test_sign_up_plugs_and_company_boilerplate_are_not_the_story() -> None:
    story = [
        "Harbour Logistics said on Thursday it would build a cold-storage warehouse at the port of Durban, "
        "creating about 400 jobs when it opens in 2027.",
        "The company said the 90,000-square-metre site would serve fruit exporters who now truck their "
        "produce to Cape Town for shipping.",
        "The provincial government said it had approved the plans after an environmental review that took "
        "almost two years to complete.",
        "Exporters welcomed the project but said rail links to the port also needed repair.",
    ]
    lines = [
        "Menu",
        story[0],
        story[1],
        "Subscribe to our newsletter and get the best of our business coverage in your inbox.",
        story[2],
        story[3],
        "Harbour Logistics is a leading provider of port and warehouse services in southern Africa.",
        "Stay up to date. Sign up for our newsletter.",
        "Thanks for subscribing!",
        "More Great Business Stories",
        "Port strike ends after pay deal",
    ]
    cleaned = clean.clean_text("\n\n".join(lines))
    assert body_sentences(cleaned) == story


def test_a_heading_or_comments_link_inside_the_story_does_not_end_it() -> None:
    story = [
        "The central bank raised its main interest rate by half a point on Thursday, its third rise.",
        "Governor Lena Brandt said inflation had stayed above the bank's target for longer than expected.",
        "Economists had expected a smaller rise after growth slowed in the last quarter of the year.",
        "The bank said it would watch wage talks in the spring before deciding on any further increase.",
        "Mortgage lenders said they would pass the rise on to borrowers from next month.",
    ]
    lines = ["Menu", story[0], story[1], story[2], "Related", "Comments", story[3], story[4], "Share"]
    cleaned = clean.clean_text("\n\n".join(lines))
    assert body_sentences(cleaned) == story


@pytest.mark.parametrize(
    "closing",
    [
        "Okonkwo is the final decision-maker on any deal, his advisers say.",
        "Okonkwo is the author of the border bill, which would add 2,000 guards to the northern crossings.",
    ],
)
def test_a_news_sentence_shaped_like_a_bio_does_not_end_the_article(closing: str) -> None:
    page = (
        "Home | World | Business | Sport\n\n"
        "President Ada Okonkwo met Prime Minister Lars Holm in Abuja on Monday for talks on grain and "
        "fertiliser trade between the two countries, officials said.\n\n"
        "The two leaders agreed to set up a joint committee that will report back within six months on "
        "ways to cut tariffs on farm goods.\n\n"
        f"{closing}\n\n"
        '"We are close to an agreement that works for both of our countries," Okonkwo told reporters '
        "after the talks.\n\n"
        "Share this story\n\nMore from World"
    )
    cleaned = clean.clean_text(page)
    assert "We are close to an agreement" in cleaned.text
    assert closing in cleaned.text


def test_a_standfirst_above_an_outlet_and_date_line_is_not_the_story() -> None:
    page = (
        "Minister holds talks with fund chief\n\n"
        "Finance Minister Rosa Quiroga held talks with the fund's managing director on Wednesday as the "
        "government seeks a new loan before the end of the year.\n\n"
        "HARBOUR CITY HERALD | Thursday, November 26, 2026\n\n"
        + "\n\n".join(
            f"Paragraph {k} of the story says that Quiroga and the fund's staff went over the loan terms "
            "line by line during a long meeting at the fund's headquarters, aides said."
            for k in range(1, 6)
        )
    )
    briefing = brief(page)
    assert not any(s.text.startswith("Finance Minister Rosa Quiroga held talks") for s in briefing.summary)


def test_a_live_pages_first_post_at_the_bottom_is_kept() -> None:
    posts = [
        (
            "16:05",
            "The leaders signed the joint patrol plan and will meet again in the spring, officials said.",
        ),
        (
            "14:30",
            "Talks ran past lunch as the ministers argued over who would pay for the new radar stations "
            "along the northern coast, and over how quickly the first aircraft could be shared.",
        ),
        (
            "13:10",
            "Prime Minister Ana Berg told reporters the plan was the most ambitious the region had seen "
            "in decades and that she expected every government to sign it before the evening.",
        ),
    ]
    page = "Northern summit: live updates\n\nLive\n\nReporting from Tallinn\n\n"
    for stamp, text in posts:
        page += f"{stamp}\n\nPosted at {stamp}\n\n{text}\n\nShare\n\n"
    page += "Advertisement\n\nShare\n\n12:00\n\nPosted at 12:00\n\nWelcome to our live coverage\n\n"
    page += "Berg and Lind are meeting at the castle this morning.\n\nStay with us for the latest."
    cleaned = clean.clean_text(page)
    assert "Berg and Lind are meeting at the castle this morning." in cleaned.text
    assert "The leaders signed the joint patrol plan" in cleaned.text
