"""Facts of a call that both the rules engine and the optimiser read, stated once.

The amount cap and the continuation cut each have one definition here; the
rules (``fou.domain.rules``), the allocation (``fou.domain.allocation``) and
every form, admin page and command that accepts them use these.
"""

from fou.domain.i18n import _

CUT_MESSAGE = _(
    "Neddragningen för projekt år 2–3 måste vara mellan 0 och {most}.", most="99\u00a0%"
)
SHARE_MESSAGE = _("Lägsta andel måste vara mellan 1 och 100 %.")


def application_cap(cap: int, *, per_organisation: bool, organisations: int) -> int:
    """The most one application may ask for and be granted.

    With ``per_organisation`` the cap holds per organisation taking part, so
    a joint application of three may ask three times the cap.
    """
    if per_organisation:
        return cap * max(1, organisations)
    return cap


def check_continuation_cut(percent: int) -> int:
    """A project in year 2 or 3 gets at most (100 - percent) % of what it asked;
    a cut of 100 would grant nothing, so 0–99 is allowed."""
    if not 0 <= percent <= 99:
        raise ValueError(CUT_MESSAGE)
    return percent


def check_min_share(percent: int) -> int:
    """In partial mode a grant is nothing or at least this share of what it may get."""
    if not 1 <= percent <= 100:
        raise ValueError(SHARE_MESSAGE)
    return percent
