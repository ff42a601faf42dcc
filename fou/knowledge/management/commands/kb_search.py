"""Search the knowledge bank from the terminal.

python manage.py kb_search "studieresa Köpenhamn" [--json]
"""

import json

from django.core.management.base import BaseCommand
from django.utils.translation import gettext_lazy as _

from fou.knowledge.selectors import document_search


class Command(BaseCommand):
    help = _("Söker i kunskapsbanken och skriver ut de rangordnade träffarna.")

    def add_arguments(self, parser):
        parser.add_argument("query")
        parser.add_argument(
            "--json", action="store_true", dest="as_json", help=_("träffarna som JSON")
        )

    def handle(self, *args, query, as_json: bool = False, **options):
        result = document_search(text=query, filters={})
        hits = [
            {
                "id": hit.document.pk,
                "title": hit.document.title,
                "type": hit.document.type,
                "year": hit.document.year,
                "organisations": hit.organisations,
                "score": round(hit.score, 4),
                "snippet": "".join(piece for piece, _marked in hit.snippet),
                "file": hit.document.original_name,
            }
            for hit in result.hits
        ]
        if as_json:
            data = {"query": query, "total": result.total, "notes": result.notes, "hits": hits}
            self.stdout.write(json.dumps(data, ensure_ascii=False, indent=2))
            return
        for note in result.notes:
            self.stdout.write(note)
        for rank, hit in enumerate(hits, start=1):
            self.stdout.write(
                f"{rank}. [{hit['id']}] {hit['title']} ({hit['year'] or _('okänt år')})"
            )
            self.stdout.write(f"   {hit['snippet']}")
        self.stdout.write(_("{total} träffar.").format(total=result.total))
