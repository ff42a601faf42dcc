import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from fou.operations.backup import BackupError, backup


class Command(BaseCommand):
    help = "Säkerhetskopierar databasen och uppladdade filer, med manifest av kontrollsummor."

    def add_arguments(self, parser):
        parser.add_argument("--output", default="backups", help="katalog att skriva till")

    def handle(self, *args, output, **options):
        started = time.perf_counter()
        try:
            target = backup(destination=Path(output))
        except BackupError as error:
            raise CommandError(str(error)) from None
        seconds = time.perf_counter() - started
        self.stdout.write(f"Säkerhetskopia: {target} ({seconds:.1f} s)")
