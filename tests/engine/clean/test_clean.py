"""clean.clean_text: a pasted page in, the article out (with what was removed, and why).

The fixture articles in tests/articles/clean_*.txt are written for these tests
(invented news, laid out the way a browser's select-all-and-copy gives pages).
"""

from __future__ import annotations

import pytest

from newsbrief import brief, sentences
from newsbrief.clean import dates as clean_dates
from newsbrief.clean import page as clean
from newsbrief.errors import NoArticleText
from newsbrief.model import CleanedText
from tests import ARTICLES


def load(name: str) -> str:
    return (ARTICLES / name).read_text(encoding="utf-8")


def body_sentences(cleaned: CleanedText) -> list[str]:
    return [s.text for s in sentences.split_document(cleaned).sentences if s.kind == "body"]


def assert_well_formed(cleaned: CleanedText) -> None:
    """Paragraph spans cover the text, joined by blank lines; captions are paragraphs."""
    text = cleaned.text
    assert "\n\n".join(text[p.start : p.end] for p in cleaned.paragraphs) == text
    assert all(text[p.start : p.end].strip() == text[p.start : p.end] != "" for p in cleaned.paragraphs)
    assert set(cleaned.captions) <= set(cleaned.paragraphs)


# --- a whole pasted page ---------------------------------------------------------

PAGE_PARAGRAPHS = [
    "ARUSHA, Tanzania — Kenya and Tanzania agreed on Tuesday to reopen the busy Namanga border crossing",
    "The agreement was reached after two days of talks in Arusha between Kenyan Trade Minister",
    '"We have listened to the drivers and to the traders who depend on this road," Mutua told reporters',
    "Under the deal, trucks carrying food and fuel will be cleared first",
    "Mollel said the closure had cost traders on the Tanzanian side",
    "The crossing was closed in December after a row over new inspection fees",
    "Business groups in Nairobi welcomed the agreement",
]

PAGE_FURNITURE = [
    "Skip to main content",
    "We use cookies",
    "Share this article",
    "Facebook",
    "Advertisement",
    "Read more:",
    "By Amina Wekesa",
    "March 4, 2025",
    "Amina Wekesa is a correspondent",
    "Related stories",
    "Uganda opens new rail freight link",
    "Comments (14)",
    "This should have happened months ago",
    "Good news for the drivers",
    "Floods cut road",
    "Sign up for our daily newsletter",
    "All rights reserved",
    "Privacy policy",
]


@pytest.fixture(scope="module")
def page() -> CleanedText:
    return clean.clean_text(load("clean_pasted_page.txt"))


def test_page_keeps_every_article_paragraph_verbatim(page: CleanedText) -> None:
    raw = load("clean_pasted_page.txt")
    for start in PAGE_PARAGRAPHS:
        assert start in page.text
    for p in page.paragraphs:
        assert page.text[p.start : p.end] in raw  # kept lines are copied, never rewritten
    assert_well_formed(page)


@pytest.mark.parametrize("furniture", PAGE_FURNITURE)
def test_page_drops_menus_notices_bylines_bios_links_and_comments(page: CleanedText, furniture: str) -> None:
    assert furniture not in page.text


def test_page_body_sentences_all_come_from_the_article(page: CleanedText) -> None:
    raw = load("clean_pasted_page.txt")
    story = raw[raw.index(PAGE_PARAGRAPHS[0]) : raw.index("Amina Wekesa is a correspondent")]
    story = story.replace("Advertisement", "").replace("Read more:", "")
    body = body_sentences(page)
    assert len(body) == 11
    assert all(s in story for s in body)
    assert not any("Photo:" in s for s in body)


def test_page_headline_author_and_caption(page: CleanedText) -> None:
    assert page.title == "Kenya and Tanzania agree to reopen border crossing after talks in Arusha"
    assert page.author == "Amina Wekesa"
    captions = [page.text[c.start : c.end] for c in page.captions]
    assert captions == [
        "Drivers wait beside their trucks near the border post at Namanga. Photo: Sarah Kimani/AFP"
    ]
    doc = sentences.split_document(page)
    assert doc.sentences[0].kind == "headline"
    assert {s.kind for s in doc.sentences if "Sarah Kimani" in s.text} == {"caption"}


