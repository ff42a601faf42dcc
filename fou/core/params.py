"""Reading numbers typed into an address or a form without trusting them.

``str.isdigit`` accepts "²" and "¹", which ``int`` then refuses, and a
30-digit number overflows the database's integers: both were a 500."""

# The largest id or number any of our tables holds (PostgreSQL integer).
MAX_NUMBER = 2**31 - 1


def whole_number(value, *, maximum: int = MAX_NUMBER) -> int | None:
    """A whole number from 0 to ``maximum`` written in ASCII digits; otherwise None."""
    if not isinstance(value, str) or not (value.isascii() and value.isdigit()):
        return None
    if len(value) > len(str(maximum)) or int(value) > maximum:
        return None
    return int(value)


def short_code(value, *, max_length: int = 20) -> str:
    """A code such as a fund's "LUM": ASCII letters and digits only, else "".
    (PostgreSQL refuses a NUL character in a query: that was a 500.)"""
    if not isinstance(value, str) or len(value) > max_length:
        return ""
    return value if value.isascii() and value.isalnum() else ""
