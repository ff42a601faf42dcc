"""The applicant's pages: start, write, attach, check and submit."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from fou.accounts.permissions import refuse
from fou.applications import session_input
from fou.applications.eligibility import refresh_rule_results
from fou.applications.forms import ApplicationForm, AttachmentForm
from fou.applications.models import Attachment
from fou.applications.ports import is_assigned
from fou.applications.selectors import (
    application_for_reading,
    empty_drafts,
    granted_projects_by_year,
    invitable_organisations,
    user_is_lead_member,
    user_may_delete_draft,
    user_may_edit,
    workshop_notice,
)
from fou.applications.services import (
    SubmissionRefused,
    application_create,
    application_delete_draft,
    application_save_draft,
    application_submit,
    attachment_add,
    attachment_remove,
    co_applicant_add,
)
from fou.calls.models import Call
from fou.calls.selectors import call_is_open, kind_refusal
from fou.core.i18n import translated
from fou.core.params import whole_number
from fou.core.versioning import EditConflict, edit_token_from, new_edit_token, version_from
from fou.domain.files import FileRefused
from fou.domain.rules.text import format_moment
from fou.jobs.selectors import receipt_address
from fou.organisations.models import Organisation


@login_required
def detail(request, pk):
    application = application_for_reading(user=request.user, pk=pk)
    if request.user.is_officer:
        return redirect("applications:officer_detail", pk=pk)
    context = {
        "application": application,
        "answers": ApplicationForm(instance=application),
        "reviewing": request.user.is_council_member
        and is_assigned(user=request.user, application=application),
        "may_edit": user_may_edit(user=request.user, application=application),
        "may_delete": user_may_delete_draft(user=request.user, application=application),
        "audit": None,
    }
    return render(request, "applications/detail.html", context)


@login_required
def start(request, call_pk):
    call = get_object_or_404(Call, pk=call_pk)
    if not request.user.is_applicant:
        refuse(request.user, "starta ansökan")
    organisations = list(request.user.organisations.prefetch_related("names"))
    drafts = empty_drafts(call=call, organisations=organisations)
    if request.method == "POST":
        chosen = next(
            (o for o in organisations if str(o.pk) == request.POST.get("organisation")), None
        )
        if chosen is None:
            messages.error(request, _("Välj vilken organisation ansökan gäller."))
        elif not call_is_open(call):
            messages.error(request, _not_open_message(call))
        elif chosen.pk in drafts:
            messages.info(
                request, _("Organisationen har redan ett tomt utkast i utlysningen: fortsätt här.")
            )
            return redirect("applications:edit", pk=drafts[chosen.pk].pk)
        elif refusal := kind_refusal(call=call, organisation=chosen):
            messages.error(request, refusal)
        else:
            application = application_create(call=call, organisation=chosen, user=request.user)
            return redirect("applications:edit", pk=application.pk)
    for organisation in organisations:
        organisation.empty_draft = drafts.get(organisation.pk)
        organisation.kind_refusal = kind_refusal(call=call, organisation=organisation)
    context = {
        "call": call,
        "organisations": organisations,
        "workshop": workshop_notice(call=call, user=request.user),
    }
    return render(request, "applications/start.html", context)


def _not_open_message(call) -> str:
    now = timezone.now()
    if call.opens_at and now < call.opens_at:
        return _("Utlysningen är inte öppen än; den öppnar {opens}.").format(
            opens=translated(format_moment(call.opens_at))
        )
    if call.closes_at and call.closes_at < now:
        return _("Utlysningen stängde {closed}; en ny ansökan kan inte startas.").format(
            closed=translated(format_moment(call.closes_at))
        )
    return _("Utlysningen är inte öppen för ansökningar; datumen är inte bestämda än.")


def _editable(request, pk):
    application = application_for_reading(user=request.user, pk=pk)
    if not user_may_edit(user=request.user, application=application):
        refuse(request.user, f"ändra ansökan {pk}")
    return application


def _keep_typed_input(request, pk, template="applications/input_not_kept.html"):
    """Keep a logged-out POST for after the log-in; a refusal as a response."""
    try:
        session_input.keep(request, pk)
    except session_input.NotKept as refused:
        context = {"not_kept": refused.message, "pk": pk}
        return render(request, template, context, status=refused.status)
    return None


def edit(request, pk):
    if not request.user.is_authenticated:
        if request.method == "POST" and (refused := _keep_typed_input(request, pk)):
            return refused
        return redirect_to_login(reverse("applications:edit", args=[pk]))
    application = _editable(request, pk)
    restored = session_input.take(request, pk) if request.method == "GET" else None
    data = request.POST if request.method == "POST" else restored
    form = ApplicationForm(data, instance=application)
    conflict = None
    if restored is not None:
        messages.warning(
            request,
            _(
                "Du loggades ut medan du skrev. Det du skrev är återställt nedan men inte sparat: "
                "kontrollera och spara."
            ),
        )
        form.is_valid()
    if request.method == "POST":
        try:
            application = application_save_draft(
                form=form,
                user=request.user,
                expected_version=version_from(request.POST),
                edit_token=edit_token_from(request.POST),
            )
        except EditConflict as error:
            conflict = error
        else:
            if form.errors:
                messages.warning(
                    request, _("Utkastet är sparat, utom de fält som är markerade med fel.")
                )
            elif "check" in request.POST:
                return redirect("applications:check", pk=pk)
            else:
                messages.success(request, _("Utkastet är sparat."))
                return redirect("applications:edit", pk=pk)
    return render(
        request,
        "applications/edit.html",
        _edit_context(request, application, form, conflict),
        status=409 if conflict else 200,
    )


def _edit_context(request, application, form, conflict):
    is_lead_member = user_is_lead_member(user=request.user, application=application)
    may_invite = is_lead_member and application.call.joint_applications_allowed
    return {
        "application": application,
        "form": form,
        "conflict": conflict,
        "version": conflict.current.version if conflict else application.version,
        # A new page load gets a new token; a page shown again after a post
        # keeps its own, so its earlier autosaves stay its own.
        "edit_token": edit_token_from(request.POST) or new_edit_token(),
        "attachment_form": AttachmentForm(
            call=application.call,
            uploaded_kinds=application.attachments.values_list("kind", flat=True),
        ),
        "is_lead_member": is_lead_member,
        "may_delete": user_may_delete_draft(user=request.user, application=application),
        # Every organisation of the city: read only when the select is shown.
        "invitable": invitable_organisations(application=application) if may_invite else (),
        "results": application.rule_results,
    }


@require_POST
def autosave(request, pk):
    """Called by htmx every few seconds and when the page is left."""
    if not request.user.is_authenticated:
        status_template = "applications/_autosave_status.html"
        if refused := _keep_typed_input(request, pk, status_template):
            return refused
        return render(request, status_template, {"logged_out": True, "pk": pk})
    application = _editable(request, pk)
    form = ApplicationForm(request.POST, instance=application)
    try:
        application = application_save_draft(
            form=form,
            user=request.user,
            expected_version=version_from(request.POST),
            edit_token=edit_token_from(request.POST),
            reason="Autosparat",
        )
    except EditConflict as conflict:
        return render(request, "applications/_autosave_status.html", {"conflict": conflict})
    context = {"application": application, "form": form, "saved": True}
    return render(request, "applications/_autosave_status.html", context)


def _save_typed_draft(request, application):
    """Every button on the draft page posts the whole form: what was typed is
    saved before the upload, removal or invitation it asked for."""
    form = ApplicationForm(request.POST, instance=application)
    try:
        saved = application_save_draft(
            form=form,
            user=request.user,
            expected_version=version_from(request.POST),
            edit_token=edit_token_from(request.POST),
        )
    except EditConflict as conflict:
        return None, render(
            request,
            "applications/edit.html",
            _edit_context(request, application, form, conflict),
            status=409,
        )
    if form.errors:
        messages.error(
            request, _("Rätta de markerade fälten först. Det som var rätt ifyllt är sparat.")
        )
        context = _edit_context(request, saved, form, None)
        return None, render(request, "applications/edit.html", context, status=400)
    return saved, None


def _back_to(pk, anchor: str):
    return redirect(reverse("applications:edit", args=[pk]) + anchor)


@login_required
@require_POST
def attachment_upload(request, pk):
    application, refused = _save_typed_draft(request, _editable(request, pk))
    if refused:
        return refused
    form = AttachmentForm(
        request.POST,
        request.FILES,
        call=application.call,
        uploaded_kinds=application.attachments.values_list("kind", flat=True),
    )
    if form.is_valid():
        try:
            attachment_add(
                application=application,
                user=request.user,
                kind=form.cleaned_data["kind"],
                upload=form.cleaned_data["file"],
                allowed_types=form.allowed_types,
            )
        except FileRefused as error:
            form.add_error("file", translated(error))
        else:
            messages.success(request, _("Utkastet är sparat och bilagan är uppladdad."))
            return _back_to(pk, "#bilagor")
    context = _edit_context(request, application, ApplicationForm(instance=application), None)
    context["attachment_form"] = form
    return render(request, "applications/edit.html", context, status=400)


@login_required
@require_POST
def attachment_delete(request, pk, attachment_pk):
    application, refused = _save_typed_draft(request, _editable(request, pk))
    if refused:
        return refused
    attachment = get_object_or_404(Attachment, pk=attachment_pk, application=application)
    attachment_remove(attachment=attachment, user=request.user)
    messages.success(
        request,
        _("Bilagan {original_name} är borttagen.").format(original_name=attachment.original_name),
    )
    return _back_to(pk, "#bilagor")


@login_required
def attachment_download(request, pk, attachment_pk):
    application = application_for_reading(user=request.user, pk=pk)
    attachment = get_object_or_404(Attachment, pk=attachment_pk, application=application)
    if not attachment.file:
        raise Http404(_("Filen saknas."))
    return FileResponse(
        attachment.file.open("rb"), as_attachment=True, filename=attachment.original_name
    )


@login_required
@require_POST
def co_applicant_invite(request, pk):
    application, refused = _save_typed_draft(request, _editable(request, pk))
    if refused:
        return refused
    chosen = whole_number(request.POST.get("organisation"))
    invitable = dict(invitable_organisations(application=application))
    organisation = Organisation.objects.get(pk=chosen) if chosen in invitable else None
    if organisation is None:
        messages.error(request, _("Välj en organisation att bjuda in."))
    else:
        try:
            co_applicant_add(application=application, organisation=organisation, user=request.user)
        except ValueError as error:
            messages.error(request, translated(error))
        else:
            messages.success(
                request,
                _("{current_name} är medsökande och kan nu se utkastet.").format(
                    current_name=organisation.current_name
                ),
            )
    return _back_to(pk, "#medsokande")


@login_required
def check_answers(request, pk):
    application = _editable(request, pk)
    refused = None
    if request.method == "POST":
        try:
            application = application_submit(application=application, user=request.user)
        except SubmissionRefused as error:
            refused = error
        else:
            # Nothing is written after the submission's commit (the receipt
            # page finds the receipt's job), so a database that goes away
            # now cannot make a submitted application look failed.
            return redirect("applications:receipt", pk=pk)
    results = refresh_rule_results(application)
    context = {
        "application": application,
        "results": results,
        "refused": refused,
        "failing": [r for r in results if r.outcome == "fail"],
        "is_lead_member": user_is_lead_member(user=request.user, application=application),
        "form": ApplicationForm(instance=application),
    }
    return render(request, "applications/check.html", context, status=400 if refused else 200)


@login_required
def draft_delete(request, pk):
    """Asks first; deletes on POST. Refused once the draft has been submitted."""
    application = application_for_reading(user=request.user, pk=pk)
    if not user_may_delete_draft(user=request.user, application=application):
        refuse(request.user, f"ta bort ansökan {pk}")
    if request.method == "POST":
        application_delete_draft(application=application, user=request.user)
        messages.success(
            request, _("Utkastet ”{title}” är borttaget.").format(title=application.title)
        )
        return redirect("site:dashboard")
    return render(request, "applications/draft_delete.html", {"application": application})


@login_required
def receipt(request, pk):
    application = application_for_reading(user=request.user, pk=pk)
    if not application.reference:
        raise Http404(_("Ansökan är inte inskickad."))
    context = {
        "application": application,
        "mailed_to": receipt_address(application=application, user=request.user),
    }
    return render(request, "applications/receipt.html", context)


def archive(request):
    return render(request, "applications/archive.html", {"years": granted_projects_by_year()})
