"""Reports and decisions in the knowledge bank (Kunskapsbanken).

The source file is kept exactly as uploaded; the text read from it and the
repaired text are both stored, the repaired one is what is searched. A
document is never deleted: withdrawal records who, when and why, and takes
it out of search.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from fou.domain.search import proposals


class Document(models.Model):
    class Type(models.TextChoices):
        PROJECT_PLAN = proposals.PROJECT_PLAN, _("Projektplan")
        PRE_STUDY = proposals.PRE_STUDY, _("Förstudie")
        FINAL_REPORT = proposals.FINAL_REPORT, _("Slutrapport")
        TRAVEL_REPORT = proposals.TRAVEL_REPORT, _("Reserapport")
        DECISION = proposals.DECISION, _("Beslut")
        YEARLY_ACCOUNT = proposals.YEARLY_ACCOUNT, _("Redovisning")
        OTHER = proposals.OTHER, _("Annat")

    class Extraction(models.TextChoices):
        TEXT = "text", _("Textfil")
        DOCX = "docx", _("Word (DOCX)")
        PDF_TEXT = "pdf", _("PDF med textlager")
        OCR = "ocr", _("Skannad, tolkad med OCR (Tesseract)")

    title = models.CharField(_("titel"), max_length=300)
    type = models.CharField(_("typ"), max_length=20, choices=Type.choices, default=Type.OTHER)
    # Unknown stays unknown: a year is only set when the text or a person says it.
    year = models.PositiveSmallIntegerField(_("år"), null=True, blank=True)
    organisations = models.ManyToManyField(
        "organisations.Organisation", verbose_name=_("organisationer"), blank=True, related_name="+"
    )
    fund = models.ForeignKey(
        "calls.Fund", verbose_name=_("fond"), null=True, blank=True, on_delete=models.PROTECT
    )
    grant = models.ForeignKey(
        "applications.Grant",
        verbose_name=_("beviljat projekt"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="knowledge_documents",
    )
    # Set when the document is a follow-up report published from the grant's
    # follow-up (fou.knowledge.publishing), not a file someone imported.
    report = models.OneToOneField(
        "followup.Report",
        verbose_name=_("uppföljningsrapport"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="knowledge_document",
    )
    source_file = models.FileField(_("källfil"), upload_to="kunskapsbanken/%Y/")
    original_name = models.CharField(_("filnamn"), max_length=255)
    size = models.PositiveIntegerField(_("storlek (byte)"))
    # The same file imported twice is recognised by its content, not its name.
    sha256 = models.CharField(_("SHA-256"), max_length=64, unique=True)
    extraction = models.CharField(_("inläsning"), max_length=10, choices=Extraction.choices)
    original_text = models.TextField(_("text som den lästes in"))
    repaired_text = models.TextField(_("lagad text"))
    # {stem: [count, word]} of the repaired text, for similar projects.
    terms = models.JSONField(_("termer"), default=dict, blank=True, editable=False)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("inläst av"),
    )
    imported_at = models.DateTimeField(_("inläst"), auto_now_add=True)
    withdrawn_at = models.DateTimeField(_("återtagen"), null=True, blank=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("återkallat av"),
    )
    withdrawal_reason = models.TextField(_("skäl till återtagandet"), blank=True)
    history = HistoricalRecords(excluded_fields=["terms", "original_text", "repaired_text"])

    class Meta:
        verbose_name = _("dokument i kunskapsbanken")
        verbose_name_plural = _("dokument i kunskapsbanken")
        ordering = ["-year", "title"]
        indexes = [
            # Search reads these for every matched document (filters and
            # facets); from the index alone, SQLite need not step over the
            # texts stored in the row.
            models.Index(
                fields=["id", "withdrawn_at", "type", "year", "fund"], name="knowledge_facets"
            )
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_withdrawn(self) -> bool:
        return self.withdrawn_at is not None


class SearchEntry(models.Model):
    """A document's row in the full-text index.

    The table is built per database by migration 0002 (an FTS5 table on
    SQLite, a tsvector on PostgreSQL; see ``index.py``) and written only
    through ``index``. It is a model so that Django knows the table: test
    databases are flushed with it, and deleting a document deletes its row.
    """

    document = models.OneToOneField(
        Document,
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="+",
        db_constraint=False,
        verbose_name=_("dokument"),
    )

    class Meta:
        db_table = "knowledge_search"
        verbose_name = _("post i sökindexet")
        verbose_name_plural = _("poster i sökindexet")

    def __str__(self) -> str:
        return _("Sökindex för dokument {document_id}").format(document_id=self.document_id)
