"""Writes to applications: each one transaction, each one recorded."""

from pathlib import Path

from django.core.files.base import ContentFile
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from fou.accounts.permissions import refuse, require_officer
from fou.applications.eligibility import refresh_call_rule_results, refresh_rule_results
from fou.applications.models import (
    Application,
    ApplicationOrganisation,
    Attachment,
    Status,
    WarningAcceptance,
    WorkshopAttendance,
)
from fou.applications.references import next_reference
from fou.applications.selectors import (
    UNTITLED,
    user_is_lead_member,
    user_may_delete_draft,
    user_may_edit,
)
from fou.calls.models import Call
from fou.calls.selectors import kind_refusal
from fou.core.site import mail_signature
from fou.core.versioning import save_audited, save_versioned
from fou.domain.files import MAX_ATTACHMENT_BYTES, FileRefused, identify
from fou.domain.questions import types_phrase
from fou.domain.rules import Outcome
from fou.domain.rules.text import format_moment
from fou.jobs.services import job_enqueue
from fou.organisations.selectors import organisation_name_on


class SubmissionRefused(Exception):
    def __init__(self, message: str, results=()):
        super().__init__(message)
        self.message = message
        self.results = list(results)


def _name_then(organisation, call) -> str:
    day = (call.opens_at or timezone.now()).date()
    return organisation_name_on(organisation=organisation, day=day) or organisation.current_name


@transaction.atomic
def application_create(*, call, organisation, user, title: str = "") -> Application:
    if not (user.is_applicant and user.belongs_to(organisation)):
        refuse(user, f"skapa ansökan för {organisation}")
    refusal = kind_refusal(call=call, organisation=organisation)
    if refusal:
        raise ValueError(refusal)
    application = Application(call=call, title=title or UNTITLED, created_by=user)
    save_audited(instance=application, user=user, reason="Utkast skapat")
    participant = ApplicationOrganisation(
        application=application,
        organisation=organisation,
        organisation_name=_name_then(organisation, call),
        is_lead=True,
    )
    save_audited(instance=participant, user=user, reason="Huvudsökande")
    refresh_rule_results(application)
    return application


@transaction.atomic
def application_delete_draft(*, application, user) -> None:
    """The owner deletes a draft that was never submitted; once submitted an
    application is kept (fou.core.archive). The uploaded files go too."""
    if not user_may_delete_draft(user=user, application=application):
        refuse(user, f"ta bort ansökan {application.pk}")
    files = [a.file for a in application.attachments.all() if a.file]
    application._history_user = user
    application._change_reason = "Utkast borttaget av sökande"
    application.delete()
    for file in files:
        transaction.on_commit(lambda f=file: f.storage.delete(f.name))


@transaction.atomic
def application_save_draft(
    *, form, user, expected_version: int, reason: str = "", edit_token: str = ""
) -> Application:
    """Save what is valid in an edited draft; the fields with errors keep their
    saved value (the form still shows what was typed). Refused unless the
    user's organisation takes part."""
    form.is_valid()
    application = form.instance
    if not user_may_edit(user=user, application=application):
        refuse(user, f"ändra ansökan {application.pk}")
    save_versioned(
        instance=application,
        expected_version=expected_version,
        user=user,
        reason=reason,
        edit_token=edit_token,
    )
    if "focus_areas" in form.cleaned_data:
        application.focus_areas.set(form.cleaned_data["focus_areas"])
    refresh_rule_results(application)
    return application


@transaction.atomic
def attachment_add(*, application, user, kind: str, upload, allowed_types=()) -> Attachment:
    """Store an upload after checking what it really is (not what it is called)
    and, where the attachment question names types, that it is one of them."""
    if not user_may_edit(user=user, application=application):
        refuse(user, f"ladda upp bilaga till ansökan {application.pk}")
    if upload.size > MAX_ATTACHMENT_BYTES:
        raise FileRefused(
            _("Filen är {megabytes:.1f} MB. En bilaga får vara högst 20 MB.").format(
                megabytes=upload.size / 1024 / 1024
            )
        )
    data = upload.read()
    found = identify(data, name=upload.name)
    if allowed_types and f".{found.extension}" not in allowed_types:
        raise FileRefused(
            _("{kind} ska vara en fil av typen {types}; den uppladdade filen är {found}.").format(
                kind=kind, types=types_phrase(allowed_types), found=found.extension.upper()
            )
        )
    stem = Path(upload.name).stem or "bilaga"
    attachment = Attachment(
        application=application,
        kind=kind,
        original_name=f"{stem}.{found.extension}",
        content_type=found.content_type,
        size=len(data),
        uploaded_by=user,
    )
    attachment.file.save(f"{stem}.{found.extension}", ContentFile(data), save=False)
    save_audited(instance=attachment, user=user, reason=f"Bilaga uppladdad: {kind}")
    refresh_rule_results(application)
    return attachment