def test_page_standfirst_stays_out_of_the_text(page: CleanedText) -> None:
    assert (
        "The two governments said trucks carrying food and fuel would be the first to cross." not in page.text
    )


def test_page_removed_lines_say_why(page: CleanedText) -> None:
    reasons = {r.text: r.reason for r in page.removed}
    assert "byline" in reasons["By Amina Wekesa"]
    assert reasons["Advertisement"] == "interface"
    assert reasons["Read more: East African trade ministers to meet in Kampala next month"] == "link"
    assert "comments" in reasons["Comments (14)"]
    assert "repeated" in reasons["Reply"]  # the second one; the first is outside the article
    # The caption printed twice under the picture: both copies accounted for.
    twice = "Trucks queue at the Namanga crossing on Monday. Peter Odhiambo / Reuters"
    assert [r.reason for r in page.removed if r.text == twice] == [
        "outside article (caption)",
        "outside article (repeated)",
    ]


# --- clean text must come through untouched ----------------------------------------


def test_clean_article_loses_nothing_and_its_headline_becomes_the_title() -> None:
    raw = load("clean_plain_article.txt")
    cleaned = clean.clean_text(raw)
    assert cleaned.removed == ()
    assert cleaned.title == "Port authority approves new ferry terminal"
    assert cleaned.text == raw.strip()
    kinds = [s.kind for s in sentences.split_document(cleaned).sentences]
    assert kinds[0] == "headline" and set(kinds[1:]) == {"body"}


def test_hard_wrapped_wire_copy_is_unwrapped_into_its_paragraphs() -> None:
    cleaned = clean.clean_text(load("clean_wire_wrapped.txt"))
    paragraphs = [cleaned.text[p.start : p.end] for p in cleaned.paragraphs]
    assert paragraphs[0] == (
        "Portugal's Finance Minister Rui Almeida said the government expects to cut its budget deficit to "
        "below three pct of gross domestic product next year, as tax receipts rise faster than forecast."
    )
    assert paragraphs[1].startswith('"We are ahead of the plan agreed with our European partners," Almeida')
    assert len(body_sentences(cleaned)) == 3


def test_tabloid_dateline_and_scroll_prompt_are_cut_out_of_the_paragraph() -> None:
    cleaned = clean.clean_text(load("clean_tabloid_dateline.txt"))
    assert cleaned.author == "Jane Holloway"
    assert "PUBLISHED" not in cleaned.text and "Scroll down" not in cleaned.text
    body = body_sentences(cleaned)
    assert body[0].startswith("The mayor of a small coastal town")
    assert body[1].startswith("Volunteers at the station said")
    assert body[2].startswith("The council said the lines")
    assert {r.reason for r in cleaned.removed} == {"dateline", "interface"}


def test_wire_byline_glued_before_the_dateline_is_removed() -> None:
    raw = (
        "Ghana signs cocoa deal(UPDATES with minister quotes)By Kofi Mensah ACCRA, June 3 (Reuters) - "
        "Ghana signed a three-year cocoa supply deal with a group of European buyers on Tuesday, the "
        "agriculture minister said. The deal covers about a fifth of the country's annual harvest."
    )
    cleaned = clean.clean_text(raw)
    assert cleaned.text.startswith("ACCRA, June 3 (Reuters) - Ghana signed")
    assert cleaned.author == "Kofi Mensah"
    assert cleaned.removed[0].reason == "byline"


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


def test_reporter_email_line_is_removed() -> None:
    raw = (
        "The city council voted on Monday to close the old market hall for repairs that will take a year.\n\n"
        "Traders will move to a temporary site beside the bus station, the council said.\n\n"
        "Contact the reporter: jroe@example.com"
    )
    cleaned = clean.clean_text(raw)
    assert "jroe@example.com" not in cleaned.text
    assert "e-mail" in cleaned.removed[-1].reason


