from django.urls import path

from fou.applications import workshop_views

app_name = "workshop"
urlpatterns = [
    path("<int:pk>/workshop/", workshop_views.workshop_attendance, name="attendance"),
    path(
        "<int:pk>/workshop/<int:attendance_pk>/ta-bort/",
        workshop_views.workshop_attendance_remove,
        name="remove",
    ),
]
