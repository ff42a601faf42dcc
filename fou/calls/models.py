"""Funds, their yearly calls, and each call's rules as data.

The grants office changes the rules for a new year in the admin or on the
call's rules page; nothing about a year's limits lives in code.
"""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from fou.core.text_limits import REASON_MAX, max_length_validators


class Fund(models.Model):
    code = models.CharField(_("kod"), max_length=20, unique=True)
    name = models.CharField(_("namn"), max_length=200)
    description = models.TextField(
        _("beskrivning"),
        blank=True,
        max_length=REASON_MAX,
        validators=max_length_validators(REASON_MAX),
    )
    is_trip_fund = models.BooleanField(
        _("avser studiebesök/resor"), default=False, help_text=_("Ansökan anger resmål och datum.")
    )
    requires_report = models.BooleanField(
        _("beviljade medel ska redovisas"),
        default=True,
        help_text=(
            _(
                "Projekt och resor lämnar slutrapport eller reseberättelse med ekonomisk "
                "redovisning. Särskilda medel med egna villkor kan undantas."
            )
        ),
    )
    applicant_text = models.TextField(
        _("text till sökande"),
        blank=True,
        max_length=REASON_MAX,
        validators=max_length_validators(REASON_MAX),
        help_text=_("Visas på kvittot efter inskickad ansökan, t.ex. när och av vem den bereds."),
    )
    reference_prefix = models.CharField(
        _("prefix för diarienummer"),
        max_length=12,
        default="FoU",
        validators=[
            RegexValidator(
                # Swedish: the letters a prefix may hold.
                r"^[A-Za-zÅÄÖåäö0-9]+$",
                _("Använd bara bokstäver och siffror, t.ex. FoU eller KULT."),
            )
        ],
        help_text=_(
            "Ansökningar får nummer som FoU-2027-0001. Fonder med samma prefix delar serie."
        ),
    )
    decision_table_heading = models.CharField(
        _("kolumnrubrik i beslutets tabell"),
        max_length=100,
        blank=True,
        help_text=_(
            "Så känns fondens tabell igen när ett inskannat beslut läses in, "
            "t.ex. Projekt (LUM) eller Studiebesök till ort (MUL)."
        ),
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("fond")
        verbose_name_plural = _("fonder")
        ordering = ["code"]

    def __str__(self) -> str:
        return f"{self.code} – {self.name}"


class Call(models.Model):
    """One fund's call for one year (utlysning)."""

    fund = models.ForeignKey(
        Fund, on_delete=models.PROTECT, related_name="calls", verbose_name=_("fond")
    )
    year = models.PositiveSmallIntegerField(_("år medlen avser"))
    title = models.CharField(_("rubrik"), max_length=300)
    local_fund_name = models.CharField(
        _("fondens namn detta år"),
        max_length=200,
        blank=True,
        help_text=_("T.ex. MUST 2015, som senare kallades MUL."),
    )
    opens_at = models.DateTimeField(_("öppnar"), null=True, blank=True)
    closes_at = models.DateTimeField(_("stänger"), null=True, blank=True)
    budget = models.PositiveBigIntegerField(_("budget (kr)"), null=True, blank=True)
    decision_body = models.CharField(
        _("beslutas av"),
        max_length=200,
        # Swedish: stored default
        default="Socialnämnden",
    )
    repayment_notice_deadline = models.DateField(
        _("sista dag att anmäla återbetalning"), null=True, blank=True
    )
    report_deadline = models.DateField(
        _("sista dag för rapport"),
        null=True,
        blank=True,
        help_text=_(
            "Slutrapport eller reseberättelse med ekonomisk redovisning. Tomt = ej bestämt."
        ),
    )
    source = models.CharField(_("källa"), max_length=300, blank=True)

    # Rules as data (see fou.domain.rules for how each is applied).
    max_amount = models.PositiveIntegerField(
        _("högsta belopp per ansökan (kr)"), null=True, blank=True
    )
    max_amount_per_organisation = models.BooleanField(
        _("högsta belopp gäller per förvaltning"),
        default=False,
        help_text=_("En gemensam ansökan får då söka beloppet för varje deltagande förvaltning."),
    )
    max_applications_per_organisation = models.PositiveSmallIntegerField(
        _("högsta antal ansökningar per organisation"), null=True, blank=True
    )
    min_project_year = models.PositiveSmallIntegerField(_("lägsta projektår"), default=1)
    max_project_year = models.PositiveSmallIntegerField(_("högsta projektår"), default=1)
    required_attachments = models.JSONField(_("obligatoriska bilagor"), default=list, blank=True)
    gender_equality_analysis_required = models.BooleanField(
        _("jämställdhetsanalys krävs"), default=False
    )
    workshop_required = models.BooleanField(_("workshop krävs före ansökan"), default=False)
    approved_report_required = models.BooleanField(
        _("godkänd tidigare rapport krävs"), default=False
    )
    workshop_name = models.CharField(
        _("workshoppen kallas"),
        max_length=200,
        default="den obligatoriska workshoppen",
        help_text=_(
            "Så nämns workshoppen i meddelanden till sökande, t.ex. "
            "”den obligatoriska workshoppen med forskarhandledaren”."
        ),
    )
    continuation_cut_percent = models.PositiveSmallIntegerField(
        _("neddragning för år 2–3 (%)"),
        default=0,
        help_text=_("Fortsättningsprojekt får högst (100 − neddragning) % av det sökta; 0–99."),
    )
    # How this call's applications are allocated (fou.calls.mapping.fund_settings).
    allocation_mode = models.CharField(
        _("fördelning"),
        max_length=20,
        choices=[
            ("all_or_nothing", _("Allt eller inget")),
            ("partial", _("Delfinansiering ned till en lägsta andel")),
        ],
        default="all_or_nothing",
    )
    min_share_percent = models.PositiveSmallIntegerField(
        _("lägsta andel vid delfinansiering (%)"),
        default=80,
        help_text=_("1–100; används när fördelningen är delfinansiering."),
    )
    warn_for_courses_and_conferences = models.BooleanField(
        _("varna för kurser och konferenser"), default=False
    )
    joint_applications_allowed = models.BooleanField(_("gemensamma ansökningar"), default=True)
    eligible_kinds = models.ManyToManyField(
        "organisations.OrganisationKind",
        verbose_name=_("organisationstyper som får söka"),
        blank=True,
        related_name="calls",
        help_text=_("Tomt = alla typer av organisationer får söka."),
    )
    rule_sources = models.JSONField(
        _("källor till reglerna"),
        default=dict,
        blank=True,
        help_text=_(
            "Regelkod → dokument och avsnitt, t.ex. Tjänsteutlåtande 2023, avsnitt Bakgrund."
        ),
    )

    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("utlysning")
        verbose_name_plural = _("utlysningar")
        ordering = ["-year", "fund__code"]
        constraints = [models.UniqueConstraint(fields=["fund", "year"], name="one_call_per_year")]

    def __str__(self) -> str:
        return f"{self.fund_name} {self.year}"

    def clean(self):
        from fou.calls.mapping import validate_call

        super().clean()
        validate_call(self)

    @property
    def fund_name(self) -> str:
        return self.local_fund_name or self.fund.code


class FocusArea(models.Model):
    """A criterion or focus area the committee approved for a call (inriktning)."""

    class Kind(models.TextChoices):
        MAIN = "main", _("Huvudkriterium")
        PRIORITISED = "prioritised", _("Prioriterad inriktning")
        CRITERION = "criterion", _("Kriterium")

    call = models.ForeignKey(
        Call, on_delete=models.CASCADE, related_name="focus_areas", verbose_name=_("utlysning")
    )
    kind = models.CharField(_("typ"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("inriktning"), max_length=400)
    order = models.PositiveSmallIntegerField(_("ordning"), default=0)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("inriktning")
        verbose_name_plural = _("inriktningar")
        ordering = ["call", "order"]

    def __str__(self) -> str:
        return self.title


class Question(models.Model):
    """One question of a call's application form, in the order the form shows them.

    A built-in key (``fou.domain.questions.BUILTIN_KINDS``) reads and writes
    the application's own field; any other key stores its answer on the
    application with a copy of the question, so a later change here does not
    change what an earlier applicant was asked.
    """

    class Kind(models.TextChoices):
        SHORT_TEXT = "short_text", _("Kort text")
        LONG_TEXT = "long_text", _("Lång text")
        AMOUNT = "amount", _("Belopp (kr)")
        NUMBER = "number", _("Tal")
        CHOICE = "choice", _("Val")
        YES_NO = "yes_no", _("Ja/nej")
        DATE = "date", _("Datum")
        ATTACHMENT = "attachment", _("Bilaga")

    call = models.ForeignKey(
        Call, on_delete=models.CASCADE, related_name="questions", verbose_name=_("utlysning")
    )
    position = models.PositiveSmallIntegerField(_("ordning"), default=0)
    key = models.CharField(
        _("nyckel"),
        max_length=50,
        help_text=_(
            "Små bokstäver, siffror och understreck, t.ex. budget. En inbyggd nyckel (title, "
            "purpose, amount_asked, project_year, continues, focus_areas, "
            "gender_equality_analysis, destination, trip_start, trip_end) fyller ansökans "
            "eget fält."
        ),
    )
    label = models.CharField(_("fråga"), max_length=300)
    help_text = models.CharField(_("hjälptext"), max_length=500, blank=True)
    kind = models.CharField(_("typ av svar"), max_length=20, choices=Kind.choices)
    required = models.BooleanField(_("obligatorisk"), default=False)
    max_length = models.PositiveIntegerField(
        _("högsta antal tecken"), null=True, blank=True, help_text=_("För lång text.")
    )
    choices = models.TextField(
        _("alternativ"),
        blank=True,
        max_length=REASON_MAX,
        validators=max_length_validators(REASON_MAX),
        help_text=_("För val: ett alternativ per rad."),
    )
    allowed_types = models.CharField(
        _("tillåtna filtyper"),
        max_length=100,
        blank=True,
        help_text=_("För bilaga, t.ex. .xlsx eller .pdf, .docx. Tomt = PDF, DOCX, XLSX och ODT."),
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("fråga i ansökan")
        verbose_name_plural = _("frågor i ansökan")
        ordering = ["call", "position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["call", "key"], name="question_key_once_per_call")
        ]

    def __str__(self) -> str:
        return self.label

    def clean(self):
        from fou.calls.questions import question_errors

        super().clean()
        errors = question_errors(self)
        if errors:
            raise ValidationError(errors)
