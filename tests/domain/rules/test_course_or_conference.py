import pytest

from fou.domain.rules import Outcome, RuleCode, course_or_conference_words
from fou.domain.rules.presets import MUL_2022, MUL_2023
from tests.domain.rules.builders import application, only, results_for

# The eight trips the committee granted in 2023 (tjänsteutlåtande 2023, MUL table),
# with letters restored.
TRIPS_2023 = [
    "Nordic Reform Conferences och Rusopplysningen. Oslo, Norge.",
    "Besök i verksamheter som arbetar med mentalisering i familjer med barn och ungdomar "
    "som är placeringsnära. Köpenhamn, Danmark.",
    "Verksamhetsbesök område ekonomiskt bistånd, De Regenboog och City Government of "
    "Amsterdam, Nederländerna.",
    "Sociolancen, samarbete mellan stadsförvaltning och sjukvård, Köpenhamn, Danmark.",
    "Verksamhetsbesök gruppbostad LSS, Köpenhamn, Danmark.",
    "Verksamhetsbesök FACT-team funktionsstödsförvaltingen, Malmö.",
    "Studiebesök Malmö Civic Lab med fokus användardriven verksamhetsutveckling, Malmö.",
    "Studiebesök om förebyggande arbete unga kriminella, Örebro och Helsingborgs kommuner",
]


def trip_result(rules, destination, **changes):
    facts = application(rules, destination=destination, **changes)
    return only(results_for(rules, facts), RuleCode.COURSE_OR_CONFERENCE)


def test_the_granted_nordic_reform_conferences_trip_warns_and_does_not_fail():
    found = trip_result(MUL_2023, TRIPS_2023[0])
    assert found.outcome == Outcome.WARN
    assert "”Conferences”" in found.message
    assert found.field == "destination"
    assert found.source == "Tjänsteutlåtande 2023, avsnitt Bakgrund"


def test_the_other_seven_granted_trips_of_2023_pass():
    assert [trip_result(MUL_2023, trip).outcome for trip in TRIPS_2023[1:]] == [Outcome.PASS] * 7


@pytest.mark.parametrize(
    "text",
    [
        "Ledarskapskurs i Göteborg",
        "Utbildning i MI, Oslo",
        "Forskningskonferens om hemlöshet",
        "European Social Network conference, Dublin",
        "Seminarium om barnrätt",
        "Training in Signs of Safety",
        "Nordisk kongress för socialt arbete",
    ],
)
def test_courses_and_conferences_in_swedish_and_english_warn(text):
    assert trip_result(MUL_2023, text).outcome == Outcome.WARN


def test_the_title_and_purpose_are_read_too():
    found = trip_result(MUL_2023, "Oslo, Norge.", purpose="Delta i en konferens om missbruk.")
    assert found.outcome == Outcome.WARN


@pytest.mark.parametrize(
    "text", ["Besök hos konkursförvaltare", "Diskursanalys i praktiken", "Exkursion till Malmö"]
)
def test_words_that_only_contain_a_stem_do_not_warn(text):
    assert course_or_conference_words(text) == []


def test_before_2023_conferences_were_not_singled_out():
    facts = application(MUL_2022, destination=TRIPS_2023[0])
    assert RuleCode.COURSE_OR_CONFERENCE not in {each.code for each in results_for(MUL_2022, facts)}
