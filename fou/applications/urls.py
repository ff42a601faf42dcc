from django.urls import path

from fou.applications import views

app_name = "applications"
urlpatterns = [
    path("", views.officer_list, name="officer_list"),
    path("beviljade/", views.archive, name="archive"),
    path("ny/<int:call_pk>/", views.start, name="start"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/andra/", views.edit, name="edit"),
]
