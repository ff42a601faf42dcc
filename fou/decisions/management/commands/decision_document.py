from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext_lazy as _

from fou.decisions.rendering import FORMATS, render_decision
from fou.decisions.selectors import NoChosenProposal, decision_content


class Command(BaseCommand):
    help = _(
        "Skriver årets tjänsteutlåtande (docx, pdf) eller bruttolistor (xlsx) "
        "ur det valda förslaget till beslut."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--call", type=int, required=True, help=_("Året medlen avser, t.ex. 2023.")
        )
        parser.add_argument("--format", choices=sorted(FORMATS), required=True)
        parser.add_argument("--output", type=Path, required=True, help=_("Filen som skrivs."))

    def handle(self, *args, call: int, format: str, output: Path, **options):
        try:
            content = decision_content(year=call)
        except NoChosenProposal as error:
            raise CommandError(str(error)) from None
        rendered = render_decision(content, format)
        output.write_bytes(rendered.data)
        self.stdout.write(f"Skrev {output} ({len(rendered.data)} byte, {format}).")
