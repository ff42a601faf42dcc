from django.apps import AppConfig


class FollowupConfig(AppConfig):
    name = "fou.followup"
    verbose_name = "Uppföljning"
