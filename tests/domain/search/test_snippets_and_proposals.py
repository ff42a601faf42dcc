from fou.domain.search import proposals
from fou.domain.search.query import parse_query
from fou.domain.search.snippets import snippet

TEXT = (
    "Inledning om budgeten. " * 20
    + "Studieresan gick till Köpenhamn där vi mötte socialarbetare. "
    + "Avslutning. " * 20
)


def test_the_snippet_is_the_passage_with_the_query_words_marked():
    pieces = snippet(TEXT, parse_query("studieresa Köpenhamn"))
    marked = [text for text, hit in pieces if hit]
    assert marked == ["Studieresan", "Köpenhamn"]
    assert pieces[0][0].startswith("…")


def test_a_snippet_without_hits_is_the_beginning():
    pieces = snippet(TEXT, parse_query("hemlöshet"))
    assert pieces[0] == ("Inledning om budgeten. Inledning", False) or not any(h for _, h in pieces)
    assert "".join(text for text, _ in pieces).startswith("Inledning")


def test_type_year_and_organisations_are_proposed_from_the_text():
    text = (
        "Slutrapport: Bo kvar i Farsta 2021\n\nProjektet i Farsta och Skarpnäck "
        "pågick 2020–2021 med lokala utvecklingsmedel."
    )
    proposal = proposals.propose(
        text,
        organisation_names={"Farsta": 1, "Skarpnäck": 2, "Bromma": 3},
        fund_words={"LUM": ["LUM", "lokala utvecklingsmedel"], "MUL": ["MUL", "studieresa"]},
    )
    assert proposal.type == proposals.FINAL_REPORT
    assert proposal.year == 2021
    assert proposal.organisations == (1, 2)
    assert proposal.fund == "LUM"
    assert proposal.title.startswith("Slutrapport: Bo kvar")


def test_an_unknown_year_stays_unknown():
    assert proposals.propose_year("Rapport", "Ingen årsuppgift här.") is None
