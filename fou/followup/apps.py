from django.apps import AppConfig


class FollowupConfig(AppConfig):
    name = "fou.followup"
    verbose_name = "Uppföljning"

    def ready(self):
        from fou.applications import ports
        from fou.followup.selectors import approved_report_grant_ids

        # The "earlier report approved" rule reads follow-up's reports.
        ports.provide(approved_report_grant_ids=approved_report_grant_ids)
