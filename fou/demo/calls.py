"""Funds and calls exactly as the seeds give them (DOMAIN.md, 'The funds' and
'One year's cycle'). Figures the seeds do not give are left empty (unknown).

The real calls' rules (caps, limits, project years, closing dates and the
source of each rule) are described once, in ``fou.domain.rules.presets``;
this module adds what only the demo needs: titles, opening dates, budgets,
focus areas and follow-up dates.
"""

import datetime
from zoneinfo import ZoneInfo

from fou.calls.mapping import call_fields
from fou.domain.questions import attachment_question, project_questions
from fou.domain.rules import presets

STOCKHOLM = ZoneInfo("Europe/Stockholm")


def opens(year: int, month: int, day: int) -> datetime.datetime:
    return datetime.datetime(year, month, day, 0, 0, tzinfo=STOCKHOLM)


def closes(year: int, month: int, day: int) -> datetime.datetime:
    return datetime.datetime(year, month, day, 23, 59, 59, tzinfo=STOCKHOLM)


FUNDS = [
    {
        "code": "LUM",
        "name": "Lokala utvecklingsmedel",
        "description": "Lokala utvecklingsprojekt nära praktiken.",
        "is_trip_fund": False,
        "decision_table_heading": "Projekt",
    },
    {
        "code": "MUL",
        "name": "Medel för utveckling och lärande genom studiebesök/resor",
        "description": (
            "Studiebesök och resor till kollegor i andra städer eller länder; "
            "inte för kurser eller konferenser (2023). Hette MUST 2015."
        ),
        "is_trip_fund": True,
        "decision_table_heading": "Studiebesök till ort",
    },
    {
        "code": "PPSS",
        "name": "Pilotprojekt samverkan skola och socialtjänst och sociala insatsgrupper",
        "description": "Särskilda utvecklingsmedel med egna regler (FoU-plan 2015).",
        "is_trip_fund": False,
    },
]

S2015 = "FoU-plan 2015 (tjänsteutlåtande till socialnämnden), avsnitt Utlysning"
S2020 = "Inriktning 2020, tjänsteutlåtande 2019 (via Hässelby-Vällingby 2019-08-29)"
S2022 = "Tjänsteutlåtande 2021, avsnitt Inriktning 2022"
S2023 = "Tjänsteutlåtande 2023, avsnitt Bakgrund"
# The seeds give no report deadline; these are demo dates, labelled as such.
DEMO_REPORT_DEADLINE = "Demodata: sista dag för rapport anges inte i källorna"

FOCUS_2015 = [
    ("criterion", "Omfattar flera stadsdelsförvaltningar."),
    (
        "criterion",
        "Bidrar till arbetet för en sammanhållen stad utifrån sociala, ekonomiska och "
        "ekologiska perspektiv.",
    ),
    ("criterion", "Har en tydlig forskningsanknytning."),
    (
        "criterion",
        "Har en tydlig anknytning till resultatbaserad styrning och evidensbaserad praktik.",
    ),
]
FOCUS_2020 = [
    ("prioritised", "Att underlätta ett mer sammanhållet stöd till den enskilde"),
    ("prioritised", "Innovation"),
    ("prioritised", "Jämställdhet"),
]
FOCUS_2022_2023 = [
    ("main", "Strategiskt värde för staden som helhet"),
    ("prioritised", "Projekt med avsikt att testa förebyggande insatser och/eller tidigt stöd"),
    (
        "prioritised",
        "Projekt med syfte att i någon form stärka klientcentreringen i arbetet och organisationen",
    ),
    (
        "prioritised",
        "Projekt som i kombination med något av ovanstående har en utarbetad uppföljnings- "
        "och utvärderingsplan som syftar till att fånga effekter för klienten",
    ),
]

LUM_RULES = {
    "max_amount": 500_000,
    "max_applications_per_organisation": 2,
    "min_project_year": 1,
    "max_project_year": 3,
    "gender_equality_analysis_required": True,
}
# The gender equality analysis is asked of local development projects (2022
# decision, avsnitt Jämställdhetsanalys), not of study trips.
MUL_RULES = {
    "max_amount": 25_000,
    "max_applications_per_organisation": 2,
}


def historic_lum(year: int, source: str) -> dict:
    """A year the seeds mention only through its projects: limits from 003."""
    return {
        "fund": "LUM",
        "year": year,
        "title": f"Lokala utvecklingsmedel {year}",
        "source": source,
        "max_amount": 500_000,
        "max_project_year": 3,
        "gender_equality_analysis_required": True,
        "rule_sources": {"amount_cap": "Tjänsteutlåtande 2019-08-29, avsnitt Bakgrund"},
    }


def real(rules, *, extra_sources=None, **values) -> dict:
    """A real call: its rules from the preset, the demo's own values beside them."""
    fields = call_fields(rules)
    fields["rule_sources"] |= extra_sources or {}
    return fields | values


# The application forms, as questions. A call given none here gets its fund's
# form (fou.calls.questions.default_questions): the LUM form with the gender
# equality analysis where the call requires it (since 2018), or the study-trip
# form. 2015 had one project year, so nothing to continue, and no analysis yet.
LUM_2015_QUESTIONS = tuple(
    q
    for q in project_questions(gender_equality_analysis_required=False)
    if q.key not in {"continues", "gender_equality_analysis"}
)

