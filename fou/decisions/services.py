"""Writes for the decision: the document's particulars and prose, and the
committee's decision. Each write is one transaction with its audit record."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from fou.accounts.permissions import require_officer
from fou.core.versioning import save_audited
from fou.decisions.models import DecisionDocument, ProseSection
from fou.decisions.selectors import year_figures
from fou.domain.decisions import placeholders
from fou.domain.decisions.texts import HEADINGS
from fou.jobs.models import Job
from fou.jobs.services import job_enqueue


def _document(year: int, user) -> DecisionDocument:
    document = DecisionDocument.objects.select_for_update().filter(year=year).first()
    if document is None:
        document = DecisionDocument(year=year)
        save_audited(instance=document, user=user, reason="Tjänsteutlåtande påbörjat")
    return document


@transaction.atomic
def particulars_save(*, year: int, values: dict, user) -> DecisionDocument:
    require_officer(user, "ändra tjänsteutlåtandets uppgifter")
    document = _document(year, user)
    for field, value in values.items():
        setattr(document, field, value)
    save_audited(instance=document, user=user, reason="Tjänsteutlåtandets uppgifter ändrade")
    return document


@transaction.atomic
def prose_section_save(*, year: int, key: str, text: str, user) -> ProseSection:
    """Refuses text with a broken placeholder (ValidationError naming line and
    character); keeps every saved version in the section's history."""
    require_officer(user, "skriva tjänsteutlåtandets text")
    if key not in HEADINGS:
        raise ValidationError(_("Okänt avsnitt ”{key}”.").format(key=key))
    figures = year_figures(year=year)
    errors = placeholders.check(text, figures)
    if errors:
        raise ValidationError([str(e) for e in errors])
    document = _document(year, user)
    section = ProseSection.objects.filter(document=document, key=key).first()
    section = section or ProseSection(document=document, key=key)
    section.text = text
    section.figure_values = placeholders.figure_values(figures)
    section.updated_by = user
    save_audited(instance=section, user=user, reason=f"Texten i ”{HEADINGS[key]}” ändrad")
    return section


DOCUMENT_LABELS = {
    "docx": _("Tjänsteutlåtande (Word)"),
    "pdf": _("Tjänsteutlåtande (PDF)"),
    "xlsx": "Bruttolistor (Excel)",
}


@transaction.atomic
def decision_document_queue(*, year: int, fmt: str, user):
    """Put the making of one of the year's documents on the task queue (large
    years: the request does not wait for WeasyPrint or python-docx)."""
    require_officer(user, f"skapa beslutsdokument för {year}")
    if fmt not in DOCUMENT_LABELS:
        raise ValueError(_("Okänt format ”{fmt}”; välj docx, pdf eller xlsx.").format(fmt=fmt))
    return job_enqueue(
        kind=Job.Kind.DECISION_DOCUMENT,
        label=f"{DOCUMENT_LABELS[fmt]} {year}",
        payload={"year": year, "format": fmt},
        user=user,
    )
