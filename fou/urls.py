from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

urlpatterns = [
    path("", include("fou.site.urls")),
    path("logga-in/", auth_views.LoginView.as_view(), name="login"),
    path("logga-ut/", auth_views.LogoutView.as_view(), name="logout"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("organisationer/", include("fou.organisations.urls")),
    path("utlysningar/", include("fou.calls.urls")),
    path("utlysningar/", include("fou.applications.workshop_urls")),
    path("ansokningar/", include("fou.applications.urls")),
    path("bedomning/", include("fou.review.urls")),
    path("fordelning/", include("fou.allocations.urls")),
    path("historik/", include("fou.history.urls")),
    path("uppfoljning/", include("fou.followup.urls")),
    path("kunskapsbanken/", include("fou.knowledge.urls")),
    path("beslut/", include("fou.decisions.urls")),
    path("statistik/", include("fou.decisions.statistics_urls")),
    path("jobb/", include("fou.jobs.urls")),
    path("", include("fou.operations.urls")),
    path("admin/", admin.site.urls),
]

handler403 = "fou.site.errors.permission_denied"
handler500 = "fou.site.errors.server_error"

admin.site.site_header = "FoU-medel – administration"
admin.site.site_title = "FoU-medel"
