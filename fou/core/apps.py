from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "fou.core"
    verbose_name = _("Gemensamt")

    def ready(self):
        from fou.core.admin_labels import name_admin_controls
        from fou.core.archive import connect_guards

        connect_guards()
        name_admin_controls()
