import json

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext_lazy as _

from fou.allocations.candidates import default_settings, recorded_locks
from fou.allocations.models import AllocationProposal
from fou.allocations.selectors import current_proposal, proposal_as_json
from fou.allocations.services import allocate
from fou.domain.allocation import InfeasibleLocksError
from fou.domain.allocation.serialise import proposal_to_json


class Command(BaseCommand):
    help = _(
        "Skriver ut årets förslag till fördelning: den valda versionen, annars den senaste, "
        "annars ett nytt förslag ur utlysningarnas budget och regler (sparas inte)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--call", type=int, required=True, help=_("Året medlen avser, t.ex. 2023.")
        )
        parser.add_argument("--json", action="store_true", help=_("Skriv ut som JSON."))

    def handle(self, *args, call, json: bool, **options):
        stored = current_proposal(year=call) or self._fresh(call)
        result = proposal_as_json(stored)
        if json:
            self.stdout.write(_dumps(result))
            return
        for fund, totals in result["funds"].items():
            self.stdout.write(
                _("{fund}: {granted} kr av budget {budget} kr").format(
                    fund=fund, granted=totals["granted_total"], budget=totals["budget"]
                )
            )
        for row in result["granted"]:
            self.stdout.write(
                f"  {row['fund']} {row['organisation']}: {row['project']} – {row['amount']} kr"
            )
        for row in result["refused"]:
            self.stdout.write(
                _("  AVSLÅS {fund} {organisation}: {project}").format(
                    fund=row["fund"], organisation=row["organisation"], project=row["project"]
                )
            )

    def _fresh(self, year: int) -> AllocationProposal:
        try:
            run = allocate(year=year, settings=default_settings(year), locks=recorded_locks(year))
        except (InfeasibleLocksError, ValueError) as error:
            # ValueError: e.g. a fund whose budget the call data does not give.
            raise CommandError(str(error)) from None
        if not run.proposal.candidates:
            raise CommandError(_("Inga ansökningar att fördela för {year}.").format(year=year))
        return AllocationProposal(
            year=year, number=0, data=proposal_to_json(run.proposal), explanations=run.explanations
        )


def _dumps(result) -> str:
    return json.dumps(result, ensure_ascii=False, indent=2)
