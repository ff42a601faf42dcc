"""Swedish alphabetical order: å, ä and ö come after z."""

# The three characters that follow "z" in ASCII keep å < ä < ö after it.
_AFTER_Z = str.maketrans({"å": "{", "ä": "|", "ö": "}", "é": "e", "ü": "y"})


def swedish_key(text: str) -> str:
    return text.casefold().translate(_AFTER_Z)
