from django.urls import path

from fou.decisions import views

app_name = "statistics"
urlpatterns = [
    path("", views.statistics_page, name="index"),
    path("statistik.xlsx", views.statistics_xlsx, name="xlsx"),
    path("<slug:dimension>.csv", views.statistics_csv, name="csv"),
]
