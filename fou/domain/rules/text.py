"""Swedish wording shared by the rules: dates, small numbers, field names."""

from datetime import datetime
from zoneinfo import ZoneInfo

STOCKHOLM = ZoneInfo("Europe/Stockholm")

_MONTHS = (
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
)
# Swedish text writes small numbers as words ("högst två ansökningar").
_NUMBER_WORDS = ("noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio")

# Label and request for each field a call may require, in the order a form
# shows them.
FIELDS = {
    "title": ("Titel", "Skriv en titel för ansökan."),
    "purpose": ("Syfte", "Beskriv syftet med ansökan."),
    "destination": ("Resmål", "Skriv vart resan går och vilka verksamheter ni ska besöka."),
    "amount_asked": ("Belopp", "Ange hur mycket ni söker i hela kronor."),
    "project_year": ("Projektår", "Ange vilket projektår ni söker för."),
    "gender_equality_analysis": ("Jämställdhetsanalys", "Skriv en jämställdhetsanalys."),
}


def format_moment(moment: datetime) -> str:
    """Write as "30 augusti 2022 kl. 23.59", in Stockholm time whatever zone it came in."""
    local = moment.astimezone(STOCKHOLM)
    return f"{local.day} {_MONTHS[local.month - 1]} {local.year} kl. {local:%H.%M}"


def number_word(number: int) -> str:
    return _NUMBER_WORDS[number] if 0 <= number < len(_NUMBER_WORDS) else str(number)


def applications_phrase(number: int, fund: str) -> str:
    """Write as "en LUM-ansökan" or "två LUM-ansökningar"."""
    noun = "ansökan" if number == 1 else "ansökningar"
    return f"{number_word(number)} {fund}-{noun}"
