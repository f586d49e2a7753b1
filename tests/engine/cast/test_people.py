"""The Cast as a whole (cast/people.py): its steps in order, and the Cast of a long article.

The tests of each step's rules are in the file named after its module (test_titles.py,
test_leader_states.py, ...); their shared helpers are in reading.py."""

import re

from newsbrief.cast import people
from tests.engine.cast.reading import cast_of


def test_the_docstring_numbers_every_step_in_the_order_they_run():
    listed = re.findall(r"^(\d+)\. (\w+) \(", people.__doc__, re.M)
    assert [(int(n), name) for n, name in listed] == [
        (i, step.__name__) for i, step in enumerate(people.STEPS, 1)
    ]


def test_a_twenty_thousand_word_article_has_the_same_cast_and_a_mention_count_linear_in_length():
    # Speed is measured by the benchmark (python -m tests.bench.engine), never by a timed test:
    # here the long article must give the same people and every copy of a paragraph the same mentions.
    paragraph = (
        "South Korean President Yoon Suk Yeol met Japanese Prime Minister Fumio Kishida in Tokyo on "
        "Monday, and the two leaders agreed to share missile data. Yoon said Seoul and Tokyo would "
        "work together. John Smith, a spokesman for the ministry, declined to comment. The president "
        "later met German Chancellor Olaf Scholz, who said Berlin backed the plan.\n\n"
    )
    copies = 20000 // len(paragraph.split()) + 1

    def cast_of_copies(n: int):
        return cast_of(paragraph * n)

    two, three, long = cast_of_copies(2), cast_of_copies(3), cast_of_copies(copies)
    per_copy = len(three.mentions) - len(two.mentions)
    assert per_copy > 0
    assert len(long.mentions) == len(two.mentions) + (copies - 2) * per_copy
    assert (
        {p.name for p in long.leaders}
        == {p.name for p in two.leaders}
        == {
            "Yoon Suk Yeol",
            "Fumio Kishida",
            "Olaf Scholz",
        }
    )


def test_a_sentence_longer_than_any_news_sentence_is_read_for_names_only_at_its_start():
    from newsbrief.cast.read_names import SENTENCE_READ

    filler = "and the crowd waited in the rain " * (SENTENCE_READ // 30)
    text = f"Rally\n\nPresident Anna Berg spoke {filler} while President Tomas Lind listened.\n"
    found = {p.name for p in cast_of(text).people}
    assert "Anna Berg" in found and "Tomas Lind" not in found
    # In sentences of news length both are read.
    short = "Rally\n\nPresident Anna Berg spoke. Later President Tomas Lind listened.\n"
    assert {"Anna Berg", "Tomas Lind"} <= {p.name for p in cast_of(short).people}
