"""Every existing call gets the form it had in code as questions, and its
required attachments (a list typed as JSON) become attachment questions."""

from django.db import migrations

from fou.domain.questions import attachment_question, project_questions, trip_questions


def forwards(apps, schema_editor):
    Call = apps.get_model("calls", "Call")
    Question = apps.get_model("calls", "Question")
    for call in Call.objects.select_related("fund"):
        if Question.objects.filter(call=call).exists():
            continue
        if call.fund.is_trip_fund:
            specs = trip_questions()
        else:
            specs = project_questions(
                gender_equality_analysis_required=call.gender_equality_analysis_required
            )
        specs += tuple(attachment_question(kind) for kind in call.required_attachments or ())
        Question.objects.bulk_create(
            Question(
                call=call,
                position=(position + 1) * 10,
                key=spec.key,
                label=spec.label,
                help_text=spec.help_text,
                kind=spec.kind.value,
                required=spec.required,
            )
            for position, spec in enumerate(specs)
        )
        call.required_attachments = []
        call.save(update_fields=["required_attachments"])


def backwards(apps, schema_editor):
    Question = apps.get_model("calls", "Question")
    Call = apps.get_model("calls", "Call")
    for call in Call.objects.all():
        kinds = list(
            Question.objects.filter(call=call, kind="attachment", required=True)
            .order_by("position")
            .values_list("label", flat=True)
        )
        if kinds:
            call.required_attachments = kinds
            call.save(update_fields=["required_attachments"])
    Question.objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("calls", "0006_question")]
    operations = [migrations.RunPython(forwards, backwards)]
