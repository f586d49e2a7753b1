"""The word lists the quotation reader uses (reporting verbs, cue phrases, pronouns, bodies, ...).

Each is read once from its data file: reporting_verbs.txt, quote_words.tsv,
quote_documents.txt, cue_nouns.txt, quote_cue_phrases.txt,
quote_skip_words.txt, speaker_pronouns.tsv, body_references.tsv,
speaker_descriptions.txt. Others are the engine's shared tables read here, never
copied: body last words (names.py), title modifiers (title_words.tsv), phrase
openers and forms of address (pronoun_words.tsv), role titles (titles.tsv) and
demonyms (countries.tsv).
"""

from __future__ import annotations

import re
from functools import cache

from newsbrief import lexicon
from newsbrief.cast.names import body_last_words, sentence_starters
from newsbrief.cast.names import honorifics as person_honorifics
from newsbrief.cast.title_table import titles_by_phrase
from newsbrief.places import country_table
from newsbrief.tables import read_lines, read_table, read_tsv


@cache
def cue_forms() -> frozenset[str]:
    """The reporting verbs' forms (lexicon.reporting_verb_forms, the one loader of reporting_verbs.txt)."""
    return lexicon.reporting_verb_forms()


@cache
def word_class(name: str) -> frozenset[str]:
    """One class of quote_words.tsv ("determiner", "phrase_ender", ...)."""
    for row_class, words in read_table("quote_words.tsv", ("class", "words")):
        if row_class == name:
            return frozenset(w.replace("_", " ") for w in words.split())
    raise KeyError(name)


@cache
def honorifics() -> frozenset[str]:
    """Capitalised words that open a name run without being the name ("Sen. Claire McCaskill",
    "President Moon", "But Obama"): the Cast's honorifics (with and without the stop), its one-word
    titles and sentence starters, and quote_words.tsv `title_word` for the few they lack."""
    honorific = {form for h in person_honorifics() for form in (h, h + ".")}
    titles = {phrase.capitalize() for phrase in titles_by_phrase() if " " not in phrase}
    starters = {word.capitalize() for word in sentence_starters()}
    return frozenset({*honorific, *titles, *starters, *word_class("title_word")})


def phrase_openers() -> frozenset[str]:
    """First words of a phrase that opens a sentence before its subject ("At", "After", "Speaking"):
    pronoun_words.tsv `opener`, which the Cast's pronoun linker reads too."""
    return lexicon.word_set("pronoun_words.tsv", "opener")


def title_modifiers() -> frozenset[str]:
    """Lower-case words before a title ("former", "acting"): title_words.tsv `modifier`."""
    return lexicon.word_set(lexicon.TITLE_WORDS, "modifier")


@cache
def document_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in read_lines("quote_documents.txt"))


@cache
def cue_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in read_lines("cue_nouns.txt"))


@cache
def cue_phrases() -> dict[tuple[str, ...], str]:
    """Cue phrase -> where its speaker stands: "after" ("according to X") or "before"."""
    rows = read_table("quote_cue_phrases.txt", ("phrase", "speaker"))
    return {tuple(phrase.lower().split()): speaker for phrase, speaker in rows}


@cache
def skip_words() -> frozenset[str]:
    return frozenset(w.lower() for w in read_lines("quote_skip_words.txt"))


@cache
def speaker_pronouns() -> dict[str, str]:
    """Pronoun -> whom it may mean (speaker_pronouns.tsv), plus the forms of address that stand for a
    person as "he" or "she" do: "his" or "her" and one or two style nouns of pronoun_words.tsv
    ("His Highness", "Her Royal Highness"), the list the Cast's pronoun linker reads."""
    table = {
        p.lower(): refers_to for p, refers_to in read_table("speaker_pronouns.tsv", ("pronoun", "refers_to"))
    }
    styles = sorted(w.lower() for w in lexicon.word_set("pronoun_words.tsv", "style_noun"))
    for owner in ("his", "her"):
        for first in styles:
            table.setdefault(f"{owner} {first}", "person")
            for second in styles:
                table.setdefault(f"{owner} {first} {second}", "person")
    return table


@cache
def body_words() -> dict[str, tuple[str, ...]]:
    rows = read_table("body_references.tsv", ("noun", "name_words"))
    return {noun.lower(): tuple(words.split()) for noun, words in rows}


def body_heads() -> frozenset[str]:
    """The last words of a body's name ("Council", "Party", "Gallery"), as written: the engine's one
    table of them (names.body_last_words), which the Cast reads too."""
    return body_last_words()


@cache
def body_head_pattern() -> re.Pattern[str]:
    """Capitalised words after a name that end in a body's head word: " Power Party"."""
    heads = "|".join(re.escape(w) for w in sorted(body_heads()))
    return re.compile(r"(?:[^\S\n]+[A-Z][\w'’.-]*)*?[^\S\n]+(?:" + heads + r")\b")


@cache
def pronoun_genders() -> dict[str, str]:
    """ "he", "his", "him" -> male; "she", "her" -> female (the Cast's pronoun words, name_words.tsv)."""
    rows = read_tsv("name_words.tsv")
    return {row[1].lower(): row[0].removeprefix("pronoun_") for row in rows if row[0].startswith("pronoun_")}


# A demonym ending so names the nation, not one person: "the French", "the Chinese", "the
# Swiss" said; one that ends in "s" is a plural ("the Americans").
_COLLECTIVE_DEMONYM = ("s", "sh", "ch", "ese")


@cache
def person_descriptions() -> frozenset[str]:
    """Head nouns of a description that stands for a person named just before ("the champion"):
    the one-word `role` titles of titles.tsv ("the novelist"), the singular demonyms of
    countries.tsv ("the Nigerian", "the South African"), and speaker_descriptions.txt for the
    words that are neither ("the 25-year-old", "the veteran")."""
    roles = {
        phrase
        for phrase, info in titles_by_phrase().items()
        if info.kind == "role" and not info.plural and phrase.isalpha()
    }
    demonyms = {
        d.split()[-1].lower()
        for entry in country_table()
        for d in entry.demonyms
        if not d.lower().endswith(_COLLECTIVE_DEMONYM)
    }
    return frozenset({*roles, *demonyms, *(w.lower() for w in read_lines("speaker_descriptions.txt"))})


@cache
def honorifics_of_calling() -> dict[str, frozenset[str]]:
    """ "doctor" -> {"Dr"}: the courtesy words (honorifics.txt, without the stop) written before the
    name of one who has the calling (speaker_honorifics.tsv)."""
    known = set(person_honorifics())
    table: dict[str, set[str]] = {}
    for noun, word in read_table("speaker_honorifics.tsv", ("noun", "honorific")):
        if word not in known:
            raise ValueError(f"speaker_honorifics.tsv: {word!r} is not in honorifics.txt")
        table.setdefault(noun, set()).add(word)
    return {noun: frozenset(words) for noun, words in table.items()}
