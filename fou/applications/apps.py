from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApplicationsConfig(AppConfig):
    name = "fou.applications"
    verbose_name = _("Ansökningar")

    def ready(self):
        from fou.applications.services import call_rules_changed_receiver
        from fou.calls.signals import call_rules_changed

        call_rules_changed.connect(call_rules_changed_receiver, dispatch_uid="fou-rules-recheck")
