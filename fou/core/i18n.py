"""Translation of the domain's marked text (``fou.domain.i18n``) at display time."""

from django.utils.translation import gettext

from fou.domain.i18n import translate


def translated(text: object) -> str:
    """``text`` in the active language: a domain ``Message`` (or an error
    raised with one) is translated, anything else is shown as it is."""
    if isinstance(text, BaseException) and len(text.args) == 1:
        text = text.args[0]
    return translate(text, gettext)
