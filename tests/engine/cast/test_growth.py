"""The Cast on inputs no news article has: many names sharing words, "Mr." before every name,
capitalised words in short sentences. Matching a name looks people up by their name words
(an index), so these stay fast; the tests assert on what is found, not on the clock."""

import itertools
import re

from newsbrief.cast.people import build_cast
from newsbrief.model import CleanedText, Span
from newsbrief.places import find_country_mentions
from newsbrief.sentences import split_document

GIVEN = ["Arlo", "Bruno", "Cosmo", "Dario", "Elio", "Fabio", "Gino", "Hugo", "Ivo", "Joao"]
FAMILY = ["Kettering", "Lowther", "Mableton", "Northam", "Oxley", "Pemberton", "Quarry", "Rushden"]


def cast_of(text: str):
    paragraphs = tuple(Span(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text))
    doc = split_document(CleanedText(text=text, paragraphs=paragraphs))
    return build_cast(doc, find_country_mentions(doc))


def test_many_full_names_sharing_words_are_each_one_person():
    pairs = list(itertools.product(GIVEN, FAMILY))
    text = " ".join(f"Mr. {g} {f} spoke to the committee." for g, f in pairs)
    text += " " + " ".join(f"Later {g} {f} left the room." for g, f in pairs)
    cast = cast_of(text)
    people = {p.name: p for p in cast.people if p.kind == "person"}
    assert set(people) == {f"{g} {f}" for g, f in pairs}
    assert all(p.mentions == 2 for p in people.values())


def test_a_middle_name_folds_into_the_shorter_name_among_many_namesakes():
    pairs = list(itertools.product(GIVEN, FAMILY))
    text = " ".join(f"{g} {f} spoke to the committee." for g, f in pairs)
    text += " Later Hugo Sandro Oxley left the room."
    cast = cast_of(text)
    hugo = [p for p in cast.people if p.name in ("Hugo Oxley", "Hugo Sandro Oxley")]
    assert len(hugo) == 1
    assert hugo[0].mentions == 2


def test_mr_before_every_short_name_finds_the_one_it_names():
    text = " ".join(f"Mr. Arlo {f} met Mr. Bruno {f}s on Monday." for f in FAMILY * 3)
    text += " Mr. Oxley said no. Mr. Oxleys said yes."
    cast = cast_of(text)
    arlo = next(p for p in cast.people if p.name == "Arlo Oxley")
    bruno = next(p for p in cast.people if p.name == "Bruno Oxleys")
    assert arlo.mentions == 4 and bruno.mentions == 4


def test_capitalised_words_in_short_sentences_make_a_bounded_cast():
    words = [
        a + b for a, b in itertools.product(["Ka", "To", "Mi", "Ra", "Ne"], ["bor", "tal", "rik", "zen"])
    ]
    sentences = [" ".join(words[(i + k) % len(words)] for k in range(4)) + "." for i in range(2000)]
    cast = cast_of(" ".join(sentences))
    # Every distinct run of four words is one person, however often the runs repeat.
    runs = {" ".join(words[(i + k) % len(words)] for k in range(4)) for i in range(len(words))}
    assert {p.name for p in cast.people if len(p.name.split()) == 4} <= runs
    assert len(cast.people) <= len(runs) * 2


def test_runs_of_initials_match_no_one_and_leave_real_names_alone():
    # Initials have no name word to look a person up by: each run stays apart, and the
    # matching does not compare it with every earlier run (a list of initials was quadratic).
    run = "A. B. C. D. E. F. G. H. I. J. K. L. M. N."
    cast = cast_of(" ".join([run] * 200) + " That was all.\nAna Kowal spoke to Ivo Rushden. Kowal left.")
    named = {p.name: p for p in cast.people if any(ch.islower() for ch in p.name)}
    assert set(named) == {"Ana Kowal", "Ivo Rushden"}
    assert named["Ana Kowal"].mentions == 2


def test_long_runs_around_an_at_sign_are_no_address_and_a_real_one_is_found():
    from newsbrief.cast.credits import credit_spans

    junk = " ".join(["x" * 200 + "@" + "y" * 200] * 50)
    text = junk + "\nWrite to ana.kowal@example.org with news. Ana Kowal said so."
    paragraphs = tuple(Span(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text))
    doc = split_document(CleanedText(text=text, paragraphs=paragraphs))
    found = [text[s:e] for s, e in credit_spans(doc)]
    assert found == ["ana.kowal@example.org"]
