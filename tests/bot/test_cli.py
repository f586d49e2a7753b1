"""The `newsbrief` command line: the JSON contract, JSON Lines, and bad input."""

import codecs
import json
import subprocess
import sys

import pytest

from bot.cli import main
from tests import ARTICLES

SUMMIT = ARTICLES / "summit.txt"
CONTRACT_KEYS = {"schema", "source", "summary", "quotes", "countries", "leaders", "meetings"}
SOURCE_KEYS = {"url", "title", "site", "author", "published", "words"}


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main([*args])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_follows_the_contract(capsys):
    code, out, err = run(capsys, "--json", str(SUMMIT))
    assert code == 0, err
    data = json.loads(out)
    assert data.keys() >= CONTRACT_KEYS
    assert data["schema"] == 1
    assert data["source"].keys() >= SOURCE_KEYS
    assert data["source"]["words"] > 200
    text = SUMMIT.read_text(encoding="utf-8")
    indexes = [s["index"] for s in data["summary"]]
    assert 3 <= len(indexes) <= 6
    assert indexes == sorted(indexes)
    for s in data["summary"]:
        assert s["text"] in text
    for q in data["quotes"]:
        assert q["text"] in text


def test_summary_length_option_and_timings(capsys):
    code, out, _ = run(capsys, "--json", "--sentences", "2", "--timings", str(SUMMIT))
    data = json.loads(out)
    assert code == 0
    assert len(data["summary"]) == 2
    timings = data["timings_ms"]
    assert {"clean", "sentences", "summary", "total"} <= timings.keys()
    assert timings["total"] >= timings["summary"]


def test_several_files_give_json_lines_with_error_lines_in_place(capsys, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    code, out, err = run(
        capsys, "--json", str(SUMMIT), str(tmp_path / "missing.txt"), str(empty), str(SUMMIT)
    )
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 1
    assert len(lines) == 4
    assert lines[0]["summary"] and lines[3]["summary"]
    assert lines[1] == {"schema": 1, "error": lines[1]["error"]} and "no such file" in lines[1]["error"]
    assert "empty" in lines[2]["error"]
    assert len(err.strip().splitlines()) == 2


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
        (b"", "empty"),
        (b"Home | News | Sport | Weather\nLogin\nMenu", "no sentences"),
        (b"The talks went on. " * 300_000, "too long"),
    ],
    ids=["binary", "empty", "no-sentences", "five-megabytes"],
)
def test_bad_input_gives_one_clear_line_and_a_non_zero_exit(capsys, tmp_path, content, message):
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    code, out, err = run(capsys, str(path))
    assert code != 0
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert message in err.lower()
    assert "Traceback" not in err


def test_human_output_has_sections_and_a_numbered_summary(capsys):
    code, out, _ = run(capsys, str(SUMMIT))
    assert code == 0
    assert out.startswith("Leaders Pledge Closer Ties at Lisbon Summit")
    assert "Summary" in out and "\n 1. " in out


def test_console_script_reads_standard_input():
    text = SUMMIT.read_text(encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "bot.cli", "--json", "-"],
        input=text.encode(),
        capture_output=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    data = json.loads(proc.stdout)
    assert data["source"]["url"] is None
    assert all(s["text"] in text for s in data["summary"])


def test_html_file_goes_through_extraction_and_fills_the_source(capsys):
    code, out, err = run(capsys, "--json", str(ARTICLES / "extract_news_page.html"))
    assert code == 0, err
    source = json.loads(out)["source"]
    assert source["title"] and source["site"] and source["author"] and source["published"]
    assert source["url"].startswith("https://")


def test_paywall_teaser_page_gives_a_clear_error_not_a_summary(capsys):
    code, out, err = run(capsys, str(ARTICLES / "extract_paywall_teaser.html"))
    assert code == 1
    assert out == ""
    assert "paywall" in err


def test_a_graph_path_that_cannot_be_written_is_one_line_not_a_traceback(capsys, tmp_path):
    code, out, err = run(capsys, "--graph", str(tmp_path / "no" / "such" / "dir.png"), str(SUMMIT))
    assert code == 1
    assert "Summary" in out
    assert "could not be written" in err and "Traceback" not in err


def test_an_html_file_in_shift_jis_declared_in_its_meta_tag_reads_right(capsys, tmp_path):
    # An English story with names in Japanese script: the charset is only in the meta tag.
    paragraphs = [
        "Prime Minister Kenji Mori (森健二) met the South Korean president in Tokyo on Monday.",
        "The two leaders agreed to restart regular security talks and to open a hotline.",
        "Mori (森) said the meeting was a practical step toward closer cooperation in the region.",
        "Officials said the next meeting would take place in Seoul early next year.",
        "The talks were the first between the two governments since a fishing dispute last spring.",
        "Business groups in both countries welcomed the agreement and called for new trade talks.",
        "Opposition lawmakers in Tokyo said the government had given away too much for too little.",
        "The foreign ministers of both countries are expected to meet again before the end of the year.",
    ]
    page = (
        '<html><head><meta charset="Shift_JIS"><title>Talks in Tokyo</title></head><body><article>'
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</article></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("shift_jis"))
    code, out, err = run(capsys, "--json", str(path))
    assert code == 0, err
    assert "(森健二)" in json.loads(out)["summary"][0]["text"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be-bom", "utf-8-sig"])
def test_a_text_file_with_a_byte_order_mark_is_read_not_called_binary(capsys, tmp_path, encoding):
    text = SUMMIT.read_text(encoding="utf-8")
    if encoding == "utf-16-be-bom":
        data = codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    else:
        data = text.encode(encoding)
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    code, out, err = run(capsys, "--json", str(path))
    assert code == 0, err
    assert json.loads(out)["summary"][0]["text"] in text


def test_a_saved_page_declaring_idna_is_read_not_an_internal_error(capsys, tmp_path):
    page = (ARTICLES / "extract_news_page.html").read_text(encoding="utf-8")
    page = page.replace("<head>", '<head><meta charset="idna">', 1)
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("utf-8"))
    code, out, err = run(capsys, "--json", str(path))
    assert code == 0, err
    assert "internal error" not in err


