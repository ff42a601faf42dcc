"""A note every row ends with is said once, above the rows."""

from fou.domain.notes import shared_ending, without_ending

SOURCE = "Källa: Inriktning 2022 och 2023 (tjänsteutlåtande 2023, avsnitt Bakgrund)."
EXAMPLE = "Vikterna är exempel, inte ur källorna."


def test_the_sentences_every_text_ends_with_are_shared():
    texts = [
        f"Huvudkriterium. Värde för staden. {SOURCE} {EXAMPLE}",
        f"Klientcentrering. {SOURCE} {EXAMPLE}",
    ]
    assert shared_ending(texts) == f"{SOURCE} {EXAMPLE}"
    assert [without_ending(t, shared_ending(texts)) for t in texts] == [
        "Huvudkriterium. Värde för staden.",
        "Klientcentrering.",
    ]


def test_identical_texts_are_shared_whole():
    source = "Demodata: 2023 års regler, för att prova systemet"
    assert shared_ending([source, source, source]) == source
    assert without_ending(source, source) == ""


def test_a_shared_tail_inside_a_sentence_is_not_cut():
    texts = ["Tjänsteutlåtande 2023, avsnitt Bakgrund", "FoU-plan 2015, avsnitt Bakgrund"]
    assert shared_ending(texts) == ""
    assert shared_ending(["Ett. Två tre.", "Fyra. Fem tre."]) == ""


def test_one_row_or_an_empty_row_shares_nothing():
    assert shared_ending(["Bara en. Källa: X."]) == ""
    assert shared_ending(["Ett. Källa: X.", ""]) == ""
    assert shared_ending([]) == ""


def test_spacing_between_sentences_does_not_matter():
    texts = ["Ett.\nKälla: X.", "Två.  Källa: X."]
    assert shared_ending(texts) == "Källa: X."
    assert without_ending(texts[1], "Källa: X.") == "Två."
    assert without_ending("Annat.", "Källa: X.") == "Annat."