def test_a_cookie_banner_alone_is_no_article() -> None:
    raw = (
        "We use cookies to give you the best experience on our website.\n"
        "Accept all\nReject all\nCookie settings\nPrivacy policy"
    )
    cleaned = clean.clean_text(raw)
    assert body_sentences(cleaned) == []
    with pytest.raises(NoArticleText):
        brief(raw)


def test_comments_longer_than_the_story_do_not_take_its_place() -> None:
    story = [
        "The regional airline will resume flights between the two islands on Friday, its chief said.",
        "Flights were suspended last month after a runway inspection found cracks in the tarmac.",
        "Repairs were finished ahead of schedule, the airport authority said in a statement on Wednesday.",
    ]
    comment = (
        "I have flown this route for twenty years and I have never seen the airline treat people so badly, "
        "with refunds that took weeks and a phone line that nobody ever answered when we called it."
    )
    lines = ["Airline to resume island flights", "By Tom Reyes", *story, "12 comments"]
    for k in range(6):
        lines += [f"reader{k}", f"{k + 1} hours ago", comment.replace("twenty", str(20 + k)), "Reply"]
    cleaned = clean.clean_text("\n\n".join(lines))
    assert body_sentences(cleaned) == story
    assert cleaned.title == "Airline to resume island flights"


def test_sentences_that_look_like_furniture_stay() -> None:
    lines = [
        "The finance ministry said on Monday that the deficit narrowed to 3.1 percent of output last year.",
        "By Tuesday, officials said.",
        "Economists share this view.",
        "Copyright law was not part of the talks, a spokeswoman said.",
        "The ministry will publish its forecast for next year in the spring, after talks with the unions.",
        "Share this article",
    ]
    cleaned = clean.clean_text("\n\n".join(lines))
    for line in lines[:5]:
        assert line in cleaned.text
    assert "Share this article" not in cleaned.text
    assert cleaned.author is None


def test_a_time_stamp_inside_a_live_story_does_not_make_its_top_a_standfirst() -> None:
    entries = [
        "The river rose above the flood barrier in the old town shortly after dawn, the fire service said.",
        "Residents of about two hundred homes were told to leave, and schools in the district were closed.",
        "10:45 a.m.",
        "The mayor said the water was expected to peak around noon and asked people to avoid the bridges.",
        "Army trucks carried sandbags to the north bank, where the barrier is lowest, officials said.",
        "Rail services between the two halves of the city were suspended until further notice.",
        "Menu",
    ]
    cleaned = clean.clean_text("\n\n".join(entries))
    assert cleaned.captions == ()
    assert body_sentences(cleaned)[0] == entries[0]


@pytest.mark.parametrize(
    ("name", "title", "author", "first", "last", "furniture"),
    [
        (
            "clean_wire_service_page.txt",
            "Chile’s Congress approves pension overhaul after decade of debate",
            "Maria Vera",
            "SANTIAGO, Chile (AP) — Chile’s Congress approved an overhaul",
            "Associated Press writer Carla Ruiz in Buenos Aires, Argentina, contributed to this report.",
            ["FILE - In this", "AP Photo", "All Rights Reserved", "Terms of Use", "World News"],
        ),
        (
            "clean_broadcaster_page.txt",
            "Ghana court halts sale of state power company",
            "Kwame Asante",
            "A court in Ghana has suspended the sale",
            "The finance ministry said it would respect the ruling and defend the deal in court.",
            ["Image source", "Workers at a power station", "Business reporter", "Power cuts hit", "Malawi"],
        ),
    ],
)
def test_page_layouts(
    name: str, title: str, author: str, first: str, last: str, furniture: list[str]
) -> None:
    cleaned = clean.clean_text(load(name))
    assert cleaned.title == title
    assert cleaned.author == author
    body = body_sentences(cleaned)
    assert body[0].startswith(first)
    assert body[-1] == last
    for junk in furniture:
        assert junk not in cleaned.text
    assert_well_formed(cleaned)


