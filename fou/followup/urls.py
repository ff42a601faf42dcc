from django.urls import path

from fou.followup import officer_views, views

app_name = "followup"

urlpatterns = [
    path("", views.index, name="index"),
    path("beslut/<int:pk>/", views.grant_detail, name="grant"),
    path("beslut/<int:pk>/rapport/", views.report_edit, name="report_edit"),
    path("beslut/<int:pk>/rapport/fil/", views.report_file, name="report_file"),
    path("beslut/<int:pk>/aterbetalning/", views.repayment_declare, name="repayment_declare"),
    path("beslut/<int:pk>/omdisponering/", views.repurposing_request, name="repurposing_request"),
    path("utlysning/<int:call_pk>/", officer_views.call_overview, name="overview"),
    path("utlysning/<int:call_pk>/excel/", officer_views.call_export, name="export"),
    path("rapport/<int:report_pk>/beslut/", officer_views.report_decide, name="report_decide"),
    path(
        "rapport/<int:report_pk>/kunskapsbanken/",
        officer_views.report_publish,
        name="report_publish",
    ),
    path(
        "aterbetalning/<int:repayment_pk>/",
        officer_views.repayment_advance,
        name="repayment_advance",
    ),
    path(
        "omdisponering/<int:repurposing_pk>/beslut/",
        officer_views.repurposing_decide,
        name="repurposing_decide",
    ),
]
