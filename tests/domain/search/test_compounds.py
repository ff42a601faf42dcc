import pytest

from fou.domain.search.analysis import analyse_word
from fou.domain.search.compounds import split_compound


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("utvecklingsmedel", ("utveckling", "medel")),  # linking s dropped
        ("socialtjänsten", ("social", "tjänsten")),
        ("jämställdhetsanalys", ("jämställdhet", "analys")),
        ("kunskapsbanken", ("kunskap", "banken")),
        ("barnrättsperspektiv", ("barn", "rätt", "perspektiv")),
    ],
)
def test_compounds_split_into_known_words(word, parts):
    assert split_compound(word) == parts


@pytest.mark.parametrize("word", ["förslag", "kontakt", "hemlöshet", "organisationer", "centrum"])
def test_words_commoner_than_their_pieces_stay_whole(word):
    assert split_compound(word) == ()


def test_a_compound_is_indexed_as_itself_and_its_stemmed_parts():
    word = analyse_word("Utvecklingsmedlen")
    assert word.stem == "utvecklingsmedl"
    assert {"utveckling", "medl"} <= set(word.parts)
