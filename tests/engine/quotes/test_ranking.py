"""quotes/ranking.py: which quotations come first."""

from __future__ import annotations

from tests.engine.quotes.helpers import PARK, YOON, quotes_of


def test_leaders_positions_rank_above_logistics():
    _, found = quotes_of(
        '"The bus will leave the hotel at nine o\'clock for the venue," said Park.\n\n'
        '"We will never accept a nuclear threat against our people," Yoon said.',
        YOON,
        PARK,
    )
    assert found[0].speaker == "Yoon Suk Yeol"
    assert all(0.0 <= q.score <= 1.0 for q in found)
    assert found[0].score > found[1].score
