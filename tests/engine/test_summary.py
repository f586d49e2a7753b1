"""The extractive summary: verbatim, in order, no duplicates, no captions."""

from newsbrief import build_document
from newsbrief.model import Cast, CleanedText, Span
from newsbrief.sentences import split_document
from newsbrief.summary import MAX_CANDIDATES, summarize
from tests import ARTICLES

ARTICLE = (ARTICLES / "border.txt").read_text(encoding="utf-8")


def body_doc(text: str):
    return build_document(text)


def test_sentences_are_verbatim_in_article_order_and_as_many_as_asked():
    doc = body_doc(ARTICLE)
    picked = summarize(doc, Cast(), 4)
    assert len(picked) == 4
    assert [s.index for s in picked] == sorted(s.index for s in picked)
    for s in picked:
        assert s.text in ARTICLE
        assert doc.sentences[s.index].text == s.text


def test_short_summary_opens_with_the_lede():
    picked = summarize(body_doc(ARTICLE), Cast(), 3)
    assert picked[0].text.startswith("The foreign ministers of Chile and Peru agreed")


def test_near_duplicates_are_not_both_chosen():
    repeated = (
        ARTICLE
        + "\n\n"
        + (
            "The foreign ministers of Chile and Peru agreed on Monday to reopen their shared border "
            "crossing, ending a closure that had stranded thousands of lorries for three whole weeks."
        )
    )
    picked = summarize(body_doc(repeated), Cast(), 6)
    openings = [s.text[:60] for s in picked]
    assert len(openings) == len(set(openings))


def test_captions_and_headlines_are_never_chosen():
    caption = "Foreign Minister Elena Rojas speaks to reporters at the crossing in Tacna. (Photo: AFP)"
    text = "Border Deal Reached\n\n" + ARTICLE + "\n\n" + caption
    paragraphs = []
    start = 0
    for block in text.split("\n\n"):
        paragraphs.append(Span(start, start + len(block)))
        start += len(block) + 2
    doc = split_document(
        CleanedText(
            text=text, paragraphs=tuple(paragraphs), captions=(paragraphs[-1],), title="Border Deal Reached"
        )
    )
    picked = summarize(doc, Cast(), 10)
    chosen = {s.text for s in picked}
    assert caption not in chosen
    assert "Border Deal Reached" not in chosen


def test_a_sentence_opening_with_but_waits_for_better_ones():
    picked = summarize(body_doc(ARTICLE), Cast(), 3)
    assert not any(s.text.startswith("But ") for s in picked)


def test_very_long_articles_rank_a_bounded_number_of_candidates():
    topics = ["water", "roads", "schools", "fishing", "power", "ports", "rail", "forests", "mines", "tourism"]
    places = ["Arica", "Tacna", "Puno", "Iquique", "Cusco", "Calama", "Lima", "Moquegua", "Ilo", "Juliaca"]
    actions = ["debated", "approved", "rejected", "delayed", "funded", "reviewed", "praised", "opposed"]
    paragraphs = [
        f"Councillors in {places[k % 10]} {actions[k % 8]} the {topics[(k // 10) % 10]} plan "
        f"after {k + 3} hours of argument."
        for k in range(MAX_CANDIDATES * 3)
    ]
    doc = body_doc("\n\n".join(paragraphs))
    picked = summarize(doc, Cast(), 5)
    assert len(picked) == 5
    assert all(s.index < MAX_CANDIDATES for s in picked)


def test_default_length_grows_with_the_article_within_three_to_six():
    assert len(summarize(body_doc(ARTICLE), Cast())) == 3
    long_doc = body_doc(
        "\n\n".join([ARTICLE] * 1 + [p.replace("Chile", "Bolivia") for p in ARTICLE.split("\n\n")] * 4)
    )
    assert 3 <= len(summarize(long_doc, Cast())) <= 6


