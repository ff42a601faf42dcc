import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext_lazy as _

from fou.operations.backup import BackupError, restore


class Command(BaseCommand):
    help = _("Återställer en säkerhetskopia till en tom databas och en tom fillagring.")

    def add_arguments(self, parser):
        parser.add_argument("source", help=_("katalogen som backup skrev"))

    def handle(self, *args, source, **options):
        started = time.perf_counter()
        try:
            checked = restore(source=Path(source))
        except BackupError as error:
            raise CommandError(str(error)) from None
        seconds = time.perf_counter() - started
        self.stdout.write(
            _(
                "Återställd: {rows} rader i {tables} tabeller och {files} filer, "
                "kontrollerade mot manifestet ({seconds:.1f} s)"
            ).format(
                rows=checked["rows"],
                tables=checked["tables"],
                files=checked["files"],
                seconds=seconds,
            )
        )
