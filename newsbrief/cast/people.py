"""The Cast: every person and body in the article, with all their mentions.

No statistical model: names are runs of capitalised words (with particles like
"da" or "bin"), offices come from our title table (data/titles.tsv), countries
from the country mentions `places` found. Bylines, photo credits and e-mail
addresses are cut out first. A plain draft (drafts.CastDraft) goes through the
steps of STEPS, in order, each a function in its own module:

1. titles_and_names (read_names.py): titles.find_titles reads every title (with
   its state, body or owner); a title word read as a given name opens a name
   ("Amir Khan Muttaqi"); names.name_runs finds the runs of name words.
2. title_anchors (anchors.py): a title before a name ("Japanese Prime Minister
   Fumio Kishida", "Democratic Sens. A of New York, B and C"), in apposition after
   it ("X, the Brazilian president,", "X, a member of ... and Chinese foreign
   minister,") or before it with a comma ("the Brazilian president, Lula,");
   two cabinet posts joined by "and" share the first one's state.
3. people_from_runs (people_from_runs.py, matching.py): full names first (short
   and long forms of one name fold together), then one-word names with a title or
   honorific ("President Suharto", "Mr Blair"), then bare short forms ("Yoon") that
   fold into a person, or are one with evidence ("X said"); title-case lines
   (headlines) only name people the body names.
4. bodies_by_last_word (bodies.py): a name ending in a body's last word ("Hale
   Gallery", data/body_last_words.txt) is a body unless the article tells it is a person.
5. offices_from_sentences (sentence_offices.py): "X visited as Burma's de facto
   leader", "the Obama administration", "X, the diplomat who chairs the AU Commission,".
6. bare_titles (title_refs.py): "the president", "the foreign secretary's house" ->
   a person.
7. counterparts_by_reference (offices.py): "his Spanish counterpart X" takes an office
   that only a bare title gave.
8. states_from_evidence (leader_states.py): states for leaders the text does not place:
   "the South Korean president" elsewhere, the states named near their mentions weighed
   by data/offices.tsv, travel, the article's home state.
9. leaders_by_possessive (leader_states.py): "Kenya's William Ruto" in a sentence about
   leaders is a leader of Kenya.
10. offices_from_table (table_offices.py): a person named in full to whom the text gives
   no office takes one from the world-leaders table (leader_table.py) when a term covers
   the article's date.
11. states_from_table (table_offices.py): a titled leader the text does not place takes
   the one state the table has him serve ("Prime Minister Yasuhiro Nakasone"; "President
   Obama" by the holder of that office and surname when the article was written).
12. speaking_bodies (bodies.py): ministries, seats of government, organisations.
13. link (pronoun_links.py): "he", "she", "his", "her", "him" -> the salient person of
   fitting gender.
Then finish (finish.py) makes the frozen Cast: one-word "people" with no evidence are
dropped; each Person gets its gender (honorific, title, one-gender given name); countries
are ranked.

Shared by the steps: names.py (name words and runs), title_table.py and titles.py
(the title table, and titles read in the text), credits.py (bylines and credits),
offices.py (giving a person an office), drafts.py (the draft).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newsbrief.cast.anchors import title_anchors
from newsbrief.cast.bodies import bodies_by_last_word, speaking_bodies
from newsbrief.cast.drafts import CastDraft
from newsbrief.cast.finish import finish
from newsbrief.cast.leader_states import leaders_by_possessive, states_from_evidence
from newsbrief.cast.offices import counterparts_by_reference
from newsbrief.cast.people_from_runs import people_from_runs
from newsbrief.cast.pronoun_links import link
from newsbrief.cast.read_names import titles_and_names
from newsbrief.cast.sentence_offices import offices_from_sentences
from newsbrief.cast.table_offices import offices_from_table, states_from_table
from newsbrief.cast.title_refs import bare_titles
from newsbrief.model import Cast, CountryMention, Document
from newsbrief.quotes.marks import Quoted, find_quotations
from newsbrief.readings import QuotedText

# The Cast's steps in the order they run (numbered as in the module docstring); each reads
# the draft and adds to it.
STEPS: tuple[Callable[[CastDraft], None], ...] = (
    titles_and_names,  # 1
    title_anchors,  # 2
    people_from_runs,  # 3
    bodies_by_last_word,  # 4
    offices_from_sentences,  # 5
    bare_titles,  # 6
    counterparts_by_reference,  # 7
    states_from_evidence,  # 8
    leaders_by_possessive,  # 9
    offices_from_table,  # 10
    states_from_table,  # 11
    speaking_bodies,  # 12
    link,  # 13
)


def build_cast(
    doc: Document, country_mentions: tuple[CountryMention, ...], quotations: Sequence[Quoted] | None = None
) -> Cast:
    """The Cast of the article. `quotations` are quotes.marks' find_quotations(doc), found once
    for the article (found here if not given)."""
    if not doc.text:
        return Cast(country_mentions=country_mentions)
    quoted = QuotedText(find_quotations(doc) if quotations is None else quotations)
    draft = CastDraft(doc, country_mentions, quoted)
    for step in STEPS:
        step(draft)
    return finish(draft)
