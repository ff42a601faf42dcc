"""Funds, their yearly calls, and each call's rules as data.

The grants office changes the rules for a new year in the admin or on the
call's rules page; nothing about a year's limits lives in code.
"""

from django.core.validators import RegexValidator
from django.db import models
from simple_history.models import HistoricalRecords

from fou.core.text_limits import REASON_MAX, max_length_validators


class Fund(models.Model):
    code = models.CharField("kod", max_length=20, unique=True)
    name = models.CharField("namn", max_length=200)
    description = models.TextField(
        "beskrivning",
        blank=True,
        max_length=REASON_MAX,
        validators=max_length_validators(REASON_MAX),
    )
    is_trip_fund = models.BooleanField(
        "avser studiebesök/resor", default=False, help_text="Ansökan anger resmål och datum."
    )
    requires_report = models.BooleanField(
        "beviljade medel ska redovisas",
        default=True,
        help_text=(
            "Projekt och resor lämnar slutrapport eller reseberättelse med ekonomisk "
            "redovisning. Särskilda medel med egna villkor kan undantas."
        ),
    )
    applicant_text = models.TextField(
        "text till sökande",
        blank=True,
        max_length=REASON_MAX,
        validators=max_length_validators(REASON_MAX),
        help_text="Visas på kvittot efter inskickad ansökan, t.ex. när och av vem den bereds.",
    )
    reference_prefix = models.CharField(
        "prefix för diarienummer",
        max_length=12,
        default="FoU",
        validators=[
            RegexValidator(
                r"^[A-Za-zÅÄÖåäö0-9]+$", "Använd bara bokstäver och siffror, t.ex. FoU eller KULT."
            )
        ],
        help_text="Ansökningar får nummer som FoU-2027-0001. Fonder med samma prefix delar serie.",
    )
    decision_table_heading = models.CharField(
        "kolumnrubrik i beslutets tabell",
        max_length=100,
        blank=True,
        help_text="Så känns fondens tabell igen när ett inskannat beslut läses in, "
        "t.ex. Projekt (LUM) eller Studiebesök till ort (MUL).",
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = "fond"
        verbose_name_plural = "fonder"
        ordering = ["code"]

    def __str__(self) -> str:
        return f"{self.code} – {self.name}"


class Call(models.Model):
    """One fund's call for one year (utlysning)."""

    fund = models.ForeignKey(
        Fund, on_delete=models.PROTECT, related_name="calls", verbose_name="fond"
    )
    year = models.PositiveSmallIntegerField("år medlen avser")
    title = models.CharField("rubrik", max_length=300)
    local_fund_name = models.CharField(
        "fondens namn detta år",
        max_length=200,
        blank=True,
        help_text="T.ex. MUST 2015, som senare kallades MUL.",
    )
    opens_at = models.DateTimeField("öppnar", null=True, blank=True)
    closes_at = models.DateTimeField("stänger", null=True, blank=True)
    budget = models.PositiveBigIntegerField("budget (kr)", null=True, blank=True)
    decision_body = models.CharField("beslutas av", max_length=200, default="Socialnämnden")
    repayment_notice_deadline = models.DateField(
        "sista dag att anmäla återbetalning", null=True, blank=True
    )
    report_deadline = models.DateField(
        "sista dag för rapport",
        null=True,
        blank=True,
        help_text="Slutrapport eller reseberättelse med ekonomisk redovisning. Tomt = ej bestämt.",
    )
    source = models.CharField("källa", max_length=300, blank=True)

    # Rules as data (see fou.domain.rules for how each is applied).
    max_amount = models.PositiveIntegerField(
        "högsta belopp per ansökan (kr)", null=True, blank=True
    )
    max_amount_per_organisation = models.BooleanField(
        "högsta belopp gäller per förvaltning",
        default=False,
        help_text="En gemensam ansökan får då söka beloppet för varje deltagande förvaltning.",
    )
    max_applications_per_organisation = models.PositiveSmallIntegerField(
        "högsta antal ansökningar per organisation", null=True, blank=True
    )
    min_project_year = models.PositiveSmallIntegerField("lägsta projektår", default=1)
    max_project_year = models.PositiveSmallIntegerField("högsta projektår", default=1)
    required_attachments = models.JSONField("obligatoriska bilagor", default=list, blank=True)
    gender_equality_analysis_required = models.BooleanField(
        "jämställdhetsanalys krävs", default=False
    )
    workshop_required = models.BooleanField("workshop krävs före ansökan", default=False)
    workshop_name = models.CharField(
        "workshoppen kallas",
        max_length=200,
        default="den obligatoriska workshoppen",
        help_text="Så nämns workshoppen i meddelanden till sökande, t.ex. "
        "”den obligatoriska workshoppen med forskarhandledaren”.",
    )
    approved_report_required = models.BooleanField("godkänd tidigare rapport krävs", default=False)
    continuation_cut_percent = models.PositiveSmallIntegerField(
        "neddragning för år 2–3 (%)",
        default=0,
        help_text="Fortsättningsprojekt får högst (100 − neddragning) % av det sökta; 0–99.",
    )
    # How this call's applications are allocated (fou.calls.mapping.fund_settings).
    allocation_mode = models.CharField(
        "fördelning",
        max_length=20,
        choices=[
            ("all_or_nothing", "Allt eller inget"),
            ("partial", "Delfinansiering ned till en lägsta andel"),
        ],
        default="all_or_nothing",
    )
    min_share_percent = models.PositiveSmallIntegerField(
        "lägsta andel vid delfinansiering (%)",
        default=80,
        help_text="1–100; används när fördelningen är delfinansiering.",
    )
    warn_for_courses_and_conferences = models.BooleanField(
        "varna för kurser och konferenser", default=False
    )
    joint_applications_allowed = models.BooleanField("gemensamma ansökningar", default=True)
    eligible_kinds = models.ManyToManyField(
        "organisations.OrganisationKind",
        verbose_name="organisationstyper som får söka",
        blank=True,
        related_name="calls",
        help_text="Tomt = alla typer av organisationer får söka.",
    )
    rule_sources = models.JSONField(
        "källor till reglerna",
        default=dict,
        blank=True,
        help_text="Regelkod → dokument och avsnitt, t.ex. Tjänsteutlåtande 2023, avsnitt Bakgrund.",
    )

    version = models.PositiveIntegerField("version", default=1, editable=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "utlysning"
        verbose_name_plural = "utlysningar"
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
        MAIN = "main", "Huvudkriterium"
        PRIORITISED = "prioritised", "Prioriterad inriktning"
        CRITERION = "criterion", "Kriterium"

    call = models.ForeignKey(
        Call, on_delete=models.CASCADE, related_name="focus_areas", verbose_name="utlysning"
    )
    kind = models.CharField("typ", max_length=20, choices=Kind.choices)
    title = models.CharField("inriktning", max_length=400)
    order = models.PositiveSmallIntegerField("ordning", default=0)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "inriktning"
        verbose_name_plural = "inriktningar"
        ordering = ["call", "order"]

    def __str__(self) -> str:
        return self.title
