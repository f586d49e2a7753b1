"""Offices from the world-leaders table: a person named in full to whom the text gives no office."""

import re

from newsbrief.cast.people import build_cast
from newsbrief.model import CleanedText, Span
from newsbrief.places import find_country_mentions
from newsbrief.sentences import split_document
from tests.engine.cast.reading import leaders, person


def cast_on(text: str, published: str | None):
    paragraphs = tuple(Span(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text))
    doc = split_document(CleanedText(text=text, paragraphs=paragraphs, published=published))
    assert doc.published == published
    return build_cast(doc, find_country_mentions(doc))


TEXT = "Michel Temer met business leaders on Monday. Temer said the reform would pass."


def test_a_leader_named_in_full_without_an_office_takes_the_tables_on_the_articles_date():
    temer = person(cast_on(TEXT, "2017-06-01"), "Michel Temer")
    found = (temer.title, temer.country, temer.is_leader, temer.office_from)
    assert found == ("President", "BR", True, "table")


def test_no_term_on_the_articles_date_no_office():
    temer = person(cast_on(TEXT, "2021-06-01"), "Michel Temer")
    assert (temer.title, temer.is_leader, temer.office_from) == (None, False, "")


def test_an_office_the_text_gives_is_kept_and_not_marked():
    text = "Former President Michel Temer met business leaders on Monday."
    temer = person(cast_on(text, "2017-06-01"), "Michel Temer")
    assert temer.title == "former President" and temer.office_from == ""


def test_a_surname_alone_is_never_looked_up():
    cast = cast_on("Mr Temer met business leaders on Monday. Temer said the reform would pass.", "2017-06-01")
    assert all(p.office_from == "" for p in cast.people)


def test_a_year_only_date_is_read_as_that_year():
    temer = person(cast_on(TEXT, "2017"), "Michel Temer")
    assert (temer.title, temer.office_from) == ("President", "table")


def test_an_undated_article_that_writes_only_earlier_years_is_read_on_its_latest_year():
    text = (
        "Michel Temer met business leaders on Monday ahead of the 2017 budget vote. Temer said it would pass."
    )
    temer = person(cast_on(text, None), "Michel Temer")
    assert (temer.title, temer.country, temer.office_from) == ("President", "BR", "table")


def test_the_article_date_is_today_for_an_undated_text_without_years():
    from newsbrief.cast.table_offices import article_date

    doc = split_document(CleanedText(text="Talks went on.", paragraphs=(Span(0, 14),)))
    assert article_date(doc) is None
    doc = split_document(CleanedText(text="The 1998 talks went on in 2003.", paragraphs=(Span(0, 31),)))
    assert article_date(doc) == "2003"


def test_a_titled_leader_the_text_does_not_place_takes_the_state_of_his_terms_in_the_table():
    # An undated wire: read today, when neither holds office; the text gives the offices, the
    # world-leaders table says whose they were.
    text = (
        "Talks in Tokyo\n\n"
        "Prime Minister Yasuhiro Nakasone gave assurances on Tuesday that exports would be checked, "
        "President Ronald Reagan said. Nakasone said the talks were frank.\n"
    )
    found = leaders(text)
    assert found["Yasuhiro Nakasone"][:2] == ("Prime Minister", "JP")
    assert found["Ronald Reagan"][:2] == ("President", "US")
    # A state the words around him suggest gives way to the one state he ever served; a state the
    # text gives him stays.
    placed = (
        "Talks in London\n\n"
        "British officials met on Monday. Treasury Secretary James Baker said London was right.\n"
    )
    assert leaders(placed)["James Baker"][1] == "US"
    told = "Talks\n\nBritish Treasury Secretary James Baker said on Monday that London was right.\n"
    assert leaders(told)["James Baker"][1] == "GB"


def test_a_namesake_in_another_office_long_after_a_leader_s_term_takes_no_state_from_it():
    # The table's John Howard led Australia until 2007; a Kenyan health minister of that name
    # in a dated 2025 story is someone else.
    text = (
        "Clinic opens in Kisumu\n\n"
        "NAIROBI, March 3, 2025 - Health Minister John Howard opened a clinic in the western town "
        "of Kisumu on Monday. Howard said it would serve 40,000 people.\n"
    )
    assert leaders(text)["John Howard"][1] != "AU"


def test_an_undated_text_is_of_the_days_its_titled_leaders_held_office():
    # No date and no year: the titled Iranian leaders put the text in 1981-1989, when the
    # untitled Khomeini led Iran; and "President Obama" puts a text in 2009-2017, when Marco
    # Rubio held no office the table lists.
    text = (
        "Ayatollah Ruhollah Khomeini warned against discord, state radio said. His audience included "
        "President Ali Khamenei and Prime Minister Mir-Hossein Mousavi."
    )
    assert leaders(text)["Ruhollah Khomeini"][1] == "IR"
    text = "President Obama has promised a veto. Marco Rubio voted for the bill on Thursday."
    assert "Marco Rubio" not in leaders(text)
