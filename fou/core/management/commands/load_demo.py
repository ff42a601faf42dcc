from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from fou.core.demo.build import load_all
from fou.core.demo.loader import DemoConflict, Loader
from fou.core.demo.users import DEMO_PASSWORD, USERS


class Command(BaseCommand):
    help = "Läser in demodata ur källdokumentens historik. Kan köras flera gånger."

    def add_arguments(self, parser):
        parser.add_argument(
            "--quiet-logins", action="store_true", help="Skriv inte ut inloggningar."
        )

    def handle(self, *args, **options):
        loader = Loader()
        try:
            with transaction.atomic():
                load_all(loader)
        except DemoConflict as conflict:
            raise CommandError(f"Demodata kunde inte läsas in: {conflict}") from None
        self.stdout.write(
            f"Demodata: {loader.created} poster skapade, {loader.unchanged} fanns redan."
        )
        if not options["quiet_logins"]:
            self.stdout.write(f"Inloggningar (lösenord för alla: {DEMO_PASSWORD}):")
            for username, first, last, _role, _orgs, about in USERS:
                self.stdout.write(f"  {username:<8} {first} {last}, {about}")
