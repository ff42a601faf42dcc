"""Daily: e-mail project owners 30, 7 and 1 days before each follow-up
deadline and the day after a missed one. Safe to run more than once a day."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from fou.followup.reminders import reminder_send, reminders_due
from fou.followup.selectors import stockholm_today


class Command(BaseCommand):
    help = _(
        "Skickar påminnelser om rapporter och återbetalningar (30, 7 och 1 dag före, dagen efter)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help=_("Visa vad som skulle skickas, skicka inget.")
        )

    def handle(self, *args, dry_run=False, **options):
        # E-mails are in Swedish whatever the shell's locale.
        with translation.override(settings.LANGUAGE_CODE):
            self._run(dry_run)

    def _run(self, dry_run: bool) -> None:
        today = stockholm_today()
        due = reminders_due(today=today)
        recipients = 0
        for reminder in due:
            self.stdout.write(f"{', '.join(reminder.recipients)}: {reminder.subject}")
            if not dry_run:
                reminder_send(reminder)
            recipients += len(reminder.recipients)
        if dry_run:
            self.stdout.write(
                _(
                    "Provkörning {today}: {count} påminnelser skulle ha skickats ({recipients} "
                    "mottagare). Inget skickades."
                ).format(today=today, count=len(due), recipients=recipients)
            )
        else:
            self.stdout.write(
                _(
                    "{today}: {count} påminnelser lagda i kön för att skickas ({recipients} "
                    "mottagare)."
                ).format(today=today, count=len(due), recipients=recipients)
            )
