import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext_lazy as _

from fou.domain.documents.decoding import DocumentError, check_size, decode_document
from fou.domain.documents.extract_allocation import (
    NoAllocationTableError,
    allocation_as_json,
    extract_allocation,
)
from fou.history.selectors import decision_table_funds, known_organisation_names


class Command(BaseCommand):
    help = _("Läser fördelningstabellerna (LUM och MUL) ur ett beslutsdokument i textform.")

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--json", action="store_true", help=_("skriv resultatet som JSON"))

    def handle(self, *args, **options):
        file = options["file"]
        try:
            check_size(file.stat().st_size)
            document = decode_document(file.read_bytes())
            extraction = extract_allocation(
                document.text,
                known_organisations=known_organisation_names(),
                funds=decision_table_funds(),
            )
        except FileNotFoundError as error:
            raise CommandError(_("Filen {file} finns inte.").format(file=file)) from error
        except DocumentError as error:
            raise CommandError(str(error)) from error
        except NoAllocationTableError as error:
            raise CommandError(str(error), returncode=1) from error
        for note in document.notes:
            self.stderr.write(note)
        for issue in extraction.issues:
            self.stderr.write(f"{issue.fund}: {issue.message}")
        result = allocation_as_json(extraction)
        if options["json"]:
            self.stdout.write(json.dumps(result, ensure_ascii=False, indent=2))
            return
        for fund in [table.fund for table in extraction.tables]:
            for row in result[fund]:
                text = row.get("project") or row.get("trip")
                self.stdout.write(f"{fund}\t{row['organisation']}\t{text}\t{row['granted']}")
