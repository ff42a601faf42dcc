from django.urls import path

from fou.review import officer_views, views

app_name = "review"
urlpatterns = [
    path("", views.index, name="index"),
    path("utlysningar/", officer_views.call_list, name="calls"),
    path("utlysning/<int:call_pk>/", officer_views.overview, name="overview"),
    path(
        "utlysning/<int:call_pk>/tilldela/<int:application_pk>/",
        officer_views.assign,
        name="assign",
    ),
    path(
        "utlysning/<int:call_pk>/tilldelning/<int:assignment_pk>/ta-bort/",
        officer_views.unassign,
        name="unassign",
    ),
    path(
        "utlysning/<int:call_pk>/fordela/",
        officer_views.assign_automatically,
        name="assign_automatically",
    ),
    path("utlysning/<int:call_pk>/kriterier/", officer_views.criteria_edit, name="criteria"),
    path("utlysning/<int:call_pk>/jav/", officer_views.conflicts, name="conflicts"),
    path(
        "utlysning/<int:call_pk>/jav.xlsx", officer_views.conflicts_export, name="conflicts_export"
    ),
    path("utlysning/<int:call_pk>/rangordning/", views.ranking, name="ranking"),
    path("ansokan/<int:pk>/", views.score, name="score"),
    path("ansokan/<int:pk>/jav/", views.declare_conflict, name="declare_conflict"),
    path("ansokan/<int:pk>/sammanstallning/", views.summary, name="summary"),
]
