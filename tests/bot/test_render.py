"""The renderer: Briefing -> embeds inside Discord's limits, and the Markdown file."""

from __future__ import annotations

import json

from bot import render
from newsbrief.model import (
    Briefing,
    Country,
    Meeting,
    Participant,
    Person,
    Quote,
    Source,
    SummarySentence,
)


def briefing(**kwargs) -> Briefing:
    base = {
        "source": Source(
            url="https://news.example/world/summit",
            title="Leaders meet in Oslo",
            site="Example News",
            published="2026-03-04T08:00:00Z",
            words=812,
        ),
        "summary": (
            SummarySentence("Prime Minister Ingrid Lunde met President Jonas Keller in Oslo on Tuesday.", 0),
            SummarySentence("The two agreed to expand a joint research programme.", 3),
        ),
        "quotes": (Quote("This is a good day for both our countries", "Ingrid Lunde", "said", 0.9),),
        "countries": (Country("NO", "Norway", 6), Country("CH", "Switzerland", 4)),
        "leaders": (
            Person("Ingrid Lunde", ("Lunde",), "Prime Minister", "NO", None, True),
            Person("Mark Rutte", (), "Secretary General", None, "NATO", True),
        ),
        "meetings": (
            Meeting(
                (Participant("Ingrid Lunde", "NO"), Participant(None, "CH")), "talks", "Oslo", "Tuesday", "ev"
            ),
        ),
    }
    base.update(kwargs)
    return Briefing(**base)


def embed_total(embeds) -> int:
    return render.total_chars(embeds)


def test_one_embed_with_numbered_summary_fields_and_footer():
    (embed,) = render.briefing_embeds(briefing(), elapsed_s=1.234)
    assert embed.title == "Leaders meet in Oslo"
    assert embed.url == "https://news.example/world/summit"
    assert embed.description.splitlines() == [
        "1. Prime Minister Ingrid Lunde met President Jonas Keller in Oslo on Tuesday.",
        "2. The two agreed to expand a joint research programme.",
    ]
    fields = {f.name: f.value for f in embed.fields}
    assert fields["Key quotes"] == "“This is a good day for both our countries” — **Ingrid Lunde**"
    assert fields["Countries"] == "🇳🇴 Norway, 🇨🇭 Switzerland"
    assert fields["Leaders"].splitlines() == [
        "🇳🇴 **Ingrid Lunde**, Prime Minister",
        "**Mark Rutte**, Secretary General (NATO)",
    ]
    assert fields["Who met whom"] == "🇳🇴 Ingrid Lunde ↔ 🇨🇭 Switzerland: talks, Oslo, Tuesday"
    assert embed.footer.text == "Example News · 2026-03-04 · 812 words · 1.2 s"


def test_empty_sections_are_left_out():
    (embed,) = render.briefing_embeds(briefing(quotes=(), countries=(), leaders=(), meetings=()))
    assert embed.fields == []


def test_at_most_three_key_quotes():
    quotes = tuple(Quote(f"Quote number {i} was said", "Ingrid Lunde", "said", 0.5) for i in range(6))
    (embed,) = render.briefing_embeds(briefing(quotes=quotes))
    value = next(f.value for f in embed.fields if f.name == "Key quotes")
    assert value.count("Quote number") == 3


def test_markdown_and_mentions_in_article_text_are_inert():
    summary = (SummarySentence("A sign said **FREE** and _now_ @everyone <@412345678901234567>", 0),)
    (embed,) = render.briefing_embeds(briefing(summary=summary))
    line = embed.description
    assert "\\*\\*FREE\\*\\*" in line and "\\_now\\_" in line
    assert "@everyone" not in line and "<@412345678901234567>" not in line


def test_field_list_is_cut_at_an_item_with_a_count():
    countries = tuple(
        Country(f"{chr(65 + i // 26)}{chr(65 + i % 26)}", f"Country {i:03d}", 1) for i in range(200)
    )
    (embed,) = render.briefing_embeds(briefing(countries=countries))
    value = next(f.value for f in embed.fields if f.name == "Countries")
    assert len(value) <= render.FIELD_VALUE_LIMIT
    shown = value.count("Country ")
    assert value.endswith(f"... and {200 - shown} more")
    # no item is cut in the middle
    for item in value.split("\n")[0].split(", "):
        assert item.split(" ", 1)[1].startswith("Country ") and len(item.split("Country ")[1]) == 3


