"""The quotation reader's word lists: each fact read from one table."""

from newsbrief import lexicon
from newsbrief.cast.names import honorifics as person_honorifics
from newsbrief.cast.names import sentence_starters
from newsbrief.cast.title_table import titles_by_phrase
from newsbrief.quotes.word_lists import cue_forms, honorifics, word_class


def test_the_words_before_a_name_come_from_the_casts_tables():
    words = honorifics()
    assert {"Mr", "Mr.", "Sen.", "Dr", "President", "Senator", "Governor", "But", "The"} <= words
    # quote_words.tsv `title_word` holds only what no table of the Cast has
    for word in word_class("title_word"):
        assert word.rstrip(".") not in person_honorifics(), word
        assert word.lower() not in titles_by_phrase(), word
        assert word.lower() not in sentence_starters(), word


def test_reporting_verbs_have_one_loader():
    assert cue_forms() is lexicon.reporting_verb_forms()
    assert {"said", "told", "according"} & cue_forms() == {"said", "told"}
