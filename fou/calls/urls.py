from django.urls import path

from fou.calls import views

app_name = "calls"
urlpatterns = [
    path("", views.call_index, name="list"),
    path("<int:pk>/", views.call_detail, name="detail"),
    path("<int:pk>/regler/", views.call_rules_edit, name="rules_edit"),
    path("<int:pk>/workshop/", views.workshop_attendance, name="workshop"),
    path(
        "<int:pk>/workshop/<int:attendance_pk>/ta-bort/",
        views.workshop_attendance_remove,
        name="workshop_remove",
    ),
]
