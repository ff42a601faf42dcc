"""The spending part of a report: granted, spent, and what is left unused.

Unused is computed, never typed, so the three figures always add up.
"""

from dataclasses import dataclass

from fou.domain.i18n import _


class SpendingRefused(ValueError):
    """Figures that cannot be true; the message is for people."""


@dataclass(frozen=True)
class Spending:
    # Integer kronor; ``granted`` is None where the sources do not give it.
    granted: int | None
    spent: int

    @property
    def unused(self) -> int | None:
        return None if self.granted is None else self.granted - self.spent


def spending(*, granted: int | None, spent: int) -> Spending:
    if spent < 0:
        raise SpendingRefused(_("Använt belopp kan inte vara negativt."))
    if granted is not None and spent > granted:
        raise SpendingRefused(
            _(
                "Använt belopp ({spent}) kan inte vara större än det beviljade beloppet "
                "({granted}). Kontrollera beloppet.",
                spent=_kronor(spent),
                granted=_kronor(granted),
            )
        )
    return Spending(granted=granted, spent=spent)


def _kronor(amount: int) -> str:
    return f"{amount:,} kr".replace(",", "\u00a0")
