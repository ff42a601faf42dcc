"""Placeholders in the officer's prose: checked, rendered, stale figures found."""

from fou.domain.decisions.figures import Figure
from fou.domain.decisions.placeholders import (
    check,
    figure_values,
    render,
    stale_mentions,
)

FIGURES = {
    "sokt_lum": Figure("Sökt LUM", "4\u00a0950\u00a0000", 4_950_000),
    "antal_ansokningar_lum_ord": Figure("Antal i ord", "elva", 11),
    "antal_ansokningar_mul_ord": Figure("Antal i ord", "åtta", 8),
}


def test_placeholders_become_figures():
    text = "Totalt {sokt_lum} kronor från {antal_ansokningar_lum_ord} ansökningar."
    assert render(text, FIGURES) == "Totalt 4\u00a0950\u00a0000 kronor från elva ansökningar."


def test_a_figure_starting_a_sentence_gets_a_capital():
    text = (
        "Det var så. {antal_ansokningar_mul_ord} ansökningar.\n\n{antal_ansokningar_mul_ord} till."
    )
    assert render(text, FIGURES) == "Det var så. Åtta ansökningar.\n\nÅtta till."


def test_unknown_placeholder_is_refused_with_line_and_character():
    (error,) = check("Första raden.\nSökt {sokt_lm} kronor.", FIGURES)
    assert (error.line, error.column) == (2, 6)
    assert str(error) == "Rad 2, tecken 6: okänd platshållare {sokt_lm}."


def test_unclosed_and_stray_braces_are_refused_with_position():
    errors = check("Sökt {sokt_lum kronor} och }", FIGURES)
    assert [(e.column, e.message) for e in errors][0] == (
        6,
        "okänd platshållare {sokt_lum kronor}. Skriv namnet med små bokstäver a–z och _.",
    )
    assert errors[1].column == 28 and "utan ”{”" in errors[1].message
    (unclosed,) = check("Sökt {sokt_lum", FIGURES)
    assert unclosed.column == 6 and "utan ”}”" in unclosed.message


def test_correct_text_has_no_errors():
    assert check("{sokt_lum} och {antal_ansokningar_lum_ord}", FIGURES) == []


def test_a_literal_figure_that_changed_since_saving_is_found():
    then = figure_values(FIGURES)
    now = {**FIGURES, "sokt_lum": Figure("Sökt LUM", "5\u00a0000\u00a0000", 5_000_000)}
    text = "Ansökta medel omfattade totalt 4 950 000 kronor från elva ansökningar."
    (stale,) = stale_mentions(text, values_then=then, figures_now=now)
    assert stale.written == "4 950 000" and stale.name == "sokt_lum"
    assert "i dag är värdet 5\u00a0000\u00a0000" in str(stale)
    assert "Skriv {sokt_lum} i stället" in str(stale)


def test_a_changed_count_written_in_words_is_found():
    then = figure_values(FIGURES)
    now = {**FIGURES, "antal_ansokningar_lum_ord": Figure("Antal i ord", "tolv", 12)}
    (stale,) = stale_mentions("Det kom elva ansökningar.", values_then=then, figures_now=now)
    assert stale.written == "elva" and stale.column == 9


def test_unchanged_figures_and_placeholders_give_no_warning():
    then = figure_values(FIGURES)
    text = "Totalt 4 950 000 kronor, {sokt_lum}, en ansökan och år 2023."
    assert stale_mentions(text, values_then=then, figures_now=FIGURES) == []
