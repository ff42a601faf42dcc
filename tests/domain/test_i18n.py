"""The domain's marked text: Swedish as a string, translatable as a whole."""

import pickle

from fou.domain.i18n import Message, _, join, translate

CAP = "Beloppet får vara högst {cap} för {call}{basis}."
ENGLISH = {
    CAP: "The amount may be at most {cap} for {call}{basis}.",
    " ({amount} per deltagande förvaltning)": " ({amount} per administration taking part)",
    "Titel": "Title",
    "Syfte": "Purpose",
}


def english(text: str) -> str:
    return ENGLISH.get(text, text)


def test_a_message_is_its_swedish_text():
    message = _(
        "Beloppet får vara högst {cap} för {call}{basis}.", cap="5 kr", call="LUM", basis=""
    )
    assert isinstance(message, str)
    assert message == "Beloppet får vara högst 5 kr för LUM."
    assert "högst 5 kr" in message


def test_a_message_is_translated_whole_with_its_parts():
    basis = _(" ({amount} per deltagande förvaltning)", amount="5 kr")
    message = _(
        "Beloppet får vara högst {cap} för {call}{basis}.", cap="15 kr", call="MUL", basis=basis
    )
    assert translate(message, english) == (
        "The amount may be at most 15 kr for MUL (5 kr per administration taking part)."
    )


def test_joined_messages_are_translated_part_by_part():
    joined = join(", ", [_("Titel"), _("Syfte")])
    assert joined == "Titel, Syfte"
    assert translate(joined, english) == "Title, Purpose"


def test_plain_text_is_left_as_it_is():
    assert translate("Farsta", english) == "Farsta"


def test_a_template_without_parameters_keeps_its_braces():
    assert _("Skriv {namn} inom klammer.") == "Skriv {namn} inom klammer."


def test_a_stored_message_is_plain_swedish_text():
    restored = pickle.loads(pickle.dumps(_("Titel")))
    assert restored == "Titel"
    assert not isinstance(restored, Message)


def test_parameters_keep_their_format_specification():
    message = _("Filen är {megabytes:.1f} MB.", megabytes=20.54)
    assert message == "Filen är 20.5 MB."
    assert translate(message, english) == "Filen är 20.5 MB."
