from fou.domain.text.ocr_repair import repair_text


def test_a_known_word_with_its_letters_intact_is_not_traded_for_a_commoner_one():
    # Found by the idempotence property: "ända" (end) once became "ändå" (still).
    assert repair_text("är ända") == "är ända"
