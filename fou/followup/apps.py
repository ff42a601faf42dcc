from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FollowupConfig(AppConfig):
    name = "fou.followup"
    verbose_name = _("Uppföljning")

    def ready(self):
        from fou.applications import ports
        from fou.followup.selectors import approved_report_grant_ids

        # The "earlier report approved" rule reads follow-up's reports.
        ports.provide(approved_report_grant_ids=approved_report_grant_ids)
