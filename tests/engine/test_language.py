"""The language check: English news is read, anything else is refused with its language named."""

from __future__ import annotations

import pytest

from newsbrief import brief
from newsbrief.errors import NotEnglish
from newsbrief.language import language_name, language_of

GERMAN = (
    "Die Außenminister beider Länder trafen sich am Dienstag in Berlin, um über die Lage an der "
    "Grenze zu sprechen. Der Bundeskanzler sagte, die Regierung werde die Hilfen für die Landwirte "
    "im kommenden Jahr erhöhen. Nach tagelangen Verhandlungen einigten sich die Parteien auf einen "
    "neuen Haushalt für die Stadt."
)
FRENCH = (
    "Le président a reçu mardi son homologue allemand pour des discussions sur la défense "
    "européenne. Les syndicats appellent à une nouvelle journée de grève contre la réforme des "
    "retraites. Selon la police, plus de dix mille personnes ont manifesté dans les rues de Lyon."
)
# English news full of German names and words must stay English.
ENGLISH_WITH_GERMAN_NAMES = (
    "Bundesbank president Joachim Nagel told the Frankfurter Allgemeine Zeitung on Tuesday that "
    "interest rates would stay high. Bayern Munich beat Borussia Dortmund in the Bundesliga, and "
    "Chancellor Klaus Weber met the Ministerpräsident of Nordrhein-Westfalen in Düsseldorf. "
    "The talks covered the Energiewende and the budget."
)


@pytest.mark.parametrize(("text", "code", "name"), [(GERMAN, "de", "German"), (FRENCH, "fr", "French")])
def test_news_in_another_language_is_refused_with_its_name(text: str, code: str, name: str) -> None:
    with pytest.raises(NotEnglish) as info:
        brief(text)
    assert (info.value.language, info.value.name) == (code, name)


def test_english_news_full_of_foreign_names_is_english() -> None:
    assert language_of(ENGLISH_WITH_GERMAN_NAMES) is None
    assert brief(ENGLISH_WITH_GERMAN_NAMES).summary


def test_a_few_words_tell_no_language_and_are_read_as_english() -> None:
    assert language_of("Guten Tag, Berlin.") is None


def test_language_names_come_from_the_iso_tables() -> None:
    assert language_name("nl") == "Dutch"
    assert language_name("xx") == "xx"


def test_a_stray_control_character_from_a_misread_page_does_not_break_the_check() -> None:
    assert language_of(ENGLISH_WITH_GERMAN_NAMES.replace(" that ", " that \x83 ")) is None
    assert language_of(GERMAN.replace(" am ", " \x83 am ")) == "de"


def test_a_long_paste_in_another_language_is_refused_before_it_is_read(monkeypatch) -> None:
    from newsbrief.clean import page

    def no_cleaning(text):
        raise AssertionError("a long German paste was cleaned before it was refused")

    monkeypatch.setattr(page, "clean_text", no_cleaning)
    with pytest.raises(NotEnglish) as info:
        brief("\n\n".join([GERMAN] * 200))
    assert info.value.language == "de"


def test_a_long_english_paste_with_a_foreign_opening_is_checked_on_its_body() -> None:
    from newsbrief.language import early_language_of

    text = "\n\n".join([GERMAN] * 20 + [ENGLISH_WITH_GERMAN_NAMES] * 200)
    assert len(text) > 50_000 and language_of(text) == "de"  # its start alone reads German
    assert early_language_of(text) is None
    assert early_language_of("\n\n".join([FRENCH] * 200)) == "fr"
    assert early_language_of(FRENCH) is None  # short texts wait for the body check


# CLD2 reads this short English paste, crowded with Korean and Japanese names, as Danish.
SHORT_ENGLISH_WITH_ASIAN_NAMES = (
    "TOKYO, June 3, 2025 - During President Lee Jae-myung's visit to Tokyo, Prime Minister "
    "Shigeru Ishiba said Japan would lift export limits."
)


def test_a_short_english_paste_full_of_asian_names_is_english() -> None:
    import pycld2

    assert pycld2.detect(SHORT_ENGLISH_WITH_ASIAN_NAMES)[2][0][1] != "en"  # the detector alone errs
    assert language_of(SHORT_ENGLISH_WITH_ASIAN_NAMES) is None
    assert brief(SHORT_ENGLISH_WITH_ASIAN_NAMES).summary


def test_english_function_words_in_a_foreign_page_s_links_do_not_make_it_english() -> None:
    links = " ".join(f"http://amzn.to/{n}x" for n in range(20))
    assert language_of(GERMAN + "\n" + links) == "de"


# Our own post in Japanese about setting up software, with its English product names left in Latin
# letters: the 'for' and 'and' among them are no sign of English.
JAPANESE_WITH_ENGLISH_NAMES = (
    "Notes for Windowsの設定を変える方法について説明します。"
    "仕事でパソコンを使うときは、Notes for Windowsを毎朝起動してから予定を確認することが多いと思います。"
    "しかし、Sync and Shareの機能を有効にすると、起動するたびに同期が始まり、動作が遅くなることがあります。"
    "今回は、その同期を止めるための手順を三つに分けて紹介します。"
    "まず、設定画面を開いて、同期の項目を探してください。"
)


def test_english_product_names_in_a_japanese_post_do_not_make_it_english() -> None:
    assert language_of(JAPANESE_WITH_ENGLISH_NAMES) == "ja"
    with pytest.raises(NotEnglish) as info:
        brief(JAPANESE_WITH_ENGLISH_NAMES)
    assert info.value.name == "Japanese"
