from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from fou.calls.models import Call, FocusArea, Fund, Question
from fou.calls.questions import questions_copy, questions_create_default
from fou.core.admin_versioning import VersionedAdmin
from fou.core.history_admin import ReadableHistoryAdmin


class FocusAreaInline(admin.TabularInline):
    model = FocusArea
    extra = 0


class QuestionInline(admin.StackedInline):
    """The application form of the call, question by question, in the order of ``position``."""

    model = Question
    extra = 0
    fields = (
        ("position", "key", "kind", "required"),
        "label",
        "help_text",
        ("max_length", "allowed_types"),
        "choices",
    )
    formfield_overrides = {
        Question._meta.get_field("choices").__class__: {"widget": forms.Textarea(attrs={"rows": 3})}
    }
    verbose_name = _("fråga")
    verbose_name_plural = _("Ansökans frågor (i den ordning de visas)")


class CallAdminForm(forms.ModelForm):
    copy_questions_from = forms.ModelChoiceField(
        queryset=Call.objects.select_related("fund").order_by("fund__code", "-year"),
        required=False,
        label=_("Kopiera frågorna från"),
        help_text=_(
            "En tidigare utlysning i samma fond vars frågor den nya utlysningen börjar med. "
            "Används om inga frågor skrivs nedan; utan någondera får utlysningen "
            "standardformuläret för fonden."
        ),
    )

    def clean(self):
        cleaned = super().clean()
        source, fund = cleaned.get("copy_questions_from"), cleaned.get("fund")
        if source is not None and fund is not None and source.fund_id != fund.pk:
            self.add_error(
                "copy_questions_from",
                _("Välj en utlysning i samma fond (%(fund)s).") % {"fund": fund.code},
            )
        return cleaned


@admin.register(Fund)
class FundAdmin(ReadableHistoryAdmin):
    list_display = ("code", "name", "reference_prefix", "is_trip_fund", "requires_report")


@admin.register(Call)
class CallAdmin(VersionedAdmin, ReadableHistoryAdmin):
    form = CallAdminForm
    # Required attachments are attachment questions now (the rules page still
    # lists extra ones as plain lines); no JSON to type here.
    exclude = ("required_attachments",)
    list_display = ("__str__", "year", "opens_at", "closes_at", "max_amount", "budget")
    list_filter = ("fund", "year")
    inlines = [QuestionInline, FocusAreaInline]
    filter_horizontal = ("eligible_kinds",)

    def get_fields(self, request, obj=None):
        fields = list(super().get_fields(request, obj))
        if obj is not None:
            # Copying starts a new call; an existing call's questions are edited below.
            fields.remove("copy_questions_from")
        return fields

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if change:
            return
        call = form.instance
        source = form.cleaned_data.get("copy_questions_from")
        if source is not None:
            questions_copy(source=source, target=call)
        questions_create_default(call=call)
