from django.urls import path

from fou.knowledge import views

app_name = "knowledge"
urlpatterns = [
    path("", views.search, name="search"),
    path("importera/", views.import_files, name="import"),
    path("importera/<uuid:batch>/", views.import_status, name="import_status"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/fil/", views.source_file, name="file"),
    path("<int:pk>/andra/", views.edit, name="edit"),
    path("<int:pk>/aterta/", views.withdraw, name="withdraw"),
]
