from django.urls import path

from fou.operations.health import health

app_name = "operations"
urlpatterns = [path("halsa/", health, name="health")]
