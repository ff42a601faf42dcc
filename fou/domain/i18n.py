"""Text the domain writes for people, in Swedish, translatable by the web layer.

The domain imports nothing from Django, so it cannot translate; it marks its
text instead. ``_("Beloppet får vara högst {cap}.", cap="500 000 kr")`` is a
``Message``: a ``str`` whose value is the Swedish text (so storage, tests and
string operations see Swedish, as before), which also keeps its template and
parameters. The web layer translates it at display time with the active
language (``fou.core.i18n.translated``). ``makemessages`` extracts the
templates because the marker is named ``_``, one of xgettext's keywords.

Templates use ``{name}`` placeholders filled after translation, never
f-strings, so the translator sees the whole sentence.
"""

from collections.abc import Callable, Iterable, Mapping


class Message(str):
    """Swedish text made from a template and parameters."""

    template: str
    params: Mapping[str, object]

    def __new__(cls, template: str, params: Mapping[str, object] | None = None):
        params = dict(params or {})
        value = template.format(**params) if params else template
        message = super().__new__(cls, value)
        message.template = template
        message.params = params
        return message

    def __reduce__(self):
        # Pickled (cache, session) as the plain Swedish text.
        return (str, (str(self),))

    def translate(self, gettext: Callable[[str], str]) -> str:
        if not self.params:
            return gettext(self.template)
        params = {
            k: translate(v, gettext) if isinstance(v, Message) else v
            for k, v in self.params.items()
        }
        return gettext(self.template).format(**params)


class Joined(Message):
    """Messages joined by a separator; each part is translated on its own."""

    parts: tuple[object, ...]
    separator: str

    def __new__(cls, separator: str, parts: Iterable[object]):
        parts = tuple(parts)
        message = str.__new__(cls, separator.join(str(part) for part in parts))
        message.template, message.params = str(message), {}
        message.parts, message.separator = parts, separator
        return message

    def translate(self, gettext: Callable[[str], str]) -> str:
        return self.separator.join(translate(part, gettext) for part in self.parts)


def _(template: str, /, **params: object) -> Message:
    """Mark Swedish text for translation; ``{name}`` placeholders take ``params``."""
    return Message(template, params)


def join(separator: str, parts: Iterable[object]) -> Message:
    """``separator.join(parts)`` that stays translatable part by part."""
    return Joined(separator, parts)


def translate(text: object, gettext: Callable[[str], str]) -> str:
    """``text`` in the language ``gettext`` speaks; plain text is left as it is."""
    if isinstance(text, Message):
        return text.translate(gettext)
    return str(text)
