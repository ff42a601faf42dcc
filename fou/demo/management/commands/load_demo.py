import secrets

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from fou.accounts.models import User
from fou.demo.build import load_all
from fou.demo.loader import DemoConflict, Loader
from fou.demo.users import DEMO_PASSWORD, USERS


class Command(BaseCommand):
    help = _("Läser in demodata ur källdokumentens historik. Kan köras flera gånger.")

    def add_arguments(self, parser):
        parser.add_argument(
            "--quiet-logins", action="store_true", help=_("Skriv inte ut inloggningar.")
        )
        parser.add_argument(
            "--i-know-this-is-public",
            action="store_true",
            help=_(
                "Läs in demodata också när DJANGO_DEBUG=0. Demokontona får det offentliga "
                "demolösenordet; admin får ett slumpat lösenord som skrivs ut."
            ),
        )

    def handle(self, *args, **options):
        admin_password = None
        if not settings.PUBLIC_DEMO_LOGINS_ALLOWED:
            # Production: the demo's logins and password are published in the
            # README, and admin is a superuser.
            if not options["i_know_this_is_public"]:
                raise CommandError(
                    _(
                        "DJANGO_DEBUG=0: demodata skapar konton med det offentliga "
                        "lösenordet {DEMO_PASSWORD!r}, också administratören admin. Kör med "
                        "--i-know-this-is-public om det verkligen är meningen (admin får då "
                        "ett slumpat lösenord)."
                    ).format(DEMO_PASSWORD=DEMO_PASSWORD)
                )
            admin_password = secrets.token_urlsafe(15)
        loader = Loader()
        try:
            with transaction.atomic():
                load_all(loader, admin_password=admin_password)
        except DemoConflict as conflict:
            raise CommandError(
                _("Demodata kunde inte läsas in: {conflict}").format(conflict=conflict)
            ) from None
        self.stdout.write(
            f"Demodata: {loader.created} poster skapade, {loader.unchanged} fanns redan."
        )
        if not options["quiet_logins"]:
            self.stdout.write(
                _("Inloggningar (lösenord för alla: {DEMO_PASSWORD}):").format(
                    DEMO_PASSWORD=DEMO_PASSWORD
                )
            )
            for username, first, last, _role, _orgs, about in USERS:
                self.stdout.write(f"  {username:<8} {first} {last}, {about}")
        if admin_password and User.objects.get(username="admin").check_password(admin_password):
            # Printed even with --quiet-logins: it is the only way to learn it.
            self.stdout.write(
                _(
                    "Lösenord för admin (inte demolösenordet; spara det nu): {admin_password}"
                ).format(admin_password=admin_password)
            )
        elif admin_password:
            self.stdout.write(_("admin fanns redan med ett eget lösenord; det är oförändrat."))