@transaction.atomic
def attachment_remove(*, attachment, user) -> None:
    application = attachment.application
    if not user_may_edit(user=user, application=application):
        refuse(user, f"ta bort bilaga från ansökan {application.pk}")
    attachment._history_user = user
    attachment._change_reason = "Bilaga borttagen"
    attachment.delete()
    refresh_rule_results(application)


@transaction.atomic
def co_applicant_add(*, application, organisation, user) -> ApplicationOrganisation:
    if not user_is_lead_member(user=user, application=application):
        refuse(user, f"bjuda in medsökande till ansökan {application.pk}")
    if not application.call.joint_applications_allowed:
        raise ValueError(_("Utlysningen tillåter inte gemensamma ansökningar."))
    if application.participants.filter(organisation=organisation).exists():
        raise ValueError(
            _("{current_name} är redan med i ansökan.").format(
                current_name=organisation.current_name
            )
        )
    refusal = kind_refusal(call=application.call, organisation=organisation)
    if refusal:
        raise ValueError(refusal)
    participant = ApplicationOrganisation(
        application=application,
        organisation=organisation,
        organisation_name=_name_then(organisation, application.call),
        is_lead=False,
    )
    save_audited(instance=participant, user=user, reason="Medsökande inbjuden")
    return participant


@transaction.atomic
def application_submit(*, application, user, now=None) -> Application:
    """Submit a draft: the lead organisation only, before the deadline, with no
    failing rule. Gives the application its reference number and sends a receipt."""
    now = now or timezone.now()
    if not user_is_lead_member(user=user, application=application):
        refuse(user, f"skicka in ansökan {application.pk}")
    # The call is locked first: its limits (applications per organisation)
    # count the other submissions, so two submissions of one call must not
    # count at the same time and both pass.
    Call.objects.select_for_update().filter(pk=application.call_id).first()
    application = Application.objects.select_for_update().get(pk=application.pk)
    if application.status != Status.DRAFT:
        raise SubmissionRefused(_("Ansökan är redan inskickad."))
    results = refresh_rule_results(application, now=now)
    failing = [r for r in results if r.outcome == Outcome.FAIL]
    if failing:
        raise SubmissionRefused(
            _("Ansökan kan inte skickas in förrän det som är markerat är rättat."), failing
        )
    application.status = Status.SUBMITTED
    application.submitted_at = now
    application.officer_message = ""
    if not application.reference:
        application.reference = next_reference(
            prefix=application.call.fund.reference_prefix, year=application.call.year
        )
    application.version += 1
    save_audited(instance=application, user=user, reason="Inskickad")
    _queue_receipt(application, user)
    return application


def _queue_receipt(application, user) -> None:
    """The receipt goes on the task queue in the submission's transaction: the
    request never waits on the mail server, and a failed send is retried and
    shown to the grants office (fou.jobs)."""
    if not user.email:
        return
    url = reverse("applications:receipt", args=[application.pk])
    job_enqueue(
        kind="email",
        label=f"Kvitto {application.reference} till {user.email}",
        user=user,
        application=application,
        payload={
            "subject": f"Kvitto: {application.reference} har kommit in",
            "to": [user.email],
            "message": (
                f"Hej {user.display_name}!\n\n"
                f"Vi har tagit emot ansökan {application.reference}, "
                f'"{application.title}", till {application.call.title}.\n'
                f"Inskickad {format_moment(application.submitted_at)}.\n\n"
                f"Kvittot finns på {url}\n\n{mail_signature()}"
            ),
        },
    )


