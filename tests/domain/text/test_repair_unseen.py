"""Repair of damage in words the word list lacks, leaving code and numbers alone.

Found on the development texts (bench/data/dev_sv): Swedish compounds no
word list holds, damage marks taken for e-mail addresses, command-line
options and numbers inside words.
"""

import pytest

from fou.domain.text.ocr_repair import repair_text
from fou.domain.text.spelling import best_spelling, character_model
from fou.domain.text.wordlist import swedish_lexicon

# Enough damaged words around the one under test for the text to count as
# damaged (``ocr_repair._letters_intact``).
DAMAGED_CONTEXT = "Paketet {or bade lasning och skrivning ar klart nar det gar. "


@pytest.fixture(scope="module")
def model():
    return character_model(swedish_lexicon())


def test_the_character_model_prefers_swedish_letter_sequences(model):
    assert model.score("insändning") > model.score("insdndning") + 3
    assert model.score("nätverk") > model.score("nitverk")


@pytest.mark.parametrize(
    ("damaged", "clean"),
    [
        ("insdndning", "insändning"),
        ("inséndning", "insändning"),
        ("skiljeldge", "skiljeläge"),
        ("foremal", "föremål"),
    ],
)
def test_the_likeliest_spelling_undoes_damage(model, damaged, clean):
    assert best_spelling(model, damaged)[0] == clean


@pytest.mark.parametrize(
    ("damaged", "clean"),
    [
        ("ange inséndning till servern", "ange insändning till servern"),
        ("en néstlad lista", "en nästlad lista"),
        ("Skrivartjé&nsten svarar inte", "Skrivartjänsten svarar inte"),
    ],
)
def test_marked_compounds_the_word_list_lacks_are_repaired(damaged, clean):
    assert repair_text(DAMAGED_CONTEXT + damaged) == repair_text(DAMAGED_CONTEXT) + clean


@pytest.mark.parametrize(
    "code",
    ["kör mkdir igen", "använd float16-format", "sträng1 och sträng2", "kör dirmngr nu"],
)
def test_code_and_numbers_in_words_stay(code):
    damaged = DAMAGED_CONTEXT + code.replace("ö", "o").replace("ä", "a")
    repaired = repair_text(damaged)
    for word in ("mkdir", "float16", "1 ", "2", "dirmngr"):
        if word in code:
            assert word in repaired


def test_a_ring_read_as_at_sign_is_not_an_address():
    damaged = DAMAGED_CONTEXT + "Du ma@ste ange na@gra filer, skriv till info@example.se"
    repaired = repair_text(damaged)
    assert "Du måste ange några filer" in repaired
    assert "info@example.se" in repaired


def test_command_line_options_stay():
    damaged = DAMAGED_CONTEXT + "Anvand --no-overwrite-dir for att skriva over"
    repaired = repair_text(damaged)
    assert "--no-overwrite-dir" in repaired
    assert "Använd" in repaired and "för att skriva över" in repaired


@pytest.mark.parametrize("word", ["avfasning"])
def test_unknown_words_without_a_damage_mark_are_not_respelled(word):
    # The character model prefers "avfäsning", but nothing shows damage here.
    assert repair_text(DAMAGED_CONTEXT + word).endswith(word)


def test_a_foreign_word_with_an_accent_stays():
    assert repair_text(DAMAGED_CONTEXT + "ett café på torget").endswith("ett café på torget")


def test_a_word_in_capitals_with_a_damage_mark_is_repaired():
    assert repair_text(DAMAGED_CONTEXT + "SKRIVARTJÉ&NSTEN").endswith("SKRIVARTJÄNSTEN")


def test_clean_text_is_left_as_it_is():
    clean = "Använd insändning för att skicka källa1 och sträng2 till mönstret på servern här."
    assert repair_text(clean) == clean


def test_endings_joined_by_a_colon_stay():
    damaged = DAMAGED_CONTEXT + "fler NOP:ar an SMS:et och kommandot :for"
    assert repair_text(damaged).endswith("fler NOP:ar än SMS:et och kommandot :for")


def test_one_after_at_least_is_a_number():
    damaged = DAMAGED_CONTEXT + "listan maste innehalla atminstone 1 och som mest 16 register"
    assert repair_text(damaged).endswith("måste innehålla åtminstone 1 och som mest 16 register")


def test_a_one_letter_end_of_a_word_split_at_a_line_end_is_joined():
    damaged = DAMAGED_CONTEXT + "visa anvandning i latsa-\ns-format for varje amne"
    assert repair_text(damaged).endswith("visa användning i låtsa-\ns-format för varje ämne")


def test_a_compound_left_open_before_och_at_a_line_end_is_not_joined():
    damaged = DAMAGED_CONTEXT + "det gar inte att kombinera rdttighets-\noch tidsflaggor"
    assert repair_text(damaged).endswith("går inte att kombinera rättighets-\noch tidsflaggor")
