import sys

from django.core.management.base import BaseCommand
from django.utils.translation import gettext_lazy as _

from fou.domain.text.ocr_repair import repair_text


class Command(BaseCommand):
    help = _("Reparerar å, ä och ö som OCR har förstört: läser text på stdin, skriver på stdout.")

    def handle(self, *args, **options):
        self.stdout.write(repair_text(sys.stdin.read()), ending="")
