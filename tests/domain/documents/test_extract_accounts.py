from fou.domain.documents.extract_accounts import extract_accounts
from tests.domain.text.seeds import CLEAN_001, CLEAN_003, DECISION_002, KNOWN_ORGANISATIONS


def _account(path):
    return extract_accounts(path.read_text(), known_organisations=KNOWN_ORGANISATIONS)


def test_2020_account_lists_nine_projects_with_organisation_and_purpose():
    account = _account(CLEAN_001)
    assert account.year == 2020
    assert [(p.title, p.organisation) for p in account.projects] == [
        ("Min ekonomi", "Hägersten-Älvsjö"),
        (
            "En plats för dig: Verksamhetsutveckling i socialpsykiatrin med tjänstedesign"
            " som metod",
            "Hägersten-Älvsjö",
        ),
        (
            "Ett systematiskt, skyndsamt och tryggt förändringsarbete för en modern och hållbar"
            " socialtjänst",
            "Hässelby-Vällingby",
        ),
        ("Etableringscoach", "Kungsholmen, Norrmalm och Östermalm"),
        ("Familjeorienterat arbetssätt", "Skarpnäck"),
        ("Intern-SIP", "Skärholmen"),
        (
            "Alla barn i centrum (ABC): Ett universellt gruppstöd till föräldrar med barn i åldern"
            " 0-2 år",
            "Socialförvaltningen",
        ),
        ("Islandsprojektet Stockholm", "Socialförvaltningen och Socialjouren"),
        ("Nya startpunkten", "Östermalm"),
    ]
    assert account.projects[0].purpose.startswith("Syftet med projektet var att förbereda")
    assert account.projects[3].organisations == ("Kungsholmen", "Norrmalm", "Östermalm")


def test_2020_account_marks_the_two_projects_continued_in_2021():
    continued = [p.title for p in _account(CLEAN_001).projects if p.continued]
    assert continued == [
        "Ett systematiskt, skyndsamt och tryggt förändringsarbete för en modern och hållbar"
        " socialtjänst",
        "Familjeorienterat arbetssätt",
    ]


def test_2018_account_has_no_organisations_and_seven_continued():
    account = _account(CLEAN_003)
    assert account.year == 2018
    assert len(account.projects) == 10
    assert all(p.organisation is None for p in account.projects)
    assert account.projects[0].purpose == (
        "Syftet var att skapa ett team som arbetar med personer som har ett samlarbeteende."
    )
    assert [p.title for p in account.projects if not p.continued] == [
        "Stockholms regnbågsteam",
        "Bostad direkt",
        "Bo kvar",
    ]


def test_a_decision_document_is_no_yearly_account():
    assert _account(DECISION_002).projects == ()
