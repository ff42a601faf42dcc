from django.urls import path

from fou.jobs import views

app_name = "jobs"
urlpatterns = [
    path("", views.index, name="index"),
    path("<int:pk>/forsok-igen/", views.retry, name="retry"),
    path("<int:pk>/fil/", views.download, name="download"),
]
