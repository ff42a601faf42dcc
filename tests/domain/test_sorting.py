from fou.domain.sorting import swedish_key


def test_swedish_letters_sort_after_z():
    names = ["Östermalm", "Älvsjö", "Bromma", "Årsta", "Zinkensdamm", "Södermalm", "Skarpnäck"]
    assert sorted(names, key=swedish_key) == [
        "Bromma",
        "Skarpnäck",
        "Södermalm",
        "Zinkensdamm",
        "Årsta",
        "Älvsjö",
        "Östermalm",
    ]
