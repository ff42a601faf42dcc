from django.urls import path

from fou.history import views

app_name = "history"
urlpatterns = [
    path("", views.index, name="index"),
    path("<int:pk>/", views.review, name="review"),
]