CALLS = [
    {
        "fund": "LUM",
        "year": 2015,
        "title": "Lokala utvecklingsmedel 2015",
        "source": S2015,
        **real(presets.LUM_2015),
        "focus": FOCUS_2015,
        "questions": LUM_2015_QUESTIONS,
    },
    {
        "fund": "MUL",
        "year": 2015,
        "title": "Medel för MUST 2015",
        "local_fund_name": "MUST (MUtual STudy visits)",
        "source": S2015,
        **real(presets.MUST_2015),
        "joint_applications_allowed": True,
    },
    {
        "fund": "PPSS",
        "year": 2015,
        "title": "Särskilda utvecklingsmedel: PPSS och sociala insatsgrupper 2015",
        "source": "FoU-plan 2015, avsnitt Lokala utvecklingsmedel inriktade på särskilda områden",
    },
    historic_lum(2018, "Redovisning av lokala utvecklingsprojekt 2018"),
    historic_lum(2019, "Redovisning 2018: projekt som fått medel även under 2019"),
    {
        "fund": "LUM",
        "year": 2020,
        "title": "Lokala utvecklingsmedel 2020",
        "source": S2020,
        "opens_at": opens(2019, 5, 2),
        **real(presets.LUM_2020),
        "focus": FOCUS_2020,
    },
    {
        "fund": "MUL",
        "year": 2020,
        "title": "Studieresor 2020",
        "source": S2020,
        "opens_at": opens(2019, 5, 2),
        **real(presets.MUL_2020),
        "focus": FOCUS_2020,
    },
    historic_lum(2021, "Redovisning 2020: projekt beviljade medel för fortsatt utveckling 2021"),
    {
        "fund": "LUM",
        "year": 2022,
        "title": "Lokala utvecklingsmedel 2022",
        "source": S2022,
        "opens_at": opens(2021, 5, 5),
        "repayment_notice_deadline": datetime.date(2022, 6, 7),
        "report_deadline": datetime.date(2023, 2, 28),
        **real(presets.LUM_2022, extra_sources={"report_deadline": DEMO_REPORT_DEADLINE}),
        "focus": FOCUS_2022_2023,
    },
    {
        "fund": "MUL",
        "year": 2022,
        "title": "Medel för utveckling och lärande genom studieresor 2022",
        "source": S2022,
        "opens_at": opens(2021, 5, 5),
        "repayment_notice_deadline": datetime.date(2022, 6, 7),
        "report_deadline": datetime.date(2023, 2, 28),
        **real(presets.MUL_2022, extra_sources={"report_deadline": DEMO_REPORT_DEADLINE}),
        "focus": FOCUS_2022_2023,
    },
    {
        "fund": "LUM",
        "year": 2023,
        "title": "Lokala utvecklingsmedel 2023",
        "source": S2023,
        "opens_at": opens(2022, 5, 2),
        "budget": 3_850_000,
        "repayment_notice_deadline": datetime.date(2023, 5, 31),
        "report_deadline": datetime.date(2024, 2, 29),
        **real(
            presets.LUM_2023,
            extra_sources={
                "report_deadline": DEMO_REPORT_DEADLINE,
                "continuation_cut": "Tjänsteutlåtande 2023, avsnitt Ärendet",
            },
        ),
        "continuation_cut_percent": 20,
        "focus": FOCUS_2022_2023,
    },
    {
        "fund": "MUL",
        "year": 2023,
        "title": "Medel för utveckling och lärande genom studiebesök/resor 2023",
        "source": S2023,
        "opens_at": opens(2022, 5, 2),
        "budget": 188_500,
        "repayment_notice_deadline": datetime.date(2023, 5, 31),
        "report_deadline": datetime.date(2024, 2, 29),
        **real(presets.MUL_2023, extra_sources={"report_deadline": DEMO_REPORT_DEADLINE}),
        "focus": FOCUS_2022_2023,
    },
]

# An open call to try the application pages on. It is an exercise, not a
# decision of the committee, and says so in its title.
EXERCISE_CALLS = [
    {
        "fund": fund,
        "year": 2027,
        "title": f"Övningsutlysning {code} 2027 (demo, inte ett verkligt beslut)",
        "source": "Demodata: 2023 års regler, för att prova systemet",
        "opens_at": opens(2026, 9, 1),
        "closes_at": closes(2027, 3, 31),
        **rules,
        "focus": FOCUS_2022_2023,
        "questions": questions,
    }
    for fund, code, rules, questions in [
        (
            "LUM",
            "LUM",
            {
                **LUM_RULES,
                "workshop_required": True,
                "approved_report_required": True,
                "continuation_cut_percent": 20,
            },
            (
                *project_questions(gender_equality_analysis_required=True),
                attachment_question("Projektplan"),
            ),
        ),
        (
            "MUL",
            "MUL",
            {
                **MUL_RULES,
                "approved_report_required": True,
                "warn_for_courses_and_conferences": True,
            },
            None,
        ),
    ]
]
