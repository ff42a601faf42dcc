"""Properties of repair over words drawn from the word list itself."""

from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st
from wordfreq import top_n_list

from fou.domain.text.confusions import measure_confusions
from fou.domain.text.damage import damage_text
from fou.domain.text.ocr_repair import repair_text
from fou.domain.text.readings import whole_word_readings
from fou.domain.text.wordlist import swedish_lexicon

from .seeds import CLEAN_001, DAMAGED_000

COMMON = [w for w in top_n_list("sv", 3000) if w.isalpha() and len(w) >= 2]


@cache
def unambiguous_words() -> list[str]:
    """Common words no damage pattern can turn into another word."""
    lexicon = swedish_lexicon()
    return [w for w in COMMON if all(r.text == w for r in whole_word_readings(lexicon, w))]


@cache
def confusion_table():
    return measure_confusions(DAMAGED_000.read_text(), CLEAN_001.read_text())


def test_the_unambiguous_sample_is_large_and_excludes_ambiguous_words():
    words = unambiguous_words()
    assert len(words) > 1000
    assert "för" in words
    assert not {"for", "ar", "bor", "sitt", "pa"} & set(words)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(COMMON), min_size=1, max_size=12), st.data())
def test_repair_never_changes_an_unambiguous_word(context, data):
    word = data.draw(st.sampled_from(unambiguous_words()))
    position = data.draw(st.integers(0, len(context)))
    words = context[:position] + [word] + context[position:]
    repaired = repair_text(" ".join(words)).split(" ")
    assert repaired[position] == word


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(COMMON), min_size=1, max_size=15),
    st.sampled_from([" ", "\n", " \n\n"]),
    st.integers(0, 10_000),
)
def test_repair_is_idempotent(words, separator, seed):
    damaged = damage_text(separator.join(words), confusion_table(), seed=seed)
    once = repair_text(damaged)
    assert repair_text(once) == once