def test_whole_message_stays_under_6000_and_never_cuts_mid_word():
    long_sentence = "Delegates discussed fishing quotas and harbour fees at great length " * 12
    summary = tuple(SummarySentence(f"{long_sentence}item {i}.", i) for i in range(10))
    leaders = tuple(
        Person(f"Minister Number{i} Surname{i}", (), "Foreign Minister", "NO", None, True) for i in range(60)
    )
    quotes = tuple(Quote("word " * 200, f"Speaker {i}", "said", 0.5) for i in range(3))
    b = briefing(summary=summary, leaders=leaders, quotes=quotes, source=Source(title="T " * 200, words=5))
    embeds = render.briefing_embeds(b, elapsed_s=3)
    assert embed_total(embeds) <= render.MESSAGE_EMBED_CHARS
    assert all(len(e.description or "") <= render.DESCRIPTION_LIMIT for e in embeds)
    assert all(len(e.title or "") <= render.TITLE_LIMIT for e in embeds)
    assert all(len(f.value) <= render.FIELD_VALUE_LIMIT for e in embeds for f in e.fields)
    description = "\n".join(e.description for e in embeds)
    assert "... and " in description
    for line in description.splitlines():
        if line.startswith("... and"):
            continue
        assert line.endswith(".") or line.endswith(render.ELLIPSIS)
    quote_value = next(f.value for f in embeds[-1].fields if f.name == "Key quotes")
    for line in quote_value.splitlines():
        assert "word…”" in line or "wor…" not in line  # shortened at a word boundary


def test_a_long_summary_spills_into_a_second_embed_rather_than_being_cut():
    sentence = "Officials outlined the new rail timetable for the northern line " * 12
    summary = tuple(SummarySentence(f"{sentence}part {i}.", i) for i in range(7))
    b = briefing(summary=summary, quotes=(), countries=(), leaders=(), meetings=())
    embeds = render.briefing_embeds(b)
    assert len(embeds) == 2
    numbers = [line.split(".", 1)[0] for e in embeds for line in e.description.splitlines()]
    assert numbers == [str(i) for i in range(1, 8)]
    assert embed_total(embeds) <= render.MESSAGE_EMBED_CHARS
    assert embeds[0].url and embeds[1].footer.text  # title on the first, footer on the last


def test_shorten_cuts_at_a_word_and_marks_it():
    assert render.shorten("short", 10) == "short"
    cut = render.shorten("alpha beta gamma delta", 15)
    assert cut == "alpha beta…" and len(cut) <= 15


def test_fit_items_counts_what_is_left_out():
    items = tuple(f"item {i}" for i in range(10))
    text = render.fit_items(items, 40)
    assert len(text) <= 40 and text.endswith("more")
    shown = text.count("item ")
    assert text.endswith(f"... and {10 - shown} more")


def test_flags_from_iso_codes():
    assert render.flag("KR") == "🇰🇷"
    assert render.flag("gb") == "🇬🇧"
    assert render.flag(None) == "" and render.flag("EUR") == "" and render.flag("1A") == ""


def test_picture_is_shown_from_the_attachment():
    (embed,) = render.briefing_embeds(briefing(), picture="who-met-whom.png")
    assert embed.image.url == "attachment://who-met-whom.png"


def test_link_only_when_it_is_a_web_address():
    (embed,) = render.briefing_embeds(briefing(source=Source(url="file:///etc/passwd", title="x")))
    assert embed.url is None


def test_markdown_file_has_everything():
    quotes = tuple(Quote(f"Quote {i}", "Ingrid Lunde", "said", 0.5) for i in range(5))
    text = render.briefing_markdown(briefing(quotes=quotes), elapsed_s=2.0)
    assert text.startswith("# Leaders meet in Oslo\n")
    assert "<https://news.example/world/summit>" in text
    assert "1. Prime Minister Ingrid Lunde met President Jonas Keller in Oslo on Tuesday." in text
    assert text.count("> “Quote") == 5  # every quote, not just three
    assert "- 🇳🇴 Norway (NO), 6 mentions" in text
    assert "- 🇳🇴 Ingrid Lunde (also: Lunde): Prime Minister, Norway" in text
    assert "Mark Rutte: Secretary General, NATO" in text
    assert "- Ingrid Lunde (NO) and Switzerland: talks in Oslo, Tuesday" in text
    assert render.markdown_filename(briefing()) == "briefing-leaders-meet-in-oslo.md"
    assert render.markdown_filename(briefing(source=Source())) == "briefing.md"


