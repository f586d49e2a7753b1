"""A description in the cue ("said the man", "said the analyst") stands for a person named
before only when nothing in the text says it is someone else."""

from __future__ import annotations

from newsbrief import brief


def speakers(text: str) -> dict[str, str | None]:
    return {q.text: q.speaker for q in brief(text).quotes}


def test_the_man_the_text_brought_in_unnamed_is_not_the_leader_named_before() -> None:
    text = (
        "LISBON, April 4, 2025 - Prime Minister Luis Montenegro said on Friday that the new dam "
        '"will be finished before the winter rains."\n\n'
        "Down in the village, a man whose bakery was flooded waited by the church with his sons.\n\n"
        '"We have heard promises like this before," said the man.'
    )
    said = speakers(text)
    assert said["will be finished before the winter rains."] == "Luis Montenegro"
    assert said["We have heard promises like this before,"] is None


def test_the_woman_is_not_the_one_man_in_view() -> None:
    text = (
        "OSLO, April 4, 2025 - Prime Minister Jonas Gahr Store opened the new ferry terminal on Friday.\n\n"
        '"It took three years longer than anyone wanted," said the woman.'
    )
    assert speakers(text)["It took three years longer than anyone wanted,"] is None


def test_the_analyst_is_not_the_minister_quoted_last() -> None:
    text = (
        "LIMA, April 4, 2025 - President Dina Boluarte said on Friday that the mining levy "
        '"will pay for roads in every province."\n\n'
        'Economy Minister Jose Arista said the levy "is modest and long overdue."\n\n'
        "Shares of mining firms fell in Lima after the speech.\n\n"
        '"Investors will take their money to Chile," said the analyst, who asked not to be named.'
    )
    said = speakers(text)
    assert said["is modest and long overdue."] == "Jose Arista"
    assert said["Investors will take their money to Chile,"] is None
