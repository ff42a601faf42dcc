from django.apps import AppConfig


class ReviewConfig(AppConfig):
    name = "fou.review"
    verbose_name = "Bedömning"
