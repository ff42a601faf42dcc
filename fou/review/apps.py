from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReviewConfig(AppConfig):
    name = "fou.review"
    verbose_name = _("Bedömning")

    def ready(self):
        from fou.applications import ports
        from fou.review.conflicts import conflicted_applications, has_conflict_of_interest
        from fou.review.selectors import is_assigned

        # Who may read an application depends on jäv, which review records.
        ports.provide(
            conflicted_applications=conflicted_applications,
            has_conflict_of_interest=has_conflict_of_interest,
            is_assigned=is_assigned,
        )