def test_text_in_a_script_without_letter_case_is_kept() -> None:
    raw = (
        "Share\n\n서울시는 월요일 새 교통 계획을 발표했다. 시는 내년까지 버스 노선을 늘린다."
        "\n\n시장은 시민 의견을 듣겠다고 말했다."
    )
    cleaned = clean.clean_text(raw)
    assert cleaned.text.startswith("서울시는 월요일")
    assert cleaned.text.endswith("말했다.")


def test_sign_up_plugs_and_company_boilerplate_are_not_the_story() -> None:
    story = [
        "Harbour Logistics said on Thursday it would build a cold-storage warehouse at the port of Durban, "
        "creating about 400 jobs when it opens in 2027.",
        "The company said the 90,000-square-metre site would serve fruit exporters who now truck their "
        "produce to Cape Town for shipping.",
        "The provincial government said it had approved the plans after an environmental review that took "
        "almost two years to complete.",
        "Exporters welcomed the project but said rail links to the port also needed repair.",
    ]
    lines = [
        "Menu",
        story[0],
        story[1],
        "Subscribe to our newsletter and get the best of our business coverage in your inbox.",
        story[2],
        story[3],
        "Harbour Logistics is a leading provider of port and warehouse services in southern Africa.",
        "Stay up to date. Sign up for our newsletter.",
        "Thanks for subscribing!",
        "More Great Business Stories",
        "Port strike ends after pay deal",
    ]
    cleaned = clean.clean_text("\n\n".join(lines))
    assert body_sentences(cleaned) == story


@pytest.mark.parametrize(
    "line",
    [
        "Settings",
        "Top 10 Stories",
        "go top",
        "CLOSE",
        "A- A A+",
        "Font size",
        "Advertisement",
        "Read more",
        "Share on Facebook",
        "Tweet",
        "Subscribe now",
        "Accept cookies",
    ],
)
def test_interface_lines_named_in_the_issue_are_dropped(line: str) -> None:
    story = [
        "The national weather service issued a storm warning for the northern coast on Sunday evening.",
        "Ferries between the islands were cancelled and schools in three districts will stay shut on Monday.",
    ]
    cleaned = clean.clean_text("\n\n".join([story[0], line, story[1]]))
    assert body_sentences(cleaned) == story
    assert line not in cleaned.text


def test_a_heading_or_comments_link_inside_the_story_does_not_end_it() -> None:
    story = [
        "The central bank raised its main interest rate by half a point on Thursday, its third rise.",
        "Governor Lena Brandt said inflation had stayed above the bank's target for longer than expected.",
        "Economists had expected a smaller rise after growth slowed in the last quarter of the year.",
        "The bank said it would watch wage talks in the spring before deciding on any further increase.",
        "Mortgage lenders said they would pass the rise on to borrowers from next month.",
    ]
    lines = ["Menu", story[0], story[1], story[2], "Related", "Comments", story[3], story[4], "Share"]
    cleaned = clean.clean_text("\n\n".join(lines))
    assert body_sentences(cleaned) == story


# --- leads dense with names, one-sentence pastes, quotations ----------------------------


@pytest.mark.parametrize(
    "lead",
    [
        "LIMA, June 9 - Peruvian President Rosa Quispe received Chilean President Tomas Errazuriz and "
        "Bolivian Vice President Hugo Mamani at the Government Palace on Monday.",
        "LIMA (Reuters) - Peruvian President Rosa Quispe met Chilean President Tomas Errazuriz at the "
        "Government Palace on Monday.",
    ],
)
def test_a_dateline_lead_full_of_names_and_titles_is_the_story(lead: str) -> None:
    story = [
        lead,
        "The three governments discussed water rights along the shared border and a new rail corridor.",
        "Quispe said the talks would continue in La Paz next month.",
    ]
    cleaned = clean.clean_text("\n\n".join(["Peru hosts neighbours for border talks", *story]))
    assert cleaned.title == "Peru hosts neighbours for border talks"
    assert body_sentences(cleaned) == story
    assert cleaned.removed == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "He met Greek Prime Minister Nikos Andreou and Cypriot President Eleni Charalambous in Nicosia "
        "on Friday.",
        "Kenyan President Daniel Kiprono Mwangi and Ghanaian President Akua Serwaa Boateng held talks "
        "at State House.",
        "Ruto met Hassan.",
    ],
)
def test_a_paste_of_one_sentence_is_an_article(sentence: str) -> None:
    cleaned = clean.clean_text(sentence)
    assert body_sentences(cleaned) == [sentence]
    assert [s.text for s in brief(sentence).summary] == [sentence]


