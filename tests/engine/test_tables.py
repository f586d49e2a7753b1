"""The table reader: a header row names the columns, and a row of the wrong shape fails loudly."""

from __future__ import annotations

import pytest

from newsbrief import tables
from newsbrief.tables import TableError, read_table


@pytest.fixture
def data_file(tmp_path, monkeypatch):
    """Write a table into a stand-in data folder that read_table reads."""

    def write(text: str) -> str:
        (tmp_path / "data").mkdir(exist_ok=True)
        (tmp_path / "data" / "t.tsv").write_text(text, encoding="utf-8")
        return "t.tsv"

    monkeypatch.setattr(tables, "_text", lambda name, package: (tmp_path / "data" / name).read_text())
    read_table.cache_clear()
    yield write
    read_table.cache_clear()


def test_rows_come_back_without_the_header_and_padded(data_file) -> None:
    name = data_file("# a comment\nword\tkind\tnote\n\nsummit\tmeeting\nvisit\ttrip\tby a guest\n")
    rows = read_table(name, ("word", "kind", "note"), optional=1)
    assert rows == (("summit", "meeting", ""), ("visit", "trip", "by a guest"))


def test_a_wrong_header_names_the_file_and_line(data_file) -> None:
    name = data_file("# comment\nword\tnote\nsummit\tmeeting\n")
    with pytest.raises(TableError, match=r"t\.tsv:2: header"):
        read_table(name, ("word", "kind"))


def test_a_row_with_a_missing_tab_fails(data_file) -> None:
    name = data_file("word\tkind\nsummit meeting\n")
    with pytest.raises(TableError, match=r"t\.tsv:2: 1 cells"):
        read_table(name, ("word", "kind"))


def test_a_trailing_tab_is_an_empty_last_cell(data_file) -> None:
    name = data_file("code\tname\tcapital\nAG\tAntigua and Barbuda\t\n")
    assert read_table(name, ("code", "name", "capital")) == (("AG", "Antigua and Barbuda", ""),)
