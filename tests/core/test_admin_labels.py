from django import forms
from django.contrib.admin.widgets import AdminSplitDateTime

from fou.core.admin_labels import _name_controls


def test_a_date_time_pair_names_its_date_and_time_boxes():
    field = forms.SplitDateTimeField(label="Öppnar", widget=AdminSplitDateTime())
    _name_controls(field)
    date_box, time_box = field.widget.widgets
    assert date_box.attrs["aria-label"] == "Öppnar, datum"
    assert time_box.attrs["aria-label"] == "Öppnar, tid"


def test_another_two_part_widget_is_not_called_date_and_time():
    widget = forms.MultiWidget(widgets=[forms.TextInput(), forms.TextInput()])
    field = forms.CharField(label="Intervall", widget=widget)
    _name_controls(field)
    assert [w.attrs["aria-label"] for w in field.widget.widgets] == ["Intervall, 1", "Intervall, 2"]


def test_a_plain_control_takes_its_label():
    field = forms.CharField(label="Namn")
    _name_controls(field)
    assert field.widget.attrs["aria-label"] == "Namn"
