from django.urls import path

from fou.applications import officer_views, views

app_name = "applications"
urlpatterns = [
    path("", officer_views.officer_list, name="officer_list"),
    path("export.xlsx", officer_views.officer_export, name="officer_export"),
    path("beviljade/", views.archive, name="archive"),
    path("ny/<int:call_pk>/", views.start, name="start"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/andra/", views.edit, name="edit"),
    path("<int:pk>/autospara/", views.autosave, name="autosave"),
    path("<int:pk>/bilagor/", views.attachment_upload, name="attachment_upload"),
    path(
        "<int:pk>/bilagor/<int:attachment_pk>/",
        views.attachment_download,
        name="attachment_download",
    ),
    path(
        "<int:pk>/bilagor/<int:attachment_pk>/ta-bort/",
        views.attachment_delete,
        name="attachment_delete",
    ),
    path("<int:pk>/medsokande/", views.co_applicant_invite, name="co_applicant_invite"),
    path("<int:pk>/kontrollera/", views.check_answers, name="check"),
    path("<int:pk>/kvitto/", views.receipt, name="receipt"),
    path("<int:pk>/ta-bort/", views.draft_delete, name="draft_delete"),
    path("<int:pk>/handlaggning/", officer_views.officer_detail, name="officer_detail"),
    path(
        "<int:pk>/handlaggning/<slug:action>/",
        officer_views.officer_action,
        name="officer_action",
    ),
]
