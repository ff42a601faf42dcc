from django.urls import path

from fou.allocations import views

app_name = "allocations"
urlpatterns = [
    path("", views.year_index, name="index"),
    path("<int:year>/", views.year_page, name="year"),
    path("<int:year>/version/<int:number>/", views.year_page, name="version"),
    path("<int:year>/version/<int:number>/valj/", views.choose, name="choose"),
    path("<int:year>/jamfor/", views.compare_versions, name="compare"),
]
