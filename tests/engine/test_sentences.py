import nltk
import pytest

from newsbrief.model import CleanedText, Span
from newsbrief.sentences import SumyTokenizer, sentence_spans, split_document


def split(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def test_no_nltk_data_is_reachable():
    with pytest.raises(LookupError):
        nltk.data.find("tokenizers/punkt")
    assert split("One sentence here. Another one there.") == ["One sentence here.", "Another one there."]


@pytest.mark.parametrize(
    "text",
    [
        "Officials from the U.S. and the U.K. met in Washington, D.C. on Monday.",
        "Mr. Lee and Dr. Han spoke with Gen. Ortiz and Sen. Walsh about it.",
        "The talks were held on Jan. 5 at the ministry on Main St. near the port.",
        "Foreign Minister Anna J. Park said the deal was close.",
        "The envoy met Sens. Ruth Ames and Joel Kirk before the vote on Monday.",
        "Acme Inc. and Borders Ltd. signed the contract worth No. 1 in the region.",
        "Growth slowed to 2.5 per cent, down from 3.1 per cent a year earlier.",
    ],
)
def test_abbreviations_initials_and_numbers_do_not_end_a_sentence(text):
    assert split(text) == [text]


def test_abbreviation_then_a_sentence_starter_splits():
    assert split("The envoy flew back to the U.S. The talks resume next week.") == [
        "The envoy flew back to the U.S.",
        "The talks resume next week.",
    ]


def test_quotation_closing_after_the_sentence_stays_with_its_attribution():
    text = '"We stand with our allies against aggression across the whole world," Yoon said. He left.'
    assert split(text) == [
        '"We stand with our allies against aggression across the whole world," Yoon said.',
        "He left.",
    ]


def test_two_sentence_quotation_before_its_attribution_is_one_sentence():
    text = "“Peace is possible. It needs patience,” the minister said on Friday. Talks go on."
    assert split(text)[0] == "“Peace is possible. It needs patience,” the minister said on Friday."


def test_short_quotation_of_several_sentences_stays_whole():
    assert split('He said: "Maybe. We will see. I talk to everybody." Then he left.') == [
        'He said: "Maybe. We will see. I talk to everybody."',
        "Then he left.",
    ]


def test_long_or_unclosed_quotation_is_split_and_marked_as_quoted():
    text = (
        '"It was a cordial call," Lula said. "We do not have to like each other. '
        "We have to govern for our people, and our two countries need each other.\n\n"
        "The talks resume in May."
    )
    paragraphs = (Span(0, text.index("\n\n")), Span(text.index("The talks"), len(text)))
    doc = split_document(CleanedText(text=text, paragraphs=paragraphs))
    assert [(s.text[:20], s.in_quote) for s in doc.sentences] == [
        ('"It was a cordial ca', False),
        ('"We do not have to l', True),
        ("We have to govern fo", True),
        ("The talks resume in ", False),
    ]


def test_ellipsis_and_question_marks():
    assert split("Will they meet again? Nobody knows... The ministry declined to comment.") == [
        "Will they meet again?",
        "Nobody knows...",
        "The ministry declined to comment.",
    ]


def test_hard_wrapped_lines_join_but_separate_lines_do_not():
    text = "The president said the talks\nwere productive and would resume.\nHeadline Of Another Story"
    assert split(text) == [
        "The president said the talks\nwere productive and would resume.",
        "Headline Of Another Story",
    ]


def test_offsets_point_into_the_text_and_kinds_are_set():
    text = (
        "Leaders Meet In Seoul\n\n"
        "The leaders met in Seoul on Monday. They agreed to talk again.\n\n"
        "A caption (Reuters)."
    )
    paragraphs = (Span(0, 21), Span(23, 85), Span(87, len(text)))
    doc = split_document(
        CleanedText(
            text=text, paragraphs=paragraphs, captions=(paragraphs[2],), title="Leaders Meet In Seoul"
        )
    )
    assert [s.kind for s in doc.sentences] == ["headline", "body", "body", "caption"]
    for s in doc.sentences:
        assert text[s.start : s.end] == s.text
    assert [s.paragraph for s in doc.sentences] == [0, 1, 1, 2]
    assert doc.sentence_at(40).index == 1


def test_sumy_tokenizer_needs_no_data():
    tokenizer = SumyTokenizer()
    assert tokenizer.to_sentences("It rained. Then it stopped.") == ("It rained.", "Then it stopped.")
    assert tokenizer.to_words("Kim's envoy met 3 officials, twice.") == (
        "Kim",
        "envoy",
        "met",
        "officials",
        "twice",
    )


def _texts(text):
    return [text[s:e] for s, e in sentence_spans(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The motion was moved by a former Speaker of the House, Rt. Hon. Ade Bello, on Monday.",
        "The road was opened by Engr. Musa Ali and Sen. Ada Obi in Kaduna.",
        "Lt. Gen. Ben Ode and Brig. Gen. Tom Ali inspected the troops at dawn.",
        "The case was argued by Atty. Gen. Rosa Cruz and Sec. Paulo Reyes in Manila.",
        "Mme. Claire Dubois met Cllr. Joe Smith and Msgr. Peter Kane at the hall.",
    ],
)
def test_a_title_abbreviation_before_a_name_does_not_end_the_sentence(text):
    assert _texts(text) == [text]


def test_a_sentence_that_ends_in_a_title_abbreviation_still_ends():
    text = "He was promoted to Brig. Gen. The ceremony was short. She met Rt. Hon. Ade Bello. He left."
    assert _texts(text) == [
        "He was promoted to Brig. Gen.",
        "The ceremony was short.",
        "She met Rt. Hon. Ade Bello.",
        "He left.",
    ]


def test_a_long_run_of_initials_is_cut_into_sentences():
    run = " ".join(f"{letter}." for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" * 200)
    text = f"The list began. {run} Then it ended. J. R. R. Tolkien wrote it."
    found = _texts(text)
    assert found[0] == "The list began."
    assert found[-2:] == ["Then it ended.", "J. R. R. Tolkien wrote it."]
    assert len(found) > 500 and all(len(piece.split()) <= 10 for piece in found[1:-2])


def test_measures_in_a_recipe_do_not_end_a_sentence():
    text = (
        "Toss the potatoes with 1 tsp. olive oil and 2 tbsp. lemon juice. Add a 5 oz. bag of spinach. "
        + "Bake it."
    )
    assert _texts(text) == [
        "Toss the potatoes with 1 tsp. olive oil and 2 tbsp. lemon juice.",
        "Add a 5 oz. bag of spinach.",
        "Bake it.",
    ]


def test_many_short_sentences_split_as_punkt_would():
    text = (
        " ".join(f"Said Kim{k}. The talks went on." for k in range(300))
        + " Mr. Lee and Dr. Ann Roe left. U.S. Then."
    )
    found = _texts(text)
    assert found[:3] == ["Said Kim0.", "The talks went on.", "Said Kim1."]
    assert len(found) == 602 and found[-2:] == ["Mr. Lee and Dr. Ann Roe left.", "U.S. Then."]


def test_a_weight_in_pounds_still_ends_its_sentence() -> None:
    text = "The bag weighed 5 lb. Police said it was cocaine."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "The bag weighed 5 lb.",
        "Police said it was cocaine.",
    ]


def test_a_plain_word_and_full_stop_end_a_sentence_before_any_letter():
    # Cut before Punkt reads the pieces: lower case and scripts without case split as Punkt would.
    hebrew, arabic = "\u05e9\u05dc\u05d5\u05dd", "\u0627\u0644\u0631\u0626\u064a\u0633"
    text = " ".join(f"Talks with Abbas went on. {arabic} met {hebrew}. the rest." for _ in range(200))
    text += " He met Dr. Roe. etc. and Gen. smith."
    found = _texts(text)
    assert found[:4] == [
        "Talks with Abbas went on.",
        f"{arabic} met {hebrew}.",
        "the rest.",
        "Talks with Abbas went on.",
    ]
    assert len(found) == 602 and found[-2:] == ["He met Dr. Roe.", "etc. and Gen. smith."]


def test_a_long_run_of_abbreviated_titles_is_cut_into_sentences():
    run = " ".join(["Gov. Sen. Rt. Hon. Lt. Gen."] * 300)
    text = f"The list began. {run} It ended. He met Rt. Hon. Lt. Gen. J. R. Smith. She left."
    found = _texts(text)
    assert found[0] == "The list began."
    assert found[-2:] == ["He met Rt. Hon. Lt. Gen. J. R. Smith.", "She left."]
    assert len(found) > 100 and all(piece.count(".") <= 20 for piece in found)


def test_initials_before_a_lower_case_name_particle_do_not_end_the_sentence():
    from newsbrief.sentences import sentence_spans

    for text in (
        "President P.W. van Rooyen told parliament on Monday that the vote would go ahead.",
        "The letter from Ms A.M. de Sousa reached the ministry in Lisbon on Friday.",
    ):
        assert [text[s:e] for s, e in sentence_spans(text)] == [text]
    # A sentence that ends in initials still ends before a capital.
    text = "The talks moved to the U.S. Officials in Ottawa said little."
    assert len(sentence_spans(text)) == 2
