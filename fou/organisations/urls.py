from django.urls import path

from fou.organisations import views

app_name = "organisations"
urlpatterns = [path("", views.organisation_index, name="list")]
