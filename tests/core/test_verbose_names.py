"""The admin speaks Swedish: every model and field of our apps has a name
given by us, not one Django made from the English code name ("Call:")."""

import pytest
from django.apps import apps
from django.contrib import admin
from django.contrib.admin.utils import label_for_field
from django.forms.utils import pretty_name


def _our_models():
    return sorted(
        (model for model in admin.site._registry if model.__module__.startswith("fou.")),
        key=lambda model: model._meta.label,
    )


def _our_fields(model):
    fields = [*model._meta.fields, *model._meta.many_to_many]
    return [field for field in fields if not field.auto_created]


def test_the_admin_registers_models_of_our_apps():
    assert len(_our_models()) > 20


@pytest.mark.parametrize("model", _our_models(), ids=lambda model: model._meta.label)
def test_every_model_has_swedish_names(model):
    given = model._meta.original_attrs
    assert "verbose_name" in given, f"{model._meta.label} saknar verbose_name"
    assert "verbose_name_plural" in given, f"{model._meta.label} saknar verbose_name_plural"


@pytest.mark.parametrize("model", _our_models(), ids=lambda model: model._meta.label)
def test_every_field_has_a_swedish_name(model):
    unnamed = [field.name for field in _our_fields(model) if field._verbose_name is None]
    assert unnamed == [], f"{model._meta.label}: fält utan verbose_name: {unnamed}"


def _all_our_models():
    return sorted(
        (
            model
            for model in apps.get_models()
            if model.__module__.startswith("fou.") and not model.__name__.startswith("Historical")
        ),
        key=lambda model: model._meta.label,
    )


@pytest.mark.parametrize("model", _all_our_models(), ids=lambda model: model._meta.label)
def test_models_outside_the_admin_are_named_too(model):
    given = model._meta.original_attrs
    unnamed = [field.name for field in _our_fields(model) if field._verbose_name is None]
    assert "verbose_name" in given and "verbose_name_plural" in given, model._meta.label
    assert unnamed == [], f"{model._meta.label}: fält utan verbose_name: {unnamed}"


@pytest.mark.parametrize("model", _our_models(), ids=lambda model: model._meta.label)
def test_every_admin_column_has_a_swedish_heading(model):
    model_admin = admin.site._registry[model]
    field_names = {field.name for field in model._meta.get_fields()}
    unnamed = [
        name
        for name in model_admin.list_display
        if name != "__str__"
        and name not in field_names
        and label_for_field(name, model, model_admin) == pretty_name(name)
    ]
    assert unnamed == [], f"{model._meta.label}: kolumner utan rubrik: {unnamed}"
