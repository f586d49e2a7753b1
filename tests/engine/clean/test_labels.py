"""Calls to the reader inside an article: page furniture, not news."""

from __future__ import annotations

import pytest

from newsbrief.clean import page as clean
from newsbrief.clean.labels import call_to_reader, label_unit
from newsbrief.clean.units import make_unit
from tests.engine.clean.common import body_sentences


@pytest.mark.parametrize(
    "text",
    [
        "Follow us at @dailypost for more. We bring you the news first.",
        "Sign up for our newsletter to get the latest stories from our reporters.",
        "Have a tip? Email us at tips@example.com.",
    ],
)
def test_a_call_to_the_reader_is_furniture(text: str) -> None:
    assert call_to_reader(make_unit(text))


@pytest.mark.parametrize(
    "text",
    [
        "Share prices in Tokyo fell 3 percent on Monday after the central bank raised rates.",
        "Join talks were held in Geneva on Tuesday between the two delegations.",
        "Download speeds doubled across the region after the new cable was laid.",
        "The minister said we must protect our borders and our jobs.",
    ],
)
def test_news_that_opens_with_a_call_word_or_reports_speech_is_news(text: str) -> None:
    assert not call_to_reader(make_unit(text))


def test_sentences_that_look_like_furniture_stay() -> None:
    lines = [
        "The finance ministry said on Monday that the deficit narrowed to 3.1 percent of output last year.",
        "By Tuesday, officials said.",
        "Economists share this view.",
        "Copyright law was not part of the talks, a spokeswoman said.",
        "The ministry will publish its forecast for next year in the spring, after talks with the unions.",
        "Share this article",
    ]
    cleaned = clean.clean_text("\n\n".join(lines))
    for line in lines[:5]:
        assert line in cleaned.text
    assert "Share this article" not in cleaned.text
    assert cleaned.author is None


@pytest.mark.parametrize(
    "line",
    [
        "Settings",
        "Top 10 Stories",
        "go top",
        "CLOSE",
        "A- A A+",
        "Font size",
        "Advertisement",
        "Read more",
        "Share on Facebook",
        "Tweet",
        "Subscribe now",
        "Accept cookies",
    ],
)
def test_interface_lines_named_in_the_issue_are_dropped(line: str) -> None:
    story = [
        "The national weather service issued a storm warning for the northern coast on Sunday evening.",
        "Ferries between the islands were cancelled and schools in three districts will stay shut on Monday.",
    ]
    cleaned = clean.clean_text("\n\n".join([story[0], line, story[1]]))
    assert body_sentences(cleaned) == story
    assert line not in cleaned.text


@pytest.mark.parametrize(
    "lead",
    [
        "LIMA, June 9 - Peruvian President Rosa Quispe received Chilean President Tomas Errazuriz and "
        "Bolivian Vice President Hugo Mamani at the Government Palace on Monday.",
        "LIMA (Reuters) - Peruvian President Rosa Quispe met Chilean President Tomas Errazuriz at the "
        "Government Palace on Monday.",
    ],
)
def test_a_dateline_lead_full_of_names_and_titles_is_the_story(lead: str) -> None:
    story = [
        lead,
        "The three governments discussed water rights along the shared border and a new rail corridor.",
        "Quispe said the talks would continue in La Paz next month.",
    ]
    cleaned = clean.clean_text("\n\n".join(["Peru hosts neighbours for border talks", *story]))
    assert cleaned.title == "Peru hosts neighbours for border talks"
    assert body_sentences(cleaned) == story
    assert cleaned.removed == ()


def test_a_quotation_using_notice_words_is_not_a_notice() -> None:
    lines = [
        "Students across the province were asked what they hoped the election would change.",
        "“I hope this campaign gets my friends to sign up and register to vote on time.” ― Ana Ruiz",
        "“Nobody talks about rent, and rent is what keeps us awake at night.” ― Tomas Berg",
        "Sign up for our weekly newsletter “The Campus Brief”",
        "Share this article",
    ]
    cleaned = clean.clean_text("\n\n".join(lines))
    assert lines[1] in cleaned.text and lines[2] in cleaned.text
    assert "Share this article" not in cleaned.text
    assert "Campus Brief" not in cleaned.text  # the notice is outside the quotation marks


def test_about_a_name_heads_a_bio_and_about_a_thing_is_a_headline():
    assert label_unit(make_unit("About Jane Roe")).kind == "boundary"
    assert label_unit(make_unit("About the author")).kind == "boundary"
    assert label_unit(make_unit("About bugs")).kind != "boundary"
