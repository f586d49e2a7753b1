"""clean.units: the paste cut into units (hard-wrapped copy joined, entities, front matter, tags)."""

from __future__ import annotations

from newsbrief import brief
from newsbrief.clean import page as clean
from tests.engine.clean.common import body_sentences, load


def test_hard_wrapped_wire_copy_is_unwrapped_into_its_paragraphs() -> None:
    cleaned = clean.clean_text(load("clean_wire_wrapped.txt"))
    paragraphs = [cleaned.text[p.start : p.end] for p in cleaned.paragraphs]
    assert paragraphs[0] == (
        "Portugal's Finance Minister Rui Almeida said the government expects to cut its budget deficit to "
        "below three pct of gross domestic product next year, as tax receipts rise faster than forecast."
    )
    assert paragraphs[1].startswith('"We are ahead of the plan agreed with our European partners," Almeida')
    assert len(body_sentences(cleaned)) == 3


def test_entities_and_front_matter() -> None:
    raw = (
        '---\ntitle: "Fiji&#x27;s parliament passes budget"\nauthor: Mere Tuilagi\nurl: https://x.example/a\n---\n\n'
        "Fiji&#x27;s parliament passed the national budget on Friday after a three-day debate, "
        "the speaker&#x27;s office said.\n\nThe opposition voted against the bill &amp; walked out."
    )
    cleaned = clean.clean_text(raw)
    assert cleaned.text.startswith("Fiji's parliament passed the national budget")
    assert "walked out" in cleaned.text and "&amp;" not in cleaned.text
    assert cleaned.title == "Fiji's parliament passes budget"
    assert cleaned.author == "Mere Tuilagi"
    assert {r.reason for r in cleaned.removed} == {"front matter"}


def test_html_tags_left_in_a_paste_are_dropped_and_their_attributes_are_no_quotation() -> None:
    briefing = brief(
        "The singer recorded the new album in Lagos last spring after months of work in the studio.\n\n"
        '&lt;span data-mce-type="bookmark" style="display: inline-block; width: 0px; overflow: hidden;"'
        "&gt;&lt;/span&gt;\n\n"
        "She said the <b>band</b> would tour again next year once the album was finished and mixed."
    )
    assert briefing.quotes == ()
    assert "She said the band would tour again" in briefing.summary[-1].text
    assert "display" not in " ".join(s.text for s in briefing.summary)


def test_a_title_in_angle_brackets_is_kept() -> None:
    text = "Critics praised <Winter Harbour: A Tale of Two Ports> at its premiere in Busan on Friday night."
    assert text in clean.clean_text(text).text


def test_glued_paragraphs_split_and_a_line_without_a_glued_stop_stays_whole():
    from newsbrief.clean.units import split_units

    glued = "The talks ended in continuous use.Ministers left on Monday.”Officials said so."
    assert split_units(glued) == [
        "The talks ended in continuous use.",
        "Ministers left on Monday.”",
        "Officials said so.",
    ]
    plain = "The U.S. envoy met Dr. Roe at 9.30 a.m. in Rome. He left. " * 50
    assert split_units(plain) == [plain.strip()]
    assert split_units("He said no.Yes.” A.B. Cde.\nOk.") == ["He said no.", "Yes.” A.B. Cde.", "Ok."]
