"""Searching real FTS5 with the Swedish analysis, as staff type."""

import re
import sqlite3

from hypothesis import given, settings
from hypothesis import strategies as st

from fou.domain.search.compile import to_fts5, to_tsquery
from fou.domain.search.query import parse_query
from tests.domain.search.fts import MemoryIndex

TEXTS = {
    "medel": "Socialnämnden fördelar utvecklingsmedel till stadsdelarna.",
    "tjänst": "Projektet stärker socialtjänsten i Farsta.",
    "resa": "En studieresa till Köpenhamn om hemlöshet och bostad först.",
    "skadad": "Arbetet inom socialtjanst och for brukarna.",
    "annat": "Budgeten för parker och gator.",
}


def test_a_part_finds_the_compound():
    assert MemoryIndex(TEXTS).search("utveckling") == ["medel"]


def test_the_parts_written_apart_find_the_compound():
    assert MemoryIndex(TEXTS).search("medel för utveckling") == ["medel"]


def test_the_base_form_finds_the_definite_form():
    assert "tjänst" in MemoryIndex(TEXTS).search("socialtjänst")


def test_text_with_lost_accents_is_found_but_ranked_below_the_right_spelling():
    assert MemoryIndex(TEXTS).search("socialtjänst") == ["tjänst", "skadad"]


def test_all_words_must_occur():
    assert MemoryIndex(TEXTS).search("studieresa Köpenhamn") == ["resa"]
    assert MemoryIndex(TEXTS).search("studieresa Farsta") == []


def test_a_phrase_needs_its_words_in_a_row():
    index = MemoryIndex(TEXTS)
    assert index.search('"studieresa till Köpenhamn"') == ["resa"]
    assert index.search('"Köpenhamn till studieresa"') == []


def test_a_minus_excludes_and_a_star_matches_the_beginning():
    index = MemoryIndex(TEXTS)
    assert index.search("socialtjänst -Farsta") == ["skadad"]
    assert index.search("hemlös*") == ["resa"]


def test_stop_words_alone_are_not_searched_when_there_is_more():
    assert parse_query("medel för utveckling").clauses == parse_query("medel utveckling").clauses


def test_a_query_without_words_is_empty_not_an_error():
    for typed in ["", "   ", '"', "-", "*", "()", "'"]:
        assert parse_query(typed).is_empty


def test_a_huge_query_is_cut_and_says_so():
    query = parse_query("utveckling " * 10_000)
    assert len(query.clauses) == 1
    assert "första 1000 tecknen" in query.notes[0]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(list("ab åäö\"*-()'NEAROTD:^{}+.,;&|!<>") + ["NEAR", " OR ", " NOT "]),
        max_size=30,
    ).map("".join)
)
def test_anything_typed_compiles_to_valid_fts5_and_tsquery(typed):
    query = parse_query(typed)
    if query.is_empty:
        return
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE fts USING fts5(terms, parts, folded)")
    db.execute("SELECT rowid FROM fts WHERE fts MATCH ?", (to_fts5(query),)).fetchall()
    # Every tsquery lexeme is quoted and holds only letters and digits.
    lexemes = re.findall(r"'([^']*)'", to_tsquery(query))
    assert lexemes and all(lexeme.isalnum() for lexeme in lexemes)
