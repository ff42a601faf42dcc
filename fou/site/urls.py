from django.urls import path

from fou.site import views

app_name = "site"
urlpatterns = [
    path("", views.home, name="home"),
    path("min-sida/", views.dashboard, name="dashboard"),
    path("tillganglighet/", views.accessibility, name="accessibility"),
    path("andringslogg/", views.audit_log, name="audit_log"),
]
