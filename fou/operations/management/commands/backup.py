import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext_lazy as _

from fou.operations.backup import BackupError, backup


class Command(BaseCommand):
    help = _("Säkerhetskopierar databasen och uppladdade filer, med manifest av kontrollsummor.")

    def add_arguments(self, parser):
        parser.add_argument("--output", default="backups", help=_("katalog att skriva till"))

    def handle(self, *args, output, **options):
        started = time.perf_counter()
        try:
            target = backup(destination=Path(output))
        except BackupError as error:
            raise CommandError(str(error)) from None
        seconds = time.perf_counter() - started
        self.stdout.write(
            _("Säkerhetskopia: {target} ({seconds:.1f} s)").format(target=target, seconds=seconds)
        )
