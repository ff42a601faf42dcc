"""The questions every fund's reports start with (DOMAIN.md, follow-up and
issue 13); the grants office changes or replaces them in the admin."""

from django.db import migrations

FINAL = [
    ("results", "Resultat jämfört med projektplanen", "Vad blev gjort och uppnått, och vad blev annorlunda än planerat?"),
    ("client_effects", "Effekter för klienterna", "Vilka effekter för klienterna har ni sett, och hur har ni följt upp dem?"),
    ("gender_equality", "Utfall för jämställdheten", "Hur har projektet påverkat kvinnor och män, flickor och pojkar?"),
    ("continues", "Vad fortsätter i ordinarie verksamhet", "Vilka delar lever vidare, och hur finansieras de?"),
    ("research_supervisor", "Forskarhandledarens del", "Hur har forskarhandledaren stöttat projektet?"),
]
TRAVEL = [
    ("learnt", "Vad ni lärde er", "Vilka verksamheter besökte ni och vad tar ni med er?"),
    ("spread", "Hur kunskapen sprids i organisationen", "Till vilka, hur och när?"),
]


def create(apps, schema_editor):
    question = apps.get_model("followup", "ReportQuestion")
    for order, (key, text, hint) in enumerate(FINAL, start=1):
        question.objects.get_or_create(
            kind="final", fund=None, key=key,
            defaults={"question": text, "help_text": hint, "order": order},
        )
    question.objects.get_or_create(
        kind="final", fund=None, key="report_file",
        defaults={
            "question": "Slutrapporten som fil",
            "help_text": "PDF, DOCX eller ODT. Filen kontrolleras till innehållet.",
            "answer_type": "file",
            "order": len(FINAL) + 1,
        },
    )
    for order, (key, text, hint) in enumerate(TRAVEL, start=1):
        question.objects.get_or_create(
            kind="travel", fund=None, key=key,
            defaults={"question": text, "help_text": hint, "order": order},
        )


class Migration(migrations.Migration):
    dependencies = [("followup", "0001_initial")]
    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
