"""The real calls' rules, with figures exactly as the committee's documents give them.

For tests and demo data. Where the documents are silent the rule is left out
(``None`` or ``False``) rather than guessed: no call dates or per-organisation
limit in 2015, no required attachments in any year.
"""

from datetime import datetime

from fou.domain.rules.model import CallRules, RuleCode
from fou.domain.rules.text import STOCKHOLM

FOU_PLAN_2015 = "FoU-plan 2015"
HASSELBY_2020 = "Tjänsteutlåtande 2020 (Hässelby-Vällingby)"
DECISION_2022 = "Tjänsteutlåtande 2022"
DECISION_2023 = "Tjänsteutlåtande 2023"

PROJECT_FIELDS = ("title", "purpose", "amount_asked", "project_year")
TRIP_FIELDS = ("title", "destination", "purpose", "amount_asked")
# Asked for in applications "sedan 2018", for local development projects.
GENDER_EQUALITY_SOURCE = f"{DECISION_2022}, avsnitt Jämställdhetsanalys"


def _call(*, fund: str, year: int, sources=None, **settings) -> CallRules:
    # What a form must contain comes from the call itself, not the decisions.
    form = f"Utlysningen {fund} {year}"
    form_sources = {RuleCode.REQUIRED_FIELD: form, RuleCode.REQUIRED_ATTACHMENT: form}
    return CallRules(fund=fund, year=year, sources=form_sources | (sources or {}), **settings)


def _last_day(year: int, month: int, day: int) -> datetime:
    """A call open "till och med" a date closes at the end of that day in Stockholm."""
    return datetime(year, month, day, 23, 59, 59, tzinfo=STOCKHOLM)


LUM_2015 = _call(
    fund="LUM",
    year=2015,
    max_amount=750_000,
    closes_at=None,
    min_project_year=1,
    max_project_year=1,
    required_fields=PROJECT_FIELDS,
    default_source=f"{FOU_PLAN_2015}, avsnitt Utlysning av lokala utvecklingsmedel",
)

MUST_2015 = _call(
    fund="MUST",
    year=2015,
    max_amount=25_000,
    closes_at=None,
    required_fields=TRIP_FIELDS,
    default_source=f"{FOU_PLAN_2015}, avsnitt Medel för MUST",
)

LUM_2020 = _call(
    fund="LUM",
    year=2020,
    max_amount=500_000,
    closes_at=_last_day(2019, 9, 20),
    max_applications_per_organisation=2,
    min_project_year=1,
    max_project_year=3,
    required_fields=PROJECT_FIELDS,
    gender_equality_analysis_required=True,
    sources={
        RuleCode.APPLICATIONS_PER_ORGANISATION: f"{HASSELBY_2020}, avsnitt Ärendet",
        RuleCode.DEADLINE: f"{HASSELBY_2020}, avsnitt Ärendet",
        RuleCode.GENDER_EQUALITY_ANALYSIS: GENDER_EQUALITY_SOURCE,
    },
    default_source=f"{HASSELBY_2020}, avsnitt Bakgrund",
)

MUL_2020 = _call(
    fund="MUL",
    year=2020,
    max_amount=25_000,
    max_amount_per_organisation=True,
    closes_at=_last_day(2019, 9, 20),
    max_applications_per_organisation=2,
    required_fields=TRIP_FIELDS,
    sources={
        RuleCode.APPLICATIONS_PER_ORGANISATION: f"{HASSELBY_2020}, avsnitt Ärendet",
        RuleCode.DEADLINE: f"{HASSELBY_2020}, avsnitt Ärendet",
    },
    default_source=f"{HASSELBY_2020}, avsnitt Bakgrund",
)

LUM_2022 = _call(
    fund="LUM",
    year=2022,
    max_amount=500_000,
    closes_at=_last_day(2021, 9, 10),
    max_applications_per_organisation=2,
    min_project_year=1,
    max_project_year=3,
    required_fields=PROJECT_FIELDS,
    gender_equality_analysis_required=True,
    sources={
        RuleCode.DEADLINE: f"{DECISION_2022}, avsnitt Utlysning och beslut om lokala "
        "utvecklingsmedel",
        RuleCode.GENDER_EQUALITY_ANALYSIS: GENDER_EQUALITY_SOURCE,
    },
    default_source=f"{DECISION_2022}, avsnitt Finansiering lokala utvecklingsprojekt",
)

MUL_2022 = _call(
    fund="MUL",
    year=2022,
    max_amount=25_000,
    closes_at=_last_day(2021, 9, 10),
    max_applications_per_organisation=2,
    required_fields=TRIP_FIELDS,
    sources={
        RuleCode.APPLICATIONS_PER_ORGANISATION: f"{DECISION_2022}, avsnitt Finansiering "
        "lokala utvecklingsprojekt",
        RuleCode.DEADLINE: f"{DECISION_2022}, avsnitt Utlysning och beslut om lokala "
        "utvecklingsmedel",
    },
    default_source=f"{DECISION_2022}, avsnitt Medel för studieresor",
)

LUM_2023 = _call(
    fund="LUM",
    year=2023,
    max_amount=500_000,
    closes_at=_last_day(2022, 8, 30),
    max_applications_per_organisation=2,
    min_project_year=1,
    max_project_year=3,
    required_fields=PROJECT_FIELDS,
    gender_equality_analysis_required=True,
    workshop_required=True,
    workshop_name="den obligatoriska workshoppen med forskarhandledaren",
    approved_report_required=True,
    sources={
        RuleCode.APPLICATIONS_PER_ORGANISATION: f"{DECISION_2023}, avsnitt Ärendet",
        RuleCode.DEADLINE: f"{DECISION_2023}, avsnitt Ärendet",
        RuleCode.GENDER_EQUALITY_ANALYSIS: GENDER_EQUALITY_SOURCE,
    },
    default_source=f"{DECISION_2023}, avsnitt Bakgrund",
)

MUL_2023 = _call(
    fund="MUL",
    year=2023,
    max_amount=25_000,
    closes_at=_last_day(2022, 8, 30),
    # The 2023 decision states the limit for projects only; two trips per
    # organisation is the rule the 2022 decision gives and 2023 kept.
    max_applications_per_organisation=2,
    required_fields=TRIP_FIELDS,
    approved_report_required=True,
    warn_for_courses_and_conferences=True,
    sources={
        RuleCode.APPLICATIONS_PER_ORGANISATION: f"{DECISION_2022}, avsnitt Finansiering "
        "lokala utvecklingsprojekt",
        RuleCode.DEADLINE: f"{DECISION_2023}, avsnitt Ärendet",
    },
    default_source=f"{DECISION_2023}, avsnitt Bakgrund",
)

PRESETS = {
    (rules.fund, rules.year): rules
    for rules in (LUM_2015, MUST_2015, LUM_2020, MUL_2020, LUM_2022, MUL_2022, LUM_2023, MUL_2023)
}
