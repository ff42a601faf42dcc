from django.urls import path

from fou.decisions import document_views, views

app_name = "decisions"
urlpatterns = [
    path("mina/", views.my_decisions, name="mine"),
    path("redovisning/", views.account_list, name="accounts"),
    path("redovisning/<int:year>.<str:fmt>", views.account, name="account"),
    path("<int:year>/foljebrev/", views.covering_list, name="covering_list"),
    path("<int:year>/foljebrev/<slug:key>.<str:fmt>", views.covering, name="covering"),
    path("<int:year>/foljebrev-<str:fmt>.zip", views.covering_zip, name="covering_zip"),
    path("<int:year>/", views.year_page, name="year"),
    path("<int:year>/registrera/", views.record, name="record"),
    path("<int:year>/andringsbeslut/", views.amend, name="amend"),
    path("<int:year>/dokument.<str:fmt>", views.download, name="download"),
    path("<int:year>/dokument/", document_views.documents, name="documents"),
    path("<int:year>/dokument/skapa/", document_views.generate, name="generate"),
    path("<int:year>/uppgifter/", views.particulars_edit, name="particulars"),
    path("<int:year>/text/<slug:key>/", views.prose_edit, name="prose"),
]
