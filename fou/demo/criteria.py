"""Assessment criteria for the calls that follow the 2022/2023 focus
(tjänsteutlåtande 2023, avsnitt Bakgrund). The seeds name the criteria but
give no weights: the weights here are examples and say so."""

SOURCE = "Inriktning 2022 och 2023 (tjänsteutlåtande 2023, avsnitt Bakgrund)"
EXAMPLE_WEIGHTS = "Vikterna är exempel, inte ur källorna."

# name, weight, what the criterion asks
CRITERIA = [
    (
        "Strategiskt värde för staden som helhet",
        3,
        "Huvudkriterium. Projektets värde för hela staden, inte bara den egna förvaltningen.",
    ),
    (
        "Förebyggande insatser eller tidigt stöd",
        1,
        "Prioriterad inriktning: projektet testar förebyggande insatser och/eller tidigt stöd.",
    ),
    (
        "Klientcentrering",
        1,
        "Prioriterad inriktning: projektet stärker klientcentreringen i arbetet och "
        "organisationen.",
    ),
    (
        "Uppföljnings- och utvärderingsplan",
        1,
        "Prioriterad inriktning, i kombination med någon av de ovanstående: en utarbetad plan "
        "för uppföljning och utvärdering som fångar effekter för klienten.",
    ),
    (
        "Samverkan mellan förvaltningar",
        1,
        "Det strategiska värdet är större när förvaltningar samverkar och lär av varandra.",
    ),
]

# (fund, year) of the calls that use these criteria; 2027 are the exercise calls.
CALLS = [("LUM", 2023), ("MUL", 2023), ("LUM", 2027), ("MUL", 2027)]


def criterion_values(order: int, weight: int, text: str) -> dict:
    return {
        "weight": weight,
        "order": order,
        # The same closing sentences on every criterion: the pages say them once.
        "description": f"{text} Källa: {SOURCE}. {EXAMPLE_WEIGHTS}",
    }
