"""How long a free text may be, in one place, and how a form states and enforces it.

Without limits a 24-million-character purpose was accepted and copied into
the history on every save. The browser is not told the limit (a ``maxlength``
would silently cut what someone pastes); the server refuses too long a text
with a Swedish message, and the form shows the text again as it was typed.
"""

from django import forms
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _

# A project's purpose or gender equality analysis: about four pages.
LONG_TEXT_MAX = 10_000
# A reason, a comment, a message, a description.
REASON_MAX = 2_000
# A row of an imported decision (organisation, project and its description).
IMPORTED_ROW_MAX = 5_000
# A short reason recorded with a change of rules or criteria.
SHORT_REASON_MAX = 500


def swedish_number(number: int) -> str:
    return f"{number:,}".replace(",", " ")


def max_length_validators(limit: int) -> list:
    """For a model's TextField, which unlike CharField does not validate its max_length."""
    return [MaxLengthValidator(limit)]


def state_text_limits(form: forms.BaseForm) -> None:
    """Every text field of ``form`` with a ``max_length``: the limit in its help
    text ("Skriv högst 10 000 tecken."), a Swedish error naming it, no maxlength in the page."""
    for field in form.fields.values():
        limit = getattr(field, "max_length", None)
        if not isinstance(field, forms.CharField) or limit is None:
            continue
        if not any(isinstance(v, MaxLengthValidator) for v in field.validators):
            field.validators.append(MaxLengthValidator(limit))
        field.widget.attrs.pop("maxlength", None)
        stated = _("Skriv högst {swedish_number} tecken.").format(
            swedish_number=swedish_number(limit)
        )
        if stated not in str(field.help_text):
            field.help_text = f"{field.help_text} {stated}".strip()
        label = str(field.label or "Texten")
        field.error_messages["max_length"] = _(
            "{upper}{label} får vara högst {swedish_number} tecken; nu är det %(show_value)d "
            "tecken. Korta texten."
        ).format(upper=label[:1].upper(), label=label[1:], swedish_number=swedish_number(limit))


class TextLimitsMixin:
    """For forms whose fields are all made by the class: states and enforces each limit."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        state_text_limits(self)
