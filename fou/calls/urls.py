from django.urls import path

from fou.calls import views

app_name = "calls"
urlpatterns = [
    path("", views.call_index, name="list"),
    path("<int:pk>/", views.call_detail, name="detail"),
    path("<int:pk>/regler/", views.call_rules_edit, name="rules_edit"),
]