# --- meetings not held: planned and earlier ------------------------------------------------

LUNDE, KELLER = Participant("Ingrid Lunde", "NO"), Participant("Jonas Keller", "CH")


def _standing_briefing() -> Briefing:
    return briefing(
        meetings=(
            Meeting((LUNDE, KELLER), "talks", "Oslo", "Tuesday", "held"),
            Meeting((LUNDE, Participant(None, "SE")), "visit", None, "next week", "plan", planned=True),
            Meeting((KELLER, Participant(None, "SE")), "summit", None, "2019", "old", background=True),
        )
    )


def test_a_planned_meeting_says_so_in_the_embed():
    (embed,) = render.briefing_embeds(_standing_briefing())
    lines = next(f.value for f in embed.fields if f.name == "Who met whom").splitlines()
    assert len(lines) == 3
    assert not lines[0].endswith(")")
    assert "next week" in lines[1] and lines[1].endswith("(planned)")
    assert lines[2].endswith("(earlier)") and "planned" not in lines[2]


def test_a_planned_meeting_says_so_in_the_markdown():
    text = render.briefing_markdown(_standing_briefing())
    (planned,) = [line for line in text.splitlines() if "visit" in line and line.startswith("- ")]
    assert planned.endswith("(planned, not yet held)")
    (held,) = [line for line in text.splitlines() if "talks" in line and line.startswith("- ")]
    assert "planned" not in held and "earlier" not in held


def test_a_planned_meeting_says_so_in_the_cli_text():
    from bot.cli import render_text

    lines = [line for line in render_text(_standing_briefing(), 100).splitlines() if line.startswith("  - ")]
    meeting_lines = lines[-3:]
    assert meeting_lines[0].endswith("Tuesday")
    assert meeting_lines[1].endswith("next week (planned)")
    assert meeting_lines[2].endswith("(earlier)")


def test_channel_command_timestamp_and_emoji_markup_is_inert():
    text = render.escape("see <#123456> and </summarize:42> at <t:1700000000:R> with <:wave:99>, a < b")
    for markup in ("<#", "</", "<t:", "<:"):
        assert markup not in text
    assert "a < b" in text


def test_a_quote_is_shown_on_one_line_without_the_comma_that_ties_it_to_its_attribution():
    quote = Quote("We chose to face\n\nthem together,", "Ingrid Lunde", "said", 0.9)
    (embed,) = render.briefing_embeds(briefing(quotes=(quote,)))
    value = next(f.value for f in embed.fields if f.name == "Key quotes")
    assert value == "“We chose to face them together” — **Ingrid Lunde**"
    assert "> “We chose to face them together”" in render.briefing_markdown(briefing(quotes=(quote,)))
    assert quote.text == "We chose to face\n\nthem together,"  # the contract keeps the words as written


def test_one_mention_is_singular_in_the_markdown():
    one = briefing(countries=(Country("CH", "Switzerland", 1),))
    assert "Switzerland (CH), 1 mention\n" in render.briefing_markdown(one, elapsed_s=1.0)


def test_a_key_quote_that_is_a_whole_summary_sentence_is_shown_once():
    said = "We will open the border crossings before the winter"
    summary = (
        SummarySentence("Prime Minister Ingrid Lunde met President Jonas Keller in Oslo on Tuesday.", 0),
        SummarySentence(f"“{said},” Lunde said after the talks.", 3),
    )
    quotes = (
        Quote(f"{said},", "Ingrid Lunde", "said", 0.9),
        Quote("The talks were frank", "Jonas Keller", "said", 0.8),
    )
    (embed,) = render.briefing_embeds(briefing(summary=summary, quotes=quotes))
    shown = json.dumps(embed.to_dict(), ensure_ascii=False)
    assert shown.count(said) == 1  # in the summary, not again among the quotes
    fields = {f.name: f.value for f in embed.fields}
    assert "The talks were frank" in fields["Key quotes"]
