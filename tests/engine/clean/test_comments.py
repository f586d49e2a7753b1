"""Readers' comments below a story end it, whatever the heading looks like."""

from __future__ import annotations

from newsbrief.clean import page as clean

POST = [
    "The charity evaluator published its spring review on Monday, moving two school-meal programmes in"
    " Malawi and Niger to the top of its list.",
    "The review found that both programmes reached more children per dollar than last year, after their"
    " costs for transport fell by a third.",
]
COMMENTS = [
    "Dana Whitfield on March 12, 2024 at 4:47 pm said:",
    "Has the team looked at the new study of school meals in rural districts, and will it change the"
    " ranking of the nutrition programme at all this year?",
    "Staff writer on March 13, 2024 at 5:23 pm said:",
    "Hi Dana,",
    "We have not reviewed the study yet, but plan to read it as part of our year-end review of the"
    " programme, which we expect to publish in December with the rest of our updates.",
    "Omar says:",
    "I would like to see more on how the money is split between the programmes and the administration of"
    " each charity, and on how that share has changed over the past five years of reviews.",
]


def test_comments_under_a_bare_heading_with_said_lines_end_the_story() -> None:
    page = "\n\n".join(["Open thread: spring 2024", "March 10, 2024 | by Lee", *POST, "Comments", *COMMENTS])
    cleaned = clean.clean_text(page)
    assert cleaned.title == "Open thread: spring 2024"
    assert cleaned.text == "\n\n".join([cleaned.title, *POST])
