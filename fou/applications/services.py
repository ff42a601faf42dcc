"""Writes to applications: each one transaction, each one recorded."""

from django.db import transaction

from fou.accounts.permissions import refuse
from fou.applications.models import Application, ApplicationOrganisation
from fou.applications.selectors import user_may_edit
from fou.core.versioning import save_audited, save_versioned
from fou.organisations.selectors import organisation_name_on


@transaction.atomic
def application_create(*, call, organisation, user, title: str = "") -> Application:
    if not (user.is_applicant and user.belongs_to(organisation)):
        refuse(user, f"skapa ansökan för {organisation}")
    application = Application(call=call, title=title or "Namnlöst utkast", created_by=user)
    save_audited(instance=application, user=user, reason="Utkast skapat")
    name = organisation_name_on(organisation=organisation, day=call.opens_at.date())
    participant = ApplicationOrganisation(
        application=application,
        organisation=organisation,
        organisation_name=name or organisation.current_name,
        is_lead=True,
    )
    save_audited(instance=participant, user=user, reason="Huvudsökande")
    return application


@transaction.atomic
def application_update(*, form, user, expected_version: int, reason: str = "") -> Application:
    """Save an edited draft; refused unless the user's organisation owns it."""
    application = form.instance
    if not user_may_edit(user=user, application=application):
        refuse(user, f"ändra ansökan {application.pk}")
    application = form.save(commit=False)
    save_versioned(
        instance=application, expected_version=expected_version, user=user, reason=reason
    )
    form.save_m2m()
    return application