def test_lede_opens_any_summary_shorter_than_half_the_article():
    doc = body_doc(ARTICLE)
    body = [s for s in doc.sentences if s.kind == "body"]
    for n in (1, 3, len(body) // 2 - 1):
        picked = summarize(doc, Cast(), n)
        assert picked[0].index == body[0].index, n


def test_lede_is_the_first_sentence_that_can_stand_alone():
    text = "Talks resume.\n\n" + ARTICLE
    picked = summarize(body_doc(text), Cast(), 2)
    assert picked[0].text.startswith("The foreign ministers of Chile and Peru agreed")


def _scores(doc, n, weights):
    from newsbrief.summary import rate_sentences

    return {s.index: score for score, s, _ in rate_sentences(doc, Cast(), n, weights)}


def test_a_short_briefing_favours_the_lead_window_and_a_digest_does_not():
    from newsbrief.summary import WEIGHTS, Weights

    doc = body_doc(ARTICLE)
    count = len(_scores(doc, 2, WEIGHTS))
    without = Weights(lead_window=0.0)
    share = max(0.0, 1 - 2 / count / WEIGHTS.lead_window_below_share)
    assert share > 0.3
    with_window, plain = _scores(doc, 2, WEIGHTS), _scores(doc, 2, without)
    gains = [round(with_window[k] - plain[k], 6) for k in sorted(plain)]
    assert gains[:2] == [round(WEIGHTS.lead_window * share, 6)] * 2
    assert set(gains[2:]) == {0.0}
    # A summary of half the article is a digest of the whole: no window.
    half = count // 2
    assert _scores(doc, half, WEIGHTS) == _scores(doc, half, without)


def test_a_call_to_the_reader_inside_the_lead_is_not_summarised():
    text = (
        "The port of Dover reopened on Tuesday after a storm closed it for two days, stranding lorries. "
        "Follow us on Twitter @example for the latest news and updates from the port every day. "
        "Officials said about 4,000 lorries had queued on the motorway overnight near the port. "
        "The port authority said ferries would run a full timetable from Wednesday morning onwards. "
        "Drivers were given food and water by volunteers while they waited in their cabs overnight. "
        "The storm brought winds of up to 80 miles an hour to the coast of Kent on Sunday night."
    )
    picked = summarize(body_doc(text), Cast(), 3)
    assert len(picked) == 3
    assert not any("Follow us" in s.text for s in picked)


def test_a_list_of_tags_is_not_summarised():
    tags = (
        "rail strike 2025, rail strike news, rail strike dates, rail strike london, rail strike north, "
        "rail strike unions, rail strike pay, rail strike talks."
    )
    text = (
        "Rail workers will strike for three days next week after pay talks with the operators broke down. "
        f"{tags} "
        "The union said its members had rejected an offer of a four per cent rise over two years. "
        "The operators said the strike would close most lines in the north of England on each day. "
        "Passengers were told to travel only if they must and to check their journeys before setting out. "
        "Talks are expected to resume on Friday at the offices of the conciliation service in London."
    )
    picked = summarize(body_doc(text), Cast(), 3)
    assert len(picked) == 3 and not any("rail strike dates" in s.text for s in picked)


def test_a_sentence_that_retells_a_chosen_one_with_more_words_is_not_chosen_too():
    # A tabloid caption repeats the lede under a label and adds a detail: it says nothing new.
    lede = ARTICLE.split("\n\n")[0]
    retold = (
        "Open again: "
        + lede.rstrip(".")
        + ", as drivers cheered, honked horns and waved flags beside the customs sheds near Arica."
    )
    picked = summarize(body_doc(ARTICLE + "\n\n" + retold), Cast(), 6)
    texts = [s.text for s in picked]
    assert lede in texts and retold not in texts


def test_a_briefing_of_the_default_length_opens_with_the_lede_of_a_short_item():
    lede = "BERLIN -- The space agency says sleeping crews could make long trips to other planets easier."
    rest = [
        "The agency said its researchers studied how hibernation would change the design of a Mars ship.",
        "The researchers said hibernation would let the agency design a smaller Mars ship for the crew.",
        "A smaller Mars ship would need less fuel, food and water, the researchers said on Monday.",
        "The researchers said the design of the ship would have to let it fly largely on its own.",
        "Animals that hibernate slow their hearts, and the researchers said people cannot do so yet.",
    ]
    doc = body_doc("\n\n".join([lede, *rest]))
    # (the summary's sentence starts after the dateline)
    assert summarize(doc, Cast())[0].text == lede.removeprefix("BERLIN -- ")
    # A length asked for keeps the share rule: 3 of 6 sentences is a digest of the whole.
    assert lede.removeprefix("BERLIN -- ") not in [s.text for s in summarize(doc, Cast(), 3)]


def test_a_tabloid_caption_under_a_label_is_neither_the_lede_nor_in_the_window():
    caption = "Crossing: Lorries queue at the border post outside Tacna on Sunday evening ."
    text = f"By . Staff Reporter . {caption} " + ARTICLE.replace("\n\n", " ")
    picked = summarize(body_doc(text), Cast(), 3)
    assert caption not in {s.text for s in picked}
    assert picked[0].text.startswith("The foreign ministers of Chile and Peru agreed")


def test_a_speaker_before_a_colon_is_no_caption_label():
    from newsbrief.summary import _caption_label

    assert _caption_label("Crossing: Lorries queue at the border post outside Tacna on Sunday.")
    assert _caption_label("Heads up: Two players go up for a header in the second half.")
    assert not _caption_label("Ms Rojas said: 'The crossing will reopen to freight on Wednesday.'")
    assert not _caption_label("But he adds: 'Traders have lost millions of dollars already.'")
    assert not _caption_label("He told reporters: 'We will meet again in Santiago next month.'")


def test_the_lede_in_the_summary_starts_after_its_wire_dateline():
    text = "TACNA, Peru (Reuters) -- " + ARTICLE
    picked = summarize(body_doc(text), Cast(), 3)
    assert picked[0].text.startswith("The foreign ministers of Chile and Peru agreed")
    assert picked[0].text in text


def test_a_dateline_is_kept_when_no_sentence_would_be_left_after_it():
    from newsbrief.summary import without_dateline

    assert without_dateline("LIMA (AP) -- Talks ended.") == "LIMA (AP) -- Talks ended."
    assert without_dateline("The Andean Community (CAN) -- a trade bloc -- met on Monday.") == (
        "The Andean Community (CAN) -- a trade bloc -- met on Monday."
    )
    assert without_dateline("(AP)Officials in Lima said the talks would resume next week.") == (
        "Officials in Lima said the talks would resume next week."
    )


def test_a_dated_wire_dateline_is_cut_and_a_name_with_its_initials_is_kept():
    from newsbrief.summary import without_dateline

    assert without_dateline("LIMA, June 4 (Reuters) - Peru reopened its border crossing with Chile.") == (
        "Peru reopened its border crossing with Chile."
    )
    assert without_dateline("Tacna, Peru (AP) -- Lorry drivers waited a third day at the crossing.") == (
        "Lorry drivers waited a third day at the crossing."
    )
    # The bracket is the subject's initials: the sentence keeps its subject.
    for sentence in (
        "The Andean Development Bank (ADB) President Rosa Quispe said loans would resume.",
        "The Pacific Fisheries Council (PFC) - a body of eleven states - met on Monday in Lima.",
        "Andes Mining Corp (ANM) shares fell sharply after the border closed on Friday.",
    ):
        assert without_dateline(sentence) == sentence


def test_a_fragment_and_a_run_in_link_list_are_not_summarised():
    fragment = "were also stranded at the crossing for most of the weekend, officials said."
    links = "Home | Border news | Trade | Lorry drivers stranded in Tacna as talks drag on | Weather"
    # The page cut the lede's sentence in two: its tail is no lede.
    text = "\n\n".join([fragment, links, ARTICLE])
    picked = summarize(body_doc(text), Cast(), 3)
    chosen = {s.text for s in picked}
    assert fragment not in chosen and links not in chosen
    assert picked[0].text.startswith("The foreign ministers of Chile and Peru agreed")


def test_a_sentence_about_the_page_itself_or_a_rule_of_dashes_is_not_summarised():
    from dataclasses import replace

    from newsbrief.summary import _stands_alone

    doc = body_doc(
        "Want to read the rest of this article about the border and the lorries for free?\n\n"
        "This post has been updated to include the Peruvian minister's comments on the deal.\n\n" + ARTICLE
    )
    sentences = [s for s in doc.sentences if s.kind == "body"]
    dashes = replace(sentences[0], text="- - - - - - - - - - - -")
    assert [_stands_alone(s, len(s.text.split())) for s in [*sentences[:2], dashes]] == [False] * 3
    assert _stands_alone(sentences[2], len(sentences[2].text.split()))
    assert summarize(doc, Cast(), 3)[0].text.startswith("The foreign ministers of Chile and Peru agreed")