@pytest.mark.parametrize("message", ["Page not found.", "Something went wrong."])
def test_a_short_message_naming_nobody_is_no_article(message: str) -> None:
    assert body_sentences(clean.clean_text(message)) == []


def test_a_title_case_headline_ending_in_a_point_is_still_the_headline() -> None:
    headline = "Harbour Board Votes for New Ferry Terminal Amid Protests from Fishermen."
    story = (
        "The harbour board voted on Monday to build a ferry terminal on the north quay, its chairman said."
    )
    cleaned = clean.clean_text(f"{headline}\n\n{story}")
    assert cleaned.title == headline
    assert body_sentences(cleaned) == [story]


def test_a_quotation_using_notice_words_is_not_a_notice() -> None:
    lines = [
        "Students across the province were asked what they hoped the election would change.",
        "“I hope this campaign gets my friends to sign up and register to vote on time.” ― Ana Ruiz",
        "“Nobody talks about rent, and rent is what keeps us awake at night.” ― Tomas Berg",
        "Sign up for our weekly newsletter “The Campus Brief”",
        "Share this article",
    ]
    cleaned = clean.clean_text("\n\n".join(lines))
    assert lines[1] in cleaned.text and lines[2] in cleaned.text
    assert "Share this article" not in cleaned.text
    assert "Campus Brief" not in cleaned.text  # the notice is outside the quotation marks


# --- the publication date --------------------------------------------------------------

DATE_STORY = (
    "The regional parliament approved the budget on Tuesday after a debate that lasted two days, "
    "the speaker's office said.\n\nThe opposition voted against it and said the plan cut too much."
)


@pytest.mark.parametrize(
    ("top", "published"),
    [
        ("Published 3 February 2024, 09:15 GMT | Updated 4 February 2024, 11:00 GMT", "2024-02-03"),
        ("By Lena Brandt\n\nFeb. 3, 2024, 9:15 a.m. ET", "2024-02-03"),
        ("Updated: 5 March 2024 10:02", "2024-03-05"),
        ("By Lena Brandt - 2024-02-03T09:15:00Z", "2024-02-03"),
        ("March 4", None),  # no year: no date
        ("04/05/2024", None),  # April or May, depending on the country
        ("18/05/2024 09:15", "2024-05-18"),
        ("HARBOUR CITY HERALD | Thursday, November 26, 2026", "2026-11-26"),
        ("The Coast Ledger · 26 November 2026", "2026-11-26"),
    ],
)
def test_the_publication_date_comes_from_a_date_line(top: str, published: str | None) -> None:
    cleaned = clean.clean_text(f"Budget approved after two-day debate\n\n{top}\n\n{DATE_STORY}")
    assert cleaned.published == published
    assert "2024" not in cleaned.text  # the date lines are not story text


def test_the_publication_date_from_a_dateline_with_the_year() -> None:
    wire = "NAIROBI, Feb. 3, 2024 (AP) — " + DATE_STORY
    assert clean.clean_text(wire).published == "2024-02-03"
    assert clean.clean_text("NAIROBI, Feb. 3 (Reuters) - " + DATE_STORY).published is None
    assert brief(wire).source.published == "2024-02-03"


