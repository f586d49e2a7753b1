"""Pastes nobody expected (walls of quote marks, nested marks, sentences of thousands of words):
the bounds that keep the quotation reader linear, checked on what it finds, never on the clock."""

from __future__ import annotations

import re

from newsbrief import build_document
from newsbrief.model import Cast, Mention, Person
from newsbrief.quotes import marks
from newsbrief.quotes.find import find_quotes
from newsbrief.quotes.marks import MARKS_READ, MAX_NESTING, Quoted, find_quotations, reading_limit
from newsbrief.quotes.tokens import masked_text

LEAD = "Officials from both governments met in the capital on Monday for a second round of talks.\n\n"


def _cast(doc, *people: Person) -> Cast:
    mentions = []
    for i, p in enumerate(people):
        for form in (p.name, *p.aliases):
            mentions += [
                Mention(m.start(), m.end(), i) for m in re.finditer(r"\b" + re.escape(form) + r"\b", doc.text)
            ]
    mentions.sort(key=lambda m: m.start)
    kept, end = [], -1
    for m in mentions:  # the longest form wins where two overlap
        if m.start >= end:
            kept.append(m)
            end = m.end
    return Cast(people=tuple(people), mentions=tuple(kept))


def _depths(found: list[Quoted]) -> list[int]:
    """How many quotations enclose each one."""
    out = []
    for q in found:
        out.append(
            sum(
                1
                for o in found
                if o is not q and o.outer_start <= q.outer_start and q.outer_end <= o.outer_end
            )
        )
    return out


def test_a_wall_of_opening_marks_nests_no_deeper_than_the_bound():
    words = " ".join(f"word{i} \u201c" for i in range(400))
    doc = build_document(LEAD + "He said " + words + " and left.")
    found = find_quotations(doc)
    assert found
    assert max(_depths(found)) < MAX_NESTING
    # only the outermost mark left open runs to the paragraph's end
    para_end = len(doc.text.rstrip())
    assert sum(1 for q in found if not q.closed and q.outer_end >= para_end - 1) == 1


def test_quotations_nested_three_deep_still_pair_inside_the_bound():
    doc = build_document(
        LEAD
        + "Kim said: \u201cThey told us \u2018the rule says \u201cno entry\u201d today\u2019 and left.\u201d"
    )
    texts = {doc.text[q.start : q.end] for q in find_quotations(doc)}
    assert "They told us \u2018the rule says \u201cno entry\u201d today\u2019 and left." in texts
    assert "the rule says \u201cno entry\u201d today" in texts
    assert "no entry" in texts


def test_marks_past_the_reading_limit_are_not_read():
    # Each line quotes once; past MARKS_READ marks the rest of the paste is not read.
    lines = [f'"We will finish plan number {i} this year," Kim said.' for i in range(MARKS_READ // 2 + 50)]
    doc = build_document(LEAD + "\n".join(lines))
    limit = reading_limit(doc.text)
    assert limit < len(doc.text)
    found = find_quotations(doc)
    assert found and all(q.outer_end <= limit for q in found)
    assert len(found) == MARKS_READ // 2


def test_a_text_without_many_marks_is_read_to_its_end():
    doc = build_document(LEAD + '"We will finish the plan this year," Kim said.')
    assert reading_limit(doc.text) == len(doc.text)


def test_the_mask_blanks_every_quotation_once_however_they_nest():
    text = 'A "b \'c "d e" f\' g" h "i j" k'
    spans = [(2, 19), (5, 16), (8, 13), (22, 27)]
    quoted = [Quoted(s + 1, e - 1, s, e, 0, True, False) for s, e in spans]
    assert all(text[s] in "\"'" and text[e - 1] in "\"'" for s, e in spans)
    naive = "".join(
        "\u2007" if any(s <= i < e for s, e in spans) and not c.isspace() else c for i, c in enumerate(text)
    )
    assert masked_text(text, quoted) == naive
    inside_one = "".join(
        "\u2007" if sum(s <= i < e for s, e in spans) > 1 and not c.isspace() else c
        for i, c in enumerate(text)
    )
    assert masked_text(text, quoted, deeper_than=1) == inside_one


def test_a_sentence_of_thousands_of_words_gives_the_speaker_next_to_the_quotation():
    filler = " ".join(["and the talks went on"] * 2000)
    body = f'Officials said {filler} while Yoon Suk Yeol said: "We will not give up on this plan."'
    doc = build_document(LEAD + body)
    (quote,) = find_quotes(doc, _cast(doc, Person("Yoon Suk Yeol", aliases=("Yoon",))))
    assert quote.text == "We will not give up on this plan."
    assert quote.speaker == "Yoon Suk Yeol"


def test_a_wall_of_reporting_verbs_before_a_quotation_reads_only_the_nearest():
    said = " ".join(["said"] * 3000)
    doc = build_document(LEAD + f'Kim {said} Yoon said: "We will not give up on this plan."')
    (quote,) = find_quotes(doc, _cast(doc, Person("Yoon Suk Yeol", aliases=("Yoon",)), Person("Kim Jong")))
    assert quote.speaker == "Yoon Suk Yeol"


def test_many_quotations_in_one_long_sentence_each_take_the_name_beside_them():
    names = [f"Minister{i}" for i in range(120)]
    parts = [f'{name} said "we will sign the deal number {i} soon"' for i, name in enumerate(names)]
    doc = build_document(LEAD + ", and ".join(parts) + ".")
    people = [Person(f"Bob {name}", aliases=(name,)) for name in names]
    found = find_quotes(doc, _cast(doc, *people))
    assert len(found) == 120
    for q in found:
        number = int(re.search(r"number (\d+)", q.text).group(1))
        assert q.speaker == f"Bob Minister{number}"


def test_a_pronoun_after_many_names_of_the_other_gender_takes_the_last_that_fits():
    # "she" never takes one of the many men named since: the last woman named, looked up in an
    # index of who is named where, not by a walk back over every name.
    men = " ".join(f"Mr. Bob Kingston{i} spoke on Monday." for i in range(150))
    body = f'Ms. Ann Lee arrived. {men} "We will go there very soon and stay," she said.'
    doc = build_document(LEAD + body)
    people = [Person("Ann Lee", gender="female")] + [
        Person(f"Bob Kingston{i}", gender="male") for i in range(150)
    ]
    (quote,) = find_quotes(doc, _cast(doc, *people))
    assert quote.speaker == "Ann Lee"


def test_the_reading_limit_counts_apostrophes_too():
    assert marks.MARKS_READ > 0
    text = "don't " * (MARKS_READ + 10)
    assert reading_limit(text) < len(text)
