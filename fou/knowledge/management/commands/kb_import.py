"""Import files and folders into the knowledge bank.

    python manage.py kb_import PATH [PATH …]

Folders are read recursively. The same content is imported once (by its
SHA-256), so running the command again changes nothing. A file that cannot be
read is reported and skipped; a one-line summary ends the run.
"""

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext_lazy as _

from fou.domain.documents.decoding import DocumentError, check_size
from fou.knowledge.extraction import TESSERACT_MISSING, ocr_available
from fou.knowledge.services import document_import

SUFFIXES = {".txt", ".text", ".docx", ".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff"}
BAR_WIDTH = 30


def _files(paths: list[str]) -> list[Path]:
    found = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found.extend(
                sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            )
        elif path.is_file():
            found.append(path)
        else:
            raise CommandError(_("Hittar inte {given}.").format(given=given))
    return list(dict.fromkeys(found))


class Command(BaseCommand):
    help = _("Läser in filer och mappar (TXT, DOCX, PDF, skannade bilder) i kunskapsbanken.")

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help=_("filer eller mappar"))

    def _progress(self, done: int, total: int, name: str) -> None:
        if not sys.stderr.isatty():
            return
        filled = BAR_WIDTH * done // max(total, 1)
        bar = "█" * filled + "·" * (BAR_WIDTH - filled)
        sys.stderr.write(f"\r[{bar}] {done}/{total} {name[:40]:<40}")
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    def handle(self, *args, paths, **options):
        files = _files(paths)
        if not ocr_available():
            self.stderr.write(f"Obs: {TESSERACT_MISSING}")
        created = existing = 0
        failed = []
        for done, path in enumerate(files, start=1):
            self._progress(done - 1, len(files), path.name)
            try:
                # A file over the limit is refused before it is read into memory.
                check_size(path.stat().st_size)
                outcome = document_import(user=None, name=path.name, data=path.read_bytes())
            except DocumentError as error:
                failed.append(path)
                self.stderr.write(f"\n{path}: {error}")
                continue
            created += outcome.created
            existing += not outcome.created
        self._progress(len(files), len(files), "")
        summary = _(
            "{count} filer: {created} inlästa, {existing} fanns redan, {errors} fel"
        ).format(count=len(files), created=created, existing=existing, errors=len(failed))
        if failed:
            summary += " (" + ", ".join(p.name for p in failed) + ")"
        self.stdout.write(summary + ".")