def test_dates_in_a_list_of_other_stories_are_not_the_publication_date() -> None:
    related = []
    for k, title in enumerate(
        ["Rail strike ends", "Port reopens after storm", "Mayor resigns", "Bridge opens"]
    ):
        related += ["NEWS", title, f"{k + 10} March 2019"]
    lines = [
        "Menu",
        "Budget approved after two-day debate",
        *related,
        DATE_STORY,
        "Related stories",
        "Floods",
    ]
    assert clean.clean_text("\n\n".join(lines)).published is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Tuesday 4 March 2025 10.02 GMT", "2025-03-04"),
        ("Published : Mar. 4, 2025 - 10:02", "2025-03-04"),
        ("March 4th, 2025", "2025-03-04"),
        ("Posted 2025.03.04 10:02", "2025-03-04"),
        ("Published Tue, Mar 4 20259:15 AM EST", "2025-03-04"),  # the time run into the year
        ("31/02/2025", None),  # no such day
        ("Version 2.1.2025", None),
        ("The 2025 budget", None),
    ],
)
def test_full_dates_are_read_in_the_usual_orders(text: str, iso: str | None) -> None:
    assert clean_dates.full_date(text) == iso


@pytest.mark.parametrize(
    "closing",
    [
        "Okonkwo is the final decision-maker on any deal, his advisers say.",
        "Okonkwo is the author of the border bill, which would add 2,000 guards to the northern crossings.",
    ],
)
def test_a_news_sentence_shaped_like_a_bio_does_not_end_the_article(closing: str) -> None:
    page = (
        "Home | World | Business | Sport\n\n"
        "President Ada Okonkwo met Prime Minister Lars Holm in Abuja on Monday for talks on grain and "
        "fertiliser trade between the two countries, officials said.\n\n"
        "The two leaders agreed to set up a joint committee that will report back within six months on "
        "ways to cut tariffs on farm goods.\n\n"
        f"{closing}\n\n"
        '"We are close to an agreement that works for both of our countries," Okonkwo told reporters '
        "after the talks.\n\n"
        "Share this story\n\nMore from World"
    )
    cleaned = clean.clean_text(page)
    assert "We are close to an agreement" in cleaned.text
    assert closing in cleaned.text


def test_a_one_line_paste_shaped_like_a_bio_is_still_briefed() -> None:
    briefing = brief("Okonkwo is the final decision-maker on any grain deal, advisers say.")
    assert [s.text for s in briefing.summary] == [
        "Okonkwo is the final decision-maker on any grain deal, advisers say."
    ]


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


def test_a_standfirst_above_an_outlet_and_date_line_is_not_the_story() -> None:
    page = (
        "Minister holds talks with fund chief\n\n"
        "Finance Minister Rosa Quiroga held talks with the fund's managing director on Wednesday as the "
        "government seeks a new loan before the end of the year.\n\n"
        "HARBOUR CITY HERALD | Thursday, November 26, 2026\n\n"
        + "\n\n".join(
            f"Paragraph {k} of the story says that Quiroga and the fund's staff went over the loan terms "
            "line by line during a long meeting at the fund's headquarters, aides said."
            for k in range(1, 6)
        )
    )
    briefing = brief(page)
    assert not any(s.text.startswith("Finance Minister Rosa Quiroga held talks") for s in briefing.summary)


def test_a_live_pages_first_post_at_the_bottom_is_kept() -> None:
    posts = [
        (
            "16:05",
            "The leaders signed the joint patrol plan and will meet again in the spring, officials said.",
        ),
        (
            "14:30",
            "Talks ran past lunch as the ministers argued over who would pay for the new radar stations "
            "along the northern coast, and over how quickly the first aircraft could be shared.",
        ),
        (
            "13:10",
            "Prime Minister Ana Berg told reporters the plan was the most ambitious the region had seen "
            "in decades and that she expected every government to sign it before the evening.",
        ),
    ]
    page = "Northern summit: live updates\n\nLive\n\nReporting from Tallinn\n\n"
    for stamp, text in posts:
        page += f"{stamp}\n\nPosted at {stamp}\n\n{text}\n\nShare\n\n"
    page += "Advertisement\n\nShare\n\n12:00\n\nPosted at 12:00\n\nWelcome to our live coverage\n\n"
    page += "Berg and Lind are meeting at the castle this morning.\n\nStay with us for the latest."
    cleaned = clean.clean_text(page)
    assert "Berg and Lind are meeting at the castle this morning." in cleaned.text
    assert "The leaders signed the joint patrol plan" in cleaned.text