def _officer_transition(*, application, user, to_status, reason: str, allowed_from, **changes):
    require_officer(user, f"ändra status för ansökan {application.pk}")
    if application.status not in allowed_from:
        raise ValueError(
            _("Ansökan har status {status} och kan inte ändras så.").format(
                status=application.get_status_display().lower()
            )
        )
    expected = application.version
    application.status = to_status
    for field, value in changes.items():
        setattr(application, field, value)
    save_versioned(instance=application, expected_version=expected, user=user, reason=reason)
    return application


SUBMITTED_OR_CHECKED = {Status.SUBMITTED, Status.UNDER_REVIEW}


def _required(
    text: str, message: str = _("Skriv en motivering; den sparas i ändringsloggen.")
) -> str:
    if not text or not text.strip():
        raise ValueError(message)
    return text.strip()


def application_withdraw(*, application, user, reason: str):
    return _officer_transition(
        application=application,
        user=user,
        to_status=Status.WITHDRAWN,
        reason=_required(reason),
        allowed_from={Status.DRAFT, *SUBMITTED_OR_CHECKED},
    )


def application_return(*, application, user, message: str):
    """Back to the applicant as a draft, with the officer's message."""
    message = _required(message, _("Skriv ett meddelande till den sökande."))
    return _officer_transition(
        application=application,
        user=user,
        to_status=Status.DRAFT,
        reason=f"Returnerad till sökande: {message}",
        allowed_from=SUBMITTED_OR_CHECKED,
        officer_message=message,
    )


def application_mark_checked(*, application, user, reason: str = "Kontrollerad"):
    return _officer_transition(
        application=application,
        user=user,
        to_status=Status.UNDER_REVIEW,
        reason=reason,
        allowed_from={Status.SUBMITTED},
    )


def application_reopen(*, application, user, until, reason: str):
    """Let one application be submitted after the call closed."""
    return _officer_transition(
        application=application,
        user=user,
        to_status=Status.DRAFT,
        reason=f"Öppnad igen till {format_moment(until)}: {_required(reason)}",
        allowed_from={Status.DRAFT, *SUBMITTED_OR_CHECKED},
        deadline_extended_to=until,
    )


@transaction.atomic
def warning_accept(*, application, user, rule_code: str, reason: str) -> WarningAcceptance:
    require_officer(user, f"godta varning för ansökan {application.pk}")
    reason = _required(reason, _("Skriv varför varningen godtas."))
    acceptance = WarningAcceptance(
        application=application, rule_code=rule_code, reason=reason, accepted_by=user
    )
    save_audited(instance=acceptance, user=user, reason=f"Varning godtagen: {reason}")
    return acceptance


@transaction.atomic
def workshop_attendance_record(*, call, organisation, attended_on, note: str, user):
    """The officer records (or corrects) that an organisation attended the call's
    workshop. One entry per organisation and call; every change is in its history."""
    require_officer(user, f"registrera workshopdeltagande för {call}")
    attendance = (
        WorkshopAttendance.objects.select_for_update()
        .filter(call=call, organisation=organisation)
        .first()
    )
    created = attendance is None
    if created:
        attendance = WorkshopAttendance(call=call, organisation=organisation)
    attendance.attended_on = attended_on
    attendance.note = note
    reason = "Deltagande registrerat" if created else "Deltagande ändrat"
    save_audited(instance=attendance, user=user, reason=reason)
    return attendance, created


@transaction.atomic
def workshop_attendance_remove(*, attendance, user) -> None:
    require_officer(user, f"ta bort workshopdeltagande för {attendance.call}")
    attendance._history_user = user
    attendance._change_reason = "Deltagande borttaget"
    attendance.delete()


OPEN_STATUSES = frozenset({Status.DRAFT, Status.SUBMITTED, Status.UNDER_REVIEW})


def refresh_open_applications(*, call) -> int:
    """New rules give new verdicts for every application still being handled."""
    return refresh_call_rule_results(call, statuses=OPEN_STATUSES)


def call_rules_changed_receiver(sender, *, call, **kwargs) -> None:
    """Connected to fou.calls.signals.call_rules_changed (see apps.py)."""
    refresh_open_applications(call=call)