def test_a_page_of_half_a_million_short_paragraphs_is_refused_before_extraction(capsys, tmp_path):
    path = tmp_path / "bomb.html"
    body = "".join(f"<p>w{i}.</p>" for i in range(500_000))
    path.write_text(f"<html><head><title>x</title></head><body>{body}</body></html>", encoding="utf-8")
    code, out, err = run(capsys, str(path))
    assert code == 1 and out == ""
    assert "too large to read as one article" in err


def test_an_article_in_german_is_one_clear_line_and_exit_1(capsys, tmp_path):
    path = tmp_path / "artikel.txt"
    path.write_text(
        "Die Außenminister beider Länder trafen sich am Dienstag in Berlin, um über die Lage an der "
        "Grenze zu sprechen. Der Bundeskanzler sagte, die Regierung werde die Hilfen für die "
        "Landwirte im kommenden Jahr erhöhen. Nach tagelangen Verhandlungen einigten sich die "
        "Parteien auf einen neuen Haushalt für die Stadt.",
        encoding="utf-8",
    )
    code, out, err = run(capsys, str(path))
    assert code == 1 and out == ""
    assert err.strip().endswith("newsbrief reads English news; this looks like German.")


@pytest.mark.parametrize("link", ["ftp://example.org/story.txt", "htp://example.org/story"])
def test_a_link_of_another_scheme_says_the_scheme_is_not_supported(capsys, link):
    code, out, err = run(capsys, link)
    scheme = link.split(":", 1)[0]
    assert code == 1 and out == ""
    assert f"{scheme}:// links are not supported" in err and "no such file" not in err


def test_a_missing_file_is_named_once(capsys, tmp_path):
    missing = str(tmp_path / "missing.txt")
    code, _, err = run(capsys, missing)
    assert code == 1
    assert err.count(missing) == 1 and "no such file" in err


def test_graph_says_where_it_wrote(capsys, tmp_path):
    png = tmp_path / "out.png"
    code, out, err = run(capsys, "--json", "--graph", str(png), str(SUMMIT))
    assert code == 0 and png.read_bytes().startswith(b"\x89PNG")
    assert json.loads(out)["summary"]  # standard output is still the JSON alone
    assert f"wrote who met whom to {png}" in err


def test_digest_briefs_each_article_names_the_failing_one_and_merges_the_rest(capsys, tmp_path):
    second = tmp_path / "second.txt"
    second.write_text(
        "Ministers meet again in Lisbon\n\n"
        "LISBON — Portuguese Prime Minister Rui Costa met Spanish Prime Minister Elena Vidal in Lisbon "
        "on Friday to sign the water agreement their governments had negotiated for a year.\n\n"
        '"This agreement protects both our rivers," Costa told reporters after the signing.\n\n'
        "Vidal said the two countries would meet again in Madrid in the spring.\n",
        encoding="utf-8",
    )
    missing = str(tmp_path / "missing.txt")
    code, out, err = run(capsys, "--json", "--digest", str(SUMMIT), str(second), missing)
    assert code == 1  # one article failed ...
    digest = json.loads(out)
    assert digest["kind"] == "digest" and "summary" not in digest  # a digest, told apart from a briefing
    assert [a["input"] for a in digest["articles"]] == [str(SUMMIT), str(second)]  # ... the rest are briefed
    assert digest["failed"] == [{"input": missing, "error": digest["failed"][0]["error"]}]
    assert "no such file" in digest["failed"][0]["error"] and "no such file" in err
    assert all(1 <= len(a["summary"]) <= 2 for a in digest["articles"])
    codes = {c["code"] for c in digest["countries"]}
    assert {"PT", "ES"} <= codes
    names = {p["name"] for p in digest["leaders"]}
    assert "Rui Costa" in names


def test_the_same_meeting_told_by_two_articles_is_listed_once():
    from bot.digest import DigestItem, make_digest
    from newsbrief.model import Briefing, Meeting, Participant, Source

    costa, vidal = Participant("Rui Costa", "PT"), Participant("Elena Vidal", "ES")
    one = Briefing(Source(title="a"), meetings=(Meeting((costa, vidal), "talks", "Lisbon", None, "x"),))
    two = Briefing(Source(title="b"), meetings=(Meeting((vidal, costa), "talks", None, "Friday", "y"),))
    digest = make_digest([DigestItem("a", one), DigestItem("b", two)])
    (meeting,) = digest.meetings
    assert (meeting.where, meeting.when) == ("Lisbon", "Friday")


def test_digest_in_text_names_every_article(capsys, tmp_path):
    code, out, _ = run(capsys, "--digest", str(SUMMIT), str(SUMMIT))
    assert code == 0
    assert out.startswith("Digest of 2 articles") and out.count("Leaders Pledge Closer Ties") == 2
