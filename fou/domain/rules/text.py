"""Swedish wording shared by the rules: dates, small numbers, field names."""

from datetime import datetime
from zoneinfo import ZoneInfo

from fou.domain.i18n import Message, _

STOCKHOLM = ZoneInfo("Europe/Stockholm")

_MONTHS = (
    _("januari"),
    _("februari"),
    _("mars"),
    _("april"),
    _("maj"),
    _("juni"),
    _("juli"),
    _("augusti"),
    _("september"),
    _("oktober"),
    _("november"),
    _("december"),
)
# Swedish text writes small numbers as words ("högst två ansökningar").
_NUMBER_WORDS = (
    _("noll"),
    _("en"),
    _("två"),
    _("tre"),
    _("fyra"),
    _("fem"),
    _("sex"),
    _("sju"),
    _("åtta"),
    _("nio"),
    _("tio"),
)

# Label and request for each field a call may require, in the order a form
# shows them.
FIELDS = {
    "title": (_("Titel"), _("Skriv en titel för ansökan.")),
    "purpose": (_("Syfte"), _("Beskriv syftet med ansökan.")),
    "destination": (_("Resmål"), _("Skriv vart resan går och vilka verksamheter ni ska besöka.")),
    "amount_asked": (_("Belopp"), _("Ange hur mycket ni söker i hela kronor.")),
    "project_year": (_("Projektår"), _("Ange vilket projektår ni söker för.")),
    "gender_equality_analysis": (_("Jämställdhetsanalys"), _("Skriv en jämställdhetsanalys.")),
}


def format_moment(moment: datetime) -> Message:
    """Write as "30 augusti 2022 kl. 23.59", in Stockholm time whatever zone it came in."""
    local = moment.astimezone(STOCKHOLM)
    return _(
        "{day} {month} {year} kl. {time}",
        day=local.day,
        month=_MONTHS[local.month - 1],
        year=local.year,
        time=f"{local:%H.%M}",
    )


def number_word(number: int) -> str:
    return _NUMBER_WORDS[number] if 0 <= number < len(_NUMBER_WORDS) else str(number)


def applications_phrase(number: int, fund: str) -> Message:
    """Write as "en LUM-ansökan" or "två LUM-ansökningar"."""
    if number == 1:
        return _("{count} {fund}-ansökan", count=number_word(number), fund=fund)
    return _("{count} {fund}-ansökningar", count=number_word(number), fund=fund)
